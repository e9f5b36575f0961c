/**
 * Tables a text file prints in markup (src/readers/embedded.ts): pandoc's Markdown of a Word file
 * or web page writes a table with merged cells as raw HTML, and a table whose cells wrap as a grid
 * table. Real pandoc output of every golden's Word file and page is in fixtures/damaged/pandoc/
 * (scripts/make-pandoc-fixtures.mjs), held to the promise by damaged.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, parseWithLayout } from '../../src/index.js';
import { withEmbeddedTables } from '../../src/readers/embedded.js';
import { sniff } from '../../src/readers/sniff.js';
import { normalize } from '../../src/normalize/normalize.js';
import { classify, tally } from '../support/promise.js';
import { designedFor } from '../../scripts/promise.mjs';

const PANDOC = 'fixtures/damaged/pandoc/';
const fixture = (name: string) => readFileSync(new URL(`../../${PANDOC}${name}`, import.meta.url), 'utf8');
const designedOf = (name: string) => (JSON.parse(fixture(name.replace(/\.txt$/, '.expected.json'))) as { designed: Parameters<typeof classify>[1] }).designed;

/** Part 二's 第二十条第（六）项 table as pandoc's gfm writes it from a Word file: merged cells, so raw HTML. */
const HTML_TABLE = [
  '<table>',
  '<colgroup>',
  '<col style="width: 76%" />',
  '<col style="width: 7%" />',
  '</colgroup>',
  '<tbody>',
  '<tr class="odd">',
  '<td colspan="4">第二十条第（六）项</td>',
  '</tr>',
  '<tr class="even">',
  '<td>信息内容</td>',
  '<td colspan="3">本年处理决定数量</td>',
  '</tr>',
  '<tr class="odd">',
  '<td>行政<br />',
  '处罚</td>',
  '<td colspan="3">8289</td>',
  '</tr>',
  '<tr class="even">',
  '<td>行政强制</td>',
  '<td colspan="3">5</td>',
  '</tr>',
  '</tbody>',
  '</table>',
];

