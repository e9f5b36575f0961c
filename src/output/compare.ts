/**
 * `gov-report compare` output: a terminal table (changed cells by default, every cell with
 * `all`), JSON, and CSV for spreadsheets. Columns are aligned by display width (a 汉字 takes
 * two columns), long row labels shortened with `…`.
 *
 *   old: 2023.txt  昌乐县乔官镇人民政府  2023
 *   new: 2024.txt  昌乐县乔官镇人民政府  2024
 *      part  row                         column   2023   2024  change       %
 *   !  三    一、本年新收政府信息公开申…  自然人    1203   2405   +1202  +99.9%
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Messages } from '../cli/messages.js';
import type { ComparedCell, Comparison, OrganMatch } from '../crosscheck/compare.js';
import type { Report } from '../schema.js';
import { csvField } from './csv.js';
import { displayWidth, padEnd, padStart } from './width.js';

/** The words of this output, in the run's language. */
type Words = Messages['compare'];

const PLAIN = new Chalk({ level: 0 });

export interface CompareTextOptions {
  words: Words;
  /** Every cell, not only the changed ones. */
  all?: boolean;
  /** Colour (plain text without). */
  paint?: ChalkInstance;
  /** Row labels wider than this many columns are shortened (default 34: the four rows of the 勾稽关系 fit), column labels at half that. */
  labelWidth?: number;
}

/** The label cut to `width` columns, ending in `…` when cut. */
function shorten(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

const signed = (x: number): string => (x > 0 ? `+${x}` : String(x));
const signedPercent = (x: number): string => `${x > 0 ? '+' : ''}${x.toFixed(1)}%`;

function shownCell(cell: ComparedCell, none: string) {
  return {
    old: cell.old === null ? none : String(cell.old),
    new: cell.new === null ? none : String(cell.new),
    change: cell.change === null ? none : signed(cell.change),
    percent: cell.percent === null ? none : signedPercent(cell.percent),
  };
}

/** A line of the table: a compared cell and its values as shown. */
interface TableLine {
  cell: ComparedCell;
  values: ReturnType<typeof shownCell>;
}

/** A column of the table: its title, whether it holds numbers (aligned right), its text on a line. */
interface TableColumn {
  title: string;
  numeric: boolean;
  text: (line: TableLine) => string;
}

/** One comparison as a terminal table, its counts, and its carry-over errors. */
export function compareText(comparison: Comparison, options: CompareTextOptions): string {
  const { words } = options;
  const paint = options.paint ?? PLAIN;
  const labelWidth = options.labelWidth ?? 34;
  const lines: string[] = [];
  for (const side of ['old', 'new'] as const) {
    const report = comparison[side];
    lines.push(words.report(side, report.file ?? words.none, report.organ ?? words.none, report.year === null ? words.none : String(report.year)).trimEnd());
  }
  if (!comparison.sameOrgan) lines.push(words.otherOrgan(comparison.old.organ ?? words.none, comparison.new.organ ?? words.none));

  const changed = comparison.cells.filter((c) => c.changed);
  const shown = options.all ? comparison.cells : changed;
  if (shown.length > 0) {
    const years = comparison.old.year !== null && comparison.new.year !== null && comparison.old.year !== comparison.new.year;
    const h = words.headers;
    const columnWidth = Math.ceil(labelWidth / 2);
    const columns: TableColumn[] = [
      { title: '', numeric: false, text: (line) => (line.cell.large ? '!' : '') },
      { title: h.part, numeric: false, text: (line) => line.cell.part },
      { title: h.row, numeric: false, text: (line) => shorten(line.cell.row, labelWidth) },
      { title: h.column, numeric: false, text: (line) => shorten(line.cell.column, columnWidth) },
      { title: years ? String(comparison.old.year) : h.old, numeric: true, text: (line) => line.values.old },
      { title: years ? String(comparison.new.year) : h.new, numeric: true, text: (line) => line.values.new },
      { title: h.change, numeric: true, text: (line) => line.values.change },
      { title: h.percent, numeric: true, text: (line) => line.values.percent },
    ];
    const tableLines = shown.map((cell): TableLine => ({ cell, values: shownCell(cell, words.none) }));
    const sized = columns.map((column) => ({ ...column, width: Math.max(displayWidth(column.title), ...tableLines.map((line) => displayWidth(column.text(line)))) }));
    /** A line of the table: each column's text (`textOf`), padded to the column's width. */
    const format = (textOf: (column: TableColumn) => string): string =>
      sized
        .map((column) => {
          const text = textOf(column);
          return column.numeric ? padStart(text, column.width) : padEnd(text, column.width);
        })
        .join('  ')
        .trimEnd();
    lines.push(paint.bold(format((column) => column.title)));
    for (const line of tableLines) {
      const text = format((column) => column.text(line));
      lines.push(line.cell.large ? paint.red(text) : text);
    }
  }

  const large = changed.filter((c) => c.large).length;
  let counts = changed.length === 0 ? words.noChange : words.counts(changed.length, comparison.cells.length);
  if (large > 0 && comparison.thresholdPercent !== null) counts += words.large(large, comparison.thresholdPercent);
  lines.push(counts);
  for (const d of comparison.carryOver) lines.push(paint.red(`${words.line(d.line)}  ${words.error}  ${d.code}  ${d.message}`));
  return `${lines.join('\n')}\n`;
}

/** Several comparisons (two folders), a blank line between, then the reports left unpaired. */
export function compareTextAll(comparisons: readonly Comparison[], unmatched: Pick<OrganMatch<Report>, 'onlyOld' | 'onlyNew'>, options: CompareTextOptions): string {
  const { words } = options;
  const parts = comparisons.map((c) => compareText(c, options));
  const rest: string[] = [];
  for (const r of unmatched.onlyOld) rest.push(words.onlyOld(r.source.file ?? words.none, r.meta.organ ?? words.none));
  for (const r of unmatched.onlyNew) rest.push(words.onlyNew(r.source.file ?? words.none, r.meta.organ ?? words.none));
  if (rest.length) parts.push(`${rest.join('\n')}\n`);
  return parts.join('\n');
}

/** The comparisons as JSON: every cell, changed or not (`changed` and `large` say which). */
export function compareJson(comparisons: readonly Comparison[], options: { pretty?: boolean } = {}): string {
  return `${JSON.stringify(comparisons, null, options.pretty ? 2 : undefined)}\n`;
}

const COMPARE_CSV_COLUMNS = [
  'old.file',
  'new.file',
  'old.organ',
  'new.organ',
  'old.year',
  'new.year',
  'part',
  'path',
  'row',
  'column',
  'old',
  'new',
  'change',
  'percent',
  'changed',
  'large',
] as const;

/** RFC 4180 CSV, one row per cell of every comparison (CRLF line ends, text that would read as a formula neutralised). */
export function compareCsv(comparisons: readonly Comparison[]): string {
  const rows: string[] = [COMPARE_CSV_COLUMNS.join(',')];
  for (const c of comparisons) {
    for (const cell of c.cells) {
      const values: unknown[] = [
        c.old.file,
        c.new.file,
        c.old.organ,
        c.new.organ,
        c.old.year,
        c.new.year,
        cell.part,
        cell.path,
        cell.row,
        cell.column,
        cell.old,
        cell.new,
        cell.change,
        cell.percent,
        cell.changed,
        cell.large,
      ];
      rows.push(values.map((v) => csvField(v)).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
