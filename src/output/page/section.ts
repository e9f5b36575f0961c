/**
 * One report on the page. Its heading is markup (so that links to it work without a script and
 * before it is drawn); its facts, chart, tables, diagnostics and prose travel as data
 * (`ReportData`), drawn by the page's script into the section with textContent only.
 */
import { gzipSync } from 'node:zlib';
import type { Location, Report, Severity } from '../../schema.js';
import { html, type Html } from './html.js';
import type { Layouts, MarkData } from './layout.js';
import { marksByPath, outcomeCounts, quotedLine, type OverviewRow, type ReportEntry } from './model.js';
import { fill, type Strings } from './strings.js';

/** A report as the page's script receives it (short keys: a page may carry a thousand). */
export interface ReportData {
  /** Index of its layout in the page's list of layouts. */
  l: number;
  /** Its values, in the layout's slot order. */
  v: (number | null)[];
  /** Marks: [path number, severity, diagnostic indexes]. */
  m: MarkData[];
  /**
   * Diagnostics: [severity, code, message, line, the source line quoted, where in a web page,
   * Word file or PDF it points (`第4页`, `表2第26行`), in the page's words].
   */
  d: [Severity, string, string, number | null, string | null, string | null][];
  /** Its source and form, as the facts under its heading: [file, form, published on, encoding, bytes]. */
  f: [string, string, string | null, string, number];
  /** Its counts of errors, warnings and notes. */
  c: [number, number, number];
  /** Outcome groups' counts, in the order of OUTCOME_GROUPS. */
  o: (number | null)[];
  /**
   * The prose (`text.overview`, `text.problems`, `text.otherMatters`) as a JSON array, gzipped and
   * in base64: Chinese prose is most of a page's weight, and halves this way.
   */
  x: string;
}

/** `第4页`, `表2第26行`, `第7段` (or in English). */
function locationText(location: Location, s: Strings): string {
  if (location.page !== undefined) return fill(s.locationPage, { page: location.page });
  if (location.table !== undefined) return fill(s.locationRow, { table: location.table, row: location.row ?? '?' });
  return fill(s.locationParagraph, { paragraph: location.paragraph ?? '?' });
}

export function formName(format: Report['format'], s: Strings): string {
  return format === '2021' ? s.form2021 : format === '2019' ? s.form2019 : s.noValue;
}

/**
 * The section: its heading and the link back to its overview row, in markup, so that the anchors
 * work before (and without) the script; the rest is drawn into `.fill` from its ReportData.
 */
export function reportSection(row: OverviewRow, index: number, s: Strings): Html {
  const id = `r${index}`;
  return html`<section class="report" id="${id}" data-i="${index}" aria-labelledby="${id}-h"><header><h3 id="${id}-h">${row.organ ?? s.unknownOrgan}${
    row.year === null ? '' : ` ${fill(s.yearSuffix, { year: row.year })}`
  }</h3><a class="back" href="#o${index}">↑ ${s.backToOverview}</a></header><div class="fill"></div></section>`;
}

/** The data the script draws a report from, in one of the batch's layouts. */
export function reportData(entry: ReportEntry, row: OverviewRow, layouts: Layouts, s: Strings): ReportData {
  const { report } = entry;
  const laidOut = layouts.place(report, marksByPath(report.diagnostics));
  const prose = JSON.stringify([report.text.overview, report.text.problems, report.text.otherMatters]);
  return {
    l: laidOut.layout,
    v: laidOut.values,
    m: laidOut.marks,
    f: [row.file, formName(report.format, s), report.meta.publishedOn, report.source.encoding, report.source.bytes],
    c: [row.errors, row.warnings, row.infos],
    d: report.diagnostics.map((d, i) => [
      d.severity,
      d.code,
      d.message,
      d.line,
      quotedLine(entry.lines, entry.diagnosticLines ? (entry.diagnosticLines[i] ?? null) : d.line),
      d.location ? locationText(d.location, s) : null,
    ]),
    o: outcomeCounts(report.applications).map((c) => c.value),
    x: gzipSync(prose).toString('base64'),
  };
}
