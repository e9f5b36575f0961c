/** The overview page as text (no browser): its strings, escaping, layouts and marks. */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import type { Diagnostic } from '../../src/schema.js';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/catalog/tables.js';
import { OUTCOME_COLOURS, organSeries, outcomeLabel, type ChartReport } from '../../src/output/page/charts.js';
import { article20Caption } from '../../src/output/page/form.js';
import { escapeHtml, html, jsonForScript } from '../../src/output/page/html.js';
import { renderPage } from '../../src/output/page/renderPage.js';
import { layOut, type HeaderCell, type Layout } from '../../src/output/page/layout.js';
import { OUTCOME_GROUPS, marksByPath, outcomeCounts, overviewRow, quotedLine } from '../../src/output/page/model.js';
import { PAGE_SCRIPT } from '../../src/output/page/script.js';
import { STRINGS, fill } from '../../src/output/page/strings.js';
import { PAGE_STYLES } from '../../src/output/page/styles.js';
import { copy, entryFor, reportOf } from './entries.js';

const RENUMBERED = 'fixtures/002_4a61cbdbb397b0fd.renumbered.txt';
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** The JSON the page's script reads. */
function pageData(page: string): { reports: { x: string; l: number; v: (number | null)[] }[]; layouts: Layout[]; rows: Record<string, unknown>[] } {
  const json = /<script type="application\/json" id="page-data">([\s\S]*?)<\/script>/.exec(page)![1]!;
  return JSON.parse(json);
}

