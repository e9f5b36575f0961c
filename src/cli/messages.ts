/**
 * Every sentence the command line itself prints: usage errors, problems with inputs, notes,
 * progress, the words of `validate` and `summary` on a terminal, the help texts, and commander's
 * own words (`Usage:`, `Options:`, `unknown option …`, put in ours by program.ts). Diagnostic
 * messages are the library's (they come with the report, written in the run's language).
 *
 * A table is plain data: a string, or a function of the numbers and names that go into the
 * sentence, so that each language writes its own grammar (plurals, word order). `Messages` is
 * the type of the English table; `zh` is the Chinese one (`zh: Messages`), and the compiler
 * checks that it has every key, no other key, and the same arguments. A new sentence is a key in
 * `en` and the same key in `zh`.
 */
import type { Lang } from '../messages/languages.js';
import type { Location } from '../schema.js';

/** The code of an input that gave no report, where it is not a diagnostic's (`not-text`, …). */
export type ProblemCode = 'unreadable' | 'no-files' | 'internal-error';

/** `1 report`, `2 reports`: English only; other tables count in their own way. */
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `page 4`, `table 2, row 26`, `paragraph 7`: where in a web page, Word file or PDF a diagnostic points (its `location`). */
const where = (l: Location): string =>
  l.page !== undefined ? `page ${l.page}` : l.table !== undefined ? `table ${l.table}, row ${l.row ?? '?'}` : `paragraph ${l.paragraph ?? '?'}`;

/** The program's examples: commands are typed the same in every language. */
const PROGRAM_EXAMPLES = `  $ gov-report parse report.txt > report.json
  $ gov-report parse "reports/**/*.txt" --ndjson | jq .meta.organ
  $ gov-report validate reports/ --format github
  $ gov-report summary reports/
  $ gov-report compare 2023.txt 2024.txt
  $ gov-report report reports/ -o overview.html
  $ gov-report schema > report.schema.json
`;

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
${PROGRAM_EXAMPLES}
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
  $ gov-report parse report.pdf                      # a web page, Word file or PDF as well
  $ gov-report parse reports/                        # every report file below, as a JSON array
  $ gov-report parse "reports/**/*.txt" --ndjson | jq -c '{organ: .meta.organ, year: .meta.year}'
  $ gov-report parse reports/ --format csv --bom > reports.csv
  $ gov-report parse reports/ --format csv --header labels --bom > reports.csv
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
  $ gov-report validate reports/ -f unix                     # file:line:col: … for editors and grep
  $ gov-report validate reports/ --max-warnings 0            # warnings fail too

