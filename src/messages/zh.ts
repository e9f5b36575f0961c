/**
 * 中文提示：写法按政务公开工作人员的习惯，引用报告自己印的栏目名称（加中文引号），数字用阿拉伯数字，
 * 两边的数都写出来；空白按 0 计，并如实写明。
 *
 * The messages in Chinese, as a 政务公开 clerk would write them: the report's own labels quoted
 * “…”, the form's words (勾稽关系, 结转下年度继续办理, 不予公开), Chinese punctuation, numbers as
 * digits with a space between a number and the words around it. Same ids and params as en.ts.
 */
import { numeralOf, PART } from '../catalog/parts.js';
import { TABLE_PARTS } from '../catalog/tables.js';
import type { EquationCode } from '../catalog/equations.js';
import type { TableKey } from '../catalog/types.js';
import type { DiagnosticCode } from '../diagnostics.js';
import { formatSize, suggestedBound } from '../limits.js';
import type { Arithmetic, BreakReason, CellAt, CellsNamed, CodeTexts, CutValues, Damage, EquationFault, Excess, FileKind, Messages, NotTextKind, PairedBy, RereadBy, RunTogether, Term, UnlabelledReason } from './params.js';
import { quoteCell, quoteCells, quoteDigits, quoteLabel, rounded, shortLabel, DIGITS_CHARACTERS } from './quote.js';

/** `第三部分“收到和处理政府信息公开申请情况”的表格`: the part's heading as the form prints it, without its numeral. */
function table(key: TableKey): string {
  const part = TABLE_PARTS[key];
  return `第${numeralOf(part)}部分“${PART[part].heading.replace(/^[一二三四五六]、/, '')}”的表格`;
}

// ── 数字 ──────────────────────────────────────────────────────────────────────────────────────

/** A cell as the message shows it: its number, or a blank counted as 0. */
const shown = (x: number | null): string => (x === null ? '空白（按 0 计）' : String(x));
const differ = (a: number, b: number): string => `（相差 ${rounded(Math.abs(a - b))}）`;

// ── 报告原文 ──────────────────────────────────────────────────────────────────────────────────

// Each quote is a short excerpt (quote.ts), whatever the input prints.
const digits24 = (text: string): string => quoteDigits(text, 24, (n) => `（共 ${n} 个字符）`);
const cellsAsPrinted = (cells: ReadonlyArray<string | null>): string => quoteCells(cells, (n) => `……另有 ${n} 个`);
const cellAt = ({ row, column }: CellAt): string => `“${quoteLabel(row)}”行“${quoteLabel(column)}”列`;

/** 如何提高随大小上限增长的工作量上限。 */
const workBoundRaised = (limit: number): string =>
  `此上限随大小上限增长，目前大小上限为 ${formatSize(limit)}；如需提高，请用 \`--max-bytes ${suggestedBound(null, limit)}\`（或设置环境变量 \`GOV_REPORT_MAX_BYTES=${suggestedBound(null, limit)}\`；程序库中为 \`maxBytes\`）`;

// ── 数字连写 ──────────────────────────────────────────────────────────────────────────────────

const cut = (values: CutValues): string => `（${values.map((v) => v ?? '□').join('、')}）`;
/** The first five cuts, and how many more. */
function cuts(list: readonly CutValues[], complete: boolean): string {
  const more = list.length > 5 ? `，另有 ${list.length - 5} 种` : '';
  return `${list.slice(0, 5).map(cut).join('或')}${more}${complete ? '' : '，可能还有其他拆法'}`;
}
function arithmetic(a: Arithmetic): string {
  if (a.kind === 'none') return '本行没有可用来区分拆法的算术关系';
  if (a.kind === 'total') return `最后一列“${quoteLabel(a.total)}”应等于其他各列之和`;
  return `每 ${a.size} 个数为一组，每组最后一个数应等于前面各数之和`;
}
const ranTogether = (r: RunTogether): string =>
  `“${quoteLabel(r.row)}”行的各列数字连在了一起（“${quoteDigits(r.printed, DIGITS_CHARACTERS, (n) => `（共 ${n} 个字符）`)}”）`;
/** `有 3 种`, or `至少有 3 种` when the search stopped before it had them all. */
const BREAK_REASONS: Readonly<Record<BreakReason, string>> = {
  none: '该行没有合计可供判断哪种读法对',
  neither: '两种读法都对不上合计',
  both: '两种读法都对得上合计，无法判断',
  moved: '只有使该行数字错位的读法对得上合计，而那些数字可能属于另一行',
  doubted: '按一个数读时，该行标签前的一组数字也可能是它的（标签印在数字之后），因此标签后的数字即使对得上合计，也可能属于另一行',
  ordered: '按一个数读时，各行都能读出，表格的列间关系表明该行数字的顺序与印出的不同；按原样读时无法核对列间关系，而这些数字无论怎样排列合计都对得上',
};
const kinds = (count: number, complete: boolean): string => `${complete ? '' : '至少'}有 ${count} 种`;
/** The relations of the form a cut may be tried against, as equations in the form's words. */
const RELATIONS: Readonly<Record<EquationCode, string>> = {
  balance: '本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理',
  'handled-sum': '各项办理结果之和 = （七）总计',
  'row-total': '各列之和 = 总计',
  'review-total': '行政复议各项之和 = 总计',
  'litigation-total': '行政诉讼各项之和 = 总计',
};
const isEquation = (code: DiagnosticCode): code is EquationCode => Object.hasOwn(RELATIONS, code);
const rules = (codes: readonly DiagnosticCode[]): string => codes.map((code) => (isEquation(code) ? RELATIONS[code] : zhCodes[code].title)).join('；');

// ── 表内算术关系 ──────────────────────────────────────────────────────────────────────────────

/** `“一、本年新收…” 8744 + “二、上年结转…” 3431` (quoted) or `自然人 1203、商业企业 2173` (listed). */
const sum = (list: readonly Term[]): string => list.map(({ label, value }) => `“${label}” ${shown(value)}`).join(' + ');
const listed = (list: readonly Term[]): string => list.map(({ label, value }) => `${label} ${shown(value)}`).join('、');
/** The right side: `“（七）总计”为 8974`, or its cells and their sum. */
function total(f: EquationFault, quote: boolean): string {
  const only = f.right[0];
  if (only && f.right.length === 1) return `${quote ? `“${only.label}”` : only.label}为 ${shown(only.value)}`;
  return `${sum(f.right)} = ${rounded(f.rightSum)}`;
}
const off = (f: EquationFault): string => differ(f.leftSum, f.rightSum);

// ── 正文与表格、上下年度 ────────────────────────────────────────────────────────────────────────

/** `“一、本年新收…”+“二、上年结转…”总计`. */
const cellsNamed = (c: CellsNamed): string => `${c.rows.map((r) => `“${r}”`).join('+')}${c.column ?? ''}`;
const lineNo = (line: number | null): string => (line === null ? '' : `第 ${line} 行`);

const CONVERT = (file: string): string => `请另存为纯文本（.txt），或用命令转换，例如 \`libreoffice --headless --convert-to "txt:Text (encoded):UTF8" ${file}\``;
const OCR = '扫描件需要先做文字识别（OCR）';

const NOT_TEXT: Readonly<Record<NotTextKind, string>> = {
  pdf: '这是 PDF 文件，不是文本文件；请先转换为文本，例如 `pdftotext -layout report.pdf report.txt`',
  doc: `这是 Word .doc 文件（或其他旧版 Office、WPS 文件），不是文本文件；${CONVERT('report.doc')}`,
  rtf: '这是 RTF 文档，本工具无法读取；请用 Word 或 WPS 打开后另存为 .docx，或用命令转换：`libreoffice --headless --convert-to docx report.rtf`',
  png: `这是 PNG 图片，不是文本文件；${OCR}`,
  jpeg: `这是 JPEG 图片，不是文本文件；${OCR}`,
  gif: '这是 GIF 图片，不是文本文件',
  tiff: `这是 TIFF 图片，不是文本文件；${OCR}`,
  webp: `这是 WebP 图片，不是文本文件；${OCR}`,
  gzip: '这是 gzip 压缩文件，不是报告；请先解压（`gunzip`），再提供其中的文件',
  rar: '这是 RAR 压缩包，不是报告；请先解压，再提供其中的文件',
  '7z': '这是 7z 压缩包，不是报告；请先解压，再提供其中的文件',
  docx: `这是 Word .docx 文件，不是文本文件；${CONVERT('report.docx')}`,
  odt: '这是 OpenDocument .odt 文件，本工具无法读取；请另存为 .docx，或用命令转换：`libreoffice --headless --convert-to docx report.odt`',
  xlsx: '这是 Excel .xlsx 工作簿，不是报告；请提供报告本身（网页、Word 文件、PDF 或文本）',
  ofd: '这是 OFD 版式文件，本工具无法读取；请导出为 PDF 后提供该 PDF 文件',
  zip: '这是 ZIP 压缩包，不是报告；请先解压，再提供其中的文件',
  html: '这是 HTML 网页，不是纯文本导出；请直接把网页文件交给 gov-report（它能读取网页），或转换成 Markdown（例如 `pandoc -t gfm page.html -o report.md`；转为纯文本会丢掉有合并单元格的表格）',
  binary: '这是二进制数据，不是报告的文本导出',
};

// ── 网页、Word 文件、PDF ────────────────────────────────────────────────────────────────────────

/** “This file”, by kind. */
const THIS_FILE: Readonly<Record<FileKind, string>> = { pdf: '该 PDF 文件', docx: '该 Word 文件', html: '该网页', office: '该 Office 文件' };

