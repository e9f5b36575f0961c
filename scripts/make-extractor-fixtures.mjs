#!/usr/bin/env node
/**
 * Writes fixtures/damaged/pdfminer/, mutool/ and pdftotext-raw/: the text other PDF extractors
 * people use, and pdftotext's third mode, make of the PDFs in fixtures/documents/ (each golden's
 * Word file as LibreOffice printed it, and 001's web page as LibreOffice printed it).
 *
 *   - pdfminer.six's `pdf2txt` (Debian's python3-pdfminer), its default layout analysis: it takes
 *     the page box by box, so a table comes out column by column, each cell a paragraph of its own
 *     (`行政复议` / `结果` / `维持` / … / `总计 未经复议直接起诉` / `352` / `553` / …): every label first,
 *     then the numbers down each column, group headers before other groups' labels.
 *   - MuPDF's `mutool draw -F txt` (Debian's mupdf-tools): line by line as printed, a table's row
 *     on its line.
 *   - poppler's `pdftotext -raw`: the text in the order the PDF draws it, a row's cells one after
 *     another on a line (fixtures/damaged/pdftotext/ holds its plain and -layout modes).
 *
 *   <nn>-<pdf>.<tool>.txt            the extractor's output, as it is
 *   <nn>-<pdf>.<tool>.expected.json  { family: "pdfminer" | "mutool" | "pdftotext-raw", …, designed, expected: null }
 *
 * Real converter output, not designed: `expected` is null, and the fixtures are held to the
 * promise (no wrong value) only. Needs pdf2txt, mutool and pdftotext, which CI does not have: run
 * it once and commit its output. Usage: node scripts/make-extractor-fixtures.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadGoldens, writeConverterFixture } from './damaged.mjs';
import { GOLDEN_SOURCES } from './goldens.mjs';
import { optionsOf } from './args.mjs';

optionsOf('make-extractor-fixtures', 'node scripts/make-extractor-fixtures.mjs  (writes fixtures/damaged/pdfminer/, mutool/ and pdftotext-raw/)', {});

const ROOT = new URL('../', import.meta.url);

/** The PDFs of fixtures/documents/ with the golden each was made from (as make-oneline-fixtures.mjs reads them). */
const PDFS = [
  ...Object.entries(GOLDEN_SOURCES).map(([short, path]) => ({ short, pdf: `fixtures/documents/${path.split('/').at(-1)}.pdf` })),
  { short: '001', pdf: 'fixtures/documents/printed/001_eb914b629682bc65.renumbered.libreoffice.pdf' },
];

const TOOLS = {
  pdfminer: { what: "pdfminer.six's pdf2txt", run: (pdf) => execFileSync('pdf2txt', [pdf], { encoding: 'utf8' }) },
  mutool: { what: "MuPDF's mutool draw -F txt", run: (pdf) => execFileSync('mutool', ['draw', '-q', '-F', 'txt', pdf], { encoding: 'utf8' }) },
  'pdftotext-raw': { what: "poppler's pdftotext -raw", run: (pdf) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }) },
};

const sources = new Map(loadGoldens(ROOT).map((s) => [s.short, s]));
let written = 0;
for (const [tool, { what, run }] of Object.entries(TOOLS)) {
  const out = new URL(`../fixtures/damaged/${tool}/`, import.meta.url);
  mkdirSync(out, { recursive: true });
  for (const file of readdirSync(out)) if (/\.(?:txt|expected\.json)$/.test(file)) rmSync(new URL(file, out));
  PDFS.forEach(({ short, pdf }, i) => {
    const source = sources.get(short);
    const name = `${String(i + 1).padStart(2, '0')}-${pdf.split('/').at(-1).replace(/\.pdf$/, '')}.${tool}`;
    writeConverterFixture(out, name, run(join(ROOT.pathname, pdf)), tool, `the text ${what} makes of ${pdf}`, source, { from: tool, file: pdf });
    written++;
  });
}
console.log(`wrote ${written} fixtures to fixtures/damaged/${Object.keys(TOOLS).join('/, ')}/`);
