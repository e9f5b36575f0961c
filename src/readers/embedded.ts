/**
 * Tables a text file prints in markup, whose rows are not lines: what pandoc makes of a Word file
 * or a web page (`pandoc -t gfm`, `-t markdown`, `-t plain`), and what any Markdown or
 * reStructuredText writer may.
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
 *   whole again).
 *
 * The text around the tables is left as it is, and each line keeps the line of the file it comes
 * from (a row's: its `<tr>`'s, or its first line), so that diagnostics point into the file the
 * user holds.
 */
import { splitLines } from '../normalize/normalize.js';
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

/** A grid table's border: `+---+---+`, `+===+===+` under its header, `:` marking alignment. */
const BORDER = /^[ \t]*\+(?:[-=:]+\+){2,}[ \t]*$/;
/** BORDER on any line of a text (spaces and tabs only around it: `\s` would run across blank lines, quadratic on many). */
const GRID_BORDER_ANYWHERE = /^[ \t]*\+(?:[-=:]+\+){2,}[ \t]*\r?$/m;

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
 * The grid table whose top border is line `start`: its rows, and the index of its last border.
 * Null when it is not one this reads: a line between borders that is not `|`, cells, `|` with the
 * border's count of cells (a cell spanning columns, a table inside a cell), or no row at all.
 */
function gridTable(lines: readonly string[], start: number): { rows: GridRow[]; end: number } | null {
  const top = lines[start] ?? '';
  const columns = top.trim().split('+').length - 2;
  const rows: GridRow[] = [];
  let pieces: string[][] | null = null;
  let first = start;
  let end = start;
  for (let j = start + 1; j < lines.length; j++) {
    const line = (lines[j] ?? '').trim();
    if (BORDER.test(line)) {
      if (line.split('+').length - 2 !== columns) return null;
      if (pieces !== null) rows.push({ line: first + 1, cells: pieces.map(joinPieces) });
      pieces = null;
      end = j;
      continue;
    }
    if (!line.startsWith('|') || !line.endsWith('|')) break;
    const cells = line.slice(1, -1).split('|');
    if (cells.length !== columns) return null;
    if (pieces === null) {
      pieces = cells.map(() => []);
      first = j;
    }
    cells.forEach((cell, k) => pieces?.[k]?.push(cell.trim()));
  }
  return rows.length > 0 ? { rows, end } : null;
}

/**
 * The text with its HTML tables and grid tables read as rows, or null when it has none. An HTML
 * table is a line holding `<table` through the line where as many tables have closed as opened
 * (htmlBlocks); one never closed is left as printed (what it holds cannot be told apart from the
 * text after it), and so is a grid table gridTable does not read.
 */
export function withEmbeddedTables(text: string): WithTables | null {
  // Cheap test first: most texts have no table markup at all.
  if (!/<table\b/i.test(text) && !GRID_BORDER_ANYWHERE.test(text)) return null;
  const lines = splitLines(text);
  const blocks = htmlBlocks(lines);
  const out: string[] = [];
  const sourceLines: number[] = [];
  let found = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const end = blocks.get(i);
    const grid = end === undefined && BORDER.test(line) ? gridTable(lines, i) : null;
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
