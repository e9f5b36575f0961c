/**
 * Part 二 printed column by column under its column headers: plain `pdftotext` of a PDF that
 * LibreOffice made of a Word report reads each of the 第二十条 small tables one column at a time,
 * the column's header words and then its numbers, one for each of the small table's rows, top to
 * bottom; the labels come before, between or after:
 *
 *     第二十条第（一）项
 *     本年
 *     制发
 *     件数
 *     5589
 *     2054
 *     信息内容
 *     规章
 *     行政规范性文件
 *     …
 *     本年
 *     废止
 *     件数
 *     12
 *     16
 *
 * The small tables' pieces may interleave (`本年处理决定数量` / `2941` / `本年处理决定数量` /
 * `7607` / `1`: 行政许可's, then 行政处罚's and 行政强制's). Part 二 has no arithmetic to check a
 * reading, so a column is read only where the print leaves no doubt:
 *
 * - its header's words end right before the numbers, and exactly as many numbers as its small
 *   table has rows follow them, with nothing else between or right after them;
 * - the header is printed so exactly as many times as the form has small tables with that column,
 *   the first such print being the first small table's, and so on; where two of those small tables
 *   have as many rows, only if their prints tell them apart that way: every print of the first
 *   before every print of the second, or each header's prints one right after the other
 *   (orderInDoubt: plain pdftotext orders columns by where they stand across the page);
 * - the header printed next is not printed fewer times than the form has it (lost in the
 *   conversion, with lines around it: its numbers left may stand after this column's), else this
 *   column's last numbers, as many as the lost prints' small tables have rows, are left empty
 *   (beforeLost);
 * - no unit ends the words before the numbers (`（单位：万元）`) unless the header has one: an amount's
 *   header was lost there, and the cells are left empty.
 *
 * Two headers before one run of numbers (`本年增/减` / `处理决定数量` / `-5` / `154` / `7923` /
 * `2440`) could be read column after column or row after row: neither column is read. A row is
 * read when each of its columns is.
 *
 * Chromium's PDFs read by plain pdftotext print each small table whole, between its heading and the
 * next, but a label after its numbers or around them (`49 146 3444` / `规章` / `38 104 882` /
 * `规范性文件`; `行政` / `11 63 4542` / `许可`), which the row-by-row reading cannot tell from a
 * label before them. Such a stretch is read when it holds exactly the small table's cells in the
 * order printed (readStretches): its heading printed once, its rows' labels in the form's order and
 * no other small table's labels or column headers, and exactly its count of numbers, a row's worth
 * to a run where the table has several rows and columns.
 *
 * The table read row by row stands: only rows it left unread are filled, and when a cell it read
 * differs from a reading here (or the two readings here differ), nothing is taken from here.
 */
