/**
 * Options normalised once, at the edge (as csv-parse's normalize_options, or ripgrep's low-level
 * arguments turned into high-level ones): what commander parsed comes in as typed on the command
 * line, a checked and decided options object goes out, and every usage error of our own is
 * raised here. Commander itself rejects what it knows to be wrong (an unknown option, a
 * `--format` outside its choices). The commands (cli/commands/*.ts) trust what they are given.
 */
import { availableParallelism } from 'node:os';
import { isKnownEncoding } from '../decode/decode.js';
import { DEFAULT_MAX_BYTES, parseSize } from '../limits.js';
import { stdoutColourLevel, type ColourLevel } from './colour.js';
import type { CliIo } from './io.js';
import type { Messages } from './messages.js';

/** A mistake on the command line: one line on stderr, exit status 2. */
export class UsageError extends Error {}

/** What a normaliser may look at besides the options: the run's terminal and words. */
export interface Context {
  readonly io: CliIo;
  readonly words: Messages;
}

// ── What commander hands over ────────────────────────────────────────────────────────────────

export interface RawInputOptions {
  encoding?: string;
  quiet?: boolean;
  jobs?: string;
  maxBytes?: string;
}

export interface RawParseOptions extends RawInputOptions {
  format: 'json' | 'csv';
  ndjson?: boolean;
  pretty?: boolean;
  compact?: boolean;
  bom?: boolean;
  header?: 'keys' | 'labels';
  text?: boolean;
  keepFormulas?: boolean;
  strict?: boolean;
}

export interface RawValidateOptions extends RawInputOptions {
  format: 'text' | 'json' | 'github' | 'unix';
  maxWarnings?: string;
  verbose?: boolean;
  /** false with --no-color. */
  color: boolean;
  pretty?: boolean;
  compact?: boolean;
}

export interface RawSummaryOptions extends RawInputOptions {
  color: boolean;
  wide?: boolean;
}

export interface RawReportOptions extends RawInputOptions {
  output: string;
}

export interface RawCompareOptions extends RawInputOptions {
  format: 'text' | 'json' | 'csv';
  all?: boolean;
  threshold?: string;
  /** false with --no-color. */
  color: boolean;
  pretty?: boolean;
  compact?: boolean;
  bom?: boolean;
}

// ── What the commands run on ─────────────────────────────────────────────────────────────────

/** Every command that reads reports. */
export interface InputOptions {
  /** Files, folders, globs and `-`, as given; never empty unless stdin is piped. */
  inputs: readonly string[];
  /** A known encoding name that overrides detection. */
  encoding: string | undefined;
  quiet: boolean;
  /** Worker threads for a large batch (0: none; at most MAX_JOBS_PER_CORE a core); undefined: one per core. */
  jobs: number | undefined;
  /** The size bound of one input (limits.ts): --max-bytes, else GOV_REPORT_MAX_BYTES, else 16 MB. */
  maxBytes: number;
}

export interface ParseOptions extends InputOptions {
  output: { format: 'json'; pretty: boolean } | { format: 'ndjson' } | { format: 'csv'; bom: boolean; text: boolean; header: 'keys' | 'labels'; keepFormulas: boolean };
  /** Exit 1 when a report has an error-severity diagnostic. */
  strict: boolean;
}

export interface ValidateOptions extends InputOptions {
  output:
    | { format: 'text'; colour: ColourLevel }
    | { format: 'json'; pretty: boolean }
    | { format: 'unix' }
    /** `stepSummary`: the file GitHub reads the step's Markdown summary from ($GITHUB_STEP_SUMMARY), if set. */
    | { format: 'github'; stepSummary: string | null };
  /** Also show info diagnostics. */
  verbose: boolean;
  /** Exit 1 when the warnings of the batch are more than this; undefined: warnings never fail. */
  maxWarnings: number | undefined;
}

export interface SummaryOptions extends InputOptions {
  colour: ColourLevel;
  /** The terminal's width the table must fit; null: no limit (into a pipe or file, or --wide). */
  width: number | null;
}

