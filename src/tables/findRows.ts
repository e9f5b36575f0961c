/**
 * The generic row reader every table uses. It walks a region's cells in reading order; a run of
 * text cells followed by values is a row label, matched against the catalog's RowSpecs; the
 * values after it (on the same line, or on the following lines when the label stands alone) are
 * the row's cells. This absorbs tab rows, one cell per line, labels split over lines, labels on
 * one line with numbers on the next, and merged-cell filler, without knowing which layout it is.
 */
import { diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import { matchKey } from '../normalize/matchKey.js';
import { isNonEmpty, type Cell, type NonEmpty, type TokenLine } from '../tokens.js';
import type { PlannedRow, TablePlan } from './plan.js';

export interface FoundRow {
  planned: PlannedRow;
  /** The row's label as printed (group label included), for messages. */
  label: string;
  /** Line of the row's own label (where the matched words are). */
  line: number;
  /** The printed cells after the label, before fitting to the row's cell count. */
  cells: Cell[];
}

export interface RowMatch {
  readonly row: PlannedRow;
  /** Index into the label's matchKey where the row's words start. */
  readonly start: number;
  readonly end: number;
}

/**
 * The row whose pattern matches last in the label (group labels come first), or null. The row's
 * words start at that row's first match, so a label split over lines is quoted whole.
 */
export function matchRow(key: string, rows: readonly PlannedRow[]): RowMatch | null {
  let best: RowMatch | null = null;
  for (const row of rows) {
    // exec on the row's own global regex: matchAll would construct a copy of it on every call.
    const re = row.pattern;
    re.lastIndex = 0;
    let start = -1;
    let end = -1;
    for (let m = re.exec(key); m !== null; m = re.exec(key)) {
      if (start < 0) start = m.index;
      end = Math.max(end, m.index + m[0].length);
      if (m[0] === '') re.lastIndex++;
    }
    re.lastIndex = 0;
    if (end < 0) continue;
    if (!best || end > best.end || (end === best.end && start < best.start)) best = { row, start, end };
  }
  return best;
}

/**
 * Words printed in the first value cells of a row, on the values' line after the row's own label
 * (`(一) 予以公开⇥abc⇥25⇥…`), read as more label. They are cells when, and only when, the row then
 * has exactly its column count (trailing filler aside); a bracketed word (`（件）`) stays label.
 * Returns how many of the label's last cells are such words; `after` is the first label cell past
 * the matched words.
 */
function strayWords(label: Label, after: number, cells: readonly Cell[], n: number, valueLine: number): number {
  let stray = 0;
  for (let i = label.length - 1; i >= after; i--) {
    const cell = label[i];
    if (cell === undefined || cell.line !== valueLine || /^[(（[【].*[)）\]】]$/.test(cell.raw.trim())) break;
    stray++;
  }
  if (stray === 0) return 0;
  let printed = cells.length;
  while (cells[printed - 1]?.kind === 'empty') printed--;
  return printed < n && printed + stray === n ? stray : 0;
}

/** The length of each label cell's matchKey: where each cell's words sit in the label's key. */
const keyLengths = (labelCells: readonly Cell[]): number[] => labelCells.map((c) => matchKey(c.raw).length);

/** Index of the label cell holding key position `at`, given each cell's key length. */
function cellAt(keyLengths: readonly number[], at: number): number {
  let seen = 0;
  let i = 0;
  for (const length of keyLengths) {
    seen += length;
    if (at < seen) return i;
    i++;
  }
  return keyLengths.length - 1;
}

/** The label cells where the match's words start and end. A one-cell label needs no key lengths. */
function matchedCells(label: Label, match: RowMatch): { first: number; last: number } {
  if (label.length === 1) return { first: 0, last: 0 };
  const lengths = keyLengths(label);
  return { first: cellAt(lengths, match.start), last: cellAt(lengths, match.end - 1) };
}

/**
 * The cells of a label: the text cells before a row's values, as many as there are (at least one).
 * A label runs over cells and lines: `(三) 不予 公开⇥1.属于国家秘密`, or a label split over lines.
 */
type Label = NonEmpty<Cell>;

const isLabel: (cells: readonly Cell[]) => cells is Label = isNonEmpty;

/** The label's cell `i`, an index matchedCells gave (so one of its cells). */
const cellOf = (label: Label, i: number): Cell => label[i] ?? label[0];

/** The label's last cell: the one the values follow. */
const lastOf = (label: Label): Cell => cellOf(label, label.length - 1);

/**
 * The row's own label as printed: the label's cells from `first` on (header words and the group
 * label before it are left out). The row's line is that of cell `first`.
 */
function ownLabel(label: Label, first: number): string {
  let text = cellOf(label, first).raw.trim();
  for (let i = first + 1; i < label.length; i++) text += ' ' + cellOf(label, i).raw.trim();
  return text;
}

/** The label's cells as one text, as printed (what its matchKey is taken of). */
function labelText(label: Label): string {
  if (label.length === 1) return label[0].raw;
  let text = '';
  for (const c of label) text += c.raw;
  return text;
}

/** A label's row, and the label cells where the row's words start and end (see matchedCells). */
export interface LabelMatch {
  readonly match: RowMatch | null;
  readonly first: number;
  readonly last: number;
}

const MATCH_CACHE_SIZE = 4096;
/**
 * Longer labels are not remembered: a form's labels are short, and a crawled page may run a whole
 * table into one label of hundreds of thousands of characters, which 4,096 entries would keep.
 */
const MAX_CACHED_LABEL = 256;

/**
 * matchRow for a label as printed, with matchedCells. Remembered (bounded in count and length)
 * by the cells' texts: the same labels come back in most reports, and then need neither matchKey,
 * the patterns nor the cells' key lengths.
 */
function matchLabel(label: Label, plan: TablePlan): LabelMatch {
  const cellTexts = labelKey(label);
  const cache = plan.labels;
  const known = cellTexts === null ? undefined : cache.get(cellTexts);
  if (known !== undefined) return known;
  const match = matchRow(matchKey(labelText(label)), plan.rows);
  const found: LabelMatch = { match, ...(match ? matchedCells(label, match) : { first: 0, last: 0 }) };
  if (cellTexts === null) return found;
  if (cache.size >= MATCH_CACHE_SIZE) cache.clear();
  cache.set(cellTexts, found);
  return found;
}

/**
 * The label's cell texts with a line break between cells, which tells where each cell ends: a
 * cell never holds one (lines are split at it). Null for a cell that does (built by hand), and
 * for a label too long to remember.
 */
function labelKey(label: Label): string | null {
  let key = label[0].raw;
  if (key.includes('\n')) return null;
  for (let i = 1, cell = label[1]; cell !== undefined; cell = label[++i]) {
    const raw = cell.raw;
    if (raw.includes('\n')) return null;
    key += '\n' + raw;
    if (key.length > MAX_CACHED_LABEL) return null; // not remembered
  }
  return key.length > MAX_CACHED_LABEL ? null : key;
}

/** A cell that prints a value (a number, a mark such as `—`, or run-together digits). */
export const isValue = (c: Cell): boolean => c.kind === 'number' || c.kind === 'placeholder' || c.kind === 'digits';

export interface ReadRowsResult {
  rows: FoundRow[];
  diagnostics: PendingDiagnostic[];
}

/**
 * Read the rows of a table from a region's token lines. Rows found twice keep the first; labels
 * with values that match no row are reported, so a label variant the catalog lacks is visible.
 */
export function readRows(
  lines: readonly TokenLine[],
  plan: TablePlan,
  /** The table that follows: reading one of its rows means this table has ended. */
  following: TablePlan | null,
): ReadRowsResult {
  const tablePath = plan.key;
  const rows: FoundRow[] = [];
  const diagnostics: PendingDiagnostic[] = [];
  const seen = new Set<string>();
  /** The duplicate-row diagnostic of each row printed again, counting its repeats. */
  const repeats = new Map<string, PendingDiagnostic<'duplicate-row'>>();
  let label: Cell[] = [];
  let li = 0;
  let ci = 0;
  while (li < lines.length) {
    const cells = lines[li]?.cells ?? [];
    const cell = ci < cells.length ? cells[ci] : undefined;
    if (cell === undefined) {
      li++;
      ci = 0;
      continue;
    }
    if (cell.kind === 'text') {
      label.push(cell);
      ci++;
      continue;
    }
    if (cell.kind === 'empty') {
      // Only the empty cell right after a label can start a blank row (keeps this linear).
      const blank = isLabel(label) && cells[ci - 1] === lastOf(label) ? blankRow(label, cells, ci, plan) : null;
      if (blank) {
        if (!seen.has(blank.planned.path)) {
          seen.add(blank.planned.path);
          rows.push(blank);
        }
        label = [];
        li++;
        ci = 0;
        continue;
      }
      ci++;
      continue;
    }
    if (!isLabel(label)) {
      ci++; // a value with no label before it: nothing to attach it to
      continue;
    }
    // A row starts here: the label run is complete.
    const { match, first, last } = matchLabel(label, plan);
    // A label of the next table (or a repeat of one of ours that names it, as part 四's header
    // ends in 总计) means the region ran on past this table.
    if ((!match || seen.has(match.row.path)) && following && matchRow(matchKey(labelText(label)), following.rows)) break;
    const n = match ? match.row.spec.columns.length : 1;
    const gathered = gather(lines, li, ci, n, leadingEmpties(cells, ci, lastOf(label).line));
    if (match) {
      // Stray words only ever leave the end of the label, past the matched words: `first` stays.
      const stray = strayWords(label, last + 1, gathered.cells, n, cell.line);
      // Stray words leave the label (which keeps at least its matched words, `first` to `last`).
      const own: Label = stray > 0 ? [label[0], ...label.slice(1, label.length - stray)] : label;
      if (stray > 0) gathered.cells.unshift(...label.slice(label.length - stray));
      const text = ownLabel(own, first);
      const line = cellOf(own, first).line;
      if (seen.has(match.row.path)) {
        // One warning per row however often it repeats (a file may repeat a line 150,000 times).
        const repeat = repeats.get(match.row.path);
        if (repeat) repeat.params.repeats++;
        else {
          const d = diagnostic('duplicate-row', 'duplicate-row', { row: text, repeats: 1 }, match.row.fullPath, line);
          repeats.set(match.row.path, d);
          diagnostics.push(d);
        }
      } else {
        seen.add(match.row.path);
        rows.push({ planned: match.row, label: text, line, cells: gathered.cells });
      }
    } else {
      const printed = ownLabel(label, 0);
      diagnostics.push(diagnostic('unknown-row', 'unknown-row', { label: printed }, tablePath, lastOf(label).line));
    }
    label = [];
    li = gathered.lineIndex;
    ci = gathered.cellIndex;
  }
  return { rows, diagnostics };
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
  return { planned: match.row, label: ownLabel(label, first), line: cellOf(label, first).line, cells: cells.slice(emptyIndex, emptyIndex + n) };
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
 * cells (a word printed where a number belongs) until the row is full.
 */
function gather(lines: readonly TokenLine[], li: number, ci: number, n: number, before: Cell[]): Gathered {
  const cells = before;
  const first = lines[li]?.cells ?? [];
  let index = ci;
  for (; index < first.length; index++) {
    const cell = first[index];
    if (cell === undefined) break;
    if (cell.kind === 'text' && cells.length >= n) return { cells, lineIndex: li, cellIndex: index };
    cells.push(cell);
  }
  let line = li + 1;
  for (; line < lines.length && cells.length < n; line++) {
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
    continueRow(cells, row);
  }
  return { cells, lineIndex: line, cellIndex: 0 };
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
