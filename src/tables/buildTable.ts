/**
 * The generic table reader: a table's rows found in its region (findRows.ts), each row's cells
 * read (rowValues.ts), run-together rows settled across the table (crossRows.ts), and the JSON
 * shaped by the catalog. Rows the table lacks are reported, except those the form lets a report
 * leave out.
 */
import { SMALL_TABLE_HEADING } from '../catalog/activeDisclosure.js';
import type { TableRows, TableValue } from '../catalog/types.js';
import { diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import { matchKey } from '../normalize/matchKey.js';
import type { Cell, Layout, TokenLine } from '../tokens.js';
import { columnBalance, columnTally, locateMissingCells, missingCellFound, settleAcrossRows, statesOf, type ReadRow, type RowState } from './crossRows.js';
import { firstValueLine, namedIndexes, printsShort, readRows, spansLines, type FoundRow, type ReadItem, type ValueLine } from './findRows.js';
import type { CellCountWhy } from '../messages/params.js';
import { groupLabelsOnly, labelEnd, laterColumnOf, laterLabelOf, matchRow, restOfLabel, withoutGroupLabel, type RowLabel } from './labels.js';
import { namedByOwnWords, pairApart, siblingIn } from './pairing.js';
import { headedRuns, headingsInPlace } from './underHeaders.js';
import { columnsAsPrinted } from './headers.js';
import { rowObject, tableValue, type Json, type PlannedRow, type TablePlan } from './plan.js';
import { asPrinted, fitsNoCut, groupsAddUp, numbersIn, numericValue, printedGroups, rowValues, SPACED_NUMBERS, type RowContext, type RowValues } from './rowValues.js';
import { regatherFirstNumbers } from './gluedNumber.js';

export interface TableResult<T> {
  table: T | null;
  diagnostics: PendingDiagnostic[];
  rows: Layout['rows'];
  columns: Layout['columns'];
}

/** Where a table was looked for, for the diagnostic when it is not there. */
export interface TableLocation {
  /** Line of the part's heading, or null when the part itself was not found. */
  line: number | null;
  /**
   * The next part's heading was not found, so this part's region runs on over the next table's
   * print: numbers of that table after this one's last row may stand where lines were lost.
   */
  nextMissing?: true;
}

const NOTHING_EXCUSED: ReadonlySet<string> = new Set();

/** The rows that may be absent without complaint: those of a group the report printed as one row. */
function excusedRows(plan: TablePlan, found: readonly RowLabel[]): ReadonlySet<string> {
  for (const group of plan.table.oneRowGroups) {
    const row = found.find((r) => r.planned.path === group.row);
    if (row && group.label.test(matchKey(row.label))) return group.absent;
  }
  return NOTHING_EXCUSED;
}

/** The first line of anything the reader found: a row, a label, numbers. */
function firstLineOf(items: readonly ReadItem[]): number | null {
  let first: number | null = null;
  const see = (line: number | undefined): void => {
    if (line !== undefined && (first === null || line < first)) first = line;
  };
  for (const item of items) {
    if (item.kind === 'row') see(item.row.line);
    else if (item.kind === 'labels') for (const l of item.labels) see(l.line);
    else see(item.lines[0]?.line);
  }
  return first;
}

/** What a converter prints where it dropped a table (pandoc's plain text, for one with merged cells). */
const TABLE_PLACEHOLDER = /^\[(?:TABLE|表格)\]$/i;

/** The cell of a line that prints nothing but a dropped table's placeholder, in a region that has no table. */
function placeholderIn(lines: readonly TokenLine[]): Cell | null {
  for (const line of lines) {
    const printed = line.cells.filter((c) => c.kind !== 'empty');
    const [only] = printed;
    if (printed.length === 1 && only?.kind === 'text' && TABLE_PLACEHOLDER.test(only.raw.trim())) return only;
  }
  return null;
}

/**
 * Read the table of `plan` from its region's token lines. `following`: the table after it, whose
 * rows end this one where the region runs on into it (a heading missing).
 */
export function buildTable<Rows extends TableRows>(
  asPrintedLines: readonly TokenLine[],
  plan: TablePlan<Rows>,
  location: TableLocation,
  following: TablePlan | null,
): TableResult<TableValue<Rows>> {
  const lines = regatherFirstNumbers(asPrintedLines, plan);
  const tablePath = plan.key;
  const read = readRows(lines, plan, following);
  const diagnostics = read.diagnostics;
  const rows: Layout['rows'] = {};
  const printedColumns: Layout['columns'] = {};
  const firstLine = firstLineOf(read.items);
  const missing = (): TableResult<TableValue<Rows>> => {
    // Rows of other tables read here are not this table's business: only say it is missing.
    const placeholder = placeholderIn(lines);
    const d =
      placeholder === null
        ? diagnostic('missing-table', 'missing-table', { table: tablePath }, tablePath, location.line)
        : diagnostic('missing-table', 'missing-table.placeholder', { table: tablePath, placeholder: placeholder.raw.trim() }, tablePath, placeholder.line);
    return { table: null, diagnostics: [d], rows, columns: printedColumns };
  };
  if (firstLine === null) return missing();
  const asPrinted = plan.printedVariants ? columnsAsPrinted(plan, lines, firstLine, printedColumns) : null;
  const contextOf = (row: RowLabel): RowContext => {
    const { spec, fullPath, sumGroups, numbering } = row.planned;
    return { path: fullPath, label: row.label, columns: asPrinted?.get(spec.columns) ?? spec.columns, line: row.line, sumGroups, numbering };
  };
  const labels: RowLabel[] = [...read.rows];
  for (const item of read.items) if (item.kind === 'labels') for (const l of item.labels) labels.push(l);
  const excused = excusedRows(plan, labels);
  /** Each catalog row's read row, by its index in the catalog. */
  const readAt: Array<ReadRow | undefined> = [];
  const lone = loneNumberLines(lines);
  /** Rows read with a line printed twice read once (lineTwice): as printed, and the note saying so. */
  const readOnce = new Map<ReadRow, { printed: ReadRow; note: PendingDiagnostic }>();
  for (const row of read.rows) {
    const context = contextOf(row);
    const result = rowValues(row.cells, context);
    const once = lineTwice(row, context, result, lone);
    const repeated = once ? null : linesTwice(row, result, lone);
    readAt[row.planned.index] = once?.read ?? { row, context, result: repeated ? { values: result.values.map(() => null), diagnostics: [repeated] } : result };
    if (once) readOnce.set(once.read, { printed: { row, context, result }, note: once.note });
  }
  if (readOnce.size > 0) {
    // A row read once stays so only when the column rules fail it as printed and find its missing
    // cell read once; otherwise it is as printed (two lines alike in a row that does not add up,
    // the columns holding, is as likely the report's own slip: a 总计 left 0).
    const states = statesOf(readAt, excused);
    for (const r of readAt) {
      const once = r && readOnce.get(r);
      if (r === undefined || once === undefined) continue;
      const printedFails = columnTally(r.row.planned.path, states, plan.columnRules)(once.printed.result.values).fails > 0;
      if (printedFails && missingCellFound(r, plan.columnRules, states)) diagnostics.push(once.note);
      else {
        r.row = once.printed.row;
        r.result = once.printed.result;
      }
    }
  }
  const known = statesOf(readAt, excused);
  const noNumberBetween = nothingBetween(lines, (c) => c.kind === 'number' || c.kind === 'digits');
  /**
   * Is nothing printed between lines a and b but the first piece of `row`'s label on a line of its
   * own: its numbering (`四、` of 四、结转下年度继续办理), its group's label (`（三）不予公开`), or words
   * the form prints over its rows and later ones (`三、本年度办理结果`)?
   */
  const labelsBetween = (a: number, b: number, row: PlannedRow): boolean => {
    for (let i = firstAfter(lines, a, (l) => l.line); i < lines.length && (lines[i]?.line ?? Infinity) < b; i++) {
      for (const c of lines[i]?.cells ?? []) {
        if (c.kind === 'empty') continue;
        const key = c.kind === 'text' ? matchKey(c.raw.trim()) : null;
        if (key === null || !(key === row.numbering || key === row.groupKey || plan.laterWords.includes(key))) return false;
      }
    }
    return true;
  };
  const noHeadingBetween = nothingBetween(lines, (c) => {
    if (c.kind !== 'text') return false;
    const key = matchKey(c.raw.trim());
    return SMALL_TABLE_HEADING.test(key) || plan.isHeaderWord(key);
  });
  /**
   * Is no number printed on the lines between `a` and `b`, nor a part 二 small table's heading or a
   * column header's words (`信息内容`), which open another small table (`134` / `行政` / `强制` /
   * `信息内容` / `行政事业性收费`: the 134 is 行政强制's, printed before its label)?
   */
  const clearBetween = (a: number, b: number): boolean => noNumberBetween(a, b) && noHeadingBetween(a, b);
  const paired = pairApart(read.items, plan, known, excused, (row, cells) => rowValues(cells, contextOf(row)), clearBetween, () => headedRuns(lines, plan));
  copied(readAt, read.diagnostics);
  /** The cells pairing placed: numbers no longer loose. */
  const placed = new Set<Cell>();
  for (const p of paired.rows) for (const c of p.cells) placed.add(c);
  /** The rows pairing read, for certain. */
  const pairedReads = new Set<ReadRow>();
  for (const p of paired.rows) {
    const { index, fullPath } = p.row.planned;
    const context = contextOf(p.row);
    const result = rowValues(p.cells, context);
    const info = diagnostic('recovered-pairing', 'recovered-pairing', { row: p.row.label, labels: p.labels, lines: p.lines, by: p.by, after: p.after, unchecked: p.unchecked }, fullPath, p.row.line);
    const pairedRow: ReadRow = { row: { ...p.row, cells: p.cells, headed: false }, context, result: { ...result, diagnostics: [info, ...result.diagnostics] } };
    const other = readAt[index];
    if (other && known.get(p.row.planned.path)?.kind === 'known' && other.row.line < p.row.line) {
      // The row is also printed with its values, and reads there, first: the first print is kept,
      // as for any row printed twice, when the two give the same numbers. Other numbers that pair
      // for certain make two readings of the row (a block of lines printed twice put its label
      // before another row's numbers: `6.属于四类过程性信息` / `| 109 | 25 | …`, and again among
      // labels printed first), and which is its cannot be told, as for two prints of a row.
      // (Marked as findRows marks a row printed twice: the loop below makes it null, saying so.)
      if (result.values.some((v, j) => v !== other.result.values[j])) {
        other.row.twice = p.row.line;
        continue;
      }
      diagnostics.push(twice(p.row, other.row));
      continue;
    }
    if (other) diagnostics.push(twice(other.row, p.row));
    readAt[index] = pairedRow;
    pairedReads.add(pairedRow);
  }
  /** Is nothing printed on the lines between `a` and `b` (both printed lines of this table)? */
  const adjacent = nothingBetween(lines, (c) => c.kind !== 'empty');
  /** Each row item's place among the items, for the item right before it. */
  const itemAt = new Map<FoundRow, number>();
  read.items.forEach((item, i) => {
    if (item.kind === 'row') itemAt.set(item.row, i);
  });
  /** Does a print of a row read as its own over another print of its label (see below)? */
  const readsAsIts = (print: ReadRow): boolean =>
    checked(print) ||
    firstValueLine(print.row.cells) === print.row.line ||
    (!endsWithColumnLabel(print.row, plan) && (print.row.planned.sumGroups.length > 0 || print.result.values.every((v) => v === null)));
  /** A row whose label pairing placed nowhere, read as nothing, `problem` saying why. */
  const placedNowhere = (row: RowLabel, problem: PendingDiagnostic): ReadRow => ({
    row: { ...row, cells: [], headed: false },
    context: contextOf(row),
    result: { values: Array(row.planned.spec.columns.length).fill(null), diagnostics: [problem] },
  });
  /** The numbers after the rest of a label printed around its row's numbers (below): no row's now, loose for the next label. */
  const afterRestOf = new Set<Cell>();
  for (const { row, problem } of paired.unplaced) {
    const other = readAt[row.planned.index];
    // The row is also printed with values that read as it: kept, unless they follow column headers
    // printed after its label on lines of their own, and nothing checks them (plain pdftotext,
    // `政府集中采购` / `本年新制作数量` / `8` / `153`, the 8 and 153 another table's): numbers after a
    // header may be any row's, as this print's cannot be told, and the row is in doubt.
    // Nor when a row's worth of numbers no row took, right before that print's label, reads as the
    // row as well (`…` / `91` / `56` / `433` / `（七）总计` / `58` / …, a stretch of numbers whose labels
    // were printed elsewhere): that label may be a stray in the stretch, its numbers another row's.
    // Nor when the row right before that print printed its own numbers on lines after its label, and
    // the print's label stands right after them (`1.申请人无正当理由…` / `122` … `565` / `（七）总计` /
    // `54` / …): the label may be a stray in a stretch of numbers as well, its numbers the next row's.
    // Nor a row with no sums (part 二's) whose numbers stand on lines after its label: with its label
    // printed again among labels printed first, those numbers may be another's (column by column,
    // lines printed twice: `行政处罚` / `154` / `7923` / `2440`, 其他对外管理服务事项's, then `行政处罚` /
    // `行政强制` / its own), and nothing checks them. (A print that read no number stays the one kept.)
    // Nor when that print reads the very numbers a row before it read (a line of numbers printed
    // again, lent to the next label: `5.要求行政机` / `关确认或重新` / 4.'s numbers again, and 5.'s
    // label printed again among labels before its own): which are its cannot be told. Nor when the
    // numbers it reads are printed among those of the labels this one was printed with (`1.信访举报
    // 投诉类申请` / `2.重复申请` / `123⇥4⇥…`, then `2.重复申请` / `123⇥4⇥…` printed again): those numbers
    // may be any of those labels' (`reprinted`), unless that print was paired with them for certain.
    const reprinted = other && !pairedReads.has(other) ? lentByRun(other, row, read.items, readAt) : null;
    if (other && reprinted) {
      const params = { row: other.row.label, line: reprinted.line, labels: reprinted.labels };
      const problem = diagnostic('ambiguous-pairing', 'ambiguous-pairing.reprinted', params, other.context.path, other.row.line);
      readAt[row.planned.index] = emptied(other, problem);
      continue;
    }
    if (other && lentBy(other, readAt)) {
      other.row.twice = row.line;
      continue;
    }
    // Nor when the words of that print are the rest of this one's label (`3.补正后` / numbers that do
    // not pair / `申请内容` / `仍不明确` / `18` … `316`): one label printed around numbers, centred on its
    // lines (plain pdftotext of Chromium's PDFs), and the numbers after its rest may as well be the
    // next row's, printed before its label. The row is null, saying why its label found no numbers;
    // the numbers after the rest are loose for the next label (looseBefore: `（三）不予公开 三安全一稳定”` /
    // 4.'s numbers / `4.保护第三方合法权益` / 5.'s numbers, every label of the table after its numbers).
    if (other && other.row.line > row.line && restOfLabel(row, other.row)) {
      readAt[row.planned.index] = placedNowhere(row, problem);
      for (const c of other.row.cells) afterRestOf.add(c);
      continue;
    }
    if (other && !worthBefore(other.row, placed) && !strayAfterRow(other.row, read.items[(itemAt.get(other.row) ?? 0) - 1], adjacent) && readsAsIts(other)) {
      diagnostics.push(twice(row, other.row));
      continue;
    }
    // Its other print is in doubt, and this one placed nowhere: neither is read (the row is null,
    // this print saying why), and the other says so, not that this one is read instead.
    if (other) diagnostics.push(diagnostic('duplicate-row', 'duplicate-row.neither', { row: other.row.label, other: row.line }, other.row.planned.fullPath, other.row.line));
    readAt[row.planned.index] = placedNowhere(row, problem);
  }
  for (const r of readAt) {
    // Labels printed with no numbers right before the row's, whose one line of numbers it is
    // (findRows: `labelsBefore`): labels first, which do not pair one to one.
    const before = r?.row.labelsBefore;
    if (r === undefined || before === undefined) continue;
    const params = { row: r.row.label, labels: before + 1, lines: 1, values: r.row.cells.filter((c) => c.kind !== 'empty').length, reason: 'count' as const };
    const problem = diagnostic('ambiguous-pairing', 'ambiguous-pairing', params, r.context.path, r.row.line);
    readAt[r.row.planned.index] = emptied(r, problem);
  }
  for (const r of readAt) {
    if (r === undefined) continue;
    const { astray, twice } = r.row;
    // A row printed twice, both prints reading as the row, with other numbers (findRows: `twice`);
    // or among rows the form puts before it, and again where the form puts it, with other numbers
    // or none, or not again (findRows: `astray`).
    const problem =
      twice !== undefined
        ? diagnostic('ambiguous-pairing', 'ambiguous-pairing.twice', { row: r.row.label, other: twice }, r.context.path, r.row.line)
        : astray?.other !== undefined
          ? diagnostic('ambiguous-pairing', 'ambiguous-pairing.astray', { row: r.row.label, ...astray, other: astray.other }, r.context.path, r.row.line)
          : astray !== undefined
            ? diagnostic('ambiguous-pairing', 'ambiguous-pairing.astrayOnce', { row: r.row.label, before: astray.before, after: astray.after }, r.context.path, r.row.line)
            : null;
    if (problem !== null) readAt[r.row.planned.index] = emptied(r, problem);
  }
  restOfShort(read.items, readAt);
  /**
   * Are the `count` numbers at line `b` a column of the table after this one printed column by
   * column, one number for each of its rows, with only its label between line `a` and them, a
   * column other than its first (those before it lost)? Only where the next part's heading was
   * not found: plain pdftotext of a Word report's PDF prints some of part 三's columns (`法律服务机构`
   * / `1372` …) before its heading, right after part 二; pdfminer prints part 三's column labels
   * together and then numbers of several columns.
   */
  const goesOn = (a: number, b: number, count: number): boolean => {
    if (location.nextMissing !== true || following === null) return false;
    const between = lines.filter((l) => l.line > a && l.line < b && l.cells.some((c) => c.kind !== 'empty'));
    const words = between[0]?.cells.filter((c) => c.kind !== 'empty') ?? [];
    if (between.length !== 1 || words.length !== 1 || words[0]?.kind !== 'text') return false;
    return laterColumnOf(matchKey(words[0].raw), count, following);
  };
  /**
   * Is what follows line `a` a row of the table after this one, not its first: words naming it, or
   * the words the form prints over its later rows, then numbers (`行政事业性收费` / `9697` /
   * `二、上年结转政府信息公开申请数量` / `158` …; `411` / `（二）部分公开（区分处理的，只计这` / `127`
   * / `一情形，不计其他情形）`; labels.laterLabelOf)? Only where the next part's heading was not
   * found, as for goesOn.
   */
  const rowFollows = (a: number): boolean => {
    if (location.nextMissing !== true || following === null) return false;
    const words: string[] = [];
    let count = 0;
    for (const line of lines) {
      if (line.line <= a) continue;
      for (const cell of line.cells) {
        if (cell.kind === 'empty') continue;
        const numbers = numbersIn(cell);
        if (numbers === null || numbers.length === 0) {
          if (count > 0) return laterLabelOf(words, count, following);
          if (cell.kind !== 'text' || words.length >= MOST_WORDS_BEFORE) return false;
          words.push(cell.raw);
        } else {
          if (words.length === 0) return false;
          count += numbers.length;
        }
      }
    }
    return laterLabelOf(words, count, following);
  };
  // What the looks around a row's label below need, made the first time one asks (most rows' first
  // look ends at the line before, held by the row before).
  /** The cells the reading gave to a row or to labels (`rows`), and values no label claimed (`values`), made when first asked. */
  let claimed: { rows: Set<Cell>; values: Set<Cell> } | null = null;
  const claimedNow = (): { rows: Set<Cell>; values: Set<Cell> } => {
    if (claimed === null) {
      claimed = { rows: new Set<Cell>(), values: new Set<Cell>() };
      for (const item of read.items) {
        if (item.kind === 'row') for (const x of [...item.row.cells, ...(item.row.numbersBefore ?? [])]) claimed.rows.add(x);
        else if (item.kind === 'labels') for (const l of item.values ?? []) for (const x of l.cells) claimed.rows.add(x);
        else for (const l of item.lines) for (const x of l.cells) claimed.values.add(x);
      }
    }
    return claimed;
  };
  /** Did the reading give the cell to a row, to labels, or to values no label claims: no longer loose? */
  const held = (c: Cell): boolean => claimedNow().rows.has(c) || claimedNow().values.has(c);
  /** Did the reading give the cell to a row or to labels, or pairing place it (not values no label claimed)? */
  const taken = (c: Cell): boolean => claimedNow().rows.has(c) || placed.has(c);
  /** Where line `line` is in the region's lines (-1 when it is not). */
  let lineIndex: Map<number, number> | null = null;
  const indexOfLine = (line: number): number => (lineIndex ??= new Map(lines.map((l, i) => [l.line, i]))).get(line) ?? -1;
  /** The cells a line prints, blanks aside. */
  const printedAt = (i: number): Cell[] => lines[i]?.cells.filter((c) => c.kind !== 'empty') ?? [];
  /** Does a line print numbers alone? */
  const numbersOnly = (printed: readonly Cell[]): boolean => printed.every((c) => c.kind !== 'text' && numbersIn(c) !== null);
  /** A line's words and the numbers after them, when it prints words, then numbers alone; else null. */
  const wordsThenNumbers = (printed: readonly Cell[]): { words: Cell[]; numbers: Cell[] } | null => {
    const at = printed.findIndex((c) => c.kind !== 'text');
    return at > 0 && numbersOnly(printed.slice(at)) ? { words: printed.slice(0, at), numbers: printed.slice(at) } : null;
  };
  /**
   * The same when its words name no row (a label's rest, `开24`): a row's label and its numbers
   * are a row printed.
   */
  const numbersAfterWords = (printed: readonly Cell[]): { words: Cell[]; numbers: Cell[] } | null => {
    const split = wordsThenNumbers(printed);
    return split !== null && matchRow(matchKey(split.words.map((c) => c.raw).join('')), plan.rows) === null ? split : null;
  };
  /** Each row's label whole as the form prints it (the words the catalog shortens put back), as a matchKey. */
  const formKeys = plan.rows.map((r) => matchKey(r.spec.label).slice(0, -r.ownKey.length) + r.wholeKey);
  /** … and its own words alone: a group's first row's label, as the form prints it, opens with the group's (`（三）不予公开1.属于…`). */
  const ownKeys = plan.rows.map((r, i) => {
    const whole = formKeys[i] ?? '';
    return r.groupKey !== null && whole.startsWith(r.groupKey) ? whole.slice(r.groupKey.length) : whole;
  });
  /** A piece of the words the form prints over several rows (`年度办` of 三、本年度办理结果, wrapped in its column). */
  const laterPiece = (words: string): boolean => words !== '' && plan.laterWords.some((w) => w.includes(words));
  /** Words the form prints over several rows: a group's label, or a piece of a label over the rows. */
  const overRows = (words: string): boolean => words !== '' && (plan.groupLabels.includes(words) || laterPiece(words));
  /** Words the form prints over the row and others, right above its label: its own group's label printed again, or words over the rows. */
  const overOwnRows = (row: FoundRow, words: string): boolean => words !== '' && (words === row.planned.groupKey || laterPiece(words));
  /**
   * Do the printed lines right before lines[i], words over several rows aside, hold numbers alone,
   * `count` of them at least (a row's worth)? Or with those after words on the line above them
   * (`2.其他法律行政法规禁止公⇥131` / `21` … `1849` / `开`: plain pdftotext prints the row's first
   * cell beside its label's first line).
   */
  const numbersAloneBefore = (i: number, count: number): boolean => {
    let numbers = 0;
    const countIn = (cells: readonly Cell[]): number => cells.reduce((n, c) => n + (numbersIn(c)?.length ?? 0), 0);
    for (let j = i - 1; j >= 0; j--) {
      const printed = printedAt(j);
      if (printed.length === 0) continue;
      if (numbersOnly(printed)) {
        numbers += countIn(printed);
        if (numbers >= count) return true;
        continue;
      }
      const split = numbers > 0 ? wordsThenNumbers(printed) : null;
      if (split !== null) return numbers + countIn(split.numbers) >= count;
      if (numbers > 0 || !overRows(matchKey(printed.map((c) => c.raw).join('')))) return false;
    }
    return false;
  };
  /**
   * The words of printed cells, as matchKeys, pieces of the row's group label left out, and the
   * last character of a group's label alone among them (`（五 政机关确` / numbers / `）不予处 认或重新`
   * / `理` / `出具已获`: 理 of （五）不予处理).
   */
  const ownWords = (row: FoundRow, printed: readonly Cell[]): string[] =>
    wordKeys(printed).filter((k) => !plan.isGroupPiece(k) && !plan.isGroupEnd(k) && k !== row.planned.groupKey);
  /**
   * Do lines[i] and the lines of words right above it print the start of the row's label, pieces
   * of its group's label beside them aside (`2.其他法` / `（三）不 律行政法`: 2.其他法律行政法)? The
   * line nearest the numbers may end with the first of them, printed at its height (`（三） 1.` /
   * `不予 属于 16` / `15` … / `公开 国家` / `秘密`).
   */
  const ownStart = (row: FoundRow, i: number): boolean => {
    const key = ownKeys[row.planned.index] ?? '';
    let start = '';
    for (let j = i; j >= 0; j--) {
      const all = printedAt(j);
      if (all.length === 0) continue;
      const words = all.findIndex((c) => c.kind !== 'text');
      const printed = j === i && words > 0 && numbersOnly(all.slice(words)) ? all.slice(0, words) : all;
      if (printed.some((c) => c.kind !== 'text')) return false;
      start = ownWords(row, printed).join('') + start;
      if (start === '' || !key.includes(start)) return false;
      if (key.startsWith(start)) return true;
    }
    return false;
  };
  /**
   * The index of the first line of the row's label that prints its own words, up from its line
   * over lines of words only, back to its label's start at most (`2.其` / `（三 他法律行` / numbers /
   * `）不予公 政法规禁` / `开` / `止公开`, read from `止公开`: the line of `政法规禁`), words no other
   * row's label holds. A line with words that are not its label's (another row's) ends it.
   */
  const ownTop = (row: FoundRow): number => {
    const key = ownKeys[row.planned.index] ?? '';
    const at = indexOfLine(row.line);
    const first = indexOfLine(row.labelStart ?? row.line);
    let top = at;
    for (let j = at - 1; j >= first && j >= 0; j--) {
      const printed = printedAt(j);
      if (printed.length === 0) continue;
      if (printed.some((c) => c.kind !== 'text')) break;
      const own = ownWords(row, printed);
      if (own.some((k) => !key.includes(k))) break;
      // Only words of its own no other row's label holds move it (`申请数量` ends 一、 and 二、 alike).
      if (own.some((k) => [...k].length >= 2 && !ownKeys.some((other, r) => r !== row.planned.index && other.includes(k)))) top = j;
    }
    return top;
  };
  /**
   * Are the words a piece of the row's label as the form prints it (three characters or more) that
   * no other row's holds? A group's first row's label holds the group's words: `不予公开` printed
   * right before numbers before 1.属于国家秘密's label is the group's label printed around them, and
   * where labels follow their numbers those are that first row's.
   */
  const ownPiece = (row: FoundRow, words: string): boolean =>
    [...words].length >= 3 && formKeys[row.planned.index]?.includes(words) === true && !formKeys.some((key, r) => r !== row.planned.index && key.includes(words));
  /** Is every word of the cells (each a space apart) a piece of the row's own label (ownPiece) or of its group's, one at least its own? */
  const ownWithGroup = (row: FoundRow, cells: readonly Cell[]): boolean => {
    const keys = wordKeys(cells.filter((c) => c.kind === 'text'));
    const group = row.planned.groupKey ?? '';
    return keys.some((k) => ownPiece(row, k)) && keys.every((k) => ownPiece(row, k) || group.includes(k));
  };
  /**
   * Do the words begin words over the rows, or the row's group label (a piece of them, two
   * characters or more, not the whole: `三、本`, `三、本年度`, `（六）`)?
   */
  const overSplit = (row: FoundRow, words: string): boolean => {
    const over = row.planned.groupKey === null ? plan.laterWords : [...plan.laterWords, row.planned.groupKey];
    return [...words].length >= 2 && over.some((w) => w.length > words.length && w.startsWith(words));
  };
  /** Are words the table's column header, or its last words (`总计`, `量` of 处理决定数量)? */
  const headerWords = (words: string): boolean => plan.isHeaderWord(words) || plan.columnLabels.some((label) => label.endsWith(words));
  /**
   * Are the words on lines[i] (`words`) the rest of another row's label, not a label whole (a row
   * printed again), wrapped after that row's own numbers: a row's worth of numbers alone right
   * before it (`…禁止公` / `131` … `1849` / `开`), and that row read no numbers after its label (one
   * that did prints labels before numbers: `行政` / `处罚` / `11` / `处罚` / `11` / `行政强制`, a line
   * printed twice)? A rest with no numbers before it (its label's start lost), or fewer (a line
   * printed twice: `密` / `88` / `密` / `88` …), may be followed by its own.
   */
  const restAbove = (row: FoundRow, i: number, words: string): boolean => {
    const restOf = (printed: string): boolean =>
      formKeys.some((key, r) => {
        const other = plan.rows[r];
        if (other === undefined || r === row.planned.index) return false;
        // Its group's label printed before it, on its line (`（三）不予公开 三安全一稳定”`), aside;
        // and its numbering before the end of its words, their start printed above the numbers
        // (`没有现成信息` / numbers / `（四）无法提供 2.需要另行制作`).
        let piece = key.endsWith(printed) ? printed : withoutGroupLabel(printed, other);
        if (other.numbering !== null && piece.startsWith(other.numbering) && !key.endsWith(piece)) piece = piece.slice(other.numbering.length);
        return piece !== '' && key.endsWith(piece) && piece.length < other.wholeKey.length && (readAt[r]?.result.values.every((v) => v === null) ?? true);
      });
    if (!restOf(words)) return false;
    // The rest wrapped over several lines (`用、行 0` / `政机关` / … / `公开申` / `请`), a number of
    // that row's printed beside one of them, as plain pdftotext prints a wrapped row's cells at
    // the heights of its label's lines: the row's worth counts it.
    let top = i;
    let rest = words;
    let beside = 0;
    for (let j = i - 1; j >= 0; j--) {
      const above = printedAt(j);
      if (above.length === 0) continue;
      if (numbersOnly(above)) break;
      const aboveWords = matchKey(above.filter((c) => c.kind === 'text').map((c) => c.raw).join(''));
      // Words of the group's label alone, printed in their own column between the rest's lines
      // (`现成信息需要另` / `无法提供` / `行制作`, （四）无法提供 beside 2.没有现成信息需要另行制作): no piece of the rest.
      if (above.every((c) => c.kind === 'text') && plan.isGroupWord(aboveWords)) continue;
      const more = aboveWords + rest;
      if (!restOf(more)) break;
      rest = more;
      top = j;
      beside += above.reduce((n, c) => n + (c.kind === 'text' ? 0 : (numbersIn(c)?.length ?? 0)), 0);
    }
    return numbersAloneBefore(top, row.planned.spec.columns.length - beside);
  };
  /**
   * The numbers on the lines of numbers alone right before the label of `row` on line `at` (its
   * group's label, printed again on a line of its own, aside), when the reading gave none of them
   * to anything and the words right before them begin the row's label as the form prints it, or
   * end another row's: plain pdftotext prints a label split around its row's numbers (`（一）` / `0`
   * … `26` / `予以公开`), or every label after its numbers (`开` / `24` … `108` / `（三）不予公开` /
   * `3.危及“三安全一稳定”`). Numbers after other words (a label the form does not have) are those
   * words'.
   */
  const looseBefore = (row: FoundRow, at: number): Cell[] | null => {
    const found: Cell[] = [];
    for (let i = indexOfLine(at) - 1; i >= 0; i--) {
      const printed = printedAt(i);
      if (printed.length === 0) continue;
      if (printed.some((c) => held(c) && !afterRestOf.has(c))) return null;
      if (!numbersOnly(printed)) {
        // Words, then numbers on their line (`开24`, a label's rest beside the next row's first number): those are among them.
        const split = numbersAfterWords(printed);
        if (split !== null) found.unshift(...split.numbers);
        const words = matchKey((split?.words ?? printed).map((c) => c.raw).join(''));
        // Words the form prints over several rows, before any number: its own group's label printed
        // again, or a piece of a label over the rows (`三、本` / `（一）` / numbers / `年度办` / `予以公开`).
        if (found.length === 0 && overOwnRows(row, words)) continue;
        if (found.length === 0 || words === '') return null;
        if (formKeys[row.planned.index]?.startsWith(words) === true) return found;
        // The table's column header right above them, or its last words (`处理决定数` / `量` / `0 0 30` /
        // `行政处罚`): numbers no label stands before, the first row's where labels follow their numbers.
        if (headerWords(words)) return found;
        // The rest of another row's label, wrapped after that row's own numbers (restAbove).
        return restAbove(row, i, words) ? found : null;
      }
      found.unshift(...printed);
    }
    return null;
  };
  /**
   * Do numbers that nothing took (or the row's own, found before its label), however many, stand
   * right before the row's label (its first line of its own words, ownTop) where the layout prints
   * labels after their numbers, so that a line of them lost or printed twice leaves them no row's
   * worth? Why, or null:
   * - `split`: the words before them begin the row's label (`（一）` / `0` … / `予以公开`), or are a
   *   piece of it no other row's label holds, or begin the words over the rows or its group's label
   *   (their rest by its label or after it), around a row's worth that reads as the row;
   * - `afterRest`: they are the rest of another row's label, printed after that row's numbers;
   * - `underHeader`: they are the table's column header (the caller takes it for the first row only).
   */
  const splitAround = (row: FoundRow): CellCountWhy | null => {
    let numbers = 0;
    /** The numbers between, top to bottom. */
    const between: Cell[] = [];
    for (let i = ownTop(row) - 1; i >= 0; i--) {
      const printed = printedAt(i);
      if (printed.length === 0) continue;
      // (Numbers the row itself found before its label, more or fewer than its worth, are between as much.)
      if (printed.some((c) => taken(c) && !(row.numbersBefore?.includes(c) ?? false))) return null;
      if (numbersOnly(printed)) {
        numbers++;
        between.unshift(...printed);
        continue;
      }
      // Words, then numbers on their line (`开24`): those are among them, the words end them (looseBefore).
      const split = numbersAfterWords(printed);
      if (split !== null) {
        numbers++;
        between.unshift(...split.numbers);
      }
      const words = matchKey((split?.words ?? printed).map((c) => c.raw).join(''));
      // Its own group's label printed again, or words over the rows, right before its label (looseBefore).
      if (numbers === 0 && overOwnRows(row, words)) continue;
      // Pieces of its own label, its group's beside them (`）不予 认或重 0` / `处理 新出具` / `已获取` /
      // `信息`, the label's lines up from the words found): numbers among them are between its pieces.
      if (ownWithGroup(row, split?.words ?? printed)) {
        if (numbers === 0) continue;
        return 'split';
      }
      if (numbers === 0 || words === '') return null;
      if (formKeys[row.planned.index]?.startsWith(words) === true) return 'split';
      // Or a piece of its own label no other row's has (`（三）不予公开 2.法规禁止公开` / `“三安全一` / 0 17 …
      // 319 / `（三）不予公开 3.危及稳定` / `”`, its label's lines printed around its numbers).
      if (ownPiece(row, words)) return 'split';
      // Its label's start over several lines, beside pieces of its group's label (`2.其他法` /
      // `（三）不 律行政法` / numbers / `予公开 规禁止公` / `开`).
      if (ownStart(row, i)) return 'split';
      // Or the start of the words over the rows, or of its group's label, split around a row's worth
      // that reads as the row, their rest printed by its label or after it (`三、本` / `24` … `80` /
      // `年度办 （一）予以公开`; `三、本年度` / `0` … `108` / `（一）予以公开` / `办理结果`; `（六）` /
      // `8` … `1061` / `其他处 理`): those numbers are a row's under them, maybe its own.
      if (overSplit(row, words) && readsAsRow(row, between, row.planned.sumGroups)) return 'split';
      // Or the rest of another row's label, wrapped after that row's numbers (`…禁止公` / `131` … /
      // `开` / `24` … / `3.危及“三安全一稳定”`): every label after its numbers.
      if (restAbove(row, i, words)) return 'afterRest';
      // Or the table's column header, or its last words, right above them (`总计` / `597` … `9174` /
      // `一、本年新收…`): where labels follow their numbers, those are the row's own.
      return headerWords(words) ? 'underHeader' : null;
    }
    return null;
  };
  /**
   * Does a number of the row, past its first line of numbers, stand after words on its line (the
   * rest of its label: `四、 结转下年度` / `0` / `13 0 8` / `0` / `继续办理 144` / `165`)? Plain pdftotext
   * prints the cell beside a label's line with that line, wherever it stands in the row.
   */
  const restBeside = (row: FoundRow): boolean => {
    const numbers = row.cells.filter((c) => c.kind !== 'empty');
    const first = numbers[0]?.line;
    // Numbers on the label's first line, then more after its rest (`四、结转下年度继续 143 148 139 119`
    // / `办理 … 29 … 101 … 679`): pdftotext -layout wrapping a row, its cells in their columns' order.
    if (first === (row.labelStart ?? row.line)) return false;
    return numbers.some((c) => {
      if (c.line === first) return false;
      const cells = lines[indexOfLine(c.line)]?.cells ?? [];
      const at = cells.indexOf(c);
      return at > 0 && cells.slice(0, at).some((x) => x.kind === 'text');
    });
  };
  /** The numbers on the nearest line above line `line` that prints any (none: at the region's top). */
  const numbersAbove = (line: number): Cell[] => {
    for (let i = indexOfLine(line) - 1; i >= 0; i--) {
      const numbers = printedAt(i).filter((c) => c.kind !== 'text');
      if (numbers.length > 0) return numbers;
    }
    return [];
  };
  /**
   * The numbers on the printed line right after the row's numbers, when nothing took them and the
   * words before them on that line, if any, are a piece of a group's label or of the words over
   * the rows (`提供` of （四）无法提供): a row's numbers printed a line below its label.
   */
  const looseNext = (row: FoundRow): Cell[] | null => {
    const last = row.cells.filter((c) => c.kind !== 'empty').at(-1)?.line;
    if (last === undefined) return null;
    for (let i = indexOfLine(last) + 1; i > 0 && i < lines.length; i++) {
      const printed = printedAt(i);
      if (printed.length === 0) continue;
      if (printed.some(held)) return null;
      const words = matchKey(printed.filter((c) => c.kind === 'text').map((c) => c.raw).join(''));
      if (words !== '' && !plan.groupLabels.some((group) => group.includes(words)) && !laterPiece(words)) return null;
      const numbers = printed.filter((c) => c.kind !== 'text');
      return numbers.length > 0 ? numbers : null;
    }
    return null;
  };
  fitByChance(readAt);
  beforeOwnHeading(readAt, lines);
  /** Are the nearest printed lines on each side of line `i` words alone (a number printed between a label's pieces)? */
  const amidWords = (i: number): boolean => {
    const wordsAt = (step: number): boolean => {
      for (let j = i + step; j >= 0 && j < lines.length; j += step) {
        const printed = printedAt(j);
        if (printed.length > 0) return printed.every((c) => c.kind === 'text');
      }
      return false;
    };
    return wordsAt(-1) && wordsAt(1);
  };
  /** The lines between `a` and `b` that print a number, but for lone lines between label words (`amidWords`). */
  const numberLines = (a: number, b: number): number[] => {
    const found: number[] = [];
    for (let i = firstAfter(lines, a, (l) => l.line); i < lines.length && (lines[i]?.line ?? Infinity) < b; i++) {
      if (lines[i]?.cells.some((c) => c.kind === 'number' || c.kind === 'digits') && !amidWords(i)) found.push(lines[i]!.line);
    }
    return found;
  };
  unsure(readAt, read.items, plan, excused, placed, adjacent, goesOn, rowFollows, location.nextMissing === true, looseBefore, restBeside, looseNext, splitAround, numbersAbove, labelsBetween, numberLines);
  unheaded(readAt, labels, plan, excused);
  const rowsRead = readAt.filter((r): r is ReadRow => r !== undefined);
  if (rowsRead.length === 0) return missing();
  if (plan.columnRules.length > 0) {
    settleAcrossRows(rowsRead, excused, plan.columnRules);
    locateMissingCells(rowsRead, excused, plan.columnRules, lines);
  }
  const rowObjects: Array<Json | undefined> = [];
  for (const { row, result } of rowsRead) {
    for (const d of result.diagnostics) diagnostics.push(d);
    rowObjects[row.planned.index] = rowObject(row.planned.spec.columns, result.values, 0);
  }
  const table = tableValue(plan, rowObjects);
  let lastLine = location.line;
  /** Where the labels of rows no numbers were read for are printed (labels with none right after them, or doubted). */
  const labelAt = new Map<number, number>();
  for (const item of read.items) {
    if (item.kind !== 'labels') continue;
    for (const label of item.labels) if (!labelAt.has(label.planned.index)) labelAt.set(label.planned.index, label.line);
  }
  for (const { spec, index, path, fullPath } of plan.rows) {
    const row = readAt[index]?.row;
    if (row) {
      // In the form's order, whatever the report's: the layout's objects then share their shape.
      rows[fullPath] = { line: row.line, label: row.label };
      lastLine = row.line;
      continue;
    }
    if (excused.has(path)) continue;
    // Its label printed, but no numbers that could be told for its own: said there, not as a row not found.
    const printedAt = labelAt.get(index);
    if (printedAt !== undefined) diagnostics.push(diagnostic('missing-row', 'missing-row.unread', { row: spec.label, table: tablePath, line: printedAt }, fullPath, printedAt));
    else diagnostics.push(diagnostic('missing-row', 'missing-row', { row: spec.label, table: tablePath, after: lastLine }, fullPath, lastLine));
  }
  return { table, diagnostics, rows, columns: printedColumns };
}

/** The lines that print one number and nothing else, found the first time it is asked. */
function loneNumberLines(lines: readonly TokenLine[]): () => ReadonlySet<number> {
  let found: Set<number> | null = null;
  return () => {
    found ??= new Set(lines.filter((l) => {
      const printed = l.cells.filter((c) => c.kind !== 'empty');
      return printed.length === 1 && printed[0]?.kind === 'number';
    }).map((l) => l.line));
    return found;
  };
}

/**
 * A line printed twice in a conversion, one number a line (`247` / `247`, plain pdftotext of a
 * table printed down its columns): the row has a number too many, and the last of its cells is
 * read into a column that is not its own. A row whose cells are printed one a line, two lines one
 * after another printing the same number, that does not add up as printed: read once, one cell
 * short, saying so (the note is the table's, so that the row's own diagnostics stay those of a
 * row printed short). It stays so read only where the table's column rules fail it as printed and
 * find its missing cell read once (missingCellFound, once every row is read); buildTable puts it
 * back as printed otherwise (`0` / `0` in a row whose 总计 is left 0, its columns holding, is the
 * report's own slip). A row that adds up as printed, two lines alike or not, is as printed; so is
 * one with two such pairs.
 */
function lineTwice(row: FoundRow, context: RowContext, result: RowValues, lone: () => ReadonlySet<number>): { read: ReadRow; note: PendingDiagnostic } | null {
  const { sumGroups } = row.planned;
  if (sumGroups.length === 0 || result.values.some((v) => v === null) || groupsAddUp(result.values, sumGroups)) return null;
  const printed = row.cells.filter((c) => c.kind !== 'empty');
  const twice = printed.flatMap((cell, i) => {
    const next = printed[i + 1];
    return next !== undefined && cell.kind === 'number' && next.kind === 'number' && cell.raw.trim() === next.raw.trim() && cell.line !== next.line ? [i + 1] : [];
  });
  const [again] = twice;
  if (twice.length !== 1 || again === undefined) return null;
  const first = printed[again - 1];
  const repeated = printed[again];
  if (first === undefined || repeated === undefined || !lone().has(first.line) || !lone().has(repeated.line)) return null;
  if (printed.length !== context.columns.length) return null;
  const cells = row.cells.filter((c) => c !== repeated);
  const once = rowValues(cells, context);
  const note = diagnostic('duplicate-row', 'duplicate-row.line', { row: row.label, line: repeated.line, other: first.line, value: repeated.raw.trim() }, context.path, repeated.line);
  return { read: { row: { ...row, cells }, context, result: once }, note };
}

/** The fewest lines of numbers a stretch printed again inside a row holds for linesTwice (one is lineTwice's). */
const LEAST_TWICE = 2;

/**
 * Lines printed twice in a conversion, one number a line, two lines or more (`196` / `19` / `196` /
 * `19`): the row's numbers from there on are moved by the stretch, and which are its cannot be
 * told. A row whose cells are printed one a line, a stretch of such lines printed again right after
 * itself, that does not add up as printed: null, saying so (`ambiguous-pairing.repeated`). One line
 * printed again is lineTwice's; a row that adds up as printed is as printed.
 */
function linesTwice(row: FoundRow, result: RowValues, lone: () => ReadonlySet<number>): PendingDiagnostic | null {
  const { sumGroups } = row.planned;
  if (sumGroups.length === 0 || result.values.some((v) => v === null) || groupsAddUp(result.values, sumGroups)) return null;
  const printed = row.cells.filter((c) => c.kind !== 'empty');
  if (printed.length > 2 * result.values.length) return null;
  const alone = (i: number): boolean => {
    const c = printed[i];
    return c !== undefined && c.kind === 'number' && lone().has(c.line);
  };
  for (let k = LEAST_TWICE; 2 * k <= printed.length; k++) {
    for (let i = 0; i + 2 * k <= printed.length; i++) {
      let same = true;
      for (let j = 0; j < k && same; j++) same = alone(i + j) && alone(i + k + j) && printed[i + j]?.raw.trim() === printed[i + k + j]?.raw.trim() && printed[i + j]?.line !== printed[i + k + j]?.line;
      if (!same) continue;
      const first = printed[i]?.line ?? row.line;
      const from = printed[i + k]?.line ?? first;
      const to = printed[i + 2 * k - 1]?.line ?? from;
      const numbers = printed.slice(i, i + k).map((c) => c.raw.trim()).join(' ');
      return diagnostic('ambiguous-pairing', 'ambiguous-pairing.repeated', { row: row.label, first, from, to, numbers }, row.planned.fullPath, from);
    }
  }
  return null;
}

/**
 * Lines printed twice in a conversion (a row of the table printed again, `duplicate-row`) can put
 * a small table's line of numbers again under a later small table's heading and column headers
 * (part 四 as three small tables: 行政复议's heading, headers and line, then 行政诉讼（复议后起诉）'s
 * heading and headers, then those lines printed again). There, a headed row that prints the very
 * numbers of an earlier row of the table, every cell, may be showing that row's line again: it is
 * null (`ambiguous-pairing.copied`). Rows printed with their own labels on their lines carry those
 * labels when printed again; and without a repeat in the table, rows alike (all 0) are as printed.
 */
function copied(readAt: Array<ReadRow | undefined>, found: readonly PendingDiagnostic[]): void {
  if (!found.some((d) => d.code === 'duplicate-row')) return;
  const full = readAt
    .filter((r): r is ReadRow => r !== undefined && r.result.values.every((v) => v !== null))
    .sort((a, b) => a.row.line - b.row.line);
  for (const [k, r] of full.entries()) {
    if (!r.row.headed) continue;
    const earlier = full.slice(0, k).find((e) => e.row.line < r.row.line && sameValues(e.result.values, r.result.values));
    if (earlier === undefined) continue;
    const params = { row: r.row.label, other: earlier.row.label, line: earlier.row.line };
    const problem = diagnostic('ambiguous-pairing', 'ambiguous-pairing.copied', params, r.context.path, r.row.line);
    readAt[r.row.planned.index] = emptied(r, problem);
  }
}

const sameValues = (a: readonly (number | null)[], b: readonly (number | null)[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Whether no line of `lines` with a cell that is `kind` lies strictly between two lines: a binary
 * search over those lines' numbers, found the first time it is asked (pairing asks only when
 * labels stand apart from numbers), as a table may print 300,000 lines.
 */
function nothingBetween(lines: readonly TokenLine[], kind: (cell: Cell) => boolean): (a: number, b: number) => boolean {
  let found: number[] | null = null;
  return (a, b) => {
    found ??= lines.filter((l) => l.cells.some(kind)).map((l) => l.line);
    return (found[firstAfter(found, a, (n) => n)] ?? Infinity) >= b;
  };
}

/** The index of the first of `sorted` (ascending by `lineOf`) past line `a`: a binary search. */
function firstAfter<T>(sorted: readonly T[], a: number, lineOf: (x: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = sorted[mid];
    if (x === undefined || lineOf(x) > a) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Does the row read with values its own sums check and find adding up? */
const checked = (read: ReadRow): boolean =>
  read.row.planned.sumGroups.length > 0 && read.result.values.every((v) => v !== null) && groupsAddUp(read.result.values.map((v) => v ?? 0), read.row.planned.sumGroups);

/**
 * Does the row's label as printed end, after its own words, with one of the table's column labels
 * (`政府集中采购 本年新制作数量`; not `3.其他`, whose own words end with the column label 其他)?
 */
const endsWithColumnLabel = (row: FoundRow, plan: TablePlan): boolean => {
  const key = matchKey(row.label);
  if (key.endsWith(row.planned.ownKey)) return false;
  return plan.columnLabels.some((label) => label.length >= 2 && key.endsWith(label));
};

/** Numbers other than 0 a row's values must hold for two rows reading them alike to be a line printed twice, not chance. */
const LENT_NUMBERS = 3;

/** Does a row read values another print could have lent it: every cell read, three numbers other than 0 among them? */
const lendable = (values: ReadonlyArray<number | null>): boolean => values.every((v) => v !== null) && values.filter((v) => v !== 0).length >= LENT_NUMBERS;

/**
 * Does another row printed before `r` read the same values as `r`, three numbers other than 0
 * among them? Two rows of a report rarely print the same numbers; a line of numbers printed twice
 * in a conversion gives them to the label after it.
 */
function lentBy(r: ReadRow, readAt: ReadonlyArray<ReadRow | undefined>): boolean {
  const values = r.result.values;
  if (!lendable(values)) return false;
  return readAt.some((o) => o !== undefined && o !== r && o.row.line < r.row.line && o.result.values.length === values.length && o.result.values.every((v, j) => v === values[j]));
}

/**
 * Are the values `r` reads, three numbers other than 0 among them, printed one after another among
 * the numbers of the labels printed apart from them that `label` is one of, before `r`'s label,
 * another of them a row read nowhere (the line they start on, and how many labels)? The same line of
 * numbers printed twice in a conversion, once after a run of labels that do not pair with it, once
 * after one of those labels printed again: whose it is, the run could not tell, nor can this print.
 */
function lentByRun(r: ReadRow, label: RowLabel, items: readonly ReadItem[], readAt: ReadonlyArray<ReadRow | undefined>): { line: number; labels: number } | null {
  const values = r.result.values;
  if (!lendable(values)) return null;
  const run = items.find((item): item is Extract<ReadItem, { kind: 'labels' }> => item.kind === 'labels' && item.labels.includes(label));
  // Printed after the run (its numbers printed again), of several labels.
  if (run?.values == null || run.labels.length < 2 || run.values.some((l) => l.line >= r.row.line)) return null;
  // Another of the labels, of a row read nowhere, may be theirs (a row read elsewhere has its own).
  const unread = (other: RowLabel): boolean => other.planned !== label.planned && (readAt[other.planned.index]?.result.values.every((v) => v === null) ?? true);
  if (!run.labels.some(unread)) return null;
  const printed = run.values.flatMap((l) => l.cells.filter((c) => c.kind !== 'empty').map((c) => ({ value: numericValue(c), line: l.line })));
  for (let at = 0; at + values.length <= printed.length; at++) {
    if (values.every((v, j) => printed[at + j]?.value === v)) return { line: printed[at]?.line ?? label.line, labels: run.labels.length };
  }
  return null;
}

/** A row printed twice, `dropped` not read: the duplicate-row diagnostic at `dropped`'s line. */
function twice(dropped: RowLabel, kept: RowLabel): PendingDiagnostic {
  return dropped.line > kept.line
    ? diagnostic('duplicate-row', 'duplicate-row', { row: dropped.label, repeats: 1 }, dropped.planned.fullPath, dropped.line)
    : diagnostic('duplicate-row', 'duplicate-row.unread', { row: dropped.label, kept: kept.line }, dropped.planned.fullPath, dropped.line);
}

/**
 * Rows whose digits a cut recovered (`recovered-digits`: `271 0 25 17` read as 2 7 1 0 2 5 17), in
 * a table where two rows or more print as many numbers a space apart and fit no cut: the table
 * prints that many of each row's cells on its line and the others elsewhere (plain pdftotext of a
 * table cut into column blocks), and a row whose digits happen to fit a cut is as short as they
 * are. Left unread (cell-count, `pattern`).
 */
function fitByChance(readAt: Array<ReadRow | undefined>): void {
  /** How many rows fit no cut, by the count of groups they printed. */
  const unfit = new Map<number, number>();
  for (const read of readAt) {
    for (const d of read?.result.diagnostics ?? []) {
      if (d.message !== 'unrecoverable-digits' || !fitsNoCut(d)) continue;
      const groups = printedGroups(d.params.printed);
      unfit.set(groups, (unfit.get(groups) ?? 0) + 1);
    }
  }
  readAt.forEach((read, i) => {
    const recovered = read?.result.diagnostics.find((d) => d.message === 'recovered-digits');
    if (read === undefined || recovered?.message !== 'recovered-digits' || (unfit.get(printedGroups(recovered.params.printed)) ?? 0) < 2) return;
    readAt[i] = unreadAs(read, 'pattern');
  });
}

/**
 * Rows of part 二 read from numbers printed before their own small table's heading, printed
 * further on in its place (underHeaders' headingsInPlace). The label and the numbers then stand in
 * an earlier small table's stretch, and the numbers are that table's (plain pdftotext of a page
 * whose cells Chromium drew out of order: `行政 许可` / `信息内容` / `行政 处罚` / `行政 强制` / `5` /
 * `第二十条第（六）项` / `本年处理决定数量` / `0` / `12`, 5 行政许可's). Left unread (`beforeHeading`).
 * A heading on the numbers' line (a report run into one line) is not after them.
 */
function beforeOwnHeading(readAt: Array<ReadRow | undefined>, lines: readonly TokenLine[]): void {
  let headings: Map<string, number> | null = null;
  readAt.forEach((read, i) => {
    const item = read?.row.planned.spec.item;
    if (read === undefined || item === undefined || read.result.values.every((v) => v === null)) return;
    const heading = (headings ??= headingsInPlace(lines)).get(matchKey(item));
    const last = read.row.cells.filter((c) => c.kind !== 'empty').at(-1)?.line;
    if (heading !== undefined && last !== undefined && last < heading) readAt[i] = unreadAs(read, 'beforeHeading');
  });
}

/** The row as read, its values left unread for `why` (cell-count, as printed). */
function unreadAs(read: ReadRow, why: CellCountWhy): ReadRow {
  const { row } = read;
  const problem = diagnostic('cell-count', 'cell-count.unchecked', { row: row.label, cells: row.planned.spec.columns.length, quoted: asPrinted(row.cells), why }, read.context.path, row.line);
  return emptied(read, problem);
}

/** The row read as nothing, `problem` saying why. */
function emptied(read: ReadRow, problem: PendingDiagnostic): ReadRow {
  return { ...read, result: { values: Array(read.row.planned.spec.columns.length).fill(null), diagnostics: [problem] } };
}

/**
 * A row read where it was printed, whose numbers do not add up, that may hold numbers not its own
 * or have lost its own: it has a blank cell at an end and numbers with no label follow it (a line
 * split before its last cell, and a blank filler cell taken for its first), or it is printed over
 * several lines and rows of the form after it are missing (lines or labels lost: some of its
 * numbers may be theirs), or it prints at one end, on a line of its own, a cell that is no value
 * and the table's column equations do not confirm it as printed (junkAtEnd). Its own sums are what
 * would tell; as they do not add up, the row is null with `cell-count`. A row that adds up (or has
 * no sums) is kept, unless its numbers stand apart from its label (a number a line, or on lines
 * after the label's) and the rows right after it in the form are missing: a whole row's numbers
 * add up whoever's they are, and lines lost there (the next rows' labels, this row's own numbers)
 * leave another row's numbers right after this label (`lost`), or when the next row of the form's
 * label follows them with no numbers of its own (`bare`: printed after its numbers, they are its,
 * this row's own lost before its label). A row with no sums that has a blank cell at an end and
 * numbers with no label after it is null too (`followedNoSums`): no sums tell. A row printed over several lines
 * whose sums fail, and most of whose column equations fail too while the table's other rows add
 * up, has had its numbers moved by a line lost or printed twice (`columns`). A row whose label
 * stands alone on its line right after a row's worth of numbers that read as its own, that no row
 * took (or whose row was left null so), may have its label printed after its numbers: whichever
 * reads, it is null (`before`), and so is each row after it printed the same way. The table's last
 * row, where the next part's heading is nowhere, is null when the next table goes on from its middle
 * right after its numbers (`lostAfter`), or when it is printed over several lines and its sums fail
 * (`lastGap`). Each row up a stretch of labels and numbers before a `bare` one (or one read with
 * no values that would be: a row's worth give or take one) is null in a table that prints a label
 * after its numbers somewhere (`bareChain`). Where the layout prints labels
 * after their numbers, numbers nothing took right before a label leave the row null whatever their
 * count (a line of them lost or printed twice): between its label's pieces (`split`), under the
 * table's header before its first row (`underHeader`), after another row's label rest
 * (`afterRest`), after a row left null so (`afterUnread`); and right after a row printed with more
 * numbers than its cells, its first row's worth failing its sums, two or more beyond it stand right
 * before a label: they may be the start of that row's own (`spill`). A row on one line whose sums
 * fail, no column rule confirming it, right after a row printed with more or fewer numbers than its
 * cells on the line above, may hold some of that row's (`runInto`); one that adds up but whose
 * column rules give its numbers in another order has a number out of its column's place
 * (`orderLine`, as `order` over lines). A row that nothing suggests has lost or taken numbers (a report's own arithmetic
 * error) is kept.
 */
function unsure(
  readAt: Array<ReadRow | undefined>,
  items: readonly ReadItem[],
  plan: TablePlan,
  excused: ReadonlySet<string>,
  placed: ReadonlySet<Cell>,
  adjacent: (a: number, b: number) => boolean,
  goesOn: (a: number, b: number, count: number) => boolean,
  rowFollows: (a: number) => boolean,
  nextMissing: boolean,
  looseBefore: (row: FoundRow, line: number) => Cell[] | null,
  restBeside: (row: FoundRow) => boolean,
  looseNext: (row: FoundRow) => Cell[] | null,
  splitAround: (row: FoundRow) => CellCountWhy | null,
  numbersAbove: (line: number) => Cell[],
  labelsBetween: (a: number, b: number, row: PlannedRow) => boolean,
  numberLines: (a: number, b: number) => number[],
): void {
  /** The numbers of the row item before, when it was left unread as `before`: they may be the next row's. */
  let chain: Cell[] | null = null;
  /** Whether `chain` is of a row left unread because its own numbers may stand before its label (`before`, and splitAround's reasons whatever their count, `afterUnread`). */
  let chainAround = false;
  /** The rows' states for the column equations, made when first asked and again after a row is left unread. */
  let states: Map<string, RowState> | null = null;
  const statesNow = (): Map<string, RowState> => (states ??= statesOf(readAt, excused));
  /** Rows left unread as `bare` (or `bareChain`): their own numbers may be those right before their label. */
  const bare = new Set<FoundRow>();
  /** Rows left unread because their label may stand a line above another row's numbers (`between`, `nowhere`, `betweenChain`). */
  const aboveItsNumbers = new Set<FoundRow>();
  /** The numbers of a values item (numbers no label came before) that pairing placed nowhere. */
  const valuesAfter = (item: ReadItem | undefined): Cell[] | null => {
    if (item?.kind !== 'values') return null;
    const cells = item.lines.flatMap((l) => l.cells).filter((c) => c.kind !== 'empty');
    return cells.some((c) => placed.has(c)) ? null : cells;
  };
  /** Is the item before `row` the form's row before it, left unread so? */
  const afterAbove = (row: FoundRow, before: ReadItem | undefined): boolean =>
    before?.kind === 'row' && aboveItsNumbers.has(before.row) && before.row.planned.index === formRowBefore(row.planned.index, plan, excused);
  /** Rows left unread because a row's worth right before their label reads as theirs (`before`, `beside`). */
  const doubtedBefore = new Set<FoundRow>();
  /** The rows of the form some item names (a row read, labels). */
  const named = new Set(items.flatMap(namedIndexes));
  /** Is the row of the form before `row` (rows the report may leave out aside) named nowhere, its label lost? */
  const lostBefore = (row: FoundRow): boolean => {
    const before = formRowBefore(row.planned.index, plan, excused);
    return before >= 0 && !named.has(before);
  };
  /**
   * Does the table show a label printed after its numbers somewhere: more lines of numbers between
   * two labels than rows, or numbers no row took right before a label?
   */
  const mixed = items.some((it) => (it.kind === 'labels' && it.values !== null && it.values.length > it.labels.length) || (it.kind === 'row' && it.row.numbersBefore !== undefined));
  /** The table's first row item: numbers under the header before its label are its own only. */
  const firstRow = items.findIndex((it) => it.kind === 'row');
  items.forEach((item, k) => {
    const previous = chain;
    const previousAround = chainAround;
    chain = null;
    chainAround = false;
    if (item.kind !== 'row') return;
    const { row } = item;
    const read = readAt[row.planned.index];
    const groups = row.planned.sumGroups;
    if (read?.row !== row) return;
    // Read by its group's label alone (`（六）其` / `他处理` / 233 0 0 0 21 0 254: the catalog's 3.其他
    // where a report prints the group as one row), and after it the table prints the group's rows
    // by their own labels (`（六）其他 2.申请人逾期未按收费通知…`): the group stands there as its
    // label, and the numbers after it may be any of its rows' (here (六)1.'s, its label far on).
    if (read.result.values.some((v) => v !== null) && row.planned.groupKey !== null && groupLabelsOnly(matchKey(row.label), plan) && siblingIn(row.planned, namedByOwnWords(items.slice(k + 1), plan), plan)) {
      unread(read, 'groupLabel');
      return;
    }
    // Numbers of a row's print not kept right before the label: no row's only where the print kept
    // is in doubt the same way (the row printed twice, labels after their numbers).
    const numbersBefore = row.numbersBefore ?? (row.numbersAgain && doubtedBefore.has(row.numbersAgain.of) ? row.numbersAgain.cells : undefined);
    // Its label alone on its line between two runs of numbers, each a row's worth that reads as the
    // row: a label printed after its numbers (`49` / `146` / `3444` / `规章` / `38` / …) cannot be
    // told from one printed before them, and then neither can the rows after it printed the same way.
    // The numbers before it are those right before its label, a header between them a new table's.
    // On a line that prints those numbers before the label (a report run into one line, whose
    // spaces stand where its lines broke), the label may have been alone on its line as well; but
    // there every row's numbers stand right before the next label, so the doubt goes no further.
    const labelLine = row.labelStart ?? row.line;
    // Or numbers right before its own words that nothing took (its label split around them; not
    // before words of another row's label that end before its own, `开 家秘` / `密` / `2.其`).
    // (The row before's numbers, left unread, may stand further up than those: a label lost between.)
    const nextTo = (cells: Cell[] | null): boolean => cells !== null && adjacent(cells.at(-1)?.line ?? Infinity, labelLine);
    const before = previous ?? overfull(items[k - 1], readAt);
    const earlier = before !== null && nextTo(before) ? before : (looseBefore(row, row.line) ?? before);
    const right = nextTo(earlier);
    const apart = row.labelEnd !== undefined && firstValueLine(row.cells) > row.labelEnd;
    /** Its numbers over several lines, or on lines after its label's: another row's whole may stand there. */
    const spread = spansLines(row.cells) || apart;
    const runIn = row.labelEnd !== undefined && (numbersBefore ?? earlier)?.at(-1)?.line === labelLine;
    // Its numbers on its label's line, a row's worth no row took right before the label that reads
    // as the row as well, and the next row of the form read with no numbers: the layout that prints
    // labels after their numbers may have run this label into the next row's numbers (`11 … 371` /
    // `（四）无 1.本机关不掌握相关政府信息⇥32 … 475` / `法提供 2.没有现成信息需要另行制作`).
    const besides = numbersBefore !== undefined && nextUnread(row.planned.index, readAt, plan, excused);
    if (!row.wrapped && (apart || runIn || besides) && readsBefore(row, numbersBefore ?? (right ? earlier : null), groups, placed)) {
      chain = apart ? row.cells : null;
      chainAround = apart;
      doubtedBefore.add(row);
      if (read.result.values.some((v) => v !== null)) unread(read, apart || runIn ? 'before' : 'beside');
      return;
    }
    // In a table that shows a label printed after its numbers somewhere (`mixed`), its numbers
    // after its label, right after a row left unread for printing more numbers than its cells,
    // whose first row's worth does not add up, the rest fewer than a row's worth (`上年结转…` /
    // `16 234 0 2 27 23 27 5 108` / `（一）予以公开` / `0 0 3 25 94 0 122`, a line of 二、's numbers lost
    // with （一）'s first two): where labels are printed after their numbers, or split around them,
    // the numbers before this label are two rows' pieces, the last this row's start, and the numbers
    // after its label the next row's. Which cannot be told. (A first row's worth that adds up is
    // that row's, the rest strays: `13 103 0 0 0 0 116` / `229` / `553` / `7.属于…`; so is one
    // number alone, a page's number or a cell out of its place.)
    const spill = apart && !row.wrapped && previous === null && read.result.values.some((v) => v !== null) ? overfull(items[k - 1], readAt) : null;
    const spilt = spill === null ? 0 : (countsIn(spill)?.length ?? 0);
    if (spill !== null && mixed && nextTo(spill) && spilt >= 2 && spilt < row.planned.spec.columns.length && worthFails(items[k - 1])) {
      unread(read, 'spill');
      return;
    }
    // Right after the numbers of the row before, left unread so, whatever their count: where labels
    // follow their numbers, those are this row's, and its numbers after its label the next row's.
    // Its label printed around numbers nothing took, not a row's worth (a line of them lost or printed
    // twice): those are its own, and its numbers after the label may be the next row's. (Under the
    // header, only for the table's first row: a label before the header and its pieces among the
    // numbers, `一、本年新收…` / `自然人` / `1583` / `商业企业` …, is the row those are.)
    // A row read with no values (too many numbers after its label) passes the doubt on all the same.
    const labelFirst = !row.wrapped && apart;
    const looseWhy = labelFirst && previousAround && previous !== null && nextTo(previous) ? 'afterUnread' : labelFirst ? splitAround(row) : null;
    const around = looseWhy === 'underHeader' && firstRow !== k ? null : looseWhy;
    if (around !== null) {
      chain = row.cells;
      chainAround = true;
      if (read.result.values.some((v) => v !== null)) unread(read, around);
      return;
    }
    if (read.result.values.every((v) => v === null)) {
      // Read with no values, its numbers after its label a row's worth give or take one (`（六）其他处理`
      // / `719` / `2390` / `619742` …, two lines run together; or one cut in two): where the next
      // row's label follows them with none certainly its own, they may be that row's all the same,
      // and the row before's, right before this label, this row's (`bareChain`, below).
      const printed = countsIn(row.cells)?.length ?? 0;
      const worth = row.planned.spec.columns.length;
      if (spread && printed > 0 && printed <= worth + 1 && bareNext(row, items[k + 1], items[k + 2], readAt, plan, excused, labelsBetween)) bare.add(row);
      return;
    }
    const values = read.result.values;
    // Its last number ends its line and the next line opens with a number no label claims (`行政许可⇥2` /
    // `941`): one number may have been cut in two by a line break, its rest there. A row that adds up
    // tells it was not (its sums would fail); one with no sums, or whose sums fail, cannot.
    if ((groups.length === 0 || !groupsAddUp(values, groups)) && cutAtEnd(row.cells, row.planned.spec.columns.length, items[k + 1])) {
      unread(read, 'cut');
      return;
    }
    if (groups.length === 0 || groupsAddUp(values, groups)) {
      // Adding up (or a row with no sums) tells nothing when the numbers may be another row's
      // whole: a number a line, and the rows right after it in the form lost (their labels, and
      // maybe this row's numbers).
      if (spread && missingAfter(row.planned.index, items.slice(k + 1), readAt, plan, excused)) unread(read, 'lost');
      // Numbers over several lines that add up, whose columns the table's column rules set to the
      // same numbers in another order: a row's sum holds in any order, and the print put a number
      // out of its column's place (`四、结转下年度继续办理` / `776` / `689` / … where the form has 689
      // first). Unread, the table read whole in the form's order may put it back. On one line too
      // (`（七）总计  842  432 1724  2874 …`, pdftotext -layout putting 科研机构's 842 first, a cell
      // drawn a little higher than its row's others), where it is as likely a row misprinted so
      // (`orderLine`: the whole table's reading leaves it be, formOrder.ts).
      else if (outOfOrder(row.planned.path, values, statesNow(), plan)) unread(read, spansLines(row.cells) ? 'order' : 'orderLine');
      // A number printed after its label's rest on a later line, and no column rule confirms the
      // order (`四、 结转下年度` / `0` / `13 0 8` / `0` / `继续办理 144` / `165`, its 144 first in the
      // form, printed with the label's second line): as likely out of its column's place.
      else if (spansLines(row.cells) && restBeside(row) && !columnsHold(row.planned.path, values, statesNow(), plan)) unread(read, 'rest');
      // The table's last row, its numbers apart from its label, and after them a column of the next
      // table printed column by column, under its label alone, not its first: lines lost after the
      // row's label, the next part's heading among them, may have left the end of the column before
      // it here (`行政事业性收费` / `535` / `商业企业` / `1937` …: 1598, part 三's heading and header and
      // 自然人's numbers lost but the last). Where the next table's header stands between (its heading
      // alone lost), the numbers before it are the row's.
      else if (spread && (lastBeforeLoose(row, items[k + 1], plan, excused, goesOn) || lastBeforeRow(row, plan, excused, rowFollows))) unread(read, 'lostAfter');
      // Its numbers after its label, which is only its end (`具已获取信息`), and right before it a
      // label read as no row's, with numbers after it, holding words of this label's start (`不予处 或重`,
      // （五）5.要求行政机关确认或重新出具已获取信息's): the label is printed around its own numbers, those
      // (`5.要求 行政 机关 （五）确认` / `0 110 0 1892 2 2004` / `不予处 或重 0` / … / `具已获取信息`), and where
      // the next row of the form is not read, these may be its, printed before its label.
      else if (apart && startBefore(row) && nextUnread(row.planned.index, readAt, plan, excused)) unread(read, 'splitEarlier');
      // Its numbers after its label, and right after them the next row of the form's label, read
      // with no numbers, and no numbers after that label certainly its own (those of a row printed
      // on its label's line, or fewer lines than labels) (`1.本机关不掌握…` / `32 … 475` /
      // `2.没有现成信息需要另行制作` / `3.补正后… 128 …`):
      // where labels are printed after their numbers, they are that row's, this row's own lost
      // before its label. (Numbers after the bare label, or none at all, a table cut short: that
      // row's own are there or lost, and this row's are its own.)
      else if (spread && bareNext(row, items[k + 1], items[k + 2], readAt, plan, excused, labelsBetween)) {
        unread(read, 'bare');
        bare.add(row);
      }
      // A row with no sums whose numbers stand apart from its label, after a row that printed fewer
      // cells than it has (its others printed further on: plain pdftotext prints a row's first cell
      // by its label and the rest after the next label): some of these numbers may be that row's.
      else if (spread && groups.length === 0 && shortRow(items[k - 1])) unread(read, 'short');
      // Its first numbers by its label, the rest apart, after rows left unread that print as many by
      // their labels and no more: the rest may be one of theirs (`completesShort`).
      else if (spread && completesShort(row, values, items.slice(0, k), readAt, numberLines)) unread(read, 'completes');
      // Numbers over several lines that add up only as zeros do (one number at most, and its
      // total), and right after them more numbers no label claims and pairing placed nowhere: where
      // the row's numbers end among them cannot be told, and such sums hold for most cuts (plain
      // pdftotext printing a table's numbers a line or two at a time, out of row order: `3.补 0 0` /
      // `正后` / `申请` / `0 0 10` / `0 10` / `0 0` / `3 0` / `38` …, read 0 0 0 0 10 0 10).
      else if (spansLines(row.cells) && weakSums(values, groups) && looseAfter(items[k + 1], placed)) unread(read, 'followedSpan');
      // Its numbers on its label's line, right after the label of the form's row before it printed
      // with no numbers, and right after them a row's worth no label claims that reads as the row
      // as well: where each label stands a line above its numbers (pdftotext -layout of a label
      // centred a line high: `1.本机关不掌握…` / `（四）无法 2.没有现成… 0 12 15 14 6 30 77` / `提供 209 …`),
      // these are that row's and its own come after. So too with no numbers after them, when the
      // row before's are nowhere (`nowhere`: its own, `提供 209 …`, lost): these may be that row's.
      else if (!spansLines(row.cells) && groups.length > 0 && bareBefore(row, items[k - 1], plan, excused)) {
        const why = readsAsRow(row, looseNext(row) ?? [], groups) ? 'between' : readNowhere(items[k - 1], items, readAt, placed, numbersAbove) ? 'nowhere' : null;
        if (why !== null) {
          unread(read, why);
          aboveItsNumbers.add(row);
        }
      }
      // So too right after such a row, the form's row before it, left unread so: where each label
      // stands a line above its numbers, these are that row's, and the row's worth after them its
      // own (`1.本机关不掌握…` / `（四）无 2.没有现成… 8 … 1315` / `法提供 3.补正后… 1 … 84` / `7 … 2366`).
      else if (!spansLines(row.cells) && groups.length > 0 && afterAbove(row, items[k - 1]) && readsAsRow(row, valuesAfter(items[k + 1]) ?? [], groups)) {
        unread(read, 'betweenChain');
        aboveItsNumbers.add(row);
      }
      // So too where the row before in the form is named nowhere, its label lost (`8.属于行政查询事项 …`
      // / `（四）无法 2.没有现成… 0 12 15 14 6 30 77` / `提供 209 …`, the line of `1.本机关不掌握…` lost).
      else if (!spansLines(row.cells) && groups.length > 0 && lostBefore(row) && readsAsRow(row, looseNext(row) ?? [], groups)) {
        unread(read, 'betweenLost');
        aboveItsNumbers.add(row);
      }
      // A row with no sums, a blank cell at an end, and numbers with no label right after it
      // (`行政事业性收费⇥⇥5` / `-2`): its line may have been run into another and a blank taken for
      // its cell, its last number then on the next line; no sums tell.
      else if (groups.length === 0 && followedBy(row, values, items[k + 1])) unread(read, 'followedNoSums');
      return;
    }
    const followed = followedBy(row, values, items[k + 1]);
    const shifted = junkAtEnd(row.cells, values, groups);
    const why = followed
      ? 'followed'
      : spansLines(row.cells) && missingAfter(row.planned.index, items.slice(k + 1), readAt, plan, excused)
        ? 'gap'
        : // The table's last row over several lines, the next part's heading nowhere: lines lost after it
          // may have taken its last numbers and left the next table's (`四、结转下年度继续办理` / `332` …
          // `141` / `2098`, its total and part 四 lost but part 四's last total).
          spansLines(row.cells) && nextMissing && formRowAfter(row.planned.index, plan, excused) >= plan.rows.length
          ? 'lastGap'
          : shifted && !columnsConfirm(row.planned.path, values, shifted, readAt, plan, excused)
          ? 'junk'
          : spansLines(row.cells)
            ? overLines(columnsSay(row.planned.path, values, readAt, plan, excused), keepsItsSums(readAt, row))
            : // On one line, no column rule confirming it, right after a row printed with more or
              // fewer numbers than its cells on the line above: numbers of the two may have changed
              // lines (pdftotext -layout of a label over two lines: `1.本机关不掌握相关政府信息 538` /
              // `2.没有现成… 26 2072 18 30 24 10 692` / `理结果  90 13 4 21 174`, 26 20 run into 2072;
              // cells drawn at other heights: `2.没有现成… 0 0 12 0 0 45 0 252 506` / `3.补正后… 0 21 0 0
              // 15 0 27` / `度办理结 48 0 69`, 3.'s 48 and 69 a line down, 15 and 27 another row's).
              columnsSay(row.planned.path, values, readAt, plan, excused) !== null && miscountBefore(row, items[k - 1])
              ? 'runInto'
              : null;
    if (why !== null) unread(read, why);
  });
  // A row left unread as `bare` may have its own numbers printed right before its label; those
  // stand after the label of the row before it, which took them (`7.属于行政执法案卷` / `80 … 437` /
  // `8.属于行政查询事项` / `11 … 371` / `（四）无 1.本机关…` / `32 … 475` / `2.没有现成信息…`, the
  // line of 8.'s own lost). Then that row's own may have been lost, or printed before its label in
  // turn: each row up the stretch where labels and a row's worth of numbers alternate is in doubt.
  // Only where the table shows a label printed after its numbers somewhere (`mixed`): a table that
  // prints every label before its numbers leaves the doubt with the bare row.
  for (let k = items.length - 2; mixed && k >= 0; k--) {
    const item = items[k];
    const next = items[k + 1];
    if (item?.kind !== 'row' || next?.kind !== 'row' || !bare.has(next.row) || !lentBack(item.row, next.row, readAt, plan, excused, adjacent)) continue;
    const read = readAt[item.row.planned.index];
    if (read === undefined) continue;
    unread(read, 'bareChain');
    bare.add(item.row);
  }
  /**
   * Is the item before `row` a row left unread that prints more or fewer numbers than its cells, on
   * the line right above (some of them may be on this row's line, or this row's on that one)?
   */
  function miscountBefore(row: FoundRow, before: ReadItem | undefined): boolean {
    if (before?.kind !== 'row' || readAt[before.row.planned.index]?.result.values.some((v) => v !== null) !== false) return false;
    const printed = countsIn(before.row.cells);
    const last = before.row.cells.findLast((c) => c.kind !== 'empty')?.line;
    return printed !== null && printed.length !== before.row.planned.spec.columns.length && last !== undefined && adjacent(last, row.labelStart ?? row.line);
  }
  /** A row printed over lines whose sums fail: unread when its columns refute it (the table's other rows adding up), or cannot check it. */
  function overLines(say: 'refute' | 'unchecked' | 'alone' | null, keeps: boolean): CellCountWhy | null {
    return say === 'refute' && keeps ? 'columns' : say === 'unchecked' || say === 'alone' ? say : null;
  }
  function unread(read: ReadRow, why: CellCountWhy): void {
    readAt[read.row.planned.index] = unreadAs(read, why);
    states = null;
  }
}

/**
 * Do the numbers `all` printed right before the row's label read as the row as well — numbers no
 * row took (findRows' `numbersBefore`, pairing did not place them either), or the numbers of the row
 * item right before it, itself left unread so (labels printed after their numbers make each row's
 * numbers look like the next row's, the whole way down) — exactly its count of cells,
 * every one a number, adding up where the row has sums?
 */
function readsBefore(row: FoundRow, all: readonly Cell[] | null, groups: readonly number[], placed: ReadonlySet<Cell>): boolean {
  if (!all || all.some((c) => placed.has(c))) return false;
  // A mark after them, on a line of its own between them and the label (`6949` / `*` / `行政处罚`,
  // a line of stars a conversion left): the numbers before it are as much a row's worth.
  let end = all.length;
  while (end > 0 && all[end - 1]?.kind === 'placeholder' && all[end - 1]?.line !== all[end - 2]?.line) end--;
  return readsAsRow(row, all, groups) || (end < all.length && readsAsRow(row, all.slice(0, end), groups));
}

/** Do the numbers `before` a row's label read as the row: its count of numbers (or one more, a number cut in two), adding up where it has sums? */
function readsAsRow(row: FoundRow, before: readonly Cell[], groups: readonly number[]): boolean {
  const values = countsIn(before);
  const n = row.planned.spec.columns.length;
  const reads = (candidate: number[]): boolean => groups.length === 0 || groupsAddUp(candidate, groups);
  if (values === null) return false;
  if (values.length === n) return reads(values);
  // One number more, two of them each the last and the first of two lines: a number a line break may
  // have cut in two (`4` / `9` of 49, plain pdftotext's one number a line); joined, they may be the row's.
  if (values.length !== n + 1) return false;
  const lines = before.filter((c) => c.kind !== 'empty').flatMap((c) => Array<number>(countsIn([c])?.length ?? 0).fill(c.line));
  for (let i = 0; i < n; i++) {
    if (lines[i] === lines[i + 1]) continue;
    const joined = [...values.slice(0, i), Number(`${values[i]}${values[i + 1]}`), ...values.slice(i + 2)];
    if (reads(joined)) return true;
  }
  return false;
}

/**
 * Is `previous`, the item right before `row`, a row whose numbers stand one a line after its label, exactly a
 * row's worth that adds up as `row` would, with `row`'s label right after them (nothing but blank
 * lines between) and its own numbers one a line too? Labels and numbers then alternate in a stretch
 * of numbers, and `row`'s label may be a stray in it.
 */
function strayAfterRow(row: FoundRow, previous: ReadItem | undefined, adjacent: (a: number, b: number) => boolean): boolean {
  const groups = row.planned.sumGroups;
  if (groups.length === 0 || previous?.kind !== 'row') return false;
  const cells = previous.row.cells;
  const labelEnd = previous.row.labelEnd;
  // A stretch of numbers one a line (plain pdftotext), both rows' numbers over several lines: not a
  // label and its numbers on the next line, row after row, which is a layout of its own.
  if (labelEnd === undefined || firstValueLine(cells) <= labelEnd || !spansLines(cells) || !spansLines(row.cells)) return false;
  const values = countsIn(cells);
  const lastLine = cells.filter((c) => c.kind !== 'empty').at(-1)?.line;
  return values !== null && values.length === row.planned.spec.columns.length && groupsAddUp(values, groups) && lastLine !== undefined && adjacent(lastLine, row.labelStart ?? row.line);
}

/**
 * Does the last row's worth of the numbers no row took right before the row's label (findRows'
 * `numbersBefore` or `stretchBefore`, none of them placed by pairing) read as the row: every one
 * a number, adding up? Only for a row with sums, which alone can tell such numbers from any others.
 */
function worthBefore(row: FoundRow, placed: ReadonlySet<Cell>): boolean {
  const before = row.numbersBefore ?? row.stretchBefore;
  const groups = row.planned.sumGroups;
  if (!before || groups.length === 0 || before.some((c) => placed.has(c))) return false;
  const values = countsIn(before);
  const n = row.planned.spec.columns.length;
  return values !== null && values.length >= n && groupsAddUp(values.slice(-n), groups);
}

/**
 * Rows that print their first numbers beside their label and the rest on lines after it, right
 * after a row printed short beside its label (`（三） 7.` / `）不予 属于行政执法案卷 0` / … / `（四） 2.没有现`
 * / `无法提 成信息需要另行制作 0` / `供` / `1248 18 221 2171 22 3680`, every row's other numbers printed
 * apart): the numbers after the label complete the row before as well, adding up, and whose they are
 * cannot be told. The row is left empty, saying so.
 */
function restOfShort(items: readonly ReadItem[], readAt: Array<ReadRow | undefined>): void {
  /** The rows printed right before, back to the last that printed at least its cells (or anything not a row). */
  let short: FoundRow[] = [];
  for (const item of items) {
    if (item.kind !== 'row') {
      short = [];
      continue;
    }
    const row = item.row;
    const before = short;
    // (Words among its cells, a piece of a label run into its line, `0⇥公开`: its numbers count.)
    const printed = countsIn(row.cells.filter((c) => c.kind !== 'text'));
    short = printed !== null && printed.length < row.planned.spec.columns.length ? [...before, row] : [];
    const read = readAt[row.planned.index];
    if (before.length === 0 || read?.row !== row || read.result.values.every((v) => v === null)) continue;
    const beside = row.cells.filter((c) => c.kind !== 'empty' && c.line === (row.labelEnd ?? row.line));
    const later = row.cells.filter((c) => c.kind !== 'empty' && c.line > (row.labelEnd ?? row.line));
    const rest = countsIn(later);
    if (beside.length === 0 || rest === null || rest.length === 0) continue;
    const other = before.find((b) => {
      const own = countsIn(b.cells);
      // (Only rows with sums: for one without, any count fits, and its own reading says so.)
      return own !== null && b.planned.sumGroups.length > 0 && own.length + rest.length === b.planned.spec.columns.length && groupsAddUp([...own, ...rest], b.planned.sumGroups);
    });
    if (other === undefined) continue;
    const problem = diagnostic('ambiguous-pairing', 'ambiguous-pairing.restOfShort', { row: row.label, other: other.label, line: later[0]?.line ?? row.line }, read.context.path, row.line);
    readAt[row.planned.index] = emptied(read, problem);
  }
}

/** The words of cells (each a space apart), as matchKeys. */
const wordKeys = (cells: readonly Cell[]): string[] => cells.flatMap((c) => c.raw.split(/\s+/).map(matchKey)).filter((k) => k !== '');

/**
 * The numbers cells print, a run of numbers with single spaces (`11 36 87`) giving each, as does a
 * number in thousands that may be cells as well (`18 114 371`); null when one is no number.
 */
function countsIn(cells: readonly Cell[]): number[] | null {
  const values: number[] = [];
  for (const c of cells) {
    if (c.kind === 'empty') continue;
    const numbers = numbersIn(c);
    if (numbers === null) return null;
    for (const v of numbers) values.push(v);
  }
  return values;
}

/**
 * The numbers past its own row's worth of the row item before, when that row did not read and
 * printed more numbers than its cells (`8.属于行政查询事项` / `43 75 … 342` / `11 36 … 371` /
 * `1.本机关不掌握…`, or one a line): they may be the next row's, printed before its label.
 */
function overfull(item: ReadItem | undefined, readAt: ReadonlyArray<ReadRow | undefined>): Cell[] | null {
  if (item?.kind !== 'row') return null;
  const read = readAt[item.row.planned.index];
  if (read?.row !== item.row || read.result.values.some((v) => v !== null)) return null;
  const own = item.row.planned.spec.columns.length;
  let count = 0;
  for (const [i, c] of item.row.cells.entries()) {
    const numbers = countsIn([c]);
    if (numbers === null) return null;
    const need = own - count;
    count += numbers.length;
    if (count < own) continue;
    const rest = item.row.cells.slice(i + 1);
    if (count > own) {
      // A cell that holds numbers of both: a run a space apart (a report run into one line,
      // `43 75 … 342 11 36 … 371`) is cut after the row's worth, its rest a cell of its own.
      if (c.kind === 'empty' || !SPACED_NUMBERS.test(c.raw)) return null;
      rest.unshift({ kind: 'digits', raw: c.raw.split(' ').slice(need).join(' '), line: c.line });
    }
    return rest.some((x) => x.kind !== 'empty') ? rest : null;
  }
  return null;
}

/** Does the row item's first row's worth of numbers, as printed, fail its sums (a row with sums)? */
function worthFails(item: ReadItem | undefined): boolean {
  if (item?.kind !== 'row') return false;
  const groups = item.row.planned.sumGroups;
  const numbers = countsIn(item.row.cells);
  const own = item.row.planned.spec.columns.length;
  return groups.length > 0 && numbers !== null && numbers.length > own && !groupsAddUp(numbers.slice(0, own), groups);
}

/**
 * Does a row's last printed cell, a number, end its line, with the next line (`next`: numbers no
 * label claims, no more of them than the row has cells) opening with a number, the two together
 * digits enough for a count? They may be one number a line break cut (`2` / `941`).
 */
function cutAtEnd(cells: readonly Cell[], columns: number, next: ReadItem | undefined): boolean {
  const line = next?.kind === 'values' ? next.lines[0] : undefined;
  if (line === undefined) return false;
  let last: Cell | undefined;
  for (const c of cells) if (c.kind !== 'empty') last = c;
  const printed = line.cells.filter((c) => c.kind !== 'empty');
  const [first] = printed;
  if (last?.kind !== 'number' || first?.kind !== 'number' || printed.length > columns || line.line !== last.line + 1) return false;
  // Joined, the two must still be a number a report prints (no count comes near 2^53, 16 digits).
  const joined = last.raw.trim() + first.raw.trim();
  return /\d$/.test(last.raw.trim()) && /^\d/.test(first.raw.trim()) && joined.replace(/\D/g, '').length <= 15;
}

/**
 * Does the row print its first numbers on the line by its label and the rest apart from them, after
 * a run of rows left unread, one of which prints as many numbers by its label and no more, whose
 * numbers with this row's rest add up as that row as well? Plain pdftotext of a table whose rows it
 * prints a cell or two by their labels and the rest in blocks after them all (`二、上年结转…` / `0` /
 * … / `四、结转下` / `0` / `年度继续办理` / `3278` / `3275` / `4791 203 6323 17870`, 二、's rest):
 * the numbers after this label may be that row's, as likely when the first cells are the same.
 * Only where nothing between that row and this one prints numbers but those rows' own (runs of
 * labels among them, each with as many numbers at most) and lone numbers between label words
 * (where the rest of that row's numbers would stand otherwise), and
 * where this row's own numbers are not one a line right after each other (a table printed so).
 */
function completesShort(row: FoundRow, values: ReadonlyArray<number | null>, before: readonly ReadItem[], readAt: ReadonlyArray<ReadRow | undefined>, numberLines: (a: number, b: number) => number[]): boolean {
  const first = row.cells.find((c) => c.kind !== 'empty')?.line ?? Infinity;
  const second = row.cells.find((c) => c.kind !== 'empty' && c.line > first)?.line ?? Infinity;
  const byLabel = first <= (row.labelEnd ?? row.line) + 1 ? (countsIn(row.cells.filter((c) => c.line === first))?.length ?? 0) : 0;
  if (byLabel === 0 || byLabel >= values.length || second === first + 1) return false;
  /** The lines of the rows walked past: their numbers are theirs. */
  const own = new Set<number>();
  for (let i = before.length - 1; i >= 0; i--) {
    const item = before[i];
    // A run of labels with no more numbers after them than as many by each (`7.属于行政执法案卷` /
    // `8.属于行政查询事项` / `21`): rows printed so too, their numbers theirs.
    if (item?.kind === 'labels' && item.values !== null && numbersOf(item.values) <= item.labels.length * byLabel) {
      for (const line of item.values) own.add(line.line);
      continue;
    }
    if (item === undefined || item.kind === 'values' || (item.kind === 'labels' && item.values !== null)) return false;
    if (item.kind !== 'row') continue;
    const read = readAt[item.row.planned.index];
    if (read === undefined) continue;
    if (read.result.values.some((v) => v !== null)) return false;
    for (const c of item.row.cells) if (c.kind !== 'empty') own.add(c.line);
    const printed = countsIn(item.row.cells);
    const groups = item.row.planned.sumGroups;
    if (printed?.length !== byLabel || item.row.planned.spec.columns.length !== values.length || groups.length === 0) continue;
    const last = item.row.cells.findLast((c) => c.kind !== 'empty')?.line ?? Infinity;
    if (numberLines(last, first).every((l) => own.has(l)) && groupsAddUp([...printed, ...values.slice(byLabel)], groups)) return true;
  }
  return false;
}

/** The fewest Han characters of a label's start printed apart (FoundRow.unknownBefore) that tell it: a numbering alone (`2.`) does not. */
const LEAST_START = 2;

/**
 * Is the row's label an end of the form's alone, and the label read as no row's right before it
 * (FoundRow.unknownBefore) words of the start it lacks, two Han characters or more?
 */
function startBefore(row: FoundRow): boolean {
  const words = row.unknownBefore;
  if (words === undefined || (words.match(/\p{Script=Han}/gu)?.length ?? 0) < LEAST_START) return false;
  const end = labelEnd(row);
  return end !== null && row.planned.wholeKey.slice(0, row.planned.wholeKey.length - end.length).includes(words);
}

/** A row read where it was printed short of its cells (findRows' printsShort). */
const shortRow = (item: ReadItem | undefined): boolean => item?.kind === 'row' && printsShort(item.row);

/**
 * Does the row print, at one end and on a line of its own, a cell that cannot be a value (words, or
 * a run of digits too long to be a count: junk a conversion left), such that its numbers read one
 * column over — the junk not a cell of the row, one of its own printed elsewhere — fit the row's
 * sums as well as the reading as printed? Only the groups whose cells are all known are checked; a
 * row of one group, whose total or first cell is then unknown either way, cannot tell the two
 * readings apart. A junk cell on the same line as the row's next cell (a table row, `| x | 80 |…`)
 * holds its column by the line's own cells, and is read as printed.
 */
function junkAtEnd(cells: readonly Cell[], values: readonly (number | null)[], groups: readonly number[]): Array<number | null> | null {
  if (cells.length !== values.length || values.length < 2) return null;
  const apart = (a: Cell | undefined, b: Cell | undefined): boolean => a !== undefined && b !== undefined && a.line !== b.line;
  const shifted =
    junk(cells[0], values[0]) && apart(cells[0], cells[1])
      ? [...values.slice(1), null]
      : junk(cells.at(-1), values.at(-1)) && apart(cells.at(-1), cells.at(-2))
        ? [null, ...values.slice(0, -1)]
        : null;
  return shifted !== null && knownGroupsAddUp(shifted, groups) ? shifted : null;
}

/**
 * Do the table's column equations confirm a row as printed over its reading one column over: in
 * the columns where the other rows of an equation are read, as printed makes at least one hold and
 * none fail, and one column over makes at least one fail? Rows absent without complaint (`excused`)
 * count as 0; a column where a row is missing or unread, or the candidate has no value, is not used.
 */
function columnsConfirm(
  path: string,
  printed: ReadonlyArray<number | null>,
  shifted: ReadonlyArray<number | null>,
  readAt: ReadonlyArray<ReadRow | undefined>,
  plan: TablePlan,
  excused: ReadonlySet<string>,
): boolean {
  const tally = columnTally(path, statesOf(readAt, excused), plan.columnRules);
  return holdsAll(tally(printed)) && tally(shifted).fails > 0;
}

/**
 * What the table's column equations say of a row as read (columnTally): `refute` when, of those that
 * can be checked, more fail than hold, or they fail in two columns or more — a row printed a number
 * a line whose sums fail and whose columns fail so has its numbers in other columns than its own (a
 * line lost or printed twice moves all those after it: `…150` / `688` / `688`, only the last column
 * holding; a number cut in two, `34` / `6` of 346, pushes the rest on), not one misprinted number,
 * which breaks its own column only; `unchecked` when the row is in them but none can be checked
 * (the rows they need not read), so a misread cannot be told from its report's misprint; `alone`
 * when the row is in none (part 四's groups: only their own sums check them), likewise; else null.
 */
function columnsSay(
  path: string,
  values: ReadonlyArray<number | null>,
  readAt: ReadonlyArray<ReadRow | undefined>,
  plan: TablePlan,
  excused: ReadonlySet<string>,
): 'refute' | 'unchecked' | 'alone' | null {
  const { holds, fails, failingColumns } = columnTally(path, statesOf(readAt, excused), plan.columnRules)(values);
  if (fails > holds || failingColumns >= 2) return 'refute';
  if (holds + fails > 0) return null;
  return plan.columnRules.some((rule) => rule.terms.some((t) => t.row === path)) ? 'unchecked' : 'alone';
}

/**
 * Does the table keep its sums elsewhere: of its other rows read with every cell, at least three
 * add up and more than twice as many add up as fail? Then a row whose sums and columns fail is
 * more likely misread than misprinted; in a report whose rows seldom add up, it is read as printed.
 */
function keepsItsSums(readAt: ReadonlyArray<ReadRow | undefined>, row: ReadRow['row']): boolean {
  let add = 0;
  let fail = 0;
  for (const r of readAt) {
    const groups = r?.row.planned.sumGroups ?? [];
    if (r === undefined || r.row === row || groups.length === 0 || r.result.values.some((v) => v === null)) continue;
    if (groupsAddUp(r.result.values, groups)) add++;
    else fail++;
  }
  return add >= 3 && add > 2 * fail;
}

/**
 * A printed cell that read as no value: words, digits too long to be a count, a sign where the
 * column has none. Not a blank or a placeholder (`/`, `—`, `无`), which a report prints where a
 * number belongs.
 */
const junk = (cell: Cell | undefined, value: number | null | undefined): boolean =>
  cell !== undefined && value === null && cell.kind !== 'empty' && cell.kind !== 'placeholder';

/** Do the sum groups whose cells are all known add up (a group with an unknown cell is not checked)? */
function knownGroupsAddUp(values: readonly (number | null)[], groups: readonly number[]): boolean {
  let at = 0;
  for (const size of groups) {
    const group = values.slice(at, at + size);
    at += size;
    if (group.every((v) => v !== null) && !groupsAddUp(group, [size])) return false;
  }
  return true;
}

/** Is the next row of the form after row `index` (rows the report may leave out aside) read with no value? */
function nextUnread(index: number, readAt: ReadonlyArray<ReadRow | undefined>, plan: TablePlan, excused: ReadonlySet<string>): boolean {
  const next = formRowAfter(index, plan, excused);
  return next < plan.rows.length && readAt[next]?.result.values.some((v) => v !== null) !== true;
}

/**
 * Are `row`'s numbers, read after its label, a row's worth that may be `next`'s own printed before
 * its label: `row` read them where it was printed, every one on lines after its label, the last
 * right before `next`'s label, `next` the following row of the form, and they read as `next`
 * (adding up where it has sums)?
 */
function lentBack(
  row: FoundRow,
  next: FoundRow,
  readAt: ReadonlyArray<ReadRow | undefined>,
  plan: TablePlan,
  excused: ReadonlySet<string>,
  adjacent: (a: number, b: number) => boolean,
): boolean {
  const read = readAt[row.planned.index];
  if (read?.row !== row || read.result.values.every((v) => v === null) || row.wrapped) return false;
  if (row.labelEnd === undefined || firstValueLine(row.cells) <= row.labelEnd) return false;
  const lastLine = row.cells.filter((c) => c.kind !== 'empty').at(-1)?.line;
  return next.planned.index === formRowAfter(row.planned.index, plan, excused) && lastLine !== undefined && adjacent(lastLine, next.labelStart ?? next.line) && readsAsRow(next, row.cells, next.planned.sumGroups);
}

/**
 * Is `next`, the item right after `row`, the next row of the form's label (rows left out aside)
 * right after `row`'s last number, that row read nothing, and are there no numbers certainly its
 * own: labels alone, `after` (the item after them) a row whose numbers start on its label's line,
 * or labels with fewer lines of numbers than labels, or several with a row's worth at most?
 */
function bareNext(
  row: FoundRow,
  next: ReadItem | undefined,
  after: ReadItem | undefined,
  readAt: ReadonlyArray<ReadRow | undefined>,
  plan: TablePlan,
  excused: ReadonlySet<string>,
  labelsBetween: (a: number, b: number, row: PlannedRow) => boolean,
): boolean {
  if (next?.kind !== 'labels' || !nextUnread(row.planned.index, readAt, plan, excused)) return false;
  // Labels alone, then a row printed on its label's line: the first of them has no numbers after it.
  const alone = next.values === null && after?.kind === 'row' && firstValueLine(after.row.cells) === (after.row.labelEnd ?? after.row.line);
  // Labels, then fewer lines of numbers than labels, or a row's worth at most (a number a line:
  // `（七）总计` / `四、结转下年度` / `26` / … / `327`): one of them, maybe the first, has none. One
  // more than a row's worth too: a number a line break cut in two (`32` / `7`) is two lines.
  const short = next.values !== null && (next.values.length < next.labels.length || (next.labels.length > 1 && numbersOf(next.values) <= mostCells(next.labels) + 1));
  // Labels alone that end the table: where labels are printed after their numbers (plain
  // pdftotext of a page Chromium printed: `427` … `8915` / `（七）总计` / `18` … `361` /
  // `四、结转下年度继续办理`, then part 四's heading), the numbers before them are theirs; where the
  // table was cut short after them, they are this row's. Nothing tells the two apart.
  const last = next.values === null && after === undefined;
  if (!alone && !short && !last) return false;
  const first = next.labels[0];
  const lastLine = row.cells.filter((c) => c.kind !== 'empty').at(-1)?.line;
  // (A piece of that label may stand between on a line of its own: its numbering, `四、` /
  // `结转下年度继续办理`, or its group's label, `283` / `三、本年度办理结果` / `（一）予以公开`.)
  return first?.planned.index === formRowAfter(row.planned.index, plan, excused) && lastLine !== undefined && labelsBetween(lastLine, first.line, first.planned);
}

/** How many numbers the lines print (a cell of several, run together, each). */
const numbersOf = (values: readonly ValueLine[]): number =>
  values.reduce((n, line) => n + line.cells.reduce((m, c) => m + (c.kind === 'empty' ? 0 : (numbersIn(c)?.length ?? 1)), 0), 0);

/** The most cells of the labels' rows: a row's worth. */
const mostCells = (labels: readonly RowLabel[]): number => labels.reduce((most, l) => Math.max(most, l.planned.spec.columns.length), 0);

/** Do the row's sums hold as zeros make them hold: in each group, one number at most besides its total? */
function weakSums(values: ReadonlyArray<number | null>, groups: readonly number[]): boolean {
  if (groups.length === 0) return false;
  let at = 0;
  for (const size of groups) {
    if (values.slice(at, at + size - 1).filter((v) => v !== 0).length > 1) return false;
    at += size;
  }
  return true;
}

/**
 * Do the table's column rules, checked against the other rows as read, give the row's every cell
 * (each one's value from a rule that holds it, all rules that can agreeing), and are those the
 * row's numbers in another order?
 */
function outOfOrder(path: string, values: ReadonlyArray<number | null>, states: ReadonlyMap<string, RowState>, plan: TablePlan): boolean {
  const rules = plan.columnRules.filter((rule) => rule.terms.some((t) => t.row === path));
  if (rules.length === 0 || values.some((v) => v === null)) return false;
  const own: RowState = { kind: 'known', values };
  const stateOf = (row: string): RowState | undefined => (row === path ? own : states.get(row));
  const implied: number[] = [];
  for (let column = 0; column < values.length; column++) {
    let value: number | null = null;
    for (const rule of rules) {
      const balance = columnBalance(rule, column, stateOf);
      const sign = rule.terms.find((t) => t.row === path)?.sign ?? 1;
      if (balance === null) continue;
      const found = (values[column] ?? 0) - sign * balance;
      if (value !== null && value !== found) return false;
      value = found;
    }
    if (value === null) return false;
    implied.push(value);
  }
  if (implied.every((v, c) => v === values[c])) return false;
  const sorted = (xs: ReadonlyArray<number | null>): string => [...xs].sort((a, b) => (a ?? 0) - (b ?? 0)).join(' ');
  return sorted(implied) === sorted(values);
}

/**
 * Do the table's column rules that can be checked with the row hold, one at least? A row that
 * prints a number after its label's rest, past its first line of numbers (restBeside), may have
 * its numbers out of their columns' order, which its own sums never show.
 */
function columnsHold(path: string, values: ReadonlyArray<number | null>, states: ReadonlyMap<string, RowState>, plan: TablePlan): boolean {
  return holdsAll(columnTally(path, states, plan.columnRules)(values));
}

/** Of the column equations that can be checked, one holds at least and none fails. */
const holdsAll = ({ holds, fails }: { holds: number; fails: number }): boolean => holds > 0 && fails === 0;

/** Is `previous` a label printed with no numbers, the last of them the form's row right before `row`? */
function bareBefore(row: FoundRow, previous: ReadItem | undefined, plan: TablePlan, excused: ReadonlySet<string>): boolean {
  const last = previous?.kind === 'labels' && previous.values === null ? previous.labels.at(-1) : undefined;
  return last !== undefined && formRowAfter(last.planned.index, plan, excused) === row.planned.index;
}

/**
 * Is the last of the labels printed with no numbers right before a row (`previous`) that of a row
 * whose numbers are nowhere: its own words printed whole there only, the row read with no values,
 * and every number on the nearest line of numbers above the labels read by a row or placed by
 * pairing? (Numbers nothing took above it, `（三） 3.危 11 0 …` / `及` / … / `定”` / `4.` /
 * `保护… 0 0 18 …`, may be its own; so may those of a row left unread for that, `32 … 475` /
 * `法提供 2.没有现成…` where every label follows its numbers.)
 */
function readNowhere(
  previous: ReadItem | undefined,
  items: readonly ReadItem[],
  readAt: ReadonlyArray<ReadRow | undefined>,
  placed: ReadonlySet<Cell>,
  numbersAbove: (line: number) => Cell[],
): boolean {
  if (previous?.kind !== 'labels' || previous.values !== null) return false;
  const first = previous.labels[0];
  const last = previous.labels.at(-1);
  if (first === undefined || last === undefined) return false;
  // Its own words whole: the rest of a label wrapped over lines (`法律行政法规禁止公开`, `）总计`) says
  // its first line, and the numbers beside that, were lost with it.
  if (!matchKey(last.label).includes(last.planned.ownKey)) return false;
  const printedElsewhere = items.some((it) => it !== previous && (it.kind === 'row' ? it.row.planned === last.planned : it.kind === 'labels' && it.labels.some((l) => l.planned === last.planned)));
  if (printedElsewhere || !(readAt[last.planned.index]?.result.values.every((v) => v === null) ?? true)) return false;
  const readHere = (c: Cell): boolean => readAt.some((r) => r !== undefined && r.row.cells.includes(c) && r.result.values.some((v) => v !== null));
  return numbersAbove(first.line).every((c) => placed.has(c) || readHere(c));
}

/** Is `next` numbers no label claims, none of them placed by pairing? */
function looseAfter(next: ReadItem | undefined, placed: ReadonlySet<Cell>): boolean {
  return next?.kind === 'values' && next.lines.some((l) => l.cells.some((c) => c.kind !== 'empty')) && next.lines.every((l) => l.cells.every((c) => !placed.has(c)));
}

/** The index of the row of the form before row `index`, rows left out aside (before the first: -1). */
function formRowBefore(index: number, plan: TablePlan, excused: ReadonlySet<string>): number {
  let before = index - 1;
  while (before >= 0 && excused.has(plan.rows[before]?.path ?? '')) before--;
  return before;
}

/** The index of the row of the form after row `index`, rows left out aside (past the last: the count of rows). */
function formRowAfter(index: number, plan: TablePlan, excused: ReadonlySet<string>): number {
  let next = index + 1;
  while (excused.has(plan.rows[next]?.path ?? '')) next++;
  return next;
}

/** Does the row print a blank cell at an end, read blank, with numbers no label comes before right after it (`next`)? */
function followedBy(row: FoundRow, values: ReadonlyArray<number | null>, next: ReadItem | undefined): boolean {
  const blankEdge = (row.cells[0]?.kind === 'empty' && values[0] === null) || (row.cells.at(-1)?.kind === 'empty' && values.at(-1) === null);
  return blankEdge && next?.kind === 'values';
}

/**
 * Is the row the form's last (rows left out aside), and `next`, the item after it, numbers no row
 * holds that go on from a stretch printed before them (`goesOn`: a column of the next table, not
 * its first, under its label alone)?
 */
function lastBeforeLoose(row: FoundRow, next: ReadItem | undefined, plan: TablePlan, excused: ReadonlySet<string>, goesOn: (a: number, b: number, count: number) => boolean): boolean {
  const lastLine = lastRowEnd(row, plan, excused);
  const firstLine = next?.kind === 'values' ? next.lines[0]?.line : undefined;
  if (next?.kind !== 'values' || lastLine === null || firstLine === undefined) return false;
  return goesOn(lastLine, firstLine, next.lines.reduce((n, l) => n + l.cells.filter((c) => c.kind !== 'empty').length, 0));
}

/** Is the row the form's last (rows left out aside), a row of the next table printed row by row right after its numbers (`rowFollows`)? */
function lastBeforeRow(row: FoundRow, plan: TablePlan, excused: ReadonlySet<string>, rowFollows: (a: number) => boolean): boolean {
  const lastLine = lastRowEnd(row, plan, excused);
  return lastLine !== null && rowFollows(lastLine);
}

/** The line of the row's last number, when it is the form's last row (rows left out aside); else null. */
function lastRowEnd(row: FoundRow, plan: TablePlan, excused: ReadonlySet<string>): number | null {
  if (formRowAfter(row.planned.index, plan, excused) < plan.rows.length) return null;
  return row.cells.filter((c) => c.kind !== 'empty').at(-1)?.line ?? null;
}

/** The most words read before a row's numbers for rowFollows: a label over a few lines, with its group's. */
const MOST_WORDS_BEFORE = 8;

/** Are rows of the form between row `index` and the next row printed (in `later`) missing? */
function missingAfter(index: number, later: readonly ReadItem[], readAt: ReadonlyArray<ReadRow | undefined>, plan: TablePlan, excused: ReadonlySet<string>): boolean {
  let next = plan.rows.length;
  for (const item of later) {
    // The next row of the form printed after it: labels of rows before it in the form printed
    // later (`3.其他` after its numbers, after the total) do not end the rows that may be missing.
    const indexes = item.kind === 'row' ? [item.row.planned.index] : item.kind === 'labels' ? item.labels.map((l) => l.planned.index) : [];
    const after = indexes.filter((i) => i > index);
    if (after.length === 0) continue;
    next = Math.min(...after);
    break;
  }
  for (let i = index + 1; i < Math.min(next, plan.rows.length); i++) {
    const row = plan.rows[i];
    if (row && readAt[i] === undefined && !excused.has(row.path)) return true;
  }
  return false;
}

/**
 * A label with column headers between it and its values heads a small table of its own (part 四
 * printed as three tables, each under its heading). Such headings name their rows for certain
 * only when the whole table is printed so: every row of the table read, and every label found a
 * heading. Otherwise (a table printed otherwise, whose headers a converter broke up and whose
 * numbers it scattered) the numbers under a heading may be another row's: its row is null, with
 * `ambiguous-pairing`.
 */
function unheaded(readAt: Array<ReadRow | undefined>, labels: readonly RowLabel[], plan: TablePlan, excused: ReadonlySet<string>): void {
  const headed = readAt.filter((r): r is ReadRow => r?.row.headed === true);
  if (headed.length === 0) return;
  const complete = plan.rows.every((r) => readAt[r.index] !== undefined || excused.has(r.path));
  const plain = labels.some((l) => !headed.some((h) => h.row === l));
  if (complete && !plain) return;
  for (const r of headed) {
    const problem = diagnostic('ambiguous-pairing', 'ambiguous-pairing.headed', { row: r.row.label }, r.context.path, r.row.line);
    readAt[r.row.planned.index] = emptied(r, problem);
  }
}
