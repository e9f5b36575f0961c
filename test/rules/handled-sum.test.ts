/**
 * `handled-sum`: per column, （七）总计 = the sum of the outcome rows （一）予以公开 … （六）其他处理,
 * reported on the line of （七）总计 (its label's line in a one-cell-per-line layout).
 */
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/index.js';
import { CLEAN_FIXTURES, error, located, loadGolden, only, parseClean, parseFault, run, setRow, zeroReport } from './support.js';

describe('handled-sum: fault fixtures', () => {
  it('handled-sum.tabs: a （七）总计 cell one up → its column sum, its row total and its column balance', () => {
    const report = parseFault('handled-sum.tabs');
    expect(located(report.diagnostics)).toEqual([
      error('handled-sum', 'applications.totalHandled.naturalPerson', 84),
      error('row-total', 'applications.totalHandled.total', 84),
      error('balance', 'applications.carriedForward.naturalPerson', 85),
    ]);
    // The label as this report prints it — `(七) 总计`, ASCII brackets and a space — and both numbers.
    expect(only(report, 'handled-sum').message).toBe(
      'column “自然人”: “(七) 总计” is 1614, but the outcome rows （一）予以公开 … （六）其他处理 add up to 1613 (a difference of 1)',
    );
  });

  it('handled-sum.cells: the same fault one cell per line, on the （七）总计 label line 326', () => {
    const report = parseFault('handled-sum.cells');
    expect(located(report.diagnostics)).toEqual([
      error('handled-sum', 'applications.totalHandled.naturalPerson', 326),
      error('row-total', 'applications.totalHandled.total', 326),
      error('balance', 'applications.carriedForward.naturalPerson', 335),
    ]);
    expect(only(report, 'handled-sum').message).toContain('“（七）总计” is 1701, but the outcome rows （一）予以公开 … （六）其他处理 add up to 1700');
  });

  it('row-total.tabs: an outcome cell one up breaks its column sum, on the （七）总计 line', () => {
    const d = only(parseFault('row-total.tabs'), 'handled-sum');
    expect(located([d])).toEqual([error('handled-sum', 'applications.totalHandled.naturalPerson', 84)]);
    expect(d.message).toContain('“(七) 总计” is 1613, but the outcome rows （一）予以公开 … （六）其他处理 add up to 1614 (a difference of 1)');
  });

  it('row-total-zero.tabs: an outcome row’s 总计 printed 0 breaks the 总计 column sum', () => {
    const d = only(parseFault('row-total-zero.tabs'), 'handled-sum');
    expect(located([d])).toEqual([error('handled-sum', 'applications.totalHandled.total', 84)]);
    expect(d.message).toContain('column “总计”: “(七) 总计” is 8974, but the outcome rows （一）予以公开 … （六）其他处理 add up to 8435 (a difference of 539)');
  });
});

describe('handled-sum: clean fixtures', () => {
  it.each(CLEAN_FIXTURES)('%s: every （七）总计 is the sum of its outcome rows', (name) => {
    expect(parseClean(name).diagnostics.filter((d) => d.code === 'handled-sum')).toEqual([]);
  });
});

describe('handled-sum: the rule on a hand-built report', () => {
  /** 予以公开 2, 不掌握 1, 3.其他 1 → （七）总计 4 in 自然人. */
  function consistent() {
    const report = zeroReport();
    setRow(report, 'granted', [2, 0, 0, 0, 0, 0]);
    setRow(report, 'unableToProvide.notHeld', [1, 0, 0, 0, 0, 0]);
    setRow(report, 'otherHandling.other', [1, 0, 0, 0, 0, 0]);
    setRow(report, 'totalHandled', [4, 0, 0, 0, 0, 0]);
    return report;
  }

  it('is quiet when every column adds up, over all 21 outcome rows', () => {
    expect(run('handled-sum', consistent())).toEqual([]);
  });

  it('reports the column that does not, with the numbers on both sides', () => {
    const report = consistent();
    setRow(report, 'notProcessed.duplicate', [0, 0, 0, 0, 0, 2]);
    const diagnostics = run('handled-sum', report);
    expect(located(diagnostics)).toEqual([
      error('handled-sum', 'applications.totalHandled.other', null),
      error('handled-sum', 'applications.totalHandled.total', null),
    ]);
    expect(diagnostics[0]!.message).toBe(
      'column “其他”: “（七）总计” is 0, but the outcome rows （一）予以公开 … （六）其他处理 add up to 2 (a difference of 2)',
    );
  });

  it('counts blank cells as 0, in the outcome rows and in （七）总计', () => {
    const report = consistent();
    setRow(report, 'partiallyGranted', [null, null, null, null, null, null], null);
    expect(run('handled-sum', report)).toEqual([]);
    report.applications!.totalHandled!.naturalPerson = null;
    const [d] = run('handled-sum', report);
    expect(d!.message).toContain('“（七）总计” is (none, as 0), but the outcome rows （一）予以公开 … （六）其他处理 add up to 4');
  });

  it('counts the 2019 form’s absent sub-rows of （六）其他处理 as nothing', () => {
    const report = consistent();
    report.applications!.otherHandling.noCorrection = null;
    report.applications!.otherHandling.feeUnpaid = null;
    expect(run('handled-sum', report)).toEqual([]);
  });

  it('skips a column with an unknown cell — in an outcome row or in （七）总计 — and only that column', () => {
    for (const path of ['applications.denied.stateSecret.naturalPerson', 'applications.totalHandled.naturalPerson']) {
      const report = consistent();
      setRow(report, 'denied.stateSecret', [7, 1, 0, 0, 0, 0]);
      report.diagnostics.push({ code: 'not-a-number', severity: 'warning', message: '…', path, line: null });
      expect(located(run('handled-sum', report)), path).toEqual([
        error('handled-sum', 'applications.totalHandled.commercial', null),
        error('handled-sum', 'applications.totalHandled.total', null),
      ]);
    }
  });

  it('skips every column when an outcome row is unreadable or missing (no cascade of seven)', () => {
    for (const code of ['cell-count', 'ambiguous-digits', 'unrecoverable-digits', 'missing-row'] as const) {
      const report = consistent();
      report.applications!.granted = null;
      report.diagnostics.push({ code, severity: 'error', message: '…', path: 'applications.granted', line: null });
      expect(run('handled-sum', report), code).toEqual([]);
    }
  });

  it('validateReport on a report loaded from JSON: lines are null, labels the form’s', () => {
    const report = loadGolden('000_02e88f20f87b4541.renumbered.json');
    expect(validateReport(report)).toEqual([]);
    report.applications!.totalHandled!.research! -= 1;
    expect(located(validateReport(report))).toEqual([
      error('balance', 'applications.carriedForward.research', null),
      error('handled-sum', 'applications.totalHandled.research', null),
      error('row-total', 'applications.totalHandled.total', null),
    ]);
  });
});