describe('strings', () => {
  it('has every key in both languages, none empty, with the same placeholders', () => {
    const zh = STRINGS.zh;
    const en = STRINGS.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(zh[key].trim(), `zh.${key}`).not.toBe('');
      expect(en[key].trim(), `en.${key}`).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
    // The English table is English: no 汉字 in it.
    for (const [key, text] of Object.entries(en)) expect(text, `en.${key}`).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('names and colours every outcome group of the catalog, in both languages', () => {
    expect(OUTCOME_GROUPS.map((g) => g.key)).toEqual(['granted', 'partiallyGranted', 'denied', 'unableToProvide', 'notProcessed', 'otherHandling']);
    for (const group of OUTCOME_GROUPS) {
      expect(outcomeLabel(group.key, STRINGS.zh)).toMatch(/[\u4e00-\u9fff]/);
      expect(outcomeLabel(group.key, STRINGS.en)).toMatch(/^[A-Z]/);
      expect(OUTCOME_COLOURS[group.key], `the colour of ${group.key}`).toMatch(/^#[0-9A-F]{6}$/);
    }
  });

  it('knows the 第二十条 item of every part 二 row of both forms', () => {
    for (const row of [...TABLES.activeDisclosure['2021'].rows, ...TABLES.activeDisclosure['2019'].rows]) expect(article20Caption(row.path)).toMatch(/^第二十条第（[一二三四五六七八九]）项$/);
  });

  it('fills placeholders', () => {
    expect(fill('显示 {shown} / {total} 份报告', { shown: 3, total: 10 })).toBe('显示 3 / 10 份报告');
    expect(fill('{missing}', {})).toBe('{missing}');
  });
});

describe('escaping', () => {
  it('escapes text and attribute values, and keeps markup made by html``', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
    const name = '"><script>alert(1)</script>';
    expect(html`<a title="${name}">${name}</a>`.markup).toBe(
      '<a title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>',
    );
    expect(html`<p>${html`<b>${'<i>'}</b>`}${[1, ' & ', null, undefined, false]}</p>`.markup).toBe('<p><b>&lt;i&gt;</b>1 &amp; </p>');
  });

  it('writes JSON that no string in it can close the script element with', () => {
    const value = { organ: '</script><script>alert(1)</script><!--', line: '\u2028' };
    const text = jsonForScript(value).markup;
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('puts nothing from a report into the page as markup', () => {
    const report = copy(reportOf(entryFor(RENUMBERED)));
    const attack = '<img src=x onerror=alert(1)>';
    report.meta.organ = attack;
    report.source.file = `"><svg onload=alert(2)>.txt`;
    report.text.overview = `</script><script>alert(3)</script>`;
    // A report read back from JSON may hold any code: the page must not trust it either.
    report.diagnostics.push({ code: '<b>code</b>' as Diagnostic['code'], severity: 'error', message: '<i>message</i>', path: 'applications.newReceived.total', line: 1 });
    const page = renderPage([{ report, lines: ['<u>line</u>'] }, { file: '<x>.pdf', code: 'not-text', message: '<script>alert(4)</script>' }]);
    for (const raw of ['<img', '<svg onload', '<b>code', '<i>message', '<u>line', '<x>', 'alert(3)</script>', '<script>alert(4)']) expect(page).not.toContain(raw);
    expect(page.match(/<\/script>/g)).toHaveLength(2);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // The prose travels compressed, and comes back as it was.
    const prose = JSON.parse(gunzipSync(Buffer.from(pageData(page).reports[0]!.x, 'base64')).toString('utf8'));
    expect(prose[0]).toBe(report.text.overview);
  });

  it('lets only its own script and style run (CSP hashes of exactly them)', () => {
    const page = renderPage([entryFor(RENUMBERED)]);
    const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)![1]!.replace(/&#39;/g, "'");
    expect(csp).toContain(`script-src ${hash(PAGE_SCRIPT)};`);
    expect(csp).toContain(`style-src ${hash(PAGE_STYLES)};`);
    expect(csp).toMatch(/^default-src 'none';/);
    expect(page).toContain(`<script>${PAGE_SCRIPT}</script>`);
    expect(page).toContain(`<style>${PAGE_STYLES}</style>`);
  });
});

describe('layout', () => {
  const labels = (layout: Layout, part: number): string[] =>
    layout.parts[part]!.tables!.flatMap((t) => t.body.flatMap((row) => row.cells.filter((c): c is HeaderCell => typeof c !== 'number').map((c) => c.t)));

  it('lays out the 2021 form: four 第二十条 tables, 25 rows of 7 cells, 15 cells of part 四, values in slot order', () => {
    const report = reportOf(entryFor(RENUMBERED));
    const { layout, values } = layOut(report, new Map());
    expect(layout.parts.map((p) => p.tables?.map((t) => t.caption ?? t.k))).toEqual([
      ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'],
      ['apps'],
      ['rl'],
    ]);
    expect(layout.parts[1]!.tables![0]!.body).toHaveLength(25);
    expect(layout.cells).toBe(10 + 175 + 15);
    // Every slot holds the value at its path.
    layout.paths.slice(0, layout.cells).forEach((path, i) => {
      const value = path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | null)?.[k] ?? null, report);
      expect(values[i], path).toBe(value);
    });
    expect(values[layout.paths.indexOf('applications.newReceived.total')]).toBe(8743);
    expect(values[layout.paths.indexOf('reviewLitigation.litigationDirect.total')]).toBe(2243);
    expect(labels(layout, 1)).toContain('（七）总计');
    expect(labels(layout, 1)).toContain('1.属于国家秘密');
    expect(labels(layout, 1)).toContain('（三）不予公开');
  });

  it('draws （六）其他处理 as one row where the report prints it so (2019 form)', () => {
    const report = reportOf(entryFor('fixtures/2019/2019-tabs.txt'));
    expect(report.format).toBe('2019');
    const { layout, values } = layOut(report, new Map());
    expect(layout.parts[0]!.tables!.map((t) => t.caption)).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项', '第二十条第（九）项']);
    expect(layout.parts[1]!.tables![0]!.body).toHaveLength(23);
    expect(labels(layout, 1)).toContain('（六）其他处理');
    expect(labels(layout, 1)).not.toContain('3.其他');
    expect(values[layout.paths.indexOf('applications.otherHandling.other.total')]).toBe(report.applications!.otherHandling.other!.total);
    expect(layout.paths).not.toContain('applications.otherHandling.noCorrection.total');
  });

  it('marks the cell, row or table a diagnostic names, and every cell below a path that is not drawn', () => {
    const report = copy(reportOf(entryFor(RENUMBERED)));
    report.diagnostics = [
      { code: 'balance', severity: 'error', message: 'a', path: 'applications.carriedForward.commercial', line: 85 },
      { code: 'cell-count', severity: 'warning', message: 'b', path: 'applications.denied.stateSecret', line: 64 },
      { code: 'review-total', severity: 'error', message: 'c', path: 'reviewLitigation.review', line: 92 },
      { code: 'unit', severity: 'info', message: 'd', path: 'applications.carriedForward.commercial', line: 85 },
      { code: 'missing-part', severity: 'error', message: 'e', path: null, line: null },
    ];
    const { layout, marks } = layOut(report, marksByPath(report.diagnostics));
    const named = marks.map(([target, severity, diagnostics]) => [layout.paths[target], severity, diagnostics]);
    expect(named).toEqual([
      ['applications.carriedForward.commercial', 'error', [0, 3]],
      ['reviewLitigation.review.upheld', 'error', [2]],
      ['reviewLitigation.review.corrected', 'error', [2]],
      ['reviewLitigation.review.other', 'error', [2]],
      ['reviewLitigation.review.pending', 'error', [2]],
      ['reviewLitigation.review.total', 'error', [2]],
      ['applications.denied.stateSecret', 'warning', [1]],
    ]);
  });

  it('says a table is missing, and marks the note', () => {
    const report = reportOf(entryFor('fixtures/faults/missing-table4.tabs.txt'));
    const { layout, marks } = layOut(report, marksByPath(report.diagnostics));
    expect(layout.parts[2]).toMatchObject({ heading: 'part4', tables: null, missing: 'tableMissing' });
    expect(marks.map(([t]) => layout.paths[t])).toEqual(['reviewLitigation']);
  });
});

describe('model', () => {
  it('counts each outcome group from its rows’ 总计 column', () => {
    const applications = reportOf(entryFor(RENUMBERED)).applications!;
    const counts = outcomeCounts(applications);
    const d = applications.denied;
    expect(counts.find((c) => c.key === 'denied')!.value).toBe(
      [d.stateSecret, d.prohibitedByLaw, d.endangersSafety, d.thirdPartyRights, d.internalAffairs, d.processInformation, d.enforcementFiles, d.administrativeQuery].reduce(
        (sum, row) => sum + row!.total!,
        0,
      ),
    );
    // The report adds up, so the groups add up to （七）总计.
    expect(counts.reduce((sum, c) => sum + c.value!, 0)).toBe(applications.totalHandled!.total);
    expect(outcomeCounts(null).every((c) => c.value === null)).toBe(true);
  });

  it('quotes the source line, trimmed and cut when very long', () => {
    expect(quotedLine(['a', '\uFEFF  四、结转\t12  '], 2)).toBe('四、结转\t12');
    expect(quotedLine(['a'], 2)).toBeNull();
    expect(quotedLine(null, 1)).toBeNull();
    expect(quotedLine(['x'.repeat(1000)], 1)).toBe(`${'x'.repeat(240)}…`);
  });
});

describe('the page', () => {
  it('is the same for the same entries, and shares one layout among reports of one shape', () => {
    const entries = ['fixtures/000_02e88f20f87b4541.renumbered.txt', RENUMBERED, 'fixtures/2019/2019-tabs.txt', 'fixtures/faults/missing-table4.tabs.txt'].map(entryFor);
    const page = renderPage(entries);
    expect(renderPage(entries)).toBe(page);
    const data = pageData(page);
    expect(data.reports.map((r) => r.l)).toEqual([0, 0, 1, 2]);
    expect(data.layouts).toHaveLength(3);
  });

  it('shows its own words in the language asked for', () => {
    const entries = [entryFor(RENUMBERED)];
    const zh = renderPage(entries, { lang: 'zh' });
    const en = renderPage(entries, { lang: 'en', generated: '2025-03-01 14:05' });
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain(`<h2 id="overview-h">${STRINGS.zh.overviewHeading}</h2>`);
    expect(en).toContain('<html lang="en">');
    expect(en).toContain(`<h2 id="overview-h">${STRINGS.en.overviewHeading}</h2>`);
    expect(en).toContain('Made on 2025-03-01 14:05');
    // Its own words, not the form's labels, which stay as the form prints them.
    expect(en).not.toContain(STRINGS.zh.overviewCaption);
    expect(en).not.toContain(STRINGS.zh.colNewReceived + '<');
    expect((pageData(en) as unknown as { strings: unknown }).strings).toEqual(STRINGS.en);
  });

  it('lists a batch with no report at all', () => {
    const page = renderPage([{ file: 'a.pdf', code: 'not-text', message: 'this is a PDF' }], { lang: 'en' });
    expect(page).toContain(STRINGS.en.noReports);
    expect(page).toContain('<td class="file">a.pdf</td><td class="code">not-text</td><td>this is a PDF</td>');
  });
});


describe('the series chart', () => {
  it('takes one organ as compare and summary do: full-width brackets and spaces aside, an organ and its office apart', () => {
    const base = reportOf(entryFor(RENUMBERED));
    const item = (index: number, organ: string, year: number): ChartReport => {
      const report = copy(base);
      report.meta.organ = organ;
      report.meta.year = year;
      return { index, report, row: overviewRow(report) };
    };
    const items = [
      item(0, '某县（区）人民政府', 2021),
      item(1, '某县(区) 人民政府', 2022),
      item(2, '某县（区）人民政府办公室', 2021),
      item(3, '某县（区）人民政府办公室', 2023),
    ];
    expect(organSeries(items).map((series) => series.map((i) => i.index))).toEqual([[0, 1], [2, 3]]);
  });
});
