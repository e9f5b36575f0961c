/**
 * The seven-year series of one organ (fixtures/series/, written by scripts/make-series-fixtures.mjs
 * from designed values): carry-over across years, the order of a series, and compare.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCarryOver, seriesEntry, type SeriesEntry } from '../src/crosscheck/carryOver.js';
import { inYearOrder, organKey } from '../src/crosscheck/organ.js';
import { zh } from '../src/messages/zh.js';
import type { Report } from '../src/schema.js';
import type { Layout } from '../src/tokens.js';
import { validateReport } from '../src/report.js';
import { parseWithFigures } from './support/figures.js';

interface Manifest {
  organ: string;
  years: Array<{ year: number; format: string; file: string; doctoredFile: string; tables: Record<string, unknown>; doctoredTables?: Record<string, unknown>; lines: { carriedOver: number; carriedForward: number } }>;
  doctored: { year: number; column: string; delta: number; findings: Array<{ column: string; file: string; line: number; carriedOver: number; earlierFile: string; earlierLine: number; carriedForward: number }> };
}
const MANIFEST = JSON.parse(readFileSync('fixtures/series/series.json', 'utf8')) as Manifest;

const layouts = new Map<Report, Layout>();
const parse = (file: string): Report => {
  const { report, layout } = parseWithFigures(readFileSync(file), file);
  layouts.set(report, layout);
  return report;
};
const consistent = MANIFEST.years.map((y) => parse(y.file));
const doctored = MANIFEST.years.map((y) => parse(y.doctoredFile));
/** A report's record, with the lines of its parse (a report changed here keeps its source's). */
const entries = (reports: readonly Report[]): SeriesEntry[] => reports.map((r) => seriesEntry(r, layouts.get(r) ?? layouts.get(doctored.find((d) => d.source.file === r.source.file)!)));

describe('the series fixtures', () => {
  it('are what scripts/make-series-fixtures.mjs writes', () => {
    expect(execFileSync(process.execPath, ['scripts/make-series-fixtures.mjs', '--check'], { encoding: 'utf8' })).toBe('checked 33 files\n');
  });

  it.each(MANIFEST.years.map((y, i) => [y.year, y, i] as const))('%d parses to its designed tables, without error', (_year, y, i) => {
    for (const report of [consistent[i]!, doctored[i]!]) {
      expect(report.meta).toMatchObject({ organ: MANIFEST.organ, year: y.year });
      expect(report.format).toBe(y.format);
      expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    }
    const { activeDisclosure, applications, reviewLitigation } = consistent[i]!;
    expect({ activeDisclosure, applications, reviewLitigation }).toEqual(y.tables);
    if (y.doctoredTables) expect(doctored[i]!.applications).toEqual(y.doctoredTables['applications']);
  });

  it('states its own figures in its prose, and text-table agrees with every one', () => {
    for (const report of [...consistent, ...doctored]) {
      expect(layouts.get(report)!.figures!.length).toBeGreaterThan(5);
      expect(validateReport(report, layouts.get(report)).filter((d) => d.code === 'text-table')).toEqual([]);
    }
  });
});

