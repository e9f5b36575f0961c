/**
 * `gov-report validate` on a terminal: per file its name, then one line per diagnostic
 * (source line, severity, code, message), and a closing summary line.
 *
 *   reports/a.txt
 *     85  error    balance     column “总计”: “本年新收…” 8743 + … = 12174, but … = 12175
 *   reports/b.txt  ok
 *   2 files, 1 error, 0 warnings
 */
import type { ChalkInstance } from 'chalk';
import type { Diagnostic, Report } from '../schema.js';

export interface Counts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): Omit<Counts, 'files'> {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const SEVERITY_WIDTH = 'warning'.length;

export function validationText(report: Report, options: { verbose: boolean; paint: ChalkInstance }): string {
  const { paint } = options;
  const file = report.source.file ?? '-';
  const shown = report.diagnostics.filter((d) => options.verbose || d.severity !== 'info');
  if (shown.length === 0) {
    const hidden = report.diagnostics.length;
    const note = hidden > 0 ? paint.dim(` (${plural(hidden, 'info')}; --verbose shows ${hidden === 1 ? 'it' : 'them'})`) : '';
    return `${paint.bold(file)}  ${paint.green('ok')}${note}\n`;
  }
  const lineWidth = Math.max(...shown.map((d) => String(d.line ?? '-').length));
  const codeWidth = Math.max(...shown.map((d) => d.code.length));
  const severityColour = { error: paint.red, warning: paint.yellow, info: paint.cyan } as const;
  const lines = shown.map((d) => {
    const line = paint.dim(String(d.line ?? '-').padStart(lineWidth));
    const severity = severityColour[d.severity](d.severity.padEnd(SEVERITY_WIDTH));
    return `  ${line}  ${severity}  ${d.code.padEnd(codeWidth)}  ${d.message}\n`;
  });
  return `${paint.bold(file)}\n${lines.join('')}`;
}

/** `3 files, 1 error, 2 warnings` (and `; 1 file could not be checked` when one was unreadable or not a report). */
export function validationSummary(counts: Counts, unreadable: number, paint: ChalkInstance): string {
  const errors = plural(counts.errors, 'error');
  const warnings = plural(counts.warnings, 'warning');
  let line = `${plural(counts.files, 'file')}, ${counts.errors > 0 ? paint.red(errors) : errors}, ${counts.warnings > 0 ? paint.yellow(warnings) : warnings}`;
  if (unreadable > 0) line += `; ${paint.red(`${plural(unreadable, 'file')} could not be checked`)}`;
  return `${line}\n`;
}
