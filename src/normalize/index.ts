/**
 * text → lines. One output line per source line, so that every later stage can name the
 * 1-based line of the source. Removes what exports add (BOM, zero-width characters, odd spaces,
 * `[bookmark: _Hlk…]`, markdown heading marks, page-number lines) and keeps everything else as
 * printed: full-width digits and punctuation are folded only where a stage matches text (see
 * `matchKey`), never in the text handed back to the user.
 */

/** Characters that print nothing. */
const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060\u00AD\u180E]/g;
/** Spaces other than U+0020 and tab: NBSP, the U+2000 block, ideographic space… */
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/**
 * Word / pandoc export artefacts. Bounded in length, so that a line of unclosed `[bookmark`
 * cannot make the search quadratic.
 */
const ARTEFACT = /\[(?:bookmark|image|_Toc|_Hlk)[^\]\n]{0,200}\]|\{#[^}\n]{0,200}\}/gi;
/** Markdown emphasis and heading marks. */
const MARKDOWN_HEADING = /^\s*#{1,6}\s*/;
const MARKDOWN_BOLD = /\*\*|__/g;
/**
 * A line that is only a page number: `-3-`, `- 4 -`, `— 5 —`, `第3页`, `第 3 页 共 9 页`, `3/9`,
 * with ASCII or full-width digits.
 */
const PAGE_NUMBER =
  /^\s*(?:[-－—–]\s*[0-9０-９]{1,4}\s*[-－—–]|第\s*[0-9０-９]{1,4}\s*页(?:\s*[,，]?\s*共\s*[0-9０-９]{1,4}\s*页)?|[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4})\s*$/;

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function normalizeLine(line: string): string {
  if (line === '') return line;
  let s = line;
  if (s.includes('\f')) s = s.replace(/\f/g, '');
  s = s.replace(INVISIBLE, '').replace(ODD_SPACE, ' ').replace(ARTEFACT, '');
  if (s.includes('#')) s = s.replace(MARKDOWN_HEADING, '');
  if (s.includes('*') || s.includes('__')) s = s.replace(MARKDOWN_BOLD, '');
  // trimEnd, not /\s+$/: the regex is quadratic on a long run of tabs followed by text.
  s = s.trimEnd();
  if (s.trimStart().length <= 40 && PAGE_NUMBER.test(s)) return '';
  return s;
}

/** The source text as normalised lines, index i holding source line i + 1. */
export function normalize(text: string): string[] {
  // In place: a 50 MB file of short lines is tens of millions of lines; one array is enough.
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) lines[i] = normalizeLine(lines[i]!);
  return lines;
}

/**
 * The form of a label that matching works on: NFKC (full-width letters, digits and brackets
 * become ASCII) with every space removed, so `本 年 度 办 理 结 果` and `(三) 不予 公开` match.
 */
export function matchKey(text: string): string {
  return nfkc(text).replace(/\s+/g, '');
}

const ASCII = /^[\x00-\x7f]*$/;
const nfkcCache = new Map<string, string>();

/**
 * text.normalize('NFKC'), without the call for ASCII (which NFKC leaves as it is), and remembered
 * for text seen before (labels repeat from report to report; bounded).
 */
export function nfkc(text: string): string {
  if (ASCII.test(text)) return text;
  let folded = nfkcCache.get(text);
  if (folded === undefined) {
    if (nfkcCache.size >= 4096) nfkcCache.clear();
    folded = text.normalize('NFKC');
    nfkcCache.set(text, folded);
  }
  return folded;
}

const foldCache = new Map<string, string>();
const keyCharCache = new Map<string, string>();

/** NFKC of one character (code point), remembered: the alphabet of a corpus is small. */
export function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = ch.normalize('NFKC');
    if (foldCache.size < 65536) foldCache.set(ch, folded);
  }
  return folded;
}

/** matchKey of one character, remembered. */
export function matchKeyChar(ch: string): string {
  let folded = keyCharCache.get(ch);
  if (folded === undefined) {
    folded = matchKey(ch);
    if (keyCharCache.size < 65536) keyCharCache.set(ch, folded);
  }
  return folded;

}
