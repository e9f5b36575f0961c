/** `handled-sum`: per column, （七）总计 = the sum of every outcome row (予以公开 … 其他处理). */
import { diagnostic } from '../../diagnostics.js';
import { APPLICANT_KEYS, OUTCOME_PATHS, applicationRow, columnLabel, lineOf, round, same, value } from '../arithmetic.js';
import type { Rule } from '../context.js';

export const handledSum: Rule = (context) => {
  const applications = context.report.applications;
  const total = applications?.totalHandled;
  if (!applications || !total || context.unknown('applications.totalHandled')) return [];
  const rows = OUTCOME_PATHS.map((p) => applicationRow(applications, p));
  return APPLICANT_KEYS.flatMap((key) => {
    const column = `${key}`;
    if (OUTCOME_PATHS.some((p) => context.unknown(`applications.${p}.${column}`) || context.unknown(`applications.${p}`))) return [];
    const sum = rows.reduce((s, row) => s + value(row?.[key] ?? null), 0);
    if (same(sum, value(total[key]))) return [];
    return [
      diagnostic(
        'handled-sum',
        'error',
        `column “${columnLabel(key)}”: “（七）总计” is ${total[key] ?? '(blank)'} but the outcome rows （一）…（六） add up to ${round(sum)}; they differ by ${round(value(total[key]) - sum)}`,
        `applications.totalHandled.${key}`,
        lineOf(context, 'applications.totalHandled'),
      ),
    ];
  });
};
