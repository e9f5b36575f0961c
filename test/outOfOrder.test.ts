/**
 * A row printed a number a line adds up in any order of its numbers: plain pdftotext of a printed
 * page puts a number out of its column's place now and then (the one beside a label's second line
 * printed with that line). Where the table's column rules, with the other rows as read, give the
 * row the same numbers in another order, or a number stands after its label's rest and no column
 * rule confirms the order, the row is not read so (cell-count `order`, `rest`): null, or put back
 * by the reading of the whole table in the form's order where every row and column adds up.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../src/index.js';
import { classify, type Tables } from './support/promise.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('a row over several lines whose numbers stand out of their columns\' order', () => {
  const text = fixture('000_02e88f20f87b4541.renumbered.txt');
  const golden = JSON.parse(fixture('000_02e88f20f87b4541.renumbered.json')) as { applications: { carriedForward: Record<string, number> } };

  it('the column rules give the same numbers in another order: not read so, and the table read in the form\'s order puts the number back', () => {
    // 四、结转下年度继续办理 one cell a line, its first two numbers swapped: 776 689 … still adds up,
    // and read so the balance failed in two columns, the parser's error, not the report's.
    const at = text.indexOf('四、结转下年度继续办理');
    const swapped = text.slice(0, at) + text.slice(at).replace('\t  689\n\t  776\n', '\t  776\n\t  689\n');
    expect(swapped).not.toBe(text);
    const r = parseReport(swapped, { file: 'swapped.txt' });
    expect(r.applications?.carriedForward).toEqual(golden.applications.carriedForward);
    expect(r.diagnostics.filter((d) => d.code === 'balance')).toEqual([]);
    expect(r.diagnostics.find((d) => d.path === 'applications.carriedForward')?.message).toMatch(/“776” on line \d+, printed away from its place and put back/);
    // The same in a tab-separated report, the row over two lines.
    const tabs = fixture('2019/2019-tabs.txt');
    const split = tabs.replace('\t\t\t23\t43\t34\t149\t89\t136\t474', '\t\t\t43\t23\t34\n\t\t\t149\t89\t136\t474');
    expect(split).not.toBe(tabs);
    const t = parseReport(split, { file: 'split.txt' });
    expect(t.applications?.carriedForward).toEqual(JSON.parse(fixture('2019/2019-tabs.json')).applications.carriedForward);
    expect(t.diagnostics.filter((d) => d.code === 'balance')).toEqual([]);
  });

  it('a number after its label\'s rest on a later line, no column rule to confirm the order: null, cell-count rest (print-sweep seed 4, case 12)', () => {
    const r = parseReport(fixture('damaged/chromium-pdftotext/4-12.plain.txt'), { file: '4-12.plain.txt' });
    expect(Object.values(r.applications?.carriedForward ?? {})).toEqual(Array(7).fill(null));
    expect(r.diagnostics.find((d) => d.path === 'applications.carriedForward')?.message).toContain('one of them after the rest of its label on a later line');
  });
});

describe('a row on one line whose numbers stand out of their columns\' order', () => {
  it('pdftotext -layout printing a cell before its row\'s others: null (cell-count, en and zh), no sum error, no cell wrong (print-sweep seed 64, case 45)', () => {
    // `（七）总计  842  432 1724  2874 2005 387 8264`: 科研机构's 842 printed first. The row adds up
    // in any order; read as printed, validate named three handled-sum errors the report does not have.
    const text = fixture('damaged/chromium-pdftotext/64-45.layout.txt');
    const designed = (JSON.parse(fixture('damaged/chromium-pdftotext/64-45.layout.expected.json')) as { designed: Report }).designed;
    for (const lang of ['en', 'zh'] as const) {
      const r = parseReport(text, { file: '64-45.layout.txt', lang });
      expect(Object.values(r.applications?.totalHandled ?? {})).toEqual(Array(7).fill(null));
      expect(r.diagnostics.filter((d) => d.code === 'handled-sum' || d.code === 'balance')).toEqual([]);
      expect(r.diagnostics.filter((d) => d.path === 'applications.totalHandled').map((d) => [d.code, d.line, d.message])).toEqual([
        [
          'cell-count',
          77,
          lang === 'en'
            ? "row “（七）总计” prints its cells on one line (842 432 1724 2874 2005 387 8264) and they add up, but the table's column rules, with its other rows as read, give this row the same numbers in another order: a conversion that prints a number drawn a little higher or lower than its row's others out of its column's place does that, and so does a row misprinted in the report; which column each is in cannot be told from the print, so its values were not read"
            : '“（七）总计”行的数字列在一行（842 432 1724 2874 2005 387 8264），合计对得上，但按表中各列的勾稽关系和其他行的读数，本行应是同样这些数字、次序不同：转换时把位置略高或略低的数字排到别的列，或报告本身印错，都会如此；从文本无法判断每个数字属于哪一列，该行的数字未读取',
        ],
      ]);
      const { cells } = classify(r, designed as Tables);
      expect(cells.filter((c) => c.verdict === 'wrong').map((c) => c.path)).toEqual([]);
      expect(cells.filter((c) => c.path.startsWith('applications.denied.')).every((c) => c.verdict === 'right')).toBe(true);
    }
  });

  it('with another row cut by a line break (its rules then unchecked as printed), the reading that joins it still doubts the row: null, cut-number (en, zh)', () => {
    // 4.保护第三方合法权益's `231 112` printed `231 1` / `12`: as printed that row is not read, the
    // column rules cannot be checked, and the total row's numbers add up in any order (3 wrong).
    const lines = fixture('damaged/chromium-pdftotext/64-45.layout.txt').split('\n');
    const at = lines.findIndex((l) => l.includes('231 112'));
    const line = lines[at] ?? '';
    const cut = line.indexOf('231 112') + '231 1'.length;
    const text = [...lines.slice(0, at), line.slice(0, cut), line.slice(cut, cut + 2), line.slice(cut + 2), ...lines.slice(at + 1)].join('\n');
    const designed = (JSON.parse(fixture('damaged/chromium-pdftotext/64-45.layout.expected.json')) as { designed: Report }).designed;
    for (const lang of ['en', 'zh'] as const) {
      const r = parseReport(text, { file: '64-45.cut.txt', lang });
      expect(Object.values(r.applications?.totalHandled ?? {})).toEqual(Array(7).fill(null));
      const said = r.diagnostics.filter((d) => d.path === 'applications.totalHandled');
      expect(said.map((d) => [d.code, d.line])).toEqual([['cut-number', 79]]);
      expect(said[0]?.message).toContain(
        lang === 'en'
          ? "every row is read and the table's column rules give the row's numbers in another order than printed; as printed, the rules cannot be checked, and the numbers add up in any order"
          : '各行都能读出，表格的列间关系表明该行数字的顺序与印出的不同',
      );
      const { cells } = classify(r, designed as Tables);
      expect(cells.filter((c) => c.verdict === 'wrong').map((c) => c.path)).toEqual([]);
    }
  });

  it('a report that prints the row so is still named by validate: the row is an error (cell-count), where its sums would have been', () => {
    const tabs = fixture('2019/2019-tabs.txt');
    const misprinted = tabs.replace('\t\t1715\t1560\t1269\t1536', '\t\t1560\t1715\t1269\t1536');
    expect(misprinted).not.toBe(tabs);
    const r = parseReport(misprinted, { file: 'misprinted.txt' });
    expect(r.applications?.totalHandled?.naturalPerson).toBeNull();
    expect(r.diagnostics.filter((d) => d.path === 'applications.totalHandled').map((d) => [d.code, d.severity, d.line])).toEqual([['cell-count', 'error', 68]]);
    // As printed in the form's order, it is read.
    expect(parseReport(tabs, { file: 'tabs.txt' }).applications?.totalHandled?.naturalPerson).toBe(1715);
  });
});

describe('part 四 on one line, two numbers where two groups meet in each other\'s places', () => {
  const tabs = fixture('2019/2019-tabs.txt');
  const golden = JSON.parse(fixture('2019/2019-tabs.json')) as { reviewLitigation: Record<string, Record<string, number>> };
  const ROW = '62\t152\t144\t18\t376\t87\t85\t146\t6\t324\t160\t92\t77\t11\t340';
  const read = (row: string) => {
    expect(tabs).toContain(ROW);
    return parseReport(tabs.replace(ROW, row), { file: 'swapped.txt' });
  };
  const empty = { upheld: null, corrected: null, other: null, pending: null, total: null };

  it('both groups fail as printed and add up with the two swapped: both null (cell-count), the third read, no sum error (print-sweep seed 49, case 8)', () => {
    const r = read('62\t152\t144\t18\t87\t376\t85\t146\t6\t324\t160\t92\t77\t11\t340');
    expect(r.reviewLitigation).toEqual({ review: empty, litigationDirect: empty, litigationAfterReview: golden.reviewLitigation.litigationAfterReview });
    expect(r.diagnostics.filter((d) => d.code === 'review-total' || d.code === 'litigation-total')).toEqual([]);
    const review = r.diagnostics.find((d) => d.path === 'reviewLitigation.review');
    expect(review?.code).toBe('cell-count');
    expect(review?.message).toBe('row “行政复议” prints its five numbers (62 152 144 18 87), which do not add up to its 总计, nor do those of the group beside it; with 87 and 376, printed where the two groups meet, in each other\'s places both add up: the conversion printed one of them out of its column\'s place, so which number is which cell cannot be told; its values were not read');
    expect(r.diagnostics.find((d) => d.path === 'reviewLitigation.litigationDirect')?.code).toBe('cell-count');
    const zh = parseReport(tabs.replace(ROW, '62\t152\t144\t18\t87\t376\t85\t146\t6\t324\t160\t92\t77\t11\t340'), { file: 'swapped.txt', lang: 'zh' });
    expect(zh.diagnostics.find((d) => d.path === 'reviewLitigation.review')?.message).toBe('“行政复议”行的五个数（62 152 144 18 87）与其总计不符，相邻一组也不符；把两组相接处的 87 和 376 互换位置，两组就都相符：转换中有一个数字排离了本栏位置，无法确定各数属于哪一栏；该行的数字未读取');
    // The second and third groups so: the first stands.
    const later = read('62\t152\t144\t18\t376\t87\t85\t146\t6\t160\t324\t92\t77\t11\t340');
    expect(later.reviewLitigation).toEqual({ review: golden.reviewLitigation.review, litigationDirect: empty, litigationAfterReview: empty });
    // The real print: pdftotext -layout of Chromium's PDF printing 未经复议直接起诉's 0 before 行政复议's 473.
    const sweep = parseReport(fixture('damaged/chromium-pdftotext/49-8.layout.txt'), { file: '49-8.layout.txt' });
    expect(sweep.reviewLitigation).toEqual({ review: empty, litigationDirect: empty, litigationAfterReview: { upheld: 19, corrected: 0, other: 0, pending: 26, total: 45 } });
  });

  it('two groups that fail and no swap where they meet mends: read as printed, a misprint for validate to name', () => {
    const r = read('62\t152\t144\t18\t377\t87\t85\t146\t6\t325\t160\t92\t77\t11\t340');
    expect(r.reviewLitigation?.review?.total).toBe(377);
    expect(r.reviewLitigation?.litigationDirect?.total).toBe(325);
    expect(r.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['review-total', 'litigation-total']));
  });
});
