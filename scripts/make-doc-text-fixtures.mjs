#!/usr/bin/env node
/**
 * Writes fixtures/damaged/doc-text/: what the text extractors for old binary Word files make of
 * each golden's Word file saved as a .doc (LibreOffice: `soffice --convert-to doc`), as offices and
 * crawlers on Linux read the .doc reports gov-report itself does not (it asks for a .docx):
 *
 *   <nn>-<name>.antiword.txt   `antiword -m UTF-8.txt`: tables as `|cell |cell |` lines with no rule
 *                              between rows, each cell's words wrapped inside its column; the
 *                              parts' numerals dropped (`行政机关主动公开政府信息情况`); part 三's
 *                              table dropped whole, part 四's run together after its headers
 *   <nn>-<name>.catdoc.txt     `catdoc -d utf-8`: a row a line, cells between tabs, some of the
 *                              text lost
 *   <name>.expected.json       { family: "doc-text", …, designed, expected: null }
 *
 * Real converter output, not designed: `expected` is null, and the fixtures are held to the
 * promise (no wrong value) only. Needs LibreOffice, antiword and catdoc (Debian's packages), which
 * CI does not have: run it once and commit its output. Usage: node scripts/make-doc-text-fixtures.mjs
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGoldens, writeConverterFixture } from './damaged.mjs';
import { GOLDEN_SOURCES } from './goldens.mjs';

const ROOT = new URL('../', import.meta.url);
const sources = new Map(loadGoldens(ROOT).map((s) => [s.short, s]));
const out = new URL('../fixtures/damaged/doc-text/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const file of readdirSync(out)) if (/\.(?:txt|expected\.json)$/.test(file)) rmSync(new URL(file, out));
const work = mkdtempSync(join(tmpdir(), 'gov-report-doc-text-'));
const extractors = {
  antiword: (doc) => ['antiword', ['-m', 'UTF-8.txt', doc]],
  catdoc: (doc) => ['catdoc', ['-d', 'utf-8', doc]],
};
let written = 0;
try {
  Object.entries(GOLDEN_SOURCES).forEach(([short, path], i) => {
    const base = path.split('/').at(-1);
    const file = `fixtures/documents/${base}.docx`;
    copyFileSync(join(ROOT.pathname, file), join(work, `${base}.docx`));
    execFileSync('soffice', ['--headless', '--convert-to', 'doc', '--outdir', work, join(work, `${base}.docx`)], { stdio: 'ignore' });
    for (const [extractor, command] of Object.entries(extractors)) {
      const [program, args] = command(join(work, `${base}.doc`));
      const text = execFileSync(program, args, { encoding: 'utf8' });
      const name = `${String(i + 1).padStart(2, '0')}-${base}.${extractor}`;
      writeConverterFixture(out, name, text, 'doc-text', `the text \`${extractor}\` makes of ${file} saved as a .doc`, sources.get(short), { from: extractor, file });
      written++;
    }
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`wrote ${written} fixtures to fixtures/damaged/doc-text/`);