Exit status: 0 no error, 1 an error-severity diagnostic (or more warnings than --max-warnings),
2 an input that could not be read or is not a report.`,
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
    inputs: 'files, folders (every .txt .text .md .html .htm .docx .pdf below) or quoted globs; - or nothing for piped stdin',
    encoding: 'decode text and web pages with this encoding instead of detecting it (e.g. gb18030, utf-16le)',
    quiet: 'no progress line and no closing remarks on stderr; problems with inputs are still shown',
    jobs: 'worker threads for batches of 200 files or more (0: parse in one thread; default: one per core; at most two per core)',
    maxBytes: 'the most one input may be, e.g. 64MB (default 16MB, or GOV_REPORT_MAX_BYTES); a larger one is too-large and not read',
    format: 'output format',
    ndjson: 'one compact JSON report per line, printed as each is parsed',
    pretty: 'indent JSON by 2 spaces (default on a terminal)',
    compact: 'JSON on one line (default into a pipe or file)',
    bom: 'CSV: start with a UTF-8 byte-order mark so that Excel shows Chinese correctly',
    text: 'CSV: add the text.* columns (the prose of parts 一, 五 and 六)',
    header: 'CSV: name the columns by key path (keys, the default) or by the form\'s Chinese labels (labels: 申请·本年新收·自然人)',
    keepFormulas:
      "CSV: write text that starts with =, +, -, @, a tab or CR as it is; by default it gets a leading ' so that a spreadsheet does not run it as a formula",
    strict: 'exit 1 when any report has an error-severity diagnostic',
    verbose: 'also show info diagnostics (e.g. recovered-digits, unit)',
    noColor: 'never colour the output (also: NO_COLOR=1)',
    jsonPretty: 'json: indent by 2 spaces (default on a terminal)',
    jsonCompact: 'json: on one line (default into a pipe or file)',
    output: 'write the page to this file (default gov-report-report.html; - for stdout)',
    wide: 'every column, however narrow the terminal (else columns are left out to fit it)',
    maxWarnings: "exit 1 when there are more than this many warnings, as eslint's --max-warnings (errors exit 1 whatever it says; -q hides no diagnostic)",
    old: 'the earlier report, or a folder (or quoted glob) of them',
    new: 'the later report, or a folder (or quoted glob) of them',
    all: 'text: every cell, not only those that changed',
    threshold: 'mark changes of at least this many percent (default 50%)',
    lang: "the language of messages and help; by default the locale's (LC_ALL, LC_MESSAGES, LANG)",
  },

  /** Commander's own usage errors, by CommanderError code (program.ts reads their facts out of commander's text). */
  commander: {
    unknownOption: (flag: string) => `unknown option '${flag}'`,
    unknownCommand: (name: string) => `unknown command '${name}'`,
    /** After an unknown option or command, on a line of its own. */
    didYouMean: (similar: string) => `(Did you mean ${similar}?)`,
    missingArgument: (name: string) => `missing required argument '${name}'`,
    optionMissingArgument: (flags: string) => `option '${flags}' argument missing`,
    invalidChoice: (flags: string, value: string, choices: readonly string[]) =>
      `option '${flags}' argument '${value}' is invalid. Allowed choices are ${choices.join(', ')}.`,
    /** `command`: null for the program itself. */
    excessArguments: (command: string | null, expected: number, got: number) =>
      `too many arguments${command === null ? '' : ` for '${command}'`}. Expected ${plural(expected, 'argument')} but got ${got}.`,
  },

  /** The headings of commander's help, and the notes after an option's description. */
  help: {
    usage: 'Usage:',
    arguments: 'Arguments:',
    options: 'Options:',
    globalOptions: 'Global Options:',
    commands: 'Commands:',
    /** `output format (choices: "json", "csv", default: "json")`: the values come quoted. */
    choices: (values: readonly string[]) => `choices: ${values.join(', ')}`,
    default: (value: string) => `default: ${value}`,
    notes: (description: string, notes: readonly string[]) => `${description} (${notes.join(', ')})`,
    /** The words inside `[options]`, `[inputs...]`, `<format>` of the usage lines and option terms. */
    placeholders: { options: 'options', command: 'command', inputs: 'inputs', format: 'format', name: 'name', n: 'n', lang: 'lang', old: 'old', new: 'new', percent: 'percent', header: 'header', count: 'count' },
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
    headerCsvOnly: '--header applies to --format csv only',
    maxWarnings: (value: string) => `--max-warnings takes a whole number of warnings (0 or more), not "${value}"`,
    keepFormulasCsvOnly: '--keep-formulas applies to --format csv only',
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
    nameTooLong: 'the path is longer than the system allows (PATH_MAX)',
    danglingLink: 'a symbolic link to nothing (what it points to does not exist)',
    nameNotUtf8: 'its name is not UTF-8 text (shown here with �), so it cannot be opened by name; rename it, e.g. `convmv -f gbk -t utf-8 --notest <file>`',
    namedPipe: 'a named pipe (FIFO), not a file: in a folder or a glob it is not read, as it could wait forever; give it by name to read it',
    notAFile: 'a device or socket, not a file: in a folder or a glob it is not read',
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
    tooManyWarnings: (warnings: number, max: number) => `${plural(warnings, 'warning')}, more than the ${max} that --max-warnings allows`,
    cannotWriteStepSummary: (file: string, message: string) => `cannot add to the step summary ${file}: ${message}`,
  },

  /** `validate` on a terminal (src/output/pretty.ts). */
  validate: {
    /** The source line of a diagnostic; null: it has no one line (a missing part). */
    line: (line: number | null) => (line === null ? '-' : String(line)),
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
    /** The severity and line of a carry-over finding, as `validate` shows them. */
    error: 'error',
    line: (line: number | null) => (line === null ? '-' : String(line)),
  },

  /** `validate --format github`: an annotation's title, from a code and what the code is called. */
  github: {
    title: (code: string, name: string) => `${name} (${code})`,
  },

  /** `validate --format github`: the Markdown summary appended to $GITHUB_STEP_SUMMARY (src/output/stepSummary.ts). */
  stepSummary: {
    heading: 'gov-report validate',
    headers: { file: 'File', line: 'Line', severity: 'Severity', code: 'Code', message: 'Message' },
    none: 'No errors or warnings.',
    more: (n: number) => `… and ${n} more; the step's log lists every one.`,
  },

  /** What the codes of inputs that gave no report are called (the diagnostics' codes have CODE_TEXTS). */
  problems: {
    unreadable: 'Cannot be read',
    'no-files': 'No files',
    'internal-error': 'Could not be parsed',
  } satisfies Record<ProblemCode, string>,

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
    /** Under a table that left columns out to fit the terminal. */
    leftOut: (headers: readonly string[], width: number) =>
      `(left out to fit ${width} columns: ${headers.join(', ')}; --wide shows every column)`,
  },
};

