/**
 * A found row's printed cells → its values. Fits the cells to the row's column count (merged-cell
 * filler leaves empty cells at either end of a row), turns each cell into a number or null, and
 * says why every null is null. Nothing is invented: a blank cell is null plus `blank-cell`.
 * Cells a crawler ran together are cut back by recover.ts, and the row says so
 * (`recovered-digits`, `ambiguous-digits`, `unrecoverable-digits`).
 */
import type { ColumnSpec } from '../catalog/types.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { Cell } from '../tokens.js';
import { parseNumber } from '../tokenize/tokenize.js';
import { isDigitRun, MAX_CELL_DIGITS, recoverDigits, SEARCH_LIMIT, type CutShape, type DigitRecovery } from './cutDigits.js';

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
  sumGroups?: readonly number[];
}

export interface RowValues {
  values: Values;
  diagnostics: Diagnostic[];
  /** Set when the row printed its cells run together: what cutting them found. */
  recovery?: DigitRecovery;
}

const isEmpty = (c: Cell): boolean => c.kind === 'empty';

function numericValue(c: Cell): number | null {
  return c.kind === 'number' ? c.value! : null;
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
  while (leading < cells.length && isEmpty(cells[leading]!)) leading++;
  let trailing = 0;
  while (trailing < cells.length && isEmpty(cells[cells.length - 1 - trailing]!)) trailing++;
  const fits: Cell[][] = [];
  for (let a = Math.min(leading, extra); a >= 0; a--) {
    const b = extra - a;
    if (b <= trailing) fits.push(cells.slice(a, cells.length - b));
  }
  return fits;
}

/** Values of a fitted row, for the arithmetic check: blanks and marks count as 0. */
const checkValues = (cells: readonly Cell[]): Values => cells.map((c) => numericValue(c) ?? 0);

function quote(cells: readonly Cell[]): string {
  return cells.map((c) => (c.kind === 'empty' ? '□' : c.raw)).join(' ');
}

export function rowValues(cells: readonly Cell[], row: RowContext): RowValues {
  const n = row.columns.length;
  if (ranTogether(cells, n)) {
    const printed = cells.filter((c) => !isEmpty(c));
    // Spaces are cuts: when they already give the row its cells, there is nothing to recover.
    const spaced = edgeFits(splitAtSpaces(cells), n);
    if (spaced.length > 0) return convert(chooseFit(spaced, row.sumGroups ?? []), row);
    const whole = n === 1 && printed.length === 1 ? parseNumber(printed[0]!.raw) : null;
    if (whole) return convert([{ ...printed[0]!, kind: 'number', ...whole }], row);
    const recovery = recoverDigits(printed, shapeOf(row));
    return { ...fromRecovery(recovery, row), recovery };
  }
  if (cells.length === n) return convert(cells, row); // the only fit: the cells as printed
  const fits = edgeFits(cells, n);
  if (fits.length === 0) {
    const message =
      cells.length > n
        ? `row “${row.label}” prints ${cells.filter((c) => !isEmpty(c)).length} values where the form has ${n} cells (${quote(cells)}); its values were not read`
        : `row “${row.label}” prints ${cells.length} cells where the form has ${n} (${quote(cells)}); which cell is missing cannot be told, so its values were not read`;
    return { values: Array(n).fill(null), diagnostics: [diagnostic('cell-count', message, row.path, row.line)] };
  }
  return convert(chooseFit(fits, row.sumGroups ?? []), row);
}

/**
 * Does each group of values (`groups`: their sizes, in order) end with the sum of the values
 * before it in the group? Blanks count as 0.
 */
export function groupsAddUp(values: Values, groups: readonly number[]): boolean {
  let at = 0;
  for (const size of groups) {
    let sum = 0;
    for (let i = at; i < at + size - 1; i++) sum += values[i] ?? 0;
    if (Math.abs(sum - (values[at + size - 1] ?? 0)) >= 1e-9) return false;
    at += size;
  }
  return true;
}

