/**
 * A table region's lines → cells. Whatever the layout (tab-separated rows, one cell per line,
 * pipes, markdown, runs of spaces from `pdftotext -layout`, or rows a crawler ran together into
 * one line), each cell comes out classified as empty, number, placeholder, digits or text, with
 * its source line. Which cells form a row is decided by `tables`, which knows the form.
 */
import { CHINESE, characterAt, foldChar, nfkc } from '../normalize/matchKey.js';
import type { Cell, NonEmpty, NumberCut, Region, TokenLine } from '../tokens.js';
import {
  DIGIT_RUN_START,
  VALUE_START,
  ITEM_NUMBER,
  LABEL_END,
  NUMBERING_THEN_NUMBERS,
  LABEL_START,
  MARKDOWN_SEPARATOR,
  MAX_SEPARATOR_ROW,
  NUMBER,
  PLACEHOLDER,
  PLACEHOLDER_HEADERS,
  PROSE_AFTER_NUMBER,
  signedRunStart,
} from './rules.js';
import { MOST_NUMBERING_DIGITS, NUMBERING_AFTER_WORDS, ROW_NUMBERING, ROW_NUMBERING_ANYWHERE, UNITS } from '../catalog/lexicon.js';
import { SMALL_TABLE_HEADING, SMALL_TABLE_HEADING_ANYWHERE } from '../catalog/activeDisclosure.js';
import { spend, type WorkBudget } from '../limits.js';

/** A space before a row's numbering (`开出版物 4.无正当理由`) or a part 二 table's heading (`规范性文件 第二十条第（五）项`). */
const SPACE_BEFORE_NUMBERING = new RegExp(`\\s(?=${ROW_NUMBERING_ANYWHERE.source}|${SMALL_TABLE_HEADING_ANYWHERE.source})`);

/** A page's number inside a line, framed by dashes as a page's foot prints it (after nfkc). */
const PAGE_NUMBER_IN_LINE = /[-—–]\s?\d{1,4}\s?[-—–](?=\s|$)/y;

/** Two pipes on a line (trimming does not change whether there are). */
const TWO_PIPES = /\|.*\|/;

/**
 * Is `text[start, end)` a markdown table's separator row? One longer than any table prints (a
 * thousand columns) is not tested: on millions of cells the pattern's backtracking overflows the stack.
 */
function isSeparatorRow(text: string, start: number, end: number): boolean {
  return end - start <= MAX_SEPARATOR_ROW && MARKDOWN_SEPARATOR.test(text.slice(start, end));
}

/** Split one normalised line into the cells it prints, keeping empty cells between separators. */
export function splitCells(line: string): string[] {
  if (line.includes('\t')) return line.split('\t');
  if (line.trim() === '') return [];
  const trimmed = line.trim();
  if (trimmed.includes('|') && TWO_PIPES.test(trimmed)) {
    if (isSeparatorRow(trimmed, 0, trimmed.length)) return [];
    let body = trimmed;
    if (body.startsWith('|')) body = body.slice(1);
    if (body.endsWith('|')) body = body.slice(0, -1);
    return body.split('|');
  }
  const inner = loneInnerPipe(trimmed, 0, trimmed.length);
  if (inner !== -1) return [trimmed.slice(0, inner), trimmed.slice(inner + 1)];
  if (loneEdgePipe(trimmed, 0, trimmed.length)) {
    const cell = trimmed.replace(/^\||\|$/, '');
    return cell.trim() === '' ? [] : [cell];
  }
  return splitAtSpaceRuns(trimmed);
}

/** `text.split(/ {2,}/)`, without the regex: `text` is trimmed, so no cell comes out empty. */
function splitAtSpaceRuns(text: string): string[] {
  const cells: string[] = [];
  let from = 0;
  for (let at = text.indexOf('  '); at !== -1; at = text.indexOf('  ', from)) {
    cells.push(text.slice(from, at));
    from = at + 2;
    while (text.charCodeAt(from) === 32) from++;
  }
  cells.push(text.slice(from));
  return cells;
}

/** Parse a number as printed, or null if the text is not one. */
export function parseNumber(text: string): { value: number; unit?: string } | null {
  return parseNumberKey(nfkc(text).trim());
}

/** parseNumber of text already NFKC and trimmed. */
function parseNumberKey(key: string): { value: number; unit?: string } | null {
  const m = NUMBER.exec(key);
  if (!m) return null;
  const value = Number(`${m[1] ?? ''}${(m[2] ?? '').replace(/[, ]/g, '')}${m[3] ?? ''}`);
  if (!Number.isFinite(value)) return null;
  return m[4] ? { value, unit: m[4] } : { value };
}

/**
 * Punctuation labels print whose NFKC is one mark that is no digit, letter, space, dash or other
 * placeholder mark (`（` → `(`, `，` → `,`, `、` stays): in a cell without digits it cannot make a
 * number or a placeholder. Checked here when the module loads, so a wrong entry costs only speed.
 */
const LABEL_PUNCTUATION = new Set(
  [...'（），：；。、“”‘’《》【】？！']
    .filter((ch) => {
      const folded = ch.normalize('NFKC');
      return folded.length === 1 && !/[\p{L}\p{N}\p{Pd}\s/\\*×]/u.test(folded);
    })
    .map((ch) => ch.charCodeAt(0)),
);


