/**
 * The `gov-report` command line as a function: `runCli(argv, io)` runs one command with the
 * streams, environment and working directory in `io`, and resolves to the exit status. Nothing
 * runs on import and nothing touches `process`: bin/gov-report.js is the process around it.
 *
 * Exit status: 0 all good; 1 an error-severity diagnostic (validate, parse --strict, or a
 * carry-over error in compare);
 * 2 a usage error or an input that could not be read or is not a report (2 wins over 1).
 * A bug rejects the promise (the launcher prints one line and exits 2).
 */
import { type Command, CommanderError } from 'commander';
import { Run, StdoutError, type CliIo, type ExitStatus } from './io.js';
import { runLang } from './lang.js';
import { compareOptions, parseOptions, reportOptions, summaryOptions, UsageError, validateOptions } from './options.js';
import { buildProgram } from './program.js';
import { visible } from '../output/visible.js';
import { loadModule } from './descriptors.js';

export type { CliIo, ExitStatus } from './io.js';

/** Each command's module, loaded when it runs. */
interface Commands {
  parse: typeof import('./commands/parse.js');
  validate: typeof import('./commands/validate.js');
  summary: typeof import('./commands/summary.js');
  report: typeof import('./commands/report.js');
  compare: typeof import('./commands/compare.js');
  schema: typeof import('./commands/schema.js');
}

/**
 * Runs a command with its options once its module has loaded. The options are an argument, so
 * they are checked before the module is asked for (arguments are evaluated in order): a usage
 * error costs no load.
 */
async function afterLoading<M, O, R>(options: O, module: Promise<M>, command: (m: M, options: O) => Promise<R>): Promise<R> {
  return command(await module, options);
}

/** `argv`: the arguments after the program's name (`process.argv.slice(2)`). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitStatus> {
  // The language is known before commander parses anything: the help texts are in it.
  const run = new Run(io, runLang(argv, io.env));
  // Each command's module is loaded when that command runs: `--help`, `--version` and a usage
  // error load none of them, and a one-file validate none of the others' outputs (the page, the
  // compare table, the CSV columns). The options are checked first, so a usage error costs no load.
  // loadModule: one file at a time under a low `ulimit -n` (descriptors.ts).
  const command = <K extends keyof Commands>(name: K): Promise<Commands[K]> => loadModule<Commands[K]>(`./commands/${name}.js`, import.meta.url);
  const program = buildProgram(io, run.words, {
    parse: async (inputs, raw) => afterLoading(parseOptions(inputs, raw, run), command('parse'), (m, o) => m.parseCommand(o, run)),
    validate: async (inputs, raw) => afterLoading(validateOptions(inputs, raw, run), command('validate'), (m, o) => m.validateCommand(o, run)),
    summary: async (inputs, raw) => afterLoading(summaryOptions(inputs, raw, run), command('summary'), (m, o) => m.summaryCommand(o, run)),
    report: async (inputs, raw) => afterLoading(reportOptions(inputs, raw, run), command('report'), (m, o) => m.reportCommand(o, run)),
    compare: async (old, next, raw) => afterLoading(compareOptions(old, next, raw, run), command('compare'), (m, o) => m.compareCommand(o, run)),
    schema: async () => (await command('schema')).schemaCommand(run),
  });
  try {
    // The help is aligned by display width: load the width table when the help may be printed.
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    // commander has already printed its message, or the help or version (which exit 0).
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      io.stderr.write(`gov-report: ${visible(error.message)}\n`);
      return 2;
    }
    // A failing stdout stopped the command: reported below.
    if (!(error instanceof StdoutError)) throw error;
  } finally {
    run.end();
  }
  const failed = run.stdoutError;
  // A reader that went away (`… | head`) is no error: the exit status so far stands.
  if (failed && !failed.closed) {
    io.stderr.write(`gov-report: ${visible(run.words.notes.cannotWriteStdout(failed.message))}\n`);
    return 2;
  }
  return run.status;
}
