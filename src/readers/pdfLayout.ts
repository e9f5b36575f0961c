/**
 * A PDF's pages, as positioned text and ruling lines, → the lines the text path reads. Pure
 * geometry, no pdfjs: pdf.ts extracts what this reads. Coordinates are the page's, in points,
 * with y growing downwards.
 *
 * - **Ruled tables** (Word, WPS and LibreOffice draw a table's borders): the horizontal and vertical
 *   lines that touch each other form a grid; a cell whose border is missing on a side is merged
 *   with its neighbour (a group label printed once over 8 rows, a header over 3). Every piece of
 *   text inside a cell belongs to it, whatever line it is printed on: a label wrapped over three
 *   lines with its numbers centred beside it is one cell. A row is the cells whose top-left
 *   corner is in it, left to right, so a merged cell is printed on its first row, as in a web page.
 * - **Everything else** is cut into lines by the baselines of its text and into cells by the gaps
 *   between pieces of text (`pdftotext -layout`'s way). In a table without borders, a line of text
 *   alone in the label column next to a line of values (a wrapped label, centred or not) is joined
 *   to the label of that row.
 * - **Pages**: running headers and footers (a line repeated at the top or bottom of pages) and page
 *   numbers (`— 4 —`, `- 1 -`, `第 1 页`) are dropped; a table row cut by a page break (its label's
 *   last lines at the top of the next page) is put back together; a paragraph that runs on to the
 *   next line (or page) is one line.
 */
import { UNITS } from '../catalog/lexicon.js';

/** A run of text on one baseline. */
export interface Glyphs {
  text: string;
  x0: number;
  x1: number;
  /** Baseline and font size: the run covers [baseline - size, baseline]. */
  baseline: number;
  size: number;
}

/** A straight line drawn on the page. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PageContent {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  glyphs: Glyphs[];
  segments: Segment[];
}

/** A line handed on: its cells (one for a paragraph), the page, and how it was found. */
export interface PdfLine {
  page: number;
  cells: string[];
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  size: number;
  /** A row of a ruled table: each cell's left and right edge (for rows cut by a page break). */
  ruled?: Array<{ x0: number; x1: number }>;
  /** A line found by its baseline (not in a ruled table): its cells' extents. */
  stream?: { cells: StreamCell[]; baseline: number };
}

/** How far apart two positions may be and still be one (points). */
const TOLERANCE = 1.5;
/** More ruling segments than this on a page is a drawing, not a table: its text is read as lines. */
const MAX_SEGMENTS = 4000;

/** A number as a cell prints it: a sign, digits (full-width too), separators, and % or a unit of the catalog's lexicon. */
const NUMERIC = new RegExp(`^[+\\-−－]?[0-9０-９][0-9０-９,，.．]*(?:\\s*(?:%|${UNITS.join('|')}))?$`);
export const isNumeric = (text: string): boolean => NUMERIC.test(text.trim());
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]/;
const isBlank = (text: string): boolean => text.trim() === '';

/**
 * Two pieces of one line or cell, with a space between when the gap calls for one: never between
 * two CJK characters (a gap there is spacing, as in distributed alignment), beyond 0.6 em beside
 * one, beyond 0.2 em between Latin letters and digits (a word space).
 */
function joinPieces(left: string, right: string, gap: number, size: number): string {
  if (left === '') return right;
  if (right === '') return left;
  if (/\s$/.test(left) || /^\s/.test(right)) return left + right;
  // Both are non-empty here: charAt reads a character of each.
  const before = CJK.test(left.charAt(left.length - 1));
  const after = CJK.test(right.charAt(0));
  if (before && after) return left + right;
  return gap > size * (before || after ? 0.6 : 0.2) ? `${left} ${right}` : left + right;
}

/** Lines of a cell or paragraph joined: no space between CJK characters, a space otherwise. */
function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') out = line;
    else out += CJK.test(out.charAt(out.length - 1)) && CJK.test(line.charAt(0)) ? line : ` ${line}`;
  }
  return out;
}

// ── lines of text ──────────────────────────────────────────────────────────────────────────

interface TextLine {
  glyphs: Glyphs[];
  baseline: number;
  size: number;
}

/** Glyph runs grouped by baseline, top to bottom, each line's runs left to right. */
function byBaseline(glyphs: readonly Glyphs[]): TextLine[] {
  const sorted = [...glyphs].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const lines: TextLine[] = [];
  for (const g of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(g.baseline - line.baseline) <= Math.min(line.size, g.size) * 0.4) {
      line.glyphs.push(g);
      line.size = Math.max(line.size, g.size);
    } else {
      lines.push({ glyphs: [g], baseline: g.baseline, size: g.size });
    }
  }
  for (const line of lines) line.glyphs.sort((a, b) => a.x0 - b.x0);
  return lines;
}

/** A line's text, its runs joined. */
function lineText(glyphs: readonly Glyphs[]): string {
  let text = '';
  let right = -Infinity;
  let size = 0;
  for (const g of glyphs) {
    text = joinPieces(text, g.text, g.x0 - right, Math.max(size, g.size));
    right = Math.max(right, g.x1);
    size = g.size;
  }
  return text;
}

const SINGLE_CJK = /^\s*[\u3400-\u9fff]\s*$/;

/**
 * The runs (by index) that follow a gap of evenly spread single characters: three or more
 * characters each 0.5–3 em from the next, the gaps within 0.3 em of each other.
 */
