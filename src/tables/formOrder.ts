/**
 * Part 三 read from its numbers alone, in the order printed, row after row in the form's order.
 *
 * Chromium's PDF of a report, through plain `pdftotext` (or run into one line), prints the
 * table's numbers row by row, left to right, and its labels elsewhere: in blocks between the rows'
 * numbers, each label in pieces (`属于国家` / `秘密` / `1.`). A number centred beside a label that
 * wraps over three lines comes out among that label's pieces instead (`危及“三 69` / `安全一稳定”`),
 * after the numbers of the rows printed beside the label's other lines.
 *
 * Read so: the numbers are exactly the table's cells (every row printed, or every row but those a
 * group printed as one row leaves out), and taken row after row every row's own sums and every
 * column's equations hold. When they do not as printed, each number is tried in each other place:
 * the one place where they all hold puts it back (the same numbers in other places, zeros trading
 * places, being one reading); every row's sums holding as printed, only a move inside a row is
 * tried (the columns alone tell). The numbers one short of the cells (plain pdftotext of a bordered
 * table prints its last column apart: 四、结转下年度继续办理's 总计 after part 四's heading), a gap is
 * tried in each place, its number what its row's sums make it: the one place where every row and
 * column then holds is the gap's, its cell left empty (`cell-count`, as a cell the column rules
 * locate), the other cells read; no place fitting so, a gap and one number out of place inside its
 * row are tried together. The numbers one more than the cells (a page's number printed where a
 * page break cuts the table), the one number whose leaving out makes every row and column hold is
 * no cell, and is not read. Two such places giving different tables, a mark or digits run
 * together anywhere among the numbers, or another count, decide nothing. The
 * arithmetic holding in every row and column at once is what makes the reading certain: a number
 * of another row, or one column over, breaks a row's sum or a column's.
 *
 * What the arithmetic cannot tell is two whole rows of outcomes trading places: every row and
 * column still adds up. The reading rests on the print giving the rows in the form's order, as a
 * page read top to bottom does, and blocks.ts's rows of single numbers and pairing's labels first
 * rest on it too. Where a label names no row of the form (a row of another wording, which may stand
 * in place of one of the form's), that order says nothing, and the table is not read so.
 */
import { ROW_NUMBERING } from '../catalog/lexicon.js';
import type { TableRows, TableValue } from '../catalog/types.js';
import { aboutPaths, diagnostic, type DiagnosticCode, type PendingDiagnostic } from '../diagnostics.js';
import { matchKey } from '../normalize/matchKey.js';
import type { TokenLine } from '../tokens.js';
import { PLACEHOLDER } from '../tokenize/rules.js';
import { piecesOf } from './aroundNumbers.js';
import { rowSets } from './blocks.js';
import type { TableResult } from './buildTable.js';
import { columnBalance, type ColumnRule, type RowState } from './crossRows.js';
import { fillFromWhole, readAll } from './fillUnread.js';
import { hanOf, inPieces } from './labels.js';
import type { PlannedRow, TablePlan } from './plan.js';
import { groupsAddUp } from './rowValues.js';

/** What the row-by-row reading says of a cell printed, but not as a number, or of a row printed a cell short. */
const PRINTED_SHORT: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['blank-cell', 'placeholder-cell', 'not-a-number', 'cell-count']);

/** A number and the line it is printed on. */
interface Placed {
  value: number;
  line: number;
}

/** The table read: its rows' values, the line each row's first number is printed on, and the number put back in its place (null when none was). */
interface OrderReading {
  rows: readonly PlannedRow[];
  values: ReadonlyArray<ReadonlyArray<number | null>>;
  lines: readonly number[];
  numbers: number;
  first: number;
  last: number;
  moved: { value: number; line: number; row: string; column: string } | null;
  /** The number among them that is no cell (oneExtra), not read; null when none is. */
  extra: { value: number; line: number } | null;
  /** The cell whose number is not among them (oneGap), left empty, and its row's path; null when none is. */
  gap: { row: string; column: string; path: string } | null;
}

/** Does an order of the numbers, row after row, hold every row's own sums and every column's equations? */
type Holds = (order: readonly Placed[]) => boolean;

