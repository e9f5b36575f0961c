/**
 * Plain pdftotext of the PDF Chromium prints of a report's web page (print-sweep fixtures in
 * fixtures/damaged/chromium-pdftotext): part 三's labels in a run, then its numbers row after row,
 * a row on a line, a number a line, or a few to a line, as the cells' heights fall.
 *
 * - A row's numbering centred in its own cell beside its label wrapped over lines prints amid the
 *   label's lines (`上年` / `二、` / `结转政府信息公开申请数量`).
 * - A group's label, in its column beside its rows', prints on its rows' lines (`（五）不 2.重` /
 *   `予处理 复申请`).
 * - Rows of a few numbers a line read row after row only where the table's column rules confirm
 *   them: a number may stand out of its place within its row, and the row still adds up.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../src/index.js';
import { matchKey } from '../src/normalize/matchKey.js';
import { groupLabelsOnly, labelUnits } from '../src/tables/labels.js';
import { PLANS } from '../src/tables/plan.js';
import { tokenize } from '../src/tokenize/tokenize.js';
import { classify, type Tables } from './support/promise.js';

const DIR = 'fixtures/damaged/chromium-pdftotext';
const fixture = (name: string): { text: string; designed: Report } => ({
  text: readFileSync(new URL(`../${DIR}/${name}.txt`, import.meta.url), 'utf8'),
  designed: (JSON.parse(readFileSync(new URL(`../${DIR}/${name}.expected.json`, import.meta.url), 'utf8')) as { designed: Report }).designed,
});
/** A fixture, and the report parsed from it. */
const parsed = (name: string): { text: string; designed: Report; report: Report } => {
  const { text, designed } = fixture(name);
  return { text, designed, report: parseReport(text, { file: `${name}.txt` }) };
};
/** The line number (from 1) of the first line that is `printed`, which the fixture must print. */
const lineOf = (text: string, printed: string): number => {
  const line = text.split('\n').indexOf(printed) + 1;
  expect(line, printed).toBeGreaterThan(0);
  return line;
};
/** The paths of the cells the report reads with a number other than the designed one. */
const wrongPaths = (report: Report, designed: Report): string[] =>
  classify(report, designed as Tables)
    .cells.filter((c) => c.verdict === 'wrong')
    .map((c) => c.path);
const at = (report: Report, path: string): unknown => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key] ?? null, report);
/** The fixture parsed in each language, every cell of each report right or null (asserted). */
const inBothLanguages = (name: string): Array<{ lang: 'en' | 'zh'; text: string; report: Report }> => {
  const { text, designed } = fixture(name);
  return (['en', 'zh'] as const).map((lang) => {
    const report = parseReport(text, { file: `${name}.txt`, lang });
    expect(wrongPaths(report, designed)).toEqual([]);
    return { lang, text, report };
  });
};
/** The diagnostics on the row at `path`, which reads none of its `cells` cells (asserted). */
const unreadRow = (report: Report, path: string, cells: number): Report['diagnostics'] => {
  expect(Object.values((at(report, path) as Record<string, unknown> | null) ?? {})).toEqual(Array(cells).fill(null));
  return report.diagnostics.filter((d) => d.path === path);
};

/** The rows the label run names, each as its path under applications, the lines printed as given. */
function unitsOf(lines: readonly string[]): string[] {
  const cells = tokenize({ firstLine: 1, lines: [...lines] }).flatMap((l) => l.cells.filter((c) => c.kind === 'text'));
  const [first, ...rest] = cells;
  if (first === undefined) return [];
  return labelUnits([first, ...rest], PLANS.applications).map((u) => u.planned.path);
}

describe('labels of plain pdftotext of a Chromium PDF', () => {
  it('a row\'s numbering amid its label\'s lines opens that label', () => {
    expect(unitsOf(['一、', '本年新收政府信息公开申请数量', '上年', '二、', '结转政府信息公开申请数量'])).toEqual(['newReceived', 'carriedOver']);
    expect(unitsOf(['本年新收政府信息公开申请数量', '上年结', '二、', '转政府信息公开申请数量', '三、本年度办理结果 （一）予以公开'])).toEqual(['newReceived', 'carriedOver', 'granted']);
    // The lines around it must spell the row's label exactly: `上年` / `二、` / `结转` is no label.
    expect(unitsOf(['一、', '本年新收政府信息公开申请数量', '上年', '二、', '结转'])).toEqual([]);
  });

  it('a group\'s label printed on its rows\' lines is left out of their words', () => {
    const lines = ['（五）不 1.信访举报', '予处理 投诉类申请', '（五）不 2.重', '予处理 复申请', '（五）不 3.要求提供公开出版', '予处理 物', '（五）不 4.无正当理由大量反', '予处理 复申请'];
    expect(unitsOf(lines)).toEqual(['notProcessed.complaint', 'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.excessive']);
  });

  it('reads the table once its labels are found (print sweep seed 8 case 1)', () => {
    // Before: 二、's label and 2.重复申请's to 4.无正当理由大量反复申请's went unfound, the runs did
    // not pair, and 33 cells were read; now 187, every one the designed value.
    const { text, designed, report } = parsed('8-1.plain');
    for (const path of ['applications.carriedOver', 'applications.notProcessed.duplicate', 'applications.notProcessed.excessive', 'applications.carriedForward']) {
      expect(at(report, path)).toEqual(at(designed, path));
    }
  });
});

describe('rows of a few numbers a line', () => {
  it('are read row after row where the column rules confirm them (print sweep seed 35 case 37)', () => {
    // `… 8 0` / `5` / … : some rows on a line, some a number a line, some two to a line.
    const { text, designed, report } = parsed('35-37.plain');
    for (const path of ['newReceived', 'carriedOver', 'granted', 'partiallyGranted', 'denied.stateSecret', 'denied.prohibitedByLaw', 'denied.endangersSafety']) {
      expect(at(report, `applications.${path}`)).toEqual(at(designed, `applications.${path}`));
    }
  });

  // 四、结转下年度继续办理 prints `12` / `28` / `13` / `30` / `74` / `286` / `443`, its 286 the second
  // cell, drawn lower than its row's others; read in the order printed it adds up as well.
  it('are not read by their own sums where a number may stand out of its place, and the column rules cannot place it (print sweep seed 43 case 1)', () => {
    const { text, designed } = fixture('43-1.plain');
    const row = at(designed, 'applications.carriedForward') as Record<string, number>;
    expect(row).toMatchObject({ naturalPerson: 12, commercial: 286, research: 28, total: 443 });
    // （一）予以公开's total printed 3274 (its cells add up to 3273): no reading of the whole table adds up.
    const misprinted = text.replace('\n3273\n', '\n3274\n');
    expect(misprinted).not.toBe(text);
    const report = parseReport(misprinted, { file: '43-1.plain.txt' });
    expect(Object.values(at(report, 'applications.carriedForward') as Record<string, unknown>).every((v) => v === null)).toBe(true);
    const find = (lang: 'en' | 'zh') => parseReport(misprinted, { file: '43-1.plain.txt', lang }).diagnostics.find((d) => d.path === 'applications.carriedForward' && d.code === 'ambiguous-pairing');
    expect(find('en')?.message).toMatch(/a few to a line, where a number may stand out of its place within its row/);
    expect(find('zh')?.message).toMatch(/某个数字可能错位/);
  });

  it('are read where the whole table, its numbers in the form\'s order, puts the number out of its place back in the only cell the column rules allow (print sweep seed 43 case 1)', () => {
    // All 175 numbers once `196 535` (a line's two cells, a space apart) counts as two.
    for (const { lang, text, report } of inBothLanguages('43-1.plain')) {
      expect(at(report, 'applications.carriedForward')).toEqual({ naturalPerson: 12, commercial: 286, research: 28, nonprofit: 13, legalService: 30, other: 74, total: 443 });
      expect(text).toContain('\n196 535\n');
      const said = report.diagnostics.filter((d) => d.path === 'applications.carriedForward');
      // On the line of the row's first number, `12`.
      expect(text.split('\n')[468]).toBe('12');
      expect(said.map((d) => [d.code, d.line])).toEqual([['recovered-pairing', 469]]);
      expect(said[0]?.message).toContain(lang === 'en' ? 'row after row in the form\'s order but for one, “286” on line 479, printed away from its place and put back in row “四、结转下年度继续办理”, column “商业企业”, the only place where it fits' : '只有第479行的“286”排离了原位，放回“四、结转下年度继续办理”行“商业企业”栏，这是它唯一能放的位置');
    }
  });
});