/** Whether String.prototype.trim removes the UTF-16 unit `c` (ECMAScript WhiteSpace and LineTerminator). */
function isTrimmed(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * The cell printed at `text[start, end)`, trimmed, as one cell; undefined when it holds digits
 * among words (for splitRunIn). Reads the cell in place, so a cell is sliced out only once.
 */
function classifySpan(text: string, start: number, end: number, line: number): Cell | undefined {
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  if (start === end) return { kind: 'empty', raw: '', line };
  // Most cells are plain digits or a label of ASCII, CJK ideographs (both unchanged by NFKC) and
  // LABEL_PUNCTUATION: one look at each character classifies them. Any other character (full-width
  // digits, ①, ², U+3000…) takes the general path below.
  let digits = 0;
  let punctuation = false;
  let plain = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c < 128 || (c >= 0x4e00 && c <= 0x9fff)) continue;
    else if (LABEL_PUNCTUATION.has(c)) punctuation = true;
    else {
      plain = false;
      break;
    }
  }
  const length = end - start;
  if (plain && digits === length && digits <= 300) {
    // What NUMBER gives; at most 300 digits, so Number cannot overflow (longer runs take the general path).
    if (length === 1) {
      const value = text.charCodeAt(start) - 48;
      // charAt of a digit is a string V8 keeps, not a new one: `0` is the commonest cell of all.
      return { kind: 'number', raw: text.charAt(start), line, value };
    }
    const raw = text.slice(start, end);
    return { kind: 'number', raw, line, value: Number(raw) };
  }
  const raw = text.slice(start, end);
  // A label's first words with its numbering printed after them (`要求5.`, pdftotext -layout of a
  // label's first line at the top of a page, its numbering's glyphs drawn a little lower): the
  // numbering opens the label (`5.要求`), else its words run on into the label before.
  const last = text.charCodeAt(end - 1);
  if ((last === 46 || last === 0xff0e) && end - start <= 8 && NUMBERING_AFTER_WORDS.test(raw)) return { kind: 'text', raw: raw.replace(NUMBERING_AFTER_WORDS, '$2$1'), line };
  if (plain) {
    // No digit, so no number, digit run or header `数据1`; the key is `raw` itself unless it holds
    // LABEL_PUNCTUATION, which no placeholder does.
    if (digits === 0) {
      return !punctuation && PLACEHOLDER.test(raw) ? { kind: 'placeholder', raw, line } : { kind: 'text', raw, line };
    }
    // A label numbered by its only digit (`1.属于…`, `3、其他`): no number, no digit run, no
    // header, and the digit numbers the label, so splitRunIn finds no value in it.
    if (digits === 1 && opensWithItemNumber(raw)) return { kind: 'text', raw, line };
  }
  const key = plain && !punctuation ? raw : nfkc(raw).trim();
  const number = parseNumberKey(key);
  if (number) return { kind: 'number', raw, line, ...number };
  if (PLACEHOLDER.test(key)) return { kind: 'placeholder', raw, line };
  if (isSpacedDigits(key)) return { kind: 'digits', raw, line };
  if (PLACEHOLDER_HEADERS.some((p) => p.test(key))) return { kind: 'text', raw, line };
  if (!/\d/.test(key)) return { kind: 'text', raw, line };
  return undefined;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * `/^\d+(?: +\d+)+$/.test(key)`: groups of digits with spaces between them (`20 0 00 0 121`).
 * A loop, not that pattern: on a cell of a few million `1 2 3` its backtracking overflows the stack.
 */
function isSpacedDigits(key: string): boolean {
  let groups = 0;
  let i = 0;
  const n = key.length;
  while (i < n) {
    if (!isDigit(key.charCodeAt(i))) return false;
    while (i < n && isDigit(key.charCodeAt(i))) i++;
    groups++;
    if (i === n) break;
    if (key.charCodeAt(i) !== 32) return false;
    while (key.charCodeAt(i) === 32) i++;
    if (i === n) return false;
  }
  return groups > 1;
}

/**
 * ITEM_NUMBER at the start of `raw`, for a cell of ASCII, CJK ideographs and LABEL_PUNCTUATION:
 * those characters NFKC leaves in place, so `raw` matches where its key does.
 */
function opensWithItemNumber(raw: string): boolean {
  const first = raw.charCodeAt(0);
  if (first < 48 || first > 57) return false;
  const mark = raw.charCodeAt(1);
  if (mark !== 0x2e && mark !== 0x3001) return false; // `.` or `、`
  let i = 2;
  for (let c = raw.charCodeAt(i); c === 32 || (c >= 9 && c <= 13); c = raw.charCodeAt(++i));
  const c = raw.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}

interface ValueSpan {
  start: number;
  end: number;
}

/**
 * NFKC of `text`, with the index in `text` of each character of the result (and of its end);
 * `at` is null when NFKC changes nothing (ASCII and CJK ideographs, the usual run-in line): the
 * index is then the same.
 */
