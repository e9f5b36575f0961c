#!/usr/bin/env node
/**
 * Writes fixtures/documents/: every golden report (the five renumbered ones and the three of the
 * 2019 form) as a web page, a Word file and a PDF, and "one cell off" copies in every format.
 * Written from the goldens' JSON and prose by scripts/documents.mjs, never by the parser, so the
 * goldens (fixtures/*.json, fixtures/2019/*.json) are the expected result of every copy.
 *
 *   <golden>.html   a web page, in one of the layouts of PLANS.html (in turn)
 *   <golden>.docx   a Word file, in one of the layouts of PLANS.docx (in turn)
 *   <golden>.pdf    that report's Word file in a layout of PLANS.pdf, converted by LibreOffice
 *                   (ruled tables with labels wrapping beside centred numbers, or no borders;
 *                   running header and — n — footer); one printed by Chromium from its web page
 *   <golden>.long.pdf    000 whole, prose and all, in 26-point type (ten pages): its prose too
 *                   must come out as printed, and it is what bench/readers.mjs times
 *   <golden>.off.*  the same report with one cell changed by +1, as .txt, .html, .docx and .pdf:
 *                   every format must report the same row-total and column-sum errors
 *   <golden>.libreoffice.html  2019-cells's Word file saved as a web page by LibreOffice
 *   bad/legacy.doc       2019-cells's Word file saved by LibreOffice as an old binary .doc: `legacy-doc`
 *   bad/encrypted.pdf    a report behind an open password (LibreOffice's export): `encrypted`
 *   bad/restricted.pdf   the same with only an owner password (no copying or changes), as many
 *                        published PDFs are: read as any other
 *   bad/scanned.pdf      a report's pages as pictures, printed by Chromium: `no-text-layer`
 *
 * PDFs need LibreOffice and Chromium (with a CJK font), so they are made here once and committed;
 * CI needs neither. To keep them small, the prose of the PDFs is cut to its first 30 characters a
 * paragraph (their tables and meta are compared, not their prose). Chromium draws its CJK glyphs
 * as Type 3 fonts mapped to Kangxi radicals (⼯ for 工), as real PDFs do: a larger file, kept.
 *
 *   node scripts/make-document-fixtures.mjs [--no-pdf]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as docx from 'docx';
import { PLANS, htmlPage, reportModel, toDocx, toHtml, toText, withCellOff } from './documents.mjs';
import { optionsOf } from './args.mjs';

const options = optionsOf('make-document-fixtures', 'node scripts/make-document-fixtures.mjs [--no-pdf]  (writes fixtures/documents/; --no-pdf: not the PDFs)', { 'no-pdf': { type: 'boolean', default: false } });

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'fixtures', 'documents');
const withPdf = !options['no-pdf'];

/** The goldens, each with the layouts its copies use, and the cell its "off" copy changes (if any). */
const GOLDENS = [
  { path: 'fixtures/000_02e88f20f87b4541.renumbered', html: 'rowspan', docx: 'merged', pdf: 'ruled', long: true },
  { path: 'fixtures/001_eb914b629682bc65.renumbered', html: 'drift', docx: 'numbered', pdf: 'borderless' },
  { path: 'fixtures/002_4a61cbdbb397b0fd.renumbered', html: 'chrome', docx: 'merged', pdf: 'ruled', off: 'applications.granted.commercial' },
  { path: 'fixtures/003_6a46581b0013c0e7.renumbered', html: 'nested', docx: 'numbered', pdf: 'chromium' },
  { path: 'fixtures/004_b66631a5c5bceffa.renumbered', html: 'rowspan', docx: 'merged', pdf: 'borderless' },
  { path: 'fixtures/2019/2019-cells', html: 'drift', docx: 'numbered', pdf: 'ruled' },
  { path: 'fixtures/2019/2019-tabs', html: 'chrome', docx: 'merged', pdf: 'borderless', off: 'applications.carriedForward.research' },
  { path: 'fixtures/2019/2020-mixed', html: 'nested', docx: 'numbered', pdf: 'ruled' },
];

const baseName = (path) => path.split('/').at(-1);

/** The model with each paragraph of prose cut to its first 30 characters (for small PDFs). */
function shortProse(model, length = 30) {
  return { ...model, blocks: model.blocks.map((b) => (b.kind === 'paragraph' && b.text.length > length + 10 ? { ...b, text: `${b.text.slice(0, length)}……` } : b)) };
}

/** One LibreOffice run: every .docx of `dir` to PDF. */
function libreOffice(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.docx'));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...files.map((f) => join(dir, f))], { stdio: 'ignore' });
}

/** Chromium prints a page to PDF (A4, its own margins, no header or footer of its own). */
function chromium(htmlFile, pdfFile) {
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdfFile}`, `file://${htmlFile}`], { stdio: 'ignore' });
}

if (withPdf) rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), 'gov-report-documents-'));
const pdfs = [];

