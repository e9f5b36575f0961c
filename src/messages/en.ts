/**
 * The messages in English. Each quotes the report's own labels (Chinese, as printed) and shows
 * the numbers on both sides; a blank counts as 0 and is shown so.
 */
import { numeralOf } from '../catalog/parts.js';
import { TABLE_PARTS } from '../catalog/tables.js';
import type { TableKey } from '../catalog/types.js';
import { LAYOUT_MESSAGES } from './layouts.js';
import type { Arithmetic, CellAt, CutValues, EquationFault, Messages, NotTextKind, RunTogether, Term } from './params.js';

const TABLE_WORDS: Readonly<Record<TableKey, string>> = {
  activeDisclosure: '第二十条',
  applications: 'application',
  reviewLitigation: 'review and litigation',
};
const table = (key: TableKey): string => `${TABLE_WORDS[key]} (part ${numeralOf(TABLE_PARTS[key])})`;

// ── Numbers ───────────────────────────────────────────────────────────────────────────────────

const round = (x: number): number => Math.round(x * 1e6) / 1e6;
/** A cell as the message shows it: its number, or what a blank became. */
const shown = (x: number | null): string => (x === null ? '(none, as 0)' : String(x));
const offBy = (a: number, b: number): string => `(off by ${round(Math.abs(a - b))})`;

// ── Text as printed ───────────────────────────────────────────────────────────────────────────

/** A label as a message quotes it: the first 40 characters of a longer one (a table run into one label). */
const label40 = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
/** A cell's digits as a message quotes them: the first 24 of a run-on, and how long it is. */
const digits24 = (text: string): string => (text.length > 24 ? `${text.slice(0, 24)}…(${text.length} characters)` : text);
/** Cells as printed, a blank one as □. */
const cellsAsPrinted = (cells: ReadonlyArray<string | null>): string => cells.map((c) => c ?? '□').join(' ');
const cellAt = ({ row, column }: CellAt): string => `“${row}” × “${column}”`;

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
  if (a.kind === 'total') return `its last cell, “${a.total}”, must be the sum of the others`;
  return `in each group of ${a.size} cells the last must be the sum of the others`;
}
const ranTogether = (r: RunTogether): string => `row “${r.row}” printed its cells run together (“${r.printed}”)`;
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
    text += quote ? `“${label}” ` : `${label} `;
    text += shown(value);
  }
  return text;
}
const quoted = (list: readonly Term[]): string => terms(list, true);
const plain = (list: readonly Term[]): string => terms(list, false);
/** The right side as a total (`“(七) 总计” is 8974`, or unquoted `总计 is 20`), or its cells and their sum. */
function total(f: EquationFault, quote: boolean): string {
  const only = f.right[0];
  if (only && f.right.length === 1) return `${quote ? `“${only.label}”` : only.label} is ${shown(only.value)}`;
  return `${quote ? quoted(f.right) : plain(f.right)} = ${round(f.rightSum)}`;
}
const off = (f: EquationFault): string => offBy(f.leftSum, f.rightSum);

const NOT_TEXT: Readonly<Record<NotTextKind, string>> = {
  pdf: 'this is a PDF, not text; convert it first, e.g. `pdftotext -layout report.pdf report.txt`',
  doc: 'this is a Word .doc file (or another old Office/WPS file), not text; save it as plain text (.txt) or convert it, e.g. `libreoffice --headless --convert-to "txt:Text (encoded):UTF8" report.doc`',
  rtf: 'this is an RTF document, not plain text; save it as plain text (.txt) or convert it, e.g. `libreoffice --headless --convert-to "txt:Text (encoded):UTF8" report.rtf`',
  png: 'this is a PNG image, not text; a scanned report needs OCR first',
  jpeg: 'this is a JPEG image, not text; a scanned report needs OCR first',
  gif: 'this is a GIF image, not text',
  tiff: 'this is a TIFF image, not text; a scanned report needs OCR first',
  webp: 'this is a WebP image, not text; a scanned report needs OCR first',
  gzip: 'this is a gzip archive, not text; unpack it (`gunzip`) and give the .txt file inside',
  rar: 'this is a RAR archive, not text; unpack it and give the .txt files inside',
  '7z': 'this is a 7z archive, not text; unpack it and give the .txt files inside',
  docx: 'this is a Word .docx file, not text; save it as plain text (.txt) or convert it, e.g. `libreoffice --headless --convert-to "txt:Text (encoded):UTF8" report.docx`',
  odt: 'this is an OpenDocument .odt file, not text; save it as plain text (.txt) or convert it, e.g. `libreoffice --headless --convert-to "txt:Text (encoded):UTF8" report.odt`',
  xlsx: 'this is an Excel .xlsx workbook, not the text of a report; give the report itself as plain text (.txt)',
  ofd: 'this is an OFD document, not text; export it as text (or PDF, then `pdftotext -layout report.pdf report.txt`) first',
  zip: 'this is a ZIP archive, not text; unpack it and give the .txt files inside',
  html: 'this is an HTML web page, not a plain-text export; save the page as text (e.g. `pandoc -t plain page.html -o report.txt`) first',
  binary: 'this is binary data, not a text export of a report',
};

