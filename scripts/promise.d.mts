/** Types for scripts/promise.mjs (the measuring stick of issue 16), for the TypeScript tests. */
export type Verdict = 'right' | 'null-diagnosed' | 'null-silent' | 'wrong';

/** The three tables of a report and its form, as parsed, designed or expected. */
export interface Tables {
  format: string | null;
  activeDisclosure: unknown;
  applications: unknown;
  reviewLitigation: unknown;
}

export interface DiagnosticLike {
  code: string;
  severity: string;
  path: string | null;
  line: number | null;
  message?: string;
}

export interface ExpectedDiagnostic {
  code: string;
  severity: string;
  path: string | null;
  line: number | null;
  /** Allowed, not required (matched on code and path). */
  optional?: boolean;
}

export interface ReportLike extends Tables {
  diagnostics: readonly DiagnosticLike[];
}

export interface CellVerdict {
  path: string;
  verdict: Verdict;
  designed: number | null;
  got: unknown;
  expected: number | null;
  /** The expectation has the value (the layout makes the reading certain). */
  certain: boolean;
  /** Codes of the warnings and errors naming the cell, its row or its table. */
  codes: string[];
}

export interface Classification {
  format: { designed: string | null; got: string | null };
  cells: CellVerdict[];
  /** Arithmetic errors reported where the designed values add up. */
  wrongVerdicts: DiagnosticLike[];
}

export interface Tally {
  cells: number;
  right: number;
  'null-diagnosed': number;
  'null-silent': number;
  wrong: number;
  /** Right values where the expectation says null: a guess that happened to be right. */
  guessed: number;
}

export interface FixtureExpectation {
  expected: Tables;
  diagnostics: readonly ExpectedDiagnostic[];
}

export interface Comparison {
  format: { expected: string | null; got: string | null } | null;
  cells: Array<{ path: string; expected: unknown; got: unknown }>;
  missing: ExpectedDiagnostic[];
  unexpected: DiagnosticLike[];
}

export declare const TABLE_KEYS: readonly string[];
export declare const VERDICTS: readonly Verdict[];
export declare function leaves(tables: Partial<Tables> | null): Map<string, unknown>;
export declare function names(diagnosticPath: string | null | undefined, cellPath: string): boolean;
export declare function classify(report: ReportLike, designed: Tables, expected?: Tables | null): Classification;
export declare function tally(cells: readonly CellVerdict[]): Tally;
export declare function ruleHolds(designed: Tables, code: string, path: string | null): boolean | null;
export declare function compareExpectation(report: ReportLike, fixture: FixtureExpectation): Comparison;
export declare function meetsExpectation(comparison: Comparison): boolean;
export declare function designedFor(file: string, root: string): Tables | null;
