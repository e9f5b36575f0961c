/**
 * Diagnostics one a line, as compilers and linters print them, for editors (vim's quickfix,
 * Emacs' compilation mode, VS Code problem matchers) and grep:
 *
 *   reports/a.txt:60:1: error row-total row “本年新收政府信息公开申请数量”: 总计 is 8744, …
 *
 * `line:col` is the diagnostic's source line and column 1 (the start of the line where the row
 * or the problem is); `0:0` when it has no one line, as eslint's unix format does. The severity
 * and the code are the JSON's (the same in every language), the message is in the run's. A line
 * break inside a message becomes a space, so that each diagnostic stays on one line.
 */
import type { Report } from '../schema.js';
import type { EntryDiagnostic } from './json.js';

export function unixLine(file: string, d: Pick<EntryDiagnostic, 'severity' | 'code' | 'message' | 'line'>): string {
  const at = d.line === null ? '0:0' : `${d.line}:1`;
  return `${file}:${at}: ${d.severity} ${d.code} ${d.message.replace(/\r\n|[\r\n]/g, ' ')}\n`;
}

/** The lines of one report; infos only when `verbose`. */
export function unixLines(report: Pick<Report, 'source' | 'diagnostics'>, options: { verbose: boolean }): string {
  const file = report.source.file ?? '-';
  return report.diagnostics
    .filter((d) => options.verbose || d.severity !== 'info')
    .map((d) => unixLine(file, d))
    .join('');
}