/** The shape every language's table has. */
export type Messages = typeof en;

/** 中文：命令行自己说的每一句话。 */
export const zh: Messages = {
  program: {
    description: '解析并核对政府信息公开工作年度报告：发布的网页、Word 文件、PDF，或文本导出件。',
    version: '显示版本号',
    help: '显示帮助',
    helpCommand: '显示某个命令的帮助',
    seeHelp: '（加 --help 查看用法）',
    examples: `
示例：
${PROGRAM_EXAMPLES}
退出状态：0 全部正常；1 有报告存在错误（validate，或 parse --strict），或 compare 发现上下年度结转不一致；
2 用法错误，或有输入无法读取、不是年度报告。`,
  },

  commands: {
    parse: {
      description: '把每份报告输出为 JSON（或 NDJSON、CSV），写到标准输出',
      examples: `
示例：
  $ gov-report parse report.txt                      # 一个 JSON 对象
  $ gov-report parse report.pdf                      # 网页、Word 文件、PDF 也一样
  $ gov-report parse reports/                        # 文件夹下所有报告文件，输出为 JSON 数组
  $ gov-report parse "reports/**/*.txt" --ndjson | jq -c '{organ: .meta.organ, year: .meta.year}'
  $ gov-report parse reports/ --format csv --bom > reports.csv
  $ gov-report parse reports/ --format csv --header labels --bom > reports.csv
  $ cat report.txt | gov-report parse -
  $ gov-report parse --encoding gb18030 old-report.txt

输出到终端时 JSON 带缩进，输出到管道或文件时为紧凑的一行；可用 --pretty、--compact 指定。`,
    },
    validate: {
      description: '核对每份报告的表内算术关系和格式；有错误时退出状态为 1',
      examples: `
示例：
  $ gov-report validate report.txt
  $ gov-report validate reports/ --format json | jq '.[] | select(.errors > 0) | .file'
  $ gov-report validate "reports/**/*.txt" --format github   # 在 GitHub Actions 中标注问题
  $ gov-report validate reports/ -f unix                     # 每个问题一行，供编辑器和 grep 使用
  $ gov-report validate reports/ --max-warnings 0            # 有警告也不通过

退出状态：0 没有错误；1 有报告存在错误（或警告多于 --max-warnings 允许的个数）；
2 有输入无法读取，或不是年度报告。`,
    },
    summary: {
      description: '输出一张表，每份报告一行：机关、年度、申请数量、行政复议和行政诉讼总数、错误数',
      examples: `
示例：
  $ gov-report summary reports/
  $ gov-report summary a.txt b.txt c.txt`,
    },
    report: {
      description: '生成一个独立的 HTML 网页（整批报告的总览，以及每份报告和其中发现的问题）',
      examples: `
示例：
  $ gov-report report reports/                       # 生成 gov-report-report.html
  $ gov-report report reports/ -o overview.html --lang en
  $ gov-report report "reports/**/*.pdf" -o - > overview.html

网页无需联网，用任何浏览器都能打开；无法读取的文件也列在其中。
退出状态：0；有输入无法读取时为 2（原因写在网页上，也输出到标准错误）。`,
    },
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
    schema: {
      description: '输出一份报告的 JSON Schema（与 schemas/report.schema.json 相同）',
      examples: `
示例：
  $ gov-report schema > report.schema.json`,
    },
  },

  options: {
    inputs: '文件、文件夹（其下所有 .txt .text .md .html .htm .docx .pdf 文件）或加引号的通配模式；用 - 或不给参数，表示读取管道送入的标准输入',
    encoding: '用指定的编码读取文本文件和网页，不再自动识别（如 gb18030、utf-16le）',
    quiet: '不在标准错误上显示进度和结尾的说明；输入有问题时仍会显示',
    jobs: '文件达到 200 个时所用的工作线程数（0：只用一个线程；默认：每个处理器核心一个；最多每核两个）',
    maxBytes: '单个输入的最大大小，如 64 MB（默认 16 MB，或由环境变量 GOV_REPORT_MAX_BYTES 设定）；超过的输入报告为 too-large，不予读取',
    format: '输出格式',
    ndjson: '每行一份紧凑的 JSON 报告，解析完一份就输出一份',
    pretty: 'JSON 缩进 2 个空格（输出到终端时默认如此）',
    compact: 'JSON 输出为一行（输出到管道或文件时默认如此）',
    bom: 'CSV：开头加 UTF-8 字节顺序标记（BOM），使 Excel 正确显示中文',
    text: 'CSV：加上 text.* 各列（第一、五、六部分的正文）',
    header: 'CSV：表头用键路径（“keys”，默认），或用表式中的中文栏目名称（“labels”，例如 申请·本年新收·自然人）',
    keepFormulas: 'CSV：以 =、+、-、@、制表符或回车开头的文字原样写出；默认在其前加一个 \'，以免电子表格把它当作公式执行',
    strict: '有报告存在错误时，退出状态为 1',
    verbose: '同时显示提示（如 recovered-digits、unit）',
    noColor: '不使用颜色（也可设置 NO_COLOR=1）',
    jsonPretty: 'json 格式：缩进 2 个空格（输出到终端时默认如此）',
    jsonCompact: 'json 格式：输出为一行（输出到管道或文件时默认如此）',
    output: '网页写入此文件（默认 gov-report-report.html；- 表示标准输出）',
    wide: '显示全部列，不论终端多窄（否则终端较窄时会略去部分列）',
    maxWarnings: '警告超过这个数目时，退出状态为 1，与 eslint 的 --max-warnings 相同（有错误时退出状态总是 1；-q 不隐藏任何问题）',
    old: '上期报告，或存放上期报告的文件夹（或加引号的通配符）',
    new: '本期报告，或存放本期报告的文件夹（或加引号的通配符）',
    all: '终端表格：列出全部项目，而不只是有变化的项目',
    threshold: '变化达到此百分比即标出（默认 50%）',
    lang: '提示和帮助所用的语言，zh 为中文，en 为英文；默认按系统的语言环境（LC_ALL、LC_MESSAGES、LANG）',
  },

  commander: {
    unknownOption: (flag) => `没有“${flag}”这个选项`,
    unknownCommand: (name) => `没有“${name}”这个命令`,
    didYouMean: (similar) => `（是不是要用 ${similar}？）`,
    missingArgument: (name) => `缺少必需的参数“${name}”`,
    optionMissingArgument: (flags) => `选项“${flags}”缺少取值`,
    invalidChoice: (flags, value, choices) => `选项“${flags}”的取值“${value}”无效，可选的值为 ${choices.join('、')}`,
    excessArguments: (command, expected, got) => `${command === null ? '' : `“${command}”命令的`}参数太多：应为 ${expected} 个，实际给了 ${got} 个`,
  },

  help: {
    usage: '用法：',
    arguments: '参数：',
    options: '选项：',
    globalOptions: '全局选项：',
    commands: '命令：',
    choices: (values) => `可选值为 ${values.join('、')}`,
    default: (value) => `默认为 ${value}`,
    notes: (description, notes) => `${description}（${notes.join('；')}）`,
    placeholders: { options: '选项', command: '命令', inputs: '输入', format: '格式', name: '编码名', n: '线程数', lang: '语言', old: '上期', new: '本期', percent: '百分比', header: '表头', count: '个数' },
  },

  usage: {
    unknownEncoding: (name) => `不认识编码“${name}”（可用的名称有 utf-8、gb18030、gbk、utf-16le、utf-16be、big5 等）`,
    noInput: '没有输入：请给出文件、文件夹或通配模式，或用管道把报告送入标准输入（见 --help）',
    jobs: (value) => `--jobs 的值应为线程数（整数），不能是“${value}”`,
    maxBytes: (value, fromEnvironment) =>
      `${fromEnvironment ? '环境变量 GOV_REPORT_MAX_BYTES' : '--max-bytes'} 的值应为大小，如 \`64MB\`、\`512KB\` 或 \`1048576\`（字节），不能是“${value}”`,
    prettyAndCompact: '--pretty 和 --compact 不能同时使用',
    ndjsonAndCsv: '--ndjson 和 --format csv 不能同时使用',
    ndjsonNotPretty: '--ndjson 每行输出一份紧凑的报告，不能同时使用 --pretty',
    layoutNotCsv: '--pretty 和 --compact 只用于 JSON，不能用于 --format csv',
    layoutJsonOnly: '--pretty 和 --compact 只能与 --format json 一起使用',
    bomCsvOnly: '--bom 只能与 --format csv 一起使用',
    textCsvOnly: '--text 只能与 --format csv 一起使用（JSON 中总是有正文）',
    headerCsvOnly: '--header 只能与 --format csv 一起使用',
    maxWarnings: (value) => `--max-warnings 的值应为警告的个数（0 或正整数），不能是“${value}”`,
    keepFormulasCsvOnly: '--keep-formulas 只能与 --format csv 一起使用',
    threshold: (value) => `--threshold 应为百分比，如 50% 或 12.5，而不是“${value}”`,
    allTextOnly: '--all 只用于终端表格（默认的输出格式）；JSON 和 CSV 总是包含全部项目',
  },

  inputs: {
    notFound: '没有这个文件或文件夹',
    permissionDenied: '没有读取权限',
    isDirectory: '这是一个文件夹',
    notDirectory: '路径中有一部分不是文件夹',
    symlinkLoop: '符号链接层数太多（可能是循环链接）',
    tooManyOpenFiles: '同时打开的文件太多',
    nameTooLong: '路径长度超过系统允许的上限（PATH_MAX）',
    danglingLink: '这是一个指向不存在目标的符号链接',
    nameNotUtf8: '文件名不是 UTF-8 编码（此处以 � 显示），无法按名称打开；请重命名，例如 `convmv -f gbk -t utf-8 --notest <文件>`',
    namedPipe: '这是命名管道（FIFO），不是文件：在文件夹或通配符中不予读取，以免无限等待；如需读取，请直接给出其名称',
    notAFile: '这是设备或套接字，不是文件：在文件夹或通配符中不予读取',
    noMatch: '没有与这个通配模式匹配的文件',
    noReportFiles: '这个文件夹中没有报告文件（.txt .text .md .html .htm .docx .pdf）',
    stdinEmpty: '标准输入是空的；请给出文件、文件夹或通配模式，或用管道送入一份报告',
    internalError: (message) => `无法解析：${message}`,
  },

  notes: {
    reportsWithErrors: (withErrors, reports) => `${reports} 份报告中有 ${withErrors} 份存在错误；用 \`gov-report validate\` 可以列出这些错误`,
    progress: (done, total) => `已解析 ${done}/${total}`,
    cannotWriteStdout: (message) => `无法写入标准输出：${message}`,
    pageWritten: (file, reports, unreadable) => `已生成 ${file}：${reports} 份报告${unreadable > 0 ? `，${unreadable} 个文件无法读取` : ''}`,
    tooManyWarnings: (warnings, max) => `共有 ${warnings} 个警告，超过了 --max-warnings 允许的 ${max} 个`,
    cannotWriteStepSummary: (file, message) => `无法写入步骤摘要 ${file}：${message}`,
  },

  validate: {
    line: (line) => (line === null ? '-' : `第${line}行`),
    ok: '未发现问题',
    hiddenInfos: (infos) => `（另有 ${infos} 条提示；加 --verbose 可以显示）`,
    severity: { error: '错误', warning: '警告', info: '提示' },
    files: (n) => `${n} 个文件`,
    errors: (n) => `${n} 个错误`,
    warnings: (n) => `${n} 个警告`,
    unchecked: (n) => `${n} 个文件无法检查`,
    totals: (files, errors, warnings) => `共检查 ${files}：${errors}，${warnings}`,
    totalsAndUnchecked: (totals, unchecked) => `${totals}；${unchecked}`,
    location: (l) => (l.page !== undefined ? `第${l.page}页` : l.table !== undefined ? `表${l.table}第${l.row ?? '?'}行` : `第${l.paragraph ?? '?'}段`),
  },

  compare: {
    headers: { old: '上期', new: '本期', part: '部分', row: '项目', column: '栏目', change: '增减', percent: '增减%' },
    report: (side, file, organ, year) => `${side === 'old' ? '上期' : '本期'}：${file}  ${organ}  ${year}`,
    counts: (changed, cells) => `共 ${cells} 项，${changed} 项有变化`,
    large: (large, threshold) => `，其中 ${large} 项变化达 ${threshold}% 以上（标 !）`,
    noChange: '各项数据均无变化',
    otherOrgan: (old, next) => `注意：两份报告的机关不同（${old} / ${next}）`,
    onlyOld: (file, organ) => `仅上期有：${file}（${organ}）`,
    onlyNew: (file, organ) => `仅本期有：${file}（${organ}）`,
    none: '-',
    error: '错误',
    line: (line) => (line === null ? '-' : `第${line}行`),
  },

  github: {
    title: (code, name) => `${name}（${code}）`,
  },

  stepSummary: {
    heading: 'gov-report validate 检查结果',
    headers: { file: '文件', line: '行', severity: '级别', code: '代码', message: '说明' },
    none: '未发现错误或警告。',
    more: (n) => `……另有 ${n} 条，完整的列表见本步骤的日志。`,
  },

  problems: {
    unreadable: '无法读取',
    'no-files': '没有找到文件',
    'internal-error': '无法解析',
  },

  summary: {
    headers: {
      file: '文件',
      organ: '机关',
      year: '年度',
      newReceived: '本年新收',
      handled: '办结',
      carriedForward: '结转下年度',
      review: '行政复议',
      litigation: '行政诉讼',
      errors: '错误',
    },
    total: '合计',
    reports: (n) => `${n} 份报告`,
    leftOut: (headers, width) => `（终端只有 ${width} 列宽，略去了${headers.map((h) => `“${h}”`).join('、')}；加 --wide 可以显示全部列）`,
  },
};

/** The table of each language the diagnostics are written in (messages/languages.ts). */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { en, zh };
