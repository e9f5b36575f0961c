/**
 * Part 三 read from the words around its numbers (src/tables/aroundNumbers.ts): a report whose lines
 * ran together keeps a space where each line broke, so a label that wrapped in its cell comes apart
 * around its row's numbers, with the group's column and the numbering column among its words
 * (fixtures/damaged/oneline/*.layout, *.pdftohtml). Every cell of these fixtures holds a distinct
 * number, so a row read in another's place fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../src/index.js';
import { spelledRows, withWordsAround } from '../src/tables/aroundNumbers.js';
import { PLANS } from '../src/tables/plan.js';
import { tokenize } from '../src/tokenize/tokenize.js';

const fixture = (name: string): { text: string; designed: Report } => ({
  text: readFileSync(new URL(`../fixtures/damaged/oneline/${name}.txt`, import.meta.url), 'utf8'),
  designed: (JSON.parse(readFileSync(new URL(`../fixtures/damaged/oneline/${name}.expected.json`, import.meta.url), 'utf8')) as { designed: Report }).designed,
});
const parse = (input: string): Report => parseReport(input, { file: 'input.txt' });
const around = (report: Report): string[] =>
  report.diagnostics.filter((d) => d.code === 'recovered-pairing' && /around its numbers/.test(d.message)).map((d) => d.path ?? '');

/** The text with `from` (which it must print once) replaced by `to`. */
function edited(text: string, from: string, to: string): string {
  expect(text.split(from).length, from).toBe(2);
  return text.replace(from, to);
}

type Cells = Record<string, number | null>;
const row = (report: Report, path: string): Cells | null =>
  path.split('.').reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined), report.applications) as Cells | null;
const valuesOf = (cells: Cells | null): Array<number | null> | null => (cells === null ? null : Object.values(cells));
/** A row not read: null, or every cell null. */
const unread = (cells: Cells | null): boolean => cells === null || Object.values(cells).every((v) => v === null);

