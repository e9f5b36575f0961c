/** `gov-report validate`: each report's diagnostics, as text, JSON or GitHub annotations; exit 1 on an error. */
import { Chalk } from 'chalk';
import type { Lang } from '../../messages/languages.js';
import { checkCarryOver, seriesEntry, type SeriesEntry } from '../../crosscheck/carryOver.js';
import { githubAnnotations, githubCommand } from '../../output/github.js';
import { jsonArrayElement, jsonArrayEnd, validationEntry } from '../../output/json.js';
import { countDiagnostics, validationSummary, validationText } from '../../output/pretty.js';
import type { Diagnostic, Report } from '../../schema.js';
import { startBatch } from '../batch.js';
import type { Run } from '../io.js';
import type { ValidateOptions } from '../options.js';

/** What is kept of a report until the batch is read: its file and its diagnostics. */
type Checked = Pick<Report, 'source' | 'diagnostics'>;

const byLine = (a: Diagnostic, b: Diagnostic): number => (a.line ?? 0) - (b.line ?? 0);

/**
 * Every report of the batch, with the carry-over errors of the whole batch (one organ's
 * consecutive years, src/crosscheck/carryOver.ts) added to the later report of each pair. Held
 * until the batch is read, since the year before may come after in the input order; what is held
 * is each report's diagnostics and a small record, not the report.
 */
async function checkBatch(batch: Awaited<ReturnType<typeof startBatch>>, lang: Lang): Promise<Checked[]> {
  const checked: Checked[] = [];
  const entries: SeriesEntry[] = [];
  for await (const { report, layout } of batch.withLayouts()) {
    checked.push({ source: report.source, diagnostics: report.diagnostics });
    entries.push(seriesEntry(report, layout));
  }
  for (const finding of checkCarryOver(entries, { lang })) {
    const { diagnostics } = checked[finding.later]!;
    checked[finding.later] = { ...checked[finding.later]!, diagnostics: [...diagnostics, finding.diagnostic].sort(byLine) };
  }
  return checked;
}

export async function validateCommand(options: ValidateOptions, run: Run): Promise<void> {
  const { output, verbose } = options;
  /** An annotation's title: what the code is called in the run's language, and the code. */
  const title = (code: string): string => run.words.github.title(code, run.codeName(code));
  let unreadable = 0;
  const batch = await startBatch(options, run, async (path, problem, code) => {
    unreadable++;
    // In CI the stderr line is easy to miss; an annotation shows on the run's summary page.
    if (output.format === 'github') await run.out(githubCommand('error', { file: path, title: title(code) }, problem));
  });
  const paint = new Chalk({ level: output.format === 'text' ? output.colour : 0 });
  const words = run.words.validate;
  const totals = { files: 0, errors: 0, warnings: 0, infos: 0 };

  let index = 0;
  for (const report of await checkBatch(batch, run.lang)) {
    const counts = countDiagnostics(report.diagnostics);
    totals.files++;
    totals.errors += counts.errors;
    totals.warnings += counts.warnings;
    totals.infos += counts.infos;
    if (output.format === 'github') await run.out(githubAnnotations(report, { verbose, title }));
    else if (output.format === 'json') await run.out(jsonArrayElement(validationEntry(report), index++, output.pretty));
    else await run.out(validationText(report, { verbose, paint, words }));
  }
  if (output.format === 'json') await run.out(jsonArrayEnd(index, output.pretty));
  if (output.format === 'text') await run.out(validationSummary(totals, unreadable, paint, words));
  if (totals.errors > 0) run.fail(1);
}