/** Does an order of the numbers, row after row, hold every row's own sums? */
const rowsHold = (order: readonly Placed[], rows: readonly PlannedRow[], width: number): boolean =>
  rows.every((row, r) => groupsAddUp(order.slice(r * width, (r + 1) * width).map((c) => c.value), row.sumGroups));

/** The check `Holds` for the table of `rows` (those of the form not printed, `absent`, counting 0). */
function checker(rows: readonly PlannedRow[], width: number, rules: readonly ColumnRule[], absent: ReadonlySet<string>): Holds {
  const index = new Map(rows.map((row, r) => [row.path, r]));
  return (order) => {
    const valuesOf = (r: number): number[] => order.slice(r * width, (r + 1) * width).map((c) => c.value);
    if (!rowsHold(order, rows, width)) return false;
    const stateOf = (path: string): RowState | undefined => {
      if (absent.has(path)) return { kind: 'known', values: [] };
      const r = index.get(path);
      return r === undefined ? undefined : { kind: 'known', values: valuesOf(r) };
    };
    for (let c = 0; c < width; c++) if (!rules.every((rule) => columnBalance(rule, c, stateOf) === 0)) return false;
    return true;
  };
}

/** The rows (their index) whose own sums fail with the numbers taken row after row as printed. */
const failingRows = (numbers: readonly Placed[], rows: readonly PlannedRow[], width: number): number[] =>
  rows.flatMap((row, r) => (groupsAddUp(numbers.slice(r * width, (r + 1) * width).map((c) => c.value), row.sumGroups) ? [] : [r]));

/** A number put back in its place: the order then, the number, and its place in the order. */
interface Move {
  order: Placed[];
  moved: Placed;
  at: number;
}

/**
 * The one order (by values) in which every row and column holds after one of `moves` (a number
 * taken from one place and put at another), the number moved and its place; null when none or
 * several do.
 */
function onlyMove(numbers: readonly Placed[], holds: Holds, moves: Iterable<readonly [from: number, to: number]>): Move | null {
  let found: (Move & { key: string }) | null = null;
  for (const [from, to] of moves) {
    const order = [...numbers];
    const [moved] = order.splice(from, 1);
    if (moved === undefined) continue;
    order.splice(to, 0, moved);
    if (!holds(order)) continue;
    const key = order.map((c) => c.value).join(' ');
    if (found !== null && found.key !== key) return null;
    found ??= { order, moved, at: to, key };
  }
  return found;
}

/**
 * The numbers with one of them put back in its place: the one order (by values) in which they all
 * hold, the number moved and its place; null when none or several do.
 */
function oneMoved(numbers: readonly Placed[], rows: readonly PlannedRow[], width: number, holds: Holds): Move | null {
  const n = numbers.length;
  // A move shifts only the numbers between its two places: a row outside them that fails as printed fails after it too.
  const failing = failingRows(numbers, rows, width);
  // Every row's sums hold as printed, and a column's do not: a number printed out of place inside its row.
  if (failing.length === 0) return movedInRow(numbers, rows, width, holds, null);
  const firstBad = (failing[0] ?? 0) * width;
  const lastBad = ((failing.at(-1) ?? rows.length - 1) + 1) * width - 1;
  function* moves(): Generator<readonly [number, number]> {
    for (let from = 0; from < n; from++) {
      for (let to = 0; to < n; to++) if (to !== from && Math.min(from, to) <= firstBad && Math.max(from, to) >= lastBad) yield [from, to];
    }
  }
  return onlyMove(numbers, holds, moves());
}

/**
 * The numbers, every row's own sums holding, with one of them put back in its place inside its row
 * (which keeps the row's sums: only the columns tell): a row's first number printed after the next
 * column's, as plain pdftotext prints a cell beside header words of several lines. The one order
 * (by values) in which every column holds too; null when none or several do. `fixed` is not moved.
 */
function movedInRow(numbers: readonly Placed[], rows: readonly PlannedRow[], width: number, holds: Holds, fixed: Placed | null): Move | null {
  function* moves(): Generator<readonly [number, number]> {
    for (let r = 0; r < rows.length; r++) {
      for (let from = r * width; from < (r + 1) * width; from++) {
        if (numbers[from] === fixed) continue;
        for (let to = r * width; to < (r + 1) * width; to++) if (to !== from) yield [from, to];
      }
    }
  }
  return onlyMove(numbers, holds, moves());
}