function spreadGaps(glyphs: readonly Glyphs[], size: number): Set<number> {
  const gaps: Array<{ at: number; gap: number }> = [];
  let previous: Glyphs | undefined;
  glyphs.forEach((g, i) => {
    if (isBlank(g.text)) return;
    if (previous && SINGLE_CJK.test(previous.text) && SINGLE_CJK.test(g.text)) gaps.push({ at: i, gap: g.x0 - previous.x1 });
    else gaps.push({ at: i, gap: NaN });
    previous = g;
  });
  const spread = new Set<number>();
  const even = (a: number, b: number | undefined): boolean => b !== undefined && a > size * 0.5 && a < size * 3 && Math.abs(a - b) < size * 0.3;
  gaps.forEach(({ at, gap }, k) => {
    if (even(gap, gaps[k - 1]?.gap) || even(gap, gaps[k + 1]?.gap)) spread.add(at);
  });
  return spread;
}

interface StreamCell {
  text: string;
  x0: number;
  x1: number;
}

/**
 * A line cut into cells at its gaps: wider than 1 em between words (a sentence's words and
 * characters sit closer), 0.6 em where a number is on either side (numbers in adjacent columns sit
 * closer than words do). Single characters spread evenly over a cell (Word's distributed
 * alignment, 信 息 内 容: each gap as wide as the one before) stay together up to 3 em apart.
 */
function streamCells(line: TextLine): StreamCell[] {
  const cells: StreamCell[] = [];
  let current: Glyphs[] = [];
  const flush = (): void => {
    const solid = current.filter((g) => !isBlank(g.text));
    const first = solid[0];
    if (first) cells.push({ text: lineText(current).trim(), x0: first.x0, x1: Math.max(...solid.map((g) => g.x1)) });
    current = [];
  };
  const spread = spreadGaps(line.glyphs, line.size);
  let last: Glyphs | null = null;
  line.glyphs.forEach((g, i) => {
    if (isBlank(g.text)) {
      current.push(g);
      return;
    }
    if (last) {
      const gap = g.x0 - last.x1;
      const numeric = isNumeric(last.text) || isNumeric(g.text);
      if (gap > line.size * (numeric ? 0.6 : spread.has(i) ? 3 : 1)) flush();
    }
    current.push(g);
    last = g;
  });
  flush();
  return cells;
}

// ── ruled tables ───────────────────────────────────────────────────────────────────────────

interface Rule {
  /** Position across (y of a horizontal rule, x of a vertical one) and the extent along. */
  at: number;
  from: number;
  to: number;
}

/** Segments merged where they lie on one line and touch or overlap. */
function mergeRules(rules: Rule[]): Rule[] {
  // Lines at positions within TOLERANCE of each other are one line; along it, pieces that touch
  // or overlap are one piece.
  rules.sort((a, b) => a.at - b.at);
  /** `start`: the position of a line's first rule, which the others are within TOLERANCE of. */
  const lines: Array<{ start: number; rules: Rule[] }> = [];
  for (const r of rules) {
    const line = lines.at(-1);
    if (line && r.at - line.start <= TOLERANCE) line.rules.push(r);
    else lines.push({ start: r.at, rules: [r] });
  }
  const out: Rule[] = [];
  for (const line of lines) {
    const at = line.rules.reduce((sum, r) => sum + r.at, 0) / line.rules.length;
    line.rules.sort((a, b) => a.from - b.from);
    let current: Rule | null = null;
    for (const r of line.rules) {
      if (current && r.from <= current.to + TOLERANCE * 2) current.to = Math.max(current.to, r.to);
      else out.push((current = { at, from: r.from, to: r.to }));
    }
  }
  return out;
}

/** No row or column is narrower than this (points): closer rules are one (a double border). */
const MIN_BAND = 4;

/** Sorted positions, those closer than MIN_BAND made one. */
function distinct(positions: number[]): number[] {
  const sorted = [...positions].sort((a, b) => a - b);
  const out: number[] = [];
  for (const p of sorted) {
    const last = out.at(-1);
    if (last === undefined || p - last > MIN_BAND) out.push(p);
  }
  return out;
}

/** The edge of `edges` (distinct's, sorted) a position was counted in: the last at or before it. */
function edgeOf(edges: readonly number[], p: number): number {
  let edge = edges[0] ?? p;
  for (const e of edges) if (e <= p) edge = e;
  return edge;
}

/** The share of [from, to] that rules at `at` cover. */
function coverage(rules: readonly Rule[], at: number, from: number, to: number): number {
  let covered = 0;
  for (const r of rules) {
    if (Math.abs(r.at - at) > TOLERANCE * 2) continue;
    covered += Math.max(0, Math.min(r.to, to) - Math.max(r.from, from));
  }
  return covered / Math.max(to - from, 1e-6);
}

export interface GridCell {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  /** Its left and right edge: the rules left of column c0 and right of column c1. */
  x0: number;
  x1: number;
  glyphs: Glyphs[];
}

