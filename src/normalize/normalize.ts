/**
 * text → lines. One output line per source line, so that every later stage can name the
 * 1-based line of the source. Removes what exports add (BOM, zero-width characters, odd spaces,
 * `[bookmark: _Hlk…]`, markdown heading marks, page-number lines) and keeps everything else as
 * printed: full-width digits and punctuation are folded only where a stage matches text (see
 * `matchKey`), never in the text handed back to the user.
 */
import { isSpace } from './matchKey.js';

/** Characters that print nothing. */
const INVISIBLE_CHARS = '\uFEFF\u200B\u200C\u200D\u2060\u00AD\u180E';
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
/** Spaces other than U+0020 and tab: NBSP, the U+2000 block, ideographic space… */
const ODD_SPACE_CHARS = '\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000';
const ODD_SPACE = new RegExp(`[${ODD_SPACE_CHARS}]`, 'g');
/**
 * Word / pandoc export artefacts. Bounded in length, so that a line of unclosed `[bookmark`
 * cannot make the search quadratic.
 */
const ARTEFACT = /\[(?:bookmark|image|_Toc|_Hlk)[^\]\n]{0,200}\]|\{#[^}\n]{0,200}\}/gi;
/**
 * What PDF-to-markdown converters and web pages leave in table cells: HTML line breaks (`<br>`,
 * `<br/>`, `<br />`, `</br>`, any case), where a cell's text ran over lines or a blank cell was
 * printed as a break, and the entities of spaces (`&nbsp;`, `&#160;`, `&emsp;`…). Each becomes a
 * space, as a line break inside a cell is: `尚未<br>审结` reads as `尚未 审结`, `| <br> |` is blank.
 */
const HTML_SPACE = /<\/?br[ \t]{0,8}\/?>|&(?:nbsp|ensp|emsp|thinsp|#160|#x0*a0|#12288|#x0*3000);/gi;
/**
 * Markdown's backslashes (pandoc's Markdown of a Word file): a hard line break inside a table's
 * cell (`行政事\` / `业性收费`, its number after the backslash on the first line) and an escaped
 * punctuation mark (`\<http://…\>`, `\*`). The backslash goes, what it escaped stays.
 */
const MARKDOWN_ESCAPE = /\\(?=\s|$|[!-/:-@[-`{-~])/g;
/**
 * The vertical bars of a table a text browser drew (w3m's and elinks's `-dump`: `│规章 │ 2 │3520│`),
 * where embedded.ts did not read it as a grid table: a pipe, so its lines read as markdown rows,
 * never as words holding a bar (`│1032│886│`).
 */
export const BOX_BARS = '\u2502\u2503\u2551\u2506\u2507\u250a\u250b\u254e\u254f';
const BOX_BAR = new RegExp(`[${BOX_BARS}]`, 'g');
/** The characters the clean-up passes (form feeds, INVISIBLE, ODD_SPACE, HTML_SPACE, ARTEFACT, MARKDOWN_ESCAPE, BOX_BAR) start from… */
const CLEAN_UP_START = new RegExp(`[\f${INVISIBLE_CHARS}${ODD_SPACE_CHARS}${BOX_BARS}<&[{\\\\]`, 'g');
/** … and those of markdown marks too (`#`, `**`, `__`). */
const STEP_START = new RegExp(`[\f${INVISIBLE_CHARS}${ODD_SPACE_CHARS}${BOX_BARS}<&[{\\\\#*_]`, 'g');
/** Markdown emphasis and heading marks. */
const MARKDOWN_HEADING = /^\s*#{1,6}\s*/;
const MARKDOWN_BOLD = /\*\*|__/g;
/**
 * A line that is only a page number: `-3-`, `- 4 -`, `— 5 —`, `第3页`, `第 3 页 共 9 页`, `3/9`,
 * with ASCII or full-width digits.
 */
const PAGE_NUMBER =
  /^\s*(?:[-－—–]\s*[0-9０-９]{1,4}\s*[-－—–]|第\s*[0-9０-９]{1,4}\s*页(?:\s*[,，]?\s*共\s*[0-9０-９]{1,4}\s*页)?|[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4})\s*$/;
const isDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
const isDash = (c: number): boolean => c === 0x2d || c === 0xff0d || c === 0x2014 || c === 0x2013;
/**
 * Can `s` (not empty, not ending in \s) be a PAGE_NUMBER? Only a line of at most 40 characters
 * once trimmed is tested; what the pattern matches, trimmed, opens and closes with a dash, or with
 * 第 and 页, or with a digit and holds a slash. Much cheaper than the pattern, which
 * one-cell-per-line rows (`\t12`) would otherwise meet on every line.
 */
function mayBePageNumber(s: string): boolean {
  const last = s.charCodeAt(s.length - 1);
  if (!isDash(last) && !isDigit(last) && last !== 0x9875 /* 页 */) return false;
  let start = 0;
  while (isSpace(s.charCodeAt(start))) start++;
  if (s.length - start > 40) return false;
  const first = s.charCodeAt(start);
  if (isDash(first)) return isDash(last);
  if (first === 0x7b2c /* 第 */) return last === 0x9875; /* 页 */
  return isDigit(first) && isDigit(last) && (s.includes('/', start) || s.includes('／', start));
}

/** A line end other than CR LF: a CR not followed by LF, or an LF not preceded by CR. */
const LONE_CR_OR_LF = /\r[^\n]|\r$|[^\r]\n|^\n/;

/**
 * The text with one kind of line end, and that line end: LF, or CR LF in a text that has no other
 * (a Windows export, left as it is). Splitting on a string is much faster than on /\r\n|\r|\n/.
 */
function withOneLineEnd(text: string): [text: string, lineEnd: string] {
  if (!text.includes('\r')) return [text, '\n'];
  if (!LONE_CR_OR_LF.test(text)) return [text, '\r\n'];
  return [text.replace(/\r\n?/g, '\n'), '\n'];
}

/** How many lines splitLines (and normalize) give: the line ends (CR LF, CR or LF) and one. Counted, not split. */
export function lineCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  if (!text.includes('\r')) return count;
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) if (text.charCodeAt(at + 1) !== 10) count++;
  return count;
}

/** The text's lines as printed (no clean-up), split at any line end: for showing the source (output/page). */
export function splitLines(text: string): string[] {
  const [oneLineEnd, lineEnd] = withOneLineEnd(text);
  return oneLineEnd.split(lineEnd);
}

/** What a text needs besides splitting and trimming, as bits (see stepsFor). */
const FORM_FEED = 1;
const REMOVE_INVISIBLE = 2;
const REPLACE_ODD_SPACE = 4;
const REMOVE_ARTEFACTS = 8;
const MARKS = 16;
const REPLACE_HTML_SPACE = 32;
const REMOVE_ESCAPES = 64;
const REPLACE_BOX_BAR = 128;
const ALL_STEPS = 255;

/**
 * The steps a text needs, from the characters each one starts from, in one search: a typical
 * text needs none or one. Past a few such characters, all (so that finding out stays cheap on any
 * text); once markdown marks are found, only the clean-up characters are looked for.
 */
function stepsFor(text: string): number {
  let steps = 0;
  let search = STEP_START;
  search.lastIndex = 0;
  for (let seen = 0; search.test(text); seen++) {
    if (seen === 64) return ALL_STEPS;
    const at = search.lastIndex - 1;
    const ch = text.charAt(at);
    if (ch === '\f') steps |= FORM_FEED;
    else if (ch === '[' || ch === '{') steps |= REMOVE_ARTEFACTS;
    else if (ch === '<' || ch === '&') steps |= REPLACE_HTML_SPACE;
    else if (ch === '\\') steps |= REMOVE_ESCAPES;
    else if (ch === '#' || ch === '*' || (ch === '_' && text[at + 1] === '_')) {
      steps |= MARKS;
      CLEAN_UP_START.lastIndex = search.lastIndex;
      search = CLEAN_UP_START;
    } else if (ch === '_') continue;
    else if (INVISIBLE_CHARS.includes(ch)) steps |= REMOVE_INVISIBLE;
    else if (BOX_BARS.includes(ch)) steps |= REPLACE_BOX_BAR;
    else steps |= REPLACE_ODD_SPACE;
  }
  return steps;
}

/** Form feeds, INVISIBLE, ODD_SPACE, HTML_SPACE, artefacts, markdown's backslashes and box bars, in this order, as far as `steps` asks. */
function cleanUp(text: string, steps: number): string {
  let s = text;
  if (steps & FORM_FEED) s = s.replace(/\f/g, '');
  if (steps & REMOVE_INVISIBLE) s = s.replace(INVISIBLE, '');
  if (steps & REPLACE_ODD_SPACE) s = s.replace(ODD_SPACE, ' ');
  // After the removals, which may close up a break (`<b\u200Br>`). Never a line end: the text is whole here.
  if (steps & REPLACE_HTML_SPACE) s = s.replace(HTML_SPACE, ' ');
  // Removing form feeds and INVISIBLE may open an artefact (`[book\u200Bmark:`) but never makes one
  // start without its `[` or `{`.
  if (steps & REMOVE_ARTEFACTS) s = s.replace(ARTEFACT, '');
  if (steps & REMOVE_ESCAPES) s = s.replace(MARKDOWN_ESCAPE, '');
  if (steps & REPLACE_BOX_BAR) s = s.replace(BOX_BAR, '|');
  return s;
}

/** The rest of normalizeLine, on a cleaned-up line; `marks`: the line may hold `#`, `*` or `__`. */
function finishLine(line: string, marks: boolean): string {
  let s = line;
  if (marks) {
    if (s.includes('#')) s = s.replace(MARKDOWN_HEADING, '');
    if (s.includes('*') || s.includes('__')) s = s.replace(MARKDOWN_BOLD, '');
  }
  // trimEnd, not /\s+$/: the regex is quadratic on a long run of tabs followed by text.
  if (s !== '' && isSpace(s.charCodeAt(s.length - 1))) s = s.trimEnd();
  return s !== '' && mayBePageNumber(s) && PAGE_NUMBER.test(s) ? '' : s;
}

/** The source text as normalised lines, index i holding source line i + 1. */
export function normalize(text: string): string[] {
  // The clean-up is done once on the whole text, after line ends are made one kind: it removes or
  // replaces characters one by one, or artefacts that hold no line end, so each line gets what
  // normalizeLine would give it. (Before: a CR, a form feed and an LF would make one line end.)
  // A CR in a CR LF-only text is always followed by its LF, so no match of ARTEFACT holds one.
  const [oneLineEnd, lineEnd] = withOneLineEnd(text);
  const steps = stepsFor(oneLineEnd);
  const cleaned = cleanUp(oneLineEnd, steps);
  // Removals may bring two `_` together; they never make a `#` or `*`.
  const marks = (steps & MARKS) !== 0 || ((steps & (FORM_FEED | REMOVE_INVISIBLE | REMOVE_ARTEFACTS)) !== 0 && cleaned.includes('__'));
  // In place: a 50 MB file of short lines is tens of millions of lines; one array is enough.
  const lines = cleaned.split(lineEnd);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line) lines[i] = finishLine(line, marks);
  }
  return lines;
}
