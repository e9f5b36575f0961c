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
  | { kind: 'ambiguous'; printed: string; candidates: Cut[]; complete: boolean; fewDigits?: 'few' | 'single' | 'noSums' }
  | { kind: 'unrecoverable'; printed: string; gaveUp: boolean };

/**
 * `/^\d+(?: +\d+)*$/.test(text)`: digits, and spaces between them. A loop: that pattern's
 * backtracking overflows the stack on a run of a million `1 2 3` (a hostile file's one line).
 */
function plainDigits(text: string): boolean {
  const n = text.length;
  let i = 0;
  for (;;) {
    const from = i;
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i));
    if (i === from) return false;
    if (i === n) return true;
    while (text.charCodeAt(i) === 32) i++;
    if (i === n) return false;
  }
}

/** A cell's text with full-width digits made ASCII (NFKC), trimmed: what a run of digits is read from. */
const digitsOf = (cell: Cell): string => cell.raw.normalize('NFKC').trim();

/** Does this cell print only digits (and single spaces), so that it may hold several cells? */
export const isDigitRun = (cell: Cell): boolean =>
  (cell.kind === 'digits' || cell.kind === 'number') && plainDigits(digitsOf(cell));

/** Numbers a space apart, some signed (`-245 59`: the 2019 form's 本年增/减 and the next cell, pdftotext -layout). */
const SIGNED_SPACED = /^[+-]?\d+(?: +[+-]?\d+)+$/;

/**
 * The printed cells as pieces: every space and every cell boundary is a cut. Numbers a space apart
 * with a sign among them are whole cells each, as printed: a sign starts a cell, and is no digit
 * to cut.
 */
export function piecesOf(cells: readonly Cell[]): Piece[] {
  return cells.flatMap((cell): Piece[] => {
    if (isDigitRun(cell)) return digitsOf(cell).split(/ +/).map((digits) => ({ kind: 'digits', digits }));
    const text = digitsOf(cell);
    if (cell.kind !== 'empty' && /[+-]/.test(text) && SIGNED_SPACED.test(text)) {
      return text.split(/ +/).map((raw): Piece => ({ kind: 'whole', cell: { kind: 'number', raw, value: Number(raw), line: cell.line }, value: Number(raw) }));
    }
    return [{ kind: 'whole', cell, value: cell.kind === 'number' ? cell.value : null }];
  });
}

/** A piece with what the pieces before it can give: the search's bounds. */
interface PieceAt {
  piece: Piece;
  /** Its digits, or 1 for a whole cell. */
  length: number;
  /** How many cells the pieces before it can hold at least and at most, the digits they print, and how many are whole cells. */
  minBefore: number;
  maxBefore: number;
  digitsBefore: number;
  wholeBefore: number;
}

type Whole = Extract<Piece, { kind: 'whole' }>;

/**
 * A cell of the row as the search fills it: its place in the row's arithmetic, and what it holds
 * in the cut being built (rewritten as the search goes back and forth; read when a cut is
 * complete): a whole cell as printed, or the digits `digits[start, end)` of a run, worth `value`.
 */
interface Slot {
  /** Is it its group's total? */
  isTotal: boolean;
  /** How many cells of its group lie to its left; -1 when it is in no sum group. */
  leftInGroup: number;
  whole: Whole | null;
  digits: string;
  start: number;
  end: number;
  value: number;
}

const emptySlot = (isTotal: boolean, leftInGroup: number): Slot => ({ isTotal, leftInGroup, whole: null, digits: '', start: 0, end: 0, value: 0 });

