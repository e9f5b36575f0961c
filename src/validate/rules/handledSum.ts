/**
 * `handled-sum`: per column, （七）总计 = the sum of every outcome row (（一）予以公开 … （六）其他处理).
 * Reported on the line of （七）总计.
 */
import { diagnostic } from '../../diagnostics.js';
import type { ApplicantRow, Diagnostic } from '../../schema.js';
import { APPLICANT_KEYS, OUTCOME_PATHS, columnLabel, labelOf, lineOf, matrixRows, offBy, round, rowAt, same, shown, value } from '../arithmetic.js';
import type { Rule } from '../context.js';

const OUTCOMES = matrixRows(OUTCOME_PATHS);

/** Per column, the paths of its cells in （七）总计 and every outcome row: constant, built once. */
const CELLS = APPLICANT_KEYS.map((key) => ['totalHandled', ...OUTCOME_PATHS].map((p) => `applications.${p}.${key}`));

export const handledSum: Rule = (context) => {
  const applications = context.report.applications;
  const total = applications?.totalHandled;
  if (!applications || !total) return [];
  const outcomes: Array<ApplicantRow | null> = [];
  for (const { keys } of OUTCOMES) outcomes.push(rowAt(applications, keys));
  const found: Diagnostic[] = [];
  for (let c = 0; c < APPLICANT_KEYS.length; c++) {
    const key = APPLICANT_KEYS[c]!;
    let sum = 0;
    for (const row of outcomes) sum += value(row?.[key]);
    // A column with a cell of unknown value is skipped; asking only when the sum fails skips the same columns.
    if (same(sum, value(total[key])) || CELLS[c]!.some((cell) => context.unknown(cell))) continue;
    found.push(
      diagnostic(
        'handled-sum',
        `column “${columnLabel(context, key)}”: “${labelOf(context, 'applications.totalHandled')}” is ${shown(total[key])}, ` +
          `but the outcome rows （一）予以公开 … （六）其他处理 add up to ${round(sum)} ${offBy(sum, value(total[key]))}`,
        `applications.totalHandled.${key}`,
        lineOf(context, 'applications.totalHandled'),
      ),
    );
  }
  return found;
};
