/**
 * Numbers a line break cut between two of their digits: `行政许可⇥2941` printed as
 * `行政许可⇥29` / `41`. Both pieces read as numbers, so neither line shows the cut; read as
 * printed, the row takes `29` and `41` goes to another row or to none. Where a line ends in a digit
 * and the next opens with one (tokenize's digitBreak), the tables are read again with the two lines
 * as one, and each row is compared with its reading as printed:
 *
 *   - the same in every reading: the break changes nothing there, the row is kept;
 *   - they differ, and the row has sums (the application matrix, part 四) that exactly one of the
 *     readings satisfies, every cell read: that reading is kept — as printed, or joined, which a
 *     `joined-number` warning on the row says. A joined reading only for the row that holds the
 *     joined number: a row the join moved otherwise took other numbers (the next row's whole,
 *     one line over), which add up whoever's they are;
 *   - otherwise (no sums, as in part 二; none of the readings adds up; or more than one does):
 *     which is the row's cannot be told, and the row is null with `cut-number`, naming the break.
 *
 * A joined reading that the row holding its joined number refutes (it adds up as printed, not
 * joined) is not compared at all: the break is no cut. Nor, where each piece is a cell of its own
 * as printed (`行政规范性文件 7842` / `29` / `2`, plain pdftotext) and the table nowhere runs cells
 * together, one that cuts its joined number into cells again (it contradicts itself), or whose row
 * holding the joined number has too few cells where as printed it reads whole (only as printed
 * does it have its count), unless a row with sums it reads otherwise fails them as printed. A row
 * the joined reading leaves empty because its digits may be cut several ways reads each of those
 * ways: as many readings that may add up.
 *
 * Each break is read on its own (up to MAX_BREAKS, and as long as the lines read again in all stay
 * within MOST_LINES_AGAIN and their characters within MOST_CHARS_AGAIN; a report that prints more,
 * or whose tables' regions run to many thousand lines or a few long ones, is read once more with
 * all of them joined), so what one break changes is not mixed with another's. Two numbers each
 * on a line of its own are no break here: plain pdftotext prints every cell so, any two could be
 * one, and only the count of the table's numbers could tell (not done: such a cut, one number too
 * many, can still move numbers one row over — scripts/digit-splits.mjs lists them).
 */