describe('part 二 printed column by column', () => {
  it('a row\'s number after its label, its column\'s header printed after it, the number under that header unreadable: the cell is empty (print sweep seed 43 case 1, 1.3 cut)', () => {
    // `行政事业` / `性收费` / `29` / `本年处理决定数量` / `1713` / `27` / `本年收费金额（单位：万元）` / `1.3`:
    // the 29 is 行政许可's, printed before its header. With 1.3 cut in two (`1` / `.3`) the reading
    // under headers cannot read the fee, and the row read its label's next number, 29.
    const { text, designed } = fixture('43-1.plain');
    expect(at(designed, 'activeDisclosure.fees.amount')).toBe(1.3);
    const lines = text.split('\n');
    const amount = lines.indexOf('1.3');
    expect(lines.slice(amount - 5, amount)).toEqual(['29', '本年处理决定数量', '1713', '27', '本年收费金额（单位：万元）']);
    const cut = [...lines.slice(0, amount), '1', '.3', ...lines.slice(amount + 1)].join('\n');
    const said = (lang: 'en' | 'zh') => parseReport(cut, { file: '43-1.plain.txt', lang }).diagnostics.find((d) => d.path === 'activeDisclosure.fees.amount' && d.code === 'ambiguous-pairing');
    expect(at(parseReport(cut, { file: '43-1.plain.txt' }), 'activeDisclosure.fees.amount')).toBeNull();
    expect(said('en')?.message).toMatch(/this cell is 29, printed on a line after the row's label, but the column's header is printed after the label too/);
    expect(said('zh')?.message).toMatch(/逐行读取时该格为 29/);
  });

  describe('two small tables of as many rows, a header\'s prints not in the form\'s order (136-8.plain)', () => {
    // `上一年项目数量` / 0 17 / `上一年项目数量` / 10 0 / `本年增/减` / 0 0 / `本年增/减` / 0 0 / `处理决定数量` / 143 0 /
    // `上一年项目数量` / 1723 / `采购项目数量` / 0 / `处理决定数量` / 253 42: 行政处罚's 处理决定数量 printed first, 行政许可's
    // after two other tables' columns. Read as the form's order, each took the other's (4 wrong).
    const { text, designed } = fixture('136-8.plain');
    const rows = ['licensing', 'otherServices', 'punishment', 'coercion'] as const;
    it('which print is which cannot be told: the four rows are null, saying so, and no cell is wrong', () => {
      const report = parseReport(text, { file: '136-8.plain.txt' });
      for (const row of rows) {
        expect(Object.values(at(report, `activeDisclosure.${row}`) ?? {}), row).toEqual([null, null, null]);
        expect(report.diagnostics.filter((d) => d.path === `activeDisclosure.${row}`).map((d) => d.code), row).toEqual(['ambiguous-pairing']);
      }
      expect(at(report, 'activeDisclosure.fees.previousItems')).toBe(at(designed, 'activeDisclosure.fees.previousItems'));
      expect(wrongPaths(report, designed)).toEqual([]);
    });
    it('with each header\'s two prints one right after the other, in the form\'s order, they are read', () => {
      const lines = text.split('\n');
      const punishment = lineOf(text, '处理决定数量');
      const licensing = lines.indexOf('处理决定数量', punishment) + 1;
      expect(lines.slice(punishment - 1, punishment + 2)).toEqual(['处理决定数量', '143', '0']);
      expect(lines.slice(licensing - 1, licensing + 2)).toEqual(['处理决定数量', '253', '42']);
      const moved = [...lines.slice(0, punishment - 1), ...lines.slice(licensing - 1, licensing + 2), ...lines.slice(punishment - 1, licensing - 1), ...lines.slice(licensing + 2)].join('\n');
      const report = parseReport(moved, { file: '136-8.plain.txt' });
      for (const row of rows) expect(at(report, `activeDisclosure.${row}`), row).toEqual(at(designed, `activeDisclosure.${row}`));
      expect(wrongPaths(report, designed)).toEqual([]);
    });
  });
});

describe('rows printing some numbers beside their label, the rest apart', () => {
  it('numbers after a row\'s label that complete a row printed short before it as well, adding up: the row is empty (print sweep seed 45 case 30)', () => {
    // `（三） 7.` / `）不予 属于行政执法案卷` / `0` / … / `（四） 2.没有现` / `无法提 成信息需要另行制作 0` / `供` /
    // `1248 18 221 2171 22 3680`: 7.属于行政执法案卷's first number 0 and these add up as well as
    // 2.没有现成信息需要另行制作's 0 and these (so do those of 5.属于三类内部事务信息, printed short
    // too, named first); the designed row is 0 294 0 0 1641 0 1935.
    const { text, designed } = fixture('45-30.plain');
    expect(at(designed, 'applications.unableToProvide.needsCreation.total')).toBe(1935);
    const report = parseReport(text, { file: '45-30.plain.txt' });
    expect(Object.values(at(report, 'applications.unableToProvide.needsCreation') as Record<string, unknown>).every((v) => v === null)).toBe(true);
    const said = report.diagnostics.find((d) => d.path === 'applications.unableToProvide.needsCreation' && d.code === 'ambiguous-pairing');
    expect(said?.message).toMatch(/prints its first numbers beside its label and the rest from line 121 on, but row “不予公 内部事务信息” before it prints only some of its numbers/);
  });
});


describe('a row printed short of its cells, a few numbers a space apart by its label (51-52.plain)', () => {
  // Print sweep seed 51 case 52: `（五）不予 4.无正当理由大量反复申请` / `4 19 212 19`, its 146 1005
  // 1405 printed elsewhere. The only cut into seven that added up, 4 1 9 2 1 2 19, was read (6 wrong).
  it('is not cut further: null, saying why (en, zh), and no cell of the report wrong', () => {
    const { text, designed } = fixture('51-52.plain');
    const path = 'applications.notProcessed.excessive';
    for (const lang of ['en', 'zh'] as const) {
      const report = parseReport(text, { file: '51-52.plain.txt', lang });
      const { cells } = classify(report, designed as Tables);
      expect(cells.filter((c) => c.verdict === 'wrong').map((c) => c.path)).toEqual([]);
      expect(cells.filter((c) => c.path.startsWith(`${path}.`)).map((c) => c.verdict)).toEqual(Array(7).fill('null-diagnosed'));
      expect(report.diagnostics.filter((d) => d.path === path).map((d) => d.message)).toEqual([
        lang === 'en'
          ? 'row “（五）不予 4.无正当理由大量反复申请” printed its cells run together (“4 19 212 19”), numbers a space apart of a few digits each, and the only cut into 7 cells that fits the row\'s arithmetic (4, 1, 9, 2, 1, 2, 19) cuts two or more of them further: so few digits fit a sum by chance as readily, and a row printed short of its cells, the others elsewhere, prints just so; its cells are left empty rather than guessed'
          : expect.stringContaining('（4、1、9、2、1、2、19）要把其中两个以上的数再拆开'),
      ]);
    }
  });
});

