/**
 * A report run into one line (fixtures/damaged/oneline/): what a crawler or a database column that
 * collapses white space keeps of a PDF's text. Its spaces stand where its lines broke, so the
 * layouts plain pdftotext prints over lines (labels apart from their numbers, a label after its
 * numbers) come on one line, where "on the label's line" tells nothing. Each case is made from
 * oneline/01-003-bordered.layout (which reads cell for cell, every cell a distinct number) by
 * moving its labels as plain pdftotext prints them; a value is read as designed or null with a
 * diagnostic naming its row, never another row's number.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../src/index.js';

const SOURCE = 'damaged/oneline/01-003-bordered.layout';
const text = readFileSync(new URL(`../fixtures/${SOURCE}.txt`, import.meta.url), 'utf8');
const designed = JSON.parse(readFileSync(new URL(`../fixtures/${SOURCE}.expected.json`, import.meta.url), 'utf8')).designed;
const parse = (input: string): Report => parseReport(input, { file: 'input.txt' });

/** The text with `from` (which it must print once) replaced by `to`. */
function edited(from: string, to: string): string {
  expect(text.split(from).length, from).toBe(2);
  return text.replace(from, to);
}

const ROWS = {
  administrativeQuery: '21 70 94 79 69 129 462',
  notHeld: '122 5 73 30 119 107 456',
  needsCreation: '106 42 64 111 115 46 484',
  unclearAfterCorrection: '101 34 14 54 133 4 340',
};
/** The unableToProvide rows as the source prints them, each label then its numbers. */
const AS_PRINTED = `8.属于行政查询事项 ${ROWS.administrativeQuery} 1.本机关不掌握相关政府信息 ${ROWS.notHeld} （四） 无法提 2.没有现成信息需要另行制作 ${ROWS.needsCreation} 供 3.补正后申请内容仍不明确 ${ROWS.unclearAfterCorrection}`;

/** What `value` holds at `key`, when it is an object. */
const at = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null ? Object.entries(value).find(([k]) => k === key)?.[1] : undefined);

/** The row at `path` in part 三 (`unableToProvide.notHeld`) is printed with every cell null, and a diagnostic of `code` names it. */
const nullNamed = (r: Report, path: string, code: string): void => {
  const cells = path.split('.').reduce<unknown>(at, r.applications);
  expect(typeof cells === 'object' && cells !== null && Object.values(cells).every((v) => v === null), path).toBe(true);
  expect(r.diagnostics.some((d) => d.path === `applications.${path}` && d.code === code), `${path}: ${code}`).toBe(true);
};

