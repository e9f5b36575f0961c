/** Types for scripts/lines-twice.mjs (lines printed twice or lost). */
export type How = 'twice' | 'lost';
/** The input with lines from..to (indices) printed again right after `to`, or left out. */
export function withStretch(lines: readonly string[], from: number, to: number, how: How): string;
/** Every stretch of one to `most` lines from part 二's heading on, each way. */
export function stretches(lines: readonly string[], most: number, hows: readonly How[]): Array<{ from: number; to: number; how: How }>;
