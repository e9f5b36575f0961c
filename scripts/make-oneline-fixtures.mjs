#!/usr/bin/env node
/**
 * Writes fixtures/damaged/oneline/: reports whose text was run into one line, as a crawler or a
 * database column that collapses white space keeps the text of a PDF (every line break and run of
 * spaces one space). The labels a PDF wraps around their numbers then stand inside the line
 * (`… 364 开出版物 4.无正当理由 20 136 …`), its pages' running heads and `— 1 —` feet between rows.
 *
 *   <name>.txt            the one line (a pdftotext fixture's own name, or <nn>-<pdf>.pdftohtml
 *                         numbered after them)
 *   <name>.expected.json  { family: "oneline", …, designed, expected: null }
 *
 * From two real conversions of the same PDFs:
 *   - each fixtures/damaged/pdftotext/ output (plain and -layout), run into one line;
 *   - the text of the page poppler's `pdftohtml -i -noframes` makes of each Word and web-page PDF
 *     of fixtures/documents/ (one text run a line: a label's pieces around its numbers, one number
 *     a line), run into one line.
 *
 * Real converter output, not designed: `expected` is null, and the fixtures are held to the
 * promise (no wrong value) only. Needs poppler (`pdftohtml`), which CI does not have: run it once
 * and commit its output. Usage: node scripts/make-oneline-fixtures.mjs
 */
import { execFileSync } from 'node:child_process';
import { Parser } from 'htmlparser2';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tablesOf } from './damaged.mjs';
import { GOLDEN_SOURCES } from './goldens.mjs';
import { optionsOf } from './args.mjs';

optionsOf('make-oneline-fixtures', 'node scripts/make-oneline-fixtures.mjs  (writes fixtures/damaged/oneline/)', {});

const ROOT = new URL('../', import.meta.url);
const OUT = new URL('../fixtures/damaged/oneline/', import.meta.url);
const PDFTOTEXT = new URL('../fixtures/damaged/pdftotext/', import.meta.url);

/**
 * The PDFs of fixtures/documents/ pdftohtml reads: each golden's, named as the golden, and the
 * printed one of 001's web page in fixtures/documents/printed/; with the golden each was made from.
 */
const PDFS = [
  ...Object.entries(GOLDEN_SOURCES).map(([short, path]) => ({ short, pdf: `fixtures/documents/${path.split('/').at(-1)}.pdf` })),
  { short: '001', pdf: 'fixtures/documents/printed/001_eb914b629682bc65.renumbered.libreoffice.pdf' },
];

/** Every run of white space one space, the ends trimmed: what a crawler that collapses it keeps. */
const oneLine = (text) => `${text.replace(/\s+/g, ' ').trim()}\n`;

/**
 * The text of a pdftohtml page: its body's text runs, one a line (`<br/>`, `<hr/>` end one), its
 * entities (`&#160;`) decoded by htmlparser2, as the readers' parser.
 */
function pageText(html) {
  let text = '';
  let inBody = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'body') inBody = true;
        else if (inBody && (name === 'br' || name === 'hr')) text += '\n';
      },
      ontext(data) {
        if (inBody) text += data;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return text;
}

function writeFixture(name, text, title, short, parameters) {
  writeFileSync(new URL(`${name}.txt`, OUT), text);
  const golden = JSON.parse(readFileSync(new URL(`${GOLDEN_SOURCES[short]}.json`, ROOT), 'utf8'));
  const expected = {
    family: 'oneline',
    layout: null,
    title,
    source: `${GOLDEN_SOURCES[short]}.txt`,
    parameters,
    notes: ['real converter output run into one line, not designed: held to the promise (no wrong value) only'],
    diagnostics: [],
    expected: null,
    designed: tablesOf(golden),
  };
  writeFileSync(new URL(`${name}.expected.json`, OUT), `${JSON.stringify(expected, null, 2)}\n`);
}

mkdirSync(OUT, { recursive: true });
for (const file of readdirSync(OUT)) if (/\.(?:txt|expected\.json)$/.test(file)) rmSync(new URL(file, OUT));
let k = 0;
let written = 0;
for (const file of readdirSync(PDFTOTEXT).filter((f) => f.endsWith('.txt')).sort()) {
  const stem = file.replace(/\.txt$/, '');
  const meta = JSON.parse(readFileSync(new URL(`${stem}.expected.json`, PDFTOTEXT), 'utf8'));
  const short = Object.keys(GOLDEN_SOURCES).find((s) => `${GOLDEN_SOURCES[s]}.txt` === meta.source);
  k = Math.max(k, Number(stem.slice(0, 2)));
  written++;
  writeFixture(stem, oneLine(readFileSync(new URL(file, PDFTOTEXT), 'utf8')), `fixtures/damaged/pdftotext/${file} run into one line`, short, { from: 'pdftotext', file });
}
for (const { short, pdf } of PDFS) {
  const html = execFileSync('pdftohtml', ['-i', '-noframes', '-stdout', '-q', new URL(pdf, ROOT).pathname], { encoding: 'utf8' });
  const stem = pdf.split('/').at(-1).replace(/\.pdf$/, '');
  k++;
  written++;
  writeFixture(`${String(k).padStart(2, '0')}-${stem}.pdftohtml`, oneLine(pageText(html)), `the text of the page pdftohtml -i -noframes makes of ${pdf}, run into one line`, short, { from: 'pdftohtml', file: pdf });
}
console.log(`wrote ${written} one-line fixtures to fixtures/damaged/oneline/`);
