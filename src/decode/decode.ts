/**
 * bytes → text. Detects UTF-8 (with or without BOM), UTF-16LE/BE (BOM, or by the pattern of NUL
 * bytes) and falls back to GB18030 (what Word on Chinese Windows writes) when the bytes are not
 * UTF-8. Also recognises files that are not text at all, so that the user is told what they gave
 * instead of getting a report of mojibake. Never throws: every problem is a `NotText`.
 */
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import { sniffNotText, startsWith } from './sniffNotText.js';

type Iconv = typeof import('iconv-lite');
let iconvLite: Iconv | undefined;
/**
 * iconv-lite, loaded the first time a file needs it (UTF-16, an --encoding, GB18030 that Node's
 * decoder reads otherwise: decodeGb18030): a UTF-8 or GB18030 report, the usual ones, is decoded
 * by Node alone, and a one-file run does not pay for its tables (test/startup.test.ts). It is
 * CommonJS, so require() loads it synchronously: decode() stays sync.
 */
export const iconv = (): Iconv => (iconvLite ??= createRequire(import.meta.url)('iconv-lite') as Iconv);
export { sniffNotText };

export interface Decoded {
  text: string;
  encoding: string;
}

export interface NotText {
  /** What the bytes are. */
  kind: 'empty' | 'pdf' | 'docx' | 'xlsx' | 'ofd' | 'zip' | 'archive' | 'doc' | 'rtf' | 'html' | 'image' | 'binary' | 'unknown-encoding';
  /** The problem, to be reported. */
  problem: PendingDiagnostic<'empty-input' | 'empty-input.noText' | 'not-text' | 'not-text.encoding' | 'unknown-encoding'>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

let gb18030Decoder: InstanceType<typeof TextDecoder> | null | undefined;
/** Node's GB18030 decoder (ICU), or null in a Node built without it. */
function nativeGb18030(): InstanceType<typeof TextDecoder> | null {
  if (gb18030Decoder === undefined) {
    try {
      gb18030Decoder = new TextDecoder('gb18030');
    } catch {
      gb18030Decoder = null;
    }
  }
  return gb18030Decoder;
}

/**
 * The two-byte codes Node's decoder reads otherwise than iconv-lite (iconv-lite: private-use
 * characters; Node: the vertical forms and the 龴 components GB18030-2005 gave them), as lead
 * byte × 256 + trail byte.
 */
const GB18030_READ_OTHERWISE = new Set([
  0xa6d9, 0xa6da, 0xa6db, 0xa6dc, 0xa6dd, 0xa6de, 0xa6df, 0xa6ec, 0xa6ed, 0xa6f3,
  0xfe59, 0xfe61, 0xfe66, 0xfe67, 0xfe6d, 0xfe7e, 0xfe90, 0xfea0,
]);

/**
 * Do Node's GB18030 decoder and iconv-lite read these bytes the same? They do (checked over every
 * one-, two- and four-byte code) for well-formed text without the eighteen codes above and without
 * a four-byte code of the ranges one reads as characters and the other as U+FFFD (first byte
 * 0x84–0x8F, 0xE3–0xFE; BMP codes past U+FFFF, and beyond). Anything else — a stray byte, a cut
 * character — is left to iconv-lite, whose repairs are the text path's.
 */
function readsTheSame(bytes: Uint8Array): boolean {
  const n = bytes.length;
  // Runs of ASCII (a web page's markup) are stepped over four bytes at a time, by aligned words.
  const aligned = (4 - (bytes.byteOffset & 3)) & 3;
  const words = n >= aligned + 4 ? new Uint32Array(bytes.buffer, bytes.byteOffset + aligned, (n - aligned) >>> 2) : null;
  // Each byte is read within the bounds checked before it; `=== undefined` says so to TypeScript
  // and costs nothing (V8 drops it). Reading past the end instead, and stopping at undefined,
  // made this loop 30 % slower: V8 then checks every read for the end.
  for (let i = 0; i < n; ) {
    const b = bytes[i];
    if (b === undefined) break;
    if (b < 0x80) {
      i++;
      if (words !== null && i >= aligned && ((i - aligned) & 3) === 0) i = aligned + (asciiWordsFrom(words, (i - aligned) >>> 2) << 2);
      continue;
    }
    if (b === 0x80 || b === 0xff || i + 1 >= n) return false;
    const t = bytes[i + 1];
    if (t === undefined) return false;
    if ((t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfe)) {
      if ((b === 0xa6 || b === 0xfe) && GB18030_READ_OTHERWISE.has(b * 256 + t)) return false;
      i += 2;
      continue;
    }
    if (t < 0x30 || t > 0x39 || i + 3 >= n || (b >= 0x84 && b <= 0x8f) || b >= 0xe3) return false;
    const c = bytes[i + 2];
    const d = bytes[i + 3];
    if (c === undefined || d === undefined) return false;
    if (c < 0x81 || c > 0xfe || d < 0x30 || d > 0x39) return false;
    i += 4;
  }
  return true;
}

/** The first of `words`, from `w` on, that holds a byte past ASCII (words.length if none). */
function asciiWordsFrom(words: Uint32Array, w: number): number {
  while (w < words.length) {
    const word = words[w];
    if (word === undefined || (word & 0x80808080) !== 0) break;
    w++;
  }
  return w;
}

/**
 * GB18030 bytes → text, as iconv-lite reads them. Node's own decoder is three times faster, and
 * reads the same wherever readsTheSame says so (nearly every GB18030 report); the rest goes to
 * iconv-lite. A Word page in GBK spent a third of its time here.
 */
export function decodeGb18030(bytes: Uint8Array): string {
  const native = nativeGb18030();
  if (native !== null && readsTheSame(bytes)) return native.decode(bytes);
  return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
}

let twoByteUnits: Uint16Array | undefined;

/**
 * GB18030's two-byte codes as Node's decoder reads them (lead byte × 256 + trail byte → the one
 * UTF-16 unit it gives; 0 where it gives another count), read from the decoder once, a row of
 * 190 codes a call.
 */
function twoByteTable(native: InstanceType<typeof TextDecoder>): Uint16Array {
  const table = new Uint16Array(65536);
  const trails: number[] = [];
  for (let t = 0x40; t <= 0xfe; t++) if (t !== 0x7f) trails.push(t);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    const row = new Uint8Array(trails.flatMap((t) => [lead, t]));
    const text = native.decode(row);
    trails.forEach((t, i) => {
      const one = text.length === trails.length ? text.charCodeAt(i) : native.decode(Uint8Array.of(lead, t));
      if (typeof one === 'number') table[lead * 256 + t] = one;
      else if (one.length === 1) table[lead * 256 + t] = one.charCodeAt(0);
    });
  }
  return table;
}

