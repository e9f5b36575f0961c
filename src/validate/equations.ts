/**
 * The one checker of the form's equations (catalog/equations.ts): for each equation, in every
 * column (or every row) it holds in, the two sides must add up to the same. A blank cell counts
 * as 0; a cell of unknown value (validate/context.ts) makes that column or row skipped, not failed;
 * a row the form lets a report leave out counts as 0, any other missing row skips the equation.
 */
import { EQUATIONS, type EquationCode, type FormEquation } from '../catalog/equations.js';
import { rowAt, rowIn, rowsIn, TABLES, type TableRow } from '../catalog/tables.js';
import type { ColumnSpec, TableKey } from '../catalog/types.js';
import { diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import type { EquationFault, Term } from '../messages/params.js';
import type { Report } from '../schema.js';
import type { Rule, RuleContext } from './context.js';

/** A column as an equation reads it: its key, its label as the form prints it, and its path (`applications.nonprofit`), under which a layout gives its label as printed. */
interface Column {
  key: string;
  label: string;
  path: string;
}

const columnOf = (table: TableKey, column: ColumnSpec): Column => ({ key: column.key, label: column.label, path: `${table}.${column.key}` });

/** The row's columns with these keys (keys the catalog's types have checked; a wrong one fails when the module loads). */
function columnsOf(table: TableKey, row: TableRow, keys: readonly string[]): readonly Column[] {
  return keys.map((key) => {
    const column = row.spec.columns.find((c) => c.key === key);
    if (!column) throw new Error(`catalog: ${row.fullPath} has no column ${key}`);
    return columnOf(table, column);
  });
}

/** A cell in the arithmetic: a blank (null) counts as 0. */
const valueOf = (cell: unknown): number => (typeof cell === 'number' ? cell : 0);
const cellOf = (cell: unknown): number | null => (typeof cell === 'number' ? cell : null);

/** Equal for counts and for amounts in 万元 printed with decimals. */
const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;

// ── Labels and lines as printed ───────────────────────────────────────────────────────────────

/** A row's label as the report printed it (`(七) 总计`), or the form's when the print is unknown. */
const rowLabel = (context: RuleContext, row: TableRow): string => context.layout.rows[row.fullPath]?.label || row.spec.label;
/** A column's label as the report's headers print it, else as the form does. */
const columnLabel = (context: RuleContext, column: Column): string => context.layout.columns[column.path] ?? column.label;
/** The line of the row's label; null for a report read back from JSON. */
const lineOf = (context: RuleContext, row: TableRow): number | null => context.layout.rows[row.fullPath]?.line ?? null;

/** A column's cells in these rows, as the message shows them. */
function rowTerms(context: RuleContext, rows: readonly TableRow[], objects: ReadonlyArray<RowObject | null>, key: string): Term[] {
  return rows.map((row, i) => ({ label: rowLabel(context, row), value: cellOf(objects[i]?.[key]) }));
}

/** A row's cells in these columns, as the message shows them. */
function columnTerms(context: RuleContext, columns: readonly Column[], object: RowObject): Term[] {
  return columns.map((column) => ({ label: columnLabel(context, column), value: cellOf(object[column.key]) }));
}

/** A per-row equation names no range of rows. */
const NO_RANGE = ['', ''] as const;

// ── The checker ───────────────────────────────────────────────────────────────────────────────

type RowObject = Readonly<Record<string, unknown>>;

/**
 * The objects of these rows in a table's JSON; null for a row the report lacks that the form
 * lets it leave out (it counts as 0); the whole null when another is missing (nothing to check).
 */
function rowObjects(table: unknown, rows: readonly TableRow[]): Array<RowObject | null> | null {
  const objects: Array<RowObject | null> = [];
  for (const row of rows) {
    const object = rowIn(table, row);
    if (object === null && !row.optional) return null;
    objects.push(object);
  }
  return objects;
}

/** The table's JSON in the report. */
const tableIn = (report: Report, key: TableKey): unknown => report[key];

function columnCheck(equation: Extract<FormEquation, { each: 'column' }>): Rule {
  const table = TABLES[equation.table];
  const left = rowsIn(table, equation.left);
  const right = rowsIn(table, equation.right);
  const reportAt = rowAt(table, equation.reportAt);
  const columns = reportAt.spec.columns;
  const message = `equation.${equation.message}` as const;
  const leftRange = [left[0]?.topLabel ?? '', left.at(-1)?.topLabel ?? ''] as const;
  /** Each column, with the paths of its cells on both sides and of the cell a fault is reported at: constant, built once. */
  const perColumn = columns.map((spec) => ({
    column: columnOf(equation.table, spec),
    cells: [...left, ...right].map((row) => `${row.fullPath}.${spec.key}`),
    path: `${reportAt.fullPath}.${spec.key}`,
  }));
  return (context) => {
    const value = tableIn(context.report, equation.table);
    if (value === null) return [];
    const leftRows = rowObjects(value, left);
    const rightRows = rowObjects(value, right);
    if (!leftRows || !rightRows) return [];
    const found: PendingDiagnostic[] = [];
    for (const { column, cells, path } of perColumn) {
      let leftSum = 0;
      for (const row of leftRows) leftSum += valueOf(row?.[column.key]);
      let rightSum = 0;
      for (const row of rightRows) rightSum += valueOf(row?.[column.key]);
      // A column with a cell of unknown value is skipped; asking only when the sides differ skips the same columns.
      if (same(leftSum, rightSum) || cells.some((path) => context.unknown(path))) continue;
      const fault: EquationFault = {
        where: columnLabel(context, column),
        left: rowTerms(context, left, leftRows, column.key),
        right: rowTerms(context, right, rightRows, column.key),
        leftSum,
        rightSum,
        leftRange,
      };
      found.push(diagnostic(equation.code, message, fault, path, lineOf(context, reportAt)));
    }
    return found;
  };
}

function rowCheck(equation: Extract<FormEquation, { each: 'row' }>): Rule {
  const table = TABLES[equation.table];
  const rows = equation.rows === 'every' ? table.rows : rowsIn(table, equation.rows);
  const message = `equation.${equation.message}` as const;
  const planned = rows.map((row) => {
    const left = columnsOf(equation.table, row, equation.left);
    const right = columnsOf(equation.table, row, equation.right);
    const cells = [...left, ...right].map((c) => `${row.fullPath}.${c.key}`);
    return { row, left, right, cells, path: `${row.fullPath}.${equation.reportAt}` };
  });
  return (context) => {
    const value = tableIn(context.report, equation.table);
    if (value === null) return [];
    const found: PendingDiagnostic[] = [];
    for (const { row, left, right, cells, path } of planned) {
      const object = rowIn(value, row);
      if (!object) continue;
      let leftSum = 0;
      for (const column of left) leftSum += valueOf(object[column.key]);
      let rightSum = 0;
      for (const column of right) rightSum += valueOf(object[column.key]);
      // A row with a cell of unknown value is skipped; asking only when the sum fails skips the same rows.
      if (same(leftSum, rightSum) || cells.some((cell) => context.unknown(cell))) continue;
      const fault: EquationFault = {
        where: rowLabel(context, row),
        left: columnTerms(context, left, object),
        right: columnTerms(context, right, object),
        leftSum,
        rightSum,
        leftRange: NO_RANGE,
      };
      found.push(diagnostic(equation.code, message, fault, path, lineOf(context, row)));
    }
    return found;
  };
}

/** Each equation of the catalog as a rule, with its code, in the catalog's order. */
export const EQUATION_RULES: ReadonlyArray<{ code: EquationCode; rule: Rule }> = EQUATIONS.map((equation) => ({
  code: equation.code,
  rule: equation.each === 'column' ? columnCheck(equation) : rowCheck(equation),
}));
