/**
 * Cells a crawler ran together (`801000081` for 80, 1, 0, 0, 0, 0, 81): enumerate the ways to
 * cut the printed digits into the row's cells and keep those the row's own arithmetic allows
 * (crossRows.ts then lets the table's column equations choose between the cuts of rows still
 * ambiguous). A space or a cell boundary, where printed, is always a cut; a cell has no leading
 * zero unless it is a lone `0`. Nothing is guessed: a row gets values only when exactly one cut
 * survives.
 *
 * The bound, so that no input can make it slow: a cell holds at most MAX_CELL_DIGITS digits (a
 * longer run cannot be cut and is rejected at once); the search for one row places at most
 * SEARCH_LIMIT cells and keeps at most MAX_CUTS cuts. A report has at most 37 such rows (8 of
 * part 二, 25 of part 三, part 四), so recovery costs well under a second whatever the input. A
 * search that reaches its bound decides nothing: the row stays null.
 */
import type { Cell } from '../tokens.js';

/** A cell holds at most this many digits: no count in a report nears a billion, and sums stay exact. */
export const MAX_CELL_DIGITS = 9;
/** Most cells the search for one row tries to place before it gives up. */
export const SEARCH_LIMIT = 100_000;
/** Most cuts kept for one row; past this the row is ambiguous and takes no part in the cross-row choice. */
export const MAX_CUTS = 64;

/**
 * A row's printed values as the search sees them: runs of digits that may hold several cells,
 * and cells that are whole as printed (a decimal, a negative, a number with a unit, a mark).
 */
export type Piece = { kind: 'digits'; digits: string } | { kind: 'whole'; cell: Cell; value: number | null };

/**
 * The arithmetic a row's cells obey, which the search uses to prune: consecutive groups of cells,
 * each group's last cell the sum of the others (the application matrix: one group of seven;
 * part 四: three groups of five). No groups: the row has no arithmetic (part 二).
 */
export interface CutShape {
  cells: number;
  sumGroups: readonly number[];
}

export interface Cut {
  /** The values, in column order; null for a whole cell that prints no number. */
  values: Array<number | null>;
  /** Each cell as it is read: a number cut from the digits, or the whole cell as printed. */
  cells: Cell[];
}

export interface CutSearch {
  cuts: Cut[];
  /** False when the search stopped at SEARCH_LIMIT or MAX_CUTS: `cuts` may then be incomplete. */
  complete: boolean;
  /** Cells the search placed, for tests of its bound. */
  steps: number;
}

export type DigitRecovery =
  | { kind: 'recovered'; printed: string; cut: Cut }
  | { kind: 'ambiguous'; printed: string; candidates: Cut[]; complete: boolean }
  | { kind: 'unrecoverable'; printed: string; gaveUp: boolean };

const PLAIN_DIGITS = /^\d+(?: +\d+)*$/;

/** The key a cell is matched on: NFKC (full-width digits become ASCII), trimmed. */
const keyOf = (cell: Cell): string => cell.raw.normalize('NFKC').trim();

/** Does this cell print only digits (and single spaces), so that it may hold several cells? */
export const isDigitRun = (cell: Cell): boolean =>
  (cell.kind === 'digits' || cell.kind === 'number') && PLAIN_DIGITS.test(keyOf(cell));

/** The printed cells as pieces: every space and every cell boundary is a cut. */
export function piecesOf(cells: readonly Cell[]): Piece[] {
  return cells.flatMap((cell): Piece[] => {
    if (isDigitRun(cell)) return keyOf(cell).split(/ +/).map((digits) => ({ kind: 'digits', digits }));
    return [{ kind: 'whole', cell, value: cell.kind === 'number' ? cell.value! : null }];
  });
}

/**
 * Every cut of `pieces` into `shape.cells` well-formed cells that satisfies the shape's sums.
 *
 * The search runs from the right, because a group's total is its last cell: it takes the total
 * first, then the group's other cells right to left, each no longer than the total and no larger
 * than what is left of it; the group's first cell is then forced (what is left), so it is checked,
 * not searched. A cell count that the remaining digits cannot hold is cut off early too.
 */
