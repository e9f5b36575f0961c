/**
 * One report on the page in headless Chromium: its tables as the form prints them, the cells that
 * diagnostics name marked, the diagnostics with their line and the source line, its chart, the
 * prose folded below, the links between it and its overview row; and a hostile report shown as
 * text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActiveDisclosure2019, Report } from '../../src/index.js';
import { renderPage } from '../../src/output/page/renderPage.js';
import { Pages } from './browser.js';
import { ROOT, copy, entryFor, reportOf } from './entries.js';

const browser = Pages.forThisFile();

const BALANCE = 'fixtures/faults/balance.tabs.txt';
const CLEAN = 'fixtures/002_4a61cbdbb397b0fd.renumbered.txt';
// What the functions run in the page use (the tests' TypeScript has no DOM library).
declare const document: { querySelector(selector: string): { textContent: string | null } | null };
declare function getComputedStyle(element: unknown): { outlineStyle: string };

const sourceLine = (file: string, line: number): string => readFileSync(join(ROOT, file), 'utf8').split('\n')[line - 1]!.trim();

describe('a report with a balance error', () => {
  const entries = [entryFor(CLEAN), entryFor(BALANCE)];
  const report = reportOf(entries[1]!);

  it('marks the two cells, lists both messages with their line and the source line, and links them', async () => {
    const balance = report.diagnostics.filter((d) => d.code === 'balance');
    expect(balance.map((d) => [d.path, d.line])).toEqual([
      ['applications.carriedForward.commercial', 85],
      ['applications.carriedForward.total', 85],
    ]);
    const { page, errors } = await browser.pages.open(renderPage(entries), '#r1');
    const section = page.locator('#r1');

    const marked = await section.locator('.m-error').evaluateAll((nodes) =>
      nodes.map((n) => ({ tag: n.tagName, path: n.getAttribute('data-path'), text: n.textContent, describedBy: n.getAttribute('aria-describedby'), outline: getComputedStyle(n).outlineStyle })),
    );
    expect(marked).toEqual([
      { tag: 'TD', path: 'applications.carriedForward.commercial', text: '813', describedBy: 'r1-d0', outline: 'solid' },
      { tag: 'TD', path: 'applications.carriedForward.total', text: '3201', describedBy: 'r1-d1', outline: 'solid' },
    ]);
    // Each marked cell is in the 结转下年度 row, under its column.
    const columnOf = (path: string) =>
      section.locator(`td[data-path="${path}"]`).evaluate((td) => {
        const row = td.parentElement!;
        return { row: row.querySelector('th')!.textContent, index: [...row.querySelectorAll('td')].indexOf(td as never) };
      });
    expect(await columnOf('applications.carriedForward.commercial')).toEqual({ row: '四、结转下年度继续办理', index: 1 });
    expect(await columnOf('applications.carriedForward.total')).toEqual({ row: '四、结转下年度继续办理', index: 6 });

    const items = await section.locator('ol.diags > li').evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.id,
        severity: li.querySelector('.sev')!.textContent,
        code: li.querySelector('.code')!.textContent,
        line: li.querySelector('.ln')!.textContent,
        message: li.querySelector('.msg')!.textContent,
        quoted: li.querySelector('blockquote.src code')?.textContent ?? null,
      })),
    );
    expect(items).toEqual(
      balance.map((d, i) => ({ id: `r1-d${i}`, severity: '错误', code: 'balance', line: '第 85 行', message: d.message, quoted: sourceLine(BALANCE, 85) })),
    );
    expect(items[0]!.quoted).toMatch(/^四、结转下年度继续办理\t+332\t813\t/);
    expect(await section.locator('td.m-error').first().isVisible()).toBe(true);
    // The report without errors has no mark.
    expect(await page.locator('#r0 .m-error, #r0 .m-warning, #r0 .m-info').count()).toBe(0);
    expect(await page.locator('#r0 ol.diags').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('links the overview row to the report and back, in the saved file', async () => {
    const { page } = await browser.pages.open(renderPage(entries));
    await page.click('#o1 a');
    expect(new URL(page.url()).hash).toBe('#r1');
    expect(page.url()).toMatch(/^file:\/\//);
    expect(await page.locator('#r1 h3').isVisible()).toBe(true);
    expect(await page.locator('#r1 h3').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(50);
    await page.click('#r1 a.back');
    expect(new URL(page.url()).hash).toBe('#o1');
    expect(await page.locator('#o1').isVisible()).toBe(true);
  });
});

describe('its tables', () => {
  it('prints part 二 as the 2019 form has it, and （六）其他处理 as one row', async () => {
    const report = reportOf(entryFor('fixtures/2019/2019-tabs.txt'));
    const { page, errors } = await browser.pages.open(renderPage([{ report }]));
    const captions = await page.locator('#r0 table.a20 caption').allTextContents();
    expect(captions).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项', '第二十条第（九）项']);
    const procurement = await page.locator('#r0 table.a20').nth(4).locator('tbody tr td').allTextContents();
    const printed = (report.activeDisclosure as ActiveDisclosure2019).procurement!;
    expect(procurement).toEqual([String(printed.projects), String(printed.amount)]);
    const other = page.locator('#r0 table.apps tbody tr', { has: page.locator('th', { hasText: '（六）其他处理' }) });
    expect(await other.locator('td').allTextContents()).toEqual(
      Object.values(report.applications!.otherHandling.other!).map((v) => String(v)),
    );
    expect(await page.locator('#r0 table.apps tbody tr').count()).toBe(23);
    // Part 四: the fifteen cells in the form's order.
    const rl = report.reviewLitigation!;
    expect(await page.locator('#r0 table.rl tbody td').allTextContents()).toEqual(
      [rl.review!, rl.litigationDirect!, rl.litigationAfterReview!].flatMap((o) => [o.upheld, o.corrected, o.other, o.pending, o.total].map(String)),
    );
    expect(errors).toEqual([]);
  });

  it('marks a row a diagnostic names, a blank cell, and a table that is missing', async () => {
    const entries = ['fixtures/faults/cell-count.cells.txt', 'fixtures/faults/blank-cell.tabs.txt', 'fixtures/faults/missing-table4.tabs.txt'].map(entryFor);
    const { page, errors } = await browser.pages.open(renderPage(entries));
    const row = page.locator('#r0 tr.m-error');
    expect(await row.getAttribute('data-path')).toBe('applications.denied.endangersSafety');
    expect(await row.locator('th[scope=row]').textContent()).toBe('3.危及“三安全一稳定”');
    expect(await row.locator('td.nil').count()).toBe(7);

    const blank = page.locator('#r1 td.m-warning');
    expect(await blank.getAttribute('data-path')).toBe('applications.denied.endangersSafety.naturalPerson');
    expect(await blank.getAttribute('class')).toBe('nil m-warning');
    expect(await blank.locator('.sr').textContent()).toBe('空白');

    const missing = page.locator('#r2 p.missing');
    expect(await missing.textContent()).toBe('报告中没有读到这张表。');
    expect(await missing.getAttribute('data-path')).toBe('reviewLitigation');
    expect(await missing.getAttribute('class')).toBe('missing m-error');
    const missingItem = await page.locator(`#${(await missing.getAttribute('aria-describedby'))!}`).locator('.msg').textContent();
    expect(missingItem).toBe(reportOf(entries[2]!).diagnostics.find((d) => d.code === 'missing-table')!.message);
    expect(errors).toEqual([]);
  });
});

describe('its chart and prose', () => {
  it('draws a bar per outcome group with the counts of the JSON, and a table of them', async () => {
    const report: Report = reportOf(entryFor(CLEAN));
    const a = report.applications!;
    const sum = (rows: object) => Object.values(rows).reduce((s: number, r: { total: number }) => s + r.total, 0);
    const expected = [a.granted!.total, a.partiallyGranted!.total, sum(a.denied), sum(a.unableToProvide), sum(a.notProcessed), sum(a.otherHandling)];
    expect(expected.reduce((s, v) => s! + v!, 0)).toBe(a.totalHandled!.total);
    const { page, errors } = await browser.pages.open(renderPage([{ report }]));
    const chart = page.locator('#r0 figure.outcomes');
    const bars = await chart.locator('rect.bar').evaluateAll((rects) => rects.map((r) => [Number(r.getAttribute('data-value')), Number(r.getAttribute('width'))]));
    expect(bars.map(([v]) => v)).toEqual(expected);
    expect(bars.reduce((s, [, w]) => s + w!, 0)).toBeCloseTo(100, 1);
    expect(await chart.locator('tbody td:nth-child(2)').allTextContents()).toEqual(expected.map(String));
    expect(await chart.locator('tfoot td').first().textContent()).toBe(String(a.totalHandled!.total));
    expect(errors).toEqual([]);
  });

  it('folds the prose below, and opens it as printed', async () => {
    const report = reportOf(entryFor(CLEAN));
    const { page, errors } = await browser.pages.open(renderPage([{ report }]));
    const prose = page.locator('#r0 details.prose');
    expect(await prose.evaluate((d) => (d as unknown as { open: boolean }).open)).toBe(false);
    expect(await prose.locator('.text').first().isVisible()).toBe(false);
    await prose.locator('summary').click();
    await page.waitForFunction(() => document.querySelector('#r0 details.prose .text')!.textContent !== '');
    expect(await prose.locator('.text').allTextContents()).toEqual([report.text.overview, report.text.problems, report.text.otherMatters]);
    expect(errors).toEqual([]);
  });
});

describe('a hostile report', () => {
  it('shows its organ name, file name and text literally and runs nothing', async () => {
    const report = copy(reportOf(entryFor(BALANCE)));
    const organ = '<img src=x onerror=alert(1)>';
    report.meta.organ = organ;
    report.source.file = '"><svg onload=alert(2)>.txt';
    report.text.overview = '<script>alert(3)</script>';
    report.diagnostics[0]!.message = '<img src=y onerror=alert(4)>';
    const lines = readFileSync(join(ROOT, BALANCE), 'utf8').split('\n');
    lines[84] = '<iframe src="javascript:alert(5)"></iframe>';
    const { page, errors, dialogs } = await browser.pages.open(renderPage([{ report, lines }, { file: '<b>x</b>.pdf', code: 'not-text', message: '<img src=z onerror=alert(6)>' }]));
    await page.locator('#r0 details.prose summary').click();
    await page.waitForFunction(() => document.querySelector('#r0 details.prose .text')!.textContent !== '');
    expect(await page.locator('#o0 a').textContent()).toBe(organ);
    expect(await page.locator('#r0 h3').textContent()).toBe(`${organ} 2024年度`);
    expect(await page.locator('#r0 .facts dd').first().textContent()).toBe(report.source.file);
    expect(await page.locator('#r0 details.prose .text').first().textContent()).toBe('<script>alert(3)</script>');
    expect(await page.locator('#r0 ol.diags .msg').first().textContent()).toBe('<img src=y onerror=alert(4)>');
    expect(await page.locator('#r0 ol.diags blockquote code').first().textContent()).toBe(lines[84]);
    expect(await page.locator('table.unreadable td').allTextContents()).toEqual(['<b>x</b>.pdf', 'not-text', '<img src=z onerror=alert(6)>']);
    expect(await page.locator('img, iframe, [onerror], [onload], table.unreadable b').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('in English', () => {
  it('uses the English words, and keeps the form’s labels as printed', async () => {
    const { page, errors } = await browser.pages.open(renderPage([entryFor(BALANCE)], { lang: 'en' }), '#r0');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#overview-h').textContent()).toBe('Overview');
    expect(await page.locator('#r0 ol.diags .sev').first().textContent()).toBe('error');
    expect(await page.locator('#r0 ol.diags .ln').first().textContent()).toBe('line 85');
    expect(await page.locator('#r0 h4').first().textContent()).toBe('II. Information disclosed proactively');
    expect(await page.locator('#r0 table.apps tbody th').first().textContent()).toBe('一、本年新收政府信息公开申请数量');
    expect(await page.textContent('#shown-count')).toBe('Showing 1 of 1 reports');
    expect(errors).toEqual([]);
  });
});