describe('carry-over', () => {
  it('holds over the consistent series, 2019 trial form to 2021 form included', () => {
    expect(checkCarryOver(entries(consistent))).toEqual([]);
  });

  it('finds exactly the doctored column of the doctored year (its 总计 differs by as much: not a second error), with both files, lines and numbers', () => {
    const found = checkCarryOver(entries(doctored));
    const laterIndex = MANIFEST.years.findIndex((y) => y.year === MANIFEST.doctored.year);
    expect(found.map((f) => ({ later: f.later, earlier: f.earlier, column: f.column, code: f.diagnostic.code, severity: f.diagnostic.severity, path: f.diagnostic.path, line: f.diagnostic.line }))).toEqual(
      MANIFEST.doctored.findings.map((x) => ({ later: laterIndex, earlier: laterIndex - 1, column: x.column, code: 'carry-over', severity: 'error', path: `applications.carriedOver.${x.column}`, line: x.line })),
    );
    const commercial = MANIFEST.doctored.findings[0]!;
    expect(found[0]!.diagnostic.message).toBe(
      `column “商业企业”: “二、上年结转政府信息公开申请数量” (line ${commercial.line}) is ${commercial.carriedOver}, but “四、结转下年度继续办理” in the 2022 report (${commercial.earlierFile}, line ${commercial.earlierLine}) is ${commercial.carriedForward} (a difference of 7)`,
    );
    const chinese = zh['carry-over']({
      column: '商业企业',
      carriedOver: { row: '二、上年结转政府信息公开申请数量', line: found[0]!.diagnostic.line, value: commercial.carriedOver },
      previous: { row: '四、结转下年度继续办理', line: commercial.earlierLine, value: commercial.carriedForward, year: 2022, file: commercial.earlierFile },
    });
    expect(chinese).toBe(
      `“商业企业”列：本报告第 ${commercial.line} 行“二、上年结转政府信息公开申请数量”为 ${commercial.carriedOver}，但 2022 年度报告（${commercial.earlierFile}，第 ${commercial.earlierLine} 行）“四、结转下年度继续办理”为 ${commercial.carriedForward}（相差 7）`,
    );
  });

  it('does not depend on the order of the reports', () => {
    const order = [4, 0, 6, 2, 5, 1, 3];
    const found = checkCarryOver(entries(order.map((i) => doctored[i]!)));
    expect(found.map((f) => [order[f.later], order[f.earlier], f.column])).toEqual([
      [4, 3, 'commercial'],
    ]);
  });

  it('says nothing of one report alone, or across a gap in the years', () => {
    expect(checkCarryOver(entries([doctored[4]!]))).toEqual([]);
    expect(checkCarryOver(entries(doctored.filter((r) => r.meta.year !== 2022)))).toEqual([]);
  });

  it('says nothing across organs, or for a report without a year', () => {
    const other = { ...doctored[3]!, meta: { ...doctored[3]!.meta, organ: `${MANIFEST.organ}办公室` } };
    expect(checkCarryOver(entries([other, doctored[4]!]))).toEqual([]);
    const undated = { ...doctored[4]!, meta: { ...doctored[4]!.meta, year: null } };
    expect(checkCarryOver(entries([doctored[3]!, undated]))).toEqual([]);
  });

  it('takes a year printed twice alike as one, and leaves out a year printed twice differently', () => {
    expect(checkCarryOver(entries([doctored[3]!, doctored[4]!, doctored[4]!])).map((f) => f.column)).toEqual(['commercial']);
    expect(checkCarryOver(entries([doctored[3]!, doctored[4]!, consistent[4]!]))).toEqual([]);
  });

  it('reports the 总计 when its columns do not account for its difference', () => {
    const entry = (e: SeriesEntry, carriedOver: Partial<NonNullable<SeriesEntry['carriedOver']>>): SeriesEntry => ({ ...e, carriedOver: { ...e.carriedOver!, ...carriedOver } });
    const [before, after] = entries([consistent[3]!, consistent[4]!]);
    const over = after!.carriedOver!;
    // The 总计 alone misprinted: one error, on 总计.
    expect(checkCarryOver([before!, entry(after!, { total: over.total! + 5 })]).map((f) => f.column)).toEqual(['total']);
    // Two columns off, the 总计 off by their sum: two errors, not three.
    expect(checkCarryOver([before!, entry(after!, { research: over.research! + 2, other: over.other! + 3, total: over.total! + 5 })]).map((f) => f.column)).toEqual(['research', 'other']);
    // A column off and the 总计 off by another amount: both.
    expect(checkCarryOver([before!, entry(after!, { research: over.research! + 2, total: over.total! + 5 })]).map((f) => f.column)).toEqual(['research', 'total']);
    // Two columns off in opposite directions, the 总计 right: the two columns.
    expect(checkCarryOver([before!, entry(after!, { research: over.research! + 2, other: over.other! - 2 })]).map((f) => f.column)).toEqual(['research', 'other']);
  });

  it('skips a column whose cell could not be read', () => {
    const unread: Report = { ...doctored[4]!, diagnostics: [{ code: 'not-a-number', severity: 'warning', message: '', path: 'applications.carriedOver.commercial', line: 61 }] };
    expect(checkCarryOver(entries([doctored[3]!, unread])).map((f) => f.column)).toEqual(['total']);
  });
});

describe('organKey', () => {
  it('closes up spaces and reads every bracket as ( )', () => {
    expect(organKey('某县（区） 人民政府')).toBe(organKey('某县(区)人民政府'));
    expect(organKey('某县【开发区】管委会')).toBe('某县(开发区)管委会');
    expect(organKey('  ')).toBeNull();
  });

  it('never merges an organ with its office', () => {
    expect(organKey('某市人民政府')).not.toBe(organKey('某市人民政府办公室'));
  });
});

describe('inYearOrder (summary over a folder of several years)', () => {
  it('puts each organ’s years in order, organs in order of first appearance, undated last', () => {
    const shuffled = [consistent[5]!, consistent[1]!, consistent[6]!, consistent[0]!, consistent[3]!, consistent[2]!, consistent[4]!];
    const other = { ...consistent[0]!, meta: { ...consistent[0]!.meta, organ: '另一机关', year: 2020 } };
    const undated = { ...consistent[0]!, meta: { ...consistent[0]!.meta, year: null } };
    const ordered = inYearOrder([undated, ...shuffled.slice(0, 3), other, ...shuffled.slice(3)], (r) => r.meta);
    expect(ordered.map((r) => `${r.meta.organ === '另一机关' ? 'other' : 'q'}${r.meta.year ?? '-'}`)).toEqual([
      'q2019', 'q2020', 'q2021', 'q2022', 'q2023', 'q2024', 'q2025', 'q-', 'other2020',
    ]);
  });
});
