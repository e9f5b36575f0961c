/**
 * Labels centred on their numbers. `pdftotext -layout` of a table whose label column is narrow and
 * whose cells are centred top to bottom prints a label of several lines around its row's numbers:
 * its first lines above them, its numbering on their line, the rest below, and the group's label
 * (a column of its own to the left) interleaved with both:
 *
 *     （三）不予    属于国家
 *             1.      27    38    15    119   111   53    363
 *     公开      秘密
 *              其他法律
 *             2.      81    113   97    28    126   92    537
 *             行政法规禁
 *
 * A label wrapped from its numbering on prints so too, the numbers beside a middle line (`2.其` /
 * `他法` / `政法` and the numbers / `规禁`; `4.保` and the numbers / `护第` / `三方`).
 *
 * Read in order, the words above the numbers run into the end of the row before's label, and the
 * words below into the start of the next one's, so no row's label reads whole. This file reads
 * such a row when it is certain: the fewest words just above and just below the numbers (the
 * groups' words left out or not) name one row, every piece of them printing only that row's words
 * and its group's (a stray mark or digit aside), whose numbering is the one on the numbers' line or
 * the one the words open with (no other of them opening with one); no other choice of those words
 * names another row; the row comes later in the form than every row read so far; and the words
 * above cannot instead end the label of numbers just before that were read as no row's.
 */
import { ROW_NUMBERING, ROW_NUMBERING_ALONE } from '../catalog/lexicon.js';
import { matchKey } from '../normalize/matchKey.js';
import type { Cell, TokenLine } from '../tokens.js';
import { labelText, matchRow, otherWordsIn, rowNamed, wordsOf, type Label } from './labels.js';
import type { PlannedRow, TablePlan } from './plan.js';
import { fitsRow } from './rowValues.js';

/** The most lines of words below its numbers a label may go on over, and the most pieces (cells) there. */
const MOST_LINES_BELOW = 8;
const MOST_PIECES_BELOW = 8;
/** The most pieces of words (cells) above its numbers a label may start with, and the most lines up they are looked for. */
const MOST_PIECES_ABOVE = 6;
const MOST_LINES_ABOVE = 12;

/** A line of more cells than this (blank ones included) holds no label's piece alone. */
const MOST_CELLS_ALONE = 16;

/** The one word of a line that prints nothing else, which reading passes over when it is a column's label (`其他`). */
function wordAlone(line: TokenLine): Cell | null {
  if (line.cells.length > MOST_CELLS_ALONE) return null;
  let word: Cell | null = null;
  for (const c of line.cells) {
    if (c.kind === 'empty') continue;
    if (c.kind !== 'text' || word !== null) return null;
    word = c;
  }
  return word;
}

/**
 * The last `most` words above the numbers' line: the label's cells there (`before`), with the words
 * alone on their lines that reading passed over as column headers among them or right above them
 * (`其他` / `3.⇥80…`: 其他 is a column's label, and 3.其他's).
 */
function wordsAbove(lines: readonly TokenLine[], before: readonly Cell[], valueIndex: number, isHeader: (line: TokenLine) => boolean, most: number): Cell[] {
  const firstLine = before[0]?.line ?? lines[valueIndex]?.line ?? 0;
  const words: Cell[] = [];
  let k = before.length;
  // Up from the numbers, until `most` words are found or MOST_LINES_ABOVE lines are passed (the
  // label's first words may be far above them, after blank lines).
  for (let l = valueIndex - 1; l >= 0 && l >= valueIndex - MOST_LINES_ABOVE && words.length < most; l--) {
    const line = lines[l];
    if (line === undefined) break;
    const end = k;
    while (k > 0 && before[k - 1]?.line === line.line) k--;
    if (k < end) {
      words.unshift(...before.slice(k, end));
      continue;
    }
    const word = wordAlone(line);
    if (line.line >= firstLine) {
      if (word !== null && isHeader(line)) words.unshift(word);
      continue;
    }
    if (word === null || !isHeader(line)) break;
    words.unshift(word);
  }
  return words;
}

export interface CentredRow {
  row: PlannedRow;
  /** The row's label as printed: its words above, its numbering, its words below. */
  label: string;
  /** Its numbers. */
  cells: Cell[];
  /** Where reading resumes: past the words below that were the label's. */
  lineIndex: number;
  cellIndex: number;
  /** The label goes on below its numbers. */
  below: boolean;
}

/** Are the words (two at least) none of the row's own, but the end of another row's own words, past their start? */
function endsAnother(key: string, row: PlannedRow, plan: TablePlan): boolean {
  if (key.length < 2 || !otherWordsIn(key, row)) return false;
  return plan.rows.some((r) => r !== row && wordsOf(r).endsWith(key) && !wordsOf(r).startsWith(key));
}

