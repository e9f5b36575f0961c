/**
 * Each cell of the form by a short label of its own, for people reading a spreadsheet
 * (`parse --format csv --header labels`): the table's name, the group's, the row's and the
 * column's, joined by `·` — `申请·本年新收·自然人`, `申请·不予公开·属于国家秘密·总计`,
 * `主动公开·规章·本年制发件数`, `行政复议·结果维持`. Made from the catalog's own labels: a row's
 * is its label without its numbering (一、 （三） 1.) and without its group's label, unless the
 * catalog gives it a `short` name. A test checks that no two cells share a label.
 */
import { TABLES, type Table } from './tables.js';
import type { TableRows } from './types.js';
import { isGroup } from './types.js';

/** The numbering the form puts before a label: 一、 （三） (三) 1. 2、 */
const NUMBERING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])\s*/;

/** A label without its numbering. */
export const withoutNumbering = (label: string): string => label.replace(NUMBERING, '').trim();

/** The group labels of a row, by the row's keys in its table (`denied` → 不予公开). */
function groupNames(rows: TableRows, keys: readonly string[]): string[] {
  const names: string[] = [];
  let items = rows;
  for (const key of keys.slice(0, -1)) {
    const item = items[key];
    if (!item || !isGroup(item)) break;
    names.push(item.short ?? withoutNumbering(item.label));
    items = item.rows;
  }
  return names;
}

function labelsOf(table: Table, into: Map<string, string>): void {
  for (const row of table.rows) {
    const groups = groupNames(table.spec.rows, row.keys);
    // A group's first row prints the group's label before its own: （三）不予公开 1.属于国家秘密.
    const own = row.spec.short ?? withoutNumbering(row.topLabel !== row.spec.label ? row.spec.label.replace(row.topLabel, '') : row.spec.label);
    const head = [...(table.spec.short === undefined ? [] : [table.spec.short]), ...groups, own];
    for (const column of row.spec.columns) {
      const path = `${row.fullPath}.${column.key}`;
      // Part 二's forms share keys (licensing.decisions): the label of the first form that has it.
      if (!into.has(path)) into.set(path, [...head, column.label].join('·'));
    }
  }
}

/** Every cell's short label, by its path in the report (`applications.newReceived.naturalPerson`). */
export const CELL_LABELS: ReadonlyMap<string, string> = (() => {
  const labels = new Map<string, string>();
  for (const table of [TABLES.activeDisclosure['2021'], TABLES.activeDisclosure['2019'], TABLES.applications, TABLES.reviewLitigation]) labelsOf(table, labels);
  return labels;
})();