/** Of several fits of a row's cells, the one whose groups add up when exactly one does, else the first. */
export function chooseFit(fits: readonly Cell[][], groups: readonly number[]): Cell[] {
  if (fits.length === 1 || groups.length === 0) return fits[0]!; // nothing to choose between
  const passing = fits.filter((f) => groupsAddUp(checkValues(f), groups));
  return passing.length === 1 ? passing[0]! : fits[0]!;
}

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
  return n > 1 && printed === 1 && isDigitRun(only!) && only!.raw.replace(/\s/g, '').length >= n;
}

/** Runs of digits split at their spaces, each group a number cell; other cells as they are. */
function splitAtSpaces(cells: readonly Cell[]): Cell[] {
  return cells.flatMap((c) =>
    isDigitRun(c) ? c.raw.normalize('NFKC').trim().split(/ +/).map((g): Cell => ({ kind: 'number', raw: g, value: Number(g), line: c.line })) : [c],
  );
}

function shapeOf(row: RowContext): CutShape {
  return { cells: row.columns.length, sumGroups: row.sumGroups ?? [] };
}

function convert(cells: readonly Cell[], row: RowContext): RowValues {
  const diagnostics: Diagnostic[] = [];
  const values: Values = [];
  for (let i = 0; i < cells.length; i++) values.push(cellValue(cells[i]!, row.columns[i]!, row, diagnostics));
  return { values, diagnostics };
}

/** A fitted cell's value, and in `diagnostics` why it is null or not a plain count. */
function cellValue(cell: Cell, column: ColumnSpec, row: RowContext, diagnostics: Diagnostic[]): number | null {
  if (cell.kind === 'number' && !cell.unit && Number.isInteger(cell.value)) return cell.value!; // no message to write
  const path = `${row.path}.${column.key}`;
  const where = `“${row.label}” × “${column.label}”`;
  switch (cell.kind) {
    case 'number':
      // No count or amount in a report comes near 2^53: more digits are a run-on, not a number.
      if (!Number.isFinite(cell.value) || Math.abs(cell.value!) > Number.MAX_SAFE_INTEGER) {
        diagnostics.push(diagnostic('not-a-number', `${where} prints “${shorten(cell.raw)}”, too many digits to be a count; it is null in the output`, path, row.line));
        return null;
      }
      if (cell.unit && column.unit !== undefined && cell.unit !== column.unit) {
        diagnostics.push(diagnostic('unit', `${where} is printed in ${cell.unit} (“${cell.raw}”), not ${column.unit}; the number is kept as printed`, path, row.line));
      }
      if (!Number.isInteger(cell.value) && column.unit === undefined) {
        diagnostics.push(diagnostic('not-a-count', `${where} prints “${cell.raw}”, which is not a whole number`, path, row.line));
      }
      return cell.value!;
    case 'empty':
      diagnostics.push(diagnostic('blank-cell', `${where} is blank; it is null in the output and counts as 0 in the checks`, path, row.line));
      return null;
    case 'placeholder':
      diagnostics.push(diagnostic('placeholder-cell', `${where} prints “${cell.raw}” instead of a number; it is null in the output and counts as 0 in the checks`, path, row.line));
      return null;
    default:
      diagnostics.push(diagnostic('not-a-number', `${where} prints “${cell.raw}”, which is not a number; it is null in the output`, path, row.line));
      return null;
  }
}

/** A list of cuts for a message: the first five, and how many more. */
function listCuts(cuts: ReadonlyArray<ReadonlyArray<number | null>>, complete = true): string {
  const shown = cuts.slice(0, 5).map((c) => `[${c.map((v) => v ?? '□').join(', ')}]`).join(' or ');
  const more = cuts.length > 5 ? ` and ${cuts.length - 5} more` : '';
  return `${shown}${more}${complete ? '' : ', and possibly others'}`;
}

