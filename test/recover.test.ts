/**
 * src/tables/cutDigits.ts and crossRows.ts: cutting run-together digits into a row's cells, and choosing between
 * the cuts of ambiguous rows with a table's column rules. Unit tests of the search, its pruning
 * and its bound; fixtures/runtogether (test/runtogether.test.ts) covers whole reports.
 */
import { describe, expect, it } from 'vitest';
import { APPLICATION_ROWS } from '../src/catalog/applications.js';
import { chooseAcrossRows, CROSS_ROW_LIMIT, type ColumnRule, type RowState } from '../src/tables/crossRows.js';
import { enumerateCuts, isDigitRun, MAX_CUTS, piecesOf, recoverDigits, recoverSigned, SEARCH_LIMIT, sumBounds, type CutShape, type Piece } from '../src/tables/cutDigits.js';
import type { RowContext } from '../src/tables/rowValues.js';
import { rowValues } from './support/rendered.js';
import type { Cell } from '../src/tokens.js';

const digits = (...runs: string[]): Piece[] => runs.map((d) => ({ kind: 'digits', digits: d }));
const matrixRow: CutShape = { cells: 7, sumGroups: [7] };
const part4: CutShape = { cells: 15, sumGroups: [5, 5, 5] };
const reviewGroup: CutShape = { cells: 5, sumGroups: [5] };
const free3: CutShape = { cells: 3, sumGroups: [] };
const valuesOf = (pieces: Piece[], shape: CutShape) => enumerateCuts(pieces, shape).cuts.map((c) => c.values);
const cell = (kind: Cell['kind'], raw: string, value?: number): Cell =>
  kind === 'number' ? { kind, raw, line: 3, value: value ?? Number(raw) } : { kind, raw, line: 3 };

describe('piecesOf', () => {
  it('splits runs at their spaces; a cell boundary is a cut; other cells stay whole', () => {
    const pieces = piecesOf([cell('digits', '20 0 00'), cell('number', '121', 121), cell('number', '-5', -5), cell('placeholder', '—')]);
    expect(pieces).toEqual([
      { kind: 'digits', digits: '20' },
      { kind: 'digits', digits: '0' },
      { kind: 'digits', digits: '00' },
      { kind: 'digits', digits: '121' },
      { kind: 'whole', cell: expect.objectContaining({ raw: '-5' }), value: -5 },
      { kind: 'whole', cell: expect.objectContaining({ raw: '—' }), value: null },
    ]);
  });

  it('reads full-width digits', () => {
    expect(piecesOf([cell('digits', '８０１')])).toEqual(digits('801'));
  });
});

describe('isDigitRun', () => {
  it('takes digits with spaces between them, and nothing else', () => {
    expect(isDigitRun(cell('digits', '20 0  00'))).toBe(true);
    expect(isDigitRun(cell('number', '８０１', 801))).toBe(true);
    expect(isDigitRun(cell('number', '1,234', 1234))).toBe(false);
    expect(isDigitRun(cell('digits', '20 0 '))).toBe(true); // as printed, trimmed
    expect(isDigitRun(cell('text', '20 0'))).toBe(false);
  });

  // Issue 15: the pattern /^\d+(?: +\d+)*$/ overflowed the stack on a run of a million `1 2 3`
  // (6 MB, one line of a hostile file).
  it('a run of a million `1 2 3` (6 MB) is a digit run, not a stack overflow', () => {
    expect(isDigitRun(cell('digits', '1 2 3 '.repeat(1_000_000).trim()))).toBe(true);
  });
});