export interface Grid {
  xs: number[];
  ys: number[];
  /** The outer rules left and right (xs's first and last). */
  x0: number;
  x1: number;
  /** The rules between columns (xs without the outer two), where a run printed across one is cut. */
  columnRules: number[];
  cells: GridCell[];
  /** (row, column) → its cell. */
  at: GridCell[][];
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let up = this.up(i);
    while (up !== i) {
      // Path halving: i is pointed at its grandparent, and the walk goes on from there.
      const grand = this.up(up);
      this.parent[i] = grand;
      i = grand;
      up = this.up(i);
    }
    return i;
  }
  /** The element above i: every element in [0, n) has one (itself at a root); any other i is a caller's bug. */
  private up(i: number): number {
    const parent = this.parent[i];
    if (parent === undefined) throw new RangeError(`UnionFind: no element ${i}`);
    return parent;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/** Ruled tables on a page: grids of (merged) cells. */
function findGrids(segments: readonly Segment[]): Grid[] {
  if (segments.length > MAX_SEGMENTS) return [];
  const horizontal: Rule[] = [];
  const vertical: Rule[] = [];
  for (const s of segments) {
    const dx = Math.abs(s.x1 - s.x0);
    const dy = Math.abs(s.y1 - s.y0);
    if (dy <= TOLERANCE && dx > TOLERANCE * 2) horizontal.push({ at: (s.y0 + s.y1) / 2, from: Math.min(s.x0, s.x1), to: Math.max(s.x0, s.x1) });
    else if (dx <= TOLERANCE && dy > TOLERANCE * 2) vertical.push({ at: (s.x0 + s.x1) / 2, from: Math.min(s.y0, s.y1), to: Math.max(s.y0, s.y1) });
  }
  const hs = mergeRules(horizontal);
  const vs = mergeRules(vertical);
  // Rules that cross or touch are one table.
  const sets = new UnionFind(hs.length + vs.length);
  hs.forEach((h, i) =>
    vs.forEach((v, j) => {
      if (v.at >= h.from - TOLERANCE * 2 && v.at <= h.to + TOLERANCE * 2 && h.at >= v.from - TOLERANCE * 2 && h.at <= v.to + TOLERANCE * 2) sets.union(i, hs.length + j);
    }),
  );
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  hs.forEach((h, i) => {
    const g = groups.get(sets.find(i)) ?? { h: [], v: [] };
    g.h.push(h);
    groups.set(sets.find(i), g);
  });
  vs.forEach((v, j) => {
    const g = groups.get(sets.find(hs.length + j)) ?? { h: [], v: [] };
    g.v.push(v);
    groups.set(sets.find(hs.length + j), g);
  });
  const grids: Grid[] = [];
  for (const { h, v } of groups.values()) {
    const ys = distinct(h.map((r) => r.at));
    const xs = distinct(v.map((r) => r.at));
    const x0 = xs[0];
    const x1 = xs.at(-1);
    // Two rules each way at least; with two, xs has a first and a last.
    if (ys.length < 2 || xs.length < 2 || x0 === undefined || x1 === undefined) continue;
    // Each rule at the edge it was counted in: rules closer than MIN_BAND are one edge (a double
    // border, or two tables' borders a few points apart: 八's right at 144.4 under 六's at 140.6),
    // and a merged cell is one whose edge has no rule there.
    const hs = h.map((r) => ({ ...r, at: edgeOf(ys, r.at) }));
    const vs = v.map((r) => ({ ...r, at: edgeOf(xs, r.at) }));
    const rowBands = bands(ys);
    const columnBands = bands(xs);
    const rows = rowBands.length;
    const columns = columnBands.length;
    const cellSets = new UnionFind(rows * columns);
    for (const [r, [top, bottom]] of rowBands.entries()) {
      for (const [c, [left, right]] of columnBands.entries()) {
        if (c + 1 < columns && coverage(vs, right, top, bottom) < 0.5) cellSets.union(r * columns + c, r * columns + c + 1);
        if (r + 1 < rows && coverage(hs, bottom, left, right) < 0.5) cellSets.union(r * columns + c, (r + 1) * columns + c);
      }
    }
    const byRoot = new Map<number, GridCell>();
    const at = rowBands.map((_, r) =>
      columnBands.map(([left, right], c) => {
        const root = cellSets.find(r * columns + c);
        let cell = byRoot.get(root);
        if (!cell) byRoot.set(root, (cell = { r0: r, c0: c, r1: r, c1: c, x0: left, x1: right, glyphs: [] }));
        cell.r0 = Math.min(cell.r0, r);
        cell.c0 = Math.min(cell.c0, c);
        cell.r1 = Math.max(cell.r1, r);
        cell.c1 = Math.max(cell.c1, c);
        cell.x0 = Math.min(cell.x0, left);
        cell.x1 = Math.max(cell.x1, right);
        return cell;
      }),
    );
    grids.push({ xs, ys, x0, x1, columnRules: xs.slice(1, -1), cells: [...byRoot.values()], at });
  }
  return grids;
}

/** Each pair of neighbouring rules, the band between them: [edges[0], edges[1]], [edges[1], edges[2]], … */
function bands(edges: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let previous: number | undefined;
  for (const edge of edges) {
    if (previous !== undefined) out.push([previous, edge]);
    previous = edge;
  }
  return out;
}

/** The index i with edges[i] ≤ p < edges[i + 1], or -1 outside. */
function band(edges: readonly number[], p: number): number {
  const first = edges[0];
  const last = edges.at(-1);
  if (first === undefined || last === undefined || p < first - TOLERANCE || p > last + TOLERANCE) return -1;
  // The first edge past p closes its band; p past the last edge (within TOLERANCE) is in the last band.
  const closing = edges.findIndex((edge, i) => i > 0 && p < edge);
  return closing > 0 ? closing - 1 : edges.length - 2;
}

/** Estimated advance of a character (em): CJK full, the rest half. */
const advance = (ch: string): number => (CJK.test(ch) ? 1 : 0.55);

/**
 * A run that crosses a column edge (one text object printed over two cells) cut there, its
 * characters shared out by their estimated widths.
 */
function cutAt(g: Glyphs, edges: readonly number[], numbers?: { rules: readonly number[]; digitEm: number }): Array<Glyphs & { glued?: true }> {
  const within = (rules: readonly number[]): number[] => rules.filter((x) => x > g.x0 + TOLERANCE && x < g.x1 - TOLERANCE);
  // A run of numbers alone, or a label and then numbers alone (`（七）总计 275728707851129 3490`), is
  // cut at the rules of its own row only (not at a rule a merged cell spans), unless where its
  // digits fall is in doubt: then it is kept whole (numbersInDoubt).
  const from = numbers === undefined ? null : NUMBERS_RUN.test(g.text) ? 0 : labelledNumbersAt(g.text);
  if (numbers !== undefined && from !== null) {
    const rules = within(numbers.rules);
    if (rules.length > 0 && numbersInDoubt(g, rules, numbers.digitEm, from)) return [{ ...g, glued: true }];
    if (from === 0) return rules.length === 0 ? [g] : evenCut(g, rules);
  }
  const inside = within(edges);
  return inside.length === 0 ? [g] : evenCut(g, inside);
}

/** A run cut at the rules inside it, its characters shared out by their estimated advances scaled to its width. */
function evenCut(g: Glyphs, inside: readonly number[]): Glyphs[] {
  const chars = [...g.text];
  const total = chars.reduce((n, ch) => n + advance(ch), 0);
  const scale = (g.x1 - g.x0) / Math.max(total, 1e-6);
  const out: Glyphs[] = [];
  let x = g.x0;
  let piece = '';
  let pieceStart = g.x0;
  let next = 0;
  // The next edge to cross; past the last there is none, and Infinity is never crossed.
  let edge = inside[next] ?? Infinity;
  for (const ch of chars) {
    const w = advance(ch) * scale;
    if (x + w / 2 > edge) {
      if (piece) out.push({ ...g, text: piece, x0: pieceStart, x1: x });
      piece = '';
      pieceStart = x;
      while (x + w / 2 > edge) {
        next++;
        edge = inside[next] ?? Infinity;
      }
    }
    piece += ch;
    x += w;
  }
  if (piece) out.push({ ...g, text: piece, x0: pieceStart, x1: g.x1 });
  return out;
}

/** A run of numbers alone, a space apart or not (`10562903 1058 3082`): cells a text object printed over several columns. */
const NUMBERS_RUN = /^[\s0-9０-９.,，．%+\-−－]*[0-9０-９][\s0-9０-９.,，．%+\-−－]*$/;
/**
 * Words, then numbers alone to the run's end, each signed at most at its start
 * (`（七）总计 275728707851129 3490`; not a date, `发布日期： 2025-01-15`, nor a row's numbering,
 * `（五）不予处理 4.`): where the numbers start.
 */
const LABELLED_NUMBERS = /^(.*[^\s0-9０-９.,，．%+\-−－])\s*[+\-−－]?[0-9０-９]+(?:[.,，．][0-9０-９]+)*%?(?:\s+[+\-−－]?[0-9０-９]+(?:[.,，．][0-9０-９]+)*%?)*\s*$/su;

/** Where the numbers of a run of words and then numbers alone start (the words' length), or null. */
function labelledNumbersAt(text: string): number | null {
  const words = LABELLED_NUMBERS.exec(text)?.[1];
  return words === undefined ? null : [...words].length;
}

/**
 * Is it in doubt which column a digit of the run from character `from` on is in? A run printed
 * over several columns (one text object: Chromium prints a row of narrow cells so, each number
 * touching its cell's rules, and may run the row's label into it) is cut at the rules by each
 * character's estimated place. The run's ends are known, its characters' places are not, and two
 * estimates are made: every character (a space too) its advance scaled to the run's width; and
 * each digit the advance the page's digits measure (digitAdvance), each other character its own
 * (a CJK one an em), the room left over shared among the spaces (the gaps between cells). Where
 * they put a digit in different columns, or either puts a digit's middle within DOUBT of its width
 * of a rule, which cell a digit is in cannot be told (`10562903 1058 …`: 1056 and 2903 a point
 * apart, at the rule): the caller keeps the run whole in the column where it starts, `glued`, over
 * the cells it covers, for the text path to cut by the row's arithmetic or leave unread.
 */
function numbersInDoubt(g: Glyphs, edges: readonly number[], digitEm: number, from: number): boolean {
  const chars = [...g.text];
  const space = (ch: string): boolean => /\s/.test(ch);
  const span = g.x1 - g.x0;
  /** Each character's middle and width, laid out from the run's start. */
  const layout = (width: (ch: string) => number): Array<{ middle: number; width: number }> => {
    let x = g.x0;
    return chars.map((ch) => {
      const w = width(ch);
      x += w;
      return { middle: x - w / 2, width: w };
    });
  };
  const all = chars.reduce((n, ch) => n + advance(ch), 0);
  const scaled = layout((ch) => (advance(ch) * span) / Math.max(all, 1e-6));
  /** A character's width at the page's measured digit advance (spaces none). */
  const measuredWidth = (ch: string): number => (space(ch) ? 0 : (/[0-9]/.test(ch) ? digitEm : advance(ch)) * g.size);
  const printed = chars.reduce((n, ch) => n + measuredWidth(ch), 0);
  const spaces = chars.filter(space).length;
  const room = span - printed;
  const measured =
    room >= 0 && spaces > 0
      ? layout((ch) => (space(ch) ? room / spaces : measuredWidth(ch)))
      : layout((ch) => (measuredWidth(ch) * span) / Math.max(printed, 1e-6));
  const column = (x: number): number => edges.filter((edge) => edge < x).length;
  const near = (p: { middle: number; width: number }): boolean => edges.some((edge) => Math.abs(p.middle - edge) < p.width * DOUBT);
  return chars.some((ch, i) => {
    const a = scaled[i];
    const b = measured[i];
    return i >= from && !space(ch) && a !== undefined && b !== undefined && (column(a.middle) !== column(b.middle) || near(a) || near(b));
  });
}

/** How near a rule (a share of its width) a digit's estimated middle leaves its column in doubt. */
const DOUBT = 0.2;
/** A digit's advance (em) where the page prints no number alone to measure it by. */
const DIGIT_EM = 0.55;

/**
 * A digit's advance on a page (em): the middle of what its runs of digits alone measure, each
 * its width over its digits and size. Fonts differ (0.5 em, 0.55, 0.6), and an estimate off by a
 * twentieth of a digit puts the fifth digit of a run a whole point off.
 */
function digitAdvance(glyphs: readonly Glyphs[]): number {
  const ems = glyphs.filter((g) => /^[0-9]{2,}$/.test(g.text) && g.size > 0).map((g) => (g.x1 - g.x0) / (g.text.length * g.size));
  ems.sort((a, b) => a - b);
  return ems[Math.floor(ems.length / 2)] ?? DIGIT_EM;
}

/**
 * The column rules of each row of a grid: the rules between two of its cells (a merged cell spans
 * the others), the cell right of the rule one of the row's own. Not a rule before a cell merged
 * down from a row above (a header drawn wider than the rows under it, its last cell running down
 * their right: `10428` printed a little past its cell's rule, its `8` is no header's).
 */
function rulesByRow(grid: Grid): number[][] {
  return grid.at.map((cells, r) => grid.columnRules.filter((_, k) => cells[k] !== cells[k + 1] && (cells[k + 1]?.r0 ?? r) === r));
}

/** A cell's text: its runs by line, top to bottom, joined. */
function cellText(glyphs: readonly Glyphs[]): string {
  return joinLines(byBaseline(glyphs).map((line) => lineText(line.glyphs)));
}

/** A grid drawn without its row lines holds several rows of values in one row of cells. */
function lacksRowLines(grid: Grid): boolean {
  for (const cell of grid.cells) {
    const lines = byBaseline(cell.glyphs).filter((line) => line.glyphs.some((g) => isNumeric(g.text)));
    if (lines.length >= 2) return true;
  }
  return false;
}

// ── a page ─────────────────────────────────────────────────────────────────────────────────

/** The lines of one page, top to bottom: ruled tables' rows, and the rest cut at gaps. */
function pageLines(content: PageContent): PdfLine[] {
  const grids = findGrids(content.segments);
  const free: Glyphs[] = [];
  const digitEm = digitAdvance(content.glyphs);
  /** Each grid's rules by row, made when a glyph in it first asks. */
  const byRow = new Map<Grid, number[][]>();
  const rowRules = (grid: Grid): number[][] => byRow.get(grid) ?? byRow.set(grid, rulesByRow(grid)).get(grid) ?? [];
  /** Cells a number printed over a column rule runs over (a glued piece of cutNumbers). */
  const covered = new Set<GridCell>();
  for (const glyph of content.glyphs) {
    const y = glyph.baseline - glyph.size / 2;
    const grid = grids.find((g) => band(g.ys, y) >= 0 && glyph.x1 > g.x0 - TOLERANCE && glyph.x0 < g.x1 + TOLERANCE);
    if (!grid) {
      free.push(glyph);
      continue;
    }
    // The glyph's row, the same for each of its pieces (a row of the grid: find asked for one).
    const r = band(grid.ys, y);
    const rules = r < 0 ? undefined : rowRules(grid)[r];
    for (const piece of cutAt(glyph, grid.columnRules, rules === undefined ? undefined : { rules, digitEm })) {
      // A number printed over a column rule (cutNumbers' `glued`) goes to the column where it starts,
      // and the cells it runs over are covered: left out of its row when nothing else is in them.
      const c = band(grid.xs, piece.glued ? piece.x0 + TOLERANCE : (piece.x0 + piece.x1) / 2);
      // band() gives a column of the grid, or -1 outside it, where there is no cell.
      const cell = r < 0 || c < 0 ? undefined : grid.at[r]?.[c];
      if (cell) cell.glyphs.push(piece);
      else free.push(piece);
      if (!cell || !piece.glued) continue;
      const end = band(grid.xs, piece.x1 - TOLERANCE);
      for (let k = c + 1; k <= end; k++) {
        const over = grid.at[r]?.[k];
        if (over !== undefined && over !== cell) covered.add(over);
      }
    }
  }
  const out: PdfLine[] = [];
  for (const grid of grids) {
    if (lacksRowLines(grid)) {
      // Columns ruled, rows not: read its text as lines, cut at the column rules too.
      for (const cell of grid.cells) free.push(...cell.glyphs.map((g) => ({ ...g, column: cell.c0 })));
      continue;
    }
    for (const [r, [top, bottom]] of bands(grid.ys).entries()) {
      const anchored = grid.cells.filter((cell) => cell.r0 === r && !(covered.has(cell) && isBlank(cellText(cell.glyphs)))).sort((a, b) => a.c0 - b.c0);
      const texts = anchored.map((cell) => cellText(cell.glyphs));
      if (texts.every((t) => t === '')) continue;
      const sizes = anchored.flatMap((cell) => cell.glyphs.map((g) => g.size));
      out.push({
        page: content.page,
        cells: texts,
        top,
        bottom,
        x0: grid.x0,
        x1: grid.x1,
        size: sizes.length ? Math.max(...sizes) : 10,
        ruled: anchored.map((cell) => ({ x0: cell.x0, x1: cell.x1 })),
      });
    }
  }
  out.push(...streamLines(content.page, free));
  return out.sort((a, b) => a.top - b.top || a.x0 - b.x0);
}

type StreamLine = PdfLine & { stream: NonNullable<PdfLine['stream']> };
const isStream = (line: PdfLine): line is StreamLine => line.stream !== undefined;

/**
 * Text outside ruled tables as lines of cells. A line of text alone in the label column next to
 * a line of values is part of that row's label (a label wrapped in a table without borders).
 */
function streamLines(page: number, glyphs: readonly (Glyphs & { column?: number })[]): PdfLine[] {
  const lines: StreamLine[] = byBaseline(glyphs).map((line) => {
    // Runs in different ruled columns are never one cell.
    const cells = splitAtColumns(line);
    return {
      page,
      cells: cells.map((c) => c.text),
      stream: { cells, baseline: line.baseline },
      top: line.baseline - line.size,
      bottom: line.baseline,
      x0: cells[0]?.x0 ?? 0,
      x1: cells.at(-1)?.x1 ?? 0,
      size: line.size,
    };
  });
  return lines.filter((l) => l.cells.length > 0);
}

function splitAtColumns(line: TextLine): StreamCell[] {
  const byColumn = new Map<number | undefined, Glyphs[]>();
  for (const g of line.glyphs as Array<Glyphs & { column?: number }>) {
    const list = byColumn.get(g.column) ?? [];
    list.push(g);
    byColumn.set(g.column, list);
  }
  if (byColumn.size <= 1) return streamCells(line);
  return [...byColumn.values()]
    .flatMap((glyphs) => streamCells({ ...line, glyphs }))
    .sort((a, b) => a.x0 - b.x0);
}

const hasValue = (line: PdfLine): boolean => line.cells.some(isNumeric);
const firstValueX = (line: StreamLine): number => Math.min(...line.stream.cells.filter((c) => isNumeric(c.text)).map((c) => c.x0));

/** Lines further apart than this (in font sizes) are not one table's. */
const ROW_GAP = 2.4;

/**
 * Lines of text alone in a table's label column (left of its values) are pieces of labels. In a
 * run of such lines and lines of values, they belong to the line of values above them when the
 * table's cells are aligned to the top (the label starts beside its values: every line of values
 * has label text, and no piece comes before the first); else the cells are centred, and a piece
 * belongs to the nearest line of values. A piece that opens with a numbering (`（三）`, `1.`,
 * `第二十条第（五）项`) starts a label of its own rather than continuing one, in a top-aligned table.
 */
function joinWrappedLabels(lines: PdfLine[]): PdfLine[] {
  const isValueLine = lines.map((l) => isStream(l) && hasValue(l) && l.cells.length >= 2);
  /** Two lines next to each other (`a` first on the way) are one table's: close on a page, or either side of a page break. */
  const near = (a: PdfLine, b: PdfLine): boolean => {
    if (!isStream(a) || !isStream(b)) return false;
    if (a.page !== b.page) return true;
    return Math.abs(a.stream.baseline - b.stream.baseline) <= a.size * ROW_GAP;
  };
  // A piece: no value, beside a line of values (through other pieces), left of its first value.
  const isPiece = lines.map(() => false);
  for (const [i, line] of lines.entries()) {
    if (!isStream(line) || hasValue(line)) continue;
    for (const step of [-1, 1]) {
      let previous: PdfLine = line;
      for (let j = i + step; ; j += step) {
        const next = lines[j];
        // No line before the first or after the last.
        if (next === undefined || !near(previous, next)) break;
        if (isValueLine[j]) {
          if (line.x1 <= firstValueX(next as StreamLine) - TOLERANCE) isPiece[i] = true;
          break;
        }
        if (hasValue(next) || !fitsLabelColumn(next, line)) break;
        previous = next;
      }
    }
  }
  /** Line k and the one before it are one table's (false for the first line: none is before it). */
  const nearPrevious = (k: number): boolean => {
    const before = lines[k - 1];
    const line = lines[k];
    return before !== undefined && line !== undefined && near(before, line);
  };
  const owner = new Map<number, number>();
  for (let start = 0; start < lines.length; ) {
    if (!isValueLine[start] && !isPiece[start]) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end < lines.length && (isValueLine[end] || isPiece[end]) && nearPrevious(end)) end++;
    assignPieces(lines, isValueLine, start, end, owner);
    start = end;
  }
  if (owner.size === 0) return lines;
  const fragments = new Map<number, number[]>();
  for (const [i, j] of owner) fragments.set(j, [...(fragments.get(j) ?? []), i]);
  const out: PdfLine[] = [];
  lines.forEach((line, i) => {
    if (owner.has(i)) return;
    const parts = fragments.get(i);
    out.push(parts ? mergeRow(line as StreamLine, parts.map((k) => lines[k] as StreamLine)) : line);
  });
  return out;
}

