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

// Loaded once the handlers above are in place (whatever fails is one line, not Node's stack trace).
// Under a low `ulimit -n` the modules are loaded one file at a time (dist/cli/descriptors.js: the
// loader of ES modules opens a whole graph at once, and EMFILE there cannot be tried again).
const { loadModule } = await import('../dist/cli/descriptors.js');
const [{ processIo }, { runCli }] = await Promise.all([
  loadModule(new URL('../dist/cli/io.js', import.meta.url).href),
  loadModule(new URL('../dist/cli/runCli.js', import.meta.url).href),
]);

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