for (const spec of GOLDENS) {
  const name = baseName(spec.path);
  const golden = JSON.parse(readFileSync(join(root, `${spec.path}.json`), 'utf8'));
  const model = reportModel(readFileSync(join(root, `${spec.path}.txt`), 'utf8'), golden);
  writeFileSync(join(out, `${name}.html`), toHtml(model, PLANS.html[spec.html]));
  writeFileSync(join(out, `${name}.docx`), await toDocx(docx, model, PLANS.docx[spec.docx]));
  const copies = [{ suffix: '', model }];
  if (spec.long) {
    writeFileSync(join(scratch, `${name}.long.docx`), await toDocx(docx, model, PLANS.pdf.long));
    pdfs.push({ file: `${name}.long`, chromium: false });
  }
  if (spec.off) {
    const off = { ...model, golden: withCellOff(golden, spec.off) };
    writeFileSync(join(out, `${name}.off.txt`), toText(off));
    writeFileSync(join(out, `${name}.off.html`), toHtml(off, PLANS.html[spec.html]));
    writeFileSync(join(out, `${name}.off.docx`), await toDocx(docx, off, PLANS.docx[spec.docx]));
    copies.push({ suffix: '.off', model: off });
  }
  for (const copy of copies) {
    const short = shortProse(copy.model);
    const file = `${name}${copy.suffix}`;
    if (spec.pdf === 'chromium') {
      writeFileSync(join(scratch, `${file}.html`), htmlPage(short, { chrome: false }));
      pdfs.push({ file, chromium: true });
    } else {
      writeFileSync(join(scratch, `${file}.docx`), await toDocx(docx, short, PLANS.pdf[spec.pdf]));
      pdfs.push({ file, chromium: false });
    }
  }
  console.error(`${name}: html ${spec.html}, docx ${spec.docx}, pdf ${spec.pdf}${spec.long ? ' and long' : ''}${spec.off ? `, off by one at ${spec.off}` : ''}`);
}

/** LibreOffice with export options (JSON filter options, LibreOffice 7.4 and later). */
function libreOfficeWith(docxFile, outDir, options) {
  execFileSync('libreoffice', ['--headless', '--convert-to', `pdf:writer_pdf_Export:${JSON.stringify(options)}`, '--outdir', outDir, docxFile], { stdio: 'ignore' });
}

if (withPdf) {
  libreOffice(scratch);
  for (const { file, chromium: printed } of pdfs) {
    if (printed) chromium(join(scratch, `${file}.html`), join(scratch, `${file}.pdf`));
    copyFileSync(join(scratch, `${file}.pdf`), join(out, `${file}.pdf`));
  }

  // Bad inputs made from the 2020-mixed report.
  const bad = join(out, 'bad');
  mkdirSync(bad, { recursive: true });
  for (const [name, options] of [
    ['encrypted', { EncryptFile: { type: 'boolean', value: 'true' }, DocumentOpenPassword: { type: 'string', value: 'secret' } }],
    ['restricted', { RestrictPermissions: { type: 'boolean', value: 'true' }, PermissionPassword: { type: 'string', value: 'owner' }, Changes: { type: 'long', value: '0' }, EnableCopyingOfContent: { type: 'boolean', value: 'false' } }],
  ]) {
    const dir = join(scratch, name);
    mkdirSync(dir);
    copyFileSync(join(scratch, '2020-mixed.docx'), join(dir, `${name}.docx`));
    libreOfficeWith(join(dir, `${name}.docx`), dir, options);
    copyFileSync(join(dir, `${name}.pdf`), join(bad, `${name}.pdf`));
  }
  // 2019-cells's Word file as LibreOffice saves it as a web page and as an old .doc.
  const other = join(scratch, 'other');
  mkdirSync(other);
  copyFileSync(join(out, '2019-cells.docx'), join(other, '2019-cells.docx'));
  for (const target of ['html', 'doc']) execFileSync('libreoffice', ['--headless', '--convert-to', target, '--outdir', other, join(other, '2019-cells.docx')], { stdio: 'ignore' });
  copyFileSync(join(other, '2019-cells.html'), join(out, '2019-cells.libreoffice.html'));
  copyFileSync(join(other, '2019-cells.doc'), join(bad, 'legacy.doc'));

  // A scan: the first two pages as low-resolution pictures, printed into a PDF of pictures only.
  execFileSync('pdftoppm', ['-r', '40', '-png', '-f', '1', '-l', '2', join(out, '2020-mixed.pdf'), join(scratch, 'scan')]);
  const images = readdirSync(scratch).filter((f) => f.startsWith('scan') && f.endsWith('.png')).sort();
  writeFileSync(join(scratch, 'scan.html'), `<!DOCTYPE html><html><body style="margin:0">${images.map((f) => `<img src="${f}" style="width:100%;page-break-after:always">`).join('')}</body></html>`);
  chromium(join(scratch, 'scan.html'), join(bad, 'scanned.pdf'));
}
rmSync(scratch, { recursive: true, force: true });
console.error(`fixtures/documents: written${withPdf ? '' : ' (PDFs left as they were: --no-pdf)'}`);
