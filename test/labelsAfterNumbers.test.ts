/**
 * Labels printed after their numbers. Plain `pdftotext` of a page whose labels sit centred in tall
 * cells (Chromium's print of a web page, fixtures/damaged/pdftotext/10) prints a row's numbers one
 * a line and its label after them: `49` / `146` / `3444` / `规章` / `38` / `104` / `882` / `规范性文件`.
 * Read as labels first, each row takes the next row's numbers, and every row still adds up (they
 * are whole rows), so nothing but the first numbers under the header tells the two readings apart.
 * Such rows are null with `cell-count` (`before`), the whole way down; before, 规章 was given
 * 规范性文件's numbers, and over a whole table printed so, most cells were another row's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../src/index.js';
import { headingsIn } from '../src/sections/headings.js';
import { mulberry32 } from '../scripts/prng.mjs';
import { brokenPromises, classify, type Tables } from './support/promise.js';
import { markedAt } from './support/tables.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/** Every cell its own line, every cell distinct and non-zero. */
const ONE_A_LINE = [
  { text: '2019/2019-cells.txt', golden: '2019/2019-cells.json' },
  { text: '2019/2020-mixed.txt', golden: '2019/2020-mixed.json' },
  { text: '000_02e88f20f87b4541.renumbered.txt', golden: '000_02e88f20f87b4541.renumbered.json' },
] as const;

const NUMBER = /^\s*[-+]?\d+(\.\d+)?\s*$/;

/**
 * The text with each block of label lines (the lines up to a blank line or a part's heading) printed
 * after the numbers that follow it, as the converter does.
 */
function labelsAfter(text: string, after: () => boolean = () => true): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let block: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (NUMBER.test(line) && block.length > 0) {
      let j = i;
      while (j < lines.length && NUMBER.test(lines[j]!)) j++;
      if (after()) out.push(...lines.slice(i, j), ...block);
      else out.push(...block, ...lines.slice(i, j));
      block = [];
      i = j - 1;
    } else if (NUMBER.test(line)) out.push(line);
    else if (line.trim() === '' || headingsIn(line).length > 0) {
      out.push(...block, line);
      block = [];
    } else block.push(line);
  }
  out.push(...block);
  return out.join('\n');
}

const parse = (text: string, lang: 'en' | 'zh' = 'en'): Report => parseReport(text, { file: 'input.txt', lang });
/** A row of part 二, whichever form's table it is. */
const active = (r: Report, key: string): unknown => (r.activeDisclosure as Record<string, unknown> | null)?.[key];
const before = (r: Report, path: string) => r.diagnostics.find((d) => d.path === path && d.code === 'cell-count');

/**
 * The text with the number printed right before part 三's last label (`四、结转下年度继续办理`, after
 * its numbers) printed as a mark: part 三's numbers are one short of its cells, so they cannot be
 * read in the order printed (formOrder.ts), and the row-by-row reading's doubts stand.
 */
function lastMarked(text: string): string {
  const lines = text.split('\n');
  const label = lines.findIndex((l) => l.trim() === '四、结转下年度继续办理');
  const number = lines.slice(0, label).findLastIndex((l) => NUMBER.test(l));
  expect(number).toBeGreaterThan(0);
  return markedAt(lines, number).join('\n');
}

