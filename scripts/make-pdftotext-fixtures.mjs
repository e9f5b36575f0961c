#!/usr/bin/env node
/**
 * Writes fixtures/damaged/pdftotext/: what pdftotext really prints of a report's PDF. For a few
 * golden reports, an HTML page with the form's tables as the form draws them (merged cells as
 * rowspan/colspan), with and without cell borders, is turned into a PDF by LibreOffice and back
 * into text by poppler's pdftotext, plain and with -layout. The plain output shows what issue 16
 * describes: labels printed after their numbers or between the numbers of the row before, a
 * row's numbers split around the next row's label, merged group labels printed after the table,
 * values after the next part's heading.
 *
 *   <nn>-<source>-<borders>.<mode>.txt            pdftotext's output, as it is
 *   <nn>-<source>-<borders>.<mode>.expected.json  { family: "pdftotext", …, designed, expected: null }
 *
 * The designed values are the golden's. These are real converter output whose ambiguity nobody
 * designed, so `expected` is null: they are held to the promise (no wrong value) only.
 *
 * Then the same of web pages Chromium prints (PRINTED): narrow columns, labels wrapped around
 * their numbers.
 *
 * Needs LibreOffice (`soffice`), Chromium and poppler (`pdftotext`), which CI does not have: run it once
 * and commit its output. Usage: node scripts/make-pdftotext-fixtures.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applicationRows, disclosureRows, get, loadGoldens, REVIEW_PATHS, tablesOf, writeConverterFixture } from './damaged.mjs';
import { APPLICANT_HEADERS, APPLICATION_NOTE, DISCLOSURE_TABLES, PART_HEADINGS, REVIEW_HEADERS } from './form.mjs';
import { optionsOf } from './args.mjs';

optionsOf('make-pdftotext-fixtures', 'node scripts/make-pdftotext-fixtures.mjs  (writes fixtures/damaged/pdftotext/)', {});

const ROOT = new URL('../', import.meta.url);
const OUT = new URL('../fixtures/damaged/pdftotext/', import.meta.url);
const SOURCES = ['003', '001', '2019-tabs', '2020-mixed'];
const BORDERS = {
  bordered: 'td{border:1px solid #000;font-size:10pt}table{border-collapse:collapse}',
  borderless: 'td{font-size:9pt;padding:0 14px}table{border-collapse:collapse}',
};
const MODES = { plain: [], layout: ['-layout'] };

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const td = (text, attributes = '') => `<td${attributes ? ` ${attributes}` : ''}>${escape(text ?? '')}</td>`;
const tr = (cells) => `<tr>${cells.join('')}</tr>`;
const value = (tables, path) => get(tables, path) ?? '';

/** Part 二 as one table of its small tables. */
function disclosureTable(tables) {
  const { format } = tables;
  const width = 1 + Math.max(...DISCLOSURE_TABLES[format].map((t) => t.header.length));
  const rows = [];
  DISCLOSURE_TABLES[format].forEach((t, i) => {
    const span = width - 1 - t.header.length + 1;
    rows.push(tr([td(t.item, `colspan=${width}`)]));
    rows.push(tr([td('信息内容'), ...t.header.map((h, j) => td(h, j === t.header.length - 1 && span > 1 ? `colspan=${span}` : ''))]));
    for (const row of disclosureRows(format).filter((r) => r.table === i)) {
      rows.push(tr([td(row.label), ...row.cells.map((p, j) => td(value(tables, p), j === row.cells.length - 1 && span > 1 ? `colspan=${span}` : ''))]));
    }
  });
  return `<table>${rows.join('')}</table>`;
}