export function enumerateCuts(
  pieces: readonly Piece[],
  shape: CutShape,
  limits: { steps?: number; cuts?: number } = {},
): CutSearch {
  const stepLimit = limits.steps ?? SEARCH_LIMIT;
  const cutLimit = limits.cuts ?? MAX_CUTS;
  const n = shape.cells;
  const cuts: Cut[] = [];
  let steps = 0;
  let stopped = false;

  // Per cell: is it a group's total, and how many cells of its group lie to its left.
  const isTotal: boolean[] = Array(n).fill(false);
  const leftInGroup: number[] = Array(n).fill(-1); // -1: not in a sum group
  if (shape.sumGroups.length > 0) {
    let start = 0;
    for (const size of shape.sumGroups) {
      for (let k = start; k < start + size; k++) leftInGroup[k] = k - start;
      isTotal[start + size - 1] = true;
      start += size;
    }
    if (start !== n) throw new Error(`sum groups cover ${start} cells of ${n}`);
  }

  // How many cells pieces 0..p-1 can hold at least and at most, and how many digits they print.
  const minBefore: number[] = [0];
  const maxBefore: number[] = [0];
  const digitsBefore: number[] = [0];
  const wholeBefore: number[] = [0];
  pieces.forEach((piece, p) => {
    const [lo, hi] = piece.kind === 'digits' ? [Math.ceil(piece.digits.length / MAX_CELL_DIGITS), piece.digits.length] : [1, 1];
    minBefore[p + 1] = minBefore[p]! + lo;
    maxBefore[p + 1] = maxBefore[p]! + hi;
    digitsBefore[p + 1] = digitsBefore[p]! + (piece.kind === 'digits' ? piece.digits.length : 0);
    wholeBefore[p + 1] = wholeBefore[p]! + (piece.kind === 'whole' ? 1 : 0);
  });
  if (n < minBefore[pieces.length]! || n > maxBefore[pieces.length]!) return { cuts, complete: true, steps };

  // The cut being built, cell by cell from the right: its value, and where it was read.
  const values: Array<number | null> = Array(n);
  const cellPiece: number[] = Array(n);
  const cellStart: number[] = Array(n);
  const lengthOf = (p: number): number => (p >= 0 ? pieceLength(pieces[p]!) : 0);

  const record = (): void => {
    const cells = values.map((value, k): Cell => {
      const piece = pieces[cellPiece[k]!]!;
      if (piece.kind === 'whole') return piece.cell;
      const raw = piece.digits.slice(cellStart[k], cellStart[k + 1] !== undefined && cellPiece[k + 1] === cellPiece[k] ? cellStart[k + 1] : piece.digits.length);
      return { kind: 'number', raw, value: value!, line: 0 };
    });
    cuts.push({ values: [...values], cells });
    if (cuts.length > cutLimit) stopped = true;
  };

  /**
   * Fill cell k (and those left of it) from piece p, whose digits before `end` are unread.
   * `total` and `sum`: the current group's total and the sum of its cells placed so far.
   */
  const fill = (k: number, p: number, end: number, total: number, sum: number): void => {
    if (k < 0) {
      if (p < 0) record();
      return;
    }
    if (p < 0 || stopped) return;
    const piece = pieces[p]!;
    const digitsHere = piece.kind === 'digits' ? end : 0;
    const lo = piece.kind === 'digits' ? Math.ceil(end / MAX_CELL_DIGITS) : 1;
    if (k + 1 < minBefore[p]! + lo || k + 1 > maxBefore[p]! + (piece.kind === 'digits' ? end : 1)) return;

    const part = leftInGroup[k]! >= 0 && !isTotal[k]; // a cell of a group other than its total
    const room = total - sum;
    let longest = MAX_CELL_DIGITS;
    if (part) {
      // The digits left must fit in the cells left, a cell of this group no longer than its
      // total; in the row's first group, every digit left is one of its cells, and they must add
      // up to what is left of the total.
      const parts = leftInGroup[k]! + 1;
      longest = digitCount(total);
      const digitsLeft = digitsBefore[p]! + digitsHere;
      if (digitsLeft > parts * longest + (k + 1 - parts) * MAX_CELL_DIGITS) return;
      if (parts === k + 1 && wholeBefore[p] === 0 && piece.kind === 'digits') {
        const [least, most] = sumBounds(digitsLeft, parts, longest);
        if (room < least || room > most) return;
      }
    }
    const next = (value: number | null, start: number): void => {
      if (++steps > stepLimit) {
        stopped = true;
        return;
      }
      values[k] = value;
      cellPiece[k] = p;
      cellStart[k] = start;
      const [nextP, nextEnd] = start > 0 ? [p, start] : [p - 1, lengthOf(p - 1)];
      if (isTotal[k]) fill(k - 1, nextP, nextEnd, value ?? 0, 0);
      else fill(k - 1, nextP, nextEnd, total, sum + (value ?? 0));
    };

    if (piece.kind === 'whole') {
      const v = piece.value ?? 0;
      if (part && (v > room || (leftInGroup[k] === 0 && v !== room))) return;
      next(piece.value, 0);
      return;
    }
    const digits = piece.digits;
    if (part && leftInGroup[k] === 0) {
      // The group's first cell is what is left of its total: checked, not searched.
      const forced = String(room);
      const start = end - forced.length;
      if (start >= 0 && digits.startsWith(forced, start)) next(room, start);
      return;
    }
    const most = Math.min(end, longest);
    for (let length = 1; length <= most && !stopped; length++) {
      const start = end - length;
      if (length > 1 && digits.charCodeAt(start) === 48) continue; // a leading zero
      const value = Number(digits.slice(start, end));
      if (part && value > room) break; // longer cells only grow
      next(value, start);
    }
  };

  const last = pieces.length - 1;
  fill(n - 1, last, lengthOf(last), 0, 0);
  cuts.sort(byCellLengths);
  return { cuts: cuts.slice(0, cutLimit), complete: !stopped, steps };
}

