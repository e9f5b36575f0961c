/**
 * `balance`: per column, 本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理 — the 勾稽关系 the table
 * itself prints. Reported on the line of 结转下年度继续办理, the row that closes the identity.
 */
import { diagnostic } from '../../diagnostics.js';
import type { ApplicantRow } from '../../schema.js';
import { APPLICANT_KEYS, BALANCE_PATHS, columnLabel, labelOf, lineOf, offBy, round, same, shown, value } from '../arithmetic.js';
import type { Rule } from '../context.js';

export const balance: Rule = (context) => {
  const applications = context.report.applications;
  const rows = BALANCE_PATHS.map((p) => applications?.[p] ?? null);
  if (rows.some((row) => row === null)) return [];
  const [received, over, handled, forward] = rows as ApplicantRow[];
  const quoted = (p: (typeof BALANCE_PATHS)[number]) => `“${labelOf(context, `applications.${p}`)}”`;
  return APPLICANT_KEYS.flatMap((key) => {
    if (BALANCE_PATHS.some((p) => context.unknown(`applications.${p}.${key}`))) return [];
    const left = value(received![key]) + value(over![key]);
    const right = value(handled![key]) + value(forward![key]);
    if (same(left, right)) return [];
    return [
      diagnostic(
        'balance',
        'error',
        `column “${columnLabel(key)}”: ${quoted('newReceived')} ${shown(received![key])} + ${quoted('carriedOver')} ${shown(over![key])} = ${round(left)}, ` +
          `but ${quoted('totalHandled')} ${shown(handled![key])} + ${quoted('carriedForward')} ${shown(forward![key])} = ${round(right)} ${offBy(left, right)}`,
        `applications.carriedForward.${key}`,
        lineOf(context, 'applications.carriedForward'),
      ),
    ];
  });
};