function nfkcWithIndex(text: string): { key: string; at: number[] | null } {
  let i = 0;
  const n = text.length;
  for (; i < n; ) {
    const c = text.charCodeAt(i);
    if (c < 128 || (c >= 0x4e00 && c <= 0x9fff)) {
      i++;
      continue;
    }
    const ch = characterAt(text, i);
    if (foldChar(ch) !== ch) break;
    i += ch.length;
  }
  if (i === n) return { key: text, at: null };
  // Pieces joined once (a string grown a character at a time is a rope as deep as the line): the
  // stretches NFKC leaves alone as slices, each character it changes as its fold. A piece a
  // character was twice as slow on a 50,000-character label.
  const pieces: string[] = [];
  let unchanged = 0; // where the current stretch of unchanged text starts
  const at: number[] = [];
  for (let k = 0; k < i; k++) at.push(k);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 || (c >= 0x4e00 && c <= 0x9fff)) {
      at.push(i++);
      continue;
    }
    const ch = characterAt(text, i);
    const folded = foldChar(ch);
    for (let j = 0; j < folded.length; j++) at.push(i);
    if (folded !== ch) {
      pieces.push(text.slice(unchanged, i), folded);
      unchanged = i + ch.length;
    }
    i += ch.length;
  }
  pieces.push(text.slice(unchanged));
  at.push(n);
  return { key: pieces.join(''), at };
}

/**
 * The end of the run of digits that starts at `start` (DIGIT_RUN_START): after a sign, digits
 * and maybe a decimal part; else digits and single spaces (`20 0 00 0 121`), maybe a decimal part.
 */
function digitRunEnd(key: string, start: number): number {
  const signed = !isDigit(key.charCodeAt(start));
  let i = signed ? start + 1 : start;
  while (isDigit(key.charCodeAt(i))) i++;
  if (!signed) {
    while (key.charCodeAt(i) === 32 && isDigit(key.charCodeAt(i + 1))) {
      i += 2;
      while (isDigit(key.charCodeAt(i))) i++;
    }
  }
  if (key.charCodeAt(i) === 46 && isDigit(key.charCodeAt(i + 1))) {
    i += 2;
    while (isDigit(key.charCodeAt(i))) i++;
  }
  return i;
}

/**
 * The cells a run of digits may hold for the work bound: its groups (`20 0 00` three), each of
 * which tables reads as a cell of its own before it cuts.
 */
function groupsIn(text: string, from: number, to: number): number {
  let groups = 1;
  for (let i = from + 1; i < to; i++) if (text.charCodeAt(i) !== 32 && text.charCodeAt(i - 1) === 32) groups++;
  return groups;
}

/** Whether `key[from, to)` holds the character `c`: a scan that never runs past the span. */
function holds(key: string, c: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (key.charCodeAt(i) === c) return true;
  return false;
}

/**
 * The values inside a text cell: digit runs that open the cell or follow the end of a label, and
 * are followed by the end of the cell, the start of a label, or (for a number with a unit) more
 * digits. Values printed after a label one after another with a space between (`行政许可 95 -5
 * 7923`: a page run into one line with its spaces kept) are each a value: a value may follow the
 * one before, and be followed by the next. A cell that opens with its values (a table cell of its
 * own, `001 3.5万元`) is not taken apart this way: it stays one cell, as printed. Digits that number
 * a label (`1.属于…`), or that prose prints (`2024年`, `9条，`), stay text. The search stops once
 * it has found more than `limit` spans (the work bound: the caller gives up on the line then).
 */
export function valueSpans(key: string, limit = Infinity): ValueSpan[] {
  const spans: ValueSpan[] = [];
  // Signed cells run together after a label (or alone): one span, for the row to cut.
  const signed = signedRunStart(key);
  if (signed >= 0 && (signed === 0 || LABEL_END.test(key.charAt(signed - 1))) && !/\d/.test(key.slice(0, signed))) {
    return [{ start: signed, end: key.length }];
  }
  const startsLabel = (at: number): boolean => {
    ITEM_NUMBER.lastIndex = at;
    if (ITEM_NUMBER.test(key)) return true;
    LABEL_START.lastIndex = at;
    PROSE_AFTER_NUMBER.lastIndex = at;
    return LABEL_START.test(key) && !PROSE_AFTER_NUMBER.test(key);
  };
  /** Whether the spans so far (the last one's run of values) follow a label in this cell. */
  let afterLabel = false;
  /** Another value after the space at `at - 1`, in values that follow a label. */
  const startsValue = (at: number): boolean => {
    if (!afterLabel || key[at - 1] !== ' ') return false;
    VALUE_START.lastIndex = at;
    return VALUE_START.test(key);
  };
  /**
   * The span, or, for a run with spaces whose last group is a decimal or carries a unit
   * (`124 35.6`, `45 251000元`), its plain digits and that last value as two spans: the last is
   * a whole cell, which a cut of the digits must not reach into.
   */
  const push = (start: number, end: number, unitless: number): void => {
    // The last space of the run and a decimal point after it, looked for inside the run only: a
    // search of the rest of the line for every value made a long line quadratic.
    let space = unitless - 1;
    while (space > start && key.charCodeAt(space) !== 32) space--;
    if (afterLabel && space > start && (end > unitless || holds(key, 46, space, unitless))) {
      spans.push({ start, end: space }, { start: space + 1, end });
    } else spans.push({ start, end });
  };
  DIGIT_RUN_START.lastIndex = 0;
  for (let m = DIGIT_RUN_START.exec(key); m !== null && spans.length <= limit; m = DIGIT_RUN_START.exec(key)) {
    const start = m.index;
    const runEnd = digitRunEnd(key, start);
    DIGIT_RUN_START.lastIndex = runEnd;
    let end = runEnd;
    let before = start - 1;
    if (key[before] === ' ') before--;
    const afterValue: boolean = afterLabel && before >= 0 && key[before + 1] === ' ' && spans.at(-1)?.end === before + 1;
    // A signed number only continues values (`95 -5`): after a label, a dash is a mark or prose.
    const signed = !isDigit(key.charCodeAt(start));
    if (signed ? !afterValue : before >= 0 && !LABEL_END.test(key.charAt(before)) && !afterValue && !brokenAfter(key, before)) continue;
    afterLabel = afterValue || before >= 0;
    const decimal = holds(key, 46, start, runEnd);
    const spaced = holds(key, 32, start, runEnd);
    ITEM_NUMBER.lastIndex = end - 1;
    if (!decimal && ITEM_NUMBER.test(key)) {
      end = runEnd - 1; // the last digit numbers the next label
      while (end > start && key.charCodeAt(end - 1) === 32) end--;
      if (end <= start) continue;
    }
    const rest = key[end] === ' ' ? end + 1 : end;
    const unit = UNITS.find((u) => key.startsWith(u, rest));
    if (unit !== undefined && (!spaced || (afterLabel && rest === end))) {
      const after = rest + unit.length;
      if (after === key.length || /\d/.test(key.charAt(after))) {
        push(start, after, end);
        continue;
      }
    }
    // A label may follow after more spaces (`2466  三、本年度办理结果`: two lines joined in a cell),
    // or a page's number (`559 — 1 — 望川县…`: a report's pages run into one line).
    let word = rest;
    while (key.charCodeAt(word) === 32) word++;
    if (rest === key.length || startsLabel(word) || startsValue(rest) || pageNumberAt(key, word)) push(start, end, end);
  }
  return spans;
}

