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
/** Word / pandoc export artefacts. */
const ARTEFACT = /\[(?:bookmark|image|_Toc|_Hlk)[^\]\n]*\]|\{#[^}\n]*\}/gi;
/** Markdown emphasis and heading marks. */
const MARKDOWN_HEADING = /^\s*#{1,6}\s*/;
const MARKDOWN_BOLD = /\*\*|__/g;
/** A line that is only a page number: `-3-`, `- 4 -`, `— 5 —`, `第3页`, `第 3 页 共 9 页`, `3/9`. */
const PAGE_NUMBER =
  /^\s*(?:[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})\s*$/;

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function normalizeLine(line: string): string {
  let s = line;
  if (s.includes('\f')) s = s.replace(/\f/g, '');
  s = s.replace(INVISIBLE, '').replace(ODD_SPACE, ' ').replace(ARTEFACT, '');
  if (s.includes('#')) s = s.replace(MARKDOWN_HEADING, '');
  if (s.includes('*') || s.includes('__')) s = s.replace(MARKDOWN_BOLD, '');
  if (PAGE_NUMBER.test(s)) return '';
  return s.replace(/\s+$/, '');
}

/** The source text as normalised lines, index i holding source line i + 1. */
export function normalize(text: string): string[] {
  return splitLines(text).map(normalizeLine);
}

/**
 * The form of a label that matching works on: NFKC (full-width letters, digits and brackets
 * become ASCII) with every space removed, so `本 年 度 办 理 结 果` and `(三) 不予 公开` match.
 */
export function matchKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}
