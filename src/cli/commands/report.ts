/**
 * `gov-report report`: one self-contained HTML page of the batch (src/output/page/), written to
 * `-o FILE` (default gov-report-report.html, resolved from the run's working directory) or to
 * stdout with `-o -`. Every input is on the page, in input order: a report with the lines of the
 * text it was parsed from (made where it was parsed), or an input that gave none with its reason.
 * Exit status 0, or 2 when an input could not be read (as for the other commands).
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { PageEntry } from '../../output/page/renderPage.js';
import { startBatch } from '../batch.js';
import { describeError } from '../inputs.js';
import type { CliIo, Run } from '../io.js';
import type { ReportOptions } from '../options.js';
import type { SourcedReport } from '../pool.js';
import { loadModule } from '../descriptors.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * When the page was made, as it reads on the page: local time; with SOURCE_DATE_EPOCH set (the
 * reproducible-builds convention) that moment, in UTC, so that the same inputs give the same bytes.
 */
function generatedAt(env: CliIo['env'], now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) {
    const d = new Date(Number(epoch) * 1000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
  }
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

const entryOf = ({ report, lines, diagnosticLines }: SourcedReport): PageEntry =>
  diagnosticLines ? { report, lines, diagnosticLines } : { report, lines };

export async function reportCommand(options: ReportOptions, run: Run): Promise<void> {
  const { io, words } = run;
  /**
   * One entry per input, in input order: a report, or an input that gave none (the batch tells an
   * argument's problem — a missing path, an empty folder — in its place among the others).
   */
  const entries: PageEntry[] = [];
  const batch = await startBatch(options, run, (file, message, code) => {
    entries.push({ file, code, message });
  });
  for await (const sourced of batch.sourced()) entries.push(entryOf(sourced));

  // Loaded when asked for: the page's modules are of no use to the other commands.
  const { renderPage } = await loadModule<typeof import('../../output/page/renderPage.js')>('../../output/page/renderPage.js', import.meta.url);
  const page = renderPage(entries, { lang: run.lang, generated: generatedAt(io.env) });
  const reports = entries.filter((e) => 'report' in e).length;
  if (options.output === '-') {
    await run.out(page);
    return;
  }
  try {
    await writeFile(resolve(io.cwd, options.output), page);
  } catch (error) {
    // `gov-report: out/overview.html: no such file or directory`, as for an input.
    batch.stderr.problem(options.output, describeError(error, words.inputs));
    run.fail(2);
    return;
  }
  batch.stderr.note(words.notes.pageWritten(options.output, reports, entries.length - reports));
}