describe('enumerateCuts', () => {
  it('finds the one cut of 801000081 into seven cells whose total is the sum of the six', () => {
    expect(valuesOf(digits('801000081'), matrixRow)).toEqual([[80, 1, 0, 0, 0, 0, 81]]);
  });

  it('treats every space as a cut: 20 0 00 0 121 is 20, 0, 0, 0, 0, 1, 21', () => {
    expect(valuesOf(digits('20', '0', '00', '0', '121'), matrixRow)).toEqual([[20, 0, 0, 0, 0, 1, 21]]);
  });

  it('never gives a cell a leading zero, but a lone 0 is a cell', () => {
    expect(valuesOf(digits('0012'), free3)).toEqual([[0, 0, 12]]);
    expect(valuesOf(digits('000'), free3)).toEqual([[0, 0, 0]]);
  });

  it('returns every cut that fits, in reading order', () => {
    expect(valuesOf(digits('100001011'), matrixRow)).toEqual([
      [1, 0, 0, 0, 0, 10, 11],
      [10, 0, 0, 0, 1, 0, 11],
    ]);
    expect(valuesOf(digits('1120000'), free3)).toEqual([
      [1, 1, 20000],
      [1, 12000, 0],
      [11, 2000, 0],
      [11200, 0, 0],
    ]);
  });

  it('returns nothing when no cut fits the arithmetic, or the digits cannot make the cells', () => {
    expect(valuesOf(digits('1234567'), matrixRow)).toEqual([]);
    expect(valuesOf(digits('12'), free3)).toEqual([]);
    expect(valuesOf(digits('1'.repeat(28)), free3)).toEqual([]); // a cell holds at most 9 digits
  });

  it('cuts part 四 into three groups of five, each adding up', () => {
    expect(valuesOf(digits('110024001510102'), part4)).toEqual([[1, 1, 0, 0, 2, 4, 0, 0, 1, 5, 1, 0, 1, 0, 2]]);
    expect(valuesOf(digits('10010110000020002'), part4)).toHaveLength(2);
  });

  it('keeps cells printed whole (a sign, a decimal, a mark) as one cell each', () => {
    const pieces: Piece[] = [...digits('95'), { kind: 'whole', cell: cell('number', '-5', -5), value: -5 }, ...digits('7923')];
    const search = enumerateCuts(pieces, free3);
    expect(search.cuts.map((c) => c.values)).toEqual([[95, -5, 7923]]);
    expect(search.cuts[0]!.cells.map((c) => c.raw)).toEqual(['95', '-5', '7923']);
  });

  it('prunes by the total: a row with arithmetic takes a few thousand steps where cutting freely hits the bound', () => {
    const run = digits('223120559801371130217589697');
    const summed = enumerateCuts(run, matrixRow);
    expect(summed.cuts.map((c) => c.values)).toEqual([[2231, 2055, 980, 1371, 1302, 1758, 9697]]);
    expect(summed.complete).toBe(true);
    expect(summed.steps).toBeLessThan(20_000);
    const free = enumerateCuts(run, { cells: 7, sumGroups: [] });
    expect(free.complete).toBe(false);
  });

  it('stops at SEARCH_LIMIT steps and says the search is incomplete', () => {
    const search = enumerateCuts(digits('1'.repeat(40)), { cells: 7, sumGroups: [] }, { cuts: Infinity });
    expect(search.complete).toBe(false);
    expect(search.steps).toBe(SEARCH_LIMIT + 1);
  });

  it('stops after MAX_CUTS cuts', () => {
    const search = enumerateCuts(digits('1'.repeat(40)), { cells: 7, sumGroups: [] });
    expect(search.cuts).toHaveLength(MAX_CUTS);
    expect(search.complete).toBe(false);
  });

  // The work is counted in steps, not timed: a wall-clock bound fails on a busy machine and passes
  // a slow search on a fast one. The step bound is what keeps a hostile run from taking long.
  it('stays within the step bound on hostile runs of 200 digits, whatever the row', () => {
    const hostile = ['1'.repeat(200), '10'.repeat(100), '0'.repeat(200), '123456789'.repeat(22).slice(0, 200)];
    const shapes: CutShape[] = [matrixRow, part4, free3, { cells: 5, sumGroups: [5] }];
    for (const run of hostile) {
      for (const shape of shapes) {
        const search = enumerateCuts(digits(run), shape);
        expect(search.steps).toBeLessThanOrEqual(SEARCH_LIMIT + 1);
        // Also spread over spaces: 200 digits in groups of 3.
        expect(enumerateCuts(digits(...run.match(/.{1,3}/g)!), shape).steps).toBeLessThanOrEqual(SEARCH_LIMIT + 1);
      }
    }
  });

  it('completes within the step bound on the hardest runs a random search found (many valid-looking cells)', () => {
    const search = enumerateCuts(digits('21131321311222222333121332211223331123'), matrixRow);
    expect(search.complete).toBe(true);
    expect(search.steps).toBeLessThan(SEARCH_LIMIT);
  });
});

