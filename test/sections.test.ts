/** src/sections: lines → the title block and the six parts, found by their headings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/normalize/normalize.js';
import { matchKeyChar } from '../src/normalize/matchKey.js';
import { firstPrinted, headingsIn } from '../src/sections/headings.js';
import { COMPATIBILITY_BLOCKS, requiredRuns } from '../src/sections/prefilter.js';
import { MID_LINE_SEPARATORS, SEPARATORS } from '../src/sections/rules.js';
import { splitIntoSections } from '../src/sections/splitIntoSections.js';
import { numeralOf, PARTS } from '../src/catalog/parts.js';
import { oracleHeadingsIn } from './support/oracles.js';

/**
 * The part a line opens (a heading at its start, past markdown marks), and what runs on after the
 * heading as splitIntoSections hands it to the part's body; null when it opens none.
 */
function matchHeading(line: string): { part: number; rest: string } | null {
  const hit = headingsIn(line)[0];
  if (!hit || hit.start !== firstPrinted(line)) return null;
  const part = splitIntoSections([line]).parts[hit.part];
  return { part: hit.part, rest: part?.body.lines.join('\n') ?? '' };
}

describe('the heading a line opens', () => {
  it('knows the six headings and the variants the seeds print', () => {
    const headings: Array<[string, number]> = [
      ['一、总体情况', 1],
      ['二、主动公开政府信息情况', 2],
      ['二、行政机关主动公开政府信息情况', 2],
      ['三、行政机关收到和处理政府信息公开申请情况', 3],
      ['四、因政府信息公开工作被申请行政复议、提起行政诉讼情况', 4],
      ['四、因政府信息公开工作被申请行政复议、提起行政诉讼 情况', 4],
      ['四、政府信息公开行政复议、行政诉讼情况', 4],
      ['五、政府信息公开工作存在的主要问题及改进情况', 5],
      ['六、其他需要报告的事项', 6],
      // Wording that drifts from the form as report writers word it.
      ['一、政府信息公开工作总体情况', 1],
      ['一、工作概况', 1],
      ['五、存在的问题及改进措施', 5],
      ['五、存在问题和整改情况', 5],
      ['六、其他需要说明的事项', 6],
      ['第三部分 收到和处理政府信息公开申请情况', 3],
    ];
    for (const [line, part] of headings) expect(matchHeading(line), line).toEqual({ part, rest: '' });
  });

  it('reads markdown headings, before and after normalize strips their marks', () => {
    for (const [line, part] of [
      ['#### 四、政府信息公开行政复议、行政诉讼情况', 4],
      ['## 二、主动公开政府信息情况', 2],
    ] as const) {
      expect(matchHeading(line)).toEqual({ part, rest: '' });
      expect(matchHeading(normalize(line)[0]!)).toEqual({ part, rest: '' });
    }
    expect(matchHeading('#### **六、其他需要报告的事项**')).toEqual({ part: 6, rest: '' });
    expect(matchHeading(normalize('#### **六、其他需要报告的事项**')[0]!)).toEqual({ part: 6, rest: '' });
  });

  it('takes an unnumbered heading only when it is the whole line', () => {
    expect(matchHeading('主动公开政府信息情况')).toEqual({ part: 2, rest: '' });
    expect(matchHeading('主动公开政府信息情况如下')).toBeNull();
  });

  it('does not take table rows or bracketed sub-headings for parts', () => {
    expect(matchHeading('四、结转下年度继续办理')).toBeNull();
    expect(matchHeading('三、本年度办理结果')).toBeNull();
    expect(matchHeading('（二）主动公开政府信息情况')).toBeNull();
  });

  it('keeps a short line whole as the heading, and hands on what a long one runs in', () => {
    expect(matchHeading('五、存在的主要问题及改进措施')).toEqual({ part: 5, rest: '' });
    const line = '三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况';
    expect(matchHeading(line)).toEqual({ part: 3, rest: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况' });
  });
});

describe('headingsIn', () => {
  it('finds a numbered heading inside a line after a number or a sentence end', () => {
    const afterProse = '确保信息公开及时准确。二、主动公开政府信息情况第二十条第（一）项规章5589126475';
    expect(headingsIn(afterProse, 1)).toEqual([{ part: 2, start: afterProse.indexOf('二、'), end: afterProse.indexOf('第二十条') }]);
    const afterTable = '总计110024001510102五、存在的主要问题及改进情况（一）存在的主要问题';
    expect(headingsIn(afterTable, 4)).toEqual([{ part: 5, start: afterTable.indexOf('五、'), end: afterTable.indexOf('（一）') }]);
  });

  it('finds several in one line, in order', () => {
    const line = '二、主动公开政府信息情况行政许可4811三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量6000006';
    expect(headingsIn(line).map((h) => h.part)).toEqual([2, 3]);
  });

  it('finds one after a number with its unit, a colon, or markdown marks left inside the line', () => {
    const afterUnit = '政府集中采购 45 251000元 三、收到和处理政府信息公开申请情况 （本列数据…）';
    expect(headingsIn(afterUnit, 2)).toEqual([{ part: 3, start: afterUnit.indexOf('三、'), end: afterUnit.indexOf('（') }]);
    expect(headingsIn('采购总金额48.25万元三、收到和处理政府信息公开申请情况', 2).map((h) => h.part)).toEqual([3]);
    const afterColon = '单位主要负责人签名： 一、总体情况 2024年，本镇';
    expect(headingsIn(afterColon, 0)).toEqual([{ part: 1, start: afterColon.indexOf('一、'), end: afterColon.indexOf('2024') }]);
    const afterMarks = '提升工作水平。 #### **六、其他需要报告的事项 无。';
    expect(headingsIn(afterMarks, 5)).toEqual([{ part: 6, start: afterMarks.indexOf('####'), end: afterMarks.indexOf('无。') }]);
  });

  it('finds part 一 right after the title block, which may end in a word (…年度报告 一、总体情况)', () => {
    const line = '某某街道办事处2024年政府信息公开工作年度报告 一、总体情况 (一) 主动公开情况 本年…';
    expect(headingsIn(line, 0)).toEqual([{ part: 1, start: line.indexOf('一、'), end: line.indexOf('(一)') }]);
    // Only as the first part found: after part 一, a word before a numeral still means prose.
    expect(headingsIn('年度报告 一、总体情况', 1)).toEqual([]);
    expect(headingsIn('我们按照五、存在的主要问题及改进情况的要求', 4)).toEqual([]);
  });

  it('finds any part after a word and a space: a report run into one line keeps a space where a line broke', () => {
    const line = '政府集中采购 124 35.6 第二十条第（九）项 三、收到和处理政府信息公开申请情况 申请人情况';
    expect(headingsIn(line, 2)).toEqual([{ part: 3, start: line.indexOf('三、'), end: line.indexOf('申请人情况') }]);
    const part4 = '四、结转下年度继续办理\u3000四、政府信息公开行政复议、行政诉讼情况 行政复议';
    expect(headingsIn(part4, 3)).toEqual([{ part: 4, start: part4.lastIndexOf('四、'), end: part4.lastIndexOf('行政复议') }]);
    // With no space, a word before the numeral still means prose.
    expect(headingsIn('第二十条第（九）项三、收到和处理政府信息公开申请情况', 2)).toEqual([]);
  });

  it('does not take an entry of contents run into one line for part 一 (another part follows it at once)', () => {
    expect(headingsIn('目录 一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况', 0)).toEqual([]);
    expect(headingsIn('目录一、总体情况……1二、主动公开政府信息情况……2', 0)).toEqual([]);
    // The report may follow on the same line: its part 一 is the first heading that is no entry.
    const page = '目录 一、总体情况……1 二、主动公开政府信息情况……2 六、其他需要报告的事项……6 一、总体情况 2024年，本局';
    expect(headingsIn(page, 0)).toEqual([{ part: 1, start: page.lastIndexOf('一、'), end: page.indexOf('2024') }]);
  });

  it('ignores a part mentioned in prose, or right after a word, or of a part already found', () => {
    expect(headingsIn('我们按照二、主动公开政府信息情况的要求', 1)).toEqual([]);
    expect(headingsIn('见上文。二、主动公开政府信息情况', 2)).toEqual([]);
  });
});

describe('splitIntoSections', () => {
  it('finds the parts in order, the front before them, and each body up to the next heading', () => {
    const lines = ['某局2024年政府信息公开工作年度报告', '一、总体情况', '本局……', '二、主动公开政府信息情况', '规章\t1\t2\t3', '四、结转下年度继续办理\t0', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '无。'];
    const sections = splitIntoSections(lines);
    expect(sections.front).toEqual({ firstLine: 1, lines: ['某局2024年政府信息公开工作年度报告'] });
    expect(Object.values(sections.parts).map((p) => [p.part, p.line])).toEqual([
      [1, 2],
      [2, 4],
      [3, 7],
      [4, 8],
      [5, 9],
      [6, 11],
    ]);
    expect(sections.parts[2]!.body).toEqual({ firstLine: 5, lines: ['规章\t1\t2\t3', '四、结转下年度继续办理\t0'] });
    expect(sections.parts[6]!.body).toEqual({ firstLine: 12, lines: ['无。'] });
  });

  it('searches each part after the one before, so a part may be missing', () => {
    const sections = splitIntoSections(['一、总体情况', '三、收到和处理政府信息公开申请情况', '二、主动公开政府信息情况', '四、政府信息公开行政复议、行政诉讼情况']);
    expect(Object.keys(sections.parts)).toEqual(['1', '3', '4']);
  });

  it('splits a line that a crawler ran headings, tables and prose into', () => {
    const lines = [
      '一、总体情况',
      '本局认真贯彻条例。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000',
      '三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况一、本年新收政府信息公开申请数量801000081',
      '四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计110024001510102五、存在的主要问题及改进情况无。',
      '六、其他需要报告的事项',
      '无。',
    ];
    const { parts } = splitIntoSections(lines);
    expect(parts[1]!.body).toEqual({ firstLine: 2, lines: ['本局认真贯彻条例。'] });
    expect(parts[2]).toMatchObject({ heading: '二、主动公开政府信息情况', line: 2 });
    expect(parts[2]!.body).toEqual({ firstLine: 2, lines: ['第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000'] });
    expect(parts[3]).toMatchObject({ heading: '三、收到和处理政府信息公开申请情况', line: 3 });
    expect(parts[3]!.body.lines).toEqual(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况一、本年新收政府信息公开申请数量801000081']);
    expect(parts[4]!.body).toEqual({ firstLine: 4, lines: ['行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计110024001510102'] });
    expect(parts[5]).toMatchObject({ heading: '五、存在的主要问题及改进情况', line: 4, body: { firstLine: 4, lines: ['无。'] } });
    expect(parts[6]).toMatchObject({ line: 5, body: { firstLine: 6, lines: ['无。'] } });
  });

  it('skips a table of contents: the parts are looked for again after its last entry', () => {
    const contents = ['目录', '一、总体情况……1', '二、主动公开政府信息情况……2', '三、收到和处理政府信息公开申请情况……3', '', '四、政府信息公开行政复议、行政诉讼情况……4'];
    const report = ['一、总体情况', '本局……', '二、主动公开政府信息情况', '规章\t1\t2\t3', '三、收到和处理政府信息公开申请情况', '表', '四、政府信息公开行政复议、行政诉讼情况', '表'];
    const { front, parts } = splitIntoSections(['某局年度报告', ...contents, ...report]);
    expect(Object.values(parts).map((p) => [p.part, p.line])).toEqual([[1, 8], [2, 10], [3, 12], [4, 14]]);
    expect(front.lines).toEqual(['某局年度报告', ...contents]);
  });

  it('keeps parts printed with no body when nothing follows them (no contents then)', () => {
    const lines = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'];
    expect(Object.values(splitIntoSections(lines).parts).map((p) => p.line)).toEqual([1, 2, 3, 4]);
  });

  it('takes three parts with no body in a row for parts, not contents (contents list four or more)', () => {
    const lines = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '表', '四、政府信息公开行政复议、行政诉讼情况'];
    expect(Object.values(splitIntoSections(lines).parts).map((p) => p.line)).toEqual([1, 2, 3, 5]);
  });

  it('finds parts numbered 1、 or （一） when the form\'s numbering finds too few', () => {
    const lines = ['1、总体情况', '本局……', '2. 主动公开政府信息情况', '表', '（三）收到和处理政府信息公开申请情况', '表', '4、政府信息公开行政复议、行政诉讼情况', '表'];
    expect(Object.values(splitIntoSections(lines).parts).map((p) => [p.part, p.line])).toEqual([[1, 1], [2, 3], [3, 5], [4, 7]]);
  });

  // LibreOffice prints a Word document's numbered headings as its list numbers (`1. 总体情况`); a
  // converter then runs the page into one line, where each heading stands after a space.
  it('finds parts numbered 1. or （一） inside a line, where a report run into one line prints them', () => {
    const line = '某街道2024年政府信息公开工作年度报告 1. 总体情况 本年度…… 2. 行政机关主动公开政府信息情况 规章 0 0 0 3. 行政机关收到和处理政府信息公开申请情况 表 2067 （四）政府信息公开行政复议、行政诉讼情况 表 5. 存在的主要问题及改进情况 无 6. 其他需要报告的事项 无';
    const { parts } = splitIntoSections([line]);
    expect(Object.values(parts).map((p) => [p.part, p.heading])).toEqual([
      [1, '1. 总体情况'],
      [2, '2. 行政机关主动公开政府信息情况'],
      [3, '3. 行政机关收到和处理政府信息公开申请情况'],
      [4, '（四）政府信息公开行政复议、行政诉讼情况'],
      [5, '5. 存在的主要问题及改进情况'],
      [6, '6. 其他需要报告的事项'],
    ]);
    expect(parts[3]?.body.lines).toEqual(['表 2067']);
  });

  it('takes no number run into a digit or a point before it for a part\'s numbering inside a line', () => {
    // `20675.` and `12.3.`: a number's digits, not part 五's or 三's numbering.
    const line = '1. 总体情况 本年度…… 2. 主动公开政府信息情况 表 12.3.收到和处理政府信息公开申请情况 4. 政府信息公开行政复议、行政诉讼情况 表 20675.存在的主要问题及改进情况';
    expect(Object.values(splitIntoSections([line]).parts).map((p) => p.part)).toEqual([1, 2, 4]);
  });

  it('does not take the sections inside a part, numbered （二）, for parts when the parts are numbered as the form does', () => {
    const lines = ['一、总体情况', '（一）主动公开情况', '（二）主动公开政府信息情况', '本局……', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'];
    expect(Object.values(splitIntoSections(lines).parts).map((p) => [p.part, p.line])).toEqual([[1, 1], [2, 5], [3, 6], [4, 7]]);
  });

  it('does not overflow on a huge part', () => {
    const lines = ['一、总体情况', ...Array(300_000).fill('本局认真贯彻条例。'), '二、主动公开政府信息情况'];
    expect(splitIntoSections(lines).parts[1]!.body.lines).toHaveLength(300_000);
  });
});

describe('headingsIn against the character-by-character rules (fast-check, fixed seed)', () => {
  // Heading words, their numerals and separators, the forms NFKC folds into them (⼀, ㈠, ⅰ, full
  // width), spaces inside words, markdown marks, and table and prose text around them.
  const pieces = [
    '一', '二', '三', '四', '五', '六', '第', '部分', '、', '.', '．', '，', ':', '（', '）', '(', ')', '⼀', '⼆', '㈠', '㊂', '﹒', '､',
    '本机关认真贯彻落实条例要求', '一是', '。',
    '总体情况', '概述', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况',
    '存在的主要问题及改进情况', '其他需要报告的事项', '情', '况', '\uFA71', '事', '项', '问', '题', '概',
    ' ', '\u3000', '\t', '#', '**', '12', '３', '。', '规章', '予以公开', '其他', '本年度', 'ａ',
    '：', '元', '万元', '人次', '件', '年度报告', '48.25', '目录', '……', '…1', '．．',
  ];
  const line = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((p) => p.join(''));

  it('finds the same headings, at the same places, after any part', () => {
    fc.assert(
      fc.property(line, fc.constantFrom(0, 1, 2, 3, 4, 5, 6), (text, after) => {
        expect(headingsIn(text, after as 0)).toEqual(oracleHeadingsIn(text, after as 0));
      }),
      { seed: 20261122, numRuns: 30000 },
    );
  });
});

describe('numerals and separators as PDF exports print them (⼀、, 二﹒, ㊂部分)', () => {
  // Every code point whose key is a part numeral or a numeral's separator, found by brute force.
  const numerals = new Map<string, string[]>();
  const separators: string[] = [];
  // And the Unicode fact the pre-filters (src/sections/prefilter.ts) rest on: which characters
  // NFKC folds into an ideograph, or into text that starts with a separator.
  const inBlocks = (cp: number) => COMPATIBILITY_BLOCKS.some(([first, last]) => cp >= first && cp <= last);
  const outside: string[] = [];
  const emptyKey: string[] = [];
  for (let cp = 0x80; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    const key = matchKeyChar(ch);
    if (key === ch) continue;
    if (PARTS.some((r) => numeralOf(r.part) === key)) numerals.set(key, [...(numerals.get(key) ?? []), ch]);
    if (key === '、' || key === '.') separators.push(ch);
    if (key === '') emptyKey.push(ch);
    const separatorFirst = key !== '' && (SEPARATORS + MID_LINE_SEPARATORS).includes(key[0]!);
    if ((/[\u3400-\u9fff]/.test(key) || separatorFirst) && !inBlocks(cp)) outside.push(ch);
  }

  it('COMPATIBILITY_BLOCKS holds every character NFKC folds into an ideograph, or into text that starts with a separator', () => {
    expect(outside).toEqual([]);
    // The characters whose key is empty are white space: the pre-filters allow \s between characters.
    expect(emptyKey.filter((ch) => !/\s/.test(ch))).toEqual([]);
  });

  const prose = '本机关认真贯彻落实条例要求，'.repeat(4); // the line is long: only a numbered heading counts
  const phrase = (numeral: string) => PARTS.find((r) => numeralOf(r.part) === numeral)!;

  it('finds a heading numbered with any form of its numeral, at the start of a long line', () => {
    expect([...numerals.keys()].sort()).toEqual([...'一二三四五六'].sort());
    for (const [numeral, forms] of numerals) {
      const rule = phrase(numeral);
      for (const form of forms) {
        expect(headingsIn(`${form}、${rule.heading.slice(2)}${prose}`).map((h) => h.part), `${form} (${numeral})`).toEqual([rule.part]);
      }
    }
  });

  it('finds a heading inside a long line after any form of a separator, and after 部分', () => {
    const rule = phrase('二');
    for (const separator of separators) {
      expect(headingsIn(`规章。二${separator}${rule.heading.slice(2)}${prose}`).map((h) => h.part), separator).toEqual([2]);
    }
    expect(headingsIn(`规章。第三部分${phrase('三').heading.slice(2)}${prose}`).map((h) => h.part)).toEqual([3]);
  });
});

describe('requiredRuns: the words every match of a heading phrase holds (the pre-filter is made of them)', () => {
  it('reads alternatives, optional groups and characters, and classes', () => {
    expect(requiredRuns(/^其他需要(?:报告|说明)的?事项/)).toEqual([
      ['其他需要', '报告', '事项'],
      ['其他需要', '说明', '事项'],
    ]);
    expect(requiredRuns(/^(?:因)?(?:被申请)?行政复议[、和及与,]*(?:提起)?行政诉讼(?:的)?情况/)).toEqual([['行政复议', '行政诉讼', '情况']]);
    expect(requiredRuns(/^(?:政府信息公开(?:工作)?)?(?:总体情况|概述)/)).toEqual([['总体情况'], ['概述']]);
  });

  it('is null when a match may hold no ideograph it can name', () => {
    expect(requiredRuns(/^(?:总体情况)?/)).toBeNull();
    expect(requiredRuns(/^[一二三]、/)).toBeNull();
    expect(requiredRuns(/^(?=情况)\S+/)).toBeNull();
  });
});
