/**
 * Part 二 printed column by column under its column headers (src/tables/underHeaders.ts): plain
 * pdftotext of LibreOffice's PDFs of Word reports (fixtures/damaged/pdftotext/12, 13, 16, 17) prints
 * each 第二十条 small table a column at a time, the column's header words and then one number for
 * each of the small table's rows. Every cell of these fixtures holds a distinct number, so a row or
 * column read in the wrong place fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../src/index.js';

const fixture = (name: string): { lines: string[]; designed: Report } => ({
  lines: readFileSync(new URL(`../fixtures/damaged/pdftotext/${name}.txt`, import.meta.url), 'utf8').split('\n'),
  designed: (JSON.parse(readFileSync(new URL(`../fixtures/damaged/pdftotext/${name}.expected.json`, import.meta.url), 'utf8')) as { designed: Report }).designed,
});

type Rows = Record<string, Record<string, number | null> | null>;
const disclosure = (report: Report): Rows => report.activeDisclosure as unknown as Rows;
const recovered = (report: Report): Array<[string | null, number | null]> =>
  report.diagnostics.filter((d) => d.code === 'recovered-pairing' && d.path?.startsWith('activeDisclosure.')).map((d) => [d.path, d.line]);

/** The index of the line that is exactly `text`, after line index `from`. */
function lineOf(lines: readonly string[], text: string, from = 0): number {
  const at = lines.findIndex((l, i) => i >= from && l === text);
  expect(at, text).toBeGreaterThanOrEqual(0);
  return at;
}

