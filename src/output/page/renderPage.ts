/**
 * The overview page (`gov-report report`): a batch of reports in, one self-contained HTML document
 * out — styles, script and SVG charts inline, nothing fetched, so that it opens from a USB stick
 * and can be mailed and printed. Pure: no files, no clock (the CLI passes `generated`).
 *
 *   const page = renderPage([{ report, lines }, { file: 'x.pdf', code: 'not-text', message: '…' }], { lang: 'zh' });
 *
 * Layout: counts; the files that could not be read, with their reason; the overview table (a row
 * per report: sortable, filterable); the charts; then each report (anchor `#r<i>`, its overview
 * row `#o<i>`). Everything from a report is escaped (see html.ts); a Content-Security-Policy lets
 * only this page's own script and style run, so even a mistake there could not run a report's.
 */
import { createHash } from 'node:crypto';
import { OUTCOME_COLOURS, batchChart, organSeries, outcomeLabel, seriesChart, type ChartReport } from './charts.js';
import { Html, html, join, jsonForScript } from './html.js';
import { Layouts } from './layout.js';
import { OUTCOME_GROUPS, isReportEntry, overviewRow, type OverviewRow, type PageEntry, type ReportEntry, type UnreadableEntry } from './model.js';
import { PAGE_SCRIPT } from './script.js';
import { formName, reportData, reportSection } from './section.js';
import { STRINGS, fill, type Lang, type StringKey, type Strings } from './strings.js';
import { PAGE_STYLES } from './styles.js';

export type { PageEntry, ReportEntry, UnreadableEntry } from './model.js';
export type { Lang } from './strings.js';

export interface PageOptions {
  /** The language of the page's own words (default `zh`). Report text and form labels stay as printed. */
  lang?: Lang;
  /** The page's title (default: the strings' pageTitle). */
  title?: string;
  /** When the page was made, as it should read (e.g. `2025-03-01 14:05`); left out when not given. */
  generated?: string;
}

interface Column {
  key: keyof OverviewRow;
  label: StringKey;
  numeric: boolean;
}

/** The overview table's columns, in order; each is sortable by its key in the page data. */
const COLUMNS: readonly Column[] = [
  { key: 'organ', label: 'colOrgan', numeric: false },
  { key: 'year', label: 'colYear', numeric: true },
  { key: 'form', label: 'colForm', numeric: false },
  { key: 'newReceived', label: 'colNewReceived', numeric: true },
  { key: 'handled', label: 'colHandled', numeric: true },
  { key: 'carriedForward', label: 'colCarriedForward', numeric: true },
  { key: 'review', label: 'colReview', numeric: true },
  { key: 'litigation', label: 'colLitigation', numeric: true },
  { key: 'errors', label: 'colErrors', numeric: true },
  { key: 'warnings', label: 'colWarnings', numeric: true },
  { key: 'file', label: 'colFile', numeric: false },
];

const LOCALE: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en' };

function overviewCell(column: Column, row: OverviewRow, index: number, s: Strings): Html {
  const value = row[column.key];
  if (column.key === 'organ') return html`<td><a href="#r${index}">${row.organ ?? s.unknownOrgan}</a></td>`;
  if (column.key === 'file') return html`<td class="file">${row.file}</td>`;
  if (column.key === 'form') return html`<td>${formName(row.form, s)}</td>`;
  const cls = column.key === 'errors' && row.errors > 0 ? 'n has-errors' : 'n';
  return html`<td class="${cls}">${value === null ? s.noValue : String(value)}</td>`;
}

