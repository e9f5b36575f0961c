/**
 * The `gov-report` command: commander wiring, option checks and exit codes. Reading and parsing
 * happen in run.ts, argument expansion in inputs.ts, formatting in src/output/.
 *
 * Exit status: 0 all good; 1 an error-severity diagnostic (validate, or parse --strict);
 * 2 a usage error or an input that could not be read or is not a report (2 wins over 1).
 */
import { readFileSync } from 'node:fs';
import chalk, { Chalk, type ChalkInstance } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { isKnownEncoding } from '../decode/decode.js';
// Not '../index.js', and csv.ts and the schema only when asked for: the zod schema is ~60 ms of
// start-up that `parse` and `validate` never use (csv.ts derives its columns from it).
import { hasErrors } from '../diagnostics.js';
import type { Report } from '../schema.js';
import { githubAnnotations, githubCommand } from '../output/github.js';
import { jsonArrayElement, jsonArrayEnd, jsonDocument, validationEntry } from '../output/json.js';
import { countDiagnostics, plural, validationSummary, validationText } from '../output/pretty.js';
import { summaryRow, summaryTable, type SummaryRow } from '../output/summary.js';
import { expandInputs, type ExpandedInputs } from './inputs.js';
import { Messages, exitQuietlyOnClosedStdout, fail, out, status } from './io.js';
import { run, type RunResult } from './run.js';

const VERSION: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

interface CommonOptions {
  encoding?: string;
  quiet?: boolean;
  jobs?: number;
}

interface ParseOptions extends CommonOptions {
  format: 'json' | 'csv';
  ndjson?: boolean;
  pretty?: boolean;
  compact?: boolean;
  bom?: boolean;
  text?: boolean;
  strict?: boolean;
}

interface ValidateOptions extends CommonOptions {
  format: 'text' | 'json' | 'github';
  verbose?: boolean;
  color: boolean;
  pretty?: boolean;
  compact?: boolean;
}

interface SummaryOptions extends CommonOptions {
  color: boolean;
}

/** A mistake on the command line: one line on stderr, exit status 2. */
class UsageError extends Error {}

// ---------------------------------------------------------------------------------------------
// Shared steps

/** Colour only when stdout is a terminal (chalk's own check, which honours FORCE_COLOR), never under NO_COLOR or --no-color. */
function paintFor(colour: boolean): ChalkInstance {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  return new Chalk({ level: colour && !noColor ? chalk.level : 0 });
}

/** JSON layout: --pretty / --compact, else pretty on a terminal and compact into a pipe or file. */
function prettyJson(options: { pretty?: boolean; compact?: boolean }): boolean {
  if (options.pretty) return true;
  if (options.compact) return false;
  return process.stdout.isTTY === true;
}

function checkEncoding(encoding: string | undefined): void {
  if (encoding !== undefined && !isKnownEncoding(encoding)) {
    throw new UsageError(`unknown encoding "${encoding}" (known names include utf-8, gb18030, gbk, utf-16le, utf-16be, big5)`);
  }
}

type ProblemHandler = (path: string, problem: string, code: string) => Promise<void> | void;

interface Batch {
  expanded: ExpandedInputs;
  messages: Messages;
  /** The parsed reports in input order; inputs that are unreadable or not reports are reported and skipped. */
  reports: () => AsyncGenerator<Report>;
  /** The same as compact JSON text with its count of error diagnostics (made where it was parsed). */
  serialized: () => AsyncGenerator<{ json: string; errors: number }>;
}

/**
 * Expand the arguments and hand out the parsed reports. Each input that cannot be read or is not
 * a report gives one stderr line and exit status 2; `onProblem` may print it as data too.
 */
