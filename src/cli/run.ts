/**
 * The one place that reads and parses: inputs in, `{ file, report }` or `{ file, error }` out,
 * in input order, one at a time (so a batch of thousands never sits in memory). A worker pool
 * can later slot in behind this generator without the commands noticing.
 */
import { readFile } from 'node:fs/promises';
import { FATAL_CODES, parseReport, type Report } from '../index.js';
import { describeError, type Input } from './inputs.js';

/**
 * `error` is the one-line problem; `code` is the fatal diagnostic's code (`not-text`,
 * `empty-input`, …) or `unreadable` when the bytes could not be read.
 */
export type RunResult = { file: string; report: Report } | { file: string; error: string; code: string };

export interface RunOptions {
  /** Overrides encoding detection; already checked to be a known name. */
  encoding?: string;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

async function readInput(input: Input): Promise<Uint8Array> {
  return input.kind === 'stdin' ? readStdin() : readFile(input.path);
}

/** Read and parse one input. Never throws: a problem becomes `{ file, error }`. */
export async function runOne(input: Input, options: RunOptions = {}): Promise<RunResult> {
  const file = input.path;
  let bytes: Uint8Array;
  try {
    bytes = await readInput(input);
  } catch (error) {
    return { file, error: describeError(error), code: 'unreadable' };
  }
  if (input.kind === 'stdin' && bytes.byteLength === 0) {
    return { file, error: 'stdin is empty; give files, folders or globs, or pipe a report in', code: 'empty-input' };
  }
  let report: Report;
  try {
    report = parseReport(bytes, { file, encoding: options.encoding });
  } catch (error) {
    // parseReport promises never to throw; if it does, the batch still goes on.
    return { file, error: `could not be parsed: ${error instanceof Error ? error.message : String(error)}`, code: 'internal-error' };
  }
  // Not a report at all (a PDF, binary data, an empty file): an error line, not a report.
  const fatal = report.diagnostics.find((d) => FATAL_CODES.has(d.code));
  if (fatal) return { file, error: fatal.message, code: fatal.code };
  return { file, report };
}

export async function* run(inputs: readonly Input[], options: RunOptions = {}): AsyncGenerator<RunResult> {
  for (const input of inputs) yield await runOne(input, options);
}
