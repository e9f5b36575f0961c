#!/usr/bin/env node
// The process around `runCli(argv, io)` (src/cli/runCli.ts), which does everything else.

/** A bug, never a stack trace: one line on stderr and exit status 2. */
function die(error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`gov-report: ${message.split('\n')[0]}\n`);
  process.exit(2);
}
process.on('uncaughtException', die);
process.on('unhandledRejection', die);

// Loaded once the handlers above are in place: under a low `ulimit -n` loading the modules fails
// with EMFILE, which is then one line, not Node's stack trace.
const [{ processIo }, { runCli }] = await Promise.all([import('../dist/cli/io.js'), import('../dist/cli/runCli.js')]);

// While runCli runs it hears stdout's errors itself: a closed pipe (`… | head`) stops the command
// with the exit status so far. Output still on its way afterwards may meet the closed pipe too,
// which is no error either: the status stands.
let finished = false;
process.stdout.on('error', (error) => {
  if (finished && error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') die(error);
});

runCli(process.argv.slice(2), processIo()).then((status) => {
  finished = true;
  process.exitCode = status;
}, die);