describe('the column header 其他 split over lines after pieces of the other headers (58-34.plain)', () => {
  // Print sweep seed 58 case 34: `总计` / `商业企` / `业` / `科研 社会公益组 法律` / `服务机` / `机构 织` /
  // `构` / `其` / `他` / `2408` … (一、本年新收's numbers, its label before the header): `其他` read as
  // row 3.其他 with 一、's numbers (7 wrong), and the real 3.其他 later was a second print.
  it('is the header: 3.其他 and 一、本年新收 read right, no cell wrong', () => {
    const { text, designed, report } = parsed('58-34.plain');
    expect(report.applications?.otherHandling).toMatchObject({ other: designed.applications?.otherHandling?.other });
    expect(report.applications?.newReceived).toEqual(designed.applications?.newReceived);
    expect(wrongPaths(report, designed)).toEqual([]);
  });
});

describe('a label split around its numbers, its rest after them (80-37.plain)', () => {
  // Print sweep seed 80 case 37: `2.其` / `他法` / `律行` / `0` … `12` / `政法 8` / `规禁` / `止公` / `开` /
  // 3.危及's `0 0 709 5 0 0 714` / `3.危` …: the rest of the label was read as the row printed again,
  // and, the first print not fitting its cells, the second was kept with 3.危及's numbers (4 wrong).
  it('the rest is no second print: the row is null (its cells as printed), and no cell of the report is wrong', () => {
    const { text, designed, report } = parsed('80-37.plain');
    expect(Object.values(report.applications?.denied?.prohibitedByLaw ?? {})).toEqual(Array(7).fill(null));
    const said = report.diagnostics.filter((d) => d.path === 'applications.denied.prohibitedByLaw');
    expect(said.map((d) => [d.code, d.line])).toEqual([
      ['cell-count', 148],
      ['unknown-row', 159],
    ]);
    expect(said[1]?.message).toBe('the words “止公 开” are the rest of the label of row “2.其 他法 律行”, printed after its numbers, not the row printed again; the numbers after them are not read as that row\'s');
    expect(wrongPaths(report, designed)).toEqual([]);
  });
});

describe('part 四 printed as a list, one group\'s 总计 beside the next group\'s first cell (84-39.plain)', () => {
  // Print sweep seed 84 case 39: `复议后起诉` / `总计 结果维持` / `2092 13` / `结果纠正` / `26` …:
  // 2092 is 未经复议直接起诉's 总计, 13 复议后起诉's 结果维持. The only cut into five that added up,
  // 2 0 9 2 13, was read for 复议后起诉 (5 wrong).
  it('a number cut into a digit a cell is no reading: null, saying why, and no cell of the report wrong', () => {
    for (const { lang, report } of inBothLanguages('84-39.plain')) {
      const said = unreadRow(report, 'reviewLitigation.litigationAfterReview', 5);
      expect(said.map((d) => d.code)).toEqual(['ambiguous-digits']);
      expect(said[0]?.message).toContain(lang === 'en' ? 'the only cut into 5 cells that fits the row\'s arithmetic (2, 0, 9, 2, 13) cuts one of them into a digit a cell' : '（2、0、9、2、13）要把其中一个数拆成每列一位');
    }
  });
});

describe('a group\'s label alone where a row\'s own label is printed later (69-54.plain)', () => {
  // Print sweep seed 69 case 54: each row of （六）其他处理 prints the group's label beside its own,
  // but 2.申请人逾期's label went after （七）总计's numbers, and in its place stand `（六）其他` /
  // `处理` and its numbers. The group's label alone is 3.其他's pattern (a report printing the group
  // as one row); 3.其他 took 2.'s numbers (6 wrong), and its own print, `（六）其他处理 3.其他`, was
  // dropped as the row printed again.
  it('the row\'s own label is read, not the numbers after the group\'s label alone, and no cell is wrong', () => {
    const { text, designed, report } = parsed('69-54.plain');
    const lines = text.split('\n');
    const group = lines.indexOf('（六）其他') + 1;
    const own = lines.indexOf('（六）其他处理 3.其他') + 1;
    expect([group, own].every((line) => line > 0)).toBe(true);
    const said = report.diagnostics.filter((d) => d.path === 'applications.otherHandling.other');
    expect(said.map((d) => [d.code, d.line])).toEqual([
      ['duplicate-row', group],
      // Its own print has six numbers: which cell is missing cannot be told.
      ['cell-count', own],
    ]);
    expect(said[0]?.message).toBe(`row “（六）其他 处理” is printed here without the values of a row (a header line, or values that are not its cells), and again on line ${own}, which is read instead`);
    expect(Object.values(report.applications?.otherHandling.feeUnpaid ?? {})).toEqual(Array(7).fill(null));
    expect(report.applications?.otherHandling.noCorrection).toEqual(designed.applications?.otherHandling.noCorrection);
    expect(wrongPaths(report, designed)).toEqual([]);
  });
});

describe('a run of labels whose last is cut short, its rest printed after the numbers of all of them', () => {
  // Print sweep seed 95 case 24: twelve labels, the last `3.要求提供` (3.要求提供公开出版物, its rest
  // after the numbers), then 84 numbers. The last piece named no row and joined the label before:
  // eleven labels for twelve rows' numbers, none paired (7 cells right of 200).
  it('95-24.plain: the cut label is its row\'s: twelve labels, twelve rows\' numbers, paired one to one where every row adds up', () => {
    const { text, designed, report } = parsed('95-24.plain');
    const line = lineOf(text, '3.要求提供');
    expect(report.applications?.notProcessed.publication).toEqual(designed.applications?.notProcessed.publication);
    const said = report.diagnostics.filter((d) => d.path === 'applications.notProcessed.publication');
    expect(said.map((d) => [d.code, d.line])).toEqual([['recovered-pairing', line]]);
    expect(said[0]?.message).toMatch(/^row “3\.要求提供” is printed apart from its numbers \(12 labels before 84 lines of numbers\): paired one to one in the form’s order/);
    const { cells } = classify(report, designed as Tables);
    expect(cells.filter((c) => c.verdict === 'wrong').map((c) => c.path)).toEqual([]);
    expect(cells.filter((c) => c.verdict === 'right').length).toBeGreaterThanOrEqual(91);
  });

  // Print sweep seed 93 case 47: `…1.申请人无正当理由逾期不补正…申请` / `2.申请人逾期未按收费通`, 56
  // numbers (eight rows'), `知要求缴纳费用…申请`, then 3.其他's numbers and its label. The cut label
  // joined 1.'s; its rest took 3.其他's numbers (5 wrong).
  it('93-47.plain: the rest after the numbers takes none of the next row\'s numbers; the eight rows, which no pairing makes add up, are null', () => {
    const { text, designed, report } = parsed('93-47.plain');
    expect(Object.values(report.applications?.otherHandling.feeUnpaid ?? {})).toEqual(Array(7).fill(null));
    const said = report.diagnostics.filter((d) => d.path === 'applications.otherHandling.feeUnpaid');
    expect(said.map((d) => d.code)).toEqual(['ambiguous-pairing']);
    expect(said[0]?.message).toMatch(/^row “2\.申请 人逾 期未 按收 费通” is printed apart from its numbers: 8 labels, then 56 lines of numbers \(56 in all\); no pairing/);
    expect(wrongPaths(report, designed)).toEqual([]);
  });
});

