/**
 * The page in headless Chromium, as a person sees it. First the overview: one row per report and
 * one line per unreadable input, the counts `validate` gives, sorting and filtering, the batch's
 * charts. Then one report: its tables as the form prints them, the cells that diagnostics name
 * marked, the diagnostics with their line and the source line, its chart, the prose folded below,
 * the links between it and its overview row; and a hostile report shown as text.
 *
 * One file for both, so that they share one browser (Pages.forThisFile): Chromium started, given a
 * page and closed takes 2.5–3 s of CPU here, more than the report tests' own work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActiveDisclosure2019, Report } from '../../src/index.js';
import { renderPage } from '../../src/output/page/renderPage.js';
import { Pages, all, count, element, type Opened } from './browser.js';
import { cli, reportFilesBelow } from '../support/cli.js';
import { ROOT, copy, entryFor, fixtureFiles, reportOf } from './entries.js';

const browser = Pages.forThisFile();

/** One entry of `validate --format json`. */
interface Validated {
  file: string;
  errors: number;
  warnings: number;
  diagnostics: Array<{ code: string; severity: string; message: string; line: number | null; location?: { page?: number; table?: number; row?: number; paragraph?: number } }>;
}

/** Outcome groups summed from the report's JSON, written here apart from the page's own code. */
function outcomeTotals(report: Report): Record<string, number | null> {
  const totals: Record<string, number | null> = {};
  const add = (group: string, value: number | null | undefined) => {
    if (!(group in totals)) totals[group] = null;
    if (typeof value === 'number') totals[group] = (totals[group] ?? 0) + value;
  };
  const a = report.applications;
  add('granted', a?.granted?.total);
  add('partiallyGranted', a?.partiallyGranted?.total);
  for (const group of ['denied', 'unableToProvide', 'notProcessed', 'otherHandling'] as const) {
    add(group, null);
    for (const row of Object.values(a?.[group] ?? {})) add(group, row?.total);
  }
  return totals;
}

const ORDER = ['granted', 'partiallyGranted', 'denied', 'unableToProvide', 'notProcessed', 'otherHandling'];

/*
 * This page holds every fixture (~100,000 elements): it is read and clicked through the helpers of
 * ./browser.ts (all, count, element), which find elements with the DOM's own querySelectorAll;
 * Playwright's selector engine takes 0.1–0.7 s a query here.
 */

/** The aria-sort of a column's header (found from its button). */
async function sortState(opened: Opened, key: string): Promise<string | null> {
  return all(opened, `#overview-table th button[data-key=${key}]`, (buttons) => buttons[0]!.closest('th')!.getAttribute('aria-sort'));
}

/** The values of the visible overview rows, in the order shown. */
async function visibleColumn(opened: Opened, column: number): Promise<string[]> {
  return all(opened, '#overview-table tbody tr:not([hidden])', (rows, c) => rows.map((tr) => tr.querySelectorAll('td')[c]!.textContent!), column);
}

/** Click a column's sort button, as a person does. */
async function sortBy(opened: Opened, key: string): Promise<void> {
  await (await element(opened, `#overview-table th button[data-key=${key}]`)).click();
}

// Each step waits on a page of ~170 reports in a browser, on a machine that may be shared: slow, not stuck.
/**
 * The PDFs of the page runs: a report (with two errors, quoted as the reader extracted its rows) and
 * the two that give none. Reading every fixture PDF through the CLI is test/cli.test.ts's (`parse
 * fixtures`), each PDF's values test/readers/documents.test.ts's; here each would only add a row
 * like the others, at a second of pdfjs per run, and 4 or more start the pool's PDF workers.
 */
const PAGE_PDFS = ['fixtures/documents/2019-tabs.off.pdf', 'fixtures/documents/bad/encrypted.pdf', 'fixtures/documents/bad/scanned.pdf'];