/**
 * Does the label piece before a space at `key[at + 1]` end with a comma or a 、 (`只计这一情形， 49
 * 62 …`, `缴纳费用、 111 …`)? A label a line break cut there, run into one line with its row's numbers.
 */
const brokenAfter = (key: string, at: number): boolean => (key[at] === ',' || key[at] === '、') && key[at + 1] === ' ';

/** Is a page's number (`— 1 —`, `- 12 -`), then a space or the end, at `key[at]`? */
function pageNumberAt(key: string, at: number): boolean {
  PAGE_NUMBER_IN_LINE.lastIndex = at;
  return PAGE_NUMBER_IN_LINE.test(key);
}

/** A row's numbering, after words and a space, in `key[start, end)`: where it starts, or -1. */
function numberingAfterWords(key: string, start: number, end: number): number {
  const words = key.slice(start, end);
  const first = words.search(/\S/);
  if (first === -1) return -1;
  const space = words.slice(first).search(SPACE_BEFORE_NUMBERING);
  return space === -1 ? -1 : start + first + space + 1;
}

/**
 * A text cell taken apart at its values; a label after values starts a new row (and words before a
 * row's numbering there end the row before: `numberingAfterWords`).
 */
function splitRunIn(raw: string, line: number, budget: WorkBudget | undefined): NonEmpty<Cell[]> {
  const { key, at } = nfkcWithIndex(raw);
  // `at` holds a raw index for each index of the key and for its end (raw.length, its last entry).
  const pos = (i: number): number => (at === null ? i : (at[i] ?? raw.length));
  const spans = valueSpans(key, budget?.left);
  if (spans.length === 0) {
    spend(budget, 1);
    return [[{ kind: 'text', raw, line }]];
  }
  let row: Cell[] = [];
  const rows: [Cell[], ...Cell[][]] = [row];
  let from = 0;
  const label = (start: number, end: number): void => {
    const printed = raw.slice(pos(start), pos(end)).trim();
    if (printed === '') return;
    if (row.some((c) => c.kind !== 'text')) rows.push((row = []));
    spend(budget, 1);
    row.push({ kind: 'text', raw: printed, line });
  };
  const text = (start: number, end: number): void => {
    // Words after values, then a row's numbering (`364 开出版物 4.无正当理由 20 …`): a report run
    // into one line from a page that wrapped its labels around their numbers. The words before
    // the numbering end the label of the row before, as on a line of their own; the numbering
    // opens the next row.
    const numbering = row.some((c) => c.kind !== 'text') ? numberingAfterWords(key, start, end) : -1;
    if (numbering !== -1) {
      label(start, numbering);
      rows.push((row = []));
      label(numbering, end);
    } else label(start, end);
  };
  for (const span of spans) {
    text(from, span.start);
    spend(budget, groupsIn(key, span.start, span.end));
    const printed = raw.slice(pos(span.start), pos(span.end)).trim();
    const number = /[^\d ]/.test(key.slice(span.start, span.end)) ? parseNumber(printed) : null;
    const apart = span.start > 0 && /\s/.test(key.charAt(span.start - 1)) && /^\d+$/.test(printed);
    row.push(number ? { kind: 'number', raw: printed, line, ...number } : { kind: 'digits', raw: printed, line, ...(apart ? { apart: true as const } : {}) });
    from = span.end;
  }
  text(from, key.length);
  return rows;
}