function overviewTable(rows: readonly OverviewRow[], s: Strings): Html {
  if (rows.length === 0) return html`<p class="note">${s.noReports}</p>`;
  const head = COLUMNS.map(
    (c) => html`<th scope="col"${c.numeric ? html` class="n"` : html``}><button type="button" data-key="${c.key}">${s[c.label]}</button></th>`,
  );
  const body = rows.map((row, i) => html`<tr id="o${i}" data-i="${i}">${COLUMNS.map((c) => overviewCell(c, row, i, s))}</tr>`);
  return html`<div class="controls" role="search"><label>${s.filterLabel} <input type="search" id="filter-text" placeholder="${
    s.filterPlaceholder
  }" autocomplete="off"></label><label><input type="checkbox" id="filter-errors"> ${s.onlyErrors}</label><span id="shown-count" aria-live="polite"></span></div><table class="overview" id="overview-table"><caption class="sr">${
    s.overviewCaption
  }</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function unreadableSection(entries: readonly UnreadableEntry[], s: Strings): Html {
  if (entries.length === 0) return html``;
  const rows = entries.map(
    (e, i) => html`<tr id="u${i}"><td class="file">${e.file}</td><td class="code">${e.code}</td><td>${e.message}</td></tr>`,
  );
  return html`<section id="unreadable" aria-labelledby="unreadable-h"><h2 id="unreadable-h">${s.unreadableHeading}</h2><p class="note">${
    s.unreadableCaption
  }</p><div class="wide"><table class="unreadable"><thead><tr><th scope="col">${s.colFile}</th><th scope="col">${s.colCode}</th><th scope="col">${
    s.colReason
  }</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function stats(rows: readonly OverviewRow[], unreadable: number, s: Strings): Html {
  const sum = (f: (r: OverviewRow) => number): number => rows.reduce((total, r) => total + f(r), 0);
  const items: [string, number, StringKey, string][] = [
    ['reports', rows.length, 'countReports', ''],
    ['with-errors', rows.filter((r) => r.errors > 0).length, 'countWithErrors', 'bad'],
    ['with-warnings', rows.filter((r) => r.warnings > 0).length, 'countWithWarnings', 'warn'],
    ['unreadable', unreadable, 'countUnreadable', 'bad'],
    ['errors', sum((r) => r.errors), 'countErrors', ''],
    ['warnings', sum((r) => r.warnings), 'countWarnings', ''],
  ];
  return html`<ul class="stats">${items.map(
    ([name, count, label, tone]) => html`<li data-count="${name}" class="${count > 0 ? tone : ''}"><b>${count}</b> <span>${s[label]}</span></li>`,
  )}</ul>`;
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function renderPage(entries: readonly PageEntry[], options: PageOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const s = STRINGS[lang];
  const reports: ReportEntry[] = [];
  const unreadable: UnreadableEntry[] = [];
  for (const entry of entries) {
    if (isReportEntry(entry)) reports.push(entry);
    else unreadable.push(entry);
  }
  const overviews = reports.map((entry, index) => ({ entry, index, row: overviewRow(entry.report) }));
  const rows = overviews.map((o) => o.row);
  const items: ChartReport[] = overviews.map(({ entry, index, row }) => ({ index, report: entry.report, row }));
  const series = organSeries(items);
  const title = options.title ?? s.pageTitle;

  // Reports of one shape share a layout, sent once.
  const layouts = new Layouts();
  const reportsData = overviews.map(({ entry, row }) => reportData(entry, row, layouts, s));
  const data = {
    locale: LOCALE[lang],
    strings: s,
    outcomes: OUTCOME_GROUPS.map((g) => [outcomeLabel(g.key, s), OUTCOME_COLOURS[g.key]]),
    rows: rows.map((r) => Object.fromEntries(COLUMNS.map((c) => [c.key, c.key === 'form' ? formName(r.form, s) : r[c.key]]))),
    layouts: layouts.list,
    reports: reportsData,
  };
  const csp = `default-src 'none'; style-src ${sha256(PAGE_STYLES)}; script-src ${sha256(PAGE_SCRIPT)}; base-uri 'none'; form-action 'none'`;

  const nav = html`<nav class="top"><a href="#overview">${s.navOverview}</a>${
    unreadable.length > 0 ? html`<a href="#unreadable">${s.navUnreadable}</a>` : html``
  }${reports.length > 0 ? html`<a href="#charts">${s.navCharts}</a><a href="#reports">${s.navReports}</a>` : html``}</nav>`;

  const charts =
    reports.length === 0
      ? html``
      : html`<section id="charts" aria-labelledby="charts-h"><h2 id="charts-h">${s.chartsHeading}</h2>${batchChart(items, s)}${
          series.length > 0 ? html`<h3>${s.seriesHeading}</h3>${series.map((list, i) => seriesChart(list, i, s))}` : html``
        }</section>`;

  const page = html`<!DOCTYPE html>
<html lang="${s.htmlLang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="gov-report"><title>${title}</title><style>${new Html(
    PAGE_STYLES,
  )}</style></head>
<body><main><header><h1>${title}</h1><p class="meta">${s.madeBy}${options.generated ? ` · ${fill(s.generatedAt, { when: options.generated })}` : ''}</p>${nav}${stats(
    rows,
    unreadable.length,
    s,
  )}</header>
${unreadableSection(unreadable, s)}
<section id="overview" aria-labelledby="overview-h"><h2 id="overview-h">${s.overviewHeading}</h2><p class="note">${s.overviewCaption}</p>${overviewTable(rows, s)}</section>
${charts}
${
  reports.length === 0
    ? html``
    : html`<section id="reports" aria-labelledby="reports-h"><h2 id="reports-h">${s.reportsHeading}</h2><noscript><p class="note">${s.needsScript}</p></noscript>
${join(rows.map((row, i) => html`${reportSection(row, i, s)}\n`))}</section>`
}
<footer>${s.madeBy}</footer></main>
<script type="application/json" id="page-data">${jsonForScript(data)}</script>
<script>${new Html(PAGE_SCRIPT)}</script>
</body></html>
`;
  return page.markup;
}
