/**
 * Across the rows of a table, the column equations choose between the cuts of rows whose cells
 * ran together and still fit more than one way (cutDigits.ts): a candidate survives when some
 * choice of the other ambiguous rows' candidates makes every usable equation hold. A row whose
 * own cut is unique keeps it whatever the columns say; the equations choose, they never overrule.
 *
 * The bound: at most CROSS_ROW_LIMIT steps over at most 14 equations (2 equations × 7 columns);
 * a search that reaches it decides nothing.
 */
import type { EquationCode } from '../catalog/equations.js';
import { diagnostic, leavesUnknown } from '../diagnostics.js';
import type { Cell, TokenLine } from '../tokens.js';
import type { DigitRecovery } from './cutDigits.js';
import type { FoundRow } from './findRows.js';
import type { PlannedRow } from './plan.js';
import { fromRecovery, groupsAddUp, type RowContext, type RowValues } from './rowValues.js';

/** Most steps of the cross-row search over a table's ambiguous rows. */
export const CROSS_ROW_LIMIT = 200_000;

/** A column equation of a table: in every column, Σ sign × row = 0 (e.g. 新收 + 结转 − 总计 − 结转下年). */
export interface ColumnRule {
  code: EquationCode;
  terms: ReadonlyArray<{ row: string; sign: 1 | -1 }>;
}

/**
 * Σ sign × row of a column equation in one column, each row's state given by `stateOf`; null when
 * a row of it is not known there (unread, a choice, or that cell unreadable). 0 when it holds.
 */
export function columnBalance(rule: ColumnRule, column: number, stateOf: (row: string) => RowState | undefined): number | null {
  let sum = 0;
  for (const { row, sign } of rule.terms) {
    const state = stateOf(row);
    if (state?.kind !== 'known' || state.unknownColumns?.has(column)) return null;
    sum += sign * (state.values[column] ?? 0);
  }
  return sum;
}

/**
 * Does every column equation that involves a row of `assigned` hold, each of its rows known? One
 * with a row not known holds too when every row of `assigned` it involves is in `vouched`.
 */
export function equationsHold(assigned: ReadonlyMap<string, RowState>, known: ReadonlyMap<string, RowState>, rules: readonly ColumnRule[], columns: number, vouched: ReadonlySet<string>): boolean {
  for (const rule of rules) {
    const involved = rule.terms.filter((t) => assigned.has(t.row));
    if (involved.length === 0) continue;
    for (let c = 0; c < columns; c++) {
      const balance = columnBalance(rule, c, (row) => assigned.get(row) ?? known.get(row));
      if (balance === null && involved.every((t) => vouched.has(t.row))) break;
      if (balance === null || Math.abs(balance) > 1e-9) return false;
    }
  }
  return true;
}

/** A row as the cross-row choice sees it. */
export type RowState =
  /** Values known (a blank counts 0); `unknownColumns` are cells that could not be read. */
  | { kind: 'known'; values: ReadonlyArray<number | null>; unknownColumns?: ReadonlySet<number> }
  /** Every cut that fits the row's own arithmetic (a complete list). */
  | { kind: 'choice'; candidates: ReadonlyArray<ReadonlyArray<number | null>> }
  /** Nothing usable (its cells could not be read). */
  | { kind: 'unknown' };

export interface CrossRowChoice {
  /** The `choice` rows that some usable equation involves: the rows the rules could choose for. */
  involved: string[];
  /** For each involved row the rules narrowed: the indices of the candidates that survive. */
  narrowed: Map<string, number[]>;
  /** Combinations of candidates that satisfy every usable rule (as far as counted). */
  solutions: number;
  complete: boolean;
}

/**
 * Choose between the candidate cuts of ambiguous rows with the table's column rules: a candidate
 * survives when some choice of the other ambiguous rows' candidates makes every usable equation
 * hold. An equation (one rule, one column) is usable when each of its rows is present and readable
 * in that column. When no combination satisfies them (the report's own sums are wrong) or the
 * search reaches CROSS_ROW_LIMIT, nothing is narrowed: the rules choose, they never overrule.
 */
