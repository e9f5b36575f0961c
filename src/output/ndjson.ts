/** Newline-delimited JSON: one compact report per line (https://github.com/ndjson/ndjson-spec). */
import type { Report } from '../schema.js';

export function ndjsonLine(report: Report): string {
  return `${JSON.stringify(report)}\n`;
}
