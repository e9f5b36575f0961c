/** Building diagnostics (SPEC.md "Diagnostic"); every stage speaks this one shape. */
import { READER_FATAL_CODES } from './readers/codes.js';
import type { Diagnostic, Severity } from './schema.js';

export type { Diagnostic, Severity };

export function diagnostic(
  code: string,
  severity: Severity,
  message: string,
  path: string | null = null,
  line: number | null = null,
): Diagnostic {
  return { code, severity, message, path, line };
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');

/**
 * Codes that mean the input is not a report at all (not text, empty, no tables). The CLI turns
 * them into a one-line error and exit status 2 instead of printing a report.
 */
export const FATAL_CODES: ReadonlySet<string> = new Set(['not-text', 'empty-input', 'not-a-report', 'unknown-encoding', ...READER_FATAL_CODES]);