export const en: Messages = {
  ...LAYOUT_MESSAGES.en,
  'empty-input': () => 'the file is empty',
  'empty-input.noText': () => 'the file holds no text',
  'not-text': ({ kind }) => NOT_TEXT[kind],
  'not-text.encoding': ({ encoding }) => `these bytes do not read as ${encoding} text: they are binary data or another encoding`,
  'unknown-encoding': ({ name }) => `“${name}” is not an encoding this tool knows; use a name such as utf-8, gb18030, gbk, big5 or utf-16le`,
  'not-a-report': () => 'this is not a 政府信息公开工作年度报告: it has no part 三 (applications) and no part 四 (review and litigation)',
  'unsupported-format': ({ year, firstYear }) =>
    `this is a report for ${year}; reports before ${firstYear} have no fixed form and are not supported (format before ${firstYear} is not supported)`,
  'unsupported-format.freeForm': ({ firstYear }) =>
    `no application table (part 三) and no review/litigation table (part 四) were found: a report in free form, as before ${firstYear} (format before ${firstYear} is not supported)`,
  'missing-part': ({ heading }) => `part “${heading}” was not found; the form requires all six parts`,

  'missing-table': (p) => `the ${table(p.table)} table was not found`,
  'missing-row': (p) => `row “${p.row}” of the ${table(p.table)} table was not found`,
  'unknown-row': (p) => `row “${label40(p.label)}” is not a row of this table; its values were not read`,
  'duplicate-row': (p) => `row “${p.row}” appears ${p.repeats > 1 ? `${p.repeats} more times (first repeat here)` : 'again'}; the first one is kept`,
  'cell-count': (p) => `row “${p.row}” prints ${p.printed} values where the form has ${p.cells} cells (${cellsAsPrinted(p.quoted)}); its values were not read`,
  'cell-count.tooFew': (p) =>
    `row “${p.row}” prints ${p.printed} cells where the form has ${p.cells} (${cellsAsPrinted(p.quoted)}); which cell is missing cannot be told, so its values were not read`,
  'cell-count.oneRow': (p) => `the review and litigation table prints ${p.printed} cells where the form has ${p.cells}; its values were not read`,

  'blank-cell': (p) => `${cellAt(p)} is blank; it is null in the output and counts as 0 in the checks`,
  'placeholder-cell': (p) => `${cellAt(p)} prints “${p.printed}” instead of a number; it is null in the output and counts as 0 in the checks`,
  'not-a-number': (p) => `${cellAt(p)} prints “${p.printed}”, which is not a number; it is null in the output`,
  'not-a-number.tooLong': (p) => `${cellAt(p)} prints “${digits24(p.printed)}”, too many digits to be a count; it is null in the output`,
  'not-a-count': (p) => `${cellAt(p)} prints “${p.printed}”, which is not a whole number`,
  unit: (p) => `${cellAt(p)} is printed in ${p.unit} (“${p.printed}”), not ${p.expected}; the number is kept as printed`,

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
    return `${ranTogether(p)} and ${because}: ${cuts(p.cuts, p.complete)}; its values are left null rather than guessed`;
  },
  'unrecoverable-digits': (p) => {
    const why = p.gaveUp
      ? `the search for a cut into ${p.cells} cells gave up after ${p.steps} steps`
      : p.arithmetic.kind === 'none'
        ? `the digits cannot be cut into ${p.cells} cells of at most ${p.maxDigits} digits without leading zeros`
        : `no cut into ${p.cells} cells fits the row's arithmetic (${arithmetic(p.arithmetic)})`;
    return `${ranTogether(p)} and ${why}; its values are left null`;
  },

  'equation.sums': (f) => `column “${f.where}”: ${quoted(f.left)} = ${round(f.leftSum)}, but ${quoted(f.right)} = ${round(f.rightSum)} ${off(f)}`,
  'equation.outcomes': (f) =>
    `column “${f.where}”: ${total(f, true)}, but the outcome rows ${f.leftRange[0]} … ${f.leftRange[1]} add up to ${round(f.leftSum)} ${off(f)}`,
  'equation.rowTotal': (f) => `row “${f.where}”: ${total(f, false)}, but ${plain(f.left)} = ${round(f.leftSum)} ${off(f)}`,
  'equation.groupTotal': (f) => `“${f.where}”: ${total(f, false)}, but ${plain(f.left)} = ${round(f.leftSum)} ${off(f)}`,
};
