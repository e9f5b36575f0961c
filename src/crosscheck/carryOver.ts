/**
 * `carry-over` (error): for one organ's reports of consecutive years in one run, this year's
 * 二、上年结转政府信息公开申请数量 must equal last year's 四、结转下年度继续办理, column by column. Each
 * column that differs is one error on the later report, with both files, both lines and both
 * numbers. One report alone, a gap in the years, a report without an organ or a year: nothing.
 *
 * The check keeps a small record per report (`seriesEntry`), so a batch of thousands can be
 * checked at its end without holding the reports.
 */
import { APPLICANT_COLUMNS, APPLICATIONS } from '../catalog/index.js';
import { diagnostic } from '../diagnostics.js';
import type { ApplicantRow, Diagnostic, Report } from '../schema.js';
import { cellReader } from './cells.js';
import { say, type Lang } from './messages.js';
import { organKey } from './organ.js';
import type { PrintedRowLine } from './textTable.js';

type Column = keyof ApplicantRow;
const COLUMNS = APPLICANT_COLUMNS.map((c) => c.key as Column);
const COLUMN_LABEL = new Map(APPLICANT_COLUMNS.map((c) => [c.key, c.label]));
const CARRIED_OVER_LABEL = APPLICATIONS.find((r) => r.path === 'carriedOver')!.label;
const CARRIED_FORWARD_LABEL = APPLICATIONS.find((r) => r.path === 'carriedForward')!.label;

/** What the check needs of one report. */
export interface SeriesEntry {
  file: string | null;
  /** `organKey(meta.organ)`. */
  organ: string | null;
  year: number | null;
  /** Per column, 上年结转 and 结转下年度 (a blank cell as 0), or null where the value is unknown. */
  carriedOver: Readonly<Record<Column, number | null>> | null;
  carriedForward: Readonly<Record<Column, number | null>> | null;
  carriedOverLine: number | null;
  carriedForwardLine: number | null;
}

/** The record of one report; `rows` (the parse's layout) gives the lines of the two rows. */
export function seriesEntry(report: Report, rows?: ReadonlyMap<string, PrintedRowLine>): SeriesEntry {
  const read = cellReader(report);
  const row = (path: 'carriedOver' | 'carriedForward') => {
    if (!report.applications?.[path]) return null;
    const values = {} as Record<Column, number | null>;
    for (const column of COLUMNS) {
      const value = read(`applications.${path}.${column}`);
      values[column] = typeof value === 'number' ? value : null;
    }
    return values;
  };
  return {
    file: report.source.file,
    organ: organKey(report.meta.organ),
    year: report.meta.year,
    carriedOver: row('carriedOver'),
    carriedForward: row('carriedForward'),
    carriedOverLine: rows?.get('applications.carriedOver')?.line ?? null,
    carriedForwardLine: rows?.get('applications.carriedForward')?.line ?? null,
  };
}

export interface CarryOverFinding {
  /** Index (in the entries given) of the later report, which the diagnostic belongs to. */
  later: number;
  /** Index of the report of the year before. */
  earlier: number;
  column: Column;
  diagnostic: Diagnostic;
}

export interface CarryOverOptions {
  lang?: Lang;
}

const sameRows = (a: SeriesEntry, b: SeriesEntry): boolean =>
  JSON.stringify([a.carriedOver, a.carriedForward]) === JSON.stringify([b.carriedOver, b.carriedForward]);

/**
 * Every column whose carry-over does not hold, in the order of the later reports, then columns.
 * Two reports of one organ and year (the same report twice, or a corrected one) stand for that
 * year when their two rows agree; when they differ, which one holds is unknown and the year is
 * left out.
 */
export function checkCarryOver(entries: readonly SeriesEntry[], options: CarryOverOptions = {}): CarryOverFinding[] {
  const lang = options.lang ?? 'en';
  const byOrganYear = new Map<string, Map<number, number[]>>();
  entries.forEach((entry, index) => {
    if (entry.organ === null || entry.year === null) return;
    const years = byOrganYear.get(entry.organ) ?? new Map<number, number[]>();
    byOrganYear.set(entry.organ, years);
    years.set(entry.year, [...(years.get(entry.year) ?? []), index]);
  });

  const findings: CarryOverFinding[] = [];
  for (const years of byOrganYear.values()) {
    const single = (year: number): number | null => {
      const indices = years.get(year);
      if (!indices) return null;
      return indices.every((i) => sameRows(entries[i]!, entries[indices[0]!]!)) ? indices[0]! : null;
    };
    for (const year of years.keys()) {
      const later = single(year);
      const earlier = single(year - 1);
      if (later === null || earlier === null) continue;
      const over = entries[later]!;
      const before = entries[earlier]!;
      if (!over.carriedOver || !before.carriedForward) continue;
      for (const column of COLUMNS) {
        const a = over.carriedOver[column];
        const b = before.carriedForward[column];
        if (a === null || b === null || Math.abs(a - b) < 1e-6) continue;
        const message = say(lang, 'carry-over', {
          column: COLUMN_LABEL.get(column)!,
          overRow: CARRIED_OVER_LABEL,
          overLine: over.carriedOverLine === null ? '' : say(lang, 'carry-over.atLine', { line: over.carriedOverLine }),
          over: a,
          forwardRow: CARRIED_FORWARD_LABEL,
          previousYear: year - 1,
          previousFile: before.file ?? '-',
          forwardLine: before.carriedForwardLine === null ? '' : say(lang, 'carry-over.fileLine', { line: before.carriedForwardLine }),
          forward: b,
          difference: Math.round(Math.abs(a - b) * 1e6) / 1e6,
        });
        findings.push({
          later,
          earlier,
          column,
          diagnostic: diagnostic('carry-over', 'error', message, `applications.carriedOver.${column}`, over.carriedOverLine),
        });
      }
    }
  }
  return findings.sort((x, y) => x.later - y.later || COLUMNS.indexOf(x.column) - COLUMNS.indexOf(y.column));
}
