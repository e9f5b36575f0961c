/**
 * The validator as a whole: the rule list, and validateReport on parsed and on reloaded reports.
 * Each rule has its own test in test/rules/.
 */
import { describe, expect, it } from 'vitest';
import { RULES, validateReport, type ParsedReport } from '../src/index.js';
import { activeDisclosureTable, applicationTable } from './support/rendered.js';
import { tokenize } from '../src/tokenize/tokenize.js';
import { ruleContext } from '../src/validate/context.js';
import { CLEAN_FIXTURES, FAULT_MANIFEST, loadGolden, parseClean, parseFault, parseFaultWithLayout } from './rules/support.js';

const RULE_CODES = ['balance', 'handled-sum', 'row-total', 'review-total', 'litigation-total', 'text-table'];

describe('validate', () => {
  it('runs the five rules of docs/contract.md and text-table, named by their codes', () => {
    expect(RULES.map((r) => r.code)).toEqual(RULE_CODES);
  });

  it('each rule reports under its own code and nothing else', () => {
    for (const fault of FAULT_MANIFEST) {
      const report = parseFault(fault.file.replace(/\.txt$/, ''));
      for (const { code, rule } of RULES) {
        const context = ruleContext(report, { rows: {}, columns: {} }, []);
        for (const d of rule(context)) expect(d.code).toBe(code);
      }
    }
  });

  it('validateReport with the layout parseWithLayout gave finds the parse’s rule diagnostics, same lines and labels', () => {
    for (const fault of FAULT_MANIFEST) {
      const { report, layout } = parseFaultWithLayout(fault.file.replace(/\.txt$/, ''));
      const fromParse = report.diagnostics.filter((d) => RULE_CODES.includes(d.code));
      expect(validateReport(report, layout).sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), fault.file).toEqual(fromParse);
    }
  });

  it('the layout survives a JSON round trip (a report from a worker or a file keeps its lines)', () => {
    const { report, layout } = parseFaultWithLayout('balance.tabs');
    const copy = JSON.parse(JSON.stringify({ report, layout })) as ParsedReport;
    expect(validateReport(copy.report, copy.layout)).toEqual(validateReport(report, layout));
    expect(validateReport(copy.report, copy.layout).map((d) => d.line)).toEqual([85, 85]);
    expect(validateReport(copy.report).map((d) => d.line)).toEqual([null, null]);
  });

  it.each(CLEAN_FIXTURES)('%s: validateReport finds nothing', (name) => {
    expect(validateReport(parseClean(name))).toEqual([]);
  });

  it('validateReport on every golden report loaded from JSON finds nothing', () => {
    for (const name of CLEAN_FIXTURES.filter((n) => !n.startsWith('2019/')).map((n) => n.replace(/\.txt$/, '.json'))) {
      expect(validateReport(loadGolden(name)), name).toEqual([]);
    }
  });
});

describe('column labels as the report prints its headers', () => {
  const region = (lines: string[]) => tokenize({ firstLine: 1, lines });
  const matrix = (nonprofit: string, granted: string) =>
    region([
      '\t\t申请人情况',
      '\t\t自然人\t法人或其他组织\t\t\t\t\t总计',
      `\t\t\t商业企业\t科研机构\t${nonprofit}\t法律服务机构\t其他`,
      '一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1',
      `三、本年度办理结果\t（一）予以公开\t${granted}`,
    ]);

  it('names a cell of the matrix by its printed header in parse messages (社会组织), else by the form (社会公益组织)', () => {
    const printed = applicationTable(matrix('社会组织', '1\t0\t0\t\t0\t0\t1'), { line: 1 });
    expect(printed.diagnostics.find((d) => d.code === 'blank-cell')!.message).toContain('“（一）予以公开” × “社会组织”');
    expect(printed.columns).toEqual({ 'applications.nonprofit': '社会组织' });
    const form = applicationTable(matrix('社会公益组织', '1\t0\t0\t\t0\t0\t1'), { line: 1 });
    expect(form.diagnostics.find((d) => d.code === 'blank-cell')!.message).toContain('× “社会公益组织”');
    expect(form.columns).toEqual({});
  });

  it('names a part 二 column as printed (本年度止 件数 for 本年废止件数)', () => {
    const { diagnostics } = activeDisclosureTable(
      region(['第二十条第（一）项', '信息内容\t本年制发件数\t本年度止 件数\t现行有效件数', '规章\t1\t\t3']),
      '2021',
      { line: 1 },
    );
    expect(diagnostics.find((d) => d.code === 'blank-cell')!.message).toContain('“规章” × “本年度止件数”');
  });

  it('quotes the printed column in the column rules (balance, handled-sum)', () => {
    // balance.tabs breaks the 商业企业 and 总计 columns; handled-sum.tabs the 自然人 column.
    const columns = {
      'applications.commercial': '商业企业（公司）',
      'applications.naturalPerson': '自然人（个人）',
    };
    const balance = parseFaultWithLayout('balance.tabs');
    const balanceMessages = validateReport(balance.report, { ...balance.layout, columns }).filter((d) => d.code === 'balance').map((d) => d.message.split(':')[0]);
    expect(balanceMessages).toEqual(['column “商业企业（公司）”', 'column “总计”']);
    const handled = parseFaultWithLayout('handled-sum.tabs');
    const handledMessages = validateReport(handled.report, { ...handled.layout, columns }).filter((d) => d.code === 'handled-sum').map((d) => d.message);
    expect(handledMessages[0]).toMatch(/^column “自然人（个人）”/);
  });
});
