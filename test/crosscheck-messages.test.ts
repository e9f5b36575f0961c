/** The messages of the checks across the text and across years, in English and (kept for the Chinese catalog) Chinese. */
import { describe, expect, it } from 'vitest';
import { en as cliEn, zh as cliZh } from '../src/cli/messages.js';
import { en } from '../src/messages/en.js';
import type { MessageParams } from '../src/messages/params.js';
import { zh } from '../src/messages/zh.js';

const textTable: MessageParams['text-table'] = {
  quote: '收到政府信息公开申请75件',
  line: 12,
  table: { rows: ['一、本年新收政府信息公开申请数量'], column: '总计', value: 74, line: 88 },
  others: [{ rows: ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量'], column: '总计', value: 80 }],
};
const carryOver: MessageParams['carry-over'] = {
  column: '商业企业',
  carriedOver: { row: '二、上年结转政府信息公开申请数量', line: 61, value: 487 },
  previous: { row: '四、结转下年度继续办理', line: 85, value: 480, year: 2022, file: 'a/2022.txt' },
};

describe('text-table', () => {
  it('names both sides with their lines', () => {
    expect(en['text-table'](textTable)).toBe(
      'text says “收到政府信息公开申请75件” (line 12); table “一、本年新收政府信息公开申请数量” 总计 is 74 (line 88); “一、本年新收政府信息公开申请数量” + “二、上年结转政府信息公开申请数量” 总计 is 80',
    );
    expect(zh['text-table'](textTable)).toBe(
      '第 12 行正文称“收到政府信息公开申请75件”，但第 88 行表格“一、本年新收政府信息公开申请数量”总计为 74；“一、本年新收政府信息公开申请数量”+“二、上年结转政府信息公开申请数量”总计为 80',
    );
  });

  it('leaves out a line that is not known, and names cells of several columns each with its column', () => {
    const across = { ...textTable, table: { rows: ['一、本年新收政府信息公开申请数量 商业企业', '一、本年新收政府信息公开申请数量 科研机构'], column: null, value: 9, line: null }, others: [] };
    expect(en['text-table'](across)).toBe('text says “收到政府信息公开申请75件” (line 12); table “一、本年新收政府信息公开申请数量 商业企业” + “一、本年新收政府信息公开申请数量 科研机构” is 9');
    expect(zh['text-table'](across)).toBe('第 12 行正文称“收到政府信息公开申请75件”，但表格“一、本年新收政府信息公开申请数量 商业企业”+“一、本年新收政府信息公开申请数量 科研机构”为 9');
  });
});

describe('carry-over', () => {
  it('gives both files, both lines and both numbers', () => {
    expect(en['carry-over'](carryOver)).toBe(
      'column “商业企业”: “二、上年结转政府信息公开申请数量” (line 61) is 487, but “四、结转下年度继续办理” in the 2022 report (a/2022.txt, line 85) is 480 (a difference of 7)',
    );
    expect(zh['carry-over'](carryOver)).toBe(
      '“商业企业”列：本报告第 61 行“二、上年结转政府信息公开申请数量”为 487，但 2022 年度报告（a/2022.txt，第 85 行）“四、结转下年度继续办理”为 480（相差 7）',
    );
  });
});

describe('year-unclear and the words of compare', () => {
  it('exist in both languages', () => {
    expect(en['year-unclear']({})).toMatch(/meta\.year is null/);
    expect(zh['year-unclear']({})).toMatch(/年度记为空/);
    expect(Object.keys(cliZh.compare).sort()).toEqual(Object.keys(cliEn.compare).sort());
    expect(cliZh.compare.counts(3, 200)).toBe('共 200 项，3 项有变化');
    expect(cliEn.compare.counts(3, 200)).toBe('3 of 200 cells changed');
  });
});
