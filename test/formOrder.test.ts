/**
 * Part 三 read from its numbers alone, in the order printed (src/tables/formOrder.ts): Chromium's
 * PDF through plain pdftotext (fixtures/damaged/pdftotext/11-000-chromium.plain), and the same run
 * into one line, print the table's numbers row after row and its labels in blocks between them,
 * each in pieces; one number, centred beside a label that wraps over three lines, comes out among
 * that label's pieces (`危及“三 69`), after the numbers of later rows. Read so only when every row
 * and every column adds up, with at most that one number put back, in one place only. The one-line
 * copies of LibreOffice's prints (oneline/01–04, 07) print the numbers in the form's order too, one
 * of them (四、结转下年度继续办理's 总计) after part 四's heading: the gap it leaves is placed the same
 * way, its cell left empty.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../src/index.js';

const fixture = (name: string): { text: string; designed: { applications: unknown } } => ({
  text: readFileSync(new URL(`../fixtures/damaged/${name}.txt`, import.meta.url), 'utf8'),
  designed: JSON.parse(readFileSync(new URL(`../fixtures/damaged/${name}.expected.json`, import.meta.url), 'utf8')).designed,
});
const PLAIN = fixture('pdftotext/11-000-chromium.plain');
const ONE_LINE = fixture('oneline/11-000-chromium.plain');
const parse = (text: string): Report => parseReport(text, { file: 'chromium.txt' });

/**
 * A fixture whose 四、结转下年度继续办理 prints its 总计 apart (after part 四's heading): its report,
 * part 三 asserted as designed but for that cell, left empty.
 */
function readButGap(name: string): Report {
  const { text, designed } = fixture(name);
  const report = parse(text);
  const wanted = designed.applications as { carriedForward: Record<string, number | null> };
  expect(report.applications, name).toEqual({ ...wanted, carriedForward: { ...wanted.carriedForward, total: null } });
  return report;
}

/** Every cell of part 三 null, each row's cells named by a diagnostic: nothing read from the numbers' order. */
function noneRead(report: Report, rows: readonly string[]): void {
  for (const row of rows) {
    const cells = row.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | null)?.[k], report.applications);
    expect(Object.values(cells as Record<string, unknown>).every((v) => v === null), row).toBe(true);
    expect(report.diagnostics.some((d) => d.path === `applications.${row}` && d.code !== 'recovered-pairing'), row).toBe(true);
  }
  expect(report.diagnostics.some((d) => d.message.includes('row after row in the form\'s order'))).toBe(false);
}

