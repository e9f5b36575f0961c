/**
 * `balance`: per column, 本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理 — the 勾稽关系 the table
 * itself prints. Reported on the line of 结转下年度继续办理, the row that closes the identity.
 */
import { diagnostic } from '../../diagnostics.js';
import { APPLICANT_KEYS, columnLabel, labelOf, lineOf, round, same, value } from '../arithmetic.js';
import type { Rule } from '../context.js';

const ROWS = ['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'] as const;

export const balance: Rule = (context) => {
  const a = context.report.applications;
  if (!a || ROWS.some((r) => !a[r])) return [];
  const [received, over, handled, forward] = ROWS.map((r) => a[r]!);
  return APPLICANT_KEYS.flatMap((key) => {
    if (ROWS.some((r) => context.unknown(`applications.${r}.${key}`) || context.unknown(`applications.${r}`))) return [];
    const left = value(received![key]) + value(over![key]);
    const right = value(handled![key]) + value(forward![key]);
    if (same(left, right)) return [];
    const label = (r: (typeof ROWS)[number]) => `“${labelOf(context, `applications.${r}`)}”`;
    return [
      diagnostic(
        'balance',
        'error',
        `column “${columnLabel(key)}”: ${label('newReceived')} ${received![key] ?? '(blank)'} + ${label('carriedOver')} ${over![key] ?? '(blank)'} = ${round(left)}, but ${label('totalHandled')} ${handled![key] ?? '(blank)'} + ${label('carriedForward')} ${forward![key] ?? '(blank)'} = ${round(right)}`,
        `applications.carriedForward.${key}`,
        lineOf(context, 'applications.carriedForward'),
      ),
    ];
  });
};
