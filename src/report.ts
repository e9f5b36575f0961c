/**
 * The pipeline, end to end, with no I/O: bytes or text in, a report out.
 *
 *   bytes ─decode─▶ text ─normalize─▶ lines ─sections─▶ six parts ─tokenize─▶ cells
 *         ─tables (catalog)─▶ typed report ─validate─▶ diagnostics
 *
 * It never throws on any input: every problem becomes a diagnostic.
 */
import type { Format } from './catalog/index.js';
import { say } from './crosscheck/messages.js';
import { decode, isNotText } from './decode/index.js';
import { diagnostic, type Diagnostic } from './diagnostics.js';
import { extractMeta } from './meta/index.js';
import { normalize } from './normalize/index.js';
import type { Report } from './schema.js';
import { PART_RULES, splitIntoSections, type PartNumber, type Sections } from './sections/index.js';
import { activeDisclosureTable, applicationTable, detectFormat, reviewLitigationTable } from './tables/index.js';
import { tokenize } from './tokenize/index.js';
import type { PrintedRow, Region, TokenLine } from './tokens.js';
import { runRules, type RowInfo } from './validate/index.js';

export interface ParseOptions {
  /** The path as the user gave it; goes to `source.file`. */
  file?: string;
  /** Decode with this encoding instead of detecting it (any name iconv-lite knows). */
  encoding?: string;
}

/** Where each row of a parsed report was printed, and the column labels it printed, for validateReport. */
const printed = new WeakMap<Report, { rows: ReadonlyMap<string, RowInfo>; columns: ReadonlyMap<string, string> }>();

export function rowsOf(report: Report): ReadonlyMap<string, RowInfo> {
  return printed.get(report)?.rows ?? new Map();
}

/** Column labels as the report printed them, by column path (`applications.nonprofit`), where they differ from the form's. */
export function columnsOf(report: Report): ReadonlyMap<string, string> {
  return printed.get(report)?.columns ?? new Map();
}

/** Before this reporting year there was no fixed form (条例 revised 2019). */
const FIRST_FORM_YEAR = 2019;

/**
 * The lines in which to look for part N's table: its body, or when its heading is missing, what
 * follows the previous part that was found (its body runs on to the next heading found).
 */
function tableRegion(sections: Sections, part: PartNumber, lines: readonly string[]): Region {
  const found = sections.parts[part];
  if (found) return found.body;
  let region: Region | null = null;
  for (let p = part - 1; p >= 1 && !region; p--) region = sections.parts[p as PartNumber]?.body ?? null;
  if (!region) {
    const next = ([1, 2, 3, 4, 5, 6] as const).find((p) => p > part && sections.parts[p]);
    region = { firstLine: 1, lines: lines.slice(0, next ? sections.parts[next]!.line - 1 : lines.length) };
  }
  return region;
}

/**
 * A part's token lines. When its heading is missing, its region starts inside the previous
 * part's: skip to after that table's last row (`after`) and the value lines that close it.
 */
function partTokens(sections: Sections, part: PartNumber, lines: readonly string[], after: number | null): TokenLine[] {
  const tokens = tokenize(tableRegion(sections, part, lines));
  if (sections.parts[part] || after === null) return tokens;
  let skip = 0;
  while (skip < tokens.length && tokens[skip]!.line <= after) skip++;
  while (skip < tokens.length && !tokens[skip]!.cells.some((c) => c.kind === 'text')) skip++;
  return tokens.slice(skip);
}

const lastRow = (rows: ReadonlyMap<string, PrintedRow>): number | null =>
  rows.size ? Math.max(...[...rows.values()].map((r) => r.line)) : null;

function emptyReport(source: Report['source'], diagnostics: Diagnostic[]): Report {
  return {
    source,
    format: null,
    meta: { title: null, organ: null, year: null, publishedOn: null },
    activeDisclosure: null,
    applications: null,
    reviewLitigation: null,
    text: { overview: null, problems: null, otherMatters: null },
    diagnostics,
  };
}

const byLine = (a: Diagnostic, b: Diagnostic): number => (a.line ?? 0) - (b.line ?? 0);

