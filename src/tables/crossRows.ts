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
  interface Equation {
    constant: number;
    /** Variable index → sign. */
    terms: Array<{ variable: number; sign: number }>;
    column: number;
  }
  const variables: string[] = [];
  const variableOf = new Map<string, number>();
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
          if (!variableOf.has(row)) variableOf.set(row, variableOf.size);
          terms.push({ variable: variableOf.get(row)!, sign });
        }
      }
      if (usable && terms.length > 0) equations.push({ constant, terms, column });
    }
  }
  for (const [row, index] of variableOf) variables[index] = row;
  if (equations.length === 0) return none;

  const candidates = variables.map((row) => (rows.get(row) as Extract<RowState, { kind: 'choice' }>).candidates);
  // Fewest candidates first: the search narrows fastest.
  const order = variables.map((_, i) => i).sort((a, b) => candidates[a]!.length - candidates[b]!.length);
  const contribution = (e: Equation, variable: number, candidate: number): number => {
    const term = e.terms.find((t) => t.variable === variable);
    return term ? term.sign * (candidates[variable]![candidate]![e.column] ?? 0) : 0;
  };
  // Bounds of what the variables from position i on can still add to each equation.
  const low: number[][] = equations.map(() => Array(order.length + 1).fill(0));
  const high: number[][] = equations.map(() => Array(order.length + 1).fill(0));
  equations.forEach((e, ei) => {
    for (let i = order.length - 1; i >= 0; i--) {
      const v = order[i]!;
      const options = candidates[v]!.map((_, c) => contribution(e, v, c));
      low[ei]![i] = low[ei]![i + 1]! + Math.min(...options);
      high[ei]![i] = high[ei]![i + 1]! + Math.max(...options);
    }
  });

  const support = variables.map(() => new Set<number>());
  const picked: number[] = Array(order.length);
  const residual = equations.map((e) => e.constant);
  let steps = 0;
  let solutions = 0;
  let stopped = false;
  const search = (i: number): void => {
    if (stopped) return;
    if (i === order.length) {
      solutions++;
      order.forEach((v, j) => support[v]!.add(picked[j]!));
      return;
    }
    const v = order[i]!;
    for (let c = 0; c < candidates[v]!.length && !stopped; c++) {
      if (++steps > limit) {
        stopped = true;
        return;
      }
      let feasible = true;
      equations.forEach((e, ei) => {
        residual[ei]! += contribution(e, v, c);
      });
      for (let ei = 0; ei < equations.length && feasible; ei++) {
        const need = -residual[ei]!;
        if (need < low[ei]![i + 1]! - 1e-9 || need > high[ei]![i + 1]! + 1e-9) feasible = false;
      }
      if (feasible) {
        picked[i] = c;
        search(i + 1);
      }
      equations.forEach((e, ei) => {
        residual[ei]! -= contribution(e, v, c);
      });
    }
  };
  search(0);
  if (stopped || solutions === 0) return { involved: variables, narrowed: new Map(), solutions, complete: !stopped };
  const narrowed = new Map<string, number[]>();
  variables.forEach((row, v) => {
    if (support[v]!.size < candidates[v]!.length) narrowed.set(row, [...support[v]!].sort((a, b) => a - b));
  });
  return { involved: variables, narrowed, solutions, complete: true };
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
    if (result.diagnostics.some((d) => leavesUnknown(d.code) && d.path === context.path)) {
      states.set(path, { kind: 'unknown' });
      continue;
    }
    const unknownColumns = new Set(
      spec.columns.flatMap((c, i) => (result.diagnostics.some((d) => leavesUnknown(d.code) && d.path === `${context.path}.${c.key}`) ? [i] : [])),
    );
    states.set(path, { kind: 'known', values: result.values, unknownColumns });
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