describe('a report run into one line', () => {
  it('the source reads as designed', () => {
    expect(parse(text).applications).toEqual(designed.applications);
  });

  it('labels of several rows, then their numbers: paired one to one when the arithmetic says so', () => {
    const r = parse(edited(AS_PRINTED, `8.属于行政查询事项 ${ROWS.administrativeQuery} （四）无法提供 1.本机关不掌握相关政府信息 2.没有现成信息需要另行制作 3.补正后申请内容仍不明确 ${ROWS.notHeld} ${ROWS.needsCreation} ${ROWS.unclearAfterCorrection}`));
    expect(r.applications?.unableToProvide).toEqual(designed.applications.unableToProvide);
    const note = r.diagnostics.find((d) => d.path === 'applications.unableToProvide.needsCreation');
    expect(note?.code).toBe('recovered-pairing');
  });

  /**
   * The text with part 三's first outcome row printing a mark for its first number: the table's
   * numbers are then one short of its cells, and cannot be read in the order printed (formOrder.ts),
   * so what the row-by-row reading makes of the rest stands.
   */
  const oneMarked = (input: string): string => {
    expect(input.split('1.属于国家秘密 9 105 ').length).toBe(2);
    return input.replace('1.属于国家秘密 9 105 ', '1.属于国家秘密 — 105 ');
  };

  it('two labels, then one row\'s numbers: either row\'s, so neither is read (never the last label\'s by default)', () => {
    // Plain pdftotext prints 2.没有现成…'s numbers before its label: 1.本机关不掌握…'s label, then them.
    const input = edited(AS_PRINTED, `8.属于行政查询事项 ${ROWS.administrativeQuery} 1.本机关不掌握相关政府信息 ${ROWS.notHeld} ${ROWS.needsCreation} （四） 无法提供 2.没有现成信息需要另行制作 3.补正后申请内容仍不明确 ${ROWS.unclearAfterCorrection}`);
    const r = parse(oneMarked(input));
    nullNamed(r, 'unableToProvide.unclearAfterCorrection', 'ambiguous-pairing');
    nullNamed(r, 'unableToProvide.needsCreation', 'ambiguous-pairing');
    // Every number of the table printed, in the form's order: read so, every row and column adds up.
    const whole = parse(input);
    expect(whole.applications).toEqual(designed.applications);
    expect(whole.diagnostics.find((d) => d.path === 'applications.unableToProvide.needsCreation')?.message).toContain('row after row in the form\'s order');
  });

  it('a row\'s worth of numbers no row took right before a label: the label may follow its numbers, so the row is null', () => {
    // 8.属于行政查询事项's label, its numbers and 1.本机关不掌握…'s, then that label and the numbers of
    // 2.没有现成… (plain pdftotext of chromium's print: oneline/15-004-chromium.plain).
    const input = edited(AS_PRINTED, `8.属于行政查询事项 ${ROWS.administrativeQuery} ${ROWS.notHeld} （四）无 1.本机关不掌握相关政府信息 ${ROWS.needsCreation} 法提供 2.没有现成信息需要另行制作 3.补正后申请内容仍不明确 ${ROWS.unclearAfterCorrection}`);
    const r = parse(oneMarked(input));
    nullNamed(r, 'unableToProvide.notHeld', 'cell-count');
    expect(Object.values(r.applications?.denied.administrativeQuery ?? {}).every((v) => v === null)).toBe(true);
    // Rows printed label first after it are read as printed: the doubt goes no further on one line.
    expect(r.applications?.notProcessed).toEqual(designed.applications.notProcessed);
    // Every number of the table printed, in the form's order: read so, every row and column adds up.
    expect(parse(input).applications).toEqual(designed.applications);
  });

  it('part 四\'s header, its three labels in one run, then the numbers among header pieces: never the last label\'s', () => {
    // Plain pdftotext of chromium's print run into one line (oneline/09-001-chromium.plain).
    const part4 = '行政复议 行政诉讼 未经复议直接起诉 复议后起诉 结果维 结果纠 其他结 尚未审 总计 持 正 果 结 结果维 结果纠 其他结 尚未审 结果维 结果纠 其他结 尚未审 总计 总计 持 正 果 结 持 正 果 结 593 544 19 867 2023 24 579 570 881 2054 17 312 588 825 1742';
    const moved = '行政复议 行政诉讼 结果 结果 其他 尚 总计 未经复议直接起诉 复议后起诉 维持 纠正 结果 未 审 结 593 544 19 867 2023 其 结 结果 结果 他 尚未 总计 果 结果 其他 尚未 总计 维持 纠正 结 审结 维 纠正 结果 审结 果 持 24 579 570 881 2054 17 312 588 825 1742';
    const r = parse(edited(part4, moved));
    const table = r.reviewLitigation;
    for (const [group, cells] of Object.entries(table ?? {})) {
      for (const [column, value] of Object.entries(cells ?? {})) {
        if (value !== null) expect(value, `${group}.${column}`).toBe(designed.reviewLitigation[group][column]);
      }
    }
    expect(table?.litigationAfterReview?.upheld ?? null).not.toBe(593);
  });

  it('part 二\'s labels printed after their numbers, each run into the next table\'s heading: never the next row\'s numbers', () => {
    // Plain pdftotext of chromium's print run into one line (oneline/10-2019-cells-chromium.plain):
    // the column headers, then each row's numbers, then its label; 规范性文件 runs into the next
    // table's heading and header, and then 行政许可's numbers.
    const source = readFileSync(new URL('../fixtures/damaged/oneline/05-2019-tabs-bordered.layout.txt', import.meta.url), 'utf8');
    const wanted = JSON.parse(readFileSync(new URL('../fixtures/damaged/oneline/05-2019-tabs-bordered.layout.expected.json', import.meta.url), 'utf8')).designed.activeDisclosure;
    const from = '第二十条第（一）项 信息内容 本年新制作数量 本年新公开数量 对外公开总数量 规章 8 118 7177 规范性文件 153 63 9907 第二十条第（五）项 信息内容 上一年项目数量 本年增/减 处理决定数量 行政许可 95 -5 7923';
    const to = '第二十条第（一）项 本年新公开 对外公开总 信息内容 本年新制作 数量 数量 数量 8 118 7177 规章 153 63 9907 规范性文件 第二十条第（五）项 处理决定数 信息内容 上一年项目 本年增 /减 数量 量 行政 95 -5 7923 许可';
    expect(source.split(from).length).toBe(2);
    const r = parse(source.replace(from, to));
    const part2 = r.activeDisclosure as Record<string, Record<string, number | null> | null>;
    for (const [row, cells] of Object.entries(part2 ?? {})) {
      for (const [column, value] of Object.entries(cells ?? {})) if (value !== null) expect(value, `${row}.${column}`).toBe(wanted[row][column]);
    }
    // Each small table is printed whole between its heading and the next: read from there
    // (underHeaders.ts), every row the one the form puts there.
    expect(part2?.regulations).toEqual(wanted.regulations);
    expect(part2?.normativeDocuments).toEqual(wanted.normativeDocuments);
    expect(part2?.licensing).toEqual(wanted.licensing);
    expect(r.diagnostics.find((d) => d.path === 'activeDisclosure.regulations')?.code).toBe('recovered-pairing');
    // Its heading taken out, 第二十条第（一）项's stretch runs on: 规章 is in doubt again, never 规范性文件's.
    const runOn = parse(source.replace(from, to.replace(' 第二十条第（五）项', '')));
    expect(Object.values((runOn.activeDisclosure as typeof part2)?.regulations ?? {}).every((v) => v === null)).toBe(true);
    expect(runOn.diagnostics.some((d) => d.path === 'activeDisclosure.regulations' && d.code === 'cell-count')).toBe(true);
    // The rows after them, label first as the source prints them, read.
    expect(part2?.punishment).toEqual(wanted.punishment);
  });

  it('a lone number a space after the label of a row of several cells and no sums: one cell or all of them, so null', () => {
    // Plain pdftotext of a Word PDF run into one line (oneline/14-2020-mixed-word.plain): 137 may be
    // 行政处罚's first cell as well as its three cells run together (1, 3, 7).
    const source = readFileSync(new URL('../fixtures/damaged/oneline/05-2019-tabs-bordered.layout.txt', import.meta.url), 'utf8');
    const from = '行政处罚 126 39 6253';
    expect(source.split(from).length).toBe(2);
    const r = parse(source.replace(from, '行政处罚 137'));
    expect(r.activeDisclosure?.punishment).toEqual({ previousItems: null, change: null, decisions: null });
    const doubt = r.diagnostics.find((d) => d.path === 'activeDisclosure.punishment');
    expect(doubt?.code).toBe('cell-count');
    expect(doubt?.message).toContain('prints one number, “137”');
    // Glued to the label (a crawled page), or a tab after it, the same: one cell and the others blank
    // (`行政处罚⇥137⇥⇥`, a spreadsheet's empty cells) as well as three cells run together.
    for (const printed of ['行政处罚137', '行政处罚\t137', '行政处罚\t137\t\t']) {
      const glued = parse(source.replace(from, printed));
      expect(glued.activeDisclosure?.punishment).toEqual({ previousItems: null, change: null, decisions: null });
      expect(glued.diagnostics.find((d) => d.path === 'activeDisclosure.punishment')?.message).toContain('prints one number, “137”');
    }
    // A leading zero: no one number prints so, the digits are the row's cells run together.
    expect(parse(source.replace(from, '行政处罚013')).activeDisclosure?.punishment).toEqual({ previousItems: 0, change: 1, decisions: 3 });
  });
});


