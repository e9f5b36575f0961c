/**
 * token lines → the three tables of SPEC.md, each driven by its catalog rows:
 * part 二 (第二十条, per form), part 三 (the application matrix), part 四 (review/litigation).
 */
import {
  activeDisclosureRows,
  APPLICANT_COLUMNS,
  APPLICATIONS,
  FORM_MARKERS,
  OUTCOME_COLUMNS,
  OUTCOME_PATHS,
  REVIEW_LITIGATION,
  SINGLE_OTHER_HANDLING,
  type ColumnSpec,
  type Format,
  type RowSpec,
} from '../catalog/index.js';
import { diagnostic, leavesUnknown, type Diagnostic } from '../diagnostics.js';
import { matchKey } from '../normalize/index.js';
import type { Applications, ReviewLitigation } from '../schema.js';
import type { Cell, Layout, TokenLine } from '../tokens.js';
import { chooseFit, edgeFits, fromRecovery, rowValues, type RowContext, type RowValues } from './cells.js';
import { chooseAcrossRows, isDigitRun, type ColumnRule, type DigitRecovery, type RowState } from './recover.js';
import { continueRow, isValue, readRows, type FoundRow } from './rows.js';

type PrintedRows = Layout['rows'];
type PrintedColumns = Layout['columns'];

export interface TableResult<T> {
  table: T | null;
  diagnostics: Diagnostic[];
  rows: PrintedRows;
  columns: PrintedColumns;
}

/** Where a table was looked for, for the diagnostic when it is not there. */
export interface TableLocation {
  /** Line of the part's heading, or null when the part itself was not found. */
  line: number | null;
}

type Json = Record<string, unknown>;

/** `{ [column key]: value }` in column order, as Object.fromEntries gave, without the pairs. */
function rowObject(columns: readonly { key: string }[], values: ReadonlyArray<number | null>, offset: number): Json {
  const out: Json = {};
  for (let i = 0; i < columns.length; i++) out[columns[i]!.key] = values[offset + i] ?? null;
  return out;
}

/**
 * What a table's rows have that does not change from report to report, made once per table:
 * each row's full JSON path (`applications.granted`) and the keys leading to it in the table.
 */
interface TablePlan {
  path: string;
  specs: readonly RowSpec[];
  /** Does any column of the table have ColumnSpec.printed (so its header text is worth reading)? */
  printedVariants: boolean;
  /** Header texts read (columnsAsPrinted), remembered: headers repeat from report to report. */
  headers: Map<string, ColumnsAsPrinted>;
  /** In catalog order. */
  rows: readonly PlannedRow[];
  bySpec: ReadonlyMap<RowSpec, PlannedRow>;
}

interface PlannedRow {
  spec: RowSpec;
  /** Index in the catalog. */
  index: number;
  /** Full JSON path, e.g. `applications.granted`. */
  path: string;
  /** The keys of spec.path, from the table object to the row's. */
  keys: readonly string[];
}

function tablePlan(path: string, specs: readonly RowSpec[]): TablePlan {
  const rows = specs.map((spec, index) => ({ spec, index, path: `${path}.${spec.path}`, keys: spec.path.split('.') }));
  const printedVariants = specs.some((spec) => spec.columns.some((c) => c.printed));
  return { path, specs, printedVariants, headers: new Map(), rows, bySpec: new Map(rows.map((row) => [row.spec, row])) };
}

/** The text cells of the lines up to `lastLine`, as printed: the headers before a table's first row. */
function headerText(lines: readonly TokenLine[], lastLine = Infinity): string {
  // Concatenated in a loop: flatMap over the lines cost ten times the rest of detectFormat.
  let text = '';
  for (const line of lines) {
    if (line.line > lastLine) break;
    for (const c of line.cells) if (c.kind === 'text') text += c.raw;
  }
  return text;
}

/** Each set of a table's columns with the labels the report's headers give them, and those labels by column path. */
interface ColumnsAsPrinted {
  sets: ReadonlyMap<readonly ColumnSpec[], readonly ColumnSpec[]>;
  labels: ReadonlyArray<readonly [path: string, label: string]>;
}

/** The longest header text whose reading is remembered, and how many are (headers repeat from report to report). */
const MAX_HEADER_REMEMBERED = 512;
const HEADERS_REMEMBERED = 256;

