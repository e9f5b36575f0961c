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
 * Read in order, the words above the numbers run into the end of the row before's label, and the
 * words below into the start of the next one's, so no row's label reads whole. This file reads
 * such a row when it is certain: the numbering on the numbers' line is the row's, the words just
 * above and just below it (the group's words left out) together name the row and no other, and
 * the row comes later in the form than every row read so far.
 */
import { ROW_NUMBERING } from '../catalog/lexicon.js';
import { matchKey } from '../normalize/matchKey.js';
import type { Cell, TokenLine } from '../tokens.js';
import { labelText, matchRow, type Label } from './labels.js';
import type { PlannedRow, TablePlan } from './plan.js';
import { fitsRow } from './rowValues.js';

/** The most lines of words below its numbers a label may go on over. */
const MOST_LINES_BELOW = 8;
/** The most pieces of words (cells) above its numbers a label may start with. */
const MOST_PIECES_ABOVE = 6;

const ONLY_NUMBERING = new RegExp(`${ROW_NUMBERING.source}$`);

/** The row's own numbering as the form prints it (`1.` of `（三）不予公开 1.属于国家秘密`), as a matchKey. */
const NUMBERING_OF = new Map<PlannedRow, string | null>();
function numberingOf(row: PlannedRow): string | null {
  let numbering = NUMBERING_OF.get(row);
  if (numbering === undefined) {
    const own = row.spec.label.split(/\s+/).at(-1) ?? '';
    numbering = ROW_NUMBERING.exec(matchKey(own))?.[0] ?? null;
    NUMBERING_OF.set(row, numbering);
  }
  return numbering;
}

/** The group's label (`（三）不予公开`) as a matchKey, or '' for a row of no group. */
const groupKey = (row: PlannedRow): string => (row.keys.length > 1 ? matchKey(row.topLabel) : '');

/** Is a piece (its matchKey) some of the group's label's words (`（三）不予`, `公开`), its column interleaved with the rows'? */
const ofGroup = (key: string, group: string): boolean => group !== '' && key.length >= 2 && group.includes(key);

/** The one word of a line that prints nothing else, which reading passes over when it is a column's label (`其他`). */
function wordAlone(line: TokenLine): Cell | null {
  let word: Cell | null = null;
  for (const c of line.cells) {
    if (c.kind === 'empty') continue;
    if (c.kind !== 'text' || word !== null) return null;
    word = c;
  }
  return word;
}

/**
 * The words above the numbering: the label's cells before it, with the words alone on their lines
 * that reading passed over as column headers among them or right above them (`其他` / `3.⇥80…`:
 * 其他 is a column's label, and 3.其他's).
 */
function wordsAbove(lines: readonly TokenLine[], label: Label, valueIndex: number, isHeader: (line: TokenLine) => boolean): Cell[] {
  const own = label.slice(0, -1);
  const firstLine = own[0]?.line ?? label[0].line;
  const words: Cell[] = [];
  let k = own.length;
  // The label's cells on the numbering's own line (a group's words printed there) come last.
  while (k > 0 && own[k - 1]?.line === lines[valueIndex]?.line) k--;
  const onValueLine = own.slice(k);
  for (let l = valueIndex - 1; l >= 0; l--) {
    const line = lines[l];
    if (line === undefined) break;
    const end = k;
    while (k > 0 && own[k - 1]?.line === line.line) k--;
    if (k < end) {
      words.unshift(...own.slice(k, end));
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
  return [...words, ...onValueLine];
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

/**
 * The row a label centred on its numbers names (see the file's comment), or null. `label` is the
 * text before the numbers, its last cell a bare numbering on the numbers' line; `values` the
 * numbers' line's cells, all on that line; `next` the line index after it.
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
  const numberingCell = label[label.length - 1];
  if (numberingCell === undefined) return null;
  const numbering = matchKey(numberingCell.raw);
  if (!ONLY_NUMBERING.test(numbering)) return null;
  const valueLine = numberingCell.line;
  if (values.some((c) => c.line !== valueLine)) return null;
  // Words above: the label's cells before the numbering (the latest last), at most a few of them,
  // and a word alone on its line that reading passed over as a column header (`其他` / `3.⇥80…`).
  let valueIndex = next - 1;
  while (valueIndex > 0 && (lines[valueIndex]?.line ?? 0) > valueLine) valueIndex--;
  if (lines[valueIndex]?.line !== valueLine) return null;
  const allAbove = wordsAbove(lines, label, valueIndex, (line) => isHeaderLine(line, plan));
  const above = allAbove.slice(-MOST_PIECES_ABOVE);
  // Words below: lines of words only, up to the next line with a value, a header, or a numbering.
  const below: Array<{ cell: Cell; lineIndex: number; cellIndex: number }> = [];
  for (let l = valueIndex + 1, n = 0; l < lines.length && n < MOST_LINES_BELOW; l++, n++) {
    const line = lines[l];
    if (line === undefined || line.cells.some(isValue) || (isHeaderLine(line, plan) && wordAlone(line) === null)) break;
    const words = line.cells.flatMap((cell, cellIndex) => (cell.kind === 'text' ? [{ cell, lineIndex: l, cellIndex }] : []));
    if (words.some((w) => ROW_NUMBERING.test(matchKey(w.cell.raw)))) break;
    below.push(...words);
  }
  if (above.length === 0 && below.length === 0) return null;
  // Only rows later in the form than every row read so far.
  let latest = -1;
  for (const row of plan.rows) if (seen.has(row.path)) latest = Math.max(latest, row.index);
  const candidates = plan.rows.filter((row) => row.index > latest && numberingOf(row) === numbering && fitsRow(values, row.spec.columns.length));
  if (candidates.length === 0) return null;

  /** The pieces' words as one matchKey, and with the group's words left out (`（三）不予`, `公开`). */
  const keysOf = (pieces: readonly Cell[], group: string): [string, string] => {
    let all = '';
    let own = '';
    for (const c of pieces) {
      const k = matchKey(c.raw);
      all += k;
      if (!ofGroup(k, group)) own += k;
    }
    return [all, own];
  };
  let found: { row: PlannedRow; up: number; down: number; group: string } | null = null;
  for (const row of candidates) {
    const group = groupKey(row);
    const names = (key: string): boolean => key !== '' && matchRow(key, plan.rows)?.row === row;
    let best: { up: number; down: number; group: string } | null = null;
    // The fewest words that name the row: fewest lines above first, then fewest below.
    for (let up = 0; up <= above.length && best === null; up++) {
      const [topAll, topOwn] = keysOf(above.slice(above.length - up), group);
      for (let down = 0; down <= below.length; down++) {
        const [bottomAll, bottomOwn] = keysOf(below.slice(0, down).map((w) => w.cell), group);
        if (names(topAll + bottomAll) || names(topOwn + bottomOwn)) {
          // Quoted without the group's words when only without them do the words name the row.
          best = { up, down, group: names(topAll + bottomAll) ? '' : group };
          break;
        }
      }
    }
    if (best === null) continue;
    // Two rows the words could name: which is the numbers' cannot be told.
    if (found !== null) return null;
    found = { row, ...best };
  }
  if (found === null) return null;
  // The words above may instead end the label of the numbers before, when those were read as no
  // row's and the words up to any of the ones taken here make them name a row (`2. 要求` / its
  // numbers / `提供` / `公开` / `出版` / `物` / `3.` / numbers: `物` is 2.'s, not 3.'s).
  if (unread !== null && found.up > 0) {
    let text = labelText(unread);
    for (let i = 0; i < allAbove.length; i++) {
      text += allAbove[i]?.raw ?? '';
      if (i >= allAbove.length - found.up && matchRow(matchKey(text), plan.rows) !== null) return null;
    }
  }
  const upper = above.slice(above.length - found.up);
  const lower = below.slice(0, found.down);
  const group = found.group;
  const quoted = (c: Cell): string[] => (ofGroup(matchKey(c.raw), group) ? [] : [c.raw.trim()]);
  const text = [...upper.flatMap(quoted), numberingCell.raw.trim(), ...lower.flatMap((w) => quoted(w.cell))].join(' ');
  const last = lower.at(-1);
  const resume = last === undefined ? { lineIndex: next, cellIndex: 0 } : { lineIndex: last.lineIndex, cellIndex: last.cellIndex + 1 };
  return { row: found.row, label: text, cells: [...values], ...resume, below: lower.length > 0 };
}
