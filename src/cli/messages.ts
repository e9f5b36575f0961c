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
  $ gov-report compare 2023.txt 2024.txt
  $ gov-report schema > report.schema.json

Exit status: 0 all good; 1 an error-severity diagnostic (validate, parse --strict, compare);
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
    compare: {
      description: 'compare two reports (or two folders, paired by organ) cell by cell: old, new, change and change in %',
      examples: `
Examples:
  $ gov-report compare 2023.txt 2024.txt                 # the cells that changed
  $ gov-report compare 2023.txt 2024.txt --all --threshold 20%
  $ gov-report compare reports-2023/ reports-2024/ --format csv --bom > changes.csv
  $ gov-report compare 2023.txt 2024.txt --format json | jq '.[0].cells[] | select(.large)'

Exit status: 0 compared; 1 this year's 上年结转 differs from last year's 结转下年度 (carry-over);
2 a usage error, or an input that could not be read or is not a report.`,
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
    jobs: 'worker threads for batches of 200 files or more (0: parse in one thread; default: one per core)',
    format: 'output format',
    ndjson: 'one compact JSON report per line, printed as each is parsed',
    pretty: 'indent JSON by 2 spaces (default on a terminal)',
    compact: 'JSON on one line (default into a pipe or file)',
    bom: 'CSV: start with a UTF-8 byte-order mark so that Excel shows Chinese correctly',
    text: 'CSV: add the text.* columns (the prose of parts 一, 五 and 六)',
    strict: 'exit 1 when any report has an error-severity diagnostic',
    verbose: 'also show info diagnostics (e.g. recovered-digits, unit)',
    noColor: 'never colour the output (also: NO_COLOR=1)',
    jsonPretty: 'json: indent by 2 spaces (default on a terminal)',
    jsonCompact: 'json: on one line (default into a pipe or file)',
    old: 'the earlier report, or a folder (or quoted glob) of them',
    new: 'the later report, or a folder (or quoted glob) of them',
    all: 'text: every cell, not only those that changed',
    threshold: 'mark changes of at least this many percent (default 50%)',
  },

  /** Mistakes on the command line (exit status 2), found by cli/options.ts. */
  usage: {
    unknownEncoding: (name: string) =>
      `unknown encoding "${name}" (known names include utf-8, gb18030, gbk, utf-16le, utf-16be, big5)`,
    noInput: 'no input: give files, folders or globs, or pipe a report into stdin (see --help)',
    jobs: (value: string) => `--jobs takes a whole number of threads, not "${value}"`,
    prettyAndCompact: '--pretty and --compact cannot be used together',
    ndjsonAndCsv: '--ndjson and --format csv cannot be used together',
    ndjsonNotPretty: '--ndjson prints one compact report per line; it cannot be --pretty',
    layoutNotCsv: '--pretty and --compact apply to JSON, not to --format csv',
    layoutJsonOnly: '--pretty and --compact apply to --format json only',
    bomCsvOnly: '--bom applies to --format csv only',
    textCsvOnly: '--text applies to --format csv only (JSON always has the text)',
    threshold: (value: string) => `--threshold takes a percentage such as 50% or 12.5, not "${value}"`,
    allTextOnly: '--all applies to --format text only (JSON and CSV always hold every cell)',
  },

  /** Why an input gave no report: `gov-report: <path>: <problem>`. */
  inputs: {
    notFound: 'no such file or directory',
    permissionDenied: 'permission denied',
    isDirectory: 'is a directory',
    notDirectory: 'a part of the path is not a directory',
    symlinkLoop: 'too many levels of symbolic links',
    tooManyOpenFiles: 'too many open files',
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

  /** `compare` (src/output/compare.ts). */
  compare: {
    /** Column headers; the old and new columns are headed by the years when they differ. */
    headers: { old: 'old', new: 'new', part: 'part', row: 'row', column: 'column', change: 'change', percent: '%' },
    /** The two lines that say what is compared. */
    report: (side: 'old' | 'new', file: string, organ: string, year: string) => `${side}: ${file}  ${organ}  ${year}`,
    counts: (changed: number, cells: number) => `${changed} of ${plural(cells, 'cell')} changed`,
    large: (large: number, threshold: number) => `; ${large} changed by ${threshold}% or more (marked !)`,
    noChange: 'no cell changed',
    otherOrgan: (old: string, next: string) => `note: the two reports are of different organs (${old} / ${next})`,
    onlyOld: (file: string, organ: string) => `only in the old reports: ${file} (${organ})`,
    onlyNew: (file: string, organ: string) => `only in the new reports: ${file} (${organ})`,
    /** A value a report lacks. */
    none: '-',
    /** The severity of a carry-over finding, as `validate` shows it. */
    error: 'error',
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

/**
 * The Chinese of the sentences of `compare` (issue 19), in the table's shape, for the Chinese
 * table to take in when it is written; until then the command line speaks English only.
 */
export const zhCompare = {
  commands: {
    compare: {
      description: '逐项比较两份报告（或按机关配对的两个文件夹）：上期、本期、增减和增减百分比',
      examples: `
示例：
  $ gov-report compare 2023.txt 2024.txt                 # 只列出有变化的项目
  $ gov-report compare 2023.txt 2024.txt --all --threshold 20%
  $ gov-report compare reports-2023/ reports-2024/ --format csv --bom > changes.csv
  $ gov-report compare 2023.txt 2024.txt --format json | jq '.[0].cells[] | select(.large)'

退出状态：0 比较完成；1 本年“上年结转”与上年“结转下年度”不一致（carry-over）；
2 用法错误，或有输入无法读取、不是年度报告。`,
    },
  },
  options: {
    old: '上期报告，或存放上期报告的文件夹（或加引号的通配符）',
    new: '本期报告，或存放本期报告的文件夹（或加引号的通配符）',
    all: 'text：列出全部项目，而不只是有变化的项目',
    threshold: '变化达到此百分比即标出（默认 50%）',
  },
  usage: {
    threshold: (value: string) => `--threshold 应为百分比，如 50% 或 12.5，而不是“${value}”`,
    allTextOnly: '--all 只用于 --format text（JSON 和 CSV 总是包含全部项目）',
  },
  compare: {
    headers: { old: '上期', new: '本期', part: '部分', row: '项目', column: '栏目', change: '增减', percent: '增减%' },
    report: (side: 'old' | 'new', file: string, organ: string, year: string) => `${side === 'old' ? '上期' : '本期'}：${file}  ${organ}  ${year}`,
    counts: (changed: number, cells: number) => `共${cells}项，${changed}项有变化`,
    large: (large: number, threshold: number) => `，其中${large}项变化达${threshold}%以上（标!）`,
    noChange: '各项数据均无变化',
    otherOrgan: (old: string, next: string) => `注意：两份报告的机关不同（${old} / ${next}）`,
    onlyOld: (file: string, organ: string) => `仅上期有：${file}（${organ}）`,
    onlyNew: (file: string, organ: string) => `仅本期有：${file}（${organ}）`,
    none: '-',
    error: '错误',
  },
} satisfies {
  commands: Pick<Messages['commands'], 'compare'>;
  options: Pick<Messages['options'], 'old' | 'new' | 'all' | 'threshold'>;
  usage: Pick<Messages['usage'], 'threshold' | 'allTextOnly'>;
  compare: Messages['compare'];
};

/** The languages there are tables for. */
export const MESSAGES = { en } satisfies Record<string, Messages>;
export type Lang = keyof typeof MESSAGES;
