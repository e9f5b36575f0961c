/**
 * The HTML reader on small pages, one layout question each: what becomes a line, what a cell,
 * what is left out, which charset, and where each line came from.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/readers/html.js';

const page = (body: string, head = '<meta charset="utf-8">'): Uint8Array =>
  new Uint8Array(Buffer.from(`<!DOCTYPE html>\n<html><head>${head}</head><body>\n${body}\n</body></html>`));
const lines = (html: Uint8Array | string): string[] => readHtml(typeof html === 'string' ? page(html) : html).lines;

describe('tables', () => {
  it('a row is a line of its cells in order; colspan and rowspan add no cell', () => {
    const html = `<table>
      <tr><td colspan=2 rowspan=3>（本列数据的勾稽关系为：第一项加第二项之和，<br>等于第三项加第四项之和）</td><td colspan=7>申请人情况</td></tr>
      <tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr>
      <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
      <tr><td>三、本年度办理结果</td><td>（一）予以公开</td><td>1</td><td colspan=2>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>21</td></tr>
      <tr><td>（二）部分公开</td><td>7</td><td>8</td><td colspan=2>9</td><td>10</td><td>11</td><td>12</td><td>57</td></tr>
    </table>`;
    expect(lines(html)).toEqual([
      '（本列数据的勾稽关系为：第一项加第二项之和， 等于第三项加第四项之和）\t申请人情况',
      '自然人\t法人或其他组织\t总计',
      '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
      '三、本年度办理结果\t（一）予以公开\t1\t2\t3\t4\t5\t6\t21',
      '（二）部分公开\t7\t8\t9\t10\t11\t12\t57',
    ]);
  });

  it('a blank cell (empty, &nbsp;, a Word paragraph of nothing) stays a cell, empty', () => {
    const html = `<table><tr><td>行政许可</td><td>&nbsp;</td><td></td><td><p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p></td><td>4</td></tr></table>`;
    expect(lines(html)).toEqual(['行政许可\t\t\t\t4']);
  });

  it('paragraphs, spans, fonts and line breaks inside a cell are one cell', () => {
    const html = `<table><tr>
      <td><p class=MsoNormal align=center><span style='font-family:宋体'>尚未</span></p><p class=MsoNormal>审结</p></td>
      <td><font face="仿宋">2.其他法律<b>行政法规</b></font><br>禁止公开</td>
      <td><span lang=EN-US>12<o:p></o:p></span></td>
    </tr></table>`;
    expect(lines(html)).toEqual(['尚未 审结\t2.其他法律行政法规 禁止公开\t12']);
  });

  it('a row with nothing in it (Word\'s spacer row) prints no line', () => {
    expect(lines('<table><tr><td>规章</td><td>5</td></tr><tr height=0><td style="border:none"></td><td></td></tr></table>')).toEqual(['规章\t5']);
  });

  it('a layout table around the report: its cells holding tables and prose are not cells of a row', () => {
    const html = `<table width=1000><tr>
      <td width=200><div>栏目导航</div></td>
      <td><p>一、总体情况</p><p>正文。</p>
        <table><tr><td>规章</td><td>1</td><td>2</td></tr></table>
        <p>三、收到和处理政府信息公开申请情况</p>
      </td></tr></table>`;
    expect(lines(html)).toEqual(['栏目导航', '一、总体情况', '正文。', '规章\t1\t2', '三、收到和处理政府信息公开申请情况']);
  });

  it('a cell of prose (paragraphs, hundreds of characters) is layout: one line a paragraph', () => {
    const long = '我镇认真贯彻落实政府信息公开条例。'.repeat(10);
    expect(lines(`<table><tr><td>左</td><td><p>${long}</p><p>${long}</p></td></tr></table>`)).toEqual(['左', long, long]);
  });

  it('a row of one cell with several paragraphs (a caption box) gives a line a paragraph', () => {
    expect(lines('<table><tr><td colspan=4><p>第二十条第（一）项</p><p>单位：件</p></td></tr></table>')).toEqual(['第二十条第（一）项', '单位：件']);
  });

  it('th cells, thead and tbody, and implied closing tags', () => {
    expect(lines('<table><thead><tr><th>信息内容<th>本年处理决定数量</thead><tbody><tr><td>行政许可<td>12<tr><td>行政处罚<td>3</tbody></table>')).toEqual([
      '信息内容\t本年处理决定数量',
      '行政许可\t12',
      '行政处罚\t3',
    ]);
  });
});

describe('what a browser does not show is not read', () => {
  it('scripts, styles, noscript, hidden elements, form controls and comments', () => {
    const html = `<script>var s = "<table><tr><td>1</td></tr></table>";</script><style>td { color: red }</style>
      <noscript>请启用脚本</noscript><div style="display:none">打印本页</div><p hidden>隐藏</p>
      <span style='mso-hide:all'>Word 隐藏</span><select><option>一</option></select><!-- 注释 -->
      <p>一、总体情况</p>`;
    expect(lines(html)).toEqual(['一、总体情况']);
  });

  it('Word\'s conditional comments and list markers: the marker text a browser shows is kept', () => {
    const html = `<!--[if gte mso 9]><xml><o:DocumentProperties></o:DocumentProperties></xml><![endif]-->
      <p class=MsoListParagraph><![if !supportLists]><span style='mso-list:Ignore'>（一）<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span></span><![endif]>主动公开政府信息情况</p>`;
    expect(lines(html)).toEqual(['（一）\u00a0\u00a0主动公开政府信息情况']);
  });
});

describe('the site around the report', () => {
  const report = `<div class="TRS_Editor"><p>某县2024年政府信息公开工作年度报告</p><table><tr><td>规章</td><td>1</td></tr></table></div>`;

  it('navigation, breadcrumbs, header and footer bars are dropped', () => {
    const html = `<div class="header">网站首页</div><nav><a>首页</a></nav><div id="breadcrumb">当前位置：首页 &gt; 年报</div>
      <div class="main-nav">政务公开</div><div class="position">政府信息公开年报</div>
      ${report}
      <aside>相关链接</aside><div class="footer">主办单位：某县人民政府</div><footer>网站标识码</footer><div class="copyright">版权所有</div>`;
    expect(lines(html)).toEqual(['某县2024年政府信息公开工作年度报告', '规章\t1']);
  });

  it('an article\'s own header (its title) is kept', () => {
    expect(lines(`<article><header><h1>某县2024年政府信息公开工作年度报告</h1></header>${report}</article>`)).toEqual([
      '某县2024年政府信息公开工作年度报告',
      '某县2024年政府信息公开工作年度报告',
      '规章\t1',
    ]);
  });

  it('attribute names in any case, as old CMS pages write them: CLASS, ID, STYLE, HIDDEN', () => {
    const html = `<DIV CLASS="Header">网站首页</DIV><div Id="bread_crumbs">当前位置</div><P STYLE="DISPLAY: NONE">打印本页</P><p HIDDEN>隐藏</p>
      ${report}<DIV class="x Footer-Links">主办单位</DIV>`;
    expect(lines(html)).toEqual(['某县2024年政府信息公开工作年度报告', '规章\t1']);
  });

  it('when every table is inside what looks like chrome, nothing is dropped', () => {
    expect(lines(`<div class="footer-content"><p>标题</p><table><tr><td>规章</td><td>1</td></tr></table></div>`)).toEqual(['标题', '规章\t1']);
  });
});

describe('charset', () => {
  const body = '<p>某县人民政府2024年政府信息公开工作年度报告</p><table><tr><td>行政许可</td><td>12</td></tr></table>';
  const expected = ['某县人民政府2024年政府信息公开工作年度报告', '行政许可\t12'];

  it('GBK bytes with <meta http-equiv … charset=gb2312>', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>${body}</body></html>`;
    const read = readHtml(new Uint8Array(iconv.encode(html, 'gbk')));
    expect(read.lines).toEqual(expected);
    expect(read.encoding).toBe('gb18030');
  });

  it('GBK bytes with <meta charset="GBK">, and with no declaration at all (detected as for text)', () => {
    for (const head of ['<meta charset="GBK">', '']) {
      const read = readHtml(new Uint8Array(iconv.encode(`<html><head>${head}</head><body>${body}</body></html>`, 'gbk')));
      expect(read.lines).toEqual(expected);
      expect(read.encoding).toBe('gb18030');
    }
  });

  it('UTF-8 declared as gb2312 (a page re-saved without fixing its meta) is read as UTF-8', () => {
    const read = readHtml(new Uint8Array(Buffer.from(`<html><head><meta charset="gb2312"></head><body>${body}</body></html>`)));
    expect(read.lines).toEqual(expected);
    expect(read.encoding).toBe('utf-8');
  });

  it('GBK declared as UTF-8 is read as GB18030; a BOM wins over the meta', () => {
    const gbkAsUtf8 = readHtml(new Uint8Array(iconv.encode(`<html><head><meta charset="utf-8"></head><body>${body}</body></html>`, 'gbk')));
    expect(gbkAsUtf8.lines).toEqual(expected);
    expect(gbkAsUtf8.encoding).toBe('gb18030');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<html><head><meta charset="gbk"></head><body>${body}</body></html>`)]);
    expect(readHtml(new Uint8Array(bom)).lines).toEqual(expected);
  });

  it('a page reads the same in GBK, UTF-8 and UTF-16, cut off inside a tag too (read as bytes or decoded first)', () => {
    // UTF-8 and GBK pages are read as their bytes, UTF-16 decoded first; the tokenizer gives a
    // tag cut off by the end of the file as text from index -1, which the Parser reads as the
    // last character.
    for (const html of [`<html><head><title>t</title></head><body>${body}`, '<p>一、总体情况 </P><nav /', '<p>总体<br></p><td class=x 情况']) {
      const utf16 = readHtml(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]))).lines;
      expect(readHtml(new Uint8Array(Buffer.from(html))).lines, html).toEqual(utf16);
      expect(readHtml(new Uint8Array(iconv.encode(`<meta charset="gbk">${html}`, 'gbk'))).lines, html).toEqual(utf16);
    }
  });

  it('the encoding option overrides everything', () => {
    const read = readHtml(new Uint8Array(iconv.encode(`<html><head><meta charset="utf-8"></head><body>${body}</body></html>`, 'gbk')), 'gbk');
    expect(read.lines).toEqual(expected);
    expect(read.encoding).toBe('gbk');
  });
});

describe('places', () => {
  it('a row is placed at the source line of its <tr>, with its table and row; a paragraph at its text', () => {
    const html = page(`<p>标题</p>
<table>
<tr><td>信息内容</td>
  <td>本年处理决定数量</td></tr>
<tr>
  <td>行政许可</td><td>12</td></tr>
</table>
<table><tr><td>行政处罚</td><td>3</td></tr></table>`);
    const read = readHtml(html);
    expect(read.lines).toEqual(['标题', '信息内容\t本年处理决定数量', '行政许可\t12', '行政处罚\t3']);
    expect(read.places).toEqual([
      { line: 3, paragraph: 1 },
      { line: 5, table: 1, row: 1 },
      { line: 7, table: 1, row: 2 },
      { line: 10, table: 2, row: 1 },
    ]);
    expect(read.tables).toBe(2);
  });
});
