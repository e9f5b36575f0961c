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
  /** Left out to fit a narrow terminal, lowest first; never when undefined. */
  drop?: number;
}

const show = (value: number | null): string => (value === null ? '-' : String(value));

/**
 * The columns in the order printed. On a narrow terminal the file goes first (the organ and year
 * name the report, and a path is the widest column), then the totals that follow from others
 * (carried forward, handled), then part 四; organ, year, new applications and errors always stay.
 */
const COLUMNS: readonly Column[] = [
  { header: 'file', numeric: false, cell: (r) => r.file, drop: 0 },
  { header: 'organ', numeric: false, cell: (r) => r.organ ?? '-' },
  { header: 'year', numeric: true, cell: (r) => show(r.year) },
  { header: 'newReceived', numeric: true, cell: (r) => show(r.newReceived) },
  { header: 'handled', numeric: true, cell: (r) => show(r.handled), drop: 2 },
  { header: 'carriedForward', numeric: true, cell: (r) => show(r.carriedForward), drop: 1 },
  { header: 'review', numeric: true, cell: (r) => show(r.review), drop: 4 },
  { header: 'litigation', numeric: true, cell: (r) => show(r.litigation), drop: 3 },
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

type Sized = Column & { width: number };

const tableWidth = (columns: readonly Sized[]): number => columns.reduce((sum, column) => sum + column.width, 0) + GAP.length * (columns.length - 1);

/** A column that may be left out to fit: one with a `drop` rank. */
const isDroppable = (column: Sized): column is Sized & { drop: number } => column.drop !== undefined;

/**
 * The columns that fit `maxWidth` terminal columns: all of them when they fit (or there is no
 * limit); else the droppable ones are left out, lowest `drop` first, until the rest fit, and those
 * left out that then fit again are put back, highest first (a wide file column gone may leave
 * room for the totals). The organ column keeps its width: a name cut short would name another
 * organ; a terminal narrower than the columns that always stay wraps their lines.
 */
function fitting(sized: readonly Sized[], maxWidth: number | null): { shown: Sized[]; left: Sized[] } {
  if (maxWidth === null || tableWidth(sized) <= maxWidth) return { shown: [...sized], left: [] };
  const order = sized.filter(isDroppable).sort((a, b) => a.drop - b.drop);
  let shown = [...sized];
  const left: Sized[] = [];
  for (const column of order) {
    if (tableWidth(shown) <= maxWidth) break;
    shown = shown.filter((c) => c !== column);
    left.push(column);
  }
  for (const column of [...left].reverse()) {
    const back = sized.filter((c) => shown.includes(c) || c === column);
    if (tableWidth(back) <= maxWidth) {
      shown = back;
      left.splice(left.indexOf(column), 1);
    }
  }
  return { shown, left };
}

/**
 * The whole table: a header, a row per report and, when there are several, a rule and a
 * `total` row. Text columns are left-aligned, numbers right-aligned. With `maxWidth` (a
 * terminal's width), columns are left out until the table fits, and a last line says which.
 */
export function summaryTable(rows: readonly SummaryRow[], paint: Paint, words: Words, maxWidth: number | null = null): string {
  const total = rows.length > 1 ? totalRow(rows, words) : null;
  const all = COLUMNS.map((column) => {
    const texts = [words.headers[column.header], ...rows.map(column.cell), ...(total ? [column.cell(total)] : [])];
    return { ...column, width: Math.max(...texts.map((text) => displayWidth(text))) };
  });
  const { shown: sized, left } = fitting(all, maxWidth);
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
    lines.push(paint.dim('-'.repeat(tableWidth(sized))));
    lines.push(line((column) => column.cell(total)));
  }
  if (left.length > 0 && maxWidth !== null) {
    const names = all.filter((column) => left.includes(column)).map((column) => words.headers[column.header]);
    lines.push(paint.dim(words.leftOut(names, maxWidth)));
  }
  return lines.join('\n') + '\n';
}
