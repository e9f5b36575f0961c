/**
 * The generic row reader every table uses. It walks a region's cells in reading order; a run of
 * text cells followed by values is a row label, matched against the catalog's RowSpecs; the
 * values after it (on the same line, or on the following lines when the label stands alone) are
 * the row's cells. This absorbs tab rows, one cell per line, labels split over lines, labels on
 * one line with numbers on the next, and merged-cell filler, without knowing which layout it is.
 *
 * What it cannot pair by reading alone it hands on as it was printed, for pairing.ts to pair only
 * where that is certain: labels of several rows printed one after another before their numbers
 * (`labels`), and numbers printed with no label before them (`values`). Nothing is given to a row
 * here that is not printed right after its label; numbers a row cannot hold (more than its cells,
 * over lines) make it unreadable rather than cut to fit.
 */
import { diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import { CHINESE, matchKey } from '../normalize/matchKey.js';
import { ROW_NUMBERING, ROW_NUMBERING_ALONE, ROW_NUMBERING_ANYWHERE } from '../catalog/lexicon.js';
import { SMALL_TABLE_HEADING } from '../catalog/activeDisclosure.js';
import type { Cell, TokenLine } from '../tokens.js';
import { cellOf, isLabel, labelText, labelUnits, lastOf, matchLabel, matchRow, OPENING_WORDS, openingOf, otherWordsIn, ownLabel, restOfLabel, withoutGroupPieces, wordUnits, type Label, type RowLabel, type RowMatch } from './labels.js';
import type { PlannedRow, TablePlan } from './plan.js';
import { edgeFits, fitsRow, groupsAddUp, numberCells, numbersIn, SPACED_NUMBERS } from './rowValues.js';
import { centredLabel } from './centredLabel.js';

export interface FoundRow extends RowLabel {
  /** The printed cells after the label, before fitting to the row's cell count. */
  cells: Cell[];
  /**
   * Column headers stand between the label and the values (`行政复议` / `结果维持 … 总计` / the
   * numbers): the label heads a small table of its own.
   */
  headed: boolean;
  /**
   * The line the label ends on, when its values may start on a later one (a label printed apart
   * from its numbers): whether they do, buildTable's `unsure` asks.
   */
  labelEnd?: number;
  /**
   * The line of another print of the row that reads as well as this one, with other numbers (lines
   * printed twice in conversion lend a row another row's numbers): which is the row's cannot be
   * told. buildTable leaves such a row null.
   */
  twice?: number;
  /**
   * Another print of the row, where the form puts it, with other numbers or none, when
   * this one stands among rows the form puts before it (between `before` and `after`, in the
   * form's order with each other): a label printed astray, its numbers maybe another row's. Or
   * printed once so (no `other`), its numbers apart from its label. buildTable leaves such a row null.
   */
  astray?: { other?: number; before: string; after: string };
  /**
   * How many labels were printed with no numbers right before this one, whose line of numbers it
   * is (labels first, the last one's line joined to the numbers): the numbers may be any of theirs.
   * buildTable leaves such a row null.
   */
  labelsBefore?: number;
  /**
   * Numbers printed on lines of their own right before the label's own words that no row took
   * (numbers with no label, or under column headers): a row's worth of them may be this row's,
   * its label printed after its numbers (plain pdftotext of a page whose labels are centred in
   * their cells). buildTable's `unsure` asks.
   */
  numbersBefore?: Cell[];
  /**
   * Numbers on lines after the label of a row printed again, not kept, right before this label's
   * own words, and the row (`of`) whose print was kept. No row's, as are numbers no label came
   * before (`numbersBefore`), only where that print's own numbers are in doubt the same way
   * (buildTable's `unsure`): otherwise they are a copy of that row's.
   */
  numbersAgain?: { cells: Cell[]; of: FoundRow };
  /**
   * The numbers right before the label's own words of a run of labels printed apart from them,
   * which do not split into a row's worth each (so no `numbersBefore`): all of them. buildTable
   * asks only of a row printed twice, which of its prints is its.
   */
  stretchBefore?: Cell[];
  /**
   * The line the row's label begins on, group labels before its own words included (`三、本年度办理
   * 结果` / `（一）予以公开`), column headers not.
   */
  labelStart?: number;
  /**
   * The label wraps around its numbers, words after them completing it (`2.其他法律行政法规禁止公` /
   * `137` / `开` / …): it is printed before them, not after another row's.
   */
  wrapped?: true;
  /**
   * The words (a matchKey, group labels' pieces aside) of the label right before this one that was
   * read as no row's with the numbers after it (`unknown-row`): where this label is its row's end
   * alone, maybe its start, split around the row's numbers (`…5.要求行政机关（五）确认` / numbers /
   * `不予处 或重` / `0` / `新出` / `具已获取信息`).
   */
  unknownBefore?: string;
}


/** The value cells one line prints (blank cells among them as printed). */
export interface ValueLine {
  line: number;
  cells: Cell[];
}

/** What a table's region prints, in reading order, as the reader could tell it apart. */
export type ReadItem =
  /** A label and the values printed right after it. */
  | { kind: 'row'; row: FoundRow }
  /**
   * Labels of several rows printed one after another, then the values of them all (up to the
   * next label), or no values at all (`null`: labels printed after their numbers, or alone).
   */
  | {
      kind: 'labels';
      labels: RowLabel[];
      values: ValueLine[] | null;
      /** Its values come after a line of column headers (a small table of its own): they are its, not a label's printed before them. */
      headed?: true;
    }
  /** Values printed with no label before them. */
  | { kind: 'values'; lines: ValueLine[] };

export interface ReadRowsResult {
  items: ReadItem[];
  /** The rows read as a label and its values (the `row` items), one per row of the form. */
  rows: FoundRow[];
  diagnostics: PendingDiagnostic[];
}

/**
 * Words printed in the first value cells of a row, on the values' line after the row's own label
 * (`(一) 予以公开⇥abc⇥25⇥…`), read as more label. They are cells when, and only when, the row then
 * has exactly its column count (trailing filler aside); a bracketed word (`（件）`) stays label.
 * Returns how many of the label's last cells are such words; `after` is the first label cell past
 * the matched words.
 */
function strayWords(label: Label, after: number, cells: readonly Cell[], n: number, valueLine: number, row: PlannedRow): number {
  let stray = 0;
  for (let i = label.length - 1; i >= after; i--) {
    const cell = label[i];
    if (cell === undefined || cell.line !== valueLine || /^[(（[【].*[)）\]】]$/.test(cell.raw.trim())) break;
    // Words of the row's own label as the form prints it, or of its group's, stay label (`理     纳费用、
    // 行政机关不再处理其政府 136 98 104 58 23`, a line cut short: no two cells and five numbers).
    if (labelPiece(cell, row)) break;
    stray++;
  }
  if (stray === 0) return 0;
  let printed = cells.length;
  while (cells[printed - 1]?.kind === 'empty') printed--;
  return printed < n && printed + stray === n ? stray : 0;
}

/** Is a matchKey a piece of the row's label as the form prints it (the rest the catalog shortens, and its note, with it)? */
const ownPiece = (key: string, row: PlannedRow): boolean => key !== '' && row.wholeKey.includes(key);

/** Are a cell's words a piece of the row's label as the form prints it, or of its group's? */
function labelPiece(cell: Cell, row: PlannedRow): boolean {
  const key = matchKey(cell.raw);
  return ownPiece(key, row) || (key !== '' && row.groupKey?.includes(key) === true);
}

/**
 * Is a text cell after a row's numbers on its label's line a piece of its own label (two characters
 * or more: `…4350 509311959⇥公开申请数量`), its rest, no cell of it?
 */
function restOfOwn(cell: Cell, row: PlannedRow): boolean {
  const key = matchKey(cell.raw);
  return [...key].length >= 2 && ownPiece(key, row);
}

/** How a row's label opens (openingOf), three words at least (`4.保护第`, `1.申请人无`): a label opening so inside other words is that row's. */
function openingIn(row: PlannedRow, rows: readonly PlannedRow[]): string {
  const opening = openingOf(row, rows);
  return row.numbering === null ? opening : row.ownKey.slice(0, Math.max(opening.length, row.numbering.length + OPENING_WORDS));
}

/** Does `opening` stand in the key, not run on from digits before it (`1.申请人` in `001.申请人…`, a numbering misprinted)? */
function opensIn(key: string, opening: string): boolean {
  for (let at = key.indexOf(opening); at >= 0; at = key.indexOf(opening, at + 1)) if (at === 0 || !/\d/.test(key.charAt(at - 1))) return true;
  return false;
}

/**
 * How a print of a row reads: whether its cells fit the row's count (fitsRow), and, for a row with
 * arithmetic printed as separate numbers, whether a fit's sums `add` up or all `fail` (`unknown`:
 * no arithmetic, or cells to be cut, rowValues' to try). Of two prints of a row, a later one
 * replaces the first when the first does not fit and it does (a header line with dashes first),
 * or when the first's sums fail and its own add up (a line duplicated in conversion lends a row
 * another row's numbers: `4.无正当理由大量反复申请 102` / `45` / then 3.'s `40` … `519`).
 */
function printOf(row: FoundRow): Print {
  const n = row.planned.spec.columns.length;
  if (!fitsRow(row.cells, n)) return { fits: false, sums: 'unknown' };
  const groups = row.planned.sumGroups;
  const fits = edgeFits(row.cells, n);
  if (groups.length === 0 || fits.length === 0) return { fits: true, sums: 'unknown' };
  // A number glued to the label (`…申请 102`) is one cell; a run with spaces is for cutting.
  const value = (c: Cell): number | null => (c.kind === 'number' ? c.value : c.kind === 'digits' ? (/^\d+$/.test(c.raw.trim()) ? Number(c.raw.trim()) : null) : 0);
  if (row.cells.some((c) => value(c) === null)) return { fits: true, sums: 'unknown' };
  return { fits: true, sums: fits.some((fit) => groupsAddUp(fit.map((c) => value(c) ?? 0), groups)) ? 'add' : 'fail' };
}

/**
 * The row read with its first number's start taken for its numbering, when its label is printed
 * without its numbering and its first cell is that numbering run into a number (`其他 3.14 17 17
 * 12 4 121 185`: pdftotext -layout printing 3.其他's numbering after its words, right before 14),
 * and the row then adds up: a count is never 3.14, and the numbering is the row's own. Null when
 * not so (the cell stays as printed, not a count).
 */
function numberingRunIn(row: FoundRow): { row: FoundRow; note: PendingDiagnostic } | null {
  const { numbering, spec } = row.planned;
  if (numbering === null || !/^\d+\.$/.test(numbering)) return null;
  // The cell first: take() asks of every print of a row, and a label may be long.
  const at = row.cells.findIndex((c) => c.kind !== 'empty');
  const cell = row.cells[at];
  const column = spec.columns[0];
  if (cell?.kind !== 'number' || !/[.．]/.test(cell.raw) || column === undefined || column.unit !== undefined || cell.cut !== undefined) return null;
  const rest = matchKey(cell.raw);
  if (!rest.startsWith(numbering) || !/^\d+$/.test(rest.slice(numbering.length)) || matchKey(row.label).includes(numbering)) return null;
  const raw = rest.slice(numbering.length);
  const cells = row.cells.with(at, { kind: 'number', raw, value: Number(raw), line: cell.line });
  const read = { ...row, cells };
  if (printOf(read).sums !== 'add') return null;
  const note = diagnostic('recovered-digits', 'recovered-digits.numbering', { row: row.label, printed: cell.raw, numbering, read: raw }, row.planned.fullPath, cell.line);
  return { row: read, note };
}

interface Print {
  fits: boolean;
  sums: 'add' | 'fail' | 'unknown';
}

/** Do two prints of a row print the same cells, blanks aside? */
function sameNumbers(a: readonly Cell[], b: readonly Cell[]): boolean {
  const printed = (cells: readonly Cell[]): string[] => cells.filter((c) => c.kind !== 'empty').map((c) => c.raw.trim());
  const x = printed(a);
  const y = printed(b);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

// A later print whose sums fail does not replace one that does not fit: it may hold a number not
// its own (a line printed twice: `…33 / 405 / 405`), which its failing sums say.
const readsBetter = (later: Print, first: Print): boolean =>
  (!first.fits && later.fits && later.sums !== 'fail') || (first.sums === 'fail' && later.sums === 'add');

/** A cell that prints a value (a number, a mark such as `—`, or run-together digits). */
export const isValue = (c: Cell): boolean => c.kind === 'number' || c.kind === 'placeholder' || c.kind === 'digits';

const hasValue = (cells: readonly Cell[]): boolean => cells.some(isValue);

/**
 * Is this line one of the table's column headers: words only, each a column label or a header
 * word of the table (plan.isHeaderWord), or a line a markdown separator row follows? A header is
 * never a row's label, wherever it is printed (a page break repeats it, a converter puts one at
 * each small table).
 */
function isHeaderLine(line: TokenLine, plan: TablePlan): boolean {
  let words = 0;
  for (const c of line.cells) {
    if (c.kind === 'empty') continue;
    if (c.kind !== 'text') return false;
    words++;
  }
  if (words === 0) return false;
  if (line.header) return true;
  for (const c of line.cells) if (c.kind === 'text' && !plan.isHeaderWord(matchKey(c.raw))) return false;
  return true;
}

/**
 * Is every word of the label a header word, a piece of a column's label (`本年新公开`, `数量`, or
 * the last character of one, `量`: headers a converter broke up), or the heading of a part 二
 * table (`第二十条第（一）项`)?
 */
function headerPieces(label: readonly Cell[], plan: TablePlan): boolean {
  return label.every((c) =>
    c.raw.split(/\s+/).every((word) => {
      const key = matchKey(word);
      if (key === '' || plan.isHeaderWord(key) || SMALL_TABLE_HEADING.test(key)) return true;
      return plan.columnLabels.some((column) => (key.length >= 2 ? column.includes(key) : column.endsWith(key)));
    }),
  );
}

/** Is the label two words or more, each a header word or a piece of a column's label (headerPieces)? */
function headerPiecesOnly(label: readonly Cell[], plan: TablePlan): boolean {
  let words = 0;
  for (const c of label) for (const w of c.raw.split(/\s+/)) if (w !== '') words++;
  return words >= 2 && headerPieces(label, plan);
}

/**
 * Is a header-word line the rest of a label wrapped over lines (`（七）` / `总计`, `3.其` / `他`)
 * rather than a header? When it prints one word, the label's last line names no row, and the two
 * together name a row whose words start on the label's line (or the label's line is a numbering
 * alone). A group label before a header (`（三）不予公开` / `总计`) is not completed so: the row's
 * words would start in the header word.
 */
function endsLabel(label: readonly Cell[], line: TokenLine, plan: TablePlan): boolean {
  if (line.header || label.length === 0) return false;
  const words = line.cells.filter((c) => c.kind === 'text');
  const [word] = words;
  if (words.length !== 1 || word === undefined) return false;
  const lastLine = label.at(-1)?.line;
  let text = '';
  for (const c of label) if (c.line === lastLine) text += c.raw;
  const key = matchKey(text);
  if (matchRow(key, plan.rows)) return false;
  const joined = matchRow(key + matchKey(word.raw), plan.rows);
  if (!joined) return false;
  return joined.start < key.length || ROW_NUMBERING_ALONE.test(key);
}

/**
 * Do header words follow the row's own words in its label (`未经复议直接起诉 结果维 持 结果纠 正 …`,
 * headers a converter broke into pieces, in the label's cells after the matched words or in the
 * matched cell itself, as a report run into one line prints them)? Two or more of the row's
 * column labels in the label's words after the matched ones.
 */
function headerInLabel(label: Label, match: RowMatch, plan: TablePlan): boolean {
  const key = matchKey(labelText(label));
  if (key.length <= match.end) return false;
  const after = key.slice(match.end);
  let found = 0;
  for (const column of plan.columnLabels) if (after.includes(column) && ++found >= 2) return true;
  return false;
}

/** Values and the lines they come from: an area of value lines, and where reading resumes after it. */
interface Area {
  lines: ValueLine[];
  lineIndex: number;
  cellIndex: number;
}

/**
 * The values from (li, ci) on, line by line, up to the next text that is not a header line (the
 * values before that text on its line included); header lines between them are passed over (a
 * column's header word before its numbers). Lines that print no value are left out. The area ends
 * at cell 0 of a later line whose text follows blank cells only.
 */
function gatherArea(lines: readonly TokenLine[], li: number, ci: number, plan: TablePlan): Area {
  const out: ValueLine[] = [];
  for (let l = li, from = ci; l < lines.length; l++, from = 0) {
    const line = lines[l];
    if (line === undefined) break;
    if (from === 0 && l > li && isHeaderLine(line, plan)) continue;
    let t = from;
    while (t < line.cells.length && line.cells[t]?.kind !== 'text') t++;
    const cells = from === 0 && t === line.cells.length ? line.cells : line.cells.slice(from, t);
    if (hasValue(cells)) out.push({ line: line.line, cells });
    // Text on a later line after blank cells only (a table's blank group column, `⇥⇥重新出具已`)
    // starts its line, as text with nothing before it does: the values ended on the line before.
    if (t < line.cells.length) return { lines: out, lineIndex: l, cellIndex: l > li && !hasValue(cells) ? 0 : t };
  }
  return { lines: out, lineIndex: lines.length, cellIndex: 0 };
}

/** The lines from `li` on that print values and no text, up to the first that prints text. */
function valueLinesAt(lines: readonly TokenLine[], li: number): Area {
  const out: ValueLine[] = [];
  let l = li;
  for (let line = lines[l]; line !== undefined; line = lines[++l]) {
    if (line.cells.some((c) => c.kind === 'text')) break;
    if (hasValue(line.cells)) out.push({ line: line.line, cells: line.cells });
  }
  return { lines: out, lineIndex: l, cellIndex: 0 };
}

/**
 * Does the label go on, after the matched words (label cell `last`), into another row's label,
 * up to (not including) line `before`? Then the values after it are that row's, not the matched
 * one's. Another row's label starts with a piece that opens with a row numbering (a cell, or a
 * line: `执法` / `案卷` / `8.属` / `于行` / `政查⇥83⇥61…`, a narrow column's wrapped labels;
 * `（五）不 3.要求提供公开出版物` / `予处理 4.无正当理由大量反`), or with a line that begins
 * another row's label as the form prints it (`规章` / `行政规范性` / `19` / … / `文件`, labels
 * printed after their numbers), or, on the line of the values (`valuesLine`), into a part 二
 * table's heading (`第二十条第（五）项`).
 */
function runsOn(label: Label, last: number, plan: TablePlan, row: PlannedRow, valuesLine: number | null, before = Infinity): boolean {
  let line = cellOf(label, last).line;
  let text = '';
  const numbered = (piece: string): boolean => piece !== '' && ROW_NUMBERING.test(matchKey(piece));
  const another = (): boolean => numbered(text) || beginsAnother(matchKey(text), plan, row);
  for (let i = last + 1, c = label[i]; c !== undefined && c.line < before; c = label[++i]) {
    // A cell may hold words of two labels with a space between them (`予处理 4.无正当理由大量反`).
    if (c.raw.split(/\s+/).some(numbered)) return true;
    // A part 二 table's heading on the values' own line (`规范性文件 第二十条第（五）项 … 行政 11 63
    // 4542`, a report run into one line) opens another table, whose row the values are.
    if (c.line === valuesLine && SMALL_TABLE_HEADING.test(matchKey(c.raw.trim()))) return true;
    // So does one on a line of its own after the label's (`规范性文件` / `第二十条第（五）项` / its
    // header / `行政` / `11` … : the values are 行政许可's, its label wrapped around them).
    if (c.line > line && label[i - 1]?.line !== c.line && SMALL_TABLE_HEADING.test(matchKey(c.raw.trim()))) return true;
    if (c.line !== line) {
      if (text !== '' && another()) return true;
      line = c.line;
      text = '';
    }
    text += c.raw;
  }
  return text !== '' && line !== cellOf(label, last).line && another();
}

/**
 * Where the previous table's rows end and the next one's start, in a region where the next
 * table's heading was lost: `last`, the last line that opens a row of the previous table (`plan`:
 * its numbering and the first words of its label as the form prints it, `4.无正当理由大量反`,
 * `（六）其`, or a whole label, `（七）总计`), and `own`, the first line that names a row of the next
 * table or one of its own column headers (`next`: 行政复议, 结果维持; not 总计, which both print).
 * Lines that open the previous table's rows after `own` (a numbered list in part 五) are not
 * looked at. Either is null when there is none.
 */
export function tableBoundary(lines: readonly TokenLine[], plan: TablePlan, next: TablePlan): { last: number | null; own: number | null } {
  const side = boundarySide(plan, next);
  let last: number | null = null;
  for (const line of lines) {
    const found = side(line);
    if (found === 'next') return { last, own: line.line };
    if (found === 'previous') last = line.line;
  }
  return { last, own: null };
}

/**
 * Where the next table starts, in a region where its heading was lost, seen from the previous
 * table: the first line that names a row or own header of the next table after the last line
 * that opens a row of the previous one (tableBoundary's), or null. A header of the next table
 * with the previous table's rows after it is printed inside the previous table (a converter's
 * wrong header over part 三's rows, `| 结果维持 | 结果纠正 |…` / `| 二、上年结转… | 12 |…`), no
 * start; a row is its numbers, so a line of the previous table's label with none undoes nothing.
 */
export function nextTableStart(lines: readonly TokenLine[], plan: TablePlan, next: TablePlan): number | null {
  const side = boundarySide(plan, next);
  let start: number | null = null;
  for (const line of lines) {
    const found = side(line);
    if (found === 'previous' && line.cells.some(isValue)) start = null;
    else if (found === 'next' && start === null) start = line.line;
  }
  return start;
}

/** Which table a line's leading words belong to, for tableBoundary: `previous` (it opens a row of `plan`), `next`, or neither. */
function boundarySide(plan: TablePlan, next: TablePlan): (line: TokenLine) => 'previous' | 'next' | null {
  // The form's labels with their numbering and their group's (`(六)其他处理1.申请人…`): a label cut
  // short after a word or two (`（六）其` / `他处理`) opens one.
  const printed = plan.rows.flatMap((r) => [r.ownKey, matchKey(r.spec.label)]);
  const ownHeaders = next.columnLabels.filter((c) => !plan.columnLabels.includes(c));
  return (line) => {
    let text = '';
    for (const c of line.cells) {
      if (c.kind === 'text') text += c.raw;
      else if (c.kind !== 'empty') break;
    }
    const key = matchKey(text);
    if (key.length < 3) return null;
    if (matchRow(key, next.rows) !== null || ownHeaders.some((h) => key.includes(h))) return 'next';
    if (!ROW_NUMBERING.test(key)) return null;
    if (printed.some((label) => label.startsWith(key)) || matchRow(key, plan.rows) !== null || beginsAnother(key.replace(ROW_NUMBERING, ''), plan, null)) return 'previous';
    return null;
  };
}

/**
 * Does the label's last line open a row's label: a row numbering (`1.`), or the first words of a
 * row's label as the form prints it (`2. 其他法律` cut short)?
 */
function opensRow(label: Label, plan: TablePlan): boolean {
  const line = lastOf(label).line;
  let text = '';
  for (const c of label) if (c.line === line) text += c.raw;
  const key = matchKey(text);
  return ROW_NUMBERING.test(key) || beginsAnother(key, plan, null);
}

/**
 * The line of the label's first cell from which on, up to the row's own words (`first`), no cell is
 * a column header's word and no header line was passed over (`headerAfter`: the label's cells
 * before the last one).
 */
function startOf(label: Label, first: number, headerAfter: number, plan: TablePlan): number {
  let start = first;
  while (start > headerAfter && !cellOf(label, start - 1).raw.split(/\s+/).some((w) => plan.isHeaderWord(matchKey(w)))) start--;
  return cellOf(label, start).line;
}

/**
 * Are the label's cells before the row's own words (`first`) none, or a group's words: those its
 * form label begins with (`（五）不予处理` before `1.信访举报投诉类申请`), or words that open with a
 * row numbering and name no row (`三、本年度办理结果` before `（一）予以公开`)? Not the rest of
 * another row's label (`开 家秘` / `密` before `2.其`).
 */
function ownGroup(label: Label, first: number, row: PlannedRow, plan: TablePlan): boolean {
  if (first === 0) return true;
  let text = '';
  for (let i = 0; i < first; i++) text += cellOf(label, i).raw;
  const key = matchKey(text);
  if (key.length === 0) return false;
  return matchKey(row.spec.label).startsWith(key) || (ROW_NUMBERING.test(key) && matchRow(key, plan.rows) === null);
}

/** Each row's label as the form prints it, without its numberings, by table plan. */
const formLabels = new WeakMap<TablePlan, ReadonlyArray<readonly [PlannedRow, string]>>();

function formLabelsOf(plan: TablePlan): ReadonlyArray<readonly [PlannedRow, string]> {
  let labels = formLabels.get(plan);
  if (labels === undefined) {
    labels = plan.rows.map((r) => [r, matchKey(r.spec.label).split(ROW_NUMBERING_ANYWHERE).at(-1) ?? ''] as const);
    formLabels.set(plan, labels);
  }
  return labels;
}

/**
 * Does `key` (a label line's matchKey, three characters or more) begin the label the form prints
 * for another row than `row` (any row, for `null`), and not `row`'s own?
 */
function beginsAnother(key: string, plan: TablePlan, row: PlannedRow | null): boolean {
  if (key.length < 3) return false;
  let own = false;
  let other = false;
  for (const [r, text] of formLabelsOf(plan)) {
    if (!text.startsWith(key)) continue;
    if (r === row) own = true;
    else other = true;
  }
  return other && !own;
}

/**
 * Does a label print its row's words from their start and nothing else (`1.信访举报投诉类申请`):
 * not the rest of a wrapped one (`要另行制作`; `补正后申请内容仍` / `不明确` after `3.⇥100⇥21…`, its
 * numbering left on the numbers' line), nor digits it lost its cells into (`…另行制作77506367—99360`)?
 */
function bareLabel(label: RowLabel, plan: TablePlan): boolean {
  const own = formLabelsOf(plan).find(([r]) => r === label.planned)?.[1] ?? '';
  const key = matchKey(label.label);
  const words = key.split(ROW_NUMBERING_ANYWHERE).at(-1) ?? '';
  // A row the form numbers prints its numbering with its words when it prints them whole.
  const numbered = ROW_NUMBERING_ANYWHERE.test(matchKey(label.planned.spec.label));
  return words.length >= 2 && own.startsWith(words.slice(0, 2)) && !/[0-9０-９]/.test(words) && (!numbered || ROW_NUMBERING_ANYWHERE.test(key));
}

/**
 * Are the label's matched words (cells `first` to `last`) a header word of the table
 * (plan.isHeaderWord: `其他` is a column's label as well as a row's), printed right after another
 * on the same line, with two or more header words before them in the label (a header line run into
 * the numbers after it, or cut in a word: `社` / `会公益组织`), or right after two pieces of the
 * column headers or more on lines of their own? A row's label after a header line
 * (`信息内容 … 现行有效件数  规章⇥0⇥0⇥0`, two lines joined) is still its row's.
 */
function headerBefore(label: Label, first: number, last: number, plan: TablePlan): boolean {
  let matched = '';
  for (let i = first; i <= last; i++) matched += cellOf(label, i).raw;
  if (first === 0 || !plan.isHeaderWord(matchKey(matched))) return false;
  // Or two pieces of the column headers or more right before it, over lines (`商业企` / `业` / `科研
  // 社会公益组 法律` / `服务机` / … / `其` / `他`, plain pdftotext of a header drawn in narrow cells).
  let pieces = 0;
  while (pieces < first && headerPieces([cellOf(label, first - 1 - pieces)], plan)) pieces++;
  if (pieces >= 2) return true;
  const previous = cellOf(label, first - 1);
  if (previous.line !== cellOf(label, first).line || !plan.isHeaderWord(matchKey(previous.raw))) return false;
  let words = 0;
  for (let i = first - 1; i >= 0 && words < 2; i--) if (plan.isHeaderWord(matchKey(cellOf(label, i).raw))) words++;
  return words >= 2;
}

/** The line of a row's first printed cell (-1 for a row of blanks only). */
export function firstValueLine(cells: readonly Cell[]): number {
  for (const c of cells) if (c.kind !== 'empty') return c.line;
  return -1;
}

/**
 * Does a row print fewer cells than the form gives it, none of them digits run together with its
 * label (a crawler's run holds all its cells)? Its other numbers may be printed further on.
 */
export function printsShort(row: FoundRow): boolean {
  let printed = 0;
  for (const c of row.cells) {
    if (c.kind === 'digits') return false;
    if (c.kind !== 'empty') printed++;
  }
  return printed < row.planned.spec.columns.length;
}

/**
 * Lines of values as a report run into one line printed them before its lines ran together: each
 * printed cell on a line of its own, and a run of numbers a space apart (`823 647 13 519 2002`)
 * one number a line, as plain pdftotext prints a table; pairing.ts then reads them row by row or
 * column by column. Each keeps its line number.
 */
function oneNumberALine(lines: readonly ValueLine[]): ValueLine[] {
  const out: ValueLine[] = [];
  for (const { line, cells } of lines) {
    for (const cell of cells) {
      if (cell.kind === 'empty') continue;
      for (const one of SPACED_NUMBERS.test(cell.raw.trim()) ? numberCells(cell) : [cell]) out.push({ line, cells: [one] });
    }
  }
  return out;
}

/** Do a row's printed cells come from more than one line (one cell a line, or a row wrapped)? */
export function spansLines(cells: readonly Cell[]): boolean {
  let line = -1;
  for (const c of cells) {
    if (c.kind === 'empty') continue;
    if (line >= 0 && c.line !== line) return true;
    line = c.line;
  }
  return false;
}

const printedCount = (cells: readonly Cell[]): number => {
  let n = 0;
  for (const c of cells) if (c.kind !== 'empty') n++;
  return n;
};

/** The text cells of a line from `from` up to its first value, and the index of that value. */
function wordsAt(line: TokenLine, from: number): { words: Cell[]; next: number } {
  const words: Cell[] = [];
  let i = from;
  for (let c = line.cells[i]; c !== undefined && !isValue(c); c = line.cells[++i]) if (c.kind === 'text') words.push(c);
  return { words, next: i };
}

/**
 * Read the rows of a table from a region's token lines. A row printed twice keeps the first print
 * that fits the row's cells (a header line taken for a row before it does not); labels with
 * values that match no row are reported, so a label variant the catalog lacks is visible.
 */
export function readRows(
  lines: readonly TokenLine[],
  plan: TablePlan,
  /** The table that follows: reading one of its rows means this table has ended. */
  following: TablePlan | null,
): ReadRowsResult {
  const tablePath = plan.key;
  const items: ReadItem[] = [];
  const diagnostics: PendingDiagnostic[] = [];
  const seen = new Set<string>();
  /** The print of each row kept so far, and how it reads (printOf). */
  const kept = new Map<string, { item: Extract<ReadItem, { kind: 'row' }>; print: Print }>();
  /** Prints kept and then replaced by a later one that reads better. */
  const replaced = new Set<ReadItem>();
  /** The duplicate-row diagnostic of each row printed again, counting its repeats. */
  const repeats = new Map<string, PendingDiagnostic<'duplicate-row'>>();
  /** Rows whose print kept was asked once whether it stands astray (astrayAmong). */
  const askedAstray = new Set<string>();

  /**
   * Values no row took, after a label that opens a row's label as the form prints it (openingOf),
   * the row read before with other numbers (`3.危及“三安` / 3.'s numbers / `全一稳定”` / `4.保护第三方`,
   * the last three printed again: 4.保护第三方 took 3.'s numbers printed again, and its own, after
   * `全一稳定” 4.保护第三方 （三）不予公`, named no row): they may be that row's, another print of
   * it. Which print is the row's cannot be told, as for a row printed twice (take).
   */
  const doubtEarlier = (label: Label, values: readonly ValueLine[], line: number): void => {
    const key = matchKey(labelText(label));
    const cells = values.flatMap((v) => v.cells);
    if (cells.length > plan.widest + 4) return;
    for (const planned of plan.rows) {
      const before = kept.get(planned.path);
      if (before === undefined || before.item.row.twice !== undefined || !before.print.fits || !opensIn(key, openingIn(planned, plan.rows))) continue;
      if (sameNumbers(cells, before.item.row.cells)) continue;
      const later = printOf({ planned, label: '', line, cells, headed: false });
      if (later.fits && !(before.print.sums === 'add' && later.sums === 'fail')) before.item.row.twice = line;
    }
  };
  /** The label of the last values read as no row's (`unknown-row`), while no row has been read since. */
  let unread: Label | null = null;
  /** Keeps the row's print, unless one kept reads as well or better (then reported): was it kept? */
  const take = (printed: FoundRow): boolean => {
    const runIn = numberingRunIn(printed);
    const row = runIn?.row ?? printed;
    if (unread !== null) row.unknownBefore = matchKey(withoutGroupPieces(unread.map((c) => c.raw).join(' '), plan));
    unread = null;
    // A print not kept (a row printed again, or a junk line that names one) takes none of the
    // numbers no row took before its label: they stay loose for the next label, as if it were not there.
    const stillLoose = looseBefore;
    looseBefore = undefined;
    const path = row.planned.path;
    seen.add(path);
    const before = kept.get(path);
    // The print kept is the group's label alone (`（六）其他处理`: the pattern of a group printed as
    // one row) with numbers, and this one the row's own label (`（六）其他处理 3.其他`): the group
    // is printed row by row, and the numbers after its label alone are another of its rows' (whose
    // label is printed elsewhere), not this row's.
    const groupAlone = before !== undefined && plan.groupLabels.includes(matchKey(before.item.row.label)) && !plan.groupLabels.includes(matchKey(row.label));
    // Read only when it could replace the print kept (a row may be printed 150,000 times).
    const print = before === undefined || groupAlone || !before.print.fits || before.print.sums === 'fail' ? printOf(row) : null;
    // The rest of the label of the print kept, which printed numbers after it, not the row printed
    // again (`2.其` / `他法` / `律行` / its numbers / `政法 8` / `规禁` / `止公` / `开` / 3.危及's
    // numbers, a label split around its numbers): the numbers after it are no more its own.
    const rest = before !== undefined && !before.print.fits && before.item.row.cells.some((c) => c.kind === 'number' || c.kind === 'digits') && restOfLabel(before.item.row, row);
    if (print && !rest && (before === undefined || groupAlone || readsBetter(print, before.print))) {
      const item = { kind: 'row', row } as const;
      items.push(item);
      kept.set(path, { item, print });
      if (runIn) diagnostics.push(runIn.note);
      if (before) {
        // The print kept does not read as the row (a header line with dashes under it, or numbers
        // that do not add up, some another row's): this one does.
        replaced.add(before.item);
        const first = before.item.row;
        diagnostics.push(diagnostic('duplicate-row', 'duplicate-row.unread', { row: first.label, kept: row.line }, row.planned.fullPath, first.line));
      }
      return true;
    }
    // Not kept: the numbers before its label stay loose.
    loose = stillLoose;
    // Its numbers on lines after its label, no row's now: where labels follow their numbers they
    // may be the next row's, as loose as numbers with no label before it.
    const looseAfter = (): void => {
      if (before !== undefined && row.labelEnd !== undefined && firstValueLine(row.cells) > row.labelEnd) loose = { cells: row.cells, stretch: false, again: before.item.row };
    };
    if (rest) {
      looseAfter();
      diagnostics.push(diagnostic('unknown-row', 'unknown-row.labelRest', { label: row.label, row: before.item.row.label }, row.planned.fullPath, row.line));
      return false;
    }
    // A print that reads as well, with other numbers: which is the row's cannot be told. Looked at
    // only for prints of a row's size (a line of 300,000 cells repeated is not compared each time).
    // Its diagnostic (ambiguous-pairing, buildTable) names both prints; no `duplicate-row` then.
    if (before?.item.row.twice !== undefined) return false;
    if (before?.print.fits && row.cells.length <= plan.widest + 4 && !sameNumbers(row.cells, before.item.row.cells)) {
      const later = print ?? printOf(row);
      if (later.fits && !(before.print.sums === 'add' && later.sums === 'fail')) {
        before.item.row.twice = row.line;
        return false;
      }
    }
    // The print kept stands among rows the form puts before it, and this one, with other numbers or
    // none, where the form puts it (`3.危及“三安全一稳定”` / its numbers / `四、结转下年度继续办理` / `28 8 91
    // … 330` / `（三）不 4.保护第三方合法权益` …, the row's own label later among the last rows'):
    // the numbers after the first may be the next row's (4.保护第三方's, printed before its label).
    // Asked once for a row (a row may be printed 150,000 times).
    if (before?.print.fits && before.item.row.twice === undefined && !askedAstray.has(path)) {
      askedAstray.add(path);
      // Not a group's label read as its row (`（六）其他处理`, printed before its rows as the form does).
      const group = plan.groupLabels.includes(matchKey(before.item.row.label));
      const astray = group || sameNumbers(row.cells, before.item.row.cells) ? null : astrayAmong(items, before.item, row);
      if (astray !== null) {
        before.item.row.astray = astray;
        return false;
      }
    }
    looseAfter();
    // One warning per row however often it repeats (a file may repeat a line 150,000 times).
    const repeat = repeats.get(path);
    if (repeat) repeat.params.repeats++;
    else {
      const d = diagnostic('duplicate-row', 'duplicate-row', { row: row.label, repeats: 1 }, row.planned.fullPath, row.line);
      repeats.set(path, d);
      diagnostics.push(d);
    }
    return false;
  };

  let label: Cell[] = [];
  /** The words before a print not kept that name a row of their own (labelsBefore): the next label's start. */
  let carried: Cell[] | null = null;
  /** Does the label run start its line (nothing but blanks before it there), not follow numbers on it? */
  let labelOpensLine = true;
  /**
   * Numbers on lines of their own that no row took, when the label being read follows them;
   * `stretch` when they are a run of labels' numbers that split into no row's worth each.
   */
  let loose: { cells: Cell[]; stretch: boolean; again?: FoundRow } | undefined;
  /** `loose` as it was when the label being read started its row: loose again if the row is not kept. */
  let looseBefore: typeof loose;
  /** The numbers of `lines`, when they printed no label: loose until a row takes the next label. */
  const leftLoose = (lines: readonly ValueLine[]): void => {
    loose = { cells: lines.flatMap((l) => l.cells), stretch: false };
  };
  /** How many label cells there were when a header line was last passed over (0: none was). */
  let headerAfter = 0;
  let li = 0;
  let ci = 0;
  let ended = false;
  while (li < lines.length) {
    const tokenLine = lines[li];
    const cells = tokenLine?.cells ?? [];
    if (ci === 0 && tokenLine !== undefined && isHeaderLine(tokenLine, plan) && !endsLabel(label, tokenLine, plan)) {
      headerAfter = label.length;
      li++;
      continue;
    }
    const cell = ci < cells.length ? cells[ci] : undefined;
    if (cell === undefined) {
      li++;
      ci = 0;
      continue;
    }
    if (cell.kind === 'text') {
      if (label.length === 0) labelOpensLine = opensLine(cells, ci);
      label.push(cell);
      ci++;
      continue;
    }
    if (cell.kind === 'empty') {
      // Only the empty cell right after a label can start a blank row (keeps this linear).
      const blank = isLabel(label) && cells[ci - 1] === lastOf(label) ? blankRow(label, cells, ci, plan) : null;
      if (blank) {
        take(blank);
        loose = undefined;
        label = [];
        headerAfter = 0;
        li++;
        ci = 0;
        continue;
      }
      ci++;
      continue;
    }
    if (!isLabel(label)) {
      // Values with no label before them: for pairing.ts to place, if anything can.
      const area = gatherArea(lines, li, ci, plan);
      if (area.lines.length > 0) items.push({ kind: 'values', lines: area.lines });
      leftLoose(area.lines);
      li = area.lineIndex;
      ci = area.cellIndex;
      continue;
    }
    // A row starts here: the label run is complete.
    const numbersBefore = loose;
    looseBefore = loose;
    loose = undefined;
    const byLines = labelUnits(label, plan);
    // A label on one line that names several rows word by word: a report run into one line, whose
    // spaces stand where its lines broke; its numbers are no more the last row's than they would
    // be after the labels' lines.
    const byWords = byLines.length >= 2 ? [] : wordUnits(label, plan);
    const units = byWords.length >= 2 ? byWords : byLines;
    /** The labels before the row's own in this label run, printed with no numbers. */
    let before: Extract<ReadItem, { kind: 'labels' }> | null = null;
    if (units.length >= 2) {
      const onLabelLine = byWords.length < 2 && cell.line === lastOf(label).line;
      if (!onLabelLine) {
        // Labels of several rows, then numbers: which are whose is pairing.ts's to tell.
        for (const u of units) seen.add(u.planned.path);
        const area = gatherArea(lines, li, ci, plan);
        const values = byWords.length >= 2 ? oneNumberALine(area.lines) : area.lines;
        items.push({ kind: 'labels', labels: units, values });
        // Unless pairing gives them to these labels, the last row's worth of them may be the next
        // label's, printed before it (labels printed some before, some after their numbers).
        const cells = values.flatMap((l) => l.cells).filter((c) => c.kind !== 'empty');
        const share = cells.length / units.length;
        const split = Number.isInteger(share) && units.every((u) => u.planned.spec.columns.length === share);
        loose = split ? { cells: cells.slice(-share), stretch: false } : { cells, stretch: true };
        label = [];
        headerAfter = 0;
        li = area.lineIndex;
        ci = area.cellIndex;
        continue;
      }
      // The values are on the last label's line: its row's. The labels before it printed none.
      before = { kind: 'labels', labels: units.slice(0, -1), values: null };
      items.push(before);
    }
    const { match: named, first, last } = matchLabel(label, plan);
    // A label that runs on, after the matched words, into another row's label (a piece that opens
    // with a row numbering, or a line that begins another row's printed label) starts the row the
    // values are of: a row named only by the lines before it is not theirs (`…另行制作` /
    // `3.补⇥128⇥77…`, `执法` / `案卷` / `8.属` / `于行` / `政查⇥83⇥61…`, `规章` / `行政规范性` / `19…`).
    // Column headers on the line before the matched words, themselves a header word (`商业企业 …
    // 法律服务机构 其他 1169 …`: a header line run into the numbers after it), are no row's label.
    // Nor is a line of column headers' pieces, two or more (`企业 机构 益组织 务机构 其他`: the second
    // line of `商业 科研 社会公 法律服` / `企业 机构 益组织 务机构 其他`), though it ends in a row's words.
    const header = named !== null && (headerBefore(label, first, last, plan) || headerPiecesOnly(label, plan));
    // Words after the matched ones that name a row of the table that follows (`行政处罚` / `本年新收政府信息
    // 公开申请数量 1 2 3`): the values are that row's, the region run on into the next table. Not a
    // word or two such as `其他`, `总计` (a column's, or a stray word), which name a row only loosely.
    let after = '';
    if (named !== null && following !== null) for (let i = last + 1; i < label.length; i++) after += cellOf(label, i).raw;
    const tail = matchKey(after);
    const intoNext = tail.length >= 4 && following !== null && matchRow(tail, following.rows) !== null;
    const match = named && (runsOn(label, last, plan, named.row, cell.line) || header || intoNext) ? null : named;
    // A label of the next table (or a repeat of one of ours that names it, as part 四's header
    // ends in 总计) means the region ran on past this table.
    if ((!match || seen.has(match.row.path)) && following && matchRow(matchKey(labelText(label)), following.rows)) {
      ended = true;
      break;
    }
    if (match) {
      const n = match.row.spec.columns.length;
      const gathered = gather(lines, li, ci, n, leadingEmpties(cells, ci, lastOf(label).line), plan, match.row);
      if (markLineOnly(gathered, label, n, lines, plan, match.row)) {
        // A mark alone on a line of its own between a label and the next row's label (`1.信访举报投诉类申请`
        // / `*` / `2.重复申请` / the numbers): no reading of a row of several cells, only something
        // printed between two labels. The labels read as printed one after another, before their
        // numbers, as they would with a blank line there: whose the numbers are is pairing.ts's to
        // tell, not the next label's for standing right before them.
        loose = looseBefore;
        li = gathered.lineIndex;
        ci = gathered.cellIndex;
        continue;
      }
      // Stray words only ever leave the end of the label, past the matched words: `first` stays.
      const stray = strayWords(label, last + 1, gathered.cells, n, cell.line, match.row);
      // Stray words leave the label (which keeps at least its matched words, `first` to `last`).
      const own: Label = stray > 0 ? [label[0], ...label.slice(1, label.length - stray)] : label;
      if (stray > 0) gathered.cells.unshift(...label.slice(label.length - stray));
      let text = ownLabel(own, first);
      const rest = wrappedRest(lines, gathered, own, match.row, plan);
      if (rest) text += ` ${rest.words}`;
      const after = rest ?? gathered;
      const tail = rest === null ? labelTail(lines, after, text, match.row, plan) : null;
      if (tail) {
        text += ` ${tail.words}`;
        after.lineIndex = tail.lineIndex;
      }
      const row: FoundRow = {
        planned: match.row,
        label: text,
        line: cellOf(own, first).line,
        cells: after.cells,
        headed: headerAfter > last || headerInLabel(own, match, plan),
        labelEnd: lastOf(own).line,
        labelStart: startOf(own, first, headerAfter, plan),
        // Right before the row's own label only (its group's words included: `（五）不予处理` /
        // `1.信访举报投诉类申请`): not before words of another label (`137 … 587` / `开 家秘` / `密` /
        // `2.其` …, the numbers of the row those words end).
        ...(numbersBefore === undefined || !ownGroup(own, first, match.row, plan)
          ? {}
          : numbersBefore.stretch
            ? { stretchBefore: numbersBefore.cells }
            : numbersBefore.again
              ? { numbersAgain: { cells: numbersBefore.cells, of: numbersBefore.again } }
              : { numbersBefore: numbersBefore.cells }),
        ...(rest ? { wrapped: true as const } : {}),
      };
      // Values on further lines, up to the next label: more than the row holds.
      const more = valueLinesAt(lines, after.lineIndex);
      if (more.lines.length > 0 && after.cellIndex === 0) {
        if (spansLines(row.cells) && !rest) {
          // A row printed over lines (one cell a line) with more values than cells: which are its
          // cannot be told. They all stay its, and it does not read (cell-count). Not a label
          // wrapped around its first number (wrappedRest): its cells start on the label's line,
          // are exactly the row's and add up; the values after them are no row's the label names.
          for (const l of more.lines) for (const c of l.cells) row.cells.push(c);
          take(row);
          // The last of them may be the next label's, printed before it (labels printed after their
          // numbers, a number of this row's cut in two: `43 75 15 83 117 9 34` / `2` / `11 36 …` /
          // `1.本机关不掌握相关政府信息`): when lines of several numbers hold a row's worth, that
          // label's own numbers after it are then not certain. (One number a line, they are left to
          // the overfull row before the label: buildTable's `unsure`.)
          const worth = lastRowsWorth(more.lines, match.row.spec.columns.length);
          if (heldIn(worth) >= match.row.spec.columns.length && worth.some((l) => l.cells.some((c) => heldBy(c) > 1))) leftLoose(worth);
        } else if (firstValueLine(row.cells) !== lastOf(own).line) {
          // A label alone on its line, then more lines of numbers than its row holds: labels
          // printed before it may have lost theirs to it, or its own may be any of them (a label
          // printed first, then the numbers). Which is its is pairing.ts's to tell.
          seen.add(match.row.path);
          const values = [{ line: firstValueLine(row.cells), cells: row.cells }, ...more.lines];
          items.push({ kind: 'labels', labels: [{ planned: row.planned, label: row.label, line: row.line }], values, ...(row.headed ? { headed: true as const } : {}) });
          // Unless pairing gives them to it, the last of them may be the next label's, printed
          // before it (`8.属于行政查询事项` / `43 75 …` / `11 36 …` / `1.本机关不掌握…` / `32 130 …`).
          leftLoose(lastRowsWorth(more.lines, match.row.spec.columns.length));
        } else if (before !== null && items.at(-1) === before) {
          // Labels printed with no numbers, then the last run into the first of several lines of
          // numbers (`息  | 136 | 119 | …` / `| 54 | …`): labels first, the last one's line joined
          // to the numbers. Whose the lines are is pairing.ts's to tell, as for any labels first.
          seen.add(match.row.path);
          items[items.length - 1] = { kind: 'labels', labels: [...before.labels, { planned: row.planned, label: row.label, line: row.line }], values: [{ line: firstValueLine(row.cells), cells: row.cells }, ...more.lines] };
        } else {
          take(row);
          items.push({ kind: 'values', lines: more.lines });
        }
        after.lineIndex = more.lineIndex;
      } else if (before !== null && items.at(-1) === before && labelOpensLine && !spansLines(row.cells) && !runTogether(row.cells, row.planned.spec.columns.length) && before.labels.every((l) => !seen.has(l.planned.path) && bareLabel(l, plan))) {
        // Labels of rows not yet read, each printed whole with no numbers, then the last run into
        // the one line of numbers after them (`1.信访举报投诉类申请` / `2.重复申请123⇥4⇥…`): that
        // line may be any of the labels' (labels first, a line break lost), as when several lines
        // follow. Pairing tells, or nobody. The rest of a label wrapped past its numbers (`要另行制作`,
        // `出具已获取信息`) is no label printed first, nor a label printed after numbers on its line;
        // digits run together, fewer printed cells than the row's (a crawler's row, `2.重复申请⇥222315…`),
        // hold their own row's cells. The line stays the row's (no other label may take it), unread.
        row.labelsBefore = before.labels.length;
        take(row);
      } else if (!take(row)) carried = labelsBefore(label, first, plan, seen);
      li = after.lineIndex;
      ci = after.cellIndex;
    } else {
      const area = gatherArea(lines, li, ci, plan);
      const wrapped = wrappedLabel(lines, area, label, plan, seen);
      const centred = wrapped || area.lines.length !== 1 || area.cellIndex !== 0 ? null : centredLabel(lines, label, area.lines[0]?.cells ?? [], area.lineIndex, plan, seen, unread, isValue, isHeaderLine);
      if (wrapped) {
        take(wrapped.row);
        li = wrapped.lineIndex;
        ci = wrapped.cellIndex;
      } else if (centred) {
        take({ planned: centred.row, label: centred.label, line: cell.line, cells: centred.cells, headed: false, ...(centred.below ? { wrapped: true as const } : {}) });
        li = centred.lineIndex;
        ci = centred.cellIndex;
      } else {
        const onLabelLine = cell.line === lastOf(label).line;
        const values = area.lines.reduce((n, l) => n + printedCount(l.cells), 0);
        if (header || restOfLast(label, items)) {
          // A header line run into numbers, or the rest of the last row's label wrapped after its
          // numbers: the numbers are loose, for pairing.ts to place if it can.
          items.push({ kind: 'values', lines: area.lines });
          leftLoose(area.lines);
        } else if (onLabelLine || values <= plan.widest) {
          // A row the form does not have: reported, its values (this line's, or a row's worth) not read.
          diagnostics.push(diagnostic('unknown-row', 'unknown-row', { label: ownLabel(label, 0) }, tablePath, lastOf(label).line));
          doubtEarlier(label, area.lines, lastOf(label).line);
          unread = label;
          const [own, ...later] = area.lines;
          if (onLabelLine && later.length > 0 && own) items.push({ kind: 'values', lines: later });
          // Numbers on lines of their own right under column headers (passed over as a header
          // line, or words the reader could not tell for one: `第二十条第（一）项` / `本年新公开` /
          // `信息内容 本年新制作` / `数量` / then numbers): if a label follows them, they may be its
          // (labels printed after their numbers, the first row's right under the header), also when
          // the words name a row somewhere (column headers run on from prose that names 行政处罚).
          // Not after a last line of words that opens a row (`（三）不予公开` / `1.` / the numbers: a
          // label cut short, and the numbers its), nor after words with no header word among them
          // (a label the catalog does not know, in a table printed labels first).
          const underHeader = headerAfter === label.length || label.some((c) => c.raw.split(/\s+/).some((w) => plan.isHeaderWord(matchKey(w))));
          // On the label's line only when the words are column headers and nothing else (a report
          // run into one line: `第二十条第（一）项 本年新公开 对外公开总 … 数量 49 146 3444`).
          if ((!onLabelLine || headerPieces(label, plan)) && underHeader && !opensRow(label, plan)) leftLoose(area.lines);
        } else {
          // Words, then a stretch of values no row holds: the words are no label; the values are loose.
          items.push({ kind: 'values', lines: area.lines });
          leftLoose(area.lines);
        }
        li = area.lineIndex;
        ci = area.cellIndex;
      }
    }
    label = carried ?? [];
    carried = null;
    headerAfter = 0;
  }
  if (!ended && isLabel(label)) {
    // Labels with no values after them (printed after their numbers, or alone).
    const units = labelUnits(label, plan);
    const { match, first } = matchLabel(label, plan);
    const labels = units.length > 0 ? units : match ? [{ planned: match.row, label: ownLabel(label, first), line: cellOf(label, first).line }] : [];
    if (labels.length > 0) items.push({ kind: 'labels', labels, values: null });
  }
  const kept_ = items.filter((item) => !replaced.has(item));
  // A row printed once, among rows the form puts before it, its numbers apart from its label
  // (`3.要求提供公` / `四、结转下年度继续办理` / numbers / `开出版物` / `4.无正当理由…`: a label printed
  // astray, or a line moved): the numbers after it may be another row's. (Its numbers on its label's
  // line are its own wherever the line stands.)
  kept_.forEach((item, k) => {
    if (item.kind !== 'row' || item.row.astray !== undefined || item.row.twice !== undefined || plan.groupLabels.includes(matchKey(item.row.label))) return;
    if (firstValueLine(item.row.cells) <= (item.row.labelEnd ?? item.row.line)) return;
    const alone = astrayAlone(kept_, k);
    if (alone !== null) item.row.astray = alone;
  });
  const rows: FoundRow[] = [];
  for (const item of kept_) if (item.kind === 'row') rows.push(item.row);
  return { items: kept_, rows, diagnostics };
}

/**
 * The lines of words before a row's matched label that name a row not read yet, when that print is
 * not kept (a row printed again, or a line of junk that names one): `（五）不予处理` / `1.信访举报投诉类申请`
 * / `本年新收政府信息公开申请数量 1 2 3` (part 三's first row again, a conversion's junk) / `2.重复申请` / the
 * numbers. As if the print were not there, they go on to the next label: the labels printed one after
 * another before their numbers, whose the numbers are is pairing.ts's to tell. Null when there are none.
 */
function labelsBefore(label: Label, first: number, plan: TablePlan, seen: ReadonlySet<string>): Cell[] | null {
  const words = label.slice(0, first);
  if (!isLabel(words) || lastOf(words).line >= cellOf(label, first).line) return null;
  const named = matchLabel(words, plan).match;
  return named !== null && !seen.has(named.row.path) ? words : null;
}

/**
 * Are the words the rest of the label of the row read last, wrapped after its numbers, its print so
 * far not holding them (`2.申请人逾…缴纳费` / its numbers / `用、行政…公开申请` / numbers)? The numbers
 * after them are then no row's the words name: where labels follow their numbers, the next label's.
 */
function restOfLast(label: Label, items: readonly ReadItem[]): boolean {
  const last = items.at(-1);
  if (last?.kind !== 'row') return false;
  const key = matchKey(labelText(label));
  const whole = last.row.planned.wholeKey;
  return key.length >= 2 && key.length < whole.length && whole.endsWith(key) && !matchKey(last.row.label).includes(key);
}

/** Lines a label's rest may take after its numbers (`（二）部分公` / `开（区分处理` / `的，只计这一 59` / `情形，不计其` / `他情形）`). */
const REST_LINES = 4;
/** Pieces a label's rest may have over those lines: more are no label's rest (and bound the work). */
const REST_WORDS = 16;

/**
 * The words from (li, ci) on that may be the rest of a label wrapped around its row's numbers: the
 * words up to the line's first value, and, when the line has none, the words of the lines after
 * it that print nothing but words (no header line), up to REST_LINES lines in all. Each line's
 * words open with no row numbering (which starts another row's label). Null when there are none.
 */
function restWords(lines: readonly TokenLine[], li: number, ci: number, plan: TablePlan): { words: Label; lineIndex: number; cellIndex: number } | null {
  const line = lines[li];
  if (line === undefined) return null;
  const { words, next } = wordsAt(line, ci);
  dropGroupColumn(words, plan);
  if (!isLabel(words) || words.length > REST_WORDS || ROW_NUMBERING.test(matchKey(labelText(words)))) return null;
  if (next < line.cells.length) return { words, lineIndex: li, cellIndex: next };
  let l = li + 1;
  for (; l < lines.length && l < li + REST_LINES; l++) {
    const more = lines[l];
    if (more === undefined || more.cells.some(isValue)) break;
    const texts = more.cells.filter((c) => c.kind === 'text');
    dropGroupColumn(texts, plan);
    if (!isLabel(texts)) continue;
    if (isHeaderLine(more, plan) || ROW_NUMBERING.test(matchKey(labelText(texts)))) return null;
    for (const t of texts) words.push(t); // a loop: a line may hold 300,000 cells
    if (words.length > REST_WORDS) return null;
  }
  return { words, lineIndex: l, cellIndex: 0 };
}

/**
 * Leaves out the words a line opens with that are a piece of a group's label and of no row's own
 * (`（五）不` / `予处理`): the group's column, printed beside its rows' labels, interleaved with the
 * rest of one (`3.要求提供公` / the numbers / `（五）不⇥开出版物` / `予处理⇥4.无正当理由`). Words
 * after them stay: a group's words alone are no label's rest.
 */
function dropGroupColumn(words: Cell[], plan: TablePlan): void {
  while (words.length > 1 && plan.isGroupPiece(matchKey(words[0]?.raw ?? ''))) words.shift();
  // The group's column ending in one character of its own (`开⇥密`, after `（三）不予公⇥1.属于国家秘` / the numbers).
  if (words.length > 1 && plan.isGroupEnd(matchKey(words[0]?.raw ?? ''))) words.shift();
}

/**
 * The rest of a row's label printed after its numbers, on lines of words alone (`2.其他法律` / the
 * numbers / `行政法规禁止` / `公开`, a group's column before them left out: `予公开⇥秘密`): the most
 * such lines (REST_LINES at most) whose words end the row's label as the form prints it, when the
 * label read so far does not end it, and the row holds its cells. Null when there are none: words
 * that open with a numbering, or do not end the row's label, are another row's.
 */
function labelTail(lines: readonly TokenLine[], at: Gathered, label: string, row: PlannedRow, plan: TablePlan): { words: string; lineIndex: number } | null {
  if (at.cellIndex !== 0) return null;
  let held = 0;
  for (const c of at.cells) if (c.kind !== 'empty') held += heldBy(c);
  if (held !== row.spec.columns.length) return null;
  const form = row.ownKey;
  let own: string | null = null;
  let key = '';
  const words: string[] = [];
  let found: { words: string; lineIndex: number } | null = null;
  for (const { texts, index } of wordLines(lines, at.lineIndex, plan)) {
    // The label read so far, only when words follow the numbers (most rows have none).
    own ??= matchKey(label);
    if (own.includes(form)) return null;
    const piece = matchKey(labelText(texts));
    if (ROW_NUMBERING.test(piece)) break;
    key += piece;
    for (const t of texts) words.push(t.raw.trim());
    if (!form.includes(key)) break;
    // The label read so far and these words end the row's label (the label's first line may be
    // read apart, as words before its own: `5.要求行政机` / `关确认或重新` / the numbers / `出具已获取` / `信息`).
    const joined = own + key;
    if (joined.endsWith(form) || (own.length >= 2 && form.endsWith(joined))) found = { words: words.join(' '), lineIndex: index + 1 };
  }
  return found;
}

/**
 * The lines of words alone from `from` on (REST_LINES at most), a group's column at their start
 * left out (dropGroupColumn): where the rest of a label printed after its numbers may be. They
 * end at a line with a value, a header line, or a line with no words.
 */
function* wordLines(lines: readonly TokenLine[], from: number, plan: TablePlan): Generator<{ texts: Label; index: number }> {
  for (let l = from; l < lines.length && l < from + REST_LINES; l++) {
    const line = lines[l];
    if (line === undefined || line.cells.some(isValue) || isHeaderLine(line, plan)) return;
    const texts = line.cells.filter((c) => c.kind === 'text');
    dropGroupColumn(texts, plan);
    if (!isLabel(texts)) return;
    yield { texts, index: l };
  }
}

/**
 * The label cell the row's own label as the form prints it starts in (`5.属于三类内部事务信息`), when
 * it starts in `label` and ends in `words`: -1 when it does not. Its own words, the group's aside: a
 * group's label before the values (`（五）不予处理` / a line of numbers / `1.信访举报投诉类申请`) does
 * not make the words after them its rest; the numbers are no more its row's than the row before's.
 */
function spansValues(label: Label, words: readonly Cell[], row: PlannedRow): number {
  const keys = label.map((c) => matchKey(c.raw));
  const labelKey = keys.join('');
  const own = row.ownKey;
  const joined = labelKey + matchKey(words.map((c) => c.raw).join(''));
  const at = joined.indexOf(own);
  if (at < 0 || at >= labelKey.length || at + own.length <= labelKey.length) return -1;
  let end = 0;
  for (let i = 0; i < keys.length; i++) if ((end += keys[i]?.length ?? 0) > at) return i;
  return -1;
}

/** A cell's number: a number glued to a label's line (`…政府信息公开 28`) is one cell, as printOf reads it. */
const oneNumber = (c: Cell): number => (c.kind === 'number' ? c.value : c.kind === 'digits' && /^\d+$/.test(c.raw.trim()) ? Number(c.raw.trim()) : 0);

/** Do the numbers the cells hold (numbersIn; a blank counts as one cell of 0, as oneNumber reads it) number `n` and add up? */
function addsUpAsHeld(cells: readonly Cell[], n: number, row: PlannedRow): boolean {
  const values: number[] = [];
  for (const c of cells) for (const v of numbersIn(c) ?? [0]) values.push(v);
  return values.length === n && groupsAddUp(values, row.sumGroups);
}

/**
 * The row's cells when the values after a label's rest (at `rest`) complete `cells` to exactly the
 * row's count, none of them words, and the row then adds up (a row with no arithmetic is not read
 * so): null otherwise. The count is of cells, or, when that does not fit, of the numbers they hold
 * (a run of numbers a space apart holds one each: pdftotext -layout's `一、本年新收政府信息 1169` /
 * `公开申请数量  1937  1032 886 1703  1188  7915`); the row's reading (rowValues.ts) then splits them.
 */
function completeAfterRest(lines: readonly TokenLine[], cells: readonly Cell[], rest: { lineIndex: number; cellIndex: number }, row: PlannedRow, plan: TablePlan): Gathered | null {
  const n = row.spec.columns.length;
  let held = 0;
  for (const c of cells) held += heldBy(c);
  const more = gather(lines, rest.lineIndex, rest.cellIndex, n - held, [], plan);
  const all = [...cells, ...more.cells];
  if (all.some((c) => c.kind === 'text')) return null;
  const asCells = all.length === n && groupsAddUp(all.map(oneNumber), row.sumGroups);
  if (!asCells && !addsUpAsHeld(all, n, row)) return null;
  return { ...more, cells: all };
}

/**
 * A label wrapped around part of its row's values (pdftotext prints a tall label's last line
 * between the numbers: `5.要求行政机关确认或重新出具已` / `132` / `获取信息` / `62` … `379`; plain
 * pdftotext prints its first number on a middle line of the label: `1.申请人无正当理由逾期不补正、` /
 * `行政机关不再处理其政府信息公开 28` / `申请` / `32` … `342`): the row stops short of its cells at
 * words (restWords) that name no other row and print only words of the label, its group's, the
 * table's column labels or those over its rows, and with them the label still names the same row. They are
 * the label's rest when the values after them complete the row exactly and the row then adds up.
 */
function wrappedRest(
  lines: readonly TokenLine[],
  gathered: Gathered,
  label: Label,
  row: RowLabel['planned'],
  plan: TablePlan,
): (Gathered & { words: string }) | null {
  const n = row.spec.columns.length;
  if (row.sumGroups.length === 0 || printedCount(gathered.cells) === 0) return null;
  // A row that holds its cells already (a run of numbers a space apart holds one each: a report
  // run into one line) is not wrapped around them; words after it are labelTail's to read.
  let held = 0;
  for (const c of gathered.cells) if (c.kind !== 'empty') held += heldBy(c);
  if (gathered.cells.length >= n || held >= n) return null;
  const rest = restWords(lines, gathered.lineIndex, gathered.cellIndex, plan);
  if (rest === null) return null;
  const restKey = matchKey(labelText(rest.words));
  if ((matchRow(restKey, plan.rows)?.row ?? row) !== row) return null;
  // Words none of the label's own, its group's, the table's column labels' or those over its rows
  // (a line of junk, `中中中…`), or no Chinese at all (`****x****…`), are no rest of it.
  if (!CHINESE.test(restKey) || otherWordsIn(notHeaders(restKey, plan), row)) return null;
  const whole = [...label, ...rest.words];
  if (!isLabel(whole) || matchLabel(whole, plan).match?.row !== row) return null;
  // The rest's values start on the words' last line, after them, or on the line after it.
  const complete = completeAfterRest(lines, gathered.cells, rest, row, plan);
  if (complete === null) return null;
  return { ...complete, words: rest.words.map((c) => c.raw.trim()).join(' ') };
}

/** The characters the table's column labels and the words it prints over its rows print, by plan. */
const HEADER_CHARACTERS = new WeakMap<TablePlan, ReadonlySet<string>>();

/** The characters of a matchKey that none of the table's column labels, nor the words it prints over its rows, print. */
function notHeaders(key: string, plan: TablePlan): string {
  let printed = HEADER_CHARACTERS.get(plan);
  if (printed === undefined) {
    printed = new Set([...plan.columnLabels, ...plan.laterWords].flatMap((words) => [...words]));
    HEADER_CHARACTERS.set(plan, printed);
  }
  const over = printed;
  return [...key].filter((ch) => !over.has(ch)).join('');
}

/**
 * A label that names no row, its values, then words that complete it (`7.属于行政执` / the
 * numbers / `法案卷`, a label wrapped around its numbers): the row the whole names, when the words
 * alone name none, its values fit the row's cells, and the row was not read before. The values may
 * also be the row's first ones only (`（一）予以公 109` / `开` / `25` … `402`, plain pdftotext; `5.属于三类内部 33` /
 * `事务信息   20   126 131 29   7   346`, pdftotext -layout), when the values after the words (on
 * their line or the lines after it) complete the row and it adds up (completeAfterRest).
 */
function wrappedLabel(
  lines: readonly TokenLine[],
  area: Area,
  label: Label,
  plan: TablePlan,
  seen: ReadonlySet<string>,
): { row: FoundRow; lineIndex: number; cellIndex: number } | null {
  if (area.cellIndex !== 0 || area.lines.length !== 1) return null;
  const line = lines[area.lineIndex];
  if (line === undefined || isHeaderLine(line, plan)) return null;
  const cells = area.lines.flatMap((l) => l.cells);
  const found = (named: Named, found: readonly Cell[]): FoundRow => ({ planned: named.row, label: ownLabel(named.whole, named.first), line: cellOf(named.whole, named.first).line, cells: [...found], headed: false });
  // The row's first values only (a number glued to the label's line reads as digits run
  // together, which could be a crawler's whole row), its other ones after the words, which may
  // take lines: read so when they complete the row exactly and it adds up.
  const rest = restWords(lines, area.lineIndex, 0, plan);
  const named = rest && restOf(label, rest.words, plan, seen, true);
  if (rest && named && named.row.sumGroups.length > 0 && printedCount(cells) < named.row.spec.columns.length) {
    const complete = completeAfterRest(lines, cells, rest, named.row, plan);
    if (complete) return { row: found(named, complete.cells), lineIndex: complete.lineIndex, cellIndex: complete.cellIndex };
  }
  // Every value on the one line, the words' lines (no value on them, up to one that opens a row's
  // numbering) completing the label: the most of them that do (`4.无正当理` / the numbers /
  // `由大量反复申` / `请`). A numbering opens a label, never a rest, the first line after the
  // values too, and so do words that begin a row's label as the form prints it: the row's own
  // printed again after another's numbers (`6.属于四类过` / `程性信息` / `部事务信息` / 5.'s numbers /
  // `6.属于四类过` / `程性信息` / its own; `行政强制` / `处罚` / 8289 / `行政强制` / `5`, lines printed
  // twice) is that print's label, not this one's rest.
  let once: { row: FoundRow; lineIndex: number; cellIndex: number } | null = null;
  const words: Cell[] = [];
  for (const { texts, index } of wordLines(lines, area.lineIndex, plan)) {
    const key = matchKey(labelText(texts));
    if (ROW_NUMBERING.test(key) || beginsAnother(key, plan, null)) break;
    for (const t of texts) words.push(t);
    const named = restOf(label, words, plan, seen, true);
    if (named === null || !fitsRow(cells, named.row.spec.columns.length)) continue;
    // A further line goes on with the row's label as the form prints it, or it is the next row's.
    if (once !== null && (named.row !== once.row.planned || !matchKey(named.row.spec.label).includes(matchKey(words.map((c) => c.raw).join(''))))) break;
    once = { row: found(named, cells), lineIndex: index + 1, cellIndex: 0 };
  }
  return once;
}

/** The row a label and the words after its values name together, and where its own words start. */
interface Named {
  row: PlannedRow;
  whole: Label;
  first: number;
}

/**
 * The row `label` and `words` (printed after the label's values) name together, when the words
 * complete the label: wrappedLabel's rules. `spanning`: the words may also name the row alone when
 * the form's label of the row runs from the label into them (spansValues).
 */
function restOf(label: Label, words: readonly Cell[], plan: TablePlan, seen: ReadonlySet<string>, spanning = false): Named | null {
  if (!isLabel(words)) return null;
  const whole = [...label, ...words];
  if (!isLabel(whole)) return null;
  const { match, first, last } = matchLabel(whole, plan);
  if (!match || seen.has(match.row.path)) return null;
  // The values' line may open with a numbering (`其他法律` / `2.⇥81⇥113…` / `行政法规禁`): the
  // row's own, when the words after the values go on with the row's label. A numbering before that
  // line, or words after the values that are not the row's, start another row's label, whose the
  // values are (`执法案卷` / `属于行政` / `8.⇥46⇥88…` / `查询事项`).
  if (last < label.length) {
    if (runsOn(label, last, plan, match.row, null, lastOf(label).line)) return null;
    if (!matchKey(match.row.spec.label).includes(matchKey(labelText(words)))) return null;
  }
  // The row's words start in the label before the values: words after them that name a row from
  // their own first word on are that row's label, not this one's rest (its values follow them).
  // Unless the row's label as the form prints it, numbering and all, runs from the label into the
  // words (`5.属于三类` / values / `内部事务信息`), as a label wrapped around its first number does.
  if (first >= label.length) {
    const at = spanning ? spansValues(label, words, match.row) : -1;
    if (at < 0) return null;
    return { row: match.row, whole, first: at };
  }
  // The words alone may name the row too (`2.没` / `有现成信息需要另行制作`), never another.
  const alone = matchRow(matchKey(labelText(words)), plan.rows);
  if (alone && alone.row !== match.row) return null;
  return { row: match.row, whole, first };
}

/** Does a text cell open a row's label: a row numbering, then words that name a row (`3.其他`), or a row's whole label? */
function cellOpensRow(cell: Cell, plan: TablePlan): boolean {
  const key = matchKey(cell.raw);
  if (ROW_NUMBERING.test(key) && matchRow(key, plan.rows) !== null) return true;
  // A row's whole label as the form prints it, numbering aside (`规章5505298680⇥行政规范性文件1127397275`,
  // a crawler's row run together): not a word among a row's cells. Not a column's header (`其他`, `总计`).
  const words = key.replace(ROW_NUMBERING, '');
  return words.length >= 2 && !plan.isHeaderWord(words) && plan.rows.some((row) => row.ownKey.slice(row.numbering?.length ?? 0) === words);
}

/**
 * Are the cells gathered for a row of several cells marks only (`*`, `—`), fewer than its cells, on
 * one line of their own after the label's, and does the next row's label follow, alone on its line
 * (a numbering, or the first words of another row as the form prints them, and no value)?
 */
function markLineOnly(gathered: Gathered, label: Label, n: number, lines: readonly TokenLine[], plan: TablePlan, row: PlannedRow): boolean {
  if (gathered.cellIndex !== 0) return false;
  const printed = gathered.cells.filter((c) => c.kind !== 'empty');
  const [first] = printed;
  if (first === undefined || printed.length >= n || printed.some((c) => c.kind !== 'placeholder' || c.line !== first.line)) return false;
  const next = lines[gathered.lineIndex];
  if (first.line <= lastOf(label).line || next === undefined) return false;
  // A label printed with its numbers on its line (`6.属于四类过程性信息⇥96⇥84…`) owns them: the mark is
  // the row before's print (a cell-count error names it), not a break in labels printed first.
  if (next.cells.some(isValue)) return false;
  let text = '';
  for (const c of next.cells) if (c.kind === 'text') text += c.raw;
  const key = matchKey(text);
  return key !== '' && (ROW_NUMBERING.test(key) || beginsAnother(key, plan, row));
}

/** Are a row's cells digits run together: fewer printed cells than it has, one of them a run of digits? */
const runTogether = (cells: readonly Cell[], n: number): boolean => printedCount(cells) < n && cells.some((c) => c.kind === 'digits');

/** Is the cell at `at` the first of its line that is not blank? (Linear: the blanks before it are passed once.) */
function opensLine(cells: readonly Cell[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) if (cells[i]?.kind !== 'empty') return false;
  return true;
}

/** The empty cells between the end of the label and the first value on this line. */
function leadingEmpties(cells: readonly Cell[], valueIndex: number, labelLine: number): Cell[] {
  const empties: Cell[] = [];
  for (let i = valueIndex - 1; i >= 0; i--) {
    const cell = cells[i];
    if (cell?.kind !== 'empty') break;
    if (cell.line === labelLine) empties.unshift(cell);
  }
  return empties;
}

/**
 * A row printed with every cell blank: its label followed on the same line by nothing but empty
 * cells, at least as many as it has columns (merged-cell filler may add more; all are blank).
 */
function blankRow(label: Label, cells: readonly Cell[], emptyIndex: number, plan: TablePlan): FoundRow | null {
  if (cells.length - emptyIndex > plan.widest + 4) return null;
  for (let i = emptyIndex; i < cells.length; i++) if (cells[i]?.kind !== 'empty') return null;
  if (lastOf(label).line !== cells[emptyIndex]?.line) return null;
  const { match, first } = matchLabel(label, plan);
  const n = match?.row.spec.columns.length ?? Infinity;
  if (!match || cells.length - emptyIndex < n) return null;
  return { planned: match.row, label: ownLabel(label, first), line: cellOf(label, first).line, cells: cells.slice(emptyIndex, emptyIndex + n), headed: false };
}

interface Gathered {
  cells: Cell[];
  /** Where reading resumes. */
  lineIndex: number;
  cellIndex: number;
}

/**
 * The cells of a row that starts with the value at (li, ci), after the cells `before` it (which
 * the row takes over). The rest of that line belongs to the row; when the row still has fewer
 * than `n` cells it continues on the following lines, up to the next label. A following line
 * that prints one cell (one-cell-per-line layouts indent it with a tab) gives that cell, a line
 * of nothing but separators gives one blank cell. Text cells on the row's own line count as
 * cells (a word printed where a number belongs) until the row is full, or until one opens another
 * row's label (`…申 请⇥11150 63 42 76128470⇥3.其他85 59…`, two rows' lines joined), or is a piece
 * of the row's own label (restOfOwn): the row ends there.
 */
function gather(lines: readonly TokenLine[], li: number, ci: number, n: number, before: Cell[], plan: TablePlan, row?: PlannedRow): Gathered {
  const cells = before;
  const first = lines[li]?.cells ?? [];
  let index = ci;
  for (; index < first.length; index++) {
    const cell = first[index];
    if (cell === undefined) break;
    if (cell.kind === 'text' && (cells.length >= n || cellOpensRow(cell, plan) || (row !== undefined && restOfOwn(cell, row)))) return { cells, lineIndex: li, cellIndex: index };
    cells.push(cell);
  }
  let line = li + 1;
  // A run of numbers with spaces (`43 75 15 83 117 9 342`, one cell as the tokenizer gives it) holds
  // as many cells as it has groups: a row whose runs already hold its cells does not go on to the
  // next line (a number of it cut onto a line of its own, `…9 34` / `2`, is no more of its cells).
  let held = 0;
  for (const c of cells) held += heldBy(c);
  for (; line < lines.length && cells.length < n && held < n; line++) {
    const row = lines[line]?.cells ?? [];
    let firstText = 0;
    while (firstText < row.length && row[firstText]?.kind !== 'text') firstText++;
    if (firstText < row.length) {
      // Cells before the next label on its line are this row's when values are among them.
      let values = false;
      for (let i = 0; i < firstText && !values; i++) {
        const c = row[i];
        values = c !== undefined && isValue(c);
      }
      if (values) {
        for (let i = 0; i < firstText; i++) {
          const c = row[i];
          if (c) cells.push(c);
        }
      }
      return { cells, lineIndex: line, cellIndex: firstText };
    }
    const before = cells.length;
    continueRow(cells, row);
    for (let i = before; i < cells.length; i++) held += heldBy(cells[i] as Cell);
  }
  return { cells, lineIndex: line, cellIndex: 0 };
}

/**
 * The numbers the next label may own, printed before it: the last line of `lines`, or, when the
 * lines print several numbers but the last fewer than a row's `n` (a row's line broken: `11 36 87` /
 * `105 18 114 371` / `1.本机关不掌握相关政府信息`), the last lines that hold a row's worth. When
 * every line prints one number (one cell a line), only the last: there the numbers before a label
 * are as likely the row before's. A row's worth that opens with a number alone on its line, after
 * another alone on its line, takes that one too (a number cut in two: readsBefore joins them).
 */
function lastRowsWorth(lines: readonly ValueLine[], n: number): ValueLine[] {
  if (lines.every((l) => heldIn([l]) < 2)) return lines.slice(-1);
  let held = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    held += heldIn(lines.slice(i, i + 1));
    if (held < n) continue;
    // A number alone on each of two lines may be one number a line break cut in two (`1` / `1` /
    // `36 87 105 18 114 371`): the line before goes with them, for the row's joined reading.
    const cut = held === n && i > 0 && heldIn(lines.slice(i, i + 1)) === 1 && heldIn(lines.slice(i - 1, i)) === 1;
    return lines.slice(cut ? i - 1 : i);
  }
  return lines.slice(-1);
}

/**
 * How many cells a printed cell may hold: a run of numbers with spaces, one a group (`9 342` too,
 * which may be one number in thousands or two cells); any other, one.
 */
export function heldBy(cell: Cell): number {
  // Only a cell with a space can hold more than one (the common case costs no split).
  if ((cell.kind !== 'digits' && cell.kind !== 'number') || !cell.raw.trim().includes(' ')) return 1;
  return numbersIn(cell)?.length ?? 1;
}

/** How many cells lines of values may hold (heldBy), blanks aside. */
export function heldIn(lines: readonly ValueLine[]): number {
  let held = 0;
  for (const line of lines) for (const c of line.cells) if (c.kind !== 'empty') held += heldBy(c);
  return held;
}

/**
 * Adds to a row that runs on over lines the cells a line of values gives: none for a blank line,
 * one blank cell for a line of nothing but separators, the one value of a line that prints one
 * (one-cell-per-line layouts indent it with a tab), or every cell of the line.
 */
export function continueRow(cells: Cell[], row: readonly Cell[]): void {
  const first = row[0];
  if (first === undefined) return;
  let filled: Cell | undefined;
  for (const c of row) {
    if (c.kind === 'empty') continue;
    if (filled) {
      for (const c of row) cells.push(c); // a loop: a line may hold 300,000 cells
      return;
    }
    filled = c;
  }
  cells.push(filled ?? first);
}

/** The form's index of the rows an item names (a row, or labels printed together), or none. */
export function namedIndexes(item: ReadItem): number[] {
  return item.kind === 'row' ? [item.row.planned.index] : item.kind === 'labels' ? item.labels.map((l) => l.planned.index) : [];
}

/** The label as printed of the row at the form's `index` that an item names. */
function labelNamed(item: ReadItem, index: number): string {
  return item.kind === 'row' ? item.row.label : item.kind === 'labels' ? (item.labels.find((l) => l.planned.index === index)?.label ?? '') : '';
}

/** The nearest item from `from` on (back, or on) that names rows: where it is, and their indexes. */
function nearestNamed(items: readonly ReadItem[], from: number, step: 1 | -1): { at: number; indexes: number[] } | null {
  for (let i = from; i >= 0 && i < items.length; i += step) {
    const item = items[i];
    if (item === undefined) continue;
    const indexes = namedIndexes(item);
    if (indexes.length > 0) return { at: i, indexes };
  }
  return null;
}

/**
 * Do the rows named right before and right after the row item at `k` come before its row in the
 * form, in order with each other (`3.危及…` / `四、结转下年度继续办理` / `4.保护第三方…`)? Then their
 * labels as messages quote them, the form's index of its row and of the one after, and where that stands.
 */
function amongEarlier(items: readonly ReadItem[], k: number): { before: string; after: string; own: number; first: number; afterAt: number } | null {
  const item = items[k];
  if (item?.kind !== 'row') return null;
  const own = item.row.planned.index;
  const before = nearestNamed(items, k - 1, -1);
  const after = nearestNamed(items, k + 1, 1);
  if (before === null || after === null) return null;
  const last = Math.max(...before.indexes);
  const first = Math.min(...after.indexes);
  if (!(last < first && first < own)) return null;
  const label = (at: number, index: number): string => {
    const named = items[at];
    return named === undefined ? '' : labelNamed(named, index);
  };
  return { before: label(before.at, last), after: label(after.at, first), own, first, afterAt: after.at };
}

/**
 * Is the row item at `k`, printed once, astray (amongEarlier: `2.重复申请` / `3.要求提供公` /
 * `四、结转下年度继续办理` / numbers / `开出版物` / `4.无正当理由…`)? Then the labels around it.
 */
function astrayAlone(items: readonly ReadItem[], k: number): { before: string; after: string } | null {
  const among = amongEarlier(items, k);
  if (among === null) return null;
  const { own } = among;
  // Two rows next to each other in the form swapped (`二、上年结转…` / `（二）部分公开` / `（一）予以公开` /
  // `（三）不予公开…`) may be either astray: only when the row named after those comes before it too.
  const then = nearestNamed(items, among.afterAt + 1, 1);
  const swapped = own === among.first + 1 && (then === null || Math.min(...then.indexes) > own);
  return swapped ? null : { before: among.before, after: among.after };
}

/**
 * Is the row item `kept` a print astray (amongEarlier), and do the rows named right before
 * `later`, another print of it, come before it (the form's place)? Then the rows around it and
 * it: their labels, as messages quote them. Looked at once for a row (FoundRow.astray).
 */
function astrayAmong(items: readonly ReadItem[], kept: Extract<ReadItem, { kind: 'row' }>, later: FoundRow): FoundRow['astray'] | null {
  const k = items.lastIndexOf(kept);
  const last = nearestNamed(items, items.length - 1, -1);
  if (k < 0 || last === null || last.at <= k || Math.max(...last.indexes) >= later.planned.index) return null;
  const among = amongEarlier(items, k);
  return among === null ? null : { other: later.line, before: among.before, after: among.after };
}