/** The label pieces of lines [start, end) (a run of pieces and lines of values), each to its line of values. */
function assignPieces(lines: readonly PdfLine[], isValueLine: readonly boolean[], start: number, end: number, owner: Map<number, number>): void {
  /** The run's lines, each with its index in the document. */
  const run = lines.slice(start, end).map((line, k) => ({ at: start + k, line }));
  const values = run.filter(({ at }) => isValueLine[at]);
  const first = values[0];
  if (first === undefined) return;
  const labelled = (line: PdfLine): boolean => line.cells.some((c) => !isNumeric(c));
  const centred = start < first.at || values.some(({ at: j, line }) => !labelled(line) && ((j > start && !isValueLine[j - 1]) || (j + 1 < end && !isValueLine[j + 1])));
  /** A line of values and the pieces given it so far. */
  const rowLines = (at: number): StreamLine[] => [at, ...[...owner].filter(([, j]) => j === at).map(([k]) => k)].map((k) => lines[k] as StreamLine);
  for (const { at: i, line } of run) {
    if (isValueLine[i]) continue;
    const above = values.filter(({ at: j }) => j < i).at(-1);
    const below = values.find(({ at: j }) => j > i);
    if (!centred) {
      // Unless the row below prints nothing in the piece's column on its line of values, the row
      // above does, and another piece of that column follows the row below's line: its label
      // centred on that line, a line above it and a line below (`（七）总计 628 …` / `结转下年度继续` /
      // `四、 1 191 …` / `办理`).
      if (below !== undefined && above !== undefined && straddles(line, above.line, below.line, run.find(({ at: j }) => j > below.at)?.line)) owner.set(i, below.at);
      else if (above !== undefined && !OPENS_LABEL.test(line.cells[0] ?? '')) owner.set(i, above.at);
      continue;
    }
    const baseline = (l: PdfLine): number => (l as StreamLine).stream.baseline + l.page * 1e5;
    const distance = (value: { line: PdfLine } | undefined): number => (value === undefined ? Infinity : Math.abs(baseline(value.line) - baseline(line)));
    let best = distance(above) <= distance(below) ? above : below;
    // A piece that opens a label (a numbering) where the line above already has one in its column
    // is the next row's, though nearer the line above (`（一` / `）予以公开` / `（二）部分公开` /
    // `（区分处理的`, a label of three lines centred on its values under one of two).
    const own = labelCells([line as StreamLine]);
    if (best !== undefined && best === above && below !== undefined && opensOver(own, labelCells(rowLines(above.at)))) best = below;
    // A piece above a label's numbering in its column (`1.属于国家秘` / `密` / `2.其他法律…`), nearer
    // the line of values below, ends the label above: the numbering starts the row below's.
    else if (best !== undefined && best === below && above !== undefined && !opensOver(own, own) && opensOver(labelCells([below.line as StreamLine]), own)) best = above;
    if (best !== undefined) owner.set(i, best.at);
  }
}

