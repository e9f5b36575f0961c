/**
 * The two forms the reports are written on, and the reporting years each is for. Before the first
 * form's first year there was no fixed form (the 条例 was revised in 2019).
 */
import type { Format } from './types.js';

/** Newest first. */
export const FORMS = [
  { format: '2021', document: '国办公开办函〔2021〕30号', firstYear: 2021 },
  { format: '2019', document: '国办公开办函〔2019〕60号', firstYear: 2019 },
] as const satisfies ReadonlyArray<{ format: Format; document: string; firstYear: number }>;

/** The form of the latest reports (and of a report whose form nothing else tells). */
export const NEWEST_FORM: Format = FORMS[0].format;

/** The first reporting year with a fixed form. */
export const FIRST_FORM_YEAR = Math.min(...FORMS.map((f) => f.firstYear));

/** The form a report for this year is written on; null before FIRST_FORM_YEAR. */
export function formOfYear(year: number): Format | null {
  return FORMS.find((f) => year >= f.firstYear)?.format ?? null;
}