describe('part 三 with its labels around their numbers, lines run together', () => {
  it('Chromium’s PDF through pdftotext -layout (11): the numbering in a column of its own, labels wrapped before and after, read cell for cell', () => {
    const { text, designed } = fixture('11-000-chromium.layout');
    // `（三）不予 属于国家 1. 27 38 15 119 111 53 363 公开 秘密 其他法律 2. 81 … 危及“三 69 3. 102 52 …`
    expect(text).toContain('危及“三 69 3. 102 52 63 91 56 433 安全一稳定”');
    const report = parse(text);
    expect(report.applications).toEqual(designed.applications);
    expect(valuesOf(row(report, 'denied.stateSecret'))).toEqual([27, 38, 15, 119, 111, 53, 363]);
    // The first number printed before the numbering is the row's first cell.
    expect(valuesOf(row(report, 'denied.endangersSafety'))).toEqual([69, 102, 52, 63, 91, 56, 433]);
    expect(valuesOf(row(report, 'otherHandling.feeUnpaid'))).toEqual([54, 22, 35, 9, 29, 37, 186]);
    expect(around(report)).toContain('applications.denied.stateSecret');
    expect(around(report)).toHaveLength(19);
    // The words once read as no row's label are these rows' labels now.
    expect(report.diagnostics.filter((d) => d.code === 'unknown-row' || d.code === 'missing-row')).toEqual([]);
    const note = report.diagnostics.find((d) => d.path === 'applications.unableToProvide.notHeld');
    expect(note?.message).toContain('“（四）无法 本机关不 1.” before them, “提供 掌握相关政 府信息” after them');
    expect(parseReport(text, { file: 'input.txt', lang: 'zh' }).diagnostics.find((d) => d.path === 'applications.unableToProvide.notHeld')?.message).toContain(
      '数字前为“（四）无法 本机关不 1.”，数字后为“提供 掌握相关政 府信息”',
    );
  });

  it('Word’s PDF through pdftotext -layout (12, 16): a label’s rest after its numbers, the group’s column among it', () => {
    for (const name of ['12-000-word.layout', '16-004-word.layout', '13-002-word.layout']) {
      const { text, designed } = fixture(name);
      const report = parse(text);
      expect(report.applications, name).toEqual(designed.applications);
    }
    // `情形） （三）不予公 1.属于国家秘 27 … 363 开 密`, `3.要求提供公 115 … 542 （五）不 开出版物 予处理 4.无正当理由`.
    const report = parse(fixture('12-000-word.layout').text);
    expect(valuesOf(row(report, 'denied.stateSecret'))).toEqual([27, 38, 15, 119, 111, 53, 363]);
    expect(valuesOf(row(report, 'notProcessed.publication'))).toEqual([115, 103, 90, 75, 134, 25, 542]);
    expect(around(report)).toEqual(['applications.denied.stateSecret', 'applications.notProcessed.publication']);
  });

  it('a label printed away from its numbers is no row’s here: labels first leave the run unread', () => {
    const { text } = fixture('11-000-chromium.layout');
    // 3.危及…'s and 4.保护第三方…'s labels both before their numbers, page numbers after each run:
    // the words right before 3.'s numbers spell 4., and 3.'s label, left before them, names a row.
    // With 3.'s row unread, no column rule can check a reading of 4.
    const moved = edited(text, '危及“三 69 3. 102 52 63 91 56 433 安全一稳定” 保护第三 4. 58 79 72 20 100 8 337 方合法权益', '危及“三 安全一稳定” 保护第三 方合法权益 69 102 52 63 91 56 433 —2— 58 79 72 20 100 8 337 —3—');
    // 四、结转下年度继续办理's first number printed as a mark: the table's numbers are one short of its
    // cells, so they cannot be read in the order printed either (formOrder.ts).
    const report = parse(edited(moved, '四、结转下年度继续办理 689 ', '四、结转下年度继续办理 — '));
    expect(unread(row(report, 'denied.thirdPartyRights'))).toBe(true);
    expect(unread(row(report, 'denied.endangersSafety'))).toBe(true);
    expect(around(report)).toEqual([]);
    // Every number printed, in the form's order: read so, every row and column adds up.
    const whole = parse(moved);
    expect(around(whole)).toEqual([]);
    expect(valuesOf(row(whole, 'denied.endangersSafety'))).toEqual([69, 102, 52, 63, 91, 56, 433]);
    expect(valuesOf(row(whole, 'denied.thirdPartyRights'))).toEqual([58, 79, 72, 20, 100, 8, 337]);
  });

  it('a label whose own numbers are cut short is not given to the numbers before it', () => {
    const { text } = fixture('11-000-chromium.layout');
    // 4.无正当理由…'s label lost, a page's number before its numbers; 5.要求行政机关…'s label printed
    // whole before its numbers, one of them lost. The words after 4.'s numbers spell 5., printed
    // after them as a label may be, but they run into 5.'s own numbers.
    const lost = edited(
      text,
      '公开出版物 无正当理 4. 49 57 34 10 99 24 273 由大量反复 申请 要求行政 5. 135 33 55 95 60 48 426 机关确认或 重新出具已 获取信息',
      '公开出版物 —2— 49 57 34 10 99 24 273 5.要求行政机关确认或重新出具已获取信息 135 33 55 95 60 426',
    );
    const report = parse(lost);
    expect(valuesOf(row(report, 'notProcessed.confirmation'))).not.toEqual([49, 57, 34, 10, 99, 24, 273]);
    expect(around(report)).toEqual([]);
    // Not from the words around them: from the numbers in the order printed, one short, the gap
    // where alone the arithmetic lets it be (formOrder.ts), its cell left empty.
    expect(valuesOf(row(report, 'notProcessed.excessive'))).toEqual([49, 57, 34, 10, 99, 24, 273]);
    expect(valuesOf(row(report, 'notProcessed.confirmation'))).toEqual([135, 33, 55, 95, 60, null, 426]);
    expect(report.diagnostics.find((d) => d.path === 'applications.notProcessed.confirmation.other')?.code).toBe('cell-count');
  });

  it('a shortened label does not take the next row’s label as its rest (`… 申请 3.其他 80 …`)', () => {
    const { text } = fixture('11-000-chromium.layout');
    // The catalog shortens 2.申请人逾期未按收费…'s label, so words past its known start may be its rest,
    // but not words that name a row or open with another row's numbering. Here （七）总计's numbers and
    // 四、结转's row are lost: had 2.'s label taken 3.其他, 3.其他's numbers would be （七）总计's,
    // whose label follows them, and no column rule could check it.
    const printed = '其他 3. 80 65 85 5 21 44 300 （七）总计 1700 1545 1496 952 1672 1550 8915 四、结转下年度继续办理 689 776 456 964 541 786 4212';
    for (const other of ['其他 3.', '3.其他']) {
      const report = parse(edited(text, printed, `${other} 80 65 85 5 21 44 300 （七）总计`));
      expect(valuesOf(row(report, 'totalHandled')), other).not.toEqual([80, 65, 85, 5, 21, 44, 300]);
      expect(unread(row(report, 'totalHandled')), other).toBe(true);
    }
  });

  it('a page’s running head inside a label’s note, and the 2019 form’s （六）其他处理 as one row (23, pdftohtml)', () => {
    const { text, designed } = fixture('23-2019-tabs.pdftohtml');
    // `（二）部分公开（区分处理 127 … 559 — 1 — 望川县自然资源局 2019 年…报告 的，只计这一情形，不计其他 情形）`
    expect(text).toContain('（二）部分公开（区分处理 127 151 17 116 90 58 559 — 1 —');
    const report = parse(text);
    expect(report.applications).toEqual(designed.applications);
    expect(valuesOf(row(report, 'partiallyGranted'))).toEqual([127, 151, 17, 116, 90, 58, 559]);
    expect(valuesOf(row(report, 'otherHandling.other'))).toEqual([70, 101, 42, 24, 9, 51, 297]);
    // The group printed as one row leaves its other rows out: they are not missing.
    expect(report.diagnostics.filter((d) => d.code === 'missing-row')).toEqual([]);
  });

  it('a label whose numbers are cut short is given to no run: with it left over, nothing is read so', () => {
    const { text } = fixture('11-000-chromium.layout');
    // 2.重复申请's numbers short of one: its label `重复申请`, right after 1.信访举报…'s numbers, could be
    // theirs (printed after them) or the short run's; nothing else takes it.
    const short = edited(text, '重复申请 2. 127 94 64 84 18 61 448', '重复申请 2. 127 94 64 84 18 448');
    const report = parse(short);
    expect(around(report)).toEqual([]);
    // From the numbers in the order printed, one short (formOrder.ts): the gap is 2.重复申请's 其他,
    // the only place where every row and column holds; its cell is left empty.
    expect(valuesOf(row(report, 'notProcessed.duplicate'))).toEqual([127, 94, 64, 84, 18, null, 448]);
    expect(valuesOf(row(report, 'notProcessed.complaint'))).toEqual([112, 30, 59, 7, 89, 123, 420]);
  });

  it('a reading the column rules contradict is not taken', () => {
    const { text } = fixture('11-000-chromium.layout');
    // A row that adds up by itself but breaks （七）总计's column sums.
    const report = parse(edited(text, '属于行政 7. 76 26 114 6 107 98 427', '属于行政 7. 77 26 114 6 107 98 428'));
    expect(unread(row(report, 'denied.enforcementFiles'))).toBe(true);
    expect(around(report)).toEqual([]);
  });
});