describe('the overview `gov-report report` writes of the fixtures (every text, web page and Word file; three PDFs)', { timeout: 90_000 }, () => {
  /**
   * Every report file below fixtures/ in the order the CLI walks the folder, but the PDFs not in
   * PAGE_PDFS; a path that is not there, and a note that is no report given again: every input is on the page.
   */
  const args = [...reportFilesBelow('fixtures').filter((f) => !f.endsWith('.pdf') || PAGE_PDFS.includes(f)), 'fixtures/gone.txt', 'fixtures/faults/README.md'];
  /** What `parse` and `validate` say of the same inputs. */
  let reports: Report[];
  let validated: Validated[];
  /** validate's entries of the inputs that gave no report (one error each, its code that of the problem). */
  let unreadableEntries: Validated[];
  let files: string[];
  /** The inputs that gave no report, in input order, as the CLI's stderr names them. */
  let unreadable: Array<{ file: string; message: string }>;
  let opened: Opened;

  beforeAll(async () => {
    // The page opens (Chromium draws it, in its own processes) as soon as `report` has written it, while parse and validate still run.
    const written = cli(['report', ...args, '-o', '-', '--lang', 'zh', '--jobs', '0']);
    const shown = written.then((page) => browser.pages.open(page.stdout));
    // All three run serially (--jobs 0), on this thread, whose parser is warm: a pool would start two
    // more threads for each, each compiling the parser afresh (report's pool took 6 of this file's
    // 29 s of CPU). The pool gives byte for byte what serial parsing gives, in the `source` output
    // `report` asks of it too (test/pool.test.ts).
    const oracle = ['--compact', '--lang', 'zh', '--jobs', '0'];
    const [page, parsed, checked] = await Promise.all([written, cli(['parse', ...args, ...oracle]), cli(['validate', ...args, '--format', 'json', ...oracle])]);
    expect([page.status, parsed.status, checked.status]).toEqual([2, 2, 2]);
    // The same lines, in the run's language; parse's closing remark (how many have errors) apart.
    expect(page.stderr).toBe(parsed.stderr.replace(/^gov-report: \d+ 份报告中有.*\n/m, ''));
    unreadable = page.stderr
      .trimEnd()
      .split('\n')
      .map((line) => /^gov-report: (.*?): (.*)$/.exec(line)!)
      .map(([, file, message]) => ({ file: file!, message: message! }));
    reports = JSON.parse(parsed.stdout) as Report[];
    // validate has an entry for every input, in input order: those of the reports, and those of the unreadable.
    const entries = JSON.parse(checked.stdout) as Validated[];
    const unread = new Set(unreadable.map((u) => u.file));
    validated = entries.filter((v) => !unread.has(v.file));
    unreadableEntries = entries.filter((v) => unread.has(v.file));
    files = reports.map((r) => r.source.file!);
    opened = await shown;
  }, 240_000);

  it('has one row per report and one line per unreadable input, with its reason', async () => {
    // On stderr and on the page each input is in its place (a path that is not there too).
    const inPlace = ['fixtures/damaged/README.md', 'fixtures/documents/bad/encrypted.pdf', 'fixtures/documents/bad/scanned.pdf', 'fixtures/faults/README.md', 'fixtures/runtogether/README.md', 'fixtures/gone.txt'];
    expect(unreadable.map((u) => u.file)).toEqual(inPlace);
    expect(new Set(reports.map((r) => r.source.type))).toEqual(new Set(['text', 'html', 'docx', 'pdf']));
    expect(await count(opened, '#overview-table tbody tr')).toBe(reports.length);
    expect(await visibleColumn(opened, 10)).toEqual(files);
    const lines = await all(opened, 'table.unreadable tbody tr', (rows) => rows.map((tr) => [...tr.querySelectorAll('th,td')].map((c) => c.textContent)));
    expect(lines.map(([file, , message]) => ({ file, message }))).toEqual(unreadable);
    expect(lines.map(([, code]) => code)).toEqual(['not-a-report', 'encrypted', 'no-text-layer', 'not-a-report', 'not-a-report', 'unreadable']);
    // validate's entries of the same inputs: the same code and reason.
    expect(unreadableEntries.map((v) => [v.file, v.errors, v.diagnostics.map((d) => [d.code, d.message])])).toEqual(lines.map(([file, code, message]) => [file, 1, [[code, message]]]));
    expect(await count(opened, 'section.report')).toBe(reports.length);
    expect(opened.errors).toEqual([]);
  });

  it('shows every diagnostic `validate` prints, per report, with the same counts, each where it points and the line it names quoted', async () => {
    expect(validated.map((v) => v.file)).toEqual(files);

    const counts = await all(opened, '.stats li', (items) => Object.fromEntries(items.map((li) => [li.getAttribute('data-count'), Number(li.querySelector('b')!.textContent)])));
    expect(counts).toEqual({
      reports: validated.length,
      'with-errors': validated.filter((v) => v.errors > 0).length,
      'with-warnings': validated.filter((v) => v.warnings > 0).length,
      unreadable: unreadable.length,
      errors: validated.reduce((sum, v) => sum + v.errors, 0),
      warnings: validated.reduce((sum, v) => sum + v.warnings, 0),
    });
    expect(counts.errors).toBeGreaterThan(0);
    expect(await visibleColumn(opened, 8)).toEqual(validated.map((v) => String(v.errors)));
    expect(await visibleColumn(opened, 9)).toEqual(validated.map((v) => String(v.warnings)));

    const shown = await all(opened, 'section.report', (sections) =>
      sections.map((section) =>
        [...section.querySelectorAll('ol.diags > li')].map((li) => ({
          code: li.querySelector('.code')!.textContent,
          severity: li.className.replace('d-', ''),
          message: li.querySelector('.msg')!.textContent,
          where: li.querySelector('.ln')!.textContent,
        })),
      ),
    );
    /** Where a diagnostic points, in the page's Chinese: written here apart from the page's own code. */
    const where = (d: Validated['diagnostics'][number]): string => {
      const l = d.location;
      if (l?.page !== undefined) return `第${l.page}页`;
      if (l?.table !== undefined) return `表${l.table}第${l.row}行`;
      if (l?.paragraph !== undefined) return `第${l.paragraph}段`;
      return d.line === null ? '无行号' : `第 ${d.line} 行`;
    };
    expect(shown).toEqual(validated.map((v) => v.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, where: where(d) }))));

    // A one-cell-off copy in each format: its errors are quoted from the row they name, as the
    // text file prints it and as the reader extracted it from the web page, Word file and PDF.
    const off = await all(opened, 'section.report', (sections) =>
      sections.map((section) => [...section.querySelectorAll('ol.diags > li.d-error blockquote code')].map((code) => code.textContent)),
    );
    for (const format of ['txt', 'html', 'docx', 'pdf']) {
      const i = files.indexOf(`fixtures/documents/2019-tabs.off.${format}`);
      expect(off[i], format).toHaveLength(2);
      for (const quote of off[i]!) expect(quote!.replace(/\s+/g, ''), format).toMatch(/^四、结转下年度继续办理.*474$/);
    }
  });

  it('sorts by any column, blanks last, and back again', async () => {
    const newReceived = reports.map((r) => r.applications?.newReceived?.total ?? null);
    const present = newReceived.filter((v): v is number => v !== null);
    const blanks = newReceived.length - present.length;
    expect(blanks).toBeGreaterThan(0);
    const shown = (values: number[]) => [...values.map(String), ...Array<string>(blanks).fill('—')];

    await sortBy(opened, 'newReceived');
    expect(await visibleColumn(opened, 3)).toEqual(shown([...present].sort((a, b) => a - b)));
    expect(await sortState(opened, 'newReceived')).toBe('ascending');
    await sortBy(opened, 'newReceived');
    expect(await visibleColumn(opened, 3)).toEqual(shown([...present].sort((a, b) => b - a)));
    expect(await sortState(opened, 'newReceived')).toBe('descending');

    await sortBy(opened, 'file');
    const byFile = await visibleColumn(opened, 10);
    expect(byFile).toEqual([...files].sort((a, b) => a.localeCompare(b, 'zh-CN', { numeric: true })));
    await sortBy(opened, 'errors');
    await sortBy(opened, 'errors');
    const errors = (await visibleColumn(opened, 8)).map(Number);
    expect(errors).toEqual([...errors].sort((a, b) => b - a));
    expect(errors[0]).toBeGreaterThan(errors[errors.length - 1]!);
    expect(opened.errors).toEqual([]);
  }, 60_000);

  it('filters to the reports with errors, and by text', async () => {
    const withErrors = reports.filter((r) => r.diagnostics.some((d) => d.severity === 'error'));
    await (await element(opened, '#filter-errors')).check();
    const files = await visibleColumn(opened, 10);
    expect([...files].sort()).toEqual(withErrors.map((r) => r.source.file).sort());
    expect((await visibleColumn(opened, 8)).every((n) => Number(n) > 0)).toBe(true);
    expect(await all(opened, '#shown-count', (shown) => shown[0]!.textContent)).toBe(`显示 ${withErrors.length} / ${reports.length} 份报告`);

    await (await element(opened, '#filter-errors')).uncheck();
    const filterText = await element(opened, '#filter-text');
    await filterText.fill('乔官');
    const organs = await visibleColumn(opened, 0);
    expect(organs.length).toBe(reports.filter((r) => r.meta.organ?.includes('乔官')).length);
    expect(organs.every((o) => o.includes('乔官'))).toBe(true);
    await filterText.fill('RUNTOGETHER/');
    expect((await visibleColumn(opened, 10)).sort()).toEqual(fixtureFiles().filter((f) => f.startsWith('fixtures/runtogether/')));
    await filterText.fill('');
    expect(await count(opened, '#overview-table tbody tr:not([hidden])')).toBe(reports.length);
  });

  it('draws new applications per report, sorted, and each report’s outcomes, with the numbers of the JSON', async () => {
    const lines = await all(opened, 'figure.batch ol.bars > li', (items) =>
      items.map((li) => ({
        i: Number(li.getAttribute('data-i')),
        amount: [...li.querySelectorAll('svg.amount rect.bar')].map((r) => Number(r.getAttribute('data-value'))),
        shares: [...li.querySelectorAll('svg.share rect.bar')].map((r) => [r.getAttribute('data-key'), Number(r.getAttribute('data-value')), Number(r.getAttribute('width'))]),
      })),
    );
    expect(lines).toHaveLength(reports.length);
    expect(lines.map((l) => l.i).sort((a, b) => a - b)).toEqual(reports.map((_, i) => i));
    const amounts = lines.flatMap((l) => l.amount);
    expect(lines.filter((l) => l.amount.length === 1)).toHaveLength(reports.filter((r) => typeof r.applications?.newReceived?.total === 'number').length);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    for (const line of lines) {
      const report = reports[line.i]!;
      expect(line.amount).toEqual(typeof report.applications?.newReceived?.total === 'number' ? [report.applications.newReceived.total] : []);
      const totals = outcomeTotals(report);
      const expected = ORDER.filter((k) => (totals[k] ?? 0) > 0).map((k) => [k, totals[k]]);
      expect(line.shares.map(([k, v]) => [k, v])).toEqual(expected);
      if (expected.length > 0) expect(line.shares.reduce((sum, s) => sum + (s[2] as number), 0)).toBeCloseTo(100, 0);
    }
    // Its table holds the same numbers, for screen readers.
    expect(await count(opened, 'figure.batch details.data tbody tr')).toBe(reports.length);
    // The fixtures hold one organ for several years (fixtures/series/, 2019 to 2025): one series.
    expect(await count(opened, 'figure.series')).toBe(1);
    expect(await all(opened, 'figure.series figcaption', (captions) => captions[0]!.textContent)).toBe('昌乐县乔官镇人民政府：历年本年新收申请数量');
  });
});

