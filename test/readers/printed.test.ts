/**
 * Web pages printed to PDF by Chromium (fixtures/documents/printed/, scripts/make-printed-fixtures.mjs):
 * narrow columns whose labels wrap a character or two a line, a row whose cells do not line up
 * with the columns (a blank column made where the row has none), and two numbers close enough to
 * come out as one cell (`975 901`). Each must give its golden's tables cell for cell; the rows read
 * back say so (`recovered-cells`, with the page), and no error is the parser's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, type Report } from '../../src/index.js';
import { errorCodes, tablesOf } from '../support/tables.js';
import { classify, type Tables } from '../support/promise.js';

const root = new URL('../../', import.meta.url);
const golden = JSON.parse(readFileSync(new URL('fixtures/001_eb914b629682bc65.renumbered.json', root), 'utf8')) as Report;

const PRINTED = [
  { file: 'fixtures/documents/printed/001_eb914b629682bc65.renumbered.drift.pdf', recovered: [['applications.denied.stateSecret', 4]] },
  {
    // With each rule counted at the column edge it is one of (pdfLayout's edgeOf), 二、上年结转's and
    // 四、结转下年度's `975 901` and `536 480` come out as two cells each, as printed, and
    // 一、本年新收's row with a blank column it does not have: the row read back says so.
    file: 'fixtures/documents/printed/001_eb914b629682bc65.renumbered.libreoffice.pdf',
    recovered: [['applications.newReceived', 3]],
  },
] as const;

/** A print sweep case (fixtures/documents/printed/sweep-*.pdf), parsed, with its designed values and each cell's verdict. */
async function sweepCase(name: string): Promise<{ report: Report; designed: Tables & Report; cells: ReturnType<typeof classify>['cells'] }> {
  const file = `fixtures/documents/printed/${name}.pdf`;
  const designed = JSON.parse(readFileSync(new URL(`fixtures/documents/printed/${name}.designed.json`, root), 'utf8')) as Tables & Report;
  const report = await parseDocument(new Uint8Array(readFileSync(new URL(file, root))), { file });
  return { report, designed, cells: classify(report, designed).cells };
}

describe('web pages printed to PDF by Chromium', () => {
  for (const { file, recovered } of PRINTED) {
    it(file, async () => {
      const report = await parseDocument(new Uint8Array(readFileSync(new URL(file, root))), { file });
      expect(report.source.type).toBe('pdf');
      expect(tablesOf(report)).toStrictEqual(tablesOf(golden));
      expect(errorCodes(report)).toStrictEqual(errorCodes(golden));
      expect(report.diagnostics.map((d) => [d.code, d.path, d.location])).toStrictEqual(
        recovered.map(([path, page]) => ['recovered-cells', path, { page }]),
      );
    });
  }
});

describe('a web page printed to PDF by Chromium, a label centred on its row\'s line of values (print sweep seed 57, case 33)', () => {
  // No ruled grid: `（七）总计 628 … 9772` / `结转下年度继续` / `四、 1 191 … 1074` / `办理`, the label of
  // 四、结转下年度继续办理 a line above and a line below its numbers, its column empty on their line.
  // The piece above was the row above's (a table whose labels start beside their values), and
  // （七）总计结转下年度继续 read as 四、's row, with 总计's numbers (7 wrong).
  it('the label\'s piece above the line of values is its own row\'s: every cell right', async () => {
    const { report, designed, cells } = await sweepCase('sweep-57-33');
    expect(report.applications?.totalHandled).toEqual(designed.applications?.totalHandled);
    expect(report.applications?.carriedForward).toEqual(designed.applications?.carriedForward);
    expect(cells.filter((c) => c.verdict === 'wrong')).toEqual([]);
    expect(cells.filter((c) => c.verdict === 'right').length).toBe(200);
  });
});

describe('a web page printed to PDF by Chromium, a number printed past its cell\'s rule into a header cell running down the table\'s right (print sweep seed 80, case 48)', () => {
  // The ruled grid's header drawn wider than the rows under it: its last cell runs down their right,
  // right of 总计's column. 一、本年新收's `10428` is a little wider than its cell: cut at the rule,
  // its `8` went to that header cell, and 总计 read 1042 (validate named a row-total error and a
  // balance error the report does not have).
  it('the number is read whole in the column where it starts: every cell right, no sum error', async () => {
    const { report, designed, cells } = await sweepCase('sweep-80-48');
    expect(report.applications?.newReceived?.total).toBe(10428);
    expect(report.diagnostics.filter((d) => d.code === 'row-total' || d.code === 'balance')).toEqual([]);
    expect(cells.filter((c) => c.verdict === 'wrong')).toEqual([]);
    expect(cells.filter((c) => c.verdict === 'right').length).toBe(200);
  });
});

describe('a web page printed to PDF by Chromium, a label of three lines centred under one of two (print sweep seed 130, case 6)', () => {
  // No ruled grid, each label centred on its values: （一）予以公开 over two lines, （二）部分公开（区分处理的，
  // 只计这一情形，不计其他情形） over five, its first line nearer （一）'s values than its own. By distance
  // alone both labels were one, `（一）予以公开（二）部分公开`, with （一）'s numbers: read as （二）'s (7 wrong),
  // and （一） missing.
  it('each piece opening a label starts its own row: every cell right', async () => {
    const { report, designed, cells } = await sweepCase('sweep-130-6');
    expect(report.applications?.granted).toEqual(designed.applications?.granted);
    expect(report.applications?.partiallyGranted).toEqual(designed.applications?.partiallyGranted);
    expect(cells.filter((c) => c.verdict === 'wrong')).toEqual([]);
    expect(cells.filter((c) => c.verdict === 'right').length).toBe(200);
  });
});
