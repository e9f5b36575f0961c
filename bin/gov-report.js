#!/usr/bin/env node
// The process around `runCli(argv, io)` (src/cli/runCli.ts), which does everything else.
import { processIo } from '../dist/cli/io.js';
import { runCli } from '../dist/cli/runCli.js';

/** A bug, never a stack trace: one line on stderr and exit status 2. */
function die(error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`gov-report: ${message.split('\n')[0]}\n`);
  process.exit(2);
}
process.on('uncaughtException', die);
process.on('unhandledRejection', die);

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
