/**
 * report → the diagnostics of the form's arithmetic. The rules are a list: adding one is a new
 * file in rules/ and a line here.
 */
import type { Diagnostic, Report } from '../schema.js';
import { ruleContext, type RowInfo, type Rule, type RuleContext } from './context.js';
import { balance } from './rules/balance.js';
import { handledSum } from './rules/handledSum.js';
import { litigationTotal } from './rules/litigationTotal.js';
import { reviewTotal } from './rules/reviewTotal.js';
import { rowTotal } from './rules/rowTotal.js';

export type { Rule, RowInfo, RuleContext };
export { ruleContext };

export const RULES: ReadonlyArray<{ name: string; rule: Rule }> = [
  { name: 'balance', rule: balance },
  { name: 'handled-sum', rule: handledSum },
  { name: 'row-total', rule: rowTotal },
  { name: 'review-total', rule: reviewTotal },
  { name: 'litigation-total', rule: litigationTotal },
];

/**
 * Run every rule. `rows` says where each row was printed and how it was labelled, `columns` the
 * column labels the report printed where they differ from the form's (both known for a report
 * parsed here; empty for one read back from JSON, whose diagnostics then have no line and quote
 * the form's column labels).
 */
export function runRules(report: Report, rows: ReadonlyMap<string, RowInfo> = new Map(), columns: ReadonlyMap<string, string> = new Map()): Diagnostic[] {
  const context = ruleContext(report, rows, columns);
  const found: Diagnostic[] = [];
  for (const { rule } of RULES) for (const d of rule(context)) found.push(d);
  return found;
}