/** The application matrix with its merged cells: part and group labels span their rows. */
function applicationTable(tables) {
  const rows = applicationRows(tables.format);
  const out = [
    tr([td(APPLICATION_NOTE, 'colspan=3 rowspan=3'), td('申请人情况', 'colspan=7')]),
    tr([td(APPLICANT_HEADERS[0], 'rowspan=2'), td('法人或其他组织', 'colspan=5'), td(APPLICANT_HEADERS[6], 'rowspan=2')]),
    tr(APPLICANT_HEADERS.slice(1, 6).map((h) => td(h))),
  ];
  const outcomeCount = rows.filter((r) => r.level > 0).length;
  rows.forEach((row, i) => {
    const values = row.cells.map((p) => td(value(tables, p)));
    const cells = [];
    if (row.level === 0) cells.push(td(row.label, 'colspan=3'));
    else {
      if (row.part) cells.push(td(row.part, `rowspan=${outcomeCount}`));
      if (row.level === 1) cells.push(td(row.label, 'colspan=2'));
      else {
        if (row.group) {
          let n = 1;
          while (rows[i + n] && rows[i + n].level === 2 && !rows[i + n].group) n++;
          cells.push(td(row.group, `rowspan=${n}`));
        }
        cells.push(td(row.label));
      }
    }
    out.push(tr([...cells, ...values]));
  });
  return `<table>${out.join('')}</table>`;
}

function reviewTable(tables) {
  return `<table>${[
    tr([td('行政复议', 'colspan=5'), td('行政诉讼', 'colspan=10')]),
    tr([...REVIEW_HEADERS.map((h) => td(h, 'rowspan=2')), td('未经复议直接起诉', 'colspan=5'), td('复议后起诉', 'colspan=5')]),
    tr([...REVIEW_HEADERS, ...REVIEW_HEADERS].map((h) => td(h))),
    tr(REVIEW_PATHS.map((p) => td(value(tables, p)))),
  ].join('')}</table>`;
}

function page(golden, css) {
  const tables = tablesOf(golden);
  const p = (text) => `<p>${escape(text)}</p>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${css}</style></head><body>
<h2>${escape(golden.meta.title ?? '政府信息公开工作年度报告')}</h2>
${p(PART_HEADINGS[1])}${p('本机关认真贯彻《中华人民共和国政府信息公开条例》，做好政府信息公开工作。')}
${p(PART_HEADINGS[2])}${disclosureTable(tables)}
${p(PART_HEADINGS[3])}${applicationTable(tables)}
${p(PART_HEADINGS[4])}${reviewTable(tables)}
${p(PART_HEADINGS[5])}${p('无。')}${p(PART_HEADINGS[6])}${p('无。')}
${p(golden.meta.organ ?? '')}</body></html>`;
}

/** One fixture: pdftotext's output as it is, and what it was made from (designed: the golden's tables). */
function writeFixture(name, text, title, source, parameters) {
  writeConverterFixture(OUT, name, text, 'pdftotext', title, source, parameters);
}

const sources = new Map(loadGoldens(ROOT).map((s) => [s.short, s]));
mkdirSync(OUT, { recursive: true });
for (const file of readdirSync(OUT)) if (/\.(?:txt|expected\.json)$/.test(file)) rmSync(new URL(file, OUT));
const work = mkdtempSync(join(tmpdir(), 'gov-report-pdftotext-'));
let k = 0;
let written = 0;
for (const short of SOURCES) {
  const source = sources.get(short);
  for (const [borders, css] of Object.entries(BORDERS)) {
    k++;
    const stem = `${String(k).padStart(2, '0')}-${short}-${borders}`;
    const html = join(work, `${stem}.html`);
    writeFileSync(html, page(source.golden, css));
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf:writer_web_pdf_Export', '--outdir', work, html], { stdio: 'ignore', timeout: 180_000 });
    for (const [mode, flags] of Object.entries(MODES)) {
      const text = execFileSync('pdftotext', [...flags, '-enc', 'UTF-8', join(work, `${stem}.pdf`), '-'], { encoding: 'utf8' });
      const name = `${stem}.${mode}`;
      writeFixture(name, text, `pdftotext${flags.length ? ' -layout' : ''} of a PDF LibreOffice made from the golden (${borders} table cells)`, source, { borders, mode });
      written++;
    }
  }
}

/**
 * Web pages as a person prints them: Chromium (A4, its own margins) prints the document
 * fixtures' pages, whose narrow columns wrap a label a character or two a line around the numbers
 * of its row, the numbering on the numbers' line (`属于行政` / `7.⇥76⇥26…` / `执法案卷`). `page`: a
 * page of fixtures/documents/, or `libreoffice:` and the golden's Word file there, which
 * LibreOffice saves as a web page first (its pages restart the form's numbering in places).
 */