describe('the second line of the column headers, ending in 其他 (100-19.plain)', () => {
  // Print sweep seed 100 case 19: `自然人 商业 科研 社会公 法律服` / `总计` / `企业 机构 益组织 务机构 其他`,
  // then 一、本年新收's numbers before its label. The line of header pieces ends in 3.其他's words
  // and took the numbers after it (7 wrong); the real 3.其他, `3.` / `7` / `其他`, was no print of it.
  it('is no row: the numbers after it are no row\'s that can be told, 3.其他 null, and no cell of the report wrong', () => {
    const { text, designed, report } = parsed('100-19.plain');
    expect(text.split('\n')).toContain('企业 机构 益组织 务机构 其他');
    expect(Object.values(report.applications?.otherHandling.other ?? {})).toEqual(Array(7).fill(null));
    expect(report.diagnostics.filter((d) => d.path === 'applications.otherHandling.other').map((d) => d.code)).toEqual(['ambiguous-pairing']);
    expect(wrongPaths(report, designed)).toEqual([]);
  });
});

describe('a label printed around its numbers, its group\'s last character alone on a line among its pieces (106-7.plain)', () => {
  // Print sweep seed 106 case 7: `5.要求行` / `（五 政机关确` / 0 0 29 0 0 0 29 / `）不予处 认或重新` / `理` /
  // `出具已获` / `取信息` / （六）其他处理's numbers: `理` (of （五）不予处理) ended the label's own lines
  // there, so the numbers between its pieces were not seen, and it took the next row's (3 wrong).
  it('the label\'s words around the numbers spell it whole: read so, saying so (the break that may cut 266 / 0 above it taken away)', () => {
    const { text, designed } = fixture('106-7.plain');
    expect(text.split('\n')).toContain('理');
    const lines = text.split('\n');
    expect(lines.slice(225, 227)).toEqual(['（四）无 有现成信 266', '0']);
    lines.splice(226, 0, '');
    for (const lang of ['en', 'zh'] as const) {
      const report = parseReport(lines.join('\n'), { file: '106-7.plain.txt', lang });
      expect(report.applications?.notProcessed.confirmation).toEqual(designed.applications?.notProcessed.confirmation);
      const said = report.diagnostics.filter((d) => d.path === 'applications.notProcessed.confirmation');
      expect(said.map((d) => d.code)).toEqual(['recovered-pairing']);
      expect(said[0]?.message).toContain(lang === 'en' ? '(“5.要求行 （五 政机关确” before them, “）不予处 认或重新 理 出具已获 取信息” after them)' : '（数字前为“5.要求行 （五 政机关确”，数字后为“）不予处 认或重新 理 出具已获 取信息”）');
      expect(wrongPaths(report, designed)).toEqual([]);
    }
  });

  it('as printed, 266 / 0 may be one number (2660): read so, 2.没有现成… is one number short with 2660 the only cut that adds up, and both readings agree', () => {
    const { text, designed } = fixture('106-7.plain');
    expect(text.split('\n').slice(225, 227)).toEqual(['（四）无 有现成信 266', '0']);
    for (const { report } of inBothLanguages('106-7.plain')) {
      expect(report.applications?.notProcessed.confirmation).toEqual(designed.applications?.notProcessed.confirmation);
      expect(report.applications?.unableToProvide.needsCreation).toEqual({ naturalPerson: 266, commercial: 0, research: 0, nonprofit: 0, legalService: 0, other: 206, total: 472 });
      expect(report.diagnostics.filter((d) => d.code === 'cut-number' && /confirmation|needsCreation/.test(d.path ?? ''))).toEqual([]);
    }
  });
});

describe('part 四\'s header ending in 复议后起诉 right before 行政复议\'s numbers, the other groups\' after them (110-52.plain)', () => {
  // Print sweep seed 110 case 52: part 三's labels run into part 四's region, `复议后起诉` / 24 0 2 126
  // 152 (行政复议's) / `结果维持` / 18 … `总计` / 129 (未经复议直接起诉's) / `结果维持` / 0 / `结果纠正` / 30,
  // the rest after parts 五 and 六. 复议后起诉 took 行政复议's five (5 wrong); read in the order
  // printed, the region's numbers do not split into three groups (part 三's among them).
  it('the form\'s last group followed by another group\'s five is no certain reading: null, saying so (en, zh), no cell wrong', () => {
    const { text, designed } = fixture('110-52.plain');
    const line = lineOf(text, '复议后起诉');
    for (const lang of ['en', 'zh'] as const) {
      const report = parseReport(text, { file: '110-52.plain.txt', lang });
      expect(Object.values(report.reviewLitigation?.litigationAfterReview ?? {})).toEqual(Array(5).fill(null));
      const said = report.diagnostics.filter((d) => d.path === 'reviewLitigation.litigationAfterReview');
      expect(said.map((d) => [d.code, d.line])).toEqual([['ambiguous-pairing', line]]);
      expect(said[0]?.message).toContain(
        lang === 'en'
          ? 'reads 24 0 2 126 152 after its label, but right after them, from line 388, stand more numbers (18 27 66 18 129, the first five), among the table\'s column headers'
          : '读作 24 0 2 126 152，但紧接其后、从第388行起，栏目名称之间还有别的数字（前五个为 18 27 66 18 129）',
      );
      expect(wrongPaths(report, designed)).toEqual([]);
    }
  });
});

describe('part 四\'s last group read, the other groups\' numbers after it out of their order (128-10.plain)', () => {
  // Print sweep seed 128 case 10: `行政诉讼` / `复议后起诉` / its header / 3 17 15 3 38 (行政复议's) / the
  // header again / 16 30 13 4 21 5 63 2485 13 2524 (未经复议直接起诉's and 复议后起诉's interleaved, adding
  // up nowhere five at a time). 复议后起诉 took 行政复议's five (5 wrong).
  it('numbers after the form\'s last group among the column headers leave it null, saying so; no cell wrong', () => {
    const { text, designed } = fixture('128-10.plain');
    const report = parseReport(text, { file: '128-10.plain.txt' });
    expect(Object.values(report.reviewLitigation?.litigationAfterReview ?? {})).toEqual(Array(5).fill(null));
    const said = report.diagnostics.filter((d) => d.path === 'reviewLitigation.litigationAfterReview');
    expect(said.map((d) => [d.code, d.line])).toEqual([['ambiguous-pairing', lineOf(text, '复议后起诉')]]);
    const next = text.split('\n').indexOf('16', lineOf(text, '复议后起诉')) + 1;
    expect(said[0]?.message).toContain(`reads 3 17 15 3 38 after its label, but right after them, from line ${next}, stand more numbers (16 30 13 4 21, the first five)`);
    expect(wrongPaths(report, designed)).toEqual([]);
  });
});

describe('every label after its numbers, the rests of labels printed with their group\'s label (114-5.plain)', () => {
  // Print sweep seed 114 case 5: `3.危及“` / 3.'s numbers / `（三）不予公开 三安全一稳定”` / 4.'s numbers /
  // `（三）不予公开 4.保护第三方合` / `法权益` / 5.'s numbers …, and `没有现成信息` / 2.'s numbers / `（四）无法提供
  // 2.需要另行制作` / 3.'s numbers / `（四）无法提供 3.补正后申请内`: with the group's label (and the row's
  // numbering) before them, the rests were taken for the rows printed again, and each row after them
  // read the next row's numbers (28 wrong).
  it('the rests are seen as rests: the rows after them doubt the numbers after their labels, and no cell is wrong', () => {
    const { text, designed, report } = parsed('114-5.plain');
    for (const path of ['applications.denied.thirdPartyRights', 'applications.denied.internalAffairs', 'applications.unableToProvide.unclearAfterCorrection']) {
      const said = report.diagnostics.filter((d) => d.path === path);
      expect(said.map((d) => d.code), path).toEqual(['cell-count']);
      expect(said[0]?.message, path).toContain('and right before its label stand 7 other numbers, a row\'s worth, that may be its own');
    }
    expect(wrongPaths(report, designed)).toEqual([]);
  });
});