/** What the row's own arithmetic says, in words, for messages. */
function arithmeticOf(row: RowContext): string {
  const groups = row.sumGroups ?? [];
  if (groups.length === 0) return 'the row has no arithmetic to tell cuts apart';
  if (groups.length === 1) return `its last cell, “${row.columns.at(-1)!.label}”, must be the sum of the others`;
  return `in each group of ${groups[0]} cells the last must be the sum of the others`;
}

/** What the table's column rules made of a row's cuts (see chooseAcrossRows). */
export interface AcrossRows {
  /** How many cuts fitted the row itself. */
  cuts: number;
  /** The codes of the rules that involve the row, e.g. `handled-sum, balance`. */
  rules: string;
  /** Chosen: `recovery` holds the cuts they allow; otherwise they could not choose. */
  outcome: 'chosen' | 'no-solution' | 'gave-up';
}

/** The values and the diagnostic of a row whose cells ran together. */
export function fromRecovery(recovery: DigitRecovery, row: RowContext, across?: AcrossRows): RowValues {
  const n = row.columns.length;
  const nulls = (): Values => Array(n).fill(null);
  const run = `row “${row.label}” printed its cells run together (“${recovery.printed}”)`;
  if (recovery.kind === 'recovered') {
    const { values, diagnostics } = convert(recovery.cut.cells, row);
    const read = recovery.cut.values.map((v) => v ?? '□').join(', ');
    const why = across
      ? `${across.cuts} cuts into ${n} cells fit the row itself, and this is the only one that also fits the table's column rules (${across.rules})`
      : (row.sumGroups ?? []).length === 0
        ? `the only way to cut it into ${n} cells`
        : `the only cut into ${n} cells that fits the row's arithmetic (${arithmeticOf(row)})`;
    return {
      values,
      diagnostics: [diagnostic('recovered-digits', `${run}; they were read as ${read}: ${why}`, row.path, row.line), ...diagnostics],
    };
  }
  if (recovery.kind === 'ambiguous') {
    const cuts = recovery.candidates.map((c) => c.values);
    const because = across
      ? across.outcome === 'chosen'
        ? `${cuts.length} cuts into ${n} cells fit both the row and the table's column rules (${across.rules})`
        : across.outcome === 'no-solution'
          ? `${cuts.length} cuts into ${n} cells fit the row's arithmetic; the table's column rules (${across.rules}) cannot choose, since no choice of cuts makes them hold (the report's own sums are off)`
          : `${cuts.length} cuts into ${n} cells fit the row's arithmetic; the search for the one that fits the table's column rules (${across.rules}) gave up at its bound`
      : (row.sumGroups ?? []).length === 0
        ? `it can be cut into ${n} cells in ${recovery.complete ? cuts.length : `at least ${cuts.length}`} ways and ${arithmeticOf(row)}`
        : `${recovery.complete ? cuts.length : `at least ${cuts.length}`} cuts into ${n} cells fit the row's arithmetic`;
    return {
      values: nulls(),
      diagnostics: [diagnostic('ambiguous-digits', `${run} and ${because}: ${listCuts(cuts, recovery.complete)}; its values are left null rather than guessed`, row.path, row.line)],
    };
  }
  const why = recovery.gaveUp
    ? `the search for a cut into ${n} cells gave up after ${SEARCH_LIMIT} steps`
    : (row.sumGroups ?? []).length === 0
      ? `the digits cannot be cut into ${n} cells of at most ${MAX_CELL_DIGITS} digits without leading zeros`
      : `no cut into ${n} cells fits the row's arithmetic (${arithmeticOf(row)})`;
  return {
    values: nulls(),
    diagnostics: [diagnostic('unrecoverable-digits', `${run} and ${why}; its values are left null`, row.path, row.line)],
  };
}

const shorten = (text: string): string => (text.length > 24 ? `${text.slice(0, 24)}…(${text.length} characters)` : text);
