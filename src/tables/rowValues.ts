/**
 * A found row's printed cells → its values. Fits the cells to the row's column count (merged-cell
 * filler leaves empty cells at either end of a row), turns each cell into a number or null, and
 * says why every null is null. Nothing is invented: a blank cell is null plus `blank-cell`.
 * Cells a crawler ran together are cut back by cutDigits.ts, and the row says so
 * (`recovered-digits`, `ambiguous-digits`, `unrecoverable-digits`).
 */
import type { ColumnSpec } from '../catalog/types.js';
import { diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import type { AcrossRows, Arithmetic, CellAt } from '../messages/params.js';
import { isNonEmpty, type Cell, type NonEmpty, type NumberCell } from '../tokens.js';
import { matchKey } from '../normalize/matchKey.js';
import { parseNumber } from '../tokenize/tokenize.js';
import { isDigitRun, MAX_CELL_DIGITS, recoverDigits, recoverSigned, SEARCH_LIMIT, type CutShape, type DigitRecovery } from './cutDigits.js';

export type Values = Array<number | null>;

export interface RowContext {
  /** JSON path of the row, e.g. `applications.granted`. */
  path: string;
  /** The row's label as printed. */
  label: string;
  columns: readonly ColumnSpec[];
  /** Line of the row's label. */
  line: number;
  /**
   * The row's arithmetic, for cells printed run together: consecutive groups of cells whose last
   * is the sum of the others ([7] for the application matrix). None: the row has none (part 二).
   */
  sumGroups: readonly number[];
  /** The row's numbering as the form prints it (`7.`), as a matchKey; none for a row without one. */
  numbering?: string | null;
}

export interface RowValues {
  values: Values;
  diagnostics: PendingDiagnostic[];
  /** Set when the row printed its cells run together: what cutting them found. */
  recovery?: DigitRecovery;
}

const isEmpty = (c: Cell): boolean => c.kind === 'empty';

/** A cell's number, null for a cell that prints none. */
export function numericValue(c: Cell): number | null {
  return c.kind === 'number' ? c.value : null;
}

/**
 * The ways to drop empty cells at the two ends of `cells` so that exactly `n` remain, most
 * leading-first first.
 */
export function edgeFits(cells: readonly Cell[], n: number): Cell[][] {
  const extra = cells.length - n;
  if (extra < 0) return [];
  if (extra === 0) return [[...cells]];
  let leading = 0;
  while (cells[leading]?.kind === 'empty') leading++;
  let trailing = 0;
  while (cells[cells.length - 1 - trailing]?.kind === 'empty') trailing++;
  const fits: Cell[][] = [];
  for (let a = Math.min(leading, extra); a >= 0; a--) {
    const b = extra - a;
    if (b <= trailing) fits.push(cells.slice(a, cells.length - b));
  }
  return fits;
}

/**
 * Can these printed cells be a row of `n` cells: exactly `n`, or `n` once filler at the ends is
 * dropped, or cells run together that cutting may give `n`? (Whether they then read is rowValues'
 * business.)
 */
export const fitsRow = (cells: readonly Cell[], n: number): boolean => cells.length === n || edgeFits(cells, n).length > 0 || ranTogether(cells, n);

/** Values of a fitted row, for the arithmetic check: blanks and marks count as 0. */
const checkValues = (cells: readonly Cell[]): Values => cells.map((c) => numericValue(c) ?? 0);

/** The cells as printed, for a message: null for a blank one. */
export const asPrinted = (cells: readonly Cell[]): Array<string | null> => cells.map((c) => (c.kind === 'empty' ? null : c.raw));

export function rowValues(given: readonly Cell[], row: RowContext): RowValues {
  const n = row.columns.length;
  const cells = numberingNotCut(given, row);
  const signed = signedRun(cells, row);
  if (signed) return { ...fromRecovery(signed, row), recovery: signed };
  if (ranTogether(cells, n)) {
    const printed = cells.filter((c) => !isEmpty(c));
    const lone = loneNumber(printed, row);
    if (lone) return lone;
    // Spaces are cuts: when they already give the row its cells, there is nothing to recover.
    const spaced = edgeFits(splitAtSpaces(cells), n);
    if (isNonEmpty(spaced)) return fitOrUnknown(spaced, cells, row);
    const [only] = printed;
    const whole = n === 1 && printed.length === 1 && only ? parseNumber(only.raw) : null;
    if (only && whole) return convert([{ kind: 'number', raw: only.raw, line: only.line, ...whole }], row);
    const recovery = recoverDigits(printed, shapeOf(row));
    return { ...fromRecovery(recovery, row), recovery };
  }
  const other = otherReading(cells, row);
  if (other) return other;
  if (cells.length === n) return convert(cells, row); // the only fit: the cells as printed
  const fits = edgeFits(cells, n);
  if (!isNonEmpty(fits)) {
    const problem =
      cells.length > n
        ? diagnostic('cell-count', 'cell-count', { row: row.label, printed: cells.filter((c) => !isEmpty(c)).length, cells: n, quoted: asPrinted(cells) }, row.path, row.line)
        : diagnostic('cell-count', 'cell-count.tooFew', { row: row.label, printed: cells.length, cells: n, quoted: asPrinted(cells) }, row.path, row.line);
    return { values: Array(n).fill(null), diagnostics: [problem] };
  }
  return fitOrUnknown(fits, cells, row);
}

/**
 * The row's cells with its numbering, printed after its words in a cell of its own and read with
 * the next line's first number as one number cut at its point (`属于行政执法案卷    7.` / `0  0 …`,
 * pdftotext -layout, tokenize's numberCut: 7.0), given back to the label: the piece after it is the
 * row's first cell. Only where that number is the row's first cell, the piece before the point the
 * row's own numbering, and the label does not print it already.
 */
function numberingNotCut(cells: readonly Cell[], row: RowContext): readonly Cell[] {
  const numbering = row.numbering;
  if (!numbering) return cells;
  const first = cells.findIndex((c) => !isEmpty(c));
  const cell = cells[first];
  if (cell?.kind !== 'number' || !cell.cut || matchKey(cell.cut.before) !== numbering || matchKey(row.label).includes(numbering)) return cells;
  const piece = parseNumber(cell.cut.after);
  if (piece === null) return cells;
  const own: NumberCell = { kind: 'number', raw: cell.cut.after.trim(), line: cell.cut.line, ...piece };
  return cells.map((c, i) => (i === first ? own : c));
}

/** How many groups of digits, apart by spaces, a run printed its cells run together in (`271 0 25 17`: four). */
export const printedGroups = (printed: string): number => printed.trim().split(/\s+/).length;

/** Is the diagnostic that of run-together digits no cut fits (not one the search gave up on)? */
export const fitsNoCut = (d: PendingDiagnostic): boolean => d.message === 'unrecoverable-digits' && !d.params.gaveUp;

/** Numbers a single space apart (`11 36 87`, `2023 24`): as many cells of a table, printed on one line. */
export const SPACED_NUMBERS = /^\d+(?: \d+)+$/;

/**
 * The counts a printed cell may stand for: each number of a run a space apart (`11 36 87`, and
 * `18 114 371`, which may also be one number in thousands), a number's value, or digits alone; null
 * for a cell that prints no count.
 */
export function numbersIn(cell: Cell): number[] | null {
  if (cell.kind !== 'number' && cell.kind !== 'digits') return null;
  const raw = cell.raw.trim();
  if (SPACED_NUMBERS.test(raw)) return raw.split(' ').map(Number);
  if (cell.kind === 'number') return [cell.value];
  return /^\d+$/.test(raw) ? [Number(raw)] : null;
}

/** A number printed in thousands groups with a space (`975 901`): one number, or two cells whose gap was lost. */
export const SPACED_GROUPS = /^\d{1,3}(?: \d{3})+$/;
const isSpacedGroups = (c: Cell): boolean => c.kind === 'number' && SPACED_GROUPS.test(c.raw.normalize('NFKC').trim());

/**
 * The row read another way than its cells as printed, when that is certain. Converters lose cell
 * boundaries two ways that change a row's cell count: two numbers land in one cell with a space
 * between them (`975 901`, which also reads as the one number 975901), or a blank cell is made
 * where there is none (a PDF's column that the row's cells do not line up with). The readings:
 * the cells as printed; each spaced number as its groups; and, where the row then prints exactly
 * the form's count of numbers besides blank cells, those numbers without the blanks; and, where
 * words stand before the numbers (the rest of a label wrapped around its row), the numbers
 * without them. Only when such another reading exists, every cell after those words is a number
 * or blank, and the row has arithmetic:
 * exactly one reading must fit the form's cells and add up, and it is read (`recovered-cells`
 * when it is not the cells as printed). Otherwise undefined: the row is read as before, and a
 * printed reading that does not add up meets the validator's equations.
 */
function otherReading(cells: readonly Cell[], row: RowContext): RowValues | undefined {
  const n = row.columns.length;
  if (row.sumGroups.length === 0) return undefined;
  // Words before the numbers (`行政⇥70⇥37…`, the rest of a label wrapped around its row) may be
  // the label's: a reading without them is one more.
  // A word a report prints for none (`无`) before such words is as much the label's (`无   仍   3  13 …`,
  // the second lines of `（四）无法提供` and `3.补正后申请内容仍不明确` before 3.'s numbers); after the
  // last of them, or with none, it is a cell (`无⇥0⇥0…`).
  let lead = 0;
  for (let i = 0; cells[i]?.kind === 'text' || cells[i]?.kind === 'placeholder'; i++) if (cells[i]?.kind === 'text') lead = i + 1;
  const numbered = cells.slice(lead);
  if (!numbered.every((c) => c.kind === 'number' || isEmpty(c))) return undefined;
  const spaced = numbered.filter(isSpacedGroups);
  const split = spaced.length === 0 ? null : splitSpacedGroups(numbered);
  const printedFits: Cell[][] = cells.length === n ? [[...cells]] : edgeFits(cells, n);
  const others: Cell[][] = [];
  if (lead > 0) others.push(...(numbered.length === n ? [numbered] : edgeFits(numbered, n)));
  for (const reading of split ? [numbered, split] : [numbered]) {
    if (reading === split) others.push(...(reading.length === n ? [reading] : edgeFits(reading, n)));
    const numbers = reading.filter((c) => !isEmpty(c));
    if (numbers.length === n && numbers.length < reading.length) others.push(numbers);
  }
  if (others.length === 0) return undefined;
  const readings = distinctReadings([...printedFits, ...others]);
  const isPrinted = (f: readonly Cell[]): boolean => printedFits.some((p) => sameCells(p, f));
  const adding = readings.filter((f) => groupsAddUp(checkValues(f), row.sumGroups));
  const words = chosenWords(cells, lead);
  const params = { row: row.label, quoted: asPrinted(cells), cells: n, spaced: spaced.map((c) => c.raw.trim()), words, arithmetic: arithmeticOf(row) };
  const [chosen, ...more] = adding;
  // One reading adds up: the cells as printed (as before, nothing to say), or another, said so.
  if (chosen && more.length === 0) {
    if (isPrinted(chosen)) return undefined;
    const { values, diagnostics } = convert(chosen, row);
    const blanks = cells.filter(isEmpty).length - chosen.filter(isEmpty).length;
    return { values, diagnostics: [diagnostic('recovered-cells', 'recovered-cells', { ...params, read: values, blanks }, row.path, row.line), ...diagnostics] };
  }
  // None adds up, and the cells as printed do not fit the form or are the only reading that does:
  // as before (cell-count, or the validator says what does not add up).
  if (!chosen && (printedFits.length === 0 || readings.every(isPrinted))) return undefined;
  // Several readings fit and the arithmetic does not tell which: none is certain.
  return { values: Array(n).fill(null), diagnostics: [diagnostic('cell-count', 'cell-count.readings', params, row.path, row.line)] };
}

/** The words before a row's numbers, as printed. */
const chosenWords = (cells: readonly Cell[], lead: number): string[] => cells.slice(0, lead).map((c) => c.raw.trim());

const sameCells = (a: readonly Cell[], b: readonly Cell[]): boolean => a.length === b.length && a.every((c, i) => sameReading(c, b[i]));

/** The readings, each once. */
function distinctReadings(fits: readonly Cell[][]): Cell[][] {
  const out: Cell[][] = [];
  for (const f of fits) if (!out.some((o) => sameCells(o, f))) out.push(f);
  return out;
}

/** A cell's digit groups a space apart (`975 901`, `11 36 87`), each a number cell of its own on the cell's line. */
export const numberCells = (cell: Cell): Cell[] =>
  cell.raw.normalize('NFKC').trim().split(/ +/).map((g): Cell => ({ kind: 'number', raw: g, value: Number(g), line: cell.line }));

/** Each spaced number (`975 901`) as a cell per group; the other cells as they are. */
function splitSpacedGroups(cells: readonly Cell[]): Cell[] {
  return cells.flatMap((c) => (isSpacedGroups(c) ? numberCells(c) : [c]));
}

/** The certain fit, converted; or, when which cells are the row's cannot be told, null values and `cell-count`. */
function fitOrUnknown(fits: NonEmpty<Cell[]>, cells: readonly Cell[], row: RowContext): RowValues {
  const chosen = chooseFit(fits, row.sumGroups);
  if (chosen) return convert(chosen, row);
  const n = row.columns.length;
  const problem = diagnostic('cell-count', 'cell-count.edges', { row: row.label, printed: cells.filter((c) => !isEmpty(c)).length, cells: n, quoted: asPrinted(cells) }, row.path, row.line);
  return { values: Array(n).fill(null), diagnostics: [problem] };
}

/**
 * One plain number where a row of several cells with no arithmetic is printed (`政府集中采购` /
 * `52`, `行政处罚 137`, `行政事业性收费⇥17⇥`, `行政处罚137`), that cuts into the row's cells one way
 * only: it may be one of the row's cells, the others blank (a tab-separated export's empty cell),
 * printed further on (plain pdftotext prints a cell a line) or lost, as well as all of them run
 * together (a crawler's run), and nothing tells which. Null with `cell-count`. Undefined (read as a
 * run, as before) in a row of one cell, when a leading zero makes it a run (no number prints one:
 * `行政处罚000`), when it cuts several ways or none (recoverDigits says so), or when the row has
 * arithmetic to check a cut.
 */
function loneNumber(printed: readonly Cell[], row: RowContext): RowValues | undefined {
  const [only] = printed;
  if (printed.length !== 1 || only === undefined || row.columns.length < 2 || row.sumGroups.length > 0) return undefined;
  const digits = only.raw.normalize('NFKC').trim();
  if (!/^[1-9]\d*$/.test(digits)) return undefined;
  const recovery = recoverDigits(printed, shapeOf(row));
  // Several cuts: ambiguous as a run already (fromRecovery says so); none: no run at all.
  if (recovery.kind !== 'recovered') return undefined;
  const params = { row: row.label, printed: only.raw, cells: row.columns.length, read: recovery.cut.values };
  const problem = diagnostic('cell-count', 'cell-count.oneNumber', params, row.path, row.line);
  return { values: Array(row.columns.length).fill(null), diagnostics: [problem] };
}

/** A row of a table with a signed column (catalog ColumnSpec.signed) printed as one signed run: how it cuts. */
function signedRun(cells: readonly Cell[], row: RowContext): DigitRecovery | null {
  const signedAt = row.columns.findIndex((c) => c.signed);
  if (signedAt < 0) return null;
  const printed = cells.filter((c) => !isEmpty(c));
  const [only] = printed;
  if (printed.length !== 1 || only?.kind !== 'digits') return null;
  return recoverSigned(only, row.columns.length, signedAt);
}

/**
 * Does each group of values (`groups`: their sizes, in order) end with the sum of the values
 * before it in the group? Blanks count as 0. A group holding the cell at `except` (a cell whose
 * value is not known) is not checked.
 */
export function groupsAddUp(values: Values, groups: readonly number[], except = -1): boolean {
  let at = 0;
  for (const size of groups) {
    if (except >= at && except < at + size) {
      at += size;
      continue;
    }
    let sum = 0;
    for (let i = at; i < at + size - 1; i++) sum += values[i] ?? 0;
    if (Math.abs(sum - (values[at + size - 1] ?? 0)) >= 1e-9) return false;
    at += size;
  }
  return true;
}

/**
 * Of several fits of a row's cells, the one that is certain: the only fit; or, of several, the only
 * one whose groups add up; or any when they all read the same values. Otherwise undefined — which
 * cells are the row's cannot be told, and a guess would put numbers in the wrong columns.
 */
export function chooseFit(fits: NonEmpty<Cell[]>, groups: readonly number[]): Cell[] | undefined {
  const first = fits[0];
  if (fits.length === 1) return first;
  if (groups.length > 0) {
    const passing = fits.filter((f) => groupsAddUp(checkValues(f), groups));
    if (passing.length === 1) return passing[0];
  }
  const same = (f: readonly Cell[]) => f.every((c, i) => sameReading(c, first[i]));
  return fits.every(same) ? first : undefined;
}

/** Do two cells give the same value (both blank, or the same number as printed)? */
const sameReading = (a: Cell, b: Cell | undefined): boolean => b !== undefined && a.kind === b.kind && a.raw === b.raw;

/**
 * Did a crawler run this row's cells together? It printed a run of digits glued to its label or
 * holding spaces (a `digits` cell), or a single run of plain digits, long enough for its n cells,
 * where the form has several.
 */
function ranTogether(cells: readonly Cell[], n: number): boolean {
  let printed = 0;
  let only: Cell | null = null;
  for (const c of cells) {
    if (c.kind === 'digits') return true;
    if (!isEmpty(c)) {
      printed++;
      only = c;
    }
  }
  return n > 1 && printed === 1 && only !== null && isDigitRun(only) && only.raw.replace(/\s/g, '').length >= n;
}

/** Runs of digits split at their spaces, each group a number cell; other cells as they are. */
export function splitAtSpaces(cells: readonly Cell[]): Cell[] {
  return cells.flatMap((c) => (isDigitRun(c) ? numberCells(c) : [c]));
}

function shapeOf(row: RowContext): CutShape {
  return { cells: row.columns.length, sumGroups: row.sumGroups };
}

function convert(cells: readonly Cell[], row: RowContext): RowValues {
  const diagnostics: PendingDiagnostic[] = [];
  const values: Values = [];
  // A fit has exactly the row's cell count: each cell has its column.
  for (let i = 0, cell = cells[0], column = row.columns[0]; cell !== undefined && column !== undefined; cell = cells[++i], column = row.columns[i]) {
    values.push(cellValue(cell, column, row, diagnostics));
  }
  return { values, diagnostics };
}

/**
 * Does the cell read as the column's value with nothing to say (cellValue's checks, none failing):
 * a number within 2^53, not cut by a line break, no unit but the column's, not negative unless the
 * column is signed, whole unless the column is an amount? Readings no arithmetic checks take only such cells.
 */
export function readsPlainly(cell: Cell, column: ColumnSpec): cell is NumberCell {
  if (cell.kind !== 'number' || cell.cut || !Number.isFinite(cell.value) || Math.abs(cell.value) > Number.MAX_SAFE_INTEGER) return false;
  if (cell.value < 0 && column.signed !== true) return false;
  if (cell.unit && column.unit !== undefined && cell.unit !== column.unit) return false;
  return Number.isInteger(cell.value) || column.unit !== undefined;
}

/** A fitted cell's value, and in `diagnostics` why it is null or not a plain count. */
function cellValue(cell: Cell, column: ColumnSpec, row: RowContext, diagnostics: PendingDiagnostic[]): number | null {
  // A plain count, no message to write.
  if (cell.kind === 'number' && !cell.unit && !cell.cut && Number.isInteger(cell.value) && cell.value >= 0 && cell.value <= Number.MAX_SAFE_INTEGER) return cell.value;
  switch (cell.kind) {
    case 'number':
      // No count or amount in a report comes near 2^53: more digits are a run-on, not a number.
      if (!Number.isFinite(cell.value) || Math.abs(cell.value) > Number.MAX_SAFE_INTEGER) {
        diagnostics.push(diagnostic('not-a-number', 'not-a-number.tooLong', { ...cellAt(row, column), printed: cell.raw }, cellPath(row, column), row.line));
        return null;
      }
      if (cell.value < 0 && column.signed !== true) {
        diagnostics.push(diagnostic('not-a-number', 'not-a-number.negative', { ...cellAt(row, column), printed: cell.raw }, cellPath(row, column), row.line));
        return null;
      }
      if (cell.unit && column.unit !== undefined && cell.unit !== column.unit) {
        diagnostics.push(diagnostic('unit', 'unit', { ...cellAt(row, column), printed: cell.raw, unit: cell.unit, expected: column.unit }, cellPath(row, column), row.line));
      }
      if (!Number.isInteger(cell.value) && column.unit === undefined) {
        diagnostics.push(diagnostic('not-a-count', 'not-a-count', { ...cellAt(row, column), printed: cell.raw }, cellPath(row, column), row.line));
      }
      if (cell.cut) {
        const { before, after, line } = cell.cut;
        const params = { ...cellAt(row, column), before, after, beforeLine: cell.line, afterLine: line, read: cell.raw };
        diagnostics.push(diagnostic('joined-number', 'joined-number', params, cellPath(row, column), row.line));
      }
      return cell.value;
    case 'empty':
      diagnostics.push(diagnostic('blank-cell', 'blank-cell', cellAt(row, column), cellPath(row, column), row.line));
      return null;
    case 'placeholder':
      diagnostics.push(diagnostic('placeholder-cell', 'placeholder-cell', { ...cellAt(row, column), printed: cell.raw }, cellPath(row, column), row.line));
      return null;
    default:
      diagnostics.push(diagnostic('not-a-number', 'not-a-number', { ...cellAt(row, column), printed: cell.raw }, cellPath(row, column), row.line));
      return null;
  }
}

/** Where a cell is, for its diagnostic: built only when there is one to write (most cells have none). */
const cellPath = (row: RowContext, column: ColumnSpec): string => `${row.path}.${column.key}`;
const cellAt = (row: RowContext, column: ColumnSpec): CellAt => ({ row: row.label, column: column.label });

/** What the row's own arithmetic requires of its cells, for messages. */
function arithmeticOf(row: RowContext): Arithmetic {
  const [first, ...more] = row.sumGroups;
  if (first === undefined) return { kind: 'none' };
  const total = row.columns.at(-1);
  if (more.length === 0 && total) return { kind: 'total', total: total.label };
  return { kind: 'groups', size: first };
}

/** The values and the diagnostic of a row whose cells ran together; `across`: what the table's column equations made of its cuts. */
export function fromRecovery(recovery: DigitRecovery, row: RowContext, across: AcrossRows | null = null): RowValues {
  const n = row.columns.length;
  const nulls = (): Values => Array(n).fill(null);
  const run = { row: row.label, printed: recovery.printed, cells: n, arithmetic: arithmeticOf(row) };
  if (recovery.kind === 'recovered') {
    const { values, diagnostics } = convert(recovery.cut.cells, row);
    const recovered = diagnostic('recovered-digits', 'recovered-digits', { ...run, read: recovery.cut.values, across }, row.path, row.line);
    return { values, diagnostics: [recovered, ...diagnostics] };
  }
  if (recovery.kind === 'ambiguous' && recovery.fewDigits && across === null) {
    const read = recovery.candidates[0]?.values ?? [];
    const key = recovery.fewDigits === 'few' ? 'ambiguous-digits.fewDigits' : recovery.fewDigits === 'noSums' ? 'ambiguous-digits.noSums' : 'ambiguous-digits.singleDigits';
    return { values: nulls(), diagnostics: [diagnostic('ambiguous-digits', key, { ...run, read }, row.path, row.line)] };
  }
  if (recovery.kind === 'ambiguous') {
    const cuts = recovery.candidates.map((c) => c.values);
    return {
      values: nulls(),
      diagnostics: [diagnostic('ambiguous-digits', 'ambiguous-digits', { ...run, cuts, complete: recovery.complete, across }, row.path, row.line)],
    };
  }
  return {
    values: nulls(),
    diagnostics: [
      diagnostic('unrecoverable-digits', 'unrecoverable-digits', { ...run, gaveUp: recovery.gaveUp, steps: SEARCH_LIMIT, maxDigits: MAX_CELL_DIGITS }, row.path, row.line),
    ],
  };
}