describe('sumBounds', () => {
  it('gives the least and most that cells printing so many digits can add up to', () => {
    expect(sumBounds(6, 3, 2)).toEqual([30, 297]); // 10+10+10 … 99+99+99
    expect(sumBounds(4, 3, 2)).toEqual([10, 117]); // 10+0+0 … 99+9+9
    expect(sumBounds(3, 3, 1)).toEqual([0, 27]);
    expect(sumBounds(7, 3, 2)).toEqual([Infinity, -Infinity]); // cannot be printed
  });
});

describe('recoverDigits', () => {
  const run = (raw: string): Cell[] => [cell('digits', raw)];

  it('recovers a row with one cut', () => {
    const recovery = recoverDigits(run('801000081'), matrixRow);
    expect(recovery).toMatchObject({ kind: 'recovered', printed: '801000081', cut: { values: [80, 1, 0, 0, 0, 0, 81] } });
    if (recovery.kind === 'recovered') expect(recovery.cut.cells.every((c) => c.line === 3)).toBe(true);
  });

  it('lists the candidates of a row with several cuts', () => {
    expect(recoverDigits(run('100001011'), matrixRow)).toMatchObject({ kind: 'ambiguous', complete: true, candidates: [{ values: [1, 0, 0, 0, 0, 10, 11] }, { values: [10, 0, 0, 0, 1, 0, 11] }] });
  });

  it('gives up on a row with none, keeping the digits as printed', () => {
    expect(recoverDigits(run('20 0 00 0 122'), matrixRow)).toEqual({ kind: 'unrecoverable', printed: '20 0 00 0 122', gaveUp: false });
  });

  // Print sweep seed 51 case 52 (plain pdftotext of Chromium's PDF): 4.无正当理由大量反复申请 printed
  // short, `4 19 212 19`, its others elsewhere; the one cut that fits, 4 1 9 2 1 2 19, was read (6 wrong).
  it('does not take the only cut that fits when it cuts two or more numbers of a few digits a space apart further', () => {
    expect(recoverDigits(run('4 19 212 19'), matrixRow)).toMatchObject({ kind: 'ambiguous', complete: true, fewDigits: 'few', candidates: [{ values: [4, 1, 9, 2, 1, 2, 19] }] });
    // A row with no sums (part 二), its numbers apart as printed, one of them cut (print sweep seed 174
    // case 3: 行政处罚's `24` / `-10`, its third cell printed elsewhere): not taken. Digits run together
    // with no space, cut by the count alone, are (a crawler's run).
    expect(recoverDigits([cell('number', '24'), cell('number', '-10', -10)], free3)).toMatchObject({ kind: 'ambiguous', fewDigits: 'noSums', candidates: [{ values: [2, 4, -10] }] });
    expect(recoverDigits(run('0012'), free3)).toMatchObject({ kind: 'recovered', cut: { values: [0, 0, 12] } });
    // Four digits each (print sweep seed 148 case 16: 一、本年新收's first four cells, the others printed apart).
    expect(recoverDigits(run('1187 1279 3473 611'), matrixRow)).toMatchObject({ kind: 'ambiguous', complete: true, fewDigits: 'few', candidates: [{ values: [118, 7, 127, 9, 347, 3, 611] }] });
    // One such number cut (two cells run together), or longer numbers cut (a crawler's run): taken.
    expect(recoverDigits(run('1 12 3 4 5 16'), matrixRow)).toMatchObject({ kind: 'recovered', cut: { values: [1, 1, 2, 3, 4, 5, 16] } });
    expect(recoverDigits(run('0 22 10290 0 22653316'), matrixRow)).toMatchObject({ kind: 'recovered', cut: { values: [0, 22, 1029, 0, 0, 2265, 3316] } });
  });

  // Print sweep seed 84 case 39 (plain pdftotext): part 四 printed as a list, `总计 结果维持` / `2092 13`,
  // 未经复议直接起诉's 总计 and 复议后起诉's first cell; the one cut into five that fits, 2 0 9 2 13, was read.
  it('does not take the only cut that fits when it cuts one number a space apart into a digit a cell', () => {
    expect(recoverDigits(run('2092 13'), reviewGroup)).toMatchObject({ kind: 'ambiguous', complete: true, fewDigits: 'single', candidates: [{ values: [2, 0, 9, 2, 13] }] });
    // Another number cut as well, not a digit a cell (print sweep seed 20 case 12: （七）总计's `6161 3219`):
    // both of four digits or fewer, cut further, it is the `few` of the tests above.
    expect(recoverDigits(run('6161 3219'), matrixRow)).toMatchObject({ kind: 'ambiguous', complete: true, fewDigits: 'few', candidates: [{ values: [6, 1, 6, 1, 3, 2, 19] }] });
    // Digits run together with no space, a digit a cell: taken (a row of zeros printed so).
    expect(recoverDigits(run('0000000'), matrixRow)).toMatchObject({ kind: 'recovered', cut: { values: [0, 0, 0, 0, 0, 0, 0] } });
    // Two cells of a number cut, among numbers a space apart: taken.
    expect(recoverDigits(run('1 2 3 4 5 1530'), matrixRow)).toMatchObject({ kind: 'recovered', cut: { values: [1, 2, 3, 4, 5, 15, 30] } });
  });
});

