/**
 * The catalog is the one place the form is defined: adding a heading phrase, a row label variant
 * or an equation is one change in src/catalog/, and every stage follows (the pre-filters of
 * sections/, the row reader and recovery of tables/, the checker of validate/, the code table of
 * diagnostics.ts). Each test changes one catalog module as a maintainer would, loads the library
 * afresh over it, and parses a report that needs the change: a golden fixture with one heading or
 * label reworded, checked against the golden JSON.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Equations from '../src/catalog/equations.js';
import type * as Applications from '../src/catalog/applications.js';
import type * as Parts from '../src/catalog/parts.js';
import type { Report } from '../src/index.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const golden = (name: string): Report => JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8')) as Report;
const text = (name: string): string => readFileSync(new URL(`${name}.txt`, FIXTURES), 'utf8');

/** The library, loaded afresh (with whatever catalog module is mocked). */
async function library() {
  vi.resetModules();
  return import('../src/index.js');
}

afterEach(() => {
  vi.doUnmock('../src/catalog/parts.js');
  vi.doUnmock('../src/catalog/applications.js');
  vi.doUnmock('../src/catalog/equations.js');
  vi.resetModules();
});

describe('a heading phrase added to catalog/parts.ts', () => {
  const SEED = '002_4a61cbdbb397b0fd.renumbered';
  /** The seed with part 一 headed 一、工作要点, a wording the catalog does not know. */
  const reworded = text(SEED).replace('一、总体情况', '一、工作要点');

  it('is not a heading before it is added', async () => {
    const { parseReport } = await library();
    const report = parseReport(reworded);
    expect(report.text.overview).toBeNull();
    expect(report.diagnostics.filter((d) => d.code === 'missing-part').map((d) => d.message)).toEqual([
      'part “一、总体情况” was not found; the form requires all six parts',
    ]);
  });

  it('is found once added, by every filter in front of the rules (headingsIn, the parse)', async () => {
    vi.doMock('../src/catalog/parts.js', async (importOriginal) => {
      const parts = await importOriginal<typeof Parts>();
      const one = { ...parts.PART[1], phrase: new RegExp(`^(?:工作要点|${parts.PART[1].phrase.source.slice(1)})`) };
      return { ...parts, PART: { ...parts.PART, 1: one }, PARTS: parts.PARTS.map((p) => (p.part === 1 ? one : p)) };
    });
    const { headingsIn } = await import('../src/sections/headings.js');
    expect(headingsIn('一、工作要点')).toEqual([{ part: 1, start: 0, end: 6 }]);
    const { parseReport } = await library();
    const report = parseReport(reworded);
    expect(report.diagnostics).toEqual([]);
    expect(report.text.overview).toBe(golden(SEED).text.overview);
  });
});

describe('a row label variant added to catalog/applications.ts', () => {
  const SEED = '000_02e88f20f87b4541.renumbered';
  /** The seed with （一）予以公开 printed （一）同意公开, a wording the catalog does not know. */
  const reworded = text(SEED).replace('予以公开', '同意公开');

  it('is an unknown row before it is added', async () => {
    const { parseReport } = await library();
    const report = parseReport(reworded);
    expect(report.applications?.granted).toBeNull();
    expect(report.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['unknown-row', 'missing-row']));
  });

  it('reads the row once added', async () => {
    vi.doMock('../src/catalog/applications.js', async (importOriginal) => {
      const catalog = await importOriginal<typeof Applications>();
      const granted = { ...catalog.APPLICATION_ROWS.granted, match: /予以公开|同意公开/ };
      const APPLICATION_ROWS = { ...catalog.APPLICATION_ROWS, granted };
      return { ...catalog, APPLICATION_ROWS, APPLICATIONS: { ...catalog.APPLICATIONS, rows: APPLICATION_ROWS } };
    });
    const { parseReport } = await library();
    const report = parseReport(reworded);
    expect(report.diagnostics).toEqual([]);
    expect(report.applications).toEqual(golden(SEED).applications);
  });
});

describe('an equation added to catalog/equations.ts', () => {
  /**
   * An organ's own rule, say, that it carries nothing over: every application received this year
   * is handled this year (新收 = （七）总计, in every column).
   */
  const HANDLED_IN_YEAR = {
    code: 'handled-in-year',
    table: 'applications',
    each: 'column',
    left: ['newReceived'],
    right: ['totalHandled'],
    reportAt: 'totalHandled',
    message: 'sums',
  } as const;

  const SEED = '002_4a61cbdbb397b0fd.renumbered';

  it('is checked, under its own code, once added', async () => {
    vi.doMock('../src/catalog/equations.js', async (importOriginal) => {
      const equations = await importOriginal<typeof Equations>();
      return { ...equations, EQUATIONS: [...equations.EQUATIONS, HANDLED_IN_YEAR] };
    });
    const { parseReport, reportSchema, DIAGNOSTIC_CODES } = await library();
    expect(DIAGNOSTIC_CODES.get('handled-in-year' as never)).toEqual({ severity: 'error' });
    const report = parseReport(text(SEED));
    const seed = golden(SEED).applications!;
    // Every column where this year's intake differs from what was handled is reported on （七）总计's line.
    const columns = Object.keys(seed.newReceived!).filter((k) => seed.newReceived![k as 'total'] !== seed.totalHandled![k as 'total']);
    const added = report.diagnostics.filter((d) => (d.code as string) === 'handled-in-year');
    expect(added.map((d) => [d.severity, d.path, d.line])).toEqual(columns.map((k) => ['error', `applications.totalHandled.${k}`, 84]));
    expect(added.at(-1)!.message).toBe(
      `column “总计”: “本年新收政府信息公开申请数量” ${seed.newReceived!.total} = ${seed.newReceived!.total}, but “(七) 总计” ${seed.totalHandled!.total} = ${seed.totalHandled!.total} (a difference of ${Math.abs(seed.newReceived!.total! - seed.totalHandled!.total!)})`,
    );
    // The report, new code and all, is what the schema says a report is.
    expect(() => reportSchema.parse(report)).not.toThrow();
    // The rest of the report is as before.
    expect(report.diagnostics.filter((d) => d !== undefined && !added.includes(d))).toEqual([]);
  });
});
