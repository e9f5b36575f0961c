/**
 * A sample of the fuzz cases of scripts/fuzz.mjs (same engine, same checks) inside `npm test`:
 * parseReport never throws, returns a report that passes reportSchema, and finishes each case
 * within a bound; and, where the source's designed values are known and the mutations keep every
 * printed number in its place, no cell gets a number other than its designed one (issue 16).
 * `npm run fuzz` runs 10,000 of them, with longer lines and more repeated rows.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseReport, reportSchema } from '../src/index.js';
import { classify } from './support/promise.js';
import { markedAt } from './support/tables.js';

interface FuzzCase {
  index: number;
  source: string;
  steps: string[];
  keepsValues: boolean;
  input: string | Uint8Array;
}
type Designed = Parameters<typeof import('../scripts/promise.mjs').classify>[1];
interface FuzzEngine {
  loadSources(): Array<{ name: string; text: string }>;
  makeCase(sources: Array<{ name: string; text: string }>, seed: number, index: number, scale?: 'full' | 'sample'): FuzzCase;
  checkCase(
    library: { parseReport: typeof parseReport; reportSchema: typeof reportSchema },
    fuzzCase: FuzzCase,
    boundMs: number,
    designed?: Designed | null,
  ): { ms: number; kind: 'crash' | 'slow' | null; problem: string | null; wrong: Array<{ path: string; designed: unknown; got: unknown }> | null };
  designedSources(sources: Array<{ name: string; text: string }>): Map<string, Designed | null>;
  saveCase(fuzzCase: FuzzCase, seed: number, problem: string): string;
  KEEPS_VALUES: Record<string, ((before: string[], note: string) => boolean) | undefined>;
}

// A plain .mjs (it runs under node without a build step); typed here by FuzzEngine.
const enginePath: string = '../scripts/fuzz.mjs';
const engine = (await import(enginePath)) as FuzzEngine;

const SEED = 4242;
/**
 * A wrong reading the sample once drew (case 187, before issue 15 added mutation families),
 * made here directly: agreeing-cuts/01-003 with line 27 joined to the next by two spaces
 * (`…2466  三、本年度办理结果…`). The cell `2466  三、…` was one text cell, so 二、上年结转 lost
 * its 总计 and the edge fit kept a leading blank: 商业企业 … 总计 shifted by one.
 */
const KNOWN_WRONG_SOURCE = 'fixtures/damaged/agreeing-cuts/01-003.txt';
const CASES = 300;
/**
 * Cases the sample draws that read wrong today, named by their source and first mutation: open,
 * not hidden (the test below fails once one of them reads right; then take it out). None now:
 * 22-26.plain with lines 459 and 460 joined (`619742`), drawn once fixture 103-20 came, reads
 * right since a row read with no values passes bareNext's doubt on (chromiumPlain.test).
 */
const OPEN: readonly string[] = [];
/** Generous: CI machines are slower than a laptop, and the bound is about hangs, not speed. */
const BOUND_MS = 5000;

/** The text of `lines` with `count` lines from line `i` replaced by `inserted`. */
const spliced = (lines: readonly string[], i: number, count: number, ...inserted: string[]): string =>
  [...lines.slice(0, i), ...inserted, ...lines.slice(i + count)].join('\n');

/** The fuzz's sources (each fixture's text) and their designed values, read once for every suite below. */
const sources = engine.loadSources();
const designed = engine.designedSources(sources);
/** A source's lines. */
/**
 * A line a report prints where its table goes on to another page (`（续表）`): between a stretch and
 * its second print, it keeps them from being one stretch printed twice word for word, which
 * tables/repeats.ts reads once. The cases below that print lines twice put it there, so that the
 * rules for prints apart are what they test; 'a stretch printed twice word for word' tests the rest.
 */
const PAGE_GOES_ON = '（续表）';

const textOf = (name: string): string[] => (sources.find((s) => s.name === name)?.text ?? '').split('\n');

describe('fuzzing sample: mutated fixtures never crash the parser', () => {
  const crashes: string[] = [];
  const slow: string[] = [];
  const wrong: string[] = [];
  /** The cases of OPEN the sample drew, and how many values each read wrong. */
  const open = new Map<string, number>();
  let checked = 0;
  let slowest = 0;

  beforeAll(() => {
    for (let index = 0; index < CASES; index++) {
      const fuzzCase = engine.makeCase(sources, SEED, index, 'sample');
      const result = engine.checkCase({ parseReport, reportSchema }, fuzzCase, BOUND_MS, designed.get(fuzzCase.source));
      slowest = Math.max(slowest, result.ms);
      if (result.wrong) checked++;
      const described = `${fuzzCase.source}; ${fuzzCase.steps.join('; ')}`;
      const known = OPEN.find((o) => described.startsWith(o));
      if (known !== undefined) open.set(known, result.wrong?.length ?? 0);
      else if (result.wrong?.length) {
        const cells = result.wrong.slice(0, 2).map((c) => `${c.path} designed ${String(c.designed)}, got ${String(c.got)}`);
        wrong.push(`case ${index} (${fuzzCase.source}; ${fuzzCase.steps.join('; ')}): ${result.wrong.length} wrong values: ${cells.join('; ')}`);
      }
      if (!result.problem) continue;
      const path = engine.saveCase(fuzzCase, SEED, result.problem);
      const line = `case ${index} (${fuzzCase.source}; ${fuzzCase.steps.join('; ')}): ${result.problem.split('\n')[0]} — input in ${path}`;
      (result.kind === 'slow' ? slow : crashes).push(line);
    }
  }, 300_000);

  it('has fixtures to mutate', () => {
    expect(sources.length).toBeGreaterThanOrEqual(13);
  });

  it(`${CASES} mutated inputs (seed ${SEED}): parseReport never throws and every report passes reportSchema`, () => {
    expect(crashes).toEqual([]);
  });

  it(`${CASES} mutated inputs (seed ${SEED}): each finishes within ${BOUND_MS} ms`, () => {
    expect(slow, `slowest ${Math.round(slowest)} ms`).toEqual([]);
  });

  it('checks the values of the cases whose design is known and whose mutations keep them', () => {
    expect(checked).toBeGreaterThanOrEqual(50);
  });

  // Issue 16: before its parser work 6 of the 82 checked cases held 53 wrong values (labels
  // first, column by column, real pdftotext output under further mutations, and 2019-cells with
  // a value line repeated 1,000 times); none may now.
  it(`${CASES} mutated inputs (seed ${SEED}): no cell gets a number other than its designed one`, () => {
    expect(wrong).toEqual([]);
  });

  it('the open cases the sample draws still read wrong (mended, take them out of OPEN)', () => {
    for (const [known, count] of open) expect(count, known).toBeGreaterThan(0);
  });

  /** The known wrong reading (KNOWN_WRONG_SOURCE), checked as the sample's cases are. */
  const knownCase = () => {
    const source = sources.find((s) => s.name === KNOWN_WRONG_SOURCE);
    const lines = (source?.text ?? '').split('\n');
    const input = spliced(lines, 26, 2, `${lines[26] ?? ''}  ${lines[27] ?? ''}`);
    const fuzzCase = { index: -1, source: KNOWN_WRONG_SOURCE, steps: ['joinLines: join lines 27 and 28'], keepsValues: true, input };
    const result = engine.checkCase({ parseReport, reportSchema }, fuzzCase, BOUND_MS, designed.get(KNOWN_WRONG_SOURCE));
    return { ...result, verdicts: verdictsOf(input, designed.get(KNOWN_WRONG_SOURCE)) };
  };

  it('checks the values of the known wrong reading (its source is a fuzz source with designed values)', () => {
    const result = knownCase();
    expect(result.problem).toBeNull();
    expect(result.wrong).not.toBeNull();
  });

  it('agreeing-cuts/01-003 with lines 27 and 28 joined by two spaces gets no wrong number: the value before the spaces ends the row', () => {
    expect(knownCase().wrong).toEqual([]);
    expect(knownCase().verdicts.get('applications.carriedOver.total')).toBe('right');
  });
});

/**
 * Wrong values the full fuzz run (`node scripts/fuzz.mjs --seed 1`) found, each made here directly
 * from its fixture by the one mutation that breaks it (the run's case numbers change whenever a
 * fixture is added; the last was found by the sample scale of another seed). Each must give no
 * wrong number, and the row it broke either its designed values or null with a diagnostic naming
 * the row (the code given).
 */
describe('which mutations keep every printed number in its place', () => {
  it('deleting or repeating lines of a table in markup or drawn in box characters does not (its cells move to other rows, a number\'s pieces apart); elsewhere it does', () => {
    // Fuzz seed 197 case 1256: lines 320–342 of pandoc's gfm of a page deleted, 7.属于行政执法案卷's
    // last cells and 1.本机关不掌握…'s first among them: its row shows 1.'s last cells, as a browser would.
    const lines = textOf('fixtures/damaged/pandoc/08-2020-mixed.html.gfm.txt');
    const keeps = (name: string, from: number, to: number) => engine.KEEPS_VALUES[name]?.(lines, `${name === 'deleteLines' ? 'delete' : 'duplicate'} lines ${from}–${to}`);
    const cell = lines.indexOf('<td>7.属于行政执法案卷</td>') + 1;
    expect(cell).toBeGreaterThan(0);
    expect(keeps('deleteLines', cell + 3, cell + 25)).toBe(false);
    expect(keeps('duplicateLines', cell, cell + 2)).toBe(false);
    // Prose before the first table, and a grid table's row.
    expect(keeps('deleteLines', 3, 5)).toBe(true);
    const grid = textOf('fixtures/damaged/pandoc/08-2020-mixed.docx.markdown.txt');
    const at = grid.findIndex((l) => l.startsWith('| 行政事业性')) + 1;
    expect(engine.KEEPS_VALUES['deleteLines']?.(grid, `delete lines ${at + 1}–${at + 1}`)).toBe(false);
    // A table w3m drew in box characters: a line of a wrapped row (`│行政 │` / `│规范 │19 │`…).
    const w3m = textOf('fixtures/damaged/text-browser/02-001_eb914b629682bc65.renumbered.w3m.txt');
    const row = w3m.findIndex((l) => l.startsWith('│规范 │')) + 1;
    expect(row).toBeGreaterThan(0);
    expect(engine.KEEPS_VALUES['deleteLines']?.(w3m, `delete lines ${row}–${row}`)).toBe(false);
    expect(engine.KEEPS_VALUES['duplicateLines']?.(w3m, `duplicate lines ${row - 1}–${row}`)).toBe(false);
    expect(engine.KEEPS_VALUES['deleteLines']?.(w3m, 'delete lines 3–5')).toBe(true);
  });
});

