/** meta (title, organ, year, publishedOn) and the prose of parts 一, 五, 六. */
import { describe, expect, it } from 'vitest';
import { extractMeta } from '../src/meta/extractMeta.js';
import { normalize } from '../src/normalize/normalize.js';
import { splitIntoSections } from '../src/sections/splitIntoSections.js';
import { parseReport } from '../src/index.js';
import { reportSchema } from '../src/schema.js';

const metaOf = (text: string) => {
  const lines = normalize(text);
  return extractMeta(splitIntoSections(lines), lines);
};

const BODY = ['一、总体情况', '2023年，本局认真贯彻条例。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '问题一。', '六、其他需要报告的事项', '无。'];

describe('meta', () => {
  it('joins a title whose organ is on the line above, and takes organ and year from it', () => {
    const { meta } = metaOf([' 某某县人民政府某某街道办事处', '2024年政府信息公开工作年度报告', '', ...BODY].join('\n'));
    expect(meta).toMatchObject({ title: '某某县人民政府某某街道办事处2024年政府信息公开工作年度报告', organ: '某某县人民政府某某街道办事处', year: 2024 });
  });

  it('closes up spaces in a title and strips markdown; year from the text when the title has none', () => {
    const { meta } = metaOf(['附件', '', '# 某某区某某镇人民政府 政府信息公开工作年度报告', '', ...BODY].join('\n'));
    expect(meta).toMatchObject({ title: '某某区某某镇人民政府政府信息公开工作年度报告', organ: '某某区某某镇人民政府', year: 2023 });
  });

  it('a page\'s menu printed as plain lines is no title: the first title with a year is (plain pdftotext of a printed page)', () => {
    // fixtures/damaged/chromium-pdftotext/2-12.plain: the site's menu, then its information box.
    const page = ['无障碍 | 长者模式 | 网站支持IPv6', '人民政府门户网站', '首页', '政务公开', '政府信息公开年报', '政民互动', '当前位置：首页 > 政务公开 > 政府信息公开年度报告', '', '索引号：', '11370725MB28-2025-0001', '标 题：', '昌乐县乔官镇人民政府2024年政府信息公开公开工作年度报告', '发布日期：', '2025-01-15'];
    expect(metaOf([...page, ...BODY].join('\n')).meta).toMatchObject({ title: '昌乐县乔官镇人民政府2024年政府信息公开公开工作年度报告', organ: '昌乐县乔官镇人民政府', year: 2024 });
    // A title of the words alone, no other: it stands.
    expect(metaOf(['某某镇人民政府', '政府信息公开工作年度报告', '', ...BODY].join('\n')).meta).toMatchObject({ title: '某某镇人民政府政府信息公开工作年度报告', organ: '某某镇人民政府' });
  });

  it('a page\'s menu and breadcrumb as Markdown are no title; its information box as a pipe table is (pandoc\'s Markdown of a page)', () => {
    const menu = ['<div class="nav">', '', '-   [首页](/)', '-   [政府信息公开年报](/nb)', '', '</div>', '', '当前位置：[首页](/) \\> [政务公开](/zwgk) \\> 政府信息公开年度报告', ''];
    const box = ['|            |                                      |', '|------------|--------------------------------------|', '| 标　　题： | 某某县住房和城乡建设局2020年政府信息公开工作年度报告 |', ''];
    expect(metaOf([...menu, ...box, ...BODY].join('\n')).meta).toMatchObject({ title: '某某县住房和城乡建设局2020年政府信息公开工作年度报告', organ: '某某县住房和城乡建设局', year: 2020 });
    // The same menu in plain text (links' words only, `-` bullets, `>` between the breadcrumb's steps).
    const plain = ['-   首页', '-   政府信息公开年报', '当前位置：首页 > 政务公开 > 政府信息公开年度报告', '某某县住房和城乡建设局2020年政府信息公开工作年度报告'];
    expect(metaOf([...plain, ...BODY].join('\n')).meta).toMatchObject({ title: '某某县住房和城乡建设局2020年政府信息公开工作年度报告', organ: '某某县住房和城乡建设局' });
    // Marks before a title's words name no organ.
    expect(metaOf(['-=政府信息公开工作年度报告', ...BODY].join('\n')).meta).toMatchObject({ title: '-=政府信息公开工作年度报告', organ: null });
  });

  it('reads the signature date in Arabic or Chinese numerals, and leaves it out of part 六', () => {
    const arabic = metaOf(['某局2024年政府信息公开工作年度报告', ...BODY, '', '某局', '', '2025 年 1 月 14 日', '3'].join('\n'));
    expect(arabic.meta.publishedOn).toBe('2025-01-14');
    expect(arabic.text.otherMatters).toBe('无。');
    const chinese = metaOf(['某局2024年政府信息公开工作年度报告', ...BODY, '某局', '二〇二五年一月二十九日'].join('\n'));
    expect(chinese.meta.publishedOn).toBe('2025-01-29');
    expect(chinese.text.otherMatters).toBe('无。');
    // A year with a leading zero (`0020`, a byte of 2020 lost: fuzz seed 296 case 822) is no date:
    // read as 20 it gave `20-01-17`, which the schema refuses.
    const lost = metaOf(['某局2019年政府信息公开工作年度报告', ...BODY, '某局', '0020年1月17日'].join('\n'));
    expect(lost.meta.publishedOn).toBeNull();
    expect(reportSchema.safeParse(parseReport(['某局2019年政府信息公开工作年度报告', ...BODY, '某局', '0020年1月17日'].join('\n'))).success).toBe(true);
  });

  it('a title given in a web page\'s information box (标题： field) is the title without its label', () => {
    const box = ['索引号：\t1137-2025-0001\t发布机构：\t办公室', '标　　题：\t某县人民政府2024年政府信息公开工作年度报告', '发布日期：\t2025-01-15'];
    const { meta } = metaOf([...box, '', ...BODY].join('\n'));
    expect(meta).toMatchObject({ title: '某县人民政府2024年政府信息公开工作年度报告', organ: '某县人民政府', year: 2024 });
  });

  it('is null where the report does not say', () => {
    const { meta } = metaOf(BODY.slice(0, 1).concat('本局认真贯彻条例。', BODY.slice(2)).join('\n'));
    expect(meta).toEqual({ title: null, organ: null, year: null, publishedOn: null });
  });
});

describe('text', () => {
  it('is the trimmed lines of each part body, blank lines dropped', () => {
    const { text } = metaOf(['某局2024年政府信息公开工作年度报告', '一、总体情况', '  第一段。', '', '第二段。', ...BODY.slice(2)].join('\n'));
    expect(text).toEqual({ overview: '第一段。\n第二段。', problems: '问题一。', otherMatters: '无。' });
  });
});