/**
 * Is the piece (a line of label text alone) the first half of a label centred on the line of values
 * `below`: that line prints nothing in the piece's column, `above` does, and `next`, the line after
 * `below`, is a piece in that column too?
 */
function straddles(piece: PdfLine, above: PdfLine, below: PdfLine, next: PdfLine | undefined): boolean {
  if (!isStream(piece) || !isStream(above) || !isStream(below) || next === undefined || !isStream(next) || hasValue(next)) return false;
  const inColumn = (line: StreamLine): boolean => line.stream.cells.some((c) => !isNumeric(c.text) && c.x0 < piece.x1 && piece.x0 < c.x1);
  return !inColumn(below) && inColumn(above) && inColumn(next);
}

/** The cells of lines that hold label text (no value). */
const labelCells = (lines: readonly StreamLine[]): StreamCell[] => lines.flatMap((l) => l.stream.cells.filter((c) => !isNumeric(c.text)));

/** Does a cell of `openers` open a label (a numbering) in the column of a cell of `others`? */
const opensOver = (openers: readonly StreamCell[], others: readonly StreamCell[]): boolean =>
  openers.some((c) => OPENS_LABEL.test(c.text) && others.some((o) => o.x0 < c.x1 && c.x0 < o.x1));

/** A label's own start: a numbering (`（三）`, `1.`, `一、`, `第二十条`). */
const OPENS_LABEL = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|第[一二三四五六七八九十\d]+[章节条部分项])/;