describe('a part\'s numbering alone at the end of a run of labels, its words after the numbers (103-20.plain)', () => {
  // Print sweep seed 103 case 20: `…1.申请人无正当理由逾期不补正…` (its rest) / `2.申请人逾期…` / `3.其他` /
  // `（七）总计` / `四、` / 28 numbers / `结转下年度继续办理`. `四、` joined （七）总计's label: four labels for
  // four rows' numbers, paired one row late (20 wrong).
  it('`四、` is 四、结转下年度继续办理\'s label: five labels, four rows\' numbers, not paired, and no cell wrong', () => {
    const { text, designed, report } = parsed('103-20.plain');
    const line = lineOf(text, '四、');
    const said = report.diagnostics.filter((d) => d.path === 'applications.carriedForward');
    expect(said.map((d) => [d.code, d.line])).toEqual([['ambiguous-pairing', line]]);
    expect(said[0]?.message).toMatch(/^row “四、” is printed apart from its numbers: 5 labels, then 28 lines of numbers/);
    expect(wrongPaths(report, designed)).toEqual([]);
  });
});

describe('labels after their numbers, the next row\'s numbers after its label one more or one fewer than its cells (22-26.plain)', () => {
  // `…2945` / `3068` / `重新出具已` / `获取信息` / `0` … `197` / `（六）其他处理` / `719` … `13775` / `（七）总计` /
  // `四、结转下年度` / `26` … `327` / `继续办理`: each label after its numbers. As printed 5.要求行政机关确认…
  // and （六） are null: the labels of （七） and 四、 follow （六）'s numbers with a row's worth after them,
  // none certainly theirs (bareNext), and the doubt goes up to 5. With two of （六）'s lines run
  // together （六） read nothing and passed no doubt on, and 5. read （六）'s numbers; with 327 cut in
  // two, （七） and 四、 had one number more than a row's worth, and 5. and （六） read the next rows' (12 wrong).
  const { text, designed } = fixture('22-26.plain');
  const lines = text.split('\n');
  /** The text with the `count` lines from (1-based) line `from` replaced by `by`. */
  const replaced = (from: number, count: number, ...by: string[]): string => [...lines.slice(0, from - 1), ...by, ...lines.slice(from - 1 + count)].join('\n');
  // （六）'s third and fourth numbers, and 四、's last (the first test below checks them).
  const six = lines.indexOf('（六）其他处理') + 1 + 3;
  const four = lines.indexOf('四、结转下年度') + 1 + 7;
  it('the lines run together and cut are （六）\'s 619 and 742 and 四、\'s 327', () => {
    expect([six - 3, four - 7]).toEqual([lineOf(text, '（六）其他处理'), lineOf(text, '四、结转下年度')]);
    expect([lines[six - 1], lines[six], lines[four - 1]]).toEqual(['619', '742', '327']);
  });
  const cases = {
    'as printed': text,
    'two lines of （六）\'s numbers run together': replaced(six, 2, '619742'),
    '四、\'s 327 cut in two': replaced(four, 1, '32', '7'),
  };
  for (const [what, input] of Object.entries(cases)) {
    it(`${what}: 5.要求行政机关确认… and （六） are null, and no cell of the report is wrong`, () => {
      const report = parseReport(input, { file: '22-26.plain.txt' });
      expect(Object.values(report.applications?.notProcessed?.confirmation ?? {})).toEqual(Array(7).fill(null));
      expect(Object.values(report.applications?.otherHandling?.other ?? {})).toEqual(Array(7).fill(null));
      const said = report.diagnostics.filter((d) => d.path === 'applications.notProcessed.confirmation');
      // (Its label's first line opens a page: a form feed before it.)
      expect(said.map((d) => [d.code, d.line])).toEqual([['cell-count', lineOf(text, '\f重新出具已')]]);
      expect(said[0]?.message).toContain('prints its cells after its label (0 167 23 0 0 7 197)');
      expect(wrongPaths(report, designed)).toEqual([]);
    });
  }
});

describe('a row printed short of its cells, four numbers of four digits or fewer a space apart (148-16.plain)', () => {
  // `一、本年新收` / `1187 1279 3473 611` / `政府信息公开申请数量`: 自然人 … 社会公益组织, the other three columns
  // printed later in a block of their own (`法律服务 其他 总计` / `机构` / `431` / `1550 8531`). Cut into seven,
  // 118 7 127 9 347 3 611 adds up by chance, and was read so (7 wrong).
  it('is not cut further: null, saying why (en, zh), and no cell of the report wrong', () => {
    for (const { lang, text, report } of inBothLanguages('148-16.plain')) {
      lineOf(text, '1187 1279 3473 611');
      const said = unreadRow(report, 'applications.newReceived', 7);
      expect(said.map((d) => [d.code, d.line])).toEqual([['ambiguous-digits', lineOf(text, '一、本年新收')]]);
      expect(said[0]?.message).toContain(lang === 'en' ? 'numbers a space apart of a few digits each, and the only cut into 7 cells that fits the row\'s arithmetic (118, 7, 127, 9, 347, 3, 611)' : '各数以空格隔开、每个只有几位');
    }
  });
});

describe('part 四\'s numbers in the order printed, a group out of its order right under the header (136-32.plain)', () => {
  // `总计` / 25 2135 2176 0 16 (行政复议's, its 2135 and 2176 before 0 16) among 0 273 0 21 0 294 of
  // another table, then 未经复议直接起诉's and 复议后起诉's: the only fifteen in a row that split into three
  // groups adding up took 273 0 21 0 294 for 行政复议 (4 wrong).
  it('the fifteen are not read so: 行政复议 null, saying why (en, zh), no cell wrong', () => {
    const { text, designed } = fixture('136-32.plain');
    for (const lang of ['en', 'zh'] as const) {
      const report = parseReport(text, { file: '136-32.plain.txt', lang });
      expect(report.reviewLitigation?.review).toBeNull();
      const said = report.diagnostics.filter((d) => d.path === 'reviewLitigation' && d.code === 'ambiguous-pairing');
      expect(said.map((d) => d.message.match(lang === 'en' ? /five numbers \(([\d, ]+)\) add up as a group does in another order/ : /的 5 个数字（([\d、]+)）换个顺序也能成为一组/)?.[1])).toEqual([lang === 'en' ? '25, 2135, 2176, 0, 16' : '25、2135、2176、0、16']);
      expect(wrongPaths(report, designed)).toEqual([]);
    }
  });
});

describe('a label found by its last pieces, numbers between its earlier pieces and its group\'s (151-6.plain)', () => {
  // `5.要求` / `行政机` / `（五 关确` / `0` × 6 / `）不予 认或重 0` / `处理 新出具` / `已获取` / `信息` / 0 0 26 192 145 0 363 /
  // `（六）其他处理` / 299 … 8609 / `（七）总计`: every label after its numbers. The row was found by
  // `已获取 信息`; the pieces above it, its own beside its group's, were not seen as its label, and it
  // read （六）'s numbers, （六） （七）'s (11 wrong).
  it('the numbers between its pieces are seen: the row is null, saying so, and no cell is wrong', () => {
    const { text, designed } = fixture('151-6.plain');
    const report = parseReport(text, { file: '151-6.plain.txt' });
    expect(Object.values(report.applications?.notProcessed?.confirmation ?? {})).toEqual(Array(7).fill(null));
    expect(Object.values(report.applications?.otherHandling?.other ?? {})).toEqual(Array(7).fill(null));
    const said = report.diagnostics.filter((d) => d.path === 'applications.notProcessed.confirmation');
    expect(said.map((d) => [d.code, d.line])).toEqual([['cell-count', lineOf(text, '已获取')]]);
    expect(said[0]?.message).toContain('its label is printed in two pieces with numbers that no row took between them');
    expect(wrongPaths(report, designed)).toEqual([]);
  });
});

