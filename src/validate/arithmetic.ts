/** Small helpers the rules share: reading cells with blanks as 0, and writing the numbers out. */
import { APPLICANT_COLUMNS, APPLICATIONS } from '../catalog/index.js';
import type { ApplicantRow, Applications } from '../schema.js';
import type { RuleContext } from './context.js';

export const APPLICANT_KEYS = APPLICANT_COLUMNS.map((c) => c.key) as Array<keyof ApplicantRow>;
/** The six applicant columns that add up to `total`. */
export const APPLICANT_PARTS = APPLICANT_KEYS.slice(0, -1);

export const columnLabel = (key: string): string => APPLICANT_COLUMNS.find((c) => c.key === key)?.label ?? key;

/** A row of the application matrix by its catalog path (`denied.stateSecret`). */
export function applicationRow(applications: Applications, path: string): ApplicantRow | null {
  let node: unknown = applications;
  for (const k of path.split('.')) node = (node as Record<string, unknown> | null)?.[k] ?? null;
  return node as ApplicantRow | null;
}

/** Paths of the outcome rows whose sum is （七）总计: everything between the two bookends. */
export const OUTCOME_PATHS = APPLICATIONS.map((s) => s.path).filter(
  (p) => !['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(p),
);

/** The row label as the report printed it, or the form's label. */
export function labelOf(context: RuleContext, path: string): string {
  const printed = context.rows.get(path)?.label;
  if (printed) return printed;
  const spec = APPLICATIONS.find((s) => `applications.${s.path}` === path);
  return spec?.label ?? path;
}

export const lineOf = (context: RuleContext, path: string): number | null => context.rows.get(path)?.line ?? null;

export const value = (x: number | null): number => x ?? 0;

/** Equal for counts and for amounts in 万元 printed with decimals. */
export const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;

/** `a + b + c = 12` */
export function sumText(parts: ReadonlyArray<[string, number | null]>): string {
  const total = parts.reduce((s, [, v]) => s + value(v), 0);
  return `${parts.map(([label, v]) => `${label} ${v ?? '(blank)'}`).join(' + ')} = ${round(total)}`;
}

export const round = (x: number): number => Math.round(x * 1e6) / 1e6;
