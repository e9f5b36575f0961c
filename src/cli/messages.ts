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

import type { Location } from '../schema.js';

/** `1 report`, `2 reports`: English only; other tables count in their own way. */
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Where in a web page, Word file or PDF a diagnostic points (its `location`), in each table's words. */
type Where = (location: Location) => string;

/** `page 4`, `table 2, row 26`, `paragraph 7`. */
const where: Where = (l) =>
  l.page !== undefined ? `page ${l.page}` : l.table !== undefined ? `table ${l.table}, row ${l.row ?? '?'}` : `paragraph ${l.paragraph ?? '?'}`;

export const en = {
  program: {
    description:
      'Parse and check 政府信息公开工作年度报告 (government information-disclosure annual reports) as published: web pages, Word files, PDFs, or text exports.',
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
  $ gov-report report reports/ -o overview.html
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
  $ gov-report parse report.pdf                      # a web page, Word file or PDF as well
  $ gov-report parse reports/                        # every report file below, as a JSON array
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
    report: {
      description: 'write one self-contained HTML page (an overview of the batch, and every report with its problems)',
      examples: `
Examples:
  $ gov-report report reports/                       # writes gov-report-report.html
  $ gov-report report reports/ -o overview.html --lang en
  $ gov-report report "reports/**/*.pdf" -o - > overview.html

The page opens in any browser with no network; files that could not be read are listed in it.
Exit status: 0, or 2 when an input could not be read (its reason is on the page and on stderr).`,
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
    inputs: 'files, folders (every .txt .text .md .html .htm .docx .pdf below) or quoted globs; - or nothing for piped stdin',
    encoding: 'decode text and web pages with this encoding instead of detecting it (e.g. gb18030, utf-16le)',
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
    output: 'write the page to this file (default gov-report-report.html; - for stdout)',
    lang: 'the language of the page: zh or en (default: Chinese when the locale is Chinese, else English)',
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
    noReportFiles: 'no report files in this folder (.txt .text .md .html .htm .docx .pdf)',
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
    /** `report`, after the page is written to a file. */
    pageWritten: (file: string, reports: number, unreadable: number) =>
      `wrote ${file}: ${plural(reports, 'report')}${unreadable > 0 ? `, ${plural(unreadable, 'file')} that could not be read` : ''}`,
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
    /** Where a diagnostic without a line points in a web page, Word file or PDF (`page 4`). */
    location: where,
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

/**
 * The Chinese of the sentences that reading web pages, Word files and PDFs, and the `report`
 * command, added (issues 14 and 18), in the table's shape. main has no Chinese table yet (issue 17
 * is writing it); it takes these as they are.
 */
export const zhAdded = {
  commands: {
    report: {
      description: '生成一个独立的 HTML 网页（整批报告的总览，以及每份报告和其中发现的问题）',
      examples: `
示例：
  $ gov-report report reports/                       # 生成 gov-report-report.html
  $ gov-report report reports/ -o overview.html --lang zh
  $ gov-report report "reports/**/*.pdf" -o - > overview.html

网页无需联网，用任何浏览器都能打开；无法读取的文件也列在其中。
退出状态：0；有输入无法读取时为 2（原因写在网页上，也输出到 stderr）。`,
    },
  },
  options: {
    inputs: '文件、文件夹（读取其中所有 .txt .text .md .html .htm .docx .pdf 文件）或加引号的通配符；- 或不给参数时读取管道输入',
    encoding: '用此编码解码文本和网页，不自动检测（如 gb18030、utf-16le）',
    output: '网页写入此文件（默认 gov-report-report.html；- 表示标准输出）',
    lang: '网页的语言：zh 或 en（默认：系统语言为中文时用中文，否则用英文）',
  },
  inputs: {
    noReportFiles: '此文件夹中没有报告文件（.txt .text .md .html .htm .docx .pdf）',
  },
  notes: {
    pageWritten: (file: string, reports: number, unreadable: number) =>
      `已生成 ${file}：${reports} 份报告${unreadable > 0 ? `，${unreadable} 个文件无法读取` : ''}`,
  },
  validate: {
    /** `第4页`, `表2第26行`, `第7段`. */
    location: ((l) =>
      l.page !== undefined ? `第${l.page}页` : l.table !== undefined ? `表${l.table}第${l.row ?? '?'}行` : `第${l.paragraph ?? '?'}段`) satisfies Where,
  },
} satisfies {
  commands: Pick<Messages['commands'], 'report'>;
  options: Pick<Messages['options'], 'inputs' | 'encoding' | 'output' | 'lang'>;
  inputs: Pick<Messages['inputs'], 'noReportFiles'>;
  notes: Pick<Messages['notes'], 'pageWritten'>;
  validate: Pick<Messages['validate'], 'location'>;
};
