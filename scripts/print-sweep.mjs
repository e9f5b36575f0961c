#!/usr/bin/env node
/**
 * Printed reports the parser has never seen (issue 16: judged on real conversions): each case is a
 * golden report with every cell renumbered (fresh values that keep the form's arithmetic, some
 * zeros, some large), laid out as a web page by a random plan (scripts/documents.mjs), printed to
 * PDF by Chromium on a random paper, scale, margin, type size, cell padding and border, and then
 * read three ways: the PDF itself (parseDocument), and the text poppler's `pdftotext` makes of it,
 * plain and `-layout` (parseReport). Each cell is counted against the renumbered design: right,
 * null, or WRONG (a number that is not the designed one). A page Chromium would cut off at the
 * paper's edge (a table wider than the paper) is no report a person would publish: it is skipped
 * and counted.
 *
 *   npm run build && node scripts/print-sweep.mjs --n 100 --seed 3
 *   node scripts/print-sweep.mjs --seed 3 --case 17 --keep /tmp/case17     # one case, its PDF and texts kept
 *   node scripts/print-sweep.mjs --seed 2 --case 35 --fixture plain        # write it as a fixture (below)
 *   GOV_REPORT_DIST=/tmp/base/dist/index.js node scripts/print-sweep.mjs   # another build
 *
 * Prints each wrong case (`WRONG <mode> <seed>-<case>: path=got≠designed …`), then per mode
 * `<mode>: C cases, R% right, N null, W wrong in K cases`, and how many were skipped. Exits 1 when
 * any cell is wrong, unless `--allow-wrong`. About a second a case.
 *
 * `--fixture plain|layout` writes the case's text in that mode to
 * fixtures/damaged/chromium-pdftotext/<seed>-<case>.<mode>.txt, with its .expected.json (designed:
 * the renumbered tables; parameters: seed, case, mode, plan): real converter output, held to the
 * promise by test/damaged.test.ts. Chromium's and poppler's output may differ between versions,
 * which is why the text is committed, not made again in CI.
 *
 * Needs Chromium (Debian's /usr/bin/chromium, or CHROMIUM=path; with fonts-noto-cjk) and poppler's
 * pdftotext, which CI does not have.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { optionsOf } from './args.mjs';

const USAGE = 'node scripts/print-sweep.mjs [--n N] [--seed S] [--from K] [--case K] [--keep DIR] [--fixture plain|layout] [--allow-wrong]';
const options = optionsOf('print-sweep', USAGE, {
  n: { type: 'string', default: '100' },
  seed: { type: 'string', default: '1' },
  from: { type: 'string', default: '0' },
  case: { type: 'string' },
  keep: { type: 'string' },
  fixture: { type: 'string' },
  'allow-wrong': { type: 'boolean', default: false },
});

/** A mistaken value stops the sweep before Chromium starts, as an unknown option does. */
function stop(message) {
  process.stderr.write(`print-sweep: ${message}\nusage: ${USAGE}\n`);
  process.exit(2);
}
for (const key of ['n', 'seed', 'from', 'case']) if (options[key] !== undefined && !/^\d+$/.test(options[key])) stop(`--${key} takes a whole number, not ${options[key]}`);
if (options.fixture !== undefined && !['plain', 'layout'].includes(options.fixture)) stop(`--fixture takes plain or layout, not ${options.fixture}`);
if (options.fixture !== undefined && options.case === undefined) stop('--fixture writes one case: give it --case');

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { goldenModels, htmlPage, randomPlan } = await import('./documents.mjs');
const { classify, tally } = await import('./promise.mjs');
const { mulberry32 } = await import('./prng.mjs');
const { converterExpectation, tablesOf } = await import('./damaged.mjs');

/** Counts for the renumbered cells: a share of zeros (none, some, most), small numbers, now and then large ones. */
function count(rng, zeros) {
  const r = rng();
  if (r < zeros) return 0;
  if (r < 0.8) return 1 + Math.floor(rng() * 30);
  if (r < 0.95) return 1 + Math.floor(rng() * 300);
  return 1 + Math.floor(rng() * 3000);
}

