#!/usr/bin/env node
/**
 * node scripts/make-screenshot.mjs  (after npm run build)
 *
 * The pictures of the overview page in the README: renders the page for every .txt below
 * fixtures/ (as `gov-report report fixtures/` would), opens it in Debian's headless Chromium and
 * writes
 *
 *   docs/overview.png   the top of the page: the counts and the first rows of the overview;
 *   docs/report.png     the report with a balance error (fixtures/faults/balance.tabs.txt): its
 *                       two marked cells and the diagnostics beside them.
 *
 * Run it again when the page's look changes, and look at both pictures before committing them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fg from 'fast-glob';
import { launchChromium } from './chromium.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const { parseReport } = await import(join(ROOT, 'dist/index.js'));
const { renderPage } = await import(join(ROOT, 'dist/output/page/index.js'));
const { pageEntry } = await import(join(ROOT, 'dist/output/page/source.js'));

const files = fg.sync('fixtures/**/*.txt', { cwd: ROOT }).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const entries = files.map((file) => {
  const bytes = new Uint8Array(readFileSync(join(ROOT, file)));
  return pageEntry(file, bytes, parseReport(bytes, { file }));
});
const balance = entries.findIndex((e) => e.report?.source.file === 'fixtures/faults/balance.tabs.txt');
if (balance < 0) throw new Error('fixtures/faults/balance.tabs.txt is not among the fixtures');

const dir = mkdtempSync(join(tmpdir(), 'gov-report-screenshot-'));
const page = join(dir, 'overview.html');
writeFileSync(page, renderPage(entries, { lang: 'zh' }));
mkdirSync(join(ROOT, 'docs'), { recursive: true });

const browser = await launchChromium();
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await tab.goto(`file://${page}`);
  await tab.waitForSelector('html[data-drawn=all]', { state: 'attached' });
  await tab.screenshot({ path: join(ROOT, 'docs/overview.png'), clip: { x: 0, y: 0, width: 1280, height: 1000 } });

  // The report's last table rows, with the marked cells, beside its diagnostics.
  await tab.goto(`file://${page}#r${balance}`);
  await tab.waitForSelector('html[data-drawn=all]', { state: 'attached' });
  // Scrolled so that the marked cells sit near the bottom of the picture, the rows above them and
  // the diagnostics (sticky beside the tables) in view.
  await tab.locator(`#r${balance} td.m-error`).first().evaluate((td) => window.scrollBy(0, td.getBoundingClientRect().top - 640));
  await tab.waitForTimeout(200);
  await tab.screenshot({ path: join(ROOT, 'docs/report.png'), clip: { x: 0, y: 0, width: 1280, height: 720 } });
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`docs/overview.png, docs/report.png: ${entries.length} inputs, the report with a balance error is #r${balance}`);
