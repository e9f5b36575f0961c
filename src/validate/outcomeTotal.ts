/**
 * The check behind `review-total` and `litigation-total`: in each group of part 四, 总计 =
 * 结果维持 + 结果纠正 + 其他结果 + 尚未审结. Reported on the line where the group's values are printed.
 */
import { OUTCOME_COLUMNS } from '../catalog/index.js';
import { diagnostic, type DiagnosticCode } from '../diagnostics.js';
import type { Diagnostic, Outcome, ReviewLitigation } from '../schema.js';
import { labelOf, lineOf, offBy, same, shown, sumParts, sumText, value } from './arithmetic.js';
import type { Rule } from './context.js';

const PARTS = OUTCOME_COLUMNS.filter((c) => c.key !== 'total') as ReadonlyArray<{ key: Exclude<keyof Outcome, 'total'>; label: string }>;

const SHOWN_PARTS = sumParts(PARTS);

export function outcomeTotal(code: DiagnosticCode, groups: ReadonlyArray<keyof ReviewLitigation>): Rule {
  const paths = groups.map((group) => `reviewLitigation.${group}`);
  return (context) => {
    const table = context.report.reviewLitigation;
    if (!table) return [];
    const found: Diagnostic[] = [];
    for (let g = 0; g < groups.length; g++) {
      const row = table[groups[g]!];
      const path = paths[g]!;
      if (!row) continue;
      let sum = 0;
      for (const { key } of PARTS) sum += value(row[key]);
      // A group of unknown value is skipped; asking only when the sum fails skips the same groups.
      if (same(sum, value(row.total)) || context.unknown(path)) continue;
      found.push(
        diagnostic(
          code,
          `“${labelOf(context, path)}”: 总计 is ${shown(row.total)}, but ${sumText(SHOWN_PARTS, row, sum)} ${offBy(sum, value(row.total))}`,
          `${path}.total`,
          lineOf(context, path),
        ),
      );
    }
    return found;
  };
}