describe('a part 二 row printed short of its cells, its numbers apart (174-3.plain)', () => {
  // `行政处罚 24` / `-10`, its 处理决定数量 printed elsewhere: the only cut into three cells, 2 4 -10, was
  // read (no sums to tell; 2 wrong).
  it('no number printed whole is cut further: null, saying why (en, zh), no cell wrong', () => {
    for (const { lang, text, report } of inBothLanguages('174-3.plain')) {
      lineOf(text, '-10');
      const said = unreadRow(report, 'activeDisclosure.punishment', 3);
      expect(said.map((d) => [d.code, d.line])).toEqual([['ambiguous-digits', lineOf(text, '行政处罚 24')]]);
      expect(said[0]?.message).toContain(lang === 'en' ? 'and the only cut into its 3 cells (2, 4, -10) cuts one of a few digits further; the row has no sums' : '该行没有合计关系可以判断它是一个数还是几个数');
    }
  });
});

describe('rows printed with their first cells by their labels, the rest in blocks after them all (183-40.plain, 170-40.plain)', () => {
  // Every row of part 三 prints its first cell (183-40) or first two (170-40) between its label's
  // pieces, and the rest in blocks after the last label: `四、结转下` / `0` / `年度继续办理` / `3278` /
  // `3275` / `4791 203 6323 17870` … (一、's rest, its first cell 0 as well) read as 四、 (6 wrong);
  // `四、结转下` / `0 0` / `年度继续办理` / `0` / `8` / `258` / `0 266` (3 wrong).
  for (const [name, printed] of [
    ['183-40.plain', '0 3278 3275 4791 203 6323 17870'],
    ['170-40.plain', '0 0 0 8 258 0 266'],
  ] as const) {
    it(`${name}: 四、 is null, saying why (en, zh), and no cell is wrong`, () => {
      for (const { lang, text, report } of inBothLanguages(name)) {
        const said = unreadRow(report, 'applications.carriedForward', 7);
        expect(said.map((d) => [d.code, d.line])).toEqual([['cell-count', lineOf(text, '四、结转下')]]);
        expect(said[0]?.message).toContain(lang === 'en' ? `prints its first cells by its label and the rest apart from it (${printed})` : `其余与行名分开列出（${printed}）`);
      }
    });
  }
});

describe('part 四\'s last label right before the first group\'s numbers, the order printed in doubt (188-7.plain)', () => {
  // `行政复议` / `结果 结果 其他 尚未 总计` / `未经复议直接起诉` / 80 numbers of part 三 / `行政诉讼` /
  // `复议后起诉` / `维持 纠正 结果 审结` / 20 27 23 0 70 (行政复议's) / … / 0 0 229 30 259 / 0 19 1 530 550.
  // Read after its label, 复议后起诉 took 行政复议's five (5 wrong); the fifteen in the order printed,
  // which give it 0 19 1 530 550, are in doubt themselves (other fifteen add up with numbers between).
  it('复议后起诉 is null, saying both readings (en, zh), and no cell is wrong', () => {
    for (const { lang, text, report } of inBothLanguages('188-7.plain')) {
      const said = unreadRow(report, 'reviewLitigation.litigationAfterReview', 5);
      expect(said.map((d) => [d.code, d.line])).toEqual([['ambiguous-pairing', lineOf(text, '复议后起诉')]]);
      expect(said[0]?.message).toContain(lang === 'en' ? 'reads 20 27 23 0 70 after its label, but fifteen of the table\'s numbers in the order printed' : '读作 20 27 23 0 70');
      expect(said[0]?.message).toContain(lang === 'en' ? 'give it 0 19 1 530 550; that reading is itself in doubt' : '该行应为 0 19 1 530 550；这一读法本身也无法确定');
      // The table says why the fifteen are in doubt: other fifteen add up with numbers between them.
      const table = report.diagnostics.filter((d) => d.path === 'reviewLitigation' && d.code === 'ambiguous-pairing');
      expect(table.map((d) => d.message.includes(lang === 'en' ? 'but so do fifteen with 16 other numbers between them' : '但中间隔开第'))).toEqual([true]);
    }
  });
});

describe('a part 二 number before a small table\'s column header is not the next label\'s (223-57.plain)', () => {
  // `行政` / `0` / `处罚` / `134` / `行政` / `强制` / `信息内容` / `行政事业性` / `收费`: 行政强制's 134 printed
  // before its label, which went unread; the column header 信息内容 (of 第二十条第（八）项, its heading printed
  // further on) stands between it and 行政事业性收费, which took it (its 30 printed after the header, 1 wrong).
  it('行政事业性收费 is null, saying why (en, zh), and no cell is wrong', () => {
    for (const { lang, text, report } of inBothLanguages('223-57.plain')) {
      const said = unreadRow(report, 'activeDisclosure.fees', 1);
      expect(said.map((d) => [d.code, d.line])).toEqual([['ambiguous-pairing', lineOf(text, '134')]]);
      expect(said[0]?.message).toContain(lang === 'en' ? 'stand where 2 rows of the form, “行政事业性收费” among them, have no label; they do not pair one to one' : '所在位置缺少 2 个表格行（含“行政事业性收费”）；两者无法一一对应');
    }
  });
});

describe('a label\'s rest with its group\'s label printed between its lines (219-57.plain)', () => {
  // `2.没有` / `（四）` / 0 0 0 20 0 0 20 / `现成信息需要另` / `无法提供` / `行制作` / 86 5 1568 0 0 0 1659 /
  // `（四）无法提供 3.补正后申请内容` / `仍不明确` / 21 0 0 0 0 0 21 / `（五）不予处理 1.信访举报投诉类`: every
  // label after its numbers. （四）无法提供, in its own column, printed between the lines of 2.'s rest, so
  // the numbers after that rest were not seen as standing before 3.'s label: 3. took (五)1.'s (4 wrong).
  it('3.补正后申请内容仍不明确 is null, saying why (en, zh), and no cell is wrong', () => {
    for (const { lang, text, report } of inBothLanguages('219-57.plain')) {
      const said = unreadRow(report, 'applications.unableToProvide.unclearAfterCorrection', 7);
      expect(said.map((d) => [d.code, d.line])).toEqual([['cell-count', lineOf(text, '（四）无法提供 3.补正后申请内容')]]);
      expect(said[0]?.message).toContain(lang === 'en' ? 'prints its cells apart from its label (21 0 0 0 0 0 21), and right before its label stand 7 other numbers' : '行的数字与行名分开列出（21 0 0 0 0 0 21），而行名之前紧挨着另有 7 个数字');
    }
  });
});