import { NEWEST_FORM } from '../catalog/forms.js';
import type { Format } from '../catalog/types.js';
import { diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import type { BreakReason, CellCountWhy } from '../messages/params.js';
import type { ActiveDisclosure2019, ActiveDisclosure2021, Applications, ReviewLitigation } from '../schema.js';
import type { DigitBreak } from '../tokenize/tokenize.js';
import type { TableResult } from './buildTable.js';
import { rowIn } from '../catalog/tables.js';
import { PLANS, placeRow, rowObject, type Json, type PlannedRow, type TablePlan } from './plan.js';
import { fitsNoCut, groupsAddUp, printedGroups } from './rowValues.js';

/** The three tables as one reading of a report gives them, and the form they are in. */
export interface TablesRead {
  format: Format | null;
  active: TableResult<ActiveDisclosure2021 | ActiveDisclosure2019>;
  applications: TableResult<Applications>;
  reviewLitigation: TableResult<ReviewLitigation>;
}

type TableName = 'active' | 'applications' | 'reviewLitigation';
const TABLE_NAMES: readonly TableName[] = ['active', 'applications', 'reviewLitigation'];

/** Why a reading leaves a row empty that says nothing of whose its numbers are (settleTable's `doubted`). */
const NOT_DOUBTS: ReadonlySet<CellCountWhy> = new Set<CellCountWhy>(['pattern', 'runInto']);

/** Most breaks read one at a time; past this, the report is read once with all of them joined. */
const MAX_BREAKS = 32;
/**
 * Most lines of the tables' regions read again, all breaks read one at a time (a report's tables
 * are a few hundred lines: 32 breaks read so are some 16,000); past this, the report is read once
 * with all of them joined, so that a text of a hundred thousand lines of numbers with no heading
 * (every table looking at all of it) is read twice, not fifteen times.
 */
const MOST_LINES_AGAIN = 200_000;
/**
 * The same in characters: a region of a few lines may hold megabytes (a line of a million words),
 * and 27 breaks read one at a time over a 3 MB line took a minute. A report's tables are a few
 * thousand characters, a report 5–100 KB: one whose regions run over all of it (no heading found)
 * still has its breaks read one at a time, up to MAX_BREAKS, as before; this is some two seconds.
 */
const MOST_CHARS_AGAIN = 4_000_000;

type Values = ReadonlyArray<number | null>;

interface Reading {
  breaks: readonly DigitBreak[];
  read: TablesRead | null;
}

/**
 * Settles, in `base` (the tables read as printed), every row that a break in `breaks` may have
 * changed. `readWith(join)` reads the tables with the breaks at those lines joined (null when the
 * work bound stops it: that reading is then not compared). `work`: how many lines, and characters,
 * the tables' regions hold, each reading's work.
 */
export function settleBreaks(
  base: TablesRead,
  breaks: readonly DigitBreak[],
  readWith: (join: ReadonlySet<number>) => TablesRead | null,
  work: { readonly lines: number; readonly chars: number },
): void {
  if (breaks.length === 0) return;
  const oneByOne = breaks.length <= MAX_BREAKS && breaks.length * work.lines <= MOST_LINES_AGAIN && breaks.length * work.chars <= MOST_CHARS_AGAIN;
  // Too much to read one break at a time, and no row read a value as printed (a megabyte of text
  // with no table in it, every table's region all of it): no value a break could have made wrong,
  // and the one reading left, every break joined at once, would only give values to rows that
  // read nothing as printed, from a text joined wherever a line ends in a digit. Not made.
  if (!oneByOne && TABLE_NAMES.every((name) => nothingRead(base, name))) return;
  const sets = oneByOne ? breaks.map((b) => [b]) : [breaks];
  const readings: Reading[] = sets.map((set) => ({ breaks: set, read: readWith(new Set(set.map((b) => b.line))) }));
  const open = readings.filter((r) => !refuted(base, r));
  for (const name of TABLE_NAMES) settleTable(base, name, open);
}

/** Does the table, as printed, read no value in any row? */
function nothingRead(base: TablesRead, name: TableName): boolean {
  const { table } = base[name];
  return table === null || planOf(name, base.format).rows.every((row) => valuesOf(table, row).every((v) => v === null));
}

/**
 * Is a joined reading refuted — the break no cut, and nothing the reading changed elsewhere to
 * count (a number joined to the next line's moves the numbers after it)? By the row that holds its
 * joined number: a row with sums that adds up as printed, every cell read, and does not joined.
 * Or, each piece a cell of its own as printed (DigitBreak.apart), by the count: read as one number,
 * the joined digits are cut into cells again (or could not be, or in several ways: the reading
 * contradicts itself), in a table that nowhere runs cells together as printed; or the row that
 * holds it has too few cells where as printed it reads whole — in a table that runs cells
 * together, only with the joined number in a cell no digit cut reaches into (a unit, a decimal
 * point: `45` / `251000元`), as too few cells there may be digits to cut. The count refutes
 * nothing where a row with sums that the joined reading reads otherwise fails them as printed
 * (failsWhereMoved).
 */
function refuted(base: TablesRead, reading: Reading): boolean {
  const { read } = reading;
  if (read === null) return true;
  const apart = reading.breaks.every((b) => b.apart);
  return TABLE_NAMES.some((name) => {
    const printed = base[name].table;
    if (printed === null || (name === 'active' && read.format !== base.format)) return false;
    const together = glued(base[name].diagnostics);
    const byCount = (d: PendingDiagnostic): boolean =>
      (!together && cutsJoined(d, reading.breaks)) || (short(d, reading.breaks, together) && readWhole(base, name, d.path));
    if (apart && read[name].diagnostics.some(byCount) && !failsWhereMoved(base, read, name)) return true;
    return planOf(name, base.format).rows.some((row) => {
      const joined = valuesOf(read[name].table, row);
      return holdsJoined(joined, reading.breaks) && fits(row, valuesOf(printed, row)) && !fits(row, joined);
    });
  });
}

/**
 * Does a row with sums that the joined reading reads otherwise fail them as printed, every cell
 * read? Then the count as printed is no proof: a cut may have made up the count that cells run
 * together elsewhere took away (`… 24 272011 22 5 45 8` / `3` / `7 17 29 3 56`, 2720 and 11 run
 * together and 83 cut: fifteen numbers, and two groups that fail).
 */
function failsWhereMoved(base: TablesRead, read: TablesRead, name: TableName): boolean {
  const printed = base[name].table;
  return planOf(name, base.format).rows.some((row) => {
    const values = valuesOf(printed, row);
    return row.sumGroups.length > 0 && values.every((v) => v !== null) && !fits(row, values) && !same(values, valuesOf(read[name].table, row));
  });
}

/**
 * Does a table as printed run cells together somewhere: digits that some cut into the row's cells
 * fits (one or several, or too many to try), with fewer groups than the row's cells? Groups apart by spaces only
 * (`154 2440`, plain pdftotext) are each a cell, and run nothing together. Nor does a row that no
 * cut fits tell so: plain pdftotext prints a row's cells over several lines, and the few on its
 * label's line (`（一）予以公开` / `174 0 0 0` / `0 29`) fit no cut because the others stand elsewhere.
 */
const glued = (diagnostics: readonly PendingDiagnostic[]): boolean =>
  diagnostics.some((d) => isDigitsMessage(d) && !fitsNoCut(d) && printedGroups(d.params.printed) < d.params.cells);

type DigitsDiagnostic = Extract<PendingDiagnostic, { message: 'recovered-digits' | 'recovered-digits.agreed' | 'ambiguous-digits' | 'unrecoverable-digits' }>;
const isDigitsMessage = (d: PendingDiagnostic): d is DigitsDiagnostic =>
  d.message === 'recovered-digits' || d.message === 'recovered-digits.agreed' || d.message === 'ambiguous-digits' || d.message === 'unrecoverable-digits';

/** The one cut that fits, not taken as it may fit by chance (rowValues: `fewDigits`, `singleDigits`, `noSums`). */
type ChanceCut = Extract<PendingDiagnostic, { message: 'ambiguous-digits.fewDigits' | 'ambiguous-digits.singleDigits' | 'ambiguous-digits.noSums' }>;
const isChanceCut = (d: PendingDiagnostic): d is ChanceCut =>
  d.message === 'ambiguous-digits.fewDigits' || d.message === 'ambiguous-digits.singleDigits' || d.message === 'ambiguous-digits.noSums';

/** Is the diagnostic about run-together digits that hold a joined number (`15363 9907`)? */
function cutsJoined(d: PendingDiagnostic, breaks: readonly DigitBreak[]): boolean {
  if (!isDigitsMessage(d) && !isChanceCut(d)) return false;
  const digits = d.params.printed.replace(/\s+/g, ' ');
  return breaks.some((b) => digits.split(' ').some((group) => group.includes(`${b.before}${b.after}`.normalize('NFKC'))));
}

/** Does the row have sums, every cell read, and do they add up? */
const fits = (row: PlannedRow, values: Values): boolean =>
  row.sumGroups.length > 0 && values.every((v) => v !== null) && groupsAddUp([...values], row.sumGroups);

function planOf(name: TableName, format: Format | null): TablePlan {
  if (name === 'active') return PLANS.activeDisclosure[format ?? NEWEST_FORM];
  return PLANS[name];
}

/** The row's cells in a table's JSON, in column order; all null where the table or the row is. */
function valuesOf(table: unknown, row: PlannedRow): Values {
  const object = rowIn(table, row);
  return row.spec.columns.map((c) => {
    const value = object?.[c.key];
    return typeof value === 'number' ? value : null;
  });
}

/** Does a row's reading hold the number one of the breaks joins (`29` / `41`: 2941)? */
const holdsJoined = (values: Values, breaks: readonly DigitBreak[]): boolean =>
  breaks.some((b) => values.includes(Number(`${b.before}${b.after}`.normalize('NFKC'))));

const same = (a: Values, b: Values): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Is the diagnostic the joined reading's `cell-count` on a row whose cells as it printed them hold
 * the joined number: more cells than the form's (`…61 448` / `115 103 …` joined), or too few (with
 * `whole`, the joined number in a cell no digit cut reaches into: a unit, a decimal point)? (`45` /
 * `251000元` is two cells; `45251000元` one, where the row has two.)
 */
