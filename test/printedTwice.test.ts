/**
 * Lines printed twice in a conversion, as every stretch of a few lines printed again right after
 * itself (scripts/lines-twice.mjs, a sweep of fixtures/damaged/, found these reading wrong values;
 * fuzzing draws such cases only now and then). Each case keeps every printed number where it stood, so each cell must read
 * its designed value or null.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { classify, type Tables } from './support/promise.js';
import { withStretch } from '../scripts/lines-twice.mjs';

const dir = new URL('../fixtures/damaged/pdftotext-raw/', import.meta.url);
const RAW = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();

/** `lines` with lines from..to (indices) printed again right after `to`. */
const twice = (lines: readonly string[], from: number, to: number): string => withStretch(lines, from, to, 'twice');

describe('plain pdftotext -raw: a label\'s last line, its numbers and the next row\'s label printed twice', () => {
  // `5.属于三类内` / `部事务信息` / `104 131 …` / `6.属于四类过` / `程性信息`, the last four printed again:
  // 6.'s first print is followed by 部事务信息 and 5.'s numbers, then by its own label and numbers.
  // Read as a label wrapped around its numbers (`6.属于四类过 程性信息 部事务信息` / 5.'s numbers /
  // `6.属于四类过 程性信息`), 6. took 5.'s numbers. A numbering opens a label, never the rest of one.
  it.each(RAW)('%s: no cell reads a wrong value', (name) => {
    const lines = readFileSync(new URL(name, dir), 'utf8').split('\n');
    const designed = (JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.expected.json'), dir), 'utf8')) as { designed: Tables }).designed;
    const wrong: string[] = [];
    let cases = 0;
    lines.forEach((line, k) => {
      if (!/^[\d\s—]+$/.test(line) || !/^\d+\./.test(lines[k + 1] ?? '') || k < 1) return;
      cases++;
      const report = parseReport(twice(lines, k - 1, k + 2), { file: name });
      for (const c of classify(report, designed).cells) if (c.verdict === 'wrong') wrong.push(`lines ${k}–${k + 3} twice: ${c.path} ${String(c.got)}`);
    });
    expect(cases).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});

describe('LibreOffice\'s text of a Word report: a label\'s last line, its number and the next label printed twice (part 二)', () => {
  // `行政` / `处罚` / `8289` / `行政强制`, the last three printed again: `行政强制` / `处罚` / `8289` /
  // `行政强制` / `5`. Read as a label wrapped around its number (`行政强制 处罚` / 8289 / `行政强制`),
  // 行政强制 took 行政处罚's 8289. Words that begin a row's label as the form prints it begin a
  // label, never the rest of one.
  const lo = new URL('../fixtures/damaged/libreoffice-text/', import.meta.url);
  // The forms whose part 二 rows print one number each (the 2019 form prints three).
  const FILES = readdirSync(lo).filter((n) => n.endsWith('.txt') && readFileSync(new URL(n, lo), 'utf8').includes('本年处理决定数量')).sort();
  it.each(FILES)('%s: no cell reads a wrong value', (name) => {
    const lines = readFileSync(new URL(name, lo), 'utf8').split('\n');
    const designed = (JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.expected.json'), lo), 'utf8')) as { designed: Tables }).designed;
    const end = lines.findIndex((l) => l.startsWith('三、'));
    expect(end).toBeGreaterThan(0);
    const wrong: string[] = [];
    let cases = 0;
    lines.slice(0, end).forEach((line, k) => {
      const word = (l: string | undefined): boolean => l !== undefined && /\p{Script=Han}/u.test(l) && !/\d/.test(l);
      if (!/^\d+$/.test(line) || !word(lines[k - 1]) || !word(lines[k + 1])) return;
      cases++;
      const report = parseReport(twice(lines, k - 1, k + 1), { file: name });
      for (const c of classify(report, designed).cells) if (c.verdict === 'wrong') wrong.push(`lines ${k}–${k + 2} twice: ${c.path} ${String(c.got)}`);
    });
    expect(cases).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});

describe('lines lost inside a wrapped label (pdftotext -layout)', () => {
  // `5.要求行政机关确认或重新` / its numbers / `出具已获取信息` / … / `（六）其他处理 70 101 …`, the lines
  // after the label's first lost: 5.'s label runs on into （六）'s, and the numbers are （六）'s.
  // A label opening as one row does and ending as another (`1.属于国家` / `止公开`) names neither;
  // one running on into another numbered label is left to the rules for that.
  const dir = new URL('../fixtures/damaged/pdftotext/', import.meta.url);
  const FILES = ['05-2019-tabs-bordered.layout', '06-2019-tabs-borderless.layout', '07-2020-mixed-bordered.layout', '08-2020-mixed-borderless.layout'];
  it.each(FILES)('%s: no cell reads a wrong value', (name) => {
    const lines = readFileSync(new URL(`${name}.txt`, dir), 'utf8').split('\n');
    const designed = (JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')) as { designed: Tables }).designed;
    const at = lines.findIndex((l) => l.includes('5.要求行政机关确认或重新'));
    expect(at).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (let from = at + 1; from <= at + 2; from++) {
      for (let to = from; to < from + 4; to++) {
        const report = parseReport(withStretch(lines, from, to, 'lost'), { file: name });
        for (const c of classify(report, designed).cells) if (c.verdict === 'wrong') wrong.push(`lines ${from + 1}–${to + 1} lost: ${c.path} ${String(c.got)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
