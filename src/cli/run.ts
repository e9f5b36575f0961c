/**
 * The one place that reads and parses: inputs in, `{ file, report }` or `{ file, error }` out,
 * in input order, one at a time as the consumer pulls (so a batch of thousands never sits in
 * memory). Large batches are parsed on worker threads behind the same generator (pool.ts).
 */
import type { Report } from '../index.js';
import { describeError, type Input } from './inputs.js';
import { parseInParallel } from './pool.js';

/**
 * `error` is the one-line problem; `code` is the fatal diagnostic's code (`not-text`,
 * `empty-input`, …) or `unreadable` when the bytes could not be read.
 */
export type RunResult =
  | { file: string; report: Report }
  | { file: string; json: string; errors: number }
  | { file: string; error: string; code: string };

export interface RunOptions {
  /** Overrides encoding detection; already checked to be a known name. */
  encoding?: string;
  /** Worker threads for large batches: 0 parses serially; default, one per core. */
  jobs?: number;
  /**
   * Hand out each report as its compact JSON text (`JSON.stringify(report)`) and its count of
   * error diagnostics, made where it was parsed: a worker's text is written as it is.
   */
  serialized?: boolean;
}

/** Read and parse every input, in input order. Never throws: a problem becomes `{ file, error }`. */
export async function* run(inputs: readonly Input[], options: RunOptions = {}): AsyncGenerator<RunResult> {
  const files = inputs.map((input) => (input.kind === 'stdin' ? '-' : input.path));
  yield* parseInParallel(files, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.jobs !== undefined ? { workers: options.jobs } : {}),
    output: options.serialized ? 'json' : 'report',
    describeError,
  });
}
