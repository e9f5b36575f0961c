/**
 * What a validation rule sees: the report, where each row was printed, the labels as printed,
 * and which cells are unknown (printed but unreadable), so a rule can skip arithmetic it cannot do.
 */
import type { Diagnostic, Report } from '../schema.js';
import type { PrintedRow } from '../tokens.js';

/** Codes of cells whose value is unknown: a check that needs them is skipped, not failed. */
export const UNKNOWN_VALUE_CODES: ReadonlySet<string> = new Set([
  'not-a-number',
  'cell-count',
  'ambiguous-digits',
  'unrecoverable-digits',
]);

export type RowInfo = PrintedRow;

export interface RuleContext {
  report: Report;
  /** Full row path (`applications.granted`) → where and how it was printed. */
  rows: ReadonlyMap<string, RowInfo>;
  /** Is the cell (or its whole row) unreadable? */
  unknown(path: string): boolean;
}

export type Rule = (context: RuleContext) => Diagnostic[];

export function ruleContext(report: Report, rows: ReadonlyMap<string, RowInfo>): RuleContext {
  const unknownPaths = report.diagnostics.filter((d) => UNKNOWN_VALUE_CODES.has(d.code) && d.path).map((d) => d.path!);
  return {
    report,
    rows,
    unknown: (path) => unknownPaths.some((u) => path === u || path.startsWith(`${u}.`)),
  };
}