/** Two fragment lines may be one label's lines when they start in the same column. */
const fitsLabelColumn = (line: PdfLine, fragment: PdfLine): boolean => line.x0 < fragment.x1 && fragment.x0 < line.x1;

/** A row of values with the lines of its labels: pieces that overlap in x are one cell, read top to bottom. */
function mergeRow(row: StreamLine, fragments: StreamLine[]): PdfLine {
  const order = (line: StreamLine): number => line.page * 1e5 + line.stream.baseline;
  const pieces = [row, ...fragments].flatMap((line) => line.stream.cells.map((cell) => ({ ...cell, baseline: order(line), value: isNumeric(cell.text) })));
  type Piece = (typeof pieces)[number];
  /** A column starts with a piece, and a value's column holds it alone. */
  const columns: Array<{ x0: number; x1: number; pieces: [Piece, ...Piece[]] }> = [];
  for (const piece of [...pieces].sort((a, b) => a.x0 - b.x0)) {
    const column = piece.value ? undefined : columns.find((c) => !c.pieces[0].value && piece.x0 < c.x1 && c.x0 < piece.x1);
    if (column) {
      column.pieces.push(piece);
      column.x0 = Math.min(column.x0, piece.x0);
      column.x1 = Math.max(column.x1, piece.x1);
    } else {
      columns.push({ x0: piece.x0, x1: piece.x1, pieces: [piece] });
    }
  }
  columns.sort((a, b) => a.x0 - b.x0);
  const cells = columns.map((c) => joinLines(c.pieces.sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0).map((p) => p.text)));
  const all = [row, ...fragments];
  return {
    page: row.page,
    cells,
    top: Math.min(...all.map((l) => l.top)),
    bottom: Math.max(...all.map((l) => l.bottom)),
    x0: Math.min(...all.map((l) => l.x0)),
    x1: Math.max(...all.map((l) => l.x1)),
    size: row.size,
  };
}

