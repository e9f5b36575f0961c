/** The messages of the checks across the text and across years, in English and (kept for the Chinese catalog) Chinese. */
import { describe, expect, it } from 'vitest';
import { en as cliEn, zhCompare } from '../src/cli/messages.js';
import { en } from '../src/messages/en.js';
import type { MessageParams } from '../src/messages/params.js';
import { ZH_CHECKS } from '../src/messages/zh-checks.js';

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
    expect(ZH_CHECKS['text-table'](textTable)).toBe(
      '第12行正文称“收到政府信息公开申请75件”，但第88行表格“一、本年新收政府信息公开申请数量”总计为74；“一、本年新收政府信息公开申请数量”+“二、上年结转政府信息公开申请数量”总计为80',
    );
  });

  it('leaves out a line that is not known, and names cells of several columns each with its column', () => {
    const across = { ...textTable, table: { rows: ['一、本年新收政府信息公开申请数量 商业企业', '一、本年新收政府信息公开申请数量 科研机构'], column: null, value: 9, line: null }, others: [] };
    expect(en['text-table'](across)).toBe('text says “收到政府信息公开申请75件” (line 12); table “一、本年新收政府信息公开申请数量 商业企业” + “一、本年新收政府信息公开申请数量 科研机构” is 9');
    expect(ZH_CHECKS['text-table'](across)).toBe('第12行正文称“收到政府信息公开申请75件”，但表格“一、本年新收政府信息公开申请数量 商业企业”+“一、本年新收政府信息公开申请数量 科研机构”为9');
  });
});

describe('carry-over', () => {
  it('gives both files, both lines and both numbers', () => {
    expect(en['carry-over'](carryOver)).toBe(
      'column “商业企业”: “二、上年结转政府信息公开申请数量” (line 61) is 487, but “四、结转下年度继续办理” in the 2022 report (a/2022.txt, line 85) is 480 (off by 7)',
    );
    expect(ZH_CHECKS['carry-over'](carryOver)).toBe(
      '“商业企业”列：本报告第61行“二、上年结转政府信息公开申请数量”为487，但2022年度报告（a/2022.txt，第85行）“四、结转下年度继续办理”为480，相差7',
    );
  });
});

describe('year-unclear and the words of compare', () => {
  it('exist in both languages', () => {
    expect(en['year-unclear']({})).toMatch(/meta\.year is null/);
    expect(ZH_CHECKS['year-unclear']({})).toMatch(/年度记为空/);
    expect(Object.keys(zhCompare.compare).sort()).toEqual(Object.keys(cliEn.compare).sort());
    expect(zhCompare.compare.counts(3, 200)).toBe('共200项，3项有变化');
    expect(cliEn.compare.counts(3, 200)).toBe('3 of 200 cells changed');
  });
});
