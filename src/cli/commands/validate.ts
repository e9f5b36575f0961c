/**
 * `gov-report validate`: each report's diagnostics, as text, JSON, GitHub annotations or one line
 * each (unix); exit 1 on an error, or on more warnings than --max-warnings allows.
 *
 * Every input has its place in the output, those that gave no report too (a missing file, a PDF,
 * text that is no report): besides its stderr line, a JSON entry, an annotation or a unix line
 * with its code, and a row in the GitHub step summary.
 */
import { appendFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import { githubAnnotations, githubCommand } from '../../output/github.js';
import { jsonArrayElement, jsonArrayEnd, validationEntry, type ValidationEntry } from '../../output/json.js';
import { countDiagnostics, validationSummary, validationText } from '../../output/pretty.js';
import { StepSummary } from '../../output/stepSummary.js';
import { unixLine, unixLines } from '../../output/unix.js';
import { loadDisplayWidthFor } from '../../output/width.js';
import { startBatch } from '../batch.js';
import type { Run } from '../io.js';
import type { ValidateOptions } from '../options.js';

/** The entry of an input that gave no report: one error, its code that of the problem. */
function problemEntry(file: string, message: string, code: string): ValidationEntry {
  return { file, errors: 1, warnings: 0, diagnostics: [{ code, severity: 'error', message, path: null, line: null }] };
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

  const batch = await startBatch(options, run, async (path, problem, code) => {
    unreadable++;
    const entry = problemEntry(path, problem, code);
    summary?.add(path, entry.diagnostics);
    // In CI the stderr line is easy to miss; an annotation shows on the run's summary page.
    if (output.format === 'github') await run.out(githubCommand('error', { file: path, title: title(code) }, problem));
    else if (output.format === 'json') await run.out(jsonArrayElement(entry, index++, output.pretty));
    else if (output.format === 'unix') await run.out(unixLine(path, entry.diagnostics[0]!));
  });
  const paint = new Chalk({ level: output.format === 'text' ? output.colour : 0 });
  // The text format aligns the line and severity words: the width table for Chinese ones.
  if (output.format === 'text') await loadDisplayWidthFor([...Object.values(words.severity), words.line(1)]);

  for await (const report of batch.reports()) {
    const counts = countDiagnostics(report.diagnostics);
    totals.files++;
    totals.errors += counts.errors;
    totals.warnings += counts.warnings;
    totals.infos += counts.infos;
    summary?.add(report.source.file ?? '-', report.diagnostics.filter((d) => verbose || d.severity !== 'info'));
    if (output.format === 'github') await run.out(githubAnnotations(report, { verbose, title }));
    else if (output.format === 'json') await run.out(jsonArrayElement(validationEntry(report), index++, output.pretty));
    else if (output.format === 'unix') await run.out(unixLines(report, { verbose }));
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
