/**
 * Input that is not a text export at all (a PDF, a Word file, an image, an archive, a web page),
 * told by its first bytes, so that the user is told what they gave and how to get text from it.
 */
import { diagnostic } from '../diagnostics.js';
import type { NotTextKind } from '../messages/params.js';
import type { NotText } from './decode.js';

export const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

/** Magic numbers of the files users give by mistake: what they are, and what the message says they are. */
const MAGIC: ReadonlyArray<{ bytes: number[]; kind: NotText['kind']; is: NotTextKind }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'pdf', is: 'pdf' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'doc', is: 'doc' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: 'rtf', is: 'rtf' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'image', is: 'png' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'image', is: 'jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'image', is: 'gif' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], kind: 'image', is: 'tiff' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], kind: 'image', is: 'tiff' },
  { bytes: [0x1f, 0x8b], kind: 'archive', is: 'gzip' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], kind: 'archive', is: 'rar' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: 'archive', is: '7z' },
];

const notText = (kind: NotText['kind'], is: NotTextKind): NotText => ({ kind, problem: diagnostic('not-text', 'not-text', { kind: is }) });

/** A ZIP holds an Office document, an OFD (the Chinese e-document format) or anything else. */
function zipKind(bytes: Uint8Array): NotText {
  // Entry names are in each local header and in the central directory at the end.
  const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 8192))).toString('latin1');
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 65536))).toString('latin1');
  const names = head + tail;
  if (names.includes('word/')) return notText('docx', 'docx');
  if (names.includes('xl/')) return notText('xlsx', 'xlsx');
  if (/OFD\.xml/i.test(names)) return notText('ofd', 'ofd');
  if (names.includes('opendocument.text')) return notText('docx', 'odt');
  return notText('zip', 'zip');
}

/** An HTML page: text, but not the plain-text export the parser reads. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 512)))
    .toString('latin1')
    .replace(/^(?:\xef\xbb\xbf)?\s*/, '')
    .toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/** Recognise input that is not a text export at all; null when it may be text. */
export function sniffNotText(bytes: Uint8Array): NotText | null {
  if (bytes.length === 0) return { kind: 'empty', problem: diagnostic('empty-input', 'empty-input', {}) };
  for (const m of MAGIC) if (startsWith(bytes, m.bytes)) return notText(m.kind, m.is);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return zipKind(bytes);
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return notText('image', 'webp');
  if (looksLikeHtml(bytes)) return notText('html', 'html');
  return null;
}
