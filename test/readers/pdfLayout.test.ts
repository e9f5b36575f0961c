/**
 * The PDF layout on synthetic pages (positioned text and ruling lines, as pdf.ts extracts them):
 * ruled tables with merged cells and wrapped labels, tables without borders, rows cut by a page
 * break, running headers and page numbers, paragraphs wrapped over lines.
 */
import { describe, expect, it } from 'vitest';
import { documentLines, type Glyphs, type PageContent, type Segment } from '../../src/readers/pdfLayout.js';

const SIZE = 10;
const CJK = /[\u3000-\u9fff\uff00-\uffef“”]/;
/** A run of text at x on a baseline, as wide as its characters (CJK 1 em, others 0.55 em). */
const run = (text: string, x: number, baseline: number, size = SIZE): Glyphs => ({
  text,
  x0: x,
  x1: x + [...text].reduce((w, ch) => w + (CJK.test(ch) ? size : size * 0.55), 0),
  baseline,
  size,
});
const h = (y: number, x0: number, x1: number): Segment => ({ x0, y0: y, x1, y1: y });
const v = (x: number, y0: number, y1: number): Segment => ({ x0: x, y0, x1: x, y1 });
const page = (n: number, glyphs: Glyphs[], segments: Segment[] = []): PageContent => ({ page: n, width: 595, height: 842, glyphs, segments });
const text = (pages: PageContent[]): string[] => documentLines(pages).map((l) => l.cells.join('\t'));

