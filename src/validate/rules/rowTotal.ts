/**
 * `row-total`: in every row of the application matrix, 总计 = 自然人 + the five 法人或其他组织
 * columns. Reported on the line of the row's label.
 */
import { APPLICATIONS } from '../../catalog/index.js';
import { diagnostic } from '../../diagnostics.js';
import { APPLICANT_PARTS, applicationRow, columnLabel, labelOf, lineOf, offBy, same, shown, sumText, value } from '../arithmetic.js';
import type { Rule } from '../context.js';

export const rowTotal: Rule = (context) => {
  const applications = context.report.applications;
  if (!applications) return [];
  return APPLICATIONS.flatMap((spec) => {
    const row = applicationRow(applications, spec.path);
    const path = `applications.${spec.path}`;
    if (!row || context.unknown(path)) return [];
    const sum = APPLICANT_PARTS.reduce((s, k) => s + value(row[k]), 0);
    if (same(sum, value(row.total))) return [];
    return [
      diagnostic(
        'row-total',
        'error',
        `row “${labelOf(context, path)}”: 总计 is ${shown(row.total)}, but ${sumText(APPLICANT_PARTS.map((k) => [columnLabel(k), row[k]]))} ${offBy(sum, value(row.total))}`,
        `${path}.total`,
        lineOf(context, path),
      ),
    ];
  });
};
