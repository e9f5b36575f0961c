/**
 * A table whose numbers are all printed apart from its labels, in blocks that each run down one
 * column: plain `pdftotext` of a PDF that LibreOffice made of a Word report.
 *
 * pdftotext (without -layout) reads a table cell by cell in its own order: cells stacked in one
 * column come out one after another (`1203` / `742`, one number a line), a blank line ends such a
 * block, and the labels and header words come between the blocks or elsewhere. The top rows of a
 * page come column piece by column piece (自然人's 本年新收 and 上年结转, then 商业企业's …, in
 * the order the page's header words gave, not always the columns'), the rows under them one
 * number a block, row after row, and the last rows of a page in pieces again.
 *
 * Read so: the blocks are cut into stretches that each fill whole rows, in order — a run of single
 * numbers fills its rows row after row, left to right; a band of pieces fills its rows with each
 * column's part stacked from pieces printed in that order (the upper first), in any column. The
 * columns of a band's pieces are found by the arithmetic: every column's equations and every
 * row's own sums must hold, in only one way (pieces that print the same numbers trading places is
 * the same reading). The table is read only when its first blocks hold exactly its cells; blocks
 * after them are the next table's numbers printed before its heading. A row that does not fill
 * whole rows (a page whose rows are staggered), a count that falls short (numbers printed beside
 * words, which are not read here), or a search past its bounds decides nothing.
 */
import type { TableRows, TableValue } from '../catalog/types.js';
import { diagnostic } from '../diagnostics.js';
import type { NumberCell, TokenLine } from '../tokens.js';
import type { TableResult } from './buildTable.js';
import { columnBalance, type ColumnRule, type RowState } from './crossRows.js';
import { fillFromWhole, readAll } from './fillUnread.js';
import type { PlannedRow, TablePlan } from './plan.js';
import { groupsAddUp } from './rowValues.js';

/** Numbers printed one a line on consecutive lines, with no line between them. */
interface Block {
  cells: readonly NumberCell[];
}

/** The only placement found: each row's values, by its index in the rows placed. */
interface BlockReading {
  rows: readonly PlannedRow[];
  values: ReadonlyArray<readonly number[]>;
  /** The line each row's first cell (leftmost) is printed on. */
  lines: readonly number[];
  /** How many blocks and numbers the table took, and the lines of its first and last number (for the message). */
  blocks: number;
  numbers: number;
  first: number;
  last: number;
}

/** The number a line prints alone; 'blank' for a line that prints nothing; null when it prints anything else (words, several numbers, a mark). */
function aloneOn(line: TokenLine): NumberCell | null | 'blank' {
  let only: NumberCell | null = null;
  for (const cell of line.cells) {
    if (cell.kind === 'empty') continue;
    if (cell.kind !== 'number' || only !== null) return null;
    only = cell;
  }
  return only ?? 'blank';
}

/**
 * The region's blocks, in the order printed. A line of words, or of a number beside words or
 * several numbers, ends a block, and its numbers are not in one.
 */
function blocksOf(lines: readonly TokenLine[]): Block[] {
  const blocks: Block[] = [];
  let current: NumberCell[] = [];
  let previous = -1;
  const close = (): void => {
    if (current.length > 0) blocks.push({ cells: current });
    current = [];
  };
  for (const line of lines) {
    const alone = aloneOn(line);
    if (alone === null || alone === 'blank') {
      close();
      continue;
    }
    if (line.line !== previous + 1) close();
    current.push(alone);
    previous = line.line;
  }
  close();
  return blocks;
}

/** The rows the table may print: all of them, or without those a group printed as one row leaves out. */
export function rowSets(plan: TablePlan): PlannedRow[][] {
  const sets: PlannedRow[][] = [[...plan.rows]];
  for (const group of plan.table.oneRowGroups) sets.push(plan.rows.filter((row) => !group.absent.has(row.path)));
  return sets;
}

/** Numbers that fill whole rows: a run of single numbers (row after row), or a band of column pieces. */
interface Segment {
  band: boolean;
  blocks: readonly Block[];
  /** The first row it fills, and how many. */
  from: number;
  rows: number;
}

/** The blocks cut where single numbers give way to column pieces and back; null when a stretch does not fill whole rows. */
function segmentsOf(blocks: readonly Block[], width: number): Segment[] | null {
  const segments: Segment[] = [];
  let from = 0;
  let at = 0;
  while (at < blocks.length) {
    const band = (blocks[at]?.cells.length ?? 0) > 1;
    let end = at;
    let cells = 0;
    for (; end < blocks.length; end++) {
      const length = blocks[end]?.cells.length ?? 0;
      if (length > 1 !== band) break;
      cells += length;
    }
    if (cells % width !== 0) return null;
    segments.push({ band, blocks: blocks.slice(at, end), from, rows: cells / width });
    from += cells / width;
    at = end;
  }
  return segments;
}

