/**
 * A row whose cell count is off because converters lost a cell boundary or made one up: two numbers
 * in one cell with a space between them (`975 901`, which also reads as the one number 975901), or
 * a blank cell where the row has none (a PDF column the row does not line up with; Chromium's print
 * of a Word-made page gives both). Read only when exactly one reading gives the form's cells and
 * adds up (`recovered-cells`); before, such rows were `null` or, with a blank elsewhere in the
 * row, read one column over (wrong values, then a `row-total` error that was the parser's).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../src/index.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/** Tab rows, every cell distinct: 003's renumbered copy; and 002's, aligned with spaces. */
const LAYOUTS = [
  { name: 'tab rows', file: '003_6a46581b0013c0e7.renumbered.txt', golden: '003_6a46581b0013c0e7.renumbered.json', sep: '\t' },
  { name: 'space-aligned', file: 'variants/002-layout.txt', golden: '002_4a61cbdbb397b0fd.renumbered.json', sep: '    ' },
] as const;

const CARRIED = '上年结转政府信息公开申请数量';
const SECRET = '属于国家秘密';

/** The text with the numbers of the row whose label ends `label` printed as `cells` (null: a blank cell). */
function withRow(text: string, label: string, cells: ReadonlyArray<string | null>, sep: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(label));
  if (i < 0) throw new Error(`no row ${label}`);
  const line = lines[i]!;
  const head = line.slice(0, line.indexOf(label) + label.length);
  lines[i] = `${head}${sep}${cells.map((c) => c ?? (sep === '\t' ? '' : ' '.repeat(6))).join(sep)}`;
  return lines.join('\n');
}

const parse = (text: string): Report => parseReport(text, { file: 'input.txt' });
const codes = (r: Report, path: string): string[] => r.diagnostics.filter((d) => d.path === path).map((d) => d.code);

