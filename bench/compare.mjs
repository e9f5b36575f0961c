#!/usr/bin/env node
/**
 * Does a change to the parser change any output? Parses the same inputs with two builds of the
 * library and compares `JSON.stringify(parseReport(bytes, { file }))` byte for byte. For
 * performance work, where the output must not move at all.
 *
 *   node bench/compare.mjs --base /tmp/ref/dist [--dist dist] [--n 3000] [--fuzz 3000] [--seed 1]
 *
 *   --base DIR    the build to compare against (a copy of dist/ made before the change; it needs
 *                 node_modules beside it: `cp -r dist /tmp/ref/dist && ln -s $PWD/node_modules /tmp/ref/`)
 *   --dist DIR    the candidate build (default dist/)
 *   --n N         bench corpus reports (bench/corpus.mjs: renumbered, re-laid-out, mixed encodings)
 *   --fuzz N      fuzz cases (scripts/fuzz.mjs's mutation engine, `sample` scale), from --seed
 *   --ignore KEY  leave out this dotted key of both reports (e.g. `source.type`, which a build
 *                 from before the readers does not have); repeatable
 *   --show N      print the first N differences (default 10)
 *
 * Every fixture under fixtures/ is compared too. Prints the first differences and exits 1 if any.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCorpus, listCorpus } from './corpus.mjs';
import { loadSources, makeCase } from '../scripts/fuzz.mjs';
import { ROOT, comparisonOptions, difference } from './comparing.mjs';

function parseArgs(argv) {
  const o = comparisonOptions(argv, { n: { type: 'string' }, fuzz: { type: 'string' }, ignore: { type: 'string', multiple: true } });
  return { ...o, n: Number(o.values.n ?? 3000), fuzz: Number(o.values.fuzz ?? 3000), ignore: (o.values.ignore ?? []).map((key) => key.split('.')) };
}

function* fixtureInputs() {
  const walk = function* (dir) {
    for (const e of readdirSync(dir).sort()) {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) yield* walk(p);
      else if (e.endsWith('.txt')) yield { name: relative(ROOT, p), bytes: readFileSync(p) };
    }
  };
  yield* walk(join(ROOT, 'fixtures'));
}

/** The report without the given keys (each a list of property names, a path from the root). */
function without(report, keys) {
  for (const path of keys) {
    let node = report;
    for (const k of path.slice(0, -1)) node = node?.[k];
    if (node && typeof node === 'object') delete node[path.at(-1)];
  }
  return report;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const base = await import(pathToFileURL(join(o.base, 'index.js')).href);
  const cand = await import(pathToFileURL(join(o.dist, 'index.js')).href);
  let compared = 0;
  const diffs = [];
  const compare = (name, input) => {
    compared++;
    const a = JSON.stringify(without(base.parseReport(input, { file: name }), o.ignore));
    const b = JSON.stringify(without(cand.parseReport(input, { file: name }), o.ignore));
    const d = difference(name, a, b);
    if (d) diffs.push(d);
  };

  for (const f of fixtureInputs()) compare(f.name, f.bytes);
  const fixtures = compared;

  let dir = null;
  if (o.n > 0) {
    dir = mkdtempSync(join(tmpdir(), 'gov-report-compare-'));
    await buildCorpus({ n: o.n, dir });
    for (const f of listCorpus(dir)) compare(relative(dir, f), readFileSync(f));
    rmSync(dir, { recursive: true, force: true });
  }

  const sources = loadSources(ROOT);
  for (let i = 0; i < o.fuzz; i++) {
    const c = makeCase(sources, o.seed, i, 'sample');
    compare(`fuzz seed ${o.seed} case ${i}`, c.input);
  }

  console.log(`compare: ${compared} inputs (${fixtures} fixtures, ${o.n} corpus, ${o.fuzz} fuzz), ${diffs.length} differ`);
  for (const d of diffs.slice(0, o.show)) console.log(d);
  process.exit(diffs.length ? 1 : 0);
}

await main();
