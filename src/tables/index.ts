/**
 * token lines → the three tables of SPEC.md, each driven by its catalog rows:
 * part 二 (第二十条, per form), part 三 (the application matrix), part 四 (review/litigation).
 */
import {
  activeDisclosureRows,
  APPLICATIONS,
  FORM_MARKERS,
  REVIEW_LITIGATION,
  SINGLE_OTHER_HANDLING,
  type Format,
  type RowSpec,
} from '../catalog/index.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { matchKey } from '../normalize/index.js';
import type { Applications, ReviewLitigation } from '../schema.js';
import type { Cell, PrintedRow, TokenLine } from '../tokens.js';
import { edgeFits, rowValues, type RowCheck, type Values } from './cells.js';
import { readRows, type FoundRow } from './rows.js';

/** Where each row was printed, by full JSON path (`applications.granted`). */
export type PrintedRows = Map<string, PrintedRow>;

export interface TableResult<T> {
  table: T | null;
  diagnostics: Diagnostic[];
  rows: PrintedRows;
}

/** Where a table was looked for, for the diagnostic when it is not there. */
export interface TableLocation {
  /** Line of the part's heading, or null when the part itself was not found. */
  line: number | null;
}

type Json = Record<string, unknown>;

function setPath(target: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Json;
  node[keys.at(-1)!] = value;
}

/** The table object with every row null, shaped by the catalog. */
function emptyTable(specs: readonly RowSpec[]): Json {
  const table: Json = {};
  for (const spec of specs) setPath(table, spec.path, null);
  return table;
}

/** row total = the six applicant columns; part 四 total = its four outcomes. */
const sumCheck: RowCheck = (v: Values) => {
  const parts = v.slice(0, -1).reduce<number>((s, x) => s + (x ?? 0), 0);
  return Math.abs(parts - (v.at(-1) ?? 0)) < 1e-9;
};

interface BuildOptions {
  tablePath: string;
  specs: readonly RowSpec[];
  check?: RowCheck;
  location: TableLocation;
  /** Rows that may be absent without complaint, given the rows that were found. */
  excused?: (found: ReadonlyMap<string, FoundRow>) => ReadonlySet<string>;
}

function buildTable(lines: readonly TokenLine[], options: BuildOptions): TableResult<Json> {
  const { tablePath, specs } = options;
  const read = readRows(lines, specs, tablePath);
  const diagnostics = [...read.diagnostics];
  const rows: PrintedRows = new Map();
  if (read.rows.length === 0) {
    diagnostics.push(
      diagnostic('missing-table', 'error', `the ${tableName(tablePath)} table was not found`, tablePath, options.location.line),
    );
    return { table: null, diagnostics, rows };
  }
  const table = emptyTable(specs);
  const found = new Map(read.rows.map((r) => [r.spec.path, r]));
  for (const row of read.rows) {
    const path = `${tablePath}.${row.spec.path}`;
    const { values, diagnostics: cellDiagnostics } = rowValues(row.cells, {
      path,
      label: row.label,
      columns: row.spec.columns,
      line: row.line,
      ...(options.check ? { check: options.check } : {}),
    });
    diagnostics.push(...cellDiagnostics);
    rows.set(path, { line: row.line, label: row.label });
    setPath(table, row.spec.path, Object.fromEntries(row.spec.columns.map((c, i) => [c.key, values[i] ?? null])));
  }
  const excused = options.excused?.(found) ?? new Set<string>();
  let lastLine = options.location.line;
  for (const spec of specs) {
    const row = found.get(spec.path);
    if (row) {
      lastLine = row.line;
      continue;
    }
    if (excused.has(spec.path)) continue;
    diagnostics.push(
      diagnostic('missing-row', 'error', `row “${spec.label}” of the ${tableName(tablePath)} table was not found`, `${tablePath}.${spec.path}`, lastLine),
    );
  }
  return { table, diagnostics, rows };
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
  const text = matchKey(lines.flatMap((l) => l.cells.filter((c) => c.kind === 'text').map((c) => c.raw)).join(''));
  const is2019 = FORM_MARKERS['2019'].test(text);
  const is2021 = FORM_MARKERS['2021'].test(text);
  if (is2019 !== is2021) return is2019 ? '2019' : '2021';
  return null;
}

export function activeDisclosureTable(lines: readonly TokenLine[], format: Format, location: TableLocation): TableResult<Json> {
  return buildTable(lines, { tablePath: 'activeDisclosure', specs: activeDisclosureRows(format), location });
}

// ── Part 三 ────────────────────────────────────────────────────────────────────────────────

export function applicationTable(lines: readonly TokenLine[], location: TableLocation): TableResult<Applications> {
  const result = buildTable(lines, {
    tablePath: 'applications',
    specs: APPLICATIONS,
    check: sumCheck,
    location,
    excused: (found) => {
      const other = found.get('otherHandling.other');
      const single = other && SINGLE_OTHER_HANDLING.test(matchKey(other.label));
      return single ? new Set(APPLICATIONS.filter((s) => s.optional).map((s) => s.path)) : new Set();
    },
  });
  return result as TableResult<Applications>;
}

// ── Part 四 ────────────────────────────────────────────────────────────────────────────────

const PART4_CELLS = REVIEW_LITIGATION.length * 5;

