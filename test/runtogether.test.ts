/**
 * Run-together fixtures (fixtures/runtogether/, written by scripts/make-runtogether-fixtures.mjs
 * from the golden fixtures, never from the parser): reports whose table cells a crawler ran
 * together. Each must parse to the tables of its .expected.json, with exactly the expected
 * `recovered-digits` / `ambiguous-digits` / `unrecoverable-digits` diagnostics, and no errors but
 * the expected ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { applicationTable, reviewLitigationTable } from './support/rendered.js';
import { tokenize } from '../src/tokenize/tokenize.js';
import { errorCodes, tablesOf } from './support/tables.js';

const folder = new URL('../fixtures/runtogether/', import.meta.url);
const names = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length))
  .sort();

interface Expected {
  format: string;
  activeDisclosure: unknown;
  applications: unknown;
  reviewLitigation: unknown;
  recovery: Array<{ code: string; path: string; line: number }>;
  errors: string[];
}

const RECOVERY_CODES = new Set(['recovered-digits', 'ambiguous-digits', 'unrecoverable-digits']);

const STYLES: Record<string, string> = {
  glued: 'every separator between the values of a row removed',
  spaced: 'separators removed, stray spaces left inside the runs',
  runin: 'headings, column headers, rows and prose run into one line per part',
};

describe('run-together fixtures: tables recovered from the form’s arithmetic', () => {
  it('has copies of every 2021 and 2019 golden fixture, and the hand-made cases', () => {
    expect(names.filter((n) => n.endsWith('.glued'))).toHaveLength(8);
    expect(names.filter((n) => n.endsWith('.runin')).length).toBeGreaterThanOrEqual(2);
    expect(names.filter((n) => n.startsWith('handmade-')).length).toBeGreaterThanOrEqual(3);
  });

  for (const name of names) {
    const style = STYLES[name.split('.').at(-1)!] ?? 'hand-made';
    it(`${name} (${style})`, () => {
      const file = `fixtures/runtogether/${name}.txt`;
      const report = parseReport(new Uint8Array(readFileSync(new URL(`${name}.txt`, folder))), { file });
      const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, folder), 'utf8')) as Expected;
      const { recovery, errors, ...tables } = expected;
      expect(tablesOf(report)).toStrictEqual(tables);
      const found = report.diagnostics
        .filter((d) => RECOVERY_CODES.has(d.code))
        .map(({ code, path, line }) => ({ code, path: path!, line }));
      const byLine = (a: { line: number | null; path: string }, b: { line: number | null; path: string }) =>
        (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path);
      expect(found.sort(byLine)).toStrictEqual([...recovery].sort(byLine));
      expect(errorCodes(report)).toStrictEqual(errors);
    });
  }
});

/**
 * A crawler that keeps no line ends at all: the whole page, title block, headings, tables and
 * prose, on one line, with every run of whitespace made one space (as text extraction with a
 * space separator gives) or removed. Each must give the tables and recovery of its fixture; only
 * the lines change (all 1).
 */
describe('run-together fixtures with the whole page on one line', () => {
  const WHOLE_PAGE: Array<[string, (text: string) => string]> = [
    ['whitespace made one space', (text) => text.replace(/\s+/g, ' ')],
    ['whitespace removed', (text) => text.replace(/\s+/g, '')],
  ];
  const onePage = names.filter((n) => !n.startsWith('handmade-') && !n.startsWith('20'));

  it('covers every 2021-form run-together fixture', () => {
    expect(onePage).toHaveLength(8);
  });

  for (const name of onePage) {
    for (const [how, flatten] of WHOLE_PAGE) {
      it(`${name}, ${how}`, () => {
        const text = flatten(readFileSync(new URL(`${name}.txt`, folder), 'utf8'));
        const report = parseReport(new TextEncoder().encode(text));
        const { recovery, errors, ...tables } = JSON.parse(readFileSync(new URL(`${name}.expected.json`, folder), 'utf8')) as Expected;
        expect(tablesOf(report)).toStrictEqual(tables);
        const paths = (list: Array<{ code: string; path: string | null }>) => list.map((d) => `${d.code} ${d.path}`).sort();
        expect(paths(report.diagnostics.filter((d) => RECOVERY_CODES.has(d.code)))).toStrictEqual(paths(recovery));
        expect(errorCodes(report)).toStrictEqual(errors);
        expect(report.diagnostics.every((d) => d.line === null || d.line === 1)).toBe(true);
      });
    }
  }
});

describe('run-together tables (tables/)', () => {
  const region = (lines: string[]) => tokenize({ firstLine: 1, lines });

  it('recovers part 四 printed as three labelled rows run together', () => {
    const { table, diagnostics } = reviewLitigationTable(
      region(['行政复议11002', '行政诉讼未经复议直接起诉40015', '复议后起诉10102']),
      { line: 1 },
    );
    expect(table).toEqual({
      review: { upheld: 1, corrected: 1, other: 0, pending: 0, total: 2 },
      litigationDirect: { upheld: 4, corrected: 0, other: 0, pending: 1, total: 5 },
      litigationAfterReview: { upheld: 1, corrected: 0, other: 1, pending: 0, total: 2 },
    });
    expect(diagnostics.map((d) => [d.code, d.path, d.line])).toEqual([
      ['recovered-digits', 'reviewLitigation.review', 1],
      ['recovered-digits', 'reviewLitigation.litigationDirect', 2],
      ['recovered-digits', 'reviewLitigation.litigationAfterReview', 3],
    ]);
  });

  it('recovers part 四 as one run of fifteen cells after its header words on the same line', () => {
    const { table, diagnostics } = reviewLitigationTable(
      region(['行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计110024001510102']),
      { line: 1 },
    );
    expect(table?.litigationDirect).toEqual({ upheld: 4, corrected: 0, other: 0, pending: 1, total: 5 });
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([['recovered-digits', 'reviewLitigation']]);
  });

  it('lets the column rules choose, and says which rule did', () => {
    const zeros = (label: string) => `${label}\t0\t0\t0\t0\t0\t0\t0`;
    const { table, diagnostics } = applicationTable(
      region([
        '一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t10\t13',
        zeros('二、上年结转政府信息公开申请数量'),
        '三、本年度办理结果（一）予以公开100001011',
        '（二）部分公开\t2\t0\t0\t0\t0\t0\t2',
        ...['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项', '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确', '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息', '1.申请人无正当理由逾期不补正', '2.申请人逾期未按收费通知要求缴纳费用', '3.其他'].map(zeros),
        '（七）总计\t3\t0\t0\t0\t0\t10\t13',
        zeros('四、结转下年度继续办理'),
      ]),
      { line: 1 },
    );
    expect(table?.granted).toEqual({ naturalPerson: 1, commercial: 0, research: 0, nonprofit: 0, legalService: 0, other: 10, total: 11 });
    const recovered = diagnostics.filter((d) => d.code === 'recovered-digits');
    expect(recovered).toHaveLength(1);
    expect(recovered[0]!.message).toContain('only one that also fits the table\'s column rules (handled-sum)');
  });
});
