/**
 * Every sentence the command line itself prints: usage errors, problems with inputs, notes,
 * progress, the words of `validate` and `summary` on a terminal, and the help texts. Diagnostic
 * messages are the library's (they come with the report); commander's own words (`Usage:`,
 * `Options:`, `unknown option …`) are commander's.
 *
 * A table is plain data: a string, or a function of the numbers and names that go into the
 * sentence, so that each language writes its own grammar (plurals, word order). `Messages` is
 * the type of the English table; another language is `export const zh: Messages = { … }` and
 * the compiler then checks that it has every key, no other key, and the same arguments.
 */

/** `1 report`, `2 reports`: English only; other tables count in their own way. */
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const en = {
  program: {
    description: 'Parse and check 政府信息公开工作年度报告 text exports (government information-disclosure annual reports).',
    version: 'print the version',
    help: 'show help',
    helpCommand: 'display help for command',
    /** After commander's own usage errors. */
    seeHelp: '(add --help for usage)',
    examples: `
Examples:
  $ gov-report parse report.txt > report.json
  $ gov-report parse "reports/**/*.txt" --ndjson | jq .meta.organ
  $ gov-report validate reports/ --format github
  $ gov-report summary reports/
  $ gov-report schema > report.schema.json

Exit status: 0 all good; 1 an error-severity diagnostic (validate, parse --strict);
2 a usage error, or an input that could not be read or is not a report.`,
  },

  /** Each command's line in the command list and the examples after its own help. */
  commands: {
    parse: {
      description: 'print each report as JSON (or NDJSON, or CSV) on stdout',
      examples: `
Examples:
  $ gov-report parse report.txt                      # one JSON object
  $ gov-report parse reports/                        # every .txt below, as a JSON array
  $ gov-report parse "reports/**/*.txt" --ndjson | jq -c '{organ: .meta.organ, year: .meta.year}'
  $ gov-report parse reports/ --format csv --bom > reports.csv
  $ cat report.txt | gov-report parse -
  $ gov-report parse --encoding gb18030 old-report.txt

JSON is pretty-printed on a terminal and compact into a pipe or file; --pretty / --compact override.`,
    },
    validate: {
      description: "check each report's arithmetic and form; exit 1 on any error",
      examples: `
Examples:
  $ gov-report validate report.txt
  $ gov-report validate reports/ --format json | jq '.[] | select(.errors > 0) | .file'
  $ gov-report validate "reports/**/*.txt" --format github   # annotations in GitHub Actions

Exit status: 0 no error, 1 an error-severity diagnostic, 2 an input that could not be read.`,
    },
    summary: {
      description: 'one table, a row per report: organ, year, applications, review and litigation totals, errors',
      examples: `
Examples:
  $ gov-report summary reports/
  $ gov-report summary a.txt b.txt c.txt`,
    },
    schema: {
      description: 'print the JSON Schema of one report (the same as schemas/report.schema.json)',
      examples: `
Examples:
  $ gov-report schema > report.schema.json`,
    },
  },

  /** The help line of each argument and option. */
  options: {
    inputs: 'files, folders (every .txt below) or quoted globs; - or nothing for piped stdin',
    encoding: 'decode every input with this encoding instead of detecting it (e.g. gb18030, utf-16le)',
    quiet: 'no progress line and no closing remarks on stderr; problems with inputs are still shown',
    jobs: 'worker threads for batches of 200 files or more (0: parse in one thread; default: one per core; at most two per core)',
    maxBytes: 'the most one input may be, e.g. 64MB (default 16MB, or GOV_REPORT_MAX_BYTES); a larger one is too-large and not read',
    format: 'output format',
    ndjson: 'one compact JSON report per line, printed as each is parsed',
    pretty: 'indent JSON by 2 spaces (default on a terminal)',
    compact: 'JSON on one line (default into a pipe or file)',
    bom: 'CSV: start with a UTF-8 byte-order mark so that Excel shows Chinese correctly',
    text: 'CSV: add the text.* columns (the prose of parts 一, 五 and 六)',
    keepFormulas:
      "CSV: write text that starts with =, +, -, @, a tab or CR as it is; by default it gets a leading ' so that a spreadsheet does not run it as a formula",
    strict: 'exit 1 when any report has an error-severity diagnostic',
    verbose: 'also show info diagnostics (e.g. recovered-digits, unit)',
    noColor: 'never colour the output (also: NO_COLOR=1)',
    jsonPretty: 'json: indent by 2 spaces (default on a terminal)',
    jsonCompact: 'json: on one line (default into a pipe or file)',
  },

  /** Mistakes on the command line (exit status 2), found by cli/options.ts. */
  usage: {
    unknownEncoding: (name: string) =>
      `unknown encoding "${name}" (known names include utf-8, gb18030, gbk, utf-16le, utf-16be, big5)`,
    noInput: 'no input: give files, folders or globs, or pipe a report into stdin (see --help)',
    jobs: (value: string) => `--jobs takes a whole number of threads, not "${value}"`,
    maxBytes: (value: string, fromEnvironment: boolean) =>
      `${fromEnvironment ? 'GOV_REPORT_MAX_BYTES' : '--max-bytes'} takes a size such as 64MB, 512KB or 1048576 (bytes), not "${value}"`,
    prettyAndCompact: '--pretty and --compact cannot be used together',
    ndjsonAndCsv: '--ndjson and --format csv cannot be used together',
    ndjsonNotPretty: '--ndjson prints one compact report per line; it cannot be --pretty',
    layoutNotCsv: '--pretty and --compact apply to JSON, not to --format csv',
    layoutJsonOnly: '--pretty and --compact apply to --format json only',
    bomCsvOnly: '--bom applies to --format csv only',
    textCsvOnly: '--text applies to --format csv only (JSON always has the text)',
    keepFormulasCsvOnly: '--keep-formulas applies to --format csv only',
  },

  /** Why an input gave no report: `gov-report: <path>: <problem>`. */
  inputs: {
    notFound: 'no such file or directory',
    permissionDenied: 'permission denied',
    isDirectory: 'is a directory',
    notDirectory: 'a part of the path is not a directory',
    symlinkLoop: 'too many levels of symbolic links',
    tooManyOpenFiles: 'too many open files',
    nameTooLong: 'the path is longer than the system allows (PATH_MAX)',
    danglingLink: 'a symbolic link to nothing (what it points to does not exist)',
    nameNotUtf8: 'its name is not UTF-8 text (shown here with �), so it cannot be opened by name; rename it, e.g. `convmv -f gbk -t utf-8 --notest <file>`',
    namedPipe: 'a named pipe (FIFO), not a file: in a folder or a glob it is not read, as it could wait forever; give it by name to read it',
    notAFile: 'a device or socket, not a file: in a folder or a glob it is not read',
    noMatch: 'no files match this pattern',
    noTextFiles: 'no .txt files in this folder',
    stdinEmpty: 'stdin is empty; give files, folders or globs, or pipe a report in',
    /** A bug: parseReport never throws on bad input. */
    internalError: (message: string) => `could not be parsed: ${message}`,
  },

  /** Remarks on stderr. */
  notes: {
    reportsWithErrors: (withErrors: number, reports: number) =>
      `${withErrors} of ${plural(reports, 'report')} ${withErrors === 1 ? 'has' : 'have'} error-severity diagnostics; \`gov-report validate\` lists them`,
    progress: (done: number, total: number) => `parsed ${done}/${total}`,
    cannotWriteStdout: (message: string) => `cannot write to stdout: ${message}`,
  },

  /** `validate` on a terminal (src/output/pretty.ts). */
  validate: {
    ok: 'ok',
    /** After `ok`, when the file has only info diagnostics and --verbose is off. */
    hiddenInfos: (infos: number) => `(${plural(infos, 'info')}; --verbose shows ${infos === 1 ? 'it' : 'them'})`,
    severity: { error: 'error', warning: 'warning', info: 'info' },
    files: (n: number) => plural(n, 'file'),
    errors: (n: number) => plural(n, 'error'),
    warnings: (n: number) => plural(n, 'warning'),
    unchecked: (n: number) => `${plural(n, 'file')} could not be checked`,
    /** The closing line; its parts are already counted (and coloured). */
    totals: (files: string, errors: string, warnings: string) => `${files}, ${errors}, ${warnings}`,
    totalsAndUnchecked: (totals: string, unchecked: string) => `${totals}; ${unchecked}`,
  },

  /** `summary` (src/output/summary.ts). */
  summary: {
    /** Column headers. */
    headers: {
      file: 'file',
      organ: 'organ',
      year: 'year',
      newReceived: 'new',
      handled: 'handled',
      carriedForward: 'carried fwd',
      review: 'review',
      litigation: 'litigation',
      errors: 'errors',
    },
    /** The last row, under several reports. */
    total: 'total',
    reports: (n: number) => plural(n, 'report'),
  },
};

/** The shape every language's table has. */
export type Messages = typeof en;

/** The languages there are tables for. */
export const MESSAGES = { en } satisfies Record<string, Messages>;
export type Lang = keyof typeof MESSAGES;
