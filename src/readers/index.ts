/**
 * bytes → which reader, and what it read. Every input format is a reader into the same lines
 * and cells: HTML, Word and PDF files become lines (a paragraph a line, a table row a line of
 * tab-separated cells) that the text path reads as it reads a text export, and each line keeps
 * the place it came from so that diagnostics can point into the file the user holds.
 *
 * HTML and Word are read synchronously (`readSync`); PDF only asynchronously (`read`), as
 * pdfjs-dist is, and loaded only when a PDF comes.
 */
import type { Diagnostic, Report } from '../schema.js';
import { readerMessage, type FileKind, type ReaderProblem } from './codes.js';
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import type { Extracted, Place } from './lines.js';
import { sniff, type DocumentFormat } from './sniff.js';
import { ZipProblem } from './zip.js';

export type { Extracted, Place } from './lines.js';
export { READER_CODES, READER_FATAL_CODES, readerMessage, type ReaderProblem } from './codes.js';
export type { DocumentFormat } from './sniff.js';

export interface ReadOptions {
  /** Decode text and HTML with this encoding instead of detecting it. */
  encoding?: string;
}

export type ReadResult =
  /** Plain text (or something the text path's decoder will name): go on as before. */
  | { kind: 'text' }
  | { kind: 'document'; extracted: Extracted }
  | { kind: 'problem'; type: DocumentFormat; problem: ReaderProblem };

const KIND: Record<Exclude<DocumentFormat, 'text'>, FileKind> = { html: 'html', docx: 'docx', pdf: 'pdf' };

/** A reader's failure as a problem: a ZipProblem says what; anything else is a file it cannot read. */
export function problemOf(format: Exclude<DocumentFormat, 'text'>, error: unknown): ReadResult {
  const kind = KIND[format];
  if (error instanceof ZipProblem) {
    const code = error.kind === 'too-large' ? 'too-large' : error.kind === 'encrypted' ? 'encrypted' : 'damaged-file';
    return { kind: 'problem', type: format, problem: { code, kind, detail: error.detail } };
  }
  return { kind: 'problem', type: format, problem: { code: 'damaged-file', kind, detail: { en: 'it could not be read', zh: '无法读取' } } };
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
  return { kind: 'problem', type: 'pdf', problem: { code: 'not-text' } };
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

export const problemMessage = (problem: ReaderProblem): string => readerMessage(problem, 'en');

/** Where a place is, as the diagnostic's `location`: the page of a PDF, the table row or paragraph of a Word file, the table row of a web page. */
function locationOf(type: Extracted['type'], place: Place): Diagnostic['location'] {
  if (type === 'pdf') return place.page === undefined ? undefined : { page: place.page };
  if (place.table !== undefined && place.row !== undefined) return { table: place.table, row: place.row };
  if (type === 'docx' && place.paragraph !== undefined) return { paragraph: place.paragraph };
  return undefined;
}

/**
 * Diagnostics of the text read from a document, pointed into the document: `line` is the line of
 * the HTML source (null for Word and PDF, which have no lines), `location` the page, table row
 * or paragraph.
 */
export function placeDiagnostics(extracted: Extracted, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => {
    if (d.line === null) return d;
    const place = extracted.places[d.line - 1];
    const line = extracted.type === 'html' ? (place?.line ?? null) : null;
    const location = place ? locationOf(extracted.type, place) : undefined;
    return location ? { ...d, line, location } : { ...d, line };
  });
}

/** No table at all: the report's figures cannot be read (tables as pictures, most often). */
export function lacksTables(report: Report): boolean {
  return report.activeDisclosure === null && report.applications === null && report.reviewLitigation === null;
}