/** How many UTF-16 units String.fromCharCode is given at a time. */
const UNITS_A_CALL = 8192;
const units = new Uint16Array(UNITS_A_CALL);

/**
 * Pieces of GB18030 bytes decoded one by one, each exactly as decodeGb18030 reads it within the
 * whole — for a reader that reads the bytes' ASCII markup itself and decodes only the text it
 * keeps (an HTML page: cells and paragraphs, not its scripts, styles and attributes). Null when
 * the bytes are not text Node's decoder reads as iconv-lite does (readsTheSame): decode the whole
 * then. A piece must start and end between characters: at a markup byte (`<`, `>`, `&`, quotes,
 * white space), which in such text is never part of another character, or at the ends. Two-byte characters are read from a table taken from Node's
 * decoder (a call of the decoder costs about a microsecond, a cell a few characters); a piece
 * with a four-byte character goes to the decoder.
 */
export function gb18030Pieces(bytes: Uint8Array): ((start: number, end: number) => string) | null {
  const native = nativeGb18030();
  if (native === null || !readsTheSame(bytes)) return null;
  const table = (twoByteUnits ??= twoByteTable(native));
  return (start, end) => {
    let text = '';
    let k = 0;
    for (let i = start; i < end; ) {
      const b = bytes[i];
      if (b === undefined) break; // `end` past the bytes: the piece ends with them
      let unit = b;
      if (b < 0x80) i++;
      else {
        const trail = i + 1 < end ? bytes[i + 1] : undefined;
        const two = trail === undefined ? undefined : table[b * 256 + trail];
        if (two === undefined || two === 0) return native.decode(bytes.subarray(start, end)); // four bytes, or not one unit
        unit = two;
        i += 2;
      }
      units[k++] = unit;
      if (k === UNITS_A_CALL) {
        text += String.fromCharCode.apply(null, units as unknown as number[]);
        k = 0;
      }
    }
    return k === 0 ? text : text + String.fromCharCode.apply(null, units.subarray(0, k) as unknown as number[]);
  };
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', skip: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', skip: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** How much of the input the detection heuristics look at. */
const SAMPLE_BYTES = 65536;

/** Characters a report holds: ASCII text, CJK, CJK and full-width punctuation, general punctuation. */
const isPlausible = (c: number): boolean =>
  (c >= 0x20 && c < 0x7f) ||
  c === 9 ||
  c === 10 ||
  c === 13 ||
  (c >= 0x4e00 && c <= 0x9fff) ||
  (c >= 0x3000 && c <= 0x303f) ||
  (c >= 0xff00 && c <= 0xffef) ||
  (c >= 0x2000 && c <= 0x206f) ||
  (c >= 0xa0 && c <= 0xff) ||
  (c >= 0x2460 && c <= 0x24ff) ||
  (c >= 0x3400 && c <= 0x4dbf);

function plausibleShare(text: string): number {
  const n = Math.min(text.length, SAMPLE_BYTES / 2);
  if (n === 0) return 0;
  let ok = 0;
  for (let i = 0; i < n; i++) if (isPlausible(text.charCodeAt(i))) ok++;
  return ok / n;
}

/**
 * UTF-16 without a BOM: UTF-8 and GB18030 text never holds a NUL byte, UTF-16 holds one in every
 * ASCII character (tabs, newlines, digits). A report is mostly CJK, so NULs may be rare: a few
 * are enough to try UTF-16, and the byte order whose text reads as text (ASCII, CJK,
 * punctuation) wins.
 */
function guessUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length - (bytes.length % 2), SAMPLE_BYTES);
  if (n < 4) return null;
  if (bytes.subarray(0, n).indexOf(0) < 0) return null; // no NUL at all (most files): a native scan
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const minimum = Math.max(2, (n / 2) * 0.002);
  if (evenNul + oddNul < minimum) return null;
  // ASCII puts its NUL on the high side; 一 (U+4E00) and a few other CJK on the low side.
  const order = oddNul >= evenNul ? ['utf-16le', 'utf-16be'] : ['utf-16be', 'utf-16le'];
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, n);
  return order.find((candidate) => plausibleShare(iconv().decode(sample, candidate)) >= 0.9) ?? null;
}