export interface ReportOptions extends InputOptions {
  /** Where the page goes: a path as given (read from the run's cwd), or `-` for stdout. Its language is the run's. */
  output: string;
}

export interface CompareOptions {
  /** The earlier side and the later one: each a file, a folder or a glob (`inputs` of one argument). */
  old: InputOptions;
  new: InputOptions;
  output: { format: 'text'; colour: ColourLevel; all: boolean } | { format: 'json'; pretty: boolean } | { format: 'csv'; bom: boolean };
  /** A change of at least this many percent is marked as large; undefined: compareReports' default. */
  thresholdPercent: number | undefined;
}

// ── Normalisers ──────────────────────────────────────────────────────────────────────────────

/**
 * More worker threads than this a core only add memory (each holds ~13 MB and its own heap of up
 * to 64 MB) and time (they take turns on the cores): --jobs is capped at it.
 */
const MAX_JOBS_PER_CORE = 2;

/** --jobs as given, capped at MAX_JOBS_PER_CORE a core. */
function jobs(raw: RawInputOptions): number | undefined {
  return raw.jobs === undefined ? undefined : Math.min(Number(raw.jobs), MAX_JOBS_PER_CORE * availableParallelism());
}

/** The size bound: --max-bytes, else GOV_REPORT_MAX_BYTES, else DEFAULT_MAX_BYTES; a size that does not read is a usage error. */
function maxBytes(raw: RawInputOptions, { io, words }: Context): number {
  const given = raw.maxBytes ?? io.env.GOV_REPORT_MAX_BYTES;
  if (given === undefined || given === '') return DEFAULT_MAX_BYTES;
  const bytes = parseSize(given);
  if (bytes === null) throw new UsageError(words.usage.maxBytes(given, raw.maxBytes === undefined));
  return bytes;
}

function inputOptions(inputs: readonly string[], raw: RawInputOptions, context: Context): InputOptions {
  const { io, words } = context;
  if (raw.encoding !== undefined && !isKnownEncoding(raw.encoding)) throw new UsageError(words.usage.unknownEncoding(raw.encoding));
  const bound = maxBytes(raw, context);
  if (inputs.length === 0 && io.stdin.isTTY === true) throw new UsageError(words.usage.noInput);
  return { inputs, encoding: raw.encoding, quiet: raw.quiet === true, jobs: jobs(raw), maxBytes: bound };
}

/** `--jobs` takes 0 to 999 threads; checked first (it used to be checked as commander read it). */
function checkJobs(raw: RawInputOptions, { words }: Context): void {
  if (raw.jobs !== undefined && !/^\d{1,3}$/.test(raw.jobs)) throw new UsageError(words.usage.jobs(raw.jobs));
}

/** JSON layout: --pretty / --compact, else pretty on a terminal and compact into a pipe or file. */
function prettyJson(raw: { pretty?: boolean; compact?: boolean }, io: CliIo): boolean {
  if (raw.pretty) return true;
  if (raw.compact) return false;
  return io.stdout.isTTY === true;
}

/** Colour only when stdout takes it (cli/colour.ts), never under NO_COLOR or --no-color. */
function colourLevel(color: boolean, io: CliIo): ColourLevel {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  return color && !noColor ? stdoutColourLevel(io) : 0;
}

export function parseOptions(inputs: readonly string[], raw: RawParseOptions, context: Context): ParseOptions {
  const { usage } = context.words;
  checkJobs(raw, context);
  const csv = raw.format === 'csv';
  if (raw.pretty && raw.compact) throw new UsageError(usage.prettyAndCompact);
  if (raw.ndjson && csv) throw new UsageError(usage.ndjsonAndCsv);
  if (raw.ndjson && raw.pretty) throw new UsageError(usage.ndjsonNotPretty);
  if (csv && (raw.pretty || raw.compact)) throw new UsageError(usage.layoutNotCsv);
  if (!csv && raw.bom) throw new UsageError(usage.bomCsvOnly);
  if (!csv && raw.text) throw new UsageError(usage.textCsvOnly);
  if (!csv && raw.header !== undefined) throw new UsageError(usage.headerCsvOnly);
  if (!csv && raw.keepFormulas) throw new UsageError(usage.keepFormulasCsvOnly);
  const common = inputOptions(inputs, raw, context);
  const output: ParseOptions['output'] = csv
    ? { format: 'csv', bom: raw.bom === true, text: raw.text === true, header: raw.header ?? 'keys', keepFormulas: raw.keepFormulas === true }
    : raw.ndjson
      ? { format: 'ndjson' }
      : { format: 'json', pretty: prettyJson(raw, context.io) };
  return { ...common, output, strict: raw.strict === true };
}

