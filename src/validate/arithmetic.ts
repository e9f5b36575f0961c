/** Small helpers the rules share: reading cells with blanks as 0, labels as printed, numbers as text. */
import { APPLICANT_COLUMNS, APPLICATIONS, REVIEW_LITIGATION } from '../catalog/index.js';
import type { ApplicantRow, Applications } from '../schema.js';
import type { RuleContext } from './context.js';

export const APPLICANT_KEYS = APPLICANT_COLUMNS.map((c) => c.key) as Array<keyof ApplicantRow>;
/** The six applicant columns that add up to `total`. */
export const APPLICANT_PARTS = APPLICANT_COLUMNS.slice(0, -1) as ReadonlyArray<{ key: Exclude<keyof ApplicantRow, 'total'>; label: string }>;

/** An applicant column's label: as the report printed it, else as the form does. */
export const columnLabel = (context: RuleContext, key: string): string =>
  context.layout.columns[`applications.${key}`] ?? APPLICANT_COLUMNS.find((c) => c.key === key)?.label ?? key;

/** A row of the application matrix by its catalog path split into keys (`['denied', 'stateSecret']`). */
export function rowAt(applications: Applications, keys: readonly string[]): ApplicantRow | null {
  let node: unknown = applications;
  for (const k of keys) node = (node as Record<string, unknown> | null)?.[k] ?? null;
  return node as ApplicantRow | null;
}

/** A row of the matrix as the rules address it: keys into the report, its full path (`applications.granted`). */
export interface MatrixRow {
  keys: readonly string[];
  path: string;
}

/** The catalog's paths as MatrixRows: constant, built once, so no rule splits or joins a path per report. */
export const matrixRows = (paths: readonly string[]): MatrixRow[] =>
  paths.map((p) => ({ keys: p.split('.'), path: `applications.${p}` }));

/** The four rows of the 勾稽关系; every other row of the matrix is an outcome row. */
export { APPLICATION_BOOKENDS as BALANCE_PATHS, OUTCOME_PATHS } from '../catalog/index.js';

const FORM_LABELS: ReadonlyMap<string, string> = new Map([
  ...APPLICATIONS.map((s) => [`applications.${s.path}`, s.label] as const),
  ...REVIEW_LITIGATION.map((s) => [`reviewLitigation.${s.path}`, s.label] as const),
]);

/** The row label as the report printed it (`(七) 总计`), or the form's when the row's print is unknown. */
export function labelOf(context: RuleContext, path: string): string {
  return context.layout.rows[path]?.label || FORM_LABELS.get(path) || path;
}

/** The line of the row's label; null for a report read back from JSON. */
export const lineOf = (context: RuleContext, path: string): number | null => context.layout.rows[path]?.line ?? null;

/** A cell in the arithmetic: blank (null) counts as 0. */
export const value = (x: number | null | undefined): number => x ?? 0;

/** A cell as the message shows it: its number, or what a blank became. */
export const shown = (x: number | null | undefined): string => (x === null || x === undefined ? '(none, as 0)' : String(x));

/** Equal for counts and for amounts in 万元 printed with decimals. */
export const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;

export const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The parts of a sum as sumText shows them: each part's key, and the text before its value (`自然人 `, ` + 商业企业 `). */
export interface SumParts<K extends string> {
  keys: readonly K[];
  before: readonly string[];
}

/** Built once per list of parts (a module constant), not per message, unless a report prints its own labels. */
export const sumParts = <K extends string>(parts: ReadonlyArray<{ key: K; label: string }>): SumParts<K> => ({
  keys: parts.map((p) => p.key),
  before: parts.map(({ label }, i) => `${i === 0 ? '' : ' + '}${label} `),
});

/**
 * `自然人 58 + 商业企业 115 + … = 239`: the row's cells in `parts`, and `sum`, which the caller has
 * added up over the same parts in the same order (so it is the sum the message would show).
 * Appended piece by piece: a template or `a + b` per part first copies the short pieces into a
 * new string, which made this half the cost of a row-total message.
 */
export function sumText<K extends string>(parts: SumParts<K>, row: Readonly<Record<K, number | null | undefined>>, sum: number): string {
  let text = '';
  for (let i = 0; i < parts.keys.length; i++) {
    text += parts.before[i]!;
    text += shown(row[parts.keys[i]!]);
  }
  text += ' = ';
  text += round(sum);
  return text;
}

/** ` (off by 1)`: how far apart the two sides are. */
export const offBy = (a: number, b: number): string => `(off by ${round(Math.abs(a - b))})`;
