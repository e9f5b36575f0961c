#!/usr/bin/env node
/**
 * node bench/page.mjs  (after npm run build)
 *
 * The overview page (issue 18) for a large batch: builds a corpus of N reports (bench/corpus.mjs,
 * default 1,000), parses them in-process, makes the entries the CLI makes (report + source lines),
 * renders the page, and opens it in Debian's headless Chromium from a file:// URL. Prints:
 *
 *   size        bytes of the page, and per report;
 *   render      renderPage time in Node (parsing not included);
 *   FCP         first contentful paint (the counts and the top of the overview on screen);
 *   DOMContentLoaded, load   from navigation start (the page's script has run, the overview is
 *               sortable, the first reports are drawn);
 *   all drawn   until every report's tables, diagnostics and prose are drawn (<html data-drawn>),
 *               which happens in slices after load while the page stays responsive;
 *   renderer CPU   CPU time of the page's renderer process until load and until all drawn: on a
 *               machine shared with other work the wall times also count the waits for a core.
 *
 * The targets of issue 18: under 10 MB, and open in under 3 s, for 1,000 reports.
 *
 * Options:
 *   --n N         reports (default 1000)
 *   --out DIR     build the corpus in DIR (reused when it holds the same corpus; default a temp dir)
 *   --keep        keep the corpus and the page the run created
 *   --repeat R    page opens, each in a fresh browser page; the median is reported (default 3)
 *   --lang zh|en  the page's language (default zh)
 *   --json        print one JSON object instead of the table
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { launchChromium } from '../scripts/chromium.mjs';
import { buildCorpus, listCorpus } from './corpus.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const { parseReport } = await import(join(ROOT, 'dist/index.js'));
const { renderPage } = await import(join(ROOT, 'dist/output/page/renderPage.js'));
const { pageEntry } = await import(join(ROOT, 'dist/output/page/source.js'));

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
}
const flag = (name) => process.argv.includes(`--${name}`);

const n = Number(option('n', '1000'));
const repeat = Number(option('repeat', '3'));
const lang = option('lang', 'zh');
const keep = flag('keep');
const outOption = option('out', null);
const dir = outOption ? resolve(outOption) : mkdtempSync(join(tmpdir(), 'gov-report-page-corpus-'));
const createdDir = !outOption || !existsSync(dir);

const corpus = await buildCorpus({ n, dir });
const files = listCorpus(dir);

let t = performance.now();
const entries = files.map((path) => {
  const file = relative(dir, path);
  const bytes = new Uint8Array(readFileSync(path));
  return pageEntry(file, bytes, parseReport(bytes, { file }));
});
const parseMs = performance.now() - t;

t = performance.now();
const page = renderPage(entries, { lang, generated: 'bench' });
const renderMs = performance.now() - t;
const bytes = Buffer.byteLength(page);
const pageFile = join(dir, 'overview.html');
writeFileSync(pageFile, page);

const browser = await launchChromium();
// CPU time of the page's renderer process: on a shared machine, wall time also counts the waits.
const cdp = await browser.newBrowserCDPSession();
const cpuTimes = async () =>
  new Map((await cdp.send('SystemInfo.getProcessInfo')).processInfo.filter((p) => p.type === 'renderer').map((p) => [p.id, p.cpuTime]));
const rendererCpu = (before, after) => Math.max(0, ...[...after].map(([id, cpu]) => cpu - (before.get(id) ?? 0)));
const runs = [];
try {
  for (let r = 0; r < repeat; r++) {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await tab.goto('about:blank');
    const cpuBefore = await cpuTimes();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.goto(`file://${pageFile}`, { waitUntil: 'load', timeout: 120_000 });
    const loadCpu = rendererCpu(cpuBefore, await cpuTimes());
    await tab.waitForSelector('html[data-drawn=all]', { state: 'attached', timeout: 120_000 });
    const timing = await tab.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        fcp: fcp ? fcp.startTime : null,
        domContentLoaded: nav.domContentLoadedEventEnd,
        load: nav.loadEventEnd,
        allDrawn: performance.now(),
        rows: document.querySelectorAll('#overview-table tbody tr').length,
        sections: document.querySelectorAll('section.report .fill .body').length,
      };
    });
    if (errors.length) throw new Error(`the page logged errors: ${errors.join('; ')}`);
    runs.push({ ...timing, loadCpu: loadCpu * 1000, allDrawnCpu: rendererCpu(cpuBefore, await cpuTimes()) * 1000 });
    await tab.close();
  }
} finally {
  await browser.close();
}

const median = (key) => {
  const values = runs.map((r) => r[key]).filter((v) => v !== null).sort((a, b) => a - b);
  return values.length ? values[Math.floor(values.length / 2)] : null;
};
const reports = entries.filter((e) => 'report' in e).length;
const result = {
  n,
  reports,
  unreadable: entries.length - reports,
  corpusBytes: corpus.bytes,
  layouts: corpus.layouts,
  pageBytes: bytes,
  bytesPerReport: Math.round(bytes / n),
  parseMs: Math.round(parseMs),
  renderMs: Math.round(renderMs),
  fcpMs: Math.round(median('fcp')),
  domContentLoadedMs: Math.round(median('domContentLoaded')),
  loadMs: Math.round(median('load')),
  allDrawnMs: Math.round(median('allDrawn')),
  loadCpuMs: Math.round(median('loadCpu')),
  allDrawnCpuMs: Math.round(median('allDrawnCpu')),
  runs: runs.length,
  rowsShown: runs[0].rows,
  reportsDrawn: runs[0].sections,
  loadavg: loadavg().map((l) => l.toFixed(2)).join(' '),
};

if (flag('json')) console.log(JSON.stringify(result));
else {
  const mb = (b) => `${(b / 1e6).toFixed(2)} MB`;
  console.log(`overview page, ${n} reports (${result.unreadable} unreadable), corpus ${mb(corpus.bytes)}; load average ${result.loadavg}`);
  console.log(`  size         ${mb(bytes)} (${result.bytesPerReport} B a report)          target < 10 MB: ${bytes < 10e6 ? 'met' : 'NOT met'}`);
  console.log(`  render       ${result.renderMs} ms in Node (parse ${result.parseMs} ms, not included)`);
  console.log(`  FCP          ${result.fcpMs} ms`);
  console.log(`  DOMContentLoaded ${result.domContentLoadedMs} ms, load ${result.loadMs} ms (renderer CPU ${result.loadCpuMs} ms)      target < 3 s: ${result.loadMs < 3000 ? 'met' : 'NOT met'}`);
  console.log(`  all drawn    ${result.allDrawnMs} ms (renderer CPU ${result.allDrawnCpuMs} ms; ${result.reportsDrawn} reports, ${result.rowsShown} overview rows); median of ${runs.length} opens`);
}

if (keep) console.error(`kept: ${pageFile}`);
else if (createdDir) rmSync(dir, { recursive: true, force: true });
else rmSync(pageFile, { force: true });