const BOOKENDS = new Set(['newReceived', 'carriedOver', 'totalHandled', 'carriedForward']);
const APPLICANTS = ['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'other'];
const OUTCOMES = ['upheld', 'corrected', 'other', 'pending'];
const isApplicantRow = (node) => node !== null && typeof node === 'object' && 'naturalPerson' in node;

/**
 * The golden with every cell of its three tables renumbered, the form's arithmetic kept: each
 * application row's 总计 the sum of its six, （七）总计 the sum of the outcome rows, 一 + 二 = （七）
 * + 四, each part 四 group's 总计 the sum of its four. Rows the golden leaves null stay null; part
 * 二's amounts keep a decimal, 本年增/减 may be negative.
 */
function renumbered(golden, rng) {
  const out = structuredClone(golden);
  const zeros = [0, 0.3, 0.6][Math.floor(rng() * 3)];
  const applications = out.applications;
  const handled = APPLICANTS.map(() => 0);
  const fill = (row, values) => {
    APPLICANTS.forEach((key, i) => (row[key] = values[i]));
    row.total = values.reduce((a, b) => a + b, 0);
  };
  const outcomes = (node) => {
    for (const [key, child] of Object.entries(node)) {
      if (child === null || (node === applications && BOOKENDS.has(key))) continue;
      if (isApplicantRow(child)) {
        const values = APPLICANTS.map(() => count(rng, zeros));
        values.forEach((v, i) => (handled[i] += v));
        fill(child, values);
      } else if (typeof child === 'object') outcomes(child);
    }
  };
  outcomes(applications);
  const forward = APPLICANTS.map(() => count(rng, zeros));
  const over = APPLICANTS.map((_, i) => Math.min(handled[i] + forward[i], count(rng, zeros)));
  fill(applications.totalHandled, handled);
  fill(applications.carriedForward, forward);
  fill(applications.carriedOver, over);
  fill(applications.newReceived, handled.map((h, i) => h + forward[i] - over[i]));
  for (const group of Object.values(out.reviewLitigation)) {
    const values = OUTCOMES.map(() => count(rng, zeros));
    OUTCOMES.forEach((key, i) => (group[key] = values[i]));
    group.total = values.reduce((a, b) => a + b, 0);
  }
  for (const row of Object.values(out.activeDisclosure)) {
    for (const [key, old] of Object.entries(row)) {
      if (old === null) continue;
      if (!Number.isInteger(old)) row[key] = Number((count(rng, zeros) + Math.floor(rng() * 10) / 10).toFixed(1));
      else if (key === 'change') row[key] = (rng() < 0.3 ? -1 : 1) * count(rng, zeros);
      else row[key] = count(rng, zeros);
    }
  }
  return out;
}

const PAPERS = { A4: [8.27, 11.69], Letter: [8.5, 11], A3: [11.69, 16.54] };
const pick = (rng, items) => items[Math.floor(rng() * items.length)];

/** Case `index` of `seed`: its golden, renumbered golden, page (HTML) and how it is printed. */
function sweepCase(models, seed, index) {
  const rng = mulberry32(seed * 100003 + index);
  const model = models[Math.floor(rng() * models.length)];
  const golden = renumbered(model.golden, rng);
  const plan = { ...randomPlan(rng), charset: 'utf-8' };
  const css = `body{font-size:${pick(rng, [9, 10.5, 12, 14])}pt} td{font-size:${pick(rng, [7, 8, 9, 10.5, 12])}pt;${rng() < 0.5 ? 'border:1px solid #000;' : ''}padding:${Math.floor(rng() * 8)}px} table{border-collapse:collapse;${rng() < 0.5 ? 'width:100%' : ''}}`;
  const html = htmlPage({ ...model, golden }, plan).replace('</head>', `<style>${css}</style></head>`);
  const print = { paper: pick(rng, Object.keys(PAPERS)), landscape: rng() < 0.2, scale: pick(rng, [0.8, 1, 1, 1.2]), left: 1 + Math.floor(rng() * 3) };
  return { source: model, golden, plan, css, html, print };
}

const { launchChromium } = await import('./chromium.mjs');
const lib = await import(pathToFileURL(process.env.GOV_REPORT_DIST ?? join(ROOT, 'dist/index.js')).href);
const models = goldenModels(ROOT);
const seed = Number(options.seed);
const first = options.case !== undefined ? Number(options.case) : Number(options.from);
const cases = options.case !== undefined ? 1 : Number(options.n);
const MODES = ['pdf', 'plain', 'layout'];
const totals = Object.fromEntries(MODES.map((m) => [m, { cases: 0, cells: 0, right: 0, nulls: 0, wrong: 0, wrongCases: 0 }]));
let skipped = 0;
const work = mkdtempSync(join(tmpdir(), 'gov-report-print-sweep-'));
const browser = await launchChromium();
try {
  for (let index = first; index < first + cases; index++) {
    const c = sweepCase(models, seed, index);
    // A fresh page for each case: Chromium lays out a page a little differently after others in the same tab.
    const page = await browser.newPage();
    const [width] = PAPERS[c.print.paper];
    const inches = c.print.landscape ? PAPERS[c.print.paper][1] : width;
    // The paper's printable width in CSS pixels: a page wider than it is cut off at the edge.
    await page.setViewportSize({ width: Math.floor(((inches - (c.print.left + 2) / 2.54) * 96) / c.print.scale), height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await page.setContent(c.html, { waitUntil: 'load' });
    const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const pdf = over > 0 ? null : await page.pdf({ format: c.print.paper, landscape: c.print.landscape, scale: c.print.scale, margin: { top: '2cm', bottom: '2cm', left: `${c.print.left}cm`, right: '2cm' } });
    await page.close();
    if (pdf === null) {
      skipped++;
      continue;
    }
    const name = `${seed}-${index}`;
    const pdfFile = join(options.keep ?? work, `${name}.pdf`);
    if (options.keep) mkdirSync(options.keep, { recursive: true });
    writeFileSync(pdfFile, pdf);
    const texts = {};
    for (const [mode, flags] of [['plain', []], ['layout', ['-layout']]]) {
      texts[mode] = execFileSync('pdftotext', [...flags, '-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' });
      if (options.keep) writeFileSync(join(options.keep, `${name}.${mode}.txt`), texts[mode]);
    }
    const designed = tablesOf(c.golden);
    if (options.keep) writeFileSync(join(options.keep, `${name}.designed.json`), `${JSON.stringify(designed, null, 2)}\n`);
    if (options.fixture) {
      const mode = options.fixture;
      const out = join(ROOT, 'fixtures/damaged/chromium-pdftotext');
      mkdirSync(out, { recursive: true });
      const source = { name: c.source.golden.source?.file ?? c.source.title, golden: c.golden };
      const expectation = converterExpectation('chromium-pdftotext', `pdftotext${mode === 'layout' ? ' -layout' : ''} of the PDF Chromium prints of a renumbered golden's web page (scripts/print-sweep.mjs --seed ${seed} --case ${index})`, source, { seed, case: index, mode, plan: c.plan, css: c.css, print: c.print });
      writeFileSync(join(out, `${name}.${mode}.txt`), texts[mode]);
      writeFileSync(join(out, `${name}.${mode}.expected.json`), `${JSON.stringify(expectation, null, 2)}\n`);
      console.error(`print-sweep: wrote fixtures/damaged/chromium-pdftotext/${name}.${mode}.txt`);
    }
    const reports = {
      pdf: await lib.parseDocument(new Uint8Array(pdf), { file: `${name}.pdf` }),
      plain: lib.parseReport(texts.plain, { file: `${name}.plain.txt` }),
      layout: lib.parseReport(texts.layout, { file: `${name}.layout.txt` }),
    };
    for (const mode of MODES) {
      const { cells, wrongVerdicts } = classify(reports[mode], designed);
      const t = tally(cells);
      const total = totals[mode];
      total.cases++;
      total.cells += t.cells;
      total.right += t.right;
      total.nulls += t['null-diagnosed'] + t['null-silent'];
      total.wrong += t.wrong;
      if (t.wrong > 0) total.wrongCases++;
      if (t.wrong > 0 || wrongVerdicts.length > 0) {
        const shown = cells.filter((x) => x.verdict === 'wrong').slice(0, 6).map((x) => `${x.path}=${x.got}≠${x.designed}`);
        const verdicts = wrongVerdicts.map((d) => `${d.code} at ${d.path}`);
        console.log(`WRONG ${mode} ${name}: ${[...shown, ...verdicts].join(' ')}`);
      }
    }
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
let wrong = 0;
for (const [mode, t] of Object.entries(totals)) {
  wrong += t.wrong;
  const right = t.cells > 0 ? ((100 * t.right) / t.cells).toFixed(1) : '0.0';
  console.log(`${mode}: ${t.cases} cases, ${right}% right, ${t.nulls} null, ${t.wrong} wrong in ${t.wrongCases} cases`);
}
console.log(`print-sweep: ${skipped} pages skipped (wider than the paper)`);
process.exitCode = wrong > 0 && !options['allow-wrong'] ? 1 : 0;
