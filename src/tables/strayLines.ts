/**
 * Lines a table's region prints that are no piece of its print, passed over in reading it:
 *
 * - the report's title printed again, words alone (`2017年政府信息公开工作年度报告`): a page's
 *   running head where a page break fell inside the table;
 * - the part's own heading printed again among the table's numbers, words alone: a page's head,
 *   or lines a conversion printed twice;
 * - words alone, no digit, longer than any of the table's labels (with its group's label), and a
 *   few characters over and over (a line of `中中中…` or `规章⇥一、一、一、…` dropped among a table's
 *   numbers by a conversion or an editor);
 * - words no longer than a label, then one unit of a few characters over and over, longer than a
 *   label, a letter or a digit in it but not digits alone (`一、本年新收政府信息公开申请数量1,1,1,…`,
 *   `规章⇥本年新收本年新收…`). Leader marks after a label (`……`, `———`) are the label's.
 *
 * Read as a row the form does not have, such a line ends the numbers of the row before it and
 * starts a new stretch (`3.危及“三安全一稳定”` / `0` / the line / `0 0 24 0 0 24`, where labels follow
 * their numbers: 3. read one number, 4.保护第三方合法权益 the next row's seven). Passed over, the
 * table reads as if the line were not there; each among the table's numbers is reported
 * (`unknown-row.runningHead`, `unknown-row.passedOver`), so nothing printed there is lost unsaid.
 * Shorter words (`单位：件`, `（续表）`, a label's piece), and words of many characters (a header
 * line, prose, text decoded in the wrong encoding), are left to the reading.
 */
import { diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import { matchKey } from '../normalize/matchKey.js';
import type { Cell, TokenLine } from '../tokens.js';
import type { TablePlan } from './plan.js';
import { printedKey, readOnce } from './repeats.js';
import { headingsIn } from '../sections/headings.js';
import type { PartNumber } from '../catalog/parts.js';

const DIGIT = /\p{Nd}/u;
/** A letter: a line of marks alone (`------`, a markdown table's rule) is none of this. */
const LETTER = /\p{L}/u;
/** The most distinct characters such a line prints (`规章⇥一、一、…`: 规, 章, 一 and 、). */
const MOST_DISTINCT = 4;

/** By plan: the length of its longest label as the form prints it, with its group's label (as matchKeys). */
const LONGEST = new WeakMap<TablePlan, number>();

function longestLabel(plan: TablePlan): number {
  let longest = LONGEST.get(plan);
  if (longest === undefined) {
    longest = Math.max(...plan.rows.map((r) => r.wholeKey.length + (r.groupKey?.length ?? 0)));
    LONGEST.set(plan, longest);
  }
  return longest;
}

/** The cells of a line that prints words alone (no cell a number, blanks aside); else null. */
function wordCells(line: TokenLine): Cell[] | null {
  const cells = line.cells.filter((c) => c.kind !== 'empty');
  return cells.length === 0 || cells.some((c) => c.kind !== 'text') ? null : cells;
}

/** A letter or a digit: a unit of marks alone (`…`, `—`, a label's leader dots) is none of this. */
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
/** Digits alone: a unit of them over and over may be numbers run together. */
const DIGITS = /^\p{Nd}+$/u;
/** The longest unit a junk line repeats (`1,`, `一、`, `规章`). */
const LONGEST_UNIT = 4;

/**
 * Is the line no piece of the table's print, words alone (as matchKeys) longer than its labels:
 * `'repeated'`, a few characters over and over, with a letter and no digit; `'afterWords'`, words
 * no longer than a label, then one unit of a few characters (a letter or digit among them, not
 * digits alone) over and over, longer than a label (`一、本年新收政府信息公开申请数量1,1,1,…`, words a
 * conversion or an editor ran into junk)? Null when neither.
 */
function passedOver(line: TokenLine, plan: TablePlan): 'repeated' | 'afterWords' | null {
  const cells = wordCells(line);
  if (cells === null) return null;
  const key = matchKey(cells.map((c) => c.raw).join(''));
  const longest = longestLabel(plan);
  if (key.length <= longest) return null;
  const seen = new Set<string>();
  let few = true;
  for (const ch of key) {
    if (seen.add(ch).size <= MOST_DISTINCT) continue;
    few = false;
    break;
  }
  if (few) return LETTER.test(key) && !DIGIT.test(key) ? 'repeated' : null;
  const chars = [...key];
  for (let size = 1; size <= LONGEST_UNIT; size++) {
    const unit = chars.slice(-size).join('');
    if (!LETTER_OR_DIGIT.test(unit) || DIGITS.test(unit)) continue;
    let start = chars.length - size;
    while (start >= size && chars.slice(start - size, start).join('') === unit) start -= size;
    if (start > 0 && start <= longest && chars.length - start > longest) return 'afterWords';
  }
  return null;
}

/** A report's title as a matchKey ends (`…2017年政府信息公开工作年度报告`, `…政务公开年报`): no table prints it. */
const TITLE_END = /(?:信息公开|政务公开)(?:工作)?(?:年度报告|年报)$/;

/** Does the line print the report's title (words alone, as many as a title's), a page's running head? */
function runningHead(line: TokenLine): boolean {
  const cells = wordCells(line);
  if (cells === null) return false;
  const words = cells.map((c) => c.raw).join('');
  // (Most lines print no 报: asked first, before the words are keyed.)
  if (!words.includes('报')) return false;
  const key = matchKey(words);
  // Not words run into a page's foot and head (`合法权益 —1— 昌乐县…年度报告`, a page run into one
  // line): those before the page's number are the table's.
  return key.length <= MOST_TITLE && TITLE_END.test(key) && !PAGE_FOOT.test(words);
}

/** A page's number between dashes, inside a line (`—1—`, `- 2 -`). */
const PAGE_FOOT = /[-－—–]\s*\d{1,4}\s*[-－—–]/;

/** The most characters of a title printed as a running head (an organ's name, its year, the words). */
const MOST_TITLE = 60;

/**
 * Does the line print the heading of the table's own part, words alone and nothing else
 * (`三、收到和处理政府信息公开申请情况` among part 三's numbers: a page's head, or lines a conversion
 * printed twice)? Asked only among the table's numbers: before them it is the part's heading.
 */
function headingAgain(line: TokenLine, plan: TablePlan): boolean {
  const cells = wordCells(line);
  if (cells === null) return false;
  const words = cells.map((c) => c.raw.trim()).join(' ');
  const { part } = plan.table.spec;
  return headingsIn(words, (part - 1) as PartNumber | 0).some((hit) => hit.part === part && hit.start === 0 && words.slice(hit.end).trim() === '');
}

/** Does the line print a number (a cell that is not words)? */
const printsNumber = (line: TokenLine): boolean => line.cells.some((c) => c.kind !== 'text' && c.kind !== 'empty');

/** The fewest times a printed line repeats one unit of words and numbers for it to be passed over. */
const LEAST_REPEATS = 3;

/**
 * The token lines (by index) of printed lines that repeat one unit of words and numbers over and
 * over (`本年新收政府信息公开申请数量 1 2 3 本年新收政府信息公开申请数量 1 2 3 …`, a conversion's or an
 * editor's junk), LEAST_REPEATS times at least: the tokenizer starts a token line at each label, so
 * such a line is as many identical token lines with one line number. No row prints so; read, each
 * copy ends the stretch of numbers it stands in.
 */
function unitsOverAndOver(printed: readonly TokenLine[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < printed.length; ) {
    const line = printed[i];
    let j = i + 1;
    for (let next = printed[j]; line !== undefined && next !== undefined && next.line === line.line && printedKey(next) === printedKey(line); next = printed[++j]);
    const words = line?.cells.some((c) => c.kind === 'text') === true && line.cells.some((c) => c.kind !== 'text' && c.kind !== 'empty');
    if (j - i >= LEAST_REPEATS && words) for (let k = i; k < j; k++) out.add(k);
    i = j;
  }
  return out;
}

/**
 * A line that ends in numbers a space apart, but for up to three characters after them (`1 1 1 …
 * 1 x`), whatever words come before them (`一、本年新收政府信息公开申请数量1 1 1 …`, a label run
 * into them): the numbers. (They start after a character that is neither digit nor space: no
 * match is tried from inside them.)
 */
const NUMBERS_AFTER_WORDS = /(?:^|[^\d ]) *(\d+(?: +\d+)*)\D{0,3}$/;

/**
 * The number a line prints over and over, numbers alone (but for a mark or two at either end, or
 * any words before them), more of them than the whole table has cells (`cells`; `1 1 1 1 …`,
 * thousands of them): no print of the table's, nor of its rows run together, whatever label opens
 * it. Null for any other line.
 */
function numberOver(line: TokenLine, cells: number): string | null {
  // (Thousands of numbers are one cell of text to the tokenizer, too long for a run of numbers.)
  // More numbers than `cells` print at least twice as many characters: most lines are let be at once.
  if (line.cells.reduce((n, c) => n + c.raw.length, 0) < 2 * cells) return null;
  const text = line.cells.map((c) => c.raw.trim()).filter((raw) => raw !== '').join(' ');
  const numbers = NUMBERS_AFTER_WORDS.exec(text)?.[1]?.split(/ +/) ?? [];
  const [only] = numbers;
  return only !== undefined && numbers.length > cells && numbers.every((n) => n === only) ? only : null;
}

/** The message of each kind of line passed over. */
const MESSAGE = {
  numberOver: 'unknown-row.numberOver',
  unitOver: 'unknown-row.unitOver',
  runningHead: 'unknown-row.runningHead',
  headingAgain: 'unknown-row.headingAgain',
  repeated: 'unknown-row.passedOver',
  afterWords: 'unknown-row.afterWords',
} as const;

/**
 * The lines a table is read from: such lines passed over, stretches printed twice read once
 * (repeats.ts), and the notes saying so. Only a line among the table's numbers (numbers before it
 * and after it in the region) is reported: before or after the table it is none of its print.
 */
export function linesToRead(printed: readonly TokenLine[], plan: TablePlan): { lines: readonly TokenLine[]; diagnostics: PendingDiagnostic[] } {
  const diagnostics: PendingDiagnostic[] = [];
  const first = printed.findIndex(printsNumber);
  const last = printed.findLastIndex(printsNumber);
  const unitOver = unitsOverAndOver(printed);
  /** The table's cells in all: a line of one number more times than these is none of its print. */
  const cells = plan.rows.reduce((n, row) => n + row.spec.columns.length, 0);
  let passed = 0;
  /** The words the line prints, for its message. */
  const wordsOf = (line: TokenLine): string => line.cells.flatMap((c) => (c.kind === 'text' ? [c.raw.trim()] : [])).join(' ');
  /**
   * Why the line at `i` is passed over and what its message names (its words; the number a line of
   * one number prints), or null; a unit's later copies on its printed line are passed over unsaid.
   */
  const passOver = (line: TokenLine, i: number, among: boolean): { kind: keyof typeof MESSAGE | 'again'; label: string } | null => {
    if (unitOver.has(i)) return { kind: unitOver.has(i - 1) && printed[i - 1]?.line === line.line ? 'again' : 'unitOver', label: wordsOf(line) };
    const flood = numberOver(line, cells);
    if (flood !== null) return { kind: 'numberOver', label: flood };
    const kind = runningHead(line) ? 'runningHead' : among && headingAgain(line, plan) ? 'headingAgain' : passedOver(line, plan);
    return kind === null ? null : { kind, label: wordsOf(line) };
  };
  const kept = printed.filter((line, i) => {
    const among = first >= 0 && i > first && i < last;
    const over = passOver(line, i, among);
    if (over === null) return true;
    passed++;
    if (among && over.kind !== 'again') diagnostics.push(diagnostic('unknown-row', MESSAGE[over.kind], { label: over.label }, plan.key, line.line));
    return false;
  });
  const once = readOnce(passed === 0 ? printed : kept, plan);
  return { lines: once.lines, diagnostics: [...diagnostics, ...once.diagnostics] };
}
