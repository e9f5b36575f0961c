/**
 * bytes → which reader, and what it read. Every input format is a reader into the same lines
 * and cells: HTML, Word and PDF files become lines (a paragraph a line, a table row a line of
 * tab-separated cells) that the text path reads as it reads a text export, and each line keeps
 * the place it came from so that diagnostics can point into the file the user holds.
 *
 * HTML and Word are read synchronously (`readSync`); PDF only asynchronously (`read`), as
 * pdfjs-dist is, and loaded only when a PDF comes.
 */
import { diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import type { FileKind } from '../messages/params.js';
import type { Diagnostic } from '../schema.js';
import type { FilePlace } from '../tokens.js';
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import type { Extracted, Place } from './lines.js';
import { sniff, type DocumentFormat } from './sniff.js';
import { ZipProblem } from './zip.js';

export type { Extracted } from './lines.js';
export type { DocumentFormat } from './sniff.js';

export interface ReadOptions {
  /** Decode text and HTML with this encoding instead of detecting it. */
  encoding?: string;
}

export type ReadResult =
  /** Plain text (or something the text path's decoder will name): go on as before. */
  | { kind: 'text' }
  | { kind: 'document'; extracted: Extracted }
  | { kind: 'problem'; type: DocumentFormat; problem: PendingDiagnostic };

/** A reader's failure as a problem: a ZipProblem says what; anything else is a file it cannot read. */
function problemOf(format: Exclude<DocumentFormat, 'text'>, error: unknown): ReadResult {
  const kind: FileKind = format;
  let problem: PendingDiagnostic = diagnostic('damaged-file', 'damaged-file', { kind, damage: { what: 'unreadable' } });
  if (error instanceof ZipProblem) {
    const { fault } = error;
    if (fault.code === 'too-large') problem = diagnostic('too-large', 'too-large.document', { kind, excess: fault.excess });
    else if (fault.code === 'encrypted') problem = diagnostic('encrypted', 'encrypted', { kind });
    else problem = diagnostic('damaged-file', 'damaged-file', { kind, damage: fault.damage });
  }
  return { kind: 'problem', type: format, problem };
}

function readSniffed(bytes: Uint8Array, options: ReadOptions): ReadResult | { kind: 'pdf' } {
  const sniffed = sniff(bytes);
  if ('problem' in sniffed) return { kind: 'problem', type: 'docx', problem: sniffed.problem };
  const format = sniffed.format;
  if (format === 'text') return { kind: 'text' };
  if (format === 'pdf') return { kind: 'pdf' };
  try {
    return { kind: 'document', extracted: format === 'html' ? readHtml(bytes, options.encoding) : readDocx(bytes) };
  } catch (error) {
    return problemOf(format, error);
  }
}

/** Text, HTML or Word; a PDF is the `not-text` problem that says to use `read` (parseDocument). */
export function readSync(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const result = readSniffed(bytes, options);
  if (result.kind !== 'pdf') return result;
  return { kind: 'problem', type: 'pdf', problem: diagnostic('not-text', 'not-text.pdfNeedsAsync', {}) };
}

/** Any format, PDF included. Never rejects: every failure is a problem. */
export async function read(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const result = readSniffed(bytes, options);
  if (result.kind !== 'pdf') return result;
  try {
    const { readPdf } = await import('./pdf.js');
    return await readPdf(bytes);
  } catch (error) {
    return problemOf('pdf', error);
  }
}

/** Where a place is, as the diagnostic's `location`: the page of a PDF, the table row or paragraph of a Word file, the table row of a web page. */
function locationOf(type: Extracted['type'], place: Place): Diagnostic['location'] {
  if (type === 'pdf') return place.page === undefined ? undefined : { page: place.page };
  if (place.table !== undefined && place.row !== undefined) return { table: place.table, row: place.row };
  if (type === 'docx' && place.paragraph !== undefined) return { paragraph: place.paragraph };
  return undefined;
}

/**
 * Where each extracted line is in the file, as a diagnostic on it points: `line` is the line of
 * the HTML source (null for Word and PDF, which have no lines), `location` the page, table row or
 * paragraph.
 */
export function filePlaces(extracted: Extracted): FilePlace[] {
  return extracted.places.map((place) => {
    const line = extracted.type === 'html' ? (place.line ?? null) : null;
    const location = locationOf(extracted.type, place);
    return location ? { line, location } : { line };
  });
}
