/**
 * The messages in English. Each quotes the report's own labels (Chinese, as printed) and shows
 * the numbers on both sides; a blank counts as 0 and is shown so.
 */
import { numeralOf } from '../catalog/parts.js';
import { TABLE_PARTS } from '../catalog/tables.js';
import type { TableKey } from '../catalog/types.js';
import { quoteCell, quoteCells, quoteDigits, quoteLabel, rounded, shortLabel, DIGITS_CHARACTERS } from './quote.js';
import { formatSize, suggestedBound } from '../limits.js';
import type { Arithmetic, BreakReason, CellAt, CellsNamed, CodeTexts, CutValues, Damage, EquationFault, Excess, FileKind, Messages, NotTextKind, PairedBy, RereadBy, RunTogether, Term, UnlabelledReason } from './params.js';

const TABLE_WORDS: Readonly<Record<TableKey, string>> = {
  activeDisclosure: '第二十条',
  applications: 'application',
  reviewLitigation: 'review and litigation',
};
const table = (key: TableKey): string => `${TABLE_WORDS[key]} (part ${numeralOf(TABLE_PARTS[key])})`;

// ── Numbers ───────────────────────────────────────────────────────────────────────────────────

/** A cell as the message shows it: its number, or what a blank became. */
const shown = (x: number | null): string => (x === null ? '(none, as 0)' : String(x));
const offBy = (a: number, b: number): string => `(a difference of ${rounded(Math.abs(a - b))})`;

// ── Text as printed ───────────────────────────────────────────────────────────────────────────

/** A cell's digits as a message quotes them: the first 24 of a run-on, and how long it is. */
const digits24 = (text: string): string => quoteDigits(text, 24, (n) => `(${n} characters)`);
/** Cells as printed, a blank one as □; the first 20 of a longer row. */
const cellsAsPrinted = (cells: ReadonlyArray<string | null>): string => quoteCells(cells, (n) => `… and ${n} more`);
const cellAt = ({ row, column }: CellAt): string => `“${quoteLabel(row)}” × “${quoteLabel(column)}”`;

// ── Cells run together ────────────────────────────────────────────────────────────────────────

const cut = (values: CutValues): string => values.map((v) => v ?? '□').join(', ');
/** A list of cuts: the first five, and how many more. */
function cuts(list: readonly CutValues[], complete: boolean): string {
  const shownCuts = list.slice(0, 5).map((c) => `[${cut(c)}]`).join(' or ');
  const more = list.length > 5 ? ` and ${list.length - 5} more` : '';
  return `${shownCuts}${more}${complete ? '' : ', and possibly others'}`;
}
function arithmetic(a: Arithmetic): string {
  if (a.kind === 'none') return 'the row has no arithmetic to tell cuts apart';
  if (a.kind === 'total') return `its last cell, “${quoteLabel(a.total)}”, must be the sum of the others`;
  return `in each group of ${a.size} cells the last must be the sum of the others`;
}
const BREAK_REASONS: Readonly<Record<BreakReason, string>> = {
  none: 'the row has no sums to tell which is right',
  neither: 'neither reading adds up',
  both: 'both readings add up',
  moved: 'only the reading that moves the row\'s numbers adds up, and those may be another row\'s',
  doubted: 'read as one number, the numbers printed before its label may be its own (labels printed after their numbers), so the numbers after it may be another row\'s however they add up',
  ordered: 'read as one number, every row is read and the table\'s column rules give the row\'s numbers in another order than printed; as printed, the rules cannot be checked, and the numbers add up in any order',
};
const ranTogether = (r: RunTogether): string =>
  `row “${quoteLabel(r.row)}” printed its cells run together (“${quoteDigits(r.printed, DIGITS_CHARACTERS, (n) => ` (${n} characters)`)}”)`;
const atLeast = (count: number, complete: boolean): string => (complete ? `${count}` : `at least ${count}`);

// ── Equations ─────────────────────────────────────────────────────────────────────────────────

/**
 * `“A” 1 + “B” 2` (quoted) or `自然人 58 + 商业企业 115` (plain). Appended piece by piece: rule
 * messages are written for every fault of a report, and a template or map/join per term costs
 * twice as much.
 */
function terms(list: readonly Term[], quote: boolean): string {
  let text = '';
  for (const { label, value } of list) {
    if (text !== '') text += ' + ';
    text += quote ? `“${quoteLabel(label)}” ` : `${quoteLabel(label)} `;
    text += shown(value);
  }
  return text;
}
const quoted = (list: readonly Term[]): string => terms(list, true);
const plain = (list: readonly Term[]): string => terms(list, false);
/** The right side as a total (`“(七) 总计” is 8974`, or unquoted `总计 is 20`), or its cells and their sum. */
function total(f: EquationFault, quote: boolean): string {
  const only = f.right[0];
  if (only && f.right.length === 1) return `${quote ? `“${quoteLabel(only.label)}”` : quoteLabel(only.label)} is ${shown(only.value)}`;
  return `${quote ? quoted(f.right) : plain(f.right)} = ${rounded(f.rightSum)}`;
}
const off = (f: EquationFault): string => offBy(f.leftSum, f.rightSum);

/** How to raise a work bound: it grows with the size bound. */
const workBoundRaised = (limit: number): string =>
  `This bound grows with the size bound, now ${formatSize(limit)}: raise it with --max-bytes ${suggestedBound(null, limit)} (or GOV_REPORT_MAX_BYTES=${suggestedBound(null, limit)}; maxBytes in the library)`;
// ── Across the text and across years ──────────────────────────────────────────────────────────

/** `“一、本年新收…” + “二、上年结转…” 总计`, or `“一、… 自然人” + “二、… 自然人”` across columns. */
const cellsNamed = (c: CellsNamed): string => `${c.rows.map((r) => `“${r}”`).join(' + ')}${c.column === null ? '' : ` ${c.column}`}`;
const atLine = (line: number | null): string => (line === null ? '' : ` (line ${line})`);

const NOT_TEXT: Readonly<Record<NotTextKind, string>> = {
  pdf: 'this is a PDF, not text; convert it first, e.g. `pdftotext -layout report.pdf report.txt`',
  doc: 'this is a Word .doc file (or another old Office/WPS file), not text; save it as plain text (.txt) or convert it, e.g. `libreoffice --headless --convert-to "txt:Text (encoded):UTF8" report.doc`',
  rtf: 'this is an RTF document, which gov-report cannot read; open it in Word or WPS and save it as .docx, or convert it: `libreoffice --headless --convert-to docx report.rtf`',
  png: 'this is a PNG image, not text; a scanned report needs OCR first',
  jpeg: 'this is a JPEG image, not text; a scanned report needs OCR first',
  gif: 'this is a GIF image, not text',
  tiff: 'this is a TIFF image, not text; a scanned report needs OCR first',
  webp: 'this is a WebP image, not text; a scanned report needs OCR first',
  gzip: 'this is a gzip archive, not a report; unpack it (`gunzip`) and give the file inside',
  rar: 'this is a RAR archive, not a report; unpack it and give the files inside',
  '7z': 'this is a 7z archive, not a report; unpack it and give the files inside',
  docx: 'this is a Word .docx file, not text; save it as plain text (.txt) or convert it, e.g. `libreoffice --headless --convert-to "txt:Text (encoded):UTF8" report.docx`',
  odt: 'this is an OpenDocument .odt file, which gov-report cannot read; save it as .docx, or convert it: `libreoffice --headless --convert-to docx report.odt`',
  xlsx: 'this is an Excel .xlsx workbook, not a report; give the report itself (its web page, Word file, PDF or text)',
  ofd: 'this is an OFD document, which gov-report cannot read; export it as PDF and give the PDF',
  zip: 'this is a ZIP archive, not a report; unpack it and give the files inside',
  html: 'this is an HTML web page, not a plain-text export; give gov-report the page file itself (it reads web pages), or convert it to Markdown (e.g. `pandoc -t gfm page.html -o report.md`: its plain text drops tables with merged cells)',
  binary: 'this is binary data, not a text export of a report',
};

// ── Web pages, Word files and PDFs ───────────────────────────────────────────────────────────

const FILE_KINDS: Readonly<Record<FileKind, string>> = { pdf: 'PDF', docx: 'Word file', html: 'web page', office: 'Office file' };

function damage(d: Damage): string {
  switch (d.what) {
    case 'cutOff':
      return 'it ends in the middle of its contents: the file was cut off';
    case 'noDirectory':
      return 'its end, which lists its contents, is missing: the file was cut off';
    case 'brokenDirectory':
      return 'its list of contents is broken';
    case 'brokenEntry':
      return `the entry ${d.entry} is broken`;
    case 'notUnpacked':
      return `${d.entry} does not unpack`;
    case 'packing':
      return `${d.entry} is packed in a way Word does not use (method ${d.method})`;
    case 'noDocument':
      return 'it holds no Word document (word/document.xml is missing)';
    case 'noEndMarker':
      return 'it ends before its end marker: the file was cut off';
    case 'notOpenable':
      return 'it is not a PDF that can be opened';
    case 'unreadablePage':
      return `page ${d.page} cannot be read`;
    case 'unreadable':
      return 'it could not be read';
  }
}