import { SMALL_TABLE_HEADING, SMALL_TABLE_ITEM } from '../catalog/activeDisclosure.js';
import { rowIn } from '../catalog/tables.js';
import { UNIT_NOTE, UNIT_NOTE_PRINTED } from '../catalog/lexicon.js';
import type { ColumnSpec, TableRows, TableValue } from '../catalog/types.js';
import { diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import type { RereadBy } from '../messages/params.js';
import { matchKey } from '../normalize/matchKey.js';
import type { Cell, NumberCell, TokenLine } from '../tokens.js';
import type { TableResult } from './buildTable.js';
import { fillUnread } from './fillUnread.js';
import { inPieces, laterColumnOf, laterLabelOf, matchRow } from './labels.js';
import { cellsIn, tableValue, type Json, type PlannedRow, type TablePlan } from './plan.js';
import { readsPlainly, SPACED_GROUPS, SPACED_NUMBERS } from './rowValues.js';

/** How many words before a run of numbers are looked at for its header (`信息内容` / `本年` / `制发` / `件数`). */
const MOST_WORDS = 8;

/** How many characters of those words, from their end, are enough to hold any header with its unit. */
const MOST_CHARACTERS = 96;

/** A header as a matchKey, compared without a unit noted after it. */
const headerKey = (text: string): string => matchKey(text).replace(UNIT_NOTE, '');

/** A small table's column: the rows it runs down, in the form's order. */
interface Column {
  spec: ColumnSpec;
  index: number;
  rows: readonly PlannedRow[];
}

/** A column header as the form prints it, and the columns it heads, one for each small table that has it, in the form's order. */
interface Heading {
  key: string;
  printed: RegExp | null;
  columns: Column[];
  /** Another way the form's reports print it (ColumnSpec.printed), anywhere in words, to count its prints (headerPrints). */
  printedAnywhere: RegExp | null;
  /** Its words with their unit as the form prints them, as a matchKey (`本年收费金额(单位:万元)`). */
  label: string;
  /** Each two characters running in `label` (`本年`, `年收`, … `元)`). */
  pairs: string[];
}

/** One of part 二's small tables: its item (`（五）`, as a matchKey), its rows in the form's order, and its column headers' keys. */
interface SmallTable {
  item: string;
  rows: readonly PlannedRow[];
  columns: readonly ColumnSpec[];
  headerKeys: readonly string[];
  /** For each column, the two characters running in its header (Heading.pairs) that none of the table's row labels has (`收费` of 本年收费金额 is 行政事业性收费's too). */
  headerPairs: ReadonlyArray<readonly string[]>;
}

/** The plan's small tables, and their column headers, longest first (`本年处理决定数量` before a shorter header it ends with). */
interface SmallTables {
  tables: readonly SmallTable[];
  headings: readonly Heading[];
}

function smallTablesOf(plan: TablePlan): SmallTables {
  const items = new Map<string, PlannedRow[]>();
  for (const row of plan.rows) {
    const item = row.spec.item;
    if (item === undefined) continue;
    const rows = items.get(item) ?? [];
    rows.push(row);
    items.set(item, rows);
  }
  const tables: SmallTable[] = [];
  const headings = new Map<string, Heading>();
  for (const [item, rows] of items) {
    const columns = rows[0]?.spec.columns ?? [];
    // The form's rows of one small table share its columns; a catalog that says otherwise is not read so.
    if (rows.some((row) => row.spec.columns.length !== columns.length || row.spec.columns.some((c, i) => c.key !== columns[i]?.key))) continue;
    const rowWords = rows.map((row) => matchKey(row.spec.label)).join('|');
    const headerPairs: Array<readonly string[]> = [];
    columns.forEach((spec, index) => {
      const key = headerKey(spec.label);
      const label = matchKey(spec.label);
      const pairs = [...new Set(Array.from({ length: Math.max(0, label.length - 1) }, (_, i) => label.slice(i, i + 2)))];
      const printed = spec.printed === undefined ? null : { source: spec.printed.source, flags: spec.printed.flags.replace('g', '') };
      const heading = headings.get(key) ?? {
        key,
        printed: printed && new RegExp(`(?:${printed.source})$`, printed.flags),
        printedAnywhere: printed && new RegExp(printed.source, `${printed.flags}g`),
        columns: [],
        label,
        pairs,
      };
      heading.columns.push({ spec, index, rows });
      headings.set(key, heading);
      headerPairs.push(heading.pairs.filter((pair) => !rowWords.includes(pair)));
    });
    tables.push({ item: matchKey(item), rows, columns, headerKeys: columns.map((c) => headerKey(c.label)), headerPairs });
  }
  return { tables, headings: [...headings.values()].sort((a, b) => b.key.length - a.key.length) };
}

const SMALL_TABLES = new WeakMap<TablePlan, SmallTables>();

function smallTables(plan: TablePlan): SmallTables {
  let found = SMALL_TABLES.get(plan);
  if (found === undefined) {
    found = smallTablesOf(plan);
    SMALL_TABLES.set(plan, found);
  }
  return found;
}

/** A run of numbers right after words, and the words' last ones as a matchKey (units aside). */
interface Run {
  tail: string;
  /** Its first cell as printed. */
  first: Cell;
  numbers: NumberCell[];
  /** The lines of the words, first and last: the header, when the run is read as its column. */
  words: { first: number; last: number } | null;
  /** Its words' last ones as a matchKey, their unit kept. */
  whole: string;
  /** Its words as printed, a cell each: the first MOST_WORDS of them (what follows the run before), and how many there were. */
  opening: readonly string[];
  wordCount: number;
  /** The unit its words end with, as printed (`（单位：万元）`), which only an amount's header prints; else null. */
  unit: string | null;
}

/**
 * The numbers a cell prints: a number's one, or the whole numbers a digits cell holds a single
 * space apart (a report run into one line keeps a space where its lines broke: `5589 2054`). Not
 * a number in groups of three (`12 345`: one number or two), nor digits with a leading zero (`00`:
 * cells run together).
 */
function numbersOf(cell: Cell): NumberCell[] | null {
  if (cell.kind === 'number') return [cell];
  if (cell.kind !== 'digits') return null;
  const raw = cell.raw.trim();
  if (!/^\d+$/.test(raw) && (!SPACED_NUMBERS.test(raw) || SPACED_GROUPS.test(raw))) return null;
  const pieces = raw.split(' ');
  // A cell has no leading zero unless it is a lone 0 (`00` is two cells run together).
  if (pieces.some((digits) => digits.length > 1 && digits.startsWith('0'))) return null;
  return pieces.map((digits) => ({ kind: 'number', raw: digits, value: Number(digits), line: cell.line }));
}

/** Each run of numbers in the region with the words right before it (none for a run after another mark). */
function runsOf(lines: readonly TokenLine[]): Run[] {
  const runs: Run[] = [];
  let words: string[] = [];
  let wordLines: number[] = [];
  let opening: string[] = [];
  let wordCount = 0;
  let run: Run | null = null;
  for (const line of lines) {
    for (const cell of line.cells) {
      if (cell.kind === 'empty') continue;
      const numbers = numbersOf(cell);
      if (numbers !== null) {
        if (run === null) {
          // A header's words are short: the last of them are enough (a cell of a whole page's words is not keyed whole).
          const first = wordLines[0];
          const heading = first === undefined ? null : { first, last: wordLines.at(-1) ?? first };
          const last = words.join('').slice(-MOST_CHARACTERS);
          const key = matchKey(last);
          run = { tail: key.replace(UNIT_NOTE, ''), whole: key, opening, wordCount, first: cell, numbers: [], words: heading, unit: UNIT_NOTE.test(key) ? (UNIT_NOTE_PRINTED.exec(last)?.[0] ?? key.slice(key.search(UNIT_NOTE))) : null };
          runs.push(run);
          words = [];
          wordLines = [];
          opening = [];
          wordCount = 0;
        }
        for (const n of numbers) run.numbers.push(n);
        continue;
      }
      run = null;
      if (cell.kind === 'text') {
        words.push(cell.raw);
        wordLines.push(cell.line);
        if (opening.length < MOST_WORDS) opening.push(cell.raw);
        wordCount++;
        if (words.length > MOST_WORDS) {
          words.shift();
          wordLines.shift();
        }
      } else {
        words = [];
        wordLines = [];
        opening = [];
        wordCount = 0;
      }
    }
  }
  return runs;
}

/** The heading a run's words end with, or null. */
function headingOf(tail: string, headings: readonly Heading[]): Heading | null {
  if (tail === '') return null;
  for (const heading of headings) if (tail.endsWith(heading.key) || heading.printed?.test(tail)) return heading;
  return null;
}

/** The region's runs of numbers right after a column header, by the header, in the order printed. */
function runsByHeading(lines: readonly TokenLine[], headings: readonly Heading[], runs: readonly Run[] = runsOf(lines)): Map<Heading, Run[]> {
  const printed = new Map<Heading, Run[]>();
  for (const run of runs) {
    const heading = headingOf(run.tail, headings);
    if (heading === null) continue;
    const runs = printed.get(heading);
    if (runs === undefined) printed.set(heading, [run]);
    else runs.push(run);
  }
  return printed;
}

/**
 * The runs of numbers printed right after a part 二 column header, by their first cell as printed,
 * and the small tables with that column, each as its rows (the one whose print of the header it
 * is, when the header is printed once for each): printed column by column, such numbers are one of
 * those small tables' (`本年` / `制发` / `件数` / `2` / `19` are 规章's and 行政规范性文件's), whatever
 * labels stand before the header. Empty for a table with no small tables.
 */
export function headedRuns(lines: readonly TokenLine[], plan: TablePlan): Map<Cell, ReadonlyArray<ReadonlySet<PlannedRow>>> {
  const out = new Map<Cell, ReadonlyArray<ReadonlySet<PlannedRow>>>();
  const { headings } = smallTables(plan);
  if (headings.length === 0) return out;
  const printed = runsByHeading(lines, headings);
  for (const [heading, runs] of printed) {
    // Printed as often as the form has small tables with the column: the k-th print is the k-th
    // small table's (readColumns' reading). Otherwise any of them.
    const each = runs.length === heading.columns.length;
    const all = heading.columns.map((column) => new Set(column.rows));
    runs.forEach((run, k) => out.set(run.first, each ? [new Set(heading.columns[k]?.rows ?? [])] : all));
  }
  return out;
}

/**
 * A column whose last numbers may be another's: how many of them, and the header of the column the
 * form puts next (`next`); or whose numbers follow a unit its header does not have (`next` null).
 */
interface Doubt {
  last: number;
  next: string | null;
  /** The unit printed, when `next` is null. */
  unit?: string;
  /** The column part 二 prints last, part 三's numbers going on right after it (lastBeforeNext); `next` null. */
  after?: true;
}

/**
 * The columns whose numbers may end with another column's: printed column by column, a column
 * header printed fewer times than the form has it lost a print, and the numbers after it (those
 * not lost with it) stand after the column printed before it, under that column's header, in place
 * of as many of its own lost with the header (`现行有效件数` / `6475` / then `2869` and 行政许可's
 * `本年处理决定数量` lost / `4759`: 4759 is 行政许可's, not 行政规范性文件's). The prints of one header
 * stand together (a converter reading the page down one column of the table prints them one after
 * another, or in the form's order), so the lost one stood next to those left: the column printed
 * right before the first of them is in doubt; or, none left, the column the form puts before it.
 * Its last numbers are in doubt, as many as the lost prints' small tables have rows.
 */
function beforeLost(tables: readonly SmallTable[], headings: readonly Heading[], printed: ReadonlyMap<Heading, readonly Run[]>, runs: readonly Run[], lines: readonly TokenLine[]): Map<string, Doubt> {
  const doubt = new Map<string, Doubt>();
  const inDoubt = (key: string, last: number, next: string): void => {
    if ((doubt.get(key)?.last ?? 0) < last) doubt.set(key, { last, next });
  };
  /** Each run read as a column (its header printed as often as the form has it), by the run. */
  let columnOf: Map<Run, { key: string; rows: number }> | null = null;
  let counts: Map<Heading, number> | null = null;
  let damaged: string[] | null = null;
  let spills: number | null = null;
  for (const heading of headings) {
    const left = printed.get(heading) ?? [];
    if (left.length >= heading.columns.length) continue;
    // The prints left hold every number of the header's columns (`本年处理决定数量` / `4811` / `8289` /
    // `5`, 行政许可's and the next small table's, its second print lost): none ran into another column.
    const numbers = left.reduce((n, run) => n + run.numbers.length, 0);
    if (numbers >= heading.columns.reduce((n, column) => n + column.rows.length, 0)) continue;
    // Printed with no numbers right after it (`本年收费金额（单位：万元）` / `行政` / `事业性收费` / `7764`) is printed still.
    counts ??= headerPrints(lines, headings);
    let missing = heading.columns.length - (counts.get(heading) ?? 0);
    // Printed with its words garbled (`上一` / `年项` / `年项` / `目数` / `量`, a line printed twice;
    // `上一` / `年项` / `量`, or `万元）` alone, a line lost) before numbers that are then no header's:
    // printed too, not lost with the lines around it. Words that end with one of its characters (or
    // its unit's), two characters running in its words among their last ones, are taken for such a
    // print, each once (a label before its numbers, `行政事业性收费`, is not).
    damaged ??= runs.flatMap((run) => (run.tail !== '' && headingOf(run.tail, headings) === null ? [run.whole] : []));
    for (let i = 0; missing > 0 && i < damaged.length; i++)
      if (garbledPrint(damaged[i] ?? '', heading)) {
        damaged.splice(i--, 1);
        missing--;
      }
    if (missing <= 0) continue;
    // A column's print holding more numbers than its small table has rows (`处理决定数量` / `6949` /
    // `7648` / `-2`, 第二十条第（八）项's `本年增/减` lost before -2), or a number it cannot hold
    // (`6949` / `-2`, 7648 lost too): the lost print's numbers ran in there, and that column is not
    // read; none ran into a column that is. Each such print is taken for one print lost.
    spills ??= overfull(headings, printed);
    const taken = Math.min(spills, missing);
    spills -= taken;
    missing -= taken;
    if (missing <= 0) continue;
    // Lost before the first print left, the prints lost are the header's first ones in the form's order.
    const most = heading.columns.slice(0, missing).reduce((n, column) => n + column.rows.length, 0);
    const first = left[0];
    if (first !== undefined) {
      columnOf ??= columnsByRun(headings, printed);
      const printedBefore = runs[runs.indexOf(first) - 1];
      const before = printedBefore === undefined ? undefined : columnOf.get(printedBefore);
      if (before !== undefined) inDoubt(before.key, Math.min(before.rows, most), heading.columns[0]?.spec.label ?? heading.key);
      continue;
    }
    let before: { key: string; rows: number } | null = null;
    for (const table of tables)
      table.columns.forEach((spec, index) => {
        const key = columnKey(table.rows, index);
        if (before !== null && heading.columns.some((column) => columnKey(column.rows, column.index) === key)) inDoubt(before.key, Math.min(before.rows, table.rows.length), spec.label);
        before = { key, rows: table.rows.length };
      });
  }
  return doubt;
}

/**
 * How many prints of a column header hold more numbers than its column has rows (a header printed
 * as often as the form has it, the k-th print the k-th small table's), or than all its columns
 * together have (printed otherwise), or a number its column cannot hold (`-2` among counts).
 */
function overfull(headings: readonly Heading[], printed: ReadonlyMap<Heading, readonly Run[]>): number {
  let count = 0;
  for (const heading of headings) {
    const runs = printed.get(heading) ?? [];
    const all = heading.columns.reduce((n, column) => n + column.rows.length, 0);
    runs.forEach((run, k) => {
      const column = runs.length === heading.columns.length ? heading.columns[k] : undefined;
      if (run.numbers.length > (column?.rows.length ?? all) || (column !== undefined && !run.numbers.every((n) => readsPlainly(n, column.spec)))) count++;
    });
  }
  return count;
}

/** The runs read as a column, their header printed as often as the form has it (the k-th print, the k-th small table's), by the run. */
function columnsByRun(headings: readonly Heading[], printed: ReadonlyMap<Heading, readonly Run[]>): Map<Run, { key: string; rows: number }> {
  const out = new Map<Run, { key: string; rows: number }>();
  for (const heading of headings) {
    const runs = printed.get(heading) ?? [];
    if (runs.length !== heading.columns.length) continue;
    heading.columns.forEach((column, k) => {
      const run = runs[k];
      if (run !== undefined) out.set(run, { key: columnKey(column.rows, column.index), rows: column.rows.length });
    });
  }
  return out;
}

/**
 * Do the words end as a garbled print of the header would: with its last character (`量`, the
 * rest of `上一年项目数` lost), or with one of its characters, two running in its words among their last?
 */
function garbledPrint(words: string, heading: Heading): boolean {
  const end = words.slice(-heading.label.length);
  if (end === '') return false;
  return end.endsWith(heading.label.slice(-1)) || (heading.label.includes(end.slice(-1)) && heading.pairs.some((pair) => end.includes(pair)));
}

/**
 * How many times each header is printed among the region's words, numbers after it or not: the
 * words between two numbers or marks run together (as matchKeys), the longest headers found first
 * and their words then taken (`本年处理决定数量` is not also `处理决定数量`).
 */
function headerPrints(lines: readonly TokenLine[], headings: readonly Heading[]): Map<Heading, number> {
  const counts = new Map<Heading, number>();
  const count = (words: string): void => {
    let left = words;
    for (const heading of headings) {
      const pieces = left.split(heading.key);
      left = pieces.join('|');
      let found = pieces.length - 1;
      if (heading.printedAnywhere !== null) {
        found += left.match(heading.printedAnywhere)?.length ?? 0;
        left = left.replace(heading.printedAnywhere, '|');
      }
      if (found > 0) counts.set(heading, (counts.get(heading) ?? 0) + found);
    }
    // The start of a header right before another (`上一年项` / `采购` / `项目` / `数量`, the rest of
    // 上一年项目数量 and its numbers lost): printed, garbled, and its numbers not run into the column
    // before it, which its words close.
    for (const piece of left.split('|').slice(0, -1)) {
      const heading = startOfHeader(piece, headings);
      if (heading !== null) counts.set(heading, (counts.get(heading) ?? 0) + 1);
    }
  };
  let words: string[] = [];
  for (const line of lines)
    for (const cell of line.cells) {
      if (cell.kind === 'empty') continue;
      if (cell.kind === 'text') words.push(matchKey(cell.raw));
      else if (words.length > 0) {
        count(words.join(''));
        words = [];
      }
    }
  count(words.join(''));
  return counts;
}

/** The fewest characters of a header's start that tell it ended another's words (`上一年`, not `本年`). */
const LEAST_HEADER_START = 3;

/** The header whose start, LEAST_HEADER_START characters or more and short of all of it, ends the words the longest; or null. */
function startOfHeader(words: string, headings: readonly Heading[]): Heading | null {
  let best: Heading | null = null;
  let longest = LEAST_HEADER_START - 1;
  for (const heading of headings)
    for (let n = Math.min(heading.key.length - 1, words.length); n > longest; n--)
      if (words.endsWith(heading.key.slice(0, n))) {
        best = heading;
        longest = n;
        break;
      }
  return best;
}

/** A small table's column (its rows, and the column's place among its columns) as a key: the form's columns share their specs. */
const columnKey = (rows: readonly PlannedRow[], index: number): string => `${rows[0]?.spec.item ?? ''}:${index}`;

/** A row read here: its values (null where in doubt), the lines its numbers were printed on, and how it was read. */
interface ColumnReading {
  values: Array<number | null>;
  lines: number[];
  /** How many rows its small table has (the numbers under each header). */
  tableRows: number;
  /** Under its columns' headers (readColumns), or from its small table's stretch (readStretches); as a disputed cell's message names it. */
  by: RereadBy;
  /** The cells left empty, each by its column's place, as the last numbers of a column the next one's lost print may have run into (beforeLost). */
  doubts?: Map<number, Doubt & { line: number }>;
}

/**
 * The column whose run part 二 prints last, and its count of rows, when the run right after it
 * goes on with `next` (part 三, its heading not found) from its middle: a column of its numbers
 * with nothing before them but its label, not its first (labels.laterColumnOf: `本年收费金额
 * （单位：万元）` / `535` / `商业企业` / `1937` …), or a row of it, not its first (labels.laterLabelOf,
 * below). Its heading, header and first lines were lost, and with them maybe this column's own
 * numbers, the last of the lost ones left in their place. (With the heading found after them,
 * they are part 三's columns printed before it, as plain pdftotext of a Word report's PDF does.)
 */
function lastBeforeNext(printed: ReadonlyMap<Heading, Run[]>, runs: readonly Run[], next: TablePlan): { key: string; last: number } | null {
  const place = new Map(runs.map((run, i) => [run, i]));
  let last: { at: number; key: string; rows: number } | null = null;
  for (const [heading, own] of printed) {
    if (own.length !== heading.columns.length) continue;
    own.forEach((run, k) => {
      const column = heading.columns[k];
      const at = place.get(run) ?? -1;
      if (column !== undefined && (last === null || at > last.at)) last = { at, key: columnKey(column.rows, column.index), rows: column.rows.length };
    });
  }
  if (last === null) return null;
  const { at, key, rows } = last;
  const after = runs[at + 1];
  if (after === undefined || after.words === null) return null;
  // A column of part 三 printed column by column, one number for each of its rows: pdfminer prints
  // its column labels together, then numbers of several columns.
  // Or a row of it, not its first, its label (or the words the form prints over its later rows)
  // and then numbers (`本年收费金额（单位：万元）` / `9697` / `二、上年结转政府信息公开申请数量` / `158`
  // …: 行政事业性收费, 7764, part 三's heading, header and first row lost but its last number;
  // `2466` / `三、本年度` / `办理结果` / `109` …).
  // Not the labels of several rows printed together, more words than a row's label over a few lines.
  const goesOn = laterColumnOf(after.whole, after.numbers.length, next) || (after.wordCount <= MOST_WORDS && laterLabelOf(after.opening, after.numbers.length, next));
  return goesOn ? { key, last: rows } : null;
}

/** The rows whose every column reads under its header (see the file's comment), and the lines of the headers read so. */
function readColumns(lines: readonly TokenLine[], plan: TablePlan, next: TablePlan | null): { rows: Map<PlannedRow, ColumnReading>; headers: Array<{ first: number; last: number }> } {
  const { tables, headings } = smallTables(plan);
  const runs = runsOf(lines);
  const printed = runsByHeading(lines, headings, runs);
  const doubts = beforeLost(tables, headings, printed, runs, lines);
  const after = next === null ? null : lastBeforeNext(printed, runs, next);
  if (after !== null && !doubts.has(after.key)) doubts.set(after.key, { last: after.last, next: null, after: true });
  const cells = new Map<PlannedRow, Array<NumberCell | Doubt & { line: number } | undefined>>();
  const inDoubt = orderInDoubt(printed, runs);
  const tableRows = new Map<PlannedRow, number>();
  const headers: Array<{ first: number; last: number }> = [];
  for (const [heading, runs] of printed) {
    if (runs.length !== heading.columns.length) continue;
    heading.columns.forEach((column, i) => {
      const numbers = runs[i]?.numbers ?? [];
      if (numbers.length !== column.rows.length || !numbers.every((n) => readsPlainly(n, column.spec))) return;
      if (inDoubt.has(column)) return;
      // A unit after a header that has none: an amount's header was lost in the lines before these
      // numbers, with this column's own (`本年增/减` / then `-2` and `采购总金额` lost / `（单位：万元）` /
      // `251000`), and none of them can be told to be its own.
      const unit = column.spec.unit === undefined ? (runs[i]?.unit ?? null) : null;
      const doubt: Doubt | undefined = unit !== null ? { last: column.rows.length, next: null, unit } : doubts.get(columnKey(column.rows, column.index));
      const words = runs[i]?.words;
      if (words) headers.push(words);
      column.rows.forEach((row, r) => {
        const number = numbers[r];
        tableRows.set(row, column.rows.length);
        const rowCells = cells.get(row) ?? [];
        rowCells[column.index] = doubt !== undefined && number !== undefined && r >= column.rows.length - doubt.last ? { ...doubt, line: number.line } : number;
        cells.set(row, rowCells);
      });
    });
  }
  const read = new Map<PlannedRow, ColumnReading>();
  for (const [row, found] of cells) {
    const whole = row.spec.columns.map((_, j) => found[j]);
    if (whole.some((c) => c === undefined) || whole.every((c) => c === undefined || !('value' in c))) continue;
    const reading: ColumnReading = { values: [], lines: [], tableRows: tableRows.get(row) ?? 0, by: 'underHeaders' };
    whole.forEach((c, j) => {
      if (c === undefined) return;
      if ('value' in c) {
        reading.values.push(c.value);
        reading.lines.push(c.line);
        return;
      }
      reading.values.push(null);
      reading.doubts ??= new Map();
      reading.doubts.set(j, c);
    });
    read.set(row, reading);
  }
  return { rows: read, headers };
}

/**
 * The columns whose prints cannot be given to their small tables in the form's order: two small
 * tables with as many rows, each printing a header both have (`处理决定数量` of 行政许可's table and
 * 行政处罚's), neither every print of the first before every print of the second (a small table
 * printed whole, then the next) nor each header's prints one right after the other (the tables
 * printed column by column, each column down both). Plain pdftotext orders such prints by where
 * each column stands across the page, and two columns of the same header may come in either order
 * (`处理决定数量` / `143` / `0` / `上一年项目数量` / `1723` / `采购项目数量` / `0` / `处理决定数量` / `253` / `42`:
 * 行政处罚's first).
 */
function orderInDoubt(printed: ReadonlyMap<Heading, readonly Run[]>, runs: readonly Run[]): Set<Column> {
  const position = new Map(runs.map((run, k) => [run, k]));
  const headingOfRun = new Map<Run, Heading>();
  /** Where each small table (by its first row) prints each header, read in the form's order. */
  const places = new Map<PlannedRow | undefined, Map<Heading, number>>();
  for (const [heading, prints] of printed) {
    for (const run of prints) headingOfRun.set(run, heading);
    if (prints.length !== heading.columns.length) continue;
    heading.columns.forEach((column, k) => {
      const at = position.get(prints[k] as Run);
      if (at === undefined) return;
      const table = places.get(column.rows[0]) ?? new Map<Heading, number>();
      table.set(heading, at);
      places.set(column.rows[0], table);
    });
  }
  const doubt = new Set<Column>();
  for (const heading of printed.keys()) {
    heading.columns.forEach((first, i) => {
      for (const second of heading.columns.slice(i + 1)) {
        if (second.rows.length !== first.rows.length) continue;
        const a = places.get(first.rows[0]);
        const b = places.get(second.rows[0]);
        if (a === undefined || b === undefined) continue;
        const shared = [...a.keys()].filter((h) => b.has(h));
        const grouped = Math.max(...shared.map((h) => a.get(h) ?? 0)) < Math.min(...shared.map((h) => b.get(h) ?? 0));
        const alongside = shared.every((h) => runs.slice((a.get(h) ?? 0) + 1, b.get(h) ?? 0).every((run) => headingOfRun.get(run) === h));
        if (!grouped && !alongside) {
          doubt.add(first);
          doubt.add(second);
        }
      }
    });
  }
  return doubt;
}

/** The most characters of words a small table's stretch is read with: its labels and headers are short, more is a page of words. */
const MOST_STRETCH_WORDS = 512;

/** What a small table's heading is followed by, up to the next heading: its words (a matchKey), its numbers, and how they ran. */
interface Stretch {
  item: string;
  words: string;
  /** Its words were more than MOST_STRETCH_WORDS, or it printed a mark or digits that are no numbers. */
  odd: boolean;
  numbers: NumberCell[];
  /** How many numbers each run of them (no words between) holds. */
  runs: number[];
  /** The words between each run and the next (a matchKey); `pending`, those after the last run so far. */
  gaps: string[];
  pending: string;
  /** The lines of its heading and of the last cell before the next. */
  lines: { first: number; last: number };
}

/** The stretches after each small table's heading in the region, in the order printed. */
function stretchesOf(lines: readonly TokenLine[]): Stretch[] {
  const stretches: Stretch[] = [];
  let current: Stretch | null = null;
  let inRun = false;
  const addWords = (stretch: Stretch | null, text: string): void => {
    if (stretch === null || text === '') return;
    if (stretch.words.length + text.length > MOST_STRETCH_WORDS) stretch.odd = true;
    else {
      stretch.words += text;
      stretch.pending += text;
    }
  };
  for (const line of lines) {
    for (const cell of line.cells) {
      if (cell.kind === 'empty') continue;
      const numbers = numbersOf(cell);
      if (current !== null) current.lines.last = cell.line;
      if (numbers !== null) {
        if (current !== null) {
          if (!inRun) {
            if (current.runs.length > 0) current.gaps.push(current.pending);
            current.pending = '';
            current.runs.push(0);
          }
          const last = current.runs.length - 1;
          current.runs[last] = (current.runs[last] ?? 0) + numbers.length;
          for (const n of numbers) current.numbers.push(n);
        }
        inRun = true;
        continue;
      }
      inRun = false;
      if (cell.kind !== 'text') {
        if (current !== null) current.odd = true;
        continue;
      }
      const key = matchKey(cell.raw);
      let at = 0;
      for (const m of key.matchAll(SMALL_TABLE_ITEM)) {
        addWords(current, key.slice(at, m.index));
        current = { item: m[1] ?? '', words: '', odd: false, numbers: [], runs: [], gaps: [], pending: '', lines: { first: cell.line, last: cell.line } };
        stretches.push(current);
        at = m.index + m[0].length;
      }
      addWords(current, key.slice(at));
    }
  }
  return stretches;
}

/**
 * Each small table's heading whose first print stands in its place: numbers after it before the
 * next heading, and right after a stretch that prints something (not right after another heading,
 * as headings drawn after their tables print: `第二十条第（五）项` / `第二十条第（六）项` / `行政强制` …).
 * By item (`(六)`), that print's line.
 */
export function headingsInPlace(lines: readonly TokenLine[]): Map<string, number> {
  const stretches = stretchesOf(lines);
  const printsNothing = (s: Stretch | undefined): boolean => s !== undefined && s.words === '' && s.numbers.length === 0 && !s.odd;
  const found = new Map<string, number>();
  const seen = new Set<string>();
  stretches.forEach((s, k) => {
    if (seen.has(s.item)) return;
    seen.add(s.item);
    if (s.numbers.length > 0 && !printsNothing(stretches[k - 1])) found.set(s.item, s.lines.first);
  });
  return found;
}

/**
 * The rows of each small table whose stretch (its heading to the next) holds exactly its cells in
 * the order printed: no small table's heading printed twice, nor one of the form's missing between
 * it and the next printed; its rows' labels, in the form's order, and no other
 * small table's labels or column headers among its words; exactly as many numbers as its cells, and
 * for a table of several rows and columns, a run of one row's worth for each row, nothing but its
 * rows' labels (whole or in pieces) between them (labels before, after or around their numbers, as
 * Chromium's PDFs read by plain pdftotext print them: `49 146 3444` / `规章` / `38 104 882` /
 * `规范性文件`; `行政` / `11 63 4542` / `许可`). A table of
 * one row reads its numbers left to right when no words split them, one of one column top to
 * bottom, however they ran.
 */
function readStretches(lines: readonly TokenLine[], plan: TablePlan): { rows: Map<PlannedRow, ColumnReading>; stretches: Array<{ first: number; last: number }> } {
  const { tables } = smallTables(plan);
  const read = new Map<PlannedRow, ColumnReading>();
  const stretches: Array<{ first: number; last: number }> = [];
  // Each item's stretch. A heading printed twice means part 二 printed twice (pages pasted together,
  // lines duplicated): which print is the report's cannot be told here, and no stretch is read.
  const byItem = new Map<string, Stretch>();
  const printed = stretchesOf(lines);
  for (const stretch of printed) {
    if (byItem.has(stretch.item)) return { rows: read, stretches };
    byItem.set(stretch.item, stretch);
  }
  tables.forEach((table, t) => {
    const stretch = byItem.get(table.item);
    if (stretch === undefined || stretch.odd) return;
    // A small table of the form whose heading is not printed, between this one and the next heading
    // printed (or after it, when none follows in the form's order): its numbers, its heading and
    // labels lost, may be in this stretch (`行政强制` / `79` / then （八）'s `2` / `61`, a run of lines lost).
    const next = printed[printed.indexOf(stretch) + 1];
    const until = next === undefined ? -1 : tables.findIndex((x) => x.item === next.item);
    const between = tables.slice(t + 1, until > t ? until : tables.length);
    if (between.some((x) => !byItem.has(x.item))) return;
    const rows = table.rows.length;
    const width = table.columns.length;
    if (stretch.numbers.length !== rows * width) return;
    if (rows > 1 && width > 1 && (stretch.runs.length !== rows || stretch.runs.some((n) => n !== width))) return;
    // One row of several cells whose numbers words split (`行政` / `43` / `事业性收费 10`): Chromium sets
    // a row's cells at the heights of its label's lines, and plain pdftotext prints them in that
    // order, not the columns': 43 is 本年增/减's, 10 上一年项目数量's. Read only a run unbroken.
    if (rows === 1 && width > 1 && stretch.runs.length > 1) return;
    // Runs a row's worth each, the words between them naming one of its rows (its label, before or
    // after its numbers, or around them: `许可` / `其他对外管理服务事项`); other words between them
    // (`（七）总计`) may have cut one run of numbers printed column by column into rows' worths.
    if (rows > 1 && width > 1 && stretch.gaps.some((gap) => !inPieces(gap, table.rows.map((row) => matchKey(row.spec.label))))) return;
    // Words between two runs that are a column header's, or a piece of one, put the numbers after
    // them under that header: not the next cells of a row read in order (`上一` / `年项` / `目数` /
    // `量` / `132`, then `年项` / `目数` / `量` / `132` printed again: 132 is not 本年增/减's).
    if (stretch.gaps.some((gap) => gap.length >= 2 && table.headerKeys.some((key) => key.includes(gap) || gap.includes(key)))) return;
    // A number other than 0 on two lines one after the other: a line printed twice makes up a count
    // of numbers that is not the small table's (`132` / `132`: 上一年项目数量 and 本年增/减 read 132).
    if (stretch.numbers.some((n, i) => i > 0 && n.value !== 0 && n.value === stretch.numbers[i - 1]?.value && n.line !== stretch.numbers[i - 1]?.line)) return;
    const own = new Set(table.headerKeys);
    const words = stretch.words;
    const others = tables.some((other) => other !== table && (other.headerKeys.some((k) => !own.has(k) && words.includes(k)) || other.rows.some((row) => row.spec.match.test(words))));
    if (others || !namedInOrder(table.rows, words)) return;
    // A small table printed before this one short of its numbers, and none of this one's column
    // headers in its stretch: numbers moved from where they were printed (the last rows of part 二
    // run on past part 三's heading: `行政事业性收费` / `19`, 19 of (一)'s `19 169 8`, its header
    // `本年收费金额` and 160.1 later). Where the earlier tables hold all of theirs, a stretch whose
    // headers were printed elsewhere still holds its own numbers (`行政` / `许可` / `18`).
    if (shortBefore(printed, stretch, tables) && !headed(table, words)) return;
    const fitsColumns = stretch.numbers.every((n, i) => {
      const column = table.columns[i % width];
      return column !== undefined && readsPlainly(n, column);
    });
    if (!fitsColumns) return;
    stretches.push(stretch.lines);
    table.rows.forEach((row, r) => {
      const cells = stretch.numbers.slice(r * width, r * width + width);
      read.set(row, { values: cells.map((c) => c.value), lines: cells.map((c) => c.line), tableRows: rows, by: 'smallTable' });
    });
  });
  return { rows: read, stretches };
}

/** Does a small table's stretch printed before `stretch` hold fewer numbers than the table has cells? */
function shortBefore(printed: readonly Stretch[], stretch: Stretch, tables: readonly SmallTable[]): boolean {
  return printed.slice(0, printed.indexOf(stretch)).some((before) => {
    const table = tables.find((x) => x.item === before.item);
    return table !== undefined && before.numbers.length < table.rows.length * table.columns.length;
  });
}

/**
 * Do the words print each of the table's column headers, whole or a piece of it (SmallTable.headerPairs)?
 * Chromium's PDFs read by plain pdftotext print a small table's headers wrapped among each other
 * (`本年新` / `本年新` / `对外公` / `制作数量 公开数量 开总数量`), seldom whole.
 */
const headed = (table: SmallTable, words: string): boolean => table.headerPairs.every((pairs) => pairs.some((pair) => words.includes(pair)));

/** Do the words name each of the rows, one after another in the form's order? */
function namedInOrder(rows: readonly PlannedRow[], words: string): boolean {
  let from = 0;
  for (const row of rows) {
    const m = row.spec.match.exec(words.slice(from));
    if (m === null) return false;
    from += m.index + m[0].length;
  }
  return true;
}

/**
 * `read` (part 二 read row by row), its unread rows read column by column under their headers
 * (readColumns) or from their small table's stretch (readStretches), when every cell `read` did
 * read agrees; else null, and `read` stands. The rows so read say so, each with the values it read.
 * `next`: the table after part 二 when its heading was not found (lastBeforeNext), else null.
 */
export function withColumns<Rows extends TableRows>(lines: readonly TokenLine[], plan: TablePlan<Rows>, read: TableResult<TableValue<Rows>>, next: TablePlan | null = null): TableResult<TableValue<Rows>> | null {
  if (!plan.rows.some((row) => row.spec.item !== undefined)) return null;
  if (plan.rows.every((row) => cellsIn(read.table, row)?.every((v) => v !== null) === true)) return null;
  const { rows: reading, headers } = readColumns(lines, plan, next);
  // Rows no header reads may read from their small table's stretch; where both read a row, they must agree.
  const fromStretches = readStretches(lines, plan);
  for (const [row, found] of fromStretches.rows) {
    const other = reading.get(row);
    if (other === undefined) reading.set(row, found);
    // A cell the headers leave in doubt (beforeLost) stays so: the stretch's count of numbers
    // cannot tell a number lost from one run in from the lost print.
    else if (other.values.some((v, j) => v !== null && v !== found.values[j])) return null;
  }
  if (reading.size === 0) return null;
  // Words read as no row's, their numbers not read (a column's header, or words in a small table's
  // stretch): those numbers are read now.
  const spans = [...headers, ...fromStretches.stretches];
  const stale = (d: PendingDiagnostic): boolean => d.code === 'unknown-row' && d.line !== null && spans.some((h) => d.line !== null && d.line >= h.first && d.line <= h.last);
  return fillUnread(plan, read, (row) => {
    const found = reading.get(row);
    if (found === undefined) return undefined;
    const line = found.lines[0] ?? 0;
    const note =
      found.by === 'underHeaders'
        ? diagnostic('recovered-pairing', 'recovered-pairing.underHeaders', { row: row.spec.label, read: found.values, columns: row.spec.columns.map((c) => c.label), rows: found.tableRows }, row.fullPath, line)
        : diagnostic('recovered-pairing', 'recovered-pairing.smallTable', { row: row.spec.label, read: found.values, item: row.spec.item ?? '', rows: found.tableRows, numbers: found.tableRows * row.spec.columns.length }, row.fullPath, line);
    const more = [...(found.doubts ?? [])].flatMap(([j, doubt]): PendingDiagnostic[] => {
      const column = row.spec.columns[j];
      if (column === undefined) return [];
      const path = `${row.fullPath}.${column.key}`;
      if (doubt.after) return [diagnostic('ambiguous-pairing', 'ambiguous-pairing.lostAfter', { row: row.spec.label, column: column.label }, path, doubt.line)];
      if (doubt.next === null) return [diagnostic('ambiguous-pairing', 'ambiguous-pairing.unitHeader', { row: row.spec.label, column: column.label, unit: doubt.unit ?? '' }, path, doubt.line)];
      return [diagnostic('ambiguous-pairing', 'ambiguous-pairing.lostHeader', { row: row.spec.label, column: column.label, next: doubt.next, last: doubt.last }, path, doubt.line)];
    });
    return { values: found.values, line, by: found.by, note, more };
  }, { othersUnread: false, stale });
}

/** The most lines of words after a row's label looked at for its column's header (headerAfterLabel). */
const HEADER_AFTER_LINES = 8;

/**
 * Part 二 as read (`result`), with each cell left empty that a row read from a number on a line
 * after its label, where the column's own header is printed after the label too, in the same small
 * table (no small table's heading between): a print column by column, each column's numbers after
 * its header (`行政事业` / `性收费` / `29` / `本年处理决定数量` / `1713` / `27` / `本年收费金额（单位：万元）`
 * / `1.3`: the 29 is 行政许可's, printed before its header, and 1.3 the row's). Where the reading
 * under headers (or by small table) read the cell, it agrees, or has disputed it already
 * (withColumns); this is for a cell it could not read (`1` / `.3`, a number cut in two). The
 * result itself when no cell is so.
 */
export function headerAfterLabel<Rows extends TableRows>(lines: readonly TokenLine[], plan: TablePlan<Rows>, result: TableResult<TableValue<Rows>>, next: TablePlan | null): TableResult<TableValue<Rows>> {
  const table = result.table;
  if (table === null || !plan.rows.some((row) => row.spec.item !== undefined)) return result;
  /** The cells read again under their headers, or from their small table's stretch: those agree. */
  let again: Map<PlannedRow, ColumnReading> | null = null;
  const readAgain = (row: PlannedRow, j: number): number | null | undefined => {
    if (again === null) {
      again = readColumns(lines, plan, next).rows;
      for (const [r, found] of readStretches(lines, plan).rows) if (!again.has(r)) again.set(r, found);
    }
    return again.get(row)?.values[j];
  };
  const objects: Array<Json | undefined> = [];
  const said: PendingDiagnostic[] = [];
  let indexOf: Map<number, number> | null = null;
  for (const row of plan.rows) {
    const object = rowIn(table, row);
    objects[row.index] = object === null ? undefined : { ...object };
    const at = result.rows[row.fullPath]?.line;
    if (object === null || at === undefined || row.spec.item === undefined) continue;
    indexOf ??= new Map(lines.map((l, i) => [l.line, i]));
    const start = indexOf.get(at) ?? -1;
    // Its numbers on its label's line are its own: a row printed row by row.
    if (start < 0 || lines[start]?.cells.some((c) => c.kind !== 'text' && c.kind !== 'empty')) continue;
    // The words of the lines after it, up to the next small table (its heading, its header's words,
    // `信息内容`, or another row's label), a few lines of words at most: a small table's header
    // stands right by its rows (the region may run on into pages of prose).
    const later: string[] = [];
    for (let i = start + 1; i < lines.length && later.length < HEADER_AFTER_LINES; i++) {
      const words = matchKey((lines[i]?.cells ?? []).filter((c) => c.kind === 'text').map((c) => c.raw).join(''));
      if (words === '') continue;
      const named = matchRow(words, plan.rows)?.row;
      if (SMALL_TABLE_HEADING.test(words) || plan.table.spec.headerWords?.some((w) => w.test(words)) || (named !== undefined && named !== row)) break;
      later.push(words);
    }
    for (const [j, column] of row.spec.columns.entries()) {
      const value = object[column.key];
      // Its header as the form prints it, or as reports do (ColumnSpec.printed).
      const header = matchKey(column.label);
      const printed = column.printed;
      const isHeader = (words: string): boolean => words.startsWith(header) || printed?.exec(words)?.index === 0;
      if (typeof value !== 'number' || !later.some(isHeader) || readAgain(row, j) === value) continue;
      (objects[row.index] as Json)[column.key] = null;
      said.push(diagnostic('ambiguous-pairing', 'ambiguous-pairing.headerAfter', { row: row.spec.label, column: column.label, value }, `${row.fullPath}.${column.key}`, at));
    }
  }
  if (said.length === 0) return result;
  return { ...result, table: tableValue(plan, objects), diagnostics: [...result.diagnostics, ...said] };
}
