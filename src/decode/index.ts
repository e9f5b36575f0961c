/**
 * bytes → text. Detects UTF-8 (with or without BOM), UTF-16LE/BE (BOM, or by the pattern of NUL
 * bytes) and falls back to GB18030 (what Word on Chinese Windows writes) when the bytes are not
 * valid UTF-8. Also recognises files that are not text at all, so that the user is told what
 * they gave instead of getting a report of mojibake.
 */
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: string;
}

export interface NotText {
  /** What the bytes are, for the one-line message. */
  kind: 'empty' | 'pdf' | 'docx' | 'zip' | 'doc' | 'image' | 'binary';
  message: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Magic numbers of the files users give by mistake, with the advice they need. */
const MAGIC: ReadonlyArray<{ bytes: number[]; kind: NotText['kind']; message: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'pdf', message: 'this is a PDF, not text; convert it first, e.g. `pdftotext -layout report.pdf report.txt`' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'doc', message: 'this is a Word .doc file, not text; save it as plain text (.txt) or convert it, e.g. `libreoffice --headless --convert-to txt:Text report.doc`' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'image', message: 'this is a PNG image, not text; a scanned report needs OCR first' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'image', message: 'this is a JPEG image, not text; a scanned report needs OCR first' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'image', message: 'this is a GIF image, not text' },
];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** Recognise input that is not a text export at all; null when it may be text. */
export function sniffNotText(bytes: Uint8Array): NotText | null {
  if (bytes.length === 0) return { kind: 'empty', message: 'the file is empty' };
  for (const m of MAGIC) if (startsWith(bytes, m.bytes)) return { kind: m.kind, message: m.message };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 4096))).toString('latin1');
    return head.includes('word/')
      ? { kind: 'docx', message: 'this is a Word .docx file, not text; save it as plain text (.txt) or convert it, e.g. `libreoffice --headless --convert-to txt:Text report.docx`' }
      : { kind: 'zip', message: 'this is a ZIP archive, not text; unpack it and give the .txt files inside' };
  }
  return null;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', skip: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', skip: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** UTF-16 without a BOM shows as NUL bytes in every other position (ASCII and digits). */
function guessUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.2 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.2 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Share of characters that no text file holds (C0 controls other than tab/newline/CR/FF). */
function controlShare(text: string): number {
  const n = Math.min(text.length, 65536);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / n;
}

export function isKnownEncoding(name: string): boolean {
  return iconv.encodingExists(name);
}

/**
 * Decode bytes. `encoding` overrides detection (any name iconv-lite knows). Returns NotText for
 * input that is not a text export.
 */
export function decode(bytes: Uint8Array, encoding?: string): Decoded | NotText {
  const notText = sniffNotText(bytes);
  if (notText && !encoding) return notText;
  let decoded: Decoded;
  if (encoding) {
    const name = encoding.toLowerCase();
    const bom = bomEncoding(bytes);
    const body = bom && bom.encoding === normaliseName(name) ? bytes.subarray(bom.skip) : bytes;
    decoded = { text: iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), name), encoding: normaliseName(name) };
  } else {
    const bom = bomEncoding(bytes);
    const name = bom?.encoding ?? guessUtf16(bytes);
    const body = bom ? bytes.subarray(bom.skip) : bytes;
    if (name) {
      decoded = { text: iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), name), encoding: name };
    } else {
      try {
        decoded = { text: utf8.decode(body), encoding: 'utf-8' };
      } catch {
        decoded = { text: iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'gb18030'), encoding: 'gb18030' };
      }
    }
  }
  if (decoded.text.length > 0 && controlShare(decoded.text) > 0.02) {
    return { kind: 'binary', message: 'this is binary data, not a text export of a report' };
  }
  if (decoded.text.trim() === '') return { kind: 'empty', message: 'the file holds no text' };
  return decoded;
}

function normaliseName(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'utf8') return 'utf-8';
  if (n === 'utf16le' || n === 'ucs2' || n === 'ucs-2') return 'utf-16le';
  if (n === 'utf16be') return 'utf-16be';
  return n;
}

export const isNotText = (d: Decoded | NotText): d is NotText => 'kind' in d;
