/**
 * The false-positive rate of text-table, measured (issue 19): how many figures the prose states
 * about the tables are read, and how many warnings come out, over
 *   1. every fixture of the repository (the five real seed reports among them), the prose
 *      variants stated wrong apart (each must give exactly its one warning);
 *   2. every (fixture, layout) pair of the bench corpus printed with the fixture's own numbers
 *      (tabs, one cell per line, pdftotext-style spaces), in UTF-8 and GB18030 with CRLF;
 *   3. the bench corpus itself (generated reports whose tables get fresh numbers while the prose
 *      keeps the seed's): there a warning is a true disagreement, counted for information.
 * Run after `npm run build`: `node scripts/measure-text-table.mjs [--corpus N]`.
 * A false positive is a warning on a text whose prose agrees with its tables (groups 1 and 2, the
 * wrong variants' single expected warning aside); the rate must be 0.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { buildCorpus, listCorpus, renderOriginal, templates } from '../bench/corpus.mjs';
import { parseWithLayout } from '../dist/index.js';

const corpusSize = Number(process.argv[process.argv.indexOf('--corpus') + 1]) || 3000;

function* txtFiles(dir) {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* txtFiles(path);
    else if (entry.endsWith('.txt')) yield path;
  }
}

function measure(label, inputs) {
  let texts = 0;
  let figures = 0;
  const warnings = [];
  for (const { name, input } of inputs) {
    const { report, layout } = parseWithLayout(input, { file: name });
    texts++;
    figures += layout.figures?.length ?? 0;
    for (const d of report.diagnostics) if (d.code === 'text-table') warnings.push(`${name}: ${d.message}`);
  }
  return { label, texts, figures, warnings };
}

const print = ({ label, texts, figures, warnings }, falsePositives = warnings.length) => {
  console.log(`${label}: ${texts} texts, ${figures} figures read, ${warnings.length} warnings, false positives ${falsePositives} (${((100 * falsePositives) / Math.max(figures, 1)).toFixed(2)}% of figures)`);
};

const fixtures = [...txtFiles('fixtures')];
const isWrong = (f) => /^fixtures\/prose\/.*-wrong-/.test(f);
const agreeing = measure('fixtures (all but the prose variants stated wrong)', fixtures.filter((f) => !isWrong(f)).map((f) => ({ name: f, input: readFileSync(f) })));
print(agreeing);
for (const w of agreeing.warnings) console.log(`  ${w}`);
const wrong = measure('fixtures/prose/*-wrong-*', fixtures.filter(isWrong).map((f) => ({ name: f, input: readFileSync(f) })));
const wrongFiles = fixtures.filter(isWrong).length;
console.log(`fixtures/prose/*-wrong-*: ${wrong.texts} texts, ${wrong.warnings.length} warnings (expected ${wrongFiles}: one each)`);

const { usable } = await templates(20261122);
const originals = [];
for (const { tpl, layout } of usable) {
  const text = renderOriginal(tpl, layout);
  originals.push({ name: `${tpl.path} (${layout}, utf-8)`, input: text });
  originals.push({ name: `${tpl.path} (${layout}, gb18030 crlf)`, input: iconv.encode(text.replace(/\n/g, '\r\n'), 'gb18030') });
}
const laidOut = measure('bench layouts, the fixtures’ own numbers', originals);
print(laidOut);
for (const w of laidOut.warnings) console.log(`  ${w}`);

const dir = mkdtempSync(join(tmpdir(), 'text-table-corpus-'));
try {
  await buildCorpus({ n: corpusSize, dir });
  const generated = measure(`bench corpus (${corpusSize} reports, fresh numbers: warnings are true disagreements)`, listCorpus(dir).map((f) => ({ name: f, input: readFileSync(f) })));
  console.log(`${generated.label}: ${generated.texts} texts, ${generated.figures} figures read, ${generated.warnings.length} warnings`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = agreeing.warnings.length + laidOut.warnings.length === 0 && wrong.warnings.length === wrongFiles ? 0 : 1;
