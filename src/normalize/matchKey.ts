/**
 * The form of text that matching works on, apart from the text handed back to the user: NFKC
 * (full-width letters, digits and brackets become ASCII, compatibility ideographs their
 * ideograph) and, for labels, no spaces. Every stage that matches words goes through here.
 */

/**
 * The form of a label that matching works on: NFKC (full-width letters, digits and brackets
 * become ASCII) with every space removed, so `本 年 度 办 理 结 果` and `(三) 不予 公开` match.
 */
export function matchKey(text: string): string {
  return nfkc(text).replace(/\s+/g, '');
}

const ASCII = /^[\x00-\x7f]*$/;
const nfkcCache = new Map<string, string>();
/** The longest text nfkc remembers (labels and cells are far shorter). */
const MAX_REMEMBERED = 256;

/**
 * text.normalize('NFKC'), without the call for ASCII (which NFKC leaves as it is), and remembered
 * for short text seen before (labels repeat from report to report; bounded in count and length).
 */
export function nfkc(text: string): string {
  if (ASCII.test(text)) return text;
  // A long text (a table run into one cell) is not remembered: 4,096 of them could be gigabytes.
  if (text.length > MAX_REMEMBERED) return text.normalize('NFKC');
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

/** The character (code point) at `text[i]`: its two code units when they are a surrogate pair. */
export function characterAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  return text.slice(i, pair ? i + 2 : i + 1);
}
