/**
 * Tables a text file prints in markup, whose rows are not lines: what pandoc makes of a Word file
 * or a web page (`pandoc -t gfm`, `-t markdown`, `-t plain`), what any Markdown or
 * reStructuredText writer may, and what a text browser draws of a page (`w3m -dump`, `elinks -dump`).
 *
 * - **HTML tables.** pandoc's Markdown writes a table with merged cells — every report's part 三,
 *   most of part 二's and part 四's — as raw HTML among the text and its pipe tables:
 *
 *       <tr class="odd">
 *       <td>行政<br />
 *       处罚</td>
 *       <td colspan="3">8289</td>
 *
 *   Read as text, the tags' attributes are numbers (`colspan="3"`) and the cells one a line with
 *   tags between them. Each such table is read as a web page's table is (html.ts): a row a line of
 *   tab-separated cells, merged cells filled as the page shows them.
 * - **Grid tables.** A row is the lines between two `+---+---+` borders, each cell's words wrapped
 *   inside its column (`| 行政事业性 | 1  |` / `|            | 32 |` / `| 收费       |    |`: 行政事业性收费,
 *   132). Each row becomes a line of tab-separated cells, each cell's pieces joined as the words
 *   they were (no space between Chinese characters or digits, a number wrapped in a narrow column
 *   whole again: wrappedNumber). A text browser draws its tables so in box characters (`┌──┬──┐`, `│规章 │ 2 │`),
 *   or in ASCII with its rules between bars (links), cells spanning columns or rows as they fall,
 *   and columns that need not line up from row to row: each row is read by its own bars. Table
 *   writers draw them so too (PrettyTable, tabulate), some with no rule between rows: lines that
 *   are rows of their own are read each as a row.
 *
 * The text around the tables is left as it is, and each line keeps the line of the file it comes
 * from (a row's: its `<tr>`'s, or its first line), so that diagnostics point into the file the
 * user holds.
 */
import { BOX_BARS, splitLines } from '../normalize/normalize.js';
import { displayWidth } from '../output/width.js';
import { parseNumber } from '../tokenize/tokenize.js';
import { readHtml } from './html.js';

/** A line that opens a table (`<table>`, `<table class="…">`), and one that closes it. */
const OPENS = /<table\b/gi;
const CLOSES = /<\/table\s*>/gi;
/** A table cell: a table without one is no table of figures (a layout wrapper, an empty stub). */
const CELL = /<t[dh]\b/i;

export interface WithTables {
  /** The text's lines with each table's lines replaced by its rows. */
  lines: string[];
  /** For each line, the line of the file it comes from (1-based). */
  sourceLines: number[];
}

const count = (line: string, pattern: RegExp): number => line.match(pattern)?.length ?? 0;

/** Box-drawing characters (U+2500–U+257F) that draw a horizontal line: a rule's run. */
const HORIZONTALS = '─━┄┅┈┉╌╍═';
const BOX_RULE_RUN = new RegExp(`[${HORIZONTALS}]{2}`);
/** Box-drawing corners that open a table's top border, and close it. */
const TOP_LEFT = '┌┍┎┏╒╓╔╭';
const TOP_RIGHT = '┐┑┒┓╕╖╗╮';
/** A vertical bar: a row's line opens and closes with one, and its cells stand between them. */
const VERTICAL = new RegExp(`[|${BOX_BARS}]`);
const isBox = (c: number): boolean => c >= 0x2500 && c <= 0x257f;

/**
 * A grid table's top border: `+---+---+` (pandoc), or drawn in box characters as text browsers
 * (w3m, elinks: `┌────┬───┐`) and table writers (`╒═══╤═══╕`, `╭───┬───╮`) draw one. `line` trimmed.
 */
function isTop(line: string): boolean {
  if (line.charAt(0) === '+') return ASCII_TOP.test(line);
  if (line.length < 3 || !TOP_LEFT.includes(line.charAt(0)) || !TOP_RIGHT.includes(line.charAt(line.length - 1))) return false;
  for (let i = 0; i < line.length; i++) if (!isBox(line.charCodeAt(i))) return false;
  return BOX_RULE_RUN.test(line);
}
const ASCII_TOP = /^\+(?:[-=:]+\+)+$/;
/** A line that may be a top border (isTop), on any line of a text: the cheap test that a text has grid tables at all. */
const TOP_ANYWHERE = /^[ \t]*(?:\+[-=:]|[┌┍┎┏╒╓╔╭])/m;