function damage(d: Damage): string {
  switch (d.what) {
    case 'cutOff':
      return '文件在内容中途截断';
    case 'noDirectory':
      return '文件末尾的目录缺失，文件被截断';
    case 'brokenDirectory':
      return '其内容目录损坏';
    case 'brokenEntry':
      return `其中 ${d.entry} 已损坏`;
    case 'notUnpacked':
      return `其中 ${d.entry} 无法解压`;
    case 'packing':
      return `其中 ${d.entry} 的压缩方式不是 Word 所用的（方法 ${d.method}）`;
    case 'noDocument':
      return '其中没有 Word 正文（缺少 word/document.xml）';
    case 'noEndMarker':
      return '文件缺少结束标记，已被截断';
    case 'notOpenable':
      return '无法作为 PDF 打开';
    case 'unreadablePage':
      return `第 ${d.page} 页无法读取`;
    case 'unreadable':
      return '无法读取';
  }
}

function excess(e: Excess): string {
  switch (e.what) {
    case 'bytes':
      return `${e.megabytes} MB，最多读取 ${e.limit} MB`;
    case 'pages':
      return `共 ${e.pages} 页，最多读取 ${e.limit} 页`;
    case 'unpacked':
      return `其中 ${e.entry} 解压后超过 ${e.limit} MB`;
  }
}

const PART3 = PART[3].heading.replace(/^三、/, '');
const PART4 = PART[4].heading.replace(/^四、/, '');

// ── 行名与数字分开排列 ────────────────────────────────────────────────────────────────────────

const UNLABELLED: Readonly<Record<UnlabelledReason, string>> = {
  count: '两者无法一一对应',
  short: '紧挨其前的一行列出的数字少于该行的列数，这些数字可能是那一行余下的数字',
  headed: '紧挨其前的一行被列为一个单独小表的标题（其后为栏目名称），而表格的其他行并非如此排列，这些数字可能就是那一行的数字',
  readings: '存在不止一种读法',
  arithmetic: '表格的列间勾稽关系无法确认其归属（或所需的其他行无法读取）',
  shared: '旁边列出的其他行名也可能对应这些数字',
};

const PAIRED: Readonly<Record<PairedBy, string>> = {
  rows: '已按表格顺序一一对应',
  columns: '已按列读取（数值逐个成行、逐列列出）',
  interleaved: '已逐行读取（数值逐个成行；行名只占一行的相邻几行，其数值交替排出：先各行第一个数，再各行第二个数，依此类推）',
  position: '已按位置对应',
};

/** 有争议的单元格另一种读法的说明（ambiguous-pairing.disputed）。 */
const REREAD: Readonly<Record<RereadBy, string>> = {
  underHeaders: '按各栏逐栏排出、栏目名称之后列该栏数字的方式重读',
  smallTable: '按各小表逐表排出（从小表标题到下一个小表标题）的方式重读',
};

