/**
 * `balance`: per column, 本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理 — the 勾稽关系 the table
 * itself prints. Reported on the line of 结转下年度继续办理, the row that closes the identity.
 */
import { diagnostic } from '../../diagnostics.js';
import type { Diagnostic } from '../../schema.js';
import { APPLICANT_KEYS, BALANCE_PATHS, columnLabel, labelOf, lineOf, offBy, round, same, shown, value } from '../arithmetic.js';
import type { Rule } from '../context.js';

/** Per column, the paths of its four cells: constant, built once. */
const CELLS = APPLICANT_KEYS.map((key) => BALANCE_PATHS.map((p) => `applications.${p}.${key}`));

export const balance: Rule = (context) => {
  const applications = context.report.applications;
  const received = applications?.newReceived ?? null;
  const over = applications?.carriedOver ?? null;
  const handled = applications?.totalHandled ?? null;
  const forward = applications?.carriedForward ?? null;
  if (received === null || over === null || handled === null || forward === null) return [];
  const quoted = (p: (typeof BALANCE_PATHS)[number]) => `“${labelOf(context, `applications.${p}`)}”`;
  const found: Diagnostic[] = [];
  for (let c = 0; c < APPLICANT_KEYS.length; c++) {
    const key = APPLICANT_KEYS[c]!;
    const left = value(received[key]) + value(over[key]);
    const right = value(handled[key]) + value(forward[key]);
    // A column with a cell of unknown value is skipped; asking only when the sides differ skips the same columns.
    if (same(left, right) || CELLS[c]!.some((cell) => context.unknown(cell))) continue;
    found.push(
      diagnostic(
        'balance',
        `column “${columnLabel(context, key)}”: ${quoted('newReceived')} ${shown(received[key])} + ${quoted('carriedOver')} ${shown(over[key])} = ${round(left)}, ` +
          `but ${quoted('totalHandled')} ${shown(handled[key])} + ${quoted('carriedForward')} ${shown(forward[key])} = ${round(right)} ${offBy(left, right)}`,
        `applications.carriedForward.${key}`,
        lineOf(context, 'applications.carriedForward'),
      ),
    );
  }
  return found;
};
