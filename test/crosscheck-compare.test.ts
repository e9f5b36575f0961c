/** compare over the series (fixtures/series/): the changes a person computes by hand. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareCell, compareReports, matchByOrgan } from '../src/crosscheck/compare.js';
import { parseReport, parseWithLayout } from '../src/report.js';
import type { Report } from '../src/schema.js';

interface Manifest {
  years: Array<{ file: string; doctoredFile: string; tables: Record<string, unknown> }>;
}
const MANIFEST = JSON.parse(readFileSync('fixtures/series/series.json', 'utf8')) as Manifest;
const parse = (file: string): Report => parseReport(readFileSync(file), { file });
const consistent = MANIFEST.years.map((y) => parse(y.file));
const doctored = MANIFEST.years.map((y) => parse(y.doctoredFile));

describe('compare', () => {
  const comparison = compareReports(consistent[4]!, consistent[5]!); // 2023 → 2024
  const at = (path: string) => comparison.cells.find((c) => c.path === path)!;

  it('gives the changes a person computes by hand (2023 → 2024, read from the two files)', () => {
    expect(at('applications.newReceived.total')).toMatchObject({ part: '三', old: 10663, new: 8824, change: -1839, percent: -17.25, changed: true, large: false });
    expect(at('applications.newReceived.naturalPerson')).toMatchObject({ old: 1822, new: 1404, change: -418, percent: -22.94, large: false });
    expect(at('applications.carriedOver.total')).toMatchObject({ old: 3031, new: 4143, change: 1112, percent: 36.69 });
    expect(at('applications.totalHandled.total')).toMatchObject({ old: 9551, new: 9312, change: -239, percent: -2.5 });
    expect(at('applications.granted.research')).toMatchObject({ old: 146, new: 13, change: -133, percent: -91.1, large: true });
    expect(at('activeDisclosure.fees.amount')).toMatchObject({ part: '二', old: 23.5, new: 99.5, change: 76, percent: 323.4, large: true });
    expect(at('activeDisclosure.regulations.issued')).toMatchObject({ old: 3106, new: 8958, change: 5852, percent: 188.41, large: true });
    expect(at('reviewLitigation.review.total')).toMatchObject({ part: '四', old: 6751, new: 5690, change: -1061, percent: -15.72 });
    expect(at('applications.newReceived.total')).toMatchObject({ row: '一、本年新收政府信息公开申请数量', column: '总计' });
  });

  it('covers every cell of parts 二/三/四, each change new − old', () => {
    expect(comparison.cells).toHaveLength(10 + 25 * 7 + 15);
    const old = MANIFEST.years[4]!.tables;
    const next = MANIFEST.years[5]!.tables;
    const valueIn = (tables: Record<string, unknown>, path: string) => path.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], tables) as number;
    for (const cell of comparison.cells) {
      expect([cell.old, cell.new]).toEqual([valueIn(old, cell.path), valueIn(next, cell.path)]);
      expect(cell.change).toBeCloseTo(valueIn(next, cell.path) - valueIn(old, cell.path), 6);
      expect(cell.changed).toBe(cell.old !== cell.new);
    }
    expect(comparison.sameOrgan).toBe(true);
    expect(comparison.carryOver).toEqual([]);
  });

  it('runs the carry-over check between consecutive years', () => {
    const [old, next] = [MANIFEST.years[3]!, MANIFEST.years[4]!].map((y) => parseWithLayout(readFileSync(y.doctoredFile), { file: y.doctoredFile }));
    const broken = compareReports(old!.report, next!.report, { layouts: { old: old!.layout, new: next!.layout } });
    expect(broken.carryOver.map((d) => [d.code, d.path, d.line])).toEqual([
      ['carry-over', 'applications.carriedOver.commercial', 61],
    ]);
  });

  it('compares across the forms: a cell of one form only is null on the other side', () => {
    const across = compareReports(consistent[1]!, consistent[2]!); // 2020 (trial form) → 2021
    const made = across.cells.find((c) => c.path === 'activeDisclosure.regulations.made')!;
    const issued = across.cells.find((c) => c.path === 'activeDisclosure.regulations.issued')!;
    expect(made).toMatchObject({ old: 9806, new: null, change: null, percent: null, changed: true });
    expect(issued).toMatchObject({ old: null, new: consistent[2]!.activeDisclosure!.regulations!['issued' as keyof object], change: null, percent: null });
    expect(across.cells.find((c) => c.path === 'applications.otherHandling.noCorrection.total')).toMatchObject({ old: null, change: null });
  });

  it('is null-safe: null stays null, a % of 0 is null, from 0 is large', () => {
    expect(compareCell(null, 5, 50)).toEqual({ change: null, percent: null, changed: true, large: false });
    expect(compareCell(null, null, 50)).toEqual({ change: null, percent: null, changed: false, large: false });
    expect(compareCell(0, 5, 50)).toEqual({ change: 5, percent: null, changed: true, large: true });
    expect(compareCell(0, 0, 50)).toEqual({ change: 0, percent: null, changed: false, large: false });
    expect(compareCell(8, 12, 50)).toEqual({ change: 4, percent: 50, changed: true, large: true });
    expect(compareCell(8, 11, 50)).toEqual({ change: 3, percent: 37.5, changed: true, large: false });
    expect(compareCell(10.5, 10.2, null)).toEqual({ change: -0.3, percent: -2.86, changed: true, large: false });
  });

  it('matches two folders by organ', () => {
    const other = { ...consistent[5]!, meta: { ...consistent[5]!.meta, organ: '某市人民政府办公室' } };
    const none = { ...consistent[5]!, meta: { ...consistent[5]!.meta, organ: null } };
    const renamed = { ...consistent[5]!, meta: { ...consistent[5]!.meta, organ: '昌乐县乔官镇 人民政府' } };
    const match = matchByOrgan([consistent[4]!, other], [none, renamed]);
    expect(match.pairs).toEqual([{ old: consistent[4]!, new: renamed }]);
    expect(match.onlyOld).toEqual([other]);
    expect(match.onlyNew).toEqual([none]);
  });

  it('pairs one organ’s several years by year, whatever order the files come in; the rest in year order', () => {
    const match = matchByOrgan([consistent[6]!, consistent[1]!, consistent[3]!], [doctored[3]!, doctored[6]!, doctored[1]!, doctored[2]!]);
    expect(match.pairs.map((p) => [p.old.meta.year, p.new.meta.year])).toEqual([
      [2020, 2020],
      [2022, 2022],
      [2025, 2025],
    ]);
    expect(match.onlyNew.map((r) => r.meta.year)).toEqual([2021]);
    // A year the other side lacks: the rest are paired in year order.
    const shifted = matchByOrgan([consistent[4]!, consistent[3]!], [doctored[5]!, doctored[4]!]);
    expect(shifted.pairs.map((p) => [p.old.meta.year, p.new.meta.year])).toEqual([
      [2022, 2024],
      [2023, 2023],
    ]);
  });
});
