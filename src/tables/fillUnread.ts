/**
 * A table read again another way (blocks.ts: part 三's numbers in blocks down its columns;
 * formOrder.ts: part 三's numbers in the order printed; aroundNumbers.ts: part 三's labels around
 * their numbers; underHeaders.ts: part 二 column by column or small table by small table), its
 * rows merged into the row-by-row reading: only rows that reading left unread are filled, and only
 * when every cell it did read agrees.
 */
import { rowIn } from '../catalog/tables.js';
import type { TableRows, TableValue } from '../catalog/types.js';
import { aboutPaths, diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import type { RereadBy } from '../messages/params.js';
import type { Layout } from '../tokens.js';
import type { TableResult } from './buildTable.js';
import { cellsIn, rowObject, tableValue, type Json, type PlannedRow, type TablePlan } from './plan.js';

/** Did `table` read every cell of the row? */
export const readWhole = (table: unknown, row: PlannedRow): boolean => cellsIn(table, row)?.every((v) => v !== null) === true;

/**
 * The rows a group printed as one row leaves out (the 2019 form's （六）其他处理) when `table` read
 * that row whole and none of them: not unread, nor missing. A group one of whose other rows was
 * read is printed row by row, and a row of it not read is missing (its label lost).
 */
export function leftOutRows(plan: TablePlan, table: unknown): ReadonlySet<string> {
  const out = new Set<string>();
  for (const group of plan.table.oneRowGroups) {
    const row = plan.rows.find((r) => r.path === group.row);
    if (row === undefined || !readWhole(table, row)) continue;
    const absent = plan.rows.filter((r) => group.absent.has(r.path));
    if (absent.some((r) => cellsIn(table, r)?.some((v) => v !== null) === true)) continue;
    for (const r of absent) out.add(r.path);
  }
  return out;
}

/** A row the other reading gives: its values, the line it points at, and the diagnostic that says how it was read. */
export interface Reread {
  /**
   * How a reading of part 二 names itself when it disputes a cell (`disputed`). Part 三's readings
   * do not: its rows have sums, and a row with sums is not disputed.
   */
  by?: RereadBy;
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
 *
 * But where the two readings give a cell different numbers and its row has no sums to check them
 * (part 二's), nothing tells which is right: those cells are null (`disputed`), and the other
 * reading fills nothing. Plain pdftotext of part 二 printed column by column, the lines after
 * 行政事业性收费's label lost with part 三's heading and first columns: 本年收费金额 / 5888 /
 * 行政事业性收费 / 118 / 其他 总计 …, the label taking part 三's 118 and the header its own 5888.
 * (Part 二 is read again only once, so no later reading refills the cell.)
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
  /** Does the other reading agree with every cell `read` read? */
  let agrees = true;
  /** The rows `read` read with cells the other reading disputes, those cells null, by the row's index. */
  const disputedRows = new Map<number, Json>();
  /** What is said of each cell disputed. */
  const disputes: PendingDiagnostic[] = [];
  for (const row of plan.rows) {
    const printed = cellsIn(read.table, row);
    const object = read.table === null ? null : rowIn(read.table, row);
    const found = reread(row);
    if (found !== undefined && printed?.some((v, j) => v !== null && v !== found.values[j])) {
      agrees = false;
      const cells = disputed(row, printed, found);
      if (cells === null || object === null) continue;
      const kept: Json = { ...object };
      for (const { column, value, other, by } of cells) {
        kept[column.key] = null;
        const params = { row: row.spec.label, column: column.label, value, other, by };
        disputes.push(diagnostic('ambiguous-pairing', 'ambiguous-pairing.disputed', params, `${row.fullPath}.${column.key}`, read.rows[row.fullPath]?.line ?? found.line));
      }
      disputedRows.set(row.index, kept);
      continue;
    }
    if (found === undefined) {
      if (options.othersUnread && printed?.some((v) => v !== null)) agrees = false;
      if (object !== null) rowObjects[row.index] = { ...object };
      continue;
    }
    rowObjects[row.index] = rowObject(row.spec.columns, found.values, 0);
    // Read whole, or read with the same cells left empty: the other reading adds nothing to it, and what was said of it stands.
    if (printed?.every((v, j) => v === found.values[j])) continue;
    filled.add(row.fullPath);
    layoutRows[row.fullPath] = { line: found.line, label: row.spec.label };
    notes.push(found.note, ...(found.more ?? []));
  }
  if (disputes.length > 0) {
    // The other reading fills no row: `read` stands but for the cells disputed.
    const objects = plan.rows.map((row) => {
      const object = read.table === null ? null : rowIn(read.table, row);
      return disputedRows.get(row.index) ?? (object === null ? undefined : { ...object });
    });
    return { table: tableValue(plan, objects), diagnostics: [...read.diagnostics, ...disputes], rows: read.rows, columns: read.columns };
  }
  if (!agrees || filled.size === 0) return null;
  const kept = read.diagnostics.filter((d) => d.code !== 'missing-table' && !aboutPaths(d, filled) && options.stale?.(d) !== true);
  return { table: tableValue(plan, rowObjects), diagnostics: [...kept, ...notes], rows: layoutRows, columns: read.columns };
}

/** A cell two readings give different numbers: its column, the row-by-row reading's `value` and the `other`, read `by`. */
interface Dispute {
  column: PlannedRow['spec']['columns'][number];
  value: number;
  other: number;
  by: RereadBy;
}

/**
 * The cells of a row two readings give different numbers (`printed`, row by row; `found`, the
 * other), when the row has no sums that could tell which is right (part 二's rows): else null, and
 * `read` stands. A row with sums read row by row reads the numbers printed with its label and adds
 * up; another reading that gives it others has moved a whole run of them (the words around them
 * read one row off, every row adding up), or the report printed the row's cells out of place, which
 * is the report's to answer for.
 */
function disputed(row: PlannedRow, printed: ReadonlyArray<unknown>, found: Reread): Dispute[] | null {
  if (row.sumGroups.length > 0 || found.by === undefined) return null;
  const { by } = found;
  const out: Dispute[] = [];
  for (const [j, column] of row.spec.columns.entries()) {
    const value = printed[j];
    const other = found.values[j];
    if (value === null || value === other) continue;
    // The other reading knows the cell is there but not its number: no dispute of numbers.
    if (typeof value !== 'number' || other === null || other === undefined) return null;
    out.push({ column, value, other, by });
  }
  return out;
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