export function chooseAcrossRows(
  rows: ReadonlyMap<string, RowState>,
  rules: readonly ColumnRule[],
  columns: number,
  limit = CROSS_ROW_LIMIT,
): CrossRowChoice {
  const none: CrossRowChoice = { involved: [], narrowed: new Map(), solutions: 0, complete: true };
  /** A row still to choose a cut for: its candidates, and those some solution uses. */
  interface Variable {
    row: string;
    candidates: ReadonlyArray<ReadonlyArray<number | null>>;
    support: Set<number>;
  }
  /** One rule in one column: the known rows' sum (`residual`, as the search goes: with the variables chosen so far) plus the variables' terms is 0. */
  interface Equation {
    residual: number;
    terms: Array<{ variable: Variable; sign: number }>;
    column: number;
  }
  const variables: Variable[] = [];
  const variableOf = new Map<string, Variable>();
  const equations: Equation[] = [];
  for (const rule of rules) {
    for (let column = 0; column < columns; column++) {
      let usable = true;
      let constant = 0;
      const terms: Equation['terms'] = [];
      for (const { row, sign } of rule.terms) {
        const state = rows.get(row);
        if (!state || state.kind === 'unknown' || (state.kind === 'known' && state.unknownColumns?.has(column))) {
          usable = false;
          break;
        }
        if (state.kind === 'known') constant += sign * (state.values[column] ?? 0);
        else {
          let variable = variableOf.get(row);
          if (!variable) {
            variable = { row, candidates: state.candidates, support: new Set() };
            variableOf.set(row, variable);
            variables.push(variable);
          }
          terms.push({ variable, sign });
        }
      }
      if (usable && terms.length > 0) equations.push({ residual: constant, terms, column });
    }
  }
  if (equations.length === 0) return none;

  /** What a candidate of `variable` adds to equation `e` (a blank counts 0). */
  const contribution = (e: Equation, variable: Variable, candidate: ReadonlyArray<number | null>): number => {
    const term = e.terms.find((t) => t.variable === variable);
    return term ? term.sign * (candidate[e.column] ?? 0) : 0;
  };

  /**
   * The search's levels, one variable each, fewest candidates first (the search narrows fastest),
   * each with the bounds of what the variables after it can still add to each equation.
   */
  interface Level {
    variable: Variable;
    after: Array<{ equation: Equation; low: number; high: number }>;
    /** The candidate chosen at this level, as the search goes. */
    picked: number;
  }
  const order = [...variables].sort((a, b) => a.candidates.length - b.candidates.length);
  const levels: Level[] = [];
  let after = equations.map((equation) => ({ equation, low: 0, high: 0 }));
  for (const variable of [...order].reverse()) {
    levels.unshift({ variable, after, picked: 0 });
    after = after.map(({ equation, low, high }) => {
      const options = variable.candidates.map((candidate) => contribution(equation, variable, candidate));
      return { equation, low: low + Math.min(...options), high: high + Math.max(...options) };
    });
  }

  let steps = 0;
  let solutions = 0;
  let stopped = false;
  const search = (i: number): void => {
    if (stopped) return;
    const level = levels[i];
    if (!level) {
      solutions++;
      for (const { variable, picked } of levels) variable.support.add(picked);
      return;
    }
    const { variable } = level;
    for (const [c, candidate] of variable.candidates.entries()) {
      if (stopped) return;
      if (++steps > limit) {
        stopped = true;
        return;
      }
      for (const e of equations) e.residual += contribution(e, variable, candidate);
      let feasible = true;
      for (const { equation, low, high } of level.after) {
        const need = -equation.residual;
        if (need < low - 1e-9 || need > high + 1e-9) {
          feasible = false;
          break;
        }
      }
      if (feasible) {
        level.picked = c;
        search(i + 1);
      }
      for (const e of equations) e.residual -= contribution(e, variable, candidate);
    }
  };
  search(0);
  const involved = variables.map((v) => v.row);
  if (stopped || solutions === 0) return { involved, narrowed: new Map(), solutions, complete: !stopped };
  const narrowed = new Map<string, number[]>();
  for (const { row, support, candidates } of variables) {
    if (support.size < candidates.length) narrowed.set(row, [...support].sort((a, b) => a - b));
  }
  return { involved, narrowed, solutions, complete: true };
}

/**
 * A row's values as the column equations see them: unknown when the row could not be read (a
 * diagnostic that leaves it unknown names it), else its values, with the columns whose cell could
 * not be read.
 */
export function readState(result: RowValues, path: string, columns: readonly { key: string }[]): RowState {
  if (result.diagnostics.some((d) => leavesUnknown(d.code) && d.path === path)) return { kind: 'unknown' };
  const unknownColumns = new Set(columns.flatMap((c, i) => (result.diagnostics.some((d) => leavesUnknown(d.code) && d.path === `${path}.${c.key}`) ? [i] : [])));
  return { kind: 'known', values: result.values, unknownColumns };
}