function excess(e: Excess): string {
  switch (e.what) {
    case 'bytes':
      return `${e.megabytes} MB; at most ${e.limit} MB are read`;
    case 'pages':
      return `${e.pages} pages; at most ${e.limit} are read`;
    case 'unpacked':
      return `${e.entry} would unpack to more than ${e.limit} MB`;
  }
}

const lines = (n: number): string => `${n} ${n === 1 ? 'line' : 'lines'}`;
const labels = (n: number): string => `${n} ${n === 1 ? 'label' : 'labels'}`;

const UNLABELLED: Readonly<Record<UnlabelledReason, string>> = {
  count: 'they do not pair one to one with those rows',
  short: 'the row printed right before them has fewer numbers than its cells, and they may be the rest of that row’s numbers',
  headed: 'the row printed right before them is printed as the heading of a small table of its own, its column headers after it, while the table’s other rows are not, and they may be that row’s numbers',
  readings: 'they read more than one way',
  arithmetic: "the table's column rules cannot confirm which row is which (or a row they need could not be read)",
  shared: 'labels printed next to them could take them too',
};

const PAIRED: Readonly<Record<PairedBy, string>> = {
  rows: 'paired one to one in the form’s order',
  columns: 'read column by column (one number a line, column after column)',
  interleaved: 'read row after row, one number a line, where rows printed a line each give their numbers in turn (the first of each, then the second of each, …)',
  position: 'placed by position',
};

/** The other reading a disputed cell was read by (ambiguous-pairing.disputed). */
const REREAD: Readonly<Record<RereadBy, string>> = {
  underHeaders: 'read again column by column, each column’s numbers after its header',
  smallTable: 'read again small table by small table, from each small table’s heading to the next',
};

