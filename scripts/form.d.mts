/** Types for scripts/form.mjs, so TypeScript tests can print reports from the form as the generators do. */
export declare const APPLICATION_ROWS: readonly string[];
export declare const BOOKENDS: readonly string[];
export declare const OUTCOME_ROWS: readonly string[];
export declare const APPLICANT_COLUMNS: readonly string[];
export declare const COLUMNS: readonly string[];
export declare const REVIEW_GROUPS: readonly string[];
export declare const OUTCOME_FIELDS: readonly string[];
export declare const PART_HEADINGS: Readonly<Record<1 | 2 | 3 | 4 | 5 | 6, string>>;
export declare const DISCLOSURE_TABLES: Readonly<Record<'2021' | '2019', ReadonlyArray<{ item: string; header: readonly string[]; rows: ReadonlyArray<readonly [string, string, readonly string[]]> }>>>;
/** Each application row's own words, and the labels of the merged cells its group's first row carries. */
export declare const APPLICATION_LABELS: Readonly<Record<string, { label: string; group?: string; part?: string }>>;
export declare const SINGLE_OTHER_HANDLING_LABEL: string;
export declare const ROW_WORDS: Readonly<Record<string, readonly string[]>>;
export declare const APPLICANT_HEADERS: readonly string[];
export declare const APPLICATION_NOTE: string;
export declare const REVIEW_HEADERS: readonly string[];