describe('ruled tables', () => {
  // Columns: group 100–160, item 160–260, three values 260–300–340–380. Rows 200–240–260–280.
  const xs = [100, 160, 260, 300, 340, 380];
  const ys = [200, 240, 260, 280];
  /** Every border, except the horizontal ones in the group column between rows (a merged group label). */
  const borders = [
    h(ys[0]!, 100, 380),
    h(ys.at(-1)!, 100, 380),
    ...ys.slice(1, -1).map((y) => h(y, 160, 380)),
    ...xs.map((x) => v(x, 200, 280)),
  ];

  it('a group label over three rows is one cell on its first row; a label wrapped over lines is one cell', () => {
    const glyphs = [
      run('（三）不', 105, 236),
      run('予公开', 105, 248), // centred in the group cell: its text is in rows 1 and 2
      run('1.属于国家', 165, 215),
      run('秘密', 165, 227),
      run('1', 275, 224), // centred beside the two label lines
      run('2', 315, 224),
      run('3', 355, 224),
      run('2.其他法律', 165, 254),
      run('4', 275, 254),
      run('5', 315, 254),
      run('9', 355, 254),
      run('3.危及', 165, 274),
      run('6', 275, 274),
      run('', 315, 274),
      run('8', 355, 274),
    ];
    expect(text([page(1, glyphs, borders)])).toEqual(['（三）不予公开\t1.属于国家秘密\t1\t2\t3', '2.其他法律\t4\t5\t9', '3.危及\t6\t\t8']);
  });

  /** A plain grid: a label column and three value columns, rows 200–240–260–280 (or from `top`). */
  const plainXs = [160, 260, 300, 340, 380];
  const grid = (top = 200, rows = 3): Segment[] => [
    ...Array.from({ length: rows + 1 }, (_, i) => h(top + i * 20, 160, 380)),
    ...plainXs.map((x) => v(x, top, top + rows * 20)),
  ];

  it('a blank cell stays a cell; a text object printed over two cells is cut at the rule', () => {
    const glyphs = [run('行政许可', 165, 215), run('12', 275, 215), run('34', 355, 215)];
    const wide = [run('规章', 165, 235), { ...run('5 6', 270, 235), x1: 330 }, run('7', 355, 235)];
    expect(text([page(1, [...glyphs, ...wide], grid(200, 2))])).toEqual(['行政许可\t12\t\t34', '规章\t5\t6\t7']);
  });

  it('numbers printed over several cells in one text object are cut where their places are certain, kept whole where not', () => {
    // Chromium's print of narrow cells with no padding (print sweep seed 10, case 21): each number
    // starts at its cell's rule, 1056 ends a point before 2903 starts, and pdfjs gives the row as
    // one run, spaces only where the gaps were wide. Cut by estimated widths, the 2 of 2903 fell
    // on 1056's side of the rule (10562 | 903), and the row read wrong.
    const rules = [100, 214.8, 248.1, 281.4, 315.6, 349.8, 384.0, 417.3, 483.0];
    const top = 400;
    const borders = [h(top, 100, 483), h(top + 40, 100, 483), ...rules.map((x) => v(x, top, top + 40))];
    const at = (text: string, x0: number, x1: number): Glyphs => ({ text, x0, x1, baseline: top + 25, size: 14.4 });
    const glued = [run('一、本年新收', 105, top + 25), at('10562903 1058 3082 3353 757', 215.2, 408.6), at('12209', 417.5, 457.5)];
    expect(text([page(1, glued, borders)])).toEqual(['一、本年新收\t10562903 1058 3082 3353 757\t12209']);
    // The same cells with room between the numbers: each digit's column is certain, and the run is cut.
    const apart = [run('一、本年新收', 105, top + 25), at('1056 2903 1058 3082 3353 757', 216, 410), at('12209', 417.5, 457.5)];
    expect(text([page(1, apart, borders)])).toEqual(['一、本年新收\t1056\t2903\t1058\t3082\t3353\t757\t12209']);
    // The label run into the same numbers, one text object from the label's cell on (print sweep seed
    // 17, case 58: `（七）总计 275728707851129 3490` cut into 7851 | 129 where the form has 785 | 1129):
    // the gap after the label is as unknown as the digits' places, and the run is kept whole too.
    const labelled = [at('一、本年新收 10562903 1058 3082 3353 757', 105, 408.6), at('12209', 417.5, 457.5)];
    expect(text([page(1, labelled, borders)])).toEqual(['一、本年新收 10562903 1058 3082 3353 757\t12209']);
    // A row's numbering or a date is no number: the run is cut at the rules as any run is.
    const numbering = [at('（五）不予处理 4.', 105, 232), at('12209', 417.5, 457.5)];
    expect(text([page(1, numbering, borders)])[0]?.split('\t').slice(0, 2)).toEqual(['（五）不予处理', '4.']);
  });

  it('two tables one under the other, the lower narrower, its right border a few points off a rule of the upper: each keeps its cells', () => {
    // Print sweep seed 17, case 10: part 二's 第二十条第（六）项 table (four columns) right on top of
    // 第二十条第（八）项's (three), whose right border (144.4) stands 3.8 points from the upper's third
    // rule (140.6). The two were one column edge, and the lower table's cells were taken for cells
    // merged into the empty space beside it: its heading, 本年增/减 and -200 went to the upper table's
    // first row, and 行政事业性收费 read 17 alone.
    const upper = [100, 160, 210, 260, 340];
    const lower = [100, 160, 210, 263.8];
    const segments = [
      ...[200, 220, 240].map((y) => h(y, 100, 340)),
      ...upper.map((x) => v(x, 200, 240)),
      ...[260, 280].map((y) => h(y, 100, 263.8)),
      ...[100, 263.8].map((x) => v(x, 240, 280)),
      ...lower.slice(1, -1).map((x) => v(x, 260, 280)),
    ];
    const glyphs = [
      run('行政处罚', 105, 215), run('959', 165, 215), run('80', 215, 215), run('16', 265, 215),
      run('行政强制', 105, 235), run('0', 165, 235), run('-11', 215, 235), run('0', 265, 235),
      run('第（八）项', 105, 255),
      run('收费', 105, 275), run('17', 165, 275), run('-200', 215, 275),
    ];
    // (The empty space beside the lower table is a blank cell of its first row: a grid has no outside.)
    expect(text([page(1, glyphs, segments)])).toEqual(['行政处罚\t959\t80\t16', '行政强制\t0\t-11\t0', '第（八）项\t', '收费\t17\t-200']);
  });

  it('a row cut by a page break: the label\'s last lines at the top of the next page are put back', () => {
    const first = page(1, [run('4.保护第', 165, 215), run('59', 275, 215), run('51', 315, 215), run('134', 355, 215)], grid(200, 1));
    const second = page(2, [run('三方合法权益', 165, 115), run('5.属于三类', 165, 135), run('46', 275, 135), run('135', 315, 135), run('52', 355, 135)], grid(100, 2));
    expect(text([first, second])).toEqual(['4.保护第三方合法权益\t59\t51\t134', '5.属于三类\t46\t135\t52']);
  });

  it('a repeated header row at the top of the next page is not taken for the rest of a row', () => {
    const first = page(1, [run('规章', 165, 215), run('1', 275, 215), run('2', 315, 215), run('3', 355, 215)], grid(200, 1));
    const second = page(2, [run('信息内容', 165, 115), run('制发', 275, 115), run('废止', 315, 115), run('有效', 355, 115)], grid(100, 1));
    expect(text([first, second])).toEqual(['规章\t1\t2\t3', '信息内容\t制发\t废止\t有效']);
  });
});

