/**
 * `pdftotext -layout` of a table whose label column is narrow (LibreOffice's PDFs of Word reports,
 * Chromium's prints of web pages: fixtures/damaged/pdftotext/09, 10, 12–14 `.layout`), two ways a
 * label and its numbers share lines:
 *
 * 1. The row's first number on the label's first line, its other numbers on the next line after
 *    the label's rest, some of them a single space apart (one cell as the tokenizer gives it):
 *
 *        一、本年新收政府信息 1169
 *           公开申请数量       1937      1032 886 1703     1188    7915
 *
 *    The number glued to the label read as digits run together, and the rest's cells were counted
 *    as cells, not as the numbers they hold: the row was lost.
 *
 * 2. A group's label (`（五）不予处理`) printed in a column of its own beside its rows' labels, its
 *    pieces at the start of the lines of the rows' labels, around their numbers:
 *
 *                 3.要求提供公
 *                            45     68     82     20     3      41    259
 *        （五）不     开出版物
 *        予处理      4.无正当理由
 *
 *    `（五）不` stopped `开出版物` from completing 3.要求提供公 (it opens with a group's numbering),
 *    and the row was lost, with the row after it.
 *
 * Every golden's part 三 is printed so, at several widths: every row must read its own numbers.
 *
 * A group's column ending in one character of its own before a label's rest (`开⇥法规禁止公开`,
 * `开⇥密`) is the group's too. Not read yet (null with a diagnostic, never a wrong value): a group's
 * piece among a label's lines before its numbers (`（六）其他处⇥1.申请人无正当理由` / `理⇥逾期不补…`
 * / the numbers); hence the one width below.
 */
import { describe, expect, it } from 'vitest';
import { ROW_NUMBERING } from '../src/catalog/lexicon.js';
import { parseReport, validateReport, type Report } from '../src/index.js';
import { APPLICANT_HEADERS, APPLICATION_NOTE } from '../scripts/form.mjs';
import { classify, type Tables } from './support/promise.js';
import { DISTINCT_GOLDENS, chunks, fixtureText, formRows, readPart3 } from './support/tables.js';

interface Layout {
  /** Label characters a line. */
  width: number;
  /**
   * 'glued': the first number on the label's first line (1); 'grouped': groups in a column of their
   * own (2); 'centred': a group's row centred on its numbers, the first on the label's first line (3).
   */
  style: 'glued' | 'grouped' | 'centred';
  /** Characters a line of a group's label in its column ('grouped'). */
  groupWidth?: number;
  /** Numbers to change (row key → column index → printed value): a report's own misprint. */
  misprint?: Readonly<Record<string, readonly [number, string]>>;
}

const GAP = ' '.repeat(6);


/**
 * A label in two lines of about half its length each; a bracket a line would leave open (`（二）部分公开（区分处理的，`)
 * goes to the second (a number after an open bracket is the label's own: `（2019年版）`).
 */
function twoLines(label: string): [string, string] {
  const half = Math.ceil(label.length / 2);
  const open = label.indexOf('（', 1);
  const at = open > 0 && open < half ? open : half;
  return [label.slice(0, at), label.slice(at)];
}

/** A row's numbers after its label, wide apart but for the second to fourth, a space apart (`1032 886 1703`). */
const spaced = (values: readonly string[]): string => [values[0], values.slice(1, 4).join(' '), ...values.slice(4)].filter((v) => v !== undefined && v !== '').join(GAP);