const PRINTED = [
  { short: '001', page: 'fixtures/documents/001_eb914b629682bc65.renumbered.html', how: 'its web page (colspan drift)' },
  { short: '2019-cells', page: 'fixtures/documents/2019-cells.html', how: 'its web page (colspan drift)' },
  { short: '000', page: 'libreoffice:fixtures/documents/000_02e88f20f87b4541.renumbered.docx', how: 'the web page LibreOffice saves of its Word file' },
];
/** Each page of `list` printed by Chromium, through pdftotext in both modes, numbered on from `k`. */
function printEach(list) {
  for (const printed of list) {
    const source = sources.get(printed.short);
    k++;
    const stem = `${String(k).padStart(2, '0')}-${printed.short}-chromium`;
    let html = join(ROOT.pathname, printed.page);
    if (printed.page.startsWith('libreoffice:')) {
      const docx = join(ROOT.pathname, printed.page.slice('libreoffice:'.length));
      execFileSync('soffice', ['--headless', '--convert-to', 'html:HTML (StarWriter)', '--outdir', work, docx], { stdio: 'ignore', timeout: 180_000 });
      html = join(work, docx.split('/').at(-1).replace(/\.docx$/, '.html'));
    }
    execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${join(work, `${stem}.pdf`)}`, `file://${html}`], { stdio: 'ignore', timeout: 180_000 });
    for (const [mode, flags] of Object.entries(MODES)) {
      const text = execFileSync('pdftotext', [...flags, '-enc', 'UTF-8', join(work, `${stem}.pdf`), '-'], { encoding: 'utf8' });
      const name = `${stem}.${mode}`;
      writeFixture(name, text, `pdftotext${flags.length ? ' -layout' : ''} of the PDF Chromium prints of ${printed.how}`, source, { borders: 'chromium', mode });
      written++;
    }
  }
}
printEach(PRINTED);

/**
 * The PDFs of fixtures/documents/ that LibreOffice made of the goldens' Word files (ruled tables,
 * labels wrapping beside centred numbers, a running header and a `— n —` footer).
 */
const WORD_PDFS = [
  { short: '000', pdf: 'fixtures/documents/000_02e88f20f87b4541.renumbered.pdf' },
  { short: '002', pdf: 'fixtures/documents/002_4a61cbdbb397b0fd.renumbered.pdf' },
  { short: '2020-mixed', pdf: 'fixtures/documents/2020-mixed.pdf' },
];
/** Each PDF of `list` through pdftotext in both modes, numbered on from `k`. */
function wordEach(list) {
  for (const word of list) {
    const source = sources.get(word.short);
    k++;
    const stem = `${String(k).padStart(2, '0')}-${word.short}-word`;
    for (const [mode, flags] of Object.entries(MODES)) {
      const text = execFileSync('pdftotext', [...flags, '-enc', 'UTF-8', join(ROOT.pathname, word.pdf), '-'], { encoding: 'utf8' });
      const name = `${stem}.${mode}`;
      writeFixture(name, text, `pdftotext${flags.length ? ' -layout' : ''} of the PDF LibreOffice made of the golden's Word file (${word.pdf})`, source, { borders: 'word', mode });
      written++;
    }
  }
}
wordEach(WORD_PDFS);

/**
 * Printed pages added after the Word PDFs (numbered after them, so that the names above stay):
 * 004's page, whose plain pdftotext prints a row's numbers before its label and the next row's
 * after it (`8.属于行政查询事项` / `43 75 … 342` / `11 36 … 371` / `（四）无 1.本机关不掌握…` /
 * `32 130 …`).
 */
printEach([{ short: '004', page: 'fixtures/documents/004_b66631a5c5bceffa.renumbered.html', how: 'its web page (colspan drift)' }]);

/**
 * More Word PDFs (numbered after 15): 004's, whose group labels wrap in their own narrow column
 * beside the rows' wrapped labels (`（三）不予公  1.属于国家秘  22 …` / `开       密`), and 2019-tabs'.
 */
wordEach([
  { short: '004', pdf: 'fixtures/documents/004_b66631a5c5bceffa.renumbered.pdf' },
  { short: '2019-tabs', pdf: 'fixtures/documents/2019-tabs.pdf' },
]);

rmSync(work, { recursive: true, force: true });
console.log(`wrote ${written} pdftotext fixtures to fixtures/damaged/pdftotext/`);
