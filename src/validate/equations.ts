/**
 * The one checker of the form's equations (catalog/equations.ts): for each equation, in every
 * column (or every row) it holds in, the two sides must add up to the same. A blank cell counts
 * as 0; a cell of unknown value (validate/context.ts) makes that column or row skipped, not failed;
 * a row the form lets a report leave out counts as 0, any other missing row skips the equation.
 */
import { EQUATIONS, type EquationCode, type EquationMessage, type FormEquation } from '../catalog/equations.js';
import { rowAt, rowIn, rowsIn, TABLES, type TableRow } from '../catalog/tables.js';
import type { ColumnSpec, TableKey } from '../catalog/types.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { Report } from '../schema.js';
import type { Rule, RuleContext } from './context.js';

/** One cell of a side, as the message shows it. */
interface Term {
  label: string;
  value: number | null;
}

function columnsOf(row: TableRow, keys: readonly string[]): readonly ColumnSpec[] {
  return keys.map((key) => {
    const column = row.spec.columns.find((c) => c.key === key);
    if (!column) throw new Error(`catalog: ${row.fullPath} has no column ${key}`);
    return column;
  });
}

/** A cell in the arithmetic: a blank (null) counts as 0. */
const valueOf = (cell: unknown): number => (typeof cell === 'number' ? cell : 0);
const cellOf = (cell: unknown): number | null => (typeof cell === 'number' ? cell : null);

/** Equal for counts and for amounts in 万元 printed with decimals. */
const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;

// ── Messages ──────────────────────────────────────────────────────────────────────────────────

const round = (x: number): number => Math.round(x * 1e6) / 1e6;
/** A cell as the message shows it: its number, or what a blank became. */
const shown = (x: number | null): string => (x === null ? '(none, as 0)' : String(x));
const offBy = (a: number, b: number): string => `(off by ${round(Math.abs(a - b))})`;

interface Sides {
  /** The column (per-column equations) or the row (per-row) the equation failed in, as printed. */
  where: string;
  left: readonly Term[];
  right: readonly Term[];
  leftSum: number;
  rightSum: number;
  /** The labels of the first and last items of the left side, as the form numbers them. */
  leftRange: readonly [first: string, last: string];
}

const quoted = (terms: readonly Term[]): string => terms.map((t) => `“${t.label}” ${shown(t.value)}`).join(' + ');
const plain = (terms: readonly Term[]): string => terms.map((t) => `${t.label} ${shown(t.value)}`).join(' + ');
const total = (s: Sides): string => {
  const [only, ...more] = s.right;
  return only && more.length === 0 ? `${only.label} is ${shown(only.value)}` : `${plain(s.right)} is ${round(s.rightSum)}`;
};

const MESSAGES: Readonly<Record<EquationMessage, (s: Sides) => string>> = {
  sums: (s) => `column “${s.where}”: ${quoted(s.left)} = ${round(s.leftSum)}, but ${quoted(s.right)} = ${round(s.rightSum)} ${offBy(s.leftSum, s.rightSum)}`,
  outcomes: (s) => {
    const [only, ...more] = s.right;
    const handled = only && more.length === 0 ? `“${only.label}” is ${shown(only.value)}` : `${quoted(s.right)} = ${round(s.rightSum)}`;
    return `column “${s.where}”: ${handled}, but the outcome rows ${s.leftRange[0]} … ${s.leftRange[1]} add up to ${round(s.leftSum)} ${offBy(s.leftSum, s.rightSum)}`;
  },
  rowTotal: (s) => `row “${s.where}”: ${total(s)}, but ${plain(s.left)} = ${round(s.leftSum)} ${offBy(s.leftSum, s.rightSum)}`,
  groupTotal: (s) => `“${s.where}”: ${total(s)}, but ${plain(s.left)} = ${round(s.leftSum)} ${offBy(s.leftSum, s.rightSum)}`,
};

// ── Labels and lines as printed ───────────────────────────────────────────────────────────────

/** A row's label as the report printed it (`(七) 总计`), or the form's when the print is unknown. */
const rowLabel = (context: RuleContext, row: TableRow): string => context.layout.rows[row.fullPath]?.label || row.spec.label;
/** A column's label as the report's headers print it, else as the form does. */
const columnLabel = (context: RuleContext, table: TableKey, column: ColumnSpec): string => context.layout.columns[`${table}.${column.key}`] ?? column.label;
/** The line of the row's label; null for a report read back from JSON. */
const lineOf = (context: RuleContext, row: TableRow): number | null => context.layout.rows[row.fullPath]?.line ?? null;