/** The row's cells as slots, each with its place in the sum groups. */
function slotsOf(shape: CutShape): Slot[] {
  const slots: Slot[] = [];
  for (const size of shape.sumGroups) {
    for (let i = 0; i < size; i++) slots.push(emptySlot(i === size - 1, i));
  }
  if (shape.sumGroups.length > 0 && slots.length !== shape.cells) throw new Error(`sum groups cover ${slots.length} cells of ${shape.cells}`);
  while (slots.length < shape.cells) slots.push(emptySlot(false, -1));
  return slots;
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

  const at: PieceAt[] = [];
  let minBefore = 0;
  let maxBefore = 0;
  let digitsBefore = 0;
  let wholeBefore = 0;
  for (const piece of pieces) {
    at.push({ piece, length: pieceLength(piece), minBefore, maxBefore, digitsBefore, wholeBefore });
    if (piece.kind === 'digits') {
      minBefore += Math.ceil(piece.digits.length / MAX_CELL_DIGITS);
      maxBefore += piece.digits.length;
      digitsBefore += piece.digits.length;
    } else {
      minBefore++;
      maxBefore++;
      wholeBefore++;
    }
  }
  if (n < minBefore || n > maxBefore) return { cuts, complete: true, steps };
  const slots = slotsOf(shape);

  const lengthOf = (p: number): number => at[p]?.length ?? 0;

  /** The cut the slots hold, every one placed. */
  const record = (): void => {
    const values: Array<number | null> = [];
    const cells: Cell[] = [];
    for (const { whole, digits, start, end, value } of slots) {
      values.push(whole ? whole.value : value);
      cells.push(whole ? whole.cell : { kind: 'number', raw: digits.slice(start, end), value, line: 0 });
    }
    cuts.push({ values, cells });
    if (cuts.length > cutLimit) stopped = true;
  };

  /**
   * Fill cell k (and those left of it) from piece p, whose digits before `end` are unread.
   * `total` and `sum`: the current group's total and the sum of its cells placed so far.
   */
  const fill = (k: number, p: number, end: number, total: number, sum: number): void => {
    const slot = slots[k];
    const here = at[p];
    if (slot === undefined) {
      if (here === undefined) record(); // every cell placed, every digit read
      return;
    }
    if (here === undefined || stopped) return;
    const piece = here.piece;
    const digitsHere = piece.kind === 'digits' ? end : 0;
    const lo = piece.kind === 'digits' ? Math.ceil(end / MAX_CELL_DIGITS) : 1;
    if (k + 1 < here.minBefore + lo || k + 1 > here.maxBefore + (piece.kind === 'digits' ? end : 1)) return;

    const part = slot.leftInGroup >= 0 && !slot.isTotal; // a cell of a group other than its total
    const room = total - sum;
    let longest = MAX_CELL_DIGITS;
    if (part) {
      // The digits left must fit in the cells left, a cell of this group no longer than its
      // total; in the row's first group, every digit left is one of its cells, and they must add
      // up to what is left of the total.
      const parts = slot.leftInGroup + 1;
      longest = digitCount(total);
      const digitsLeft = here.digitsBefore + digitsHere;
      if (digitsLeft > parts * longest + (k + 1 - parts) * MAX_CELL_DIGITS) return;
      if (parts === k + 1 && here.wholeBefore === 0 && piece.kind === 'digits') {
        const [least, most] = sumBounds(digitsLeft, parts, longest);
        if (room < least || room > most) return;
      }
    }
    /** Place in the slot a whole cell, or the digits from `start` to `end` (`value`: what the cell adds to its group). */
    const next = (whole: Whole | null, start: number, value: number): void => {
      if (++steps > stepLimit) {
        stopped = true;
        return;
      }
      slot.whole = whole;
      slot.start = start;
      slot.end = end;
      slot.value = value;
      const [nextP, nextEnd] = start > 0 ? [p, start] : [p - 1, lengthOf(p - 1)];
      if (slot.isTotal) fill(k - 1, nextP, nextEnd, value, 0);
      else fill(k - 1, nextP, nextEnd, total, sum + value);
    };

    if (piece.kind === 'whole') {
      const v = piece.value ?? 0;
      if (part && (v > room || (slot.leftInGroup === 0 && v !== room))) return;
      next(piece, 0, v);
      return;
    }
    const digits = piece.digits;
    slot.digits = digits;
    if (part && slot.leftInGroup === 0) {
      // The group's first cell is what is left of its total: checked, not searched.
      const forced = String(room);
      const start = end - forced.length;
      if (start >= 0 && digits.startsWith(forced, start)) next(null, start, room);
      return;
    }
    const most = Math.min(end, longest);
    for (let length = 1; length <= most && !stopped; length++) {
      const start = end - length;
      if (length > 1 && digits.charCodeAt(start) === 48) continue; // a leading zero
      const value = Number(digits.slice(start, end));
      if (part && value > room) break; // longer cells only grow
      next(null, start, value);
    }
  };

  const last = pieces.length - 1;
  fill(n - 1, last, lengthOf(last), 0, 0);
  cuts.sort(byCellLengths);
  return { cuts: cuts.slice(0, cutLimit), complete: !stopped, steps };
}