describe('a group\'s label alone in a run of labels names none of its rows (208-28.plain)', () => {
  // Seven labels (3.补正后…, （五）1.–5., then `1.申请人无正当理由逾期不补` cut short, `3.`, and the group
  // labels' column: `（四）` … `（六` / `）其他` / `处理`), then 49 numbers, seven rows. （六）其他处理 alone
  // is the catalog's 3.其他 where a report prints the group as one row; here the table prints (六)'s
  // rows (2.申请人逾期未按收费通知…, 3.其他) further on, so it is the group's label: read as 3.其他, the
  // run put (六)1.'s 234 0 0 188 0 0 422 there (5 wrong).
  it('3.其他 is null, saying why (en, zh), and no cell is wrong', () => {
    for (const { lang, report } of inBothLanguages('208-28.plain')) {
      const said = unreadRow(report, 'applications.otherHandling.other', 7);
      expect(said.map((d) => d.code)).toEqual(['ambiguous-pairing']);
      expect(said[0]?.message).toContain(lang === 'en' ? '“3.其他” is printed apart from its numbers: 2 labels, then 7 lines of numbers' : '“3.其他”行的名称与数字分开排列：先列 2 个行名，后列 7 行数字');
    }
  });

  it('group labels only: （六）其他处理 whole or in pieces, with another group\'s label before it; not 3.其他', () => {
    const only = (label: string) => groupLabelsOnly(matchKey(label), PLANS.applications);
    expect(['（六）其他处理', '（五） 不予处 理 （六 ）其他 处理', '其他处理'].map(only)).toEqual([true, true, true]);
    expect(['3.其他', '（六）其他处理 3.其他', '其他', ''].map(only)).toEqual([false, false, false, false]);
  });
});

describe('part 四\'s one group read, the others not, that does not add up (227-31.plain)', () => {
  // `未经复议直接起诉` … `23` / `0` / `225` (its 总计 248 not after them) / `复议后起诉` / header pieces /
  // `248 0 188 0 0` / `五、…` / `总` / `计` / `188`: 复议后起诉 read 248 0 188 0 0, and validate named a
  // litigation-total error the report does not have (4 wrong).
  it('复议后起诉 is null, saying why (en, zh), no cell is wrong, and validate names no total', () => {
    for (const { lang, text, report } of inBothLanguages('227-31.plain')) {
      const said = unreadRow(report, 'reviewLitigation.litigationAfterReview', 5);
      expect(said.map((d) => [d.code, d.line])).toEqual([['cell-count', lineOf(text, '复议后起诉')]]);
      expect(said[0]?.message).toContain(lang === 'en' ? 'prints its cells (248 0 188 0 0) and they do not add up to its 总计, and it is the only group of part 四 read' : '是第四部分唯一读出的一组');
      expect(report.diagnostics.filter((d) => d.code === 'litigation-total')).toEqual([]);
    }
  });
});

describe('rows printed with their first cells by their labels, a run of labels among them (251-6.plain)', () => {
  // `7.` / `0` / `属于行政执法案卷` / `8.属于行政查询事项` / `21` / `1.本机关不掌握相关政府 81` / … /
  // `（四）无 2.没有现成信息需要另行制 0` / `法提供 作` / `9` / `11` / `3` / `0` / `16 39`: every row prints its
  // first cell by its label; the rest stand elsewhere. 2. read 0 9 11 3 0 16 39, which adds up, and
  // so does 4.保护第三方合法权益's 0 with them; the run of 7. and 8.'s labels with their one number
  // hid that (5 wrong).
  it('2.没有现成信息需要另行制作 is null, saying why (en, zh), and no cell is wrong', () => {
    for (const { lang, text, report } of inBothLanguages('251-6.plain')) {
      const said = unreadRow(report, 'applications.unableToProvide.needsCreation', 7);
      expect(said.map((d) => [d.code, d.line])).toEqual([['cell-count', lineOf(text, '（四）无 2.没有现成信息需要另行制 0')]]);
      expect(said[0]?.message).toContain(lang === 'en' ? 'prints its first cells by its label and the rest apart from it (0 9 11 3 0 16 39)' : '行的头几个数字列在行名旁，其余与行名分开列出（0 9 11 3 0 16 39）');
    }
  });
});

describe('a row\'s numbering alone at the end of a run of labels is a label (260-39.plain)', () => {
  // `3.` / `0` / `0` (3.危及…'s numbering and first cells) / header / the rows' rests … / `危及“三` /
  // `安全一` / `稳定”` (3.'s rest) / `4.保护` … / `2.重复` / `申请` / `3.` / 77 numbers, eleven rows: 4. to
  // （五）3. The trailing `3.` is （五）3.要求提供公开出版物's numbering (its words further on); uncounted,
  // eleven labels from 3.'s rest met eleven rows, and each row took the next one's numbers (68 wrong).
  it('the run is twelve labels, none paired, saying why (en, zh), and no cell is wrong', () => {
    for (const { lang, text, report } of inBothLanguages('260-39.plain')) {
      for (const path of ['denied.endangersSafety', 'denied.thirdPartyRights', 'unableToProvide.notHeld', 'notProcessed.duplicate']) {
        const said = unreadRow(report, `applications.${path}`, 7);
        expect(said.map((d) => d.code)).toEqual(['ambiguous-pairing']);
        expect(said[0]?.message).toContain(lang === 'en' ? '12 labels, then 77 lines of numbers (77 in all), which do not pair one to one' : '先列 12 个行名，后列 77 行数字（共 77 个），两者无法一一对应');
      }
      const numbering = report.diagnostics.filter((d) => d.path === 'applications.notProcessed.publication');
      // Its words, opening the next run, are that row printed again.
      expect(numbering.map((d) => [d.code, d.line])).toEqual([
        ['ambiguous-pairing', lineOf(text, '申请') + 1],
        ['duplicate-row', lineOf(text, '出版物')],
      ]);
    }
  });

  it('a numbering alone, or a label\'s first words however few, ending a run names the form\'s next row, if it has that numbering', () => {
    expect(unitsOf(['1.信访举报投诉类申请', '2.重复', '申请', '3.'])).toEqual(['notProcessed.complaint', 'notProcessed.duplicate', 'notProcessed.publication']);
    expect(unitsOf(['3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要', '求行'])).toEqual(['notProcessed.publication', 'notProcessed.excessive', 'notProcessed.confirmation']);
    // Words that start no label of the next row name none.
    expect(unitsOf(['3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.其'])).toEqual(['notProcessed.publication', 'notProcessed.excessive']);
    // （五）5. is followed by （六）1.: a `2.` there is none of them.
    expect(unitsOf(['4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息', '2.'])).toEqual(['notProcessed.excessive', 'notProcessed.confirmation']);
  });
});

describe('a label printed around its numbers, its end alone read with the numbers after it (262-48.plain, 219-36.plain)', () => {
  // 262-48: `5.要求` / `行政` / `机关` / `（五） 确认` / 0 110 0 1892 2 2004 / `不予处 或重 0` / `理 新出` / `具已` /
  // `获取` / `信息` / 170 0 0 107 19 1798 2094 / `（六）其他处理` / …: labels after their numbers from there on.
  // The start and the middle went unread as no row's; the end alone took (六)'s numbers (6 wrong).
  // 219-36: `2.其他` / `（三） 法律行` / 2 19 2144 29 1 2222 / `不予公 政法规 27` / `开` / `禁` / `止公开` /
  // 3.危及…'s 8 25 17 27 169 13 259 (7 wrong).
  for (const [name, path, end, printed] of [
    ['262-48.plain', 'notProcessed.confirmation', '具已', '170 0 0 107 19 1798 2094'],
    ['219-36.plain', 'denied.prohibitedByLaw', '止公开', '8 25 17 27 169 13 259'],
  ] as const) {
    it(`${name}: ${path} is null, saying why (en, zh), and no cell is wrong`, () => {
      for (const { lang, text, report } of inBothLanguages(name)) {
        const said = unreadRow(report, `applications.${path}`, 7);
        expect(said.map((d) => [d.code, d.line])).toEqual([['cell-count', lineOf(text, end)]]);
        expect(said[0]?.message).toContain(lang === 'en' ? `prints its cells after its label (${printed}), but the label is only the end of the form's` : `（${printed}），但这里只印出表式行名的末尾`);
      }
    });
  }
});

