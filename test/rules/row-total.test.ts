/**
 * `row-total`: in every row of the application matrix, 总计 = 自然人 + the five 法人或其他组织 columns,
 * reported on the row's line (its label's line in a one-cell-per-line layout).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseReport, validateReport } from '../../src/index.js';
import { CLEAN_FIXTURES, error, located, loadGolden, only, parseClean, parseFault, run, setRow, zeroReport , parseFaultWithLayout } from './support.js';

describe('row-total: fault fixtures', () => {
  it('row-total.tabs: one applicant cell one up → its row total and its column sum, nothing else', () => {
    const report = parseFault('row-total.tabs');
    expect(located(report.diagnostics)).toEqual([
      error('row-total', 'applications.denied.endangersSafety.total', 66),
      error('handled-sum', 'applications.totalHandled.naturalPerson', 84),
    ]);
    expect(only(report, 'row-total').message).toBe(
      'row “3.危及“三安全一稳定””: 总计 is 238, but 自然人 58 + 商业企业 115 + 科研机构 34 + 社会组织 18 + 法律服务机构 13 + 其他 1 = 239 (a difference of 1)',
    );
  });

  it('quotes each column as the report prints its header: 社会组织 in seed 002, 社会公益组织 in seed 000', () => {
    // Seed 002 (the source of row-total.tabs) prints 社会组织, seed 000 (row-total.cells) 社会公益组织.
    const { report: tabs, layout } = parseFaultWithLayout('row-total.tabs');
    expect(only(tabs, 'row-total').message).toContain('科研机构 34 + 社会组织 18 + 法律服务机构');
    expect(validateReport(tabs, layout).find((d) => d.code === 'row-total')!.message).toBe(only(tabs, 'row-total').message);
    const cells = parseFault('row-total.cells');
    expect(only(cells, 'row-total').message).toMatch(/科研机构 \d+ \+ 社会公益组织 \d+ \+ 法律服务机构/);
    // Its header printed 合计 for 总计: the message says so.
    const text = readFileSync(new URL('../../fixtures/faults/row-total.tabs.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => (line.includes('申请人情况') ? line.replace('总计', '合计') : line))
      .join('\n');
    expect(only(parseReport(new TextEncoder().encode(text)), 'row-total').message).toMatch(/^row “3\.危及“三安全一稳定””: 合计 is 238, but 自然人 58/);
    // A report read back from JSON without its layout: the form's label.
    const fromJson = JSON.parse(JSON.stringify(tabs)) as typeof tabs;
    expect(validateReport(fromJson).find((d) => d.code === 'row-total')!.message).toContain('科研机构 34 + 社会公益组织 18 + 法律服务机构');
  });

  it('row-total-zero.tabs: a 总计 printed 0 beside non-zero parts', () => {
    const report = parseFault('row-total-zero.tabs');
    expect(located(report.diagnostics)).toEqual([
      error('row-total', 'applications.partiallyGranted.total', 63),
      error('handled-sum', 'applications.totalHandled.total', 84),
    ]);
    const message = only(report, 'row-total').message;
    expect(message).toContain('row “（二）部分公开（区分处理的，只计这一情形，不计其他情形）”: 总计 is 0, but 自然人 96 + 商业企业 15');
    expect(message).toContain('= 539 (a difference of 539)');
  });

  it('row-total.cells: one cell per line, the row is reported on its label line 139, not the cell’s 140', () => {
    const report = parseFault('row-total.cells');
    expect(located(report.diagnostics)).toEqual([
      error('row-total', 'applications.denied.endangersSafety.total', 139),
      error('handled-sum', 'applications.totalHandled.naturalPerson', 326),
    ]);
    expect(only(report, 'row-total').message).toContain('row “3.危及“三安全一稳定””: 总计 is 433, but 自然人 70 + 商业企业 102');
  });

  it('row-total-zero.cells: 上年结转’s 总计 printed 0 (label line 86, value line 93) → the row and its column’s balance', () => {
    const report = parseFault('row-total-zero.cells');
    expect(located(report.diagnostics)).toEqual([
      error('row-total', 'applications.carriedOver.total', 86),
      error('balance', 'applications.carriedForward.total', 335),
    ]);
    expect(only(report, 'row-total').message).toContain('row “二、上年结转政府信息公开申请数量”: 总计 is 0, but 自然人 158 + 商业企业 266');
    expect(only(report, 'row-total').message).toContain('= 3430 (a difference of 3430)');
  });

  it('handled-sum.tabs: a （七）总计 cell breaks the （七）总计 row total, quoted as printed', () => {
    const d = only(parseFault('handled-sum.tabs'), 'row-total');
    expect(located([d])).toEqual([error('row-total', 'applications.totalHandled.total', 84)]);
    expect(d.message).toContain('row “(七) 总计”: 总计 is 8974, but 自然人 1614 +');
  });
});

describe('row-total: clean fixtures', () => {
  it.each(CLEAN_FIXTURES)('%s: every row adds up to its 总计', (name) => {
    expect(parseClean(name).diagnostics.filter((d) => d.code === 'row-total')).toEqual([]);
  });
});

describe('row-total: the rule on a hand-built report', () => {
  it('is quiet when every row adds up', () => {
    const report = zeroReport();
    setRow(report, 'newReceived', [1, 2, 3, 4, 5, 6]);
    expect(run('row-total', report)).toEqual([]);
  });

  it('reports each row that does not, quoting the form’s label when the print is unknown', () => {
    const report = zeroReport();
    setRow(report, 'newReceived', [1, 2, 3, 4, 5, 6], 20);
    setRow(report, 'denied.stateSecret', [0, 0, 0, 0, 0, 1], 0);
    const diagnostics = run('row-total', report);
    expect(located(diagnostics)).toEqual([
      error('row-total', 'applications.newReceived.total', null),
      error('row-total', 'applications.denied.stateSecret.total', null),
    ]);
    expect(diagnostics[0]!.message).toBe(
      'row “一、本年新收政府信息公开申请数量”: 总计 is 20, but 自然人 1 + 商业企业 2 + 科研机构 3 + 社会公益组织 4 + 法律服务机构 5 + 其他 6 = 21 (a difference of 1)',
    );
    expect(diagnostics[1]!.message).toContain('row “（三）不予公开 1.属于国家秘密”: 总计 is 0');
  });

  it('quotes the printed label and its line when the rows are known', () => {
    const report = zeroReport();
    setRow(report, 'granted', [1, 0, 0, 0, 0, 0], 2);
    const rows = { 'applications.granted': { line: 12, label: '三、本年度办理结果 （一）予以 公开' } };
    const [d] = run('row-total', report, rows);
    expect(d!.line).toBe(12);
    expect(d!.message).toContain('row “三、本年度办理结果 （一）予以 公开”');
  });

  it('counts blank cells as 0 and says so', () => {
    const report = zeroReport();
    setRow(report, 'granted', [null, 2, 0, 0, 0, 0], 2);
    expect(run('row-total', report)).toEqual([]);
    setRow(report, 'granted', [3, 2, 0, 0, 0, 0], null);
    const [d] = run('row-total', report);
    expect(d!.message).toContain('总计 is (none, as 0), but 自然人 3 + 商业企业 2');
  });

  it('skips a row with an unknown cell or unknown as a whole, and no other row', () => {
    for (const [code, path] of [
      ['not-a-number', 'applications.granted.research'],
      ['not-a-number', 'applications.granted.total'],
      ['cell-count', 'applications.granted'],
      ['ambiguous-digits', 'applications.granted'],
      ['unrecoverable-digits', 'applications.granted'],
    ] as const) {
      const report = zeroReport();
      setRow(report, 'granted', [1, 0, null, 0, 0, 0], 9);
      setRow(report, 'partiallyGranted', [1, 0, 0, 0, 0, 0], 9);
      report.diagnostics.push({ code, severity: 'warning', message: '…', path, line: null });
      expect(located(run('row-total', report)), `${code} ${path}`).toEqual([error('row-total', 'applications.partiallyGranted.total', null)]);
    }
  });

  it('does not skip a row for a blank or placeholder cell', () => {
    const report = zeroReport();
    setRow(report, 'granted', [1, 0, null, 0, 0, 0], 9);
    report.diagnostics.push({ code: 'placeholder-cell', severity: 'warning', message: '…', path: 'applications.granted.research', line: null });
    report.diagnostics.push({ code: 'blank-cell', severity: 'warning', message: '…', path: 'applications.granted.total', line: null });
    expect(located(run('row-total', report))).toEqual([error('row-total', 'applications.granted.total', null)]);
  });

  it('validateReport on a report loaded from JSON: lines are null', () => {
    const report = loadGolden('002_4a61cbdbb397b0fd.renumbered.json');
    report.applications!.denied.endangersSafety!.naturalPerson = 58;
    expect(located(validateReport(report))).toEqual([
      error('handled-sum', 'applications.totalHandled.naturalPerson', null),
      error('row-total', 'applications.denied.endangersSafety.total', null),
    ]);
  });
});