/**
 * The one pipe of `text[start, end)`, when it stands inside with numbers after it and numbers or a
 * label (words holding a Chinese character) before it: the rest of a markdown row of numbers a
 * converter wrapped, its edge pipes on other lines (`…| 312 | 588 |` / `825 | 1742`), or a
 * two-column row printed without edge pipes (`行政许可 | 4759`, `行政事业性收费 | 10.5`), both
 * html2text's. -1 otherwise: words after it (`信息内容 | 本年处理决定数量`, a menu's `首页 | 政务公开`)
 * stay one cell.
 */
function loneInnerPipe(text: string, start: number, end: number): number {
  const at = text.indexOf('|', start);
  if (at === -1 || at >= end) return -1;
  const again = text.indexOf('|', at + 1);
  if (again !== -1 && again < end) return -1;
  const numbers = (from: number, to: number): boolean => NUMBERS_ONLY.test(text.slice(from, to));
  if (!numbers(at + 1, end)) return -1;
  if (numbers(start, at)) return at;
  const label = text.slice(start, at);
  return CHINESE.test(label) && TWO_COLUMN_LABEL.test(label) ? at : -1;
}

/**
 * The label of a row whose cells a pipe sets apart (`行政许可 | 4759`, or `规章|2 3520` where a tab
 * was), besides holding a Chinese character (CHINESE): no run of spaces (which would make the pipe
 * a character inside a cell of a row set out in spaces: `8.属于行政查询事项  8|3  61`), not ending in
 * a digit (a number the pipe cut in two).
 */
const TWO_COLUMN_LABEL = /^(?![^]*\S {2})[^]*[^\s\d０-９][ ]?$/u;

/** Numbers (maybe with a decimal part; ASCII or full-width) with spaces between them, and nothing else. */
const NUMBERS_ONLY = /^\s*[0-9０-９]+(?:[.．][0-9０-９]+)?(?:\s+[0-9０-９]+(?:[.．][0-9０-９]+)?)*\s*$/;

/** Is the one pipe of `text[start, end)` its first or its last character (a piece of a markdown row)? */
function loneEdgePipe(text: string, start: number, end: number): boolean {
  const at = text.indexOf('|', start);
  if (at === -1 || at >= end || (at !== start && at !== end - 1)) return false;
  const again = text.indexOf('|', at + 1);
  return again === -1 || again >= end;
}

/**
 * A source line's token lines, appended to `out` (one array for a whole region): one, or one per
 * row when a crawler ran rows together into a cell (each label that follows values opens a row),
 * or none when it prints no cell. Every token line keeps the source line's number.
 */
function pushRows(out: TokenLine[], text: string, line: number, budget: WorkBudget | undefined): void {
  let cells: Cell[] = [];
  let to = text.indexOf('\t');
  if (to !== -1) {
    // splitCells' tab split, read in place.
    let from = 0;
    for (; to !== -1; to = text.indexOf('\t', from)) {
      cells = readCell(out, cells, text, from, to, line, budget);
      from = to + 1;
    }
    cells = readCell(out, cells, text, from, text.length, line, budget);
  } else {
    let start = 0;
    let end = text.length;
    while (start < end && isTrimmed(text.charCodeAt(start))) start++;
    while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
    if (start < end && text.includes('|') && TWO_PIPES.test(text)) {
      // splitCells' pipe split, read in place (a line of a million cells is never split into strings).
      // A markdown separator row prints no cell; the line above it is its table's header.
      if (isSeparatorRow(text, start, end)) {
        const above = out.at(-1);
        if (above?.line === line - 1) above.header = true;
        return;
      }
      let from = text.charCodeAt(start) === 124 ? start + 1 : start;
      const to = end > from && text.charCodeAt(end - 1) === 124 ? end - 1 : end;
      for (let at = text.indexOf('|', from); at !== -1 && at < to; at = text.indexOf('|', from)) {
        cells = readPipeCell(out, cells, text, from, at, line, budget);
        from = at + 1;
      }
      cells = readPipeCell(out, cells, text, from, to, line, budget);
    } else if (start < end && loneInnerPipe(text, start, end) !== -1) {
      // The rest of a markdown row a converter wrapped (`825 | 1742`), or a two-column row without
      // edge pipes (`行政许可 | 4759`): the cells either side of its pipe.
      const at = loneInnerPipe(text, start, end);
      cells = readCell(out, cells, text, start, at, line, budget);
      cells = readCell(out, cells, text, at + 1, end, line, budget);
    } else if (start < end && loneEdgePipe(text, start, end)) {
      // The rest of a markdown row a line break cut (`688 |`, `| 其他`): one cell, its pipe aside.
      const from = text.charCodeAt(start) === 124 ? start + 1 : start;
      const to = text.charCodeAt(end - 1) === 124 ? end - 1 : end;
      if (from < to) cells = readCell(out, cells, text, from, to, line, budget);
    } else if (start < end) {
      // splitCells' split of the trimmed line at runs of two or more spaces, read in place.
      let from = start;
      // A run found at or after `end` lies in the trailing spaces trim removed.
      for (let at = text.indexOf('  ', from); at !== -1 && at < end; at = text.indexOf('  ', from)) {
        cells = readCell(out, cells, text, from, at, line, budget);
        from = at + 2;
        while (text.charCodeAt(from) === 32) from++;
      }
      cells = readCell(out, cells, text, from, end, line, budget);
    }
  }
  // A line that prints no cell (blank, or a page number normalize emptied) gives no token line:
  // no stage reads anything from one (TokenLine.blank, which said so, was read by none).
  if (cells.length > 0) out.push({ line, cells });
}

