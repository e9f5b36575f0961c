/**
 * The benchmark corpus: N reports made from the fixtures by renumbering every table cell and
 * re-laying-out the tables, in a mix of encodings. Deterministic: a seeded PRNG, no clock.
 *
 *   import { buildCorpus, listCorpus } from './corpus.mjs';
 *   const corpus = await buildCorpus({ n: 5000, dir: '/tmp/x', seed: 1 });
 *
 * Templates. Each source fixture (fixtures/*.txt, and the 2019/2020-form fixtures in
 * fixtures/2019/, the pre-2019 one left out) is cut into lines; a line holding a tab is a table row
 * (tab rows, or one cell per line indented with a tab), its cells that are plain numbers are
 * "slots". A layout re-prints every row line:
 *
 *   tabs    as printed (cells separated by tabs);
 *   cells   one cell per line (`\t12`), a blank line after each row, blank value cells as `\t`;
 *   spaces  `pdftotext -layout` style: cells padded and separated by runs of spaces.
 *
 * A (fixture, layout) pair is kept only if the parser reads the same tables from it as from the
 * `tabs` print of the same numbers, so the corpus exercises the layouts without feeding the
 * benchmark rows that a layout made unreadable (the `spaces` layout loses blank cells, for
 * instance). Each report then gets fresh numbers in every slot, an encoding (UTF-8, UTF-8 with
 * BOM, GB18030) and a line ending (LF, some CRLF).
 */
import { APPLICANT_COLUMNS, BOOKENDS as BOOKEND_ROWS } from '../scripts/form.mjs';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';

const ROOT = new URL('..', import.meta.url).pathname;
export const GENERATOR_VERSION = 1;
export const LAYOUTS = ['tabs', 'cells', 'spaces'];

export { mulberry32 as prng } from '../scripts/prng.mjs';
import { mulberry32 as prng } from '../scripts/prng.mjs';

const NUMERIC_CELL = /^(\s*)([+-]?)(\d+)(\.\d+)?(\s*)$/;