export const en: Messages = {
  'empty-input': () => 'the file is empty',
  'empty-input.noText': () => 'the file holds no text',
  'not-text': ({ kind }) => NOT_TEXT[kind],
  'not-text.encoding': ({ encoding, detected }) =>
    detected === null
      ? `these bytes do not read as ${encoding} text: they are binary data or another encoding`
      : `these bytes do not read as ${encoding} text, but they do as ${detected}: give that encoding, or none to have it detected`,
  'unknown-encoding': ({ name }) => `“${quoteCell(name)}” is not an encoding this tool knows; use a name such as utf-8, gb18030, gbk, big5 or utf-16le`,
  'not-a-report': () => 'this is not a 政府信息公开工作年度报告: it has no part 三 (applications) and no part 四 (review and litigation)',
  'not-a-report.encoding': ({ encoding, detected }) =>
    `read as ${encoding}, the encoding given, the text has no part 三 and no part 四; read as ${detected} it has them: the file is probably ${detected}, so give that encoding, or none to have it detected`,
  'too-large': ({ bytes, limit }) =>
    `${
      bytes === null
        ? `this input goes on past ${formatSize(limit)}, the most one input may be (a device, or an endless stream?); reading stopped there`
        : `this file is ${formatSize(bytes)}, more than the ${formatSize(limit)} one input may be; it was not read`
    }. A report is rarely over 1 MB as text, or a few MB as a PDF or Word file: if this is the file you meant, raise the bound with --max-bytes ${suggestedBound(bytes, limit)} (or GOV_REPORT_MAX_BYTES=${suggestedBound(bytes, limit)}; maxBytes in the library)`,
  'too-large.lines': ({ lines, limit }) =>
    `it has more than ${lines} lines (a report has a few hundred), so it was not read: one file must not take a batch's memory and time. ${workBoundRaised(limit)}`,
  'too-large.cells': ({ cells, limit }) =>
    `its tables print more than ${cells} cells (a report prints a few thousand), so it was not read further: one file must not take a batch's memory and time. ${workBoundRaised(limit)}`,
  'unsupported-format': ({ year, firstYear }) =>
    `this is a report for ${year}; reports before ${firstYear} have no fixed form and are not supported`,
  'unsupported-format.freeForm': ({ firstYear }) =>
    `no application table (part 三) and no review/litigation table (part 四) were found: a report in free form, as before ${firstYear}, which is not supported`,
  'second-report': ({ line }) =>
    `a second report begins here, at line ${line} (its parts start again with part 一): one file holds one report, so only the first one's tables were read, and the second one is in text.otherMatters. Split the file to read both`,
  'missing-part': ({ heading }) => `part “${quoteLabel(heading)}” was not found; the form requires all six parts`,
  'heading-not-found': (p) => `the heading of part “${quoteLabel(p.heading)}” was not found; the part was found by its table, which starts here`,
  'year-unclear': () =>
    'the year of the report could not be told from its title or opening, so meta.year is null; checks across years and comparisons by year leave this report out',

  'not-text.pdfNeedsAsync': () =>
    'this is a PDF, which parseReport (synchronous) does not read: use parseDocument, which does, or convert it first, e.g. `pdftotext -layout report.pdf report.txt`',
  'legacy-doc': () =>
    'this is an old Word .doc file (or a WPS .wps file), which gov-report cannot read; open it in Word or WPS, save it as .docx (File → Save As → Word Document) and give the .docx',
  encrypted: ({ kind }) =>
    `this ${FILE_KINDS[kind]} is protected by a password and cannot be read; ask the publisher for a copy without a password, or open it with the password and save a copy without one`,
  'damaged-file': ({ kind, damage: d }) =>
    `this ${FILE_KINDS[kind]} is incomplete or damaged (${damage(d)}); download it again or ask the publisher for a good copy`,
  'too-large.document': ({ kind, excess: e }) =>
    `this ${FILE_KINDS[kind]} is too large to be one annual report (${excess(e)}); it was not read, so that a batch cannot run out of memory or time on it`,
  'no-text-layer': () =>
    'this PDF has no text layer: its pages are pictures (a scan), so there is no text to read; run OCR on it first (e.g. `ocrmypdf -l chi_sim in.pdf out.pdf`) or ask the publisher for the Word or web version',
  'no-table': ({ kind }) =>
    `no table was found in this ${FILE_KINDS[kind]}, so its figures cannot be read: the tables may be pictures; gov-report reads figures from real tables or from text`,

  'missing-table': (p) => `the ${table(p.table)} table was not found`,
  'missing-table.placeholder': (p) =>
    `the ${table(p.table)} table was not found: the converter printed “${p.placeholder}” in its place (pandoc's plain text does so for a table with merged cells); convert the file to Markdown instead (\`pandoc -t gfm\`), or give gov-report the Word file itself`,
  'missing-row': (p) => `row “${quoteLabel(p.row)}” of the ${table(p.table)} table was not found${p.after === null ? '' : ` (expected after line ${p.after})`}`,
  'missing-row.unread': (p) => `row “${quoteLabel(p.row)}” of the ${table(p.table)} table is printed (line ${p.line}), but no numbers around it could be told for its own, so its values were not read`,
  'unknown-row': (p) => `row “${shortLabel(p.label)}” is not a row of this table; its values were not read`,
  'unknown-row.runningHead': (p) => `the line “${shortLabel(p.label)}” prints the report's title again, a page's running head where a page break fell inside the table; it was passed over in reading the table`,
  'unknown-row.headingAgain': (p) => `the line “${shortLabel(p.label)}” prints this part's heading again among the table's numbers (a page's head, or lines a conversion printed twice); it was passed over in reading the table`,
  'unknown-row.numberOver': (p) => `the line prints the number “${p.label}” over and over, more times than this whole table has cells, which no print of its rows does; it was passed over in reading the table`,
  'unknown-row.unitOver': (p) => `the line prints the words “${shortLabel(p.label)}” and the same numbers after them over and over, which no row's print does; it was passed over in reading the table`,
  'unknown-row.labelRest': (p) => `the words “${shortLabel(p.label)}” are the rest of the label of row “${quoteLabel(p.row)}”, printed after its numbers, not the row printed again; the numbers after them are not read as that row's`,
  'unknown-row.afterWords': (p) => `the line “${shortLabel(p.label)}” prints a few words, then only a few characters over and over, longer than any label of this table; it was passed over in reading the table`,
  'unknown-row.passedOver': (p) => `the line “${shortLabel(p.label)}” prints no numbers, only a few characters over and over, longer than any label of this table; it was passed over in reading the table`,
  'duplicate-row': (p) => `row “${quoteLabel(p.row)}” appears ${p.repeats > 1 ? `${p.repeats} more times (first repeat here)` : 'again'}; the first one is kept`,
  'duplicate-row.line': (p) =>
    `row “${quoteLabel(p.row)}”: line ${p.line} prints line ${p.other}'s ${p.value} again, and read so the row does not add up; a line printed twice in the conversion, it is read once`,
  'duplicate-row.lines': (p) =>
    `${p.from === p.to ? `line ${p.from} prints` : `lines ${p.from}–${p.to} print`} ${p.first === p.firstEnd ? `line ${p.first}` : `lines ${p.first}–${p.firstEnd}`} again word for word${p.times > 1 ? `, ${p.times} times over` : ''}, row “${quoteLabel(p.row)}” among them: printed ${p.times > 1 ? 'again and again' : 'twice'} in the conversion, they are read once`,
  'duplicate-row.linesHeaded': (p) =>
    `${p.from === p.to ? `line ${p.from} prints` : `lines ${p.from}–${p.to} print`} ${p.first === p.firstEnd ? `line ${p.first}` : `lines ${p.first}–${p.firstEnd}`} again word for word${p.times > 1 ? `, ${p.times} times over` : ''}, column headers and the same numbers, which no two of the table's rows print alike: printed ${p.times > 1 ? 'again and again' : 'twice'} in the conversion, they are read once`,
  'duplicate-row.neither': (p) =>
    `row “${quoteLabel(p.row)}” is printed here and again on line ${p.other}: which of the two holds its numbers cannot be told, so neither is read`,
  'duplicate-row.unread': (p) =>
    `row “${quoteLabel(p.row)}” is printed here without the values of a row (a header line, or values that are not its cells), and again on line ${p.kept}, which is read instead`,
  'cell-count': (p) =>
    p.printed > p.cells
      ? `row “${quoteLabel(p.row)}” prints ${p.printed} values where the form has ${p.cells} cells (${cellsAsPrinted(p.quoted)}); its values were not read`
      : `row “${quoteLabel(p.row)}” prints ${p.quoted.length} cells, ${p.quoted.length - p.printed} of them blank, where the form has ${p.cells} (${cellsAsPrinted(p.quoted)}); which of them are the row's cells cannot be told, so its values were not read`,
  'cell-count.tooFew': (p) =>
    `row “${quoteLabel(p.row)}” prints ${p.printed} cells where the form has ${p.cells} (${cellsAsPrinted(p.quoted)}); which cell is missing cannot be told, so its values were not read`,
  'cell-count.located': (p) =>
    `row “${quoteLabel(p.row)}” prints ${p.printed} cells where the form has ${p.cells} (${cellsAsPrinted(p.quoted)}); the table's column rules add up only with the missing one in column “${p.column}”, so the printed cells are read in the other columns and “${p.column}” is left empty`,
  'cell-count.edges': (p) =>
    `row “${quoteLabel(p.row)}” prints ${p.quoted.length} cells, blank ones at both ends, where the form has ${p.cells} (${cellsAsPrinted(p.quoted)}); which blank cells belong to the row cannot be told (no way of reading it adds up), so its values were not read`,
  'cell-count.unchecked': (p) =>
    p.why === 'followed'
      ? `row “${quoteLabel(p.row)}” prints ${p.cells} cells (${cellsAsPrinted(p.quoted)}) that do not add up, and numbers with no label follow it: its line may have been split and a blank taken for its cell, so which numbers are its cannot be told; its values were not read`
      : p.why === 'followedNoSums'
        ? `row “${quoteLabel(p.row)}” prints ${p.cells} cells (${cellsAsPrinted(p.quoted)}), a blank one at an end, and numbers with no label follow it: its line may have been run into another and a blank taken for its cell, its last number printed on the next line, and the row has no sums to tell; its values were not read`
      : p.why === 'junk'
        ? `row “${quoteLabel(p.row)}” prints ${p.cells} cells (${cellsAsPrinted(p.quoted)}) that do not add up, one at an end of them not a number: it may be something else printed into the row, its numbers then one column over and one of them printed elsewhere, so which column each is in cannot be told; its values were not read`
        : p.why === 'short'
          ? `row “${quoteLabel(p.row)}” prints its cells apart from its label (${cellsAsPrinted(p.quoted)}), right after a row that printed fewer numbers than its cells: some of these may be that row's (printed after the next label, as plain pdftotext does), and the row has no sums to tell; its values were not read`
          : p.why === 'cut'
          ? `row “${quoteLabel(p.row)}” prints ${cellsAsPrinted(p.quoted)}, its last number at the end of a line, and the next line opens with a number that no row's label comes before: one number may have been cut in two by a line break, so which numbers are its cannot be told (and it has no sums that tell, or they do not add up); its values were not read`
          : p.why === 'columns'
          ? `row “${quoteLabel(p.row)}” prints its cells over several lines (${cellsAsPrinted(p.quoted)}) and they do not add up, nor do the table's column rules that can be checked with them (most of them, or in more than one column, which one misprinted number cannot do), though the table's other rows add up: a line lost or printed twice, or a number cut in two, may have moved them into other columns, so which column each is in cannot be told; its values were not read`
          : p.why === 'unchecked'
          ? `row “${quoteLabel(p.row)}” prints its cells over several lines (${cellsAsPrinted(p.quoted)}) and they do not add up, and none of the table's column rules can be checked with them (the rows they need were not read): a line lost or printed twice, or a number cut in two, may have moved them into other columns, and that cannot be told from a misprint in the report; its values were not read`
          : p.why === 'followedSpan'
          ? `row “${quoteLabel(p.row)}” prints its cells over several lines (${cellsAsPrinted(p.quoted)}), and right after them stand more numbers that no label comes before: where its numbers end among them cannot be told, and with all but one of its numbers 0 its sum holds for most ways of cutting them, so its values were not read`
          : p.why === 'order'
          ? `row “${quoteLabel(p.row)}” prints its cells over several lines (${cellsAsPrinted(p.quoted)}) and they add up, but the table's column rules, with its other rows as read, give this row the same numbers in another order: a row adds up in any order, and the conversion printed some of its numbers out of their columns' places, so which column each is in cannot be told from the print; its values were not read`
          : p.why === 'rest'
          ? `row “${quoteLabel(p.row)}” prints its cells over several lines (${cellsAsPrinted(p.quoted)}), one of them after the rest of its label on a later line, and they add up, but no column rule of the table confirms their order: a row adds up in any order, and the conversion printed the number beside each line of the label with that line, wherever it stands in the row, so which column each is in cannot be told; its values were not read`
          : p.why === 'pattern'
          ? `row “${quoteLabel(p.row)}” prints fewer cells than the form has (${cellsAsPrinted(p.quoted)}), and one cut of its digits into ${p.cells} cells fits its arithmetic, but two other rows of the table or more print as many numbers and fit no cut: the table prints that many of each row's cells on its line and the others elsewhere, so the fit may be chance; its values were not read`
          : p.why === 'underHeader'
          ? `row “${quoteLabel(p.row)}” prints its cells after its label (${cellsAsPrinted(p.quoted)}), but right under the table's column header, before its label, stand numbers that no row took: where labels are printed after their numbers, those are its own (a line of them lost or printed twice), and the numbers after its label may be the next row's, so which are its cannot be told; its values were not read`
          : p.why === 'afterUnread'
          ? `row “${quoteLabel(p.row)}” prints its cells after its label (${cellsAsPrinted(p.quoted)}), and right before its label stand the numbers of the row before it, left unread because that row's own numbers stand before its label: where labels are printed after their numbers, those are this row's, and the numbers after its label may be the next row's, so which are its cannot be told; its values were not read`
          : p.why === 'afterRest'
          ? `row “${quoteLabel(p.row)}” prints its cells after its label (${cellsAsPrinted(p.quoted)}), but right before its label stand numbers that no row took, after the rest of another row's label printed after that row's numbers: where every label is printed after its numbers, those are this row's own (a line of them lost or printed twice), and the numbers after its label may be the next row's, so which are its cannot be told; its values were not read`
          : p.why === 'split'
          ? `row “${quoteLabel(p.row)}” prints its cells after its label (${cellsAsPrinted(p.quoted)}), but its label is printed in two pieces with numbers that no row took between them: where a label is printed around its numbers, those between are its own (a line of them lost or printed twice there), and the numbers after it may be the next row's, so which are its cannot be told; its values were not read`
          : p.why === 'between'
          ? `row “${quoteLabel(p.row)}” prints its cells on its label's line (${cellsAsPrinted(p.quoted)}), right after the label of the row before it printed with no numbers, and right after them stands a row's worth of numbers that no label comes before: where each label stands a line above its numbers, these are the row before's and its own are those after, so which are its cannot be told; its values were not read`
          : p.why === 'betweenChain'
          ? `row “${quoteLabel(p.row)}” prints its cells on its label's line (${cellsAsPrinted(p.quoted)}), right after the row before it, left unread because its label may stand a line above another row's numbers, and right after them stands a row's worth of numbers that no label comes before: where each label stands a line above its numbers, these are the row before's and its own are those after, so which are its cannot be told; its values were not read`
          : p.why === 'betweenLost'
          ? `row “${quoteLabel(p.row)}” prints its cells on its label's line (${cellsAsPrinted(p.quoted)}), the row before it in the form is printed nowhere, and right after them stands a row's worth of numbers that no label comes before: where each label stands a line above its numbers, these are the row before's (its label lost) and its own are those after, so which are its cannot be told; its values were not read`
          : p.why === 'beforeHeading'
          ? `row “${quoteLabel(p.row)}” prints its cells (${cellsAsPrinted(p.quoted)}) before its own small table's heading, which is printed after them: they stand among an earlier small table's rows and may be that table's numbers, so whose they are cannot be told; its values were not read`
          : p.why === 'nowhere'
          ? `row “${quoteLabel(p.row)}” prints its cells on its label's line (${cellsAsPrinted(p.quoted)}), right after the label of the row before it printed with no numbers, whose own numbers are nowhere to be found: where each label stands a line above its numbers, these are the row before's and its own were lost, so whose they are cannot be told; its values were not read`
          : p.why === 'alone'
          ? `row “${quoteLabel(p.row)}” prints its cells over several lines (${cellsAsPrinted(p.quoted)}) and they do not add up, and no other rule of the form checks them: a line lost or printed twice, a number cut in two, or another table's numbers printed among them may have put other numbers in its cells, and that cannot be told from a misprint in the report; its values were not read`
          : p.why === 'beside'
          ? `row “${quoteLabel(p.row)}” prints its cells on its label's line (${cellsAsPrinted(p.quoted)}), and right before its label stand ${p.cells} other ${p.cells === 1 ? 'number' : 'numbers'}, a row's worth no other row took, that may be its own: where labels are printed after their numbers, two lines run together put a label beside the next row's numbers, so which of the two are its cannot be told; its values were not read`
          : p.why === 'bare'
          ? `row “${quoteLabel(p.row)}” prints its cells after its label (${cellsAsPrinted(p.quoted)}), and right after them stands the next row's label with no numbers that are certainly its own: where labels are printed after their numbers, these numbers are that row's, and this row's own stand before its label or were lost, so whose they are cannot be told; its values were not read`
          : p.why === 'bareChain'
          ? `row “${quoteLabel(p.row)}” prints its cells after its label (${cellsAsPrinted(p.quoted)}), and right after them stands the next row's label, a row left unread because its own numbers may be printed before its label: where labels are printed after their numbers, these numbers are that row's and this row's own were lost (or printed before its label in turn), so whose they are cannot be told; its values were not read`
          : p.why === 'completes'
          ? `row “${quoteLabel(p.row)}” prints its first cells by its label and the rest apart from it (${cellsAsPrinted(p.quoted)}), and they add up; but above it stand rows left unread that print as many numbers by their labels and no more, and one of them adds up with these others as well: where a table prints each row's first cells by its label and the rest in blocks after all the labels, these may be that row's rest, so which are this row's cannot be told; its values were not read`
          : p.why === 'groupLabel'
          ? `row “${quoteLabel(p.row)}” prints its cells after its label (${cellsAsPrinted(p.quoted)}), but the label is only its group's (the row itself where a report prints the group as one row), and this table prints the group's rows by their own labels: these numbers may be any of theirs, so whose they are cannot be told; its values were not read`
          : p.why === 'splitEarlier'
          ? `row “${quoteLabel(p.row)}” prints its cells after its label (${cellsAsPrinted(p.quoted)}), but the label is only the end of the form's: words of its start stand before it with numbers among them, read as no row's. Where a label is printed around its own numbers, those are this row's, and these the next row's, whose label follows them, so which are its cannot be told; its values were not read`
          : p.why === 'onlyGroup'
          ? `row “${quoteLabel(p.row)}” prints its cells (${cellsAsPrinted(p.quoted)}) and they do not add up to its 总计, and it is the only group of part 四 read: the others' labels or numbers could not be told apart, so numbers of theirs printed out of place may stand among these, and that cannot be told from a misprint in the report; its values were not read`
          : p.why === 'runInto'
          ? `row “${quoteLabel(p.row)}” prints its cells on one line (${cellsAsPrinted(p.quoted)}) and they do not add up, and no rule of the table confirms them; the row before it, on the line above, prints more or fewer numbers than its cells: numbers of the two rows may have been printed on each other's lines, so which are this row's cannot be told; its values were not read`
          : p.why === 'orderLine'
          ? `row “${quoteLabel(p.row)}” prints its cells on one line (${cellsAsPrinted(p.quoted)}) and they add up, but the table's column rules, with its other rows as read, give this row the same numbers in another order: a conversion that prints a number drawn a little higher or lower than its row's others out of its column's place does that, and so does a row misprinted in the report; which column each is in cannot be told from the print, so its values were not read`
          : p.why === 'spill'
          ? `row “${quoteLabel(p.row)}” prints its cells apart from its label (${cellsAsPrinted(p.quoted)}), right after the row before it, left unread because it prints more numbers than it has cells, the first of them a row's worth that does not add up, and those beyond its cells, fewer than a row's worth, stand right before this label: where labels are printed after their numbers, or split around them, they are the start of this row's own and the numbers after its label the next row's, so which are its cannot be told; its values were not read`
          : p.why === 'before'
          ? `row “${quoteLabel(p.row)}” prints its cells apart from its label (${cellsAsPrinted(p.quoted)}), and right before its label stand ${p.cells} other ${p.cells === 1 ? 'number' : 'numbers'}, a row's worth, that may be its own: its label may be printed after its numbers rather than before them, so which of the two are its cannot be told; its values were not read`
          : p.why === 'lastGap'
          ? `row “${quoteLabel(p.row)}” prints its cells over several lines (${cellsAsPrinted(p.quoted)}) and they do not add up; it is the table's last row, and the next part's heading is nowhere: lines lost after it may have taken some of its numbers and left the next table's in their place, so its values were not read`
          : p.why === 'lostAfter'
          ? `row “${quoteLabel(p.row)}” prints its cells apart from its label (${cellsAsPrinted(p.quoted)}), and it is the table's last row; right after them the next table goes on from its middle (a column or a row other than its first), and its heading is nowhere: lines lost after this row's label, that heading among them, may have left the next table's numbers here, so whose these are cannot be told; its values were not read`
          : p.why === 'lost'
          ? `row “${quoteLabel(p.row)}” prints its cells over several lines (${cellsAsPrinted(p.quoted)}), and the rows of the form right after it are missing: these numbers may be one of theirs, printed where their label and this row's numbers were lost, so whose they are cannot be told; its values were not read`
          : `row “${quoteLabel(p.row)}” prints its cells over several lines (${cellsAsPrinted(p.quoted)}) and they do not add up, and rows of the form after it are missing: some of these numbers may be theirs, so its values were not read`,
  'cell-count.oneNumber': (p) =>
    `row “${quoteLabel(p.row)}” prints one number, “${quoteCell(p.printed)}”, where the form has ${p.cells} cells: it may be one of them (the others blank, printed elsewhere, or not at all) or all of them run together (${p.read.map((v) => v ?? '–').join(', ')}), and the row has no sums to tell which; its values were not read`,
  'cell-count.readings': (p) => {
    const ways = [
      ...p.spaced.map((c) => `“${quoteCell(c)}” as one number or as ${c.split(' ').length} cells`),
      ...(p.quoted.includes(null) ? ['its blank cells kept or left out'] : []),
      ...p.words.map((w) => `“${quoteCell(w)}” a cell or the label's`),
    ];
    return `row “${quoteLabel(p.row)}” prints ${cellsAsPrinted(p.quoted)} where the form has ${p.cells} cells; it reads more than one way that gives the form's cells (${ways.join(', ')}), and its arithmetic does not tell which is meant; its values were not read`;
  },
  'cell-count.oneRow': (p) => `the review and litigation table prints ${p.printed} cells where the form has ${p.cells}; its values were not read`,
  'cell-count.order': (p) =>
    `row “${quoteLabel(p.row)}” prints its five numbers over several lines (${cellsAsPrinted(p.quoted)}), which do not add up to its 总计 as printed but do in another order: a number printed out of its column's place does that, and which number is which cell cannot be told; its values were not read`,
  'cell-count.swapped': (p) =>
    `row “${quoteLabel(p.row)}” prints its five numbers (${cellsAsPrinted(p.quoted)}), which do not add up to its 总计, nor do those of the group beside it; with ${p.first} and ${p.second}, printed where the two groups meet, in each other's places both add up: the conversion printed one of them out of its column's place, so which number is which cell cannot be told; its values were not read`,
  'cell-count.oneRowSums': (p) =>
    `the review and litigation table prints its 15 numbers over several lines (lines ${p.from}–${p.to}: ${cellsAsPrinted(p.quoted)}), and ${p.failing >= 3 ? 'none of its three groups adds up to its 总计' : `${p.failing === 2 ? 'two' : p.failing} of its three groups do not add up to their 总计`}: one number printed out of its place, or cut in two by a line break, does that, and it cannot be told from a misprinted report; its values were not read`,

  'ambiguous-pairing': (p) => {
    const printed = `row “${quoteLabel(p.row)}” is printed apart from its numbers: ${labels(p.labels)}, then ${lines(p.lines)} of numbers (${p.values} in all)`;
    if (p.reason === 'count') return `${printed}, which do not pair one to one; which numbers are this row's cannot be told, so its cells are left empty`;
    if (p.reason === 'readings') return `${printed}, which read more than one way (row by row, column by column), and nothing tells which; its cells are left empty`;
    if (p.reason === 'gapped') return `${printed}; the labels leave out rows of the form between them or right beside them (printed elsewhere, not recognised, or lost), and these rows have no sums to check a pairing, so the count alone does not tell which numbers are this row's; its cells are left empty`;
    if (p.reason === 'column') return `${printed}; those numbers stand right under a column's header, and a 第二十条 small table printed column by column puts there one small table's numbers only, while these labels are not all of one small table with that column: which numbers are this row's cannot be told, so its cells are left empty`;
    if (p.reason === 'order') return `${printed}; they pair row after row only with some rows' numbers over several lines, a few to a line, where a number may stand out of its place within its row and the row still add up, and the table's column rules could not confirm them (a row they need was not read, or they do not add up): its cells are left empty`;
    if (p.reason === 'shared') return `${printed}; the labels printed on their other side could be theirs as well (labels printed after their numbers), and nothing tells which, so its cells are left empty`;
    if (p.reason === 'again') return `${printed}; one of the labels names a row printed earlier in the table (the rest of its label, or the row printed again), so the labels may not name one row each, and the table's column rules could not confirm a pairing (or a row they need was not read): its cells are left empty`;
    return `${printed}; no pairing of them makes every row and the table's column rules add up (or a row they need could not be read), so its cells are left empty`;
  },
  'ambiguous-pairing.unlabelled': (p) =>
    `${lines(p.lines)} of numbers printed with no label stand where ${p.rows} ${p.rows === 1 ? 'row' : 'rows'} of the form, “${quoteLabel(p.row)}” among them, have no label; ${UNLABELLED[p.reason]}, so the row's cells are left empty`,
  'ambiguous-pairing.copied': (p) =>
    `row “${quoteLabel(p.row)}” prints the very numbers of row “${quoteLabel(p.other)}” (line ${p.line}), and lines of this table are printed twice: these may be that row's line printed again under this label, so which numbers are this row's cannot be told, and its cells are left empty`,
  'ambiguous-pairing.order': (p) =>
    `row “${quoteLabel(p.row)}” reads ${p.read} after its label, but the table's numbers read in the order printed among its header words (the only way they split into 行政复议, 未经复议直接起诉 and 复议后起诉, each adding up) give it ${p.order}, and the labels of the groups before it are not printed here: which are its cannot be told, so its cells are left empty`,
  'ambiguous-pairing.orderDoubted': (p) =>
    `row “${quoteLabel(p.row)}” reads ${p.read} after its label, but fifteen of the table's numbers in the order printed among its header words split into 行政复议, 未经复议直接起诉 and 复议后起诉, each adding up, and give it ${p.order}; that reading is itself in doubt (said on the table), and the labels of the groups before it are not printed here: which are its cannot be told, so its cells are left empty`,
  'ambiguous-pairing.lastFollowed': (p) =>
    `row “${quoteLabel(p.row)}” reads ${p.read} after its label, but right after them, from line ${p.line}, stand more numbers (${p.next}, the first five), among the table's column headers, and the labels of the groups before it are not printed here: it is the form's last group, with none after it, so the numbers read may be an earlier group's, and which are its cannot be told; its cells are left empty`,
  'ambiguous-pairing.headerAfter': (p) =>
    `row “${quoteLabel(p.row)}”, column “${p.column}”: read row by row, this cell is ${p.value}, printed on a line after the row's label, but the column's header is printed after the label too, as where part 二 is printed column by column, each column's numbers after its header: the number may be another row's, so the cell is left empty`,
  'ambiguous-pairing.restOfShort': (p) =>
    `row “${quoteLabel(p.row)}” prints its first numbers beside its label and the rest from line ${p.line} on, but row “${quoteLabel(p.other)}” before it prints only some of its numbers beside its label, and those from line ${p.line} complete it as well, adding up: whose they are cannot be told, so this row's cells are left empty`,
  'ambiguous-pairing.disputed': (p) =>
    `row “${quoteLabel(p.row)}”, column “${p.column}”: read row by row, this cell is ${p.value}, but ${REREAD[p.by]}, it is ${p.other}; the row has no sums that could tell which is right, so two readings of the same print disagree: the cell is left empty`,
  'ambiguous-pairing.repeated': (p) =>
    `row “${quoteLabel(p.row)}” prints its numbers one a line, and lines ${p.from}–${p.to} print the numbers of the lines right before them (from line ${p.first}: ${p.numbers}) again; read so, the row does not add up: lines printed twice in a conversion may have moved its numbers, so which are its cannot be told, and its cells are left empty`,
  'ambiguous-pairing.reprinted': (p) =>
    `row “${quoteLabel(p.row)}” reads the very numbers printed at line ${p.line} after ${p.labels} labels printed one after another, this row's among them, which do not pair one to one with them: a line printed twice in a conversion can put those numbers under any of the labels, so whose they are cannot be told, and its cells are left empty`,
  'ambiguous-pairing.twice': (p) =>
    `row “${quoteLabel(p.row)}” is printed twice, here and again at line ${p.other}, with other numbers, and both read as the row (lines printed twice in a conversion can lend a row another row's numbers): which are its cannot be told, so its cells are left empty`,
  'ambiguous-pairing.astray': (p) =>
    `row “${quoteLabel(p.row)}” is printed here among rows the form puts before it (after “${quoteLabel(p.before)}”, before “${quoteLabel(p.after)}”), and again at line ${p.other}, where the form puts it: the numbers after this print may be another row's, so its cells are left empty`,
  'ambiguous-pairing.astrayOnce': (p) =>
    `row “${quoteLabel(p.row)}” is printed here among rows the form puts before it (after “${quoteLabel(p.before)}”, before “${quoteLabel(p.after)}”), its numbers apart from its label, and nowhere where the form puts it: the label may have been printed astray or its line moved, and the numbers after it may be another row's, so its cells are left empty`,
  'ambiguous-pairing.headed': (p) =>
    `row “${quoteLabel(p.row)}” is printed as the heading of a small table of its own (its column headers after it), but the table's other rows are not: whether these numbers are its cannot be told, so its cells are left empty`,
  'ambiguous-pairing.lostHeader': (p) =>
    `row “${quoteLabel(p.row)}”, column “${p.column}”: the 第二十条 small tables are printed column by column, and this number is ${p.last === 1 ? 'the last' : `among the last ${p.last}`} printed under its header; the header that follows it, “${p.next}”, is printed fewer times than the form has small tables with it, so one print of it was lost in the conversion with the lines around it, and the numbers that followed it may stand here in place of this column's own: which is this cell's cannot be told, so it is left empty`,
  'ambiguous-pairing.unitHeader': (p) =>
    `row “${quoteLabel(p.row)}”, column “${p.column}”: the 第二十条 small tables are printed column by column, and the words right before this column's numbers end with a unit (“${p.unit}”), which only an amount's header prints, not “${p.column}”: an amount's header was lost in the conversion with the lines before these numbers, this column's own among them, so which number is this cell's cannot be told, and it is left empty`,
  'ambiguous-pairing.lostAfter': (p) =>
    `row “${quoteLabel(p.row)}”, column “${p.column}”: the 第二十条 small tables are printed column by column, and this column is the last printed; right after its numbers, part 三 goes on from its middle (a column or a row other than its first), and part 三's heading is nowhere: its heading and first lines were lost in the conversion, and this column's own numbers may have been lost with them, the last of the lost ones standing in their place; which is this cell's cannot be told, so it is left empty`,
  'ambiguous-pairing.inOrder': (p) =>
    `the review and litigation table prints its numbers apart from their labels (${p.numbers} numbers in the order printed); ${p.readings} different runs of fifteen of them each split into 行政复议, 未经复议直接起诉 and 复议后起诉 with every group's four results adding up to its 总计, and nothing tells which is the table's, so its cells are left empty`,
  'ambiguous-pairing.inOrderRepeat': (p) =>
    `the review and litigation table prints its numbers apart from their labels (${p.numbers} numbers in the order printed); the only run of fifteen of them that splits into 行政复议, 未经复议直接起诉 and 复议后起诉 with every group's four results adding up to its 总计 prints the same five numbers (${cut(p.repeated)}) for two groups, as a row's line printed twice would, so it cannot be told which groups they are, and its cells are left empty`,
  'ambiguous-pairing.inOrderGap': (p) =>
    `the review and litigation table prints its numbers apart from their labels (${p.numbers} numbers in the order printed); fifteen of them in a row split into 行政复议, 未经复议直接起诉 and 复议后起诉 with every group's four results adding up to its 总计 (${cut(p.read)}), but so do fifteen with ${p.between} other ${p.between === 1 ? 'number' : 'numbers'} between them from line ${p.line} (${cut(p.other)}), as when a conversion prints a row of another table among this one's numbers; nothing tells which is the table's, so its cells are left empty`,
  'ambiguous-pairing.inOrderBefore': (p) =>
    `the review and litigation table prints its numbers apart from their labels (${p.numbers} numbers in the order printed); fifteen of them in a row split into 行政复议, 未经复议直接起诉 and 复议后起诉 with every group's four results adding up to its 总计 (${cut(p.read)}), but before them, from line ${p.line}, right under the table's header, five numbers (${cut(p.group)}) add up as a group does in another order, as when a conversion prints a group's 总计 before its results; the fifteen may be another table's numbers that add up by chance, so the table's cells are left empty`,
  'recovered-pairing.inOrder': (p) => {
    const tail = p.tail === null ? '' : `, the last of them under the table's column headers printed again at line ${p.tail}`;
    const runs = p.runs > 1 ? ` (${p.runs} runs do, all reading the same)` : '';
    return `row “${quoteLabel(p.row)}” is printed apart from its numbers: the review and litigation table prints them in order among its header words (${p.numbers} numbers${tail}); read in that order, fifteen of them split into 行政复议, 未经复议直接起诉 and 复议后起诉 with every group's four results adding up to its 总计${runs}, the only reading that does: this row read as ${cut(p.read)}, please check it against the original`;
  },
  'recovered-pairing.smallTable': (p) =>
    `row “${quoteLabel(p.row)}” is printed apart from its numbers: between the heading 第二十条第${p.item}项 and the next, its small table prints the labels of its ${p.rows === 1 ? 'one row' : `${p.rows} rows in the form's order`}, no other small table's labels or column headers, and exactly ${p.numbers === 1 ? 'one number' : `${p.numbers} numbers`}${p.rows > 1 && p.numbers > p.rows ? `, ${p.numbers / p.rows} to a row in ${p.rows} runs` : ''}; read in the order printed, this row read as ${cut(p.read)}, please check it against the original`,
  'recovered-pairing.around': (p) =>
    `row “${quoteLabel(p.row)}” is printed with its label around its numbers (${[p.before === '' ? '' : `“${p.before}” before them`, p.after === '' ? '' : `“${p.after}” after them`].filter((w) => w !== '').join(', ')}): those words spell this row's label and no other's, the labels around the table's runs of numbers read in the form's order in only one way, its numbers add up, and the table's column rules hold wherever they can be checked${p.cut === null ? '' : `; “${p.cut.printed}” among them is two cells printed run together, read as ${p.cut.read[0]} and ${p.cut.read[1]}, the only cut with which the row adds up`}; read as ${cut(p.read)}, please check it against the original`,
  'recovered-pairing.underHeaders': (p) =>
    `row “${quoteLabel(p.row)}” is printed apart from its numbers: the 第二十条 small tables are printed column by column, each column's header words and then its numbers, one for each of its small table's rows; right after each of this row's headers (${p.columns.join(', ')}) stand exactly ${p.rows === 1 ? 'one number' : `${p.rows} numbers`} and nothing else, and each header is printed so as often as the form has small tables with that column, taken in the form's order; read top to bottom, this row read as ${cut(p.read)}, please check it against the original`,
  'recovered-pairing.blocks': (p) =>
    `row “${quoteLabel(p.row)}” is printed apart from its numbers: the table prints all its ${p.numbers} numbers away from its labels, between lines ${p.first} and ${p.last}, in ${p.blocks} blocks that each run down one column; placed one after another, each at the top of what is left of a column and, where several begin on the same row, left to right, they fill the table in only one way in which every row and every column adds up: this row read as ${cut(p.read)}, please check it against the original`,
  'recovered-pairing.formOrder': (p) => {
    const moved = p.moved && `one, “${p.moved.value}” on line ${p.moved.line}, printed away from its place and put back in row “${quoteLabel(p.moved.row)}”, column “${p.moved.column}”, the only place where it fits`;
    const gap = p.gap && `one cell, row “${quoteLabel(p.gap.row)}”, column “${p.gap.column}”, whose number is not among them (printed elsewhere, or lost; the only place a gap fits) and is left empty`;
    const extra = p.extra && `, but for one number, “${p.extra.value}” on line ${p.extra.line}, which is no cell of the table (a page's number, or a stray; the only one whose leaving out makes it add up) and is not read`;
    const but = moved && gap ? ` but for ${moved}, and for ${gap}` : moved ? ` but for ${moved}` : gap ? `, but for ${gap}` : (extra ?? '');
    return `row “${quoteLabel(p.row)}” is printed apart from its numbers: the table prints ${p.extra !== null ? '' : p.gap === null ? 'all its ' : 'its '}${p.numbers} numbers away from its labels, between lines ${p.first} and ${p.last}, row after row in the form's order${but}; read so, every row and every column adds up: this row read as ${cut(p.read)}, please check it against the original`;
  },
  'recovered-pairing': (p) =>
    p.by === 'position'
      ? `these numbers are printed with no label; they stand where only ${p.labels === 1 ? 'this row is' : `${p.labels} rows are`} missing, and every row and the table's column rules add up with them there: read as “${quoteLabel(p.row)}”`
      : p.unchecked
        ? `row “${quoteLabel(p.row)}” is printed apart from its numbers (${labels(p.labels)} ${p.after ? 'after' : 'before'} ${lines(p.lines)} of numbers): ${PAIRED[p.by]}, the only reading in which every row adds up; the labels name rows one after another in the form, none left out, but the table's column rules could not check it (a row they need was not read), so please check it against the original`
        : `row “${quoteLabel(p.row)}” is printed apart from its numbers (${labels(p.labels)} ${p.after ? 'after' : 'before'} ${lines(p.lines)} of numbers): ${PAIRED[p.by]}, the only reading that fits the table's arithmetic`,

  'blank-cell': (p) => `${cellAt(p)} is blank; it stays empty in the output (never 0) and counts as 0 in the checks`,
  'placeholder-cell': (p) => `${cellAt(p)} prints “${quoteCell(p.printed)}” instead of a number; it stays empty in the output and counts as 0 in the checks`,
  'not-a-number': (p) => `${cellAt(p)} prints “${quoteCell(p.printed)}”, which is not a number; it stays empty in the output`,
  'not-a-number.tooLong': (p) => `${cellAt(p)} prints “${digits24(p.printed)}”, too many digits to be a count; it stays empty in the output`,
  'not-a-number.negative': (p) => `${cellAt(p)} prints “${quoteCell(p.printed)}”, a negative number, which no count can be; it stays empty in the output`,
  'not-a-count': (p) => `${cellAt(p)} prints “${quoteCell(p.printed)}”, which is not a whole number`,
  'joined-number': (p) =>
    `the number in ${cellAt(p)} is broken over two lines: “${quoteCell(p.before)}” ends line ${p.beforeLine} and “${quoteCell(p.after)}” starts line ${p.afterLine}; read together as ${quoteCell(p.read)}, please check it against the original`,
  'joined-number.digits': (p) =>
    `row “${quoteLabel(p.row)}”: line ${p.beforeLine} ends in “${quoteCell(p.before)}” and line ${p.afterLine} starts with “${quoteCell(p.after)}”, one number a line break cut between its digits: only read as ${quoteCell(p.before + p.after)} do the row's cells add up (${cut(p.read)}); please check it against the original`,
  'cut-number': (p) =>
    `row “${quoteLabel(p.row)}”: line ${p.beforeLine} ends in “${quoteCell(p.before)}” and line ${p.afterLine} starts with “${quoteCell(p.after)}”, which may be one number (${quoteCell(p.before + p.after)}) a line break cut between its digits; read as printed the row is [${cut(p.printed)}], read as one number [${cut(p.joined)}], and ${BREAK_REASONS[p.reason]}; its cells are left empty`,
  unit: (p) => `${cellAt(p)} is printed in ${p.unit} (“${quoteCell(p.printed)}”), not ${p.expected}; the number is kept as printed`,

  'recovered-cells': (p) => {
    const how = [
      ...p.spaced.map((c) => `“${quoteCell(c)}” as ${c.split(' ').length} cells`),
      ...(p.blanks === 0 ? [] : [p.blanks === 1 ? 'the blank cell left out' : `the ${p.blanks} blank cells left out`]),
      ...p.words.map((w) => `“${quoteCell(w)}” read as the rest of the label`),
    ];
    return `row “${quoteLabel(p.row)}” prints ${cellsAsPrinted(p.quoted)} where the form has ${p.cells} cells; read as ${cut(p.read)}, with ${how.join(' and ')}: the only reading that gives the form's cells and fits the row's arithmetic (${arithmetic(p.arithmetic)})`;
  },
  'recovered-digits.numbering': (p) =>
    `row “${quoteLabel(p.row)}” is printed without its numbering ${p.numbering}, and its first cell reads “${quoteCell(p.printed)}”, which is no count: the numbering printed after the label's words, run into the number ${p.read}; read as ${p.read}, and the row adds up so`,
  'recovered-digits.agreed': (p) =>
    `row “${quoteLabel(p.row)}” printed its cells run together with the rest of the table (“${quoteDigits(p.printed, DIGITS_CHARACTERS, (n) => ` (${n} characters)`)}”); ${p.cuts} cuts of the whole run fit the arithmetic, and every one of them gives this row ${p.read.map((v) => v ?? '–').join(', ')}: read so`,
  'recovered-digits': (p) => {
    const why = p.across
      ? `${p.across.cuts} cuts into ${p.cells} cells fit the row itself, and this is the only one that also fits the table's column rules (${p.across.rules.join(', ')})`
      : p.arithmetic.kind === 'none'
        ? `the only way to cut it into ${p.cells} cells`
        : `the only cut into ${p.cells} cells that fits the row's arithmetic (${arithmetic(p.arithmetic)})`;
    return `${ranTogether(p)}; they were read as ${cut(p.read)}: ${why}`;
  },
  'ambiguous-digits': (p) => {
    const n = p.cells;
    const count = p.cuts.length;
    const rules = p.across?.rules.join(', ');
    const because = !p.across
      ? p.arithmetic.kind === 'none'
        ? `it can be cut into ${n} cells in ${atLeast(count, p.complete)} ways and ${arithmetic(p.arithmetic)}`
        : `${atLeast(count, p.complete)} cuts into ${n} cells fit the row's arithmetic`
      : p.across.outcome === 'chosen'
        ? `${count} cuts into ${n} cells fit both the row and the table's column rules (${rules})`
        : p.across.outcome === 'no-solution'
          ? `${count} cuts into ${n} cells fit the row's arithmetic; the table's column rules (${rules}) cannot choose, since no choice of cuts makes them hold (the report's own sums are off)`
          : `${count} cuts into ${n} cells fit the row's arithmetic; the search for the one that fits the table's column rules (${rules}) gave up at its bound`;
    return `${ranTogether(p)} and ${because}: ${cuts(p.cuts, p.complete)}; its cells are left empty rather than guessed`;
  },
  'ambiguous-digits.fewDigits': (p) =>
    `${ranTogether(p)}, numbers a space apart of a few digits each, and the only cut into ${p.cells} cells that fits the row's arithmetic (${p.read.join(', ')}) cuts two or more of them further: so few digits fit a sum by chance as readily, and a row printed short of its cells, the others elsewhere, prints just so; its cells are left empty rather than guessed`,
  'ambiguous-digits.noSums': (p) =>
    `${ranTogether(p)}, numbers apart as printed, and the only cut into its ${p.cells} cells (${p.read.join(', ')}) cuts one of a few digits further; the row has no sums to tell whether it is one number or several, and a row printed short of its cells, the others elsewhere, prints just so; its cells are left empty rather than guessed`,
  'ambiguous-digits.singleDigits': (p) =>
    `${ranTogether(p)}, numbers a space apart, and the only cut into ${p.cells} cells that fits the row's arithmetic (${p.read.join(', ')}) cuts one of them into a digit a cell: one-digit cells fit a sum by chance as readily, and a row printed short of its cells, the others elsewhere, prints just so; its cells are left empty rather than guessed`,
  'unrecoverable-digits': (p) => {
    const why = p.gaveUp
      ? `the search for a cut into ${p.cells} cells gave up after ${p.steps} steps`
      : p.arithmetic.kind === 'none'
        ? `the digits cannot be cut into ${p.cells} cells of at most ${p.maxDigits} digits without leading zeros`
        : `no cut into ${p.cells} cells fits the row's arithmetic (${arithmetic(p.arithmetic)})`;
    return `${ranTogether(p)} and ${why}; its cells are left empty`;
  },

  'text-table': ({ quote, line, table, others }) =>
    `text says “${quoteLabel(quote)}” (line ${line}); table ${cellsNamed(table)} is ${table.value}${atLine(table.line)}${others.map((o) => `; ${cellsNamed(o)} is ${o.value}`).join('')}`,
  'carry-over': ({ column, carriedOver: over, previous }) =>
    `column “${column}”: “${over.row}”${atLine(over.line)} is ${over.value}, but “${previous.row}” in the ${previous.year} report (${previous.file ?? '-'}${previous.line === null ? '' : `, line ${previous.line}`}) is ${previous.value} ${offBy(over.value, previous.value)}`,

  'equation.sums': (f) => `column “${quoteLabel(f.where)}”: ${quoted(f.left)} = ${rounded(f.leftSum)}, but ${quoted(f.right)} = ${rounded(f.rightSum)} ${off(f)}`,
  'equation.outcomes': (f) =>
    `column “${quoteLabel(f.where)}”: ${total(f, true)}, but the outcome rows ${f.leftRange[0]} … ${f.leftRange[1]} add up to ${rounded(f.leftSum)} ${off(f)}`,
  'equation.rowTotal': (f) => `row “${quoteLabel(f.where)}”: ${total(f, false)}, but ${plain(f.left)} = ${rounded(f.leftSum)} ${off(f)}`,
  'equation.groupTotal': (f) => `“${quoteLabel(f.where)}”: ${total(f, false)}, but ${plain(f.left)} = ${rounded(f.leftSum)} ${off(f)}`,
};