describe('an organ over several years', () => {
  it('gets a bar per year with its number, in year order, and a table of them', async () => {
    const base = reportOf(entryFor('fixtures/002_4a61cbdbb397b0fd.renumbered.txt'));
    const years = [2023, 2021, 2022];
    const series = years.map((year, n) => {
      const report = copy(base);
      report.meta.year = year;
      report.applications!.newReceived!.total = 1000 + n * 111;
      return { report };
    });
    const opened = await browser.pages.open(renderPage([...series, entryFor('fixtures/000_02e88f20f87b4541.renumbered.txt')], { lang: 'en' }));
    const charts = opened.page.locator('figure.series');
    expect(await charts.count()).toBe(1);
    expect(await charts.locator('figcaption').textContent()).toBe(`${base.meta.organ}: new applications by year`);
    const bars = await charts.locator('rect.bar').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-value'))));
    expect(bars).toEqual([1111, 1222, 1000]);
    const rows = await charts.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th,td')].map((c) => c.textContent)));
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['2021', '1111'],
      ['2022', '1222'],
      ['2023', '1000'],
    ]);
    expect(opened.errors).toEqual([]);
  });
});

// ── One report on the page ──────────────────────────────────────────────────────────────────

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

  it('marks a row a diagnostic names, a cell, a blank cell, and a table that is missing', async () => {
    const entries = ['fixtures/faults/missing-row.tabs.txt', 'fixtures/faults/blank-cell.tabs.txt', 'fixtures/faults/missing-table4.tabs.txt', 'fixtures/faults/cell-count.cells.txt'].map(entryFor);
    const { page, errors } = await browser.pages.open(renderPage(entries));
    const row = page.locator('#r0 tr.m-error');
    expect(await row.getAttribute('data-path')).toBe('applications.denied.endangersSafety');
    expect(await row.locator('th[scope=row]').textContent()).toBe('3.危及“三安全一稳定”');
    expect(await row.locator('td.nil').count()).toBe(7);

    // One cell missing from a row, placed by the column equations: that cell is marked, the row read.
    const cell = page.locator('#r3 td.m-error');
    expect(await cell.count()).toBe(1);
    expect(await cell.getAttribute('data-path')).toBe('applications.denied.endangersSafety.research');
    expect(await cell.getAttribute('class')).toBe('nil m-error');

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
