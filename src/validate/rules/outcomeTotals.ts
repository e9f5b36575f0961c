/**
 * `review-total` (行政复议) and `litigation-total` (the two 行政诉讼 groups): each group's 总计 =
 * 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
 */
import { REVIEW_LITIGATION } from '../../catalog/index.js';
import { diagnostic } from '../../diagnostics.js';
import type { Outcome } from '../../schema.js';
import { lineOf, round, same, sumText, value } from '../arithmetic.js';
import type { Rule, RuleContext } from '../context.js';

const PARTS: ReadonlyArray<[keyof Outcome, string]> = [
  ['upheld', '结果维持'],
  ['corrected', '结果纠正'],
  ['other', '其他结果'],
  ['pending', '尚未审结'],
];

function outcomeTotal(code: string, groups: readonly string[]): Rule {
  return (context: RuleContext) => {
    const table = context.report.reviewLitigation;
    if (!table) return [];
    return REVIEW_LITIGATION.filter((g) => groups.includes(g.path)).flatMap((group) => {
      const row = table[group.path as keyof typeof table];
      const path = `reviewLitigation.${group.path}`;
      if (!row || context.unknown(path)) return [];
      const sum = PARTS.reduce((s, [k]) => s + value(row[k]), 0);
      if (same(sum, value(row.total))) return [];
      return [
        diagnostic(
          code,
          'error',
          `“${group.label}”: 总计 is ${row.total ?? '(blank)'} but ${sumText(PARTS.map(([k, label]) => [label, row[k]]))}; they differ by ${round(value(row.total) - sum)}`,
          `${path}.total`,
          lineOf(context, path),
        ),
      ];
    });
  };
}

export const reviewTotal: Rule = outcomeTotal('review-total', ['review']);
export const litigationTotal: Rule = outcomeTotal('litigation-total', ['litigationDirect', 'litigationAfterReview']);
