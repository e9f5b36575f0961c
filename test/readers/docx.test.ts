/**
 * The Word reader on hand-written document.xml, one question each: runs, breaks, hidden and
 * deleted text, merged cells, nested tables, automatic numbering, where each line came from.
 */
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/readers/docx.js';
import { formatNumber } from '../../src/readers/numbering.js';
import { docxOf } from '../support/zip.js';

const r = (text: string, props = ''): string => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (...runs: string[]): string => `<w:p>${runs.join('')}</w:p>`;
const tc = (content: string, props = ''): string => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${content.startsWith('<w:') ? content : p(r(content))}</w:tc>`;
const tr = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]): string => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`;
const lines = (body: string, options = {}): string[] => readDocx(docxOf(body, options)).lines;

describe('paragraphs', () => {
  it('text split over many runs, mid-word and mid-number, is one line', () => {
    expect(lines(p(r('一、总'), r('体情'), r('况')) + p(r('共收到申请1'), r('2'), r('3件。')))).toEqual(['一、总体情况', '共收到申请123件。']);
  });

  it('a soft break starts a new line; a tab stays a tab; a no-break hyphen is a hyphen', () => {
    expect(lines(p(r('某县人民政府'), '<w:r><w:br/></w:r>', r('2024年度报告')) + p(r('一、'), '<w:r><w:tab/></w:r>', r('总体情况')) + p(r('0536'), '<w:r><w:noBreakHyphen/></w:r>', r('1234')))).toEqual([
      '某县人民政府',
      '2024年度报告',
      '一、\t总体情况',
      '0536-1234',
    ]);
  });

  it('tab stops in paragraph properties are no tabs', () => {
    expect(lines(`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>${r('正文')}</w:p>`)).toEqual(['正文']);
  });

  it('hidden text, deleted and moved-away text, field codes and footnote marks are not printed', () => {
    const body = p(
      r('予以公开'),
      r('（隐藏）', '<w:vanish/>'),
      r('（显示）', '<w:vanish w:val="false"/>'),
      '<w:del><w:r><w:delText>删除的</w:delText></w:r></w:del>',
      '<w:ins><w:r><w:t>插入的</w:t></w:r></w:ins>',
      '<w:moveFrom><w:r><w:t>移走的</w:t></w:r></w:moveFrom>',
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
      r('3'),
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    );
    expect(lines(body)).toEqual(['予以公开（显示）插入的3']);
  });

  it('text boxes and the fallback copy of drawings are not read; content controls and hyperlinks are', () => {
    const body =
      p(r('正文'), '<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:drawing><wps:txbx><w:txbxContent>' + p(r('文本框')) + '</w:txbxContent></wps:txbx></w:drawing></w:r></mc:Choice><mc:Fallback><w:r><w:pict><w:txbxContent>' + p(r('文本框')) + '</w:txbxContent></w:pict></w:r></mc:Fallback></mc:AlternateContent>') +
      '<w:sdt><w:sdtPr><w:alias w:val="目录"/></w:sdtPr><w:sdtContent>' + p('<w:hyperlink w:anchor="_Toc1">' + r('一、总体情况') + '</w:hyperlink>') + '</w:sdtContent></w:sdt>';
    expect(lines(body)).toEqual(['正文', '一、总体情况']);
  });

  it('any prefix bound to the Word namespace, and a main part elsewhere than word/document.xml', () => {
    const body = `<ns0:p><ns0:r><ns0:t>规章</ns0:t></ns0:r></ns0:p>`;
    expect(readDocx(docxOf(body, { prefix: 'ns0', main: 'word/document2.xml' })).lines).toEqual(['规章']);
  });
});

