/**
 * Plain `pdftotext` (no -layout) of a PDF that LibreOffice made of a Word report: part 三's numbers
 * all apart from their labels, in blocks that each run down one column (fixtures/damaged/pdftotext/
 * 13, 14 and 16 `.plain`):
 *
 *     1203        自然人's 本年新收 and 上年结转: a block
 *     742
 *
 *     2173        商业企业's
 *     177
 *     …
 *     121         then the rows below, one number a block, row after row
 *
 *     53
 *     …
 *     127         and the last rows of the page in pieces again
 *     1613
 *
 * The top rows' pieces come in whatever order the page's header words gave them (法律服务机构's
 * before 自然人's in 16), a column's rows may come as one piece or several, and part 四's first
 * numbers may follow before its heading. Every golden's part 三 is printed so, in several such
 * shapes: every cell must read its own number. Where the arithmetic cannot tell (a misprint, a
 * number lost or added), the table is not read so: no cell may hold another cell's number.
 */
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../src/index.js';
import { APPLICANT_HEADERS } from '../scripts/form.mjs';
import { classify, loadDamagedFixtures, type Tables } from './support/promise.js';
import { DISTINCT_GOLDENS, fixtureText, formRows, readPart3, withPart3, type PrintedRow } from './support/tables.js';

/** Rows printed together, one number a block, row after row. */
interface Run {
  run: number;
}

/**
 * Rows printed in column pieces: `rows` rows; `split(column)`, the lengths of that column's pieces,
 * top first (one piece of all the rows by default); `groups`, the columns in the order their
 * pieces are printed, a group's pieces level by level (each column's first piece, then each one's
 * second …).
 */
interface Band {
  band: number;
  split?: (column: number) => readonly number[];
  groups: ReadonlyArray<readonly number[]>;
}

type Segment = Run | Band;

const IN_ORDER = [[0], [1], [2], [3], [4], [5], [6]] as const;

/** The lines between a table's blocks: header words, a page's footer and header, the rows' labels. */
function wordsAfter(block: number, rows: readonly PrintedRow[]): string[] {
  if (block === 2) return ['', '社会', '公益', '组织'];
  if (block === 4) return ['', '—1—', '', '某某县人民政府 2024 年政府信息公开工作年度报告'];
  if (block === 6) return ['', ...rows.flatMap((r) => [r.part, r.group, r.label].filter((t): t is string => t !== undefined))];
  return [];
}

/** Part 三 as plain pdftotext prints it in `shape`: blocks of numbers a blank line apart, words between; `after`, lines after them. */
function blocksLayout(rows: readonly PrintedRow[], shape: readonly Segment[], after: readonly string[] = []): string[] {
  const blocks: string[][] = [];
  let from = 0;
  for (const segment of shape) {
    if ('run' in segment) {
      for (let r = from; r < from + segment.run; r++) for (const value of rows[r]?.values ?? []) blocks.push([value]);
      from += segment.run;
      continue;
    }
    const pieces = (column: number): string[][] => {
      const out: string[][] = [];
      let r = from;
      for (const length of segment.split?.(column) ?? [segment.band]) {
        out.push(rows.slice(r, r + length).map((row) => row.values[column] ?? ''));
        r += length;
      }
      return out;
    };
    for (const group of segment.groups) {
      const stacks = group.map(pieces);
      const levels = Math.max(...stacks.map((s) => s.length));
      for (let level = 0; level < levels; level++) {
        for (const stack of stacks) {
          const piece = stack[level];
          if (piece) blocks.push(piece);
        }
      }
    }
    from += segment.band;
  }
  expect(from).toBe(rows.length);
  const out = ['申请人情况', ...APPLICANT_HEADERS.slice(0, 3), ''];
  blocks.forEach((block, i) => out.push(...block, '', ...wordsAfter(i, rows)));
  return [...out, ...after];
}

