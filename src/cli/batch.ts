/**
 * What the commands that read reports share: expand the arguments (inputs.ts), read and parse
 * every input in input order, one at a time as the command pulls (pool.ts puts a large batch on
 * worker threads behind the same generator), and report each input that gives no report.
 */
import type { Report } from '../schema.js';
import type { Layout } from '../tokens.js';
import { describeError, expandInputs, type ExpandedInputs } from './inputs.js';
import { Stderr, type Run } from './io.js';
import type { InputOptions } from './options.js';
import { parseInParallel, type PoolReport, type SourcedReport } from './pool.js';

/**
 * Called for each input that gives no report, after its stderr line; `code` is the fatal
 * diagnostic's code (`not-text`, `empty-input`, …), `unreadable` or `no-files`.
 */
export type ProblemHandler = (path: string, problem: string, code: string) => Promise<void> | void;

export interface Batch {
  expanded: ExpandedInputs;
  stderr: Stderr;
  /** The parsed reports in input order; inputs that are unreadable or not reports are reported and skipped. */
  reports: () => AsyncGenerator<Report>;
  /** The same with the layout of each (where its rows were printed), for the checks across reports. */
  withLayouts: () => AsyncGenerator<{ report: Report; layout: Layout }>;
  /** The same as compact JSON text with its count of error diagnostics (made where it was parsed). */
  serialized: () => AsyncGenerator<{ json: string; errors: number }>;
  /** The same with the lines of the text each was parsed from (made where it was parsed), for the overview page. */
  sourced: () => AsyncGenerator<SourcedReport>;
}

/**
 * Stdin, read until it ends or passes the size bound (`parse - < /dev/zero` stops there): the
 * bytes read, one more than the bound when it went on past it (pool.ts then says `too-large`).
 */
async function readAll(stream: AsyncIterable<unknown>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  // Leaving the loop early ends the stream (its iterator's return()): /dev/zero is read no further.
  for await (const data of stream) {
    const chunk = typeof data === 'string' ? Buffer.from(data) : (data as Buffer);
    chunks.push(chunk);
    total += chunk.length;
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks, Math.min(total, maxBytes + 1));
}

/**
 * Expand the arguments and hand out the parsed reports. Each input that cannot be read or is not
 * a report gives one stderr line and exit status 2; `onProblem` may print it as data too.
 */
export async function startBatch(options: InputOptions, run: Run, onProblem?: ProblemHandler): Promise<Batch> {
  const { io, words } = run;
  const expanded = await expandInputs(options.inputs, { cwd: io.cwd, platform: io.platform, words: words.inputs });
  const stderr = new Stderr(run, { quiet: options.quiet, total: expanded.inputs.length });
  const problem = async (path: string, text: string, code: string): Promise<void> => {
    stderr.problem(path, text);
    run.fail(2);
    await onProblem?.(path, text, code);
  };

  async function* parsed(output: 'json' | 'report' | 'source'): AsyncGenerator<PoolReport> {
    // The arguments that gave no input are told in their place among the others.
    const waiting = [...expanded.problems];
    const tellUpTo = async (inputs: number): Promise<void> => {
      for (let p = waiting[0]; p !== undefined && (p.before ?? 0) <= inputs; p = waiting[0]) {
        waiting.shift();
        await problem(p.path, p.problem, p.code);
      }
    };
    await tellUpTo(0);
    const files = expanded.inputs.map((input) => (input.kind === 'stdin' ? '-' : input.path));
    let done = 0;
    const results = parseInParallel(files, {
      ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
      lang: run.lang,
      ...(options.jobs !== undefined ? { workers: options.jobs } : {}),
      output,
      cwd: io.cwd,
      maxBytes: options.maxBytes,
      readStdin: () => readAll(io.stdin, options.maxBytes),
      describe: (unread) => {
        if (unread.kind === 'unreadable') return describeError(unread, words.inputs);
        return unread.kind === 'stdin-empty' ? words.inputs.stdinEmpty : words.inputs.internalError(unread.message);
      },
    });
    for await (const result of results) {
      await tellUpTo(done);
      stderr.progress(++done);
      if ('error' in result) {
        await problem(result.file, result.error, result.code);
      } else {
        // On one terminal, data written to stdout must not land on the progress line.
        if (io.stdout.isTTY) stderr.clearProgress();
        yield result;
      }
    }
    await tellUpTo(Infinity);
    stderr.clearProgress();
  }

  return {
    expanded,
    stderr,
    async *reports() {
      for await (const result of parsed('report')) if ('report' in result) yield result.report;
    },
    async *withLayouts() {
      for await (const result of parsed('report')) if ('layout' in result) yield result;
    },
    async *serialized() {
      for await (const result of parsed('json')) if ('json' in result) yield result;
    },
    async *sourced() {
      for await (const result of parsed('source')) if ('lines' in result) yield result;
    },
  };
}
