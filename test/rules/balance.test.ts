/**
 * `balance`: per column, 本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理, reported on the line
 * of 结转下年度继续办理 (its label's line in a one-cell-per-line layout).
 */
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/index.js';
import { CLEAN_FIXTURES, error, located, loadGolden, parseClean, parseFault, run, setRow, zeroReport } from './support.js';

describe('balance: fault fixtures', () => {
  it('balance.tabs: a 结转下年度继续办理 cell and its row total one up → the two columns it breaks, nothing else', () => {
    const report = parseFault('balance.tabs');
    expect(located(report.diagnostics)).toEqual([
      error('balance', 'applications.carriedForward.commercial', 85),
      error('balance', 'applications.carriedForward.total', 85),
    ]);
    const [commercial, total] = report.diagnostics.map((d) => d.message);
    // The report's own labels, each number, and both sums.
    expect(commercial).toContain('column “商业企业”');
    expect(commercial).toContain('“本年新收政府信息公开申请数量” 2173 + “上年结转政府信息公开申请数量” 177 = 2350');
    expect(commercial).toContain('“(七) 总计” 1538 + “四、结转下年度继续办理” 813 = 2351');
    expect(commercial).toContain('(a difference of 1)');
    expect(total).toContain('“(七) 总计” 8974 + “四、结转下年度继续办理” 3201 = 12175');
    expect(total).toContain('= 12174');
  });

  it('balance.cells: a fault in 上年结转 is still reported on the 结转下年度继续办理 label line (one cell per line)', () => {
    const report = parseFault('balance.cells');
    expect(located(report.diagnostics)).toEqual([
      error('balance', 'applications.carriedForward.commercial', 335),
      error('balance', 'applications.carriedForward.total', 335),
    ]);
    expect(report.diagnostics[0]!.message).toContain(
      '“一、本年新收政府信息公开申请数量” 2055 + “二、上年结转政府信息公开申请数量” 267 = 2322, but “（七）总计” 1545 + “四、结转下年度继续办理” 776 = 2321',
    );
  });

  it('handled-sum.tabs: a （七）总计 cell breaks its column’s balance too', () => {
    const balances = parseFault('handled-sum.tabs').diagnostics.filter((d) => d.code === 'balance');
    expect(located(balances)).toEqual([error('balance', 'applications.carriedForward.naturalPerson', 85)]);
    expect(balances[0]!.message).toContain('“(七) 总计” 1614 + “四、结转下年度继续办理” 332 = 1946');
  });
});

describe('balance: clean fixtures', () => {
  it.each(CLEAN_FIXTURES)('%s balances in every column', (name) => {
    expect(parseClean(name).diagnostics.filter((d) => d.code === 'balance')).toEqual([]);
  });
});

describe('balance: the rule on a hand-built report', () => {
  /** 本年新收 3+1, 上年结转 1 = 予以公开 2+1 (the only outcome) + 结转下年度 2. */
  function balanced() {
    const report = zeroReport();
    setRow(report, 'newReceived', [3, 1, 0, 0, 0, 0]);
    setRow(report, 'carriedOver', [1, 0, 0, 0, 0, 0]);
    setRow(report, 'granted', [2, 1, 0, 0, 0, 0]);
    setRow(report, 'totalHandled', [2, 1, 0, 0, 0, 0]);
    setRow(report, 'carriedForward', [2, 0, 0, 0, 0, 0]);
    return report;
  }

  it('is quiet when every column balances', () => {
    expect(run('balance', balanced())).toEqual([]);
  });

  it('reports each column that does not, with the form’s labels and no line when rows were not printed', () => {
    const report = balanced();
    setRow(report, 'carriedForward', [3, 0, 0, 0, 0, 0]);
    const diagnostics = run('balance', report);
    expect(located(diagnostics)).toEqual([
      error('balance', 'applications.carriedForward.naturalPerson', null),
      error('balance', 'applications.carriedForward.total', null),
    ]);
    expect(diagnostics[0]!.message).toBe(
      'column “自然人”: “一、本年新收政府信息公开申请数量” 3 + “二、上年结转政府信息公开申请数量” 1 = 4, but “（七）总计” 2 + “四、结转下年度继续办理” 3 = 5 (a difference of 1)',
    );
  });

  it('uses the printed label and line when the rows are known', () => {
    const report = balanced();
    setRow(report, 'carriedForward', [3, 0, 0, 0, 0, 0]);
    const rows = {
      'applications.carriedForward': { line: 40, label: '四、结转下年度继续办理' },
      'applications.totalHandled': { line: 39, label: '(七) 总计' },
    };
    const [first] = run('balance', report, rows);
    expect(first!.line).toBe(40);
    expect(first!.message).toContain('“(七) 总计” 2 + “四、结转下年度继续办理” 3 = 5');
  });

  it('counts a blank cell as 0', () => {
    const report = balanced();
    setRow(report, 'carriedOver', [1, 0, null, 0, 0, 0]);
    expect(run('balance', report)).toEqual([]);
    report.applications!.carriedOver!.naturalPerson = null;
    const diagnostics = run('balance', report);
    expect(located(diagnostics)).toEqual([error('balance', 'applications.carriedForward.naturalPerson', null)]);
    expect(diagnostics[0]!.message).toContain('“二、上年结转政府信息公开申请数量” (none, as 0) = 3');
  });

  it('skips a column whose cell is unknown (not a number), and only that column', () => {
    const report = balanced();
    report.applications!.carriedOver!.naturalPerson = null;
    report.applications!.carriedOver!.commercial = 5;
    report.diagnostics.push({ code: 'not-a-number', severity: 'warning', message: '…', path: 'applications.carriedOver.naturalPerson', line: null });
    expect(located(run('balance', report))).toEqual([error('balance', 'applications.carriedForward.commercial', null)]);
  });

  it('skips every column when a row of the identity is unreadable or missing', () => {
    for (const code of ['cell-count', 'ambiguous-digits', 'unrecoverable-digits', 'missing-row'] as const) {
      const report = balanced();
      setRow(report, 'newReceived', [9, 9, 9, 9, 9, 9]);
      report.diagnostics.push({ code, severity: 'error', message: '…', path: 'applications.newReceived', line: null });
      expect(run('balance', report), code).toEqual([]);
    }
    const report = balanced();
    report.applications!.carriedOver = null;
    expect(run('balance', report)).toEqual([]);
  });

  it('validateReport on a report loaded from JSON: a broken copy is found, with lines null', () => {
    const report = loadGolden('002_4a61cbdbb397b0fd.renumbered.json');
    expect(validateReport(report)).toEqual([]);
    report.applications!.carriedForward!.commercial! += 1;
    report.applications!.carriedForward!.total! += 1;
    const diagnostics = validateReport(report);
    expect(located(diagnostics)).toEqual([
      error('balance', 'applications.carriedForward.commercial', null),
      error('balance', 'applications.carriedForward.total', null),
    ]);
    expect(diagnostics[0]!.message).toContain('“四、结转下年度继续办理” 813 = 2351');
  });
});