describe('labels printed after their numbers, one cell a line', () => {
  for (const f of ONE_A_LINE) {
    it(`${f.text}: no cell holds another row's number; the rows are null with a diagnostic`, () => {
      const text = fixture(f.text);
      const moved = labelsAfter(text);
      expect(moved).not.toBe(text);
      const designed = JSON.parse(fixture(f.golden)) as Tables & { applications: unknown };
      const report = parse(lastMarked(moved));
      expect(brokenPromises(report, designed)).toEqual([]);
      const cells = classify(report, designed).cells;
      expect(cells.filter((c) => c.verdict === 'null-silent')).toEqual([]);
      // Not a table lost as a whole: the rows are found, and say why each is left empty.
      expect(report.diagnostics.filter((d) => d.code === 'cell-count' && /before its label/.test(d.message)).length).toBeGreaterThanOrEqual(10);
      // Every number printed: part 三's, in the form's order, read so add up in every row and column.
      const whole = parse(moved);
      expect(brokenPromises(whole, designed)).toEqual([]);
      expect(whole.applications).toEqual(designed.applications);
    });
  }

  const text = fixture('2019/2019-cells.txt');
  // Only part 二's first small table printed so, as Chromium's print gives it.
  const firstTable = text.replace('\t规章\n\t49\n\t146\n\t3444\n\n\t规范性文件\n\t38\n\t104\n\t882\n', '\t49\n\t146\n\t3444\n\t规章\n\t38\n\t104\n\t882\n\t规范性文件\n');

  it('numbers before a small table\'s heading are never taken by a label after it: 行政强制\'s 5 is not 行政事业性收费\'s', () => {
    // Chromium's print of 001, plain pdftotext: `行政` / `8289` / `处罚` / `5` / `行政强制` /
    // `第二十条第（八）项` / `信息内容` / `本年收费金额（单位：万元）` / `行政事业性` / `1598` / `收费`,
    // the 1598 lost: the fees' label, after no number of its own, took the 5 as a label printed
    // after its numbers.
    const lines = fixture('damaged/pdftotext/09-001-chromium.plain.txt').split('\n');
    const at = lines.indexOf('1598');
    expect(lines.slice(at - 6, at - 3)).toEqual(['5', '行政强制', '第二十条第（八）项']);
    const lost = [...lines.slice(0, at), ...lines.slice(at + 1)];
    const report = parseReport(lost.join('\n'), { file: 'lost.txt' });
    expect(report.activeDisclosure?.fees).toEqual({ amount: null });
    expect(report.activeDisclosure?.coercion).toEqual({ decisions: 5 });
    expect(report.diagnostics.find((d) => d.path === 'activeDisclosure.fees')?.code).toBe('ambiguous-pairing');
  });

  it('规章 between the numbers under the header and 规范性文件\'s is null, not given 规范性文件\'s numbers', () => {
    // The next small table's heading taken out: 第二十条第（一）项's stretch runs on into the other
    // small tables, so it does not tell the reading (underHeaders.ts) and the doubt stands.
    const runOn = firstTable.replace(/\t第二十条第（五）项\n/, '');
    expect(runOn).not.toBe(firstTable);
    const report = parse(runOn);
    expect(active(report, 'regulations')).toEqual({ made: null, published: null, totalPublished: null });
    expect(before(report, 'activeDisclosure.regulations')?.message).toBe(
      'row “规章” prints its cells apart from its label (38 104 882), and right before its label stand 3 other numbers, a row\'s worth, that may be its own: its label may be printed after its numbers rather than before them, so which of the two are its cannot be told; its values were not read',
    );
    expect(before(parse(runOn, 'zh'), 'activeDisclosure.regulations')?.message).toBe(
      '“规章”行的数字与行名分开列出（38 104 882），而行名之前紧挨着另有 3 个数字，恰好一行，也可能是该行的：行名可能印在数字之后而非之前，无法判断哪一组是该行的；该行的数字未读取',
    );
    // 规范性文件, with no numbers after it, and 行政许可 share one row of numbers (ambiguous-pairing);
    // the rest, printed labels first, reads as before.
    expect(active(report, 'licensing')).toEqual({ previousItems: null, change: null, decisions: null });
    expect(active(report, 'otherServices')).toEqual({ previousItems: 111, change: 23, decisions: 3614 });
    expect(report.applications?.newReceived?.total).toBe(9788);
  });

  it('the same small table between its heading and the next reads: its two labels, in order, and two rows\' worth of numbers', () => {
    expect(firstTable).not.toBe(text);
    const report = parse(firstTable);
    expect(active(report, 'regulations')).toEqual({ made: 49, published: 146, totalPublished: 3444 });
    expect(active(report, 'normativeDocuments')).toEqual({ made: 38, published: 104, totalPublished: 882 });
    expect(report.diagnostics.filter((d) => d.path === 'activeDisclosure.regulations').map((d) => d.code)).toEqual(['recovered-pairing']);
    expect(active(report, 'otherServices')).toEqual({ previousItems: 111, change: 23, decisions: 3614 });
  });

  it('numbers under the header that a row took are no reason to doubt the next row (labels first)', () => {
    const report = parse(text);
    expect(active(report, 'regulations')).toEqual({ made: 49, published: 146, totalPublished: 3444 });
    expect(active(report, 'normativeDocuments')).toEqual({ made: 38, published: 104, totalPublished: 882 });
  });

  it('a label the form does not have, printed first, does not make the next row doubtful', () => {
    // Words that name no row and are no header (a variant the catalog lacks): their numbers are theirs.
    const report = parse(text.replace('\t规章\n', '\t规 |章\n'));
    expect(active(report, 'regulations')).toBeNull();
    expect(active(report, 'normativeDocuments')).toEqual({ made: 38, published: 104, totalPublished: 882 });
  });

  it('a label cut short to its numbering (`1.`) keeps its numbers, and the next row reads', () => {
    const mixed = fixture('2019/2020-mixed.txt');
    const cut = mixed.replace('\t1.属于国家秘密\n', '\t1.\n');
    expect(cut).not.toBe(mixed);
    const report = parse(cut);
    expect(report.applications?.denied?.prohibitedByLaw).toEqual(JSON.parse(fixture('2019/2020-mixed.json')).applications.denied.prohibitedByLaw);
  });

  it('a row right after one that printed two rows of numbers and did not read is null, not given the next row\'s numbers', () => {
    // Plain pdftotext of Chromium's print of 004's page: `8.属于行政查询事项` / `43 75 … 342` /
    // `11 36 87 105 18 114 371` / `（四）无 1.本机关不掌握相关政府信息` / `32 130 111 62 109 31 475` /
    // `法提供 2.没有现成信息需要另行制作`: 1.本机关不掌握 was given 2.没有现成信息's numbers.
    const report = parseReport(readFileSync(new URL('../fixtures/damaged/pdftotext/15-004-chromium.plain.txt', import.meta.url)), { file: 'input.txt' });
    expect(report.applications?.unableToProvide?.notHeld).toEqual({ naturalPerson: null, commercial: null, research: null, nonprofit: null, legalService: null, other: null, total: null });
    expect(before(report, 'applications.unableToProvide.notHeld')?.message).toMatch(/^row “（四）无 1\.本机关不掌握相关政府信息” prints its cells apart from its label \(32 130 111 62 109 31 475\), and right before its label stand 7 other numbers/);
  });

  // Plain pdftotext orders a row's label and numbers by where they sit in their cells, so one table
  // can print some rows' labels before their numbers and others' after. One number a line, a label
  // alone between two rows' worth of numbers then reads either way. 300 such prints (the three
  // goldens, a share of 0.1–0.8 of the label blocks after their numbers, seeds 1–100).
  it('labels before or after their numbers, block by block: no cell holds another row\'s number', () => {
    const wrong: string[] = [];
    let right = 0;
    for (const f of ONE_A_LINE) {
      const text = fixture(f.text);
      const designed = JSON.parse(fixture(f.golden)) as Tables;
      for (let seed = 1; seed <= 100; seed++) {
        const rng = mulberry32(seed);
        const share = [0.1, 0.3, 0.5, 0.8][seed % 4]!;
        const report = parse(labelsAfter(text, () => rng() < share));
        for (const problem of brokenPromises(report, designed)) wrong.push(`${f.text} seed ${seed}: ${problem}`);
        right += classify(report, designed).cells.filter((c) => c.verdict === 'right').length;
      }
    }
    // Before: 9,671 wrong cells over these 300 prints. Part 二 of the 2021 form kept 12 the longest
    // (`行政强制` / `23` / `第二十条第（八）项` / … / `7764` / `行政事业性收费`: pairing gave the label
    // printed after its number the number printed after the labels before it, fees 23).
    expect(wrong).toEqual([]);
    // Not by leaving everything empty: the rows the prints make certain still read, as many cells
    // as before this work (23,360 of 60,000).
    expect(right).toBeGreaterThanOrEqual(23_360);
  });
});