/**
 * The ways one column's part of a band can be stacked from its pieces: pieces in the order printed
 * (the upper first) whose lengths fill the band's rows; null past `limit` ways (or ten times as
 * many steps).
 */
function stacksOf(band: Segment, limit: number): number[][] | null {
  const out: number[][] = [];
  const pick: number[] = [];
  let steps = 0;
  const walk = (from: number, left: number): boolean => {
    // Pieces that add up to the band's rows only rarely (lengths that miss it) still bound the walk.
    if (++steps > limit * 10) return false;
    if (left === 0) {
      out.push([...pick]);
      return out.length <= limit;
    }
    for (let i = from; i < band.blocks.length; i++) {
      const length = band.blocks[i]?.cells.length ?? 0;
      if (length > left) continue;
      pick.push(i);
      const more = walk(i + 1, left - length);
      pick.pop();
      if (!more) return false;
    }
    return true;
  };
  return walk(0, band.rows) ? out : null;
}

/** Most ways a column may be filled before the equations are looked at; past it, nothing is decided. */
const STACKS_LIMIT = 20_000;

const valuesKey = (block: Block): string => block.cells.map((c) => c.value).join(' ');

/** Most steps the search for one filling per column takes; past it, nothing is decided. */
const COVER_LIMIT = 100_000;

/** A column's filling: for each band, the pieces stacked in it (by index in the band). */
type Filling = ReadonlyArray<readonly number[]>;

/**
 * The one way `segments` fill the table of `rows`, or null (none, several, or past the bounds):
 * runs row after row; each band's pieces stacked in the columns (any column, the upper piece
 * printed first), so that every column's equations hold and every row's own sums do.
 */
function solve(segments: readonly Segment[], rows: readonly PlannedRow[], width: number, rules: readonly ColumnRule[], absent: ReadonlySet<string>): NumberCell[][] | null {
  const grid: Array<Array<NumberCell | null>> = rows.map(() => Array<NumberCell | null>(width).fill(null));
  const bands = segments.filter((s) => s.band);
  for (const run of segments) {
    if (run.band) continue;
    run.blocks.forEach((block, i) => {
      const row = grid[run.from + Math.floor(i / width)];
      if (row !== undefined) row[i % width] = block.cells[0] ?? null;
    });
  }
  const rowHolds = (r: number): boolean => {
    const cells = grid[r];
    const row = rows[r];
    return cells !== undefined && row !== undefined && groupsAddUp(cells.map((c) => c?.value ?? null), row.sumGroups);
  };
  for (const run of segments) for (let r = run.from; r < run.from + run.rows; r++) if (!run.band && !rowHolds(r)) return null;
  const stacks: number[][][] = [];
  let ways = 1;
  for (const band of bands) {
    const list = stacksOf(band, STACKS_LIMIT);
    if (list === null) return null;
    stacks.push(list);
    ways *= list.length;
    if (ways > STACKS_LIMIT) return null;
  }
  const index = new Map(rows.map((row, r) => [row.path, r]));
  const fill = (c: number, filling: Filling): void => {
    filling.forEach((picked, b) => {
      const band = bands[b];
      if (band === undefined) return;
      let r = band.from;
      for (const i of picked) for (const cell of band.blocks[i]?.cells ?? []) {
        const row = grid[r++];
        if (row !== undefined) row[c] = cell;
      }
    });
  };
  const columnHolds = (c: number): boolean => {
    const stateOf = (path: string): RowState | undefined => {
      if (absent.has(path)) return { kind: 'known', values: [] };
      const cells = grid[index.get(path) ?? -1];
      return cells === undefined ? undefined : { kind: 'known', values: cells.map((cell) => cell?.value ?? null) };
    };
    return rules.every((rule) => columnBalance(rule, c, stateOf) === 0);
  };
  /** Every filling of each column whose equations hold. */
  const fits: Filling[][] = [];
  for (let c = 0; c < width; c++) {
    const list: Filling[] = [];
    const choose = (b: number, filling: Array<readonly number[]>): void => {
      if (b === bands.length) {
        fill(c, filling);
        if (columnHolds(c)) list.push([...filling]);
        return;
      }
      for (const stack of stacks[b] ?? []) choose(b + 1, [...filling, stack]);
    };
    choose(0, []);
    fits.push(list);
  }
  // One filling per column, each piece in one column: the exact covers, rows' own sums holding.
  const used = bands.map((band) => band.blocks.map(() => false));
  // A piece that prints the same numbers as an earlier one of its band (the nearest) is placed only
  // after it: the two trading places is the same reading (pieces of zeros), not another.
  const twins = bands.map((band) => band.blocks.map((block, i) => band.blocks.slice(0, i).findLastIndex((other) => valuesKey(other) === valuesKey(block))));
  const free = (filling: Filling): boolean =>
    filling.every((picked, b) => picked.every((i) => !used[b]?.[i] && ((twins[b]?.[i] ?? -1) < 0 || used[b]?.[twins[b]?.[i] ?? -1] === true || picked.includes(twins[b]?.[i] ?? -1))));
  const chosen: Filling[] = [];
  const first: { reading: NumberCell[][] | null } = { reading: null };
  let certain = true;
  let steps = 0;
  const valuesOf = (cells: ReadonlyArray<ReadonlyArray<NumberCell | null>>): string => cells.map((row) => row.map((cell) => cell?.value).join(' ')).join('\n');
  const cover = (c: number): void => {
    if (!certain || ++steps > COVER_LIMIT) {
      certain = false;
      return;
    }
    if (c === width) {
      chosen.forEach((filling, column) => fill(column, filling));
      if (!bands.every((band) => Array.from({ length: band.rows }, (_, i) => band.from + i).every(rowHolds))) return;
      // Pieces that read the same wherever they stand (zeros) give one reading however placed.
      if (first.reading === null) first.reading = grid.map((row) => row.flatMap((cell) => (cell === null ? [] : [cell])));
      else if (valuesOf(first.reading) !== valuesOf(grid)) certain = false;
      return;
    }
    for (const filling of fits[c] ?? []) {
      if (!free(filling)) continue;
      const mark = (value: boolean): void => filling.forEach((picked, b) => picked.forEach((i) => ((used[b] ?? [])[i] = value)));
      mark(true);
      chosen.push(filling);
      cover(c + 1);
      chosen.pop();
      mark(false);
    }
  };
  cover(0);
  const reading = first.reading;
  return certain && reading !== null && reading.every((row) => row.length === width) ? reading : null;
}

