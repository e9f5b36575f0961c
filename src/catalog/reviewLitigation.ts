/** Part 四: administrative review and litigation, the same in both forms. */
import type { TableRows, TableSpec } from './types.js';

export const OUTCOME_COLUMNS = [
  { key: 'upheld', label: '结果维持', meaning: 'decision upheld' },
  { key: 'corrected', label: '结果纠正', meaning: 'decision corrected' },
  { key: 'other', label: '其他结果', meaning: 'other outcome' },
  { key: 'pending', label: '尚未审结', meaning: 'not yet concluded' },
  { key: 'total', label: '总计', meaning: 'all cases' },
] as const;

/** The three groups of part 四, in the order the form prints their fifteen cells. */
export const REVIEW_LITIGATION_ROWS = {
  review: { label: '行政复议', meaning: 'administrative review', match: /行政复议(?:情况)?$/, columns: OUTCOME_COLUMNS },
  litigationDirect: { label: '行政诉讼·未经复议直接起诉', meaning: 'lawsuits filed directly, without review', match: /直接起诉/, columns: OUTCOME_COLUMNS },
  litigationAfterReview: { label: '行政诉讼·复议后起诉', meaning: 'lawsuits filed after review', match: /复议后起诉/, columns: OUTCOME_COLUMNS },
} as const satisfies TableRows;

export const REVIEW_LITIGATION = {
  key: 'reviewLitigation',
  part: 4,
  rows: REVIEW_LITIGATION_ROWS,
  /** The label messages give part 四 printed as one row of fifteen cells (the form's layout). */
  oneRowLabel: '行政复议、行政诉讼',
} as const satisfies TableSpec & { oneRowLabel: string };