describe('part 二 read column by column under its headers', () => {
  it('12-000-word.plain: both small tables of the 2021 form with more than one row, and the one-row ones, read in the form’s order', () => {
    const { lines, designed } = fixture('12-000-word.plain');
    const report = parseReport(lines.join('\n'), { file: '12.txt' });
    const want = disclosure(designed);
    const got = disclosure(report);
    expect(got.regulations).toEqual({ issued: 5589, repealed: 12, inForce: 6475 });
    expect(got.normativeDocuments).toEqual({ issued: 2054, repealed: 16, inForce: 2869 });
    for (const row of ['regulations', 'normativeDocuments', 'licensing', 'punishment', 'coercion']) expect(got[row], row).toEqual(want[row]);
    // Each row's line is that of its first number; the header words read as no row's say nothing now.
    expect(recovered(report)).toEqual([
      ['activeDisclosure.regulations', 16],
      ['activeDisclosure.normativeDocuments', 17],
      ['activeDisclosure.licensing', 38],
      ['activeDisclosure.punishment', 46],
      ['activeDisclosure.coercion', 47],
      // `本年收费金额（单位：万元）` / `行政` / `事业性收费` / `7764`: no number right after the header,
      // but the small table's stretch holds its one label and one number (readStretches).
      ['activeDisclosure.fees', 59],
    ]);
    expect(got.fees).toEqual(want.fees);
    expect(report.diagnostics.filter((d) => d.code === 'unknown-row' && (d.line ?? 0) < 60)).toEqual([]);
    const message = report.diagnostics.find((d) => d.path === 'activeDisclosure.regulations')?.message ?? '';
    expect(message).toContain('本年制发件数, 本年废止件数, 现行有效件数');
    expect(message).toContain('5589, 12, 6475');
  });

  it('13 and 16 (Word, the small tables’ pieces interleaved) read every row under its headers', () => {
    for (const name of ['13-002-word.plain', '16-004-word.plain']) {
      const { lines, designed } = fixture(name);
      const got = disclosure(parseReport(lines.join('\n'), { file: `${name}.txt` }));
      const want = disclosure(designed);
      const rows = name.startsWith('16') ? ['regulations', 'normativeDocuments', 'licensing', 'punishment', 'coercion', 'fees'] : ['regulations', 'normativeDocuments', 'licensing', 'punishment', 'coercion'];
      for (const row of rows) expect(got[row], `${name} ${row}`).toEqual(want[row]);
    }
  });

  it('a column printed before another reads under its own header, not in the order printed', () => {
    const { lines } = fixture('12-000-word.plain');
    // 本年废止件数's header and numbers (lines 25–29) moved before 本年制发件数's (lines 13–17).
    const issued = lineOf(lines, '本年');
    const repealed = lineOf(lines, '本年', issued + 1);
    const moved = [...lines.slice(0, issued), ...lines.slice(repealed, repealed + 5), ...lines.slice(issued, repealed), ...lines.slice(repealed + 5)];
    const got = disclosure(parseReport(moved.join('\n'), { file: 'moved.txt' }));
    expect(got.regulations).toEqual({ issued: 5589, repealed: 12, inForce: 6475 });
    expect(got.normativeDocuments).toEqual({ issued: 2054, repealed: 16, inForce: 2869 });
  });

  it('a header followed by more or fewer numbers than its small table has rows reads no column of it', () => {
    const { lines } = fixture('12-000-word.plain');
    const extra = [...lines];
    extra.splice(lineOf(lines, '2054') + 1, 0, '77');
    const got = disclosure(parseReport(extra.join('\n'), { file: 'extra.txt' }));
    expect(got.regulations?.issued ?? null).toBeNull();
    expect(got.normativeDocuments?.issued ?? null).toBeNull();
    // The other small tables still read.
    expect(got.licensing).toEqual({ decisions: 4759 });

    const fewer = [...lines];
    fewer.splice(lineOf(lines, '23'), 1);
    const report = parseReport(fewer.join('\n'), { file: 'fewer.txt' });
    expect(disclosure(report).punishment?.decisions ?? null).toBeNull();
    expect(disclosure(report).coercion?.decisions ?? null).toBeNull();
    expect(report.diagnostics.some((d) => d.path === 'activeDisclosure.punishment' && d.code !== 'recovered-pairing')).toBe(true);
  });

  it('a number the row-by-row reading would not take as it stands (past 2^53, negative in a count) reads no column', () => {
    const { lines } = fixture('12-000-word.plain');
    const tooLong = [...lines];
    tooLong[lineOf(lines, '4759')] = '99999999999999999999';
    expect(disclosure(parseReport(tooLong.join('\n'), { file: 'long.txt' })).licensing?.decisions ?? null).toBeNull();
    const negative = [...lines];
    negative[lineOf(lines, '9520')] = '-9520';
    const got = disclosure(parseReport(negative.join('\n'), { file: 'negative.txt' }));
    expect(got.punishment?.decisions ?? null).toBeNull();
    expect(got.coercion?.decisions ?? null).toBeNull();
  });

  it('a header printed more often than the form has small tables with it reads none of its columns', () => {
    const { lines } = fixture('12-000-word.plain');
    // 第二十条第（五）项's header and number printed twice: which print is which small table's cannot be told.
    const at = lineOf(lines, '本年处理决定数量');
    const twice = [...lines.slice(0, at + 2), ...lines.slice(at, at + 2), ...lines.slice(at + 2)];
    const got = disclosure(parseReport(twice.join('\n'), { file: 'twice.txt' }));
    expect(got.licensing?.decisions ?? null).toBeNull();
    expect(got.regulations).toEqual({ issued: 5589, repealed: 12, inForce: 6475 });
    // 第二十条第（六）项's stretch holds its two labels and two numbers: read from it, not under the header.
    expect(got.punishment).toEqual({ decisions: 9520 });
    expect(got.coercion).toEqual({ decisions: 23 });
  });

  it('a header printed again with no numbers right after it (a line printed twice): read column by column, the first print takes the numbers before it printed again, and the two readings dispute the cell', () => {
    // column-by-column/03-004 with lines 31–34 printed twice (lines-twice, 2026-12-06): `1` / … /
    // `本年收费金额（单位：万元）` / then `1` / … / `本年收费金额（单位：万元）` again / `行政事业性收费` /
    // `5888`. Under the header's first print stands 行政强制's 1, printed again: column by column,
    // that is the fee; row by row, 5888. Nothing in the row can tell which (it has no sums), so the
    // cell is null and says so. (Reading no column of a header printed more often than the form has
    // it, with or without numbers after each print, would keep 5888 here, but it left every part 二
    // of pdfminer's prints null wherever a header line was printed twice: 400 cases.)
    const lines = readFileSync(new URL('../fixtures/damaged/column-by-column/03-004.txt', import.meta.url), 'utf8').split('\n');
    const at = lineOf(lines, '本年收费金额（单位：万元）');
    expect([lines[at - 3], lines[at + 1], lines[at + 2]]).toEqual(['1', '行政事业性收费', '5888']);
    const twice = [...lines.slice(0, at + 1), ...lines.slice(at - 3, at + 1), ...lines.slice(at + 1)];
    for (const [lang, says] of [['en', /read row by row, this cell is 5888, but read again column by column, each column’s numbers after its header, it is 1;/], ['zh', /逐行读取时该格为 5888，按各栏逐栏排出、栏目名称之后列该栏数字的方式重读则为 1；/]] as const) {
      const report = parseReport(twice.join('\n'), { file: 'twice.txt', lang });
      expect(disclosure(report).fees).toEqual({ amount: null });
      const said = report.diagnostics.filter((d) => d.path?.startsWith('activeDisclosure.fees') === true);
      expect(said.map((d) => [d.code, d.path, d.line])).toEqual([['ambiguous-pairing', 'activeDisclosure.fees.amount', at + 6]]);
      expect(said[0]?.message).toMatch(says);
    }
  });

  it('two headers before one run of numbers (2019 form: 本年增/减, 处理决定数量) read neither column; one header before its run reads', () => {
    const { lines, designed } = fixture('17-2019-tabs-word.plain');
    const report = parseReport(lines.join('\n'), { file: '17.txt' });
    const got = disclosure(report);
    const want = disclosure(designed);
    // `本年` / `增/减` / `处理` / `决定` / `数量` / `-5` / `154` / `7923` / `2440`: column after column or row after row.
    expect(lines.filter((l) => l !== '').join('|')).toContain('本年|增/减|处理|决定|数量|-5|154|7923|2440');
    for (const row of ['licensing', 'otherServices', 'punishment', 'coercion']) expect(got[row]?.change ?? null, row).toBeNull();
    for (const row of ['regulations', 'normativeDocuments', 'procurement']) expect(got[row], row).toEqual(want[row]);
  });

  it('a report run into one line: the numbers a space apart after a header (`本年 制发 件数 5589 2054`) read the same', () => {
    const oneLine = (name: string): string => readFileSync(new URL(`../fixtures/damaged/oneline/${name}.txt`, import.meta.url), 'utf8');
    const { designed } = fixture('12-000-word.plain');
    const got = disclosure(parseReport(oneLine('12-000-word.plain'), { file: 'oneline-12.txt' }));
    const want = disclosure(designed);
    for (const row of ['regulations', 'normativeDocuments', 'licensing', 'punishment', 'coercion']) expect(got[row], row).toEqual(want[row]);
    // `8 153` may be one number in groups of three (8153) or two: 本年新制作数量 is not read, so neither is 规章.
    const nineteen = oneLine('17-2019-tabs-word.plain');
    expect(nineteen).toContain('本年 新制 作数 量 8 153');
    const got17 = disclosure(parseReport(nineteen, { file: 'oneline-17.txt' }));
    expect(got17.regulations?.made ?? null).toBeNull();
    expect(got17.procurement).toEqual(disclosure(fixture('17-2019-tabs-word.plain').designed).procurement);
  });

  it('labels printed before another column’s header and its numbers are never paired with them (pdfminer/02, a stretch printed twice)', () => {
    // pdfminer prints the small tables' labels, then each column's header and numbers. Lines
    // 第二十条第（六）项 … 本年 / 制发 printed again put 行政处罚 and 行政强制 (one cell each) right
    // before `本年` / `制发` / `件数` / `2` / `19`: two labels, two lines of one number, and nothing
    // to check a pairing by. The 2 and 19 are 本年制发件数's, 规章's and 行政规范性文件's.
    const dir = new URL('../fixtures/damaged/pdfminer/', import.meta.url);
    const name = readdirSync(dir).find((n) => n.startsWith('02-') && n.endsWith('.txt')) ?? '';
    const lines = readFileSync(new URL(name, dir), 'utf8').split('\n');
    const from = lineOf(lines, '第二十条第（六）项');
    const to = lineOf(lines, '制发', from);
    const twice = [...lines.slice(0, to + 1), ...lines.slice(from, to + 1), ...lines.slice(to + 1)];
    const report = parseReport(twice.join('\n'), { file: 'twice.txt' });
    expect(disclosure(report).punishment).toEqual({ decisions: 8289 });
    expect(disclosure(report).coercion).toEqual({ decisions: 5 });
    expect(disclosure(report).regulations).toEqual({ issued: 2, repealed: 3520, inForce: 5706 });
    expect(disclosure(report).normativeDocuments).toEqual({ issued: 19, repealed: 729, inForce: 8310 });

    // A header printed once for each small table with it: its k-th print is the k-th small table's.
    // 12-000-word.plain with `事业性收费` lost: 行政许可 and 行政处罚 stood before the second print of
    // `本年处理决定数量` / `9520` / `23` (第二十条第（六）项's) and were paired with them.
    const word = fixture('12-000-word.plain').lines;
    const cut = lineOf(word, '事业性收费');
    const got = disclosure(parseReport([...word.slice(0, cut), ...word.slice(cut + 1)].join('\n'), { file: 'cut.txt' }));
    expect([got.licensing, got.punishment, got.coercion]).toEqual([{ decisions: 4759 }, { decisions: 9520 }, { decisions: 23 }]);

    // With 行政处罚's own header lost as well, nothing reads the two rows: null, saying why.
    const decided = lineOf(twice, '本年处理决定数量', lineOf(twice, '4811'));
    const lost = [...twice.slice(0, decided), ...twice.slice(decided + 1)];
    for (const lang of ['en', 'zh'] as const) {
      const got = parseReport(lost.join('\n'), { file: 'lost.txt', lang });
      expect(disclosure(got).punishment).toEqual({ decisions: null });
      expect(disclosure(got).coercion).toEqual({ decisions: null });
      const message = got.diagnostics.find((d) => d.path === 'activeDisclosure.punishment')?.message ?? '';
      expect(got.diagnostics.find((d) => d.path === 'activeDisclosure.punishment')?.code).toBe('ambiguous-pairing');
      expect(message).toContain(lang === 'en' ? 'these labels are not all of one small table with that column' : '这些行名并不都属于有该栏目的同一个小表');
    }
  });
});

