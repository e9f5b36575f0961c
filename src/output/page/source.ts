/**
 * The source lines the page quotes: the text a report was parsed from, split as the parser split
 * it, so that `lines[d.line - 1]` is the line a diagnostic names. For the CLI, which has the bytes.
 */
import { decode, isNotText } from '../../decode/index.js';
import { splitLines } from '../../normalize/index.js';

/** The lines of `bytes` decoded as the report says they were (`report.source.encoding`); null when they cannot be. */
export function sourceLines(bytes: Uint8Array, encoding?: string): string[] | null {
  const decoded = decode(bytes, encoding);
  return isNotText(decoded) ? null : splitLines(decoded.text);
}
