/** `row-total`: in every row of the application matrix, 总计 = 自然人 + the five 法人或其他组织 columns. */
import { diagnostic } from '../../diagnostics.js';
import { APPLICATIONS } from '../../catalog/index.js';
import { APPLICANT_PARTS, applicationRow, columnLabel, labelOf, lineOf, round, same, sumText, value } from '../arithmetic.js';
import type { Rule } from '../context.js';

export const rowTotal: Rule = (context) => {
  const applications = context.report.applications;
  if (!applications) return [];
  return APPLICATIONS.flatMap((spec) => {
    const row = applicationRow(applications, spec.path);
    const path = `applications.${spec.path}`;
    if (!row || context.unknown(path)) return [];
    const parts = APPLICANT_PARTS.map((k) => value(row[k]));
    const sum = parts.reduce((s, x) => s + x, 0);
    if (same(sum, value(row.total))) return [];
    return [
      diagnostic(
        'row-total',
        'error',
        `row “${labelOf(context, path)}”: 总计 is ${row.total ?? '(blank)'} but ${sumText(APPLICANT_PARTS.map((k) => [columnLabel(k), row[k]]))}; they differ by ${round(value(row.total) - sum)}`,
        `${path}.total`,
        lineOf(context, path),
      ),
    ];
  });
};