// ── the document ───────────────────────────────────────────────────────────────────────────

/** A page number line: `— 4 —`, `- 1 -`, `第 1 页`, `第1页 共9页`, `1/9`, `4`. */
const PAGE_NUMBER = /^(?:[-－—–~～]*\s*\d{1,4}\s*[-－—–~～]*|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|page\s*\d+(?:\s*of\s*\d+)?)$/i;
/** Share of the page height at the top and bottom where running headers and footers are looked for. */
const MARGIN = 0.12;

const textOf = (line: PdfLine): string => line.cells.join(' ').trim();
const withoutDigits = (text: string): string => text.replace(/\s+/g, '').replace(/[0-9０-９]+/g, '#');
/**
 * What a running header or footer repeats: its text (page numbers aside) at the same height. The
 * title of page 1, printed in the top margin too, is not the running header that repeats it higher up.
 */
const chromeKey = (line: PdfLine, edge: string): string => `${edge}:${Math.round((edge === 'top' ? line.bottom : line.top) / 4)}:${withoutDigits(textOf(line))}`;

/**
 * Running headers and footers: from the top of each page down (and from the bottom up), the lines
 * that repeat at the same height on other pages, or are page numbers, as long as each starts in
 * the margin or right after such a line (a header of two lines in large type reaches into the page).
 */
