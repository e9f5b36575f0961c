#!/usr/bin/env node
/**
 * Layout variants of fixtures/003_6a46581b0013c0e7.renumbered.txt (tab rows) in the layouts that
 * PDF-to-markdown converters and web pages produce, each with the tables of its source golden as
 * the expectation (copied from the golden, never from the parser):
 *
 * - 003-pipes.txt: `规章 | 7539 | 1153 | 2662 |` rows, alternating with and without the leading
 *   pipe, merged-cell filler kept as empty cells between pipes;
 * - 003-markdown.txt: markdown tables, one small table per row group of the application matrix
 *   under placeholder headers (`| 数据1 | 数据2 | … | 总计 |`) with `|---|` separators;
 * - 003-split-rows.txt: each table row's label on one line and its numbers on the next.
 * - 003-markdown-html.txt: pipe rows as converters that keep HTML write them: blank cells
 *   printed as `<br>`, `<br/>` or `&nbsp;`, labels broken with `<br>` (at a space, or mid-label),
 *   numbers with a `<br>` after or `&nbsp;` before them.
 *
 * Usage: node scripts/make-layout-variants.mjs
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { optionsOf } from './args.mjs';

optionsOf('make-layout-variants', 'node scripts/make-layout-variants.mjs  (writes fixtures/variants/)', {});

const source = 'fixtures/003_6a46581b0013c0e7.renumbered';
const text = readFileSync(`${source}.txt`, 'utf8');
const golden = JSON.parse(readFileSync(`${source}.json`, 'utf8'));
const expected = {
  format: golden.format,
  activeDisclosure: golden.activeDisclosure,
  applications: golden.applications,
  reviewLitigation: golden.reviewLitigation,
};
const lines = text.split('\n');
const isNumber = (cell) => /^\d+(\.\d+)?$/.test(cell.trim());
/** Lines 29–80 (1-based) hold the three tables; prose around them stays as it is. */
const inTables = (i) => i >= 28 && i <= 79;
const out = (name, body) => {
  mkdirSync('fixtures/variants', { recursive: true });
  writeFileSync(`fixtures/variants/${name}.txt`, body);
  writeFileSync(`fixtures/variants/${name}.expected.json`, `${JSON.stringify(expected, null, 2)}\n`);
};

// Pipes: every tab row becomes a pipe row; odd rows keep a leading pipe, even rows do not.
let k = 0;
out(
  '003-pipes',
  lines
    .map((line, i) => {
      if (!inTables(i) || !line.includes('\t')) return line;
      const cells = line.split('\t').map((c) => c.trim());
      return k++ % 2 === 0 ? `| ${cells.join(' | ')} |` : `${cells.join(' | ')} |`;
    })
    .join('\n'),
);

// Markdown: a new small table (placeholder header + separator) before each row group of part 三.
const GROUP_STARTS = /^(?:一、|\(三\)|\(四\)|\(五\)|\(六\)|3\. 其他)/;
const placeholderHeader = (n) => `| ${Array.from({ length: n - 1 }, (_, j) => `数据${j + 1}`).join(' | ')} | 总计 |`;
const separator = (n) => `|${' --- |'.repeat(n)}`;
out(
  '003-markdown',
  lines
    .flatMap((line, i) => {
      if (!inTables(i) || !line.includes('\t')) return [line];
      const cells = line.split('\t').map((c) => c.trim());
      const row = `| ${cells.join(' | ')} |`;
      const firstLabel = cells.find((c) => c !== '') ?? '';
      if (i >= 48 && i <= 72 && GROUP_STARTS.test(firstLabel)) {
        return ['', placeholderHeader(cells.length), separator(cells.length), row];
      }
      return [row];
    })
    .join('\n'),
);

// Split rows: the label cells on one line, the numbers on the next.
out(
  '003-split-rows',
  lines
    .flatMap((line, i) => {
      if (!inTables(i) || !line.includes('\t')) return [line];
      const cells = line.split('\t');
      const first = cells.findIndex(isNumber);
      const labels = cells.slice(0, first).filter((c) => c.trim() !== '');
      if (first <= 0 || labels.length === 0) return [line];
      return [labels.join('\t'), cells.slice(first).join('\t')];
    })
    .join('\n'),
);
// Markdown with HTML: every cell of a table row takes one of the forms below, in turn.
const BLANK_FORMS = ['', '<br>', '&nbsp;', '<br/>', '<BR />'];
/** A label broken with `<br>`: at its first space, else (8 characters or more) in its middle. */
const brokenLabel = (cell, n) => {
  if (cell.includes(' ')) return cell.replace(' ', n % 2 ? '<br>' : '<br />');
  if (cell.length < 8) return cell;
  const middle = Math.floor(cell.length / 2);
  return `${cell.slice(0, middle)}${n % 2 ? '<br>' : '</br>'}${cell.slice(middle)}`;
};
let n = 0;
out(
  '003-markdown-html',
  lines
    .map((line, i) => {
      if (!inTables(i) || !line.includes('\t')) return line;
      const cells = line.split('\t').map((c) => {
        const cell = c.trim();
        n++;
        if (cell === '') return BLANK_FORMS[n % BLANK_FORMS.length];
        if (isNumber(cell)) return n % 3 === 0 ? `${cell}<br>` : n % 3 === 1 ? `&nbsp;${cell}` : cell;
        return brokenLabel(cell, n);
      });
      return `| ${cells.join(' | ')} |`;
    })
    .join('\n'),
);
console.log('wrote fixtures/variants/003-{pipes,markdown,split-rows,markdown-html}.txt');