export const zh: Messages = {
  'empty-input': () => '文件是空的',
  'empty-input.noText': () => '文件中没有任何文字',
  'not-text': ({ kind }) => NOT_TEXT[kind],
  'not-text.encoding': ({ encoding, detected }) =>
    detected === null
      ? `这些内容不能按 ${encoding} 编码读成文字：可能是二进制数据，或是其他编码`
      : `这些内容不能按 ${encoding} 编码读成文字，按 ${detected} 编码则可以：请改为指定 ${detected}，或不指定编码，由本工具自动识别`,
  'unknown-encoding': ({ name }) => `本工具不认识编码“${quoteCell(name)}”；请使用 utf-8、gb18030、gbk、big5、utf-16le 等名称`,
  'not-a-report': () => `这不是政府信息公开工作年度报告：既没有第三部分“${PART3}”，也没有第四部分“${PART4}”`,
  'not-a-report.encoding': ({ encoding, detected }) =>
    `按指定的 ${encoding} 编码读取，文中找不到第三部分和第四部分；按 ${detected} 编码读取则可以找到：这个文件很可能是 ${detected} 编码，请改为指定 ${detected}，或不指定编码，由本工具自动识别`,
  'unsupported-format': ({ year, firstYear }) => `这是 ${year} 年度的报告；${firstYear} 年度以前的年度报告没有统一表式，本工具不支持`,
  'unsupported-format.freeForm': ({ firstYear }) =>
    `没有找到第三部分的申请情况表，也没有找到第四部分的行政复议、行政诉讼情况表：这是 ${firstYear} 年度以前那种没有统一表式的报告，本工具不支持`,
  'too-large': ({ bytes, limit }) =>
    `${
      bytes === null
        ? `该输入超过单个输入的上限 ${formatSize(limit)} 仍未结束（可能是设备文件或无尽的数据流），已停止读取`
        : `该文件大小为 ${formatSize(bytes)}，超过单个输入的上限 ${formatSize(limit)}，未予读取`
    }。一份年度报告的文本很少超过 1 MB，PDF 或 Word 文件通常也只有几 MB；如确是要处理的文件，请提高上限：\`--max-bytes ${suggestedBound(bytes, limit)}\`（或设置环境变量 \`GOV_REPORT_MAX_BYTES=${suggestedBound(bytes, limit)}\`；程序库中为 \`maxBytes\`）`,
  'too-large.lines': ({ lines, limit }) =>
    `该文件超过 ${lines} 行（一份报告通常只有几百行），为免单个文件耗尽整批处理的内存和时间，未予读取。${workBoundRaised(limit)}`,
  'too-large.cells': ({ cells, limit }) =>
    `该文件表格中的单元格超过 ${cells} 个（一份报告通常只有几千个），为免单个文件耗尽整批处理的内存和时间，未继续读取。${workBoundRaised(limit)}`,
  'second-report': ({ line }) =>
    `第 ${line} 行起是另一份报告（各部分从第一部分重新开始）：一个文件只应包含一份报告，因此只读取了第一份报告的表格，第二份报告的内容归入 \`text.otherMatters\`。请将文件拆分后分别处理`,
  'missing-part': ({ heading }) => `没有找到“${quoteLabel(heading)}”这一部分；年度报告格式要求六个部分齐全`,
  'heading-not-found': (p) => `没有找到“${quoteLabel(p.heading)}”的标题；已根据表格找到这一部分，表格从此行开始`,

  'missing-table': (p) => `没有找到${table(p.table)}`,
  'missing-table.placeholder': (p) =>
    `没有找到${table(p.table)}：转换工具在该处只印出了“${p.placeholder}”（pandoc 转为纯文本时，有合并单元格的表格都会这样）；请改为转换成 Markdown（\`pandoc -t gfm\`），或直接用 gov-report 读取 Word 文件`,
  'missing-row': (p) => `${table(p.table)}中没有找到“${quoteLabel(p.row)}”行${p.after === null ? '' : `（应在第${p.after}行之后）`}`,
  'missing-row.unread': (p) => `${table(p.table)}中列有“${quoteLabel(p.row)}”行（第${p.line}行），但其前后的数字都无法确定属于该行，该行的数字未读取`,
  'unknown-row': (p) => `“${shortLabel(p.label)}”不是本表表式中的行；该行的数字未读取`,
  'unknown-row.runningHead': (p) => `“${shortLabel(p.label)}”是报告标题在表格中间再次出现（分页处的页眉），读表时略过了这一行`,
  'unknown-row.headingAgain': (p) => `“${shortLabel(p.label)}”这一行在表格数字中间再次列出本部分标题（页眉，或转换时重复输出的行），读表时略过了这一行`,
  'unknown-row.numberOver': (p) => `这一行把数字“${p.label}”反复印了多遍，比本表所有栏目加起来还多，不是任何一行的排印，读表时略过了这一行`,
  'unknown-row.unitOver': (p) => `这一行把“${shortLabel(p.label)}”及其后相同的数字反复印了多遍，不是任何一行的排印，读表时略过了这一行`,
  'unknown-row.labelRest': (p) => `“${shortLabel(p.label)}”是“${quoteLabel(p.row)}”行行名的后半，印在该行数字之后，并非该行再次出现；其后的数字不作为该行的数字读取`,
  'unknown-row.afterWords': (p) => `“${shortLabel(p.label)}”这一行在开头几个字之后只是几个字符反复出现，比本表任何栏目名称都长，读表时略过了这一行`,
  'unknown-row.passedOver': (p) => `“${shortLabel(p.label)}”这一行没有数字，只是几个字反复出现，比本表任何栏目名称都长，读表时略过了这一行`,
  'duplicate-row': (p) => `“${quoteLabel(p.row)}”行${p.repeats > 1 ? `又出现了 ${p.repeats} 次（此处是第一次重复）` : '重复出现'}；以第一次出现的为准`,
  'duplicate-row.line': (p) => `“${quoteLabel(p.row)}”行：第 ${p.line} 行重复了第 ${p.other} 行的数字 ${p.value}，照此读取该行合计对不上；视为转换时重复输出的一行，只读一次`,
  'duplicate-row.lines': (p) =>
    `${p.from === p.to ? `第 ${p.from} 行` : `第 ${p.from}–${p.to} 行`}与紧挨在前的${p.first === p.firstEnd ? `第 ${p.first} 行` : `第 ${p.first}–${p.firstEnd} 行`}一字不差${p.times > 1 ? `，共重复 ${p.times} 次` : ''}（其中有“${quoteLabel(p.row)}”行）：视为转换时重复输出，只读一次`,
  'duplicate-row.linesHeaded': (p) =>
    `${p.from === p.to ? `第 ${p.from} 行` : `第 ${p.from}–${p.to} 行`}与紧挨在前的${p.first === p.firstEnd ? `第 ${p.first} 行` : `第 ${p.first}–${p.firstEnd} 行`}一字不差${p.times > 1 ? `，共重复 ${p.times} 次` : ''}（栏目名称和同样的一组数字，表中不会有两行恰好相同）：视为转换时重复输出，只读一次`,
  'duplicate-row.neither': (p) => `“${quoteLabel(p.row)}”行在此处和第 ${p.other} 行各列出一次：无法判断哪一处是该行的数字，两处都未读取`,
  'duplicate-row.unread': (p) => `“${quoteLabel(p.row)}”行在此处列出的不是该行的数字（可能是表头行，或数字与该行栏目不符），第 ${p.kept} 行再次列出该行，已改读第 ${p.kept} 行`,
  'cell-count': (p) =>
    p.printed > p.cells
      ? `“${quoteLabel(p.row)}”行有 ${p.printed} 个数，但表式中该行只有 ${p.cells} 列（${cellsAsPrinted(p.quoted)}）；该行的数字未读取`
      : `“${quoteLabel(p.row)}”行有 ${p.quoted.length} 个单元格（其中 ${p.quoted.length - p.printed} 个空白），但表式中该行只有 ${p.cells} 列（${cellsAsPrinted(p.quoted)}）；无法判断哪些单元格属于该行，该行的数字未读取`,
  'cell-count.tooFew': (p) =>
    `“${quoteLabel(p.row)}”行只有 ${p.printed} 个数，但表式中该行有 ${p.cells} 列（${cellsAsPrinted(p.quoted)}），无法判断缺的是哪一列；该行的数字未读取`,
  'cell-count.located': (p) =>
    `“${quoteLabel(p.row)}”行只有 ${p.printed} 个数，但表式中该行有 ${p.cells} 列（${cellsAsPrinted(p.quoted)}）；只有缺的是“${p.column}”列时，表中各列的勾稽关系才对得上，因此其余各数按列读取，“${p.column}”列留空`,
  'cell-count.edges': (p) =>
    `“${quoteLabel(p.row)}”行有 ${p.quoted.length} 个单元格，两端都有空白，但表式中该行只有 ${p.cells} 列（${cellsAsPrinted(p.quoted)}）；无法判断哪些空白属于该行（哪一种读法都对不上合计），该行的数字未读取`,
  'cell-count.unchecked': (p) =>
    p.why === 'followed'
      ? `“${quoteLabel(p.row)}”行有 ${p.cells} 个单元格（${cellsAsPrinted(p.quoted)}），但对不上合计，其后又有未列行名的数字：该行可能被拆成了两行、空白单元格被当作了该行的一列，无法判断哪些数属于该行；该行的数字未读取`
      : p.why === 'followedNoSums'
        ? `“${quoteLabel(p.row)}”行有 ${p.cells} 个单元格（${cellsAsPrinted(p.quoted)}），一端为空白，其后又有未列行名的数字：该行可能与别的行连在了一起、空白被当作了该行的一列，而它的最后一个数字印在了下一行，该行又没有勾稽关系可供判断；该行的数字未读取`
      : p.why === 'junk'
        ? `“${quoteLabel(p.row)}”行有 ${p.cells} 个单元格（${cellsAsPrinted(p.quoted)}），对不上合计，且一端的单元格不是数字：它可能是混入该行的其他内容，该行的数字因此错后了一列、有一个数印在别处，无法判断各数属于哪一列；该行的数字未读取`
        : p.why === 'short'
          ? `“${quoteLabel(p.row)}”行的数字与行名分开列出（${cellsAsPrinted(p.quoted)}），而它前面一行列出的数字少于该行的列数：这些数字中可能有前一行的（转换工具常把一行其余的数字印在下一个行名之后），该行又没有勾稽关系可供判断；该行的数字未读取`
          : p.why === 'cut'
          ? `“${quoteLabel(p.row)}”行列出 ${cellsAsPrinted(p.quoted)}，最后一个数字位于行尾，而下一行开头是一个前面没有行名的数字：一个数字可能被换行拆成了两段，无法判断该行的数字是哪些（该行没有可供核对的合计，或合计对不上）；该行的数字未读取`
          : p.why === 'columns'
          ? `“${quoteLabel(p.row)}”行的数字分在多行列出（${cellsAsPrinted(p.quoted)}），对不上合计，能核对的列间勾稽关系也不成立（大多不成立，或有两列以上不成立，而单个数字印错只会影响一列），而表中其他各行的合计都对得上：转换中丢失或重复的行、或被换行拆开的数字，可能使这些数字错了列，无法判断各数属于哪一列；该行的数字未读取`
          : p.why === 'unchecked'
          ? `“${quoteLabel(p.row)}”行的数字分在多行列出（${cellsAsPrinted(p.quoted)}），对不上合计，而表中各列的勾稽关系都无法用它核对（所需的其他行未能读出）：转换中丢失或重复的行、或被换行拆开的数字，可能使这些数字错了列，这与报告本身印错无法区分；该行的数字未读取`
          : p.why === 'followedSpan'
          ? `“${quoteLabel(p.row)}”行的数字分在多行列出（${cellsAsPrinted(p.quoted)}），紧随其后又有一些前面没有行名的数字：无法判断该行的数字到哪里为止，而该行的数字除一个外都是 0，无论从哪里截取大多都对得上合计；该行的数字未读取`
          : p.why === 'order'
          ? `“${quoteLabel(p.row)}”行的数字分在多行列出（${cellsAsPrinted(p.quoted)}），对得上合计，但按表中各列的勾稽关系和其他各行读出的数字，该行应是同样几个数、顺序不同：一行的合计无论顺序如何都对得上，而转换把其中一些数字印错了栏位，仅凭排印无法判断各数属于哪一列；该行的数字未读取`
          : p.why === 'rest'
          ? `“${quoteLabel(p.row)}”行的数字分在多行列出（${cellsAsPrinted(p.quoted)}），其中一个印在后面一行的行名余下部分之后，这些数字对得上合计，但表中没有哪条列间勾稽关系能证实它们的顺序：一行的合计无论顺序如何都对得上，而转换把行名每一行旁边的数字随该行印出，不论它在该行的哪一列，因此无法判断各数属于哪一列；该行的数字未读取`
          : p.why === 'pattern'
          ? `“${quoteLabel(p.row)}”行印出的单元格比表式少（${cellsAsPrinted(p.quoted)}），把其中的数字拆成 ${p.cells} 格只有一种拆法对得上合计，但表中另有两行或更多印出同样多的数字，却怎么拆都对不上：该表每行只在本行印出这么多格，其余的印在别处，这种对得上可能只是巧合；该行的数字未读取`
          : p.why === 'underHeader'
          ? `“${quoteLabel(p.row)}”行的数字列在行名之后（${cellsAsPrinted(p.quoted)}），但在表头之下、该行行名之前，另有没有哪一行取用的数字：行名印在数字之后的排法中，那些才是该行的数字（其中有一行数字在转换中丢失或重复），行名之后的可能是下一行的，无法判断哪一组是该行的；该行的数字未读取`
          : p.why === 'afterUnread'
          ? `“${quoteLabel(p.row)}”行的数字列在行名之后（${cellsAsPrinted(p.quoted)}），而行名之前紧挨着的是前一行的数字；前一行因其数字印在行名之前而未读取：行名印在数字之后的排法中，那些才是本行的数字，行名之后的可能是下一行的，无法判断哪一组是该行的；该行的数字未读取`
          : p.why === 'afterRest'
          ? `“${quoteLabel(p.row)}”行的数字列在行名之后（${cellsAsPrinted(p.quoted)}），但行名之前紧挨着另有没有哪一行取用的数字，其前是另一行印在其数字之后的行名余下部分：每个行名都印在其数字之后的排法中，那些才是本行的数字（其中有一行数字在转换中丢失或重复），行名之后的可能是下一行的，无法判断哪一组是该行的；该行的数字未读取`
          : p.why === 'split'
          ? `“${quoteLabel(p.row)}”行的数字列在行名之后（${cellsAsPrinted(p.quoted)}），但它的行名被拆成两段印出，中间夹着没有哪一行取用的数字：行名围着数字印出的排法中，夹在中间的才是该行的数字（其中有一行数字在转换中丢失或重复），行名之后的可能是下一行的，无法判断哪一组是该行的；该行的数字未读取`
          : p.why === 'between'
          ? `“${quoteLabel(p.row)}”行的数字与行名列在同一行（${cellsAsPrinted(p.quoted)}），紧接在前一行只有行名、没有数字的那一行之后，其后又紧跟着恰好一行、前面没有行名的数字：如果每个行名都印在其数字的上一行，这些数字就是前一行的，本行的是其后那些，无法判断哪一组是该行的；该行的数字未读取`
          : p.why === 'betweenChain'
          ? `“${quoteLabel(p.row)}”行的数字与行名列在同一行（${cellsAsPrinted(p.quoted)}），它的前一行因行名可能印在别行数字的上一行而未读取，其后又紧跟着恰好一行、前面没有行名的数字：如果每个行名都印在其数字的上一行，这些数字就是前一行的，本行的是其后那些，无法判断哪一组是该行的；该行的数字未读取`
          : p.why === 'betweenLost'
          ? `“${quoteLabel(p.row)}”行的数字与行名列在同一行（${cellsAsPrinted(p.quoted)}），表式中它的前一行在文中找不到，其后又紧跟着恰好一行、前面没有行名的数字：如果每个行名都印在其数字的上一行，这些数字就是前一行的（其行名已丢失），本行的是其后那些，无法判断哪一组是该行的；该行的数字未读取`
          : p.why === 'beforeHeading'
          ? `“${quoteLabel(p.row)}”行的数字（${cellsAsPrinted(p.quoted)}）列在其所属小表的标题之前，该标题印在这些数字之后：这些数字处在前一个小表的各行之间，可能是那个小表的数字，无法判断属于哪一行；该行的数字未读取`
          : p.why === 'nowhere'
          ? `“${quoteLabel(p.row)}”行的数字与行名列在同一行（${cellsAsPrinted(p.quoted)}），紧接在前一行只有行名、没有数字的那一行之后，而前一行的数字哪里都找不到：如果每个行名都印在其数字的上一行，这些数字就是前一行的，本行的数字已丢失，无法判断这些数字是哪一行的；该行的数字未读取`
          : p.why === 'alone'
          ? `“${quoteLabel(p.row)}”行的数字分在多行列出（${cellsAsPrinted(p.quoted)}），对不上合计，而表式中没有别的勾稽关系可以核对它：转换中丢失或重复的行、被换行拆开的数字，或混入其间的别的表的数字，都可能使该行的单元格里是别的数字，这与报告本身印错无法区分；该行的数字未读取`
          : p.why === 'beside'
          ? `“${quoteLabel(p.row)}”行的数字与行名列在同一行（${cellsAsPrinted(p.quoted)}），而行名之前紧挨着另有 ${p.cells} 个未归入其他行的数字，恰好一行，也可能是该行的：行名印在数字之后的排法中，两行连在一起会使行名紧挨下一行的数字，无法判断哪一组是该行的；该行的数字未读取`
          : p.why === 'bare'
          ? `“${quoteLabel(p.row)}”行的数字列在行名之后（${cellsAsPrinted(p.quoted)}），紧随其后的是下一行的行名，却没有可以确定属于它的数字：行名印在数字之后的排法中，这些数字是下一行的，本行的数字印在其行名之前或在转换中丢失，无法判断属于哪一行；该行的数字未读取`
          : p.why === 'bareChain'
          ? `“${quoteLabel(p.row)}”行的数字列在行名之后（${cellsAsPrinted(p.quoted)}），紧随其后的是下一行的行名，而下一行的数字可能印在其行名之前、因此未读取：行名印在数字之后的排法中，这些数字是下一行的，本行的数字在转换中丢失（或同样印在行名之前），无法判断属于哪一行；该行的数字未读取`
          : p.why === 'completes'
          ? `“${quoteLabel(p.row)}”行的头几个数字列在行名旁，其余与行名分开列出（${cellsAsPrinted(p.quoted)}），合计对得上；但它上面有几行未读取，行名旁也只列出同样多的数字，其中一行与本行其余的数字合起来同样对得上合计：表格把每行头几个数字印在行名旁、其余数字成块印在所有行名之后时，这些数字可能是那一行其余的数字，无法判断哪些是本行的；该行的数字未读取`
          : p.why === 'groupLabel'
          ? `“${quoteLabel(p.row)}”行的数字列在行名之后（${cellsAsPrinted(p.quoted)}），但这一行名只是所属分组的名称（报告把该组印成一行时才是这一行），而本表另以各自的行名印出了该组的各行：这些数字可能属于其中任何一行，无法判断属于哪一行；该行的数字未读取`
          : p.why === 'splitEarlier'
          ? `“${quoteLabel(p.row)}”行的数字列在行名之后（${cellsAsPrinted(p.quoted)}），但这里只印出表式行名的末尾：行名开头的文字印在更前面，中间夹着数字，未能读作任何一行。行名分列在本行数字前后时，那些数字才是本行的，而这些数字属于其后印出行名的下一行，无法判断哪些是本行的；该行的数字未读取`
          : p.why === 'onlyGroup'
          ? `“${quoteLabel(p.row)}”行列出的数字（${cellsAsPrinted(p.quoted)}）对不上总计，而它是第四部分唯一读出的一组：其他各组的行名或数字无法分辨，别的组排离原位的数字可能混在其中，这与报告本身印错无法区分；该行的数字未读取`
          : p.why === 'runInto'
          ? `“${quoteLabel(p.row)}”行的数字列在一行（${cellsAsPrinted(p.quoted)}），对不上合计，表中也没有勾稽关系能证实它们；上一行印在它上面一行，列出的数字比其列数多或少：两行的数字可能印到了对方的行里，无法判断哪些是本行的；该行的数字未读取`
          : p.why === 'orderLine'
          ? `“${quoteLabel(p.row)}”行的数字列在一行（${cellsAsPrinted(p.quoted)}），合计对得上，但按表中各列的勾稽关系和其他行的读数，本行应是同样这些数字、次序不同：转换时把位置略高或略低的数字排到别的列，或报告本身印错，都会如此；从文本无法判断每个数字属于哪一列，该行的数字未读取`
          : p.why === 'spill'
          ? `“${quoteLabel(p.row)}”行的数字与行名分开列出（${cellsAsPrinted(p.quoted)}），紧接在上一行之后，而上一行列出的数字多于其单元格数、因此未读取，其中头一行的数字对不上合计，多出的不足一行的数字紧挨在本行行名之前：行名印在数字之后或行名被数字隔开的排法中，这些是本行数字的开头，行名之后的数字则是下一行的，无法判断哪些是该行的；该行的数字未读取`
          : p.why === 'before'
          ? `“${quoteLabel(p.row)}”行的数字与行名分开列出（${cellsAsPrinted(p.quoted)}），而行名之前紧挨着另有 ${p.cells} 个数字，恰好一行，也可能是该行的：行名可能印在数字之后而非之前，无法判断哪一组是该行的；该行的数字未读取`
          : p.why === 'lastGap'
          ? `“${quoteLabel(p.row)}”行的数字分在多行列出（${cellsAsPrinted(p.quoted)}），对不上合计；它是表中最后一行，而全文找不到下一部分的标题：其后丢失的内容可能带走了本行的部分数字，留下了下一张表的数字，该行的数字未读取`
          : p.why === 'lostAfter'
          ? `“${quoteLabel(p.row)}”行的数字与行名分开列出（${cellsAsPrinted(p.quoted)}），它是表中最后一行；紧接其后的是下一张表中间的内容（不是第一栏或第一行），而全文找不到该表的标题：本行行名之后丢失的内容（包括该标题）可能使下一张表的数字出现在这里，无法判断这些数字属于哪一行；该行的数字未读取`
          : p.why === 'lost'
          ? `“${quoteLabel(p.row)}”行的数字分在多行列出（${cellsAsPrinted(p.quoted)}），且表式中紧随其后的行缺失：这些数字也可能是那些行的（其行名和本行的数字在转换中丢失），无法判断属于哪一行；该行的数字未读取`
          : `“${quoteLabel(p.row)}”行的数字分在多行列出（${cellsAsPrinted(p.quoted)}），对不上合计，且表式中其后的行缺失：其中可能有那些行的数字；该行的数字未读取`,
  'cell-count.oneNumber': (p) =>
    `“${quoteLabel(p.row)}”行只有一个数“${quoteCell(p.printed)}”，但表式中该行有 ${p.cells} 列：它可能是其中一列（其余各列为空、在别处或缺失），也可能是各列数字连写（${p.read.map((v) => v ?? '–').join('、')}），该行没有勾稽关系可供判断；该行的数字未读取`,
  'cell-count.readings': (p) => {
    const ways = [
      ...p.spaced.map((c) => `“${quoteCell(c)}”既可读作一个数，也可读作 ${c.split(' ').length} 列`),
      ...(p.quoted.includes(null) ? ['空白单元格可保留也可略去'] : []),
      ...p.words.map((w) => `“${quoteCell(w)}”可作单元格也可归入行名`),
    ];
    return `“${quoteLabel(p.row)}”行印为（${cellsAsPrinted(p.quoted)}），表式中该行有 ${p.cells} 列；${ways.join('，')}，不止一种读法与表式列数相符，合计关系也无法判断哪一种正确；该行的数字未读取`;
  },
  'cell-count.oneRow': (p) => `行政复议、行政诉讼情况表共有 ${p.printed} 个数，但表式中应有 ${p.cells} 个；该表的数字未读取`,
  'cell-count.order': (p) =>
    `“${quoteLabel(p.row)}”行的五个数分行列出（${cellsAsPrinted(p.quoted)}），按列出的顺序与总计不符，换一种顺序则相符：转换中有数字排离本栏位置就会如此，无法确定各数属于哪一栏；该行的数字未读取`,
  'cell-count.swapped': (p) =>
    `“${quoteLabel(p.row)}”行的五个数（${cellsAsPrinted(p.quoted)}）与其总计不符，相邻一组也不符；把两组相接处的 ${p.first} 和 ${p.second} 互换位置，两组就都相符：转换中有一个数字排离了本栏位置，无法确定各数属于哪一栏；该行的数字未读取`,
  'cell-count.oneRowSums': (p) =>
    `行政复议、行政诉讼情况表的 15 个数分行列出（第${p.from}—${p.to}行：${cellsAsPrinted(p.quoted)}），${p.failing >= 3 ? '三组数字没有一组与其总计相符' : `三组数字中有 ${p.failing} 组与其总计不符`}：转换中有一个数字排离原位或被换行截断就会如此，这与报告本身印错无法区分；该表的数字未读取`,

  'ambiguous-pairing': (p) => {
    const printed = `“${quoteLabel(p.row)}”行的名称与数字分开排列：先列 ${p.labels} 个行名，后列 ${p.lines} 行数字（共 ${p.values} 个）`;
    if (p.reason === 'count') return `${printed}，两者无法一一对应，无法确定哪些数字属于该行；为免猜错，该行各数保留为空`;
    if (p.reason === 'readings') return `${printed}，按行读和按列读都说得通，无从判断；为免猜错，该行各数保留为空`;
    if (p.reason === 'gapped') return `${printed}，这些行名之间或紧邻处缺了表式中的行（行名印在别处、未能识别或已丢失），而这些行没有可供核对的勾稽关系，仅凭数量无法判断哪些数字属于该行；为免猜错，该行各数保留为空`;
    if (p.reason === 'column') return `${printed}，但这些数字紧接在某一栏目名称之下：第二十条各小表逐列排列时，栏目名称之下只列一个小表的数字，而这些行名并不都属于有该栏目的同一个小表，无法确定哪些数字属于该行；为免猜错，该行各数保留为空`;
    if (p.reason === 'order') return `${printed}，只有把几行数字合为一行才能逐行对应，而数字分行排列时某个数字可能错位到本行其他位置、本行合计仍然相符，表格的列间勾稽关系又无法印证（所需的其他行未能读取，或核对不符）；为免猜错，该行各数保留为空`;
    if (p.reason === 'shared') return `${printed}，这些数字也可能属于列在其另一侧的行名（行名列在数字之后的排法），无从判断；为免猜错，该行各数保留为空`;
    if (p.reason === 'again') return `${printed}，其中一个行名所指的行在表中前面已经印出（是其行名的后半截，或该行重复印出），这些行名未必一个对应一行，而表中各列的勾稽关系无法证实任何一种对应（或所需的行未能读出）；为免猜错，该行各数保留为空`;
    return `${printed}，任何对应方式都不能使各行及表格的列间勾稽关系成立（或所需的其他行无法读取）；该行各数保留为空`;
  },
  'ambiguous-pairing.unlabelled': (p) =>
    `有 ${p.lines} 行数字未列行名，所在位置缺少 ${p.rows} 个表格行（含“${quoteLabel(p.row)}”）；${UNLABELLED[p.reason]}，为免猜错，该行各数保留为空`,
  'ambiguous-pairing.copied': (p) =>
    `“${quoteLabel(p.row)}”行的数字与“${quoteLabel(p.other)}”行（第${p.line}行）完全相同，而本表有的行重复出现：这些数字可能是那一行重复出现在此行名之下，无法判断哪些是该行的数字，该行留空`,
  'ambiguous-pairing.order': (p) =>
    `“${quoteLabel(p.row)}”行按其行名之后的数字读作 ${p.read}，但按本表数字在栏目名称间的排印顺序读（唯一能依次分成行政复议、未经复议直接起诉、复议后起诉且各组合计都对得上的读法），该行应为 ${p.order}，而此处没有印出前面各组的行名：无法判断哪一组是该行的，该行留空`,
  'ambiguous-pairing.orderDoubted': (p) =>
    `“${quoteLabel(p.row)}”行按其行名之后的数字读作 ${p.read}，但按本表数字在栏目名称间的排印顺序读，有连续 15 个数能依次分成行政复议、未经复议直接起诉、复议后起诉且各组合计都对得上，该行应为 ${p.order}；这一读法本身也无法确定（见对全表的提示），而此处没有印出前面各组的行名：无法判断哪一组是该行的，该行留空`,
  'ambiguous-pairing.lastFollowed': (p) =>
    `“${quoteLabel(p.row)}”行按其行名之后的数字读作 ${p.read}，但紧接其后、从第${p.line}行起，栏目名称之间还有别的数字（前五个为 ${p.next}），而此处没有印出前面各组的行名：该行是表中最后一组，其后不应再有别的组，读到的数字可能属于前面的组，无法判断哪些是该行的，该行留空`,
  'ambiguous-pairing.headerAfter': (p) =>
    `“${quoteLabel(p.row)}”行“${p.column}”栏：逐行读取时该格为 ${p.value}（印在行名之后的另一行），但该栏的栏目名称也印在行名之后，与第二部分逐栏排列、各栏数字紧随栏目名称的排法相同，这个数字可能属于别的行；为免猜错，该格保留为空`,
  'ambiguous-pairing.restOfShort': (p) =>
    `“${quoteLabel(p.row)}”行的前几个数字印在行名旁，其余从第${p.line}行起印出；但其前一行“${quoteLabel(p.other)}”在行名旁也只印了部分数字，第${p.line}行起的这些数字补上后同样相符，无法确定属于哪一行，为免猜错，该行各数保留为空`,
  'ambiguous-pairing.disputed': (p) =>
    `“${quoteLabel(p.row)}”行“${p.column}”栏：逐行读取时该格为 ${p.value}，${REREAD[p.by]}则为 ${p.other}；该行没有合计可供核对，同一份排印读出了两个不同的数，无法判断哪个是对的，该格留空`,
  'ambiguous-pairing.repeated': (p) =>
    `“${quoteLabel(p.row)}”行的数字每行一个，第 ${p.from}–${p.to} 行又重复了紧挨在前、从第 ${p.first} 行起的数字（${p.numbers}）；照此读取该行合计对不上：转换时重复输出的行可能使该行数字错位，无法判断哪些是该行的数字，该行留空`,
  'ambiguous-pairing.reprinted': (p) =>
    `“${quoteLabel(p.row)}”行的数字与第${p.line}行的数字完全相同，而第${p.line}行的数字列在包括该行在内的 ${p.labels} 个连续行名之后，二者无法一一对应：转换时重复出现的行可能把这些数字带到其中任一行名之下，无法判断是哪一行的，该行留空`,
  'ambiguous-pairing.twice': (p) =>
    `“${quoteLabel(p.row)}”行出现了两次（此处和第${p.other}行），两处数字不同，却都能读作该行（转换时重复出现的行可能把别的行的数字带到该行之下）：无法判断哪一组是该行的，该行留空`,
  'ambiguous-pairing.astray': (p) =>
    `“${quoteLabel(p.row)}”行列在表格中排在它前面的行之间（“${quoteLabel(p.before)}”之后、“${quoteLabel(p.after)}”之前），又在第${p.other}行它应在的位置列出一次：此处其后的数字可能是别的行的，无法确定，该行留空`,
  'ambiguous-pairing.astrayOnce': (p) =>
    `“${quoteLabel(p.row)}”行列在表格中排在它前面的行之间（“${quoteLabel(p.before)}”之后、“${quoteLabel(p.after)}”之前），行名与数字分开，在它应在的位置却没有列出：行名可能排错了位置或该行被移动，其后的数字可能是别的行的，无法确定，该行留空`,
  'ambiguous-pairing.headed': (p) =>
    `“${quoteLabel(p.row)}”行被列为一个单独小表的标题（其后为栏目名称），但表格的其他行并非如此排列，无法确定这些数字是否属于该行；为免猜错，该行各数保留为空`,
  'ambiguous-pairing.lostHeader': (p) =>
    `“${quoteLabel(p.row)}”行“${p.column}”栏：第二十条各小表按栏逐栏排出，该数字排在此栏目名称之下的${p.last === 1 ? '最后一个' : `最后 ${p.last} 个之中`}；紧随其后的栏目“${p.next}”排出的次数少于表式中含该栏的小表个数，说明转换时有一处连同前后几行丢失，其后的数字可能顶替本栏自己的数字排在此处；无法判断哪个是本格的，为免猜错，该格留空`,
  'ambiguous-pairing.unitHeader': (p) =>
    `“${quoteLabel(p.row)}”行“${p.column}”栏：第二十条各小表按栏逐栏排出，而本栏数字紧前的文字以计量单位“${p.unit}”结尾，这只有金额栏的栏目名称才有，“${p.column}”并没有；说明转换时某个金额栏的栏目名称连同前面几行（包括本栏自己的数字）丢失了，无法判断哪个数字是本格的，为免猜错，该格留空`,
  'ambiguous-pairing.lostAfter': (p) =>
    `“${quoteLabel(p.row)}”行“${p.column}”栏：第二十条各小表按栏逐栏排出，本栏排在最后；紧接本栏数字之后的是第三部分中间的内容（不是第一栏或第一行），而全文找不到第三部分的标题，说明转换时第三部分的标题和开头几行丢失了，本栏自己的数字也可能一并丢失，而丢失部分的最后一个数字留在了此处；无法判断哪个是本格的，为免猜错，该格留空`,
  'ambiguous-pairing.inOrder': (p) =>
    `行政复议、行政诉讼表的数字与行名、栏目分开排列（按排印顺序共 ${p.numbers} 个数字）；其中有 ${p.readings} 段不同的连续 15 个数字，都能依次分成行政复议、未经复议直接起诉、复议后起诉三组，且每组四项结果之和都等于总计，无从判断哪一段是本表的；为免猜错，各数保留为空`,
  'ambiguous-pairing.inOrderRepeat': (p) =>
    `行政复议、行政诉讼表的数字与行名、栏目分开排列（按排印顺序共 ${p.numbers} 个数字）；其中只有一段连续 15 个数字能依次分成行政复议、未经复议直接起诉、复议后起诉三组且每组四项结果之和都等于总计，但其中两组的五个数字完全相同${cut(p.repeated)}，可能是某行被重复排印，无从判断各组对应哪一行；为免猜错，各数保留为空`,
  'ambiguous-pairing.inOrderGap': (p) =>
    `行政复议、行政诉讼表的数字与行名、栏目分开排列（按排印顺序共 ${p.numbers} 个数字）；其中连续的 15 个数字能依次分成行政复议、未经复议直接起诉、复议后起诉三组，每组四项结果之和都等于总计${cut(p.read)}，但中间隔开第 ${p.line} 行起的 ${p.between} 个其他数字的 15 个数字也能这样分组${cut(p.other)}，转换工具有时会把别的表的行印在本表的数字中间；无从判断哪一组是本表的，为免猜错，各数保留为空`,
  'ambiguous-pairing.inOrderBefore': (p) =>
    `行政复议、行政诉讼表的数字与行名、栏目分开排列（按排印顺序共 ${p.numbers} 个数字）；其中连续的 15 个数字能依次分成行政复议、未经复议直接起诉、复议后起诉三组，每组四项结果之和都等于总计${cut(p.read)}，但在它们之前、第 ${p.line} 行起、紧接表头之下的 5 个数字${cut(p.group)}换个顺序也能成为一组（四项之和等于总计），转换工具有时会把一组的总计印在其结果之前；那 15 个数字可能是别的表凑巧对得上的数字，为免猜错，各数保留为空`,
  'recovered-pairing.inOrder': (p) => {
    const tail = p.tail === null ? '' : `，最后几个数字排在第${p.tail}行重新出现的本表栏目名称之下`;
    const runs = p.runs > 1 ? `（有 ${p.runs} 段如此，读法相同）` : '';
    return `“${quoteLabel(p.row)}”行的名称与数字分开排列：行政复议、行政诉讼表的数字夹在栏目名称之间按顺序排出（共 ${p.numbers} 个数字${tail}）；按排印顺序读，其中连续 15 个数字依次分成行政复议、未经复议直接起诉、复议后起诉三组，每组四项结果之和都等于总计${runs}，这是唯一成立的读法，该行按${cut(p.read)}读出；请对照原件核实`;
  },
  'recovered-pairing.smallTable': (p) =>
    `“${quoteLabel(p.row)}”行的名称与数字分开排列：从“第二十条第${p.item}项”到下一个小表标题之间，本小表${p.rows === 1 ? '列出其唯一一行的行名' : `按表式顺序列出其 ${p.rows} 行的行名`}，没有其他小表的行名或栏目名称，数字恰好 ${p.numbers} 个${p.rows > 1 && p.numbers > p.rows ? `，分 ${p.rows} 段、每段 ${p.numbers / p.rows} 个` : ''}；按排印顺序读，该行按${cut(p.read)}读出；请对照原件核实`,
  'recovered-pairing.around': (p) =>
    `“${quoteLabel(p.row)}”行的行名分列在数字前后（${[p.before === '' ? '' : `数字前为“${p.before}”`, p.after === '' ? '' : `数字后为“${p.after}”`].filter((w) => w !== '').join('，')}）：这些文字恰好拼成本行的行名、而非其他行的，表内各段数字前后的行名按表式顺序只有一种读法，本行数字的勾稽关系成立，表格的列间勾稽关系凡能核对的也都成立${p.cut === null ? '' : `；其中“${p.cut.printed}”是两格数字连在一起，按${p.cut.read[0]}和${p.cut.read[1]}读出，这是唯一能使本行勾稽关系成立的分法`}；该行按${cut(p.read)}读出，请对照原件核实`,
  'recovered-pairing.underHeaders': (p) =>
    `“${quoteLabel(p.row)}”行的名称与数字分开排列：第二十条各小表按栏逐栏排出，每栏先列栏目名称，再列该栏的数字（小表每行一个）；本行各栏（${p.columns.join('、')}）的栏目名称之后都紧接恰好 ${p.rows} 个数字、别无他物，且每个栏目名称这样排出的次数与表式中含该栏的小表个数相同，按表式顺序对应；自上而下读，该行按${cut(p.read)}读出；请对照原件核实`,
  'recovered-pairing.blocks': (p) =>
    `“${quoteLabel(p.row)}”行的名称与数字分开排列：本表的 ${p.numbers} 个数字都与行名分开，排在第${p.first}行至第${p.last}行之间，分成 ${p.blocks} 段，每段是同一栏自上而下相连的几格；逐段依次填入某一栏剩余部分的最上方（从同一行开始的几段自左向右），只有一种填法能使每一行、每一栏的勾稽关系都成立，该行按${cut(p.read)}读出；请对照原件核实`,
  'recovered-pairing.formOrder': (p) => {
    const moved = p.moved && `第${p.moved.line}行的“${p.moved.value}”排离了原位，放回“${quoteLabel(p.moved.row)}”行“${p.moved.column}”栏，这是它唯一能放的位置`;
    const gap = p.gap && `“${quoteLabel(p.gap.row)}”行“${p.gap.column}”栏的数字不在其中（印在别处或已丢失；空缺只能在此处），该格留空`;
    const extra = p.extra && `，只有第${p.extra.line}行的“${p.extra.value}”不是本表的数字（页码或多出的数字；只有去掉它才都成立），未读取`;
    const but = moved && gap ? `，只有${moved}；另有${gap}` : moved ? `，只有${moved}` : gap ? `，只有${gap}` : (extra ?? '');
    return `“${quoteLabel(p.row)}”行的名称与数字分开排列：${p.extra !== null ? '这' : '本表的'} ${p.numbers} 个数字都与行名分开，排在第${p.first}行至第${p.last}行之间，按表式顺序逐行排出${but}；这样读，每一行、每一栏的勾稽关系都成立，该行按${cut(p.read)}读出，请对照原件核实`;
  },
  'recovered-pairing': (p) =>
    p.by === 'position'
      ? `此处数字未列行名，所在位置恰好只缺${p.labels === 1 ? '这一行' : ` ${p.labels} 行`}，且各行及表格的列间勾稽关系均成立，已读作“${quoteLabel(p.row)}”`
      : p.unchecked
        ? `“${quoteLabel(p.row)}”行的名称与数字分开排列（${p.labels} 个行名，${p.after ? '列在' : '之后是'} ${p.lines} 行数字${p.after ? '之后' : ''}）；${PAIRED[p.by]}，这是唯一能使各行自身勾稽关系成立的读法；这些行名按表格顺序相连、无一缺漏，但表格的列间勾稽关系所需的行未能读出，无法据此核对，请对照原件核实`
        : `“${quoteLabel(p.row)}”行的名称与数字分开排列（${p.labels} 个行名，${p.after ? '列在' : '之后是'} ${p.lines} 行数字${p.after ? '之后' : ''}）；${PAIRED[p.by]}，这是唯一符合表格勾稽关系的读法`,

  'blank-cell': (p) => `${cellAt(p)}为空白；输出中保留为空（不填 0），核对时按 0 计`,
  'placeholder-cell': (p) => `${cellAt(p)}填的是“${quoteCell(p.printed)}”，不是数字；输出中保留为空，核对时按 0 计`,
  'not-a-number': (p) => `${cellAt(p)}填的是“${quoteCell(p.printed)}”，不是数字；输出中保留为空`,
  'not-a-number.tooLong': (p) => `${cellAt(p)}填的是“${digits24(p.printed)}”，位数太多，不可能是件数；输出中保留为空`,
  'not-a-number.negative': (p) => `${cellAt(p)}填的是“${quoteCell(p.printed)}”，是负数，不可能是件数；输出中保留为空`,
  'not-a-count': (p) => `${cellAt(p)}填的是“${quoteCell(p.printed)}”，不是整数`,
  'joined-number': (p) =>
    `${cellAt(p)}的数字被断在两行：第${p.beforeLine}行末尾是“${quoteCell(p.before)}”，第${p.afterLine}行开头是“${quoteCell(p.after)}”；已合起来读作${quoteCell(p.read)}，请对照原件核实`,
  'joined-number.digits': (p) =>
    `“${quoteLabel(p.row)}”行：第${p.beforeLine}行末尾是“${quoteCell(p.before)}”，第${p.afterLine}行开头是“${quoteCell(p.after)}”，是一个数字被换行从中间断开：只有合起来读作${quoteCell(p.before + p.after)}，该行各数${cut(p.read)}才对得上合计；请对照原件核实`,
  'cut-number': (p) =>
    `“${quoteLabel(p.row)}”行：第${p.beforeLine}行末尾是“${quoteCell(p.before)}”，第${p.afterLine}行开头是“${quoteCell(p.after)}”，可能是一个数字（${quoteCell(p.before + p.after)}）被换行从中间断开；按原样读，该行为${cut(p.printed)}，合起来读则为${cut(p.joined)}，${BREAK_REASONS[p.reason]}；该行的数字未读取`,
  unit: (p) => `${cellAt(p)}的单位是${p.unit}（“${quoteCell(p.printed)}”），不是${p.expected}；数字按原样保留`,

  'recovered-cells': (p) => {
    const how = [
      ...p.spaced.map((c) => `“${quoteCell(c)}”读作 ${c.split(' ').length} 列`),
      ...(p.blanks === 0 ? [] : [`略去 ${p.blanks} 个空白单元格`]),
      ...p.words.map((w) => `“${quoteCell(w)}”归入行名`),
    ];
    return `“${quoteLabel(p.row)}”行印为（${cellsAsPrinted(p.quoted)}），表式中该行有 ${p.cells} 列；按 ${p.read.map((v) => v ?? '□').join('、')} 读出（${how.join('，')}）：只有这样读才既与表式列数相符、又符合该行的算术关系（${arithmetic(p.arithmetic)}）`;
  },
  'recovered-digits.numbering': (p) =>
    `“${quoteLabel(p.row)}”行的行名没有印出序号 ${p.numbering}，而其第一格为“${quoteCell(p.printed)}”，不是件数：这是印在行名文字之后的序号与数字 ${p.read} 连在了一起；已读作 ${p.read}，该行合计对得上`,
  'recovered-digits.agreed': (p) =>
    `“${quoteLabel(p.row)}”行的数字与表中其他数字连在了一起（“${quoteDigits(p.printed, DIGITS_CHARACTERS, (n) => `（共 ${n} 个字符）`)}”）；整串数字有 ${p.cuts} 种拆法符合算术关系，每一种给这一行的数都是${cut(p.read)}，已按此读出`,
  'recovered-digits': (p) => {
    const why = p.across
      ? `拆成 ${p.cells} 列并符合本行算术关系的拆法有 ${p.across.cuts} 种，只有这一种同时符合表中各列的关系（${rules(p.across.rules)}）`
      : p.arithmetic.kind === 'none'
        ? `拆成 ${p.cells} 列只有这一种拆法`
        : `拆成 ${p.cells} 列时，只有这一种符合本行的算术关系（${arithmetic(p.arithmetic)}）`;
    return `${ranTogether(p)}，已读作${cut(p.read)}：${why}`;
  },
  'ambiguous-digits': (p) => {
    const n = p.cells;
    const count = p.cuts.length;
    const across = p.across ? rules(p.across.rules) : '';
    const because = !p.across
      ? p.arithmetic.kind === 'none'
        ? `拆成 ${n} 列的拆法${kinds(count, p.complete)}，而${arithmetic(p.arithmetic)}`
        : `拆成 ${n} 列并符合本行算术关系的拆法${kinds(count, p.complete)}`
      : p.across.outcome === 'chosen'
        ? `拆成 ${n} 列、同时符合本行和表中各列关系（${across}）的拆法有 ${count} 种`
        : p.across.outcome === 'no-solution'
          ? `拆成 ${n} 列并符合本行算术关系的拆法有 ${count} 种；表中各列的关系（${across}）也无法从中选定，因为无论怎样拆都不成立（报告本身的合计有误）`
          : `拆成 ${n} 列并符合本行算术关系的拆法有 ${count} 种；按表中各列的关系（${across}）选择时达到了查找上限，未能选定`;
    return `${ranTogether(p)}，${because}：${cuts(p.cuts, p.complete)}；为免猜错，该行各数保留为空`;
  },
  'ambiguous-digits.fewDigits': (p) =>
    `${ranTogether(p)}，各数以空格隔开、每个只有几位，而拆成 ${p.cells} 列并符合本行算术关系的唯一拆法（${p.read.join('、')}）要把其中两个以上的数再拆开：位数这么少，凑巧相符并不难，而只印出部分栏目、其余印在别处的行也正是这样；为免猜错，该行各数保留为空`,
  'ambiguous-digits.noSums': (p) =>
    `${ranTogether(p)}，这些数按印出的样子是分开的，而拆成 ${p.cells} 列的唯一拆法（${p.read.join('、')}）要把其中一个只有几位的数再拆开；该行没有合计关系可以判断它是一个数还是几个数，而只印出部分栏目、其余印在别处的行也正是这样；为免猜错，该行各数保留为空`,
  'ambiguous-digits.singleDigits': (p) =>
    `${ranTogether(p)}，各数以空格隔开，而拆成 ${p.cells} 列并符合本行算术关系的唯一拆法（${p.read.join('、')}）要把其中一个数拆成每列一位：一位数的栏目凑巧相符并不难，而只印出部分栏目、其余印在别处的行也正是这样；为免猜错，该行各数保留为空`,
  'unrecoverable-digits': (p) => {
    const why = p.gaveUp
      ? `查找拆成 ${p.cells} 列的拆法，${p.steps} 步后仍未找到，已停止`
      : p.arithmetic.kind === 'none'
        ? `无法拆成 ${p.cells} 个不超过 ${p.maxDigits} 位、且不以 0 开头的数`
        : `没有一种拆成 ${p.cells} 列的拆法符合本行的算术关系（${arithmetic(p.arithmetic)}）`;
    return `${ranTogether(p)}，${why}；该行各数保留为空`;
  },

  'year-unclear': () => '无法从标题或开头确定报告所属年度，年度记为空；跨年度核对和按年度比较不含本报告',

  'not-text.pdfNeedsAsync': () =>
    '这是 PDF 文件，同步的 `parseReport` 不读取 PDF：请改用 `parseDocument`，或先转换为文本，如 `pdftotext -layout report.pdf report.txt`',
  'legacy-doc': () =>
    '这是旧版 Word .doc 文件（或 WPS .wps 文件），本工具无法读取；请用 Word 或 WPS 打开，另存为 .docx 格式（文件 → 另存为 → Word 文档）后再处理',
  encrypted: ({ kind }) => `${THIS_FILE[kind]}设有打开密码，无法读取；请向发布单位索取未加密的文件，或用密码打开后另存一份不加密的副本`,
  'damaged-file': ({ kind, damage: d }) => `${THIS_FILE[kind]}不完整或已损坏（${damage(d)}），请重新下载，或向发布单位索取完好的文件`,
  'too-large.document': ({ kind, excess: e }) => `${THIS_FILE[kind]}过大（${excess(e)}），不像是一份年度报告，未予读取，以免整批处理耗尽内存或时间`,
  'no-text-layer': () =>
    '该 PDF 文件没有文字层，页面是图片（扫描件），无法读取文字；请先做文字识别（OCR，如 `ocrmypdf -l chi_sim 原文件.pdf 新文件.pdf`），或向发布单位索取 Word 版或网页版',
  'no-table': ({ kind }) => `${THIS_FILE[kind]}中没有找到表格，无法读取数据：报告中的表格可能是图片，本工具只能从真正的表格或文字中读取数据`,

  'text-table': ({ quote, line, table, others }) =>
    `第 ${line} 行正文称“${quoteLabel(quote)}”，但${lineNo(table.line)}表格${cellsNamed(table)}为 ${table.value}${others.map((o) => `；${cellsNamed(o)}为 ${o.value}`).join('')}`,
  'carry-over': ({ column, carriedOver: over, previous }) =>
    `“${column}”列：本报告${lineNo(over.line)}“${over.row}”为 ${over.value}，但 ${previous.year} 年度报告（${previous.file ?? '-'}${previous.line === null ? '' : `，第 ${previous.line} 行`}）“${previous.row}”为 ${previous.value}${differ(over.value, previous.value)}`,

  'equation.sums': (f) => `“${quoteLabel(f.where)}”列：${sum(f.left)} = ${rounded(f.leftSum)}，但${sum(f.right)} = ${rounded(f.rightSum)}${off(f)}`,
  'equation.outcomes': (f) =>
    `“${quoteLabel(f.where)}”列：${total(f, true)}，但${f.leftRange[0]}至${f.leftRange[1]}各项办理结果之和为 ${rounded(f.leftSum)}${off(f)}`,
  'equation.rowTotal': (f) => `“${quoteLabel(f.where)}”行：${total(f, false)}，但各列之和为 ${rounded(f.leftSum)}${off(f)}，各列为${listed(f.left)}`,
  'equation.groupTotal': (f) => `“${quoteLabel(f.where)}”：${total(f, false)}，但各项之和为 ${rounded(f.leftSum)}${off(f)}，各项为${listed(f.left)}`,
};