describe('rowValues on more cells than the form has, blank at both ends (rowValues.ts)', () => {
  const row: RowContext = { path: 'applications.granted', label: '（一）予以公开', columns: APPLICATION_ROWS.granted.columns, line: 3, sumGroups: [7] };
  const blank = cell('empty', '');
  const numbers = (...values: number[]) => values.map((v) => cell('number', String(v)));

  it('drops the blank that the row’s sum confirms', () => {
    // [blank, 1 … 5, 15] adds up (1 + … + 5 = 15); [1 … 5, 15, blank] does not.
    expect(rowValues([blank, ...numbers(1, 2, 3, 4, 5, 15), blank], row)).toEqual({ values: [null, 1, 2, 3, 4, 5, 15], diagnostics: [expect.objectContaining({ code: 'blank-cell' })] });
  });

  it('reads nothing when no way of dropping the blanks adds up: which column is which cannot be told', () => {
    const { values, diagnostics } = rowValues([blank, ...numbers(1, 2, 3, 4, 5, 6), blank], row);
    expect(values).toEqual(Array(7).fill(null));
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'cell-count', severity: 'error', path: 'applications.granted', line: 3 })]);
    expect(diagnostics[0]!.message).toBe(
      'row “（一）予以公开” prints 8 cells, blank ones at both ends, where the form has 7 (□ 1 2 3 4 5 6 □); which blank cells belong to the row cannot be told (no way of reading it adds up), so its values were not read',
    );
  });
});