export function sourceFixtures() {
  const top = readdirSync(join(ROOT, 'fixtures'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join('fixtures', f));
  const dir2019 = join(ROOT, 'fixtures', '2019');
  const forms2019 = existsSync(dir2019)
    ? readdirSync(dir2019)
        .filter((f) => f.endsWith('.txt') && !f.startsWith('2017'))
        .map((f) => join('fixtures', '2019', f))
    : [];
  return [...top, ...forms2019].sort();
}

/**
 * A fixture as lines; row lines as arrays of cells, each cell either a string or a slot
 * { pre, sign, decimals, post } whose number is filled in per report.
 */
function template(path) {
  const text = readFileSync(join(ROOT, path), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let slots = 0;
  const lines = text.split('\n').map((line) => {
    if (!line.includes('\t')) return line;
    return line.split('\t').map((cell) => {
      const m = NUMERIC_CELL.exec(cell);
      if (!m) return cell;
      slots++;
      return { pre: m[1], sign: m[2], decimals: m[4] ? m[4].length - 1 : 0, post: m[5], original: Number(`${m[2]}${m[3]}${m[4] ?? ''}`), printed: `${m[2]}${m[3]}${m[4] ?? ''}` };
    });
  });
  return { path, lines, slots };
}

const isSlot = (c) => typeof c === 'object';
const cellText = (c, numbers, k) => (isSlot(c) ? `${c.pre}${numbers[k]}${c.post}` : c);

/** A count as reports print them: mostly 0 or small, now and then large. */
function count(rand, scale = 1) {
  const r = rand();
  if (r < 0.45) return 0;
  if (r < 0.85) return Math.floor(rand() * 10 * scale);
  if (r < 0.98) return Math.floor(rand() * 100 * scale);
  return Math.floor(rand() * 3000 * scale);
}

const BOOKENDS = new Set(BOOKEND_ROWS.map((row) => `applications.${row}`));

/**
 * Values by JSON path that satisfy the form's arithmetic (row totals, handled sum, balance,
 * review/litigation totals), for the rows the template prints.
 */
function plausibleValues(tpl, rand) {
  const values = new Map();
  const rows = new Set([...tpl.slotPaths.values()].filter(Boolean).map((p) => p.slice(0, p.lastIndexOf('.'))));
  const appRows = [...rows].filter((r) => r.startsWith('applications.'));
  const outcomeRows = appRows.filter((r) => !BOOKENDS.has(r));
  const handled = APPLICANT_COLUMNS.map(() => 0);
  const setRow = (row, cols) => {
    cols.forEach((v, i) => values.set(`${row}.${APPLICANT_COLUMNS[i]}`, v));
    values.set(`${row}.total`, cols.reduce((a, b) => a + b, 0));
  };
  for (const row of outcomeRows) {
    const cols = APPLICANT_COLUMNS.map((_, i) => count(rand, i === 0 ? 2 : 0.3));
    cols.forEach((v, i) => (handled[i] += v));
    setRow(row, cols);
  }
  const forward = APPLICANT_COLUMNS.map((_, i) => count(rand, i === 0 ? 1 : 0.2));
  const over = APPLICANT_COLUMNS.map((_, i) => Math.min(handled[i] + forward[i], count(rand, i === 0 ? 1 : 0.2)));
  setRow('applications.totalHandled', handled);
  setRow('applications.carriedForward', forward);
  setRow('applications.carriedOver', over);
  setRow('applications.newReceived', handled.map((h, i) => h + forward[i] - over[i]));
  for (const row of [...rows].filter((r) => r.startsWith('reviewLitigation.'))) {
    const parts = ['upheld', 'corrected', 'other', 'pending'].map((k) => [k, count(rand, 0.5)]);
    for (const [k, v] of parts) values.set(`${row}.${k}`, v);
    values.set(`${row}.total`, parts.reduce((s, [, v]) => s + v, 0));
  }
  return values;
}

/**
 * Fresh numbers for a template's slots. Most reports add up (as real ones mostly do); a share
 * (`noisy`) gets independent random numbers, which makes the validator report many errors.
 */
function numbersFor(tpl, rand, noisy) {
  const byPath = noisy ? new Map() : plausibleValues(tpl, rand);
  let k = 0;
  return tpl.lines.flatMap((l) =>
    typeof l === 'string'
      ? []
      : l.filter(isSlot).map((slot) => {
          const path = tpl.slotPaths?.get(k++);
          const planned = path !== undefined ? byPath.get(path) : undefined;
          const magnitude = planned ?? count(rand, 2);
          const body = slot.decimals ? (planned ?? magnitude + rand()).toFixed(slot.decimals) : String(magnitude);
          return slot.sign === '-' && magnitude !== 0 ? `-${body}` : body;
        }),
  );
}

/** Slot index → JSON path of the cell it fills, found by parsing the template with slot k printing k + 1. */
function slotPaths(tpl, parseReport) {
  const markers = [];
  for (const l of tpl.lines) if (typeof l !== 'string') for (const c of l) if (isSlot(c)) markers.push(String(markers.length + 1));
  const report = parseReport(render(tpl, 'tabs', markers), { file: tpl.path });
  const paths = new Map();
  const walk = (node, path) => {
    if (typeof node === 'number') {
      if (Number.isInteger(node) && node >= 1 && node <= markers.length && !paths.has(node - 1)) paths.set(node - 1, path);
    } else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
  };
  walk({ activeDisclosure: report.activeDisclosure, applications: report.applications, reviewLitigation: report.reviewLitigation }, '');
  return paths;
}

/** Render one row line (cells with numbers filled in) in a layout; returns the printed lines. */
function renderRow(cells, layout) {
  if (layout === 'tabs') return [cells.join('\t')];
  const filled = cells.map((c) => c.trim());
  const nonEmpty = filled.filter((c) => c !== '');
  if (nonEmpty.length < 2) {
    // A one-cell line (already one cell per line, or a lone label): as printed, or its cell alone.
    if (layout === 'cells') return [cells.join('\t')];
    return [nonEmpty.length ? `  ${nonEmpty[0]}` : ''];
  }
  const firstValue = filled.findIndex((c) => NUMERIC_CELL.test(c) && c !== '');
  let lastFilled = filled.length - 1;
  while (lastFilled >= 0 && filled[lastFilled] === '') lastFilled--;
  if (layout === 'cells') {
    const out = [];
    filled.forEach((c, i) => {
      if (i > lastFilled) return;
      if (firstValue >= 0 && i >= firstValue) out.push(`\t${c}`); // value area: blanks kept as `\t`
      else if (c !== '') out.push(`\t${c}`);
    });
    out.push('');
    return out;
  }
  // spaces: pdftotext -layout. Label cells left-aligned to 24 columns, values right-aligned to 8.
  const parts = filled.slice(0, lastFilled + 1).map((c, i) => {
    if (c === '') return '';
    return firstValue >= 0 && i >= firstValue ? c.padStart(8) : c.padEnd(24);
  });
  return [`    ${parts.filter((p) => p !== '').join('  ')}`];
}

function render(tpl, layout, numbers) {
  let k = 0;
  const out = [];
  for (const line of tpl.lines) {
    if (typeof line === 'string') {
      out.push(line);
      continue;
    }
    const cells = line.map((c) => {
      const text = cellText(c, numbers, k);
      if (isSlot(c)) k++;
      return text;
    });
    out.push(...renderRow(cells, layout));
  }
  return out.join('\n');
}

/**
 * A template printed in a layout with its own numbers, as the fixture prints them: its prose then
 * agrees with its tables (test/crosscheck-corpus.test.ts holds text-table to silence on it).
 */
export function renderOriginal(tpl, layout) {
  const numbers = [];
  for (const l of tpl.lines) if (typeof l !== 'string') for (const c of l) if (isSlot(c)) numbers.push(c.printed);
  return render(tpl, layout, numbers);
}

const tablesOf = (report) =>
  JSON.stringify([report.format, report.activeDisclosure, report.applications, report.reviewLitigation]);

/**
 * The (fixture, layout) pairs the corpus uses: every fixture in `tabs`, and each other layout where
 * the parser reads the same tables from it as from `tabs` (checked with random numbers, so a cell
 * shifted by a layout shows).
 */
export async function templates(seed) {
  const { parseReport } = await import(join(ROOT, 'dist', 'index.js'));
  const rand = prng(seed ^ 0x7e3a);
  const out = [];
  const rejected = [];
  for (const path of sourceFixtures()) {
    const tpl = template(path);
    if (tpl.slots === 0) continue;
    tpl.slotPaths = slotPaths(tpl, parseReport);
    const numbers = numbersFor(tpl, rand, true);
    const reference = tablesOf(parseReport(render(tpl, 'tabs', numbers), { file: path }));
    for (const layout of LAYOUTS) {
      const ok = layout === 'tabs' || tablesOf(parseReport(render(tpl, layout, numbers), { file: path })) === reference;
      (ok ? out : rejected).push({ tpl, layout });
    }
  }
  return { usable: out, rejected: rejected.map((r) => `${r.tpl.path}:${r.layout}`) };
}

function encode(text, rand) {
  const r = rand();
  const crlf = rand() < 0.15;
  const body = crlf ? text.replace(/\n/g, '\r\n') : text;
  if (r < 0.55) return { bytes: Buffer.from(body, 'utf8'), encoding: 'utf-8', crlf };
  if (r < 0.65) return { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]), encoding: 'utf-8-bom', crlf };
  return { bytes: iconv.encode(body, 'gb18030'), encoding: 'gb18030', crlf };
}

