#!/usr/bin/env node
/**
 * Numbers a line break cut between two digits (issue 16): `3444` printed as `34` at the end of one
 * line and `44` at the start of the next, or each on a line of its own. Every number of two or
 * more digits of every fixture whose designed values are known is cut between every pair of its
 * digits, and each cut input is parsed and its cells counted against the design: right, null, and
 * WRONG (a number that is not the designed one — which must never happen).
 *
 * Two ways the break falls, both counted:
 *   wrap   the line breaks inside the number, the rest of the line stays with the second piece
 *          (`行政许可⇥29` / `41⇥⇥`), the way a converter wraps a long line;
 *   alone  the second piece on a line of its own, the rest of the line after it (`行政许可⇥29` /
 *          `41` / `⇥⇥`): only where the line goes on after the number (else it is `wrap`). This
 *          also breaks the line between two cells; a cell read wrong the same with only that
 *          break (the number whole) is counted apart, as that break's, not the cut's.
 * A cell the source reads wrong uncut (a document's text may) is not counted either.
 * A number alone on its line (plain pdftotext, column by column) is cut one way: its pieces each
 * on a line of their own.
 *
 * The fixtures are every designed one of fixtures/ (tab rows, markdown pipes, one number a line,
 * column by column, labels first, run together, the 2019 form), and with --documents the text the
 * readers extract from fixtures/documents/ (web pages and Word files of the goldens).
 *
 *   npm run build && node scripts/digit-splits.mjs              # every cut; the wrong ones listed
 *   node scripts/digit-splits.mjs --documents                   # and the documents' text
 *   node scripts/digit-splits.mjs --sample 200 --seed 16        # a deterministic sample of the cuts
 *   node scripts/digit-splits.mjs --per-folder 6 --seed 16      # 6 cuts of each folder: the test's sample
 *   node scripts/digit-splits.mjs --only pdftotext --list 50    # some fixtures; show 50 wrong cuts
 *   node scripts/digit-splits.mjs --part 1/2                    # every second cut (run 1/2 and 2/2 side by side)
 *   GOV_REPORT_DIST=/tmp/base/dist/index.js node scripts/digit-splits.mjs   # another build
 *
 * Exits 1 when any cell is wrong. test/digit-splits.test.ts runs a sample of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { designedSources, loadSources } from './fuzz.mjs';
import { mulberry32 } from './prng.mjs';
import { classify, designedFor } from './promise.mjs';
import { GOLDEN_SOURCES } from './goldens.mjs';
import { optionsOf } from './args.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A run of two or more digits (ASCII or full-width): a number a break may cut between its digits. */
const DIGITS = /[0-9０-９]{2,}/g;

/**
 * Every cut of every source: { name, designed, lines, i, k, end, how } — line `i` cut at `k`
 * (between two digits of the number that ends at `end`), `how` wrap or alone. In source order.
 */
export function digitSplits(sources) {
  const out = [];
  for (const { name, text, designed } of sources) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      for (const m of line.matchAll(DIGITS)) {
        const end = m.index + m[0].length;
        const goesOn = line.slice(end).trim() !== '';
        for (let k = m.index + 1; k < end; k++) {
          out.push({ name, designed, lines, i, k, end, how: 'wrap' });
          if (goesOn) out.push({ name, designed, lines, i, k, end, how: 'alone' });
        }
      }
    }
  }
  return out;
}

/** The input a cut makes. */
export function cutInput({ lines, i, k, end, how }) {
  const line = lines[i];
  const pieces = how === 'wrap' ? [line.slice(0, k), line.slice(k)] : [line.slice(0, k), line.slice(k, end), line.slice(end)];
  return [...lines.slice(0, i), ...pieces, ...lines.slice(i + 1)].join('\n');
}

/** Where a cut is, for a person: the source, its line, and the text either side of the break. */
export function describeCut({ name, lines, i, k, end, how }) {
  const line = lines[i];
  return `${name} line ${i + 1} ${how} ${JSON.stringify(line.slice(Math.max(0, k - 12), k))} / ${JSON.stringify(line.slice(k, how === 'wrap' ? k + 12 : end))}`;
}

/**
 * The cells a source reads wrong before any cut (by path, the value read): a cut is not blamed for
 * them. Every designed fixture reads none (scripts/wrong-values.mjs --all); a document's text may.
 */