/** A row read so far: where it was found, how its cells are read, and what they gave. */
export interface ReadRow {
  row: FoundRow;
  context: RowContext;
  result: RowValues;
}

/** The rows read as the column equations see them (readState), and the rows the report may leave out (`excused`) as 0. */
export function statesOf(rows: Iterable<ReadRow | undefined>, excused: Iterable<string>): Map<string, RowState> {
  const states = new Map<string, RowState>();
  for (const path of excused) states.set(path, { kind: 'known', values: [] });
  for (const r of rows) if (r) states.set(r.row.planned.path, readState(r.result, r.context.path, r.row.planned.spec.columns));
  return states;
}

/**
 * How the column equations row `path` is in fare with a candidate reading of it, the other rows as
 * `states` give them: how many hold and fail, in how many columns they fail, and in how many
 * columns one could be checked. The candidate's null cells are not checked.
 */
export function columnTally(
  path: string,
  states: ReadonlyMap<string, RowState>,
  rules: readonly ColumnRule[],
): (candidate: ReadonlyArray<number | null>) => { holds: number; fails: number; failingColumns: number; checkedColumns: number } {
  const own = rules.filter((rule) => rule.terms.some((t) => t.row === path));
  return (candidate) => {
    const state: RowState = { kind: 'known', values: candidate };
    const stateOf = (row: string): RowState | undefined => (row === path ? state : states.get(row));
    let holds = 0;
    let fails = 0;
    const failing = new Set<number>();
    const checked = new Set<number>();
    for (const rule of own) {
      for (let column = 0; column < candidate.length; column++) {
        if (candidate[column] === null || candidate[column] === undefined) continue;
        const balance = columnBalance(rule, column, stateOf);
        if (balance === null) continue;
        checked.add(column);
        if (Math.abs(balance) < 1e-9) holds++;
        else {
          fails++;
          failing.add(column);
        }
      }
    }
    return { holds, fails, failingColumns: failing.size, checkedColumns: checked.size };
  };
}

type Ambiguous = Extract<DigitRecovery, { kind: 'ambiguous' }>;

/**
 * Let the table's column equations choose between the cuts of its rows that are still ambiguous
 * (complete lists only), and rewrite those rows' results with what they chose. Rows absent
 * without complaint (`excused`) count as 0.
 */
export function settleAcrossRows(rows: readonly ReadRow[], excused: ReadonlySet<string>, rules: readonly ColumnRule[]): void {
  if (!rows.some(({ result: { recovery } }) => recovery?.kind === 'ambiguous' && recovery.complete)) return; // nothing to choose
  const states = statesOf([], excused);
  const ambiguous: Array<{ read: ReadRow; recovery: Ambiguous }> = [];
  let columns = 0;
  for (const read of rows) {
    const { row, context, result } = read;
    const { path, spec } = row.planned;
    columns = spec.columns.length;
    const recovery = result.recovery;
    if (recovery?.kind === 'ambiguous' && recovery.complete) {
      states.set(path, { kind: 'choice', candidates: recovery.candidates.map((c) => c.values) });
      ambiguous.push({ read, recovery });
      continue;
    }
    states.set(path, readState(result, context.path, spec.columns));
  }
  const choice = chooseAcrossRows(states, rules, columns);
  const involved = new Set(choice.involved);
  for (const { read, recovery } of ambiguous) {
    const path = read.row.planned.path;
    if (!involved.has(path)) continue;
    const codes = rules.filter((r) => r.terms.some((t) => t.row === path)).map((r) => r.code);
    const outcome = !choice.complete ? 'gave-up' : choice.solutions === 0 ? 'no-solution' : 'chosen';
    const narrowed = outcome === 'chosen' ? choice.narrowed.get(path) : undefined;
    const keep = narrowed ? new Set(narrowed) : null;
    const survivors = keep ? recovery.candidates.filter((_, i) => keep.has(i)) : recovery.candidates;
    const [only, ...others] = survivors;
    const settled: DigitRecovery =
      only && others.length === 0
        ? { kind: 'recovered', printed: recovery.printed, cut: only }
        : { kind: 'ambiguous', printed: recovery.printed, candidates: survivors, complete: true };
    const across = { cuts: recovery.candidates.length, rules: codes, outcome } as const;
    read.result = { ...fromRecovery(settled, read.context, across), recovery: settled };
  }
}