describe('part 三 read from its numbers in the order printed', () => {
  it('plain pdftotext of Chromium\'s print: every cell as designed, 69 put back in 3.危及“三安全一稳定”\'s first column', () => {
    const lines = PLAIN.text.split('\n');
    expect(lines[372]).toBe('危及“三 69');
    const report = parse(PLAIN.text);
    expect(report.applications).toEqual(PLAIN.designed.applications);
    expect(report.applications?.denied.endangersSafety).toEqual({ naturalPerson: 69, commercial: 102, research: 52, nonprofit: 63, legalService: 91, other: 56, total: 433 });
    const note = report.diagnostics.find((d) => d.path === 'applications.denied.endangersSafety');
    expect(note?.code).toBe('recovered-pairing');
    expect(note?.message).toContain('“69” on line 373, printed away from its place and put back in row “3.危及“三安全一稳定””, column “自然人”');
    const zh = parseReport(PLAIN.text, { file: 'chromium.txt', lang: 'zh' }).diagnostics.find((d) => d.path === 'applications.denied.endangersSafety');
    expect(zh?.message).toContain('第373行的“69”排离了原位');
  });

  it('the same run into one line: every cell as designed', () => {
    expect(ONE_LINE.text.split('\n').filter((l) => l.trim() !== '')).toHaveLength(1);
    expect(parse(ONE_LINE.text).applications).toEqual(ONE_LINE.designed.applications);
  });

  it('every number in its place, the labels elsewhere: read as printed, nothing moved', () => {
    // Run into one line, 69 printed before 102: the numbers are the form's order as printed (no
    // blocks of one number a line, which blocks.ts would read).
    const text = ONE_LINE.text.replace(' 危及“三 69 ', ' 危及“三 ').replace(' 537 102 52 63 ', ' 537 69 102 52 63 ');
    expect(text).not.toBe(ONE_LINE.text);
    const report = parse(text);
    expect(report.applications).toEqual(ONE_LINE.designed.applications);
    const note = report.diagnostics.find((d) => d.path === 'applications.denied.endangersSafety')?.message ?? '';
    expect(note).toContain('row after row in the form\'s order; read so, every row and every column adds up');
    expect(note).not.toContain('put back');
  });

  it('two numbers away from their places: not read so', () => {
    // 363 (1.属于国家秘密's 总计) printed after the last number too: no one move puts both back.
    const lines = PLAIN.text.split('\n');
    expect(lines[204]).toBe('363');
    lines.splice(204, 1);
    lines.push('363');
    noneRead(parse(lines.join('\n')), ['denied.stateSecret', 'denied.endangersSafety', 'notProcessed.complaint']);
  });

  it('one number more than the table\'s cells, the rest in their places: the one whose leaving out makes it add up is not read', () => {
    // oneline/07-2020-mixed-bordered.plain (every number in the form's order) with a page's number,
    // 2, printed between two rows' numbers.
    const { text, designed } = fixture('oneline/07-2020-mixed-bordered.plain');
    const paged = text.replace(' 50 155 31 126 86 133 581 ', ' 50 155 31 126 86 133 581 2 ');
    expect(paged).not.toBe(text);
    const report = parse(paged);
    expect(report.applications).toEqual(designed.applications);
    const note = report.diagnostics.find((d) => d.path === 'applications.denied.stateSecret')?.message ?? '';
    expect(note).toContain('but for one number, “2” on line 1, which is no cell of the table');
    const zh = parseReport(paged, { file: 'chromium.txt', lang: 'zh' }).diagnostics.find((d) => d.path === 'applications.denied.stateSecret')?.message ?? '';
    expect(zh).toContain('只有第1行的“2”不是本表的数字');
    // Two numbers more: not read so.
    const twice = paged.replace(' 34 82 120 36 149 6 427 ', ' 34 82 120 36 149 6 427 3 ');
    expect(twice).not.toBe(paged);
    expect(parse(twice).diagnostics.some((d) => d.message.includes('row after row in the form\'s order'))).toBe(false);
  });

  it('a number more than the table\'s cells (a page number among them): not read so', () => {
    const lines = PLAIN.text.split('\n');
    const at = lines.indexOf('102');
    lines.splice(at, 0, '7', '');
    noneRead(parse(lines.join('\n')), ['denied.endangersSafety', 'notProcessed.complaint']);
  });

  // A label of another wording printed as a row (`（一）同意公开⇥41⇥…`) leaves the order unread: test/
  // catalog-extension.test.ts ('is an unknown row before it is added').

  it('pieces of the form\'s labels jumbled together are no other wording: 2019-cells-chromium.layout reads as designed', () => {
    // `度办 （二）部分公 理结 开（区分处理 果 的，只计这一`: 三、本年度办理结果 beside 部分公开 and its note.
    const { text, designed } = fixture('pdftotext/10-2019-cells-chromium.layout');
    const report = parse(text);
    expect(report.applications).toEqual(designed.applications);
    // Read row by row, those pieces are no row's; read in order, every number is read, and no warning says otherwise.
    expect(report.diagnostics.some((d) => d.code === 'unknown-row' && d.path === 'applications')).toBe(false);
  });

  it('one number not among the others (plain pdftotext of a bordered table prints its last column apart): the gap\'s cell left empty, the rest read', () => {
    // 四、结转下年度继续办理's 总计 (2773) printed after part 四's heading: part 三 prints 174 numbers.
    for (const name of ['pdftotext/01-003-bordered.plain', 'oneline/01-003-bordered.plain']) {
      const report = readButGap(name);
      const gap = report.diagnostics.find((d) => d.path === 'applications.carriedForward.total');
      expect(gap?.code, name).toBe('cell-count');
      expect(gap?.message, name).toContain('“总计” is left empty');
    }
    const note = parse(fixture('oneline/01-003-bordered.plain').text).diagnostics.find((d) => d.path === 'applications.otherHandling.other')?.message ?? '';
    expect(note).toContain('but for one cell, row “四、结转下年度继续办理”, column “总计”, whose number is not among them');
  });

  it('the gap\'s own row read a cell short row by row: the two readings agree, and the rest is read', () => {
    // Plain pdftotext of LibreOffice's borderless prints: 四、结转下年度继续办理 prints 6 numbers (its
    // 总计 after part 四's heading), which the row-by-row reading places by the column rules; the
    // other rows' labels stand apart from their numbers.
    for (const name of ['pdftotext/02-003-borderless.plain', 'pdftotext/04-001-borderless.plain']) {
      const report = readButGap(name);
      expect(report.diagnostics.find((d) => d.path === 'applications.carriedForward.total')?.code, name).toBe('cell-count');
      expect(report.diagnostics.find((d) => d.path === 'applications.granted')?.message, name).toContain('row after row in the form\'s order');
    }
  });

  it('a gap and one number out of place inside its row (its column\'s header words printed between): both repaired', () => {
    // Plain pdftotext of LibreOffice's borderless 2019 and 2020 prints: 一、本年新收…'s 法律服务机构
    // (1372) printed before 科研机构 and 社会公益组织, beside the headers' lines; 四、结转…'s 总计 in part 四.
    for (const name of ['pdftotext/06-2019-tabs-borderless.plain', 'pdftotext/08-2020-mixed-borderless.plain', 'oneline/06-2019-tabs-borderless.plain']) {
      readButGap(name);
    }
    const { text } = fixture('pdftotext/06-2019-tabs-borderless.plain');
    expect(text.split('\n').slice(103, 126).filter((l) => /^\d/.test(l))).toEqual(['1583', '1584', '1372', '1205', '1672', '1458 8874']);
    const note = parse(text).diagnostics.find((d) => d.path === 'applications.carriedOver')?.message ?? '';
    expect(note).toContain('“1372” on line 117, printed away from its place and put back in row “一、本年新收政府信息公开申请数量”, column “法律服务机构”, the only place where it fits, and for one cell, row “四、结转下年度继续办理”, column “总计”');
    const zh = parseReport(text, { file: 'chromium.txt', lang: 'zh' }).diagnostics.find((d) => d.path === 'applications.carriedOver')?.message ?? '';
    expect(zh).toContain('第117行的“1372”排离了原位');
    expect(zh).toContain('另有“四、结转下年度继续办理”行“总计”栏的数字不在其中');
  });

  it('every number printed, one out of place inside its row: the columns alone put it back', () => {
    // oneline/07-2020-mixed-bordered.plain (every number in the form's order) with 1.属于国家秘密's
    // 120 (科研机构) and 36 (社会公益组织) printed the other way round: the row still adds up, its
    // columns do not. (A row the row-by-row reading reads as printed keeps its order: the readings
    // then differ, and the order is not read.)
    const { text, designed } = fixture('oneline/07-2020-mixed-bordered.plain');
    const moved = text.replace(' 531 34 82 120 36 149 6 427 ', ' 531 34 82 36 120 149 6 427 ');
    expect(moved).not.toBe(text);
    const report = parse(moved);
    expect(report.applications).toEqual(designed.applications);
    expect(report.diagnostics.find((d) => d.path === 'applications.denied.stateSecret')?.message).toContain('put back in row “（三）不予公开 1.属于国家秘密”');
    // Two rows so: no one move puts both back.
    const twice = moved.replace(' 114 134 42 88 55 531 ', ' 114 42 134 88 55 531 ');
    expect(twice).not.toBe(moved);
    expect(parse(twice).diagnostics.some((d) => d.message.includes('row after row in the form\'s order'))).toBe(false);
  });

  it('one number lost in the middle: its cell is where the arithmetic puts it, left empty', () => {
    // oneline/07-2020-mixed-bordered.plain (every number in the form's order) with （一）予以公开's
    // 126 (社会公益组织) lost.
    const { text, designed } = fixture('oneline/07-2020-mixed-bordered.plain');
    expect(parse(text).applications).toEqual(designed.applications);
    const lost = text.replace(' 50 155 31 126 86 133 581 ', ' 50 155 31 86 133 581 ');
    expect(lost).not.toBe(text);
    const report = parse(lost);
    const wanted = designed.applications as Record<string, unknown> & { granted: Record<string, number | null> };
    expect(report.applications).toEqual({ ...wanted, granted: { ...wanted.granted, nonprofit: null } });
    expect(report.diagnostics.find((d) => d.path === 'applications.granted.nonprofit')?.code).toBe('cell-count');
  });

  it('one number lost from a table of zeros: the gap fits anywhere, so not read so', () => {
    // Every number of part 三 printed as 0, one of them lost: each place for the gap reads the same
    // zeros, but with a different cell empty.
    const start = ONE_LINE.text.indexOf('2231');
    const end = ONE_LINE.text.indexOf('四、因政府信息公开工作');
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const zeros = ONE_LINE.text.slice(start, end).replace(/(?<=^| )\d+(?= |$)/g, '0').replace(' 0 ', ' ');
    const report = parse(ONE_LINE.text.slice(0, start) + zeros + ONE_LINE.text.slice(end));
    expect(report.diagnostics.some((d) => d.message.includes('row after row in the form\'s order'))).toBe(false);
  });

  it('words the row-by-row reading took for no row: pieces of the form\'s labels leave the order read, words of another wording do not', () => {
    // oneline/07-2020-mixed-bordered.plain, words run into 部分公开's note: the rest of the labels the
    // catalog shortens (…、行政机关不再处理其政府信息公开申请), or words no label of the form prints.
    const { text, designed } = fixture('oneline/07-2020-mixed-bordered.plain');
    const withWords = (words: string): Report => {
      expect(text.split('一情形，不计其他情形）').length).toBe(2);
      return parse(text.replace('一情形，不计其他情形）', `一情形，不计其他情形）${words}`));
    };
    const pieces = withWords('、行政机关不再处理其政府信息公开申请');
    expect(pieces.applications).toEqual(designed.applications);
    // Every number read, the words taken for no row's left no values unread: no warning says so.
    expect(pieces.diagnostics.some((d) => d.code === 'unknown-row' && d.path === 'applications')).toBe(false);
    const other = withWords('同意公开情形');
    expect(other.diagnostics.some((d) => d.code === 'unknown-row' && d.path === 'applications' && d.message.includes('同意公开'))).toBe(true);
    expect(other.diagnostics.some((d) => d.message.includes('row after row in the form\'s order'))).toBe(false);
  });

  it('a number misprinted (1.属于国家秘密\'s 38 printed as 27): no place makes it add up, so not read so', () => {
    const lines = PLAIN.text.split('\n');
    const at = lines.indexOf('38');
    expect(lines[at - 2]).toBe('27');
    lines[at] = '27';
    noneRead(parse(lines.join('\n')), ['denied.stateSecret', 'denied.endangersSafety']);
  });
});
