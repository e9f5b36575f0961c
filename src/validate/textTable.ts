/**
 * `text-table` (warning): a figure the prose states about the tables (found by the parse,
 * src/prose/, kept in the layout) that no sum of cells a careful reader would accept for it
 * agrees with. Reported on the prose line; the message quotes the figure and names the cells with
 * the line of their row. A figure whose cells are unknown (a missing row, a cell that could not
 * be read) says nothing; so does a report read back from JSON without its layout.
 */
import { cellLabel } from '../catalog/cells.js';
import { EQUATIONS } from '../catalog/equations.js';
import { rowsIn, TABLES } from '../catalog/tables.js';
import { diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import type { CellsNamed } from '../messages/params.js';
import type { CellSum, StatedFigure } from '../tokens.js';
import { sumCells, type Rule, type RuleContext } from './context.js';

interface Evaluated {
  reading: CellSum;
  /** The sum of the cells as printed. */
  value: number;
  /** The same with each 总计 cell read as the sum of its row's other cells, where that differs. */
  parts: number | null;
}

/**
 * Each row's 总计 cell (`applications.newReceived.total`) → the row's other cells, which it sums:
 * the form's row equations (catalog/equations.ts: row-total, review-total, litigation-total), each
 * a row's `left` cells adding up to its `right` one.
 */
const PARTS_OF_TOTAL: ReadonlyMap<string, readonly string[]> = (() => {
  const parts = new Map<string, string[]>();
  for (const equation of EQUATIONS) {
    if (equation.each !== 'row') continue;
    const table = TABLES[equation.table];
    const rows = equation.rows === 'every' ? table.rows : rowsIn(table, equation.rows);
    for (const row of rows) {
      for (const total of equation.right) parts.set(`${row.fullPath}.${total}`, equation.left.map((key) => `${row.fullPath}.${key}`));
    }
  }
  return parts;
})();

/**
 * The readings that apply to this report's form, with their values; null when any of them is
 * unknown (nothing can then be said). A 总计 the table prints wrong (row-total, review-total …
 * report it) may be read as its printed value or as the sum of its parts: the prose agreeing
 * with either agrees with the table.
 */
function evaluate(context: RuleContext, readings: readonly CellSum[]): Evaluated[] | null {
  const values: Evaluated[] = [];
  const seen = new Set<string>();
  for (const reading of readings) {
    const key = `${reading.terms.join('+')}-${(reading.minus ?? []).join('-')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const value = difference(context, reading.terms, reading.minus);
    if (value === 'unknown') return null;
    if (value === 'absent') continue;
    const asParts = (cells: readonly string[]) => cells.flatMap((t) => PARTS_OF_TOTAL.get(t) ?? [t]);
    const parts = difference(context, asParts(reading.terms), reading.minus && asParts(reading.minus));
    values.push({ reading, value, parts: typeof parts === 'number' && parts !== value ? parts : null });
  }
  return values;
}

/** The sum of `terms` less the sum of `minus`. */
function difference(context: RuleContext, terms: readonly string[], minus: readonly string[] = []): ReturnType<typeof sumCells> {
  const plus = sumCells(context, terms);
  const less = minus.length === 0 ? 0 : sumCells(context, minus);
  if (plus === 'unknown' || less === 'unknown') return 'unknown';
  if (plus === 'absent' || less === 'absent') return 'absent';
  return Math.round((plus - less) * 1e6) / 1e6;
}

const agrees = (figure: StatedFigure, { value, parts }: Evaluated): boolean =>
  Math.abs(figure.value - value) <= figure.tolerance + 1e-6 || (parts !== null && Math.abs(figure.value - parts) <= figure.tolerance + 1e-6);

/** The row a cell is in (`applications.newReceived.total` → `applications.newReceived`). */
const rowOf = (path: string): string => path.slice(0, path.lastIndexOf('.'));

/**
 * The cells as a message names them, by the form's labels, not the printed ones (a row run into a
 * paragraph prints its label with the paragraph).
 */
function named({ reading, value }: Evaluated): CellsNamed {
  const labels = reading.terms.map(cellLabel);
  const columns = new Set(labels.map((l) => l.column));
  const [only] = columns;
  const column = columns.size === 1 && only !== undefined ? only : null;
  const rows = reading.label ? [reading.label] : [...new Set(labels.map((l) => (column === null ? `${l.row} ${l.column}` : l.row)))];
  return { rows, column, value };
}

export const textTable: Rule = (context) => {
  const found: PendingDiagnostic[] = [];
  for (const figure of context.layout.figures ?? []) {
    const values = evaluate(context, figure.readings);
    if (values === null) continue;
    const [first, ...others] = values;
    if (!first || values.some((v) => agrees(figure, v))) continue;
    const [path] = first.reading.terms;
    if (path === undefined) continue; // a reading of no cell: no cell of the tables to name
    const table = { ...named(first), line: context.layout.rows[rowOf(path)]?.line ?? null };
    found.push(diagnostic('text-table', 'text-table', { quote: figure.quote, line: figure.line, table, others: others.map(named) }, path, figure.line));
  }
  return found;
};