function layoutTable(tables: Tables, layout: Layout): string[] {
  const format = (tables as { format?: string }).format ?? '2021';
  const lines = [APPLICATION_NOTE, '申请人情况', APPLICANT_HEADERS.join('  '), ''];
  // The group's column: its label's pieces, put at the start of its rows' label lines one by one.
  let column: string[] = [];
  for (const { key, part, group, label, values } of formRows(tables, layout.misprint)) {
    if (part !== undefined) lines.push(part);
    const words = chunks(label, layout.width);
    if (layout.style === 'glued') {
      if (group !== undefined) lines.push(group);
      // Two lines of label, the first number's baseline the first line's (a label of two lines is
      // centred on the numbers' line between them).
      const [first = '', second = ''] = label.length <= layout.width ? [label] : twoLines(label);
      lines.push(`  ${first} ${values[0]}`, `     ${second}${GAP}${spaced(values.slice(1))}`);
      continue;
    }
    if (layout.style === 'centred') {
      // The numbering alone on the numbers' line, the first number on the label's first line.
      if (group !== undefined) lines.push(group);
      const own = ROW_NUMBERING.exec(label)?.[0] ?? '';
      if (group === undefined && !key.includes('.')) lines.push(`${label}    ${values.join(GAP)}`);
      else if (format === '2019' && key === 'otherHandling.other') lines.push(`${label}    ${values.join(GAP)}`);
      else {
        const words = chunks(label.slice(own.length), layout.width);
        lines.push(`  ${words[0] ?? ''} ${values[0]}`, `${own.padEnd(8)}${values.slice(1).join(GAP)}`, ...words.slice(1).map((w) => `  ${w}`));
      }
      continue;
    }
    if (group !== undefined) column = chunks(group, layout.groupWidth ?? 4);
    const label_ = (w: string): string => `${(column.shift() ?? '').padEnd(8, ' ')}${w}`;
    const above = Math.max(1, Math.floor(words.length / 2));
    lines.push(...words.slice(0, above).map(label_), `${' '.repeat(14)}${values.join(GAP)}`, ...words.slice(above).map(label_));
  }
  return lines;
}

const read = (g: (typeof DISTINCT_GOLDENS)[number], layout: Layout) => readPart3(g, (designed) => layoutTable(designed, layout), 'layout.txt');