const isValueCell = (c: Cell): boolean => c.kind === 'number' || c.kind === 'digits';

/**
 * A pipe cell that prints a label and then numbers, each set apart by a run of spaces (`| 事项   94
 * 127 |`: a table laid out in spaces inside another's cell, as pandoc prints a web page's table
 * nested in its layout table): the label and each number are cells, as on a line of spaces. Any
 * other cell is one cell, as printed.
 */
function readPipeCell(out: TokenLine[], cells: Cell[], text: string, start: number, end: number, line: number, budget: WorkBudget | undefined): Cell[] {
  // Within the cell only, its padding aside (a line of 50,000 cells is not searched to its end for each).
  let from = start;
  let to = end;
  while (from < to && isTrimmed(text.charCodeAt(from))) from++;
  while (to > from && isTrimmed(text.charCodeAt(to - 1))) to--;
  const pieces: Array<[number, number]> = [];
  let piece = from;
  for (let i = from; i < to - 1; i++) {
    if (text.charCodeAt(i) !== 32 || text.charCodeAt(i + 1) !== 32) continue;
    pieces.push([piece, i]);
    while (i < to && text.charCodeAt(i) === 32) i++;
    piece = i;
  }
  if (pieces.length === 0) return readCell(out, cells, text, start, end, line, budget);
  pieces.push([piece, to]);
  const read = pieces.map(([a, b]) => classifySpan(text, a, b, line));
  const [label, ...values] = read;
  // A label is words (`事项`, `费`): a mark or stray character before a number (`#  71`) is no label.
  if (label?.kind !== 'text' || !CHINESE.test(label.raw) || !values.every((c) => c !== undefined && (c.kind === 'number' || c.kind === 'placeholder'))) {
    return readCell(out, cells, text, start, end, line, budget);
  }
  let row = cells;
  for (const [a, b] of pieces) row = readCell(out, row, text, a, b, line, budget);
  return row;
}

/** Rows of fewer cells than this are looked through whole each time (holdsValue). */
const FEW_CELLS = 64;

/** How far each row being read was looked through for a value cell, and whether one was found (holdsValue). */
const VALUE_SEEN = new WeakMap<Cell[], { upTo: number; found: boolean }>();

/**
 * Does the row being read hold a value cell? Each cell is looked at once, however often it is
 * asked (a line of 262,000 text cells opening with numberings is not looked through for each).
 */
function holdsValue(cells: Cell[]): boolean {
  // A row of a few cells is looked through as it stands: faster than keeping what was seen.
  if (cells.length < FEW_CELLS) return cells.some(isValueCell);
  const seen = VALUE_SEEN.get(cells) ?? { upTo: 0, found: false };
  for (; !seen.found && seen.upTo < cells.length; seen.upTo++) {
    const cell = cells[seen.upTo];
    if (cell !== undefined && isValueCell(cell)) seen.found = true;
  }
  VALUE_SEEN.set(cells, seen);
  return seen.found;
}

/** Does a text cell open with a row's numbering (`2.`, `（五）`, `四、`) or a part 二 table's heading (`第二十条第（五）项`)? */
const opensRow = (raw: string): boolean => {
  const key = nfkc(raw.trimStart());
  return ROW_NUMBERING.test(key) || SMALL_TABLE_HEADING.test(key);
};

/**
 * Adds the cell at `text[start, end)` to `cells`, the row being read; returns the row to go on
 * with, a new one when the cell held rows run together (the finished ones go to `out`).
 */
function readCell(
  out: TokenLine[],
  cells: Cell[],
  text: string,
  start: number,
  end: number,
  line: number,
  budget: WorkBudget | undefined,
): Cell[] {
  const cell = classifySpan(text, start, end, line);
  if (cell !== undefined) {
    spend(budget, cell.kind === 'digits' ? groupsIn(cell.raw, 0, cell.raw.length) : 1);
    // A numbered label or a part 二 table's heading after values (`规范性文件⇥153639907⇥第二十条第（五）项`:
    // two lines a conversion joined) opens a row of its own, as after values in one cell.
    if (cell.kind === 'text' && holdsValue(cells) && opensRow(cell.raw)) {
      out.push({ line, cells });
      return [cell];
    }
    cells.push(cell);
    return cells;
  }
  // The first row continues the line's current one; each later row starts a token line.
  const [first, ...later] = splitRunIn(text.slice(start, end).trim(), line, budget);
  for (const c of first) cells.push(c);
  for (const row of later) {
    if (cells.length > 0) out.push({ line, cells });
    cells = row;
  }
  return cells;
}

/**
 * A region's token lines. `join`, line numbers of breaks digitBreak found, reads each such line and
 * the next as one line (the break inside a number): the other reading, which report.ts compares
 * with the reading as printed. With a `budget` (limits.ts), each cell spends one, and a region that
 * prints more cells than are left throws WorkBoundReached: memory and time stay bounded whatever
 * the input (a file of 8 million one-digit lines).
 */