const digitCount = (value: number): number => (value < 10 ? 1 : Math.floor(Math.log10(value)) + 1);

const POWERS = Array.from({ length: MAX_CELL_DIGITS + 2 }, (_, i) => 10 ** i);

/**
 * The least and the most that `cells` cells without leading zeros, each at most `longest` digits,
 * can add up to when they print `digits` digits: the least with lengths as even as can be (a cell
 * of n digits is at least 10^(n-1)), the most with lengths as uneven (at most 10^n - 1).
 */
export function sumBounds(digits: number, cells: number, longest: number): [number, number] {
  if (digits < cells || digits > cells * longest) return [Infinity, -Infinity];
  const short = Math.floor(digits / cells);
  const longer = digits % cells;
  const least = (cells - longer) * (short > 1 ? POWERS[short - 1]! : 0) + longer * POWERS[short]!;
  // Uneven: as many cells of `longest` digits as leave one digit for each other cell.
  let most = 0;
  let left = digits;
  for (let c = cells; c > 0; c--) {
    const length = Math.min(longest, left - (c - 1));
    most += POWERS[length]! - 1;
    left -= length;
  }
  return [least, most];
}

const pieceLength = (piece: Piece): number => (piece.kind === 'digits' ? piece.digits.length : 1);

/** Cuts in reading order: the one with the shorter first cell first, and so on. */
function byCellLengths(a: Cut, b: Cut): number {
  for (let i = 0; i < a.cells.length; i++) {
    const d = a.cells[i]!.raw.length - b.cells[i]!.raw.length;
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * A row's run-together cells → its values, when exactly one cut fits the row's own arithmetic
 * (or, with no arithmetic, when only one cut is possible at all).
 */
export function recoverDigits(cells: readonly Cell[], shape: CutShape): DigitRecovery {
  const printed = cells.map((c) => c.raw.trim()).join(' ');
  const line = cells.find((c) => c.line)?.line ?? 0;
  const search = enumerateCuts(piecesOf(cells), shape);
  for (const cut of search.cuts) cut.cells = cut.cells.map((c) => (c.line ? c : { ...c, line }));
  if (search.cuts.length === 1 && search.complete) return { kind: 'recovered', printed, cut: search.cuts[0]! };
  if (search.cuts.length === 0) return { kind: 'unrecoverable', printed, gaveUp: !search.complete };
  return { kind: 'ambiguous', printed, candidates: search.cuts, complete: search.complete };
}