/**
 * A rule between rows (`line` trimmed). Drawn in ASCII: `+---+---+` from end to end (pandoc), or
 * between bars (links: `|-----+-----|`); where a cell spans rows, its column is a piece of the line
 * beside the rule's (`|     |------+----|     |`, `|----+----+   |`), and the rule still ends the
 * rows beside it. Its dashes run up to a bar: a line that opens and closes with a bar with a table
 * drawn inside a cell (`|  | +----+ |`, pandoc's plain text of a page laid out in a table) is a row.
 * Drawn in box characters (w3m, elinks, table writers), a line with a run of `─` that opens and
 * closes with a junction, a corner or a bar, spans the same way (`│     ├──────┼──┤`,
 * `│自然├────┬────┤    │`).
 */
function isRule(line: string): boolean {
  const first = line.charAt(0);
  const last = line.charAt(line.length - 1);
  if (first === '+' || first === '|') {
    if (last !== '+' && last !== '|') return false;
    if (first === '+' && last === '+' && ASCII_RULE_RUN.test(line)) return true;
    return BAR_RULE_RUN.test(line);
  }
  return line.length >= 3 && boxEdge(line.charCodeAt(0)) && boxEdge(line.charCodeAt(line.length - 1)) && BOX_RULE_RUN.test(line);
}
const ASCII_RULE_RUN = /\+[-=:]{2}|[-=:]{2}\+/;
/** An ASCII rule's run of dashes against a bar (links), not inside a cell as a table drawn there is (` +----+ `). */
const BAR_RULE_RUN = /\|[-=]{2}|[-=]{2}\|/;
/** What a box-drawn rule opens or closes with: any box-drawing character but a horizontal line's. */
const boxEdge = (c: number): boolean => isBox(c) && !HORIZONTALS.includes(String.fromCharCode(c));
/**
 * A top-left corner inside a line, after a space or a bar: a table drawn inside a table's cell
 * (`│ ┌──┐ │`). Other corners stand inside the rules of a table whose rows end unevenly (elinks:
 * `┼────┬────────┐   │`).
 */
const NESTED = new RegExp(`.[ |${BOX_BARS}][${TOP_LEFT}][${HORIZONTALS}]`);
/** Rule characters inside a cell: a table drawn inside a table's cell, which is not read as its rows. */
const INNER_RULE = new RegExp(`\\+[-=:]{2}|[-=:]{2}\\+|[${HORIZONTALS}]{2}|[┌┐└┘├┤┬┴┼]`);

/** A piece of a cell's words ends or begins with a Chinese character or a digit: no space between two such. */
const CLOSE_END = /[\p{Script=Han}\d\u3000-\u303f\uff00-\uffef]$/u;
const CLOSE_START = /^[\p{Script=Han}\d\u3000-\u303f\uff00-\uffef]/u;

/** A cell's pieces, one a line, as the words they were wrapped from. */
function joinPieces(pieces: readonly string[]): string {
  let out = '';
  for (const piece of pieces) {
    if (piece === '') continue;
    out += out === '' || (CLOSE_END.test(out) && CLOSE_START.test(piece)) ? piece : ` ${piece}`;
  }
  return out;
}

interface GridRow {
  /** The row's first line in the file (1-based). */
  line: number;
  cells: string[];
}

/**
 * The grid table whose top border is line `start`: its rows (null when it is not one this reads),
 * and the index of its last line: its last rule, or when not read, the last line of rules and rows
 * looked at (left as printed, and not looked at again: a text of many borders stays linear). A row
 * is the lines between two rules, each line its cells between vertical bars; a row's lines print
 * the same number of cells, each cell's pieces joined (blockRows). A cell spanning columns is one
 * cell of its row (`│第二十条第（五）项 │` above `│信息内容│本年处理决定数量│`), so rows may print
 * different numbers of cells; a cell spanning rows prints its words in one of them, its other rows
 * blank there. Not read: a row whose lines print different numbers of cells, a table drawn inside
 * a cell, or no row at all.
 */
