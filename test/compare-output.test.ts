/** The formatters of `gov-report compare`: terminal table (width-aware), JSON and CSV. */
import { describe, expect, it } from 'vitest';
import type { ComparedCell, Comparison } from '../src/crosscheck/compare.js';
import { en, zh as cliZh } from '../src/cli/messages.js';
import { compareCsv, compareJson, compareText } from '../src/output/compare.js';

// The terminal table measures Chinese labels: the width table is loaded on demand (output/width.ts).

const words = en.compare;

const cell = (over: Partial<ComparedCell>): ComparedCell => ({
  path: 'applications.newReceived.total',
  part: '三',
  row: '一、本年新收政府信息公开申请数量',
  column: '总计',
  old: 8,
  new: 12,
  change: 4,
  percent: 50,
  changed: true,
  large: true,
  ...over,
});

const comparison: Comparison = {
  old: { file: 'a/2023.txt', organ: '某镇人民政府', year: 2023, format: '2021' },
  new: { file: 'a/2024.txt', organ: '某镇人民政府', year: 2024, format: '2021' },
  sameOrgan: true,
  thresholdPercent: 50,
  cells: [
    cell({}),
    cell({ path: 'applications.newReceived.naturalPerson', column: '自然人', old: 5, new: 5, change: 0, percent: 0, changed: false, large: false }),
    cell({ path: 'activeDisclosure.fees.amount', part: '二', row: '行政事业性收费', column: '本年收费金额（单位：万元）', old: 10.5, new: 9.25, change: -1.25, percent: -11.9, large: false }),
    cell({ path: 'reviewLitigation.review.total', part: '四', row: '行政复议', old: 0, new: 3, change: 3, percent: null, large: true }),
  ],
  carryOver: [],
};

describe('compareText', () => {
  it('shows the changed cells, aligned by display width, with the counts', () => {
    expect(compareText(comparison, { words })).toBe(
      [
        'old: a/2023.txt  某镇人民政府  2023',
        'new: a/2024.txt  某镇人民政府  2024',
        '   part  row                               column             2023  2024  change       %',
        '!  三    一、本年新收政府信息公开申请数量  总计                  8    12      +4  +50.0%',
        '   二    行政事业性收费                    本年收费金额（单…  10.5  9.25   -1.25  -11.9%',
        '!  四    行政复议                          总计                  0     3      +3       -',
        '3 of 4 cells changed; 2 changed by 50% or more (marked !)',
        '',
      ].join('\n'),
    );
  });

  it('shows every cell with all, in Chinese with lang zh', () => {
    const text = compareText(comparison, { all: true, words: cliZh.compare });
    expect(text.split('\n')).toHaveLength(2 + 1 + 4 + 1 + 1);
    expect(text).toContain('上期：a/2023.txt  某镇人民政府  2023');
    expect(text).toContain('   三    一、本年新收政府信息公开申请数量  自然人                5     5      0    0.0%');
    expect(text).toContain('共 4 项，3 项有变化，其中 2 项变化达 50% 以上（标 !）');
  });

  it('says so when nothing changed, and when the organs differ', () => {
    const same = { ...comparison, sameOrgan: false, new: { ...comparison.new, organ: '某镇人民政府办公室' }, cells: [comparison.cells[1]!] };
    expect(compareText(same, { words })).toBe(
      ['old: a/2023.txt  某镇人民政府  2023', 'new: a/2024.txt  某镇人民政府办公室  2024', 'note: the two reports are of different organs (某镇人民政府 / 某镇人民政府办公室)', 'no cell changed', ''].join('\n'),
    );
  });
});

describe('compareCsv and compareJson', () => {
  it('writes one CRLF row per cell, numbers as numbers, null as empty', () => {
    const rows = compareCsv([comparison]).split('\r\n');
    expect(rows[0]).toBe('old.file,new.file,old.organ,new.organ,old.year,new.year,part,path,row,column,old,new,change,percent,changed,large');
    expect(rows[4]).toBe('a/2023.txt,a/2024.txt,某镇人民政府,某镇人民政府,2023,2024,四,reviewLitigation.review.total,行政复议,总计,0,3,3,,true,true');
    expect(rows).toHaveLength(1 + 4 + 1);
    expect(rows.at(-1)).toBe('');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    const risky = { ...comparison, old: { ...comparison.old, file: '=HYPERLINK("x")' } };
    expect(compareCsv([risky]).split('\r\n')[1]!.startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
  });

  it('writes JSON that reads back as the comparisons', () => {
    expect(JSON.parse(compareJson([comparison]))).toEqual([comparison]);
  });
});