describe('wrong values the fuzz run found', () => {
  const lineOf = (lines: readonly string[], pattern: RegExp): number => {
    const i = lines.findIndex((l) => pattern.test(l));
    if (i < 0) throw new Error(`no line matches ${String(pattern)}`);
    return i;
  };
  /**
   * The lines with the first number of part 三's last row (`四、结转下年度继续办理`) printed as a mark:
   * the table's numbers are then one short of its cells, and cannot be read in the order printed
   * (tables/formOrder.ts), so what the row-by-row reading makes of a case stands.
   */
  const carriedForwardMarked = (lines: readonly string[]): string[] => markedAt(lines, lineOf(lines, /四、结转下年度继续办理/));
  /** The same for a print of one number a line: part 三's first number (一、本年新收…'s 自然人) printed as a mark. */
  const firstNumberMarked = (lines: readonly string[]): string[] => {
    const heading = lineOf(lines, /^三、收到和处理政府信息公开申请情况/);
    return markedAt(lines, heading + lines.slice(heading).findIndex((l) => /^\d+$/.test(l)));
  };
  /**
   * pdftotext/15-004-chromium.plain with line 90 lost (1.本机关不掌握…'s numbers, printed before its
   * label), and 3.补正后申请内容仍不明确's line printed as `unclear` when given.
   */
  const notHeldLost = (lines: readonly string[], unclear?: string): string => {
    expect(lines[89]).toBe('11 36 87 105 18 114 371');
    const out = [...lines];
    if (unclear !== undefined) out[lineOf(lines, /^3\.补正后申请内容仍不明确 128 77/)] = unclear;
    return spliced(out, 89, 1);
  };
  /** `row` must be null with a diagnostic `code` naming it, or (`right`) read right, `code` saying what was set aside. */
  /** A line of `count` 12s inserted before part 四's 总计 (pdftotext/08-2020-mixed-borderless.plain). */
  const twelvesBeforeTotal =
    (count: number) =>
    (lines: string[]): string => {
      const heading = lineOf(lines, /^四、政府信息公开行政复议/);
      const total = lines.findIndex((l, k) => k > heading && l === '总计');
      return spliced(lines, total, 0, Array<string>(count).fill('12').join('\t'));
    };
  const found: Array<{ name: string; source: string; make: (lines: string[]) => string; row: string; code: string; right?: boolean }> = [
    {
      // seed 4242 case 162 (drawn once fixtures 93-47 and 95-24 came): part 四 as three small tables
      // in another order than the form's, 行政复议's heading run into the row before it (`| 670 | … |
      // 2431 | 行政复议`) and a line of other words after it. Read in the order printed (inOrder.ts),
      // 行政复议 took the first small table's five (15 wrong): the label after a line's numbers named
      // those numbers, and with 复议后起诉's heading it was two labels there, neither kept.
      name: 'part 四 as three small tables out of the form\'s order, a heading run into the row before it (part4-three-tables/06-004)',
      source: 'fixtures/damaged/part4-three-tables/06-004.txt',
      make: (lines) => {
        const i = lineOf(lines, /^行政复议$/);
        return spliced(lines, i - 1, 2, `${lines[i - 1] ?? ''} ${lines[i] ?? ''}`, '四、结转下年度继续办理');
      },
      row: 'reviewLitigation.review',
      code: 'missing-row',
    },
    {
      // seed 1 case 1763: a markdown row split before its last cell. Its line then prints the
      // merged-cell blank and six numbers, seven cells, the form's count: read so, shifted by one.
      name: 'a row split before its last cell, a blank at its start (wrong-header/01-003)',
      source: 'fixtures/damaged/wrong-header/01-003.txt',
      make: (lines) => {
        const i = lineOf(lines, /（二）部分公开/);
        const line = lines[i] ?? '';
        const k = line.lastIndexOf('| 483');
        return spliced(carriedForwardMarked(lines), i, 1, line.slice(0, k), line.slice(k));
      },
      row: 'applications.partiallyGranted',
      code: 'cell-count',
    },
    {
      // The same with every number of the table printed: read in the order printed, every row and
      // column adds up (formOrder.ts).
      name: 'a row split before its last cell, a blank at its start, every number printed (wrong-header/01-003)',
      source: 'fixtures/damaged/wrong-header/01-003.txt',
      make: (lines) => {
        const i = lineOf(lines, /（二）部分公开/);
        const line = lines[i] ?? '';
        const k = line.lastIndexOf('| 483');
        return spliced(lines, i, 1, line.slice(0, k), line.slice(k));
      },
      row: 'applications.partiallyGranted',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // seed 1 case 1904: lines lost in the middle of plain pdftotext's one-number-a-line rows; 8.属于
      // 行政查询事项 ran on into the last two numbers of a later row.
      name: 'one number a line, lines lost (pdftotext/03-001-bordered.plain, lines 257–287 deleted)',
      source: 'fixtures/damaged/pdftotext/03-001-bordered.plain.txt',
      make: (lines) => spliced(lines, 256, 31),
      row: 'applications.denied.administrativeQuery',
      code: 'cell-count',
    },
    {
      // seed 1 case 1404: a heading between 政府集中采购's two numbers; `52` alone was cut as 5, 2.
      name: 'a row of two cells with one number before a heading (pdftotext/08-2020-mixed-borderless.plain)',
      source: 'fixtures/damaged/pdftotext/08-2020-mixed-borderless.plain.txt',
      make: (lines) => {
        const i = lineOf(lines, /^52$/);
        return spliced(lines, i + 1, 0, '四、结转下年度继续办理');
      },
      row: 'activeDisclosure.procurement',
      code: 'cell-count',
    },
    {
      // seed 1 case 16: GB18030 read as UTF-8, every label unreadable; part 二's six lines of numbers
      // were placed by position into its six rows, which nothing can check (no arithmetic).
      name: 'every label unreadable, part 二 by position alone (pdftotext/03-001-bordered.plain as GB18030 read as UTF-8)',
      source: 'fixtures/damaged/pdftotext/03-001-bordered.plain.txt',
      make: (lines) => Buffer.from(iconv.encode(lines.join('\n'), 'gb18030')).toString('utf8'),
      row: 'activeDisclosure.regulations',
      code: 'ambiguous-pairing',
    },
    {
      // seed 1 case 511: a part 三 heading after part 四's second small table's heading; that table's
      // numbers went to the third, whose label (after them) was taken for the rest of the second's.
      // Read row by row, which small table is which cannot be told (ambiguous-pairing.headed); read
      // in the order printed (inOrder.ts), each small table's heading now counting as the table's
      // words, the three groups stand in the form's order and add up: read, and said so.
      name: 'a heading inserted after a small table\'s heading (part4-three-tables/03-2019-tabs)',
      source: 'fixtures/damaged/part4-three-tables/03-2019-tabs.txt',
      make: (lines) => {
        const i = lineOf(lines, /未经复议直接起诉/);
        return spliced(lines, i + 1, 0, '三、收到和处理政府信息公开申请情况');
      },
      row: 'reviewLitigation.litigationAfterReview',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // seed 7 case 887 of the sample scale: lines 383–396 printed twice. The first print of
      // 4.无正当理由大量反复申请 ran on into the copy of 3.要求提供公开出版物's numbers, and as
      // it fitted seven cells it was kept over the row's real print (five wrong values).
      name: 'lines printed twice, a row first printed with another row\'s numbers (pdftotext/05-2019-tabs-bordered.plain)',
      source: 'fixtures/damaged/pdftotext/05-2019-tabs-bordered.plain.txt',
      make: (lines) => spliced(lines, 396, 0, ...lines.slice(382, 396)),
      row: 'applications.notProcessed.excessive',
      code: 'duplicate-row',
      right: true,
    },
    {
      // seed 8 case 31 of the sample scale: a 26,364-digit line inserted before 四、结转下年度继续办理's
      // numbers (one a line). It counted as the row's first cell (null, too long), the row's six
      // numbers read one column over and its 总计 (printed after the labels) was left out.
      name: 'a line of junk digits before a row\'s numbers, one a line (pdftotext/04-001-borderless.plain)',
      source: 'fixtures/damaged/pdftotext/04-001-borderless.plain.txt',
      make: (lines) => {
        const i = lineOf(lines, /^四、结转下年度继续办理$/);
        return spliced(lines, i + 1, 0, '1'.repeat(26_364));
      },
      row: 'applications.carriedForward',
      code: 'cell-count',
    },
    {
      // seed 1 case 3533 (its long line and second deletion aside): plain pdftotext, lines 263–296
      // lost — 1.本机关不掌握相关政府信息's numbers, 2.没有现成信息需要另行制作's label and numbers, and
      // 3.补正后申请内容仍不明确's label. Row 1's label then stands right before row 3's seven
      // numbers, which add up, and it read them. Rows 2 and 3 are missing, so they may be theirs.
      name: 'one number a line, a row\'s numbers and the next rows\' labels lost (pdftotext/04-001-borderless.plain, lines 263–296 deleted)',
      source: 'fixtures/damaged/pdftotext/04-001-borderless.plain.txt',
      make: (lines) => {
        const i = lineOf(lines, /^1\.本机关不掌握相关政府信息$/);
        return spliced(lines, i + 2, 34);
      },
      row: 'applications.unableToProvide.notHeld',
      code: 'cell-count',
    },
    // Found by deleting runs of 3, 12 and 34 lines at every 9th or 13th line of the one-number-a-line
    // and labels-first fixtures (the fuzz's deleteLines, done systematically).
    {
      // A row with no sums (the 2019 form's part 二), a number a line, the next row's label and its
      // own last numbers lost: it read the next row's numbers.
      name: 'a row with no sums, a number a line, the next row\'s label lost (pdftotext/05-2019-tabs-bordered.plain, lines 64–75 deleted)',
      source: 'fixtures/damaged/pdftotext/05-2019-tabs-bordered.plain.txt',
      make: (lines) => {
        const i = lineOf(lines, /^行政强制$/);
        return spliced(lines, i + 3, 12);
      },
      row: 'activeDisclosure.coercion',
      code: 'cell-count',
    },
    {
      // Labels first: the label of 四、结转下年度继续办理 and the line of （七）总计's numbers lost, so
      // （七）总计's label stood before 四's numbers, on a line of their own, which add up.
      name: 'a label apart from its numbers, the next row\'s label and this row\'s numbers lost (labels-first/03-2019-tabs, lines 53–55 deleted)',
      source: 'fixtures/damaged/labels-first/03-2019-tabs.txt',
      make: (lines) => {
        const i = lineOf(lines, /^四、结转下$/);
        return spliced(lines, i, 3);
      },
      row: 'applications.totalHandled',
      code: 'cell-count',
    },
    {
      // A number a line: （七）总计's last numbers and 四、结转下年度继续办理's label lost. The label of
      // 3.其他, printed after its numbers, came after them: it is no row after （七）总计 and does not
      // end the rows missing after it (it did, and the row's sums failing went unheeded).
      name: 'a number a line, a label of an earlier row printed after the numbers (pdftotext/01-003-bordered.plain, lines 442–453 deleted)',
      source: 'fixtures/damaged/pdftotext/01-003-bordered.plain.txt',
      make: (lines) => {
        const i = lineOf(lines, /^（七）总计$/);
        return spliced(lines, i + 7, 12);
      },
      row: 'applications.totalHandled',
      code: 'cell-count',
    },
    {
      // Plain pdftotext prints 规章's first number by its label and its other two after the next
      // label, 行政规范性文件 13: with 行政规范性文件's own last two (1923, 545) lost, the row read
      // 规章's two as its own. It has three cells and no sums; what tells is the row before it,
      // short of its cells.
      name: 'a row with no sums after a row short of its cells, its own last numbers lost (pdftotext/01-003-bordered.plain, lines 19–21 deleted)',
      source: 'fixtures/damaged/pdftotext/01-003-bordered.plain.txt',
      make: (lines) => {
        const i = lineOf(lines, /^1923$/);
        return spliced(lines, i, 3);
      },
      row: 'activeDisclosure.normativeDocuments',
      code: 'cell-count',
    },
    // Found by joining every 3rd line of every designed fixture to the next (the fuzz's joinLines,
    // systematically; glue '', tab, one or two spaces by turn).
    {
      // The column headers' last line run into the line of numbers after it (unlabelled-rows: the
      // numbers of 一、本年新收 printed with no label): its last header word, 其他, was read as the
      // label of 3.其他, which took 一's numbers (and its real print was dropped as a duplicate).
      // Now the numbers are loose, and pairing places them, certain by the table's sums.
      name: 'a header line run into the numbers after it, its last word 其他 (unlabelled-rows/06-001, lines 25 and 26 joined)',
      source: 'fixtures/damaged/unlabelled-rows/06-001.txt',
      make: (lines) => {
        const i = lineOf(lines, /法律服务机构\s+其他$/);
        return spliced(lines, i, 2, `${lines[i] ?? ''}${lines[i + 1] ?? ''}`);
      },
      row: 'applications.newReceived',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // Labels first, five labels then five lines of numbers: the last label's wrapped last
      // character run into the first line of numbers (`息  | 136 | 119 | …`) read as
      // 5.要求行政机关确认或重新出具已获取信息's own, the labels of 1–4 left with none. Labels
      // printed with none, then one run into the first of several lines of numbers, are now all
      // labels first: pairing tells whose the lines are, or nobody's (here 6 labels, 5 lines: null).
      name: 'a label\'s wrapped last character run into the first line of numbers (labels-first/04-002, lines 52 and 53 joined)',
      source: 'fixtures/damaged/labels-first/04-002.txt',
      make: (lines) => {
        const i = lineOf(lines, /^息$/);
        return spliced(lines, i, 2, `${lines[i] ?? ''}  ${lines[i + 1] ?? ''}`);
      },
      row: 'applications.notProcessed.confirmation',
      code: 'ambiguous-pairing',
    },
    // Found by splitting every 2nd line of every designed fixture once, not inside a number (the
    // fuzz's splitLine, systematically).
    {
      // A markdown row split before its last cell, `688 |` alone on the next line: one pipe, so
      // not a table line, and `688 |` was a word; the row read its blank first cell and six numbers,
      // one column over. A lone pipe at a line's edge now leaves one cell: the row is followed by a
      // number, and as its sums fail the row-by-row reading leaves it null. Read from the words and
      // numbers in the order printed (aroundNumbers.ts), the label stands right before seven
      // numbers that add up, the merged cells' blanks aside: it reads as designed.
      name: 'a markdown row split before its last cell, `688 |` on a line of its own (heading-drift/06-2020-mixed)',
      source: 'fixtures/damaged/heading-drift/06-2020-mixed.txt',
      make: (lines) => {
        const i = lineOf(lines, /^\| 四、结转下年度继续办理 \|/);
        const line = lines[i] ?? '';
        const k = line.lastIndexOf(' 688 |');
        return spliced(lines, i, 1, line.slice(0, k), line.slice(k));
      },
      row: 'applications.carriedForward',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // The column headers' last line cut inside a word (`社` / `会公益组织   法律服务机构     其他`),
      // then 一、本年新收's unlabelled numbers: 其他 took them as 3.其他's label.
      name: 'a header line cut inside a word, its last word 其他 before unlabelled numbers (unlabelled-rows/06-001)',
      source: 'fixtures/damaged/unlabelled-rows/06-001.txt',
      make: (lines) => {
        const i = lineOf(lines, /法律服务机构\s+其他$/);
        const line = lines[i] ?? '';
        const k = line.indexOf('会公益组织');
        return spliced(lines, i, 1, line.slice(0, k), line.slice(k));
      },
      row: 'applications.newReceived',
      code: 'recovered-pairing',
      right: true,
    },
    // Found by duplicating runs of 1–14 lines at every 3rd line of every designed fixture (the
    // fuzz's duplicateLines, systematically).
    {
      // One cell a line: 4.保护第三方合法权益's numbers and 5.属于三类内部事务信息's label printed
      // twice. The first print of 5. came with 4.'s numbers, which add up, and was kept; its real
      // print (also adding up) was dropped as a duplicate. Two prints that both read, with other
      // numbers: which is the row's cannot be told.
      name: 'lines printed twice, a row first printed with another row\'s numbers that add up (000_02e88f20f87b4541.renumbered, lines 151–161, （续表） between)',
      source: 'fixtures/000_02e88f20f87b4541.renumbered.txt',
      make: (lines) => spliced(lines, 161, 0, PAGE_GOES_ON, ...lines.slice(150, 161)),
      row: 'applications.denied.internalAffairs',
      code: 'ambiguous-pairing',
    },
    {
      // A number a line, a label wrapped around its first number (`5.要求行政机关确认或重新` / `82` /
      // `出具已获取信息` / the other six), its last number printed twice: the second piece of the
      // label then had seven numbers, a fit, and replaced the first print one column over, though
      // its sums fail. A later print whose sums fail no longer replaces one that does not fit. Since
      // a label's rest may take lines, the whole label is read with its seven numbers, and the
      // repeated number after them, no row's, makes its numbers more than its cells: which are its
      // pairing cannot tell (it was `cell-count` on the first piece before).
      name: 'a number a line, the last number of a wrapped row printed twice (pdftotext/05-2019-tabs-bordered.plain, line 421)',
      source: 'fixtures/damaged/pdftotext/05-2019-tabs-bordered.plain.txt',
      make: (lines) => spliced(firstNumberMarked(lines), 421, 0, lines[420] ?? ''),
      row: 'applications.notProcessed.confirmation',
      code: 'ambiguous-pairing',
    },
    {
      // The same with every other number of the table printed: one number more than its cells, read
      // in the order printed, leaving out the copy makes every row and column add up (formOrder.ts).
      name: 'a number a line, the last number of a wrapped row printed twice, every other number printed (pdftotext/05-2019-tabs-bordered.plain, line 421)',
      source: 'fixtures/damaged/pdftotext/05-2019-tabs-bordered.plain.txt',
      make: (lines) => spliced(lines, 421, 0, lines[420] ?? ''),
      row: 'applications.notProcessed.confirmation',
      code: 'recovered-pairing',
      right: true,
    },
    // Pinned as `it.fails` until the parser work of 2026-12-04 (fourth session), found by the
    // systematic sweeps (joinLines at every 3rd line, duplicateLines of 1–14 lines at every 3rd line).
    {
      // A number a line, 四、结转下年度继续办理's last number printed twice (`…150` / `688` / `688`):
      // the row's 68 stands before its label, so its seven cells after it read one column over. Its
      // sums fail, and so do six of the seven columns' balances (only the total, where 688 is 688,
      // holds): its numbers are in other columns than their own.
      name: 'a number a line, the last number of 四、结转下年度继续办理 printed twice (pdftotext/07-2020-mixed-bordered.plain, lines 478–479)',
      source: 'fixtures/damaged/pdftotext/07-2020-mixed-bordered.plain.txt',
      make: (lines) => spliced(firstNumberMarked(lines), 479, 0, ...lines.slice(477, 479)),
      row: 'applications.carriedForward',
      code: 'cell-count',
    },
    {
      // The same with every other number of the table printed: one number more, the copy left out (formOrder.ts).
      name: 'a number a line, the last number of 四、结转下年度继续办理 printed twice, every other number printed (pdftotext/07-2020-mixed-bordered.plain, lines 478–479)',
      source: 'fixtures/damaged/pdftotext/07-2020-mixed-bordered.plain.txt',
      make: (lines) => spliced(lines, 479, 0, ...lines.slice(477, 479)),
      row: 'applications.carriedForward',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // Part 四 a number a line, `总计` / `62` printed twice: 未经复议直接起诉 read the first 62 and
      // stopped at the second 总计, and the other four numbers and 376 were given by position to
      // 复议后起诉, the one row missing after it. Numbers right after a row short of its cells may be
      // that row's rest. Since part 四 is read in the order printed (tables/inOrder.ts), the one
      // run of fifteen whose three groups add up is read, the lines printed twice outside it.
      name: 'part 四 a number a line, four lines printed twice (pdftotext/06-2019-tabs-borderless.plain, lines 508–511)',
      source: 'fixtures/damaged/pdftotext/06-2019-tabs-borderless.plain.txt',
      make: (lines) => spliced(lines, 511, 0, ...lines.slice(507, 511)),
      row: 'reviewLitigation.review',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // Labels first, `1.信访举报投诉类申请` / `2.重复申请` / one line of numbers (1.'s): the second
      // label run into that line with no space (`2.重复申请123⇥4⇥…`) read as a row printed with its
      // numbers. Two labels printed whole, one line of numbers: which is whose cannot be told.
      name: 'a label run into the one line of numbers after two labels (labels-first/05-2020-mixed, lines 49 and 50 joined)',
      source: 'fixtures/damaged/labels-first/05-2020-mixed.txt',
      make: (lines) => {
        const i = lineOf(lines, /^2\.重复申请$/);
        return spliced(lines, i, 2, `${lines[i] ?? ''}${lines[i + 1] ?? ''}`);
      },
      row: 'applications.notProcessed.duplicate',
      code: 'ambiguous-pairing',
    },
    {
      // Fuzz seed 165 case 812: `1.信访举报投诉类申请` / `*` / `2.重复申请` / one line of numbers (1.'s,
      // 2.'s lost). The mark read as 1.'s one cell of seven, so 2.重复申请 stood alone before the
      // numbers and took them. A mark alone on its line between two labels is no row's reading:
      // the labels read as printed first, one line of numbers after them, which is whose cannot be told.
      name: 'a mark alone on a line between two labels printed before one line of numbers (labels-first/05-2020-mixed, `*` after line 48)',
      source: 'fixtures/damaged/labels-first/05-2020-mixed.txt',
      make: (lines) => {
        const i = lineOf(lines, /^1\.信访举报投诉类申请$/);
        return spliced(lines, i + 1, 0, '*');
      },
      row: 'applications.notProcessed.duplicate',
      code: 'ambiguous-pairing',
    },
    {
      // The same mark with 2.重复申请's line of numbers put back after 1.'s: two labels, two lines,
      // each row adding up and the columns with them only in the form's order. Read so; before, the
      // mark was 1.'s one cell and both rows were null.
      name: 'a mark alone on a line between two labels printed before their two lines of numbers (labels-first/05-2020-mixed, `*` after line 48, 2.\'s numbers after line 50)',
      source: 'fixtures/damaged/labels-first/05-2020-mixed.txt',
      make: (lines) => {
        const i = lineOf(lines, /^1\.信访举报投诉类申请$/);
        expect(lines[i + 2]).toBe('123\t4\t107\t90\t63\t62\t449');
        return spliced(lines, i + 1, 2, '*', lines[i + 1] ?? '', lines[i + 2] ?? '', '8\t103\t3\t45\t139\t143\t441');
      },
      row: 'applications.notProcessed.duplicate',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // Fuzz seed 1 case 2015 (found by a rule's first version): part 三's first rows printed twice,
      // a heading of 四、结转下年度继续办理 inserted between 二、上年结转's label and numbers in the
      // first print. Those two labels and one line of numbers do not pair; the second print of
      // 二、上年结转 with the same numbers is its: 四、结转下年度继续办理 reads its own elsewhere, so the
      // numbers cannot be its. (A row of the labels read nowhere might own them: then null.)
      name: 'part 三\'s first rows printed twice, a heading inserted between a label and its numbers in the first (variants/003-split-rows, lines 48–62 twice, 四、 inserted at 58)',
      source: 'fixtures/variants/003-split-rows.txt',
      make: (lines) => {
        const i = lineOf(lines, /^二、上年结转政府信息公开申请数量$/);
        expect(lines[i + 1]).toBe('543\t838\t397\t279\t140\t269\t2466\t');
        const twice = spliced(lines, 62, 0, ...lines.slice(47, 62)).split('\n');
        return spliced(twice, i + 1, 0, '四、结转下年度继续办理');
      },
      row: 'applications.carriedOver',
      code: 'duplicate-row',
      right: true,
    },
    {
      // Fuzz seed 201 case 1387: part 三's heading printed again (inserted) among its last rows, in
      // pandoc's plain text of a page laid out in a table (part 四's heading wrapped, not found).
      // Part 三 then read no row after it, and part 四, found by its table, looked from that heading
      // on: 5.要求行政机关…'s numbers (61 5 / 71 53 / 30 20 240) were read as 行政复议's and
      // 未经复议直接起诉's. It now looks after part 三's last row opening also when part 三 read none,
      // and not before part 四's own first label (行政复议): its fifteen numbers, run together in the
      // narrow cell, are then read, the only cut whose groups add up.
      name: 'part 三\'s heading again among its last rows, part 四\'s heading lost (pandoc/08-2020-mixed.html.plain, a heading inserted at line 455)',
      source: 'fixtures/damaged/pandoc/08-2020-mixed.html.plain.txt',
      make: (lines) => spliced(lines, 454, 0, '三、收到和处理政府信息公开申请情况'),
      row: 'reviewLitigation',
      code: 'recovered-digits',
      right: true,
    },
    {
      // Fuzz seed 207 case 18: part 四 a number a line (`⇥ 19 ` / `⇥ 147 ` / …), a line of junk (a
      // label and zeros) before its last number. The fourteen numbers before it were read as part
      // 四's fifteen cells with the first line's tab as a blank 结果维持: every number one place over
      // (14 wrong). The first line's one number is now that number alone, as the lines after it are:
      // fourteen cells of fifteen, cell-count. Since part 四 over several lines is read as one row
      // only when it adds up or no number follows it (1973 does), it is read by rows: each group
      // null, said why (行政复议's label not found: missing-row).
      name: 'part 四 a number a line, a junk line before its last (000 renumbered, a line inserted before 1973)',
      source: 'fixtures/000_02e88f20f87b4541.renumbered.txt',
      make: (lines) => spliced(lines, lineOf(lines, /^\t 1973 $/), 0, `一、本年新收政府信息公开申请数量${'0'.repeat(40)}`),
      row: 'reviewLitigation',
      code: 'missing-row',
    },
    {
      // Fuzz seed 196 case 2525: mutool's text of 2019-tabs, 行政强制's last two numbers, the heading
      // 第二十条第（八）项, its headers and 行政事业性收费's label lost. 第二十条第（六）项's stretch then ran to
      // （九）'s heading, holding six numbers in two runs of three: read as its two rows, 行政强制 given
      // the fees' 2 and 61. A stretch is read only when no small table of the form is missing
      // between its heading and the next printed; read row by row, 行政强制 is now cell-count.
      name: 'a small table\'s heading lost with the numbers before it (mutool/06-2019-tabs, lines 86–98 deleted)',
      source: 'fixtures/damaged/mutool/06-2019-tabs.mutool.txt',
      make: (lines) => {
        const i = lineOf(lines, /^第二十条第（八）项$/);
        expect(lines.slice(i - 3, i - 1)).toEqual(['138', '2370']);
        return spliced(lines, i - 3, 13);
      },
      row: 'activeDisclosure.coercion',
      code: 'cell-count',
    },
    {
      // Fuzz seed 208 case 308: part 二 printed column by column, lines 39–50 printed twice (the
      // last numbers of 第二十条第（五）项's columns, then （六）'s heading, headers and `行政处罚`). The
      // first `行政处罚` then stood before 154 / 7923 / 2440 (其他对外管理服务事项's) and read them; its
      // second print, among （六）'s labels printed first, was reported as a repeat (3 wrong). A row
      // with no sums whose numbers stand on lines after its label is no longer kept over such a print.
      name: 'part 二 column by column, its lines printed twice across a small table\'s heading (column-by-column/04-2019-tabs, lines 39–50 twice)',
      source: 'fixtures/damaged/column-by-column/04-2019-tabs.txt',
      make: (lines) => {
        const i = lineOf(lines, /^第二十条第（六）项$/);
        expect(lines.slice(i - 6, i + 6)).toEqual(['154', '', '7923', '', '2440', '', '第二十条第（六）项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政处罚']);
        return spliced(lines, i + 6, 0, ...lines.slice(i - 6, i + 6));
      },
      row: 'activeDisclosure.punishment',
      code: 'ambiguous-pairing',
    },
    {
      // Two run-together rows on one line after a tab (`…申请⇥11150 63 42 76128470⇥3.其他85 591675116342`):
      // 2.申请人逾期未按收费通知…'s run took `3.其他` as one of its cells. A text cell that opens
      // another row's label ends the row: both runs are cut, each its own row's.
      name: 'two run-together rows joined by a tab (runtogether/001_eb914b629682bc65.spaced, lines 94 and 95 joined)',
      source: 'fixtures/runtogether/001_eb914b629682bc65.spaced.txt',
      make: (lines) => {
        const i = lineOf(lines, /^2\.申请人逾期未按收费通知/);
        return spliced(lines, i, 2, `${lines[i] ?? ''}\t${lines[i + 1] ?? ''}`);
      },
      row: 'applications.otherHandling.feeUnpaid',
      code: 'recovered-digits',
      right: true,
    },
    // Found by splitting a line between two digits of a number at every 4th line of every designed
    // fixture (the fuzz's splitLine there is not checked: it counts as moving values).
    {
      // `行政许可⇥2` / `941⇥⇥`: the row (one cell, no sums) read 2. Its last number ends its line and
      // the next opens with a number no label claims: one number may have been cut in two.
      name: 'a number cut between two digits by a line break (004_b66631a5c5bceffa.renumbered, 行政许可 2941 as 2 / 941)',
      source: 'fixtures/004_b66631a5c5bceffa.renumbered.txt',
      make: (lines) => {
        const i = lineOf(lines, /^行政许可\t2941\t/);
        const line = lines[i] ?? '';
        return spliced(lines, i, 1, line.slice(0, 6), line.slice(6));
      },
      row: 'activeDisclosure.licensing',
      code: 'cell-count',
    },
    {
      // Seed 4 case 1289: part 四's heading printed again amid part 三's numbers, one a line. The
      // first fifteen numbers after it were read as part 四's one row, though no column header
      // stood before them and none of its three groups added up (the real heading and table come
      // later). Numbers that open the part with no words before them are its only when they add up.
      // Read in the order printed (tables/inOrder.ts) from part 四's own words on, the real table's
      // fifteen numbers are the one run that adds up: read right, part 三's numbers left out.
      name: 'part 四 heading amid part 三 numbers (pdftotext/09-001-chromium.plain, a heading before `47`)',
      source: 'fixtures/damaged/pdftotext/09-001-chromium.plain.txt',
      make: (lines) => spliced(lines, lineOf(lines, /^47$/), 0, '四、政府信息公开行政复议、行政诉讼情况'),
      row: 'reviewLitigation.review',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // Seed 2 case 502: part 五's heading printed amid part 三's numbers, so part 四's own heading
      // (before 五 in the form) was no longer looked for and part 四 was looked for by its table
      // after part 三's last row read: part 三's numbers that went on were read as its fifteen
      // cells. Numbers with none of part 四's words (a column header, a row's label) before them
      // are its only when its three groups add up.
      name: 'part 五 heading amid part 三 numbers (pdftotext/11-000-chromium.plain, a heading at line 223)',
      source: 'fixtures/damaged/pdftotext/11-000-chromium.plain.txt',
      make: (lines) => spliced(lines, 222, 0, '五、存在的主要问题及改进情况'),
      row: 'reviewLitigation.review',
      code: 'ambiguous-pairing',
    },
    {
      // Seed 2 case 461 (sample scale): a line of part 三's first label and numbers put right after
      // part 二's 行政处罚 (column by column, its numbers printed after the next labels): 行政处罚 read
      // part 三's `1 2 3` as its own. Words after a row's label that name a row of the table that
      // follows end this table there: the numbers are that row's.
      name: 'part 三 label and numbers right after 行政处罚 (column-by-column/04-2019-tabs, line 51)',
      source: 'fixtures/damaged/column-by-column/04-2019-tabs.txt',
      make: (lines) => spliced(lines, 50, 0, '本年新收政府信息公开申请数量 1 2 3'),
      row: 'activeDisclosure.punishment',
      code: 'missing-row',
    },
    {
      // Seed 1 case 1565 (sample scale): a line put between 行政处罚's 7607 and 行政强制's 1 (plain
      // pdftotext, part 二 column piece by piece). The 1 then stood alone before the fees table's
      // column header and its 5888, a row the form does not have, and 行政事业性收费's label after
      // them took the 1 as its own, printed before it. Numbers are a label's printed before it only
      // when no other number stands between. Since part 二 is read column by column under its
      // headers (underHeaders.ts), the 5888 right after 本年收费金额（单位：万元） is the fees table's
      // one cell; 行政处罚's 7607, the inserted line right after it, is not read.
      name: 'a number, then a header with its own number, then a label (pdftotext/16-004-word.plain, a line before the 1)',
      source: 'fixtures/damaged/pdftotext/16-004-word.plain.txt',
      make: (lines) => spliced(lines, lineOf(lines, /^7607$/) + 1, 0, '规章\t1 1 1 1 1 1 1 1 1 1 1 1'),
      row: 'activeDisclosure.fees',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // Seed 5 case 1794 (sample scale): parts 一 and 二's opening printed twice. The second copy of
      // part 二's column headers, run on from part 一's prose (which names 行政处罚), took 规章's
      // numbers printed before its label as a row the form does not have; 规章 then read the numbers
      // after its label, 规范性文件's. Numbers an unread row took stand before the next label all the
      // same: that label's own numbers are then not certain, whatever words came before them.
      name: 'column headers printed twice, run on from prose (pdftotext/10-2019-cells-chromium.plain, lines 4–21 twice)',
      source: 'fixtures/damaged/pdftotext/10-2019-cells-chromium.plain.txt',
      make: (lines) => spliced(lines, 21, 0, ...lines.slice(3, 21)),
      row: 'activeDisclosure.regulations',
      code: 'cell-count',
    },
    {
      // Seed 5 case 1702 (sample scale): a long line of part 三's label and numbers under 未经复议直接起诉's
      // column headers, and 复议后起诉's numbers repeated. 复议后起诉's own numbers, under its column
      // headers, did not pair one to one, and it took 未经复议直接起诉's, printed before it. A label
      // heading a small table of its own takes no numbers printed before it.
      name: 'part 四 as three small tables, the last group’s numbers repeated (part4-three-tables/05-2020-mixed)',
      source: 'fixtures/damaged/part4-three-tables/05-2020-mixed.txt',
      make: (lines) => {
        const direct = lineOf(lines, /^未经复议直接起诉$/);
        const last = lineOf(lines, /^91\t40/);
        const repeated = spliced(lines, last, 0, lines[last] ?? '', lines[last] ?? '').split('\n');
        return spliced(repeated, direct + 2, 0, '本年新收政府信息公开申请数量 1 2 3 4 5');
      },
      row: 'reviewLitigation.litigationAfterReview',
      code: 'ambiguous-pairing',
    },
    {
      // Seed 10 case 575 (sample scale): part 四 as three small tables, one number a line, 行政复议's
      // 976 printed eleven times. Its one-number-a-line run then held fifteen numbers and was read
      // as part 四's row of fifteen cells, as printed (976 for most cells of all three groups, with
      // total errors the report does not have). Numbers under 行政复议's heading alone are no row of
      // fifteen.
      name: 'part 四 as three small tables, a number a line, one printed eleven times (part4-three-tables/04-002)',
      source: 'fixtures/damaged/part4-three-tables/04-002.txt',
      make: (lines) => {
        const i = lineOf(lines, /^\t976$/);
        return spliced(lines, i, 0, ...Array<string>(10).fill(lines[i] ?? ''));
      },
      row: 'reviewLitigation.review',
      code: 'cell-count',
    },
    {
      // Seed 9 case 1284 (sample scale): part 四 as three small tables, 行政复议's line printed three
      // times. Read in the order printed, any fifteen of its numbers split into three groups that
      // add up, all reading the same: 行政复议's numbers given to both lawsuits. A group printed whole
      // on a line, the same numbers as another's, is that line printed again, not two groups. With
      // the small tables' headings counted as the table's words, the numbers run on past them: the
      // one run that is no repeat is the table's, read, the headings in the form's order.
      name: 'part 四 as three small tables, 行政复议’s line printed three times (part4-three-tables/01-003)',
      source: 'fixtures/damaged/part4-three-tables/01-003.txt',
      make: (lines) => {
        const i = lineOf(lines, /^593\t544/);
        return spliced(lines, i, 0, lines[i] ?? '', lines[i] ?? '');
      },
      row: 'reviewLitigation.litigationDirect',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // Seed 31 case 2913 (sample scale): a line of twenty 12s inserted before part 四's 总计 in plain
      // pdftotext's print. 未经复议直接起诉, its column headers after it (headed), took that line;
      // 行政复议's numbers after 总计, with no label, were placed by position as 复议后起诉's, the
      // one row missing after it. After a headed row numbers with no label are placed by nobody.
      // Twenty 12s are more numbers than part 四 has cells: the line is now passed over (strayLines'
      // numberOver), and the fifteen read in the order printed, every one right.
      name: 'a line of numbers after part 四’s headed 未经复议直接起诉, then 行政复议’s numbers (pdftotext/08-2020-mixed-borderless.plain)',
      source: 'fixtures/damaged/pdftotext/08-2020-mixed-borderless.plain.txt',
      make: twelvesBeforeTotal(20),
      row: 'reviewLitigation.litigationAfterReview',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // The same with fifteen 12s, no more than part 四's cells: not passed over, and placed by nobody.
      name: 'a line of fifteen numbers after part 四’s headed 未经复议直接起诉, then 行政复议’s numbers (pdftotext/08-2020-mixed-borderless.plain)',
      source: 'fixtures/damaged/pdftotext/08-2020-mixed-borderless.plain.txt',
      make: twelvesBeforeTotal(15),
      row: 'reviewLitigation.litigationAfterReview',
      code: 'ambiguous-pairing',
    },
    {
      // Seed 34 case 2056 (sample scale): plain pdftotext of Chromium's print, where 1.本机关不掌握
      // 相关政府信息's numbers stand before its label (`8.属于行政查询事项` / `43 75 …` / `11 36 …` /
      // `（四）无 1.本机关不掌握…` / `32 130 …`, the last 2.没有现成信息's). A junk line naming another
      // row (一、本年新收…) was inserted before that label; its print, not kept, hid the numbers
      // before the label, and the label read the next row's seven. A print not kept takes nothing.
      name: 'a junk print of another row between a row’s numbers and its label printed after them (pdftotext/15-004-chromium.plain)',
      source: 'fixtures/damaged/pdftotext/15-004-chromium.plain.txt',
      make: (lines) => {
        const label = lineOf(lines, /^（四）无 1\.本机关不掌握相关政府信息$/);
        return spliced(lines, label, 0, `本年新收政府信息公开申请数量 ${Array<string>(30).fill('1 2 3').join(' ')}`);
      },
      row: 'applications.unableToProvide.notHeld',
      code: 'cell-count',
    },
    {
      // Seed 9 case 708 (sample scale): plain pdftotext of the Word PDF prints labels in blocks and
      // numbers in long stretches, one a line. A stray `（七）总计` inserted in a stretch, after a row's
      // worth that adds up (`69` … `56` / `433`), took the next seven numbers, which add up too, and
      // was kept over its real print among the labels (whose numbers pairing could not place).
      // Numbers right before the stray that read as the row put that print in doubt.
      name: 'a stray label inside a stretch of numbers, its row also printed among labels (pdftotext/12-000-word.plain)',
      source: 'fixtures/damaged/pdftotext/12-000-word.plain.txt',
      make: (lines) => {
        const i = lineOf(lines, /^433$/);
        return spliced(lines, i + 2, 0, '（七）总计');
      },
      row: 'applications.totalHandled',
      code: 'ambiguous-pairing',
    },
    {
      // Seed 11 case 422 (sample scale): pdftotext -layout of Chromium's print, labels in a narrow
      // column centred on their numbers. 2.没有现成信息需要另行制作's line of numbers (`无法提   息需
      // 7 … 349`) printed again after `（五）   1.信` / `不予处   访举`, and a heading after it: the
      // words around the numbers named 1.信访举报投诉类申请 loosely (1.信 访举 … 息需), and it took
      // them. 息需 is none of its words nor its group's: those numbers are another label's.
      name: 'a label centred on another row’s numbers, a piece of that row’s words on their line (pdftotext/09-001-chromium.layout)',
      source: 'fixtures/damaged/pdftotext/09-001-chromium.layout.txt',
      make: (lines) => {
        const group = lineOf(lines, /^（五） {3}1\.信$/);
        const needsCreation = lines[lineOf(lines, /^无法提 {3}息需/)] ?? '';
        return spliced(lines, group + 2, 0, needsCreation, '四、政府信息公开行政复议、行政诉讼情况');
      },
      row: 'applications.notProcessed.complaint',
      code: 'missing-row',
    },
    {
      // Seed 20 case 385 (sample scale): part 四 as three small tables, the lines from 行政复议's numbers
      // to 复议后起诉's column headers printed twice, and a heading run in before the second print's
      // headers. 复议后起诉's heading and headers were followed by 行政复议's line printed again, which it
      // read; its own numbers, after the heading, were lost to part 四. A headed row printing an
      // earlier row's very numbers, in a table with a row printed again, may be showing its line again.
      name: 'part 四 as three small tables, lines printed twice: 行政复议’s line under 复议后起诉’s heading (part4-three-tables/01-003, （续表） between)',
      source: 'fixtures/damaged/part4-three-tables/01-003.txt',
      make: (lines) => {
        const review = lineOf(lines, /^593\t544/);
        const afterReview = lineOf(lines, /^行政诉讼（复议后起诉）$/);
        const twice = spliced(lines, afterReview + 2, 0, PAGE_GOES_ON, ...lines.slice(review, afterReview + 2)).split('\n');
        return spliced(twice, afterReview + 3 + (afterReview + 1 - review), 0, '二、主动公开政府信息情况');
      },
      row: 'reviewLitigation.litigationAfterReview',
      code: 'ambiguous-pairing',
    },
    {
      // Seed 39 case 117 (sample scale): pdftotext -layout of Chromium's print, labels in a narrow
      // column, lines 90–127 lost: `3.危` / `及` then `握相  90 59 … 668`, 1.本机关不掌握相关政府信息's
      // line. 3.危及“三安全一稳定” matched on 危及 and took those numbers. 握相, on the numbers' line,
      // is inside another row's words and none of its own: the numbers may be either row's.
      name: 'a label ending with a piece of another row’s words on that row’s line of numbers (pdftotext/10-2019-cells-chromium.layout)',
      source: 'fixtures/damaged/pdftotext/10-2019-cells-chromium.layout.txt',
      make: (lines) => {
        const and = lineOf(lines, /^ +及$/);
        const held = lineOf(lines, /^ +握相 +90/);
        return spliced(lines, and + 1, held - and - 1);
      },
      row: 'applications.denied.endangersSafety',
      code: 'missing-row',
    },
    {
      // Seed 40 case 2085 (sample scale): plain pdftotext of Word's PDF, part 四 a number a line, the
      // lines from 行政复议's 17 to the column headers before 未经复议直接起诉's 361 printed twice. The
      // only fifteen that add up were 行政复议's five twice, then 未经复议直接起诉's: read as 行政复议,
      // 未经复议直接起诉 and 复议后起诉, two of them wrong. Among more than fifteen numbers, a run
      // with a group printed twice may be a line printed again.
      name: 'part 四 a number a line, 行政复议’s lines printed twice (pdftotext/13-002-word.plain)',
      source: 'fixtures/damaged/pdftotext/13-002-word.plain.txt',
      make: (lines) => {
        const from = lineOf(lines, /^17$/);
        const to = lineOf(lines, /^361$/);
        return spliced(lines, to, 0, ...lines.slice(from, to));
      },
      row: 'reviewLitigation',
      code: 'ambiguous-pairing',
    },
    {
      // Seed 40 case 255 (sample scale): plain pdftotext of Chromium's print, part 四 a number a line,
      // 行政复议's 229 printed on ten more lines. Under the column headers, 19 147, 229 eleven times,
      // 352 747 made fifteen numbers, read as one row of fifteen though no group added up. A run
      // that prints a number, not 0, on three lines one after another is read so only when the groups add up.
      name: 'part 四 a number a line, one of them printed on ten more lines (pdftotext/11-000-chromium.plain)',
      source: 'fixtures/damaged/pdftotext/11-000-chromium.plain.txt',
      make: (lines) => {
        const at = lineOf(lines, /^229$/);
        return spliced(lines, at + 1, 0, ...Array<string>(10).fill('229'));
      },
      row: 'reviewLitigation.litigationDirect',
      code: 'ambiguous-pairing',
    },
    {
      // Seed 42 case 620 (sample scale): pdftotext -layout of Word's PDF, the lines from the rest of
      // （二）部分公开's label to （四）无法提供's lost, leaving `（二）部分公开（区分处理` / `供` /
      // `息需要另行制  58 … 561`, 2.没有现成信息需要另行制作's line. 部分公开 took its numbers. The
      // label ends, past the start of its bracketed note, with words inside another row's.
      name: 'a label ending, past its note, with words inside another row’s on that row’s numbers (pdftotext/14-2020-mixed-word.layout)',
      source: 'fixtures/damaged/pdftotext/14-2020-mixed-word.layout.txt',
      make: (lines) => {
        const label = lineOf(lines, /（二）部分公开（区分处理$/);
        const made = lineOf(lines, /息需要另行制 +58/);
        const printed = lines[made] ?? '';
        const cut = printed.indexOf('供') + 1;
        return spliced(lines, label + 1, made - label, printed.slice(0, cut), printed.slice(cut));
      },
      row: 'applications.partiallyGranted',
      code: 'missing-row',
    },
    {
      // Seed 47 case 2099 (sample scale): labels-first/04-002 prints six labels (3.补正后申请… to
      // 5.要求行政机关确认…) over five lines of numbers, 1.信访举报投诉类申请's not printed. The lines
      // from part 一 to 3.补正后申请's label were lost: five labels, five lines, each adding up, and
      // no column rule to check them. Read on their own arithmetic (a run vouching for itself), each
      // row took the numbers of the row before. Such a run must have the rows beside it named.
      name: 'labels first, the run’s first label lost with the lines before it (labels-first/04-002)',
      source: 'fixtures/damaged/labels-first/04-002.txt',
      make: (lines) => {
        const from = lineOf(lines, /^一、总体情况/) + 1;
        return spliced(lines, from, lineOf(lines, /^1\.信$/) - from);
      },
      row: 'applications.notProcessed.complaint',
      code: 'ambiguous-pairing',
    },
    {
      // Seed 47 case 2602 (sample scale): part 四 as three small tables in another order than the
      // form's (未经复议直接起诉, 复议后起诉, 行政复议), a part 二 heading inserted after 复议后起诉's.
      // Read in the order printed, the fifteen numbers added up as 行政复议, 未经复议直接起诉 and
      // 复议后起诉 (15 wrong): the heading `行政诉讼（未经复议直接起诉）`, a row's whole label, was
      // taken for other words, so the label that told the groups' order was not seen.
      name: 'part 四 as small tables out of the form’s order, a heading inserted among them (part4-three-tables/06-004)',
      source: 'fixtures/damaged/part4-three-tables/06-004.txt',
      make: (lines) => {
        const at = lineOf(lines, /^行政诉讼（复议后起诉）$/) + 1;
        return spliced(lines, at, 0, '二、主动公开政府信息情况');
      },
      row: 'reviewLitigation.review',
      code: 'ambiguous-pairing',
    },
    {
      // Seed 50 case 2845 (sample scale): a line of digits run together (58,354 1s) inserted between
      // `（五）不予处理` and `1.信访举报投诉类申请`, which labels-first/05-2020-mixed prints with
      // `2.重复申请` before one line of numbers. The group's label, the digits and 1.'s label read as a
      // label wrapped around its numbers (the form's label `（五）不予处理 1.信访…` runs from the one
      // into the other), so 2.重复申请 took the line after it (7 wrong). A row's own words must start
      // before the numbers for them to be its; a group's label alone there does not make them so.
      name: 'a group label, a line of digits, then the row’s own label: the digits are not a wrapped label’s (labels-first/05-2020-mixed)',
      source: 'fixtures/damaged/labels-first/05-2020-mixed.txt',
      make: (lines) => {
        const at = lineOf(lines, /^（五）不予处理$/) + 1;
        return spliced(lines, at, 0, '1'.repeat(40));
      },
      row: 'applications.notProcessed.duplicate',
      code: 'ambiguous-pairing',
    },
    {
      // Bench fuzz seed 1 case 151 (a shuffled-cells case): a tab-separated row with its own label
      // moved past its numbers (`（三）不予公开⇥363⇥27⇥…⇥53⇥1.属于国家秘密`) was read as a label wrapped
      // around them, its cells shifted by one (7 wrong). It is no row's, and 1.属于国家秘密 is missing.
      name: 'a row’s own label moved past its numbers, its group’s label before them (agreeing-cuts/03-000)',
      source: 'fixtures/damaged/agreeing-cuts/03-000.txt',
      make: (lines) => {
        const at = lineOf(lines, /^\t（三）不予公开\t1\.属于国家秘密\t27\t/);
        return spliced(carriedForwardMarked(lines), at, 1, '\t（三）不予公开\t363\t27\t38\t15\t119\t111\t53\t1.属于国家秘密');
      },
      row: 'applications.denied.stateSecret',
      code: 'missing-row',
    },
    {
      // The same with every number of the table printed: in the order printed, 363 away from its
      // place; put back as 总计, every row and column adds up, and nowhere else (formOrder.ts).
      name: 'a row’s own label moved past its numbers, every number printed (agreeing-cuts/03-000)',
      source: 'fixtures/damaged/agreeing-cuts/03-000.txt',
      make: (lines) => {
        const at = lineOf(lines, /^\t（三）不予公开\t1\.属于国家秘密\t27\t/);
        return spliced(lines, at, 1, '\t（三）不予公开\t363\t27\t38\t15\t119\t111\t53\t1.属于国家秘密');
      },
      row: 'applications.denied.stateSecret',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // Seed 60 case 234 (sample scale): a line of 42,167 characters (part 三's first label, then
      // brackets) inserted after part 二's first `信息内容` in pdftotext/17-2019-tabs-word.plain, whose
      // eight labels stand one a line before their numbers. The long line named no row of part 二 and
      // was too long to be matched again, so every label after it joined it as its rest: one label,
      // named by its last row, 政府集中采购, which took `8` and `153` (第二十条第（一）项's, after its
      // column header). A line naming a row starts its own piece after such a line; the labels are a
      // run again, and 政府集中采购 reads its own numbers under its own column headers.
      name: 'a page-long line before part 二’s labels printed one a line (pdftotext/17-2019-tabs-word.plain)',
      source: 'fixtures/damaged/pdftotext/17-2019-tabs-word.plain.txt',
      make: (lines) => {
        const at = lineOf(lines, /^信息内容$/) + 1;
        return spliced(lines, at, 0, `一、本年新收政府信息公开申请数量${'('.repeat(300)}`);
      },
      row: 'activeDisclosure.procurement',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // Seed 70 case 168 (sample scale): plain pdftotext of a Word PDF prints 1.申请人无正当理由逾期不补正…'s
      // label, then its numbers and 2.申请人逾期未按收费…'s one a line (`122` … `565`, `54` … `186`), that
      // label far below among the others. A stray `（七）总计` inserted between the two rows' numbers
      // took 54 … 186, which add up; its real print, in the run of labels, was not placed, so the
      // stray was kept (7 wrong). Seed 70 case 2064 did the same with a line of 一、本年新收's label.
      name: 'a stray label between two rows’ numbers printed one a line (pdftotext/12-000-word.plain)',
      source: 'fixtures/damaged/pdftotext/12-000-word.plain.txt',
      make: (lines) => spliced(lines, lineOf(lines, /^565$/) + 1, 0, '（七）总计'),
      row: 'applications.totalHandled',
      code: 'ambiguous-pairing',
    },
    {
      name: 'a stray line of 一、本年新收’s label between two rows’ numbers printed one a line (pdftotext/12-000-word.plain)',
      source: 'fixtures/damaged/pdftotext/12-000-word.plain.txt',
      make: (lines) => spliced(lines, lineOf(lines, /^565$/) + 1, 0, `一、本年新收政府信息公开申请数量${'1,'.repeat(100)}`),
      row: 'applications.newReceived',
      code: 'ambiguous-pairing',
    },
    {
      // Seed 1 case 2264 (bench scale), found while part 三 learnt to read labels around their numbers
      // (aroundNumbers.ts): labels-first/02-000 with its first rows lost prints 2.申请人逾期未按收费…'s
      // row, `| 3.其他 | 80 | … | 300 |`, then （七）总计's row cut in two (`1700 | 1` / `545 | …`).
      // The catalog shortens 2.申请人逾期…'s label, so any words after it seemed its rest: it took
      // `3.其他`, and 3.其他's numbers were read as （七）总计's, whose label follows them (7 wrong).
      name: 'a shortened label then another row’s, a cut row after them (labels-first/02-000, lines 28–52 lost, line 30 split)',
      source: 'fixtures/damaged/labels-first/02-000.txt',
      make: (lines) => {
        const kept = [...lines.slice(0, 27), ...lines.slice(52)];
        const line = kept[29] ?? '';
        return spliced(kept, 29, 1, line.slice(0, 24), line.slice(24));
      },
      row: 'applications.totalHandled',
      code: 'joined-number',
      right: true,
    },
    {
      // Seed 80 case 490 (sample scale), found while part 三 learnt to read labels around their numbers:
      // unlabelled-rows/06-001 with most of part 三 lost keeps its column headers, `… 法律服务机构 其他`,
      // then 一、本年新收's numbers with no label. `其他` is also 3.其他's label, which was read as
      // printed before them (7 wrong). A row whose words are a column's header too is named by its numbering with them.
      name: 'a column header `其他` right before a row of numbers with no label (unlabelled-rows/06-001, lines 27–66 lost)',
      source: 'fixtures/damaged/unlabelled-rows/06-001.txt',
      make: (lines) => {
        const joined = [...lines.slice(0, 45), `${lines[45] ?? ''}${lines[46] ?? ''}`, ...lines.slice(47)];
        return [...joined.slice(0, 26), ...joined.slice(66)].join('\n');
      },
      row: 'applications.otherHandling.other',
      code: 'ambiguous-pairing',
    },
    {
      // Seed 80 case 230 (sample scale), found while part 三 learnt to read labels around their numbers:
      // variants/003-split-rows, each label on a line above its numbers, lost the lines from
      // 5.要求行政机关确认…'s numbers to 3.其他's label. That label, whole before 3.其他's numbers, read
      // as theirs (7 wrong). The rows after it missing, the numbers may be any of theirs.
      name: 'a label whole before its numbers, lines lost after it (variants/003-split-rows, lines 94–99 lost)',
      source: 'fixtures/variants/003-split-rows.txt',
      make: (lines) => spliced(lines, 93, 6),
      row: 'applications.notProcessed.confirmation',
      code: 'cell-count',
    },
    {
      // Seed 80 case 1600 (sample scale; wrong before too): plain pdftotext of Chromium's PDF prints
      // 1.本机关不掌握…'s numbers before its label (`11 36 … 371` / `（四）无 1.本机关不掌握相关政府信息`),
      // and 2.没有现成…'s numbers next (`32 130 … 475`). The two lines joined, the label ran into
      // 2.'s numbers and read them as its own (7 wrong). A row's worth no row took right before the
      // label that reads as the row too leaves it in doubt, as when the numbers are below it.
      name: 'a label run into the next row’s numbers, its own printed before it (pdftotext/15-004-chromium.plain, lines 91 and 92 joined)',
      source: 'fixtures/damaged/pdftotext/15-004-chromium.plain.txt',
      make: (lines) => spliced(lines, 90, 2, `${lines[90] ?? ''}\t${lines[91] ?? ''}`),
      row: 'applications.unableToProvide.notHeld',
      code: 'cell-count',
    },
    {
      // Seed 81 case 1122 (sample scale; wrong before too): labels-first/01-003 with lines 31–38
      // printed twice. The copy put `6.属于四类过程性信息` right before （一）予以公开's numbers
      // (`| 109 | 25 | … | 402 |`), read as its row; its second print, among labels printed first,
      // paired with its own numbers, and the first print was kept (7 wrong).
      name: 'a block of lines printed twice, a label of labels printed first before another row’s numbers (labels-first/01-003, lines 31–38 twice, （续表） between)',
      source: 'fixtures/damaged/labels-first/01-003.txt',
      make: (lines) => [...lines.slice(0, 38), PAGE_GOES_ON, ...lines.slice(30, 38), ...lines.slice(38)].join('\n'),
      row: 'applications.denied.processInformation',
      code: 'ambiguous-pairing',
    },
    {
      // Seed 86 case 787 (sample scale; wrong before too): heading-drift/03-002 with its tabs dropped
      // and two rows joined by two spaces: `规章5505298680  行政规范性文件1127397275`. 规章 took the
      // next row's label as a cell of its own, which made three cells: 5505298680, the words and
      // 1127397275 (2 wrong). A row's whole label among a row's cells now ends them, as a numbered one does.
      name: 'two rows of part 二 run together, their tabs dropped (heading-drift/03-002, lines 8 and 9 joined)',
      source: 'fixtures/damaged/heading-drift/03-002.txt',
      make: (lines) => spliced(lines, 7, 2, `${lines[7] ?? ''}  ${lines[8] ?? ''}`).replaceAll('\t', ''),
      row: 'activeDisclosure.regulations',
      code: 'ambiguous-digits',
    },
    {
      // Seed 98 case 2584 (sample scale; wrong before too): pdftotext -layout of Chromium's PDF with
      // lines 111–118 lost. （二）部分公开's label, the column of 三、本年度办理结果 beside it (`度办`)
      // and the start of its note, ran on into the pieces of 2.其他法律行政法规禁止公开 (`他法` /
      // `律行` / `政法⇥120 …`) and took that row's numbers (7 wrong). Its note was looked for only
      // right after its own words, so the words past it were never seen to be another row's.
      name: 'a label with its note, another row’s pieces after it, lines lost (pdftotext/09-001-chromium.layout, lines 111–118 lost)',
      source: 'fixtures/damaged/pdftotext/09-001-chromium.layout.txt',
      make: (lines) => spliced(lines, 110, 8),
      row: 'applications.partiallyGranted',
      code: 'missing-row',
    },
    {
      // Seed 100 case 2235 (sample scale; wrong before too): plain pdftotext of Chromium's PDF with
      // line 90 lost, 1.本机关不掌握…'s numbers, printed before its label. The label then stood
      // before 2.没有现成…'s numbers (`32 130 … 475`), with 2.'s label right after them and no
      // numbers of its own, and read them (7 wrong). Where labels follow their numbers, they are 2.'s.
      name: 'a label before the next row’s numbers, its own lost before it (pdftotext/15-004-chromium.plain, line 90 lost)',
      source: 'fixtures/damaged/pdftotext/15-004-chromium.plain.txt',
      make: (lines) => notHeldLost(lines),
      row: 'applications.unableToProvide.notHeld',
      code: 'cell-count',
    },
    {
      // The same with 3.补正后申请内容仍不明确's numbers run together and cut short as well (made from
      // seed 100 case 2235, `3.补正后申请内容仍不明确 12877103487410853`): the row after the bare label
      // reads nothing of its own, and the bare label's numbers may still be the ones before it.
      // (Bench fuzz seed 1 case 1188, numbers replaced, loses 14 right cells to this doubt: its rows
      // after bare labels print glued digits too.)
      name: 'a label before the next row’s numbers, its own lost before it, the row after run together (pdftotext/15-004-chromium.plain, line 90 lost)',
      source: 'fixtures/damaged/pdftotext/15-004-chromium.plain.txt',
      make: (lines) => notHeldLost(lines, '3.补正后申请内容仍不明确 12877103487410853'),
      row: 'applications.unableToProvide.notHeld',
      code: 'cell-count',
    },
    {
      // The same with 3.补正后申请内容仍不明确's first number printed as words (made from seed 100 case
      // 2235; bench fuzz seed 1 case 2090, numbers replaced, read so too: 7 wrong). The labels after
      // 1.本机关不掌握…'s numbers (2., 3., （五）1.) have one line of numbers among them: 2.'s label
      // may have none, and 1.'s numbers may be 2.'s.
      name: 'a label before the next row’s numbers, its own lost before it, labels after with fewer lines of numbers (pdftotext/15-004-chromium.plain, line 90 lost)',
      source: 'fixtures/damaged/pdftotext/15-004-chromium.plain.txt',
      make: (lines) => notHeldLost(lines, '3.补正后申请内容仍不明确 abc 77 103 48 74 108 538'),
      row: 'applications.unableToProvide.notHeld',
      code: 'cell-count',
    },
    {
      // Seed 82 case 2816 (sample scale; wrong before too): 2019-cells with lines 69 and 70 joined,
      // `⇥行政事业性收费⇥⇥5` / `⇥-2`. The blank and 5 read as the row, with no sums to tell (1 wrong).
      // In doubt, the row is read from its small table's two numbers under its heading.
      name: 'a part 二 row run into its first number, a blank taken for a cell (2019/2019-cells, lines 69 and 70 joined with a tab)',
      source: 'fixtures/2019/2019-cells.txt',
      make: (lines) => spliced(lines, 68, 2, `${lines[68] ?? ''}\t${lines[69] ?? ''}`),
      row: 'activeDisclosure.fees',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // Seed 83 case 778 (sample scale; wrong before too): part 四 printed as three small tables out
      // of the form's order (未经复议直接起诉, 复议后起诉, then 行政复议), a line of other words
      // between `行政复议` and its table. Read in the order printed, the first table's numbers went
      // to 行政复议 (15 wrong): the heading cut off was not seen to stand after the other two.
      name: 'part 四 as three small tables out of the form’s order, a line of words after a heading (part4-three-tables/06-004, a line after line 63)',
      source: 'fixtures/damaged/part4-three-tables/06-004.txt',
      make: (lines) => spliced(lines, 63, 0, '本年新收政府信息公开申请数量 1 2 3 1 2 3'),
      row: 'reviewLitigation.review',
      code: 'missing-row',
    },
    {
      // Seed 110 case 590 (sample scale; wrong before too): part 二 printed column by column, one
      // number a line, with `（七）总计` inserted among 第二十条第（五）项's six numbers (70 94 41 /
      // （七）总计 / 127 9171 9951). Two runs of three, a row's worth each, read row after row (4 wrong).
      // Runs are rows' worths only when the words between them are the small table's labels.
      name: 'part 二 column by column, other words among a small table’s numbers (column-by-column/05-2020-mixed, a line at 39)',
      source: 'fixtures/damaged/column-by-column/05-2020-mixed.txt',
      make: (lines) => spliced(lines, 38, 0, '（七）总计'),
      row: 'activeDisclosure.licensing',
      code: 'ambiguous-pairing',
    },
    {
      // Seed 191 case 1139 (sample scale, 2026-12-05): pdfminer's text of the 2019-cells PDF, part 二
      // printed column by column, with lines 6–45 lost (the heading and most labels). `政府集中采购`
      // was left right before another small table's column (`本年` / `新制` / `作数` / `量` / `49` /
      // `38`), and read those numbers as its own (2 wrong). A label that ends with a column header
      // its row does not have names no row; read column by column, the row is its own again.
      name: 'part 二 column by column, a label right before another small table\'s column (pdfminer/07-2019-cells, lines 6–45 deleted)',
      source: 'fixtures/damaged/pdfminer/07-2019-cells.pdfminer.txt',
      make: (lines) => spliced(lines, 5, 40),
      row: 'activeDisclosure.procurement',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // Seed 192 case 1383 (sample scale, 2026-12-05; wrong before too): pdfminer's text of 001's
      // printed page, part 二 labels first, lines 107–127 lost (the column headers and 规章's first
      // number). 行政许可 and 行政强制 were not read as labels, and the four labels left took the
      // eight numbers left in turn, one short each (7 wrong). Rows with no sums paired by their
      // count alone only when the labels leave no row of the form out between them.
      name: 'part 二 labels first, rows left out between the labels and a number lost (pdfminer/09, lines 107–127 deleted)',
      source: 'fixtures/damaged/pdfminer/09-001_eb914b629682bc65.renumbered.libreoffice.pdfminer.txt',
      make: (lines) => spliced(lines, 106, 21),
      row: 'activeDisclosure.regulations',
      code: 'ambiguous-pairing',
    },
    {
      // Seed 215 case 893 (sample scale, 2026-12-05; wrong on 0c0d506 too): mutool's text of the
      // 2020-mixed PDF, part 四's header words and fifteen numbers one a line, with a long line of
      // another table's label and numbers inserted among the header words and again after the tenth
      // number. The fifteen no longer read in order; row by row, 未经复议直接起诉 took 行政复议's five
      // and 复议后起诉 the next (10 wrong): the inserted line's numbers hid that 行政复议 was named in
      // the header before them. Only a line of numbers alone ends what the header named. Since the
      // lines that repeat one unit of words and numbers are passed over (2026-12-07), part 四 reads
      // whole, and the line among its numbers is reported.
      name: 'part 四 headers first, a line of another table\'s label and numbers among them and among its numbers (mutool/08-2020-mixed)',
      source: 'fixtures/damaged/mutool/08-2020-mixed.mutool.txt',
      make: (lines) => {
        const junk = '本年新收政府信息公开申请数量 1 2 3 '.repeat(4);
        const heading = lineOf(lines, /^四、政府信息公开行政复议/);
        const tenth = heading + lines.slice(heading).indexOf('229');
        const other = heading + lines.slice(heading).indexOf('其他');
        return spliced(spliced(lines, tenth + 1, 0, junk).split('\n'), other, 0, junk);
      },
      row: 'reviewLitigation',
      code: 'unknown-row',
      right: true,
    },
    {
      // Seed 218 case 329 (sample scale, 2026-12-05; wrong on 0c0d506 too): Chromium's print of the
      // 2019-cells page through plain pdftotext, labels after their numbers (`153` / `120` / `6949` /
      // `行政处罚` / `77` …), a line of stars inserted before 行政处罚 (a lone `*` once Markdown's bold
      // marks go) and its stretch printed twice. The mark after 153 120 6949 hid that they are a row's
      // worth before the label, and 行政处罚 read 行政强制's 77 109 7648 (3 wrong).
      name: 'labels after their numbers, a mark between the numbers and the label (pdftotext/10-2019-cells-chromium.plain)',
      source: 'fixtures/damaged/pdftotext/10-2019-cells-chromium.plain.txt',
      make: (lines) => {
        const i = lines.indexOf('行政处罚');
        const marked = [...lines.slice(0, i), '*'.repeat(41), ...lines.slice(i)];
        const j = i + 1;
        return spliced(marked, j + 7, 0, ...marked.slice(j - 5, j + 7));
      },
      row: 'activeDisclosure.punishment',
      code: 'cell-count',
    },
    {
      // The pdftotext lines-twice sweep (2026-12-06, wrong on 6612819): pdftotext/15-004-chromium.plain
      // with line 89 lost, 8.属于行政查询事项's numbers. Its label then stood before 1.本机关不掌握…'s
      // numbers (`11 … 371`), printed before their label, and read them (7 wrong). 1.'s own
      // (`32 … 475`) may be 2.'s, whose label has none after it: then 1.'s stand before its label and
      // 8.'s own were lost, and the rows before it printed so are in doubt the same way.
      name: 'a label before the next row’s numbers, that row’s own in doubt as well (pdftotext/15-004-chromium.plain, line 89 lost)',
      source: 'fixtures/damaged/pdftotext/15-004-chromium.plain.txt',
      make: (lines) => {
        expect(lines[88]).toBe('43 75 15 83 117 9 342');
        return spliced(lines, 88, 1);
      },
      row: 'applications.denied.administrativeQuery',
      code: 'cell-count',
    },
    {
      // Seed 240 case 2763 (2026-12-06, wrong on 6612819): column-by-column/02-001 with lines 36–73
      // lost, from 行政事业性收费's 1598 through part 三's heading and header to 自然人's numbers but its
      // last, 535. The row read 535 (1 wrong): nothing there tells it from its own. What follows it
      // tells that lines were lost after it: 商业企业 and its 25 numbers, a whole column of part 三
      // printed column by column, not its first, and part 三's heading nowhere.
      name: 'the table\'s last row, its number apart, then numbers no row holds: lines lost after it (column-by-column/02-001, lines 36–73 lost)',
      source: 'fixtures/damaged/column-by-column/02-001.txt',
      make: (lines) => {
        expect([lines[34], lines[35], lines[73]]).toEqual(['行政事业性收费', '1598', '535']);
        return spliced(lines, 35, 38);
      },
      row: 'activeDisclosure.fees',
      code: 'cell-count',
    },
    {
      // The same with 行政事业性收费's label lost too (lines 35–73, a sweep of stretches lost across part
      // boundaries, 2026-12-06): the small tables then read column by column, 535 right under
      // 本年收费金额（单位：万元）, and part 三's numbers go on right after it under 商业企业 (1 wrong).
      // Part 三's heading nowhere, its heading, header and first column were lost, and this column's
      // own number may have been lost with them.
      name: 'part 二\'s last column printed, then part 三\'s numbers under a column header other than its first, its heading lost (column-by-column/02-001, lines 35–73 lost)',
      source: 'fixtures/damaged/column-by-column/02-001.txt',
      make: (lines) => {
        expect([lines[33], lines[34], lines[73]]).toEqual(['本年收费金额（单位：万元）', '行政事业性收费', '535']);
        return spliced(lines, 34, 39);
      },
      row: 'activeDisclosure.fees',
      code: 'ambiguous-pairing',
    },
    {
      // The boundary sweep, mutool/01-000 with lines 63–104 lost: 行政事业性收费's label and 7764, part
      // 三's heading, header and first row but its total, 9697, then `二、上年结转政府信息公开申请数量`
      // and its seven numbers. 9697 stood right under 本年收费金额（单位：万元） and read as the fee
      // (1 wrong). A row of part 三 printed row by row, not its first, part 三's heading nowhere.
      name: 'part 二\'s last column printed, then a row of part 三 other than its first, its heading lost (mutool/01-000, lines 63–104 lost)',
      source: 'fixtures/damaged/mutool/01-000_02e88f20f87b4541.renumbered.mutool.txt',
      make: (lines) => {
        expect([lines[60], lines[104], lines[105], lines[106]]).toEqual(['本年收费金额（单位：', '9697', '', '二、上年结转政府信息公开申请数量']);
        return spliced(lines, 62, 42);
      },
      row: 'activeDisclosure.fees',
      code: 'missing-row',
    },
    {
      // The same with lines 63–113 lost: 3430 (二、上年结转's total) under the fee's header, then
      // `三、本年度办` / `理结果` / `（一）予以公开` over lines and its numbers (1 wrong).
      name: 'part 二\'s last column printed, then a row of part 三 under its group\'s label over two lines, its heading lost (mutool/01-000, lines 63–113 lost)',
      source: 'fixtures/damaged/mutool/01-000_02e88f20f87b4541.renumbered.mutool.txt',
      make: (lines) => {
        expect([lines[113], lines[115], lines[116]]).toEqual(['3430', '三、本年度办', '理结果']);
        return spliced(lines, 62, 51);
      },
      row: 'activeDisclosure.fees',
      code: 'missing-row',
    },
    {
      // The same with lines 66–104 lost, 行政事业性收费's label kept: it read 9697 row by row (1 wrong),
      // then `二、上年结转政府信息公开申请数量` and its seven numbers.
      name: 'the table\'s last row, its number apart, then a row of part 三 other than its first, its heading lost (mutool/01-000, lines 66–104 lost)',
      source: 'fixtures/damaged/mutool/01-000_02e88f20f87b4541.renumbered.mutool.txt',
      make: (lines) => {
        expect([lines[64], lines[66], lines[104]]).toEqual(['事业性收费', '7764', '9697']);
        return spliced(lines, 65, 39);
      },
      row: 'activeDisclosure.fees',
      code: 'cell-count',
    },
    {
      // The pdftotext sweep of stretches lost across part headings (2026-12-06, wrong on 0ffa8cf):
      // 02-003-borderless.plain with lines 49–95 lost, 行政事业性收费's label and 6839, part 三's
      // heading, header and first rows but 二、上年结转's total 2466. 2466 stood under
      // 本年收费金额（单位：万元） and read as the fee (1 wrong). Right after it, `三、本年度` /
      // `办理结果`: the words the form prints over part 三's later rows, then numbers.
      name: 'part 二\'s last column printed, then the words over part 三\'s later rows and numbers, its heading lost (pdftotext/02-003-borderless.plain, lines 49–95 lost)',
      source: 'fixtures/damaged/pdftotext/02-003-borderless.plain.txt',
      make: (lines) => {
        expect([lines[47], lines[49], lines[96], lines[98], lines[99]]).toEqual(['本年收费金额（单位：万元）', '行政事业性收费 6839', '2466', '三、本年度', '办理结果']);
        return spliced(lines, 48, 47);
      },
      row: 'activeDisclosure.fees',
      code: 'ambiguous-pairing',
    },
    {
      // The same with lines 50–112 lost: 402, then （二）部分公开's label cut by its first number
      // (`（二）部分公开（区分处理的，只计这一情形，不计 59` / `其他情形）`), one number before the
      // label goes on (1 wrong).
      name: 'part 二\'s last column printed, then a row of part 三 whose label a number cuts, its heading lost (pdftotext/02-003-borderless.plain, lines 50–112 lost)',
      source: 'fixtures/damaged/pdftotext/02-003-borderless.plain.txt',
      make: (lines) => {
        expect([lines[49], lines[113], lines[115], lines[116]]).toEqual(['行政事业性收费 6839', '402', '（二）部分公开（区分处理的，只计这一情形，不计 59', '其他情形）']);
        return spliced(lines, 49, 63);
      },
      row: 'activeDisclosure.fees',
      code: 'missing-row',
    },
    {
      // 11-000-chromium.plain with lines 92–125 lost: 9697, then 二、上年结转's label and more than
      // its seven numbers (Chromium's print of part 三 puts the later rows' labels elsewhere), so the
      // count of a row did not match (1 wrong).
      name: 'part 二\'s last column printed, then a row of part 三 followed by more than its numbers, its heading lost (pdftotext/11-000-chromium.plain, lines 92–125 lost)',
      source: 'fixtures/damaged/pdftotext/11-000-chromium.plain.txt',
      make: (lines) => {
        expect([lines[89], lines[126], lines[128]]).toEqual(['本年收费金额（单位：', '9697', '二、上年结转政府信息公开申请数量']);
        return spliced(lines, 91, 34);
      },
      row: 'activeDisclosure.fees',
      code: 'missing-row',
    },
    {
      // 16-004-word.plain with lines 55–74 lost (the sweep, wrong on 7ae73d2): part 三's heading and
      // first columns, after 行政事业性收费's label (printed after its number): `本年收费金额（单位：` /
      // `万元）` / `5888` / `行政事业性收费` / `118` / `其他` / `总计` / …. Row by row the label read part
      // 三's 118; column by column its header read its own 5888. The readings disagreed, and the row
      // by row one stood (1 wrong); then the two were left null. Now a number right under the column
      // header, before the small table's first label, is that row's own where labels follow their
      // numbers (looseBefore, f7ac346): the row by row reading is in doubt, and the column by
      // column one reads the cell right.
      name: 'two readings of part 二 give a cell different numbers (pdftotext/16-004-word.plain, lines 55–74 lost)',
      source: 'fixtures/damaged/pdftotext/16-004-word.plain.txt',
      make: (lines) => {
        expect([lines[49], lines[51], lines[53], lines[74], lines[76]]).toEqual(['本年收费金额（单位：', '5888', '行政事业性收费', '118', '其他']);
        return spliced(lines, 54, 20);
      },
      row: 'activeDisclosure.fees',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // The 2019 form, row by row: 05-2019-tabs-bordered.plain with lines 89–153 lost, 政府集中采购
      // keeping 124 and reading part 三's 411 as its amount (1 wrong), then （二）部分公开's label
      // cut (`…只计这` / `127` / `一情形，不计其他情形）`).
      name: 'the table\'s last row, its numbers apart, then a row of part 三 whose label a number cuts, its heading lost (pdftotext/05-2019-tabs-bordered.plain, lines 89–153 lost)',
      source: 'fixtures/damaged/pdftotext/05-2019-tabs-bordered.plain.txt',
      make: (lines) => {
        expect([lines[85], lines[87], lines[154], lines[156], lines[157]]).toEqual(['政府集中采购', '124', '411', '（二）部分公开（区分处理的，只计这', '127']);
        return spliced(lines, 88, 65);
      },
      row: 'activeDisclosure.procurement',
      code: 'cell-count',
    },
    {
      // Not a row of part 三 right after the column: a group's label, then its row's (html2text/03-002
      // with lines 74–101 lost, `| 351` / `（六）其他处理 | 2.申请人逾期未按…`). Taking the group's
      // label for another row, the check let 351 (part 三's) read as the fee.
      name: 'part 二\'s last column printed, then a group\'s label and a row of part 三 under it, its heading lost (html2text/03-002, lines 74–101 lost)',
      source: 'fixtures/damaged/html2text/03-002_4a61cbdbb397b0fd.renumbered.html2text.txt',
      make: (lines) => {
        expect([lines[72]?.trim(), lines[101]?.trim()]).toEqual(['信息内容 | 本年收费金额（单位：万元）', '| 351']);
        expect(lines[102]).toContain('（六）其他处理 | 2.申请人逾期未按收费通知要求缴纳费用');
        return spliced(lines, 73, 28);
      },
      row: 'activeDisclosure.fees',
      code: 'missing-row',
    },
    {
      // The other side: pdfminer/01-000 with lines 75–93 lost prints after part 二's last column
      // (`9520` / `23`) the fee's header and then the labels of several part 三 rows together, their
      // numbers after: no row of part 三 goes on there, and 行政处罚 keeps its 9520.
      name: 'part 二\'s last column printed, then the labels of several part 三 rows together, its heading lost: the column is read (pdfminer/01-000, lines 75–93 lost)',
      source: 'fixtures/damaged/pdfminer/01-000_02e88f20f87b4541.renumbered.pdfminer.txt',
      make: (lines) => {
        expect([lines[69], lines[71], lines[73], lines[93]]).toEqual(['9520', '23', '本年收费金额（单位：', '的，只计这一情形，不计其他']);
        return spliced(lines, 74, 19);
      },
      row: 'activeDisclosure.punishment',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // Seed 243 case 2029 (sample scale, 2026-12-06; wrong on 0ffa8cf): 四、结转下年度继续办理
      // inserted among part 三's rows of pdftotext/15-004-chromium.plain, before `28 8 91 81 89 33
      // 330`, 4.保护第三方合法权益's numbers printed before its label. The row read them (7 wrong; they
      // add up) and its own print, where the form puts it (`四、结转下年度继续办理` / `732 242 816 436`
      // …), was dropped as a repeat. A print among rows the form puts before it, the rows around it
      // in order with each other, and another where the form puts it: the first is astray.
      name: 'a row printed among rows the form puts before it, and again where the form puts it: the first print is astray (pdftotext/15-004-chromium.plain, 四、结转下年度继续办理 before line 80)',
      source: 'fixtures/damaged/pdftotext/15-004-chromium.plain.txt',
      make: (lines) => {
        expect([lines[78], lines[79], lines[80]]).toEqual(['44 7 90 78 35 26 280', '28 8 91 81 89 33 330', '（三）不 4.保护第三方合法权益']);
        return spliced(lines, 79, 0, '四、结转下年度继续办理');
      },
      row: 'applications.carriedForward',
      code: 'ambiguous-pairing',
    },
    {
      // Seed 265 case 432 (sample scale, 2026-12-07; wrong on 75430cd and 7dd66a7): 四、结转下年度继续办理
      // inserted in pdftotext/14-2020-mixed-word.layout between `3.要求提供公` and 3.'s numbers, the
      // file cut short before its own print. It read 3.'s numbers (7 wrong). Printed once among rows
      // the form puts before it, its numbers apart from its label: astray all the same.
      name: 'a row printed once among rows the form puts before it, its numbers apart from its label: astray (pdftotext/14-2020-mixed-word.layout, 四、结转下年度继续办理 moved before line 119)',
      source: 'fixtures/damaged/pdftotext/14-2020-mixed-word.layout.txt',
      make: (lines) => {
        expect([lines[117]?.trim(), lines[118]?.trim().split(/\s+/)[0], lines[130]?.startsWith('四、结转下年度继续办理')]).toEqual(['3.要求提供公', '84', true]);
        return spliced([...lines.slice(0, 130), ...lines.slice(131)], 118, 0, '四、结转下年度继续办理');
      },
      row: 'applications.carriedForward',
      code: 'ambiguous-pairing',
    },
    {
      // Seed 273 case 1290 (sample scale, 2026-12-07; wrong on 75430cd and 7dd66a7): a line of junk
      // (`中中中…`) inserted among 4.保护第三方合法权益's numbers in chromium-pdftotext/21-19.plain, whose
      // labels follow their numbers. The junk was taken for the rest of 4.'s label wrapped around its
      // numbers, and a wrapped label is printed before its numbers: 4. read 5.'s (3 wrong). Words of
      // none of the label's own, nor the table's headers or words over its rows, are no rest of it.
      name: 'a line of junk among a row\'s numbers is no rest of its label (chromium-pdftotext/21-19.plain, a line of 中 inserted after line 172)',
      source: 'fixtures/damaged/chromium-pdftotext/21-19.plain.txt',
      make: (lines) => {
        expect([lines[168], lines[169], lines[171]]).toEqual(['（三）不予公开 4.保护第三方合', '法权益', '0']);
        return spliced(lines, 172, 0, '中'.repeat(400));
      },
      row: 'applications.denied.thirdPartyRights',
      code: 'cell-count',
    },
    {
      // Seed 277 case 394 (2026-12-07, wrong on 75430cd): a line of marks and a letter (`****x****…`) among （二）部分公开's
      // numbers in chromium-pdftotext/3-79.plain, right after `年度办` / `予以公开`, whose labels follow
      // their numbers: taken for the rest of 予以公开's label, it read 部分公开's (7 wrong). No words at
      // all are no rest of a label either; the table's numbers row after row in the form's order then
      // read it right.
      name: 'a line of marks among a row\'s numbers is no rest of its label (chromium-pdftotext/3-79.plain, a line of * and an x inserted after line 115)',
      source: 'fixtures/damaged/chromium-pdftotext/3-79.plain.txt',
      make: (lines) => {
        expect([lines[110], lines[111], lines[114], lines[115]]).toEqual(['年度办', '予以公开', '13', '342']);
        return spliced(lines, 115, 0, `${'*'.repeat(200)}x${'*'.repeat(200)}`);
      },
      row: 'applications.granted',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // Seed 282 case 382 (sample scale, 2026-12-07; wrong on 75430cd): chromium-pdftotext/7-28.plain's
      // `一、本年新收政府信息 930 600 495 491 4350 509311959` (5093 and 11959 run together) joined with a
      // tab to its label's rest `公开申请数量`. The rest was taken for the row's 总计 cell, the count then
      // fitting without a cut: 其他 read 509311959. A piece of the row's own label after its numbers is
      // its rest, no cell: the digits are cut by the row's sums again.
      name: 'a piece of the row\'s own label after its numbers is no cell (chromium-pdftotext/7-28.plain, line 94 joined to 95 with a tab)',
      source: 'fixtures/damaged/chromium-pdftotext/7-28.plain.txt',
      make: (lines) => {
        expect([lines[93], lines[94]]).toEqual(['一、本年新收政府信息 930 600 495 491 4350 509311959', '公开申请数量']);
        return spliced(lines, 93, 2, `${lines[93] ?? ''}\t${lines[94] ?? ''}`);
      },
      row: 'applications.newReceived',
      code: 'recovered-digits',
      right: true,
    },
    {
      // Seed 288 case 1417 (sample scale, 2026-12-07; wrong on 9463245): chromium-pdftotext/3-79.plain
      // prints 13 labels, then 28 numbers (four rows' worth), then the other numbers and labels. A
      // line of other words (`规章⇥中中…`) among the numbers cut them in two: the 8 labels after the
      // second stretch took its 56 numbers, 8 rows' worth, adding up as any row's do (54 wrong).
      // Labels short of numbers claim those after their own, apart only by words that name no row.
      name: 'labels short of numbers claim those past a line of other words (chromium-pdftotext/3-79.plain, a line of 规章 and 中 inserted after line 227)',
      source: 'fixtures/damaged/chromium-pdftotext/3-79.plain.txt',
      make: (lines) => {
        expect([lines[226], lines[228], lines[388]]).toEqual(['97', '24', '17']);
        return spliced(lines, 227, 0, `规章\t${'中'.repeat(400)}`);
      },
      row: 'applications.notProcessed.duplicate',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // Seed 291 case 1068 (sample scale, 2026-12-07; wrong on cbc6674): lynx's print with lines
      // 488–507 lost, 5.要求行政机关确认…'s numbers and （六）其他处理 1.申请人无正当理由…'s label among them:
      // 5.'s label then stood right before 1.'s numbers. The row-by-row reading doubts it (the form's
      // next row missing); the reading of labels around numbers did not, taking （六）'s rows for a group
      // printed as one row (3.其他 read) though 2.申请人逾期未按… was read too (7 wrong).
      name: 'a row of a group printed row by row, its label lost, is missing, not left out (text-browser/02-001 lynx, lines 488–507 lost)',
      source: 'fixtures/damaged/text-browser/02-001_eb914b629682bc65.renumbered.lynx.txt',
      make: (lines) => {
        expect([lines[484]?.trim(), lines[488]?.trim(), lines[502]?.trim(), lines[508]?.trim()]).toEqual(['5.要求行', '129', '（六）其他处理', '70']);
        return spliced(lines, 487, 20);
      },
      row: 'applications.notProcessed.confirmation',
      code: 'cell-count',
    },
    {
      // Seed 286 case 1042 (sample scale, 2026-12-07; wrong on 08e76e6): chromium-pdftotext/3-58.plain
      // prints every label after its numbers; a line of 中 inserted among 4.保护第三方合法权益's
      // numbers, right after `3.危及“三安全一稳定”` and four of them, was read as a row the form does not
      // have: 3. read those four, and 4. the next row's numbers after its label (6 wrong). A line of
      // a few characters over and over, longer than any label, is passed over, and says so.
      name: 'a line of a few characters over and over among the numbers is passed over (chromium-pdftotext/3-58.plain, a line of 中 after line 120)',
      source: 'fixtures/damaged/chromium-pdftotext/3-58.plain.txt',
      make: (lines) => {
        expect([lines[115], lines[119], lines[124]]).toEqual(['3.危及“三安全一稳定”', '24', '4.保护第三方合法权益']);
        return spliced(lines, 120, 0, '中'.repeat(400));
      },
      row: 'applications.denied.thirdPartyRights',
      code: 'cell-count',
    },
    {
      // Seed 292 case 789 (sample scale, 2026-12-07; wrong on 08e76e6): the same report with `开`
      // (the rest of 2.其他法律行政法规禁止公开's label, printed after its numbers) joined to 3.'s first
      // number, `开24`. The look for numbers right before 3.'s label stopped at that line: 3. read 4.'s
      // numbers, 4. read 5.'s (9 wrong). Words that name no row, then numbers on their line: the
      // numbers are among those before the label, the words end them.
      name: 'a label\'s rest and the next row\'s first number on one line (chromium-pdftotext/3-58.plain, lines 107 and 108 joined)',
      source: 'fixtures/damaged/chromium-pdftotext/3-58.plain.txt',
      make: (lines) => {
        expect([lines[106], lines[107], lines[115]]).toEqual(['开', '24', '3.危及“三安全一稳定”']);
        return spliced(lines, 106, 2, `开${lines[107] ?? ''}`);
      },
      row: 'applications.denied.endangersSafety',
      code: 'cell-count',
    },
    {
      // Seed 293 case 876 (sample scale, 2026-12-07; wrong on 4e6c44d): a report's title among
      // 3.危及“三安全一稳定”'s numbers in chromium-pdftotext/3-58.plain (`24` / `0` / the title / `0` /
      // `84` …), as a PDF prints its running head where a page break falls inside the table: read as a
      // row the form does not have, it cut 3.'s numbers in two; 3. read 4.'s and 4. read 5.'s (9
      // wrong). The title printed again inside a table is passed over, and says so.
      name: 'the report\'s title printed again among a row\'s numbers is a running head, passed over (chromium-pdftotext/3-58.plain, line 2 again after line 109)',
      source: 'fixtures/damaged/chromium-pdftotext/3-58.plain.txt',
      make: (lines) => {
        expect([lines[1], lines[107], lines[108], lines[109]]).toEqual(['湟中区上五庄镇人民政府 政府信息公开工作年度报告', '24', '0', '0']);
        return spliced(lines, 109, 0, lines[1] ?? '');
      },
      row: 'applications',
      code: 'unknown-row',
    },
    {
      // Seed 296 case 1305 (sample scale, 2026-12-07; wrong on 2d47ce5): chromium-pdftotext/3-58.plain
      // with `2.其他法律行政法规禁止公` and its first number joined by a tab, as plain pdftotext prints
      // a cell beside its label's first line. Its label's rest `开` then stood after six numbers
      // alone, no row's worth, so it was not taken for a rest after its row's numbers, and 3.危及…
      // read 4.'s numbers after its label, 4. read 5.'s (9 wrong). The numbers after words on the
      // line above count towards the row's worth.
      name: 'a label\'s first line with its row\'s first number, its rest after the others (chromium-pdftotext/3-58.plain, lines 98 and 99 joined with a tab)',
      source: 'fixtures/damaged/chromium-pdftotext/3-58.plain.txt',
      make: (lines) => {
        expect([lines[97], lines[98], lines[106]]).toEqual(['2.其他法律行政法规禁止公', '131', '开']);
        return spliced(lines, 97, 2, `${lines[97] ?? ''}\t${lines[98] ?? ''}`);
      },
      row: 'applications.denied.endangersSafety',
      code: 'cell-count',
    },
    {
      // Seed 299 case 1046 (sample scale, 2026-12-07; wrong on a5f829a): pdftotext/01-003-bordered.layout
      // cut short in 2.申请人逾期未按收费通知要求缴纳费用…'s line (`理     纳费用、行政机关不再处理其政府
      // 136 98 104 58 23`, a download cut off): the group's `理` and the label's rest before the five
      // numbers were taken for its first two cells, making seven: the numbers read one column over
      // (5 wrong). Words of the row's own label or its group's are no stray cells.
      name: 'a row cut short, its label\'s words on its numbers\' line: no cells (pdftotext/01-003-bordered.layout, cut after 23 on line 126)',
      source: 'fixtures/damaged/pdftotext/01-003-bordered.layout.txt',
      make: (lines) => {
        const i = lineOf(lines, /纳费用、行政机关不再处理其政府/);
        const line = lines[i] ?? '';
        expect(line.replace(/\s+/g, ' ').trim()).toBe('理 纳费用、行政机关不再处理其政府 136 98 104 58 23 71 490');
        return [...lines.slice(0, i), line.slice(0, line.indexOf('23') + 2)].join('\n');
      },
      row: 'applications.otherHandling.feeUnpaid',
      code: 'unrecoverable-digits',
    },
    {
      // Print sweep seed 39 case 57 (2026-12-07; wrong on 630f42d), as printed: part 三's labels in
      // blocks, each followed by numbers a block out of step (`1.`…`4.` / six rows' worth / `5.`…
      // `1.本机关不掌握…` / five rows' worth). The second block's five labels took the five rows' worth
      // after them, each adding up as any row does: 5.属于三类内部事务信息 to 1.本机关… read the next
      // rows' numbers (34 wrong). A run is not certain of its own numbers where the run before it
      // printed a row's worth more than its labels' and no row of the form between them could own it;
      // the table then reads row after row in the form's order, every row and column adding up.
      name: 'labels in blocks, the numbers a block out of step: the next block is not certain of its own (chromium-pdftotext/39-57.plain)',
      source: 'fixtures/damaged/chromium-pdftotext/39-57.plain.txt',
      make: (lines) => {
        expect([lines[236], lines[238]]).toEqual(['5.', '属于三类']);
        return lines.join('\n');
      },
      row: 'applications.denied.internalAffairs',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // Print sweep seed 37 case 23 (2026-12-07; wrong on b73b78e), as printed: part 四's thirteen
      // numbers on one line (`3 27 21 … 166 11 69`) under thirteen column headers, the last group's
      // 尚未审结 and 总计 printed after part 五's heading with their numbers. Cut as digits run together,
      // 166 and 11 gave 1 66 and 1 1, fifteen that add up (5 wrong). As many numbers a space apart
      // as the headers before them are that many cells: no cut; the table read in order among its
      // header words, across part 五's heading, gives every group.
      name: 'part 四 with as many numbers as the column headers before them, fewer than fifteen: no digit cut (chromium-pdftotext/37-23.plain)',
      source: 'fixtures/damaged/chromium-pdftotext/37-23.plain.txt',
      make: (lines) => {
        expect(lines).toContain('3 27 21 10 61 16 21 16 118 171 166 11 69');
        return lines.join('\n');
      },
      row: 'reviewLitigation.litigationAfterReview',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // Across part 四's heading, mutool/03-002 with lines 405–466 lost: 四、结转下年度继续办理's total
      // 3200 and part 四 but its last total, 2098, which read as the row's total (1 wrong). Its sums
      // fail; the table's last row over several lines, part 四's heading nowhere.
      name: 'the table\'s last row over several lines, its sums failing, the next part\'s heading lost (mutool/03-002, lines 405–466 lost)',
      source: 'fixtures/damaged/mutool/03-002_4a61cbdbb397b0fd.renumbered.mutool.txt',
      make: (lines) => {
        expect([lines[397], lines[404], lines[466]]).toEqual(['四、结转下年度继续办理', '3200', '2098']);
        return spliced(lines, 404, 62);
      },
      row: 'applications.carriedForward',
      code: 'cell-count',
    },
    {
      // Seed 306 case 1484 (sample scale, 2026-12-07; wrong on d323b27): part 四 as three small
      // tables, a line of another table's label and numbers among （二）'s headers (`本年新收政府信息公开
      // 申请数量 1 2 3`, twice), （三）'s headers and numbers lost. （二） read that line's numbers, short;
      // its own `823 647 13 519 2002` then stood between it and （三）'s label, and were taken as
      // printed before （三）'s label (5 wrong). Numbers right after a row printed short or as a small
      // table's heading may be that row's: no label after them is certain of them.
      name: 'numbers after a small table\'s heading read short, then the next heading: not the next\'s (part4-three-tables/02-001, a line inserted in （二）\'s headers, （三）\'s lost)',
      source: 'fixtures/damaged/part4-three-tables/02-001.txt',
      make: (lines) => {
        expect([lines[58], lines[61], lines[62], lines[63]]).toEqual(['（二）行政诉讼情况（未经复议直接起诉）', '| 823 | 647 | 13 | 519 | 2002 |', '（三）行政诉讼情况（复议后起诉）', '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |']);
        const inserted = spliced(lines, 60, 0, '本年新收政府信息公开申请数量 1 2 3 本年新收政府信息公开申请数量 1 2 3');
        return spliced(inserted.split('\n'), 64, 4);
      },
      row: 'reviewLitigation.litigationAfterReview',
      code: 'ambiguous-pairing',
    },
    {
      // Seed 311 case 113 (sample scale, 2026-12-07; wrong on 93bd058): labels-first/05-2020-mixed
      // (`1.信访举报投诉类申请` / `2.重复申请` / one line of numbers, 1.'s) with a line of part 三's first
      // row's label and numbers between the two labels (`本年新收政府信息公开申请数量 1 2 3`, a junk line
      // repeated). 1.'s label was taken for the start of that row's, whose print, a repeat, was not
      // kept; 2. then stood alone before the numbers and read them (7 wrong). The words before a print
      // not kept that name a row go on to the next label, as if the print were not there.
      name: 'a junk line naming a row read before, between two labels printed first: the labels stay a run (labels-first/05-2020-mixed, a line inserted after line 48)',
      source: 'fixtures/damaged/labels-first/05-2020-mixed.txt',
      make: (lines) => {
        expect(lines.slice(47, 50)).toEqual(['1.信访举报投诉类申请', '2.重复申请', '123\t4\t107\t90\t63\t62\t449']);
        return spliced(lines, 48, 0, '本年新收政府信息公开申请数量 1 2 3');
      },
      row: 'applications.notProcessed.duplicate',
      code: 'ambiguous-pairing',
    },
    {
      // Seed 313 case 274 (sample scale, 2026-12-07; wrong on 61da2fa): chromium-pdftotext/3-58.plain
      // (labels after their numbers) with a line of part 三's first row's label run into `1,1,1,…`
      // (one cell of words, 80,000 characters) among 4.保护第三方合法权益's numbers: read as a print of
      // that row, it took the three numbers after it; 4.'s numbers, cut in two, read short, and
      // 5.属于三类内部事务信息's were taken for 4.'s (6 wrong). Words no longer than a label, then one
      // unit of a few characters over and over, are passed over, as if the line were not there.
      name: 'a label run into a few characters over and over among a row\'s numbers is passed over (chromium-pdftotext/3-58.plain, a line after line 120)',
      source: 'fixtures/damaged/chromium-pdftotext/3-58.plain.txt',
      make: (lines) => {
        expect(lines.slice(115, 123)).toEqual(['3.危及“三安全一稳定”', '0', '0', '0', '24', '0', '0', '24']);
        return spliced(lines, 120, 0, `一、本年新收政府信息公开申请数量${'1,'.repeat(100)}1`);
      },
      row: 'applications.denied.thirdPartyRights',
      code: 'cell-count',
    },
    {
      // Seed 313 case 669 (sample scale, 2026-12-07; wrong on 3beb209): pdfminer/02-001 (part 三's
      // numbers a cell a line, its labels apart) with lines 165–183 lost (labels 合法权益 to 诉类申请)
      // and part 三's heading printed again among its numbers (`20` / the heading / `70` / `37` …):
      // the heading cut the numbers in two, and the 21 after it were taken for the three labels
      // printed after them, （六）其他处理, （七）总计 and 四、结转下年度继续办理, each adding up (21 wrong).
      // The part's own heading among its table's numbers is passed over, and says so.
      name: 'the part\'s heading printed again among its table\'s numbers is passed over (pdfminer/02-001, lines 165–183 lost, the heading after line 423)',
      source: 'fixtures/damaged/pdfminer/02-001_eb914b629682bc65.renumbered.pdfminer.txt',
      make: (lines) => {
        expect([lines[164], lines[182], lines[422], lines[424]]).toEqual(['合法权益', '诉类申请', '20', '70']);
        const lost = spliced(lines, 164, 19).split('\n');
        return spliced(lost, 405, 0, '三、收到和处理政府信息公开申请情况');
      },
      row: 'applications.otherHandling.other',
      code: 'ambiguous-pairing',
    },
    {
      // Seed 320 case 1248 (sample scale, 2026-12-07; wrong on d323b27): chromium-pdftotext/2-12.plain
      // with lines 87–119 lost, from part 三's first header words to （一）: `项之和）` (the header
      // note's last words, wrapped) / （一）予以公开's numbers / `予以公开` / （二）部分公开's numbers. The
      // note's end was read as a row the form does not have, taking the numbers before 予以公开's
      // label; 予以公开 read （二）'s (3 wrong). The note's last words are the header's too.
      name: 'the header note\'s last words on a line of their own are header, not a row (chromium-pdftotext/2-12.plain, lines 87–119 lost)',
      source: 'fixtures/damaged/chromium-pdftotext/2-12.plain.txt',
      make: (lines) => {
        expect([lines[85], lines[86], lines[119]]).toEqual(['项之和）', '自然人', '0']);
        return spliced(lines, 86, 33);
      },
      row: 'applications.granted',
      code: 'cell-count',
    },
    {
      // Seed 319 case 227 (sample scale, 2026-12-07; wrong on ba33bed): chromium-pdftotext/39-57.plain
      // (labels in blocks, the numbers a block out of step) with a line printing part 三's first
      // label and `1 2 3` over and over among the first block's numbers: read once, as a short print
      // of that row, it cut the block's numbers in two, and the blocks paired out of step (34 wrong).
      // A line that repeats one unit of words and numbers is passed over, and the table reads as
      // without it.
      name: 'a line repeating a label and numbers over and over among a block of numbers is passed over (chromium-pdftotext/39-57.plain, a line after line 230)',
      source: 'fixtures/damaged/chromium-pdftotext/39-57.plain.txt',
      make: (lines) => {
        expect([lines[228], lines[230]]).toEqual(['21', '30']);
        return spliced(lines, 230, 0, Array<string>(4).fill('本年新收政府信息公开申请数量 1 2 3').join(' '));
      },
      row: 'applications.denied.internalAffairs',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // Fuzz sample seed 327 case 680. Labels printed after their numbers, lines 413–431 printed
      // again: 3.其他 and （七）总计 twice, the second 总计 then right after 3.其他's numbers. Those
      // numbers, of a print not kept, were dropped, and 总计 read 四、结转下年度's (7 wrong). As for the
      // first print, the row's worth before its label leaves it in doubt.
      name: 'a row printed again with its numbers after its label, labels printed after their numbers: the next label is in doubt as after the first print (chromium-pdftotext/47-29.plain, lines 413–431 twice)',
      source: 'fixtures/damaged/chromium-pdftotext/47-29.plain.txt',
      make: (lines) => {
        expect([lines[412], lines[417], lines[425], lines[430]]).toEqual(['47', '3.其他', '（七）总计', '0']);
        return spliced(lines, 431, 0, ...lines.slice(412, 431));
      },
      row: 'applications.totalHandled',
      code: 'cell-count',
    },
    {
      // Fuzz sample seed 340 case 785. Labels printed after their numbers: `597` … `9174` (一、's),
      // then a line of 5,571 \`1\`s and an \`x\` inserted before \`一、本年新收…\`: the junk line, one cell
      // of text, opened 一、's label, so the row's worth before it no longer stood right before
      // the label, and 一、 read 二、's numbers (12 wrong with 二、). The line is passed over.
      name: 'a line of one number over and over, more than the table has cells, before a label is passed over (chromium-pdftotext/3-58.plain, a line after line 61)',
      source: 'fixtures/damaged/chromium-pdftotext/3-58.plain.txt',
      make: (lines) => {
        expect([lines[60], lines[61]]).toEqual(['9174', '一、本年新收政府信息公开申请数量']);
        return spliced(lines, 61, 0, `${'1 '.repeat(5571).trim()} x`);
      },
      row: 'applications.newReceived',
      code: 'cell-count',
    },
    {
      // Fuzz sample seed 335 case 844. Plain pdftotext, part 三's labels in runs and its numbers in
      // runs a block out of step (`1.`…`4.` / six rows' worth / `5.`…`1.本机关…` / five rows' worth):
      // twelve numbers of rows 2–4 lost left 30 after `4.`, two more than its rows' cells, and the
      // next run was read one to one, 5.属于三类内部事务信息 taking 7.'s numbers (34 wrong). Numbers
      // beyond a run's cells, two or more, are the next run's first rows' as much as a whole row's worth.
      name: 'labels and numbers in runs out of step, fewer than a row\'s worth beyond a run\'s cells: the next run is not paired one to one (chromium-pdftotext/39-57.plain, lines 176–200 lost)',
      source: 'fixtures/damaged/chromium-pdftotext/39-57.plain.txt',
      make: (lines) => {
        expect([lines[174], lines[176], lines[198], lines[200]]).toEqual(['28', '12', '23', '6']);
        return spliced(lines, 175, 25);
      },
      row: 'applications.denied.internalAffairs',
      code: 'ambiguous-pairing',
    },
    {
      // Fuzz sample seed 345 case 1174. The same layout, a line of other words among the numbers
      // after `4.`'s labels (`26` / `7` / `本年新收本年新收…` / `1893` / `2276`): the run's own numbers
      // ended at the words, the rest counted for no run, and the next run was read one to one (34
      // wrong). The numbers after the words count with the run's own: six rows' worth, a block out of
      // step, and the table is read whole in the form's order.
      name: 'labels and numbers in runs out of step, a line of other words among a run\'s numbers: they count with its own (chromium-pdftotext/39-57.plain, a line after line 217)',
      source: 'fixtures/damaged/chromium-pdftotext/39-57.plain.txt',
      make: (lines) => {
        expect([lines[216], lines[218]]).toEqual(['7', '1893']);
        return spliced(lines, 217, 0, '本年新收'.repeat(4));
      },
      row: 'applications.denied.internalAffairs',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // Fuzz sample seed 343 case 780. Plain pdftotext, labels split around their numbers: lines
      // 97–104 lost (`41` / `15` / `308` / `二、` / … / `0` / `26`), so 上年结转…'s label printed 9
      // numbers, its own four and （一）予以公开's last five, and （一）'s label then read （二）部分公开's
      // numbers after it (6 wrong). The rest of an overfull row right before a label may be the start
      // of that row's own.
      name: 'a row\'s label right after the rest of a row printed with too many numbers, fewer than a row\'s worth: its numbers after the label may be the next row\'s (chromium-pdftotext/23-6.plain, lines 97–104 lost)',
      source: 'fixtures/damaged/chromium-pdftotext/23-6.plain.txt',
      make: (lines) => {
        expect([lines[96], lines[99], lines[103]]).toEqual(['41', '二、', '26']);
        return spliced(lines, 96, 8);
      },
      row: 'applications.granted',
      code: 'cell-count',
    },
    {
      // Fuzz sample seed 349 case 25. The same layout as above, a line of 一、本年新收…'s label and
      // 3,685 \`1\`s inserted among `4.`'s numbers: read as a print of row 一、, it split the run's
      // numbers, the next run was read one to one (34 wrong). A line of one number over and over,
      // more than the table has cells, is passed over whatever words open it.
      name: 'a line of a label and one number over and over, more than the table has cells, is passed over (chromium-pdftotext/39-57.plain, a line after line 215)',
      source: 'fixtures/damaged/chromium-pdftotext/39-57.plain.txt',
      make: (lines) => {
        expect([lines[214], lines[216]]).toEqual(['26', '7']);
        return spliced(lines, 215, 0, `一、本年新收政府信息公开申请数量${'1 '.repeat(3684)}1`);
      },
      row: 'applications.denied.internalAffairs',
      code: 'recovered-pairing',
      right: true,
    },
    {
      // Fuzz sample seed 347 case 509. Plain pdftotext, rows printed short beside their labels, the
      // rest of their numbers apart: `0` and `公开` (a piece of （三）不予公开) joined on one line broke
      // the run of short rows at 7.属于行政执法案卷, so （四）2.没有现成…'s `0` and the numbers after it,
      // 部分公开's, were read as its own (6 wrong). Words among a row's cells do not end the run.
      name: 'a piece of a label among a short row\'s cells does not end the run of rows printed short (chromium-pdftotext/45-30.plain, lines 107 and 108 joined)',
      source: 'fixtures/damaged/chromium-pdftotext/45-30.plain.txt',
      make: (lines) => {
        expect([lines[106], lines[107]]).toEqual(['0', '公开']);
        return spliced(lines, 106, 2, `${lines[106]}\t${lines[107]}`);
      },
      row: 'applications.unableToProvide.needsCreation',
      code: 'ambiguous-pairing',
    },
    {
      // Fuzz sample seeds 333 case 714 and 356 case 722. Labels printed after their numbers, part
      // 三's heading, header and first number lost (lines 38–55): 一、's other numbers stood in part
      // 二's region, so nothing before its label read as it, and 一、 and 二、 read the next rows'
      // numbers (12 wrong). 二、's numbers stand right before （一）予以公开 and （二）'s labels, a row's
      // worth between them (`bare`), 三、本年度办理结果 alone on a line between: a group's label is
      // as much the next label's as its numbering.
      name: 'a group\'s label alone on a line between a row\'s numbers and the next labels, a row\'s worth after them: the row is in doubt (chromium-pdftotext/3-58.plain, lines 38–55 lost)',
      source: 'fixtures/damaged/chromium-pdftotext/3-58.plain.txt',
      make: (lines) => {
        expect([lines[37], lines[54], lines[55]]).toEqual(['0', '597', '156']);
        return spliced(lines, 37, 18);
      },
      row: 'applications.carriedOver',
      code: 'cell-count',
    },
  ];

  it('a line of one number over and over is passed over, saying so (en, zh); fewer than the table\'s cells are not (pdftotext/06-2019-tabs-borderless.plain)', () => {
    // Fuzz seed 1 case 231: 34,573 characters of `1 ` inserted at line 268, among part 三's rows.
    const source = 'fixtures/damaged/pdftotext/06-2019-tabs-borderless.plain.txt';
    const lines = textOf(source);
    const flood = spliced(lines, 267, 0, '1 '.repeat(17286).trim());
    const verdicts = [...verdictsOf(flood, designed.get(source)).values()];
    expect(verdicts.filter((v) => v === 'wrong')).toEqual([]);
    // As many right as the report without the line: 199 of its 200 designed cells.
    expect(verdicts.filter((v) => v === 'right').length).toBe(199);
    expect([...verdictsOf(lines.join('\n'), designed.get(source)).values()].filter((v) => v === 'right').length).toBe(199);
    const said = (lang: 'en' | 'zh') => parseReport(flood, { file: 'flood.txt', lang }).diagnostics.filter((d) => d.code === 'unknown-row' && d.line === 268).map((d) => d.message);
    expect(said('en')).toEqual(['the line prints the number “1” over and over, more times than this whole table has cells, which no print of its rows does; it was passed over in reading the table']);
    expect(said('zh')).toEqual(['这一行把数字“1”反复印了多遍，比本表所有栏目加起来还多，不是任何一行的排印，读表时略过了这一行']);
    // Part 三's rows, each all zeros, run into one line are no flood: not as many as its cells.
    const zeros = parseReport(spliced(lines, 267, 0, Array<string>(25 * 7).fill('0').join(' ')), { file: 'zeros.txt' });
    expect(zeros.diagnostics.some((d) => d.message.includes('over and over, more times'))).toBe(false);
  });

  it('a label alone on its line with leader marks after it (dots, ellipses, dashes) is still its row\'s label, not passed over as junk (pdftotext/15-004-chromium.plain)', () => {
    // strayLines passes over words then one unit over and over only when the unit holds a letter
    // or a digit: leader marks after a label are the label's, its numbers on the next line.
    const source = 'fixtures/damaged/pdftotext/15-004-chromium.plain.txt';
    const lines = textOf(source);
    expect([lines[65], lines[66]]).toEqual(['一、本年新收政府信息公开申请数量', '1568 1064 1708 1452 1201 1738 8731']);
    for (const marks of ['.'.repeat(60), '…'.repeat(40), '—'.repeat(40), '·'.repeat(50)]) {
      const input = spliced(lines, 65, 1, `一、本年新收政府信息公开申请数量${marks}`);
      expect(verdictsOf(input, designed.get(source)).get('applications.newReceived.total')).toBe('right');
    }
  });

  it('the table\'s last row, its number apart, then some of part 三\'s columns printed before its heading: the number is the row\'s (column-by-column/02-001)', () => {
    // Plain pdftotext of a Word report's PDF prints some of part 三's columns right after part 二's
    // last number, before part 三's heading (oneline/17-2019-tabs-word.plain: `35.6 法律 服务 机构
    // 1372 38 49 90 其他 总计 …`). With the heading found after them, nothing was lost there.
    const source = 'fixtures/damaged/column-by-column/02-001.txt';
    const lines = textOf(source);
    const at = lines.indexOf('1598');
    expect(lines[at - 1]).toBe('行政事业性收费');
    const input = spliced(lines, at + 1, 0, '法律服务机构', '1372', '38', '49', '90');
    expect(verdictsOf(input, designed.get(source)).get('activeDisclosure.fees.amount')).toBe('right');
  });

  it('a row whose label is printed but none of whose numbers can be told for its own: missing-row says where it is printed, not that it was not found (en, zh)', () => {
    // pdftotext/15-004-chromium.plain with line 89 lost: 2.没有现成信息需要另行制作 (line 92 then) has
    // no numbers after its label, and those before it may be 1.'s.
    const source = 'fixtures/damaged/pdftotext/15-004-chromium.plain.txt';
    const lines = textOf(source);
    expect(lines[92]).toBe('法提供 2.没有现成信息需要另行制作');
    const input = spliced(lines, 88, 1);
    const find = (lang: 'en' | 'zh') => parseReport(input, { file: 'found.txt', lang }).diagnostics.find((d) => d.code === 'missing-row' && d.path === 'applications.unableToProvide.needsCreation');
    expect(find('en')?.line).toBe(92);
    expect(find('en')?.message).toBe('row “2.没有现成信息需要另行制作” of the application (part 三) table is printed (line 92), but no numbers around it could be told for its own, so its values were not read');
    expect(find('zh')?.message).toBe('第三部分“收到和处理政府信息公开申请情况”的表格中列有“2.没有现成信息需要另行制作”行（第92行），但其前后的数字都无法确定属于该行，该行的数字未读取');
  });

  it('the table\'s last row, its number apart, then the next part\'s header and numbers, its heading lost: the number is the row\'s (column-by-column/02-001)', () => {
    // Whatever was lost before the next table's header (its heading, its first header lines), the
    // number before that header is the row's: only a stretch that goes on from numbers printed
    // before it (a column other than the first) may have taken the row's own.
    const source = 'fixtures/damaged/column-by-column/02-001.txt';
    const lines = textOf(source);
    const heading = lines.indexOf('三、收到和处理政府信息公开申请情况');
    expect(lines[heading - 2]).toBe('1598');
    for (const count of [1, 2, 5]) {
      const input = spliced(lines, heading, count);
      expect(verdictsOf(input, designed.get(source)).get('activeDisclosure.fees.amount')).toBe('right');
    }
  });

  it('a table that prints every label before its numbers: a row whose next label has no numbers certainly its own is in doubt, the rows above it are not (pdftotext-raw/08-2020-mixed, 6.\'s total printed as —)', () => {
    // Bench fuzz seed 1 case 50 (numbers replaced): 6.属于四类过程性信息's line of numbers, its total
    // a dash, read as words of its label; 5. then stood before a label with no numbers certainly
    // its own (`bare`). The doubt that goes up a stretch of labels and numbers (`bareChain`) is for
    // tables that print labels after their numbers somewhere; this one never does.
    const source = 'fixtures/damaged/pdftotext-raw/08-2020-mixed.pdftotext-raw.txt';
    const lines = textOf(source);
    const at = lines.findIndex((l) => l.startsWith('97 145 112 73 75 47 '));
    const input = spliced(lines, at, 1, '97 145 112 73 75 47 —');
    const verdicts = verdictsOf(input, designed.get(source));
    for (const row of ['partiallyGranted', 'denied.stateSecret', 'denied.prohibitedByLaw', 'denied.endangersSafety', 'denied.thirdPartyRights']) {
      expect(verdicts.get(`applications.${row}.total`)).toBe('right');
    }
    expect(verdicts.get('applications.denied.internalAffairs.total')).toBe('null-diagnosed');
    const report = parseReport(input, { file: 'found.txt' });
    expect(report.diagnostics.some((d) => d.code === 'cell-count' && d.path === 'applications.denied.internalAffairs')).toBe(true);
  });

  it('a stray word after a part 二 label that names a part 三 row only loosely (`行政处罚⇥总计⇥11`) does not end part 二', () => {
    const source = '003_6a46581b0013c0e7.renumbered.txt';
    const lines = textOf(`fixtures/${source}`);
    const at = lines.findIndex((l) => l.startsWith('行政处罚'));
    expect(at).toBeGreaterThan(0);
    lines[at] = (lines[at] ?? '').replace('行政处罚', '行政处罚\t总计');
    const report = parseReport(lines.join('\n'), { file: 'stray.txt' });
    const golden = JSON.parse(readFileSync(new URL(`../fixtures/${source.replace('.txt', '.json')}`, import.meta.url), 'utf8')) as { activeDisclosure: unknown };
    expect(report.activeDisclosure).toEqual(golden.activeDisclosure);
  });

  it('a label wrapped around its numbers printed again after the row before\'s (`补正后申` / `没有现成` / `2. 109 …` / … / `补正后申` / `3. 31 …`) names neither row: 3. reads its own numbers', () => {
    // Seed 218 case 1203 (sample scale, 2026-12-05; wrong on 0c0d506 too): Chromium's print of
    // 000's page through pdftotext -layout, tabs dropped for two spaces, lines 123–127 printed
    // twice. 3.补正后申请内容仍不明确's label took in 2.'s words printed again (`补正后申 没有现成
    // 2. 信息需要另 行制作 补正后申`) and 2.'s numbers with them (7 wrong); its own `3.` line was
    // left over. A label with another row's words between its own names neither row.
    const source = 'fixtures/damaged/pdftotext/11-000-chromium.layout.txt';
    const lines = textOf(source).map((l) => l.replace(/\t/g, '  '));
    const at = lineOf(lines, /^ +没有现成$/);
    expect(lines[at + 1]).toMatch(/^ +2\. +109 /);
    const input = spliced(lines, at + 5, 0, ...lines.slice(at, at + 5));
    const fuzzCase = { index: -1, source, steps: ['duplicate lines'], keepsValues: true, input };
    const result = engine.checkCase({ parseReport, reportSchema }, fuzzCase, BOUND_MS, designed.get(source));
    expect(result.problem).toBeNull();
    expect(result.wrong).toEqual([]);
    const verdicts = [...verdictsOf(input, designed.get(source))].filter(([path]) => path.startsWith('applications.unableToProvide.'));
    expect(verdicts.length).toBe(21);
    expect(verdicts.every(([, verdict]) => verdict === 'right')).toBe(true);
  });

  for (const { name, source, make, row, code, right } of found) {
    it(name, () => {
      const input = make(textOf(source));
      const fuzzCase = { index: -1, source, steps: [name], keepsValues: true, input };
      const result = engine.checkCase({ parseReport, reportSchema }, fuzzCase, BOUND_MS, designed.get(source));
      expect(result.problem).toBeNull();
      expect(result.wrong).toEqual([]);
      const report = parseReport(input, { file: 'found.txt' });
      const cells = [...verdictsOf(input, designed.get(source))].filter(([path]) => path.startsWith(`${row}.`));
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.every(([, verdict]) => verdict === (right ? 'right' : 'null-diagnosed'))).toBe(true);
      // The diagnostic names the row, or one of its cells.
      expect(report.diagnostics.some((d) => d.code === code && (d.path === row || d.path?.startsWith(`${row}.`) === true))).toBe(true);
    });
  }

  it('a row printed twice, one print in doubt and the other placed nowhere: neither is read, and the first print says so (en, zh; （续表） between)', () => {
    // column-by-column/04-2019-tabs with lines 39–50 printed twice (fuzz seed 208 case 308, above).
    const lines = textOf('fixtures/damaged/column-by-column/04-2019-tabs.txt');
    const i = lineOf(lines, /^第二十条第（六）项$/);
    const input = spliced(lines, i + 6, 0, PAGE_GOES_ON, ...lines.slice(i - 6, i + 6));
    for (const [lang, says] of [['en', /printed here and again on line 63: .*neither is read/], ['zh', /此处和第 63 行各列出一次.*两处都未读取/]] as const) {
      const report = parseReport(input, { file: 'twice.txt', lang });
      expect(report.activeDisclosure?.punishment).toEqual({ previousItems: null, change: null, decisions: null });
      const said = report.diagnostics.filter((d) => d.path === 'activeDisclosure.punishment').map((d) => [d.code, d.line]);
      expect(said).toEqual([['duplicate-row', 50], ['ambiguous-pairing', 63]]);
      expect(report.diagnostics.find((d) => d.code === 'duplicate-row' && d.path === 'activeDisclosure.punishment')?.message).toMatch(says);
    }
  });

  // The other side of the two part 四 cases above: numbers after part 四's own column headers are its,
  // read as printed though a total is off (the report's own error, for validate to name), also when
  // a crawled page prints the headers as one cell of words with spaces and no group label.
  it('part 四 a number a line under its column headers, a number three times over: read when every group adds up', () => {
    const lines = textOf('fixtures/004_b66631a5c5bceffa.renumbered.txt');
    const at = lineOf(lines, /^352\t553\t927/);
    const values = [5, 5, 5, 0, 15, 724, 196, 19, 967, 1906, 670, 20, 844, 897, 2431];
    const report = parseReport(spliced(lines, at, 1, ...values.map(String)), { file: 'part4.txt' });
    expect(report.reviewLitigation?.review).toEqual({ upheld: 5, corrected: 5, other: 5, pending: 0, total: 15 });
    expect(report.reviewLitigation?.litigationAfterReview).toEqual({ upheld: 670, corrected: 20, other: 844, pending: 897, total: 2431 });
  });

  it('a row printed with its total first reads as printed, though another reading would put it back: a row with sums is not disputed', () => {
    // Fuzz seed 1 case 1021 (bench/compare, found while weighing ambiguous-pairing.disputed): one
    // row's label printed after its numbers, so part 三 was read again another way, and （七）总计
    // printed 7505 first. That reading put 7505 back as the total; row by row, it is 自然人's, as
    // printed, and the row does not add up: the report's own error, for validate to name.
    const lines = textOf('fixtures/series/doctored/qiaoguan-2020.txt');
    const swap = (i: number, a: number, b: number): void => {
      const cells = (lines[i] ?? '').split('\t');
      [cells[a], cells[b]] = [cells[b] ?? '', cells[a] ?? ''];
      lines[i] = cells.join('\t');
    };
    const newReceived = lineOf(lines, /^一、本年新收/);
    const total = lineOf(lines, /^\t（七）总计/);
    swap(newReceived, 9, 0);
    swap(total, 9, 2);
    expect(lines[total]).toBe('\t（七）总计\t7505\t1168\t1288\t1370\t1068\t1357\t1254\t');
    const report = parseReport(lines.join('\n'), { file: 'moved.txt' });
    expect(report.applications?.totalHandled).toEqual({ naturalPerson: 7505, commercial: 1168, research: 1288, nonprofit: 1370, legalService: 1068, other: 1357, total: 1254 });
    expect(report.diagnostics.some((d) => d.code === 'row-total' && d.path === 'applications.totalHandled.total')).toBe(true);
    expect(report.diagnostics.some((d) => d.code === 'ambiguous-pairing' && d.path?.startsWith('applications.totalHandled') === true)).toBe(false);
  });

  it('rows read with the numbers printed on their labels\' lines stand when the words around the numbers read them one row off (doc-text/05-004 catdoc, lines 158–159 lost)', () => {
    // Found while weighing ambiguous-pairing.disputed on every table (lines-twice --base): the
    // reading by the words around the numbers gave （三）不予公开's rows, and the rows after, each the
    // numbers of the row before, every row adding up. Disputing them nulled 120 cells read right.
    const source = 'fixtures/damaged/doc-text/05-004_b66631a5c5bceffa.renumbered.catdoc.txt';
    const lines = textOf(source);
    expect(lines[156]).toMatch(/^2\.申请人逾期未按收费通知/);
    const report = parseReport(spliced(lines, 157, 2), { file: 'catdoc.txt' });
    const want = (designed.get(source) as { applications?: { denied?: unknown } } | undefined)?.applications;
    expect(report.applications?.denied.prohibitedByLaw).toEqual({ naturalPerson: 54, commercial: 45, research: 92, nonprofit: 68, legalService: 17, other: 6, total: 282 });
    expect(report.applications?.denied).toEqual(want?.denied);
    expect(report.diagnostics.some((d) => d.code === 'ambiguous-pairing' && d.path?.startsWith('applications.denied') === true)).toBe(false);
  });

  it('part 四 under its column headers printed in one cell reads as printed, its wrong total kept for validate', () => {
    const lines = readFileSync(new URL('../fixtures/faults/review-total.tabs.txt', import.meta.url), 'utf8').split('\n');
    const heading = lineOf(lines, /^四、政府信息公开行政复议/);
    const values = lineOf(lines, /^17\t976\t/);
    const input = spliced(lines, heading + 1, values - heading - 1, '结果维持 结果纠正 其他结果 尚未审结 总计');
    const report = parseReport(input, { file: 'part4.txt' });
    expect(report.reviewLitigation?.review).toEqual({ upheld: 17, corrected: 976, other: 451, pending: 667, total: 2112 });
    expect(report.diagnostics.some((d) => d.code === 'review-total' && d.path === 'reviewLitigation.review.total')).toBe(true);
  });
});

