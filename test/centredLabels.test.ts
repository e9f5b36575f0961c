/**
 * Labels centred on their numbers. `pdftotext -layout` of a table whose label column is narrow and
 * whose cells are centred top to bottom (LibreOffice's web page of a Word report, printed by
 * Chromium: fixtures/damaged/pdftotext/11) prints a label of several lines around its numbers,
 * its numbering on their line, and the group's label (a column of its own) interleaved with them:
 *
 *     （三）不予    属于国家
 *             1.      27    38    15    119   111   53    363
 *     公开      秘密
 *              其他法律
 *             2.      81    113   97    28    126   92    537
 *             行政法规禁
 *             止公开
 *
 * Read in order, each label's first words ran into the end of the row before's, and most rows of
 * part 三 were `unknown-row`, their numbers not read. Here every golden's part 三 is printed so,
 * with labels wrapped at every width from 2 to 7 characters a line, the words split above and below
 * the numbers both ways, the numbering alone on the numbers' line or opening the words (as
 * Chromium's print of a narrow column: `4.保⇥113…` / `护第` / `三方`), the group's column 5 or 6
 * characters wide (`（三）不予公` / `开`, pdftotext/16): every row must read its own numbers.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { ROW_NUMBERING } from '../src/catalog/lexicon.js';
import { APPLICANT_HEADERS, APPLICATION_LABELS, APPLICATION_NOTE, COLUMNS, SINGLE_OTHER_HANDLING_LABEL } from '../scripts/form.mjs';
import { mulberry32 } from '../scripts/prng.mjs';
import { classify, type Tables } from './support/promise.js';
import { DISTINCT_GOLDENS, chunks, fixtureText, markedAt, valueAt, withPart3 } from './support/tables.js';

const fixture = fixtureText;

const GOLDENS = DISTINCT_GOLDENS;

const LABELS = APPLICATION_LABELS;

/**
 * Part 三 printed as pdftotext -layout prints centred labels: rows of a group (（三）不予公开 1.…)
 * wrap their words at `width` characters, some lines above the numbers' line (which holds the
 * numbering alone, or the middle line of words wrapped from the numbering on), the rest below; the
 * group's label, wrapped at `groupWidth` characters, opens the group's lines. Rows of no group
 * print on one line.
 */
function centredTable(tables: Tables, width: number, rng: () => number, numbering: 'apart' | 'with words' = 'apart', groupWidth = 5): string[] {
  const format = (tables as { format?: string }).format ?? '2021';
  const rows = Object.keys(LABELS).filter((key) => !(format === '2019' && (key === 'otherHandling.noCorrection' || key === 'otherHandling.feeUnpaid')));
  const lines = [APPLICATION_NOTE, '申请人情况', `                     ${APPLICANT_HEADERS.join('   ')}`];
  const numbers = (key: string): string => COLUMNS.map((c) => String(valueAt(tables, `applications.${key}.${c}`) ?? '').padEnd(6)).join(' ');
  let group: { words: string[]; lines: string[] } | null = null;
  const flush = (): void => {
    if (group === null) return;
    group.lines.forEach((line, i) => {
      const word = group?.words[i];
      lines.push(word === undefined ? `          ${line}` : `${word.padEnd(6, '\u3000')}    ${line}`);
    });
    group = null;
  };
  for (const key of rows) {
    const printed = LABELS[key];
    if (printed === undefined) continue;
    const label = format === '2019' && key === 'otherHandling.other' ? SINGLE_OTHER_HANDLING_LABEL : printed.label;
    const inGroup = key.includes('.') && !(format === '2019' && key === 'otherHandling.other');
    if (printed.group !== undefined) flush();
    if (!inGroup) {
      flush();
      if (printed.part !== undefined) lines.push(printed.part);
      lines.push(`${label}    ${numbers(key)}`);
      continue;
    }
    if (printed.group !== undefined) group = { words: chunks(printed.group, groupWidth), lines: [] };
    if (numbering === 'apart') {
      // The numbering alone on the numbers' line, the words around it.
      const own = ROW_NUMBERING.exec(label)?.[0] ?? '';
      const words = chunks(label.slice(own.length), width);
      const up = rng() < 0.5 ? Math.floor(words.length / 2) : Math.ceil(words.length / 2);
      group?.lines.push(...words.slice(0, up).map((w) => ` ${w}`), `${own.padEnd(8)}${numbers(key)}`, ...words.slice(up));
    } else {
      // The label wrapped from its numbering on, the numbers beside its middle line.
      const words = chunks(label, width);
      const up = Math.min(words.length - 1, rng() < 0.5 ? Math.floor((words.length - 1) / 2) : Math.ceil((words.length - 1) / 2));
      group?.lines.push(...words.slice(0, up), `${(words[up] ?? '').padEnd(8, '\u3000')}  ${numbers(key)}`, ...words.slice(up + 1));
    }
  }
  flush();
  return lines;
}

