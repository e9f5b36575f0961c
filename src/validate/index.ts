/**
 * report → the diagnostics of the form's arithmetic. The rules are a list: adding one is a new
 * file in rules/ and a line here.
 */
import type { Diagnostic, Report } from '../schema.js';
import type { Layout } from '../tokens.js';
import { ruleContext, type Rule, type RuleContext } from './context.js';
import { balance } from './rules/balance.js';
import { handledSum } from './rules/handledSum.js';
import { litigationTotal } from './rules/litigationTotal.js';
import { reviewTotal } from './rules/reviewTotal.js';
import { rowTotal } from './rules/rowTotal.js';

export type { Rule, RuleContext };
export { ruleContext };

export const RULES: ReadonlyArray<{ name: string; rule: Rule }> = [
  { name: 'balance', rule: balance },
  { name: 'handled-sum', rule: handledSum },
  { name: 'row-total', rule: rowTotal },
  { name: 'review-total', rule: reviewTotal },
  { name: 'litigation-total', rule: litigationTotal },
];

/**
 * Run every rule. The layout says where each row was printed and how it was labelled, and the
 * column labels the report printed where they differ from the form's (both known for a report
 * parsed here; empty for one read back from JSON, whose diagnostics then have no line and quote
 * the form's labels).
 */
export function runRules(report: Report, layout: Layout): Diagnostic[] {
  const context = ruleContext(report, layout);
  const found: Diagnostic[] = [];
  for (const { rule } of RULES) for (const d of rule(context)) found.push(d);
  return found;
}
