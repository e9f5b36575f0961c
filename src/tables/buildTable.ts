/**
 * The generic table reader: a table's rows found in its region (findRows.ts), each row's cells
 * read (rowValues.ts), run-together rows settled across the table (crossRows.ts), and the JSON
 * shaped by the catalog. Rows the table lacks are reported, except those the form lets a report
 * leave out.
 */
import type { TableRows, TableValue } from '../catalog/types.js';
import { diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import { matchKey } from '../normalize/matchKey.js';
import type { Layout, TokenLine } from '../tokens.js';
import { settleAcrossRows, type ReadRow } from './crossRows.js';
import { readRows, type FoundRow } from './findRows.js';
import { columnsAsPrinted } from './headers.js';
import { rowObject, tableValue, type Json, type TablePlan } from './plan.js';
import { rowValues, type RowContext } from './rowValues.js';

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
}

const NOTHING_EXCUSED: ReadonlySet<string> = new Set();

/** The rows that may be absent without complaint: those of a group the report printed as one row. */
function excusedRows(plan: TablePlan, found: readonly FoundRow[]): ReadonlySet<string> {
  for (const group of plan.table.oneRowGroups) {
    const row = found.find((r) => r.planned.path === group.row);
    if (row && group.label.test(matchKey(row.label))) return group.absent;
  }
  return NOTHING_EXCUSED;
}

/**
 * Read the table of `plan` from its region's token lines. `following`: the table after it, whose
 * rows end this one where the region runs on into it (a heading missing).
 */
export function buildTable<Rows extends TableRows>(
  lines: readonly TokenLine[],
  plan: TablePlan<Rows>,
  location: TableLocation,
  following: TablePlan | null,
): TableResult<TableValue<Rows>> {
  const tablePath = plan.key;
  const read = readRows(lines, plan, following);
  const diagnostics = read.diagnostics;
  const rows: Layout['rows'] = {};
  const printedColumns: Layout['columns'] = {};
  const firstRow = read.rows[0];
  if (!firstRow) {
    // Rows of other tables read here are not this table's business: only say it is missing.
    const missing = diagnostic('missing-table', 'missing-table', { table: tablePath }, tablePath, location.line);
    return { table: null, diagnostics: [missing], rows, columns: printedColumns };
  }
  const asPrinted = plan.printedVariants ? columnsAsPrinted(plan, lines, firstRow.line, printedColumns) : null;
  const excused = excusedRows(plan, read.rows);
  const rowsRead: ReadRow[] = [];
  /** Each catalog row's found row, by its index in the catalog (readRows finds a row once). */
  const foundAt: Array<FoundRow | undefined> = [];
  for (const row of read.rows) {
    const { spec, fullPath, index, sumGroups } = row.planned;
    const columns = asPrinted?.get(spec.columns) ?? spec.columns;
    const context: RowContext = { path: fullPath, label: row.label, columns, line: row.line, sumGroups };
    rowsRead.push({ row, context, result: rowValues(row.cells, context) });
    foundAt[index] = row;
  }
  if (plan.columnRules.length > 0) settleAcrossRows(rowsRead, plan.rows, excused, plan.columnRules);
  const rowObjects: Array<Json | undefined> = [];
  for (const { row, result } of rowsRead) {
    for (const d of result.diagnostics) diagnostics.push(d);
    rowObjects[row.planned.index] = rowObject(row.planned.spec.columns, result.values, 0);
  }
  const table = tableValue(plan, rowObjects);
  let lastLine = location.line;
  for (const { spec, index, path, fullPath } of plan.rows) {
    const row = foundAt[index];
    if (row) {
      // In the form's order, whatever the report's: the layout's objects then share their shape.
      rows[fullPath] = { line: row.line, label: row.label };
      lastLine = row.line;
      continue;
    }
    if (excused.has(path)) continue;
    diagnostics.push(diagnostic('missing-row', 'missing-row', { row: spec.label, table: tablePath, after: lastLine }, fullPath, lastLine));
  }
  return { table, diagnostics, rows, columns: printedColumns };
}
