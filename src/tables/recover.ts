/**
 * Cells a crawler ran together (`801000081` for 80, 1, 0, 0, 0, 0, 81): enumerate the ways to
 * cut the printed digits into the row's cells and keep those the form's arithmetic allows. A
 * space, where printed, is always a cut; a cell has no leading zero unless it is a lone `0`.
 * The search is bounded, so no input can make it slow.
 */
import type { Cell } from '../tokens.js';
import type { RowContext, Values } from './cells.js';

export type DigitRecovery =
  | { kind: 'recovered'; printed: string; values: number[] }
  | { kind: 'ambiguous'; printed: string; candidates: number[][] }
  | { kind: 'unrecoverable'; printed: string };

/** Most cuts the search looks at before it gives up on a row. */
export const SEARCH_LIMIT = 200_000;

/** The printed cells as digit segments: every space and every cell boundary is a cut. */
function segments(cells: readonly Cell[]): string[] | null {
  const out: string[] = [];
  for (const c of cells) {
    const text = c.kind === 'number' ? String(c.value) : c.raw;
    for (const part of text.trim().split(/\s+/)) {
      if (!/^\d+$/.test(part)) return null;
      out.push(part);
    }
  }
  return out;
}

/**
 * Every cut of `segs` into exactly `n` well-formed cells, calling `accept` on each complete cut
 * and stopping when it returns false. Returns false when the search limit was reached.
 */
export function enumerateCuts(segs: readonly string[], n: number, accept: (cells: number[]) => boolean): boolean {
  let budget = SEARCH_LIMIT;
  const cells: number[] = [];
  const totalDigits = segs.reduce((s, x) => s + x.length, 0);
  if (segs.length > n || totalDigits < n) return true;
  // Cells still to place must fit in the digits left: at least one digit each.
  const walk = (seg: number, pos: number, digitsLeft: number): boolean => {
    if (--budget < 0) return false;
    if (seg === segs.length) return cells.length === n ? accept([...cells]) : true;
    const s = segs[seg]!;
    const cellsLeft = n - cells.length;
    const segsLeft = segs.length - seg;
    if (cellsLeft < segsLeft || digitsLeft < cellsLeft) return true;
    const remainingInSeg = s.length - pos;
    const maxLen = s[pos] === '0' ? 1 : remainingInSeg;
    for (let len = 1; len <= maxLen; len++) {
      const end = pos + len;
      cells.push(Number(s.slice(pos, end)));
      const ok = end === s.length ? walk(seg + 1, 0, digitsLeft - len) : walk(seg, end, digitsLeft - len);
      cells.pop();
      if (!ok) return false;
    }
    return true;
  };
  return walk(0, 0, totalDigits);
}

export function recoverDigits(cells: readonly Cell[], row: RowContext): DigitRecovery {
  const printed = cells.map((c) => c.raw).join(' ');
  const segs = segments(cells);
  const n = row.columns.length;
  if (!segs) return { kind: 'unrecoverable', printed };
  const candidates: number[][] = [];
  const complete = enumerateCuts(segs, n, (values) => {
    if (!row.check || row.check(values as Values)) candidates.push(values);
    return candidates.length <= 50;
  });
  if (candidates.length === 1 && complete) return { kind: 'recovered', printed, values: candidates[0]! };
  if (candidates.length === 0) return { kind: 'unrecoverable', printed };
  return { kind: 'ambiguous', printed, candidates };
}