/**
 * The table's columns as its headers (the text before its first row) print them: ColumnSpec.printed
 * matched on their matchKey. A set the report prints as the form does is itself.
 */
function columnsAsPrinted(plan: TablePlan, lines: readonly TokenLine[], firstRowLine: number, printedColumns: PrintedColumns): ReadonlyMap<readonly ColumnSpec[], readonly ColumnSpec[]> {
  const text = headerText(lines, firstRowLine);
  const cache = plan.headers;
  let found = cache.get(text);
  if (!found) {
    found = readHeaders(plan, matchKey(text));
    if (text.length <= MAX_HEADER_REMEMBERED) {
      if (cache.size >= HEADERS_REMEMBERED) cache.clear();
      cache.set(text, found);
    }
  }
  for (const [path, label] of found.labels) printedColumns[path] = label;
  return found.sets;
}

function readHeaders(plan: TablePlan, header: string): ColumnsAsPrinted {
  const sets = new Map<readonly ColumnSpec[], readonly ColumnSpec[]>();
  const labels: Array<readonly [string, string]> = [];
  for (const spec of plan.specs) {
    if (sets.has(spec.columns)) continue;
    let columns = spec.columns;
    spec.columns.forEach((column, i) => {
      const label = column.printed?.exec(header)?.[0];
      if (label === undefined || label === matchKey(column.label)) return;
      if (columns === spec.columns) columns = [...spec.columns];
      (columns as ColumnSpec[])[i] = { ...column, label };
      labels.push([`${plan.path}.${column.key}`, label]);
    });
    sets.set(spec.columns, columns);
  }
  return { sets, labels };
}

/** The table object shaped by the catalog: each row's object where it was read, else null. */
function tableObject(plan: TablePlan, rowObjects: ReadonlyArray<Json | undefined>): Json {
  const table: Json = {};
  for (const { index, keys } of plan.rows) {
    let node = table;
    for (let i = 0; i < keys.length - 1; i++) node = (node[keys[i]!] ??= {}) as Json;
    node[keys[keys.length - 1]!] = rowObjects[index] ?? null;
  }
  return table;
}

const ACTIVE_DISCLOSURE_PLANS: Readonly<Record<Format, TablePlan>> = {
  '2019': tablePlan('activeDisclosure', activeDisclosureRows('2019')),
  '2021': tablePlan('activeDisclosure', activeDisclosureRows('2021')),
};
const APPLICATION_PLAN = tablePlan('applications', APPLICATIONS);
const REVIEW_LITIGATION_PLAN = tablePlan('reviewLitigation', REVIEW_LITIGATION);

interface BuildOptions {
  plan: TablePlan;
  /** The rows' own arithmetic, for cells printed run together (see RowContext.sumGroups). */
  sumGroups?: readonly number[];
  /** The table's column rules, to choose between the cuts of run-together rows. */
  columnRules?: readonly ColumnRule[];
  location: TableLocation;
  /** Rows of the next table: where the region runs on into it (a heading missing), this table ends. */
  following?: readonly RowSpec[];
  /** Rows that may be absent without complaint, given the rows that were found. */
  excused?: (found: readonly FoundRow[]) => ReadonlySet<string>;
}

const NOTHING_EXCUSED: ReadonlySet<string> = new Set();