describe('pdftotext -layout of a narrow label column', () => {
  for (const g of DISTINCT_GOLDENS) {
    it(`${g.text}: a row's first number on its label's first line, the others after the label's rest, read as the row's own`, () => {
      for (const width of [8, 10, 12]) {
        const { cells } = read(g, { width, style: 'glued' });
        expect(cells.length).toBeGreaterThanOrEqual(7 * 22);
        expect(cells.filter((c) => c.verdict !== 'right').map((c) => `width ${width}: ${c.path} ${c.verdict}`)).toEqual([]);
      }
    });

    it(`${g.text}: a group's label in a column of its own, its pieces before the rows' label lines, is no word of theirs`, () => {
      for (const [width, groupWidth] of [[6, 4], [6, 3], [8, 4], [7, 3], [8, 3], [6, 2], [7, 2], [8, 2], [9, 3], [10, 4]] as const) {
        const { cells } = read(g, { width, style: 'grouped', groupWidth });
        expect(cells.filter((c) => c.verdict !== 'right').map((c) => `width ${width}/${groupWidth}: ${c.path} ${c.verdict}`)).toEqual([]);
      }
      // The width not read yet (above): rows left null, with a diagnostic, never another row's number.
      const { cells } = read(g, { width: 12, style: 'grouped', groupWidth: 5 });
      expect(cells.filter((c) => c.verdict === 'wrong' || c.verdict === 'null-silent').map((c) => `width 12/5: ${c.path} ${c.verdict}`)).toEqual([]);
    });
  }

  for (const g of DISTINCT_GOLDENS) {
    it(`${g.text}: a row centred on its numbers, the first of them on its label's first line, the numbering alone with the others`, () => {
      // Width 2 prints `属于 89` / `7.⇥72…`: a numbering alone before numbers, no number cut in two (897).
      for (const width of [2, 4, 5, 6, 7]) {
        const { cells } = read(g, { width, style: 'centred' });
        expect(cells.filter((c) => c.verdict !== 'right').map((c) => `width ${width}: ${c.path} ${c.verdict}`)).toEqual([]);
      }
      // Width 3 cuts 3.危及“三安全一稳定” after its opening quote, and a number after an open quote is
      // the label's words (`危及“ 69`): that row is null then, with a diagnostic, never another's number.
      for (const width of [3]) {
        const { cells } = read(g, { width, style: 'centred' });
        expect(cells.filter((c) => c.verdict === 'wrong' || c.verdict === 'null-silent').map((c) => `width ${width}: ${c.path} ${c.verdict}`)).toEqual([]);
      }
    });
  }

  it('a row whose numbers do not add up: over two lines it is not read so (null with a diagnostic); on one line it is the report\'s own error', () => {
    const g = DISTINCT_GOLDENS[1];
    const misprint = { 'notProcessed.publication': [2, '9999'] } as const;
    const glued = read(g, { width: 8, style: 'glued', misprint });
    expect(glued.cells.filter((c) => c.verdict === 'wrong')).toEqual([]);
    expect(Object.values(glued.report.applications?.notProcessed?.publication ?? {})).toEqual(Array(7).fill(null));
    expect(glued.report.diagnostics.some((d) => d.severity !== 'info' && (d.path === 'applications.notProcessed.publication' || (d.path === 'applications' && d.code === 'unknown-row')))).toBe(true);
    // Its seven numbers on one line, between its label's lines: the row's as printed, 9999 and all, and its sums fail.
    const grouped = read(g, { width: 8, style: 'grouped', groupWidth: 4, misprint });
    expect(grouped.cells.filter((c) => c.verdict === 'wrong').map((c) => `${c.path} ${c.got}`)).toEqual(['applications.notProcessed.publication.research 9999']);
    expect(grouped.report.diagnostics.filter((d) => d.path?.startsWith('applications.notProcessed.publication')).map((d) => d.code)).toContain('row-total');
  });

  // The real outputs these layouts come from (fixtures/damaged/pdftotext, `-layout`): every cell right
  // or null with a diagnostic, and at least as many right as when these rules came in. 11 prints
  // `危及“三 69` / `3.⇥102⇥52⇥63⇥91⇥56⇥433` / `安全一稳定”`: the row's own numbering alone before the
  // rest of its numbers is its label's.
  it('pdftotext -layout of the Chromium and Word PDFs: no wrong cell, and the rows these rules read', () => {
    const expected: Record<string, number> = { '09-001-chromium': 200, '11-000-chromium': 200, '12-000-word': 193, '13-002-word': 200, '14-2020-mixed-word': 198 };
    for (const [name, right] of Object.entries(expected)) {
      const path = `damaged/pdftotext/${name}.layout`;
      const designed = (JSON.parse(fixtureText(`${path}.expected.json`)) as { designed: Tables }).designed;
      const cells = classify(parseReport(fixtureText(`${path}.txt`), { file: `${name}.txt` }), designed).cells;
      expect(cells.filter((c) => c.verdict === 'wrong' || c.verdict === 'null-silent').map((c) => `${name}: ${c.path} ${c.verdict}`)).toEqual([]);
      expect(cells.filter((c) => c.verdict === 'right').length, name).toBeGreaterThanOrEqual(right);
    }
  });
});


