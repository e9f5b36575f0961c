/**
 * What the page tests share: entries made from files as the CLI makes them (a report with the
 * lines of its text, or an unreadable input with its code and message).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { parseReport, type Report } from '../../src/index.js';
import type { PageEntry } from '../../src/output/page/renderPage.js';
import { pageEntry } from '../../src/output/page/source.js';

export const ROOT = new URL('../../', import.meta.url).pathname;

/** The entry the CLI would pass for this file (path relative to the repository). */
export function entryFor(file: string): PageEntry {
  const bytes = new Uint8Array(readFileSync(join(ROOT, file)));
  return pageEntry(file, bytes, parseReport(bytes, { file }));
}

/** Every .txt below fixtures/, sorted by code point, as `gov-report … fixtures/` reads them. */
export function fixtureFiles(): string[] {
  return fg
    .sync('fixtures/**/*.txt', { cwd: ROOT, dot: false })
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export const reportOf = (entry: PageEntry): Report => {
  if (!('report' in entry)) throw new Error(`${entry.file} is not a report: ${entry.message}`);
  return entry.report;
};

/** A deep copy, to change a report without touching the parsed one. */
export const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
