/** meta.year: from the title or the opening, never guessed; null with a `year-unclear` warning. */
import { describe, expect, it } from 'vitest';
import { extractMeta } from '../src/meta/extractMeta.js';
import { normalize } from '../src/normalize/normalize.js';
import { parseReport } from '../src/report.js';
import { splitIntoSections } from '../src/sections/splitIntoSections.js';

const yearOf = (text: string) => {
  const lines = normalize(text);
  return extractMeta(splitIntoSections(lines), lines).meta.year;
};

const PARTS = ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项'];
const report = (front: string[], overview: string[], other: string[] = ['无。']) =>
  [...front, '一、总体情况', ...overview, ...PARTS, ...other].join('\n');

describe('meta.year', () => {
  it('comes from the title first', () => {
    expect(yearOf(report(['某局2023年政府信息公开工作年度报告', '本报告所列数据统计期限为2024年1月1日至2024年12月31日。'], ['2022年，本局…']))).toBe(2023);
  });

  it('comes from the statistical period when the title has none, with or without the second year', () => {
    expect(yearOf(report(['某局政府信息公开工作年度报告', '本报告所列数据的统计期间为 2024 年 1 月 1 日至 12 月 31 日。'], ['本局认真贯彻条例。']))).toBe(2024);
    expect(yearOf(report(['某局政府信息公开工作年度报告'], ['本局认真贯彻条例。'], ['（五）报告数据统计说明', '本报告所列数据统计期限为二〇二三年1月1日至二〇二三年12月31日。']))).toBe(2023);
  });

  it('comes from the report naming itself in its opening', () => {
    expect(yearOf(report(['某局政府信息公开工作年度报告', '现发布《某镇 2024 年度政府信息公开工作年度报告》。'], ['本局认真贯彻条例。']))).toBe(2024);
  });

  it('comes from the year that opens part 一', () => {
    expect(yearOf(report(['# 某镇人民政府 政府信息公开工作年度报告'], ['2024年，某镇坚持…，与2023年相比…', '2023年收到申请3件，2023年办结3件。']))).toBe(2024);
  });

  it('is null when only the body mentions years, however often (no guess)', () => {
    expect(yearOf(report(['某局政府信息公开工作年度报告'], ['本局认真贯彻条例，较2022年有所提高。', '2023年计划…，2023年目标…']))).toBeNull();
    expect(yearOf(report(['某局政府信息公开工作年度报告', '统计期限为2023年1月1日至2024年12月31日。'], ['本局认真贯彻条例。']))).toBeNull();
  });

  it('null comes with a year-unclear warning; a dated report has none', () => {
    const body = [
      '一、总体情况', '本局认真贯彻条例。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '无。',
    ];
    const undated = parseReport(['某局政府信息公开工作年度报告', ...body].join('\n'));
    expect(undated.meta.year).toBeNull();
    expect(undated.diagnostics.filter((d) => d.code === 'year-unclear')).toEqual([
      {
        code: 'year-unclear',
        severity: 'warning',
        message: 'the year of the report could not be told from its title or opening, so meta.year is null; checks across years and comparisons by year leave this report out',
        path: null,
        line: null,
      },
    ]);
    const dated = parseReport(['某局2024年政府信息公开工作年度报告', ...body].join('\n'));
    expect(dated.diagnostics.some((d) => d.code === 'year-unclear')).toBe(false);
  });
});
