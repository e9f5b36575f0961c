/**
 * `handled-sum`: per column, （七）总计 = the sum of every outcome row (（一）予以公开 … （六）其他处理).
 * Reported on the line of （七）总计.
 */
import { diagnostic } from '../../diagnostics.js';
import { APPLICANT_KEYS, OUTCOME_PATHS, applicationRow, columnLabel, labelOf, lineOf, offBy, round, same, shown, value } from '../arithmetic.js';
import type { Rule } from '../context.js';

/** Per column, the paths of its cells in （七）总计 and every outcome row: constant, built once. */
const CELLS = new Map(APPLICANT_KEYS.map((key) => [key, ['totalHandled', ...OUTCOME_PATHS].map((p) => `applications.${p}.${key}`)]));

export const handledSum: Rule = (context) => {
  const applications = context.report.applications;
  const total = applications?.totalHandled;
  if (!applications || !total) return [];
  const outcomes = OUTCOME_PATHS.map((p) => applicationRow(applications, p));
  return APPLICANT_KEYS.flatMap((key) => {
    if (CELLS.get(key)!.some((cell) => context.unknown(cell))) return [];
    const sum = outcomes.reduce((s, row) => s + value(row?.[key]), 0);
    if (same(sum, value(total[key]))) return [];
    return [
      diagnostic(
        'handled-sum',
        'error',
        `column “${columnLabel(key)}”: “${labelOf(context, 'applications.totalHandled')}” is ${shown(total[key])}, ` +
          `but the outcome rows （一）予以公开 … （六）其他处理 add up to ${round(sum)} ${offBy(sum, value(total[key]))}`,
        `applications.totalHandled.${key}`,
        lineOf(context, 'applications.totalHandled'),
      ),
    ];
  });
};
