/**
 * The catalog's tables as the stages read them: each row with its path, in the form's order.
 * Derived from the table objects when the module loads.
 */
import { ACTIVE_DISCLOSURE } from './activeDisclosure.js';
import type { PartNumber } from './parts.js';
import { EQUATIONS, type RowSet } from './equations.js';
import { APPLICATIONS } from './applications.js';
import { REVIEW_LITIGATION } from './reviewLitigation.js';
import { isGroup, type Format, type RowSpec, type TableKey, type TableRows, type TableSpec } from './types.js';

export interface TableRow {
  readonly spec: RowSpec;
  /** Its place in the table, in the form's order. */
  readonly index: number;
  /** Its path in the table (`denied.stateSecret`) … */
  readonly path: string;
  /** … and in the report (`applications.denied.stateSecret`). */
  readonly fullPath: string;
  /** The keys of `path`. */
  readonly keys: readonly string[];
  /** The label of what the form numbers at the table's top level: the row's own, or its group's (（三）不予公开). */
  readonly topLabel: string;
  /** The row may be absent without complaint: its group was printed as one row (GroupSpec.asOneRow). */
  readonly optional: boolean;
}

/** A group printed as one row: the row that then stands for it, and the paths of the rows then absent. */
export interface OneRowGroup {
  readonly row: string;
  readonly label: RegExp;
  readonly absent: ReadonlySet<string>;
}

export interface Table<Rows extends TableRows = TableRows> {
  readonly key: TableKey;
  readonly spec: TableSpec<Rows>;
  readonly rows: readonly TableRow[];
  readonly oneRowGroups: readonly OneRowGroup[];
}

function tableOf<Rows extends TableRows>(spec: TableSpec<Rows>): Table<Rows> {
  const rows: TableRow[] = [];
  const oneRowGroups: OneRowGroup[] = [];
  const walk = (items: TableRows, prefix: readonly string[], top: string | null, optional: ReadonlySet<string>): void => {
    for (const [key, item] of Object.entries(items)) {
      const keys = [...prefix, key];
      if (isGroup(item)) {
        const asOne = item.asOneRow;
        const absent = new Set(asOne ? Object.keys(item.rows).filter((k) => k !== asOne.row) : []);
        if (asOne) oneRowGroups.push({ row: [...keys, asOne.row].join('.'), label: asOne.label, absent: new Set([...absent].map((k) => [...keys, k].join('.'))) });
        walk(item.rows, keys, top ?? item.label, absent);
        continue;
      }
      const path = keys.join('.');
      rows.push({ spec: item, index: rows.length, path, fullPath: `${spec.key}.${path}`, keys, topLabel: top ?? item.label, optional: optional.has(key) });
    }
  };
  walk(spec.rows, [], null, new Set());
  return { key: spec.key, spec, rows, oneRowGroups };
}

export const TABLES = {
  activeDisclosure: { '2021': tableOf(ACTIVE_DISCLOSURE['2021']), '2019': tableOf(ACTIVE_DISCLOSURE['2019']) } satisfies Record<Format, Table>,
  applications: tableOf(APPLICATIONS),
  reviewLitigation: tableOf(REVIEW_LITIGATION),
};

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null;

/** The row's object in a table's JSON (its cells by column key), or null where the report lacks it. */
export function rowIn(table: unknown, row: TableRow): Readonly<Record<string, unknown>> | null {
  let node = table;
  for (const key of row.keys) {
    if (!isRecord(node)) return null;
    node = node[key];
  }
  return isRecord(node) ? node : null;
}

/** The table's row at `path` (a path the catalog's types have checked; a wrong one fails when the module loads). */
export function rowAt(table: Table, path: string): TableRow {
  const row = table.rows.find((r) => r.path === path);
  if (!row) throw new Error(`catalog: ${table.key} has no row ${path}`);
  return row;
}

/** The rows of a RowSet (these, or every row from one to another), in the table's order. */
export function rowsIn(table: Table, set: RowSet<string>): readonly TableRow[] {
  if (!('from' in set)) return set.map((path) => rowAt(table, path));
  return table.rows.slice(rowAt(table, set.from).index, rowAt(table, set.to).index + 1);
}

/** The part of the report that prints each table. */
export const TABLE_PARTS: Readonly<Record<TableKey, PartNumber>> = {
  activeDisclosure: ACTIVE_DISCLOSURE['2021'].part,
  applications: APPLICATIONS.part,
  reviewLitigation: REVIEW_LITIGATION.part,
};

/** The outcome rows of the application matrix (（一）予以公开 … （六）3.其他): the rows `handled-sum` adds up. */
export const OUTCOME_ROWS: readonly TableRow[] = (() => {
  const handledSum = EQUATIONS.find((e) => e.code === 'handled-sum');
  if (!handledSum || handledSum.each !== 'column') throw new Error('catalog: handled-sum is not a column equation');
  return rowsIn(TABLES.applications, handledSum.left);
})();
