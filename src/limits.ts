/**
 * The bounds on one input, so that no file can take a batch down: its size, and the
 * work the parse may do for it. One knob, `maxBytes` (the command line's --max-bytes or
 * GOV_REPORT_MAX_BYTES, the library's ParseOptions.maxBytes), sets both: the work bound grows
 * with it. Past either, the input is `too-large`: nothing is guessed from a part of it.
 *
 * Why these numbers: a report is 5–100 KB of text, a few hundred lines, and prints a few thousand
 * cells in its tables; a Word or PDF file of one, with its pictures, a few MB. 16 MB is a hundred
 * times the largest text report. Within the bounds the parse is linear, and what it holds is a few
 * hundred bytes a line or cell: the worst 16 MB texts take a few seconds and stay near 200 MB
 * (`node bench/hostile.mjs`, part of `npm run bench`).
 */

/** The default size bound of one input, in bytes (16 MB). */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/** The work bounds are one line, and one table cell, for this many bytes of the size bound (16 MB: 262,144). */
const BYTES_PER_UNIT = 64;
/** However small the size bound, a report's own lines and cells always fit (a few thousand). */
const MIN_UNITS = 20_000;

/**
 * The most lines a text may have, and the most table cells one parse reads (its three tables
 * together), under the size bound `maxBytes`. A report prints a few hundred lines and a few
 * thousand cells; what the parse holds for each is a few hundred bytes.
 */
export function workBound(maxBytes: number): number {
  return Math.max(MIN_UNITS, Math.floor(maxBytes / BYTES_PER_UNIT));
}

/** The cells a parse may still read; spent by tokenize, which throws WorkBoundReached at 0. */
export interface WorkBudget {
  /** The bound, for the message. */
  readonly cells: number;
  /** Cells still allowed. */
  left: number;
}

export const workBudget = (maxBytes: number): WorkBudget => {
  const cells = workBound(maxBytes);
  return { cells, left: cells };
};

/** Thrown by tokenize when the budget is spent; parseWithLayout turns it into `too-large`. */
export class WorkBoundReached extends Error {
  constructor(readonly cells: number) {
    super(`more than ${cells} cells`);
  }
}

/** Spend `n` cells of the budget; throws WorkBoundReached when it runs out. */
export function spend(budget: WorkBudget | undefined, n: number): void {
  if (budget === undefined) return;
  budget.left -= n;
  if (budget.left < 0) throw new WorkBoundReached(budget.cells);
}

// ── Sizes as people write them ─────────────────────────────────────────────────────────────

const UNITS: ReadonlyArray<[suffix: string, bytes: number]> = [
  ['GB', 1024 ** 3],
  ['MB', 1024 ** 2],
  ['KB', 1024],
];

/** `16 MB`, `40.5 MB`, `512 KB`, `100 B` (binary units: 1 MB = 1,048,576 bytes), for messages. */
export function formatSize(bytes: number): string {
  for (const [suffix, unit] of UNITS) {
    if (bytes >= unit) {
      const n = bytes / unit;
      return `${n >= 100 || Number.isInteger(n) ? Math.round(n) : Math.round(n * 10) / 10} ${suffix}`;
    }
  }
  return `${bytes} B`;
}

/** A bound that holds `bytes`: the next power of two in MB (at least twice `atLeast`), as --max-bytes takes it. */
export function suggestedBound(bytes: number | null, atLeast: number): string {
  let mb = 1;
  const need = Math.max(bytes ?? 0, atLeast * 2);
  while (mb * 1024 * 1024 < need) mb *= 2;
  return `${mb}MB`;
}

/**
 * `--max-bytes` and GOV_REPORT_MAX_BYTES as people write them: `65536`, `512k`, `64M`, `64MB`,
 * `1.5G`, `1GiB` (binary units, any case). Null when the text is none of these, or not positive.
 */
export function parseSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|b)?\s*$/i.exec(text);
  if (!m) return null;
  const unit = m[2] ? 1024 ** ('kmg'.indexOf(m[2].toLowerCase()) + 1) : 1;
  const bytes = Math.floor(Number(m[1]) * unit);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : null;
}

/**
 * `make()` for `key`, remembered in `cache`: what a parse asks again and again (a label, a word,
 * report after report) is worked out once, and the memory stays bounded (past `most` entries the
 * cache starts afresh). Callers keep long keys out, which would each be kept whole.
 */
export function remembered<K, V>(cache: Map<K, V>, key: K, most: number, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size >= most) cache.clear();
    cache.set(key, value);
  }
  return value;
}
