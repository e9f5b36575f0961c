/** Types for scripts/lines-twice.mjs (lines printed twice or lost). */
/** `across`: lost, around part 三's and part 四's headings (six lines before to sixty after). */
export type How = 'twice' | 'lost' | 'across';
/** The input with lines from..to (indices) printed again right after `to` (`twice`), or left out (`lost`, `across`). */
export function withStretch(lines: readonly string[], from: number, to: number, how: How): string;
/** A cell as promise.mjs's classify counts it: its path and verdict. */
export interface Verdict {
  path: string;
  verdict: string;
}
/** The cells whose verdict differs from `before` to `after` (null with a diagnostic or without is null), by the turn (`right→null`): their paths. */
export function turnedCells(before: readonly Verdict[], after: readonly Verdict[]): Map<string, string[]>;
/** Every stretch of one to `most` lines from part 二's heading on, each way (`across`: around part 三's and 四's headings). */
export function stretches(lines: readonly string[], most: number, hows: readonly How[]): Array<{ from: number; to: number; how: How }>;