async function startBatch(args: readonly string[], options: CommonOptions, onProblem?: ProblemHandler): Promise<Batch> {
  checkEncoding(options.encoding);
  const expanded = await expandInputs(args, { stdinIsTTY: process.stdin.isTTY === true });
  if (args.length === 0 && expanded.inputs.length === 0) {
    throw new UsageError('no input: give files, folders or globs, or pipe a report into stdin (see --help)');
  }
  const messages = new Messages({ quiet: options.quiet === true, total: expanded.inputs.length });
  const problem = async (path: string, text: string, code: string): Promise<void> => {
    messages.problem(path, text);
    fail(2);
    await onProblem?.(path, text, code);
  };
  const jobs = options.jobs !== undefined ? { jobs: options.jobs } : {};
  async function* parsed(serialized: boolean): AsyncGenerator<Exclude<RunResult, { error: string }>> {
    for (const p of expanded.problems) await problem(p.path, p.problem, p.code);
    let done = 0;
    for await (const result of run(expanded.inputs, { ...(options.encoding ? { encoding: options.encoding } : {}), ...jobs, serialized })) {
      messages.progress(++done);
      if ('error' in result) {
        await problem(result.file, result.error, result.code);
      } else {
        // On one terminal, data written to stdout must not land on the progress line.
        if (process.stdout.isTTY) messages.clearProgress();
        yield result;
      }
    }
    messages.clearProgress();
  }
  return {
    expanded,
    messages,
    async *reports() {
      for await (const result of parsed(false)) if ('report' in result) yield result.report;
    },
    async *serialized() {
      for await (const result of parsed(true)) if ('json' in result) yield result;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Commands

async function parseCommand(args: string[], options: ParseOptions): Promise<void> {
  const csv = options.format === 'csv';
  if (options.pretty && options.compact) throw new UsageError('--pretty and --compact cannot be used together');
  if (options.ndjson && csv) throw new UsageError('--ndjson and --format csv cannot be used together');
  if (options.ndjson && options.pretty) throw new UsageError('--ndjson prints one compact report per line; it cannot be --pretty');
  if (csv && (options.pretty || options.compact)) throw new UsageError('--pretty and --compact apply to JSON, not to --format csv');
  if (!csv && options.bom) throw new UsageError('--bom applies to --format csv only');
  if (!csv && options.text) throw new UsageError('--text applies to --format csv only (JSON always has the text)');

  const batch = await startBatch(args, options);
  const pretty = prettyJson(options);
  let count = 0;
  let withErrors = 0;

  const reports = async function* () {
    for await (const report of batch.reports()) {
      count++;
      if (hasErrors(report.diagnostics)) withErrors++;
      yield report;
    }
  };
  // Compact JSON is written as the text made where the report was parsed (a worker, for a batch).
  const serialized = async function* () {
    for await (const report of batch.serialized()) {
      count++;
      if (report.errors > 0) withErrors++;
      yield report.json;
    }
  };

  if (csv) {
    const { UTF8_BOM, csvColumns, csvHeader, csvRow } = await import('../output/csv.js');
    const columns = csvColumns({ text: options.text === true });
    await out((options.bom ? UTF8_BOM : '') + csvHeader(columns));
    for await (const report of reports()) await out(csvRow(report, columns));
  } else if (options.ndjson || !pretty) {
    const array = !options.ndjson && !batch.expanded.single;
    let index = 0;
    for await (const json of serialized()) {
      await out(array ? `${index === 0 ? '[' : ','}${json}` : `${json}\n`);
      index++;
    }
    if (array) await out(jsonArrayEnd(index, false));
  } else if (batch.expanded.single) {
    for await (const report of reports()) await out(jsonDocument(report, pretty));
  } else {
    let index = 0;
    for await (const report of reports()) await out(jsonArrayElement(report, index++, pretty));
    await out(jsonArrayEnd(index, pretty));
  }

  if (withErrors > 0) {
    if (options.strict) fail(1);
    batch.messages.note(
      `${withErrors} of ${plural(count, 'report')} ${withErrors === 1 ? 'has' : 'have'} error-severity diagnostics; \`gov-report validate\` lists them`,
    );
  }
}

async function validateCommand(args: string[], options: ValidateOptions): Promise<void> {
  if (options.pretty && options.compact) throw new UsageError('--pretty and --compact cannot be used together');
  if (options.format !== 'json' && (options.pretty || options.compact)) throw new UsageError('--pretty and --compact apply to --format json only');

  let unreadable = 0;
  const batch = await startBatch(args, options, async (path, problem, code) => {
    unreadable++;
    // In CI the stderr line is easy to miss; an annotation shows on the run's summary page.
    if (options.format === 'github') await out(githubCommand('error', { file: path, title: code }, problem));
  });
  const paint = paintFor(options.color);
  const pretty = prettyJson(options);
  const totals = { files: 0, errors: 0, warnings: 0, infos: 0 };

  let index = 0;
  for await (const report of batch.reports()) {
    const counts = countDiagnostics(report.diagnostics);
    totals.files++;
    totals.errors += counts.errors;
    totals.warnings += counts.warnings;
    totals.infos += counts.infos;
    if (options.format === 'github') await out(githubAnnotations(report, { verbose: options.verbose === true }));
    else if (options.format === 'json') await out(jsonArrayElement(validationEntry(report), index++, pretty));
    else await out(validationText(report, { verbose: options.verbose === true, paint }));
  }
  if (options.format === 'json') await out(jsonArrayEnd(index, pretty));
  if (options.format === 'text') await out(validationSummary(totals, unreadable, paint));
  if (totals.errors > 0) fail(1);
}

async function summaryCommand(args: string[], options: SummaryOptions): Promise<void> {
  const batch = await startBatch(args, options);
  const rows: SummaryRow[] = [];
  for await (const report of batch.reports()) rows.push(summaryRow(report));
  if (rows.length > 0) await out(summaryTable(rows, paintFor(options.color)));
}

async function schemaCommand(): Promise<void> {
  const { reportJsonSchema } = await import('../schema.js');
  await out(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
}

// ---------------------------------------------------------------------------------------------
// Wiring

const EXAMPLES = {
  parse: `
Examples:
  $ gov-report parse report.txt                      # one JSON object
  $ gov-report parse reports/                        # every .txt below, as a JSON array
  $ gov-report parse "reports/**/*.txt" --ndjson | jq -c '{organ: .meta.organ, year: .meta.year}'
  $ gov-report parse reports/ --format csv --bom > reports.csv
  $ cat report.txt | gov-report parse -
  $ gov-report parse --encoding gb18030 old-report.txt

JSON is pretty-printed on a terminal and compact into a pipe or file; --pretty / --compact override.`,
  validate: `
Examples:
  $ gov-report validate report.txt
  $ gov-report validate reports/ --format json | jq '.[] | select(.errors > 0) | .file'
  $ gov-report validate "reports/**/*.txt" --format github   # annotations in GitHub Actions

Exit status: 0 no error, 1 an error-severity diagnostic, 2 an input that could not be read.`,
  summary: `
Examples:
  $ gov-report summary reports/
  $ gov-report summary a.txt b.txt c.txt`,
  schema: `
Examples:
  $ gov-report schema > report.schema.json`,
};

function commonOptions(command: Command): Command {
  return command
    .option('--encoding <name>', 'decode every input with this encoding instead of detecting it (e.g. gb18030, utf-16le)')
    .option('-q, --quiet', 'no progress line and no closing remarks on stderr; problems with inputs are still shown')
    .option('-j, --jobs <n>', 'worker threads for batches of 200 files or more (0: parse in one thread; default: one per core)', parseJobs);
}

function parseJobs(value: string): number {
  if (!/^\d{1,3}$/.test(value)) throw new UsageError(`--jobs takes a whole number of threads, not "${value}"`);
  return Number(value);
}

const INPUTS_ARGUMENT = ['[inputs...]', 'files, folders (every .txt below) or quoted globs; - or nothing for piped stdin'] as const;

function buildProgram(): Command {
  const program = new Command('gov-report')
    .description('Parse and check 政府信息公开工作年度报告 text exports (government information-disclosure annual reports).')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .showSuggestionAfterError()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'gov-report: ')) })
    .addHelpText(
      'after',
      `
Examples:
  $ gov-report parse report.txt > report.json
  $ gov-report parse "reports/**/*.txt" --ndjson | jq .meta.organ
  $ gov-report validate reports/ --format github
  $ gov-report summary reports/
  $ gov-report schema > report.schema.json

Exit status: 0 all good; 1 an error-severity diagnostic (validate, parse --strict);
2 a usage error, or an input that could not be read or is not a report.`,
    );

  commonOptions(
    program
      .command('parse')
      .description('print each report as JSON (or NDJSON, or CSV) on stdout')
      .argument(...INPUTS_ARGUMENT)
      .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
      .option('--ndjson', 'one compact JSON report per line, printed as each is parsed')
      .option('--pretty', 'indent JSON by 2 spaces (default on a terminal)')
      .option('--compact', 'JSON on one line (default into a pipe or file)')
      .option('--bom', 'CSV: start with a UTF-8 byte-order mark so that Excel shows Chinese correctly')
      .option('--text', 'CSV: add the text.* columns (the prose of parts 一, 五 and 六)')
      .option('--strict', 'exit 1 when any report has an error-severity diagnostic'),
  )
    .addHelpText('after', EXAMPLES.parse)
    .action((args: string[], options: ParseOptions) => parseCommand(args, options));

  commonOptions(
    program
      .command('validate')
      .description("check each report's arithmetic and form; exit 1 on any error")
      .argument(...INPUTS_ARGUMENT)
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
      .option('--verbose', 'also show info diagnostics (e.g. recovered-digits, unit)')
      .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
      .option('--pretty', 'json: indent by 2 spaces (default on a terminal)')
      .option('--compact', 'json: on one line (default into a pipe or file)'),
  )
    .addHelpText('after', EXAMPLES.validate)
    .action((args: string[], options: ValidateOptions) => validateCommand(args, options));

  commonOptions(
    program
      .command('summary')
      .description('one table, a row per report: organ, year, applications, review and litigation totals, errors')
      .argument(...INPUTS_ARGUMENT)
      .option('--no-color', 'never colour the output (also: NO_COLOR=1)'),
  )
    .addHelpText('after', EXAMPLES.summary)
    .action((args: string[], options: SummaryOptions) => summaryCommand(args, options));

  program
    .command('schema')
    .description('print the JSON Schema of one report (the same as schemas/report.schema.json)')
    .addHelpText('after', EXAMPLES.schema)
    .action(() => schemaCommand());

  return program;
}

async function main(argv: readonly string[]): Promise<number> {
  exitQuietlyOnClosedStdout();
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has already printed the message, or the help / version (which exit 0).
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`gov-report: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  return status.code;
}

function die(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`gov-report: ${message.split('\n')[0]}\n`);
  process.exit(2);
}

process.on('uncaughtException', die);
process.on('unhandledRejection', die);

main(process.argv).then((code) => {
  process.exitCode = code;
}, die);