/**
 * Part 四 is printed as one row of fifteen cells under a two- or three-line header (the form's
 * layout), or, in some reports, as three labelled rows of five. The first is tried first: the
 * first run of values after the header holding more than one group's cells.
 */
export function reviewLitigationTable(lines: readonly TokenLine[], location: TableLocation): TableResult<ReviewLitigation> {
  const run = firstValueRun(lines);
  if (run && run.cells.filter((c) => c.kind !== 'empty').length > 5) return fifteenCells(run, location);
  return buildTable(lines, { tablePath: 'reviewLitigation', specs: REVIEW_LITIGATION, check: sumCheck, location }) as TableResult<ReviewLitigation>;
}

interface ValueRun {
  cells: Cell[];
  line: number;
}

/** The first stretch of value cells in the region, across lines, up to the next text cell. */
function firstValueRun(lines: readonly TokenLine[]): ValueRun | null {
  for (let li = 0; li < lines.length; li++) {
    const cells = lines[li]!.cells;
    const first = cells.findIndex((c) => c.kind === 'number' || c.kind === 'placeholder' || c.kind === 'digits');
    if (first < 0) continue;
    if (cells.slice(first).some((c) => c.kind === 'text') && cells.slice(0, first).every((c) => c.kind !== 'text')) {
      // Values then a label on the same line: a labelled row layout.
      return null;
    }
    if (cells.slice(0, first).some((c) => c.kind === 'text')) return null;
    const run: Cell[] = [...cells];
    for (let next = li + 1; next < lines.length; next++) {
      const row = lines[next]!.cells;
      if (row.some((c) => c.kind === 'text')) break;
      const filled = row.filter((c) => c.kind !== 'empty');
      if (row.length === 0) continue;
      if (filled.length === 0) run.push(row[0]!);
      else if (filled.length === 1) run.push(filled[0]!);
      else run.push(...row);
      if (run.length > PART4_CELLS * 3) break;
    }
    return { cells: run, line: lines[li]!.line };
  }
  return null;
}

function fifteenCells(run: ValueRun, location: TableLocation): TableResult<ReviewLitigation> {
  const fits = edgeFits(run.cells, PART4_CELLS);
  const passing = fits.filter((f) =>
    REVIEW_LITIGATION.every((_, g) => sumCheck(f.slice(g * 5, g * 5 + 5).map((c) => (c.kind === 'number' ? c.value! : 0)))),
  );
  const digits = run.cells.filter((c) => c.kind !== 'empty');
  const chosen = passing.length === 1 ? passing[0]! : fits[0];
  const diagnostics: Diagnostic[] = [];
  const rows: PrintedRows = new Map();
  const table = emptyTable(REVIEW_LITIGATION) as ReviewLitigation;
  if (!chosen) {
    const cells = digits.length === 1 && digits[0]!.kind === 'digits' ? digits : run.cells;
    // One run of digits: the fifteen cells run together; otherwise the count is wrong.
    const groups = REVIEW_LITIGATION.map((spec) => ({ spec, path: `reviewLitigation.${spec.path}` }));
    if (cells.some((c) => c.kind === 'digits')) {
      return recoverFifteen(cells, run, groups.map((g) => g.path));
    }
    diagnostics.push(
      diagnostic('cell-count', 'error', `the review and litigation table prints ${run.cells.length} cells where the form has ${PART4_CELLS}; its values were not read`, 'reviewLitigation', run.line),
    );
    return { table, diagnostics, rows };
  }
  REVIEW_LITIGATION.forEach((spec, g) => {
    const path = `reviewLitigation.${spec.path}`;
    const cells = chosen.slice(g * 5, g * 5 + 5);
    const line = cells.find((c) => c.kind !== 'empty')?.line ?? run.line;
    const { values, diagnostics: d } = rowValues(cells, { path, label: spec.label, columns: spec.columns, line });
    diagnostics.push(...d);
    rows.set(path, { line, label: spec.label });
    (table as Record<string, unknown>)[spec.path] = Object.fromEntries(spec.columns.map((c, i) => [c.key, values[i] ?? null]));
  });
  void location;
  return { table, diagnostics, rows };
}

/** Fifteen cells run together: recovered as one row whose three groups each must add up. */
function recoverFifteen(cells: readonly Cell[], run: ValueRun, paths: readonly string[]): TableResult<ReviewLitigation> {
  const columns = REVIEW_LITIGATION.flatMap((spec) => spec.columns.map((c) => ({ ...c, key: `${spec.path}.${c.key}` })));
  const check: RowCheck = (v) => REVIEW_LITIGATION.every((_, g) => sumCheck(v.slice(g * 5, g * 5 + 5)));
  const { values, diagnostics } = rowValues(cells, { path: 'reviewLitigation', label: '行政复议、行政诉讼', columns, line: run.line, check });
  const table = emptyTable(REVIEW_LITIGATION) as Record<string, unknown>;
  const rows: PrintedRows = new Map();
  REVIEW_LITIGATION.forEach((spec, g) => {
    table[spec.path] = Object.fromEntries(spec.columns.map((c, i) => [c.key, values[g * 5 + i] ?? null]));
    rows.set(paths[g]!, { line: run.line, label: spec.label });
  });
  return { table: table as ReviewLitigation, diagnostics, rows };
}
