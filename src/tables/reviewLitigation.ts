/**
 * Part 四's own layout: the form prints it as one row of fifteen cells (three groups of five)
 * under a two- or three-line header; some reports print three labelled rows of five, which the
 * generic reader takes.
 */
import { OUTCOME_COLUMNS, REVIEW_LITIGATION } from '../catalog/reviewLitigation.js';
import type { ColumnSpec } from '../catalog/types.js';
import { aboutPaths, diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import { matchKey } from '../normalize/matchKey.js';
import type { ReviewLitigation } from '../schema.js';
import { isNonEmpty, type Cell, type Layout, type TokenLine } from '../tokens.js';
import { buildTable, type TableResult, type TableLocation } from './buildTable.js';
import { isDigitRun, type DigitRecovery } from './cutDigits.js';
import { continueRow, isValue, spansLines } from './findRows.js';
import { columnsAsPrinted } from './headers.js';
import { cellsIn, PLANS, rowObject, tableValue, type Json, type PlannedRow } from './plan.js';
import { chooseFit, edgeFits, fromRecovery, groupsAddUp, numbersIn, rowValues, SPACED_NUMBERS, splitAtSpaces, type RowValues } from './rowValues.js';
import { matchRow } from './labels.js';
import { columnPieces, GROUP_CELLS, readInOrder, type LaterLines } from './inOrder.js';
import { linesToRead } from './strayLines.js';
import { withRepeats } from './repeats.js';
import { rowIn } from '../catalog/tables.js';

const PLAN = PLANS.reviewLitigation;
const ONE_ROW_CELLS = PLAN.rows.length * GROUP_CELLS;
/** Part 四 as one row: each group's own arithmetic in turn (three groups of five, each ending in its 总计). */
const ONE_ROW_GROUPS: readonly number[] = PLAN.rows.every((row) => row.sumGroups.length > 0) ? PLAN.rows.flatMap((row) => row.sumGroups) : [];

/**
 * Can a printed stretch hold more than `n` cells? A run of digits may hold one per digit, any
 * other printed cell one; so when more than `n` are printed, the runs need not be looked at.
 */
function holdsMoreThan(cells: readonly Cell[], n: number): boolean {
  let printed = 0;
  for (const c of cells) if (c.kind !== 'empty') printed++;
  if (printed > n) return true;
  let held = 0;
  for (const c of cells) if (c.kind !== 'empty') held += isDigitRun(c) ? c.raw.replace(/\s/g, '').length : 1;
  return held > n;
}

/**
 * Part 四, as one row of fifteen cells or as three labelled rows. The first is tried first: the
 * first run of values after the header holding more than one group's cells.
 */
export function reviewLitigationTable(printed: readonly TokenLine[], location: TableLocation, later: LaterLines = NONE_LATER): TableResult<ReviewLitigation> {
  const { lines, diagnostics } = linesToRead(printed, PLAN);
  const read = readByRows(lines, location);
  const result = unread(read) ? (readInOrder(lines, later, namesThisTable, read) ?? read) : (againstOrder(lines, later, read) ?? followedAfterLast(lines, read) ?? read);
  return withRepeats(onlyGroupFailing(result) ?? result, diagnostics);
}

/**
 * Part 四 with one group read, the others not, whose numbers do not add up to its 总计 (`复议后起诉` /
 * `248 0 188 0 0`, 248 未经复议直接起诉's 总计, printed short by it before, and 复议后起诉's own 188 after
 * part 五's heading): where the other groups' labels or numbers could not be told apart, numbers of
 * theirs out of place among these cannot be told from a misprint in the report, and read as printed
 * they would make validate name an error the report may not have. Null, saying so (cell-count,
 * `onlyGroup`); null when that is not so (the result stands).
 */
function onlyGroupFailing(result: TableResult<ReviewLitigation>): TableResult<ReviewLitigation> | null {
  const table = result.table;
  if (table === null) return null;
  const [only, ...more] = PLAN.rows.filter((row) => valuesOf(table, row).some((v) => v !== null));
  if (only === undefined || more.length > 0) return null;
  const values = valuesOf(table, only);
  if (!values.every((v): v is number => typeof v === 'number') || groupsAddUp([...values], only.sumGroups)) return null;
  const params = { row: result.rows[only.fullPath]?.label ?? only.spec.label, cells: values.length, quoted: values.map(String), why: 'onlyGroup' as const };
  return withGroupsEmptied(result, table, new Set([only.fullPath]), [diagnostic('cell-count', 'cell-count.unchecked', params, only.fullPath, result.rows[only.fullPath]?.line ?? null)]);
}

/**
 * Part 四 read row by row with some groups read and others not (their labels not found): its
 * numbers read in the order printed among its header words (inOrder.ts), when that gives one
 * reading, say what the groups read would be there. Where every group read agrees, that reading
 * stands, the others read with it. Where one does not (`复议后起诉` / 行政复议's numbers, the lines
 * with 行政复议's and 未经复议直接起诉's labels lost: read after its label, it took 行政复议's, and in
 * the order printed it is the third five), which of the two is its cannot be told: it is null,
 * saying so (`ambiguous-pairing.order`). Null when neither applies (the result stands as read).
 */
function againstOrder(lines: readonly TokenLine[], later: LaterLines, read: TableResult<ReviewLitigation>): TableResult<ReviewLitigation> | null {
  const table = read.table;
  if (table === null) return null;
  const readRows = PLAN.rows.filter((row) => valuesOf(table, row).some((v) => v !== null));
  if (readRows.length === 0 || readRows.length === PLAN.rows.length) return null;
  const order = readInOrder(lines, later, namesThisTable, read);
  // Read in the order printed, no certain reading (several, or one in doubt): the groups read stand,
  // the table saying why the others are not read; but not a group the one reading in doubt gives
  // other numbers (`复议后起诉` / 行政复议's five, as the header prints its last label right before
  // the first group's numbers; the fifteen in doubt for another table's numbers among them): its
  // own reading is no surer than that one.
  if (order !== null && order.table === table && order.diagnostics.length > read.diagnostics.length) {
    const { doubted } = order;
    return doubted === undefined ? order : (disputed(order, table, readRows, (row) => doubted.slice(row.index * GROUP_CELLS, (row.index + 1) * GROUP_CELLS), 'ambiguous-pairing.orderDoubted') ?? order);
  }
  if (order === null || order.table === null || order.table === table) return null;
  const ordered = order.table;
  return disputed(read, table, readRows, (row) => valuesOf(ordered, row), 'ambiguous-pairing.order') ?? order;
}

/**
 * `result` with the groups read (`readRows`) that the reading in the order printed (`order`) gives
 * other numbers emptied, saying so on each (`message`); null when every one agrees.
 */
function disputed(
  result: TableResult<ReviewLitigation>,
  table: ReviewLitigation,
  readRows: readonly PlannedRow[],
  order: (row: PlannedRow) => ReadonlyArray<unknown>,
  message: 'ambiguous-pairing.order' | 'ambiguous-pairing.orderDoubted',
): TableResult<ReviewLitigation> | null {
  const differ = readRows.filter((row) => valuesOf(table, row).some((v, i) => v !== order(row)[i]));
  if (differ.length === 0) return null;
  const problems = differ.map((row) => {
    const params = { row: result.rows[row.fullPath]?.label ?? row.spec.label, read: valuesOf(table, row).join(' '), order: order(row).join(' ') };
    return diagnostic('ambiguous-pairing', message, params, row.fullPath, result.rows[row.fullPath]?.line ?? null);
  });
  return withGroupsEmptied(result, table, new Set(differ.map((row) => row.fullPath)), problems);
}

const NONE_LATER: LaterLines = { regions: [], tokens: () => [] };

/** A group's cells in a table's JSON, in column order; all null where the table has none. */
const valuesOf = (table: ReviewLitigation, row: PlannedRow): ReadonlyArray<unknown> => cellsIn(table, row) ?? row.spec.columns.map(() => null);

/**
 * Part 四 read row by row with only its last group read (`复议后起诉` / five numbers), the groups
 * before it unread, and right after its numbers five more or others, among the column headers'
 * words (`结果维持` / `18` / `结果纠正` / `27` … / `总计` / `129`): the form's last group has none after
 * it, so the five read may be an earlier group's (plain pdftotext printing the header's last word,
 * 复议后起诉, right before 行政复议's numbers, the other labels elsewhere; or the other groups' numbers
 * after a second print of the header, out of their order, `16 30 13 4 21 5 63 …`). Null, saying
 * so (`ambiguous-pairing.lastFollowed`); null when that is not so (the result stands as read).
 */
function followedAfterLast(lines: readonly TokenLine[], read: TableResult<ReviewLitigation>): TableResult<ReviewLitigation> | null {
  const table = read.table;
  const last = PLAN.rows.at(-1);
  if (table === null || last === undefined) return null;
  const own = valuesOf(table, last);
  if (!own.every((v) => typeof v === 'number') || PLAN.rows.some((row) => row !== last && valuesOf(table, row).some((v) => v !== null))) return null;
  const at = read.rows[last.fullPath]?.line;
  if (at === undefined) return null;
  /** The numbers from its label's line on, each with its line; where its own five (as read) end, the text cells after them must be column headers' pieces. */
  const numbers: Array<{ value: number; line: number }> = [];
  let ownEnd = -1;
  scan: for (const tokenLine of lines) {
    if (tokenLine.line < at) continue;
    for (const cell of tokenLine.cells) {
      if (cell.kind === 'empty') continue;
      if (cell.kind === 'text') {
        if (ownEnd >= 0 && !columnPieces(cell.raw)) break scan;
        continue;
      }
      const values = numbersIn(cell);
      if (values === null) return null;
      for (const value of values) numbers.push({ value, line: tokenLine.line });
      if (ownEnd < 0 && numbers.length >= GROUP_CELLS && numbers.slice(-GROUP_CELLS).every((n, i) => n.value === own[i])) ownEnd = numbers.length;
    }
    if (ownEnd >= 0 && numbers.length >= ownEnd + GROUP_CELLS) break;
  }
  const after = ownEnd < 0 ? [] : numbers.slice(ownEnd, ownEnd + GROUP_CELLS).map((n) => n.value);
  if (after.length < GROUP_CELLS) return null;
  const line = numbers[ownEnd]?.line ?? at;
  const params = { row: read.rows[last.fullPath]?.label ?? last.spec.label, read: own.join(' '), next: after.join(' '), line };
  return withGroupsEmptied(read, table, new Set([last.fullPath]), [diagnostic('ambiguous-pairing', 'ambiguous-pairing.lastFollowed', params, last.fullPath, at)]);
}

function readByRows(lines: readonly TokenLine[], location: TableLocation): TableResult<ReviewLitigation> {
  const run = firstValueRun(lines);
  // Under part 四's own words, fifteen are read as printed (a misprint for validate to name). But
  // over several lines, a number a line or two, with more numbers in the table after them, they
  // must add up: plain pdftotext prints another part's number among them now and then (`0` / `211`
  // / `0` / `1308` / `15450` / `总计` / `1519`, part 三's 15450 before 复议后起诉's total). (Fifteen
  // alone, a cell a line, whose group fails, are a report exported so with its sums wrong as often
  // as numbers out of place: read as printed. But where two groups or three fail, one number out
  // of its place, or cut in two by a line break, is likelier than as many misprinted groups:
  // Chromium may draw a cell before its row's others, `12` / `16` / `13` / … where 16 is
  // 复议后起诉's 结果纠正; `7   2` / `4` / `2665 24 272011 …` is 24 cut, and 2720 11 run together.
  // Not read, saying so.)
  const asPrinted = (r: ValueRun): boolean => !spansLines(r.cells) || !numbersAfter(lines, r);
  const headedAsPrinted = run !== null && run.headed && !repeatsANumber(run.cells) && asPrinted(run);
  if (run && !oneGroup(run.cells) && holdsMoreThan(run.cells, GROUP_CELLS) && (headedAsPrinted || addsUp(run.cells))) {
    const failing = spansLines(run.cells) ? groupsFailing(run.cells) : 0;
    if (failing >= 2) return outOfPlace(run, failing);
    const printedColumns: Layout['columns'] = {};
    const asPrinted = PLAN.printedVariants ? columnsAsPrinted(PLAN, lines, run.line, printedColumns) : null;
    const read = swappedAtMeet(inAnotherOrder(run, failing, oneRow(run, asPrinted?.get(OUTCOME_COLUMNS) ?? OUTCOME_COLUMNS, printedColumns)));
    // Let in only for its sums (more numbers after it, or no header before it), it must read so:
    // another count than fifteen, blank cells among them, was left to the reading, and a reading
    // with blanks that does not add up is no part 四 (part 三's rows after a heading printed again).
    if (headedAsPrinted || read.table === null || everyGroupAddsUp(read.table)) return read;
  }
  const read = buildTable(lines, PLAN, location, null);
  return headersFirst(lines, read) ?? read;
}

/**
 * Part 四's fifteen numbers over several lines, one group failing its sum as printed but adding up
 * in another order (one of its numbers the sum of the other four: `202 0 0` / `202 0`, 行政复议's
 * 尚未审结 0 printed after its 总计): plain pdftotext prints a cell drawn a little higher or lower
 * than its row's others before or after them, and a report misprinted so would rarely keep that
 * sum. Which number is which cell cannot be told: the group is null, saying so (cell-count.order);
 * the others, adding up, stand. A group that adds up in no order is a misprint, read as printed.
 */
function inAnotherOrder(run: ValueRun, failing: number, read: TableResult<ReviewLitigation>): TableResult<ReviewLitigation> {
  if (failing !== 1 || read.table === null || !spansLines(run.cells)) return read;
  const table = read.table;
  const row = PLAN.rows.find((r) => {
    const cells = cellsIn(table, r);
    if (cells === null || cells.some((v) => typeof v !== 'number')) return false;
    const values = cells as number[];
    if (groupsAddUp(values, [GROUP_CELLS])) return false;
    const sum = values.reduce((n, v) => n + v, 0);
    return values.some((v) => 2 * v === sum);
  });
  if (row === undefined) return read;
  const quoted = (cellsIn(table, row) ?? []).map((v) => String(v));
  const line = read.rows[row.fullPath]?.line ?? run.line;
  const note = diagnostic('cell-count', 'cell-count.order', { row: row.spec.label, quoted }, row.fullPath, line);
  return withGroupsEmptied(read, table, new Set([row.fullPath]), [note]);
}

/**
 * Part 四's fifteen read as printed, two groups side by side failing their sums, and both adding up
 * with the two numbers where they meet (the first's 总计, the second's 结果维持) in each other's
 * places (`14  0 473  277`, pdftotext -layout printing 未经复议直接起诉's 0 before 行政复议's 473): a
 * number printed out of its column's place does that; a report misprinted in two groups rarely
 * does. Which number is which cell cannot be told: both groups are null, saying so
 * (cell-count.swapped); the third stands.
 */
function swappedAtMeet(read: TableResult<ReviewLitigation>): TableResult<ReviewLitigation> {
  const table = read.table;
  if (table === null) return read;
  const numbers = PLAN.rows.map((row) => {
    const cells = cellsIn(table, row);
    return cells !== null && cells.every((v) => typeof v === 'number') ? (cells as number[]) : null;
  });
  const swapped = new Set<PlannedRow>();
  const notes: PendingDiagnostic[] = [];
  PLAN.rows.forEach((row, g) => {
    const next = PLAN.rows[g + 1];
    const [a, b] = [numbers[g], numbers[g + 1]];
    if (next === undefined || !a || !b || swapped.has(row) || groupsAddUp(a, [GROUP_CELLS]) || groupsAddUp(b, [GROUP_CELLS])) return;
    const [last, first] = [a.at(-1) ?? 0, b[0] ?? 0];
    if (!groupsAddUp([...a.slice(0, -1), first], [GROUP_CELLS]) || !groupsAddUp([last, ...b.slice(1)], [GROUP_CELLS])) return;
    for (const [r, values] of [[row, a], [next, b]] as const) {
      swapped.add(r);
      const params = { row: r.spec.label, quoted: values.map(String), first: String(last), second: String(first) };
      notes.push(diagnostic('cell-count', 'cell-count.swapped', params, r.fullPath, read.rows[r.fullPath]?.line ?? null));
    }
  });
  if (swapped.size === 0) return read;
  return withGroupsEmptied(read, table, new Set([...swapped].map((r) => r.fullPath)), notes);
}

/** The table as read with the groups at `paths` left empty, their diagnostics replaced by `problems`. */
function withGroupsEmptied(read: TableResult<ReviewLitigation>, table: ReviewLitigation, paths: ReadonlySet<string>, problems: readonly PendingDiagnostic[]): TableResult<ReviewLitigation> {
  const rowObjects = PLAN.rows.map((row) => (paths.has(row.fullPath) ? rowObject(row.spec.columns, [], 0) : (rowIn(table, row) ?? undefined)));
  return { ...read, table: tableValue(PLAN, rowObjects), diagnostics: [...read.diagnostics.filter((d) => !aboutPaths(d, paths)), ...problems] };
}

/** Part 四's fifteen numbers over several lines, `failing` groups of them not adding up: not read (cell-count). */
function outOfPlace(run: ValueRun, failing: number): TableResult<ReviewLitigation> {
  const printed = run.cells.filter((c) => c.kind !== 'empty');
  const params = { quoted: printed.map((c) => c.raw.trim()), from: printed[0]?.line ?? run.line, to: printed.at(-1)?.line ?? run.line, failing };
  return { table: tableValue(PLAN, []), diagnostics: [diagnostic('cell-count', 'cell-count.oneRowSums', params, PLAN.key, run.line)], rows: {}, columns: {} };
}

/** Does each group of the table read add up (blank cells as 0, a group read nowhere not)? */
function everyGroupAddsUp(table: ReviewLitigation): boolean {
  return PLAN.rows.every((row) => {
    const cells = cellsIn(table, row);
    return cells !== null && groupsAddUp(cells.map((v) => (typeof v === 'number' ? v : 0)), [GROUP_CELLS]);
  });
}

/** Does the table print numbers after the run's last line? */
function numbersAfter(lines: readonly TokenLine[], run: ValueRun): boolean {
  const last = run.cells.filter((c) => c.kind !== 'empty').at(-1)?.line ?? run.line;
  return lines.some((l) => l.line > last && l.cells.some(isValue));
}

/**
 * Part 四's groups are the form's column headers too (行政复议 over its five results, then 行政诉讼
 * over 未经复议直接起诉 and 复议后起诉). A print that gives each header before the numbers (pdfminer's
 * text of a PDF takes the table box by box: `行政复议` / `结果` / `维持` / … / `总计 未经复议直接起诉` /
 * `352` / `553` / …) puts a later group's label right before the first group's numbers, and read
 * row by row they are that group's. So a group read from the numbers after its label, an earlier
 * group that read nothing (not found as a row, or placed nowhere), and that group's label printed
 * after the last line of numbers before this label, or this label opening with a column's header
 * (printed in the header, the earlier group's label lost): the numbers may be either's (labels
 * first), and the group is left empty. So too when the earlier group did read, from a print of
 * its label before, and its label is printed again there (lines printed twice: `行政复议` / part
 * 三's numbers printed again / `四、…` / `行政复议` / `结果` / … / `总计 未经复议直接起诉` / 行政复议's
 * numbers): which print's numbers are the earlier group's cannot be told either, and it is left
 * empty as a row printed twice. Null when no group is so.
 */
function headersFirst(lines: readonly TokenLine[], read: TableResult<ReviewLitigation>): TableResult<ReviewLitigation> | null {
  const table = read.table;
  if (table === null) return null;
  // A group that read nothing: its label not found, or numbers with no label where it stands that
  // could not be placed (ambiguous-pairing), or its own print not read.
  const notRead = (row: PlannedRow): boolean => Object.values(rowIn(table, row) ?? {}).every((v) => v === null);
  const doubted = new Map<string, { row: PlannedRow; labels: number; lines: number; values: number }>();
  /** Earlier groups read from one print and printed again before a later group's numbers: the line of that print. */
  const twice = new Map<string, { row: PlannedRow; other: number }>();
  for (const row of PLAN.rows) {
    const at = read.rows[row.fullPath]?.line;
    const cells = rowIn(table, row);
    if (at === undefined || cells === null || Object.values(cells).every((v) => v === null)) continue;
    const before = PLAN.rows.filter((e) => e.index < row.index);
    if (before.length === 0) continue;
    // The words between the last numbers before the row's label and the label itself: the groups
    // they name, and the line each is named on.
    const named = new Map<string, number>();
    let numbers = 0;
    const numberLines = new Set<number>();
    for (const tokenLine of lines) {
      // Numbers on a line of their own end what was named before them; numbers run into words (a
      // line of another table's label and numbers that a conversion left here) do not.
      const valueLine = tokenLine.cells.every((c) => isValue(c) || c.kind === 'empty');
      for (const cell of tokenLine.cells) {
        if (tokenLine.line < at) {
          if (isValue(cell) && valueLine) named.clear();
          else if (cell.kind === 'text') {
            const match = matchRow(matchKey(cell.raw), PLAN.rows);
            if (match !== null) named.set(match.row.fullPath, cell.line);
          }
        } else if (isValue(cell) && numbers < GROUP_CELLS) {
          numbers++;
          numberLines.add(cell.line);
        }
      }
    }
    const printedFirst = before.filter((e) => notRead(e) && named.has(e.fullPath)).length;
    // Printed again: read from a print of its label before this one.
    const again = before.filter((e) => {
      const readAt = read.rows[e.fullPath]?.line;
      const namedAt = named.get(e.fullPath);
      return !notRead(e) && readAt !== undefined && namedAt !== undefined && readAt < namedAt;
    });
    // Or its label opens with a column's header (`总计 未经复议直接起诉`): it is printed in the header,
    // after the earlier group's columns, whatever became of that group's own label.
    const labelWords = lines.find((l) => l.line === at)?.cells.find((c) => c.kind === 'text')?.raw.trim().split(/\s+/) ?? [];
    const inHeader = labelWords.length > 1 && PLAN.isHeaderWord(matchKey(labelWords[0] ?? '')) && before.some(notRead);
    if (printedFirst > 0 || again.length > 0 || inHeader) {
      doubted.set(row.fullPath, { row, labels: Math.max(printedFirst + again.length, 1) + 1, lines: numberLines.size, values: numbers });
    }
    for (const e of again) twice.set(e.fullPath, { row: e, other: named.get(e.fullPath) ?? at });
  }
  if (doubted.size === 0) return null;
  const paths = new Set([...doubted.keys(), ...twice.keys()]);
  const problems: PendingDiagnostic[] = [...doubted.values()].map(({ row, labels, lines: numberLines, values }) =>
    diagnostic('ambiguous-pairing', 'ambiguous-pairing', { row: row.spec.label, labels, lines: numberLines, values, reason: 'count' }, row.fullPath, read.rows[row.fullPath]?.line ?? null),
  );
  for (const { row, other } of twice.values()) {
    if (doubted.has(row.fullPath)) continue;
    problems.push(diagnostic('ambiguous-pairing', 'ambiguous-pairing.twice', { row: row.spec.label, other }, row.fullPath, read.rows[row.fullPath]?.line ?? null));
  }
  return withGroupsEmptied(read, table, paths, problems);
}

/**
 * Does a run print the same number, not 0, on three lines or more one after another? A table's
 * cells seldom do; a line a conversion printed again does (`229` on
 * eleven lines where part 四 printed it once), and makes up a count of cells that is not the
 * table's. Such a run is read as one row only when every group adds up, as a run with no header
 * before it is.
 */
const REPEATS = 3;
function repeatsANumber(cells: readonly Cell[]): boolean {
  let last: Cell | null = null;
  let times = 0;
  for (const c of cells) {
    if (c.kind === 'empty') continue;
    const again = last !== null && c.kind === 'number' && c.value !== 0 && c.raw.trim() === last.raw.trim() && c.line !== last.line;
    times = again ? times + 1 : 1;
    if (times >= REPEATS) return true;
    last = c;
  }
  return false;
}

/** Digits run together that read more than one way or none: cutting them is recoverOneRow's, never read in order. */
const DIGIT_CODES: ReadonlySet<string> = new Set(['ambiguous-digits', 'unrecoverable-digits', 'recovered-digits']);

/**
 * Part 四 read row by row left every cell unknown, and said why (a row missing, numbers it
 * could not pair, a cell count off), and not because of digits run together: then its numbers
 * may be read in the order printed (inOrder.ts). A row read, even one whose sums fail, stays.
 */
function unread(result: TableResult<ReviewLitigation>): boolean {
  if (result.diagnostics.length === 0 || result.diagnostics.some((d) => DIGIT_CODES.has(d.code))) return false;
  const table = result.table;
  return table === null || PLAN.rows.every((row) => {
    const cells = rowIn(table, row);
    return cells === null || Object.values(cells).every((v) => v === null);
  });
}

/**
 * Does a run print one group's cells, each a cell of its own (`593⇥544⇥19⇥867⇥2023`)? Then it is
 * a row of one group (part 四 printed as three small tables, or as labelled rows), for the generic
 * reader, however many digits its numbers have.
 */
function oneGroup(cells: readonly Cell[]): boolean {
  let printed = 0;
  for (const c of cells) {
    if (c.kind === 'empty') continue;
    if (c.kind !== 'number' && c.kind !== 'placeholder') return false;
    printed++;
  }
  return printed === GROUP_CELLS;
}

interface ValueRun {
  cells: Cell[];
  line: number;
  /**
   * Part 四's own words stand before it: a column header or a row's label (`行政复议`, `结果维持`,
   * `未经复议直接起诉`). Numbers with none of them before them may be another part's: under a heading
   * printed out of place (`四、…情况` amid part 三's numbers), or where part 四 was looked for by its
   * table after part 三's last row read (its heading lost) and part 三's numbers went on. They are
   * read only when every group adds up.
   */
  headed: boolean;
  /** How many of the fifteen column headers the words before it print (headerColumns). */
  headerColumns: number;
}

/**
 * Each outcome column's characters that no other column's label nor any group's prints (结果维持:
 * 维 and 持; 尚未审结: 尚 and 审, 未 and 结 being others' too), from the catalog.
 */
const COLUMN_CHARACTERS: ReadonlyArray<readonly string[]> = OUTCOME_COLUMNS.map((column) => {
  const others = [...OUTCOME_COLUMNS.filter((c) => c !== column).map((c) => c.label), ...PLAN.rows.map((r) => r.spec.label)].join('');
  return [...new Set(matchKey(column.label))].filter((ch) => !others.includes(ch));
});

/**
 * How many of part 四's column headers the words print: each column's own characters
 * (COLUMN_CHARACTERS) counted one by one (a header broken over lines, even a character a line:
 * `尚` / `未` / `审` / `结`), the fewest of a column's; fifteen where the three groups each print theirs.
 */
function headerColumns(words: string): number {
  const count = (ch: string): number => words.split(ch).length - 1;
  return COLUMN_CHARACTERS.reduce((n, chars) => n + (chars.length === 0 ? 0 : Math.min(...chars.map(count))), 0);
}

/** Does a cell print words of part 四's table: a row's label or a column's? */
function namesThisTable(cell: Cell): boolean {
  if (cell.kind !== 'text') return false;
  // A cell may hold several header words with spaces between them (`结果维持 结果纠正`); matchKey drops the spaces.
  const key = matchKey(cell.raw);
  return matchRow(key, PLAN.rows) !== null || PLAN.isHeaderWord(key) || cell.raw.trim().split(/\s+/).some((w) => PLAN.isHeaderWord(matchKey(w)));
}

/**
 * Do the cells fit fifteen cells in exactly one way whose three groups each add up? Numbers a space
 * apart (`14 43`, plain pdftotext's cells two a line) are so many numbers: fifteen of them, one or
 * two a line after part 四's heading and before its header, that do not add up may be another
 * table's (part 三's rows printed there), not part 四 misprinted.
 */
function addsUp(cells: readonly Cell[]): boolean {
  if (cells.some((c) => c.kind === 'digits' && !SPACED_NUMBERS.test(c.raw))) return true; // recovery requires the sums itself
  if (cells.some((c) => (numbersIn(c)?.length ?? 0) > 1)) {
    const numbers = splitAtSpaces(cells).filter((c) => c.kind !== 'empty');
    // Fifteen numbers in all: they must add up. Other counts (blank cells among them) are left to
    // recovery, which requires the sums itself.
    return numbers.length !== ONE_ROW_CELLS || addsUp(numbers);
  }
  const chosen = fifteen(cells);
  return chosen !== undefined && ONE_ROW_GROUPS.length > 0 && groupsAddUp(chosen.map((c) => (c.kind === 'number' ? c.value : 0)), ONE_ROW_GROUPS);
}

/** The cells as part 四's fifteen, blank filler at the ends dropped, when that fits one way (chooseFit). */
function fifteen(cells: readonly Cell[]): Cell[] | undefined {
  const fits = edgeFits(cells, ONE_ROW_CELLS);
  return isNonEmpty(fits) ? chooseFit(fits, ONE_ROW_GROUPS) : undefined;
}

/**
 * How many of part 四's three groups fail their sums, the cells read as fifteen in exactly one
 * way, a run of numbers spaced apart a cell each (`7` / `24 2665 24 272011 22 5` / … over three
 * lines: those fifteen are how it reads)? 0 when they do not fit so.
 */
function groupsFailing(cells: readonly Cell[]): number {
  const chosen = fifteen(splitAtSpaces(cells));
  if (chosen === undefined || chosen.some((c) => c.kind !== 'number')) return 0;
  const values = chosen.map((c) => (c.kind === 'number' ? c.value : 0));
  let at = 0;
  return ONE_ROW_GROUPS.filter((size) => !groupsAddUp(values.slice(at, (at += size)), [size])).length;
}

/** Each group's label in pieces (`行政诉讼`, `复议后起诉` of `行政诉讼·复议后起诉`), as matchKeys. */
const LABEL_PIECES = PLAN.rows.map((row) => ({ path: row.path, pieces: row.spec.label.split('·').map(matchKey) }));

/**
 * Do words before part 四's first numbers head one group alone (`表4-1 行政复议`): they name one
 * group, and no piece of another group's label that is not of its own (`行政诉讼` is both lawsuits')?
 */
function headsOneGroup(named: ReadonlySet<string>, words: string): boolean {
  const [path, other] = [...named];
  if (path === undefined || other !== undefined) return false;
  const own = LABEL_PIECES.find((row) => row.path === path)?.pieces ?? [];
  return !LABEL_PIECES.some((row) => row.path !== path && row.pieces.some((piece) => !own.includes(piece) && words.includes(piece)));
}

/**
 * The first stretch of value cells in the region, across lines, up to the next text cell. Text
 * before the values on their line is a row label (the labelled layout), unless it ends with a
 * column label (`…尚未审结总计`): then it is the column headers run into the line, as crawled
 * pages print them.
 */
function firstValueRun(lines: readonly TokenLine[]): ValueRun | null {
  let headed = false;
  /** The groups the lines before the values name (`表4-1 行政复议`), and those lines' words. */
  const named = new Set<string>();
  let words = '';
  for (const [li, tokenLine] of lines.entries()) {
    const cells = tokenLine.cells;
    const first = cells.findIndex(isValue);
    if (first < 0) {
      headed ||= cells.some(namesThisTable);
      for (const cell of cells) {
        if (cell.kind !== 'text') continue;
        const key = matchKey(cell.raw);
        const row = matchRow(key, PLAN.rows);
        if (row) named.add(row.row.path);
        words += key;
      }
      continue;
    }
    // Under the heading of one group alone (part 四 as three small tables): its numbers, however
    // many a line printed twice makes them, are no row of fifteen.
    if (headsOneGroup(named, words)) return null;
    let labelBefore = false;
    let textBefore = '';
    let labelAfter = false;
    cells.forEach((cell, i) => {
      if (cell.kind !== 'text') return;
      if (i >= first) labelAfter = true;
      else {
        labelBefore = true;
        textBefore += cell.raw;
      }
    });
    if (labelAfter && !labelBefore) {
      // Values then a label on the same line: a labelled row layout.
      return null;
    }
    let start = 0;
    if (labelBefore) {
      const key = matchKey(textBefore);
      if (!OUTCOME_COLUMNS.some((c) => key.endsWith(matchKey(c.label)))) return null;
      start = first;
    }
    // A first line printing one number (one cell a line: `⇥ 19 ` / `⇥ 147 ` / …) gives that number
    // alone, as the lines after it do (continueRow): the tab before it is the layout's, no blank
    // 结果维持 that would put every number one place over. (A run of digits with spaces keeps its
    // line's cells, for recoverOneRow to cut.)
    const printed = cells.filter((c) => c.kind !== 'empty');
    const run: Cell[] = !labelBefore && printed.length === 1 && printed[0]?.kind === 'number' ? [printed[0]] : cells.slice(start);
    for (let next = lines[li + 1], n = li + 1; next !== undefined; next = lines[++n]) {
      if (next.cells.some((c) => c.kind === 'text')) break;
      continueRow(run, next.cells);
      if (run.length > ONE_ROW_CELLS * 3) break;
    }
    return { cells: run, line: tokenLine.line, headed: headed || labelBefore, headerColumns: headerColumns(words) };
  }
  return null;
}

/** Part 四 printing `printed` cells where the form has fifteen: not read (cell-count). */
function notOneRow(printed: number, line: number, printedColumns: Layout['columns']): TableResult<ReviewLitigation> {
  const d = diagnostic('cell-count', 'cell-count.oneRow', { printed, cells: ONE_ROW_CELLS }, PLAN.key, line);
  return { table: tableValue(PLAN, []), diagnostics: [d], rows: {}, columns: printedColumns };
}

/** Part 四's fifteen cells; `columns`: OUTCOME_COLUMNS as the report prints them (`printedColumns`). */
function oneRow(run: ValueRun, columns: readonly ColumnSpec[], printedColumns: Layout['columns']): TableResult<ReviewLitigation> {
  const printed = run.cells.filter((c) => c.kind !== 'empty');
  const [only] = printed;
  if (printed.some((c) => c.kind === 'digits') || (printed.length === 1 && only && isDigitRun(only))) {
    // As many numbers a space apart as the column headers printed before them, fewer than fifteen
    // (`… 尚未 总` / … thirteen headers / `3 27 21 … 166 11 69`, the last group's 尚未审结 and 总计
    // printed elsewhere with their numbers): the run holds that many cells, none run together.
    const spaced = splitAtSpaces(run.cells).filter((c) => c.kind !== 'empty').length;
    if (spaced < ONE_ROW_CELLS && spaced === run.headerColumns) return notOneRow(spaced, run.line, printedColumns);
    return recoverOneRow(run, columns, printedColumns);
  }
  const chosen = fifteen(run.cells);
  if (!chosen) return notOneRow(run.cells.length, run.line, printedColumns);
  const diagnostics: PendingDiagnostic[] = [];
  const rows: Layout['rows'] = {};
  const rowObjects: Json[] = [];
  for (const { index, fullPath: path, spec } of PLAN.rows) {
    const cells = chosen.slice(index * GROUP_CELLS, (index + 1) * GROUP_CELLS);
    const line = cells.find((c) => c.kind !== 'empty')?.line ?? run.line;
    const { values, diagnostics: d } = rowValues(cells, { path, label: spec.label, columns, line, sumGroups: [] });
    for (const x of d) diagnostics.push(x);
    rows[path] = { line, label: spec.label };
    rowObjects.push(rowObject(spec.columns, values, 0));
  }
  return { table: tableValue(PLAN, rowObjects), diagnostics, rows, columns: printedColumns };
}

/** Fifteen cells run together: recovered as one row whose three groups each must add up. */
function recoverOneRow(run: ValueRun, outcomeColumns: readonly ColumnSpec[], printedColumns: Layout['columns']): TableResult<ReviewLitigation> {
  const columns = PLAN.rows.flatMap((row) => outcomeColumns.map((c) => ({ ...c, key: `${row.path}.${c.key}` })));
  const whole = rowValues(run.cells, { path: PLAN.key, label: REVIEW_LITIGATION.oneRowLabel, columns, line: run.line, sumGroups: ONE_ROW_GROUPS });
  const { values, diagnostics } = whole.recovery ? byGroup(whole.recovery, outcomeColumns, run.line) ?? whole : whole;
  const rows: Layout['rows'] = {};
  const rowObjects = PLAN.rows.map((row) => {
    rows[row.fullPath] = { line: run.line, label: row.spec.label };
    return rowObject(row.spec.columns, values, row.index * GROUP_CELLS);
  });
  return { table: tableValue(PLAN, rowObjects), diagnostics, rows, columns: printedColumns };
}

/**
 * Several cuts of the run fit, but some groups read the same in all of them (keep what every
 * fitting cut agrees on): those groups are read, each disputed group is null with its own
 * `ambiguous-digits` listing its readings alone. Null (the whole run ambiguous, as before) when
 * every group is disputed, when none is, or when the search did not finish (its cuts may be
 * incomplete, so an agreement among them proves nothing).
 */
function byGroup(recovery: DigitRecovery, outcomeColumns: readonly ColumnSpec[], line: number): RowValues | null {
  if (recovery.kind !== 'ambiguous' || !recovery.complete) return null;
  const { candidates, printed } = recovery;
  const slices = PLAN.rows.map((row) => candidates.map((c) => ({ values: c.values.slice(row.index * GROUP_CELLS, (row.index + 1) * GROUP_CELLS), cells: c.cells.slice(row.index * GROUP_CELLS, (row.index + 1) * GROUP_CELLS) })));
  const readings = slices.map((cuts) => cuts.filter((cut, i) => cuts.findIndex((o) => o.values.every((v, k) => v === cut.values[k])) === i));
  const agreed = readings.filter((r) => r.length === 1).length;
  if (agreed === 0 || agreed === readings.length) return null;
  const values: Array<number | null> = [];
  const diagnostics: PendingDiagnostic[] = [];
  PLAN.rows.forEach((row, g) => {
    const cuts = readings[g] ?? [];
    const [only] = cuts;
    const context = { path: row.fullPath, label: row.spec.label, columns: outcomeColumns, line, sumGroups: row.sumGroups };
    const group: DigitRecovery = cuts.length === 1 && only ? { kind: 'recovered', printed, cut: only } : { kind: 'ambiguous', printed, candidates: cuts, complete: true };
    const read = fromRecovery(group, context);
    for (const v of read.values) values.push(v);
    for (const d of read.diagnostics) {
      // A group every cut agrees on is not "the only cut of its own": say what made it certain.
      if (d.code === 'recovered-digits' && only) {
        const params = { row: row.spec.label, printed, cells: GROUP_CELLS, arithmetic: { kind: 'total', total: outcomeColumns.at(-1)?.label ?? '' } as const, read: only.values, cuts: candidates.length };
        diagnostics.push(diagnostic('recovered-digits', 'recovered-digits.agreed', params, row.fullPath, line));
      } else diagnostics.push(d);
    }
  });
  return { values, diagnostics };
}
