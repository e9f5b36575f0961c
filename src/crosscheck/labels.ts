/**
 * The form's own labels for a cell path (`applications.newReceived.total` → row
 * `一、本年新收政府信息公开申请数量`, column `总计`), for messages and the comparison table.
 */
import {
  ACTIVE_DISCLOSURE_2019,
  ACTIVE_DISCLOSURE_2021,
  APPLICATIONS,
  REVIEW_LITIGATION,
  type ColumnSpec,
  type RowSpec,
} from '../catalog/index.js';

export interface CellLabel {
  row: string;
  column: string;
}

const TABLES: ReadonlyArray<readonly [string, readonly RowSpec[]]> = [
  ['applications', APPLICATIONS],
  ['reviewLitigation', REVIEW_LITIGATION],
  ['activeDisclosure', ACTIVE_DISCLOSURE_2021],
  ['activeDisclosure', ACTIVE_DISCLOSURE_2019],
];

const BY_PATH = new Map<string, CellLabel>();
for (const [table, rows] of TABLES) {
  for (const row of rows) {
    for (const column of row.columns as readonly ColumnSpec[]) {
      const path = `${table}.${row.path}.${column.key}`;
      if (!BY_PATH.has(path)) BY_PATH.set(path, { row: row.label, column: column.label });
    }
  }
}

/** The form's labels of a cell; the path itself where the form has no such cell. */
export function cellLabel(path: string): CellLabel {
  return BY_PATH.get(path) ?? { row: path.slice(0, path.lastIndexOf('.')), column: path.slice(path.lastIndexOf('.') + 1) };
}

/** Every cell path of one table of one form, in the order the form prints them. */
export function cellPaths(table: 'activeDisclosure' | 'applications' | 'reviewLitigation', format: '2021' | '2019'): string[] {
  const rows = table === 'applications' ? APPLICATIONS : table === 'reviewLitigation' ? REVIEW_LITIGATION : format === '2019' ? ACTIVE_DISCLOSURE_2019 : ACTIVE_DISCLOSURE_2021;
  return rows.flatMap((row) => row.columns.map((c) => `${table}.${row.path}.${c.key}`));
}