describe('tables without borders', () => {
  it('top-aligned cells: a label\'s wrapped lines belong to the values beside its first line', () => {
    // Columns at 100 and 175 (a cell's padding apart), values at 300 and 340.
    const glyphs = [
      run('（三）不予公', 100, 200),
      run('1.属于国家秘', 175, 200),
      run('121', 300, 200),
      run('53', 340, 200),
      run('开', 100, 212),
      run('密', 175, 212),
      run('2.其他法律行', 175, 224),
      run('91', 300, 224),
      run('30', 340, 224),
      run('政法规禁止公开', 175, 236),
    ];
    expect(text([page(1, glyphs)])).toEqual(['（三）不予公开\t1.属于国家秘密\t121\t53', '2.其他法律行政法规禁止公开\t91\t30']);
  });

  it('centred cells: the values sit between a label\'s lines, which belong to the nearest values', () => {
    const glyphs = [
      run('一、本年新收政府', 100, 200),
      run('1203', 300, 206),
      run('2173', 340, 206),
      run('信息公开申请数量', 100, 212),
      run('二、上年结转政府', 100, 230),
      run('742', 300, 236),
      run('177', 340, 236),
      run('信息公开申请数量', 100, 242),
    ];
    expect(text([page(1, glyphs)])).toEqual(['一、本年新收政府信息公开申请数量\t1203\t2173', '二、上年结转政府信息公开申请数量\t742\t177']);
  });

  it('centred cells: a piece that opens a label where the line above has one is the next row\'s; a piece right above a numbering ends the label above', () => {
    // Print sweep 130-6 (Chromium, no borders): （二）部分公开's first line is nearer （一）'s values
    // than its own, and 密 (of 1.属于国家秘密) nearer 2.'s; by distance alone （一）予以公开（二）部分公开
    // read as one label with （一）'s numbers, and 1.属于国家秘 lost its last character to 2.
    // The page's positions (8.4 pt type): each label line 12 pt below the last, values between.
    const at = (t: string, x: number, baseline: number): Glyphs => run(t, x, baseline, 8.4);
    const glyphs = [
      at('（一', 278, 979.6),
      at('23', 356, 984.4),
      at('16', 426, 984.4),
      at('）予以公开', 265, 991.6),
      at('（二）部分公开', 257, 1004.2),
      at('（区分处理的', 261, 1016.2),
      at('11', 356, 1027),
      at('15', 426, 1027),
      at('，只计这一情', 261, 1028.2),
      at('形）', 278, 1040.2),
      at('1.属于国家秘', 261, 1062),
      at('21', 356, 1066.8),
      at('4', 426, 1066.8),
      at('密', 282, 1074),
      at('2.其他法律', 261, 1081),
      at('23', 356, 1081),
      at('22', 426, 1081),
    ];
    expect(text([page(1, glyphs)])).toEqual([
      '（一）予以公开\t23\t16',
      '（二）部分公开（区分处理的，只计这一情形）\t11\t15',
      '1.属于国家秘密\t21\t4',
      '2.其他法律\t23\t22',
    ]);
  });

  it('a label spread over its cell (distributed alignment) is one cell; a column gap after it is not', () => {
    const spread = [...'信息内容'].map((ch, i) => run(ch, 100 + i * 25, 200));
    /** One run a character, each where the one before ends (as pdfjs gives some fonts' text). */
    const characters = (chars: string, x: number, baseline: number): Glyphs[] => {
      const out: Glyphs[] = [];
      for (const ch of chars) out.push(run(ch, out.at(-1)?.x1 ?? x, baseline));
      return out;
    };
    const label = characters('（四）无法提供', 100, 230);
    const next = characters('1.本机关', 182, 230);
    expect(text([page(1, [...spread, run('本年处理决定数量', 300, 200), ...label, ...next, run('28', 300, 230), run('98', 330, 230)])])).toEqual([
      '信息内容\t本年处理决定数量',
      '（四）无法提供\t1.本机关\t28\t98',
    ]);
  });

  it('numbers in adjacent columns are cells; words of a sentence are not', () => {
    expect(text([page(1, [run('行政处罚', 100, 200), run('187', 300, 200), run('26', 330, 200), run('我镇共收到申请', 100, 230), run('12', 170, 230), run('件。', 182, 230)])])).toEqual([
      '行政处罚\t187\t26',
      '我镇共收到申请12件。',
    ]);
  });
});

describe('pages', () => {
  it('running headers and page numbers are dropped; the title of page 1 is kept', () => {
    const header = (n: number): Glyphs[] => [run('某县2024年政府信息公开工作年度报告', 150, 50), run(`— ${n} —`, 280, 800)];
    const pages = [
      page(1, [...header(1), run('某县2024年政府信息公开工作年度报告', 150, 90), run('一、总体情况', 100, 130)]),
      page(2, [...header(2), run('二、主动公开政府信息情况', 100, 130)]),
      page(3, [...header(3), run('三、收到和处理政府信息公开申请情况', 100, 130), run('第 3 页 共 3 页', 260, 780)]),
    ];
    expect(text(pages)).toEqual(['某县2024年政府信息公开工作年度报告', '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况']);
  });

  it('a paragraph wrapped over lines, and over a page break, is one line; a heading or an indented line starts one', () => {
    const full = '我镇认真贯彻落实政府信息公开条例各项规定，不断加大主动公开力度'; // 31 characters
    const pages = [
      page(1, [run(full, 100, 200), run(full, 100, 215), run('全面提升公开质量。', 100, 230), run('一、总体情况', 100, 260), run(full.slice(2), 120, 290), run('新的一段。', 100, 305), run(full, 100, 700)]),
      page(2, [run('接续上一页。', 100, 100)]),
    ];
    expect(text(pages)).toEqual([`${full}${full}全面提升公开质量。`, '一、总体情况', `${full.slice(2)}新的一段。`, `${full}接续上一页。`]);
  });
});
