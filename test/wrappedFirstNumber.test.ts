/**
 * A label wrapped around its row's first number. Plain `pdftotext` (no -layout) of a report's PDF
 * whose table has borders prints a row one cell a line, and a tall label's first number on one of
 * the label's lines, not after its last (fixtures/damaged/pdftotext/01 and 03, LibreOffice's PDFs
 * of Word reports):
 *
 *     1.申请人无正当理由逾期不补正、
 *     行政机关不再处理其政府信息公开 28
 *     申请
 *
 *     32
 *
 *     121
 *     …
 *
 * The number glued to the label's line was read as digits run together (a crawler's row), the row
 * stopped at `申请`, and `申请` with the numbers after it became a row the form does not have: the
 * row was lost, and so was a row printed with no label right after it (its label printed after
 * the table), which could not be placed. Here every golden's part 三 is printed so, with labels
 * wrapped at several widths: every row must read its own numbers.
 */
import { describe, expect, it } from 'vitest';
import { APPLICANT_HEADERS, APPLICATION_NOTE } from '../scripts/form.mjs';
import type { Tables } from './support/promise.js';
import { DISTINCT_GOLDENS, chunks, fixtureText, formRows, readPart3 } from './support/tables.js';

const fixture = fixtureText;

const GOLDENS = DISTINCT_GOLDENS;

interface Layout {
  /** Label characters a line. */
  width: number;
  /** Rows printed with no label, their labels printed after the table. */
  unlabelled?: readonly string[];
  /** Numbers to change (row key → column index → printed value): a report's own misprint. */
  misprint?: Readonly<Record<string, readonly [number, string]>>;
}

/**
 * Part 三 as plain pdftotext prints a bordered table: headers a line each, then each row's label
 * wrapped at `width` characters with its first number on the label's middle line (the first, of a
 * label of two lines), its other numbers one a line with blank lines between.
 */
function plainTable(tables: Tables, layout: Layout): string[] {
  const lines = [APPLICATION_NOTE, '申请人情况', ...APPLICANT_HEADERS, ''];
  const after: string[] = [];
  for (const { key, part, group, label, values } of formRows(tables, layout.misprint)) {
    if (part !== undefined) lines.push(part, '');
    if (group !== undefined) lines.push(group, '');
    const words = chunks(label, layout.width);
    if (layout.unlabelled?.includes(key)) after.push(...words, '');
    else {
      const middle = words.length >= 3 ? Math.floor(words.length / 2) : 0;
      words[middle] = `${words[middle]} ${values[0]}`;
      lines.push(...words, '');
      values.shift();
    }
    for (const v of values) lines.push(v, '');
  }
  return [...lines, ...after];
}

const read = (g: (typeof GOLDENS)[number], layout: Layout) => readPart3(g, (designed) => plainTable(designed, layout), 'plain.txt');

describe('a label wrapped around its first number (plain pdftotext of a bordered table)', () => {
  for (const g of GOLDENS) {
    it(`${g.text}: every row of part 三 reads its own numbers, labels wrapped at 6 to 16 characters a line`, () => {
      for (const width of [6, 9, 12, 16]) {
        const { cells } = read(g, { width });
        expect(cells.length).toBeGreaterThanOrEqual(7 * 22);
        expect(cells.filter((c) => c.verdict !== 'right').map((c) => `width ${width}: ${c.path} ${c.verdict}`)).toEqual([]);
      }
    });

    it(`${g.text}: a row printed with no label right after such a row (its label after the table) is placed, as it is the one row missing there`, () => {
      const format = (JSON.parse(fixture(g.golden)) as { format?: string }).format;
      // The row after the last tall label: 3.其他 after 2.申请人逾期… (2021 form), 5.要求行政机关… after 4.无正当理由… (2019).
      const unlabelled = format === '2019' ? 'notProcessed.confirmation' : 'otherHandling.other';
      // Width 15 is fixtures/damaged/pdftotext/01's; at 15 the 2019 form's 4.无正当理由大量反复申请 takes
      // one line, its first number on it: not a label wrapped around its first number.
      for (const width of format === '2019' ? [6] : [6, 15]) {
        const { report, cells } = read(g, { width, unlabelled: [unlabelled] });
        expect(cells.filter((c) => c.verdict !== 'right').map((c) => `width ${width}: ${c.path} ${c.verdict}`)).toEqual([]);
        expect(report.diagnostics.find((d) => d.path === `applications.${unlabelled}`)?.code).toBe('recovered-pairing');
      }
    });
  }

  it('a wrapped row whose numbers do not add up is not read so: null with a diagnostic, no number in another row', () => {
    const g = GOLDENS[1];
    // 1.申请人无正当理由… prints a misprinted third number: its sums fail.
    const { report, cells } = read(g, { width: 15, misprint: { 'otherHandling.noCorrection': [2, '9999'] } });
    expect(cells.filter((c) => c.verdict === 'wrong')).toEqual([]);
    expect(Object.values(report.applications?.otherHandling?.noCorrection ?? {})).toEqual(Array(7).fill(null));
    expect(report.diagnostics.some((d) => d.path === 'applications.otherHandling.noCorrection')).toBe(true);
  });
});
