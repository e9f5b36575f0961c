/**
 * The form of text that matching works on, apart from the text handed back to the user: NFKC
 * (full-width letters, digits and brackets become ASCII, compatibility ideographs their
 * ideograph) and, for labels, no spaces. Every stage that matches words goes through here.
 */

import { remembered } from '../limits.js';

/** A Chinese character: what a label's words, an organ's name, hold (a mark or digit never is one). */
export const CHINESE = /\p{Script=Han}/u;

/**
 * The form of a label that matching works on: NFKC (full-width letters, digits and brackets
 * become ASCII) with every space removed, so `本 年 度 办 理 结 果` and `(三) 不予 公开` match.
 */
export function matchKey(text: string): string {
  if (text.length > LONG_TEXT && longKeys !== null) {
    let key = longKeys.get(text);
    if (key === undefined) {
      key = withoutSpaces(nfkc(text));
      // Bounded: texts built afresh (labels joined as they grow) would each be kept.
      longKeysSize += text.length + key.length;
      if (longKeysSize > LONG_KEYS_KEPT) {
        longKeys.clear();
        longKeysSize = text.length + key.length;
      }
      longKeys.set(text, key);
    }
    return key;
  }
  const folded = nfkc(text);
  return folded.length > LONG_TEXT ? withoutSpaces(folded) : folded.replace(/\s+/g, '');
}

/** The keys of long texts made while a text is parsed (keyingLongTextsOnce), by text; null between parses. */
let longKeys: Map<string, string> | null = null;
/** The characters of the texts and keys in longKeys, kept within LONG_KEYS_KEPT (some 64 MB). */
let longKeysSize = 0;
const LONG_KEYS_KEPT = 32 * 1024 * 1024;

/**
 * Run `parse`, each long text (a table run into one cell, a line of a million words) keyed once
 * however many stages match it: a 3 MB cell was keyed some 90 times, 45 ms each. The keys are
 * let go when it returns, so a batch keeps none of one report's text into the next.
 */
export function keyingLongTextsOnce<T>(parse: () => T): T {
  if (longKeys !== null) return parse();
  longKeys = new Map();
  longKeysSize = 0;
  try {
    return parse();
  } finally {
    longKeys = null;
  }
}

/**
 * Past this length, spaces are taken out by withoutSpaces: `replace(/\s+/g, '')` on a line of a
 * million short words (`1 2 3 …` run into one cell) builds a million pieces, which took 0.5 s a
 * call, most of it garbage collection, and a table's label is keyed a few times.
 */
const LONG_TEXT = 1024;

/** Is the code unit white space as a regular expression's `\s` is (the same set, checked by a test over every code unit), which is also what trimStart and trimEnd remove? */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `text.replace(/\s+/g, '')` in one pass into one buffer: the same code units (lone surrogates kept). */
export function withoutSpaces(text: string): string {
  // Little-endian bytes written by hand (a Uint16Array would be in the machine's byte order).
  const bytes = Buffer.allocUnsafe(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    bytes[n++] = c & 0xff;
    bytes[n++] = c >>> 8;
  }
  return bytes.toString('utf16le', 0, n);
}

const ASCII = /^[\x00-\x7f]*$/;

/** Changing runs closer than this are normalized as one piece (a text dense with them: a few long pieces, not millions). */
const NEAR = 64;

/**
 * A character NFKC leaves as it is and never joins to the one before it (NFKC_QC=Yes and
 * combining class 0: ASCII and the CJK Unified Ideographs): normalization may start afresh at it.
 */
const startsAfresh = (c: number): boolean => c < 0x80 || (c >= 0x4e00 && c <= 0x9fff);

/**
 * text.normalize('NFKC') of a long text: only the pieces around characters that may change are
 * normalized, each from the character before such a run to the next that starts afresh, where
 * normalization may be cut (Unicode's UAX #15: the pieces give what the whole does). V8's
 * normalize checks a text quickly only up to its first character that may change and works
 * through all the rest slowly: 0.1 s a call for a 3 MB line whose first words are garbled.
 */
function nfkcByPieces(text: string): string {
  const pieces: string[] = [];
  /** text[0, done) is in pieces; text[from, to) is the piece to normalize next, when pending. */
  let done = 0;
  let from = 0;
  let to = 0;
  let pending = false;
  const flush = (): void => {
    pieces.push(text.slice(done, from), text.slice(from, to).normalize('NFKC'));
    done = to;
    pending = false;
  };
  for (let i = 0; i < text.length; i++) {
    if (startsAfresh(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < text.length && !startsAfresh(text.charCodeAt(end))) end++;
    if (pending && i - to > NEAR) flush();
    if (!pending) {
      from = Math.max(done, i - 1);
      pending = true;
    }
    to = end;
    i = end; // text[end] starts afresh: nothing to look at
  }
  if (pending) flush();
  pieces.push(text.slice(done));
  return pieces.join('');
}

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
  if (text.length > MAX_REMEMBERED) return nfkcByPieces(text);
  return remembered(nfkcCache, text, 4096, () => text.normalize('NFKC'));
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