for (const layout of LAYOUTS) {
  const text = fixture(layout.file);
  const golden = JSON.parse(fixture(layout.golden)) as Report;
  const carried = Object.values(golden.applications!.carriedOver!).map(String);
  const secret = Object.values(golden.applications!.denied!.stateSecret!).map(String);

  describe(`a row's cells read back (${layout.name})`, () => {
    it('the golden rows are distinct non-zero numbers, so a cell one column over shows', () => {
      expect(new Set(carried).size).toBe(7);
      expect(carried.every((c) => Number(c) > 0)).toBe(true);
    });

    // A space-aligned line has no blank cells: more spaces are only a wider gap.
    const blank = layout.sep === '\t';
    const cases: Array<{ name: string; row: string; cells: Array<string | null>; blanks: number }> = [
      { name: 'two numbers in one cell (975 901)', row: CARRIED, cells: [carried[0]!, carried[1]!, `${carried[2]} ${carried[3]}`, ...carried.slice(4)], blanks: 0 },
      { name: 'two numbers in one cell, and a blank cell before them', row: CARRIED, cells: [null, carried[0]!, carried[1]!, `${carried[2]} ${carried[3]}`, ...carried.slice(4)], blanks: 1 },
      { name: 'two numbers in one cell, and a blank cell in the row', row: CARRIED, cells: [carried[0]!, carried[1]!, `${carried[2]} ${carried[3]}`, null, ...carried.slice(4)], blanks: 1 },
      { name: 'a stray blank cell between the numbers', row: SECRET, cells: [...secret.slice(0, 6), null, secret[6]!], blanks: 1 },
    ];
    for (const c of cases.filter((x) => blank || x.blanks === 0)) {
      it(`${c.name}: read as the form's cells, with recovered-cells`, () => {
        const path = c.row === CARRIED ? 'applications.carriedOver' : 'applications.denied.stateSecret';
        const report = parse(withRow(text, c.row, c.cells, layout.sep));
        const want = c.row === CARRIED ? golden.applications!.carriedOver : golden.applications!.denied!.stateSecret;
        const got = c.row === CARRIED ? report.applications!.carriedOver : report.applications!.denied!.stateSecret;
        expect(got).toEqual(want);
        expect(codes(report, path)).toEqual(['recovered-cells']);
        const d = report.diagnostics.find((x) => x.code === 'recovered-cells')!;
        expect(d.severity).toBe('info');
        expect(d.message).toContain(`read as ${Object.values(want!).join(', ')}`);
        if (c.cells.some((x) => x?.includes(' '))) expect(d.message).toContain(`“${carried[2]} ${carried[3]}” as 2 cells`);
        if (c.blanks > 0) expect(d.message).toContain('the blank cell left out');
        // No error of the report's arithmetic that the parser made.
        expect(report.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
      });
    }

    it('a word a report prints for none (无) and a piece of a label before the numbers: the label\'s, the numbers read as the form\'s cells (print-sweep seed 70, case 28)', () => {
      // pdftotext -layout of a label over two lines, the group's (`（四）无法提供`) and the row's
      // (`…仍不明确`): `无   仍   3   13   15 227   21   7 286`. Read with 无 as a cell, 3 stood in 科研机构.
      const report = parse(withRow(text, CARRIED, ['无', '仍', carried[0]!, carried[1]!, `${carried[2]} ${carried[3]}`, ...carried.slice(4)], layout.sep));
      expect(report.applications!.carriedOver).toEqual(golden.applications!.carriedOver);
      const d = report.diagnostics.find((x) => x.path === 'applications.carriedOver')!;
      expect(d.code).toBe('recovered-cells');
      expect(d.message).toContain('“无” read as the rest of the label and “仍” read as the rest of the label');
      // 无 alone before the numbers, no word with it: a cell, as printed (one too many: not read).
      const alone = parse(withRow(text, CARRIED, ['无', ...carried], layout.sep));
      expect(Object.values(alone.applications!.carriedOver!)).toEqual(Array(7).fill(null));
      expect(alone.diagnostics.filter((x) => x.path === 'applications.carriedOver').map((x) => [x.code, x.message])).toEqual([
        ['cell-count', `row “二、上年结转政府信息公开申请数量” prints 8 values where the form has 7 cells (无 ${carried.join(' ')}); its values were not read`],
      ]);
    });

    it('a thousands-spaced number in a row that has its cells is still one number (the validator checks it)', () => {
      const cells = [...carried];
      cells[0] = '1 234';
      const report = parse(withRow(text, CARRIED, cells, layout.sep));
      expect(report.applications!.carriedOver!.naturalPerson).toBe(1234);
      expect(codes(report, 'applications.carriedOver')).toEqual([]);
      expect(report.diagnostics.map((d) => d.code)).toContain('row-total');
    });

    // A space-aligned line has no blank cells to read two ways: these two are tab rows' alone.
    if (blank) it('a spaced number where no reading adds up: null with cell-count, not read one column over', () => {
      const cells: Array<string | null> = [carried[0]!, carried[1]!, `${carried[2]} ${carried[3]}`, null, carried[4]!, carried[5]!, String(Number(carried[6]) + 1)];
      const report = parse(withRow(text, CARRIED, cells, layout.sep));
      expect(Object.values(report.applications!.carriedOver!)).toEqual(Array(7).fill(null));
      const d = report.diagnostics.find((x) => x.path === 'applications.carriedOver')!;
      expect(d.code).toBe('cell-count');
      expect(d.message).toContain(`(“${carried[2]} ${carried[3]}” as one number or as 2 cells, its blank cells kept or left out), and its arithmetic does not tell which is meant`);
    });

    if (blank) it('two readings that both add up: null with cell-count, listing both ways', () => {
      // `0 000` is 0 as one number and 0, 0 as two cells; with a blank cell both readings give 7 cells that add up.
      const cells = ['5', '0 000', '3', '2', '1', null, '11'];
      const report = parse(withRow(text, CARRIED, cells, layout.sep));
      expect(Object.values(report.applications!.carriedOver!)).toEqual(Array(7).fill(null));
      const d = report.diagnostics.find((x) => x.path === 'applications.carriedOver')!;
      expect(d.code).toBe('cell-count');
      expect(d.message).toContain('“0 000” as one number or as 2 cells, its blank cells kept or left out');
    });
  });
}

describe('the cell-count message counts blank cells as cells', () => {
  it('seven numbers and a blank where the form has seven cells is not “7 values where the form has 7”', () => {
    const text = fixture('003_6a46581b0013c0e7.renumbered.txt');
    const golden = JSON.parse(fixture('003_6a46581b0013c0e7.renumbered.json')) as Report;
    const secret = Object.values(golden.applications!.denied!.stateSecret!).map(String);
    // One more than the total: no reading adds up, so the row is not read.
    const cells = [...secret.slice(0, 6), null, String(Number(secret[6]) + 1)];
    const report = parseReport(withRow(text, SECRET, cells, '\t'), { file: 'input.txt' });
    const d = report.diagnostics.find((x) => x.path === 'applications.denied.stateSecret')!;
    expect(d.code).toBe('cell-count');
    expect(d.message).toMatch(/prints 8 cells, 1 of them blank, where the form has 7/);
    const zh = parseReport(withRow(text, SECRET, cells, '\t'), { file: 'input.txt', lang: 'zh' });
    expect(zh.diagnostics.find((x) => x.path === 'applications.denied.stateSecret')!.message).toContain('有 8 个单元格（其中 1 个空白），但表式中该行只有 7 列');
  });
});