describe('rowValues on run-together cells (rowValues.ts)', () => {
  const row = (columns: number, sumGroups: number[] = []): RowContext => ({
    path: 'applications.granted',
    label: '（一）予以公开',
    columns: APPLICATION_ROWS.granted.columns.slice(0, columns),
    line: 3,
    sumGroups,
  });

  it('reads a recovered row and says so in an info diagnostic that quotes the digits', () => {
    const { values, diagnostics } = rowValues([cell('digits', '801000081')], row(7, [7]));
    expect(values).toEqual([80, 1, 0, 0, 0, 0, 81]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'recovered-digits', severity: 'info', path: 'applications.granted', line: 3 })]);
    expect(diagnostics[0]!.message).toContain('“801000081”');
    expect(diagnostics[0]!.message).toContain('80, 1, 0, 0, 0, 0, 81');
  });

  it('leaves an ambiguous row null and lists the candidate cuts', () => {
    const { values, diagnostics } = rowValues([cell('digits', '100001011')], row(7, [7]));
    expect(values).toEqual(Array(7).fill(null));
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'ambiguous-digits', severity: 'warning' })]);
    expect(diagnostics[0]!.message).toContain('[1, 0, 0, 0, 0, 10, 11] or [10, 0, 0, 0, 1, 0, 11]');
  });

  it('leaves an unrecoverable row null with the digits as printed', () => {
    const { values, diagnostics } = rowValues([cell('digits', '1234567')], row(7, [7]));
    expect(values).toEqual(Array(7).fill(null));
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'unrecoverable-digits', severity: 'warning' })]);
    expect(diagnostics[0]!.message).toContain('“1234567”');
  });

  it('accepts a row with no arithmetic only when one cut is possible', () => {
    expect(rowValues([cell('digits', '000')], row(3)).values).toEqual([0, 0, 0]);
    const ambiguous = rowValues([cell('digits', '5589126475')], row(3));
    expect(ambiguous.values).toEqual([null, null, null]);
    expect(ambiguous.diagnostics[0]).toMatchObject({ code: 'ambiguous-digits' });
    expect(ambiguous.diagnostics[0]!.message).toContain('no arithmetic');
  });

  it('reads cells that spaces already separate, and a one-cell row glued to its label, without a diagnostic', () => {
    expect(rowValues([cell('digits', '20 0 0 0 0 1 21')], row(7, [7]))).toEqual({ values: [20, 0, 0, 0, 0, 1, 21], diagnostics: [] });
    expect(rowValues([cell('digits', '4759')], row(1))).toEqual({ values: [4759], diagnostics: [] });
  });

  it('cuts a lone run of plain digits printed in its own cell (a number to the tokenizer)', () => {
    expect(rowValues([cell('empty', ''), cell('number', '801000081', 801000081)], row(7, [7])).values).toEqual([80, 1, 0, 0, 0, 0, 81]);
  });

  it('still reports a short tab-separated row as a cell-count error, not a recovery', () => {
    const { diagnostics } = rowValues([cell('number', '12', 12), cell('number', '6', 6)], row(3));
    expect(diagnostics.map((d) => d.code)).toEqual(['cell-count']);
  });
});