/**
 * Rows printed one number short: with no blank to fill the gap (`cell-count.tooFew`:
 * `四、结转下年度继续办理 735 200 917 211 463 247`, its 总计 printed elsewhere by plain pdftotext), or
 * with a blank at an end that reading took for a cell (`二、上年结转政府信息公开申请数量⇥⇥543⇥397…`: a
 * tab after the label, a number lost, every number after the blank one column off). The row alone
 * cannot tell which cell is missing; the table's column equations may. Each place the missing cell
 * could take is tried (placesOf). When exactly one place fits, the numbers are read in the columns
 * it gives and the missing cell is null: `cell-count.located` names it, unless that place is the
 * blank's as printed (a blank cell, read as before). When none or several fit, a row one number
 * short stays unread, and so does a row whose numbers start on their line where the table's other
 * rows of its shape start theirs (numberFields), the blank before them filler, not a cell
 * (`cell-count.tooFew`), or when no other row of its shape tells; a row whose numbers start one
 * field further in is read as printed, a blank cell. Only rows of plain counts in the
 * form's column order are tried.
 */
export function locateMissingCells(rows: readonly ReadRow[], excused: ReadonlySet<string>, rules: readonly ColumnRule[], lines: readonly TokenLine[]): void {
  const shortRows = rows.flatMap((read) => {
    const short = shortOf(read);
    return short ? [{ read, ...short }] : [];
  });
  if (shortRows.length === 0) return;
  const states = statesOf(rows, excused);
  const byLine = new Map<number, TokenLine>();
  for (const line of lines) byLine.set(line.line, line);
  /** Where numbers printed on one line stand on it (null: not on one line, or not found there). */
  const fieldsOf = (printed: readonly Cell[]): Fields | null => {
    const head = printed[0];
    const tail = printed.at(-1);
    const cells = head === undefined ? undefined : byLine.get(head.line)?.cells;
    if (head === undefined || tail === undefined || cells === undefined || tail.line !== head.line) return null;
    const first = cells.indexOf(head);
    const last = cells.indexOf(tail);
    if (first < 0 || last < 0) return null;
    let label = first - 1;
    while (label >= 0 && cells[label]?.kind !== 'text') label--;
    return { label, first, last };
  };
  const fields = numberFields(rows, fieldsOf);
  for (const { read, printed, blank } of shortRows) {
    const { row, context } = read;
    const { path, spec } = row.planned;
    const fits = placesOf(printed.map((c) => (c.kind === 'number' ? c.value : 0)), row.planned, rules, states);
    const [only, ...others] = fits;
    const quoted = printed.map((c) => c.raw);
    const n = spec.columns.length;
    let located: { at: number; values: Array<number | null> } | null = null;
    if (only !== undefined && others.length === 0) {
      if (only.at === blank) continue; // the blank as printed: a blank cell, read as before
      located = only;
    } else if (blank !== null) {
      // Filler or a blank cell? Numbers that start (end) on their line where the table's other rows
      // of the same shape start (end) theirs leave the blank outside the columns: filler. One field
      // further in, it is the row's first (last) cell.
      // With no other row of its shape to compare (a table cut short after it: `| 一、本年新收… |  |
      // | 1203 | … | 1269 |`, the file ending there), nothing tells either, and a row that does not
      // add up with the blank is not read as if it did.
      const at = fieldsOf(printed);
      if (at === null) continue;
      const usual = fields.get(at.label);
      const filler = usual === undefined || (blank === 0 ? at.first === usual.first : at.last === usual.last);
      if (!filler) continue;
    }
    if (located === null) {
      const problem = diagnostic('cell-count', 'cell-count.tooFew', { row: context.label, printed: n - 1, cells: n, quoted }, context.path, context.line);
      read.result = { values: Array(n).fill(null), diagnostics: [problem] };
      states.set(path, { kind: 'unknown' });
      continue;
    }
    const column = spec.columns[located.at];
    if (column === undefined) continue;
    const problem = diagnostic('cell-count', 'cell-count.located', { row: context.label, printed: n - 1, cells: n, quoted, column: column.label }, `${context.path}.${column.key}`, context.line);
    read.result = { values: located.values, diagnostics: [problem] };
    states.set(path, { kind: 'known', values: located.values, unknownColumns: new Set([located.at]) });
  }
}

/**
 * A row one number short, as locateMissingCells takes it: its printed numbers (plain counts, no
 * blank between them) and the column of the blank reading took for a cell (null: none, `tooFew`).
 * Null for any other row, and for a row with a blank whose sums hold with it.
 */
