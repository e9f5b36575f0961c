/**
 * Lines a table's region prints that are no piece of its print, passed over in reading it:
 *
 * - the report's title printed again, words alone (`2017年政府信息公开工作年度报告`): a page's
 *   running head where a page break fell inside the table;
 * - words alone, no digit, longer than any of the table's labels (with its group's label), and a
 *   few characters over and over (a line of `中中中…` or `规章⇥一、一、一、…` dropped among a table's
 *   numbers by a conversion or an editor).
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
import type { TokenLine } from '../tokens.js';
import type { TablePlan } from './plan.js';
import { readOnce } from './repeats.js';

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

/** The words of a line that prints words alone and no digit; else null. */
function wordsAlone(line: TokenLine): string | null {
  let words = '';
  for (const cell of line.cells) {
    if (cell.kind === 'empty') continue;
    if (cell.kind !== 'text' || DIGIT.test(cell.raw)) return null;
    words += cell.raw;
  }
  return words === '' ? null : words;
}

/** Is the line no piece of the table's print: words alone with a letter, longer than its labels, a few characters over and over? */
function passedOver(line: TokenLine, plan: TablePlan): boolean {
  const words = wordsAlone(line);
  if (words === null || !LETTER.test(words)) return false;
  const key = matchKey(words);
  if (key.length <= longestLabel(plan)) return false;
  const seen = new Set<string>();
  for (const ch of key) if (seen.add(ch).size > MOST_DISTINCT) return false;
  return true;
}

/** A report's title as a matchKey ends (`…2017年政府信息公开工作年度报告`, `…政务公开年报`): no table prints it. */
const TITLE_END = /(?:信息公开|政务公开)(?:工作)?(?:年度报告|年报)$/;

/** Does the line print the report's title (words alone, as many as a title's), a page's running head? */
function runningHead(line: TokenLine): boolean {
  const cells = line.cells.filter((c) => c.kind !== 'empty');
  if (cells.length === 0 || cells.some((c) => c.kind !== 'text')) return false;
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

/** Does the line print a number (a cell that is not words)? */
const printsNumber = (line: TokenLine): boolean => line.cells.some((c) => c.kind !== 'text' && c.kind !== 'empty');

/**
 * The lines a table is read from: such lines passed over, stretches printed twice read once
 * (repeats.ts), and the notes saying so. Only a line among the table's numbers (numbers before it
 * and after it in the region) is reported: before or after the table it is none of its print.
 */
export function linesToRead(printed: readonly TokenLine[], plan: TablePlan): { lines: readonly TokenLine[]; diagnostics: PendingDiagnostic[] } {
  const diagnostics: PendingDiagnostic[] = [];
  const first = printed.findIndex(printsNumber);
  const last = printed.findLastIndex(printsNumber);
  let passed = 0;
  const kept = printed.filter((line, i) => {
    const head = runningHead(line);
    if (!head && !passedOver(line, plan)) return true;
    passed++;
    if (first >= 0 && i > first && i < last) {
      const label = line.cells.flatMap((c) => (c.kind === 'text' ? [c.raw.trim()] : [])).join(' ');
      diagnostics.push(diagnostic('unknown-row', head ? 'unknown-row.runningHead' : 'unknown-row.passedOver', { label }, plan.key, line.line));
    }
    return false;
  });
  const once = readOnce(passed === 0 ? printed : kept, plan);
  return { lines: once.lines, diagnostics: [...diagnostics, ...once.diagnostics] };
}
