#!/usr/bin/env node
/**
 * How fast the readers are, each on one thread (the batch spreads files over the workers):
 *
 *   HTML  web pages of the golden reports in every layout of PLANS.html, parsed again and again
 *         (parseReport: the reader and the text path), reports/s; and the reader alone
 *   DOCX  the same as Word files in every layout of PLANS.docx
 *   PDF   fixtures/documents/*.long.pdf (12 pages) and the other fixture PDFs, after start-up
 *         (pdfjs loaded and warmed by one file first), median of a few runs; the first file's
 *         time, start-up included, apart
 *
 *   MIXED with --mixed N: a folder of N files of every format (per 100: 40 text exports, 30 web
 *         pages, 26 Word files, 4 PDFs, the goldens and fixture PDFs repeated), parsed by
 *         `gov-report parse --ndjson DIR` (the CLI, worker pool and PDF lane as users run it):
 *         wall time, reports/s, peak RSS of the process (/usr/bin/time -v)
 *
 *   npm run build && node bench/readers.mjs [--html 3000] [--docx 600] [--pdf-runs 5] [--threads 2] [--mixed 5000]
 *
 * With --threads N, the HTML and DOCX figures are measured again on N worker threads, each
 * parsing its share (as the CLI's pool spreads a batch), wall-clock time.
 *
 * Targets (issue 14): HTML ≥ 1,000 reports/s, DOCX ≥ 300 reports/s, a 10-page PDF ≤ 0.3 s,
 * memory flat over 5,000 mixed files (peak RSS < 300 MB).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync, mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import * as docx from 'docx';
import { PLANS, goldenModels, toDocx, toHtml } from '../scripts/documents.mjs';

const root = new URL('..', import.meta.url).pathname;
const { parseReport, parseDocument } = await import(join(root, 'dist/index.js'));

if (!isMainThread) {
  // A worker: parse its share, n times over, after a warm-up; say when done.
  const { inputs, n } = workerData;
  for (let i = 0; i < Math.min(n, 30); i++) parseReport(inputs[i % inputs.length]);
  parentPort.postMessage('ready');
  parentPort.once('message', () => {
    for (let i = 0; i < n; i++) parseReport(inputs[i % inputs.length]);
    parentPort.postMessage('done');
  });
}
const { readHtml } = await import(join(root, 'dist/readers/html.js'));
const { readDocx } = await import(join(root, 'dist/readers/docx.js'));

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};

/** Runs `work` over `inputs` (cycling) `n` times; reports/s and ms a report. */
function rate(n, inputs, work) {
  for (let i = 0; i < Math.min(n, 50); i++) work(inputs[i % inputs.length]); // warm up
  const started = process.hrtime.bigint();
  for (let i = 0; i < n; i++) work(inputs[i % inputs.length]);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { perSecond: Math.round((n / ms) * 1000), msEach: +(ms / n).toFixed(3) };
}

/** Reports/s of parseReport over `inputs` on `threads` workers, `n` reports in all. */
async function threaded(threads, inputs, n) {
  const workers = Array.from({ length: threads }, () => new Worker(new URL(import.meta.url), { workerData: { inputs, n: Math.ceil(n / threads) } }));
  await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve))));
  const started = process.hrtime.bigint();
  await Promise.all(workers.map((w) => new Promise((resolve) => { w.once('message', resolve); w.postMessage('go'); })));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  await Promise.all(workers.map((w) => w.terminate()));
  return Math.round((Math.ceil(n / threads) * threads * 1000) / ms);
}

if (!isMainThread) await new Promise(() => {});

const models = goldenModels(root);
const html = models.flatMap((m) => Object.values(PLANS.html).map((plan) => toHtml(m, plan)));
const words = [];
for (const m of models) for (const plan of Object.values(PLANS.docx)) words.push(await toDocx(docx, m, plan));
const mean = (list) => Math.round(list.reduce((a, b) => a + b.length, 0) / list.length / 1024);