describe('labels centred on their numbers (pdftotext -layout of narrow, centred label cells)', () => {
  for (const g of GOLDENS) {
    for (const numbering of ['apart', 'with words'] as const) {
    it(`${g.text}, the numbering ${numbering === 'apart' ? 'alone on the numbers\' line' : 'opening the words'}: every row of part 三 reads its own numbers, at every wrap width`, () => {
      const designed = JSON.parse(fixture(g.golden)) as Tables;
      const text = fixture(g.text);
      const rng = mulberry32(16);
      const notRight: string[] = [];
      for (let width = 2; width <= 7; width++) {
        // The group's column 5 or 6 characters wide: `（三）不予` / `公开`, or `（三）不予公` / `开`.
        const input = withPart3(text, centredTable(designed, width, rng, numbering, 5 + (width % 2)));
        const cells = classify(parseReport(input, { file: 'centred.txt' }), designed).cells.filter((c) => c.path.startsWith('applications.'));
        expect(cells.length).toBeGreaterThanOrEqual(7 * 22);
        for (const c of cells) if (c.verdict !== 'right') notRight.push(`width ${width}: ${c.path} ${c.verdict}`);
      }
      // Wrapped two characters a line from its numbering, 2.没有现成信息需要另行制作 prints `没有` on a
      // line of its own: a mark for "none" where a number belongs, row by row, but read around the
      // numbers a word of the label, which it spells whole.
      expect(notRight).toEqual([]);
    });
    }
  }

  it('a row whose words above may end the label of the unread numbers before it is not read (`2. 要求` / numbers / `提供` / `公开` / `出版` / `物` / `3.` / numbers)', () => {
    const designed = JSON.parse(fixture(GOLDENS[0].golden)) as Tables;
    // Every label on one line above its numbers (wide enough, split upwards).
    const table = centredTable(designed, 40, () => 0.9);
    const head = table.findIndex((l) => l.trim() === '重复申请');
    const publication = table.findIndex((l, i) => i > head && /^\s*3\.\s+\d/.test(l));
    expect(head).toBeGreaterThan(0);
    expect(publication).toBe(head + 3);
    const numbers = (line: string | undefined): string => (line ?? '').replace(/^\s*\d+\./, '');
    // 2.重复申请 printed with its numbering glued to the first words of another label, which then
    // wrap under its numbers: `物` there may end its label as well as start 3.'s.
    const moved = [...table.slice(0, head), `          2. 要求${numbers(table[head + 1])}`, '提供', '公开', '出版', '物', `          3.${numbers(table[publication])}`, ...table.slice(publication + 1)];
    // 四、结转下年度继续办理's first number printed as a mark: the table's numbers are not all its
    // cells, and cannot be read in the order printed (formOrder.ts); the row-by-row doubt stands.
    const last = moved.findLastIndex((l) => /\d/.test(l));
    const marked = markedAt(moved, last);
    const report = parseReport(withPart3(fixture(GOLDENS[0].text), marked), { file: 'centred.txt' });
    expect(classify(report, designed).cells.filter((c) => c.verdict === 'wrong')).toEqual([]);
    expect(report.applications?.notProcessed?.publication).toBeNull();
    expect(report.diagnostics.find((d) => d.path === 'applications.notProcessed.publication')?.code).toBe('missing-row');
    // Every number printed, in the form's order: read so, every row and column adds up.
    const whole = parseReport(withPart3(fixture(GOLDENS[0].text), moved), { file: 'centred.txt' });
    expect(classify(whole, designed).cells.filter((c) => c.verdict === 'wrong')).toEqual([]);
    expect(whole.applications?.notProcessed?.publication).toEqual((designed as { applications: { notProcessed: { publication: unknown } } }).applications.notProcessed.publication);
    // Printed so without the words glued to 2., the words above are 3.'s alone: it reads.
    const plain = [...table.slice(0, head + 2), '提供', '公开', '出版', '物', `          3.${numbers(table[publication])}`, ...table.slice(publication + 1)];
    const read = parseReport(withPart3(fixture(GOLDENS[0].text), plain), { file: 'centred.txt' });
    expect(read.applications?.notProcessed?.publication).toEqual((designed as { applications: { notProcessed: { publication: unknown } } }).applications.notProcessed.publication);
  });
});