/** The shapes of the fixtures, for a table of `n` rows (25, or 23 in the 2019 form). */
const SHAPES: Record<string, (n: number) => Segment[]> = {
  // 13: four top rows, most columns in two pieces printed level by level, one column whole; the last rows of a page in pieces.
  'pieces of two and four rows, level by level': (n) => [
    { band: 4, split: (c) => (c === 4 ? [4] : [2, 2]), groups: [[0, 1, 2, 3], [4], [5, 6]] },
    { run: n - 7 },
    { band: 2, groups: IN_ORDER },
    { run: 1 },
  ],
  // 16: the top pieces in the header's order, not the columns'; a band again in the middle and at the end.
  'pieces out of column order': (n) => [
    { band: 4, groups: [[4], [2], [3], [0], [1], [5], [6]] },
    { run: n - 13 },
    { band: 2, groups: IN_ORDER },
    { run: 4 },
    { band: 3, groups: [[6], [5], [4], [3], [2], [1], [0]] },
  ],
  // 14: two rows at the top and two at the bottom in pieces.
  'two rows of pieces at each end': (n) => [{ band: 2, groups: IN_ORDER }, { run: n - 4 }, { band: 2, groups: IN_ORDER }],
  'one run of single numbers': (n) => [{ run: n }],
};

/** Part 四's first numbers, printed before its heading. */
const PART4_BEFORE_ITS_HEADING = ['49', '33', '29', '', '118', ''];

const blocksNotes = (report: Report) => report.diagnostics.filter((d) => d.code === 'recovered-pairing' && /blocks that each run down one column/.test(d.message));

describe('part 三 in blocks of numbers down its columns (plain pdftotext of LibreOffice PDFs)', () => {
  for (const g of DISTINCT_GOLDENS) {
    for (const [name, shape] of Object.entries(SHAPES)) {
      it(`${g.text}: ${name}`, () => {
        const { report, cells } = readPart3(g, (t) => { const rows = formRows(t); return blocksLayout(rows, shape(rows.length), PART4_BEFORE_ITS_HEADING); }, `${g.text}.blocks.txt`);
        expect(cells.filter((c) => c.verdict !== 'right').map((c) => `${c.path}: ${c.got} (${c.designed})`)).toEqual([]);
        expect(cells.length).toBeGreaterThanOrEqual(161);
        const designed = JSON.parse(fixtureText(g.golden)) as Tables;
        expect(blocksNotes(report)).toHaveLength(formRows(designed).length);
      });
    }
  }

  it('says where the numbers were and how each row read, in Chinese too', () => {
    const g = DISTINCT_GOLDENS[0];
    const designed = JSON.parse(fixtureText(g.golden)) as Tables;
    const rows = formRows(designed);
    const text = withPart3(fixtureText(g.text), blocksLayout(rows, SHAPES['pieces out of column order']?.(rows.length) ?? []));
    const en = parseReport(text, { file: 'x.txt' });
    const zh = parseReport(text, { file: 'x.txt', lang: 'zh' });
    const note = blocksNotes(en).find((d) => d.path === 'applications.newReceived');
    expect(note?.severity).toBe('info');
    expect(note?.message).toContain(`read as ${rows[0]?.values.join(', ')}`);
    expect(note?.message).toMatch(/all its 175 numbers away from its labels, between lines \d+ and \d+, in 133 blocks/);
    const zhNote = zh.diagnostics.find((d) => d.path === 'applications.newReceived' && d.code === 'recovered-pairing');
    expect(zhNote?.message).toContain('分成 133 段');
    expect(zhNote?.message).toContain(`按（${rows[0]?.values.join('、')}）读出`);
  });
});