const uncutWrong = new WeakMap();
function wrongUncut(library, source) {
  let wrong = uncutWrong.get(source.lines);
  if (wrong === undefined) {
    const report = library.parseReport(source.lines.join('\n'), { file: 'uncut.txt' });
    wrong = new Map(classify(report, source.designed).cells.filter((c) => c.verdict === 'wrong').map((c) => [c.path, c.got]));
    uncutWrong.set(source.lines, wrong);
  }
  return wrong;
}

/**
 * Parse the cut input and classify its cells: { report, cells, right, nulls, silent, wrong: [cell],
 * before } — `wrong` the cells the cut made wrong, `before` those already wrong uncut, read the same.
 */
export function checkSplit(library, split) {
  const report = library.parseReport(cutInput(split), { file: 'cut.txt' });
  const cells = classify(report, split.designed).cells;
  const wrong = cells.filter((c) => c.verdict === 'wrong');
  const uncut = wrongUncut(library, split);
  const same = (map) => (c) => map.has(c.path) && map.get(c.path) === c.got;
  // `alone` also breaks the line after the number, between two cells: a cell read wrong so with
  // the number whole (`行政强制46` / `－85755`) is that break's doing, not the cut's.
  const unbroken = wrong.length > 0 && split.how === 'alone' ? wrongAt(library, split, endBreak(split)) : new Map();
  return {
    report,
    cells: cells.length,
    right: cells.filter((c) => c.verdict === 'right').length,
    nulls: cells.filter((c) => c.verdict === 'null-diagnosed' || c.verdict === 'null-silent').length,
    silent: cells.filter((c) => c.verdict === 'null-silent').length,
    wrong: wrong.filter((c) => !same(uncut)(c) && !same(unbroken)(c)),
    before: wrong.filter(same(uncut)).length,
    broken: wrong.filter((c) => !same(uncut)(c) && same(unbroken)(c)).length,
  };
}

/** The input with only the break after the number (the line cut at `end`, the number whole). */
const endBreak = ({ lines, i, end }) => [...lines.slice(0, i), lines[i].slice(0, end), lines[i].slice(end), ...lines.slice(i + 1)].join('\n');

/** The wrong cells of an input, by path: the value read. */
function wrongAt(library, split, input) {
  const report = library.parseReport(input, { file: 'cut.txt' });
  return new Map(classify(report, split.designed).cells.filter((c) => c.verdict === 'wrong').map((c) => [c.path, c.got]));
}

/** The designed fixtures of fixtures/, as { name, text, designed }. */
export function designedFixtures(root = ROOT) {
  const sources = loadSources(root);
  const designed = designedSources(sources, root);
  return sources.flatMap((s) => (designed.get(s.name) ? [{ name: s.name, text: s.text, designed: designed.get(s.name) }] : []));
}

/**
 * The text the readers extract from the web pages, Word files and PDFs of fixtures/documents/
 * whose golden is known (named `<golden stem>.…`), as { name, text, designed }; each distinct text
 * once (a page and a Word file of one golden often extract the same lines).
 */
export async function documentSources(library, root = ROOT) {
  const folder = join(root, 'fixtures/documents');
  const seen = new Set();
  const out = [];
  for (const entry of readdirSync(folder).sort()) {
    if (!/\.(html|docx|pdf)$/.test(entry)) continue;
    const golden = Object.values(GOLDEN_SOURCES).find((base) => entry.startsWith(`${base.split('/').pop()}.`));
    const designed = golden ? designedFor(`${golden}.txt`, root) : null;
    if (!designed) continue;
    const parsed = await library.parseDocumentWithLayout(new Uint8Array(readFileSync(join(folder, entry))), { file: entry });
    const text = parsed.extracted?.lines.join('\n');
    if (text === undefined || seen.has(text)) continue;
    seen.add(text);
    out.push({ name: `fixtures/documents/${entry} (text)`, text, designed });
  }
  return out;
}

