/**
 * `gov-report validate`: each report's diagnostics, as text, JSON, GitHub annotations or one line
 * each (unix); exit 1 on an error, or on more warnings than --max-warnings allows.
 *
 * Every input has its place in the output, in input order, those that gave no report too (a
 * missing file, a PDF, text that is no report): besides its stderr line, a JSON entry, an
 * annotation or a unix line with its code, and a row in the GitHub step summary.
 */
import { appendFileSync } from 'node:fs';
import { checkCarryOver, seriesEntry, type SeriesEntry } from '../../crosscheck/carryOver.js';
import type { Lang } from '../../messages/languages.js';
import { githubAnnotations, githubCommand } from '../../output/github.js';
import { jsonArrayElement, jsonArrayEnd, validationEntry, type EntryDiagnostic, type ValidationEntry } from '../../output/json.js';
import { countDiagnostics, validationSummary, validationText } from '../../output/pretty.js';
import { StepSummary } from '../../output/stepSummary.js';
import { unixLine, unixLines } from '../../output/unix.js';
import type { Diagnostic, Report } from '../../schema.js';
import { startBatch } from '../batch.js';
import { painter } from '../colour.js';
import type { Run } from '../io.js';
import type { ValidateOptions } from '../options.js';

/** What is kept of a report until the batch is read: its file and its diagnostics. */
type Checked = Pick<Report, 'source' | 'diagnostics'>;

/** An input that gave no report: its path, why, and the code of why. */
interface Problem {
  path: string;
  problem: string;
  code: string;
}

/** The batch in input order: each input's report, or its problem. */
type Item = { checked: Checked } | { problem: Problem };

const byLine = (a: Diagnostic, b: Diagnostic): number => (a.line ?? 0) - (b.line ?? 0);

/** The entry of an input that gave no report: one error, its code that of the problem. */
function problemEntry({ path, problem, code }: Problem): ValidationEntry & { diagnostics: [EntryDiagnostic] } {
  return { file: path, errors: 1, warnings: 0, diagnostics: [{ code, severity: 'error', message: problem, path: null, line: null }] };
}

/**
 * Every report of the batch into `items` (where the problems are put as they come, so that all
 * stand in input order), with the carry-over errors of the whole batch (one organ's consecutive
 * years, src/crosscheck/carryOver.ts) added to the later report of each pair. Held until the batch
 * is read, since the year before may come after in the input order; what is held is each report's
 * diagnostics and a small record, not the report.
 */
async function checkBatch(batch: Awaited<ReturnType<typeof startBatch>>, lang: Lang, items: Item[]): Promise<void> {
  const checked: Array<{ checked: Checked }> = [];
  const entries: SeriesEntry[] = [];
  for await (const { report, layout } of batch.withLayouts()) {
    const item = { checked: { source: report.source, diagnostics: report.diagnostics } };
    checked.push(item);
    items.push(item);
    entries.push(seriesEntry(report, layout));
  }
  for (const finding of checkCarryOver(entries, { lang })) {
    // `later` indexes `entries`, which stand as `checked` do: a finding without its report is a bug.
    const item = checked[finding.later];
    if (item === undefined) throw new Error(`carry-over: a finding of report ${finding.later}, which the batch does not hold`);
    item.checked = { ...item.checked, diagnostics: [...item.checked.diagnostics, finding.diagnostic].sort(byLine) };
  }
}

export async function validateCommand(options: ValidateOptions, run: Run): Promise<void> {
  const { output, verbose } = options;
  /** An annotation's title: what the code is called in the run's language, and the code. */
  const title = (code: string): string => run.words.github.title(code, run.codeName(code));
  const words = run.words.validate;
  const summary = output.format === 'github' && output.stepSummary !== null ? new StepSummary({ summary: run.words.stepSummary, validate: words }) : null;
  const totals = { files: 0, errors: 0, warnings: 0, infos: 0 };
  let unreadable = 0;
  let index = 0;

  const items: Item[] = [];
  const batch = await startBatch(options, run, (path, problem, code) => {
    items.push({ problem: { path, problem, code } });
  });
  const paint = await painter(output.format === 'text' ? output.colour : 0);
  // The text format aligns the line (or place in a Word file or PDF) and severity words: the width table for Chinese ones.
  await checkBatch(batch, run.lang, items);

  for (const item of items) {
    if ('problem' in item) {
      unreadable++;
      const entry = problemEntry(item.problem);
      summary?.add(item.problem.path, entry.diagnostics);
      // In CI the stderr line is easy to miss; an annotation shows on the run's summary page.
      if (output.format === 'github') await run.out(githubCommand('error', { file: item.problem.path, title: title(item.problem.code) }, item.problem.problem));
      else if (output.format === 'json') await run.out(jsonArrayElement(entry, index++, output.pretty));
      else if (output.format === 'unix') await run.out(unixLine(item.problem.path, entry.diagnostics[0]));
      continue;
    }
    const report = item.checked;
    const counts = countDiagnostics(report.diagnostics);
    totals.files++;
    totals.errors += counts.errors;
    totals.warnings += counts.warnings;
    totals.infos += counts.infos;
    summary?.add(report.source.file ?? '-', report.diagnostics.filter((d) => verbose || d.severity !== 'info'));
    if (output.format === 'github') await run.out(githubAnnotations(report, { verbose, title, location: words.location }));
    else if (output.format === 'json') await run.out(jsonArrayElement(validationEntry(report), index++, output.pretty));
    else if (output.format === 'unix') await run.out(unixLines(report, { verbose, location: words.location }));
    else await run.out(validationText(report, { verbose, paint, words }));
  }
  if (output.format === 'json') await run.out(jsonArrayEnd(index, output.pretty));
  if (output.format === 'text') await run.out(validationSummary(totals, unreadable, paint, words));
  if (totals.errors > 0) run.fail(1);
  if (options.maxWarnings !== undefined && totals.warnings > options.maxWarnings) {
    run.fail(1);
    batch.stderr.line(run.words.notes.tooManyWarnings(totals.warnings, options.maxWarnings));
  }
  if (summary && output.format === 'github' && output.stepSummary !== null) {
    const file = output.stepSummary;
    try {
      // Appended, as GitHub expects: each step (and each command of a step) adds its own part.
      appendFileSync(file, summary.markdown(validationSummary(totals, unreadable, paint, words).trimEnd()));
    } catch (error) {
      batch.stderr.line(run.words.notes.cannotWriteStepSummary(file, (error as Error).message));
      run.fail(2);
    }
  }
}