/**
 * Is this UTF-8, give or take damage? Counts well-formed multi-byte sequences and bytes that fit
 * none. A file cut in the middle of a character (an incomplete sequence at the very end) or with
 * a few stray bytes is still UTF-8; GB18030 text has invalid bytes in every other character.
 */
export function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  const n = bytes.length;
  for (let i = 0, b = bytes[0]; b !== undefined; b = bytes[i]) {
    // The rest of the input holds at most (n - i) / 2 more valid sequences: once even that cannot
    // bring the share of invalid bytes under 1 %, the answer is no (GB18030 text: after ~200 bytes).
    if (invalid * 100 > valid + (n - i) / 2) return false;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) {
      invalid++;
      i++;
      continue;
    }
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let k = 1;
    for (let c = bytes[i + 1]; k < length && c !== undefined; c = bytes[i + ++k]) {
      const ok = k === 1 ? c >= low && c <= high : c >= 0x80 && c <= 0xbf;
      if (!ok) break;
    }
    if (k === length) {
      valid++;
      i += length;
    } else if (i + k === n) {
      i = n; // cut off at the end of the input: a truncated file, not another encoding
    } else {
      invalid++;
      i++;
    }
  }
  return valid > 0 ? invalid * 100 <= valid : invalid === 0;
}

/** The characters controlShare counts. */
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\ufffd]/;