function short(d: PendingDiagnostic, breaks: readonly DigitBreak[], whole: boolean): boolean {
  // More cells than the form's, the joined number among them: no reading of the joined line has its count.
  if (d.message === 'cell-count') return breaks.some((b) => d.params.quoted.some((c) => c?.includes(`${b.before}${b.after}`) === true));
  if (d.message !== 'cell-count.tooFew') return false;
  const holds = (c: string | null, b: DigitBreak): boolean => c?.includes(`${b.before}${b.after}`) === true && (!whole || /[^\d\s]/.test(c.normalize('NFKC')));
  return breaks.some((b) => d.params.quoted.some((c) => holds(c, b)));
}

/** Was the row at `path` read whole as printed: every cell a value, nothing recovered? */
function readWhole(base: TablesRead, name: TableName, path: string | null): boolean {
  const row = planOf(name, base.format).rows.find((r) => r.fullPath === path);
  const { table, diagnostics } = base[name];
  return row !== undefined && valuesOf(table, row).every((v) => v !== null) && asPrinted(diagnostics, row.fullPath);
}

/** The cuts an `ambiguous-digits` diagnostic on the row lists (each fits the row's arithmetic, if it has any). */
function cutsOf(diagnostics: readonly PendingDiagnostic[], path: string): Values[] {
  const out: Values[] = [];
  for (const d of diagnostics) {
    if (d.path !== path) continue;
    if (d.message === 'ambiguous-digits') for (const c of d.params.cuts) out.push(c);
    else if (isChanceCut(d)) out.push(d.params.read);
  }
  return out;
}

