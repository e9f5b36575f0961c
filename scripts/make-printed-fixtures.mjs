#!/usr/bin/env node
/**
 * Writes fixtures/documents/printed/: web pages printed to PDF by Chromium as a person would print
 * them (A4, its own margins), for the PDF layouts that printing gives and that LibreOffice's
 * conversions of Word files do not: narrow columns whose labels wrap one or two characters a line
 * beside numbers centred in the row, a row's cells not lined up with the columns of the rows
 * around it (a blank column made where the row has none), and two numbers close enough to read as
 * one cell (`975 901`).
 *
 *   <golden>.drift.pdf       fixtures/documents/<golden>.html (colspan drift) printed by Chromium
 *   <golden>.libreoffice.pdf that golden's Word file saved as a web page by LibreOffice, printed by Chromium
 *
 * Run it after make-document-fixtures.mjs, which writes fixtures/documents/ afresh (this folder
 * with it). Needs `chromium` and `libreoffice` (Debian packages, with fonts-noto-cjk); run once, the PDFs are
 * committed, so CI needs neither. Written from fixtures/documents/ (themselves written from the
 * goldens by make-document-fixtures.mjs), never by the parser: the goldens are the expected result.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { optionsOf } from './args.mjs';

optionsOf('make-printed-fixtures', 'node scripts/make-printed-fixtures.mjs  (writes fixtures/documents/printed/)', {});

const root = fileURLToPath(new URL('..', import.meta.url));
const documents = join(root, 'fixtures', 'documents');
const out = join(documents, 'printed');
const GOLDEN = '001_eb914b629682bc65.renumbered';

function chromium(htmlFile, pdfFile) {
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdfFile}`, `file://${htmlFile}`], { stdio: 'ignore' });
}

mkdirSync(out, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), 'gov-report-printed-'));
try {
  chromium(join(documents, `${GOLDEN}.html`), join(out, `${GOLDEN}.drift.pdf`));
  copyFileSync(join(documents, `${GOLDEN}.docx`), join(scratch, `${GOLDEN}.docx`));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'html:HTML (StarWriter)', '--outdir', scratch, join(scratch, `${GOLDEN}.docx`)], { stdio: 'ignore' });
  chromium(join(scratch, `${GOLDEN}.html`), join(out, `${GOLDEN}.libreoffice.pdf`));
  console.error(`fixtures/documents/printed: ${GOLDEN}.drift.pdf, ${GOLDEN}.libreoffice.pdf`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
