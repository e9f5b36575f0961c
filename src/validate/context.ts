/**
 * What a validation rule sees: the report, where each row was printed, the labels as printed,
 * the figures its prose states, and which cells are unknown (printed but unreadable, or in a row
 * the report lacks), so a rule can skip arithmetic it cannot do instead of reporting a cascade of
 * guesses.
 */
import { TABLES } from '../catalog/tables.js';
import { leavesUnknown, type DiagnosticCode, type PendingDiagnostic } from '../diagnostics.js';
import type { Report } from '../schema.js';
import type { Layout } from '../tokens.js';

/**
 * A cell as the checks read it: a number (a blank or placeholder cell counts as 0, as in the
 * form's own equations); `absent` where the report's form has no such cell (`made` in a 2021-form
 * report); `unknown` where the table or row is missing or the cell could not be read.
 */
export type CellValue = number | 'absent' | 'unknown';

export interface RuleContext {
  report: Report;
  /** Where each row was printed, the column labels as printed, the prose's figures (empty for a report read from JSON). */
  layout: Layout;
  /**
   * Is this value unknown? A cell is when it or its row is; a row is when it or any of its
   * cells is (`applications.granted`, `applications.granted.total`, `reviewLitigation.review`).
   */
  unknown(path: string): boolean;
  /** The cell at a full JSON path (`applications.newReceived.total`). */
  cell(path: string): CellValue;
}

/** An object, whose properties are read by name (each of unknown type). */
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Rows the form lets a report leave out (a group printed as one row): their cells count as 0, as in the equations. */
const OPTIONAL_ROWS: ReadonlySet<string> = new Set(TABLES.applications.rows.filter((r) => r.optional).map((r) => r.fullPath));

/** A check of the report, reporting under its own code. */
export type Rule = (context: RuleContext) => PendingDiagnostic[];

/** The rules' view of a report whose parse reported `diagnostics` (its own, for a report read back from JSON). */
export function ruleContext(report: Report, layout: Layout, diagnostics: Iterable<{ code: DiagnosticCode; path: string | null }>): RuleContext {
  const unknownPaths: string[] = [];
  for (const d of diagnostics) if (leavesUnknown(d.code) && d.path) unknownPaths.push(d.path);
  const unknown = unknownPaths.length === 0 ? () => false : (path: string) => unknownPaths.some((u) => covers(u, path) || covers(path, u));
  const cell = (path: string): CellValue => {
    let node: unknown = report;
    let at = '';
    for (const key of path.split('.')) {
      if (node === null && OPTIONAL_ROWS.has(at)) return 0;
      if (!isObject(node)) return 'unknown';
      at = at === '' ? key : `${at}.${key}`;
      // A key the object lacks: this form has no such row or cell.
      if (!Object.hasOwn(node, key)) return 'absent';
      node = node[key];
    }
    if (unknown(path)) return 'unknown';
    if (node === null) return 0;
    return typeof node === 'number' ? node : 'unknown';
  };
  return { report, layout, unknown, cell };
}

/** The sum of the cells: `absent` when any is absent, `unknown` when any is unknown. */
export function sumCells(context: Pick<RuleContext, 'cell'>, paths: readonly string[]): CellValue {
  let sum = 0;
  let absent = false;
  for (const path of paths) {
    const value = context.cell(path);
    if (value === 'unknown') return 'unknown';
    if (value === 'absent') absent = true;
    else sum += value;
  }
  return absent ? 'absent' : Math.round(sum * 1e6) / 1e6;
}

/**
 * Is `path` the value `outer` or inside it (`outer.` + more)? The same as
 * `path === outer || path.startsWith(`${outer}.`)`, without building the prefix per call.
 */
const covers = (outer: string, path: string): boolean =>
  path.startsWith(outer) && (path.length === outer.length || path.charCodeAt(outer.length) === 0x2e /* . */);
