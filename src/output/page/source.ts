/**
 * Entries for the page from what the CLI has: the bytes it read and the report it parsed. The
 * page quotes source lines: the text a report was parsed from, split as the parser split it, so
 * that `lines[d.line - 1]` is the line a diagnostic names.
 */
import { decode, isNotText } from '../../decode/decode.js';
import { isFatal } from '../../diagnostics.js';
import { splitLines } from '../../normalize/normalize.js';
import type { Report } from '../../schema.js';
import type { PageEntry } from './model.js';

/** The lines of `bytes` decoded as the report says they were (`report.source.encoding`); null when they cannot be. */
export function sourceLines(bytes: Uint8Array, encoding?: string): string[] | null {
  const decoded = decode(bytes, encoding);
  return isNotText(decoded) ? null : splitLines(decoded.text);
}

/** The entry for one input read and parsed: unreadable when its report is not one (a fatal code), else the report and its lines. */
export function pageEntry(file: string, bytes: Uint8Array, report: Report): PageEntry {
  const fatal = report.diagnostics.find((d) => isFatal(d.code));
  if (fatal) return { file, code: fatal.code, message: fatal.message };
  return { report, lines: sourceLines(bytes, report.source.encoding) };
}
