/**
 * What the page shows, as data: the entries it is given, one overview row per report, the
 * outcome groups of the application table, and which diagnostics name which cell. No markup here.
 */
import { valueAt } from '../../catalog/cells.js';
import { OUTCOME_ROWS } from '../../catalog/tables.js';
import type { Applications, Diagnostic, Report, Severity } from '../../schema.js';
import { summaryRow, type SummaryRow } from '../summary.js';

/**
 * A parsed report, with the lines of the text it was parsed from: for a text file its own lines
 * (`lines[d.line - 1]` is the line `d` names); for a web page, Word file or PDF the text its reader
 * extracted, and `diagnosticLines[i]` the line of it the i-th diagnostic names (the diagnostics'
 * own `line` and `location` point into the file).
 */
export interface ReportEntry {
  report: Report;
  lines?: readonly string[] | null;
  diagnosticLines?: ReadonlyArray<number | null>;
}

/** An input that could not be read, or is not a report: its path, the problem's code and the one-line message. */
export interface UnreadableEntry {
  file: string;
  code: string;
  message: string;
}

export type PageEntry = ReportEntry | UnreadableEntry;

export const isReportEntry = (entry: PageEntry): entry is ReportEntry => 'report' in entry;

export interface OverviewRow extends SummaryRow {
  form: Report['format'];
  warnings: number;
  infos: number;
}

export function overviewRow(report: Report): OverviewRow {
  let warnings = 0;
  let infos = 0;
  for (const d of report.diagnostics) {
    if (d.severity === 'warning') warnings++;
    else if (d.severity === 'info') infos++;
  }
  return { ...summaryRow(report), form: report.format, warnings, infos };
}

// ── Outcome groups: （一）予以公开 … （六）其他处理 ─────────────────────────────────────────

export interface OutcomeGroup {
  /** The first segment of its rows' paths: `granted`, `denied`, … */
  key: string;
  rows: readonly string[];
}

/** The outcome rows of the catalog, grouped by the form's numbered items, in the form's order. */
export const OUTCOME_GROUPS: readonly OutcomeGroup[] = (() => {
  const groups: { key: string; rows: string[] }[] = [];
  for (const { path, keys } of OUTCOME_ROWS) {
    const key = keys[0] ?? path;
    const last = groups[groups.length - 1];
    if (last?.key === key) last.rows.push(path);
    else groups.push({ key, rows: [path] });
  }
  return groups;
})();

export interface OutcomeCount {
  key: string;
  /** The sum of the 总计 column over the group's rows; null when none of them has one. */
  value: number | null;
}

/** Per outcome group, how many applications the report says were handled that way (its 总计 column). */
export function outcomeCounts(applications: Applications | null): OutcomeCount[] {
  return OUTCOME_GROUPS.map(({ key, rows }) => {
    let value: number | null = null;
    for (const row of rows) {
      const total = valueAt(applications, `${row}.total`);
      if (typeof total === 'number') value = (value ?? 0) + total;
    }
    return { key, value };
  });
}

// ── Diagnostics and the cells they name ─────────────────────────────────────────────────────

/** Graver severities rank higher. */
export const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

export interface Mark {
  severity: Severity;
  /** Indexes into the report's diagnostics. */
  diagnostics: number[];
}

/** By path (cell, row or table), the diagnostics that name it and the gravest severity among them. */
export function marksByPath(diagnostics: readonly Diagnostic[]): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  diagnostics.forEach((d, index) => {
    if (d.path === null) return;
    const mark = marks.get(d.path);
    if (!mark) marks.set(d.path, { severity: d.severity, diagnostics: [index] });
    else {
      mark.diagnostics.push(index);
      if (RANK[d.severity] > RANK[mark.severity]) mark.severity = d.severity;
    }
  });
  return marks;
}

/** Quoted source lines are cut to this many characters: a page run into one line may be the whole report. */
const QUOTE_LIMIT = 240;

/** The source line a diagnostic names, as printed (invisible characters dropped, cut when very long); null when unknown. */
export function quotedLine(lines: readonly string[] | null | undefined, line: number | null): string | null {
  if (!lines || line === null) return null;
  const printed = lines[line - 1];
  if (printed === undefined) return null; // no such line (before the first, past the last)
  const text = printed.replace(/[\uFEFF\u200B-\u200D\u2060]/g, '').trim();
  const chars = [...text];
  return chars.length > QUOTE_LIMIT ? `${chars.slice(0, QUOTE_LIMIT).join('')}…` : text;
}
