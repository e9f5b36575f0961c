/**
 * `gov-report compare` output: a terminal table (changed cells by default, every cell with
 * `all`), JSON, and CSV for spreadsheets. Columns are aligned by display width (string-width:
 * a 汉字 takes two columns), long row labels shortened with `…`.
 *
 *   old: 2023.txt  昌乐县乔官镇人民政府  2023
 *   new: 2024.txt  昌乐县乔官镇人民政府  2024
 *      part  row                         column   2023   2024  change       %
 *   !  三    一、本年新收政府信息公开申…  自然人    1203   2405   +1202  +99.9%
 */
import stringWidth from 'string-width';
import type { Comparison, ComparedCell, OrganMatch } from '../crosscheck/compare.js';
import { say, type Lang } from '../crosscheck/messages.js';
import type { Report } from '../schema.js';
import { csvField } from './csv.js';

export interface Paint {
  bold(text: string): string;
  red(text: string): string;
}
const PLAIN: Paint = { bold: (t) => t, red: (t) => t };

export interface CompareTextOptions {
  /** Every cell, not only the changed ones. */
  all?: boolean;
  lang?: Lang;
  paint?: Paint;
  /** Row labels wider than this many columns are shortened (default 34: the four rows of the 勾稽关系 fit), column labels at half that. */
  labelWidth?: number;
}

const padEnd = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - stringWidth(text)));
const padStart = (text: string, width: number): string => ' '.repeat(Math.max(0, width - stringWidth(text))) + text;

/** The label cut to `width` columns, ending in `…` when cut. */
function shorten(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (stringWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

const signed = (x: number): string => (x > 0 ? `+${x}` : String(x));
const signedPercent = (x: number): string => `${x > 0 ? '+' : ''}${x.toFixed(1)}%`;

function shownCell(cell: ComparedCell, dash: string) {
  return {
    old: cell.old === null ? dash : String(cell.old),
    new: cell.new === null ? dash : String(cell.new),
    change: cell.change === null ? dash : signed(cell.change),
    percent: cell.percent === null ? dash : signedPercent(cell.percent),
  };
}

/** One comparison as a terminal table, its counts, and its carry-over errors. */
export function compareText(comparison: Comparison, options: CompareTextOptions = {}): string {
  const lang = options.lang ?? 'en';
  const paint = options.paint ?? PLAIN;
  const labelWidth = options.labelWidth ?? 34;
  const dash = say(lang, 'compare.unknown');
  const lines: string[] = [];
  for (const [sideKey, report] of [['compare.old', comparison.old], ['compare.new', comparison.new]] as const) {
    lines.push(say(lang, 'compare.reportLine', { side: say(lang, sideKey), file: report.file ?? '-', organ: report.organ ?? '-', year: report.year ?? '-' }).trimEnd());
  }
  if (!comparison.sameOrgan) {
    lines.push(say(lang, 'compare.otherOrgan', { old: comparison.old.organ ?? '-', new: comparison.new.organ ?? '-' }));
  }

  const changed = comparison.cells.filter((c) => c.changed);
  const shown = options.all ? comparison.cells : changed;
  if (shown.length > 0) {
    const oldHeader = comparison.old.year !== null && comparison.old.year !== comparison.new.year ? String(comparison.old.year) : say(lang, 'compare.old');
    const newHeader = comparison.new.year !== null && comparison.old.year !== comparison.new.year ? String(comparison.new.year) : say(lang, 'compare.new');
    const header = ['', say(lang, 'compare.part'), say(lang, 'compare.row'), say(lang, 'compare.column'), oldHeader, newHeader, say(lang, 'compare.change'), say(lang, 'compare.percent')];
    const rows = shown.map((cell) => {
      const s = shownCell(cell, dash);
      return [cell.large ? '!' : '', cell.part, shorten(cell.row, labelWidth), shorten(cell.column, Math.ceil(labelWidth / 2)), s.old, s.new, s.change, s.percent];
    });
    const numeric = [false, false, false, false, true, true, true, true];
    const widths = header.map((_, i) => Math.max(stringWidth(header[i]!), ...rows.map((r) => stringWidth(r[i]!))));
    const format = (cells: readonly string[]) =>
      cells
        .map((c, i) => (numeric[i] ? padStart(c, widths[i]!) : padEnd(c, widths[i]!)))
        .join('  ')
        .trimEnd();
    lines.push(paint.bold(format(header)));
    rows.forEach((r, i) => lines.push(shown[i]!.large ? paint.red(format(r)) : format(r)));
  }

  const large = changed.filter((c) => c.large).length;
  let counts = changed.length === 0 ? say(lang, 'compare.noChange') : say(lang, 'compare.counts', { changed: changed.length, cells: comparison.cells.length });
  if (large > 0 && comparison.thresholdPercent !== null) counts += say(lang, 'compare.largeCount', { large, threshold: comparison.thresholdPercent });
  lines.push(counts);
  for (const d of comparison.carryOver) lines.push(paint.red(`${d.line ?? '-'}  ${d.severity}  ${d.code}  ${d.message}`));
  return `${lines.join('\n')}\n`;
}

/** Several comparisons (two folders), a blank line between, then the reports left unpaired. */
export function compareTextAll(comparisons: readonly Comparison[], unmatched: Pick<OrganMatch<Report>, 'onlyOld' | 'onlyNew'>, options: CompareTextOptions = {}): string {
  const lang = options.lang ?? 'en';
  const parts = comparisons.map((c) => compareText(c, options));
  const rest: string[] = [];
  for (const r of unmatched.onlyOld) rest.push(say(lang, 'compare.onlyOld', { file: r.source.file ?? '-', organ: r.meta.organ ?? '-' }));
  for (const r of unmatched.onlyNew) rest.push(say(lang, 'compare.onlyNew', { file: r.source.file ?? '-', organ: r.meta.organ ?? '-' }));
  if (rest.length) parts.push(`${rest.join('\n')}\n`);
  return parts.join('\n');
}

/** The comparisons as JSON: every cell, changed or not (`changed` and `large` say which). */
export function compareJson(comparisons: readonly Comparison[], options: { pretty?: boolean } = {}): string {
  return `${JSON.stringify(comparisons, null, options.pretty ? 2 : undefined)}\n`;
}

export const COMPARE_CSV_COLUMNS = [
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

/**
 * Text a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`) starts with `'` instead.
 * Numbers are written as numbers and never touched. (Issue 17 brings the same for `parse --format
 * csv`; the two should share one helper in csv.ts.)
 */
const inert = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

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
      rows.push(values.map((v) => csvField(typeof v === 'string' ? inert(v) : v)).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
