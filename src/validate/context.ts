/**
 * What a validation rule sees: the report, where each row was printed, the labels as printed,
 * and which cells are unknown (printed but unreadable, or in a row the report lacks), so a rule
 * can skip arithmetic it cannot do instead of reporting a cascade of guesses.
 */
import { leavesUnknown, type DiagnosticCode, type PendingDiagnostic } from '../diagnostics.js';
import type { Report } from '../schema.js';
import type { Layout } from '../tokens.js';

export interface RuleContext {
  report: Report;
  /** Where each row was printed and the column labels as printed (empty for a report read from JSON). */
  layout: Layout;
  /**
   * Is this value unknown? A cell is when it or its row is; a row is when it or any of its
   * cells is (`applications.granted`, `applications.granted.total`, `reviewLitigation.review`).
   */
  unknown(path: string): boolean;
}

/** A check of the report, reporting under its own code. */
export type Rule = (context: RuleContext) => PendingDiagnostic[];

/** The rules' view of a report whose parse reported `diagnostics` (its own, for a report read back from JSON). */
export function ruleContext(report: Report, layout: Layout, diagnostics: Iterable<{ code: DiagnosticCode; path: string | null }>): RuleContext {
  const unknownPaths: string[] = [];
  for (const d of diagnostics) if (leavesUnknown(d.code) && d.path) unknownPaths.push(d.path);
  return { report, layout, unknown: unknownPaths.length === 0 ? () => false : (path) => unknownPaths.some((u) => covers(u, path) || covers(path, u)) };
}

/**
 * Is `path` the value `outer` or inside it (`outer.` + more)? The same as
 * `path === outer || path.startsWith(`${outer}.`)`, without building the prefix per call.
 */
const covers = (outer: string, path: string): boolean =>
  path.startsWith(outer) && (path.length === outer.length || path.charCodeAt(outer.length) === 0x2e /* . */);