describe('the next row\'s label started at the end of a run, its rest after the numbers (234-25.plain)', () => {
  // Ten labels, `4.无正当理由大量反复申请` / `5.要` / `求行` the last, then 77 numbers (eleven rows), and
  // 5.'s rest `理` / `政机` / … / `息` much further on, with (六)其他处理's 134 0 0 0 0 0 134 after it. `5.要求行`
  // went uncounted (fewer than four characters past its numbering), and the rest took (六)'s numbers
  // (3 wrong).
  it('5.要求行政机关确认或重新出具已获取信息 is null, saying why (en, zh), and no cell is wrong', () => {
    for (const { lang, text, report } of inBothLanguages('234-25.plain')) {
      const said = unreadRow(report, 'applications.notProcessed.confirmation', 7);
      expect(said.map((d) => [d.code, d.line])).toEqual([['ambiguous-pairing', lineOf(text, '5.要')]]);
      expect(said[0]?.message).toContain(lang === 'en' ? '11 labels, then 77 lines of numbers (77 in all)' : '先列 11 个行名，后列 77 行数字（共 77 个）');
    }
  });
});

describe('a group\'s label alone, read as its one row, before the group\'s rows by their own labels (273-36.plain)', () => {
  // `（六）其` / `他处理` / 233 0 0 0 21 0 254 / `（六）其他 2.申请人逾期未按收费通知要求缴纳费用、…` / … /
  // `（六）其他 3.` / `处理` / `其他` / 0 0 172 12 2435 6 2625: （六）其他处理 alone is the catalog's 3.其他 where a
  // report prints the group as one row, and took (六)1.'s numbers, its label printed far on (6 wrong).
  it('3.其他 is null, saying why (en, zh), and no cell is wrong', () => {
    for (const { lang, text, report } of inBothLanguages('273-36.plain')) {
      const said = unreadRow(report, 'applications.otherHandling.other', 7);
      expect(said.map((d) => [d.code, d.line])).toEqual([['cell-count', lineOf(text, '（六）其')]]);
      expect(said[0]?.message).toContain(lang === 'en' ? 'prints its cells after its label (233 0 0 0 21 0 254), but the label is only its group\'s' : '但这一行名只是所属分组的名称');
    }
  });
});

describe('a run of labels opened by the rest of a label printed earlier (210-44.plain)', () => {
  // `2.没有 现成信 息需` among eight labels, 56 lines of numbers, then `要另行` / `制作` (its rest) /
  // `3.补正…` / （五）1.–4. / `5.…确认… （六） 1.申请…` (two labels run together) / 49 lines of numbers:
  // the seven labels named seven rows in the form's order, and the one-to-one pairing, which nothing
  // else checked, put each row's numbers on the row after it (41 wrong).
  it('no row of the run is read, saying why (en, zh), and no cell is wrong', () => {
    for (const { lang, report } of inBothLanguages('210-44.plain')) {
      for (const path of ['unableToProvide.unclearAfterCorrection', 'notProcessed.complaint', 'notProcessed.confirmation']) {
        const said = unreadRow(report, `applications.${path}`, 7);
        expect(said.map((d) => d.code)).toEqual(['ambiguous-pairing']);
        expect(said[0]?.message).toContain(lang === 'en' ? 'one of the labels names a row printed earlier in the table' : '其中一个行名所指的行在表中前面已经印出');
      }
    }
  });

  it('a run that names a row again with its numbering (a report run into one line: `3.其他`, `（七）总计` after the group\'s label and the header) still pairs by its count', () => {
    const read = (path: string) => parseReport(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)), { file: path }).applications;
    const oneLine = read('damaged/oneline/13-002-word.plain.txt');
    const source = read('002_4a61cbdbb397b0fd.renumbered.txt');
    expect(oneLine?.denied?.stateSecret?.total).not.toBeNull();
    expect(oneLine?.denied).toEqual(source?.denied);
    expect(oneLine?.notProcessed).toEqual(source?.notProcessed);
  });
});

describe('a row\'s numbering printed after its words, its numbers on the next line (279-7.layout)', () => {
  // `（三）不予公开 属于行政执法案卷    7.` / `0  0  0 …`: 7.'s numbering in a cell of its own after the
  // label's words. Read as a number cut at its point, `7.` and the next line's `0` made 7.0: 自然人
  // read 7, and validate named a row-total error (and a handled-sum one) the report does not have.
  const LABEL = '            （三）不予公开 属于行政执法案卷    7.';

  it('the row reads its own numbers, with nothing to say, and validate finds no error the report does not have', () => {
    const { text, designed, report } = parsed('279-7.layout');
    expect(lineOf(text, LABEL)).toBeGreaterThan(0);
    expect(wrongPaths(report, designed)).toEqual([]);
    expect(report.applications?.denied?.enforcementFiles).toEqual(designed.applications?.denied?.enforcementFiles);
    expect(report.diagnostics.filter((d) => d.path?.startsWith('applications.denied.enforcementFiles'))).toEqual([]);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('the number on the next line is the row\'s first cell, whatever it is', () => {
    const lines = fixture('279-7.layout').text.split('\n');
    const at = lines.indexOf(LABEL) + 1;
    lines[at] = (lines[at] ?? '').replace(/^(\s*)0(.*)0$/, '$13$23');
    const report = parseReport(lines.join('\n'), { file: '279-7.layout.txt' });
    expect(report.applications?.denied?.enforcementFiles).toEqual({ naturalPerson: 3, commercial: 0, research: 0, nonprofit: 0, legalService: 0, other: 0, total: 3 });
    expect(report.diagnostics.filter((d) => d.code === 'joined-number')).toEqual([]);
  });

  it('another numbering there is still read as a number cut at its point, and said so', () => {
    const lines = fixture('279-7.layout').text.split('\n');
    lines[lines.indexOf(LABEL)] = LABEL.replace('7.', '4.');
    const report = parseReport(lines.join('\n'), { file: '279-7.layout.txt' });
    expect(report.applications?.denied?.enforcementFiles?.naturalPerson).toBe(4);
    expect(report.diagnostics.filter((d) => d.code === 'joined-number').map((d) => d.path)).toEqual(['applications.denied.enforcementFiles.naturalPerson']);
  });
});

describe('a small table\'s stretch holding another table\'s number (279-8.plain)', () => {
  // Part 二's last rows run on past part 三's heading: (一)'s stretch holds 3 of its 6 numbers, and
  // `第二十条第（八）项` / `信息内容` / `行政事业性收费` / `19` (19 is 行政规范性文件's 本年制发件数) / `三、…`,
  // its header `本年收费金额（单位：万元）` and 160.1 after part 三's heading. The stretch, holding exactly
  // its one number, read 19 as the fees' amount.
  it('the fees\' amount is null, saying why (en, zh), and no cell is wrong', () => {
    for (const { lang, text, report } of inBothLanguages('279-8.plain')) {
      expect(at(report, 'activeDisclosure.fees.amount')).toBeNull();
      const said = report.diagnostics.filter((d) => d.path === 'activeDisclosure.fees');
      expect(said.map((d) => [d.code, d.line])).toEqual([['ambiguous-pairing', lineOf(text, '行政事业性收费')]]);
      expect(said[0]?.message).toContain(lang === 'en' ? '5 labels, then 1 line of numbers (1 in all), which do not pair one to one' : '先列 5 个行名，后列 1 行数字（共 1 个），两者无法一一对应');
    }
  });

  it('a stretch whose headers were printed elsewhere still reads where the tables before it hold all their numbers (95-24.plain)', () => {
    // `第二十条第（五）项` / `信息内容` / `行政` / `许可` / `18`: (一) above it holds its six numbers.
    const { designed, report } = parsed('95-24.plain');
    expect(report.activeDisclosure?.licensing?.decisions).toBe(18);
    expect(designed.activeDisclosure?.licensing?.decisions).toBe(18);
  });
});
