/**
 * Reports as JSON: one object, or an array written one element at a time. The pieces join to
 * exactly what `JSON.stringify(array, null, 2)` (pretty) or `JSON.stringify(array)` would print,
 * without holding the whole array in memory.
 */
import type { Diagnostic, Report } from '../schema.js';

function toJson(value: unknown, pretty: boolean): string {
  return pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
}

/** One value on its own, followed by a newline. */
export function jsonDocument(value: unknown, pretty: boolean): string {
  return `${toJson(value, pretty)}\n`;
}

/** The text that puts element number `index` (0-based) into the array being written. */
export function jsonArrayElement(value: unknown, index: number, pretty: boolean): string {
  const body = toJson(value, pretty);
  if (!pretty) return `${index === 0 ? '[' : ','}${body}`;
  return `${index === 0 ? '[\n' : ',\n'}${body.replace(/^/gm, '  ')}`;
}

/** Closes an array of `count` elements written with jsonArrayElement. */
export function jsonArrayEnd(count: number, pretty: boolean): string {
  if (count === 0) return '[]\n';
  return pretty ? '\n]\n' : ']\n';
}

/**
 * The `validate --format json` entry of one input. An input that gave no report has one too, with
 * one error whose code is the problem's (`unreadable`, `no-files`, or the fatal diagnostic's).
 */
export interface ValidationEntry {
  file: string;
  errors: number;
  warnings: number;
  diagnostics: EntryDiagnostic[];
}

/** A diagnostic of a report, or the problem of an input that gave none (code `unreadable`, …). */
export type EntryDiagnostic = Omit<Diagnostic, 'code'> & { code: string };

/** The `validate --format json` entry of one report. */
export function validationEntry(report: Pick<Report, 'source' | 'diagnostics'>): ValidationEntry {
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
  return { file: report.source.file ?? '-', errors, warnings, diagnostics: report.diagnostics };
}
