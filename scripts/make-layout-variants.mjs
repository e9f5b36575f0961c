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
 *
 * Usage: node scripts/make-layout-variants.mjs
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

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
console.log('wrote fixtures/variants/003-{pipes,markdown,split-rows}.txt');