/**
 * Seed 11 case 559 (found at the sample scale, pinned here as `it.fails` until issue 16's cut
 * numbers): a line split inside a decimal, `行政事业性收费⇥10` / `.5`. The row read 10 and dropped
 * the `.5` line as words. It now reads 10.5, and says the number was joined (`joined-number`, on
 * the cell). The family (every decimal of every designed fixture cut at its point) is in
 * test/cut-numbers.test.ts.
 */
describe('a wrong value the fuzz run found: a decimal cut by a line break', () => {
  it('a line split inside a decimal: 10 / .5 (002_4a61cbdbb397b0fd.renumbered, seed 11 case 559) reads 10.5, with joined-number', () => {
    const source = 'fixtures/002_4a61cbdbb397b0fd.renumbered.txt';
    const lines = textOf(source);
    const i = lines.findIndex((l) => /^行政事业性收费\t10\.5$/.test(l));
    expect(i).toBeGreaterThan(0);
    const input = spliced(lines, i, 1, '行政事业性收费\t10', '.5');
    const fuzzCase = { index: -1, source, steps: ['splitLine inside 10.5'], keepsValues: true, input };
    const result = engine.checkCase({ parseReport, reportSchema }, fuzzCase, BOUND_MS, designed.get(source));
    expect(result.problem).toBeNull();
    expect(result.wrong).toEqual([]);
    const report = parseReport(input, { file: 'found.txt' });
    expect((report.activeDisclosure as { fees?: { amount: number | null } } | null)?.fees?.amount).toBe(10.5);
    const joined = report.diagnostics.filter((d) => d.code === 'joined-number');
    expect(joined.map((d) => [d.path, d.severity, d.line])).toEqual([['activeDisclosure.fees.amount', 'warning', i + 1]]);
    expect(joined[0]?.message).toContain(`“10” ends line ${i + 1} and “.5” starts line ${i + 2}`);
  });
});

