/**
 * A stretch of a table's lines printed twice word for word, right after itself (tables/repeats.ts):
 * read once, as the report printed it, and said so (`duplicate-row`). The lines-twice sweep
 * (scripts/lines-twice.mjs) and the fuzz run found such prints reading another row's numbers, or
 * leaving rows null that the report printed once read; the stretches here are theirs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { classify, type Tables } from './support/promise.js';
import { withStretch } from '../scripts/lines-twice.mjs';

const linesOf = (file: string): string[] => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8').split('\n');
/** A fixture's designed tables: a damaged fixture's `designed`, a golden's own JSON. */
function designedOf(file: string): Tables {
  const damaged = new URL(`../${file.replace(/\.txt$/, '.expected.json')}`, import.meta.url);
  if (existsSync(damaged)) return (JSON.parse(readFileSync(damaged, 'utf8')) as { designed: Tables }).designed;
  return JSON.parse(readFileSync(new URL(`../${file.replace(/\.txt$/, '.json')}`, import.meta.url), 'utf8')) as Tables;
}

/** The three tables of a report, as JSON. */
const tablesOf = (text: string): string => {
  const r = parseReport(text, { file: 'x.txt' });
  return JSON.stringify([r.activeDisclosure, r.applications, r.reviewLitigation]);
};

/** Each stretch (1-based lines, as the sweep names them) printed twice, and the row it names. */
const STRETCHES: Array<{ file: string; from: number; to: number; row: string }> = [
  // Part 四's header words a letter a line, then `复议后起诉` / `19` printed again: the second print
  // read 行政复议's numbers after it (5 wrong).
  { file: 'fixtures/damaged/pdftotext/11-000-chromium.plain.txt', from: 607, to: 610, row: 'reviewLitigation.litigationAfterReview' },
  // `（五）不予处理` / `1.信访…` / `2.重复申请` / one line of numbers: the labels printed twice ran into one label.
  { file: 'fixtures/damaged/labels-first/05-2020-mixed.txt', from: 47, to: 49, row: 'applications.notProcessed.duplicate' },
  // One cell a line: 4.'s numbers and 5.'s label printed twice.
  { file: 'fixtures/000_02e88f20f87b4541.renumbered.txt', from: 151, to: 161, row: 'applications.denied.internalAffairs' },
  // Part 二 column by column: the last numbers of a small table, the next one's heading, headers and first label.
  { file: 'fixtures/damaged/column-by-column/04-2019-tabs.txt', from: 39, to: 50, row: 'activeDisclosure.punishment' },
];

