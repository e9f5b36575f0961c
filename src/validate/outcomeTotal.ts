/**
 * The check behind `review-total` and `litigation-total`: in each group of part 四, 总计 =
 * 结果维持 + 结果纠正 + 其他结果 + 尚未审结. Reported on the line where the group's values are printed.
 */
import { OUTCOME_COLUMNS } from '../catalog/index.js';
import { diagnostic } from '../diagnostics.js';
import type { Outcome, ReviewLitigation } from '../schema.js';
import { labelOf, lineOf, offBy, same, shown, sumText, value } from './arithmetic.js';
import type { Rule } from './context.js';

const PARTS = OUTCOME_COLUMNS.filter((c) => c.key !== 'total') as ReadonlyArray<{ key: Exclude<keyof Outcome, 'total'>; label: string }>;

export function outcomeTotal(code: string, groups: ReadonlyArray<keyof ReviewLitigation>): Rule {
  return (context) => {
    const table = context.report.reviewLitigation;
    if (!table) return [];
    return groups.flatMap((group) => {
      const row = table[group];
      const path = `reviewLitigation.${group}`;
      if (!row || context.unknown(path)) return [];
      const sum = PARTS.reduce((s, { key }) => s + value(row[key]), 0);
      if (same(sum, value(row.total))) return [];
      return [
        diagnostic(
          code,
          'error',
          `“${labelOf(context, path)}”: 总计 is ${shown(row.total)}, but ${sumText(PARTS.map(({ key, label }) => [label, row[key]]))} ${offBy(sum, value(row.total))}`,
          `${path}.total`,
          lineOf(context, path),
        ),
      ];
    });
  };
}