function buildTable(lines: readonly TokenLine[], options: BuildOptions): TableResult<Json> {
  const { plan } = options;
  const { path: tablePath, specs } = plan;
  const read = readRows(lines, specs, tablePath, options.following);
  const diagnostics = read.diagnostics;
  const rows: PrintedRows = {};
  const printedColumns: PrintedColumns = {};
  if (read.rows.length === 0) {
    // Rows of other tables read here are not this table's business: only say it is missing.
    const missing = diagnostic('missing-table', `the ${tableName(tablePath)} table was not found`, tablePath, options.location.line);
    return { table: null, diagnostics: [missing], rows, columns: printedColumns };
  }
  const asPrinted = plan.printedVariants ? columnsAsPrinted(plan, lines, read.rows[0]!.line, printedColumns) : null;
  const excused = options.excused?.(read.rows) ?? NOTHING_EXCUSED;
  const rowsRead: ReadRow[] = [];
  /** Each catalog row's found row, by its index in the catalog (readRows finds a row once). */
  const foundAt: Array<FoundRow | undefined> = [];
  for (const row of read.rows) {
    const { index, path } = plan.bySpec.get(row.spec)!;
    const columns = asPrinted?.get(row.spec.columns) ?? row.spec.columns;
    const context: RowContext = { path, label: row.label, columns, line: row.line, sumGroups: options.sumGroups };
    rowsRead.push({ row, context, result: rowValues(row.cells, context), index });
    foundAt[index] = row;
  }
  if (options.columnRules) settleAcrossRows(rowsRead, specs, excused, options.columnRules);
  const rowObjects: Array<Json | undefined> = [];
  for (const { row, context, result, index } of rowsRead) {
    for (const d of result.diagnostics) diagnostics.push(d);
    rows[context.path] = { line: row.line, label: row.label };
    rowObjects[index] = rowObject(row.spec.columns, result.values, 0);
  }
  const table = tableObject(plan, rowObjects);
  let lastLine = options.location.line;
  for (const { spec, index, path } of plan.rows) {
    const row = foundAt[index];
    if (row) {
      lastLine = row.line;
      continue;
    }
    if (excused.has(spec.path)) continue;
    diagnostics.push(diagnostic('missing-row', `row “${spec.label}” of the ${tableName(tablePath)} table was not found`, path, lastLine));
  }
  return { table, diagnostics, rows, columns: printedColumns };
}

interface ReadRow {
  row: FoundRow;
  context: RowContext;
  result: RowValues;
  /** The row's index in the catalog. */
  index: number;
}

/**
 * The column rules choose between the cuts of rows whose cells ran together and still fit more
 * than one way: a row whose own cut is unique keeps it whatever the columns say.
 */
function settleAcrossRows(rows: ReadRow[], specs: readonly RowSpec[], excused: ReadonlySet<string>, rules: readonly ColumnRule[]): void {
  if (!rows.some(({ result: { recovery } }) => recovery?.kind === 'ambiguous' && recovery.complete)) return; // nothing to choose
  const states = new Map<string, RowState>();
  for (const spec of specs) if (excused.has(spec.path)) states.set(spec.path, { kind: 'known', values: [] });
  const ambiguous = new Map<string, { read: ReadRow; recovery: Extract<DigitRecovery, { kind: 'ambiguous' }> }>();
  for (const read of rows) {
    const { row, context, result } = read;
    const recovery = result.recovery;
    if (recovery?.kind === 'ambiguous' && recovery.complete) {
      states.set(row.spec.path, { kind: 'choice', candidates: recovery.candidates.map((c) => c.values) });
      ambiguous.set(row.spec.path, { read, recovery });
      continue;
    }
    if (result.diagnostics.some((d) => leavesUnknown(d.code) && d.path === context.path)) {
      states.set(row.spec.path, { kind: 'unknown' });
      continue;
    }
    const unknownColumns = new Set(
      row.spec.columns.flatMap((c, i) => (result.diagnostics.some((d) => leavesUnknown(d.code) && d.path === `${context.path}.${c.key}`) ? [i] : [])),
    );
    states.set(row.spec.path, { kind: 'known', values: result.values, unknownColumns });
  }
  const columns = specs[0]!.columns.length;
  const choice = chooseAcrossRows(states, rules, columns);
  for (const path of choice.involved) {
    const { read, recovery } = ambiguous.get(path)!;
    const codes = rules.filter((r) => r.terms.some((t) => t.row === path)).map((r) => r.code).join(', ');
    const outcome = !choice.complete ? 'gave-up' : choice.solutions === 0 ? 'no-solution' : 'chosen';
    const keep = outcome === 'chosen' ? (choice.narrowed.get(path) ?? recovery.candidates.map((_, i) => i)) : recovery.candidates.map((_, i) => i);
    const survivors = keep.map((i) => recovery.candidates[i]!);
    const settled: DigitRecovery =
      survivors.length === 1
        ? { kind: 'recovered', printed: recovery.printed, cut: survivors[0]! }
        : { kind: 'ambiguous', printed: recovery.printed, candidates: survivors, complete: true };
    const across = { cuts: recovery.candidates.length, rules: codes, outcome } as const;
    read.result = { ...fromRecovery(settled, read.context, across), recovery: settled };
  }
}

function tableName(path: string): string {
  return (
    { activeDisclosure: '第二十条 (part 二)', applications: 'application (part 三)', reviewLitigation: 'review and litigation (part 四)' }[path] ??
    path
  );
}

