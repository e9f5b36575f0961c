/**
 * `carry-over` (error): for one organ's reports of consecutive years in one run, this year's
 * 二、上年结转政府信息公开申请数量 must equal last year's 四、结转下年度继续办理, column by column. Each
 * column that differs is one error on the later report, with both files, both lines and both
 * numbers; the 总计 column only when its difference is not just the sum of the other columns'
 * (one wrong column is one error, not two). One report alone, a gap in the years, a report without an organ or a year: nothing.
 *
 * The check keeps a small record per report (`seriesEntry`), so a batch of thousands can be
 * checked at its end without holding the reports.
 */
import { APPLICATION_ROWS } from '../catalog/applications.js';
import { rowAt, TABLES } from '../catalog/tables.js';
import { diagnostic, render, type Diagnostic } from '../diagnostics.js';
import { DEFAULT_LANG, type Lang } from '../messages/languages.js';
import type { Report } from '../schema.js';
import type { Layout } from '../tokens.js';
import { ruleContext } from '../validate/context.js';
import { organKey } from './organ.js';

const CARRIED_OVER = rowAt(TABLES.applications, 'carriedOver');
const CARRIED_FORWARD = rowAt(TABLES.applications, 'carriedForward');
/** The applicant columns, 自然人 … 总计 (the same in both rows). */
const COLUMNS = APPLICATION_ROWS.carriedOver.columns;
type Column = (typeof COLUMNS)[number]['key'];

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

/** The record of one report; the layout (the parse's) gives the lines of the two rows. */
export function seriesEntry(report: Report, layout: Layout = { rows: {}, columns: {} }): SeriesEntry {
  const context = ruleContext(report, layout, report.diagnostics);
  const row = (path: 'carriedOver' | 'carriedForward') => {
    if (!report.applications?.[path]) return null;
    const values = {} as Record<Column, number | null>;
    for (const { key } of COLUMNS) {
      const value = context.cell(`applications.${path}.${key}`);
      values[key] = typeof value === 'number' ? value : null;
    }
    return values;
  };
  return {
    file: report.source.file,
    organ: organKey(report.meta.organ),
    year: report.meta.year,
    carriedOver: row('carriedOver'),
    carriedForward: row('carriedForward'),
    carriedOverLine: layout.rows[CARRIED_OVER.fullPath]?.line ?? null,
    carriedForwardLine: layout.rows[CARRIED_FORWARD.fullPath]?.line ?? null,
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
  const lang = options.lang ?? DEFAULT_LANG;
  /** An organ's reports by year, each with its index in `entries` (a year is there with one report at least). */
  type Indexed = { index: number; entry: SeriesEntry };
  const byOrganYear = new Map<string, Map<number, [Indexed, ...Indexed[]]>>();
  entries.forEach((entry, index) => {
    if (entry.organ === null || entry.year === null) return;
    const years = byOrganYear.get(entry.organ) ?? new Map<number, [Indexed, ...Indexed[]]>();
    byOrganYear.set(entry.organ, years);
    const reports = years.get(entry.year);
    if (reports) reports.push({ index, entry });
    else years.set(entry.year, [{ index, entry }]);
  });

  const findings: CarryOverFinding[] = [];
  for (const years of byOrganYear.values()) {
    const single = (year: number): Indexed | null => {
      const reports = years.get(year);
      if (!reports) return null;
      const [first] = reports;
      return reports.every(({ entry }) => sameRows(entry, first.entry)) ? first : null;
    };
    for (const year of years.keys()) {
      const later = single(year);
      const earlier = single(year - 1);
      if (later === null || earlier === null) continue;
      const over = later.entry;
      const before = earlier.entry;
      const { carriedOver } = over;
      const { carriedForward } = before;
      if (!carriedOver || !carriedForward) continue;
      const differs = (column: Column): number | null => {
        const a = carriedOver[column];
        const b = carriedForward[column];
        return a === null || b === null ? null : a - b;
      };
      // A 总计 that differs by exactly what its columns differ by says nothing more: one mistake, one error.
      const parts = COLUMNS.filter((c) => c.key !== 'total').map((c) => differs(c.key));
      const total = differs('total');
      const totalExplained =
        total !== null && parts.every((d): d is number => d !== null) && parts.some((d) => Math.abs(d) >= 1e-6) && Math.abs(parts.reduce((sum, d) => sum + d, 0) - total) < 1e-6;
      for (const { key: column, label } of COLUMNS) {
        const a = carriedOver[column];
        const b = carriedForward[column];
        if (a === null || b === null || Math.abs(a - b) < 1e-6) continue;
        if (column === 'total' && totalExplained) continue;
        const params = {
          column: label,
          carriedOver: { row: CARRIED_OVER.spec.label, line: over.carriedOverLine, value: a },
          previous: { row: CARRIED_FORWARD.spec.label, line: before.carriedForwardLine, value: b, year: year - 1, file: before.file },
        };
        const pending = diagnostic('carry-over', 'carry-over', params, `${CARRIED_OVER.fullPath}.${column}`, over.carriedOverLine);
        findings.push({ later: later.index, earlier: earlier.index, column, diagnostic: render(pending, lang) });
      }
    }
  }
  const order = (column: Column): number => COLUMNS.findIndex((c) => c.key === column);
  return findings.sort((x, y) => x.later - y.later || order(x.column) - order(y.column));
}
