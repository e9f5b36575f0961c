/**
 * Which reader a file needs, from its content, never from its name: `%PDF-` near the start is a
 * PDF, a ZIP holding `word/…` is a Word .docx, text that opens with HTML markup is a web page,
 * and the old binary Office container (OLE2) is an old .doc (or a password-protected Office
 * file, which is stored the same way). Anything else goes to the text path, whose decoder names
 * what it is when it is not text (an image, an .xlsx, an archive…).
 */
import { startsWith } from '../decode/sniffNotText.js';
import { diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import type { Report } from '../schema.js';
import { listEntries } from './zip.js';

/** How a file is read (`source.type`). */
export type DocumentFormat = Report['source']['type'];

export type Sniffed = { format: DocumentFormat } | { problem: PendingDiagnostic };

const latin1 = (bytes: Uint8Array, from: number, to: number): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset + Math.max(0, from), Math.max(0, Math.min(bytes.length, to) - Math.max(0, from))).toString('latin1');

/** PDF readers accept the header anywhere in the first 1024 bytes. */
const isPdf = (bytes: Uint8Array): boolean => /%PDF-\d/.test(latin1(bytes, 0, 1024));

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A stream name in an OLE2 directory (UTF-16LE). */
const oleStream = (name: string): string => Buffer.from(name, 'utf16le').toString('latin1');

function oleKind(bytes: Uint8Array): Sniffed {
  const all = latin1(bytes, 0, Math.min(bytes.length, 4 << 20));
  if (all.includes(oleStream('EncryptedPackage'))) return { problem: diagnostic('encrypted', 'encrypted', { kind: 'office' }) };
  // An .xls or .ppt: the text path's decoder names it.
  if (all.includes(oleStream('Workbook')) || all.includes(oleStream('PowerPoint Document'))) return { format: 'text' };
  return { problem: diagnostic('legacy-doc', 'legacy-doc', {}) };
}

function zipKind(bytes: Uint8Array): Sniffed {
  try {
    if (listEntries(bytes).some((e) => e.name.startsWith('word/'))) return { format: 'docx' };
    return { format: 'text' };
  } catch {
    // A damaged ZIP: a Word file when its entry names say so (the reader then says what is wrong).
    const names = latin1(bytes, 0, 65536) + latin1(bytes, bytes.length - 65536, bytes.length);
    return { format: names.includes('word/') ? 'docx' : 'text' };
  }
}

/** Elements a web page or a saved fragment of one opens with. */
const HTML_START =
  /^<(?:!doctype\s+html|html|head|body|meta|title|base|link|style|script|div|table|p|span|font|center|section|article|main|h[1-6]|ul|ol)[\s>/]/i;
/** Elements only a whole page opens with: never Markdown. */
const PAGE_START = /^<(?:!doctype\s+html|html|head|body|meta|title|base|link)[\s>/]/i;
/** What may come before: comments, an XML declaration, white space. */
const PROLOGUE = /^(?:\s+|<!--[\s\S]*?-->|<\?xml[^>]*\?>)*/;
/**
 * Markdown that opens with HTML (pandoc's Markdown of a web page keeps its `<div>`s): a pipe
 * table's separator line (`|---|:--:|`) or a heading mark before words not in ASCII (`### 二、…`),
 * which no web page prints at the start of a line of its source.
 */
const MARKDOWN_LINE = /^(?:\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*\r?$|#{1,6}[ \t]+[^\x00-\x7f])/m;
/** How much of a file is looked at for Markdown. */
const MARKDOWN_LOOK = 256 * 1024;

function textOf(bytes: Uint8Array, to: number): string {
  const even = Math.min(bytes.length, to) & ~1;
  if (startsWith(bytes, [0xff, 0xfe])) return Buffer.from(bytes.subarray(2, even)).toString('utf16le');
  if (startsWith(bytes, [0xfe, 0xff])) return Buffer.from(bytes.subarray(2, even)).swap16().toString('utf16le');
  // Latin-1 keeps every byte one character: the markup and the line starts are ASCII in UTF-8,
  // GBK and GB18030 alike, and a Chinese character's first byte is not ASCII in any of them.
  return latin1(bytes, startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0, to);
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = textOf(bytes, 4096).replace(PROLOGUE, '');
  if (!HTML_START.test(head)) return false;
  return PAGE_START.test(head) || !MARKDOWN_LINE.test(textOf(bytes, MARKDOWN_LOOK));
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { format: 'text' };
  if (isPdf(bytes)) return { format: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return zipKind(bytes);
  if (startsWith(bytes, OLE2)) return oleKind(bytes);
  if (looksLikeHtml(bytes)) return { format: 'html' };
  return { format: 'text' };
}