/** `--max-warnings N`: a whole number, 0 or more (eslint's -1, "no limit", is leaving it out). */
function maxWarnings(raw: RawValidateOptions, { words }: Context): number | undefined {
  if (raw.maxWarnings === undefined) return undefined;
  if (!/^\d{1,9}$/.test(raw.maxWarnings)) throw new UsageError(words.usage.maxWarnings(raw.maxWarnings));
  return Number(raw.maxWarnings);
}

export function validateOptions(inputs: readonly string[], raw: RawValidateOptions, context: Context): ValidateOptions {
  const { usage } = context.words;
  checkJobs(raw, context);
  const max = maxWarnings(raw, context);
  if (raw.pretty && raw.compact) throw new UsageError(usage.prettyAndCompact);
  if (raw.format !== 'json' && (raw.pretty || raw.compact)) throw new UsageError(usage.layoutJsonOnly);
  const common = inputOptions(inputs, raw, context);
  const output: ValidateOptions['output'] =
    raw.format === 'json'
      ? { format: 'json', pretty: prettyJson(raw, context.io) }
      : raw.format === 'github'
        ? { format: 'github', stepSummary: context.io.env.GITHUB_STEP_SUMMARY || null }
        : raw.format === 'unix'
          ? { format: 'unix' }
          : { format: 'text', colour: colourLevel(raw.color, context.io) };
  return { ...common, output, verbose: raw.verbose === true, maxWarnings: max };
}

export function reportOptions(inputs: readonly string[], raw: RawReportOptions, context: Context): ReportOptions {
  checkJobs(raw, context);
  return { ...inputOptions(inputs, raw, context), output: raw.output };
}

/** `--threshold 50%`, `50`, `12.5%`: a percentage, 0 or more; not given, compareReports' default. */
function thresholdPercent(raw: RawCompareOptions, { words }: Context): number | undefined {
  if (raw.threshold === undefined) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(raw.threshold);
  if (!m) throw new UsageError(words.usage.threshold(raw.threshold));
  return Number(m[1]);
}

export function compareOptions(old: string, next: string, raw: RawCompareOptions, context: Context): CompareOptions {
  const { usage } = context.words;
  checkJobs(raw, context);
  if (raw.pretty && raw.compact) throw new UsageError(usage.prettyAndCompact);
  if (raw.format !== 'json' && (raw.pretty || raw.compact)) throw new UsageError(usage.layoutJsonOnly);
  if (raw.format !== 'csv' && raw.bom) throw new UsageError(usage.bomCsvOnly);
  if (raw.format !== 'text' && raw.all) throw new UsageError(usage.allTextOnly);
  const threshold = thresholdPercent(raw, context);
  const output: CompareOptions['output'] =
    raw.format === 'json'
      ? { format: 'json', pretty: prettyJson(raw, context.io) }
      : raw.format === 'csv'
        ? { format: 'csv', bom: raw.bom === true }
        : { format: 'text', colour: colourLevel(raw.color, context.io), all: raw.all === true };
  return { old: inputOptions([old], raw, context), new: inputOptions([next], raw, context), output, thresholdPercent: threshold };
}

export function summaryOptions(inputs: readonly string[], raw: RawSummaryOptions, context: Context): SummaryOptions {
  checkJobs(raw, context);
  const { stdout } = context.io;
  const width = raw.wide || stdout.isTTY !== true || stdout.columns === undefined || stdout.columns <= 0 ? null : stdout.columns;
  return { ...inputOptions(inputs, raw, context), colour: colourLevel(raw.color, context.io), width };
}
