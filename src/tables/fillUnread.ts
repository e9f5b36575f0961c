/**
 * A table read again another way (blocks.ts: part 三's numbers in blocks down its columns;
 * formOrder.ts: part 三's numbers in the order printed; aroundNumbers.ts: part 三's labels around
 * their numbers; underHeaders.ts: part 二 column by column or small table by small table), its
 * rows merged into the row-by-row reading: only rows that reading left unread are filled, and only
 * when every cell it did read agrees.
 */
import { rowIn } from '../catalog/tables.js';
import type { TableRows, TableValue } from '../catalog/types.js';
import { aboutPaths, type PendingDiagnostic } from '../diagnostics.js';
import type { Layout } from '../tokens.js';
import type { TableResult } from './buildTable.js';
import { cellsIn, rowObject, tableValue, type Json, type PlannedRow, type TablePlan } from './plan.js';

/** Did `table` read every cell of the row? */
export const readWhole = (table: unknown, row: PlannedRow): boolean => cellsIn(table, row)?.every((v) => v !== null) === true;

/** The rows a group printed as one row leaves out (the 2019 form's （六）其他处理) when `table` read that row whole: not unread, nor missing. */
export function leftOutRows(plan: TablePlan, table: unknown): ReadonlySet<string> {
  const out = new Set<string>();
  for (const group of plan.table.oneRowGroups) {
    const row = plan.rows.find((r) => r.path === group.row);
    if (row !== undefined && readWhole(table, row)) for (const path of group.absent) out.add(path);
  }
  return out;
}

/** A row the other reading gives: its values, the line it points at, and the diagnostic that says how it was read. */
export interface Reread {
  /** Its values; null where the reading knows the cell is there but not its number. */
  values: ReadonlyArray<number | null>;
  line: number;
  note: PendingDiagnostic;
  /** More it says of the row's cells (a cell it leaves empty). */
  more?: readonly PendingDiagnostic[];
}

export interface FillOptions {
  /** Rows the other reading does not give must have read nothing (they are then null): else the two readings disagree. */
  othersUnread: boolean;
  /** More of `read`'s diagnostics that the filled rows make stale (besides those about the rows, and missing-table). */
  stale?: (d: PendingDiagnostic) => boolean;
}

/**
 * `read` with the rows it left unread (a cell null) taken from `reread`; null when a cell `read` did
 * read differs, or no row is filled, and `read` stands. The filled rows carry their notes.
 */
export function fillUnread<Rows extends TableRows>(
  plan: TablePlan<Rows>,
  read: TableResult<TableValue<Rows>>,
  reread: (row: PlannedRow) => Reread | undefined,
  options: FillOptions,
): TableResult<TableValue<Rows>> | null {
  const rowObjects: Array<Json | undefined> = [];
  const filled = new Set<string>();
  const layoutRows: Layout['rows'] = { ...read.rows };
  const notes: PendingDiagnostic[] = [];
  for (const row of plan.rows) {
    const printed = cellsIn(read.table, row);
    const found = reread(row);
    if (found === undefined) {
      if (options.othersUnread) {
        if (printed?.some((v) => v !== null)) return null;
        continue;
      }
      const object = read.table === null ? null : rowIn(read.table, row);
      if (object !== null) rowObjects[row.index] = { ...object };
      continue;
    }
    if (printed?.some((v, j) => v !== null && v !== found.values[j])) return null;
    rowObjects[row.index] = rowObject(row.spec.columns, found.values, 0);
    // Read whole, or read with the same cells left empty: the other reading adds nothing to it, and what was said of it stands.
    if (printed?.every((v, j) => v === found.values[j])) continue;
    filled.add(row.fullPath);
    layoutRows[row.fullPath] = { line: found.line, label: row.spec.label };
    notes.push(found.note, ...(found.more ?? []));
  }
  if (filled.size === 0) return null;
  const kept = read.diagnostics.filter((d) => d.code !== 'missing-table' && !aboutPaths(d, filled) && options.stale?.(d) !== true);
  return { table: tableValue(plan, rowObjects), diagnostics: [...kept, ...notes], rows: layoutRows, columns: read.columns };
}

/** Did `read` read every row of the table whole (rows a group printed as one row leaves out aside)? */
export function readAll(plan: TablePlan, read: { table: unknown }): boolean {
  const leftOut = leftOutRows(plan, read.table);
  return plan.rows.every((row) => leftOut.has(row.path) || readWhole(read.table, row));
}

/** A reading of the whole table: row `rows[i]` read as `values[i]`, its first number on `lines[i]` (else `first`). */
export interface WholeReading {
  rows: readonly PlannedRow[];
  values: ReadonlyArray<ReadonlyArray<number | null>>;
  lines: readonly number[];
  first: number;
}

/**
 * `read` with its unread rows taken from a reading of the whole table (fillUnread), every row it
 * does not give read nothing; `say` gives each row's note (and more) from its values and line.
 */
export function fillFromWhole<Rows extends TableRows>(
  plan: TablePlan<Rows>,
  read: TableResult<TableValue<Rows>>,
  reading: WholeReading,
  say: (row: PlannedRow, values: ReadonlyArray<number | null>, line: number) => Pick<Reread, 'note' | 'more'>,
  stale?: FillOptions['stale'],
): TableResult<TableValue<Rows>> | null {
  const placed = new Map<PlannedRow, number>(reading.rows.map((row, i) => [row, i]));
  return fillUnread(plan, read, (row) => {
    const at = placed.get(row);
    const values = at === undefined ? undefined : reading.values[at];
    if (at === undefined || values === undefined) return undefined;
    const line = reading.lines[at] ?? reading.first;
    return { values, line, ...say(row, values, line) };
  }, { othersUnread: true, ...(stale === undefined ? {} : { stale }) });
}
