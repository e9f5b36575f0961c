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
import { join } from 'node:path';
import { pageText, writeConverterFamily } from './damaged.mjs';
import { optionsOf } from './args.mjs';

optionsOf('make-pandoc-fixtures', 'node scripts/make-pandoc-fixtures.mjs  (writes fixtures/damaged/pandoc/)', {});

const version = execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0];

/** What pandoc is asked to make of which file. */
const RUNS = [
  { from: 'docx', to: 'gfm' },
  { from: 'docx', to: 'markdown' },
  { from: 'docx', to: 'plain' },
  { from: 'html', to: 'gfm' },
  { from: 'html', to: 'plain' },
];

const written = writeConverterFamily('pandoc', 'pandoc', ({ base, root }) =>
  RUNS.map(({ from, to }) => {
    const file = `fixtures/documents/${base}.${from}`;
    const input = join(root, file);
    const text =
      from === 'html'
        ? execFileSync('pandoc', ['-f', 'html', '-t', to], { input: pageText(input), encoding: 'utf8' })
        : execFileSync('pandoc', ['-f', from, '-t', to, input], { encoding: 'utf8' });
    return { suffix: `${from}.${to}`, text, title: `the text pandoc -t ${to} makes of ${file}`, parameters: { from: 'pandoc', file, to, version } };
  }),
);
console.log(`wrote ${written} fixtures to fixtures/damaged/pandoc/ (${version})`);