describe('part 二 column by column, with a column header lost', () => {
  const messageOf = (report: Report, path: string): string => report.diagnostics.find((d) => d.path === path)?.message ?? '';
  /** pdfminer's print of the 2019 form's cells fixture, its small tables' columns interleaved. */
  const pdfminer07 = (): string[] => readFileSync(new URL('../fixtures/damaged/pdfminer/07-2019-cells.pdfminer.txt', import.meta.url), 'utf8').split('\n');
  /** The lines with lines from … to (indexes, both in) lost. */
  const without = (lines: readonly string[], from: number, to: number): string[] => [...lines.slice(0, from), ...lines.slice(to + 1)];

  it('a header printed fewer times than the form has it: the last numbers of the column printed before it are left empty', () => {
    // 12-000-word.plain with `2869` and 行政许可's `本年处理决定数量` lost: `现行有效件数` / `6475` / `4759`
    // holds as many numbers as its small table has rows, but 4759 is 行政许可's.
    const { lines } = fixture('12-000-word.plain');
    const from = lineOf(lines, '2869');
    const to = lineOf(lines, '本年处理决定数量', from);
    const lost = without(lines, from, to);
    expect(lost.slice(lineOf(lost, '现行'), lineOf(lost, '现行') + 6)).toEqual(['现行', '有效', '件数', '6475', '4759', '']);
    for (const lang of ['en', 'zh'] as const) {
      const report = parseReport(lost.join('\n'), { file: 'lost.txt', lang });
      const got = disclosure(report);
      // 6475 is the first of two numbers, and 行政许可's small table has one row: it is 规章's.
      expect(got.regulations).toEqual({ issued: 5589, repealed: 12, inForce: 6475 });
      expect(got.normativeDocuments).toEqual({ issued: 2054, repealed: 16, inForce: null });
      const cell = report.diagnostics.find((d) => d.path === 'activeDisclosure.normativeDocuments.inForce');
      expect(cell?.code).toBe('ambiguous-pairing');
      expect(cell?.line).toBe(lineOf(lost, '4759') + 1);
      expect(cell?.message).toContain(lang === 'en' ? 'the header that follows it, “本年处理决定数量”, is printed fewer times' : '紧随其后的栏目“本年处理决定数量”排出的次数少于');
      expect(messageOf(report, 'activeDisclosure.normativeDocuments')).toContain(lang === 'en' ? '2054, 16, □' : '2054、16、□');
      // 行政处罚 and 行政强制 read from their small table's stretch; 4759 is read as no one's.
      expect(got.punishment).toEqual({ decisions: 9520 });
      expect(got.coercion).toEqual({ decisions: 23 });
      expect(got.licensing).toEqual({ decisions: null });
    }
  });

  it('a header printed nowhere: the column before it keeps only the numbers that cannot be the lost column’s', () => {
    // `23` … `本年收费金额（单位：` / `万元）` … `事业性收费` lost: `本年处理决定数量` / `9520` / `7764`, and
    // 7764 is 行政事业性收费's. 第二十条第（八）项 has one row: 9520, the first of two, is 行政处罚's.
    const { lines } = fixture('12-000-word.plain');
    const from = lineOf(lines, '23');
    const to = lineOf(lines, '事业性收费', from);
    const lost = without(lines, from, to);
    const report = parseReport(lost.join('\n'), { file: 'lost.txt' });
    const got = disclosure(report);
    expect(got.punishment).toEqual({ decisions: 9520 });
    // 行政强制's label was lost with them: the row is missing, and says so.
    expect(got.coercion).toBeNull();
    expect(report.diagnostics.find((d) => d.path === 'activeDisclosure.coercion')?.code).toBe('missing-row');
    expect(got.licensing).toEqual({ decisions: 4759 });
    expect(got.normativeDocuments).toEqual({ issued: 2054, repealed: 16, inForce: 2869 });
  });

  it('the columns interleaved (pdfminer/07, 2019 form): the column printed right before the header’s first print left is in doubt, not the one the form puts before it', () => {
    // pdfminer prints 本年新制作数量's column, then the three small tables' 上一年项目数量 one after
    // another. `38`, 第二十条第（五）项's `上一` … `量` and `11` lost: `本年` … `量` / `49` / `111`, then
    // the two prints left. 111 is 其他对外管理服务事项's, not 规范性文件's.
    const lines = pdfminer07();
    const from = lineOf(lines, '38');
    const to = lineOf(lines, '11', from);
    const lost = without(lines, from, to);
    const report = parseReport(lost.join('\n'), { file: 'lost.txt' });
    const got = disclosure(report);
    // 第二十条第（五）项 has two rows: both of 本年新制作数量's numbers may be its. 对外公开总数量, the
    // column the form puts before 上一年项目数量, printed elsewhere, keeps its numbers.
    expect(got.regulations).toEqual({ made: null, published: 146, totalPublished: 3444 });
    expect(got.normativeDocuments).toEqual({ made: null, published: 104, totalPublished: 882 });
    for (const row of ['regulations', 'normativeDocuments']) {
      const cell = report.diagnostics.find((d) => d.path === `activeDisclosure.${row}.made`);
      expect(cell?.code, row).toBe('ambiguous-pairing');
      expect(cell?.message, row).toContain('the header that follows it, “上一年项目数量”');
    }
    expect(got.procurement).toEqual({ projects: 45, amount: 251000 });
  });

  it('a lost print whose numbers ran into another column’s print (more numbers than its rows) puts no column read in doubt', () => {
    // pdfminer/07 with 第二十条第（八）项's `本年增/减` lost: `处理决定数量` / `6949` / `7648` / `-2`. The
    // -2 ran into 行政强制's column, which is then not read; 本年新公开数量, printed right before the
    // first print of 本年增/减 left, keeps its numbers.
    const lines = pdfminer07();
    const at = lineOf(lines, '本年增/减');
    expect(lines.slice(at - 4, at + 3).filter((l) => l !== '')).toEqual(['6949', '7648', '本年增/减', '-2']);
    const lost = without(lines, at, at);
    const report = parseReport(lost.join('\n'), { file: 'lost.txt' });
    const got = disclosure(report);
    expect(got.regulations).toEqual({ made: 49, published: 146, totalPublished: 3444 });
    expect(got.normativeDocuments).toEqual({ made: 38, published: 104, totalPublished: 882 });
    expect(got.coercion?.decisions ?? null).toBeNull();
    expect(report.diagnostics.filter((d) => d.message.includes('is printed fewer times'))).toEqual([]);
  });

  it('a header’s start left right before another header is a print of it, garbled: no column read is in doubt', () => {
    // pdfminer/07 with `目数` / `量` / `5` lost: `上一` / `年项` / `采购` / `项目` / `数量` / `45`. 第二十条第
    // （八）项's 上一年项目数量 was printed, its words closing the column before; 45 is 采购项目数量's.
    const lines = pdfminer07();
    const to = lines.findIndex((l, i) => l === '5' && lines[i - 2] === '量');
    const from = to - 3;
    expect(lines[from]).toBe('目数');
    const lost = without(lines, from, to);
    expect(lost.slice(from - 3, from + 6).filter((l) => l !== '')).toEqual(['上一', '年项', '采购', '项目', '数量', '45']);
    const report = parseReport(lost.join('\n'), { file: 'lost.txt' });
    const got = disclosure(report);
    expect(got.regulations).toEqual({ made: 49, published: 146, totalPublished: 3444 });
    expect(got.normativeDocuments).toEqual({ made: 38, published: 104, totalPublished: 882 });
    expect(got.procurement).toEqual({ projects: 45, amount: 251000 });
    expect(report.diagnostics.filter((d) => d.message.includes('is printed fewer times'))).toEqual([]);
  });

  it('a unit right before a column’s numbers whose header has none: an amount’s header was lost there, and the cell is left empty', () => {
    // pdfminer/07 (2019 form), the columns interleaved: `本年增/减` / then `-2` and `采购总金额` lost /
    // `（单位：万` / `元）` / `251000`. 251000 is 政府集中采购's amount, not 行政事业性收费's change.
    const lines = pdfminer07();
    const from = lineOf(lines, '-2');
    const to = lineOf(lines, '采购总金额', from);
    const lost = without(lines, from, to);
    for (const lang of ['en', 'zh'] as const) {
      const report = parseReport(lost.join('\n'), { file: 'lost.txt', lang });
      const got = disclosure(report);
      expect(got.fees).toEqual({ previousItems: 5, change: null });
      const cell = report.diagnostics.find((d) => d.path === 'activeDisclosure.fees.change');
      expect(cell?.code).toBe('ambiguous-pairing');
      expect(cell?.message).toContain(lang === 'en' ? 'end with a unit (“（单位：万元）”)' : '以计量单位“（单位：万元）”结尾');
      expect(got.punishment).toEqual({ previousItems: 153, change: 120, decisions: 6949 });
    }
    // Undamaged, the same print reads the change.
    expect(disclosure(parseReport(lines.join('\n'), { file: '07.txt' })).fees).toEqual({ previousItems: 5, change: -2 });
  });
});