/**
 * Write N reports under `dir` (100 files a folder: d000/, d001/, …). Reuses the folder when its
 * manifest says it holds the same corpus.
 */
export async function buildCorpus({ n, dir, seed = 20261122, noisy = 0.1 }) {
  const manifestPath = join(dir, 'manifest.json');
  const want = { generator: GENERATOR_VERSION, n, seed, noisy };
  if (existsSync(manifestPath)) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (m.benchCorpus !== true) throw new Error(`${dir} holds a manifest.json that is not a bench corpus's; not touching it`);
    if (m.generator === want.generator && m.n === want.n && m.seed === want.seed && m.noisy === want.noisy) return { ...m, reused: true, dir };
    rmSync(dir, { recursive: true, force: true });
  } else if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error(`${dir} is not empty and holds no bench corpus; give an empty or new folder`);
  }
  mkdirSync(dir, { recursive: true });
  const { usable, rejected } = await templates(seed);
  const rand = prng(seed);
  const stats = { encodings: {}, layouts: {}, crlf: 0, noisyReports: 0, bytes: 0 };
  for (let i = 0; i < n; i++) {
    const { tpl, layout } = usable[Math.floor(rand() * usable.length)];
    const isNoisy = rand() < noisy;
    const text = render(tpl, layout, numbersFor(tpl, rand, isNoisy));
    const { bytes, encoding, crlf } = encode(text, rand);
    const sub = join(dir, `d${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `r${String(i).padStart(6, '0')}.txt`), bytes);
    stats.encodings[encoding] = (stats.encodings[encoding] ?? 0) + 1;
    stats.layouts[layout] = (stats.layouts[layout] ?? 0) + 1;
    if (crlf) stats.crlf++;
    if (isNoisy) stats.noisyReports++;
    stats.bytes += bytes.length;
  }
  const manifest = {
    benchCorpus: true,
    ...want,
    ...stats,
    templates: usable.map((u) => `${u.tpl.path}:${u.layout}`),
    rejectedTemplates: rejected,
  };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { ...manifest, reused: false, dir };
}

/** Every .txt below `dir`, sorted (the order a folder argument is read in). */
export function listCorpus(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export const corpusBytes = (files) => files.reduce((s, f) => s + statSync(f).size, 0);
export { relative };
