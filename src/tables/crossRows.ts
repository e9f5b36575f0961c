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
import { leavesUnknown } from '../diagnostics.js';
import type { DigitRecovery } from './cutDigits.js';
import type { FoundRow } from './findRows.js';
import type { PlannedRow } from './plan.js';
import { fromRecovery, type RowContext, type RowValues } from './rowValues.js';

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

type Ambiguous = Extract<DigitRecovery, { kind: 'ambiguous' }>;

/**
 * Let the table's column equations choose between the cuts of its rows that are still ambiguous
 * (complete lists only), and rewrite those rows' results with what they chose. Rows absent
 * without complaint (`excused`) count as 0.
 */
export function settleAcrossRows(rows: readonly ReadRow[], plan: readonly PlannedRow[], excused: ReadonlySet<string>, rules: readonly ColumnRule[]): void {
  if (!rows.some(({ result: { recovery } }) => recovery?.kind === 'ambiguous' && recovery.complete)) return; // nothing to choose
  const states = new Map<string, RowState>();
  for (const { path } of plan) if (excused.has(path)) states.set(path, { kind: 'known', values: [] });
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