const digitCount = (value: number): number => (value < 10 ? 1 : Math.floor(Math.log10(value)) + 1);

/** 10^n, looked up for the lengths a cell can have (the search asks often; Math.pow is slow). */
const POWERS = Array.from({ length: MAX_CELL_DIGITS + 2 }, (_, i) => 10 ** i);
const pow10 = (n: number): number => POWERS[n] ?? 10 ** n;

/**
 * The least and the most that `cells` cells without leading zeros, each at most `longest` digits,
 * can add up to when they print `digits` digits: the least with lengths as even as can be (a cell
 * of n digits is at least 10^(n-1)), the most with lengths as uneven (at most 10^n - 1).
 */
export function sumBounds(digits: number, cells: number, longest: number): [number, number] {
  if (digits < cells || digits > cells * longest) return [Infinity, -Infinity];
  const short = Math.floor(digits / cells);
  const longer = digits % cells;
  const least = (cells - longer) * (short > 1 ? pow10(short - 1) : 0) + longer * pow10(short);
  // Uneven: as many cells of `longest` digits as leave one digit for each other cell.
  let most = 0;
  let left = digits;
  for (let c = cells; c > 0; c--) {
    const length = Math.min(longest, left - (c - 1));
    most += pow10(length) - 1;
    left -= length;
  }
  return [least, most];
}

const pieceLength = (piece: Piece): number => (piece.kind === 'digits' ? piece.digits.length : 1);

