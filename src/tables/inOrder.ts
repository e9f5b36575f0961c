/**
 * Part 四 read in the order its numbers are printed, when its table cannot be read row by row.
 *
 * Plain `pdftotext` (no -layout) prints a table column piece by column piece: part 四's fifteen
 * numbers come out one or two a line, in the form's order (行政复议's five, then 未经复议直接起诉's,
 * then 复议后起诉's), with the pieces of its column headers between them (`结果维`, `持`, `正`,
 * `总计`), now and then a number of part 三 before them, and sometimes the last of them after
 * parts 五 and 六, where a page's end put them, under part 四's own header words again. No label
 * stands beside a number, so the rows cannot be paired; but each group of five checks itself (its
 * four results add up to its 总计): fifteen numbers in a row that split 5/5/5 with all three sums
 * holding are part 四, when they are the only such run (or every such run reads the same).
 */
import { OUTCOME_COLUMNS, REVIEW_LITIGATION_ROWS } from '../catalog/reviewLitigation.js';
import { diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import { matchKey } from '../normalize/matchKey.js';
import type { ReviewLitigation } from '../schema.js';
import type { Cell, Layout, Region, TokenLine } from '../tokens.js';
import type { TableResult } from './buildTable.js';
import { PLANS, rowObject, tableValue } from './plan.js';
import { matchRow } from './labels.js';
import { groupsAddUp, SPACED_NUMBERS } from './rowValues.js';

const PLAN = PLANS.reviewLitigation;
/** Each group's cells, in the form's order (three groups of five, each ending in its 总计). */
const GROUPS: readonly number[] = PLAN.rows.flatMap((row) => row.sumGroups);
const CELLS = GROUPS.reduce((a, b) => a + b, 0);
/** A group's cells: four results and their 总计 (reviewLitigation.ts reads them so too). */
export const GROUP_CELLS = OUTCOME_COLUMNS.length;

/** What may not be a piece of a label: punctuation and symbols (`、`, `·`). */
const NOT_WORD = /[\p{P}\p{S}]/gu;
const wordKey = (text: string): string => matchKey(text).replace(NOT_WORD, '');

/**
 * The column labels (`结果维持` … `总计`), and those and the row labels, in pieces and whole
 * (`行政复议`, `未经复议直接起诉`, `行政诉讼（未经复议直接起诉）` as a small table's heading), as keys.
 */
const COLUMN_WORDS = OUTCOME_COLUMNS.map((c) => wordKey(c.label));
const TABLE_WORDS = [...COLUMN_WORDS, ...Object.values(REVIEW_LITIGATION_ROWS).flatMap((row) => [...row.label.split('·'), row.label].map(wordKey))];

/** Is every word of a text a piece of part 四's labels (`结果维 结果纠`, `持`, `尚 总计 结`)? */
function labelPieces(text: string): boolean {
  return text.split(/\s+/).every((word) => {
    const key = wordKey(word);
    return key === '' || TABLE_WORDS.some((label) => label.includes(key));
  });
}

/** Is every word of a text a piece of part 四's column labels (`结果维持`, `持`, `总计`)? */
export function columnPieces(text: string): boolean {
  return text.split(/\s+/).every((word) => {
    const key = wordKey(word);
    return key === '' || COLUMN_WORDS.some((label) => label.includes(key));
  });
}

/** Does a text print a column's header, or a piece of one of two characters or more (`总计`, `结果维`, `其他`)? */
const namesColumn = (text: string): boolean =>
  text.split(/\s+/).some((word) => {
    const key = wordKey(word);
    return key.length >= 2 && COLUMN_WORDS.some((label) => label.includes(key));
  });

/** A number printed, or a cell where a number was printed that cannot be summed (a mark, a fraction, digits run into words): `value` null. */
interface Printed {
  value: number | null;
  line: number;
  /** Whether part 四's header words stand right before it (on its line or the lines since the last number). */
  afterWords?: boolean;
}

/** The numbers a line prints, in order: `2023 24` is two; a cell that is no count is a number no sum can hold. */
function numbersOf(cells: readonly Cell[], out: Printed[]): void {
  for (const cell of cells) {
    if (cell.kind === 'empty' || cell.kind === 'text') continue;
    // Numbers a space apart (`2023 24`, `324 160`): cells of a table printed column piece by column piece.
    if (SPACED_NUMBERS.test(cell.raw)) for (const piece of cell.raw.split(' ')) out.push({ value: Number(piece), line: cell.line });
    else if (cell.kind === 'number') out.push({ value: Number.isInteger(cell.value) && cell.value >= 0 ? cell.value : null, line: cell.line });
    else out.push({ value: null, line: cell.line });
  }
}

type LineKind = 'numbers' | 'header' | 'other';

/** A line of numbers (and perhaps header pieces), of header pieces alone, or of other words (the table is over). */
function kindOf(line: TokenLine): LineKind {
  let text = false;
  for (const cell of line.cells) {
    if (cell.kind !== 'text') continue;
    if (!labelPieces(cell.raw)) return 'other';
    text = true;
  }
  return line.cells.some((c) => c.kind === 'number' || c.kind === 'placeholder' || c.kind === 'digits') ? 'numbers' : text ? 'header' : 'numbers';
}

/**
 * Numbers in the order printed, and where a row's label stands among them: `labels[i]` is the
 * row (its index in the form) whose label alone stands before `numbers[at]`. Labels of several
 * rows in one place (the header block, `行政复议` / `未经复议直接起诉` / `复议后起诉` before any
 * number) tell nothing of where each group starts, and are not kept.
 */
interface Sequence {
  numbers: Printed[];
  labels: Array<{ at: number; row: number }>;
}

/** The rows a line's words name (`未经复议直接起诉`, `总计 复议后起诉`). */
function rowsNamed(cells: readonly Cell[], into: Set<number>): void {
  for (const cell of cells) {
    if (cell.kind !== 'text') continue;
    const named = matchRow(matchKey(cell.raw), PLAN.rows);
    if (named) into.add(named.row.index);
  }
}

/** The numbers of lines[from…], up to the first line of other words after one; `end`: that line's index (lines.length when none). */
function numbersFrom(lines: readonly TokenLine[], from: number): Sequence & { end: number } {
  const numbers: Printed[] = [];
  const labels: Sequence['labels'] = [];
  let named = new Set<number>();
  let end = lines.length;
  let words = false;
  for (const [k, line] of lines.slice(from).entries()) {
    const i = from + k;
    if (kindOf(line) === 'other') {
      // Words before the first number (`单位：件`, a page's running head) do not end a table not yet begun.
      if (numbers.length === 0) continue;
      // A row's label alone after the last number stands before the next, should the table go on
      // after these words (`行政复议`, a heading cut off from its small table by a line of other words).
      const [only] = named;
      if (named.size === 1 && only !== undefined) labels.push({ at: numbers.length, row: only });
      end = i;
      break;
    }
    // A row's label after the line's numbers (`| 670 | … | 2431 | 行政复议`, a small table's heading
    // run into the row before it) names the numbers after it, not these.
    const last = line.cells.findLastIndex((c) => c.kind !== 'empty' && c.kind !== 'text');
    rowsNamed(last < 0 ? line.cells : line.cells.slice(0, last), named);
    const before = numbers.length;
    numbersOf(line.cells, numbers);
    const first = numbers[before];
    if (first !== undefined) {
      const at = line.cells.findIndex((c) => c.kind !== 'empty' && c.kind !== 'text');
      first.afterWords = words || line.cells.slice(0, at).some((c) => c.kind === 'text');
      words = false;
    } else if (line.cells.some((c) => c.kind === 'text')) words = true;
    if (numbers.length > before && named.size > 0) {
      const [only] = named;
      if (named.size === 1 && only !== undefined) labels.push({ at: before, row: only });
      named = new Set();
    }
    if (last >= 0) rowsNamed(line.cells.slice(last + 1), named);
  }
  return { numbers, labels, end };
}

/**
 * The rest of part 四's table printed later (after parts 五 and 六, a signature between): the
 * first stretch of lines that opens with part 四's column headers (header lines before its first
 * number, one of them naming a column) and then prints numbers. Null when there is none.
 */
function reopened(lines: readonly TokenLine[]): (Sequence & { line: number }) | null {
  /** The current stretch of header lines: its first line and that line's index, and whether one of its lines names a column. */
  let stretch: { first: TokenLine; at: number; column: boolean } | null = null;
  for (const [i, line] of lines.entries()) {
    const kind = kindOf(line);
    if (kind === 'header') {
      stretch ??= { first: line, at: i, column: false };
      stretch.column ||= line.cells.some((c) => c.kind === 'text' && namesColumn(c.raw));
      continue;
    }
    if (stretch?.column && kind === 'numbers') return { ...numbersFrom(lines, stretch.at), line: stretch.first.line };
    stretch = null;
  }
  return null;
}

/**
 * The lines after part 四's region, as printed, and a way to tokenize a stretch of them: only the
 * stretch from a line of part 四's column headers on is tokenized (TAIL_LINES lines, TAIL_CHARACTERS
 * characters at most), never the whole of parts 五 and 六, whose cells would count against the
 * work bound (a long part 六 would make the report too large).
 */
export interface LaterLines {
  regions: readonly Region[];
  tokens: (stretch: Region) => readonly TokenLine[];
}

/** Part 四's rest is fifteen numbers at most, a few lines of header pieces around each. */
const TAIL_LINES = 200;
const TAIL_CHARACTERS = 8192;

/** The first stretch of the later lines that opens with a line of part 四's column headers alone, tokenized; none when none does. */
function laterStretch(later: LaterLines): TokenLine[] {
  for (const region of later.regions) {
    const start = region.lines.findIndex((line) => line.trim() !== '' && labelPieces(line.trim()) && namesColumn(line.trim()));
    if (start < 0) continue;
    let end = start;
    let characters = 0;
    for (const line of region.lines.slice(start, start + TAIL_LINES)) {
      characters += line.length;
      if (characters > TAIL_CHARACTERS) break;
      end++;
    }
    return [...later.tokens({ firstLine: region.firstLine + start, lines: region.lines.slice(start, end) })];
  }
  return [];
}

/** Where each group's cells start in a run (0, 5, 10). */
const GROUP_STARTS: readonly number[] = GROUPS.map((_, g) => GROUPS.slice(0, g).reduce((a, b) => a + b, 0));

/**
 * Do the row labels that stand alone among the run's numbers name its groups in the form's order?
 * Rows printed in another order (复议后起诉 before 行政复议) would each add up, read as the wrong
 * group. So would three small tables in another order with one heading lost
 * (`行政诉讼（未经复议直接起诉）` / its five / `行政诉讼（复议后起诉）` / its five / 行政复议's five, its
 * heading lost): labels right before two groups' numbers or more must name those groups. (One
 * label alone there may be a header's last word: `… 复议后起诉` / the fifteen.)
 */
function inFormOrder(labels: Sequence['labels'], start: number): boolean {
  let last = 0;
  const heading: Array<{ group: number; row: number }> = [];
  for (const { at, row } of labels) {
    if (at < start || at >= start + CELLS) continue;
    if (row < last) return false;
    last = row;
    const group = GROUP_STARTS.indexOf(at - start);
    if (group >= 0) heading.push({ group, row });
  }
  return heading.length < 2 || heading.every(({ group, row }) => group === row);
}

/**
 * The first of a run's groups (three of five, in the form's order) that prints the same as an
 * earlier one, counting only the groups `counts` takes; null when none does.
 */
function groupTwice<T>(run: readonly T[], counts: (group: readonly T[]) => boolean, key: (group: readonly T[]) => string): T[] | null {
  const seen = new Set<string>();
  let at = 0;
  for (const size of GROUPS) {
    const group = run.slice(at, at + size);
    at += size;
    if (group.length === 0 || !counts(group)) continue;
    const printed = key(group);
    if (seen.has(printed)) return group;
    seen.add(printed);
  }
  return null;
}

/**
 * Do two of a run's groups each print whole on a line of their own, the same numbers: one row's
 * line printed again (a conversion's repeat), which splits into groups that add up however many
 * times it repeats, not two groups.
 */
const repeatsALine = (run: readonly Printed[]): boolean =>
  groupTwice(
    run,
    (group) => group.every((n) => n.line === group[0]?.line),
    (group) => group.map((n) => n.value).join(' '),
  ) !== null;

/**
 * The group a run prints twice, when two of its groups print the same numbers, not all 0; null
 * when none does. Real groups may (a small report's 1 0 0 0 1 twice), but so does a row's five
 * lines printed again: 行政复议 twice and then 未经复议直接起诉 add up as three groups, one line a
 * number or not. Asked only where the table prints more than fifteen numbers, so that there is
 * something else the run could have been.
 */
const repeatedGroup = (values: readonly number[]): number[] | null =>
  groupTwice(
    values,
    (group) => group.some((v) => v !== 0),
    (group) => group.join(' '),
  );

/** Runs that fit: each reading once, how many runs, and where the first starts. */
interface Runs {
  readings: Map<string, number[]>;
  runs: number;
  at: number;
}

const noRuns = (): Runs => ({ readings: new Map(), runs: 0, at: -1 });

/**
 * The fifteen values of every run of consecutive numbers whose three groups add up, each reading
 * once (by its values, so a long region costs no more than linear time). A run that repeats a
 * group, among more than fifteen numbers, is kept apart (`repeating`): it is never read, and
 * is only said when no other run fits.
 */
function fittingRuns({ numbers, labels }: Sequence): { fitting: Runs; repeating: Runs } {
  const fitting = noRuns();
  const repeating = noRuns();
  for (let start = 0; start + CELLS <= numbers.length; start++) {
    const run = numbers.slice(start, start + CELLS);
    if (run.some((n) => n.value === null)) continue;
    const values = run.map((n) => n.value ?? 0);
    if (!groupsAddUp(values, GROUPS) || !inFormOrder(labels, start) || repeatsALine(run)) continue;
    const into = numbers.length > CELLS && repeatedGroup(values) ? repeating : fitting;
    into.runs++;
    if (into.at < 0) into.at = start;
    const key = values.join(' ');
    if (!into.readings.has(key)) into.readings.set(key, values);
  }
  return { fitting, repeating };
}

/** Where each group but the last ends among the fifteen (5, 10), with how many groups end there. */
const GROUP_ENDS: ReadonlyMap<number, number> = new Map(GROUPS.slice(0, -1).map((_, g) => [GROUPS.slice(0, g + 1).reduce((a, b) => a + b, 0), g + 1]));

/** The most numbers between two pieces of a reading that gappedReading looks past: four rows of part 三 (unless each piece starts under header words). */
const MOST_BETWEEN = 28;
/** Past this many numbers in the order printed, gappedReading is not asked (the work it takes grows with their count). */
const MOST_NUMBERS_GAPPED = 400;

/**
 * Another reading of fifteen numbers that add up, with other numbers between two of them: a run
 * of another table printed in the middle of part 四's (plain pdftotext prints part 三's rows after
 * part 四's heading, among its numbers: `0 0 0 0 总计 0` / part 三's `487 … 10027` and `0 0 28 12
 * 114 0 154` / `0 1 0 1` …, where the fifteen in a row that add up take `28 12 114 0 154` for
 * 行政复议). Up to MOST_BETWEEN numbers between; any count where the two pieces split where a
 * group ends and each starts right under part 四's header words (`结果 … 审结` / `16 0 12 0 28` /
 * 93 numbers of part 三 / `结果 维持` / `7` …, the fifteen in a row that add up taking part 三's last
 * row's `24 8 0 0 32`): a group of five that adds up under its own header words is as good a
 * reading. The numbers between are `between` numbers from `at`; its values differ from `read`'s.
 * Null when there is none (or too many numbers to look).
 */
function gappedReading({ numbers, labels }: Sequence, read: readonly number[]): { values: number[]; at: number; between: number } | null {
  if (numbers.length <= CELLS || numbers.length > MOST_NUMBERS_GAPPED) return null;
  const readKey = read.join(' ');
  for (let start = 0; start + CELLS < numbers.length; start++) {
    for (let split = 1; split < CELLS; split++) {
      const at = start + split;
      // Split where a group ends, the first piece right under header words: any count between.
      const groupsBefore = numbers[start]?.afterWords === true ? GROUP_ENDS.get(split) : undefined;
      if (groupsBefore !== undefined) {
        // (Its groups must add up, whatever follows: most splits end here.)
        const head = numbers.slice(start, at);
        if (head.some((n) => n.value === null) || !groupsAddUp(head.map((n) => n.value ?? 0), GROUPS.slice(0, groupsBefore))) continue;
      }
      const most = groupsBefore === undefined ? MOST_BETWEEN : numbers.length;
      for (let between = 1; between <= most && at + between + CELLS - split <= numbers.length; between++) {
        if (between > MOST_BETWEEN && numbers[at + between]?.afterWords !== true) continue;
        const run = [...numbers.slice(start, at), ...numbers.slice(at + between, at + between + CELLS - split)];
        if (run.some((n) => n.value === null)) continue;
        const values = run.map((n) => n.value ?? 0);
        if (!groupsAddUp(values, GROUPS) || values.join(' ') === readKey || sameGroups(values, read)) continue;
        // Labels among the numbers taken, by their place in the fifteen (one between them counts where the second piece starts).
        const placed = labels.filter((l) => l.at < at || l.at >= at + between).map((l) => ({ at: l.at < at ? l.at : l.at - between, row: l.row }));
        // One that prints a group twice is no reading (fittingRuns keeps such runs apart).
        if (!inFormOrder(placed, start) || repeatsALine(run) || repeatedGroup(values) !== null) continue;
        return { values, at, between };
      }
    }
  }
  return null;
}

/**
 * Does each group of `a` hold the same numbers as `b`'s, in another order? A number printed twice
 * (`19` / `147` / `19` / `147` / `229` …, a line repeated) lets a reading that skips one copy take
 * the other: the same numbers, another order, and nothing of another table between.
 */
function sameGroups(a: readonly number[], b: readonly number[]): boolean {
  let at = 0;
  for (const size of GROUPS) {
    const sorted = (xs: readonly number[]): string => [...xs.slice(at, at + size)].sort((x, y) => x - y).join(' ');
    if (sorted(a) !== sorted(b)) return false;
    at += size;
  }
  return true;
}

/**
 * Five numbers in a row before `at`, the first of them right under part 四's header words, that
 * add up as a group does in another order than the form's (the largest the sum of the other four,
 * not last; not all zeros): where the fifteen read in the order printed start after them, a group
 * of the table may be those, printed out of its order. Null when there are none.
 */
function groupBefore(numbers: readonly Printed[], at: number): { values: number[]; at: number } | null {
  for (let start = 0; start + GROUP_CELLS <= at; start++) {
    if (numbers[start]?.afterWords !== true) continue;
    const five = numbers.slice(start, start + GROUP_CELLS).map((n) => n.value);
    if (five.some((v) => v === null)) continue;
    const values = five as number[];
    const largest = Math.max(...values);
    const sum = values.reduce((a, b) => a + b, 0);
    if (largest > 0 && sum === 2 * largest && values.at(-1) !== largest) return { values, at: start };
  }
  return null;
}

/** Does a cell print words of part 四's table: a row's label or a column's (reviewLitigation.ts)? */
export type NamesTable = (cell: Cell) => boolean;

/**
 * What reading part 四 in the order printed gave: the table read so, or, when that reading is in
 * doubt, the row-by-row result with one more diagnostic saying why, and (`doubted`) the only
 * fifteen that fit, in the form's order, where one run fit but something else printed there
 * leaves it in doubt (`inOrderBefore`, `inOrderGap`).
 */
export type InOrder = TableResult<ReviewLitigation> & { doubted?: readonly number[] };

/**
 * Part 四 from its numbers in the order printed, or null when that gives no reading (its result
 * stands as read). `lines`: part 四's region; `later`: the lines after it (parts 五 and 六),
 * looked at only when the region prints fewer than fifteen numbers and does not go on itself.
 * `unread`: what reading it row by row gave, whose diagnostics stay when several runs fit (one
 * more says so).
 */
export function readInOrder(
  lines: readonly TokenLine[],
  later: LaterLines,
  namesTable: NamesTable,
  unread: TableResult<ReviewLitigation>,
): InOrder | null {
  // From the table's own words on: numbers before them (under the heading) are part 三's that ran on.
  const from = lines.findIndex((line) => line.cells.some(namesTable));
  if (from < 0) return null;
  const own = numbersFrom(lines, from);
  let sequence: Sequence = own;
  let tail: number | null = null;
  if (own.numbers.length < CELLS) {
    const rest = reopened(lines.slice(own.end)) ?? reopened(laterStretch(later));
    if (rest) {
      const offset = own.numbers.length;
      sequence = { numbers: [...own.numbers, ...rest.numbers], labels: [...own.labels, ...rest.labels.map((l) => ({ at: l.at + offset, row: l.row }))] };
      tail = rest.line;
    }
  }
  const { numbers } = sequence;
  const { fitting, repeating } = fittingRuns(sequence);
  // Runs that print a group twice count only when no other run fits, and even then are not
  // read: a line printed again may be all they are. The table stays null, saying so.
  const chosen = fitting.runs > 0 || repeating.runs === 0 ? fitting : repeating;
  const readings = [...chosen.readings.values()];
  const { runs, at } = chosen;
  const [only] = readings;
  const line = numbers[at]?.line ?? lines[from]?.line ?? null;
  if (readings.length > 1 || (only && chosen === repeating)) {
    const ambiguous =
      readings.length > 1
        ? diagnostic('ambiguous-pairing', 'ambiguous-pairing.inOrder', { numbers: numbers.length, readings: readings.length, runs }, PLAN.key, line)
        : diagnostic('ambiguous-pairing', 'ambiguous-pairing.inOrderRepeat', { numbers: numbers.length, repeated: repeatedGroup(only ?? []) ?? [] }, PLAN.key, line);
    return { ...unread, diagnostics: [...unread.diagnostics, ambiguous] };
  }
  if (!only) return null;
  // Five numbers right under the table's header words, before the fifteen, that add up in another
  // order: a group printed out of its order (plain pdftotext puts a 总计 before its results now and
  // then), the fifteen another table's numbers that add up by chance.
  const before = groupBefore(numbers, at);
  if (before !== null) {
    const params = { numbers: numbers.length, read: only, group: before.values, line: numbers[before.at]?.line ?? line ?? 0 };
    return { ...unread, diagnostics: [...unread.diagnostics, diagnostic('ambiguous-pairing', 'ambiguous-pairing.inOrderBefore', params, PLAN.key, line)], doubted: only };
  }
  // Fifteen with other numbers between them that read otherwise: which is the table cannot be told.
  const gapped = gappedReading(sequence, only);
  if (gapped !== null) {
    const params = { numbers: numbers.length, read: only, other: gapped.values, between: gapped.between, line: numbers[gapped.at]?.line ?? line ?? 0 };
    return { ...unread, diagnostics: [...unread.diagnostics, diagnostic('ambiguous-pairing', 'ambiguous-pairing.inOrderGap', params, PLAN.key, line)], doubted: only };
  }
  const rows: Layout['rows'] = {};
  // Said on each row (as pairing says it), so that a row a line break may have cut (digitBreaks.ts) takes its note with it.
  const diagnostics: PendingDiagnostic[] = [];
  let cell = at;
  const rowObjects = PLAN.rows.map((row) => {
    const first = numbers[cell]?.line ?? line;
    const size = row.spec.columns.length;
    const read = only.slice(row.index * size, (row.index + 1) * size);
    rows[row.fullPath] = { line: first ?? 0, label: row.spec.label };
    diagnostics.push(diagnostic('recovered-pairing', 'recovered-pairing.inOrder', { row: row.spec.label, read, numbers: numbers.length, runs, tail }, row.fullPath, first));
    cell += size;
    return rowObject(row.spec.columns, read, 0);
  });
  return { table: tableValue(PLAN, rowObjects), diagnostics, rows, columns: unread.columns };
}