describe('tables in markup inside a text', () => {
  it('an HTML table becomes its rows, a line each, each keeping its <tr> line; the text around stays', () => {
    const read = withEmbeddedTables(['二、主动公开政府信息情况', '', ...HTML_TABLE, '', '三、收到和处理政府信息公开申请情况'].join('\n'));
    expect(read?.lines).toEqual(['二、主动公开政府信息情况', '', '第二十条第（六）项', '信息内容\t本年处理决定数量', '行政 处罚\t8289', '行政强制\t5', '', '三、收到和处理政府信息公开申请情况']);
    expect(read?.sourceLines).toEqual([1, 2, 9, 12, 16, 21, 27, 28]);
  });

  it('a grid table becomes its rows, each cell\'s pieces joined as the words they were: a number wrapped in a narrow column whole again', () => {
    const grid = [
      '+--------------------+----+----+----+',
      '| 第二十条第（八）项 |    |    |    |',
      '+====================+====+====+====+',
      '| 行政事业性         | 1  | 1  |    |',
      '|                    | 32 | 24 |    |',
      '| 收费               |    |    |    |',
      '+--------------------+----+----+----+',
    ];
    const read = withEmbeddedTables(['前文', ...grid, '后文'].join('\n'));
    expect(read?.lines).toEqual(['前文', '第二十条第（八）项\t\t\t', '行政事业性收费\t132\t124\t', '后文']);
    expect(read?.sourceLines).toEqual([1, 3, 5, 9]);
    // Latin words keep their space: a cell of English wrapped over lines.
    expect(withEmbeddedTables(['+-----+-----+', '| ab  | 1   |', '| cd  |     |', '+-----+-----+'].join('\n'))?.lines).toEqual(['ab cd\t1']);
  });

  it('numbers on two lines of a cell are one wrapped number only in an ASCII grid column too narrow to hold them joined', () => {
    const head = ['+----------+------------+', '| 信息内容 | 决定数量   |', '+==========+============+'];
    // links, a line printed twice inside a cell: `|   4811   |` / `|   4811   |` read 48114811.
    const wide = [...head, '| 行政     |            |', '|          |    4811    |', '|          |    4811    |', '| 许可     |            |', '+----------+------------+'];
    expect(withEmbeddedTables(wide.join('\n'))?.lines).toEqual(['信息内容\t决定数量', '行政许可\t4811 4811']);
    // Nor two numbers that fit the column joined: a rule lost between two rows.
    const lost = ['+------+------+', '| 信息 | 件   |', '+======+======+', '| 规章 | 62   |', '|      | 87   |', '+------+------+'];
    expect(withEmbeddedTables(lost.join('\n'))?.lines).toEqual(['信息\t件', '规章\t62 87']);
    // Wider than the column between its padding: wrapped (pandoc's `| 1  |` / `| 32 |`).
    expect(withEmbeddedTables(['+------+----+', '| 信息 | 件 |', '+======+====+', '| 规章 | 1  |', '|      | 32 |', '+------+----+'].join('\n'))?.lines).toEqual(['信息\t件', '规章\t132']);
    // A line printed twice in a narrow column: not a wrapped number (links, `| 110 |` twice).
    expect(withEmbeddedTables(['+------+-----+', '| 信息 | 件  |', '+======+=====+', '| 规章 |     |', '|      | 110 |', '|      | 110 |', '+------+-----+'].join('\n'))?.lines).toEqual(['信息\t件', '规章\t110 110']);
    // Rules between bars (links): a browser's table, whose numbers are never broken.
    const links = ['+-----------+', '| 信息 | 件 |', '|------+----|', '| 规范 | 19 |', '|------+----|', '| 规章 | 1  |', '|      | 32 |', '+-----------+'];
    expect(withEmbeddedTables(links.join('\n'))?.lines).toEqual(['信息\t件', '规范\t19', '规章\t1 32']);
    // Box characters (w3m, elinks, tabulate): a browser never breaks a number, however narrow.
    const box = ['┌────┬──┐', '│信息│件│', '├────┼──┤', '│规范│19│', '├────┼──┤', '│规章│62│', '│    │87│', '└────┴──┘'];
    expect(withEmbeddedTables(box.join('\n'))?.lines).toEqual(['信息\t件', '规范\t19', '规章\t62 87']);
    // The cell then prints two numbers where the row has one: null, never 48114811.
    const text = parseReport(['二、主动公开政府信息情况', '第二十条第（五）项', ...wide, '三、收到和处理政府信息公开申请情况'].join('\n'), { file: 'wide.txt' });
    expect(text.activeDisclosure?.licensing).toEqual({ decisions: null });
  });

  it('lines between two rules that are rows of their own are each a row: a label and its numbers, or a header above its numbers (PrettyTable)', () => {
    expect(withEmbeddedTables(['+------+----+', '| 规章 | 2 | 3520 |', '| 行政规范性文件 | 19 | 729 |', '+------+----+'].join('\n'))?.lines).toEqual(['规章\t2\t3520', '行政规范性文件\t19\t729']);
    // A line of blank cells between them is no row.
    const blank = ['+------+----+', '| 规章 | 2 | 3520 |', '|      |   |      |', '| 行政规范性文件 | 19 | 729 |', '+------+----+'];
    expect(withEmbeddedTables(blank.join('\n'))?.sourceLines).toEqual([2, 4]);
    expect(withEmbeddedTables(['+------+----+', '| 结果维持 | 结果纠正 |', '| 62 | 152 |', '+------+----+'].join('\n'))?.lines).toEqual(['结果维持\t结果纠正', '62\t152']);
    // In a grid table, which rules every row (its header rule tells it): one row's cells wrapped
    // over lines, words or a number in each cell, not both.
    const wrapped = ['| 行政事业性 | 1  |', '|            | 32 |', '| 收费       |    |'];
    expect(withEmbeddedTables(['+------+----+', '| 信息内容 | 金额 |', '+======+====+', ...wrapped, '+------+----+'].join('\n'))?.lines).toEqual(['信息内容\t金额', '行政事业性收费\t132']);
    // In a table that does not rule its rows, two lines of numbers may be one row's or two rows':
    // each is read as printed (`1` / `32`, a number cut in two, is digitBreaks' to doubt), never joined.
    expect(withEmbeddedTables(['+------+----+', ...wrapped, '+------+----+'].join('\n'))?.lines).toEqual(['行政事业性\t1', '\t32', '收费\t']);
    expect(withEmbeddedTables(['+------+----+', '| 结果维持 | 结果纠正 |', '+------+----+', '| 62 | 152 |', '| 87 | 85 |', '+------+----+'].join('\n'))?.lines).toEqual(['结果维持\t结果纠正', '62\t152', '87\t85']);
    // A row's numbering wrapped from its words is words (w3m: `│ 3.  │` / `│     │ 85 │` / `│其他 │`).
    expect(withEmbeddedTables(['┌────┬────┐', '│ 3.  │    │', '│     │ 85 │', '│其他 │    │', '└────┴────┘'].join('\n'))?.lines).toEqual(['3. 其他\t85']);
  });

  it('a grid row spanning columns is one cell of its row', () => {
    expect(withEmbeddedTables(['+----+----+', '| 行政许可  |', '+----+----+', '| 规章 | 1 |', '+----+----+'].join('\n'))?.lines).toEqual(['行政许可', '规章\t1']);
  });

  it('leaves as printed what it cannot read as a table: a table never closed, one with no cell, a row whose lines print different cells, a table inside a cell', () => {
    expect(withEmbeddedTables('文字\n<table>\n<tr><td>1</td></tr>\n')).toBeNull();
    expect(withEmbeddedTables('文字\n<table></table>\n')).toBeNull();
    expect(withEmbeddedTables(['+----+----+', '| 规章 | 1 |', '| 规章    |', '+----+----+'].join('\n'))).toBeNull();
    expect(withEmbeddedTables(['+----+----+', '| a | +--+ | |', '+----+----+'].join('\n'))).toBeNull();
    // pandoc's plain text of a page laid out in a table: its tables inside the layout's cells.
    const nested = ['+------+--------------+', '| 栏目 | +----+----+  |', '|      | | 规章 | 1 | |', '|      | +----+----+  |', '+------+--------------+'];
    expect(withEmbeddedTables(nested.join('\n'))).toBeNull();
    expect(withEmbeddedTables(['┌────┬──────────┐', '│栏目│┌──┬──┐  │', '│    ││规章│1 │  │', '│    │└──┴──┘  │', '└────┴──────────┘'].join('\n'))).toBeNull();
    expect(withEmbeddedTables('没有表格的文字\n1\t2\t3')).toBeNull();
    // A stray `<table>` never closed stays as printed; the whole tables after it are read.
    expect(withEmbeddedTables(['<table>', '<table><tr><td>规章</td><td>1</td></tr></table>', '<table><tr><td>行政许可</td><td>2</td></tr></table>'].join('\n'))?.lines).toEqual(['<table>', '规章\t1', '行政许可\t2']);
  });

  it('a table a text browser drew in box characters (w3m, elinks) becomes its rows: cells wrapped in their columns, spans, columns that do not line up', () => {
    // w3m -dump of 001's page, 80 columns: part 二's first table, then part 三's first rows.
    const w3m = [
      '┌───────────────────┐',
      '│第二十条第（一）项 │',
      '├─────┬───┬────┬────┤',
      '│     │本 │    │    │',
      '│     │年 │本年│现行│',
      '│信息 │制 │废止│有效│',
      '│内容 │发 │件数│件数│',
      '│     │件 │    │    │',
      '│     │数 │    │    │',
      '├─────┼───┼────┼────┤',
      '│规章 │ 2 │3520│5706│',
      '├─────┼───┼────┼────┤',
      '│行政 │   │    │    │',
      '│规范 │19 │729 │8310│',
      '│性文 │   │    │    │',
      '│ 件  │   │    │    │',
      '└─────┴───┴────┴────┘',
      '',
      '┌─────┬───────────┬────┬─────────┬────────┬────┬───┬───────┬──────┬─────┬───────┐',
      '│     │（一）予以 │ 73 │   69    │   84   │ 24 │68 │  125  │ 443  │     │       │',
      '│     │   公开    │    │         │        │    │   │       │      │     │       │',
      '│     ├─────┬─────┼─────────┼────┬────┼───┴────┬───┼───────┴──────┼─────┬───────┤',
      '│     │     │1.属 │         │    │    │        │   │              │     │       │',
      '│     │     │于国 │   88    │132 │ 8  │   95   │38 │      74      │ 435 │       │',
      '│     │     │家秘 │         │    │    │        │   │              │     │       │',
      '│     │     │ 密  │         │    │    │        │   │              │     │       │',
      '└─────┴─────┴─────┴─────────┴────┴────┴────────┴───┴──────────────┴─────┴───────┘',
    ];
    const read = withEmbeddedTables(['二、主动公开政府信息情况', ...w3m].join('\n'));
    expect(read?.lines).toEqual([
      '二、主动公开政府信息情况',
      '第二十条第（一）项',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '规章\t2\t3520\t5706',
      '行政规范性文件\t19\t729\t8310',
      '',
      '\t（一）予以公开\t73\t69\t84\t24\t68\t125\t443\t\t',
      '\t\t1.属于国家秘密\t88\t132\t8\t95\t38\t74\t435\t',
    ]);
    // Each row keeps the line of its first line in the file.
    expect(read?.sourceLines).toEqual([1, 3, 5, 12, 14, 19, 21, 24]);
    // elinks: rows that end unevenly, corners inside its rules.
    const elinks = ['┌────┬────┬───────┐', '│ 规 │ 2  │ 3520  │', '│ 章 │    │       │', '├────┼────┼───────┘', '│ 规 │ 19 │', '└────┴────┘'];
    expect(withEmbeddedTables(elinks.join('\n'))?.lines).toEqual(['规章\t2\t3520', '规\t19']);
  });

  it('a table links draws in ASCII: rules between bars (`|----+----|`), and beside a cell spanning rows (`|     |----+---|`, `|----+----+   |`)', () => {
    // links2 -dump of 001's page: part 三's first rows, the last column spanning rows.
    const links = [
      '+------------------------------+',
      '|        一、本年新收政府信息公开申请数量        |1169|  1937   |  7915  |   |',
      '|-------------------------------+----+---------+--------+   |',
      '|        二、上年结转政府信息公开申请数量        |766 |   404   |4198|            |',
      '|-------------------------------+----+---------+----+       |',
      '|         |      （一）予以公开       | 73 |   69    |443 |       |',
      '|         |----------------------+----+---------+----+-------|',
      '|         |       |  1.属于国家秘   |   88    |132 |435|   |',
      '|         |       |  密            |         |    |   |   |',
      '+------------------------------+',
    ];
    expect(withEmbeddedTables(links.join('\n'))?.lines).toEqual([
      '一、本年新收政府信息公开申请数量\t1169\t1937\t7915\t',
      '二、上年结转政府信息公开申请数量\t766\t404\t4198\t',
      '\t（一）予以公开\t73\t69\t443\t',
      '\t\t1.属于国家秘密\t88\t132\t435\t',
    ]);
  });

  it('reads a report whose tables a table writer drew, in any style: rows with or without rules between them, ASCII or box characters', () => {
    // 001's tables (its tab-separated lines) drawn as PrettyTable (no rule between rows), tabulate's
    // grid, fancy_grid and rounded_grid, and a box with no inner rules.
    const source = readFileSync(new URL('../../fixtures/001_eb914b629682bc65.renumbered.txt', import.meta.url), 'utf8');
    const designed = designedFor('fixtures/001_eb914b629682bc65.renumbered.txt', new URL('../../', import.meta.url).pathname);
    expect(designed).not.toBeNull();
    const styles = {
      pretty: { top: '+------+------+', between: null, bottom: '+------+', bar: '|' },
      grid: { top: '+------+------+', between: '+------+------+', bottom: '+------+------+', bar: '|' },
      fancy: { top: '╒══════╤══════╕', between: '├──────┼──────┤', bottom: '╘══════╧══════╛', bar: '│' },
      rounded: { top: '╭──────┬──────╮', between: '├──────┼──────┤', bottom: '╰──────┴──────╯', bar: '│' },
      box: { top: '┌──────┬──────┐', between: null, bottom: '└──────┴──────┘', bar: '│' },
    };
    for (const [name, style] of Object.entries(styles)) {
      const out: string[] = [];
      let open = false;
      for (const line of source.split('\n')) {
        if (line.includes('\t')) {
          if (!open) out.push(style.top);
          else if (style.between !== null) out.push(style.between);
          out.push(`${style.bar} ${line.split('\t').join(` ${style.bar} `)} ${style.bar}`);
          open = true;
        } else {
          if (open) out.push(style.bottom);
          open = false;
          out.push(line);
        }
      }
      const cells = tally(classify(parseReport(out.join('\n'), { file: `${name}.txt` }), designed!).cells);
      expect(cells, name).toMatchObject({ cells: 200, right: 200, wrong: 0 });
    }
  });

  it('reads what w3m, elinks and links print of the golden pages cell for cell; where such a table is not read, its bars are pipes (never words holding a bar)', () => {
    for (const name of ['02-001_eb914b629682bc65.renumbered.w3m.txt', '07-2019-cells.elinks.txt', '02-001_eb914b629682bc65.renumbered.links.txt']) {
      const text = readFileSync(new URL(`../../fixtures/damaged/text-browser/${name}`, import.meta.url), 'utf8');
      const designed = (JSON.parse(readFileSync(new URL(`../../fixtures/damaged/text-browser/${name.replace(/\.txt$/, '.expected.json')}`, import.meta.url), 'utf8')) as { designed: Parameters<typeof classify>[1] }).designed;
      expect(tally(classify(parseReport(text, { file: name }), designed).cells), name).toMatchObject({ cells: 200, right: 200, wrong: 0 });
      // Its top borders taken away, no table is read as a grid: line by line, nothing is wrong.
      const unread = text.replace(/^(\s*)┌(.*)┐\s*$/gm, '$1$2').replace(/^(\s*)\+(-+)\+\s*$/gm, '$1$2');
      expect(withEmbeddedTables(unread)).toBeNull();
      const cells = tally(classify(parseReport(unread, { file: name }), designed).cells);
      expect(cells.wrong, name).toBe(0);
      expect(cells.right, name).toBeGreaterThan(50);
    }
  });

  it('the attributes of the markup are never read as numbers: part 二 read from the rows (colspan="3" read as 3 before)', () => {
    const text = ['二、主动公开政府信息情况', ...HTML_TABLE, '三、收到和处理政府信息公开申请情况'].join('\n');
    const report = parseReport(text, { file: 'gfm.md' });
    expect(report.activeDisclosure?.punishment).toEqual({ decisions: 8289 });
    expect(report.activeDisclosure?.coercion).toEqual({ decisions: 5 });
  });

  it('pandoc\'s Markdown of Word files with merged cells reads cell for cell, its diagnostics on the file\'s lines', () => {
    for (const name of ['02-001_eb914b629682bc65.renumbered.docx.gfm.txt', '07-2019-cells.docx.gfm.txt', '08-2020-mixed.docx.markdown.txt', '07-2019-cells.docx.markdown.txt']) {
      const report = parseReport(fixture(name), { file: name });
      const cells = tally(classify(report, designedOf(name)).cells);
      expect(cells, name).toMatchObject({ cells: 200, right: 200, wrong: 0 });
    }
    // Its part 三's rows point at their <tr> lines.
    const name = '02-001_eb914b629682bc65.renumbered.docx.gfm.txt';
    const lines = fixture(name).split('\n');
    const { layout } = parseWithLayout(fixture(name), { file: name });
    const granted = layout.rows['applications.granted'];
    const at = layout.places?.[(granted?.line ?? 0) - 1]?.line ?? 0;
    expect(lines[at - 1]).toMatch(/^<tr\b/);
    expect(lines.slice(at, at + 4).join('\n')).toContain('（一）予以');
  });
});