function gridTable(lines: readonly string[], start: number): { rows: GridRow[] | null; end: number } {
  /** Its rows as printed between rules: each the index of its first line, its lines' cells, trimmed, and each cell's width as drawn. */
  const blocks: Array<{ first: number; lines: string[][]; widths: number[] }> = [];
  let block: string[][] = [];
  let widths: number[] = [];
  /** A rule between bars (`|-----+-----|`): links draws so. */
  let barRules = false;
  let first = start;
  let end = start;
  let headed = false;
  let readable = true;
  let j = start + 1;
  for (; j < lines.length; j++) {
    const line = (lines[j] ?? '').trim();
    if (isRule(line)) {
      if (line.startsWith('|')) barRules = true;
      if (NESTED.test(line)) readable = false;
      if (HEADER_RULE.test(line)) headed = true;
      if (block.length > 0) blocks.push({ first, lines: block, widths });
      block = [];
      end = j;
      continue;
    }
    if (line.length < 2 || !VERTICAL.test(line.charAt(0)) || !VERTICAL.test(line.charAt(line.length - 1))) break;
    if (!readable) continue;
    const cells = line.slice(1, -1).split(VERTICAL);
    if (cells.some((cell) => INNER_RULE.test(cell)) || (block.length > 0 && block[0]?.length !== cells.length)) {
      readable = false;
      continue;
    }
    if (block.length === 0) {
      first = j;
      widths = cells.map((cell) => displayWidth(cell));
    }
    block.push(cells.map((cell) => cell.trim()));
  }
  // A table that sets its rows apart by rules: a header rule (`+===+`, `╞═══╡`: pandoc's and
  // tabulate's grid tables rule every row), or three rows and more between rules (text browsers).
  const ruled = headed || blocks.length >= 3;
  // Text browsers (box characters: w3m, elinks; rules between bars: links) never break a number;
  // only an ASCII grid of `+`-cornered rules (pandoc's) may wrap one in a narrow column.
  const wraps = (lines[start] ?? '').trim().startsWith('+') && !barRules;
  const rows = blocks.flatMap((b) => blockRows(b.lines, b.first, ruled, wraps ? b.widths : null));
  return readable && rows.length > 0 ? { rows, end } : { rows: null, end: Math.max(end, j - 1) };
}

/** A header rule: a run of `=` or `═` (pandoc's `+===+` under a grid table's header, tabulate's `╞═══╡`). */
const HEADER_RULE = /={2}|═{2}/;

/**
 * Does a line of a grid row print a row of its own: words, then a number, as a row of a table
 * whose rows no rule sets apart does (`| 规章 | 2 | 3520 |` / `| 行政规范性文件 | 19 | 729 |`,
 * PrettyTable's and psql's tables)? A line continuing a cell wrapped over lines prints its
 * numbers under blank cells (`|            | 32 | 24 |`), or no number. `numbers`: which of its
 * cells are numbers.
 */
function printsRow(cells: readonly string[], numbers: readonly boolean[]): boolean {
  const at = numbers.indexOf(true);
  return at > 0 && cells.slice(0, at).some((cell) => cell !== '');
}

/**
 * The rows the lines between two rules print, `first` the index of the first: one, each cell's
 * pieces joined (joinPieces); or each line as printed, a row of its own, when the lines are rows
 * no rule sets apart (joined, their labels would run together and their numbers' digits:
 * `规章行政规范性文件`, `219`): two or more of them print a row of their own (printsRow), or a
 * column holds words on one line and a number on another (a header above its numbers, `| 结果维持 |`
 * / `| 62 |`), or, in a table that does not rule its rows (`ruled` false: PrettyTable's, psql's),
 * two or more lines hold numbers (`| 62 | 152 |` / `| 87 | 85 |`: which they are, one row's numbers
 * wrapped or two rows, nothing tells; read as printed, a line a row, a number cut in two is
 * digitBreaks' to doubt). A cell wrapped over lines holds words, or a number (`| 1  |` / `| 32 |`
 * in a ruled grid: 132), not both.
 */
function blockRows(block: readonly string[][], first: number, ruled: boolean, widths: readonly number[] | null): GridRow[] {
  const columns = block[0]?.length ?? 0;
  // The project's number, as the tokenizer reads a cell (`3520`, `10.5`, `-2`, `１９`; not `3.`, a row's numbering).
  const numbers = block.map((line) => line.map((cell) => cell !== '' && parseNumber(cell) !== null));
  const mixed = (k: number): boolean => numbers.some((line) => line[k] === true) && block.some((line, i) => (line[k] ?? '') !== '' && numbers[i]?.[k] !== true);
  let apart = block.filter((line, i) => printsRow(line, numbers[i] ?? [])).length >= 2;
  if (!apart && !ruled) apart = numbers.filter((line) => line.includes(true)).length >= 2;
  for (let k = 0; k < columns && !apart; k++) apart = mixed(k);
  if (apart) return block.flatMap((cells, k) => (cells.some((cell) => cell !== '') ? [{ line: first + k + 1, cells: [...cells] }] : []));
  const cells: string[] = [];
  // A line printed twice: its numbers are not one wrapped number (`| 110 |` / `| 110 |`).
  const twice = printsALineTwice(block);
  for (let k = 0; k < columns; k++) {
    const pieces = block.map((line) => line[k] ?? '');
    cells.push(wrappedNumber(pieces, numbers.map((line) => line[k] === true), twice ? null : (widths?.[k] ?? null)) ? joinPieces(pieces) : pieces.filter((p) => p !== '').join(' '));
  }
  return [{ line: first + 1, cells }];
}