describe('blocks the arithmetic cannot place are not read', () => {
  const g = DISTINCT_GOLDENS[1];
  const designed = JSON.parse(fixtureText(g.golden)) as Tables;
  const shape = SHAPES['pieces out of column order'];
  const parse = (rows: readonly PrintedRow[], edit: (lines: string[]) => string[] = (l) => l) =>
    parseReport(withPart3(fixtureText(g.text), edit(blocksLayout(rows, shape?.(rows.length) ?? []))), { file: 'x.txt' });
  /** Cells holding a number that is not the golden's (`except`: a misprinted cell, right as printed). */
  const wrong = (report: Report, except?: string) =>
    classify(report, designed).cells.filter((c) => c.verdict === 'wrong' && c.path !== except).map((c) => `${c.path}: ${c.got}`);

  it('a misprint: the table does not add up, so nothing is placed', () => {
    const report = parse(formRows(designed, { 'denied.thirdPartyRights': [2, '999'] }));
    expect(blocksNotes(report)).toEqual([]);
    expect(wrong(report, 'applications.denied.thirdPartyRights.research')).toEqual([]);
  });

  it('a number lost, or a page number among them: not placed, no cell wrong', () => {
    const rows = formRows(designed);
    const lost = parse(rows, (lines) => lines.filter((l, i) => !(i > 40 && l === rows[10]?.values[3])));
    const added = parse(rows, (lines) => [...lines.slice(0, 60), '2', '', ...lines.slice(60)]);
    for (const report of [lost, added]) {
      expect(blocksNotes(report)).toEqual([]);
      expect(wrong(report)).toEqual([]);
    }
  });

  it('two columns whose pieces could trade places and still add up: left unread', () => {
    // 科研机构 printed as 商业企业 below its top piece, which differs by ±1 (its sums kept): the two
    // top pieces then fit either column, and every row and column adds up both ways.
    const shift = [1, -1, 1, -1];
    const rows = formRows(designed).map((row, r) => {
      const values = row.values.map(Number);
      values[2] = (values[1] ?? 0) + (shift[r] ?? 0);
      values[6] = values.slice(0, 6).reduce((a, b) => a + b, 0);
      return { ...row, values: values.map(String) };
    });
    const report = parse(rows);
    expect(blocksNotes(report)).toEqual([]);
    // Printed with the two columns' top pieces equal, the same table reads.
    const plain = parse(rows.map((row, r) => (r < 4 ? { ...row, values: row.values.map((v, c) => (c === 2 ? String(Number(row.values[1]) + 0) : c === 6 ? String(Number(v) - (shift[r] ?? 0)) : v)) } : row)));
    expect(blocksNotes(plain)).toHaveLength(25);
  });

  it('pieces of zeros: placed in any order they read the same, so the table reads (the 2019 form)', () => {
    const g2019 = DISTINCT_GOLDENS[2];
    const zeroed = JSON.parse(fixtureText(g2019.golden)) as Tables & { applications: unknown };
    zeroed.applications = JSON.parse(JSON.stringify(zeroed.applications, (_key, value: unknown) => (typeof value === 'number' ? 0 : value)));
    const rows = formRows(zeroed);
    const report = parseReport(withPart3(fixtureText(g2019.text), blocksLayout(rows, SHAPES['pieces out of column order']?.(rows.length) ?? [])), { file: 'x.txt' });
    const cells = classify(report, zeroed).cells.filter((c) => c.path.startsWith('applications.'));
    expect(cells.filter((c) => c.verdict !== 'right').map((c) => c.path)).toEqual([]);
    expect(blocksNotes(report)).toHaveLength(rows.length);
  });

  it('an all-zero report of the 2021 form: its 175 zeros also fit the 2019 form’s 161 cells and part 四 after them, so not read; no cell wrong', () => {
    const zeros = JSON.parse(fixtureText('000_02e88f20f87b4541.json')) as Tables;
    const rows = formRows(zeros);
    const report = parseReport(withPart3(fixtureText('000_02e88f20f87b4541.txt'), blocksLayout(rows, SHAPES['two rows of pieces at each end']?.(rows.length) ?? [])), { file: 'x.txt' });
    expect(blocksNotes(report)).toEqual([]);
    expect(classify(report, zeros).cells.filter((c) => c.path.startsWith('applications.') && c.verdict === 'wrong')).toEqual([]);
  });
});

describe('the real outputs', () => {
  const damaged = loadDamagedFixtures().filter((f) => /pdftotext\/1[346]-.*\.plain$/.test(f.name));

  it.each(damaged.map((f) => [f.name, f] as const))('%s: every cell of part 三 right', (_name, f) => {
    const report = parseReport(f.bytes, { file: f.file });
    const cells = classify(report, f.designed).cells.filter((c) => c.path.startsWith('applications.'));
    expect(cells.filter((c) => c.verdict !== 'right').map((c) => c.path)).toEqual([]);
  });

  it('finds all three', () => expect(damaged).toHaveLength(3));
});