/**
 * The table read from its blocks of numbers, or null when it cannot be: its numbers are not exactly
 * its cells (every row printed, or every row but those a group printed as one row leaves out), its
 * rows differ in width, or no placement or more than one fits.
 */
function readBlocks(lines: readonly TokenLine[], plan: TablePlan): BlockReading | null {
  const width = plan.rows[0]?.spec.columns.length ?? 0;
  if (width < 2 || plan.columnRules.length === 0 || plan.rows.some((row) => row.spec.columns.length !== width)) return null;
  const blocks = blocksOf(lines);
  const readings: BlockReading[] = [];
  for (const rows of rowSets(plan)) {
    const own = ownBlocks(blocks, rows.length * width);
    const segments = own === null ? null : segmentsOf(own, width);
    if (own === null || segments === null) continue;
    const absent = new Set(plan.rows.filter((row) => !rows.includes(row)).map((row) => row.path));
    const cells = solve(segments, rows, width, plan.columnRules, absent);
    if (cells === null) continue;
    const first = own[0]?.cells[0]?.line ?? 0;
    const last = own.at(-1)?.cells.at(-1)?.line ?? first;
    const values = cells.map((row) => row.map((cell) => cell.value));
    const rowLines = cells.map((row) => row[0]?.line ?? first);
    readings.push({ rows, values, lines: rowLines, blocks: own.length, numbers: rows.length * width, first, last });
  }
  return readings.length === 1 ? (readings[0] ?? null) : null;
}

/**
 * The first blocks, holding exactly `cells` numbers; null when the blocks hold fewer, or a block
 * would be split. Blocks after them are the next table's numbers printed before its heading (part
 * 四's first numbers, above its heading on the page), not read here.
 */
function ownBlocks(blocks: readonly Block[], cells: number): readonly Block[] | null {
  let count = 0;
  for (let i = 0; i < blocks.length; i++) {
    count += blocks[i]?.cells.length ?? 0;
    if (count === cells) return blocks.slice(0, i + 1);
    if (count > cells) return null;
  }
  return null;
}

/**
 * `read` (the table read row by row), its unread rows taken from the table's blocks of numbers
 * (readBlocks), when the placement is certain and agrees with every cell `read` did read; else
 * null, and `read` stands. The rows placed say so, each with the values it read.
 */
export function withBlocks<Rows extends TableRows>(lines: readonly TokenLine[], plan: TablePlan<Rows>, read: TableResult<TableValue<Rows>>): TableResult<TableValue<Rows>> | null {
  if (readAll(plan, read)) return null;
  const reading = readBlocks(lines, plan);
  if (reading === null) return null;
  // A row the placement leaves out (a group printed as one row) that was read: they disagree.
  return fillFromWhole(plan, read, reading, (row, values, line) => {
    const params = { row: row.spec.label, read: values, numbers: reading.numbers, blocks: reading.blocks, first: reading.first, last: reading.last };
    return { note: diagnostic('recovered-pairing', 'recovered-pairing.blocks', params, row.fullPath, line) };
  });
}