describe('part 二 read from each small table’s stretch (Chromium’s PDFs, plain pdftotext)', () => {
  const chromium = fixture('10-2019-cells-chromium.plain');
  const parse = (lines: readonly string[]): Rows => disclosure(parseReport(lines.join('\n'), { file: '10.txt' }));

  it('10-2019-cells-chromium.plain: labels after their numbers and around them, every row of the 2019 form read', () => {
    const report = parseReport(chromium.lines.join('\n'), { file: '10.txt' });
    expect(disclosure(report)).toEqual(disclosure(chromium.designed));
    expect(disclosure(report).regulations).toEqual({ made: 49, published: 146, totalPublished: 3444 });
    expect(disclosure(report).normativeDocuments).toEqual({ made: 38, published: 104, totalPublished: 882 });
    const regulations = report.diagnostics.find((d) => d.path === 'activeDisclosure.regulations');
    expect([regulations?.code, regulations?.line]).toEqual(['recovered-pairing', 23]);
    expect(regulations?.message).toContain('第二十条第（一）项');
    expect(regulations?.message).toContain('49, 146, 3444');
    // The words of the stretches read as no row's (`规范性文件 第二十条第（五）项 处理决定数 …`) say nothing now.
    expect(report.diagnostics.filter((d) => d.code === 'unknown-row' && (d.line ?? 0) < 81)).toEqual([]);
  });

  it('09-001-chromium.plain (2021 form) reads 规章, 行政规范性文件 and the two rows of 第二十条第（六）项', () => {
    const { lines, designed } = fixture('09-001-chromium.plain');
    const got = disclosure(parseReport(lines.join('\n'), { file: '09.txt' }));
    for (const row of ['regulations', 'normativeDocuments', 'punishment', 'coercion']) expect(got[row], row).toEqual(disclosure(designed)[row]);
    expect(got.punishment).toEqual({ decisions: 8289 });
    expect(got.coercion).toEqual({ decisions: 5 });
  });

  it('another small table’s label in the stretch, its labels out of the form’s order, or its heading twice: not read', () => {
    const { lines } = chromium;
    const regulations = lineOf(lines, '规章');
    const withOther = [...lines.slice(0, regulations), '行政处罚', ...lines.slice(regulations)];
    expect(parse(withOther).regulations?.made ?? null).toBeNull();

    const documents = lineOf(lines, '规范性文件');
    const swapped = [...lines];
    swapped[regulations] = '规范性文件';
    swapped[documents] = '规章';
    expect(parse(swapped).regulations?.made ?? null).toBeNull();
    expect(parse(swapped).normativeDocuments?.made ?? null).toBeNull();

    const heading = lineOf(lines, '第二十条第（一）项');
    const twice = [...lines.slice(0, documents + 1), lines[heading] ?? '', ...lines.slice(documents + 1)];
    expect(parse(twice).regulations?.made ?? null).toBeNull();
  });

  it('part 二 printed twice (another report’s small table pasted in): no stretch is read', () => {
    const { lines } = chromium;
    const heading = lineOf(lines, '第二十条第（九）项');
    const pasted = [...lines.slice(0, heading), '第二十条第（九）项', '政府集中采购', '7', '88', ...lines.slice(heading)];
    const report = parseReport(pasted.join('\n'), { file: 'pasted.txt' });
    for (const row of ['regulations', 'licensing', 'otherServices']) expect(Object.values(disclosure(report)[row] ?? {}).every((v) => v === null), row).toBe(true);
    expect(recovered(report)).toEqual([]);
  });

  it('a piece of a column header between two runs (lines printed twice): the numbers after it are that column’s, and the stretch is not read', () => {
    // 14-2020-mixed-word.plain: `上一` / `年项` / `目数` / `量` / `132`, its last four lines printed
    // again: two numbers in （八）'s stretch, as many as its one row has cells, read 132 and 132
    // (本年增/减 is 124).
    const { lines } = fixture('14-2020-mixed-word.plain');
    const at = lineOf(lines, '上一', lineOf(lines, '第二十条第（八）项'));
    expect(lines.slice(at, at + 5)).toEqual(['上一', '年项', '目数', '量', '132']);
    const twice = [...lines.slice(0, at + 5), ...lines.slice(at + 1, at + 5), ...lines.slice(at + 5)];
    expect(disclosure(parseReport(twice.join('\n'), { file: 'twice.txt' })).fees).toBeNull();
    // The number's line alone printed twice (`132` / `132`): no words between, the count made up all the same.
    const again = [...lines.slice(0, at + 5), lines[at + 4] ?? '', ...lines.slice(at + 5)];
    expect(disclosure(parseReport(again.join('\n'), { file: 'again.txt' })).fees).toBeNull();
    // As printed, one number in the stretch: not read either (its 124 is printed elsewhere).
    expect(disclosure(parseReport(lines.join('\n'), { file: '14.txt' })).fees).toBeNull();
  });

  it('a run that is not a row’s worth (a word between a row’s numbers): the small table is not read', () => {
    const { lines } = chromium;
    const split = [...lines];
    split.splice(lineOf(lines, '146') + 1, 0, '数量');
    const got = parse(split);
    expect(got.regulations?.made ?? null).toBeNull();
    expect(got.normativeDocuments?.made ?? null).toBeNull();
    // The small tables after it still read.
    expect(got.procurement).toEqual({ projects: 45, amount: 251000 });
  });
});


