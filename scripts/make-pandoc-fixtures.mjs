#!/usr/bin/env node
/**
 * Writes fixtures/damaged/pandoc/: the text pandoc makes of each golden's Word file and web page
 * (fixtures/documents/), as people convert reports to Markdown or plain text:
 *
 *   - `pandoc -t gfm` and `-t markdown` of the Word file: simple tables as pipe (or grid) tables,
 *     and every table with merged cells — part 三 always, most of part 二's and part 四's — as raw
 *     HTML among the text (`<td colspan="3">8289</td>`, cells one a line, `<br />` inside them).
 *   - `pandoc -t plain` of the Word file: simple tables as space-aligned columns; a table with
 *     merged cells is dropped for the word `[TABLE]`.
 *   - `pandoc -t gfm` and `-t plain` of the web page: its tables as HTML or as space-aligned (or
 *     grid) tables; a page laid out in a table of its own gives tables inside a table's cells.
 *
 *   <nn>-<name>.<from>.<to>.txt            pandoc's output, as it is
 *   <nn>-<name>.<from>.<to>.expected.json  { family: "pandoc", …, designed, expected: null }
 *
 * pandoc reads a web page as UTF-8; a page in GBK or GB18030 is given to it re-encoded as UTF-8,
 * as pandoc's own documentation says to (`iconv -t utf-8 page.html | pandoc -f html`).
 *
 * Real converter output, not designed: `expected` is null, and the fixtures are held to the
 * promise (no wrong value) only. Needs pandoc (Debian's, 2.17), which CI does not have: run it
 * once and commit its output. Usage: node scripts/make-pandoc-fixtures.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { converterExpectation, loadGoldens } from './damaged.mjs';
import { GOLDEN_SOURCES } from './goldens.mjs';

const ROOT = new URL('../', import.meta.url);
const version = execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0];

/** What pandoc is asked to make of which file. */
const RUNS = [
  { from: 'docx', to: 'gfm' },
  { from: 'docx', to: 'markdown' },
  { from: 'docx', to: 'plain' },
  { from: 'html', to: 'gfm' },
  { from: 'html', to: 'plain' },
];

/** A web page as UTF-8: as it is when it is, else read as GB18030 (GBK's superset). */
function utf8Page(path) {
  const bytes = readFileSync(path);
  return isUtf8(bytes) ? bytes : Buffer.from(iconv.decode(bytes, 'gb18030'), 'utf8');
}

const sources = new Map(loadGoldens(ROOT).map((s) => [s.short, s]));
const out = new URL('../fixtures/damaged/pandoc/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const file of readdirSync(out)) if (/\.(?:txt|expected\.json)$/.test(file)) rmSync(new URL(file, out));
let written = 0;
Object.entries(GOLDEN_SOURCES).forEach(([short, path], i) => {
  const source = sources.get(short);
  const base = path.split('/').at(-1);
  for (const { from, to } of RUNS) {
    const file = `fixtures/documents/${base}.${from}`;
    const input = join(ROOT.pathname, file);
    const text =
      from === 'html'
        ? execFileSync('pandoc', ['-f', 'html', '-t', to], { input: utf8Page(input), encoding: 'utf8' })
        : execFileSync('pandoc', ['-f', from, '-t', to, input], { encoding: 'utf8' });
    const name = `${String(i + 1).padStart(2, '0')}-${base}.${from}.${to}`;
    writeFileSync(new URL(`${name}.txt`, out), text);
    const expected = converterExpectation('pandoc', `the text pandoc -t ${to} makes of ${file}`, source, { from: 'pandoc', file, to, version });
    writeFileSync(new URL(`${name}.expected.json`, out), `${JSON.stringify(expected, null, 2)}\n`);
    written++;
  }
});
console.log(`wrote ${written} fixtures to fixtures/damaged/pandoc/ (${version})`);