describe('pairing messages of a report run into one line', () => {
  // Pairing splits a one-line run of numbers into one number a line; its messages count the lines
  // the numbers were printed on, not those pieces. Every one-line fixture has one line.
  const dir = new URL('../fixtures/damaged/oneline/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

  it('say "1 line of numbers" in English and "1 行数字" in Chinese, however many numbers there are', () => {
    let said = 0;
    for (const file of files) {
      const input = readFileSync(new URL(file, dir));
      for (const [lang, pattern] of [['en', /(\d+) lines? of numbers/g], ['zh', /(\d+) 行数字/g]] as const) {
        for (const d of parseReport(input, { file, lang }).diagnostics) {
          for (const m of d.message.matchAll(pattern)) {
            said++;
            expect(m[1], `${file} (${lang}): ${d.message}`).toBe('1');
          }
        }
      }
    }
    expect(said).toBeGreaterThan(0);
  });
});

describe('a page LibreOffice printed from a Word document whose headings and rows are a numbered list', () => {
  // LibreOffice prints the list numbers, not the form's: parts `1. 总体情况` … `6. 其他需要报告的事项`,
  // and rows numbered as its list counts them (`1. 其他法律行政法规禁止公开` for 2., `4. 要求行政机关确认…`
  // for 5.). Run into one line, every heading stands inside the line.
  const file = '26-001_eb914b629682bc65.renumbered.libreoffice.pdftohtml';
  const fixture = new URL(`../fixtures/damaged/oneline/${file}`, import.meta.url);
  const input = readFileSync(new URL(`${fixture.href}.txt`));
  const { designed: expected } = JSON.parse(readFileSync(new URL(`${fixture.href}.expected.json`), 'utf8'));

  it('finds its six parts by their list numbers and reads its three tables as designed', () => {
    const r = parseReport(input, { file: `${file}.txt` });
    expect(r.diagnostics.filter((d) => d.code === 'missing-part' || d.code === 'missing-table')).toEqual([]);
    expect(r.activeDisclosure).toEqual(expected.activeDisclosure);
    expect(r.applications).toEqual(expected.applications);
    expect(r.reviewLitigation).toEqual(expected.reviewLitigation);
  });

  it('takes a label that runs into the next row\'s start, numbered as the list numbers it, for neither row\'s', () => {
    // `…456 无正当理由大量反复申请 4. 要求行政机 129 119 …`: the numbers after it are 5.要求行政机关确认…'s.
    // Read row by row alone (the numbers printed out of the form's order, so not read in it), the row is null.
    const text = input.toString('utf8');
    const from = '20 136 64 110 35 91 456';
    expect(text.split(from).length).toBe(2);
    const r = parseReport(text.replace(from, '20 — 64 110 35 91 456'), { file: `${file}.txt` });
    expect(r.applications?.notProcessed.excessive).toBeNull();
    expect(r.applications?.notProcessed.confirmation).toBeNull();
    expect(r.diagnostics.some((d) => d.path === 'applications.notProcessed.excessive' && d.code === 'missing-row')).toBe(true);
    expect(r.applications?.notProcessed.duplicate).toEqual(expected.applications.notProcessed.duplicate);
  });
});
