#!/usr/bin/env node
/**
 * Time each stage of the pipeline on its own, in µs a report, over a corpus held in memory:
 * where the parse's time goes, without I/O, start-up or the pool. Warm: the loop runs a few times
 * and the last round is printed.
 *
 *   node bench/stages.mjs [--n 2000] [--dir CORPUS] [--dist DIR] [--rounds 4]
 *
 * Two builds side by side: run it once per `--dist`, alternately, and compare the minimums (the
 * machine's load moves single runs by ±10 %).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCorpus, listCorpus } from './corpus.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const o = { n: 2000, dir: null, dist: join(ROOT, 'dist'), rounds: 4 };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  const v = () => process.argv[++i];
  if (a === '--n') o.n = Number(v());
  else if (a === '--dir') o.dir = resolve(v());
  else if (a === '--dist') o.dist = resolve(v());
  else if (a === '--rounds') o.rounds = Number(v());
  else throw new Error(`unknown option ${a}`);
}

/** A module of the build by its path, or by the path it had before (to time an older build side by side). */
const load = async (...paths) => {
  for (const path of paths) if (existsSync(join(o.dist, path))) return import(pathToFileURL(join(o.dist, path)).href);
  throw new Error(`none of ${paths.join(', ')} in ${o.dist}`);
};
const { decode } = await load('decode/decode.js', 'decode/index.js');
const { normalize } = await load('normalize/normalize.js', 'normalize/index.js');
const { splitIntoSections } = await load('sections/splitIntoSections.js', 'sections/index.js');
const { extractMeta } = await load('meta/extractMeta.js', 'meta/index.js');
const { tokenize } = await load('tokenize/tokenize.js', 'tokenize/index.js');
const tables = await load('tables/tables.js', 'tables/index.js');
const { parseReport, validateReport } = await load('report.js');

let dir = o.dir;
if (!dir) {
  dir = mkdtempSync(join(tmpdir(), 'gov-report-stages-'));
  await buildCorpus({ n: o.n, dir });
}
const bytes = listCorpus(dir).map((f) => readFileSync(f));
if (!o.dir) rmSync(dir, { recursive: true, force: true });

const texts = bytes.map((b) => decode(b).text);
const T = {};
const time = (stage, fn) => {
  const t = performance.now();
  const r = fn();
  T[stage] = (T[stage] ?? 0) + performance.now() - t;
  return r;
};
for (let round = 0; round < o.rounds; round++) {
  for (const k in T) T[k] = 0;
  for (const b of bytes) time('decode', () => decode(b));
  for (const text of texts) {
    const lines = time('normalize', () => normalize(text));
    const s = time('sections', () => splitIntoSections(lines));
    time('meta', () => extractMeta(s, lines));
    const [p2, p3, p4] = time('tokenize', () => [2, 3, 4].map((p) => (s.parts[p] ? tokenize(s.parts[p].body) : [])));
    time('tables', () => {
      const format = tables.detectFormat(p2);
      tables.activeDisclosureTable(p2, format ?? '2021', { line: 1 });
      tables.applicationTable(p3, { line: 1 });
      tables.reviewLitigationTable(p4, { line: 1 });
    });
    const report = time('parseReport(text)', () => parseReport(text));
    time('validate', () => validateReport(report));
    time('JSON.stringify', () => JSON.stringify(report));
  }
}
console.log(`${bytes.length} reports, ${o.dist}`);
for (const k in T) console.log(`${k.padEnd(20)} ${((T[k] * 1000) / bytes.length).toFixed(1).padStart(7)} µs`);