// ── The checker ───────────────────────────────────────────────────────────────────────────────

/** The table's JSON in the report. */
const tableIn = (report: Report, key: TableKey): unknown => report[key];

function columnCheck(equation: Extract<FormEquation, { each: 'column' }>): Rule {
  const table = TABLES[equation.table];
  const left = rowsIn(table, equation.left);
  const right = rowsIn(table, equation.right);
  const reportAt = rowAt(table, equation.reportAt);
  const columns = reportAt.spec.columns;
  const message = MESSAGES[equation.message];
  const leftRange = [left[0]?.topLabel ?? '', left.at(-1)?.topLabel ?? ''] as const;
  /** Each column, with the paths of its cells on both sides: constant, built once. */
  const perColumn = columns.map((column) => ({ column, cells: [...left, ...right].map((row) => `${row.fullPath}.${column.key}`) }));
  return (context) => {
    const value = tableIn(context.report, equation.table);
    if (value === null) return [];
    const side = (rows: readonly TableRow[]): Array<Readonly<Record<string, unknown>> | null> | null => {
      const objects: Array<Readonly<Record<string, unknown>> | null> = [];
      for (const row of rows) {
        const object = rowIn(value, row);
        if (object === null && !row.optional) return null; // a row the report lacks: nothing to check
        objects.push(object);
      }
      return objects;
    };
    const leftRows = side(left);
    const rightRows = side(right);
    if (!leftRows || !rightRows) return [];
    const found: Diagnostic[] = [];
    for (const { column, cells } of perColumn) {
      let leftSum = 0;
      for (const row of leftRows) leftSum += valueOf(row?.[column.key]);
      let rightSum = 0;
      for (const row of rightRows) rightSum += valueOf(row?.[column.key]);
      // A column with a cell of unknown value is skipped; asking only when the sides differ skips the same columns.
      if (same(leftSum, rightSum) || cells.some((path) => context.unknown(path))) continue;
      const terms = (rows: readonly TableRow[], objects: ReadonlyArray<Readonly<Record<string, unknown>> | null>): Term[] =>
        rows.map((row, i) => ({ label: rowLabel(context, row), value: cellOf(objects[i]?.[column.key]) }));
      const text = message({
        where: columnLabel(context, equation.table, column),
        left: terms(left, leftRows),
        right: terms(right, rightRows),
        leftSum,
        rightSum,
        leftRange,
      });
      found.push(diagnostic(equation.code, text, `${reportAt.fullPath}.${column.key}`, lineOf(context, reportAt)));
    }
    return found;
  };
}

function rowCheck(equation: Extract<FormEquation, { each: 'row' }>): Rule {
  const table = TABLES[equation.table];
  const rows = equation.rows === 'every' ? table.rows : rowsIn(table, equation.rows);
  const message = MESSAGES[equation.message];
  const planned = rows.map((row) => {
    const left = columnsOf(row, equation.left);
    const right = columnsOf(row, equation.right);
    const cells = [...left, ...right].map((c) => `${row.fullPath}.${c.key}`);
    return { row, left, right, cells, path: `${row.fullPath}.${equation.reportAt}` };
  });
  return (context) => {
    const value = tableIn(context.report, equation.table);
    if (value === null) return [];
    const found: Diagnostic[] = [];
    for (const { row, left, right, cells, path } of planned) {
      const object = rowIn(value, row);
      if (!object) continue;
      let leftSum = 0;
      for (const column of left) leftSum += valueOf(object[column.key]);
      let rightSum = 0;
      for (const column of right) rightSum += valueOf(object[column.key]);
      // A row with a cell of unknown value is skipped; asking only when the sum fails skips the same rows.
      if (same(leftSum, rightSum) || cells.some((cell) => context.unknown(cell))) continue;
      const terms = (columns: readonly ColumnSpec[]): Term[] =>
        columns.map((column) => ({ label: columnLabel(context, equation.table, column), value: cellOf(object[column.key]) }));
      const text = message({ where: rowLabel(context, row), left: terms(left), right: terms(right), leftSum, rightSum, leftRange: ['', ''] });
      found.push(diagnostic(equation.code, text, path, lineOf(context, row)));
    }
    return found;
  };
}

/** Each equation of the catalog as a rule, with its code, in the catalog's order. */
export const EQUATION_RULES: ReadonlyArray<{ code: EquationCode; rule: Rule }> = EQUATIONS.map((equation) => ({
  code: equation.code,
  rule: equation.each === 'column' ? columnCheck(equation) : rowCheck(equation),
}));