export function tokenize(region: Region, budget?: WorkBudget, join?: ReadonlySet<number>): TokenLine[] {
  const out: TokenLine[] = [];
  const { lines, firstLine } = region;
  /** What is left of a line whose first cell completed a number cut at the end of the line before. */
  let rest: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    let text: string = rest ?? lines[i] ?? '';
    rest = null;
    if (join?.has(firstLine + i) === true && i + 1 < lines.length) {
      // The line break after this line read as one inside a number (digitBreak): the two lines as one.
      text += lines[++i] ?? '';
      pushRows(out, text, firstLine + i - 1, budget);
      continue;
    }
    const next = lines[i + 1];
    const cut: Cut | null = next === undefined ? null : numberCut(text, next);
    if (next !== undefined && opensCutLabel(text, next)) {
      // `2` / `.重复申请`: the numbering of the label on the next line, not a value.
      rest = `${text.trim()}${next.trimStart()}`;
      continue;
    }
    if (cut !== null) {
      const before = out.length;
      pushRows(out, cut.joined, firstLine + i, budget);
      if (markCut(out, before, firstLine + i, { before: cut.before, after: cut.after, line: firstLine + i + 1 })) {
        rest = cut.rest;
        continue;
      }
      out.length = before; // the pieces did not read as one number cell: each line as printed
    }
    pushRows(out, text, firstLine + i, budget);
  }
  return out;
}

// ── A number cut by a line break ────────────────────────────────────────────────────────────
// A converter (or a line-length limit) breaks a line inside a number, at its decimal point:
// `行政事业性收费⇥10` / `.5`, or `…⇥10.` / `5`. Neither piece reads alone as what was printed
// (`.5` is no number, `10.` none either), so the two are read as one number, on the first line,
// and the cell remembers the cut (`NumberCut`): the table that places it says so.

const isDigitCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
const isPointCode = (c: number): boolean => c === 46 || c === 0xff0e; // `.` `．`
const isCommaCode = (c: number): boolean => c === 44 || c === 0xff0c; // `,` `，`

/**
 * Where the number that ends at `end` (exclusive) starts: digits, maybe with thousands commas
 * between them, and nothing before it that continues a number (a digit, a point, a comma).
 * -1 when no such number ends there.
 */
function numberStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && (isDigitCode(text.charCodeAt(i - 1)) || (isCommaCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i - 2))))) i--;
  if (i === end || !isDigitCode(text.charCodeAt(i))) return -1;
  const c = text.charCodeAt(i - 1);
  return i > 0 && (isPointCode(c) || isCommaCode(c)) ? -1 : i;
}

/**
 * The first cell of `next` when it is the rest of a number cut at the end of the line before:
 * `.5` (a decimal part, `point` true) or `5` (digits after a number ending in its point), maybe
 * with a unit (`.25万元`), and ending its cell (the line's end, a tab, a pipe, two spaces).
 * Returns the piece and what follows its cell; null when the line does not open so.
 */
function cutPiece(next: string, point: boolean): { piece: string; rest: string } | null {
  let i = 0;
  while (next.charCodeAt(i) === 32) i++;
  const start = i;
  if (point) {
    if (!isPointCode(next.charCodeAt(i))) return null;
    i++;
  }
  const digits = i;
  while (isDigitCode(next.charCodeAt(i))) i++;
  if (i === digits || isPointCode(next.charCodeAt(i)) || isCommaCode(next.charCodeAt(i))) return null;
  let end = i;
  while (next.charCodeAt(i) === 32 && next.charCodeAt(i + 1) !== 32) i++;
  const unit = UNITS.find((u) => next.startsWith(u, i));
  if (unit !== undefined) end = i += unit.length;
  else i = end;
  // The cell ends here: at the line's end, a tab or a pipe (spaces before them aside), or two spaces.
  let after = i;
  while (next.charCodeAt(after) === 32) after++;
  const piece = next.slice(start, end);
  if (after === next.length) return { piece, rest: '' };
  const c = next.charCodeAt(after);
  if (c === 9) return { piece, rest: next.slice(after + 1) };
  // A pipe that closed the piece's cell, and only that, leaves nothing (a lone `|` is no row).
  if (c === 124 /* | */) return { piece, rest: next.trim() === `${piece}|` || next.trim().replace(/\s+/g, '') === `${piece}|` ? '' : next.slice(after) };
  if (after - i >= 2) return { piece, rest: next.slice(after) };
  return null;
}

interface Cut {
  /** `text` with the piece that completes its last number. */
  joined: string;
  /** `next` without it. */
  rest: string;
  before: string;
  after: string;
}

/**
 * A number cut between the end of `text` and the start of `next` at its decimal point, or null.
 * Only the ends of the two lines are looked at: a long line costs no more than a short one.
 */
function numberCut(text: string, next: string): Cut | null {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  if (end === 0) return null;
  const last = text.charCodeAt(end - 1);
  // `10` / `.5`: the digits end the line, the point and decimals open the next.
  // `10.` / `5`: the point ends the line, the decimals open the next.
  const point = isDigitCode(last);
  if (!point && !(isPointCode(last) && isDigitCode(text.charCodeAt(end - 2)))) return null;
  const start = numberStart(text, point ? end : end - 1);
  if (start < 0) return null;
  // One or two digits and a point right after words (`属于国家秘密1.`): a label's numbering printed
  // after its words (pdftotext -layout), not a number cut at its point.
  if (!point && end - 1 - start <= MOST_NUMBERING_DIGITS && start > 0 && CHINESE.test(text.charAt(start - 1))) return null;
  const piece = cutPiece(next, point);
  if (piece === null) return null;
  return { joined: text.slice(0, end) + piece.piece, rest: piece.rest, before: text.slice(start, end), after: piece.piece };
}

