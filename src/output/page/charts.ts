/**
 * The batch's charts, drawn as SVG when the page is made (no library, no script): new
 * applications per report beside the share of each outcome, sorted; and, for an organ the batch
 * holds for several years, its series. (Each report's own stacked bar is drawn by the page's
 * script with its tables, from the same counts and colours.) Every
 * bar is a `rect.bar` carrying its number (`data-value`), and every chart has a table of the same
 * numbers beside or below it, for screen readers and for anyone who would rather read.
 *
 * Colours are the Okabe–Ito palette, which stays distinct under the common colour-vision
 * deficiencies; adjacent segments are also parted by a white line, and the table names each.
 */
import { html, type Html } from './html.js';
import { OUTCOME_GROUPS, outcomeCounts, type OutcomeCount, type OverviewRow } from './model.js';
import { fill, type StringKey, type Strings } from './strings.js';
import type { Report } from '../../schema.js';
import { organKey } from '../../crosscheck/organ.js';
import { isNonEmpty, type NonEmpty } from '../../tokens.js';

export const OUTCOME_COLOURS: Readonly<Record<string, string>> = {
  granted: '#009E73',
  partiallyGranted: '#56B4E9',
  denied: '#D55E00',
  unableToProvide: '#E69F00',
  notProcessed: '#CC79A7',
  otherHandling: '#0072B2',
};
/** New applications: a neutral dark grey, apart from every outcome colour. */
const AMOUNT_COLOUR = '#4D4D4D';

/** An outcome group's colour; the grey of the amounts for a group without one (test/page/render.test.ts: every group of the catalog has one). */
const outcomeColour = (key: string): string => OUTCOME_COLOURS[key] ?? AMOUNT_COLOUR;

export function outcomeLabel(key: string, s: Strings): string {
  return s[`outcome${key.charAt(0).toUpperCase()}${key.slice(1)}` as StringKey];
}

const percent = (value: number, total: number): string => `${((100 * value) / total).toFixed(1)}%`;
const show = (value: number | null, s: Strings): string => (value === null ? s.noValue : String(value));

function swatch(colour: string): Html {
  return html`<svg class="sw" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" fill="${colour}"/></svg>`;
}

/**
 * Segments of a 100-wide bar, one per outcome group with a count above 0, in the form's order.
 * Widths are rounded to 0.01 so that the page stays small.
 */
function shareSegments(counts: readonly OutcomeCount[]): Html[] {
  const total = counts.reduce((sum, c) => sum + (c.value ?? 0), 0);
  if (total <= 0) return [];
  let x = 0;
  const segments: Html[] = [];
  for (const c of counts) {
    if (c.value === null || c.value <= 0) continue;
    const width = (100 * c.value) / total;
    segments.push(
      html`<rect class="bar" data-key="${c.key}" data-value="${c.value}" x="${x.toFixed(2)}" width="${width.toFixed(2)}" height="10" fill="${outcomeColour(c.key)}"/>`,
    );
    x += width;
  }
  return segments;
}

export interface ChartReport {
  /** Index of the report on the page (its anchor is `r<index>`). */
  index: number;
  report: Report;
  row: OverviewRow;
}

function reportName(item: ChartReport, s: Strings): string {
  const organ = item.row.organ ?? item.row.file;
  return item.row.year === null ? organ : `${organ} ${fill(s.yearSuffix, { year: item.row.year })}`;
}

function outcomeLegend(s: Strings): Html {
  return html`<ul class="keys">${OUTCOME_GROUPS.map((g) => html`<li>${swatch(outcomeColour(g.key))} ${outcomeLabel(g.key, s)}</li>`)}</ul>`;
}

/**
 * Over the batch: one line per report, sorted by new applications (most first, those without the
 * number last, in page order): its name, a bar of its new applications on one scale for all, and
 * a 100% bar of its outcomes.
 */