function dropPageChrome(pages: ReadonlyArray<{ height: number; lines: PdfLine[] }>): PdfLine[][] {
  const key = (line: PdfLine, edge: 'top' | 'bottom'): string => chromeKey(line, edge);
  const seen = new Map<string, Set<number>>();
  pages.forEach(({ lines }, p) => {
    for (const line of lines) {
      if (line.ruled) continue;
      for (const edge of ['top', 'bottom'] as const) seen.set(key(line, edge), (seen.get(key(line, edge)) ?? new Set()).add(p));
    }
  });
  const repeats = (line: PdfLine, edge: 'top' | 'bottom'): boolean => (seen.get(key(line, edge))?.size ?? 0) >= 2;
  const isChrome = (line: PdfLine, edge: 'top' | 'bottom'): boolean =>
    !line.ruled && (PAGE_NUMBER.test(textOf(line).replace(/\s+/g, ' ')) || repeats(line, edge));
  return pages.map(({ height, lines }) => {
    let first = 0;
    let limit = height * MARGIN;
    for (const line of lines) {
      if (!(line.top <= limit && isChrome(line, 'top'))) break;
      limit = line.bottom + line.size * 1.5;
      first++;
    }
    let last = lines.length;
    limit = height * (1 - MARGIN);
    for (const line of lines.slice(first).reverse()) {
      if (!(line.bottom >= limit && isChrome(line, 'bottom'))) break;
      limit = line.top - line.size * 1.5;
      last--;
    }
    return lines.slice(first, last);
  });
}

/**
 * A table row cut by a page break: the label's last lines open the next page as a row of their
 * own, with text only in columns where the row before has text (and values nowhere). Put back.
 */
function joinRowsAcrossPages(pages: PdfLine[][]): void {
  for (const [p, page] of pages.entries()) {
    // The last line of the page before (none before the first page).
    const previous = pages[p - 1]?.at(-1);
    const first = page[0];
    if (!previous?.ruled || !first?.ruled) continue;
    if (first.cells.some(isNumeric)) continue;
    const above = withEdges(previous.cells, previous.ruled);
    const moves = continuations(above, withEdges(first.cells, first.ruled));
    if (!moves) continue;
    for (const { cell, text } of moves) cell.text = joinLines([cell.text, text]);
    previous.cells = above.map((cell) => cell.text);
    page.shift();
  }
}

interface EdgedCell {
  text: string;
  x0: number;
  x1: number;
}

/** A ruled row's cells with their edges: pageLines makes both from the same cells, so every edge has its text. */
const withEdges = (cells: readonly string[], edges: NonNullable<PdfLine['ruled']>): EdgedCell[] =>
  edges.map((edge, i) => ({ text: cells[i] ?? '', x0: edge.x0, x1: edge.x1 }));

/**
 * Where the text of a row cut by a page break goes: each cell's into the cell above it that it
 * overlaps and that has text, not a value; undefined when one has no such cell.
 */
function continuations(above: readonly EdgedCell[], cut: readonly EdgedCell[]): Array<{ cell: EdgedCell; text: string }> | undefined {
  const moves: Array<{ cell: EdgedCell; text: string }> = [];
  for (const piece of cut) {
    if (piece.text === '') continue;
    const cell = above.find((e) => e.x0 < piece.x1 - TOLERANCE && piece.x0 < e.x1 - TOLERANCE && e.text !== '' && !isNumeric(e.text));
    if (!cell) return undefined;
    moves.push({ cell, text: piece.text });
  }
  return moves;
}

/** A line of prose's text: its one cell, outside ruled tables. */
const proseText = (line: PdfLine): string | undefined => (!line.ruled && line.cells.length === 1 ? line.cells[0] : undefined);

/** A paragraph that runs on to the next line (the line full, the next not indented) is one line. */
function joinParagraphs(lines: PdfLine[]): PdfLine[] {
  const prose = lines.filter((l) => proseText(l) !== undefined);
  const left = new Map<number, number>();
  for (const l of prose) left.set(l.page, Math.min(left.get(l.page) ?? Infinity, l.x0));
  // The right margin: where most long lines end (ragged text ends short of it, punctuation hangs past it).
  // Without prose lines the index is -1, and no line ends at an Infinity margin.
  const ends = prose.map((l) => l.x1).sort((a, b) => a - b);
  const margin = ends[Math.floor((ends.length - 1) * 0.75)] ?? Infinity;
  const out: PdfLine[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    const before = last && proseText(last);
    const text = proseText(line);
    // A page's left margin is there when the page has prose, as it has when `line` is prose.
    const pageLeft = left.get(line.page);
    const joins =
      last !== undefined &&
      before !== undefined &&
      text !== undefined &&
      pageLeft !== undefined &&
      last.x1 >= margin - last.size * 1.5 &&
      line.x0 <= pageLeft + line.size * 0.6 &&
      (line.page !== last.page || line.top - last.bottom <= last.size * 1.2) &&
      Math.abs(line.size - last.size) <= 1 &&
      !OPENS_LABEL.test(text);
    if (joins) {
      last.cells[0] = joinLines([before, text]);
      last.bottom = line.bottom;
      last.x1 = line.x1;
    } else {
      out.push({ ...line, cells: [...line.cells] });
    }
  }
  return out;
}

/** Every page's lines → the document's lines, in reading order. */
export function documentLines(pages: readonly PageContent[]): PdfLine[] {
  const laid = pages.map((content) => ({ width: content.width, height: content.height, lines: pageLines(content) }));
  const kept = dropPageChrome(laid);
  joinRowsAcrossPages(kept);
  return joinParagraphs(joinWrappedLabels(kept.flat()));
}
