/**
 * report → the diagnostics of the form's arithmetic. The rules are a list of named checks, each
 * reporting under its own code: the form's equations (catalog/equations.ts), each checked by
 * equations.ts, and the prose's figures against the tables (textTable.ts). A rule of another kind
 * is a function in its own file and a line here.
 */
import type { DiagnosticCode, PendingDiagnostic } from '../diagnostics.js';
import type { Report } from '../schema.js';
import type { Layout } from '../tokens.js';
import { ruleContext, type Rule } from './context.js';
import { EQUATION_RULES } from './equations.js';
import { textTable } from './textTable.js';

export type { Rule };

export const RULES: ReadonlyArray<{ code: DiagnosticCode; rule: Rule }> = [...EQUATION_RULES, { code: 'text-table', rule: textTable }];

/**
 * Run every rule on a report whose parse reported `diagnostics`. The layout says where each row was printed and how it was labelled, and the
 * column labels the report printed where they differ from the form's (both known for a report
 * parsed here; empty for one read back from JSON, whose diagnostics then have no line and quote
 * the form's labels).
 */
export function runRules(report: Report, layout: Layout, diagnostics: Iterable<{ code: DiagnosticCode; path: string | null }>): PendingDiagnostic[] {
  const context = ruleContext(report, layout, diagnostics);
  const found: PendingDiagnostic[] = [];
  for (const { rule } of RULES) for (const d of rule(context)) found.push(d);
  return found;
}
