/**
 * `review-total`: part 四's 行政复议 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, reported on the
 * line where the group's values are printed.
 */
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/index.js';
import { CLEAN_FIXTURES, error, located, loadGolden, parseClean, parseFault, run, zeroReport } from './support.js';

describe('review-total: fault fixtures', () => {
  it('review-total.tabs: the 行政复议 总计 one up, fifteen cells on line 92', () => {
    const report = parseFault('review-total.tabs');
    expect(located(report.diagnostics)).toEqual([error('review-total', 'reviewLitigation.review.total', 92)]);
    expect(report.diagnostics[0]!.message).toBe(
      '“行政复议”: 总计 is 2112, but 结果维持 17 + 结果纠正 976 + 其他结果 451 + 尚未审结 667 = 2111 (a difference of 1)',
    );
  });

  it('review-total.cells: a part one up, one cell per line → the group’s first value line 374', () => {
    const report = parseFault('review-total.cells');
    expect(located(report.diagnostics)).toEqual([error('review-total', 'reviewLitigation.review.total', 374)]);
    expect(report.diagnostics[0]!.message).toBe(
      '“行政复议”: 总计 is 747, but 结果维持 19 + 结果纠正 148 + 其他结果 229 + 尚未审结 352 = 748 (a difference of 1)',
    );
  });
});

describe('review-total: clean fixtures', () => {
  it.each(CLEAN_FIXTURES)('%s: 行政复议 adds up', (name) => {
    expect(parseClean(name).diagnostics.filter((d) => d.code === 'review-total')).toEqual([]);
  });
});

describe('review-total: the rule on a hand-built report', () => {
  it('checks 行政复议 only (the 行政诉讼 groups are litigation-total’s)', () => {
    const report = zeroReport();
    report.reviewLitigation!.review = { upheld: 1, corrected: 2, other: 3, pending: 4, total: 10 };
    report.reviewLitigation!.litigationDirect = { upheld: 1, corrected: 0, other: 0, pending: 0, total: 0 };
    expect(run('review-total', report)).toEqual([]);
    report.reviewLitigation!.review.total = 0;
    const diagnostics = run('review-total', report);
    expect(located(diagnostics)).toEqual([error('review-total', 'reviewLitigation.review.total', null)]);
    expect(diagnostics[0]!.message).toBe('“行政复议”: 总计 is 0, but 结果维持 1 + 结果纠正 2 + 其他结果 3 + 尚未审结 4 = 10 (a difference of 10)');
  });

  it('uses the printed label and line when known', () => {
    const report = zeroReport();
    report.reviewLitigation!.review = { upheld: 1, corrected: 0, other: 0, pending: 0, total: 2 };
    const [d] = run('review-total', report, { 'reviewLitigation.review': { line: 77, label: '行政 复议' } });
    expect(d!.line).toBe(77);
    expect(d!.message).toMatch(/^“行政 复议”: 总计 is 2/);
  });

  it('counts blanks as 0', () => {
    const report = zeroReport();
    report.reviewLitigation!.review = { upheld: null, corrected: 2, other: null, pending: null, total: 2 };
    expect(run('review-total', report)).toEqual([]);
    report.reviewLitigation!.review.total = null;
    expect(run('review-total', report)[0]!.message).toContain('总计 is (none, as 0), but 结果维持 (none, as 0) + 结果纠正 2');
  });

  it('skips the group when a cell of it, the group, or the whole fifteen-cell table is unreadable', () => {
    for (const path of ['reviewLitigation.review.upheld', 'reviewLitigation.review', 'reviewLitigation']) {
      const report = zeroReport();
      report.reviewLitigation!.review = { upheld: null, corrected: 2, other: 0, pending: 0, total: 9 };
      report.diagnostics.push({ code: path === 'reviewLitigation' ? 'cell-count' : 'not-a-number', severity: 'warning', message: '…', path, line: null });
      expect(run('review-total', report), path).toEqual([]);
    }
  });

  it('has nothing to check without part 四', () => {
    const report = zeroReport();
    report.reviewLitigation = null;
    expect(run('review-total', report)).toEqual([]);
  });

  it('validateReport on a report loaded from JSON', () => {
    const report = loadGolden('004_b66631a5c5bceffa.renumbered.json');
    expect(validateReport(report)).toEqual([]);
    report.reviewLitigation!.review!.pending! += 1;
    expect(located(validateReport(report))).toEqual([error('review-total', 'reviewLitigation.review.total', null)]);
  });
});
