/**
 * Layout invariance across formats: every golden report written as a web page and as a Word file
 * in random layouts (scripts/documents.mjs: group labels printed once with rowspan or on every row,
 * headers over one or three rows, value cells drifting to colspan 2, labels split over lines,
 * Word's or <font> markup, page chrome, nested layout tables, GBK, runs split mid-word, automatic
 * numbering…) must parse to the golden's tables and meta, with no error. fast-check draws the
 * layouts from a fixed seed, so a failure is the same on every machine and shrinks to a small plan.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as docx from 'docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportModel, toDocx, toHtml, toText, type DocumentModel, type DocumentPlan } from '../../scripts/documents.mjs';
import { parseReport, type Report } from '../../src/index.js';
import { errorCodes, tablesOf } from '../support/tables.js';

const root = new URL('../..', import.meta.url).pathname;

/** The renumbered goldens (every cell distinct) and the 2019-form goldens. */
export function documentGoldens(): Array<{ name: string; model: DocumentModel; golden: Report }> {
  const out: Array<{ name: string; model: DocumentModel; golden: Report }> = [];
  for (const dir of ['fixtures', 'fixtures/2019']) {
    for (const file of readdirSync(join(root, dir)).sort()) {
      const json = join(root, dir, file.replace(/\.txt$/, '.json'));
      if (!file.endsWith('.txt') || !existsSync(json) || (dir === 'fixtures' && !file.includes('.renumbered.'))) continue;
      const golden = JSON.parse(readFileSync(json, 'utf8')) as Report;
      out.push({ name: `${dir}/${file.replace(/\.txt$/, '')}`, model: reportModel(readFileSync(join(root, dir, file), 'utf8'), golden), golden });
    }
  }
  return out;
}

const GOLDENS = documentGoldens();

const planArbitrary: fc.Arbitrary<DocumentPlan> = fc.record({
  groups: fc.constantFrom('rowspan' as const, 'repeat' as const),
  headerRows: fc.constantFrom(3 as const, 1 as const),
  drift: fc.constantFrom(0, 0.2, 0.5),
  splitLabels: fc.constantFrom(0, 0.3, 1),
  part2: fc.constantFrom('one' as const, 'separate' as const),
  numberCells: fc.boolean(),
  markup: fc.constantFrom('plain' as const, 'word' as const, 'font' as const),
  chrome: fc.boolean(),
  nested: fc.boolean(),
  trs: fc.boolean(),
  charset: fc.constantFrom('utf-8' as const, 'gbk' as const, 'utf-8-bom' as const, 'utf-8-meta-gbk' as const),
  splitRuns: fc.constantFrom(0, 0.2, 0.6),
  autoNumbering: fc.boolean(),
  seed: fc.integer({ min: 1, max: 0xffff }),
});

const SEED = Number(process.env.PROPERTY_SEED ?? 20_240_601);

function expectGolden(report: Report, golden: Report, plan: DocumentPlan): void {
  const context = JSON.stringify(plan);
  expect(tablesOf(report), context).toStrictEqual(tablesOf(golden));
  expect(report.meta, context).toStrictEqual(golden.meta);
  expect(errorCodes(report), context).toStrictEqual(errorCodes(golden));
}

describe('the writers themselves', () => {
  it('cover the five renumbered reports and the three 2019-form ones', () => {
    expect(GOLDENS).toHaveLength(8);
  });

  it('write every table value of the golden (the text export of a document parses to its tables)', () => {
    for (const { model, golden } of GOLDENS) expectGolden(parseReport(toText(model)), golden, {});
  });
});

describe('web pages in random layouts give the golden tables and meta (fast-check)', () => {
  for (const { name, model, golden } of GOLDENS) {
    it(name, () => {
      fc.assert(
        fc.property(planArbitrary, (plan) => {
          const report = parseReport(toHtml(model, plan));
          expect(report.source.type).toBe('html');
          expectGolden(report, golden, plan);
          expect(report.text, JSON.stringify(plan)).toStrictEqual(golden.text);
        }),
        { seed: SEED, numRuns: 12 },
      );
    });
  }
});

describe('Word files in random layouts give the golden tables and meta (fast-check)', () => {
  for (const { name, model, golden } of GOLDENS) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(planArbitrary, async (plan) => {
          const report = parseReport(await toDocx(docx, model, plan));
          expect(report.source.type).toBe('docx');
          expectGolden(report, golden, plan);
          expect(report.text, JSON.stringify(plan)).toStrictEqual(golden.text);
        }),
        { seed: SEED, numRuns: 4 },
      );
    });
  }
});
