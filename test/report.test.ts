/** parseReport as a whole: inputs, parts that are missing, forms it does not support. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, parseWithLayout, reportSchema, validateReport } from '../src/index.js';

const seed = readFileSync(new URL('../fixtures/002_4a61cbdbb397b0fd.renumbered.txt', import.meta.url), 'utf8');
const golden = JSON.parse(readFileSync(new URL('../fixtures/002_4a61cbdbb397b0fd.renumbered.json', import.meta.url), 'utf8'));

describe('parseReport', () => {
  it('takes a string as well as bytes, with the same tables', () => {
    const report = parseReport(seed, { file: 'x.txt' });
    expect(report.applications).toEqual(golden.applications);
    expect(report.source).toEqual({ file: 'x.txt', encoding: 'utf-8', bytes: Buffer.byteLength(seed), type: 'text' });
    expect(() => reportSchema.parse(report)).not.toThrow();
  });

  it('reports a missing part 四 as errors and keeps the rest', () => {
    const cut = seed.slice(0, seed.indexOf('四、政府信息公开行政复议'));
    const report = parseReport(cut);
    expect(report.applications).toEqual(golden.applications);
    expect(report.reviewLitigation).toBeNull();
    const codes = report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['missing-part', 'missing-table']));
    expect(report.diagnostics.find((d) => d.code === 'missing-table')).toMatchObject({ path: 'reviewLitigation' });
  });

  it.each([
    ['002_4a61cbdbb397b0fd', 'tab rows'],
    ['000_02e88f20f87b4541', 'one cell per line'],
  ])('finds every table when the heading of part 三 or 四 is missing (%s, %s)', (name) => {
    const url = (ext: string) => new URL(`../fixtures/${name}.renumbered.${ext}`, import.meta.url);
    const text = readFileSync(url('txt'), 'utf8');
    const expected = JSON.parse(readFileSync(url('json'), 'utf8'));
    for (const [heading, table] of [
      [/三、[^\n]*收到和处理[^\n]*\n/, 'applications'],
      [/四、[^\n]*行政复议[^\n]*\n/, 'reviewLitigation'],
    ] as const) {
      const report = parseReport(text.replace(heading, '\n'));
      expect(report.activeDisclosure).toEqual(expected.activeDisclosure);
      expect(report.applications).toEqual(expected.applications);
      expect(report.reviewLitigation).toEqual(expected.reviewLitigation);
      // The part is found by its table (issue 16): a warning at the table, not a missing part.
      expect(report.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([['heading-not-found', 'warning', table]]);
    }
  });

  it('says a pre-2019 report is not supported instead of returning half a report', () => {
    const report = parseReport('某局2017年政府信息公开工作年度报告\n一、概述\n全年主动公开政府信息1234条。\n二、主动公开政府信息情况\n共公开12条。');
    expect(report.format).toBeNull();
    expect(report.applications).toBeNull();
    expect(report.diagnostics).toEqual([expect.objectContaining({ code: 'unsupported-format', severity: 'error' })]);
  });

  it('says text that is not a report is not one', () => {
    const report = parseReport('会议纪要\n今天开会讨论了三件事。\n');
    expect(report.diagnostics).toEqual([expect.objectContaining({ code: 'not-a-report', severity: 'error' })]);
  });

  it('validateReport gives the arithmetic diagnostics again, with lines for a parsed report and without for JSON', () => {
    const broken = seed.replace(/(2\. 重复申请|2\.重复申请)(\t+)(\d+)/, (_, label, tabs, n) => `${label}${tabs}${Number(n) + 1}`);
    const { report, layout } = parseWithLayout(broken);
    const arithmetic = validateReport(report, layout);
    expect([...arithmetic].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))).toEqual(report.diagnostics.filter((d) => d.code === 'handled-sum' || d.code === 'row-total'));
    expect(arithmetic.map((d) => d.code).sort()).toEqual(['handled-sum', 'row-total']);
    expect(arithmetic.every((d) => d.line !== null)).toBe(true);
    const fromJson = validateReport(JSON.parse(JSON.stringify(report)));
    expect(fromJson.map((d) => [d.code, d.path])).toEqual(arithmetic.map((d) => [d.code, d.path]));
    expect(fromJson.every((d) => d.line === null)).toBe(true);
  });
});