// ── Part 二 ────────────────────────────────────────────────────────────────────────────────

/** Which form a part 二 region is in, from the column headers only one form prints. */
export function detectFormat(lines: readonly TokenLine[]): Format | null {
  const text = matchKey(headerText(lines));
  const is2019 = FORM_MARKERS['2019'].test(text);
  const is2021 = FORM_MARKERS['2021'].test(text);
  if (is2019 !== is2021) return is2019 ? '2019' : '2021';
  return null;
}

export function activeDisclosureTable(lines: readonly TokenLine[], format: Format, location: TableLocation): TableResult<Json> {
  return buildTable(lines, { plan: ACTIVE_DISCLOSURE_PLANS[format], location, following: APPLICATIONS });
}

// ── Part 三 ────────────────────────────────────────────────────────────────────────────────

/**
 * The application matrix's column rules (SPEC.md `handled-sum`, `balance`), in every column:
 * （七）总计 = the sum of the outcome rows; 新收 + 结转 = （七）总计 + 结转下年度继续办理.
 */
export const APPLICATION_COLUMN_RULES: readonly ColumnRule[] = [
  {
    code: 'handled-sum',
    terms: [
      ...OUTCOME_PATHS.map((row) => ({ row, sign: 1 as const })),
      { row: 'totalHandled', sign: -1 },
    ],
  },
  {
    code: 'balance',
    terms: [
      { row: 'newReceived', sign: 1 },
      { row: 'carriedOver', sign: 1 },
      { row: 'totalHandled', sign: -1 },
      { row: 'carriedForward', sign: -1 },
    ],
  },
];

const APPLICATION_SUM_GROUPS: readonly number[] = [APPLICANT_COLUMNS.length];
const OPTIONAL_APPLICATION_ROWS: ReadonlySet<string> = new Set(APPLICATIONS.filter((s) => s.optional).map((s) => s.path));

/** The optional rows may be absent when （六）其他处理 is printed as one row (SINGLE_OTHER_HANDLING). */
function excusedApplicationRows(found: readonly FoundRow[]): ReadonlySet<string> {
  const other = found.find((row) => row.spec.path === 'otherHandling.other');
  const single = other && SINGLE_OTHER_HANDLING.test(matchKey(other.label));
  return single ? OPTIONAL_APPLICATION_ROWS : NOTHING_EXCUSED;
}

export function applicationTable(lines: readonly TokenLine[], location: TableLocation): TableResult<Applications> {
  const result = buildTable(lines, {
    plan: APPLICATION_PLAN,
    sumGroups: APPLICATION_SUM_GROUPS,
    columnRules: APPLICATION_COLUMN_RULES,
    location,
    following: REVIEW_LITIGATION,
    excused: excusedApplicationRows,
  });
  return result as TableResult<Applications>;
}

// ── Part 四 ────────────────────────────────────────────────────────────────────────────────

const OUTCOME_CELLS = REVIEW_LITIGATION[0]!.columns.length;
const PART4_CELLS = REVIEW_LITIGATION.length * OUTCOME_CELLS;
/** Part 四 as one row: three groups of five, each ending in its 总计. */
const PART4_GROUPS: readonly number[] = REVIEW_LITIGATION.map(() => OUTCOME_CELLS);

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
 * Part 四 is printed as one row of fifteen cells under a two- or three-line header (the form's
 * layout), or, in some reports, as three labelled rows of five. The first is tried first: the
 * first run of values after the header holding more than one group's cells.
 */
export function reviewLitigationTable(lines: readonly TokenLine[], location: TableLocation): TableResult<ReviewLitigation> {
  const run = firstValueRun(lines);
  if (run && holdsMoreThan(run.cells, OUTCOME_CELLS)) {
    const printedColumns: PrintedColumns = {};
    const plan = REVIEW_LITIGATION_PLAN;
    const asPrinted = plan.printedVariants ? columnsAsPrinted(plan, lines, run.line, printedColumns) : null;
    return fifteenCells(run, asPrinted?.get(OUTCOME_COLUMNS) ?? OUTCOME_COLUMNS, printedColumns);
  }
  return buildTable(lines, {
    plan: REVIEW_LITIGATION_PLAN,
    sumGroups: [OUTCOME_CELLS],
    location,
  }) as TableResult<ReviewLitigation>;
}

interface ValueRun {
  cells: Cell[];
  line: number;
}