/**
 * May a cell's pieces be joined as one wrapped word? Words may; numbers on two lines or more only
 * in a column too narrow to hold them joined (`| 1  |` / `| 32 |`: 132 is wider than the two
 * characters between the padding), and only in an ASCII grid (`width`, the column as drawn; null
 * for a table a text browser drew, which never breaks a number, or a row printing a line twice).
 * Else the numbers stay apart, so a line printed twice or a rule lost between two rows does not
 * make one number of two (`|   4811   |` / `|   4811   |` is not 48114811; `│62│` / `│87│` not
 * 6287): the cell then prints two numbers where the form has one, and is read as such.
 */
function wrappedNumber(pieces: readonly string[], numbers: readonly boolean[], width: number | null): boolean {
  if (numbers.filter(Boolean).length < 2) return true;
  return width !== null && displayWidth(pieces.join('')) > width - 2;
}

/** Does a row's block print a line twice, one right after the other (a line printed again in a conversion)? */
const printsALineTwice = (block: readonly string[][]): boolean =>
  block.some((line, i) => i > 0 && line.some((cell) => cell !== '') && line.every((cell, k) => cell === block[i - 1]?.[k]));

/**
 * The text with its HTML tables and grid tables read as rows, or null when it has none. An HTML
 * table is a line holding `<table` through the line where as many tables have closed as opened
 * (htmlBlocks); one never closed is left as printed (what it holds cannot be told apart from the
 * text after it), and so is a grid table gridTable does not read.
 */
export function withEmbeddedTables(text: string): WithTables | null {
  // Cheap test first: most texts have no table markup at all.
  if (!/<table\b/i.test(text) && !TOP_ANYWHERE.test(text)) return null;
  const lines = splitLines(text);
  const blocks = htmlBlocks(lines);
  const out: string[] = [];
  const sourceLines: number[] = [];
  let found = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const end = blocks.get(i);
    const grid = end === undefined && isTop(line.trim()) ? gridTable(lines, i) : null;
    if (grid?.rows === null) {
      for (let k = i; k <= grid.end; k++) {
        out.push(lines[k] ?? '');
        sourceLines.push(k + 1);
      }
      i = grid.end;
      continue;
    }
    if (grid !== null) {
      for (const row of grid.rows) {
        out.push(row.cells.join('\t'));
        sourceLines.push(row.line);
      }
      found = true;
      i = grid.end;
      continue;
    }
    const block = end === undefined ? '' : lines.slice(i, end + 1).join('\n');
    if (end === undefined || !CELL.test(block)) {
      out.push(line);
      sourceLines.push(i + 1);
      continue;
    }
    const read = readHtml(new TextEncoder().encode(block), 'utf-8');
    read.lines.forEach((row, k) => {
      out.push(row);
      sourceLines.push(i + (read.places[k]?.line ?? 1));
    });
    found = true;
    i = end;
  }
  return found ? { lines: out, sourceLines } : null;
}

/** How many times an unclosed table's opening line is passed over to look again after it. */
const MOST_UNCLOSED = 8;

/**
 * The HTML tables' blocks of lines, by the index of each one's first line: from a line that opens
 * a table to the line where as many have closed as opened. One pass over the lines; a table never
 * closed is passed over (its line left as printed) and the search goes on after its opening line,
 * at most MOST_UNCLOSED times (so a text of thousands of stray `<table>`s stays linear).
 */
function htmlBlocks(lines: readonly string[]): Map<number, number> {
  const blocks = new Map<number, number>();
  let from = 0;
  for (let restarts = 0; from < lines.length && restarts <= MOST_UNCLOSED; restarts++) {
    let start = -1;
    let open = 0;
    for (let j = from; j < lines.length; j++) {
      const line = lines[j] ?? '';
      const opens = line.includes('<') ? count(line, OPENS) : 0;
      if (start < 0 && opens === 0) continue;
      if (start < 0) start = j;
      open += opens - count(line, CLOSES);
      if (open <= 0) {
        blocks.set(start, j);
        start = -1;
        open = 0;
      }
    }
    if (start < 0) break;
    from = start + 1;
  }
  return blocks;
}