describe('words that spell a row’s label whole', () => {
  const spelled = (...words: string[]): string[] => spelledRows(words, PLANS.applications).map((r) => r.path);
  const FEE = '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请';

  it('its own words in order, its group’s words and numberings among them', () => {
    expect(spelled('（三）不予', '属于国家', '1.', '公开', '秘密')).toEqual(['denied.stateSecret']);
    expect(spelled('（二）部分公开（区分处理', '的，只计这一情形，不计其他', '情形）')).toEqual(['partiallyGranted']);
    expect(spelled('（五）不', '3.要求提供公', '开出版物', '予处理')).toEqual(['notProcessed.publication']);
    expect(spelled('重复申请')).toEqual(['notProcessed.duplicate']);
    // A shortened label (the catalog knows its first words only) goes on past them.
    expect(spelled('申请人逾', '2.', '期未按收费', '通知要求缴', '纳费用、行', '政机关不再', '处理其政府', '信息公开申', '请')).toEqual(['otherHandling.feeUnpaid']);
    // Words out of order, or another row's among them, spell nothing.
    expect(spelled('秘密', '属于国家')).toEqual([]);
    expect(spelled('属于国家', '秘密', '重复申请')).toEqual([]);
  });

  it('a word opening with another row’s numbering starts that row’s label', () => {
    expect(spelled(FEE)).toEqual(['otherHandling.feeUnpaid']);
    expect(spelled(FEE, '3.其')).toEqual([]);
    expect(spelled('属于国家秘密', '2.')).toEqual([]);
  });

  it('a shortened label’s further words name no row', () => {
    expect(spelled(FEE, '其他')).toEqual([]);
    expect(spelled(FEE, '（七）总计')).toEqual([]);
  });

  it('the group’s words are left out whole or not at all: a piece of them alone may be a row’s own', () => {
    expect(spelled('（六）其他', FEE, '处理')).toEqual(['otherHandling.feeUnpaid']);
    expect(spelled('其他', FEE)).toEqual([]);
  });

  it('a note cut short still names its row; a group printed as one row is named by the group’s label', () => {
    expect(spelled('（二）部分公开（区分处理')).toEqual(['partiallyGranted']);
    expect(spelled('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toEqual(['partiallyGranted']);
    expect(spelled('（二）部分公开（区分处理', '其他情形）')).toEqual([]);
    expect(spelled('（六）其他处理')).toEqual(['otherHandling.other']);
    expect(spelled('（六）其他', '处理')).toEqual(['otherHandling.other']);
  });

  it('a row whose words are a column’s header too is named only with its numbering', () => {
    expect(spelled('其他')).toEqual([]);
    expect(spelled('其他', '3.')).toEqual(['otherHandling.other']);
    expect(spelled('3.其他')).toEqual(['otherHandling.other']);
    expect(spelled('总计')).toEqual([]);
    expect(spelled('（七）总计')).toEqual(['totalHandled']);
  });

  it('the words the form prints over rows (三、本年度办理结果) among a label\'s are left out whole or not at all', () => {
    // `三、` / `本年 （一` / `度办 ）予以公开 …` / `理结` / `果`: the column beside the outcome rows wrapped among (一)'s lines.
    expect(spelled('三、', '本年', '（一', '度办', '）予以公开', '理结', '果')).toEqual(['granted']);
    expect(spelled('三、本年度办理结果', '（一）予以公开')).toEqual(['granted']);
    // Pieces of them that do not make them whole are words of the label, which then spells no row.
    expect(spelled('三、', '本年', '（一）予以公开')).toEqual([]);
    expect(spelled('本年度办', '（一）予以公开', '果')).toEqual([]);
  });

  it('a row\'s Chinese numbering alone among its words (its own column beside the label\'s middle line)', () => {
    expect(spelled('本年新收政', '一、', '府信息公开', '申请数量')).toEqual(['newReceived']);
    expect(spelled('上年结', '二、', '转政府信息公开', '申请数量')).toEqual(['carriedOver']);
    // Another row's numbering there starts that row's label.
    expect(spelled('本年新收政', '二、', '府信息公开', '申请数量')).toEqual([]);
  });

  it('a label one character a word: the group\'s pieces found among characters the group\'s words hold too', () => {
    // `公` and `开` of 禁止公开 are characters of （三）不予公开 as well: seven words the group's words
    // hold, its pieces `（三` / `）不予` / `公开` among them.
    expect(spelled('2.', '其', '他', '法', '律', '（三', '行', '）不予', '政', '公开', '法', '规', '禁', '止', '公', '开')).toEqual(['denied.prohibitedByLaw']);
    expect(spelled('2.', '其', '他', '法', '律', '（三', '行', '）不予', '政', '法', '规', '禁', '止', '公', '开')).toEqual([]);
  });
});

describe('Chromium prints through pdftotext -layout, labels wrapped in a narrow column around their numbers (print sweep)', () => {
  // Every cell of these fixtures holds the renumbered golden's distinct number.
  const sweep = (name: string): { text: string; designed: Report } => ({
    text: readFileSync(new URL(`../fixtures/damaged/chromium-pdftotext/${name}.txt`, import.meta.url), 'utf8'),
    designed: (JSON.parse(readFileSync(new URL(`../fixtures/damaged/chromium-pdftotext/${name}.expected.json`, import.meta.url), 'utf8')) as { designed: Report }).designed,
  });

  it('282-25: 三、本年度办理结果 wrapped among (一)\'s lines, and a row\'s last two cells a space apart (`24 239`): part 三 read cell for cell', () => {
    const { text, designed } = sweep('282-25.layout');
    expect(text).toContain('度办 ）予以公开    23 0 23 13 9     9   77');
    expect(text).toContain('合法权  3 179 16 0 17    24 239');
    for (const lang of ['en', 'zh'] as const) {
      const report = parseReport(text, { file: '282-25.layout.txt', lang });
      expect(report.applications).toEqual(designed.applications);
      const note = report.diagnostics.find((d) => d.path === 'applications.denied.stateSecret');
      expect(note?.code).toBe('recovered-pairing');
      expect(note?.message).toContain(lang === 'en' ? '(“（三） 1.属 不予公 于国家” before them, “开 秘密” after them)' : '（数字前为“（三） 1.属 不予公 于国家”，数字后为“开 秘密”）');
    }
  });

  it('282-17: numbers a space apart read as one in thousands (`28 403`, (二)\'s last two cells) no longer stop the reading', () => {
    const { text, designed } = sweep('282-17.layout');
    expect(text).toContain('不计其他情形）      279 13       30   26 27         28 403');
    const report = parse(text);
    expect(report.applications).toEqual(designed.applications);
    expect(around(report)).toContain('applications.denied.endangersSafety');
  });

  for (const [name, layout] of [
    ['101-11.layout', '`本年新收` / `一、 政府信息公开申    2071 …` / `请数量`: 一、 in its own column beside the label\'s middle line'],
    ['107-13.layout', '`（四）` / `无` / `法提供 要另行`: 无, a cell that prints none, a word of （四）无法提供'],
    ['269-35.layout', 'every label one character a line, 6.属于四类过程性信息\'s twelve words and its group\'s after its numbers'],
  ] as const) {
    it(`${name}: ${layout}: part 三 read cell for cell`, () => {
      const { text, designed } = sweep(name);
      const report = parse(text);
      expect(report.applications).toEqual(designed.applications);
      expect(around(report).length).toBeGreaterThan(0);
    });
  }

  it('282-41: a row one number short, two of its cells run together (`2 11 14 10 21 29883046`): read cut where exactly one cut adds up, saying so', () => {
    const { text, designed } = sweep('282-41.layout');
    expect(text).toContain('（三） 1.属于国                            2 11 14 10          21   29883046');
    for (const lang of ['en', 'zh'] as const) {
      const report = parseReport(text, { file: '282-41.layout.txt', lang });
      expect(report.applications).toEqual(designed.applications);
      const said = report.diagnostics.filter((d) => d.path === 'applications.denied.stateSecret');
      expect(said.map((d) => [d.code, d.line])).toEqual([['recovered-pairing', 81]]);
      expect(said[0]?.message).toContain(lang === 'en' ? '“29883046” among them is two cells printed run together, read as 2988 and 3046, the only cut with which the row adds up' : '其中“29883046”是两格数字连在一起，按2988和3046读出，这是唯一能使本行勾稽关系成立的分法');
    }
    // No cut adds up (`29883047`): the run is no row's here, and the row is not read.
    const report = parse(text.replace('21   29883046', '21   29883047'));
    expect(unread(row(report, 'denied.stateSecret'))).toBe(true);
    expect(around(report)).not.toContain('applications.denied.stateSecret');
  });

  for (const [name, split] of [
    ['286-20.layout', '      （六） 300 0 30 0 6\n     其他处理                          0     336\n\n\n      （七） 549 1260 2007 656 3160 2135 9767\n'],
    ['282-3.layout', '    （六）其他 14 3 18 19 11\n       处理                               30              95\n\n      （七） 2132 539 3013 572 4373 510\n'],
  ] as const) {
    it(`${name}: (六)'s numbers split by its label's second line, then （七）总计's after its numbering: part 三 read but for (六), which stays unread, saying why`, () => {
      // `0 336` / `（七） 549 …` no longer one run of nine: (七)'s seven are its own run, and (六)'s
      // two parts, the label's second line between them, one run of seven whose label is (六)'s.
      const { text, designed } = sweep(name);
      expect(text).toContain(split);
      const report = parse(text);
      const { otherHandling, ...rest } = report.applications ?? {};
      const { otherHandling: designedOther, ...designedRest } = designed.applications ?? {};
      expect(rest).toEqual(designedRest);
      expect(designedOther?.other).not.toBeNull();
      // Printed as one row (the group's label alone), the rows before it in the form are missing
      // beside a label whole on one side of its numbers: not taken (withWordsAround's rule).
      expect(unread(otherHandling?.other ?? null)).toBe(true);
      expect(report.diagnostics.filter((d) => d.path === 'applications.otherHandling.other').map((d) => d.code)).toEqual(['cell-count']);
    });
  }

  it('283-46: 三、本年度办理结果 wrapped among (一)\'s lines (`三、本年       （一）` / `度办理结      予以公开 …` / `果`)', () => {
    const { text, designed } = sweep('283-46.layout');
    expect(text).toContain('度办理结      予以公开         12   7   11  13   1036       7     1086');
    const report = parse(text);
    expect(report.applications).toEqual(designed.applications);
    expect(around(report).length).toBeGreaterThan(0);
  });
});

describe('a label printed whole on one side of its numbers, the rows beside it missing', () => {
  /** The table read from `text` alone, as if the row-by-row reading had read nothing. */
  const readAlone = (text: string): Record<string, unknown> | null => {
    const lines = tokenize({ firstLine: 1, lines: [text] });
    const read = withWordsAround(lines, PLANS.applications, { table: null, diagnostics: [], rows: {}, columns: {} });
    return (read?.table as Record<string, unknown> | null | undefined) ?? null;
  };

  it('is not read: the numbers may be the next row’s, its own and that row’s label lost', () => {
    expect(readAlone('（一）予以公开 50 155 31 126 86 133 581')).toBeNull();
  });

  it('a note’s rest after the numbers ties the label to them', () => {
    const table = readAlone('（二）部分公开（区分处理的，只计这 98 114 134 42 88 55 531 一情形，不计其他情形）');
    expect(table?.['partiallyGranted']).toEqual({ naturalPerson: 98, commercial: 114, research: 134, nonprofit: 42, legalService: 88, other: 55, total: 531 });
  });

  it('a row\'s numbers split by its label\'s second line are read only where that line holds its last cell alone', () => {
    const readLines = (lines: string[]): Record<string, unknown> | null => {
      const read = withWordsAround(tokenize({ firstLine: 1, lines }), PLANS.applications, { table: null, diagnostics: [], rows: {}, columns: {} });
      return (read?.table as Record<string, unknown> | null | undefined) ?? null;
    };
    // 531 alone on the second line: the row's total, which its sums confirm.
    expect(readLines(['（二）部分公开（区分处理的，只计这 98 114 134 42 88 55', '一情形，不计其他情形） 531'])?.['partiallyGranted']).toEqual({ naturalPerson: 98, commercial: 114, research: 134, nonprofit: 42, legalService: 88, other: 55, total: 531 });
    // 55 and 531 there: 55 may be any column's (a cell drawn lower), and the sums hold whichever.
    expect(readLines(['（二）部分公开（区分处理的，只计这 98 114 134 42 88', '一情形，不计其他情形） 55 531'])).toBeNull();
  });
});