describe('pandoc -t plain', () => {
  it('a table it dropped for `[TABLE]` is missing-table at that line, saying what the converter did and what to do instead (en, zh)', () => {
    const name = '02-001_eb914b629682bc65.renumbered.docx.plain.txt';
    const lines = fixture(name).split('\n');
    for (const [lang, says] of [['en', /printed “\[TABLE\]” in its place.*pandoc -t gfm/], ['zh', /只印出了“\[TABLE\]”.*pandoc -t gfm/]] as const) {
      const missing = parseReport(fixture(name), { file: name, lang }).diagnostics.filter((d) => d.code === 'missing-table');
      expect(missing.map((d) => d.path)).toEqual(['applications', 'reviewLitigation']);
      for (const d of missing) {
        expect(lines[(d.line ?? 0) - 1]).toBe('[TABLE]');
        expect(d.message).toMatch(says);
      }
    }
  });
});

describe('Markdown that opens with HTML', () => {
  const markdown = ['<div class="header">', '', '<div class="top">', '', '### 二、主动公开政府信息情况', '', '| 规章 | 8 | 118 | 7177 |', '|------|---|-----|------|'].join('\n');
  it('is text when it prints a pipe table\'s separator or a `#` heading; a page or fragment without them stays a web page', () => {
    expect(sniff(Buffer.from(markdown))).toEqual({ format: 'text' });
    expect(sniff(Buffer.from(markdown.replace('### ', '')))).toEqual({ format: 'text' });
    expect(sniff(Buffer.from(markdown.replace('|------|---|-----|------|', '')))).toEqual({ format: 'text' });
    expect(sniff(Buffer.from('<div class="header">\n<p>二、主动公开政府信息情况</p>\n<table><tr><td>规章</td></tr></table>'))).toEqual({ format: 'html' });
    // A whole page is a page whatever it prints.
    expect(sniff(Buffer.from(`<!DOCTYPE html>\n<html><body><pre>\n${markdown}\n</pre></body></html>`))).toEqual({ format: 'html' });
  });

  it('pandoc\'s gfm of a web page whose site bar opens it reads cell for cell (read as a page before, its lines run together)', () => {
    for (const name of ['06-2019-tabs.html.gfm.txt', '03-002_4a61cbdbb397b0fd.renumbered.html.gfm.txt']) {
      expect(sniff(Buffer.from(fixture(name)))).toEqual({ format: 'text' });
      const report = parseReport(Buffer.from(fixture(name)), { file: name });
      expect(tally(classify(report, designedOf(name)).cells), name).toMatchObject({ cells: 200, right: 200, wrong: 0 });
    }
  });
});

describe('Markdown\'s backslashes', () => {
  it('go: a hard line break inside a cell, an escaped mark; what they escaped stays, a path\'s backslash too', () => {
    expect(normalize('  行政事\\   1598\n  业性收费\n\\<http://x\\> C:\\Users\\\\a\n\\*注')).toEqual(['  行政事   1598', '  业性收费', '<http://x> C:\\Users\\a', '*注']);
  });
});