/** Each designed cell's verdict (right, null-diagnosed, null-silent, wrong) on `input`. */
function verdictsOf(input: string, designed: Designed | null | undefined): Map<string, string> {
  if (!designed) throw new Error('a source whose designed values are known');
  return new Map(classify(parseReport(input, { file: 'found.txt' }), designed).cells.map((c) => [c.path, c.verdict]));
}

/**
 * Seeds 24 case 1656 and 29 case 1390 (sample scale): pdftotext/17-2019-tabs-word.plain with its
 * lines 32–44 printed twice. Its 2019 part 二 prints `政府集中采购` / `本年` / `新制` / `作数` / `量`
 * / `8` / `153`: the 8 and 153 are 第二十条第（一）项's, printed after that table's column header.
 * Once, the row is ambiguous-pairing (null). Printed twice, the second print was read as the row
 * (projects 8 and amount 153; designed 124 and 35.6) and the first dropped as a duplicate. Numbers after
 * column headers printed under a label, that nothing checks, are in doubt as much as the first's.
 * Since part 二 is read column by column under its headers (underHeaders.ts), the row reads its own
 * numbers, 124 and 35.6, each right after its own column's header (`采购项目数量`, `采购总金额（单位：万元）`)
 * far below; the headers printed twice (本年新制作数量 …) read no column.
 */
