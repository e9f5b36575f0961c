#!/usr/bin/env node
/**
 * Writes fixtures/damaged/libreoffice-text/: the text LibreOffice writes of each golden's Word file
 * (`soffice --headless --convert-to "txt:Text (encoded):UTF8"`), the way offices batch-convert
 * Word reports to text: a table one cell a line, each row's label and then its numbers, and the
 * Word file's list numbers as LibreOffice counts them (`    1. 其他法律行政法规禁止公开` for the
 * form's 2.: the list restarts where the Word file's numbering does not).
 *
 *   <nn>-<name>.libreoffice.txt            LibreOffice's output, as it is
 *   <nn>-<name>.libreoffice.expected.json  { family: "libreoffice-text", …, designed, expected: null }
 *
 * Real converter output, not designed: `expected` is null, and the fixtures are held to the
 * promise (no wrong value) only. Needs LibreOffice (Debian's libreoffice-writer-nogui), which CI
 * does not have: run it once and commit its output. Usage: node scripts/make-libreoffice-text-fixtures.mjs
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGoldens, writeConverterFixture } from './damaged.mjs';
import { GOLDEN_SOURCES } from './goldens.mjs';

const ROOT = new URL('../', import.meta.url);
const sources = new Map(loadGoldens(ROOT).map((s) => [s.short, s]));
const out = new URL('../fixtures/damaged/libreoffice-text/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const file of readdirSync(out)) if (/\.(?:txt|expected\.json)$/.test(file)) rmSync(new URL(file, out));
const work = mkdtempSync(join(tmpdir(), 'gov-report-libreoffice-'));
let written = 0;
try {
  Object.entries(GOLDEN_SOURCES).forEach(([short, path], i) => {
    const base = path.split('/').at(-1);
    const file = `fixtures/documents/${base}.docx`;
    copyFileSync(join(ROOT.pathname, file), join(work, `${base}.docx`));
    execFileSync('soffice', ['--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', work, join(work, `${base}.docx`)], { stdio: 'ignore' });
    const name = `${String(i + 1).padStart(2, '0')}-${base}.libreoffice`;
    const text = readFileSync(join(work, `${base}.txt`));
    writeConverterFixture(out, name, text, 'libreoffice-text', `the text LibreOffice writes of ${file}`, sources.get(short), { from: 'libreoffice', file });
    written++;
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`wrote ${written} fixtures to fixtures/damaged/libreoffice-text/`);