/**
 * The first stretch of value cells in the region, across lines, up to the next text cell. Text
 * before the values on their line is a row label (the labelled layout), unless it ends with a
 * column label (`…尚未审结总计`): then it is the column headers run into the line, as crawled
 * pages print them.
 */
function firstValueRun(lines: readonly TokenLine[]): ValueRun | null {
  for (let li = 0; li < lines.length; li++) {
    const cells = lines[li]!.cells;
    const first = cells.findIndex(isValue);
    if (first < 0) continue;
    let labelBefore = false;
    let textBefore = '';
    for (let i = 0; i < first; i++) {
      if (cells[i]!.kind !== 'text') continue;
      labelBefore = true;
      textBefore += cells[i]!.raw;
    }
    let labelAfter = false;
    for (let i = first; i < cells.length && !labelAfter; i++) labelAfter = cells[i]!.kind === 'text';
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
    const run: Cell[] = cells.slice(start);
    for (let next = li + 1; next < lines.length; next++) {
      const row = lines[next]!.cells;
      if (row.some((c) => c.kind === 'text')) break;
      continueRow(run, row);
      if (run.length > PART4_CELLS * 3) break;
    }
    return { cells: run, line: lines[li]!.line };
  }
  return null;
}

/** Part 四's fifteen cells; `columns`: OUTCOME_COLUMNS as the report prints them (`printedColumns`). */
function fifteenCells(run: ValueRun, columns: readonly ColumnSpec[], printedColumns: PrintedColumns): TableResult<ReviewLitigation> {
  const printed = run.cells.filter((c) => c.kind !== 'empty');
  if (printed.some((c) => c.kind === 'digits') || (printed.length === 1 && isDigitRun(printed[0]!))) {
    return recoverFifteen(run.cells, run, columns, printedColumns);
  }
  const fits = edgeFits(run.cells, PART4_CELLS);
  const chosen = fits.length ? chooseFit(fits, PART4_GROUPS) : undefined;
  const diagnostics: Diagnostic[] = [];
  const rows: PrintedRows = {};
  if (!chosen) {
    diagnostics.push(
      diagnostic('cell-count', `the review and litigation table prints ${run.cells.length} cells where the form has ${PART4_CELLS}; its values were not read`, 'reviewLitigation', run.line),
    );
    return { table: tableObject(REVIEW_LITIGATION_PLAN, []) as ReviewLitigation, diagnostics, rows, columns: printedColumns };
  }
  const rowObjects: Json[] = [];
  REVIEW_LITIGATION.forEach((spec, g) => {
    const path = REVIEW_LITIGATION_PLAN.bySpec.get(spec)!.path;
    const cells = chosen.slice(g * OUTCOME_CELLS, (g + 1) * OUTCOME_CELLS);
    const line = cells.find((c) => c.kind !== 'empty')?.line ?? run.line;
    const { values, diagnostics: d } = rowValues(cells, { path, label: spec.label, columns, line });
    for (const x of d) diagnostics.push(x);
    rows[path] = { line, label: spec.label };
    rowObjects.push(rowObject(spec.columns, values, 0));
  });
  return { table: tableObject(REVIEW_LITIGATION_PLAN, rowObjects) as ReviewLitigation, diagnostics, rows, columns: printedColumns };
}

/** Fifteen cells run together: recovered as one row whose three groups each must add up. */
function recoverFifteen(cells: readonly Cell[], run: ValueRun, outcomeColumns: readonly ColumnSpec[], printedColumns: PrintedColumns): TableResult<ReviewLitigation> {
  const columns = REVIEW_LITIGATION.flatMap((spec) => outcomeColumns.map((c) => ({ ...c, key: `${spec.path}.${c.key}` })));
  const { values, diagnostics } = rowValues(cells, { path: 'reviewLitigation', label: '行政复议、行政诉讼', columns, line: run.line, sumGroups: PART4_GROUPS });
  const rows: PrintedRows = {};
  const rowObjects = REVIEW_LITIGATION.map((spec, g) => {
    rows[REVIEW_LITIGATION_PLAN.bySpec.get(spec)!.path] = { line: run.line, label: spec.label };
    return rowObject(spec.columns, values, g * OUTCOME_CELLS);
  });
  return { table: tableObject(REVIEW_LITIGATION_PLAN, rowObjects) as ReviewLitigation, diagnostics, rows, columns: printedColumns };
}