const n = { html: option('html', 3000), docx: option('docx', 600), pdfRuns: option('pdf-runs', 5), threads: option('threads', 0), mixed: option('mixed', 0) };
console.log(`node ${process.version}, ${models.length} reports; HTML ${html.length} pages (${mean(html)} KB on average), DOCX ${words.length} files (${mean(words)} KB)`);
const perLayout = Object.entries(PLANS.html).map(([name, plan]) => {
  const pages = models.map((m) => toHtml(m, plan));
  const { msEach } = rate(Math.ceil(n.html / 4), pages, (b) => parseReport(b));
  return `${name} ${msEach} ms (${mean(pages)} KB${plan.charset === 'gbk' ? ', GBK' : ''}${plan.markup === 'word' ? ', Word markup' : ''})`;
});
console.log(`HTML  parseReport by layout: ${perLayout.join('; ')}`);
const htmlFull = rate(n.html, html, (b) => parseReport(b));
const htmlReader = rate(n.html, html, (b) => readHtml(b));
console.log(`HTML  parseReport ${htmlFull.perSecond} reports/s (${htmlFull.msEach} ms each); the reader alone ${htmlReader.perSecond}/s (${htmlReader.msEach} ms)`);
const docxFull = rate(n.docx, words, (b) => parseReport(b));
const docxReader = rate(n.docx, words, (b) => readDocx(b));
console.log(`DOCX  parseReport ${docxFull.perSecond} reports/s (${docxFull.msEach} ms each); the reader alone ${docxReader.perSecond}/s (${docxReader.msEach} ms)`);
if (n.threads > 0) {
  console.log(`HTML  parseReport on ${n.threads} threads: ${await threaded(n.threads, html, n.html)} reports/s`);
  console.log(`DOCX  parseReport on ${n.threads} threads: ${await threaded(n.threads, words, n.docx)} reports/s`);
}

const documents = join(root, 'fixtures/documents');
const pdfs = readdirSync(documents).filter((f) => f.endsWith('.pdf')).sort();
const long = pdfs.find((f) => f.includes('.long.'));
const time = async (file) => {
  const bytes = new Uint8Array(readFileSync(join(documents, file)));
  const started = process.hrtime.bigint();
  const report = await parseDocument(bytes);
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, report };
};
const first = await time(pdfs.find((f) => !f.includes('.long.')));
console.log(`PDF   first file, pdfjs loaded on the way: ${first.ms.toFixed(0)} ms`);
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
for (const file of [long, ...pdfs.filter((f) => f !== long && !f.includes('bad'))]) {
  const runs = [];
  let pages = 0;
  for (let i = 0; i < n.pdfRuns; i++) {
    const { ms, report } = await time(file);
    runs.push(ms);
    pages = Math.max(...report.diagnostics.map((d) => d.location?.page ?? 0), pages);
  }
  console.log(`PDF   ${file}: ${median(runs).toFixed(0)} ms (median of ${n.pdfRuns})`);
}
console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);

if (n.mixed > 0) {
  // A folder as users have them: every format, the PDFs among the rest.
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-mixed-'));
  const texts = [];
  for (const folder of ['fixtures', 'fixtures/2019']) {
    for (const file of readdirSync(join(root, folder)).sort()) if (file.endsWith('.txt') && existsSync(join(root, folder, file.replace(/\.txt$/, '.json')))) texts.push(readFileSync(join(root, folder, file)));
  }
  const pdfBytes = pdfs.filter((f) => !f.includes('.long.')).map((f) => readFileSync(join(documents, f)));
  const kinds = [...Array(40).fill('txt'), ...Array(30).fill('html'), ...Array(26).fill('docx'), ...Array(4).fill('pdf')];
  const pools = { txt: texts, html, docx: words, pdf: pdfBytes };
  const count = { txt: 0, html: 0, docx: 0, pdf: 0 };
  for (let i = 0; i < n.mixed; i++) {
    const kind = kinds[(i * 37) % kinds.length]; // spread each kind over the folder
    const list = pools[kind];
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.${kind}`), list[count[kind]++ % list.length]);
  }
  const out = join(dir, '..', `${dir.split('/').pop()}.ndjson`);
  const fd = openSync(out, 'w');
  const timeV = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const run = spawnSync(timeV ? '/usr/bin/time' : process.execPath, [...(timeV ? ['-v', process.execPath] : []), join(root, 'bin/gov-report.js'), 'parse', '--ndjson', '--quiet', dir], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  closeSync(fd);
  const reports = readFileSync(out, 'utf8').split('\n').filter(Boolean);
  const types = {};
  for (const line of reports) {
    const type = /"type":"(\w+)"/.exec(line)?.[1] ?? '?';
    types[type] = (types[type] ?? 0) + 1;
  }
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1];
  const problems = run.stderr.split('\n').filter((l) => l.startsWith('gov-report:'));
  console.log(
    `MIXED ${n.mixed} files (${Object.entries(count).map(([k, c]) => `${c} ${k}`).join(', ')}): \`gov-report parse --ndjson\` ${(ms / 1000).toFixed(1)} s, ` +
      `${Math.round((reports.length / ms) * 1000)} reports/s; peak RSS ${peak ? `${Math.round(Number(peak) / 1024)} MB` : 'unknown (no /usr/bin/time)'}; ` +
      `${reports.length} reports (${Object.entries(types).map(([k, c]) => `${c} ${k}`).join(', ')}), exit ${run.status}${problems.length ? `, ${problems.length} problems: ${problems.slice(0, 3).join(' | ')}` : ''}`,
  );
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { force: true });
}