async function main() {
  const values = optionsOf('digit-splits', 'node scripts/digit-splits.mjs [--sample N] [--per-folder N] [--seed N] [--only SUBSTRING] [--list N] [--part K/N] [--documents]', {
    sample: { type: 'string' },
    'per-folder': { type: 'string' },
    seed: { type: 'string', default: '16' },
    only: { type: 'string' },
    list: { type: 'string', default: '40' },
    part: { type: 'string' },
    documents: { type: 'boolean', default: false },
  });
  const dist = process.env.GOV_REPORT_DIST ? pathToFileURL(process.env.GOV_REPORT_DIST).href : new URL('../dist/index.js', import.meta.url).href;
  const library = await import(dist);
  let sources = designedFixtures();
  if (values.documents) sources = [...sources, ...(await documentSources(library))];
  if (values.only) sources = sources.filter((s) => s.name.includes(values.only));
  let splits = digitSplits(sources);
  if (values.sample) splits = sampleOf(splits, Number(values.sample), Number(values.seed));
  if (values['per-folder']) splits = samplePerFolder(splits, Number(values['per-folder']), Number(values.seed));
  if (values.part) {
    const [at, of] = values.part.split('/').map(Number);
    splits = splits.filter((_, n) => n % of === at - 1);
  }
  const started = process.cpuUsage();
  const totals = { inputs: 0, cells: 0, right: 0, nulls: 0, silent: 0, wrong: 0, inputsWrong: 0, before: 0, broken: 0 };
  const byHow = { wrap: { inputs: 0, wrong: 0 }, alone: { inputs: 0, wrong: 0 } };
  const byFolder = new Map();
  const shown = [];
  for (const split of splits) {
    const r = checkSplit(library, split);
    totals.inputs++;
    totals.cells += r.cells;
    totals.right += r.right;
    totals.nulls += r.nulls;
    totals.silent += r.silent;
    totals.before += r.before;
    totals.broken += r.broken;
    byHow[split.how].inputs++;
    if (r.wrong.length === 0) continue;
    totals.wrong += r.wrong.length;
    totals.inputsWrong++;
    byHow[split.how].wrong += r.wrong.length;
    const folder = split.name.split('/').slice(0, -1).join('/');
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + r.wrong.length);
    if (shown.length < Number(values.list)) {
      shown.push(`WRONG ${describeCut(split)}: ${r.wrong.map((c) => `${c.path} designed ${c.designed}, got ${c.got}`).join('; ')}`);
    }
  }
  const cpu = process.cpuUsage(started);
  for (const line of shown) process.stdout.write(`${line}\n`);
  process.stdout.write(
    `digit splits: ${totals.inputs} inputs (${byHow.wrap.inputs} wrap, ${byHow.alone.inputs} alone) from ${sources.length} sources; ` +
      `cells ${totals.cells}: right ${totals.right}, null ${totals.nulls} (${totals.silent} silent), WRONG ${totals.wrong} in ${totals.inputsWrong} inputs` +
      (totals.before ? ` (and ${totals.before} wrong as in the source uncut, not counted)` : '') +
      (totals.broken ? ` (and ${totals.broken} wrong as with the line broken after the number only, not counted)` : '') +
      (totals.wrong ? ` (wrap ${byHow.wrap.wrong}, alone ${byHow.alone.wrong}; by folder ${[...byFolder].map(([f, n]) => `${f} ${n}`).join(', ')})` : '') +
      `; ${Math.round((cpu.user + cpu.system) / 1e6)} s CPU\n`,
  );
  process.exit(totals.wrong > 0 ? 1 : 0);
}

/** `n` splits of each folder of fixtures (sampleOf each), in source order: what the test runs. */
export function samplePerFolder(splits, n, seed) {
  const byFolder = new Map();
  for (const split of splits) {
    const folder = split.name.split('/').slice(0, -1).join('/');
    // Pushed, not spread into a new array each time: a folder may print 100,000 digits (pandoc's
    // Markdown of a web page keeps its style attributes), and copying was quadratic.
    const group = byFolder.get(folder);
    if (group) group.push(split);
    else byFolder.set(folder, [split]);
  }
  return [...byFolder.values()].flatMap((group) => sampleOf(group, n, seed));
}

/** `n` of the splits, chosen with a seeded generator (the same every run), in source order. */
export function sampleOf(splits, n, seed) {
  const rng = mulberry32(seed);
  const picked = new Set();
  while (picked.size < Math.min(n, splits.length)) picked.add(Math.floor(rng() * splits.length));
  return [...picked].sort((a, b) => a - b).map((at) => splits[at]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