/** More gap places than this fitting every row's sums but not the columns: too many for one number moved inside its row to tell apart. */
const MOST_GAPS_TO_MOVE = 3;

/**
 * The numbers one more than the table's cells, one of them no cell (a page's number printed where
 * a page break cuts the table, `2` between two rows' numbers): the one number whose leaving out
 * makes every row and every column hold as printed (the same numbers left, whichever of equal ones
 * it is, being one reading); null when none or several do.
 */
function oneExtra(numbers: readonly Placed[], holds: Holds): { order: Placed[]; extra: Placed } | null {
  let found: { order: Placed[]; extra: Placed; key: string } | null = null;
  for (const [at, extra] of numbers.entries()) {
    const order = [...numbers.slice(0, at), ...numbers.slice(at + 1)];
    if (!holds(order)) continue;
    const key = order.map((c) => c.value).join(' ');
    if (found !== null && found.key !== key) return null;
    found ??= { order, extra, key };
  }
  return found;
}

/** A text's Chinese characters, its row numbering aside (`（一）` is Chinese too). */
const hans = (text: string): string => hanOf(matchKey(text).replace(ROW_NUMBERING, ''));

const FORM_WORDS = new WeakMap<TablePlan, readonly string[]>();

/**
 * The Chinese characters of every label the form prints whole in the table: each row's (its
 * group's label and its own, spec.label, then its note), each column's, and TableSpec.printedWords.
 * Found once a plan.
 */
function formWords(plan: TablePlan): readonly string[] {
  const known = FORM_WORDS.get(plan);
  if (known !== undefined) return known;
  const printed = [...plan.rows.map((row) => `${row.spec.label}${row.spec.note ?? ''}`), ...plan.columnLabels, ...(plan.table.spec.printedWords ?? [])];
  const words = printed.map(hans).filter((h) => h !== '');
  FORM_WORDS.set(plan, words);
  return words;
}

/**
 * Does a label the row-by-row reading found no row for print words of no label of the form: a
 * word (its Chinese characters, its numbering aside) that is not pieces of rows', groups', notes'
 * or columns' labels one after another, nor of the other words the form prints in the table
 * (TableSpec.printedWords), nor a header word? Pieces of the form's labels jumbled together (`本年 开`,
 * `1.属于国家秘密 （三）不 予公开 （四）无`) are the form's rows printed in pieces; `（一）同意公开`
 * is a row of another wording.
 */
function foreign(label: string, plan: TablePlan): boolean {
  const pool = formWords(plan);
  return label.split(/\s+/).some((word) => {
    const han = hans(word);
    return han !== '' && !plan.isHeaderWord(matchKey(word)) && !inPieces(han, pool);
  });
}

/**
 * The numbers one short of the table's cells, one cell's number printed elsewhere or lost (plain
 * pdftotext of a bordered table prints its last column apart, `四、结转下年度继续办理`'s 总计 after
 * part 四's heading): the one place for the gap where, its number taken as its row's sums make it,
 * every row and every column holds; null when none or several places do (zeros anywhere). When no
 * place does, but a few make every row's sums hold, one number may also stand out of place inside
 * its row (plain pdftotext of LibreOffice's borderless print: 一、本年新收…'s 法律服务机构 before
 * 科研机构): movedInRow at each of those places, the one reading found taken the same way.
 */
