/**
 * `validate --format github`: the Markdown that goes to `$GITHUB_STEP_SUMMARY`, which GitHub shows
 * on the run's summary page. GitHub shows only the first ten annotations of each kind per step;
 * the summary lists every diagnostic (up to MAX_ROWS), under the counts `validate` prints.
 *
 *   ### gov-report validate
 *   2 files, 2 errors, 0 warnings
 *
 *   | file | line | severity | code | message |
 *   | --- | --- | --- | --- | --- |
 *   | reports/a.txt | 60 | error | row-total | row “本年新收…”: 总计 is 8744, … |
 */
import type { Messages } from '../cli/messages.js';
import { locatedMessage } from './github.js';
import type { EntryDiagnostic } from './json.js';

/** GitHub takes up to 1 MiB of summary per step; 1000 rows of a few hundred bytes stay well under it. */
const MAX_ROWS = 1000;

/** The words of this output, in the run's language. */
type Words = { summary: Messages['stepSummary']; validate: Messages['validate'] };

/** A table cell: no line break, no `|` that would end the cell, no HTML. */
const cell = (text: string): string => text.replace(/\r\n|[\r\n]/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;');

export class StepSummary {
  private readonly rows: string[] = [];
  private more = 0;

  constructor(private readonly words: Words) {}

  /** A file's diagnostics, those the annotations show (infos only with --verbose); in a Word file or PDF the message starts with where it points. */
  add(file: string, diagnostics: ReadonlyArray<Pick<EntryDiagnostic, 'severity' | 'code' | 'message' | 'line' | 'location'>>): void {
    const { validate } = this.words;
    for (const d of diagnostics) {
      if (this.rows.length >= MAX_ROWS) {
        this.more++;
        continue;
      }
      this.rows.push(`| ${cell(file)} | ${d.line ?? ''} | ${validate.severity[d.severity]} | \`${d.code}\` | ${cell(locatedMessage(d, validate.location))} |`);
    }
  }

  /** The Markdown, closing with a blank line so that what the next step appends starts apart. */
  markdown(totals: string): string {
    const { summary } = this.words;
    const h = summary.headers;
    const lines = [`### ${summary.heading}`, '', totals, ''];
    if (this.rows.length === 0) lines.push(summary.none, '');
    else {
      lines.push(`| ${h.file} | ${h.line} | ${h.severity} | ${h.code} | ${h.message} |`, '| --- | ---: | --- | --- | --- |', ...this.rows, '');
      if (this.more > 0) lines.push(summary.more(this.more), '');
    }
    return `${lines.join('\n')}\n`;
  }
}