describe('chooseAcrossRows', () => {
  // One rule over one column: a + b = total.
  const sum: ColumnRule[] = [{ code: 'handled-sum', terms: [{ row: 'a', sign: 1 as const }, { row: 'b', sign: 1 as const }, { row: 'total', sign: -1 as const }] }];
  const known = (...values: number[]): RowState => ({ kind: 'known', values });
  const choice = (...candidates: number[][]): RowState => ({ kind: 'choice', candidates });

  it('keeps only the candidates that some choice of the others lets satisfy the rules', () => {
    const rows = new Map<string, RowState>([
      ['a', choice([1, 10], [10, 1])],
      ['b', known(2, 0)],
      ['total', known(3, 10)],
    ]);
    const result = chooseAcrossRows(rows, sum, 2);
    expect(result).toMatchObject({ involved: ['a'], solutions: 1, complete: true });
    expect(result.narrowed).toEqual(new Map([['a', [0]]]));
  });

  it('cannot choose when the rules hold either way round', () => {
    const rows = new Map<string, RowState>([
      ['a', choice([1, 10], [10, 1])],
      ['b', choice([1, 10], [10, 1])],
      ['total', known(11, 11)],
    ]);
    const result = chooseAcrossRows(rows, sum, 2);
    expect(result.solutions).toBe(2);
    expect(result.narrowed).toEqual(new Map());
  });

  it('chooses nothing when no choice makes the rules hold (the report’s sums are wrong)', () => {
    const rows = new Map<string, RowState>([
      ['a', choice([1, 10], [10, 1])],
      ['b', known(2, 0)],
      ['total', known(30, 10)],
    ]);
    expect(chooseAcrossRows(rows, sum, 2)).toMatchObject({ solutions: 0, narrowed: new Map() });
  });

  it('does not use a rule over a row it cannot read, nor a column with an unread cell', () => {
    const unreadable = new Map<string, RowState>([
      ['a', choice([1, 10], [10, 1])],
      ['b', { kind: 'unknown' }],
      ['total', known(3, 10)],
    ]);
    expect(chooseAcrossRows(unreadable, sum, 2).involved).toEqual([]);
    const missing = new Map<string, RowState>([
      ['a', choice([1, 10], [10, 1])],
      ['total', known(3, 10)],
    ]);
    expect(chooseAcrossRows(missing, sum, 2).involved).toEqual([]);
    const oneColumn = new Map<string, RowState>([
      ['a', choice([1, 10], [10, 1])],
      ['b', { kind: 'known', values: [2, 0], unknownColumns: new Set([0]) }],
      ['total', known(3, 10)],
    ]);
    // Column 1 alone: a[1] = 10 → the first candidate.
    expect(chooseAcrossRows(oneColumn, sum, 2).narrowed).toEqual(new Map([['a', [0]]]));
  });

  it('stops at its bound on a hostile table, deciding nothing', () => {
    // Twenty rows with two interchangeable cuts each: 2^20 combinations satisfy the rule.
    const names = Array.from({ length: 20 }, (_, i) => `r${i}`);
    const rule: ColumnRule[] = [{ code: 'handled-sum', terms: [...names.map((row) => ({ row, sign: 1 as const })), { row: 'total', sign: -1 as const }] }];
    const rows = new Map<string, RowState>([...names.map((n): [string, RowState] => [n, choice([1, 10], [10, 1])]), ['total', known(110, 110)]]);
    const started = performance.now();
    const result = chooseAcrossRows(rows, rule, 2);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.complete).toBe(false);
    expect(result.narrowed).toEqual(new Map());
    expect(CROSS_ROW_LIMIT).toBeGreaterThan(0);
  });
});

describe('recoverSigned: the 2019 form’s signed changes run together (issue 16 layout 8)', () => {
  const run = (raw: string): Cell => ({ kind: 'digits', raw, line: 7 });
  const values = (r: ReturnType<typeof recoverSigned>) =>
    r?.kind === 'recovered' ? r.cut.values : r?.kind === 'ambiguous' ? r.candidates.map((c) => c.values) : r?.kind ?? null;

  it('cuts at the sign, which starts 本年增/减, when only one cut fits (no leading zero but a lone 0)', () => {
    expect(values(recoverSigned(run('0+11'), 3, 1))).toEqual([0, 1, 1]);
    expect(values(recoverSigned(run('3-12'), 3, 1))).toEqual([3, -1, 2]);
    expect(values(recoverSigned(run('8+501'), 3, 1))).toEqual([8, 50, 1]);
    expect(values(recoverSigned(run('87-9'), 2, 1))).toEqual([87, -9]);
    expect(values(recoverSigned(run('2＋61'), 2, 1))).toEqual([2, 61]);
  });

  it('gives every cut when more than one fits, and none when none does', () => {
    expect(values(recoverSigned(run('6+110'), 3, 1))).toEqual([
      [6, 1, 10],
      [6, 11, 0],
    ]);
    expect(values(recoverSigned(run('12+3'), 3, 1))).toBe('unrecoverable');
    expect(recoverSigned(run('1234'), 3, 1)).toBeNull();
  });
});
