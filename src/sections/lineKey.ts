/**
 * The matchKey of a line (normalize/matchKey.ts: NFKC, spaces removed), built fast: most of a
 * report's characters are their own key, and only the others go through NFKC. And the way back,
 * from a place in the key to the place in the line it comes from.
 */
import { characterAt, matchKeyChar } from '../normalize/matchKey.js';

/** foldWithoutNfkc: the code unit is removed from the key (a space). */
const DROPPED = -1;
/** foldWithoutNfkc: the code unit needs matchKeyChar (NFKC) on its code point. */
const NEEDS_NFKC = -2;

/**
 * The matchKey of one UTF-16 code unit, for the code units whose key is known without NFKC (most
 * of a report): itself, one other code unit, DROPPED, or NEEDS_NFKC for any other. Checked
 * against matchKeyChar over every code unit of each range: ASCII (keeps all but its spaces, \t–\r
 * and U+0020), the ideographic space U+3000 (a space), CJK punctuation U+3001–U+3035, dashes
 * and quotes U+2012–U+2016 and U+2018–U+2023, CJK ideographs U+3400–U+9FFF (themselves), and
 * the full-width forms U+FF01–U+FF5E (their ASCII letters, digits and signs).
 */
function foldWithoutNfkc(c: number): number {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) ? DROPPED : c;
  if (c >= 0x3400 && c <= 0x9fff) return c;
  if (c >= 0x3000 && c <= 0x3035) return c === 0x3000 ? DROPPED : c;
  if ((c >= 0x2012 && c <= 0x2016) || (c >= 0x2018 && c <= 0x2023)) return c;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  return NEEDS_NFKC;
}


/**
 * A line's matchKey: matchKeyChar of each of its characters in turn. Runs of characters that are
 * their own key are copied as slices of the line.
 */
export function lineKey(line: string): string {
  let key = '';
  let run = 0; // start of the run of characters that are their own key
  for (let i = 0; i < line.length; ) {
    const c = line.charCodeAt(i);
    const folded = foldWithoutNfkc(c);
    if (folded === c) {
      i++;
      continue;
    }
    key += line.slice(run, i);
    if (folded === NEEDS_NFKC) {
      const ch = characterAt(line, i);
      key += matchKeyChar(ch);
      i += ch.length;
    } else {
      if (folded !== DROPPED) key += String.fromCharCode(folded);
      i++;
    }
    run = i;
  }
  return key + line.slice(run);
}

/**
 * The index in `line` of the character that `lineKey(line)[k]` comes from (`line.length` for
 * k = the key's length). Walks the line as lineKey does: it is needed only where a heading is found.
 */
export function lineIndexOf(line: string, k: number): number {
  let keyLength = 0;
  for (let i = 0; i < line.length; ) {
    const c = line.charCodeAt(i);
    const folded = foldWithoutNfkc(c);
    let width = 1; // UTF-16 code units of the character at i
    let length = folded === DROPPED ? 0 : 1; // and of its key
    if (folded === NEEDS_NFKC) {
      const ch = characterAt(line, i);
      width = ch.length;
      length = matchKeyChar(ch).length;
    }
    if (keyLength + length > k) return i;
    keyLength += length;
    i += width;
  }
  return line.length;
}