function oneGap(numbers: readonly Placed[], rows: readonly PlannedRow[], width: number, holds: Holds): GapReading | null {
  // Rows before the gap read as printed: the gap is in the first row that fails so, or before it.
  const lastRow = failingRows(numbers, rows, width)[0] ?? rows.length - 1;
  const found: GapReading[] = [];
  /** Places where every row's sums hold with the gap, a column's do not: the table filled there, and the gap. */
  const rowsOnly: Array<{ filled: Placed[]; gap: Placed }> = [];
  for (let at = 0; at <= numbers.length; at++) {
    const r = Math.floor(at / width);
    const row = rows[r];
    if (r > lastRow) break;
    const [total] = row?.sumGroups ?? [];
    if (row === undefined || total !== width) continue;
    // The row's printed numbers, the gap among them; its number as the row's sum makes it: its 总计,
    // or what its 总计 leaves of the others.
    const printed = numbers.slice(r * width, r * width + width - 1).map((c) => c.value);
    const column = at % width;
    const cells = [...printed.slice(0, column), null, ...printed.slice(column)];
    const parts = cells.slice(0, width - 1).reduce<number>((a, b) => a + (b ?? 0), 0);
    const value = column === width - 1 ? parts : (cells[width - 1] ?? 0) - parts;
    if (!Number.isInteger(value) || value < 0) continue;
    const gap: Placed = { value, line: -1 };
    const filled = [...numbers.slice(0, at), gap, ...numbers.slice(at)];
    if (holds(filled)) found.push(gapReading(filled, gap, null));
    else if (rowsHold(filled, rows, width)) rowsOnly.push({ filled, gap });
  }
  // Fewest repairs first: a gap alone, else a gap and one number out of place inside its row (a
  // move inside a row keeps every row's sums: the columns alone tell, and with too many places to
  // try they tell too little).
  if (found.length === 0 && rowsOnly.length <= MOST_GAPS_TO_MOVE) {
    for (const { filled, gap } of rowsOnly) {
      const moved = movedInRow(filled, rows, width, holds, gap);
      if (moved !== null) found.push(gapReading(moved.order, gap, moved));
    }
  }
  const [first] = found;
  return first !== undefined && found.every((f) => f.key === first.key) ? first : null;
}

/** A table read with a gap: its order, the gap's place (its cell null), the number moved inside its row if one was, and the values as a key (`_` for the gap). */
interface GapReading {
  order: Array<Placed | null>;
  at: number;
  moved: Move | null;
  key: string;
}

function gapReading(filled: readonly Placed[], gap: Placed, moved: Move | null): GapReading {
  const order = filled.map((c) => (c === gap ? null : c));
  return { order, at: order.indexOf(null), moved, key: order.map((c) => c?.value ?? '_').join(' ') };
}

/** The table read from its numbers in the order printed (the module's rules), or null. */
function readFormOrder(lines: readonly TokenLine[], plan: TablePlan): OrderReading | null {
  const width = plan.rows[0]?.spec.columns.length ?? 0;
  if (width < 2 || plan.columnRules.length === 0 || plan.rows.some((row) => row.spec.columns.length !== width)) return null;
  const pieces = piecesOf(lines, plan);
  const numbers: Placed[] = [];
  const most = plan.rows.length * width;
  for (const piece of pieces) {
    if (numbers.length > most + 1) return null;
    // A mark where a number may stand (`—`, `/`, `无`, among the words of a report run into one line): a cell that is no count.
    if (piece.kind === 'stop' || (piece.kind === 'word' && PLACEHOLDER.test(piece.raw))) return null;
    if (piece.kind === 'number') numbers.push({ value: piece.value, line: piece.line });
  }
  const readings: OrderReading[] = [];
  for (const rows of rowSets(plan)) {
    const cellCount = rows.length * width;
    if (Math.abs(numbers.length - cellCount) > 1) continue;
    const absent = new Set(plan.rows.filter((row) => !rows.includes(row)).map((row) => row.path));
    const whole = numbers.length === cellCount;
    const holds = checker(rows, width, plan.columnRules, absent);
    const straight = whole && holds(numbers);
    const put = whole && !straight ? oneMoved(numbers, rows, width, holds) : null;
    const gap = numbers.length === cellCount - 1 ? oneGap(numbers, rows, width, holds) : null;
    const extra = numbers.length === cellCount + 1 ? oneExtra(numbers, holds) : null;
    const order: ReadonlyArray<Placed | null> | undefined = straight ? numbers : (put?.order ?? gap?.order ?? extra?.order);
    if (order === undefined) continue;
    const cells = rows.map((_, r) => order.slice(r * width, (r + 1) * width));
    /** The row and column of a place among the cells. */
    const place = (at: number): { row: string; column: string; path: string } | null => {
      const row = rows[Math.floor(at / width)];
      const column = row?.spec.columns[at % width];
      return row === undefined || column === undefined ? null : { row: row.spec.label, column: column.label, path: row.fullPath };
    };
    const move = put ?? gap?.moved ?? null;
    const moved = move === null ? null : place(move.at);
    readings.push({
      rows,
      values: cells.map((c) => c.map((p) => p?.value ?? null)),
      lines: cells.map((c) => c.find((p) => p !== null)?.line ?? 0),
      numbers: numbers.length,
      first: numbers[0]?.line ?? 0,
      last: numbers.at(-1)?.line ?? 0,
      moved: move === null || moved === null ? null : { value: move.moved.value, line: move.moved.line, row: moved.row, column: moved.column },
      extra: extra === null ? null : { value: extra.extra.value, line: extra.extra.line },
      gap: gap === null ? null : place(gap.at),
    });
  }
  return readings.length === 1 ? (readings[0] ?? null) : null;
}

