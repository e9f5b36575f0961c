#!/usr/bin/env node
/**
 * Writes fixtures/damaged/text-browser/: what the text browsers people run in scripts and crawlers
 * make of each golden's web page (fixtures/documents/) with `-dump`, 80 columns wide:
 *
 *   <nn>-<name>.w3m.txt      `w3m -dump -cols 80 -O UTF-8 -T text/html`: tables drawn in box
 *                            characters (`┌──┬──┐`, `│规章 │ 2 │3520│`), each cell's words wrapped
 *                            inside its column, a cell spanning rows or columns one cell of its
 *                            rows, and columns that do not line up from row to row
 *   <nn>-<name>.elinks.txt   `elinks -dump -dump-width 80`: tables drawn the same way
 *   <nn>-<name>.links.txt    `links2 -dump -width 80`: tables drawn in ASCII (`+----+`, rules
 *                            between bars `|-----+-----|`), spans and wrapping as w3m's
 *   <nn>-<name>.lynx.txt     `lynx -dump -nolist -width=80`: a table one cell a line, centred
 *   <name>.expected.json     { family: "text-browser", …, designed, expected: null }
 *
 * elinks 0.13 misreads a GB2312 page part way through (its text turns to mojibake after a few
 * lines, whatever charset it is told), and links2 reads it as Latin-1: both are given each page
 * decoded to UTF-8, its charset said so; w3m and lynx read the page as it is. Real converter output, not designed: `expected` is null, and
 * the fixtures are held to the promise (no wrong value) only. Needs w3m, elinks, links2 and lynx
 * (Debian's packages), which CI does not have: run it once and commit its output.
 * Usage: node scripts/make-text-browser-fixtures.mjs
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageText, writeConverterFamily } from './damaged.mjs';
import { optionsOf } from './args.mjs';

optionsOf('make-text-browser-fixtures', 'node scripts/make-text-browser-fixtures.mjs  (writes fixtures/damaged/text-browser/)', {});

const UTF8 = ['-eval', 'set document.codepage.assume = "utf-8"', '-eval', 'set document.codepage.force_assumed = 1'];
const browsers = {
  w3m: (page) => ['w3m', ['-dump', '-cols', '80', '-O', 'UTF-8', '-T', 'text/html', page]],
  elinks: (page, utf8) => ['elinks', ['-dump', '-dump-width', '80', '-dump-charset', 'utf-8', ...UTF8, utf8]],
  links: (page, utf8) => ['links2', ['-dump', '-width', '80', '-codepage', 'utf-8', utf8]],
  lynx: (page) => ['lynx', ['-dump', '-nolist', '-width=80', '-display_charset=utf-8', page]],
};

const written = writeConverterFamily('text-browser', 'text-browser', ({ base, root, work }) => {
  const file = `fixtures/documents/${base}.html`;
  const page = join(root, file);
  const utf8 = join(work, `${base}.html`);
  writeFileSync(utf8, pageText(page).replace(/charset=["']?[\w-]+/gi, 'charset=utf-8'));
  return Object.entries(browsers).map(([browser, command]) => {
    const [program, args] = command(page, utf8);
    const text = execFileSync(program, args, { encoding: 'utf8' });
    return { suffix: browser, text, title: `the text \`${browser} -dump\` makes of ${file}`, parameters: { from: browser, file } };
  });
});
console.log(`wrote ${written} fixtures to fixtures/damaged/text-browser/`);