describe('a wrong value the fuzz run found: a row printed twice, its second print numbers after another table\'s column header', () => {
  it('17-2019-tabs-word.plain with lines 32–44 printed twice, （续表） between: 政府集中采购 reads its own numbers under its headers, and no cell is wrong', () => {
    const source = 'fixtures/damaged/pdftotext/17-2019-tabs-word.plain.txt';
    const lines = textOf(source);
    expect(lines.slice(33, 38)).toEqual(['政府集中采购', '', '本年', '新制', '作数']);
    const input = [...lines.slice(0, 44), PAGE_GOES_ON, ...lines.slice(31, 44), ...lines.slice(44)].join('\n');
    expect(verdictsOf(input, designed.get(source)).get('activeDisclosure.procurement.projects')).toBe('right');
    const report = parseReport(input, { file: 'found.txt' });
    expect((report.activeDisclosure as { procurement?: unknown } | null)?.procurement).toEqual({ projects: 124, amount: 35.6 });
    expect(report.diagnostics.filter((d) => d.path === 'activeDisclosure.procurement').map((d) => [d.code, d.line])).toEqual([['recovered-pairing', 122]]);
    expect((report.activeDisclosure as { regulations?: unknown } | null)?.regulations).toEqual({ made: null, published: null, totalPublished: null });
    expect([...verdictsOf(input, designed.get(source)).values()].filter((v) => v === 'wrong')).toEqual([]);
  });
});