describe('a row of part 二 printed before its own small table\'s heading', () => {
  // Print sweep seed 19, case 32 (fixtures/damaged/chromium-pdftotext/19-32.plain): Chromium drew
  // 行政强制's label among 第二十条第（五）项's rows, and it took 行政许可's number there.
  const tables = [
    '第二十条第（一）项',
    '信息内容 本年制发件数 本年废止件数 现行有效件数',
    '规章 1 2 3',
    '行政规范性文件 4 5 6',
    '第二十条第（五）项',
    '信息内容 本年处理决定数量',
    '行政许可 7',
    '行政强制 9',
    '第二十条第（六）项',
    '信息内容 本年处理决定数量',
    '行政处罚 8',
    '第二十条第（八）项',
    '信息内容 本年收费金额（单位：万元）',
    '行政事业性收费 10',
  ];
  const report = (lines: readonly string[]): Report =>
    parseReport(['某县某局2023年政府信息公开工作年度报告', '二、主动公开政府信息情况', ...lines, '三、收到和处理政府信息公开申请情况'].join('\n'), { file: 'p2.txt' });

  it('its heading printed after it in its place, numbers after that: the row is null, saying why', () => {
    const r = report(tables);
    expect(r.activeDisclosure?.coercion).toEqual({ decisions: null });
    expect(r.activeDisclosure?.licensing).toEqual({ decisions: 7 });
    expect(r.activeDisclosure?.punishment).toEqual({ decisions: 8 });
    expect(r.diagnostics.find((d) => d.path === 'activeDisclosure.coercion')?.message).toContain("before its own small table's heading");
  });

  it('the headings printed one after another after the tables (drawn last): they say nothing, every row is read', () => {
    const headings = tables.filter((l) => l.startsWith('第二十条'));
    const r = report([...tables.filter((l) => !l.startsWith('第二十条')), ...headings]);
    expect(r.activeDisclosure).toMatchObject({ licensing: { decisions: 7 }, coercion: { decisions: 9 }, punishment: { decisions: 8 }, fees: { amount: 10 } });
  });
});