describe('the table\'s last label alone after the row before\'s numbers, its numbering on a line of its own (print sweep seed 69, case 0)', () => {
  // Plain pdftotext of a Chromium print, labels after their numbers: `937` … `9710` / `（七）总计` /
  // `0` … `3271` / `四、` / `结转下年度继续办理`, then part 四's heading. （七）总计 read 四、结转下年度's
  // numbers: the doubt for a row whose next label ends the table with no numbers (`bare`) asked the
  // label right after them, and `四、` on a line of its own stood between.
  const text = fixture('damaged/chromium-pdftotext/69-0.plain.txt');
  const designed = (JSON.parse(fixture('damaged/chromium-pdftotext/69-0.plain.expected.json')) as { designed: Tables }).designed;

  it('（七）总计 is null (cell-count bare), and no cell of the report is wrong', () => {
    const r = parse(text);
    expect(Object.values(r.applications?.totalHandled ?? {})).toEqual(Array(7).fill(null));
    expect(r.diagnostics.find((d) => d.path === 'applications.totalHandled')?.message).toContain('right after them stands the next row\'s label with no numbers that are certainly its own');
    expect(classify(r, designed).cells.filter((c) => c.verdict === 'wrong').map((c) => c.path)).toEqual([]);
  });

  it('words other than a numbering between them keep the row as read (a label\'s last character, `项`)', () => {
    // The same print with `四、` joined to its label's words is read as before; with a word of the
    // row's own label in its place, the last label is no longer right after the numbers.
    const joined = text.replace('\n四、\n结转下年度继续办理\n', '\n四、结转下年度继续办理\n');
    expect(joined).not.toBe(text);
    expect(Object.values(parse(joined).applications?.totalHandled ?? {})).toEqual(Array(7).fill(null));
    const other = text.replace('\n四、\n结转下年度继续办理\n', '\n他处理\n四、结转下年度继续办理\n');
    expect(parse(other).applications?.totalHandled?.total).toBe(3271);
    // Nor another row's numbering (print sweep seed 85, case 35: `四、` at a page's end before 7.'s label).
    const numbering = text.replace('\n四、\n结转下年度继续办理\n', '\n五、\n四、结转下年度继续办理\n');
    expect(numbering).not.toBe(text);
    expect(parse(numbering).applications?.totalHandled?.total).toBe(3271);
  });
});
