/**
 * `gov-report summary`: one table, a row per report, aligned by display width (汉字 take two
 * columns), so an office collecting thirty township reports sees them at a glance.
 *
 *   file        organ               year  new  handled  carried  review  litigation  errors
 *   a.txt       昌乐县乔官镇人民政府  2024    1        1        0       0           0       0
 */
import type { Paint } from './paint.js';
import type { Messages } from '../cli/messages.js';
import type { Report } from '../schema.js';
import { displayWidth, padding } from './width.js';
import { visible, visibleLineStart } from './visible.js';

/** The words of this output, in the run's language. */
type Words = Messages['summary'];

export interface SummaryRow {
  file: string;
  organ: string | null;
  year: number | null;
  newReceived: number | null;
  handled: number | null;
  carriedForward: number | null;
  review: number | null;
  litigation: number | null;
  errors: number;
}

/** Sum of the present values; null when none is present (a missing table is not a zero). */
function sumPresent(values: ReadonlyArray<number | null | undefined>): number | null {
  const present = values.filter((v): v is number => typeof v === 'number');
  return present.length === 0 ? null : present.reduce((s, v) => s + v, 0);
}

export function summaryRow(report: Report): SummaryRow {
  const a = report.applications;
  const r = report.reviewLitigation;
  return {
    // Shown on a terminal: control characters as escapes, never sent (visible.ts).
    file: visibleLineStart(report.source.file ?? '-'),
    organ: report.meta.organ === null ? null : visible(report.meta.organ),
    year: report.meta.year,
    newReceived: a?.newReceived?.total ?? null,
    handled: a?.totalHandled?.total ?? null,
    carriedForward: a?.carriedForward?.total ?? null,
    review: r?.review?.total ?? null,
    litigation: sumPresent([r?.litigationDirect?.total, r?.litigationAfterReview?.total]),
    errors: report.diagnostics.filter((d) => d.severity === 'error').length,
  };
}

interface Column {
  header: keyof Words['headers'];
  numeric: boolean;
  cell: (row: SummaryRow) => string;
}

const show = (value: number | null): string => (value === null ? '-' : String(value));

const COLUMNS: readonly Column[] = [
  { header: 'file', numeric: false, cell: (r) => r.file },
  { header: 'organ', numeric: false, cell: (r) => r.organ ?? '-' },
  { header: 'year', numeric: true, cell: (r) => show(r.year) },
  { header: 'newReceived', numeric: true, cell: (r) => show(r.newReceived) },
  { header: 'handled', numeric: true, cell: (r) => show(r.handled) },
  { header: 'carriedForward', numeric: true, cell: (r) => show(r.carriedForward) },
  { header: 'review', numeric: true, cell: (r) => show(r.review) },
  { header: 'litigation', numeric: true, cell: (r) => show(r.litigation) },
  { header: 'errors', numeric: true, cell: (r) => String(r.errors) },
];

/** The `total` row under a table of several reports. */
function totalRow(rows: readonly SummaryRow[], words: Words): SummaryRow {
  return {
    file: words.total,
    organ: words.reports(rows.length),
    year: null,
    newReceived: sumPresent(rows.map((r) => r.newReceived)),
    handled: sumPresent(rows.map((r) => r.handled)),
    carriedForward: sumPresent(rows.map((r) => r.carriedForward)),
    review: sumPresent(rows.map((r) => r.review)),
    litigation: sumPresent(rows.map((r) => r.litigation)),
    errors: rows.reduce((s, r) => s + r.errors, 0),
  };
}

const GAP = '  ';

/**
 * The whole table: a header, a row per report and, when there are several, a rule and a
 * `total` row. Text columns are left-aligned, numbers right-aligned.
 */
export function summaryTable(rows: readonly SummaryRow[], paint: Paint, words: Words): string {
  const total = rows.length > 1 ? totalRow(rows, words) : null;
  const sized = COLUMNS.map((column) => {
    const texts = [words.headers[column.header], ...rows.map(column.cell), ...(total ? [column.cell(total)] : [])];
    return { ...column, width: Math.max(...texts.map((text) => displayWidth(text))) };
  });
  /** A line of the table: each column's text padded to its width; `colour` paints a text, not its padding. */
  const line = (text: (column: Column) => string, colour: (column: Column, text: string) => string = (_, t) => t): string =>
    sized
      .map((column) => {
        const t = text(column);
        return column.numeric ? padding(t, column.width) + colour(column, t) : colour(column, t) + padding(t, column.width);
      })
      .join(GAP)
      .trimEnd();
  const lines = [
    paint.bold(line((column) => words.headers[column.header])),
    ...rows.map((row) => line((column) => column.cell(row), (column, t) => (column.header === 'errors' && row.errors > 0 ? paint.red(t) : t))),
  ];
  if (total) {
    lines.push(paint.dim('-'.repeat(sized.reduce((sum, column) => sum + column.width, 0) + GAP.length * (sized.length - 1))));
    lines.push(line((column) => column.cell(total)));
  }
  return lines.join('\n') + '\n';
}
