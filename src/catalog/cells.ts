/**
 * The form's own labels of a cell path (`applications.newReceived.total` → row
 * `一、本年新收政府信息公开申请数量`, column `总计`), and every cell of a table in the form's order:
 * for messages that name cells, and for the comparison of two reports.
 */
import { TABLES, type Table } from './tables.js';
import type { Format, TableKey } from './types.js';

export interface CellLabel {
  row: string;
  column: string;
}

const tableOf = (table: TableKey, format: Format): Table =>
  table === 'activeDisclosure' ? TABLES.activeDisclosure[format] : TABLES[table];

const BY_PATH = new Map<string, CellLabel>();
for (const format of ['2021', '2019'] as const) {
  for (const table of ['applications', 'reviewLitigation', 'activeDisclosure'] as const) {
    for (const row of tableOf(table, format).rows) {
      for (const column of row.spec.columns) {
        const path = `${row.fullPath}.${column.key}`;
        if (!BY_PATH.has(path)) BY_PATH.set(path, { row: row.spec.label, column: column.label });
      }
    }
  }
}

/** The form's labels of a cell; the path itself where the form has no such cell. */
export function cellLabel(path: string): CellLabel {
  return BY_PATH.get(path) ?? { row: path.slice(0, path.lastIndexOf('.')), column: path.slice(path.lastIndexOf('.') + 1) };
}

/** Every cell path of one table of one form, in the order the form prints them. */
export function cellPaths(table: TableKey, format: Format): string[] {
  return tableOf(table, format).rows.flatMap((row) => row.spec.columns.map((c) => `${row.fullPath}.${c.key}`));
}

/** The value at a dotted path below `root` (`applications.newReceived.total` in a report), or null where anything on the way is missing. */
export function valueAt(root: unknown, path: string): unknown {
  let value = root;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[key];
  }
  return value ?? null;
}