export function batchChart(items: readonly ChartReport[], s: Strings): Html {
  const sorted = [...items].sort((a, b) => {
    const x = a.row.newReceived;
    const y = b.row.newReceived;
    if (x === y) return a.index - b.index;
    if (x === null) return 1;
    if (y === null) return -1;
    return y - x;
  });
  const max = Math.max(1, ...items.map((i) => i.row.newReceived ?? 0));
  const lines = sorted.map((item) => {
    const value = item.row.newReceived;
    const bar =
      value === null
        ? html``
        : html`<rect class="bar" data-value="${value}" width="${((100 * Math.max(0, value)) / max).toFixed(2)}" height="10" fill="${AMOUNT_COLOUR}"/>`;
    return html`<li data-i="${item.index}"><a class="name" href="#r${item.index}">${reportName(item, s)}</a><svg class="amount" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">${bar}</svg><span class="num">${show(
      value,
      s,
    )}</span><svg class="share" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">${shareSegments(outcomeCounts(item.report.applications))}</svg></li>`;
  });
  const tableRows = sorted.map((item) => {
    const counts = outcomeCounts(item.report.applications);
    const total = counts.reduce((sum, c) => sum + (c.value ?? 0), 0);
    return html`<tr><th scope="row"><a href="#r${item.index}">${reportName(item, s)}</a></th><td>${show(item.row.newReceived, s)}</td>${counts.map(
      (c) => html`<td>${show(c.value, s)}${c.value !== null && total > 0 ? ` (${percent(c.value, total)})` : ''}</td>`,
    )}</tr>`;
  });
  return html`<figure class="chart batch" data-chart="batch"><figcaption id="batch-title">${s.batchChartTitle}</figcaption><p class="note">${s.batchChartNote}</p>${outcomeLegend(
    s,
  )}<div class="bars-head" aria-hidden="true"><span>${s.colOrgan}</span><span>${s.colNewReceived}</span><span></span><span>${s.colOutcomeShare}</span></div><ol class="bars" role="img" aria-labelledby="batch-title">${lines}</ol><details class="data"><summary>${s.chartData}</summary><table><thead><tr><th scope="col">${s.colOrgan}</th><th scope="col">${s.colNewReceived}</th>${OUTCOME_GROUPS.map(
    (g) => html`<th scope="col">${outcomeLabel(g.key, s)}</th>`,
  )}</tr></thead><tbody>${tableRows}</tbody></table></details></figure>`;
}

/**
 * The organs the batch holds for two years or more, each with its reports in year order (then page
 * order). One organ as `compare` and `summary` tell it (crosscheck/organ.ts: NFKC, spaces and
 * bracket kinds aside); a report without an organ belongs to no series.
 */
export function organSeries(items: readonly ChartReport[]): Array<NonEmpty<ChartReport>> {
  /** Each organ's reports that say their year, with it. */
  const byOrgan = new Map<string, Array<{ year: number; item: ChartReport }>>();
  for (const item of items) {
    const key = organKey(item.row.organ);
    const year = item.row.year;
    if (key === null || year === null) continue;
    const list = byOrgan.get(key);
    if (list) list.push({ year, item });
    else byOrgan.set(key, [{ year, item }]);
  }
  return [...byOrgan.values()]
    .filter((list) => new Set(list.map((e) => e.year)).size >= 2)
    .map((list) => [...list].sort((a, b) => a.year - b.year || a.item.index - b.item.index).map((e) => e.item))
    .filter((series) => isNonEmpty(series));
}

const SERIES = { barWidth: 36, gap: 20, height: 150, top: 18, bottom: 22 } as const;

/** One organ over the years: a bar per report (two reports of one year stand side by side), with the numbers under it in a table. */
export function seriesChart(series: NonEmpty<ChartReport>, chartIndex: number, s: Strings): Html {
  const { barWidth, gap, height, top, bottom } = SERIES;
  const width = gap + series.length * (barWidth + gap);
  const max = Math.max(1, ...series.map((i) => i.row.newReceived ?? 0));
  const plot = height - top - bottom;
  const bars = series.map((item, n) => {
    const x = gap + n * (barWidth + gap);
    const value = item.row.newReceived;
    const h = value === null ? 0 : (plot * Math.max(0, value)) / max;
    const y = top + plot - h;
    const centre = x + barWidth / 2;
    return html`${
      value === null
        ? html``
        : html`<rect class="bar" data-value="${value}" x="${x}" y="${y.toFixed(1)}" width="${barWidth}" height="${h.toFixed(1)}" fill="${AMOUNT_COLOUR}"/>`
    }<text x="${centre}" y="${(y - 4).toFixed(1)}" text-anchor="middle" class="v">${show(value, s)}</text><text x="${centre}" y="${height - 6}" text-anchor="middle">${String(
      item.row.year,
    )}</text>`;
  });
  const organ = series[0].row.organ ?? '';
  const titleId = `series-${chartIndex}`;
  const rows = series.map(
    (item) =>
      html`<tr><th scope="row"><a href="#r${item.index}">${String(item.row.year)}</a></th><td>${show(item.row.newReceived, s)}</td><td>${show(item.row.handled, s)}</td><td>${show(
        item.row.carriedForward,
        s,
      )}</td></tr>`,
  );
  return html`<figure class="chart series" data-chart="series"><figcaption id="${titleId}">${fill(s.seriesChartTitle, { organ })}</figcaption><svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId}"><line x1="0" x2="${width}" y1="${
    top + plot
  }" y2="${top + plot}" class="axis"/>${bars}</svg><table class="legend"><thead><tr><th scope="col">${s.colYear}</th><th scope="col">${s.colNewReceived}</th><th scope="col">${
    s.colHandled
  }</th><th scope="col">${s.colCarriedForward}</th></tr></thead><tbody>${rows}</tbody></table></figure>`;
}
