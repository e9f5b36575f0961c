/**
 * Diagnostics as GitHub Actions workflow commands, which show as annotations on the file:
 *   ::error file=reports/a.txt,line=85,title=balance::column “总计”: …
 * Escaping follows GitHub's workflow-command rules (as @actions/core does): in the message
 * `%`, CR and LF; in property values also `:` and `,`.
 */
import type { Diagnostic, Report } from '../schema.js';
import { visible } from './visible.js';

type Command = 'error' | 'warning' | 'notice';

const COMMAND: Readonly<Record<Diagnostic['severity'], Command>> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

/**
 * `%`, CR and LF escaped as GitHub's rules say (a line break in a file name or a cell cannot end
 * the command), then every other control character shown (visible.ts: an ANSI sequence becomes
 * `\x1b[…`), as the runner's log renders ANSI.
 */
function escapeData(text: string): string {
  return visible(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubCommand(
  command: Command,
  properties: { file: string; line?: number | null; title?: string },
  message: string,
): string {
  const props = [`file=${escapeProperty(properties.file)}`];
  if (properties.line !== null && properties.line !== undefined) props.push(`line=${properties.line}`);
  if (properties.title !== undefined) props.push(`title=${escapeProperty(properties.title)}`);
  return `::${command} ${props.join(',')}::${escapeData(message)}\n`;
}

/**
 * One annotation per diagnostic; infos (as ::notice) only when `verbose`. `title` names a code
 * in the run's language (GitHub shows it above the message); default: the code itself.
 */
export function githubAnnotations(report: Pick<Report, 'source' | 'diagnostics'>, options: { verbose: boolean; title?: (code: string) => string }): string {
  const file = report.source.file ?? '-';
  const title = options.title ?? ((code: string) => code);
  return report.diagnostics
    .filter((d) => options.verbose || d.severity !== 'info')
    .map((d) => githubCommand(COMMAND[d.severity], { file, line: d.line, title: title(d.code) }, d.message))
    .join('');
}