/** 各代码的名称和含义（GitHub 注释的标题；docs/contract.zh-CN.md）。 */
export const zhCodes: CodeTexts = {
  'not-text': {
    title: '不是本工具能读取的文件',
    meaning: '输入不是本工具能读取的格式（文本、网页、Word .docx、PDF），而是 RTF 或 OpenDocument 文件、Excel 工作簿、图片、压缩包或二进制数据；提示中写明它是什么，以及如何得到本工具能读取的文件。',
  },
  'legacy-doc': { title: '旧版 Word .doc 文件', meaning: '旧版二进制 Word .doc（或 WPS .wps）文件，本工具无法读取；提示中说明如何另存为 .docx。' },
  encrypted: { title: '文件设有密码', meaning: '需要密码才能打开的 PDF 或 Office 文件；只限制复制、打印的 PDF 照常读取。' },
  'damaged-file': {
    title: '文件损坏或不完整',
    meaning: '被截断或已损坏的 PDF、Word 文件或网页（PDF 缺少结束标记，ZIP 或 XML 部分损坏）：整个文件都不读取，而不是悄悄地只读一部分。',
  },
  'no-text-layer': { title: '扫描版 PDF，没有文字', meaning: '页面是图片的 PDF，没有可读取的文字；提示中建议先做文字识别（OCR），或向发布单位索取 Word 或网页版本。' },
  'no-table': { title: '没有找到表格', meaning: '网页、Word 文件或 PDF 中没有读到表式中的任何一张表格（多半是表格为图片）；保留其基本信息和正文。' },
  'empty-input': { title: '文件为空', meaning: '输入是空的，或者只有空白。' },
  'not-a-report': { title: '不是年度报告', meaning: '文中既没有第三部分，也没有第四部分：不是政府信息公开工作年度报告。' },
  'unknown-encoding': { title: '不认识的编码', meaning: '调用程序库时给了一个不认识的编码名称（命令行会更早把它作为用法错误拒绝）。' },
  'unsupported-format': {
    title: '不支持的报告表式',
    meaning: '2019 年度以前的报告，或没有表格、自由行文的报告，没有统一表式；保留其基本信息和正文，各表为 `null`。',
  },
  'too-large': {
    title: '输入过大',
    meaning:
      '输入超过大小上限（`--max-bytes`、`maxBytes`；默认 16 MB，PDF 和 Word 文件按文件本身的字节数计），或其行数、表格单元格数超过随之增长的工作量上限；提示会说明是哪一个上限以及如何提高。超过 150 页或 100 MB 的 PDF、解压后超过 50 MB 的 Word 文档（ZIP 炸弹），不论上限是多少，也不予读取：不像是一份年度报告。不会只读取其中一部分。',
  },
  'second-report': {
    title: '一个文件中有两份报告',
    meaning: '在最后一个部分之后，各部分又从第一部分重新开始（第一部分及至少另外两个部分）：一个文件中有两份报告。只读取第一份报告的表格，第二份的内容归入 `text.otherMatters`。',
  },
  'missing-part': { title: '缺少部分', meaning: '六个部分（一、总体情况……六、其他需要报告的事项）中有一部分没有找到；年度报告格式要求六个部分齐全。' },
  'missing-table': { title: '缺少表格', meaning: '没有找到表式要求的表格（第二、三或四部分）；该表为 `null`。' },
  'missing-row': {
    title: '缺少行',
    meaning: '表中某一行没有找到（例如文件被截断），或列有该行的行名、但其前后的数字都无法确定属于该行；该行为 `null`，需要它的核对不做。没有找到的行报在它前一行（或表格标题）所在的行，提示中写明“应在第 N 行之后”；列有行名的，报在行名所在的行。',
  },
  'cell-count': {
    title: '行内数字个数不对',
    meaning: '某行的数字无法确定都属于该行：比表式的列多或少，该有几列却只有一个数，或个数相符但对不上合计、且可能因空白填充格、一端混入的非数字单元格或丢失的行而错位；或者某行列在一行，各列勾稽关系要的是同样这些数字、次序不同，或对不上合计而上一行列出的数字比其列数多或少（两行的数字可能印到了对方的行里）；或者上一行列出的数字多于其单元格数，本行数字的开头可能就在其中；或者数字恰好一行、也对得上合计，但与行名分开列出、附近又有内容丢失，也可能是别的行的（行名印在数字之后的排法，表中最后一行之后有内容丢失，或上面几行行名旁只列出头几个数字、其中一行与本行其余的数字也对得上合计，或只印出行名末尾、行名开头印在前面且中间夹着数字，或行名只是分组名称而表中另以各自的行名印出了该组各行）；或者第四部分的 15 个数分行列出、三组中有两组或三组与其总计不符（转换中一个数字排离原位或被换行截断就会如此），或第四部分只读出一组、其余未读出，而这一组对不上总计（别的组的数字可能混在其中）；该行为 `null`。若某行只少一个数，且按表中各列的勾稽关系这些数只有一种放法，则按此读取，只有缺的那一格为 `null`（诊断指明是哪一格）。',
  },
  'not-a-number': {
    title: '不是数字',
    meaning: '单元格里是文字而不是数字，或是大到不可能是件数的数（超过 `Number.MAX_SAFE_INTEGER`），或是本年增/减以外各栏中的负数；为 `null`，需要它的核对不做。',
  },
  'ambiguous-digits': { title: '数字连写，拆法不唯一', meaning: '某行各列的数字连在了一起（`801000081`），符合算术关系的拆法不止一种，或唯一的拆法要把两个以上以空格隔开、不超过四位的数再拆开（`4 19 212 19`：只印出部分栏目的行也是这样），或在没有合计关系的行（第二部分）中要把一个分开印出的这样的数再拆开（`24 -10`）；该行为 `null`。' },
  'unrecoverable-digits': { title: '数字连写，无法拆分', meaning: '某行各列的数字连在了一起，没有一种拆法符合算术关系；该行为 `null`。' },
  'recovered-cells': {
    title: '单元格错位：已按合计读出',
    meaning: '某行因两个数挤在同一单元格（如“975 901”）或多出空白单元格而列数不符；只有一种读法既与表式列数相符又符合合计关系，已按此读出。',
  },
  'recovered-digits': { title: '数字连写，已拆分读出', meaning: '某行各列的数字连在了一起，只有一种拆法符合算术关系；已按这种拆法读出。行的序号印在行名文字之后、与第一个数字连在一起（3.其他的 14 印成“其他 3.14 …”），而按序号之后的数字读该行合计对得上的，也按此读出。' },
  'blank-cell': { title: '空白单元格', meaning: '单元格为空白；输出中为 `null`（不当作 0），核对时按 0 计。' },
  'placeholder-cell': { title: '以符号代替数字', meaning: '该填数字的地方填了符号（`/`、`—`、`无`、`*`、`N/A` 等）；为 `null`，核对时按 0 计。' },
  'joined-number': { title: '数字被断成两行', meaning: '一个数字被换行断开：在小数点处（上一行末尾是 `10`，下一行开头是 `.5`），或在两位数字之间（`29` / `41`）且只有合起来读该行才对得上合计；两段已合起来读作一个数，请对照原件核实。' },
  'cut-number': { title: '数字可能被换行断开', meaning: '一行以数字结尾、下一行以数字开头：可能是一个数字被换行从中间断开（`29` / `41` 即 2941）。按原样读与合起来读，该行的数不同，又无法用合计判断哪种对（第二部分的表没有合计），该行的数字为 `null`。' },
  'not-a-count': { title: '件数不是整数', meaning: '件数栏填的数不是整数（如 `2.5`）；保留原数。' },
  unit: { title: '金额单位不同', meaning: '金额没有以万元为单位（`元`、`亿元`）；数字按原样保留。' },
  'duplicate-row': { title: '重复的行', meaning: '同一行出现了两次；以第一次能按该行读出（栏数相符、是数字）的为准，另一次报告出来。或者，在每行一个数字排列的一行中，某一行紧接着又重复出现，且只读一次时该行合计才对得上（或恰好少一格）：只读一次。或者，表格中含有行名（或含有栏目名称和三个以上非 0 数字）的一段文字紧接着一字不差地又出现一次（转换时重复输出）：只读一次。或者，分组名称单独出现且后面跟着数字（如（六）其他处理，报告把该组印成一行时它就代表这一行），而该行自己的名称在后面另有印出（（六）其他处理 3.其他）：读后面那一处，分组名称后面的数字不读。' },
  'heading-not-found': { title: '按表格找到的部分', meaning: '某一部分的标题没有找到（有错字、缺序号或没有标题），但找到了它的表格：表格照常读取，并指出表格从哪一行开始。' },
  'ambiguous-pairing': {
    title: '行名与数字分开：无法对应',
    meaning: '行名与数字分开排列（先列行名后列数字、数字逐列列出、数字没有行名），无法确定哪些数字属于哪一行；或第四部分的数字夹在栏目名称之间按顺序排出，而有不止一段连续 15 个数字对得上合计（或只有一段，但其前紧接表头之下的 5 个数字换个顺序也能成为一组）；或第四部分某组按行名之后的数字读出、前面各组的行名没有印出，而按栏目名称间的排印顺序读该组是别的数字（即使这一读法本身也无法确定），或最后一组其后栏目名称之间还有别的数字；或第二部分的小表逐栏排出，两个行数相同的小表的同一栏目名称印出的先后无法说明哪一处属于哪个小表；或数字逐栏排出时某个栏目名称在转换中丢失，前一栏最后的数字可能是它的，或下一部分表格的标题和开头几行丢失，最后一栏的数字可能是那张表的；或某行列在表中排在它前面的行之间，又在它应在的位置再列一次（或只列在那里、行名与数字分开），前一处其后的数字可能是别的行的；或没有合计可供核对的行（第二部分的行）中某格，逐行读取与另一种读法（逐栏、逐个小表）读出不同的数；相关各行（或各格）为 `null`。',
  },
  'recovered-pairing': {
    title: '行名与数字分开：已对应',
    meaning: '行名与数字分开排列，但只有一种读法成立（数量一一对应、按表格顺序、算术关系成立；表格列间勾稽关系所需的行未能读出而无法核对时，须是按表格顺序相连、无一缺漏的 3 个以上行名，其前后相邻的行在表中也有行名，且各行自身勾稽关系均成立，提示中会说明），已按此读取；第四部分的数字夹在栏目名称之间按顺序排出时，只有一段（或各段读法相同的）连续 15 个数字分成三组、每组都对得上总计，已按此读取；第三部分的数字全部与行名分开、按栏自上而下分段排出时（从 Word 报告转成的 PDF 中直接提取文字时），只有一种填法能使各行各栏的勾稽关系都成立，已按此读取；第三部分的数字全部与行名分开、按表式顺序逐行排出时（从网页打印的 PDF 中直接提取文字时），这样读各行各栏的勾稽关系都成立，或把一个排离原位的数字放回唯一能放的位置后都成立，或缺一个数字而空缺只能在一处（该格留空，另有 cell-count 提示；必要时同时把一个在本行内排离原位的数字放回原位），或多出一个数字而只有去掉它才都成立（如页码，不读取），已按此读取；第三部分各行的行名分列在本行数字前后时（各行文字连成一行的报告，或按版面从 PDF 提取文字、行名栏很窄的报告），数字前后的文字恰好拼成该行行名、而非其他行的，各段数字前后的行名按表式顺序只有一种读法，且该行勾稽关系成立（两格数字连在一起时，须只有一种分法使其成立），已按此读取；第二部分的小表按栏逐栏排出时，每栏的栏目名称之后紧接恰好与小表行数相同的数字，且每个栏目名称这样排出的次数与表式中含该栏的小表个数相同，或某一小表完整排在其标题与下一个标题之间、行名按表式顺序、数字个数恰好等于其格数（每段一行）时，已按此读取。',
  },
  'unknown-row': { title: '表式中没有的行', meaning: '表格中有一行带栏目名称的数字，但表式中没有这一行；该行的数字未读取。表格中没有数字、只是几个字反复出现、比本表任何栏目名称都长的一行，开头几个字之后只是几个字符反复出现、比本表任何栏目名称都长的一行，以及表格中间再次出现的报告标题（页眉）、表格数字中间再次出现的本部分标题，以及把同一组文字和数字反复印了多遍的一行、把同一个数字反复印了比全表栏目还多遍的一行（不论行首有什么文字），读表时略过。某行行名的后半印在该行数字之后的，会说明这一点，不当作该行再次出现，其后的数字也不作为该行的数字读取。' },
  balance: {
    title: '勾稽关系不平衡',
    meaning: '第三部分某一申请人列中，本年新收 + 上年结转 ≠ （七）总计 + 结转下年度继续办理（表格本身的勾稽关系）。报在“结转下年度继续办理”一行。',
  },
  'handled-sum': {
    title: '办理结果之和与总计不符',
    meaning: '某一列中，（七）总计 ≠ （一）予以公开至（六）其他处理各项办理结果之和。报在“（七）总计”一行。',
  },
  'row-total': { title: '行总计不符', meaning: '第三部分某一行中，总计 ≠ 自然人 + 法人或其他组织的五列之和。' },
  'review-total': { title: '行政复议总计不符', meaning: '行政复议：总计 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结。' },
  'litigation-total': { title: '行政诉讼总计不符', meaning: '行政诉讼（未经复议直接起诉、复议后起诉）：总计 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结。' },
  'year-unclear': {
    title: '年度不明',
    meaning: '标题和开头都没有写明报告所属年度（标题、统计期限 `统计期限为2024年1月1日至2024年12月31日`、报告自称的名称，或第一部分以 `2024年，` 开头）；`meta.year` 为 `null`，绝不按正文中出现最多的年份推测。',
  },
  'text-table': {
    title: '正文与表格不符',
    meaning: '正文中关于表格的数字（`收到政府信息公开申请75件`）与它所说的单元格不符，也不等于细心的读者可以接受的任何一种合计。报在正文所在行；提示中引用正文原话，并写出单元格及其所在行。',
  },
  'carry-over': {
    title: '上下年度结转不一致',
    meaning: '同一次运行读入同一机关前后两个年度的报告时，本年“二、上年结转政府信息公开申请数量”某一列与上年“四、结转下年度继续办理”不一致。报在后一年度报告的“上年结转”一行；提示中写明两个文件、两个行号和两个数。一列错只报一次（只有各列之差不能说明总计之差时，才另报“总计”列）。',
  },
};
