/**
 * The options of a script (node:util parseArgs). `--help` (or `-h`) prints its usage and exits 0;
 * an unknown option or a missing value prints a one-line error and the usage on stderr and exits
 * 2: the user's mistake, not a stack trace. The scripts that write fixtures (make-*.mjs) write on
 * any run, so each calls it first, before it writes anything: a mistaken option stops it there.
 */
import { parseArgs } from 'node:util';

export function optionsOf(script, usage, options, args = process.argv.slice(2)) {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`usage: ${usage}\n`);
    process.exit(0);
  }
  try {
    return parseArgs({ args, options }).values;
  } catch (error) {
    process.stderr.write(`${script}: ${error instanceof Error ? error.message : String(error)}\nusage: ${usage}\n`);
    process.exit(2);
  }
}