describe('tables', () => {
  it('gridSpan is one cell; a cell continuing a vertical merge is not printed', () => {
    const body = tbl(
      tr(tc('（三）不予公开', '<w:vMerge w:val="restart"/>'), tc('1.属于国家秘密'), tc('1'), tc('2', '<w:gridSpan w:val="2"/>'), tc('3')),
      tr(tc(p(), '<w:vMerge/>'), tc('2.其他法律行政法规禁止公开'), tc('4', '<w:gridSpan w:val="2"/>'), tc('5'), tc('9')),
    );
    expect(lines(body)).toEqual(['（三）不予公开\t1.属于国家秘密\t1\t2\t3', '2.其他法律行政法规禁止公开\t4\t5\t9']);
  });

  it('paragraphs and soft breaks in a cell are one cell; a blank cell stays a cell', () => {
    const body = tbl(tr(tc(p(r('尚未')) + p(r('审结'))), tc(p(r('2.申请人逾期'), '<w:r><w:br/></w:r>', r('未缴费'))), tc(p()), tc('7')));
    expect(lines(body)).toEqual(['尚未 审结\t2.申请人逾期 未缴费\t\t7']);
  });

  it('a table inside a cell (layout): the outer cell is no cell; its paragraphs and table are lines', () => {
    const body = tbl(tr(tc(p(r('一、总体情况')) + p(r('正文。')) + tbl(tr(tc('规章'), tc('1'), tc('2'))) + p(r('二、主动公开政府信息情况')))));
    expect(lines(body)).toEqual(['一、总体情况', '正文。', '规章\t1\t2', '二、主动公开政府信息情况']);
  });

  it('places: table n, row m for rows; paragraph n for paragraphs outside tables', () => {
    const read = readDocx(docxOf(p(r('标题')) + p() + tbl(tr(tc('信息内容'), tc('数量')), tr(tc(p()), tc(p())), tr(tc('行政许可'), tc('12'))) + p(r('结尾')) + tbl(tr(tc('行政处罚'), tc('3')))));
    expect(read.lines).toEqual(['标题', '信息内容\t数量', '行政许可\t12', '结尾', '行政处罚\t3']);
    expect(read.places).toEqual([{ paragraph: 1 }, { table: 1, row: 1 }, { table: 1, row: 3 }, { paragraph: 2 }, { table: 2, row: 1 }]);
  });
});

describe('automatic numbering', () => {
  const numbering = `
    <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:suff w:val="space"/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
    <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
    <w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>`;
  const numbered = (numId: number, text: string, ilvl = 0): string =>
    `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${r(text)}</w:p>`;

  it('writes out the numbers Word prints: 一、 二、, 1. 2., restarted by startOverride, levels, bullets left out', () => {
    const body = [
      numbered(1, '总体情况'),
      numbered(1, '主动公开政府信息情况'),
      tbl(tr(tc(numbered(2, '属于国家秘密')), tc('1')), tr(tc(numbered(2, '其他法律行政法规禁止公开')), tc('2'))),
      tbl(tr(tc(numbered(3, '本机关不掌握相关政府信息')), tc('3'))),
      numbered(2, '细项', 1),
      numbered(4, '要点'),
      numbered(5, '主动公开政府信息情况'),
    ].join('');
    expect(lines(body, { numbering })).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '1.属于国家秘密\t1',
      '2.其他法律行政法规禁止公开\t2',
      '1.本机关不掌握相关政府信息\t3',
      '1.1 细项',
      '要点',
      '（一）主动公开政府信息情况',
    ]);
  });

  it('numbering given by a paragraph style (a numbered heading style, through basedOn)', () => {
    const styles = `<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="PartHeading"><w:basedOn w:val="Heading1"/></w:style>`;
    const body = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况'].map((t) => `<w:p><w:pPr><w:pStyle w:val="PartHeading"/></w:pPr>${r(t)}</w:p>`).join('');
    expect(lines(body, { numbering, styles })).toEqual(['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况']);
  });

  it('number formats', () => {
    expect([1, 10, 11, 20, 21, 105].map((n) => formatNumber(n, 'chineseCounting'))).toEqual(['一', '十', '十一', '二十', '二十一', '一百〇五']);
    expect(formatNumber(105, 'chineseCountingThousand')).toBe('一百零五');
    expect([1, 3].map((n) => formatNumber(n, 'ideographTraditional'))).toEqual(['甲', '丙']);
    expect([1, 12].map((n) => formatNumber(n, 'decimalEnclosedCircle'))).toEqual(['①', '⑫']);
    expect([4, 9].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['IV', 'IX']);
    expect([1, 27].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'aa']);
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
  });
});