/** Cuts in reading order: the one with the shorter first cell first, and so on. */
function byCellLengths(a: Cut, b: Cut): number {
  for (let i = 0; i < a.cells.length; i++) {
    const x = a.cells[i];
    const y = b.cells[i];
    if (x === undefined || y === undefined) break; // every cut has the row's cells
    const d = x.raw.length - y.raw.length;
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
  const pieces = piecesOf(cells);
  const search = enumerateCuts(pieces, shape);
  for (const cut of search.cuts) cut.cells = cut.cells.map((c) => (c.line ? c : { ...c, line }));
  const [only, ...others] = search.cuts;
  if (only && others.length === 0 && search.complete) {
    const few = shape.sumGroups.length === 1 ? cutsShortNumbers(pieces, only) : shape.sumGroups.length === 0 && cutsSpaced(pieces, only) ? 'noSums' : null;
    return few !== null ? { kind: 'ambiguous', printed, candidates: search.cuts, complete: true, fewDigits: few } : { kind: 'recovered', printed, cut: only };
  }
  if (!only) return { kind: 'unrecoverable', printed, gaveUp: !search.complete };
  return { kind: 'ambiguous', printed, candidates: search.cuts, complete: search.complete };
}

/**
 * The most digits of a number a space apart that a row printed short of its cells may print (`4 19
 * 212 19`; `1187 1279 3473 611`, four of 一、本年新收's seven, read 118, 7, 127, 9, 347, 3, 611). A
 * crawler's run glues more (`33071900464`, three numbers of a Chromium print's glyph run).
 */
const FEW_DIGITS = 4;

/**
 * Does the cut of `pieces`, two or more apart as printed (a space, or cells), cut a number of
 * FEW_DIGITS digits or fewer further (`24 -10` read 2, 4, -10)? A row with no sums (part 二) is cut
 * by its count alone, and a row printed short of its cells, the others elsewhere (plain pdftotext
 * of a web page's PDF: `行政处罚 24` / `-10`), prints whole numbers just so: `noSums`.
 */
function cutsSpaced(pieces: readonly Piece[], cut: Cut): boolean {
  return pieces.length >= 2 && partsOf(pieces, cut).some(({ digits, parts }) => parts > 1 && digits <= FEW_DIGITS);
}

/** Each run of digits of `pieces` (whole cells aside): how many digits it has, and into how many cells `cut` cuts it. */
function partsOf(pieces: readonly Piece[], cut: Cut): Array<{ digits: number; parts: number }> {
  const out: Array<{ digits: number; parts: number }> = [];
  let at = 0;
  for (const piece of pieces) {
    if (piece.kind !== 'digits') {
      at++;
      continue;
    }
    let length = 0;
    let parts = 0;
    while (length < piece.digits.length && at < cut.cells.length) {
      length += cut.cells[at]?.raw.trim().length ?? 1;
      at++;
      parts++;
    }
    out.push({ digits: piece.digits.length, parts });
  }
  return out;
}

/**
 * Does the cut of `pieces` cut two or more numbers a space apart further, each of FEW_DIGITS digits or fewer
 * (`4 19 212 19` read 4, 1, 9, 2, 1, 2, 19: `few`), or one of them, of three digits or more, into a
 * digit a cell (`2092 13` read 2, 0, 9, 2, 13, 2092 another group's 总计: `single`)? So few digits
 * fit a row's one sum by chance as readily as not, and a row printed short of its cells, its others
 * printed elsewhere (plain pdftotext of a web page's PDF), prints just so: the spaces there part
 * whole numbers. Null when it does neither, or cuts two or more short numbers and a longer one
 * too (a crawler's run, its numbers glued: `0 22 10290 0 22653316`).
 */
function cutsShortNumbers(pieces: readonly Piece[], cut: Cut): 'few' | 'single' | null {
  const spaced = pieces.filter((p) => p.kind === 'digits').length >= 2;
  let cutShort = 0;
  let single = false;
  let crawler = false;
  for (const { digits, parts } of partsOf(pieces, cut)) {
    const digitACell = spaced && parts >= 3 && parts === digits;
    if (digitACell) single = true;
    if (parts > 1) {
      if (digits <= FEW_DIGITS) cutShort++;
      // A longer number cut short of a digit a cell (a crawler's run, `10290` read 1029, 0): few no more.
      else if (!digitACell) crawler = true;
    }
  }
  return cutShort >= 2 && !crawler ? 'few' : single ? 'single' : null;
}

/** A signed run as printed (`0+11`, `3 - 12`): the digits before the sign, the sign, the digits after. */
const SIGNED_CELL = /^(\d+) ?([+-]) ?(\d+)$/;

/**
 * Cells of a row run together where one column prints a sign (the 2019 form's 本年增/减:
 * `行政许可0+11` is 0, +1, 1): the sign starts that column's cell, so the digits before it are the
 * cells before that column and the digits after it the rest, the first of them signed. Each side
 * is cut as any run (no leading zero but a lone 0); the row is read when only one cut fits. Null
 * when the cell is not such a run.
 */
export function recoverSigned(cell: Cell, cells: number, signedAt: number): DigitRecovery | null {
  const printed = cell.raw.normalize('NFKC').trim();
  const m = SIGNED_CELL.exec(printed);
  if (!m || signedAt < 1 || signedAt >= cells) return null;
  const [, before = '', sign, after = ''] = m;
  const side = (digits: string, n: number): DigitRecovery => recoverDigits([{ kind: 'digits', raw: digits, line: cell.line }], { cells: n, sumGroups: [] });
  const left = side(before, signedAt);
  const right = side(after, cells - signedAt);
  if (left.kind === 'unrecoverable' || right.kind === 'unrecoverable') {
    const gaveUp = (left.kind === 'unrecoverable' && left.gaveUp) || (right.kind === 'unrecoverable' && right.gaveUp);
    return { kind: 'unrecoverable', printed, gaveUp };
  }
  const cutsOf = (r: DigitRecovery): Cut[] => (r.kind === 'recovered' ? [r.cut] : r.kind === 'ambiguous' ? r.candidates : []);
  const complete = (left.kind !== 'ambiguous' || left.complete) && (right.kind !== 'ambiguous' || right.complete);
  const negative = sign === '-';
  const joined: Cut[] = [];
  for (const l of cutsOf(left)) {
    for (const r of cutsOf(right)) {
      if (joined.length >= MAX_CUTS) break;
      const [first, ...rest] = r.cells;
      const value = r.values[0] ?? null;
      if (!first || value === null) continue;
      const signedValue = negative ? -value : value;
      const signed: Cell = { kind: 'number', raw: `${sign}${first.raw}`, value: signedValue, line: cell.line };
      joined.push({ values: [...l.values, signedValue, ...r.values.slice(1)], cells: [...l.cells, signed, ...rest] });
    }
  }
  const [only, ...others] = joined;
  if (!only) return { kind: 'unrecoverable', printed, gaveUp: !complete };
  if (others.length === 0 && complete) return { kind: 'recovered', printed, cut: only };
  return { kind: 'ambiguous', printed, candidates: joined, complete: complete && joined.length < MAX_CUTS };
}
