/**
 * Rows printed apart from their numbers (findRows.ts hands them on as printed) → rows, only where
 * the pairing is certain:
 *
 * - labels of several rows, then their numbers (PDF converters print a column of labels, then the
 *   numbers): read one line a row, or one number a line row after row, or column after column
 *   (plain pdftotext) — from the numbers after the labels, or, when they do not pair, the numbers
 *   just before them (labels printed after their numbers);
 * - numbers printed with no label, between labelled rows: the rows of the form missing there.
 *
 * A reading is certain when it is the only one that fits: the counts pair one to one, every row's
 * own arithmetic holds, and every column equation of the table that involves a row it places can
 * be checked and holds. An equation that cannot be checked (a row it needs not read) does not
 * hold, unless every row of it placed is of a run of labels that vouches for itself (three rows
 * or more one after another in the form, none left out, the rows beside it named, each with its
 * own arithmetic, one reading adding up: selfEvident); such rows say that no column rule checked
 * them. Anything else leaves the rows concerned null with `ambiguous-pairing`, saying why. The search over the readings is bounded (PAIRING_LIMIT combinations); reaching the
 * bound decides nothing.
 */
import { diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import type { PairedBy, PairingReason, UnlabelledReason } from '../messages/params.js';
import { matchKey } from '../normalize/matchKey.js';
import type { Cell } from '../tokens.js';
import { equationsHold, readState, type RowState } from './crossRows.js';
import { heldBy, heldIn, printsShort, type ReadItem, type ValueLine } from './findRows.js';
import { groupLabelsOnly, labelEnd, type RowLabel } from './labels.js';
import type { PlannedRow, TablePlan } from './plan.js';
import { fitsRow, groupsAddUp, numericValue, type RowValues } from './rowValues.js';

/** Most combinations of readings the search looks at; past it, nothing is decided. */
const PAIRING_LIMIT = 4096;

/** A row read by pairing: its label (the form's, for numbers printed with no label), its cells, and how. */
export interface PairedRow {
  row: RowLabel;
  cells: Cell[];
  by: PairedBy;
  /** The labels were printed after their numbers. */
  after: boolean;
  /** How many labels and lines of numbers were paired together. */
  labels: number;
  lines: number;
  /** Read on its rows' own arithmetic alone: the column equations could not check it (Variable.selfEvident). */
  unchecked: boolean;
}

export interface Pairing {
  rows: PairedRow[];
  /** Rows whose numbers are printed but cannot be placed: null, with the diagnostic. */
  unplaced: Array<{ row: RowLabel; problem: PendingDiagnostic }>;
}

/** Reads a row's cells as the table would (buildTable's context: columns as printed, its line). */
export type ReadCells = (row: RowLabel, cells: readonly Cell[]) => RowValues;

/** One way to give a run of numbers to some rows: the cells of each, in order. */
interface Reading {
  area: number;
  cells: Cell[][];
  by: PairedBy;
  after: boolean;
  /**
   * Lines of a few numbers each grouped into rows (linesGrouped): a number may stand out of its
   * place within its row and the row still add up, so only the table's column rules vouch for it.
   */
  grouped?: true;
}

/** Rows to pair and the readings that fit them. */
interface Variable {
  labels: RowLabel[];
  readings: Reading[];
  /** Each reading's rows as the column equations see them. */
  states: Array<Map<string, RowState>>;
  /** How many readings the counts allowed, before the rows' own arithmetic. */
  structural: number;
  /** The numbers it would be paired with (its own, or else the nearest), for messages. */
  lines: ValueLine[];
  /**
   * Its one reading vouches for itself (selfEvident): column equations it cannot be checked
   * against, for a row they need not being read, do not keep it from being read.
   */
  selfEvident: boolean;
}

const printed = (cells: readonly Cell[]): Cell[] => cells.filter((c) => c.kind !== 'empty');

/** The most rows of one line each whose numbers plain pdftotext prints in turn. */
const MOST_INTERLEAVED = 4;
/** The most readings with rows given in turn that are looked for; one more found is given too, so that several always count as several. */
const MOST_IN_TURN = 8;

/** `k` rows of `width` cells from values[from…], given in turn (the first of each row, then the second of each, …). */
const inTurn = (values: readonly Cell[], from: number, k: number, width: number): Cell[][] =>
  Array.from({ length: k }, (_, i) => Array.from({ length: width }, (_, c) => values[from + c * k + i]).filter((c): c is Cell => c !== undefined));

/** The rows' values, as one text: readings that give the same values are one reading. */
const valuesKey = (rows: readonly (readonly Cell[])[]): string => rows.map((cells) => cells.map(numericValue).join(',')).join(';');

/** Each row's count of cells, and where its numbers start in a run read row after row. */
function rowStarts(labels: readonly RowLabel[]): { widths: number[]; starts: number[] } {
  const widths = labels.map((l) => l.planned.spec.columns.length);
  const starts: number[] = [];
  let at = 0;
  for (const w of widths) {
    starts.push(at);
    at += w;
  }
  return { widths, starts };
}

/**
 * Numbers one a line, row after row, except where a few rows in a row give theirs in turn (the
 * first of each, then the second of each, …): plain pdftotext prints so the rows of a table
 * whose labels take one line each (2.重复申请 beside 3.要求提供公开出版物: `22 54 23 80 …`). Every
 * way of cutting the run so, each row as printed or two to four rows of its width in turn, in
 * which every row adds up by its own arithmetic; each reading once by its values, and not the
 * row-by-row one. Several are all given (at most MOST_IN_TURN and one more): pairing then reads
 * the run only if the column equations leave one. A run has no more labels than its table rows.
 */
function interleavedRows(labels: readonly RowLabel[], values: readonly Cell[]): Cell[][][] {
  const { widths, starts } = rowStarts(labels);
  const addsUp = (label: RowLabel | undefined, cells: readonly Cell[]): boolean => {
    const sums = label?.planned.sumGroups ?? [];
    const numbers = cells.map(numericValue);
    return sums.length > 0 && numbers.every((n) => n !== null) && groupsAddUp(numbers, sums);
  };
  /** The readings of the rows from each on (by row index, from the last back), each once by its values. */
  const from: Array<Map<string, Cell[][]>> = [];
  from[labels.length] = new Map([['', []]]);
  for (let r = labels.length - 1; r >= 0; r--) {
    const found = new Map<string, Cell[][]>();
    const width = widths[r] ?? 0;
    for (let k = 1; k <= MOST_INTERLEAVED && r + k <= labels.length && found.size <= MOST_IN_TURN; k++) {
      if (widths.slice(r, r + k).some((w) => w !== width)) break;
      const block = inTurn(values, starts[r] ?? 0, k, width);
      if (!block.every((cells, i) => cells.length === width && addsUp(labels[r + i], cells))) continue;
      for (const rest of from[r + k]?.values() ?? []) {
        const reading = [...block, ...rest];
        found.set(valuesKey(reading), reading);
        if (found.size > MOST_IN_TURN) break;
      }
    }
    from[r] = found;
  }
  const byRow = valuesKey(labels.map((_, r) => values.slice(starts[r], (starts[r] ?? 0) + (widths[r] ?? 0))));
  return [...(from[0] ?? new Map<string, Cell[][]>()).entries()].filter(([key]) => key !== byRow).map(([, reading]) => reading);
}

/**
 * For each run of two to four rows in a row with no sums and one width over one, the reading that
 * gives that run's numbers in turn (the first of each row, then the second of each, …) and every
 * other row its numbers row after row; each once, and none that reads as row after row does.
 */
function unsummedInTurn(labels: readonly RowLabel[], values: readonly Cell[]): Cell[][][] {
  const { widths, starts } = rowStarts(labels);
  const byRow = labels.map((_, r) => values.slice(starts[r], (starts[r] ?? 0) + (widths[r] ?? 0)));
  const out = new Map<string, Cell[][]>();
  for (let r = 0; r < labels.length; r++) {
    const width = widths[r] ?? 0;
    if (width < 2 || (labels[r]?.planned.sumGroups.length ?? 0) > 0) continue;
    for (let k = 2; k <= MOST_INTERLEAVED && r + k <= labels.length; k++) {
      if (widths.slice(r, r + k).some((w) => w !== width) || labels.slice(r, r + k).some((l) => l.planned.sumGroups.length > 0)) break;
      const reading = [...byRow.slice(0, r), ...inTurn(values, starts[r] ?? 0, k, width), ...byRow.slice(r + k)];
      const key = valuesKey(reading);
      if (key !== valuesKey(byRow)) out.set(key, reading);
    }
  }
  return [...out.values()];
}

/**
 * The ways `lines` can give `labels` their cells: one line each (as many lines as labels, each
 * fitting its row), or, when every line prints one number, row after row, (rows of the same
 * width) column after column, or row after row with a few rows given in turn (interleavedRows).
 */
function readingsOf(labels: readonly RowLabel[], lines: readonly ValueLine[], area: number, after: boolean): Reading[] {
  const widths = labels.map((l) => l.planned.spec.columns.length);
  const out: Reading[] = [];
  if (lines.length === labels.length && lines.every((l, i) => fitsRow(l.cells, widths[i] ?? 0))) {
    out.push({ area, cells: lines.map((l) => l.cells), by: 'rows', after });
  }
  // A number a line, as many lines as the rows' cells (a stretch of 150,000 lines not looked at line by line).
  const total = widths.reduce((a, b) => a + b, 0);
  const singles = lines.length === total ? lines.map((l) => printed(l.cells)) : [];
  if (singles.length > 0 && singles.every((s) => s.length === 1)) {
    const values = singles.flat();
    const byRow: Cell[][] = [];
    let at = 0;
    for (const w of widths) {
      byRow.push(values.slice(at, at + w));
      at += w;
    }
    out.push({ area, cells: byRow, by: 'rows', after });
    const [width] = widths;
    if (width !== undefined && labels.length > 1 && width > 1 && widths.every((w) => w === width)) {
      out.push({ area, cells: inTurn(values, 0, labels.length, width), by: 'columns', after });
    }
    for (const interleaved of interleavedRows(labels, values)) out.push({ area, cells: interleaved, by: 'interleaved', after });
    // Rows with no sums (part 二's) two to four in a row of one width: plain pdftotext prints such
    // a small table column by column as readily as row by row (`规章` / `行政规范性文件` / … / `0` /
    // `0` / `0` / `0` / `15` / `18`: 本年制发件数's two, then 本年废止件数's, then 现行有效件数's), and
    // nothing checks which. Each block given in turn is a reading too.
    for (const inTurnBlock of unsummedInTurn(labels, values)) out.push({ area, cells: inTurnBlock, by: 'interleaved', after });
  }
  const grouped = linesGrouped(lines, widths);
  if (grouped !== null) out.push({ area, cells: grouped, by: 'rows', after, grouped: true });
  // The same cells for every row read two ways (one row, one column) is one reading.
  return out.filter((r, i) => !out.slice(0, i).some((o) => o.cells.every((cells, j) => cells.length === r.cells[j]?.length && cells.every((c, x) => c === r.cells[j]?.[x]))));
}

/**
 * The lines, one after another, given to the rows in turn, each row as many whole lines as hold
 * its count of numbers (a line of numbers a space apart counts each): plain pdftotext prints a row
 * on one line, or a number a line, or some two to a line, as the cells' heights fall (`2510 1345 …
 * 16486` / `23` / `12` / … / `286 0` / `289` …). Null when a line would hold numbers of two rows, or
 * the lines hold more or fewer numbers than the rows' cells, or when each row is one line, or each
 * line one number (readingsOf's other readings).
 */
function linesGrouped(lines: readonly ValueLine[], widths: readonly number[]): Cell[][] | null {
  const rows: Cell[][] = [];
  let at = 0;
  for (const width of widths) {
    const cells: Cell[] = [];
    let held = 0;
    while (held < width) {
      const line = lines[at++];
      if (line === undefined) return null;
      for (const c of printed(line.cells)) {
        cells.push(c);
        held += heldBy(c);
      }
    }
    if (held !== width) return null;
    rows.push(cells);
  }
  // Only a mix of both: a line to a row, or a number to a line, are readings already.
  const mixed = rows.length < lines.length && lines.some((l) => heldIn([l]) > 1);
  return at === lines.length && mixed ? rows : null;
}

/** A row's values as the column equations see them; null when the row does not read or its own arithmetic fails. */
function stateOf(planned: PlannedRow, result: RowValues): RowState | null {
  const state = readState(result, planned.fullPath, planned.spec.columns);
  if (state.kind !== 'known') return null;
  if (planned.sumGroups.length > 0 && ((state.unknownColumns?.size ?? 0) > 0 || !groupsAddUp(result.values, planned.sumGroups))) return null;
  return state;
}


/**
 * For each variable, the reading it takes in every combination that holds, when that is one
 * reading (a variable may stay unplaced in a combination: its rows are then unknown, and an
 * equation that needs them does not hold); null otherwise, or when the search reaches its bound.
 */
function decide(variables: readonly Variable[], known: ReadonlyMap<string, RowState>, plan: TablePlan): Array<number | null> {
  const chosen: Array<Set<number>> = variables.map(() => new Set());
  let combinations = 1;
  for (const v of variables) combinations *= v.readings.length + 1;
  if (combinations > PAIRING_LIMIT) return variables.map(() => null);
  // A variable with no reading is unplaced in every combination: the search leaves it out, so its
  // depth is the number of variables that have a reading (a few, under the bound), not of all
  // (thousands, on a page of numbers, overflowed the stack).
  const open = variables.flatMap((variable, at) => (variable.readings.length > 0 ? [{ variable, at }] : []));
  const picks: number[] = [];
  const search = (i: number): void => {
    const v = open[i]?.variable;
    if (v === undefined) {
      const assigned = new Map<string, RowState>();
      const vouched = new Set<string>();
      const areas = new Set<number>();
      for (const [k, pick] of picks.entries()) {
        const variable = open[k]?.variable;
        const reading = variable?.readings[pick];
        if (!variable || !reading) continue;
        if (areas.has(reading.area)) return;
        areas.add(reading.area);
        for (const [path, state] of variable.states[pick] ?? []) {
          assigned.set(path, state);
          if (variable.selfEvident) vouched.add(path);
        }
      }
      if (!equationsHold(assigned, known, plan.columnRules, plan.widest, vouched)) return;
      for (const [k, pick] of picks.entries()) {
        const variable = open[k];
        if (variable && pick < variable.variable.readings.length) chosen[variable.at]?.add(pick);
      }
      return;
    }
    for (let pick = 0; pick <= v.readings.length; pick++) {
      picks[i] = pick;
      search(i + 1);
    }
  };
  search(0);
  return chosen.map((set) => (set.size === 1 ? ([...set][0] ?? null) : null));
}

/**
 * A variable for `labels` over these readings, each row's state checked against its own arithmetic;
 * `structural`: how many readings the counts allowed (more than `readings` when some were set aside).
 */
function variableOf(labels: RowLabel[], readings: Reading[], lines: ValueLine[], read: ReadCells, structural = readings.length): Variable {
  const kept: Reading[] = [];
  const states: Array<Map<string, RowState>> = [];
  for (const reading of readings) {
    const state = new Map<string, RowState>();
    const ok = labels.every((label, i) => {
      const s = stateOf(label.planned, read(label, reading.cells[i] ?? []));
      if (s) state.set(label.planned.path, s);
      return s !== null;
    });
    if (ok) {
      kept.push(reading);
      states.push(state);
    }
  }
  return { labels, readings: kept, states, structural, lines, selfEvident: false };
}

/**
 * Are the rows of the form just before a run's first label and just after its last (rows the
 * report may leave out aside) named somewhere in the table, or are there none? A row there whose
 * label was lost (or not recognised) may have its numbers among the run's.
 */
function anchored(labels: readonly RowLabel[], plan: TablePlan, excused: ReadonlySet<string>, named: ReadonlySet<number>, sameItem = false): boolean {
  /**
   * Is the first row of the form past `index`, going `step`, named, or is there none? With
   * `sameItem`, only a row of the same 第二十条 small table counts: another's numbers stand after
   * its own heading.
   */
  const next = (index: number, step: 1 | -1): boolean => {
    const item = plan.rows[index]?.spec.item;
    for (let i = index + step; i >= 0 && i < plan.rows.length; i += step) {
      const row = plan.rows[i];
      if (row && sameItem && row.spec.item !== item) return true;
      if (row && !excused.has(row.path)) return named.has(i);
    }
    return true;
  };
  return next(labels[0]?.planned.index ?? 0, -1) && next(labels.at(-1)?.planned.index ?? 0, 1);
}

/** The fewest labels a run vouching for its own reading has. */
const SELF_EVIDENT_LABELS = 3;

/**
 * Does a run's one reading vouch for itself? Labels of three rows or more, one after another in
 * the form with none left out (but rows the report may leave out, `excused`), every one with its
 * own arithmetic, and one reading of the numbers in which each row adds up. The rows of the form
 * just before and just after the run are named somewhere in the table (`named`, row indices), or
 * there are none: a label lost at the run's edge and a line of numbers lost inside it would leave
 * the counts equal and shift every row after it (labels-first/04's six labels over five lines, its
 * first label lost). A label lost inside it, or a line of numbers lost or printed twice, leaves
 * the counts unequal; a whole row's numbers lost and another's printed again in the same run is
 * what this takes on trust.
 */
function selfEvident(variable: Variable, plan: TablePlan, excused: ReadonlySet<string>, named: ReadonlySet<number>): boolean {
  const { labels, readings } = variable;
  if (labels.length < SELF_EVIDENT_LABELS || readings.length !== 1) return false;
  if (!anchored(labels, plan, excused, named)) return false;
  return labels.every((label, i) => {
    if (label.planned.sumGroups.length === 0) return false;
    const before = labels[i - 1]?.planned.index;
    if (before === undefined) return true;
    // Every row of the form between this label's and the one before is one the report may leave out.
    return label.planned.index > before && plan.rows.slice(before + 1, label.planned.index).every((row) => excused.has(row.path));
  });
}

const why = (v: Variable, decided: boolean): PairingReason => (v.structural === 0 ? 'count' : v.readings.length > 1 && !decided ? 'readings' : 'arithmetic');

/** Can anything check numbers given to this row: its own arithmetic, or a column rule it is in? */
const checkable = (row: PlannedRow, plan: TablePlan): boolean =>
  row.sumGroups.length > 0 || plan.columnRules.some((rule) => rule.terms.some((t) => t.row === row.path));

/**
 * The lines the numbers stand on, as a message counts them: numbers split one a line for pairing
 * (a report run into one line) count as the one line they were printed on.
 */
const printedLines = (lines: readonly ValueLine[]): number => new Set(lines.map((l) => l.line)).size;
const valuesIn = (lines: readonly ValueLine[]): number => lines.reduce((n, l) => n + printed(l.cells).length, 0);
/** The cells of the labels' rows, all told: as many numbers as they would pair with. */
const cellsOf = (labels: readonly RowLabel[]): number => labels.reduce((n, l) => n + l.planned.spec.columns.length, 0);

/**
 * The labels in runs that are group labels only (`（六）其他处理`), which the catalog reads as the
 * group's one row where a report prints the group so (the 2019 form's （六）其他处理, its 3.其他), in a
 * table that names another row of that group by its own words: there the group has its rows, and
 * the words are its label, printed in its column beside theirs (plain pdftotext prints that column's
 * lines among the rows' labels), naming none of them.
 */
function groupLabelsAlone(items: readonly ReadItem[], plan: TablePlan): ReadonlySet<RowLabel> {
  const alone = items.flatMap((item) => (item.kind === 'labels' ? item.labels.filter((l) => l.planned.groupKey !== null && groupLabelsOnly(matchKey(l.label), plan)) : []));
  if (alone.length === 0) return new Set();
  const byOwnWords = namedByOwnWords(items, plan);
  return new Set(alone.filter((l) => siblingIn(l.planned, byOwnWords, plan)));
}

/** Is another row of `planned`'s group among `named` (row indexes)? */
export const siblingIn = (planned: PlannedRow, named: ReadonlySet<number>, plan: TablePlan): boolean =>
  plan.rows.some((r) => r !== planned && r.groupKey === planned.groupKey && named.has(r.index));

/** The rows (their indexes) the items name by their own words, not by group labels only. */
export function namedByOwnWords(items: readonly ReadItem[], plan: TablePlan): Set<number> {
  const named = new Set<number>();
  const own = (planned: PlannedRow, label: string): void => {
    if (!groupLabelsOnly(matchKey(label), plan)) named.add(planned.index);
  };
  for (const item of items) {
    if (item.kind === 'row') own(item.row.planned, item.row.label);
    else if (item.kind === 'labels') for (const l of item.labels) own(l.planned, l.label);
  }
  return named;
}

/**
 * Pair what findRows.ts could not: `known` are the rows read as rows (their values for the
 * column equations), `excused` the rows the report may leave out.
 */
export function pairApart(
  items: readonly ReadItem[],
  plan: TablePlan,
  known: ReadonlyMap<string, RowState>,
  excused: ReadonlySet<string>,
  read: ReadCells,
  /** Is no number printed between lines a and b, nor a small table's heading or column header? */
  clearBetween: (a: number, b: number) => boolean,
  headedRuns: () => ReadonlyMap<Cell, ReadonlyArray<ReadonlySet<PlannedRow>>> = () => new Map(),
): Pairing {
  const result: Pairing = { rows: [], unplaced: [] };
  if (!items.some((i) => i.kind !== 'row')) return result;
  // The items as a sequence of rows, label runs and runs of numbers (a label run's own numbers after it).
  type Piece = { kind: 'row'; index: number; short: boolean; headed: boolean } | { kind: 'labels'; labels: RowLabel[]; own: number | null; headed: boolean } | { kind: 'area'; area: number };
  const pieces: Piece[] = [];
  const areas: ValueLine[][] = [];
  const alone = groupLabelsAlone(items, plan);
  for (const item of items) {
    if (item.kind === 'row') pieces.push({ kind: 'row', index: item.row.planned.index, short: printsShort(item.row), headed: item.row.headed });
    else if (item.kind === 'values') pieces.push({ kind: 'area', area: areas.push(item.lines) - 1 });
    else {
      const own = item.values && item.values.length > 0 ? areas.push(item.values) - 1 : null;
      const labels = alone.size === 0 ? item.labels : item.labels.filter((l) => !alone.has(l));
      if (labels.length > 0) pieces.push({ kind: 'labels', labels, own, headed: item.headed === true });
      if (own !== null) pieces.push({ kind: 'area', area: own });
    }
  }

  /**
   * The first piece that names each row of the form (by its index), printed with its values or in a
   * run of labels: a row printed again names it later. Its keys are the rows the table names anywhere.
   */
  const firstNamed = new Map<number, number>();
  pieces.forEach((piece, at) => {
    const indexes = piece.kind === 'row' ? [piece.index] : piece.kind === 'labels' ? piece.labels.map((l) => l.planned.index) : [];
    for (const index of indexes) if (!firstNamed.has(index)) firstNamed.set(index, at);
  });
  const named: ReadonlySet<number> = new Set(firstNamed.keys());

  /**
   * Do these numbers stand right under a column header, and the labels' rows are not all of one
   * small table with that column? Numbers under a header are one small table's column. Part 二
   * printed column by column: `行政处罚` / `行政强制` / `本年` / `制发` / `件数` / `2` / `19`, lines
   * printed twice or lost, the 2 and 19 are 规章's and 行政规范性文件's, not theirs; `行政许可` / … /
   * `行政处罚` / `本年处理决定数量` / `9520` / `23` are 第二十条第（六）项's (行政处罚's and 行政强制's),
   * not 行政许可's and 行政处罚's.
   */
  let headed: ReadonlyMap<Cell, ReadonlyArray<ReadonlySet<PlannedRow>>> | null = null;
  const underOthers = (labels: readonly RowLabel[], lines: readonly ValueLine[]): boolean => {
    let first: Cell | undefined;
    for (const line of lines) if ((first = line.cells.find((c) => c.kind !== 'empty')) !== undefined) break;
    if (first === undefined) return false;
    headed ??= headedRuns();
    const tables = headed.get(first);
    return tables !== undefined && !tables.some((rows) => labels.every((l) => rows.has(l.planned)));
  };

  /** Does a piece before the one at `at` name the row of the form at `index`? */
  const namedBefore = (at: number, index: number): boolean => (firstNamed.get(index) ?? at) < at;

  // 1. Label runs: their own numbers, or else those printed just before them.
  const groups: Array<{ at: number; variable: Variable; candidates: Set<number>; again: boolean }> = [];
  /** The runs whose own numbers stand under another column's header (underOthers), by their piece. */
  const underColumn = new Set<number>();
  pieces.forEach((piece, at) => {
    if (piece.kind !== 'labels') return;
    const candidates = new Set<number>();
    let readings: Reading[] = [];
    let lines: ValueLine[] = [];
    if (piece.own !== null) {
      lines = areas[piece.own] ?? [];
      candidates.add(piece.own);
      if (underOthers(piece.labels, lines)) underColumn.add(at);
      else readings = readingsOf(piece.labels, lines, piece.own, false);
    }
    const before = pieces[at - 1];
    const earlier = before?.kind === 'area' ? (areas[before.area] ?? []) : [];
    // Just before: no other number printed between them and the labels (a row the form does not
    // have, its numbers not read, stands between: `7607` / `1` / `本年收费金额（单位：万元）` / `5888` /
    // `行政事业性收费` — the 1 is 行政强制's), nor a part 二 small table's heading or column header
    // (`信息内容`), which opens another small table (`5` / `行政强制` / `第二十条第（八）项` / … /
    // `行政事业性收费`, its own 1598 lost: the 5 is 行政强制's, printed before its label; `134` / `行政` /
    // `强制` / `信息内容` / `行政事业性收费`). Not for labels heading a small table of their own,
    // whose numbers follow their column headers (`复议后起诉` / `结果维持 …` / its numbers).
    const justBefore = !piece.headed && (earlier.at(-1)?.line ?? Infinity) < (piece.labels[0]?.line ?? -Infinity) && clearBetween(earlier.at(-1)?.line ?? 0, piece.labels[0]?.line ?? 0);
    // Nor numbers right after a row printed short of its cells or as a small table's heading: they
    // may be that row's (as for numbers with no label, below). Part 四 printed as three small
    // tables, a line of a label and numbers in （二）'s headers, （三）'s headers lost: `（二）…` /
    // `结果维持 …` / `本年新收… 1 2 3` / `823 647 13 519 2002` / `（三）…`: the numbers are （二）'s.
    const beforeThat = pieces[at - 2];
    const ownersBefore = beforeThat?.kind === 'row' && (beforeThat.headed || beforeThat.short);
    if (readings.length === 0 && before?.kind === 'area' && justBefore && !ownersBefore && !underOthers(piece.labels, earlier)) {
      const after = readingsOf(piece.labels, earlier, before.area, true);
      if (after.length > 0) {
        candidates.add(before.area);
        readings = after;
        lines = earlier;
      }
    }
    // Labels with no numbers near them (printed after the table, or alone) are not rows.
    if (candidates.size === 0) return;
    const variable = variableOf(piece.labels, readings, lines, read);
    variable.selfEvident = selfEvident(variable, plan, excused, named);
    groups.push({ at, variable, candidates, again: piece.labels.some((l) => namedBefore(at, l.planned.index) && labelEnd(l) !== null) });
  });
  const decided = decide(groups.map((g) => g.variable), known, plan);
  // Rows nothing can check (no sums, in no column rule: part 二's) whose own numbers pair, while
  // the numbers printed just before their labels pair with them as well: labels printed after
  // their numbers would give the same counts, and nothing tells which (plain pdftotext of part 二:
  // `4759` / `行政许可` / `行政处罚` / `9520` / `23` / `行政强制` / `事业性收费` / `77` / `64`). Those
  // numbers are claimed by this run too, so the run whose own they are is no more certain.
  const before = new Set<number>();
  groups.forEach(({ variable, at }, g) => {
    const piece = pieces[at];
    const area = variable.readings[decided[g] ?? -1]?.area;
    const prior = pieces[at - 1];
    if (piece?.kind !== 'labels' || area === undefined || area !== piece.own || prior?.kind !== 'area') return;
    if (variable.labels.some((l) => checkable(l.planned, plan))) return;
    // (Whether those numbers stand under another column's header is not asked: a doubt is not
    // taken back by it. `9520` / `23` / `行政强制` / … / `77` / `64`, 7764 cut in two.)
    if (readingsOf(piece.labels, areas[prior.area] ?? [], prior.area, true).length > 0) before.add(g);
  });
  // Numbers two label runs each take (one run's own, printed after it, the next run's printed
  // before it) could be either's: neither is certain. decide() lets a run stay unplaced, so each
  // alone can seem to have only the one reading.
  const takers = new Map<number, number>();
  groups.forEach(({ variable, at }, g) => {
    const area = variable.readings[decided[g] ?? -1]?.area;
    if (area !== undefined) takers.set(area, (takers.get(area) ?? 0) + 1);
    // A run left unplaced still claims the numbers printed right after it, its own: another run
    // printed after them (labels after their numbers) taking them could be wrong as well.
    const piece = pieces[at];
    const own = piece?.kind === 'labels' ? piece.own : null;
    if (area === undefined && own !== null) takers.set(own, (takers.get(own) ?? 0) + 1);
    // And when those are fewer than its labels' cells, the numbers after them up to the next labels
    // or row, apart only by words that name no row (`1.属于国家秘密` … 13 labels / 28 numbers / a line
    // of other words / 56 numbers / `2.重复申请` … 8 labels): its numbers may run on past the words.
    if (area === undefined && own !== null && piece?.kind === 'labels' && valuesIn(areas[own] ?? []) < cellsOf(piece.labels)) {
      for (let next = at + 2; pieces[next]?.kind === 'area'; next++) {
        const more = pieces[next];
        if (more?.kind === 'area') takers.set(more.area, (takers.get(more.area) ?? 0) + 1);
      }
    }
  });
  for (const g of before) {
    const prior = pieces[(groups[g]?.at ?? 0) - 1];
    if (prior?.kind === 'area') takers.set(prior.area, (takers.get(prior.area) ?? 0) + 1);
  }
  // A run placed on its own numbers, printed after it, right after another run whose own numbers
  // are more than its labels' cells by two or more (`1.`…`4.` / six rows' worth / `5.`… `1.本机关…`
  // / five rows' worth: the numbers printed a block out of step with the labels; or, lines of it
  // lost, 30 numbers for 28 cells): the surplus may be this run's first rows', or the start of
  // them, and its own the next rows'. Not certain. (One more may be a page's number.)
  const surplusBefore = (g: number): boolean => {
    const { variable, at } = groups[g] ?? {};
    if (variable === undefined || at === undefined) return false;
    const piece = pieces[at];
    const area = variable.readings[decided[g] ?? -1]?.area;
    // The numbers between the two runs: the first's own, and any after them no label came before
    // (a line of other words may split a run's numbers in two).
    let back = at - 1;
    let between = 0;
    while (pieces[back]?.kind === 'area' && pieces[back - 1]?.kind === 'area') {
      const more = pieces[back];
      between += more?.kind === 'area' ? valuesIn(areas[more.area] ?? []) : 0;
      back--;
    }
    const prior = pieces[back];
    const run = pieces[back - 1];
    if (piece?.kind !== 'labels' || area === undefined || area !== piece.own || prior?.kind !== 'area' || run?.kind !== 'labels' || run.own !== prior.area) return false;
    // (Those after the words count only where its own are its cells' worth already: short of them,
    // those after may be its own rest.)
    if (between > 0 && valuesIn(areas[prior.area] ?? []) < cellsOf(run.labels)) return false;
    const narrowest = Math.min(...piece.labels.map((l) => l.planned.spec.columns.length));
    const extra = valuesIn(areas[prior.area] ?? []) + between - cellsOf(run.labels);
    if (extra < 2) return false;
    /** The surplus in rows' worth (a piece of a row counts). */
    const surplus = extra / narrowest;
    // Only blocks of rows with sums, the first run's before this one's in the form (column header
    // words read as labels, `其他` / `总计`, are no block; part 二's rows are the `before` rule's).
    const own = new Set(run.labels.map((l) => l.planned.index));
    const from = Math.min(...own);
    const to = Math.min(...piece.labels.map((l) => l.planned.index));
    if (Math.max(...own) >= to || [...run.labels, ...piece.labels].some((l) => l.planned.sumGroups.length === 0)) return false;
    // Rows of the form from the first run's first label to this run's, not among the first run's
    // labels (printed elsewhere, lost, or not recognised: `（二）部分公开` wrapped among 三、本年度办理结果's
    // words), may be the surplus's own: then it tells nothing.
    let others = 0;
    for (let i = from; i < to; i++) if (!own.has(i) && !excused.has(plan.rows[i]?.path ?? '')) others++;
    return surplus > others;
  };
  const shared = groups.map(({ variable }, g) => before.has(g) || surplusBefore(g) || (takers.get(variable.readings[decided[g] ?? -1]?.area ?? -1) ?? 0) > 1);
  shared.forEach((isShared, g) => {
    if (isShared) decided[g] = null;
  });
  // A run of labels of rows with no sums and in no column rule (part 二's) is certain by its count
  // alone only when its rows stand one after another in the form: a row between two of them, not
  // among them (its label printed elsewhere, not recognised, or lost; excused rows aside), leaves
  // the count equal only by chance (a number lost too) and moves every row after it. So does a row
  // right before or after the run that the table names nowhere: its numbers may be among the
  // run's, and the run's last ones printed elsewhere (`规章`'s label taken for the column header's
  // last word, plain pdftotext of part 二: `行政规范性文件` / `行政许可` / `行政处罚` / `行政强制` / 规章's
  // 176 0 0 and 行政规范性文件's 0 14 14, the other three's after their own headers).
  const gapped = new Set<number>();
  groups.forEach(({ variable }, g) => {
    if ((decided[g] ?? null) === null || variable.labels.some((l) => checkable(l.planned, plan))) return;
    if (!anchored(variable.labels, plan, excused, named, true)) {
      gapped.add(g);
      decided[g] = null;
      return;
    }
    const indices = new Set(variable.labels.map((l) => l.planned.index));
    for (let i = Math.min(...indices) + 1; i < Math.max(...indices); i++) {
      const row = plan.rows[i];
      if (row !== undefined && !indices.has(i) && !excused.has(row.path)) {
        gapped.add(g);
        decided[g] = null;
        return;
      }
    }
  });
  const claimed = new Set<number>();
  const found = new Set<string>();
  const placedStates = new Map<string, RowState>();
  /** The runs read because they vouch for themselves: whether the column equations could check them is told once all runs are placed. */
  const vouching: Array<{ rows: PairedRow[]; states: ReadonlyMap<string, RowState>; reading: Reading; again: boolean }> = [];
  groups.forEach(({ variable, candidates, at, again }, g) => {
    const pick = decided[g] ?? null;
    const reading = pick === null ? undefined : variable.readings[pick];
    for (const label of variable.labels) found.add(label.planned.path);
    // Counted once for the group's labels: a stretch of numbers may be many thousand lines.
    const lines = printedLines(variable.lines);
    if (reading) {
      claimed.add(reading.area);
      variable.labels.forEach((label, i) => {
        result.rows.push({ row: label, cells: reading.cells[i] ?? [], by: reading.by, after: reading.after, labels: variable.labels.length, lines, unchecked: false });
      });
      for (const [path, state] of variable.states[pick ?? 0] ?? []) placedStates.set(path, state);
      if (variable.selfEvident) vouching.push({ rows: result.rows.slice(-variable.labels.length), states: variable.states[pick ?? 0] ?? new Map(), reading, again });
      return;
    }
    for (const area of candidates) claimed.add(area);
    const reason: PairingReason | 'gapped' | 'column' = shared[g] ? 'shared' : gapped.has(g) ? 'gapped' : variable.structural === 0 && underColumn.has(at) ? 'column' : why(variable, false);
    const values = valuesIn(variable.lines);
    for (const label of variable.labels) {
      const params = { row: label.label, labels: variable.labels.length, lines, values, reason };
      result.unplaced.push({ row: label, problem: diagnostic('ambiguous-pairing', 'ambiguous-pairing', params, label.planned.fullPath, label.line) });
    }
  });

  const knownWithPlaced = new Map([...known, ...placedStates]);
  for (const { rows, states, reading, again } of vouching) {
    const unchecked = !equationsHold(states, knownWithPlaced, plan.columnRules, plan.widest, new Set());
    for (const row of rows) row.unchecked = unchecked;
    // Rows of a few numbers a line (linesGrouped) vouch for themselves only with the column rules:
    // Chromium's plain print may put a cell before or after its row's others (`12` / `28` / `13` /
    // `30` / `74` / `286` / `443`, 286 the second), and the row still adds up. So too a run one of
    // whose labels, its label's end alone (labelEnd), names a row a piece before it names already
    // (`要另行` / `制作`, the rest of 2.没有现成信息需要另行制作's label, printed after a block of
    // numbers, opening a run of labels): the labels may not name one row each (210-44.plain).
    // Otherwise not read.
    if (unchecked && (reading.grouped === true || again)) {
      const values = valuesIn(areas[reading.area] ?? []);
      for (const row of rows) {
        result.rows.splice(result.rows.indexOf(row), 1);
        knownWithPlaced.delete(row.row.planned.path);
        const params = { row: row.row.label, labels: row.labels, lines: row.lines, values, reason: reading.grouped === true ? ('order' as const) : ('again' as const) };
        result.unplaced.push({ row: row.row, problem: diagnostic('ambiguous-pairing', 'ambiguous-pairing', params, row.row.planned.fullPath, row.row.line) });
      }
    }
  }

  // 2. Numbers with no label: the rows of the form missing between the labelled rows around them.
  for (const piece of pieces) if (piece.kind === 'row') found.add(plan.rows[piece.index]?.path ?? '');
  const gaps: Array<{ variable: Variable; rows: PlannedRow[]; area: number; after: 'short' | 'headed' | null }> = [];
  // The rows of the form each piece lies between: the nearest row, or labels paired as a group,
  // before it (its last row) and after it (its first). Found in one pass each way: a stretch of
  // numbers may be many thousand pieces.
  const groupAt = new Set(groups.map((g) => g.at));
  const boundOf = (p: Piece, i: number, last: boolean): number | null => {
    if (p.kind === 'row') return p.index;
    if (p.kind !== 'labels' || !groupAt.has(i)) return null;
    const indices = p.labels.map((l) => l.planned.index);
    return last ? Math.max(...indices) : Math.min(...indices);
  };
  const rowBefore: number[] = [];
  pieces.reduce((bound, p, i) => {
    rowBefore[i] = bound;
    return boundOf(p, i, true) ?? bound;
  }, -1);
  const rowAfter: number[] = [];
  pieces.reduceRight((bound, p, i) => {
    rowAfter[i] = bound;
    return boundOf(p, i, false) ?? bound;
  }, plan.rows.length);
  pieces.forEach((piece, at) => {
    if (piece.kind !== 'area' || claimed.has(piece.area)) return;
    const lines = areas[piece.area] ?? [];
    const [first] = lines;
    if (!first) return;
    const from = rowBefore[at] ?? -1;
    const to = rowAfter[at] ?? plan.rows.length;
    const rows = plan.rows.filter((r) => r.index > from && r.index < to && !found.has(r.path) && !excused.has(r.path));
    if (rows.length === 0) return;
    const labels: RowLabel[] = rows.map((r) => ({ planned: r, label: r.spec.label, line: first.line }));
    const readings = readingsOf(labels, lines, piece.area, false);
    // Only a check tells whose numbers printed with no label are: rows with no arithmetic of their
    // own and in no column rule (part 二's) are given none by position, however well they fit.
    // Numbers right after a row printed short of its cells may be the rest of that row's (a number
    // a line, a line lost or printed twice, a header word between them): none are given by position.
    // Nor after a row printed as a small table's heading (its column headers after its label):
    // buildTable leaves it null unless the whole table is printed so, and these may be its numbers.
    const previous = pieces[at - 1];
    const after = previous?.kind !== 'row' ? null : previous.short ? 'short' : previous.headed ? 'headed' : null;
    const checked = rows.every((r) => checkable(r, plan)) && after === null ? readings : [];
    const variable = variableOf(labels, checked, lines, read, readings.length);
    // Numbers that could be no row's at all (a page number, a stray value) are let be.
    // (Each width the rows have once: a stretch of numbers may be many thousand lines.)
    const widths = [...new Set(rows.map((r) => r.spec.columns.length))];
    const rowLike = readings.length > 0 || lines.some((l) => widths.some((width) => fitsRow(l.cells, width)));
    if (!rowLike) return;
    gaps.push({ variable, rows, area: piece.area, after });
  });
  const placed = decide(gaps.map((g) => g.variable), knownWithPlaced, plan);
  gaps.forEach(({ variable, after }, g) => {
    const pick = placed[g] ?? null;
    const reading = pick === null ? undefined : variable.readings[pick];
    const lines = printedLines(variable.lines);
    if (reading) {
      variable.labels.forEach((label, i) => {
        result.rows.push({ row: label, cells: reading.cells[i] ?? [], by: 'position', after: false, labels: variable.labels.length, lines, unchecked: false });
      });
      return;
    }
    // The row before (`short`, `headed`) when the counts alone would have allowed a reading; otherwise they are the reason.
    const reason: UnlabelledReason = variable.structural > 0 && after !== null ? after : why(variable, false);
    for (const label of variable.labels) {
      const params = { row: label.label, rows: variable.labels.length, lines, reason };
      result.unplaced.push({ row: label, problem: diagnostic('ambiguous-pairing', 'ambiguous-pairing.unlabelled', params, label.planned.fullPath, label.line) });
    }
  });
  return result;
}