/**
 * `read` (part 三 read row by row, and the other ways), its unread rows taken from its numbers in
 * the order printed (readFormOrder), when that reading is certain and agrees with every cell `read`
 * did read; else null, and `read` stands.
 */
export function withFormOrder<Rows extends TableRows>(lines: readonly TokenLine[], plan: TablePlan<Rows>, read: TableResult<TableValue<Rows>>): TableResult<TableValue<Rows>> | null {
  if (readAll(plan, read)) return null;
  // A label that names no row of the form (`（一）同意公开`): the table may print rows the form does
  // not have, in place of its own, and then the order of its numbers says nothing.
  if (read.diagnostics.some((d) => d.code === 'unknown-row' && foreign(String((d.params as { label?: unknown }).label ?? ''), plan))) return null;
  // A row printed on one line with its label, its numbers the column rules' in another order
  // (cell-count `orderLine`): a number moved back into its place would mend a conversion's print,
  // or a misprint of the report's as readily; the row stays unread, and so does the table.
  if (read.diagnostics.some((d) => d.message === 'cell-count.unchecked' && d.params.why === 'orderLine')) return null;
  const reading = readFormOrder(lines, plan);
  if (reading === null) return null;
  // The numbers one short because a cell is printed blank, as a mark or as words, or printed short
  // (the row-by-row reading says which): the gap is that cell, the report's own, and what it says
  // of it stands (a blank where the row's sums want 57 is the report's error, not a number lost).
  // But the gap's own row read a cell short (`cell-count`) is the number printed apart, which the
  // gap says too: the two readings then agree on its cells (fillFromWhole takes none that differ).
  const gapRow = reading.gap === null ? null : new Set([reading.gap.path]);
  if (gapRow !== null && read.diagnostics.some((d) => PRINTED_SHORT.has(d.code) && !(d.code === 'cell-count' && aboutPaths(d, gapRow)))) return null;
  // Every number of the table is read now: the labels the row-by-row reading took for no row's
  // (`本年 开`, the form's words in pieces, none of another wording) left no values unread.
  const stale = (d: PendingDiagnostic): boolean => d.code === 'unknown-row';
  return fillFromWhole(plan, read, reading, (row, values, line) => {
    const params = { row: row.spec.label, read: values, numbers: reading.numbers, first: reading.first, last: reading.last, moved: reading.moved, extra: reading.extra, gap: reading.gap && { row: reading.gap.row, column: reading.gap.column } };
    const note = diagnostic('recovered-pairing', 'recovered-pairing.formOrder', params, row.fullPath, line);
    // The gap's cell, left empty: unknown to the checks, as a cell the table's rules located.
    const gap = values.findIndex((v) => v === null);
    const column = row.spec.columns[gap];
    if (gap < 0 || column === undefined) return { note };
    const quoted = values.flatMap((v) => (v === null ? [] : [String(v)]));
    const located = diagnostic('cell-count', 'cell-count.located', { row: row.spec.label, printed: quoted.length, cells: values.length, quoted, column: column.label }, `${row.fullPath}.${column.key}`, line);
    return { note, more: [located] };
  }, stale);
}