/** Share of characters that no text file holds (C0 controls other than tab/newline/CR/FF). */
function controlShare(text: string): number {
  const n = Math.min(text.length, SAMPLE_BYTES);
  if (n === 0 || !CONTROL.test(text.length > n ? text.slice(0, n) : text)) return 0; // none (most files): one native scan
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / n;
}

export function isKnownEncoding(name: string): boolean {
  try {
    return iconv().encodingExists(name);
  } catch {
    return false;
  }
}

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function unknownEncoding(name: string): NotText {
  return { kind: 'unknown-encoding', problem: diagnostic('unknown-encoding', 'unknown-encoding', { name }) };
}

/** Decode with an encoding the user named; NotText when the name is unknown. */
function decodeAs(bytes: Uint8Array, encoding: string): Decoded | NotText {
  if (!isKnownEncoding(encoding)) return unknownEncoding(encoding);
  const name = normaliseName(encoding);
  const bom = bomEncoding(bytes);
  const body = bom && bom.encoding === name ? bytes.subarray(bom.skip) : bytes;
  try {
    return { text: iconv().decode(asBuffer(body), encoding), encoding: name };
  } catch {
    return unknownEncoding(encoding);
  }
}

export function detect(bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    const body = bytes.subarray(bom.skip);
    // UTF-8 by Node's decoder: the same text as iconv-lite's (a second BOM dropped too), without loading it.
    return { text: bom.encoding === 'utf-8' ? utf8Lenient.decode(body) : iconv().decode(asBuffer(body), bom.encoding), encoding: bom.encoding };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: iconv().decode(asBuffer(bytes), utf16), encoding: utf16 };
  // isUtf8 is the fatal decoder's test without the cost of its exception (a GB18030 file failed it).
  if (isUtf8(bytes)) return { text: utf8.decode(bytes), encoding: 'utf-8' };
  if (mostlyUtf8(bytes)) {
    // A cut-off last character is dropped; stray bytes become U+FFFD (and count as damage below).
    const text = utf8Lenient.decode(bytes).replace(/\uFFFD$/, '');
    return { text, encoding: 'utf-8' };
  }
  return { text: decodeGb18030(bytes), encoding: 'gb18030' };
}

/**
 * Decode bytes. `encoding` overrides detection (any name iconv-lite knows). Returns NotText for
 * input that is not a text export, or when `encoding` names no encoding.
 */
export function decode(bytes: Uint8Array, encoding?: string): Decoded | NotText {
  const notText = sniffNotText(bytes);
  if (notText) return notText; // a PDF is a PDF whatever encoding the user names

  const decoded = encoding ? decodeAs(bytes, encoding) : detect(bytes);
  if (isNotText(decoded)) return decoded;
  if (decoded.text.length > 0 && controlShare(decoded.text) > 0.02) {
    const problem = encoding ? diagnostic('not-text', 'not-text.encoding', { encoding, detected: readsAs(bytes) }) : diagnostic('not-text', 'not-text', { kind: 'binary' });
    return { kind: 'binary', problem };
  }
  if (decoded.text.trim() === '') return { kind: 'empty', problem: diagnostic('empty-input', 'empty-input.noText', {}) };
  return decoded;
}

/**
 * The encoding detection reads `bytes` as text in, when the one the user named made no text of
 * them (a GBK file named utf-8): the message names it. Null when detection makes no text of them
 * either (binary data).
 */
function readsAs(bytes: Uint8Array): string | null {
  const other = detect(bytes);
  return controlShare(other.text) > 0.02 ? null : other.encoding;
}

/**
 * The encoding detection would have chosen, compared with one the user named: a file that is no
 * report in the named encoding but reads as another is told so (report.ts).
 */
export function detected(bytes: Uint8Array): Decoded {
  return detect(bytes);
}

/** An encoding name as `source.encoding` gives it (`utf8` → `utf-8`). */
function normaliseName(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'utf8') return 'utf-8';
  if (n === 'utf16le' || n === 'ucs2' || n === 'ucs-2') return 'utf-16le';
  if (n === 'utf16be') return 'utf-16be';
  return n;
}

export const isNotText = (d: Decoded | NotText): d is NotText => 'kind' in d;