function shortOf({ row, context, result }: ReadRow): { printed: Cell[]; blank: number | null } | null {
  const { spec, sumGroups } = row.planned;
  const n = spec.columns.length;
  if (!context.columns.every((c, i) => c.key === spec.columns[i]?.key)) return null;
  const cells = row.cells;
  let from = 0;
  let to = cells.length;
  while (from < to && cells[from]?.kind === 'empty') from++;
  while (to > from && cells[to - 1]?.kind === 'empty') to--;
  const printed = cells.slice(from, to);
  if (printed.length !== n - 1 || !printed.every((c) => c.kind === 'number' && !c.unit && !c.cut && Number.isInteger(c.value) && c.value >= 0)) return null;
  const [only, ...more] = result.diagnostics;
  if (only?.message === 'cell-count.tooFew' && more.length === 0) return { printed, blank: null };
  // Read with a blank at an end taken for a cell, and no other word on it.
  const blank = result.values[0] === null ? 0 : result.values[n - 1] === null ? n - 1 : -1;
  if (blank < 0 || result.values.filter((v) => v === null).length !== 1) return null;
  const key = spec.columns[blank]?.key;
  if (!result.diagnostics.every((d) => d.code === 'blank-cell' && d.path === `${context.path}.${key}`)) return null;
  if (groupsAddUp(result.values.map((v) => v ?? 0), sumGroups)) return null;
  return { printed, blank };
}

/** Where a row's numbers stand on their line: the fields of its first and last number, and of the last word before them. */
interface Fields {
  label: number;
  first: number;
  last: number;
}

/**
 * Where the numbers of the table's rows that print every cell as a number on one line stand (the
 * most usual first and last fields), by where their label's last word stands on the line: rows of
 * one shape (a tab layout's label over two columns, or a group's column and the row's) print their
 * numbers in the same fields.
 */
function numberFields(rows: readonly ReadRow[], fieldsOf: (printed: readonly Cell[]) => Fields | null): Map<number, { first: number; last: number }> {
  const counts = new Map<number, { firsts: Map<number, number>; lasts: Map<number, number> }>();
  for (const { row } of rows) {
    const printed = row.cells.filter((c) => c.kind !== 'empty');
    if (printed.length !== row.planned.spec.columns.length) continue;
    const fields = fieldsOf(printed);
    if (fields === null || fields.last - fields.first !== printed.length - 1) continue;
    let shape = counts.get(fields.label);
    if (shape === undefined) counts.set(fields.label, (shape = { firsts: new Map(), lasts: new Map() }));
    shape.firsts.set(fields.first, (shape.firsts.get(fields.first) ?? 0) + 1);
    shape.lasts.set(fields.last, (shape.lasts.get(fields.last) ?? 0) + 1);
  }
  const most = (m: Map<number, number>): number => [...m].reduce((best, [k, c]) => (c > (m.get(best) ?? 0) ? k : best), -1);
  const out = new Map<number, { first: number; last: number }>();
  for (const [label, shape] of counts) out.set(label, { first: most(shape.firsts), last: most(shape.lasts) });
  return out;
}

/**
 * The places the missing cell of a row printing `printed` (one number short) can take: the row's
 * own sums that do not involve it hold, and every column equation the row is in holds in every
 * other column and can be checked there (the other rows of it read).
 */
/**
 * Is `read` a row printed one number short (shortOf) whose missing cell the column equations put in
 * exactly one place, the other rows as `states` give them (locateMissingCells' test)?
 */
export function missingCellFound(read: ReadRow, rules: readonly ColumnRule[], states: ReadonlyMap<string, RowState>): boolean {
  const short = shortOf(read);
  if (short === null || short.blank !== null) return false;
  return placesOf(short.printed.map((c) => (c.kind === 'number' ? c.value : 0)), read.row.planned, rules, states).length === 1;
}

function placesOf(printed: readonly number[], row: PlannedRow, rules: readonly ColumnRule[], states: ReadonlyMap<string, RowState>): Array<{ at: number; values: Array<number | null> }> {
  const { path, spec, sumGroups } = row;
  const n = spec.columns.length;
  const fits: Array<{ at: number; values: Array<number | null> }> = [];
  if (!rules.some((r) => r.terms.some((t) => t.row === path))) return fits;
  const tally = columnTally(path, states, rules);
  for (let at = 0; at < n; at++) {
    const values: Array<number | null> = [...printed.slice(0, at), null, ...printed.slice(at)];
    if (!groupsAddUp(values, sumGroups, at)) continue;
    const { fails, checkedColumns } = tally(values);
    if (fails === 0 && checkedColumns === n - 1) fits.push({ at, values });
  }
  return fits;
}
