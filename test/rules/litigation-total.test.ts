/**
 * `litigation-total`: in both 行政诉讼 groups of part 四 (未经复议直接起诉, 复议后起诉), 总计 = 结果维持 +
 * 结果纠正 + 其他结果 + 尚未审结, reported on the line where the group's values are printed.
 */
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/index.js';
import { CLEAN_FIXTURES, error, located, loadGolden, parseClean, parseFault, run, zeroReport } from './support.js';

describe('litigation-total: fault fixtures', () => {
  it('litigation-total.tabs: the 未经复议直接起诉 总计 one up; the 复议后起诉 group is untouched', () => {
    const report = parseFault('litigation-total.tabs');
    expect(located(report.diagnostics)).toEqual([error('litigation-total', 'reviewLitigation.litigationDirect.total', 92)]);
    expect(report.diagnostics[0]!.message).toBe(
      '“行政诉讼·未经复议直接起诉”: 总计 is 2244, but 结果维持 361 + 结果纠正 998 + 其他结果 882 + 尚未审结 2 = 2243 (a difference of 1)',
    );
  });

  it('litigation-total.cells: the 复议后起诉 总计 one up, one cell per line → its first value line 384', () => {
    const report = parseFault('litigation-total.cells');
    expect(located(report.diagnostics)).toEqual([error('litigation-total', 'reviewLitigation.litigationAfterReview.total', 384)]);
    expect(report.diagnostics[0]!.message).toBe(
      '“行政诉讼·复议后起诉”: 总计 is 1974, but 结果维持 869 + 结果纠正 764 + 其他结果 2 + 尚未审结 338 = 1973 (a difference of 1)',
    );
  });
});

describe('litigation-total: clean fixtures', () => {
  it.each(CLEAN_FIXTURES)('%s: both 行政诉讼 groups add up', (name) => {
    expect(parseClean(name).diagnostics.filter((d) => d.code === 'litigation-total')).toEqual([]);
  });
});

describe('litigation-total: the rule on a hand-built report', () => {
  it('checks both 行政诉讼 groups and not 行政复议', () => {
    const report = zeroReport();
    report.reviewLitigation!.review = { upheld: 5, corrected: 0, other: 0, pending: 0, total: 0 };
    report.reviewLitigation!.litigationDirect = { upheld: 1, corrected: 1, other: 0, pending: 0, total: 3 };
    report.reviewLitigation!.litigationAfterReview = { upheld: 0, corrected: 0, other: 0, pending: 4, total: 0 };
    const diagnostics = run('litigation-total', report);
    expect(located(diagnostics)).toEqual([
      error('litigation-total', 'reviewLitigation.litigationDirect.total', null),
      error('litigation-total', 'reviewLitigation.litigationAfterReview.total', null),
    ]);
    expect(diagnostics[0]!.message).toBe('“行政诉讼·未经复议直接起诉”: 总计 is 3, but 结果维持 1 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 2 (a difference of 1)');
    expect(diagnostics[1]!.message).toContain('“行政诉讼·复议后起诉”: 总计 is 0, but');
  });

  it('counts blanks as 0', () => {
    const report = zeroReport();
    report.reviewLitigation!.litigationDirect = { upheld: null, corrected: 1, other: null, pending: null, total: 1 };
    expect(run('litigation-total', report)).toEqual([]);
  });

  it('skips only the group that holds an unknown cell', () => {
    const report = zeroReport();
    report.reviewLitigation!.litigationDirect = { upheld: null, corrected: 1, other: 0, pending: 0, total: 7 };
    report.reviewLitigation!.litigationAfterReview = { upheld: 1, corrected: 0, other: 0, pending: 0, total: 7 };
    report.diagnostics.push({ code: 'not-a-number', severity: 'warning', message: '…', path: 'reviewLitigation.litigationDirect.upheld', line: null });
    expect(located(run('litigation-total', report))).toEqual([error('litigation-total', 'reviewLitigation.litigationAfterReview.total', null)]);
  });

  it('validateReport on a report loaded from JSON', () => {
    const report = loadGolden('001_eb914b629682bc65.renumbered.json');
    expect(validateReport(report)).toEqual([]);
    report.reviewLitigation!.litigationAfterReview!.total! -= 1;
    expect(located(validateReport(report))).toEqual([error('litigation-total', 'reviewLitigation.litigationAfterReview.total', null)]);
  });
});
