#!/usr/bin/env node
/**
 * Writes fixtures/damaged/<family>/: a few instances of each damaged layout of issue 16
 * (scripts/damaged.mjs), chosen to cover each family's variants, from the golden reports.
 *
 *   <family>/<nn>-<source>.txt            the report as the conversion left it
 *   <family>/<nn>-<source>.expected.json  { family, layout, title, source, parameters, notes,
 *                                           diagnostics, expected, designed }
 *
 * `designed` is the values the report was printed with, `expected` what a parser must give
 * (null where the layout is truly ambiguous), `diagnostics` what it must say (an `optional` one
 * may be said or not), `notes` why — all from the generators' own oracles, never from the
 * parser. Deterministic (seeded PRNG). fixtures/damaged/pdftotext/ is written by
 * scripts/make-pdftotext-fixtures.mjs and left alone here.
 *
 * Usage: node scripts/make-damaged-fixtures.mjs
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { FAMILIES, loadGoldens } from './damaged.mjs';
import { mulberry32 } from './prng.mjs';
import { optionsOf } from './args.mjs';

optionsOf('make-damaged-fixtures', 'node scripts/make-damaged-fixtures.mjs  (writes fixtures/damaged/<family>/ for the families of scripts/damaged.mjs)', {});

const ROOT = new URL('../', import.meta.url);
const OUT = new URL('../fixtures/damaged/', import.meta.url);

/**
 * Per family, the instances written: [source, wanted parameters]. The rest of each instance's
 * parameters are drawn from its own seed.
 */
const PLAN = {
  'labels-first': [
    ['003', { shape: 'block', lose: false, numbers: 'pipes', style: 'tabs', wrapShare: 0 }],
    ['000', { shape: 'block', lose: false, numbers: 'tabs', style: 'pipes', wrapShare: 1 }],
    ['2019-tabs', { shape: 'block', lose: false, numbers: 'spaces', style: 'spaces', wrapShare: 0.5 }],
    ['002', { shape: 'block', lose: true, numbers: 'pipes', style: 'tabs', wrapShare: 1 }],
    ['2020-mixed', { shape: 'block', lose: true, numbers: 'tabs', style: 'pipes', wrapShare: 0 }],
    ['001', { shape: 'wrap', style: 'spaces' }],
    ['2019-cells', { shape: 'wrap', style: 'tabs' }],
  ],
  'column-by-column': [
    ['003', { labels: 'before', pageBreak: false, columnHeads: false, blankLines: true }],
    ['001', { labels: 'after', pageBreak: false, columnHeads: true, blankLines: false }],
    ['004', { labels: 'before', pageBreak: true, columnHeads: false, blankLines: false }],
    ['2019-tabs', { labels: 'before', pageBreak: false, columnHeads: true, blankLines: true }],
    ['2020-mixed', { labels: 'before', pageBreak: true, columnHeads: true, blankLines: true }],
  ],
  'unlabelled-rows': [
    ['003', { lose: false, labelsAt: 'after-table', style: 'tabs' }],
    ['002', { lose: false, adjacent: true, labelsAt: 'never', style: 'pipes' }],
    ['2019-tabs', { lose: false, labelsAt: 'after-part4', style: 'spaces' }],
    ['000', { lose: true, labelsAt: 'after-table', style: 'tabs' }],
    ['2019-cells', { lose: true, labelsAt: 'never', style: 'pipes' }],
    // The first row without its label, right under the header line that ends in 其他.
    ['001', { lose: false, rows: [0], labelsAt: 'after-table', style: 'spaces' }],
  ],
  'part4-three-tables': [
    ['003', { headings: 'plain', style: 'tabs', order: 'form' }],
    ['001', { headings: 'numbered', style: 'pipes', order: 'form' }],
    ['2019-tabs', { headings: 'bold', style: 'spaces', order: 'form' }],
    ['002', { headings: 'caption', style: 'cells', order: 'form' }],
    ['2020-mixed', { headings: 'parent', style: 'tabs', order: 'form' }],
    ['004', { headings: 'plain', style: 'pipes', order: 'litigation-first' }],
  ],
  'wrong-header': [
    ['003', { header: 'placeholder', split: 'groups' }],
    ['000', { header: 'placeholder-seven', split: 'random' }],
    ['001', { header: 'part2-header', split: 'groups' }],
    ['004', { header: 'part4-header', split: 'groups' }],
    ['2019-tabs', { header: 'other-table', split: 'groups' }],
    ['002', { header: 'other-table', split: 'random' }],
  ],
  'junk-row': [
    ['003', { repeat: 'sub' }],
    ['2019-tabs', { repeat: 'sub' }],
    ['000', { repeat: 'total' }],
    ['002', { repeat: 'both' }],
  ],
  'heading-drift': [
    ['003', { damage: { 2: 'ok', 3: 'ok', 4: 'typo' }, style: 'tabs' }],
    ['001', { damage: { 2: 'no-numeral', 3: 'no-numeral', 4: 'no-numeral' }, style: 'pipes' }],
    ['002', { damage: { 2: 'run-in', 3: 'ok', 4: 'ok' }, style: 'tabs' }],
    ['2019-tabs', { damage: { 2: 'ok', 3: 'absent', 4: 'ok' }, style: 'spaces' }],
    ['004', { damage: { 2: 'typo', 3: 'run-in', 4: 'absent' }, style: 'tabs' }],
    ['2020-mixed', { damage: { 2: 'absent', 3: 'typo', 4: 'run-in' }, style: 'pipes' }],
  ],
  'signed-runs': [
    ['2019-tabs', { labelGlue: 1, fullWidth: false }],
    ['2019-cells', { labelGlue: 0, fullWidth: false }],
    ['2020-mixed', { labelGlue: 0.5, fullWidth: true }],
    ['2019-tabs', { labelGlue: 0.5, fullWidth: false }],
    // The issue's own examples: 行政许可0+11 and 3-12.
    ['2019-cells', { labelGlue: 1, fullWidth: false, values: { licensing: [0, 1, 1], punishment: [3, -1, 2] } }],
  ],
  'normative-label': [
    ['003', { style: 'tabs', headers: true }],
    ['001', { style: 'spaces', headers: true }],
    ['004', { style: 'pipes', headers: false }],
  ],
  'agreeing-cuts': [
    ['003', { disputed: 1, headerOnLine: false }],
    ['2019-tabs', { disputed: 1, headerOnLine: true }],
    ['000', { disputed: 2, headerOnLine: false }],
    ['2020-mixed', { disputed: 2, headerOnLine: false }],
  ],
};