/**
 * Is `text` a label's numbering that a line break cut from its words (`2` / `.重复申请`)? A line of
 * one or two digits alone, and the next opening with the mark after a numbering and a word
 * (ITEM_NUMBER without its digit). Such a line is no value: no number is printed so.
 */
function opensCutLabel(text: string, next: string): boolean {
  const number = text.trim();
  if (number.length === 0 || number.length > 2 || !isDigitCode(number.charCodeAt(0)) || !isDigitCode(number.charCodeAt(number.length - 1))) return false;
  const start = next.length - next.trimStart().length;
  ITEM_NUMBER.lastIndex = 0;
  return ITEM_NUMBER.test(`1${nfkc(next.slice(start, start + 4))}`);
}

/**
 * Marks the number the joined line ends with as cut (`NumberCut`); false when the joined line
 * does not end in one number cell holding the piece (the pieces are then read as printed).
 */
function markCut(out: TokenLine[], from: number, line: number, cut: NumberCut): boolean {
  const last = out.length > from ? out[out.length - 1] : undefined;
  const cell = last?.line === line ? last.cells.at(-1) : undefined;
  if (cell?.kind !== 'number' || !cell.raw.endsWith(cut.after) || !cell.raw.includes(cut.before)) return false;
  cell.cut = cut;
  return true;
}

// ── A number cut between two of its digits ──────────────────────────────────────────────────
// `行政许可⇥2941` printed `行政许可⇥29` / `41`: both pieces read as numbers, so the cut cannot be
// seen in either line. Where a line ends in a digit and the next opens with one, the break may be
// such a cut: report.ts reads the tables both ways (as printed, and the two lines as one) and keeps
// only what both readings agree on, or what the form's arithmetic settles.

/** A line break that may have cut a number between two digits: `before` ends line `line`, `after` opens the next. */
export interface DigitBreak {
  line: number;
  before: string;
  after: string;
  /**
   * Each piece a cell of its own as printed: `before` (maybe after a sign) set apart from what
   * precedes it on its line by a space, tab or pipe, or opening it; `after` a number (maybe with a
   * unit) that a space, tab or pipe, or the line's end, sets apart from what follows it.
   */
  apart: boolean;
}

/** A line of numbers alone, one or a few a space apart (`5 22`): plain pdftotext's cells, one or two a line. */
const NUMBERS_ALONE = /^\s*[0-9０-９]+(?: [0-9０-９]+)*\s*$/;

/** The breaks of a region's lines that may have cut a number between its digits (digitBreak). */
export function digitBreaks(lines: readonly string[], firstLine: number): DigitBreak[] {
  const found: DigitBreak[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const cut = digitBreak(lines[i] ?? '', lines[i + 1] ?? '', firstLine + i);
    if (cut !== null) found.push(cut);
  }
  return found;
}

/**
 * Could the break between `text` and `next` have cut a number between two of its digits? `text`
 * ends in a digit and `next` opens with one, no space or separator between them, and `next` does
 * not open with a label's numbering (`2.重复申请`, or `7.` alone before numbers or on its line).
 * Lines of numbers alone, one or a few a line (plain pdftotext prints cells so), are not asked
 * about here: any two of them would be one, and only the count of a row's cells tells (buildTable's
 * `unsure`); nor a lone `0` before the break (no number opens with 0). Returns the pieces, or null.
 */
export function digitBreak(text: string, next: string, line: number): DigitBreak | null {
  if (!isDigitCode(text.charCodeAt(text.length - 1)) || !isDigitCode(next.charCodeAt(0))) return null;
  // Numbers alone on both lines, one or two a line (`22` / `5 22` / `7 75`): cells as plain
  // pdftotext prints them, not one number cut in two.
  if (NUMBERS_ALONE.test(text) && NUMBERS_ALONE.test(next)) return null;
  ITEM_NUMBER.lastIndex = 0;
  if (ITEM_NUMBER.test(nfkc(next.slice(0, 6))) || NUMBERING_THEN_NUMBERS.test(nfkc(next.slice(0, 64)))) return null;
  let start = text.length - 1;
  while (start > 0 && isDigitCode(text.charCodeAt(start - 1))) start--;
  // A number is not printed with a leading zero: a lone `0` before the break is a cell of its own (`0` / `8`).
  if (text.charAt(start) === '0' && start === text.length - 1) return null;
  let end = 1;
  while (end < next.length && isDigitCode(next.charCodeAt(end))) end++;
  // A sign may open the first piece (`-5` / `7923`); the second ends at a space, tab or pipe, or the line's end.
  const opens = /[+\-＋－]/.test(text.charAt(start - 1)) ? start - 1 : start;
  const token = /^[^\s|]+/.exec(next)?.[0] ?? '';
  const apart = (opens === 0 || /[\s|]/.test(text.charAt(opens - 1))) && parseNumber(token) !== null;
  return { line, before: text.slice(start), after: next.slice(0, end), apart };
}