/** What each code is called and means (the GitHub annotation's title; docs/contract.md). */
export const enCodes: CodeTexts = {
  'not-text': {
    title: 'Not a file it reads',
    meaning:
      'The input is none of the formats gov-report reads (text, web pages, Word .docx, PDF) — an RTF or OpenDocument file, an Excel workbook, an image, an archive, binary data; the message says what it is and how to get a file it reads.',
  },
  'legacy-doc': { title: 'Old Word .doc file', meaning: 'An old binary Word .doc (or WPS .wps) file, which gov-report cannot read; the message says how to save it as .docx.' },
  encrypted: { title: 'Protected by a password', meaning: 'A PDF or Office file that needs a password to open; a PDF that only restricts copying or printing is read.' },
  'damaged-file': {
    title: 'Damaged or incomplete file',
    meaning: 'A PDF, Word file or web page that is cut off or damaged (a PDF without its end marker, a broken ZIP or XML part): none of it is read, rather than part of it silently.',
  },
  'no-text-layer': { title: 'Scanned PDF, no text', meaning: 'A PDF whose pages are pictures: there is no text to read; the message says to run OCR or to ask for the Word or web version.' },
  'no-table': {
    title: 'No table found',
    meaning: 'A web page, Word file or PDF in which not one table of the form could be read (most often its tables are pictures); its meta and prose are kept.',
  },
  'empty-input': { title: 'Empty file', meaning: 'The input is empty or holds only white space.' },
  'not-a-report': {
    title: 'Not an annual report',
    meaning: 'The text has no part 三 and no part 四: not a 政府信息公开工作年度报告.',
  },
  'unknown-encoding': {
    title: 'Unknown encoding',
    meaning: 'The library was given an encoding name it does not know (the command line rejects it earlier as a usage error).',
  },
  'unsupported-format': {
    title: 'Form not supported',
    meaning: 'A report for a year before 2019, or in free form without the tables, which had no fixed form; its meta and prose are kept, its tables are `null`.',
  },
  'missing-part': {
    title: 'Part missing',
    meaning: 'One of the six numbered parts (一 总体情况 … 六 其他需要报告的事项) was not found; the form requires all six.',
  },
  'too-large': {
    title: 'Input too large',
    meaning:
      'The input is over the size bound (`--max-bytes`, `maxBytes`; 16 MB by default, a PDF or Word file counted by its own bytes), or prints more lines or table cells than the work bound that grows with it; the message says which bound and how to raise it. Also a PDF of more than 150 pages or 100 MB, or a Word document that unpacks to more than 50 MB (a ZIP bomb), whatever the bound: not one annual report. Nothing is read from a part of it.',
  },
  'second-report': {
    title: 'Two reports in one file',
    meaning: "The parts begin again after the last one (part 一 and at least two more): two reports in one file. Only the first one's tables are read; the second is in `text.otherMatters`.",
  },
  'missing-table': { title: 'Table missing', meaning: 'A table the form requires (part 二, 三 or 四) was not found; its value is `null`.' },
  'missing-row': {
    title: 'Row missing',
    meaning:
      'A row of a table was not found (e.g. a truncated file), or its label is printed but no numbers around it can be told for its own; it is `null`, and checks that need it are skipped. A row not found is reported on the line of the row before it (or of the table\'s heading): the message says "expected after line N". A row whose label is printed is reported on that line.',
  },
  'cell-count': {
    title: 'Wrong number of cells',
    meaning:
      "A row's printed cells cannot be told apart as its own: more or fewer than the form has, one number where it has several, or the form's count with sums that fail where a blank filler cell, a non-number cell at an end, or lost lines may have shifted them; a row on one line whose numbers the column rules give in another order, or whose sums fail right after a row printed with more or fewer numbers than its cells (numbers of the two may have changed lines); a row right after one printed with too many numbers, the start of its own maybe among them; or a row's worth that adds up but may be another row's, printed apart from its label where lines were lost (labels printed after their numbers, lines lost around the table's last row), or where the rows above it print only their first cells by their labels and one of them adds up with its rest as well, or where its label is only its end and words of its start stand before it with numbers among them, or only its group's label where the table prints the group's rows by their own; or part 四's fifteen numbers printed over several lines with two or three of its groups not adding up to their 总计 (one number drawn out of its place, or cut in two by a line break, does that), or the one group of part 四 read, the others not, not adding up (numbers of theirs may stand among its own); its values are `null`. A row one number short whose numbers the table's column equations place in only one way is read so, with only the missing cell `null` (the diagnostic's path names it).",
  },
  'not-a-number': {
    title: 'Not a number',
    meaning:
      'A cell holds text that is not a number, a number too large to be a count (beyond `Number.MAX_SAFE_INTEGER`), or a negative number outside 本年增/减; `null`, and checks that need it are skipped.',
  },
  'ambiguous-digits': {
    title: 'Digits run together: more than one reading',
    meaning: "A row's cells ran together (`801000081`) and more than one cut fits the arithmetic, or the only cut that fits cuts two or more numbers printed a space apart, each of four digits or fewer, further (`4 19 212 19`: a row printed short of its cells reads so as readily), or, in a row with no sums (part 二), cuts one such number printed apart (`24 -10`); its values are `null`.",
  },
  'unrecoverable-digits': {
    title: 'Digits run together: no reading fits',
    meaning: "A row's cells ran together and no cut fits the arithmetic; its values are `null`.",
  },
  'recovered-cells': {
    title: 'Cells read back: a space or a stray blank',
    meaning:
      "A row's cell count was off because two numbers shared a cell with a space between them (`975 901`) or a blank cell was printed where the row has none; exactly one reading gives the form's cells and adds up, and the values were read that way.",
  },
  'recovered-digits': {
    title: 'Digits run together: read back',
    meaning: "A row's cells ran together and exactly one cut fits the arithmetic; the values were read that way. So too a row's numbering printed after its label's words and run into its first number (`其他 3.14 …` for 3.其他's 14), where the row adds up with the number after it.",
  },
  'blank-cell': {
    title: 'Blank cell',
    meaning: 'A cell is blank; it is `null` in the output (never invented as 0) and counts as 0 in the checks.',
  },
  'placeholder-cell': {
    title: 'A mark instead of a number',
    meaning: 'A mark stands where a number belongs (`/`, `—`, `无`, `*`, `N/A`, …); `null`, counts as 0 in the checks.',
  },
  'joined-number': {
    title: 'Number broken over two lines',
    meaning: 'A number was broken by a line break: at its decimal point (`10` at the end of a line, `.5` at the start of the next), or between two of its digits (`29` / `41`) where only the two read as one number make the row add up; the pieces are read as one number, to be checked against the original.',
  },
  'cut-number': {
    title: 'Number maybe cut between its digits',
    meaning: 'A line ends in a digit and the next starts with one: a line break may have cut one number in two (`29` / `41` for 2941). The row read as printed and read with the pieces joined differ, and its sums do not tell which is right (part 二 has none), so its cells are `null`.',
  },
  'not-a-count': { title: 'Count not whole', meaning: 'A count cell holds a number that is not whole (e.g. `2.5`); the number is kept.' },
  unit: { title: 'Amount in another unit', meaning: 'An amount is printed in another unit than 万元 (`元`, `亿元`); the number is kept as printed.' },
  'duplicate-row': {
    title: 'Row repeated',
    meaning: 'A row appears twice; the first print that reads as the row (its cells, numbers) is kept, the other reported. Or, inside a row printed one number a line, a line printed again right after itself where the row adds up (or is one cell short) only with it read once: read once. Or a stretch of a table’s lines, a row’s label among them (or column headers and three numbers other than 0), printed again word for word right after itself (a conversion printing lines twice): read once. Or a group’s label alone with numbers after it (（六）其他处理, which stands for the group’s row where a report prints the group as one row), and the row’s own label later (（六）其他处理 3.其他): the later print is read, not the numbers after the group’s label.',
  },
  'heading-not-found': {
    title: 'Part found by its table',
    meaning: "A part's heading was not found (a typo, no numeral, none at all), but its table was: the table is read, and this says where it starts.",
  },
  'ambiguous-pairing': {
    title: 'Numbers apart from their labels: cannot be paired',
    meaning:
      'Labels printed apart from their numbers (labels first, numbers column by column, rows of numbers with no label) whose pairing with the rows cannot be told for certain, or part 四’s numbers printed in order among its header words where several runs of fifteen add up (or one does, but five numbers right under the header before it add up as a group in another order), or part 四’s group read after its label, the labels of the groups before it not printed, where its numbers read in the order printed among the header words give it other numbers (even where that reading is itself in doubt), or, its last group, where more numbers follow its own among the column headers, or part 二’s small tables printed column by column where two of as many rows print a header in an order that does not tell which print is whose, or a column printed column by column whose last numbers may be those of a column header lost in the conversion, or those of the next part’s table, its heading and first lines lost; or a row printed among rows the form puts before it and again where the form puts it, the numbers after the first print maybe another row’s (or printed there only, its numbers apart from its label); or a cell of a row with no sums (part 二’s) that the row-by-row reading and another reading of the same table (column by column, small table by small table) give different numbers; the rows (or cells) concerned are `null`.',
  },
  'recovered-pairing': {
    title: 'Numbers apart from their labels: paired',
    meaning:
      'Labels printed apart from their numbers, paired with them because exactly one reading fits: the counts pair one to one, in the form’s order, and the arithmetic holds (where the table’s column rules cannot check them, for a row they need is not read: labels of three rows or more one after another in the form, none left out, the rows just before and after them named in the table, and every row adding up; the message says so); for part 四, its numbers printed in order among its header words, where one run of fifteen (or every run, reading the same) splits into three groups that each add up to their 总计; for part 三, all its numbers printed apart from its labels in blocks down its columns (plain pdftotext of a Word report’s PDF), which fill the table in only one way that adds up; or all its numbers printed row after row in the form’s order, its labels elsewhere (plain pdftotext of a web page’s PDF), where every row and every column adds up read so, or with one number printed away from its place put back where alone it fits, or with one missing, the gap where alone it fits left empty (cell-count), and if need be one number printed out of place inside its row put back too, or with one number more, the one whose leaving out alone makes it add up (a page’s number) not read; or each of its rows’ labels printed around its own numbers (a report whose lines ran together, or pdftotext -layout of a narrow label column), the words right before and after them spelling that row’s label and no other’s, the labels around its runs of numbers read in the form’s order in only one way, and the row adding up (two of its cells printed run together read cut where only one cut makes it add up); for part 二, its small tables printed column by column, each column’s header words right before exactly one number for each of its small table’s rows, and each header printed so as often as the form has small tables with it; or a small table printed whole between its heading and the next, its rows’ labels in the form’s order and exactly its count of numbers, a row’s worth to a run.',
  },
  'unknown-row': { title: 'Row not in the form', meaning: 'A labelled row inside a table is not a row of the form; its values are not read. A line of a few characters over and over, no numbers, longer than any label of the table, is passed over, as is a line of words no longer than a label followed by more than a label’s length of a few characters over and over, and so is the title of the report printed again inside a table (a running head at a page break), or the part’s own heading printed again among its table’s numbers, or a line that repeats one unit of words and numbers over and over, or one number printed over and over, more times than the whole table has cells (whatever words open the line). The rest of a row’s label printed after its numbers is said so, not taken for the row printed again; the numbers after it are not read as that row’s.' },
  balance: {
    title: 'Columns do not balance',
    meaning:
      'In an applicant column of part 三, 本年新收 + 上年结转 ≠ （七）总计 + 结转下年度继续办理 (the 勾稽关系 printed in the table). Reported on the line of 结转下年度继续办理.',
  },
  'handled-sum': {
    title: 'Outcomes do not add up to （七）总计',
    meaning: 'In a column, （七）总计 ≠ the sum of the outcome rows （一）予以公开 … （六）其他处理. Reported on the line of （七）总计.',
  },
  'row-total': { title: 'Row total does not add up', meaning: 'In a row of part 三, 总计 ≠ 自然人 + the five 法人或其他组织 columns.' },
  'review-total': { title: 'Review total does not add up', meaning: '行政复议: 总计 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结.' },
  'litigation-total': { title: 'Litigation total does not add up', meaning: 'The same for 行政诉讼 未经复议直接起诉 or 复议后起诉.' },
  'year-unclear': {
    title: 'Year unclear',
    meaning:
      'Neither the title nor the opening says which year the report is for (the title, the statistical period `统计期限为2024年1月1日至2024年12月31日`, the report naming itself, or part 一 opening with `2024年，`); `meta.year` is `null` — never the year the text mentions most.',
  },
  'text-table': {
    title: 'Text and table disagree',
    meaning:
      'A figure the prose states about the tables (`收到政府信息公开申请75件`) differs from the cell(s) it speaks of and from every sum of cells a careful reader would accept for it. On the prose line; the message quotes the figure and gives the cells with their line.',
  },
  'carry-over': {
    title: 'Carry-over differs from last year',
    meaning:
      "This year's 二、上年结转政府信息公开申请数量 differs, in a column, from the same organ's 四、结转下年度继续办理 of the year before, both reports read in one run. On the later report, at its 上年结转 line; the message names both files, both lines and both numbers. One wrong column is one error (the 总计 is reported only when its columns do not account for its difference).",
  },
};