/** A seed per (family, instance), so adding an instance leaves the others as they were. */
const seedOf = (name, k) => [...`${name}#${k}`].reduce((h, c) => (Math.imul(h, 31) + c.codePointAt(0)) >>> 0, 0x9e3779b1);

const sources = new Map(loadGoldens(ROOT).map((s) => [s.short, s]));
let written = 0;
for (const family of FAMILIES) {
  const plan = PLAN[family.name];
  if (!plan) throw new Error(`no plan for ${family.name}`);
  const folder = new URL(`${family.name}/`, OUT);
  if (existsSync(folder)) for (const file of readdirSync(folder)) rmSync(new URL(file, folder));
  mkdirSync(folder, { recursive: true });
  plan.forEach(([short, want], k) => {
    const source = sources.get(short);
    if (!family.formats.includes(source.golden.format)) throw new Error(`${family.name}: ${short} is not of a form the family applies to`);
    const params = family.randomParams(mulberry32(seedOf(family.name, k)), source, want);
    const f = family.generate(source, params);
    const name = `${String(k + 1).padStart(2, '0')}-${short}`;
    const expected = {
      family: f.family,
      layout: f.layout,
      title: family.title,
      source: source.name,
      parameters: f.parameters,
      notes: f.notes,
      diagnostics: f.diagnostics,
      expected: f.expected,
      designed: f.designed,
    };
    writeFileSync(new URL(`${name}.txt`, folder), f.text);
    writeFileSync(new URL(`${name}.expected.json`, folder), `${JSON.stringify(expected, null, 2)}\n`);
    written++;
  });
}
console.log(`wrote ${written} damaged fixtures to fixtures/damaged/`);
