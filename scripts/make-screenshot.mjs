#!/usr/bin/env node
/**
 * node scripts/make-screenshot.mjs  (after npm run build)
 *
 * The pictures of the overview page in the README: runs `gov-report report fixtures/` (every
 * report below fixtures/, text, web pages, Word files and PDFs, and the files that cannot be
 * read), opens the page in Debian's headless Chromium and writes
 *
 *   docs/overview.png   the top of the page: the counts and the first rows of the overview;
 *   docs/report.png     the report with a balance error (fixtures/faults/balance.tabs.txt): its
 *                       two marked cells and the diagnostics beside them.
 *
 * Run it again when the page's look changes, and look at both pictures before committing them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { optionsOf } from './args.mjs';

optionsOf('make-screenshot', 'node scripts/make-screenshot.mjs  (writes docs/overview.png and docs/report.png; run npm run build first)', {});

const ROOT = new URL('..', import.meta.url).pathname;

const dir = mkdtempSync(join(tmpdir(), 'gov-report-screenshot-'));
const page = join(dir, 'overview.html');
// Exit status 2: the fixtures hold files that cannot be read on purpose (they are on the page).
const run = spawnSync(process.execPath, ['bin/gov-report.js', 'report', 'fixtures/', '-o', page, '--lang', 'zh', '--quiet'], {
  cwd: ROOT,
  encoding: 'utf8',
  env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' },
});
if (run.status !== 0 && run.status !== 2) throw new Error(`gov-report report failed (${run.status}): ${run.stderr}`);
const data = JSON.parse(/<script type="application\/json" id="page-data">([\s\S]*?)<\/script>/.exec(readFileSync(page, 'utf8'))[1]);
const balance = data.rows.findIndex((row) => row.file === 'fixtures/faults/balance.tabs.txt');
if (balance < 0) throw new Error('fixtures/faults/balance.tabs.txt is not among the fixtures');
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
console.log(`docs/overview.png, docs/report.png: ${data.rows.length} reports, the report with a balance error is #r${balance}`);
