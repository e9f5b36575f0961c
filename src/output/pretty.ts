/**
 * `gov-report validate` on a terminal: per file its name, then one line per diagnostic
 * (source line, severity, code, message), and a closing summary line.
 *
 *   reports/a.txt
 *     85  error    balance     column “总计”: “本年新收…” 8743 + … = 12174, but … = 12175
 *   reports/b.txt  ok
 *   2 files, 1 error, 0 warnings
 */
import type { Paint } from './paint.js';
import type { Messages } from '../cli/messages.js';
import type { Diagnostic, Report } from '../schema.js';
import { visible, visibleLineStart } from './visible.js';
import { displayWidth, padEnd, padStart } from './width.js';

/** The words of this output, in the run's language. */
type Words = Messages['validate'];

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

export function validationText(report: Pick<Report, 'source' | 'diagnostics'>, options: { verbose: boolean; paint: Paint; words: Words }): string {
  const { paint, words } = options;
  // A file name and a message are one line each, with no control character sent to the terminal.
  const file = visibleLineStart(report.source.file ?? '-');
  const shown = report.diagnostics.filter((d) => options.verbose || d.severity !== 'info');
  if (shown.length === 0) {
    const hidden = report.diagnostics.length;
    const note = hidden > 0 ? paint.dim(` ${words.hiddenInfos(hidden)}`) : '';
    return `${paint.bold(file)}  ${paint.green(words.ok)}${note}\n`;
  }
  const lineWidth = Math.max(...shown.map((d) => displayWidth(words.line(d.line))));
  const codeWidth = Math.max(...shown.map((d) => d.code.length));
  const severityWidth = Math.max(...Object.values(words.severity).map(displayWidth));
  const severityColour = { error: paint.red, warning: paint.yellow, info: paint.cyan } as const;
  const lines = shown.map((d) => {
    const line = paint.dim(padStart(words.line(d.line), lineWidth));
    const severity = severityColour[d.severity](padEnd(words.severity[d.severity], severityWidth));
    return `  ${line}  ${severity}  ${d.code.padEnd(codeWidth)}  ${visible(d.message)}\n`;
  });
  return `${paint.bold(file)}\n${lines.join('')}`;
}

/** `3 files, 1 error, 2 warnings` (and `; 1 file could not be checked` when one was unreadable or not a report). */
export function validationSummary(counts: Counts, unreadable: number, paint: Paint, words: Words): string {
  const errors = words.errors(counts.errors);
  const warnings = words.warnings(counts.warnings);
  const totals = words.totals(words.files(counts.files), counts.errors > 0 ? paint.red(errors) : errors, counts.warnings > 0 ? paint.yellow(warnings) : warnings);
  return `${unreadable > 0 ? words.totalsAndUnchecked(totals, paint.red(words.unchecked(unreadable))) : totals}\n`;
}
