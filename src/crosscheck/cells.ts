/**
 * Reading cells of a report by their JSON path, as the cross-checks need them: a value, a cell
 * the report's form does not have, or a value nobody knows.
 */
import type { Report } from '../schema.js';
import { ruleContext } from '../validate/index.js';

/**
 * - a number (a blank or placeholder cell counts as 0, as in the form's own checks);
 * - `absent`: the report's form has no such cell (`made` in a 2021-form report);
 * - `unknown`: the table or row is missing, or the cell could not be read (`not-a-number`,
 *   `cell-count`, `ambiguous-digits` …): nothing can be said about it.
 */
export type CellValue = number | 'absent' | 'unknown';

export interface CellReader {
  (path: string): CellValue;
}

/** A reader over one report; build it once per report. */
export function cellReader(report: Report): CellReader {
  const context = ruleContext(report);
  return (path) => {
    const keys = path.split('.');
    let node: unknown = report;
    for (const key of keys) {
      if (node === null || typeof node !== 'object') return 'unknown';
      // A key the object lacks: this form has no such row or cell.
      if (!(key in node)) return 'absent';
      node = (node as Record<string, unknown>)[key];
    }
    if (context.unknown(path)) return 'unknown';
    if (node === null) return 0;
    return typeof node === 'number' ? node : 'unknown';
  };
}

/** The row a cell is in (`applications.newReceived.total` → `applications.newReceived`). */
export const rowOf = (path: string): string => path.slice(0, path.lastIndexOf('.'));

/** The sum of the cells, `absent` when any is absent, `unknown` when any is unknown. */
export function sumCells(read: CellReader, paths: readonly string[]): CellValue {
  let sum = 0;
  let absent = false;
  for (const path of paths) {
    const value = read(path);
    if (value === 'unknown') return 'unknown';
    if (value === 'absent') absent = true;
    else sum += value;
  }
  return absent ? 'absent' : Math.round(sum * 1e6) / 1e6;
}
