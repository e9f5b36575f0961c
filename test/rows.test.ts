/**
 * The generic row reader (src/tables/findRows.ts) and the table builders over it, on small regions in
 * each layout the issues name. Values are distinct so a cell read from the wrong row or column fails.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchKey } from '../src/normalize/matchKey.js';
import { TABLES } from '../src/catalog/tables.js';
import { readRows, tableBoundary } from '../src/tables/findRows.js';
import { PLANS } from '../src/tables/plan.js';
import { applicationTable, activeDisclosureTable, reviewLitigationTable } from './support/rendered.js';
import { tokenize } from '../src/tokenize/tokenize.js';

const tokens = (text: string) => tokenize({ firstLine: 1, lines: text.split('\n') });
const read = (text: string) => readRows(tokens(text), PLANS.applications, null);
const values = (text: string) =>
  Object.fromEntries(read(text).rows.map((r) => [r.planned.path, r.cells.filter((c) => c.kind !== 'empty').map((c) => c.raw)]));

describe('readRows', () => {
  it('reads tab rows with merged-cell filler at either end', () => {
    const text = [
      '一、本年新收政府信息公开申请数量\t\t11\t12\t13\t14\t15\t16\t81\t',
      '\t(三) 不予 公开\t1.属于国家秘密\t21\t22\t23\t24\t25\t26\t141',
      '\t\t2.其他法律法规禁止公开\t31\t32\t33\t34\t35\t36\t201',
    ].join('\n');
    expect(values(text)).toEqual({
      newReceived: ['11', '12', '13', '14', '15', '16', '81'],
      'denied.stateSecret': ['21', '22', '23', '24', '25', '26', '141'],
      'denied.prohibitedByLaw': ['31', '32', '33', '34', '35', '36', '201'],
    });
    const rows = read(text).rows;
    expect(rows.map((r) => [r.label, r.line])).toEqual([
      ['一、本年新收政府信息公开申请数量', 1],
      ['1.属于国家秘密', 2],
      ['2.其他法律法规禁止公开', 3],
    ]);
  });

  it('reads one cell per line with blank lines between rows, and a label split over two lines', () => {
    const text = ['\t（五）不予处理', '\t1.信访举报投诉类申请', ...[1, 2, 3, 4, 5, 6, 21].map((v) => `\t  ${v}`), '', '\t', '\t5.要求行政机关确认或重新', '出具已获取信息', ...[7, 8, 9, 10, 11, 12, 57].map((v) => `\t ${v} `)].join('\n');
    expect(values(text)).toEqual({
      'notProcessed.complaint': ['1', '2', '3', '4', '5', '6', '21'],
      'notProcessed.confirmation': ['7', '8', '9', '10', '11', '12', '57'],
    });
    const confirmation = read(text).rows[1]!;
    expect(confirmation.line).toBe(12); // the first line of the split label
    expect(confirmation.label).toBe('5.要求行政机关确认或重新 出具已获取信息');
  });

  it('reads a label on one line and its numbers on the next', () => {
    expect(values('（七）总计\n1\t2\t3\t4\t5\t6\t21\n四、结转下年度继续办理\n7\t8\t9\t10\t11\t12\t57')).toEqual({
      totalHandled: ['1', '2', '3', '4', '5', '6', '21'],
      carriedForward: ['7', '8', '9', '10', '11', '12', '57'],
    });
  });

  it('reads space-aligned rows (pdftotext -layout) and pipe rows', () => {
    expect(values('  2.重复申请      1    2    3    4    5    6    21\n| 3.要求提供公开出版物 | 7 | 8 | 9 | 10 | 11 | 12 | 57 |')).toEqual({
      'notProcessed.duplicate': ['1', '2', '3', '4', '5', '6', '21'],
      'notProcessed.publication': ['7', '8', '9', '10', '11', '12', '57'],
    });
  });

  it('keeps the first of a row repeated as printed and says so; names a row it does not know', () => {
    const result = read('2.重复申请\t1\t2\t3\t4\t5\t6\t21\n2.重复申请\t1\t2\t3\t4\t5\t6\t21\n9.属于别的情形\t1\t1\t1\t1\t1\t1\t6');
    expect(result.rows.map((r) => r.cells.map((c) => c.raw).join(','))).toEqual(['1,2,3,4,5,6,21']);
    expect(result.rows[0]?.twice).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['duplicate-row', 2],
      ['unknown-row', 3],
    ]);
  });

  it('a row printed again with other numbers that read as well: the first print notes the second (`twice`), for the table to leave it null (issue 16)', () => {
    const result = read('2.重复申请\t1\t2\t3\t4\t5\t6\t21\n2.重复申请\t9\t9\t9\t9\t9\t9\t54');
    expect(result.rows.map((r) => [r.cells.map((c) => c.raw).join(','), r.twice])).toEqual([['1,2,3,4,5,6,21', 2]]);
    expect(result.diagnostics).toEqual([]);
    const { table, diagnostics } = applicationTable(tokens('2.重复申请\t1\t2\t3\t4\t5\t6\t21\n2.重复申请\t9\t9\t9\t9\t9\t9\t54'), { line: 1 });
    expect(table?.notProcessed.duplicate).toEqual({ naturalPerson: null, commercial: null, research: null, nonprofit: null, legalService: null, other: null, total: null });
    expect(diagnostics.filter((d) => d.path === 'applications.notProcessed.duplicate').map((d) => [d.code, d.line])).toEqual([['ambiguous-pairing', 1]]);
    // A second print that does not add up where the first does is no rival: the first is read.
    const kept = read('2.重复申请\t1\t2\t3\t4\t5\t6\t21\n2.重复申请\t9\t9\t9\t9\t9\t9\t9');
    expect(kept.rows[0]?.twice).toBeUndefined();
  });

  it('a mark alone on its line between two labels is no row\'s cells: the labels read as printed before their numbers (issue 16)', () => {
    const labelsFirst = (mark: string) => ['1.信访举报投诉类申请', mark, '2.重复申请', '1\t2\t3\t4\t5\t6\t21', '7\t8\t9\t10\t11\t12\t57'].join('\n');
    for (const mark of ['*', '—', '-', '/', '无']) {
      const result = read(labelsFirst(mark));
      expect(result.rows).toEqual([]);
      expect(result.items.map((item) => (item.kind === 'labels' ? [item.labels.map((l) => l.label), item.values?.map((v) => v.line)] : item.kind))).toEqual([
        [['1.信访举报投诉类申请', '2.重复申请'], [4, 5]],
      ]);
    }
    // One line of numbers for two labels: whose it is cannot be told, the mark or no mark (a whole
    // table with both lines, read in the form's order, is in fuzz.test.ts's found cases).
    const { table, diagnostics } = applicationTable(tokens(['1.信访举报投诉类申请', '*', '2.重复申请', '1\t2\t3\t4\t5\t6\t21'].join('\n')), { line: 1 });
    expect(table?.notProcessed.duplicate?.naturalPerson).toBeNull();
    const said = diagnostics.filter((d) => d.path === 'applications.notProcessed.duplicate');
    expect(said.map((d) => d.code)).toEqual(['ambiguous-pairing']);
    expect(said[0]?.message).toMatch(/2 labels, then 1 line of numbers/);
    // A mark on the label's own line, or as many marks as the row has cells, is the row's print.
    expect(values('1.信访举报投诉类申请\t*\n2.重复申请\n1\t2\t3\t4\t5\t6\t21')).toEqual({ 'notProcessed.complaint': ['*'], 'notProcessed.duplicate': ['1', '2', '3', '4', '5', '6', '21'] });
    expect(values('1.信访举报投诉类申请\n—\t—\t—\t—\t—\t—\t—\n2.重复申请\n1\t2\t3\t4\t5\t6\t21')['notProcessed.complaint']).toEqual(['—', '—', '—', '—', '—', '—', '—']);
    // So is a mark alone on its line when the next label prints its numbers on its own line: those are its.
    expect(values('1.信访举报投诉类申请\n×\n2.重复申请\t1\t2\t3\t4\t5\t6\t21')).toEqual({ 'notProcessed.complaint': ['×'], 'notProcessed.duplicate': ['1', '2', '3', '4', '5', '6', '21'] });
    // A row of one cell (the fees row) prints its mark alone on a line of its own.
    const fees = readRows(tokens('行政许可\n12\n行政事业性收费\n—\n行政处罚\n34'), PLANS.activeDisclosure['2021'], null);
    expect(fees.rows.map((r) => [r.planned.path, r.cells.map((c) => c.raw)])).toEqual([['licensing', ['12']], ['fees', ['—']], ['punishment', ['34']]]);
  });
});

describe('tableBoundary', () => {
  it('finds the last line that opens a part 三 row, its label whole or cut short, and the first that names part 四\'s rows or own headers', () => {
    const lines = ['（五）不予处理', '4.无正当理由大量反', '57  147', '复申请', '5.要求行政机', '61  5', '（六）其', '他处理', '四、政', '府信息公开行政复议、行政诉讼情况', '行政复议', '结果维持  总计', '95  93'];
    expect(tableBoundary(tokens(lines.join('\n')), PLANS.applications, PLANS.reviewLitigation)).toEqual({ last: 7, own: 11 });
    expect(tableBoundary(tokens(['（七）总计\t1\t2', '结果维持\t结果纠正\t总计', '95\t93\t188'].join('\n')), PLANS.applications, PLANS.reviewLitigation)).toEqual({ last: 1, own: 2 });
    expect(tableBoundary(tokens(['行政复议', '结果维持\t结果纠正\t总计', '95\t93\t188'].join('\n')), PLANS.applications, PLANS.reviewLitigation)).toEqual({ last: null, own: 1 });
    // 总计 alone is both tables' header: no boundary. Past part 四's first label, part 三's rows (tables out of order, a list in part 五) are not looked at.
    expect(tableBoundary(tokens(['（七）总计\t1\t2', '总计', '12'].join('\n')), PLANS.applications, PLANS.reviewLitigation)).toEqual({ last: 1, own: null });
    expect(tableBoundary(tokens(['（七）总计\t1\t2', '行政复议\t1\t1\t0\t0\t2', '1.本机关不掌握相关政府信息'].join('\n')), PLANS.applications, PLANS.reviewLitigation)).toEqual({ last: 1, own: 2 });
  });
});

describe('table builders', () => {
  it('puts a blank cell at its column as null with a blank-cell warning', () => {
    const { table, diagnostics } = activeDisclosureTable(tokens('规章\t5\t\t7\n行政许可\t\t\t'), '2021', { line: 1 });
    expect(table).toMatchObject({ regulations: { issued: 5, repealed: null, inForce: 7 }, licensing: { decisions: null } });
    expect(diagnostics.filter((d) => d.code === 'blank-cell').map((d) => [d.path, d.line])).toEqual([
      ['activeDisclosure.regulations.repealed', 1],
      ['activeDisclosure.licensing.decisions', 2],
    ]);
  });

  it('uses the row total to tell which end an ambiguous blank belongs to', () => {
    // Seven cells printed plus filler at both ends: the blank is 自然人 only if 总计 = the rest.
    const { table } = applicationTable(tokens('一、本年新收政府信息公开申请数量\t\t\t2\t3\t4\t5\t6\t20\t'), { line: 1 });
    expect(table?.newReceived).toEqual({ naturalPerson: null, commercial: 2, research: 3, nonprofit: 4, legalService: 5, other: 6, total: 20 });
  });

  it('records what was printed in place of a number', () => {
    const { table, diagnostics } = activeDisclosureTable(tokens('规章\t—\t/\t无\n行政处罚\t12件'), '2021', { line: 1 });
    expect(table).toMatchObject({ regulations: { issued: null, repealed: null, inForce: null }, punishment: { decisions: 12 } });
    expect(diagnostics.filter((d) => d.code === 'placeholder-cell').map((d) => d.message)).toEqual([
      expect.stringContaining('“—”'),
      expect.stringContaining('“/”'),
      expect.stringContaining('“无”'),
    ]);
  });

  it('reports a row with too few cells instead of guessing which is missing', () => {
    const { table, diagnostics } = applicationTable(tokens('二、上年结转政府信息公开申请数量\t1\t2\t3\t4\t5\t15'), { line: 1 });
    expect(table?.carriedOver).toEqual({ naturalPerson: null, commercial: null, research: null, nonprofit: null, legalService: null, other: null, total: null });
    expect(diagnostics.find((d) => d.code === 'cell-count')).toMatchObject({ severity: 'error', path: 'applications.carriedOver', line: 1 });
  });

  it('names every missing row and the line where it was looked for', () => {
    const { diagnostics } = activeDisclosureTable(tokens('规章\t1\t2\t3\n行政规范性文件\t4\t5\t6'), '2021', { line: 1 });
    expect(diagnostics.filter((d) => d.code === 'missing-row').map((d) => d.path)).toEqual(
      TABLES.activeDisclosure['2021'].rows.slice(2).map((r) => r.fullPath),
    );
  });

  it('reads part 四 as three labelled rows of five', () => {
    const { table } = reviewLitigationTable(tokens('行政复议\t1\t2\t3\t4\t10\n未经复议直接起诉\t5\t6\t7\t8\t26\n复议后起诉\t9\t11\t12\t13\t45'), { line: 1 });
    expect(table).toEqual({
      review: { upheld: 1, corrected: 2, other: 3, pending: 4, total: 10 },
      litigationDirect: { upheld: 5, corrected: 6, other: 7, pending: 8, total: 26 },
      litigationAfterReview: { upheld: 9, corrected: 11, other: 12, pending: 13, total: 45 },
    });
  });

  it('is null with a missing-table error when no row is there', () => {
    const { table, diagnostics } = applicationTable(tokens('本年度未收到政府信息公开申请。'), { line: 40 });
    expect(table).toBeNull();
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'missing-table', severity: 'error', path: 'applications', line: 40 })]);
  });
});

describe('a row\'s pattern anywhere in a text (PlannedRow.anywhere)', () => {
  const plans = [PLANS.applications, PLANS.activeDisclosure['2021'], PLANS.activeDisclosure['2019'], PLANS.reviewLitigation];
  const rows = plans.flatMap((plan) => plan.rows);
  // Every piece of a label the form prints (or a note, or the words that narrow: 不计, 情况) that the row's pattern matches.
  const printed = [...rows.flatMap((row) => [row.spec.label, row.spec.note ?? '', row.spec.rest ?? '']), '不计其他', '行政复议情况', '其他处理'].map(matchKey);
  const alphabet = [...new Set(printed.join(''))];

  it('matches every text holding a piece its pattern matches, wherever the piece stands (wordUnits skips words it does not match)', () => {
    // The narrowing the catalog uses is there to be taken out.
    expect(rows.some((row) => /\$|\(\?</.test(row.spec.match.source))).toBe(true);
    for (const row of rows) {
      const pieces = printed.flatMap((text) => [...text].flatMap((_, i) => [...text].map((__, j) => text.slice(i, j + 1)))).filter((piece) => new RegExp(row.spec.match.source, row.spec.match.flags).test(piece));
      expect(pieces.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(fc.constantFrom(...pieces), fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 6 }), fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 6 }), (piece, before, after) => {
          expect(row.anywhere.test(before + piece + after)).toBe(true);
        }),
        { seed: 23, numRuns: 200 },
      );
    }
  });
});