/** A piece of words around the numbers: its cell, its matchKey, the numbering it opens with. */
interface Piece {
  cell: Cell;
  key: string;
  opens: string | null;
}

/** The numbering a piece opens with (`4.` of `4.保`), as a matchKey, or null. */
const numberingIn = (piece: Cell): string | null => ROW_NUMBERING.exec(matchKey(piece.raw))?.[0] ?? null;

/**
 * The row a label centred on its numbers names (see the file's comment), or null. `label` is the
 * text before the numbers, its last cells on the numbers' line: a bare numbering (its words around
 * it), or words (`4.保` / numbers / `护第` / `三方`, `2.其` / `他法` / `政法⇥130…` / `规禁`), the
 * label then opening with its numbering above or there. `values` are the numbers' line's cells, all
 * on that line; `next` the line index after it.
 */
export function centredLabel(
  lines: readonly TokenLine[],
  label: Label,
  values: readonly Cell[],
  next: number,
  plan: TablePlan,
  seen: ReadonlySet<string>,
  /** The label of the numbers before, when they were read as no row's: the words above may end it. */
  unread: Label | null,
  isValue: (c: Cell) => boolean,
  isHeaderLine: (line: TokenLine, plan: TablePlan) => boolean,
): CentredRow | null {
  const last = label[label.length - 1];
  if (last === undefined) return null;
  const valueLine = last.line;
  if (values.some((c) => c.line !== valueLine)) return null;
  let valueIndex = next - 1;
  while (valueIndex > 0 && (lines[valueIndex]?.line ?? 0) > valueLine) valueIndex--;
  if (lines[valueIndex]?.line !== valueLine) return null;
  const online = label.filter((c) => c.line === valueLine);
  // A bare numbering on the numbers' line: the label's words are around it (the cells before it on
  // that line, a group's words, count as above). Otherwise the words there are the label's own.
  const bare = ROW_NUMBERING_ALONE.test(matchKey(last.raw)) ? last : null;
  const onlineBefore = bare ? online.slice(0, -1) : [];
  const before = label.filter((c) => c.line !== valueLine);
  const above = [...wordsAbove(lines, before, valueIndex, (line) => isHeaderLine(line, plan), MOST_PIECES_ABOVE - onlineBefore.length), ...onlineBefore].slice(-MOST_PIECES_ABOVE);
  const middle = bare ? [] : online;
  // Words below: lines of words only, up to the next line with a value, a header, or a numbering.
  const below: Array<{ cell: Cell; lineIndex: number; cellIndex: number }> = [];
  for (let l = valueIndex + 1, n = 0; l < lines.length && n < MOST_LINES_BELOW; l++, n++) {
    const line = lines[l];
    // A line of many cells (a row run into one line, a page of separators) is no label's rest.
    if (line === undefined || line.cells.length > MOST_CELLS_ALONE || line.cells.some(isValue) || (isHeaderLine(line, plan) && wordAlone(line) === null)) break;
    const words = line.cells.flatMap((cell, cellIndex) => (cell.kind === 'text' ? [{ cell, lineIndex: l, cellIndex }] : []));
    if (words.some((w) => numberingIn(w.cell) !== null)) break;
    for (const w of words) if (below.length < MOST_PIECES_BELOW) below.push(w);
  }
  if (above.length === 0 && below.length === 0) return null;
  // Only rows later in the form than every row read so far.
  let latest = -1;
  for (const row of plan.rows) if (seen.has(row.path)) latest = Math.max(latest, row.index);
  if (latest >= plan.rows.length - 1) return null;

  /** Each piece once: its matchKey and the numbering it opens with. */
  const piece = (cell: Cell): Piece => ({ cell, key: matchKey(cell.raw), opens: numberingIn(cell) });
  const abovePieces = above.map(piece);
  const middlePieces = middle.map(piece);
  const belowPieces = below.map((w) => piece(w.cell));
  const bareNumbering = bare ? matchKey(bare.raw) : null;

  /**
   * The row the pieces name, with or without the groups' words (`（三）不予`, `公开`): its numbering
   * the bare one, or the one the first of its own pieces opens with (no other piece opening with
   * one: that would be two labels).
   */
  const rowOf = (pieces: readonly Piece[], dropGroups: boolean): { row: PlannedRow; dropped: Cell[] } | null => {
    let key = '';
    let numbering = bareNumbering;
    let first = true;
    /** The group's words left out so far: a piece that goes on with them is the group's too (`（三）不予公` / `开`). */
    let groupWords = '';
    const dropped: Cell[] = [];
    for (const p of pieces) {
      if (dropGroups && (plan.isGroupWord(p.key) || (groupWords !== '' && plan.isGroupWord(groupWords + p.key)))) {
        groupWords += p.key;
        dropped.push(p.cell);
        continue;
      }
      if (p.opens !== null && (bareNumbering !== null || !first)) return null;
      if (first && bareNumbering === null) numbering = p.opens;
      first = false;
      key += p.key;
    }
    if (numbering === null || key === '') return null;
    const named = rowNamed(key, plan);
    if (!named || named.index <= latest || named.numbering !== numbering || !fitsRow(values, named.spec.columns.length)) return null;
    // A piece left out as the group's words that is another row's own words whole (`其他`, of
    // （六）其他处理 and of 3.其他, on the numbers' line: `2.申请人逾期未按收费通知要求缴` / `其他⇥102…`,
    // 3.'s numbering and 2.'s rest lost): the numbers may be that row's.
    if (dropped.some((c) => plan.rows.some((r) => r !== named && wordsOf(r) === matchKey(c.raw)))) return null;
    // Every piece kept prints only the row's own words and its group's (`1.信` / `访举` / `息需`: 息需
    // is of 2.没有现成信息需要另行制作, on the numbers' line): a piece with other words is another
    // label's, the numbers maybe its.
    return pieces.every((p) => dropped.includes(p.cell) || !otherWordsIn(p.key, named)) ? { row: named, dropped } : null;
  };
  /** Each row the words around could name, with the fewest of them: fewest above first, then fewest below. */
  const readings = new Map<PlannedRow, { up: number; down: number; dropped: readonly Cell[] }>();
  for (let up = 0; up <= above.length; up++) {
    for (let down = 0; down <= below.length; down++) {
      const pieces = [...abovePieces.slice(abovePieces.length - up), ...middlePieces, ...belowPieces.slice(0, down)];
      for (const dropGroups of [false, true]) {
        const named = rowOf(pieces, dropGroups);
        if (named && !readings.has(named.row)) readings.set(named.row, { up, down, dropped: named.dropped });
      }
      if (readings.size > 1) return null;
    }
  }
  // Two rows the words could name: which is the numbers' cannot be told.
  const only = readings.size === 1 ? [...readings][0] : undefined;
  if (only === undefined) return null;
  const [row, found] = only;
  // The words right below the numbers, past those taken, the end of another row's own words, not
  // this row's (`3.危及“三安` / `（三）不予公⇥59 …` / `合法权益`, the lines with 3.'s rest and 4.'s
  // start lost): that row's label is centred on these numbers, its start lost. (A piece from the
  // middle of another's, `2.没有现成信息需` / its numbers / `正后`, is that label's start lost with
  // this one's rest: the next label's, below.) Not when the row's numbering stands on the numbers'
  // line (`其他法律` / `2.⇥81 …` / `安全一稳定”`): the numbers are that numbering's.
  const beneath = below[found.down];
  if (bare === null && beneath !== undefined && beneath.lineIndex === valueIndex + 1 && !plan.isGroupWord(matchKey(beneath.cell.raw)) && endsAnother(matchKey(beneath.cell.raw), row, plan)) return null;
  // The words above may instead end the label of the numbers before, when those were read as no
  // row's and the words up to any of the ones taken here make them name a row (`2. 要求` / its
  // numbers / `提供` / `公开` / `出版` / `物` / `3.` / numbers: `物` is 2.'s, not 3.'s).
  if (unread !== null && found.up > 0) {
    let text = labelText(unread);
    // The label's words before the numbers, in order; the check counts from the first word taken.
    const from = above[above.length - found.up];
    let taken = false;
    for (const c of [...before, ...onlineBefore]) {
      text += c.raw;
      taken ||= c === from || (from !== undefined && c.line > from.line);
      if (taken && matchRow(matchKey(text), plan.rows) !== null) return null;
    }
  }
  const upper = above.slice(above.length - found.up);
  const lower = below.slice(0, found.down);
  // Quoted without the groups' words when only without them do the words name the row.
  const quoted = (c: Cell): string[] => (found.dropped.includes(c) ? [] : [c.raw.trim()]);
  const text = [...upper.flatMap(quoted), ...(bare ? [bare.raw.trim()] : middle.flatMap(quoted)), ...lower.flatMap((w) => quoted(w.cell))].join(' ');
  const end = lower.at(-1);
  const resume = end === undefined ? { lineIndex: next, cellIndex: 0 } : { lineIndex: end.lineIndex, cellIndex: end.cellIndex + 1 };
  return { row, label: text, cells: [...values], ...resume, below: lower.length > 0 };
}