describe('a stretch of lines printed twice word for word, right after itself', () => {
  it.each(STRETCHES)('$file, lines $from–$to: the tables read as printed once, and the second print is named (en, zh)', ({ file, from, to, row }) => {
    const lines = linesOf(file);
    const twice = withStretch(lines, from - 1, to - 1, 'twice');
    expect(tablesOf(twice)).toBe(tablesOf(lines.join('\n')));
    // No cell other than its designed value (the tables read once may leave cells null).
    expect(classify(parseReport(twice, { file: 'x.txt' }), designedOf(file)).cells.filter((c) => c.verdict === 'wrong')).toEqual([]);
    for (const [lang, says] of [
      ['en', /^lines? [\d–]+ prints? lines? [\d–]+ again word for word, row “.+” among them: printed twice in the conversion, they are read once$/],
      ['zh', /^第 [\d–]+ 行与紧挨在前的第 [\d–]+ 行一字不差（其中有“.+”行）：视为转换时重复输出，只读一次$/],
    ] as const) {
      const said = parseReport(twice, { file: 'x.txt', lang }).diagnostics.filter((d) => d.code === 'duplicate-row' && says.test(d.message));
      expect(said).toHaveLength(1);
      // Named at the second print's first line that is not blank, on a row of the table.
      expect(said[0]?.line).toBeGreaterThan(to);
      expect(said[0]?.path?.split('.')[0]).toBe(row.split('.')[0]);
    }
  });

  it('lines of numbers alone printed again are read as printed: a report prints `0` / `0`', () => {
    // One number a line, part 四's fifteen: every `0` line follows a `0` line somewhere; doubling a
    // line of a number changes the numbers, and is not read once.
    const file = 'fixtures/000_02e88f20f87b4541.renumbered.txt';
    const lines = linesOf(file);
    const at = lines.findIndex((l, k) => k > 0 && /^\t \d+ $/.test(l) && /^\t \d+ $/.test(lines[k - 1] ?? ''));
    expect(at).toBeGreaterThan(0);
    const twice = withStretch(lines, at, at, 'twice');
    const report = parseReport(twice, { file: 'x.txt' });
    expect(report.diagnostics.some((d) => /word for word/.test(d.message))).toBe(false);
    expect(classify(report, designedOf(file)).cells.filter((c) => c.verdict === 'wrong')).toEqual([]);
  });

  it('the stretch printed again and again is read once and said once, counting the prints', () => {
    const file = 'fixtures/damaged/labels-first/05-2020-mixed.txt';
    const lines = linesOf(file);
    const at = lines.findIndex((l) => l.startsWith('|  |  | 3.要求提供公开出版物'));
    const times = [...lines.slice(0, at + 1), ...Array<string>(5).fill(lines[at] ?? ''), ...lines.slice(at + 1)].join('\n');
    expect(tablesOf(times)).toBe(tablesOf(lines.join('\n')));
    const said = parseReport(times, { file: 'x.txt' }).diagnostics.filter((d) => d.code === 'duplicate-row');
    expect(said.map((d) => [d.path, d.line])).toEqual([['applications.notProcessed.publication', at + 2]]);
    expect(said[0]?.message).toBe(`lines ${at + 2}–${at + 6} print line ${at + 1} again word for word, 5 times over, row “3.要求提供公开出版物” among them: printed again and again in the conversion, they are read once`);
  });
});

describe('lines of numbers alone printed twice inside a row printed one number a line', () => {
  // Plain pdftotext of a Word report: part 四's 未经复议直接起诉 prints `724` / `196` / `19`, its
  // header words, `967`, `1906`. With `196` / `19` printed again the row read 724 196 19 196 19
  // (three wrong, and a litigation-total error the report does not have). Read so it does not add
  // up; which of its numbers are its cannot be told: null, never another column's number.
  const file = 'fixtures/damaged/pdftotext/16-004-word.plain.txt';
  it.each([
    [492, 493],
    [493, 494],
    [493, 495],
  ])('lines %i–%i printed twice: the row is null, saying why (en, zh), and no cell is wrong', (from, to) => {
    const lines = linesOf(file);
    expect(lines.slice(491, 494)).toEqual(['724', '196', '19']);
    const twice = withStretch(lines, from - 1, to - 1, 'twice');
    const report = parseReport(twice, { file: 'x.txt' });
    expect(report.reviewLitigation?.litigationDirect).toEqual({ upheld: null, corrected: null, other: null, pending: null, total: null });
    expect(classify(report, designedOf(file)).cells.filter((c) => c.verdict === 'wrong')).toEqual([]);
    expect(report.diagnostics.filter((d) => d.code === 'litigation-total')).toEqual([]);
    const said = report.diagnostics.find((d) => d.path === 'reviewLitigation.litigationDirect');
    expect(said?.code).toBe('ambiguous-pairing');
    expect(said?.message).toMatch(/prints its numbers one a line, and lines \d+–\d+ print the numbers of the lines right before them \(from line \d+: [\d ]+\) again/);
    const zh = parseReport(twice, { file: 'x.txt', lang: 'zh' }).diagnostics.find((d) => d.path === 'reviewLitigation.litigationDirect');
    expect(zh?.message).toMatch(/的数字每行一个，第 \d+–\d+ 行又重复了紧挨在前/);
  });
});