/** Was the row read cell for cell as printed: nothing recovered (run-together digits cut, cells paired)? */
const asPrinted = (diagnostics: readonly PendingDiagnostic[], path: string): boolean =>
  !diagnostics.some((d) => namesRow(d, path) && (d.code === 'recovered-digits' || d.code === 'recovered-cells' || d.code === 'recovered-pairing'));

/** Does a diagnostic's path name the row or one of its cells? */
const namesRow = (d: PendingDiagnostic, path: string): boolean => d.path === path || (d.path?.startsWith(`${path}.`) ?? false);

function settleTable(base: TablesRead, name: TableName, readings: readonly Reading[]): void {
  const result = base[name];
  const table: Json | null = result.table;
  if (table === null) return; // no table read as printed: nothing a break could have given a wrong value
  const plan = planOf(name, base.format);
  for (const row of plan.rows) {
    const printed = valuesOf(table, row);
    const path = row.fullPath;
    /** The readings that read the row otherwise, each other reading of it once. */
    const others: Array<{ values: Values; reading: Reading & { read: TablesRead } }> = [];
    for (const reading of readings) {
      const { read } = reading;
      if (read === null) continue;
      // In another form part 二's rows are other rows: none of them reads the same.
      const values = name === 'active' && read.format !== base.format ? row.spec.columns.map(() => null) : valuesOf(read[name].table, row);
      // A row the joined reading leaves empty because its digits may be cut several ways reads each of them.
      const ways = values.every((v) => v === null) ? cutsOf(read[name].diagnostics, row.fullPath) : [];
      for (const way of ways.length > 0 ? ways : [values]) {
        if (!same(way, printed) && !others.some((o) => same(o.values, way))) others.push({ values: way, reading: { ...reading, read } });
      }
    }
    const first = others[0];
    if (first === undefined) continue;
    const printedRow = result.rows[path];
    // The form's label: a label printed with a piece of the cut number may hold it (`行政处罚 | 1`).
    const label = row.spec.label;
    const fitting = [{ values: printed, reading: null }, ...others].filter((c) => fits(row, c.values));
    // A joined reading is kept only for the row that holds the joined number: a row it changed
    // otherwise took other numbers (the next row's, one line over), which may add up whoever's they are.
    const only = fitting.length === 1 ? fitting[0] : undefined;
    // A reading that leaves the row empty because the numbers before its label may be its own
    // (labels printed after their numbers: buildTable's `cell-count.unchecked`) doubts whose numbers
    // the others give it: that they add up says nothing of whose they are.
    // So does one that leaves it empty because on one line its numbers add up in another order than
    // the column rules give (`orderLine`): as printed, with the break's row cut, the rules could not
    // be checked and the row's numbers, the same, add up in any order (64-45.layout: `（七）总计 842
    // 432 1724 …` read in that order wherever a break cut another row).
    // (Not one left empty because its digits fit a cut by chance, `pattern`: that doubts the joined
    // digits, not whose numbers they are; nor because on one line they fail its sums, `runInto`:
    // that reading does not fit.)
    const doubts = others.flatMap((o) =>
      o.values.every((v) => v === null) ? o.reading.read[name].diagnostics.filter((d) => d.message === 'cell-count.unchecked' && !NOT_DOUBTS.has(d.params.why) && namesRow(d, path)) : [],
    );
    const doubted = doubts.length > 0;
    const kept = !doubted && only !== undefined && (only.reading === null || holdsJoined(only.values, only.reading.breaks)) ? only : undefined;
    if (kept !== undefined && kept.reading === null) continue; // as printed, and only so, it adds up
    // Empty as printed, and no other reading to keep: it stays so, for the reason it was.
    if (kept === undefined && printed.every((v) => v === null)) continue;
    const diagnostics = result.diagnostics.filter((d) => !namesRow(d, path));
    const shown = kept?.reading ?? first.reading;
    const cut = shown.breaks[0] ?? { line: 0, before: '', after: '' };
    const where = { row: label, before: cut.before, after: cut.after, beforeLine: cut.line, afterLine: cut.line + 1 };
    const line = printedRow?.line ?? cut.line;
    if (kept !== undefined && kept.reading !== null) {
      placeRow(table, row, rowObject(row.spec.columns, kept.values, 0));
      for (const d of kept.reading.read[name].diagnostics) if (namesRow(d, path)) diagnostics.push(d);
      diagnostics.push(diagnostic('joined-number', 'joined-number.digits', { ...where, read: kept.values }, path, kept.reading.read[name].rows[path]?.line ?? line));
    } else {
      placeRow(table, row, rowObject(row.spec.columns, [], 0));
      const reason: BreakReason =
        row.sumGroups.length === 0 ? 'none' : doubted ? (doubts.every((d) => d.message === 'cell-count.unchecked' && d.params.why === 'orderLine') ? 'ordered' : 'doubted') : fitting.length === 0 ? 'neither' : fitting.length > 1 ? 'both' : 'moved';
      diagnostics.push(diagnostic('cut-number', 'cut-number', { ...where, printed, joined: first.values, reason }, path, line));
    }
    result.diagnostics = diagnostics;
  }
}