describe('pdftotext -layout of Chromium prints: a label over two lines among its neighbours\' numbers (print sweep)', () => {
  const sweep = (name: string): { text: string; designed: Tables } => ({
    text: fixtureText(`damaged/chromium-pdftotext/${name}.txt`),
    designed: (JSON.parse(fixtureText(`damaged/chromium-pdftotext/${name}.expected.json`)) as { designed: Tables }).designed,
  });
  const wrong = (text: string, designed: Tables): string[] =>
    classify(parseReport(text, { file: 'sweep.txt' }), designed)
      .cells.filter((c) => c.verdict === 'wrong')
      .map((c) => c.path);

  it('a row on one line that does not add up, the row before printed with half its cells or fewer on the line above: null, saying so (69-5.layout)', () => {
    // `1.本机关不掌握相关政府信息 538` / `三、本年度办 （四）无法 2.没有现成信息需要另行制作 26 2072 18 30 24 10 692`
    // / `理结果  90 13 4 21 174`: 1.'s 72 … 692 on 2.'s line, 2.'s 26 20 run together with them. Read
    // as printed, validate named a row-total error the report does not have.
    const { text, designed } = sweep('69-5.layout');
    for (const lang of ['en', 'zh'] as const) {
      const r = parseReport(text, { file: '69-5.layout.txt', lang });
      expect(Object.values(r.applications?.unableToProvide?.needsCreation ?? {})).toEqual(Array(7).fill(null));
      expect(r.diagnostics.filter((d) => d.code === 'row-total')).toEqual([]);
      expect(r.diagnostics.filter((d) => d.path === 'applications.unableToProvide.needsCreation').map((d) => [d.code, d.line, d.message])).toEqual([
        [
          'cell-count',
          56,
          lang === 'en'
            ? "row “三、本年度办 （四）无法 2.没有现成信息需要另行制作” prints its cells on one line (26 2072 18 30 24 10 692) and they do not add up, and no rule of the table confirms them; the row before it, on the line above, prints more or fewer numbers than its cells: numbers of the two rows may have been printed on each other's lines, so which are this row's cannot be told; its values were not read"
            : '“三、本年度办 （四）无法 2.没有现成信息需要另行制作”行的数字列在一行（26 2072 18 30 24 10 692），对不上合计，表中也没有勾稽关系能证实它们；上一行印在它上面一行，列出的数字比其列数多或少：两行的数字可能印到了对方的行里，无法判断哪些是本行的；该行的数字未读取',
        ],
      ]);
    }
    expect(wrong(text, designed)).toEqual([]);
  });

  it('a label\'s second lines, the group\'s and the row\'s, before its numbers: read as label, the row read (70-28.layout)', () => {
    // `（四） 3.补正后申请内容` / `无   仍         3    13   15 227   21   7 286` / `法提供 不明确`: 无 was
    // read as a cell (none) and 仍 as a cell that is no number, 3 in 科研机构 and 15227 in 法律服务机构.
    const { text, designed } = sweep('70-28.layout');
    const r = parseReport(text, { file: '70-28.layout.txt' });
    expect(r.applications?.unableToProvide?.unclearAfterCorrection).toEqual((designed as Report).applications?.unableToProvide?.unclearAfterCorrection);
    expect(r.diagnostics.filter((d) => d.path === 'applications.unableToProvide.unclearAfterCorrection').map((d) => d.code)).toEqual(['recovered-cells']);
    expect(wrong(text, designed)).toEqual([]);
  });

  it('a label\'s numbering printed after its first words (`要求5.`, the top of a page) opens the label: the row read, not the row before\'s rest (137-57.layout)', () => {
    // `4.无正` / `（五） 当理` / `不 由大量  22 …` / `予处理 反复申请` / `要求5.` / `（五 行政机关确` / `）不予 认或重新出  23 … 494`:
    // 反复申请 ran on into 要求5. … 认或重新出 and named 4.无正当理由大量反复申请, which took 5.'s numbers (7 wrong).
    const { text, designed } = sweep('137-57.layout');
    const r = parseReport(text, { file: '137-57.layout.txt' });
    expect(text.split('\n').map((l) => l.trim())).toContain('要求5.');
    expect(r.applications?.notProcessed?.confirmation).toEqual((designed as Report).applications?.notProcessed?.confirmation);
    // 4.'s own words around its numbers (`4.无正` / `（五） 当理` / `不 由大量  22 …` / `予处理 反复申请`) spell it whole.
    expect(r.applications?.notProcessed?.excessive).toEqual((designed as Report).applications?.notProcessed?.excessive);
    expect(r.diagnostics.filter((d) => d.path === 'applications.notProcessed.excessive').map((d) => d.code)).toEqual(['recovered-pairing']);
    expect(wrong(text, designed)).toEqual([]);
  });

  it('a label\'s numbering printed after its words and run into its first number (`其他 3.14 …`): the number read, no row-total error (209-15.layout)', () => {
    // `其他 3.14     17     17   12    4    121   185`: 3.其他's numbering after its words, next to its 14.
    // Read as printed, 3.14 was no count and validate named a row-total error the report does not have.
    const { text, designed } = sweep('209-15.layout');
    expect(text).toContain('其他 3.14     17');
    for (const lang of ['en', 'zh'] as const) {
      const r = parseReport(text, { file: '209-15.layout.txt', lang });
      expect(r.applications?.otherHandling?.other).toEqual((designed as Report).applications?.otherHandling?.other);
      const said = r.diagnostics.filter((d) => d.path === 'applications.otherHandling.other');
      expect(said.map((d) => [d.code, d.line])).toEqual([['recovered-digits', text.split('\n').findIndex((l) => l.includes('其他 3.14')) + 1]]);
      expect(said[0]?.message).toContain(lang === 'en' ? 'is printed without its numbering 3., and its first cell reads “3.14”' : '行名没有印出序号 3.');
      expect(validateReport(r).filter((d) => d.code === 'row-total')).toEqual([]);
    }
    expect(wrong(text, designed)).toEqual([]);
  });

  it('a decimal that starts with the row\'s numbering stays as printed where the row does not add up so, or where its label prints the numbering (209-15.layout altered)', () => {
    const { text } = sweep('209-15.layout');
    const other = (changed: string) => parseReport(changed, { file: 'x.txt' }).applications?.otherHandling?.other?.naturalPerson;
    expect(other(text)).toBe(14);
    expect(other(text.replace('其他 3.14     17     17   12    4    121   185', '其他 3.14     17     17   12    4    121   186'))).toBe(3.14);
    expect(other(text.replace('其他 3.14     17', '3.其他 3.14     17'))).toBe(3.14);
    // A whole number after the numbering as well (`3.0`, which reads as 3 as printed): the row adds up with 0.
    expect(other(text.replace('其他 3.14     17     17   12    4    121   185', '其他 3.0     17     17   12    4    121   171'))).toBe(0);
  });

  it('a label\'s end and the next label\'s start run together, the group\'s pieces between (198-23.layout)', () => {
    // `止公开` / `危` / `（三 及3.“三安` / `）不予公 全一稳  0 1 0 0 21 141 163`: 2.其他法律行政法规禁止公开's end
    // and 3.危及“三安全一稳定”'s start named 2. only (its `止公开`), which took 3.'s numbers (6 wrong).
    const { text, designed } = sweep('198-23.layout');
    expect(text).toContain('及3.“三安');
    const r = parseReport(text, { file: '198-23.layout.txt' });
    const denied = (designed as Report).applications?.denied;
    expect(r.applications?.denied?.prohibitedByLaw).toEqual(denied?.prohibitedByLaw);
    expect(r.applications?.denied?.endangersSafety).toEqual(denied?.endangersSafety);
    expect(wrong(text, designed)).toEqual([]);
  });

  it('a row on one line that does not add up, the row before printed with more numbers than its cells on the line above: null, no row-total error (230-23.layout)', () => {
    // `（四）无 2.没有现成信息需要另行制作 0 0 12 0 0 45 0 252 506` / `三、本年 法提供 3.补正后申请内容仍不明确 0 21 0 0
    // 15 0 27` / `度办理结 48 0 69`: cells drawn at other heights, 3.'s 48 and 69 a line down, 15 and 27
    // another row's. Read as printed, validate named a row-total error the report does not have.
    const { text, designed } = sweep('230-23.layout');
    for (const lang of ['en', 'zh'] as const) {
      const r = parseReport(text, { file: '230-23.layout.txt', lang });
      expect(Object.values(r.applications?.unableToProvide?.unclearAfterCorrection ?? {})).toEqual(Array(7).fill(null));
      const said = r.diagnostics.filter((d) => d.path === 'applications.unableToProvide.unclearAfterCorrection');
      expect(said.map((d) => d.code)).toEqual(['cell-count']);
      expect(said[0]?.message).toContain(lang === 'en' ? 'prints more or fewer numbers than its cells' : '列出的数字比其列数多或少');
      expect(validateReport(r).filter((d) => d.code === 'row-total')).toEqual([]);
    }
    expect(wrong(text, designed)).toEqual([]);
  });
});