export function parseReport(input: Uint8Array | string, options: ParseOptions = {}): Report {
  const file = options.file ?? null;
  let text: string;
  let source: Report['source'];
  if (typeof input === 'string') {
    text = input.replace(/^\uFEFF/, '');
    source = { file, encoding: 'utf-8', bytes: Buffer.byteLength(input, 'utf8') };
  } else {
    const decoded = decode(input, options.encoding);
    source = { file, encoding: isNotText(decoded) ? 'binary' : decoded.encoding, bytes: input.byteLength };
    if (isNotText(decoded)) {
      const code = decoded.code;
      return emptyReport(source, [diagnostic(code, 'error', decoded.message)]);
    }
    text = decoded.text;
  }
  if (text.trim() === '') return emptyReport(source, [diagnostic('empty-input', 'error', 'the file holds no text')]);

  const lines = normalize(text);
  const sections = splitIntoSections(lines);
  const { meta, text: prose } = extractMeta(sections, lines);
  const diagnostics: Diagnostic[] = [];

  if (meta.year !== null && meta.year < FIRST_FORM_YEAR) {
    diagnostics.push(
      diagnostic('unsupported-format', 'error', `this is a report for ${meta.year}; reports before ${FIRST_FORM_YEAR} have no fixed form and are not supported (format before 2019 is not supported)`),
    );
    return { ...emptyReport(source, diagnostics), meta, text: prose };
  }

  const location = (part: PartNumber) => ({ line: sections.parts[part]?.line ?? null });

  // Part 二's form is told by its headers; when they say nothing, by part 三 (parsed next).
  const part2 = partTokens(sections, 2, lines, null);
  const markedFormat = detectFormat(part2);
  let active = activeDisclosureTable(part2, markedFormat ?? '2021', location(2));
  const applications = applicationTable(partTokens(sections, 3, lines, lastRow(active.rows)), location(3));
  const reviewLitigation = reviewLitigationTable(partTokens(sections, 4, lines, lastRow(applications.rows)), location(4));

  if (!applications.table && !reviewLitigation.table && !sections.parts[3] && !sections.parts[4]) {
    const legacy = meta.title !== null || sections.parts[1] !== undefined;
    const code = legacy && meta.year === null ? 'unsupported-format' : 'not-a-report';
    const message =
      code === 'unsupported-format'
        ? 'no application table (part 三) and no review/litigation table (part 四) were found: a report in free form, as before 2019 (format before 2019 is not supported)'
        : 'this is not a 政府信息公开工作年度报告: it has no part 三 (applications) and no part 四 (review and litigation)';
    return { ...emptyReport(source, [diagnostic(code, 'error', message)]), meta, text: prose };
  }

  // The year is never guessed (src/meta): a report that does not say it is kept out of checks by year.
  if (meta.year === null) diagnostics.push(diagnostic('year-unclear', 'warning', say('en', 'year-unclear')));

  const format: Format | null = markedFormat ?? formatFromApplications(applications.table, meta.year);
  if (format === '2019' && !markedFormat) active = activeDisclosureTable(part2, format, location(2));

  for (const { part, heading } of PART_RULES) {
    if (!sections.parts[part]) {
      diagnostics.push(diagnostic('missing-part', 'error', `part “${heading}” was not found; the form requires all six parts`, null, null));
    }
  }
  for (const table of [active, applications, reviewLitigation]) for (const d of table.diagnostics) diagnostics.push(d);

  const report: Report = {
    source,
    format,
    meta,
    activeDisclosure: active.table as Report['activeDisclosure'],
    applications: applications.table,
    reviewLitigation: reviewLitigation.table,
    text: prose,
    diagnostics,
  };
  const rows = new Map([...active.rows, ...applications.rows, ...reviewLitigation.rows]);
  const columns = new Map([...active.columns, ...applications.columns, ...reviewLitigation.columns]);
  report.diagnostics = [...diagnostics, ...runRules(report, rows, columns)].sort(byLine);
  printed.set(report, { rows, columns });
  return report;
}

function formatFromApplications(applications: Report['applications'], year: number | null): Format | null {
  if (applications?.otherHandling.noCorrection || applications?.otherHandling.feeUnpaid) return '2021';
  if (year !== null) return year <= 2020 ? '2019' : '2021';
  return applications ? '2021' : null;
}

/** The arithmetic diagnostics of a report: those parseReport found, or for a report read from JSON, computed again. */
export function validateReport(report: Report): Diagnostic[] {
  return runRules(report, rowsOf(report), columnsOf(report));
}
