/**
 * `gov-report summary`: one table, a row per report, aligned by display width (汉字 take two
 * columns), so an office collecting thirty township reports sees them at a glance.
 *
 *   file        organ               year  new  handled  carried  review  litigation  errors
 *   a.txt       昌乐县乔官镇人民政府  2024    1        1        0       0           0       0
 */
import type { ChalkInstance } from 'chalk';
import type { Messages } from '../cli/messages.js';
import type { Report } from '../schema.js';
import { displayWidth, padEnd, padStart } from './width.js';

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
    file: report.source.file ?? '-',
    organ: report.meta.organ,
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
export function totalRow(rows: readonly SummaryRow[], words: Words): SummaryRow {
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
export function summaryTable(rows: readonly SummaryRow[], paint: ChalkInstance, words: Words): string {
  const body = rows.map((row) => COLUMNS.map((c) => c.cell(row)));
  const total = rows.length > 1 ? COLUMNS.map((c) => c.cell(totalRow(rows, words))) : null;
  const all = [COLUMNS.map((c) => words.headers[c.header]), ...body, ...(total ? [total] : [])];
  const widths = COLUMNS.map((_, i) => Math.max(...all.map((cells) => displayWidth(cells[i]!))));
  const format = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (COLUMNS[i]!.numeric ? padStart(cell, widths[i]!) : padEnd(cell, widths[i]!)))
      .join(GAP)
      .trimEnd();
  const errorsColumn = COLUMNS.length - 1;
  const lines = [
    paint.bold(format(all[0]!)),
    ...body.map((cells, r) => {
      const line = format(cells);
      return rows[r]!.errors > 0 ? line.slice(0, line.length - cells[errorsColumn]!.length) + paint.red(cells[errorsColumn]!) : line;
    }),
  ];
  if (total) {
    lines.push(paint.dim('-'.repeat(widths.reduce((s, w) => s + w, 0) + GAP.length * (widths.length - 1))));
    lines.push(format(total));
  }
  return lines.join('\n') + '\n';
}
