/**
 * The pipeline, end to end, with no I/O: bytes or text in, a report out.
 *
 *   bytes ─decode─▶ text ─normalize─▶ lines ─sections─▶ six parts ─tokenize─▶ cells
 *         ─tables (catalog)─▶ typed report ─validate─▶ diagnostics
 *   lines ─prose─▶ the figures the prose states (checked against the tables by validate)
 *
 * It never throws on what the input holds: every problem becomes a diagnostic. (An input that is
 * neither bytes nor a string is the caller's bug: a TypeError.)
 */
import { isUint8Array } from 'node:util/types';
import { FIRST_FORM_YEAR, formOfYear, NEWEST_FORM } from './catalog/forms.js';
import { PARTS, type PartNumber } from './catalog/parts.js';
import { rowIn, TABLE_PARTS, TABLES } from './catalog/tables.js';
import type { Format, TableKey } from './catalog/types.js';
import { decode, detected, isNotText } from './decode/decode.js';
import { diagnostic, isFatal, render, type Diagnostic, type PendingDiagnostic } from './diagnostics.js';
import { DEFAULT_MAX_BYTES, workBound, WorkBoundReached, workBudget, type WorkBudget } from './limits.js';
import { DEFAULT_LANG, LANGUAGES, type Lang } from './messages/languages.js';
import { extractMeta } from './meta/extractMeta.js';
import { lineCount, normalize } from './normalize/normalize.js';
import { keyingLongTextsOnce } from './normalize/matchKey.js';
import { filePlaces, read, readSync, type Extracted, type ReadResult } from './readers/read.js';
import { withEmbeddedTables } from './readers/embedded.js';
import { sniff } from './readers/sniff.js';
import { findFigures, proseLines } from './prose/figures.js';
import type { ActiveDisclosure2019, ActiveDisclosure2021, Applications, FormPart, Report } from './schema.js';
import { splitIntoSections, type Part, type Sections } from './sections/splitIntoSections.js';
import { activeDisclosureTable, applicationTable, detectFormat, reviewLitigationTable, type TableLocation, type TableResult } from './tables/tables.js';
import { digitBreaks, tokenize, type DigitBreak } from './tokenize/tokenize.js';
import { settleBreaks, type TablesRead } from './tables/digitBreaks.js';
import { isTableValue, PLANS, type TablePlan } from './tables/plan.js';
import { nextTableStart, tableBoundary } from './tables/findRows.js';
import type { LaterLines } from './tables/inOrder.js';
import type { FilePlace, Layout, PrintedRow, Region, TokenLine } from './tokens.js';
import { runRules } from './validate/rules.js';

export interface ParseOptions {
  /** The path as the user gave it; goes to `source.file`. */
  file?: string;
  /** Decode text and HTML with this encoding instead of detecting it (any name iconv-lite knows). */
  encoding?: string;
  /** The language the diagnostics' messages are written in (messages/languages.ts); English by default. */
  lang?: Lang;
  /**
   * The size bound (limits.ts), in bytes: a larger input is `too-large`, and the work bound (the
   * cells of its tables) grows with it. Default DEFAULT_MAX_BYTES (16 MB); Infinity for none.
   */
  maxBytes?: number;
}

/**
 * The lines in which to look for part N's table: its body, or when its heading is missing, what
 * follows the previous part that was found (its body runs on to the next heading found).
 */
function tableRegion(sections: Sections, part: PartNumber, lines: readonly string[]): KeyedRegion {
  const found = sections.parts[part];
  if (found) return { key: `body ${part}`, region: found.body };
  let previous: { part: PartNumber; found: Part } | undefined; // the nearest part found before it
  let next: Part | undefined; // and after it
  for (const p of PARTS) {
    const other = sections.parts[p.part];
    if (!other) continue;
    if (p.part < part) previous = { part: p.part, found: other };
    else if (!next) next = other;
  }
  if (previous) return { key: `body ${previous.part}`, region: previous.found.body };
  const end = next ? next.line - 1 : lines.length;
  return { key: `front ${end}`, region: { firstLine: 1, lines: lines.slice(0, end) } };
}

/** A region, and what tells it apart from the regions of other parts (a part's body, or the lines before a part). */
interface KeyedRegion {
  key: string;
  region: Region;
}

/** Token lines of a region, each region tokenized once (parts whose headings are missing share one). */
type Tokenizer = (region: KeyedRegion) => TokenLine[];

/** A region as one reading tokenized it, by its key. */
type Tokenized = Map<string, { region: Region; tokens: TokenLine[] }>;

/**
 * A Tokenizer that remembers (`read`): when no part heading is found, parts 二, 三 and 四 all look
 * in the whole text, which was tokenized three times (three times the memory of a large file).
 * With `join` (breaks that may have cut a number, read as one line), a region none of them is in is
 * the same as printed: its token lines are taken from that reading, not made again.
 */
function tokenizer(budget: WorkBudget, join?: { lines: ReadonlySet<number>; printed: Tokenized }): { tokens: Tokenizer; read: Tokenized } {
  const read: Tokenized = new Map();
  const tokens: Tokenizer = ({ key, region }) => {
    let done = read.get(key);
    if (done === undefined) {
      const end = region.firstLine + region.lines.length;
      const joins = join !== undefined && [...join.lines].some((line) => line >= region.firstLine && line < end);
      const printed = join === undefined || joins ? undefined : join.printed.get(key);
      done = { region, tokens: printed?.tokens ?? tokenize(region, budget, joins ? join?.lines : undefined) };
      read.set(key, done);
    }
    return done.tokens;
  };
  return { tokens, read };
}

/**
 * A part's token lines. When its heading is missing, its region starts inside the previous
 * part's: skip to after that table's last row read (`lastRead`), or the last line before its own
 * table that opens one of the previous table's rows, read or not, and the value lines that close
 * it; and, when the part's own table names a row or header there, to that line at least
 * (tableBoundary).
 */
function partTokens(
  sections: Sections,
  part: PartNumber,
  lines: readonly string[],
  lastRead: number | null,
  tokenizeRegion: Tokenizer,
  tables: { previous: TablePlan; own: TablePlan } | null = null,
): TokenLine[] {
  const tokens = tokenizeRegion(tableRegion(sections, part, lines));
  if (sections.parts[part]) return tokens;
  // Past the previous table's rows: those it read, and those it printed but could not read (a
  // label cut short, `4.无正当理由大量反` / `57 147` / …; all of them, when it read none): their
  // numbers are never this part's.
  const boundary = tables === null ? null : tableBoundary(tokens, tables.previous, tables.own);
  const opened = boundary?.last ?? null;
  if (lastRead === null && opened === null && (boundary?.own ?? null) === null) return tokens;
  const after = Math.max(lastRead ?? 0, opened ?? 0);
  const past = tokens.findIndex((t) => t.line > after);
  let start = past < 0 ? -1 : tokens.findIndex((t, i) => i >= past && t.cells.some((c) => c.kind === 'text'));
  // Nor before its own table's first label or header: numbers between the two are no row of it
  // that can be told (the previous table's, its labels cut where nothing tells them for its).
  const own = boundary?.own ?? null;
  if (own !== null && start >= 0 && (tokens[start]?.line ?? 0) < own) start = tokens.findIndex((t) => t.line >= own);
  return start < 0 ? [] : tokens.slice(start);
}

/**
 * Part 三's token lines, up to part 四's table when part 四's heading is missing: from the first
 * line that names a row or a header of part 四's own (行政复议, 结果维持, 未经复议直接起诉…) after
 * part 三's last row on (nextTableStart), the lines are part 四's, whatever part 三 could read there
 * (`…尚未审结 | 总计 | | 17 | 976 …`, antiword's part 四 after the part 三 rows it dropped: 总计 is
 * part 四's header, its numbers part 四's).
 */
function beforeNext(sections: Sections, tokens: TokenLine[]): TokenLine[] {
  if (sections.parts[4]) return tokens;
  const start = nextTableStart(tokens, PLANS.applications, PLANS.reviewLitigation);
  return start === null ? tokens : tokens.filter((t) => t.line < start);
}

function lastRow(rows: Readonly<Record<string, PrintedRow>>): number | null {
  let last: number | null = null;
  for (const row of Object.values(rows)) last = Math.max(last ?? 0, row.line);
  return last;
}

function firstRow(rows: Readonly<Record<string, PrintedRow>>): number | null {
  let first: number | null = null;
  for (const row of Object.values(rows)) first = Math.min(first ?? row.line, row.line);
  return first;
}

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

const HAS_CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

const byLine = (a: PendingDiagnostic, b: PendingDiagnostic): number => (a.line ?? 0) - (b.line ?? 0);

/** A parsed report, and how its tables were printed (for validateReport's lines and labels). */
export interface ParsedReport {
  report: Report;
  layout: Layout;
  /**
   * For a web page, Word file or PDF: the text it was read into (a line per paragraph or table
   * row, as the text path read it), and for each of the report's diagnostics the line of that
   * text it names — the diagnostics' own `line` and `location` point into the file instead.
   */
  extracted?: { lines: readonly string[]; diagnosticLines: ReadonlyArray<number | null> };
}

/**
 * The report alone: what `parseWithLayout` gives, without the layout. Throws a TypeError when
 * `input` is neither a Uint8Array (a Buffer) nor a string.
 */
export function parseReport(input: Uint8Array | string, options: ParseOptions = {}): Report {
  return parseWithLayout(input, options).report;
}

/**
 * parseReport for every format, PDF included (pdfjs-dist reads PDFs asynchronously). Text, web
 * pages and Word files give the same report as parseReport. Never rejects: problems are diagnostics.
 */
export async function parseDocument(input: Uint8Array | string, options: ParseOptions = {}): Promise<Report> {
  return (await parseDocumentWithLayout(input, options)).report;
}

const noLayout = (): Layout => ({ rows: {}, columns: {} });

const notAReportPlain = (): PendingDiagnostic => diagnostic('not-a-report', 'not-a-report', {});

/**
 * Not a report. When the caller named the encoding, and detection reads the bytes as other text
 * in which parts 三 or 四 are found, the named encoding is the cause (UTF-8 read as GBK is all
 * 汉字, just not these): the message says so, and names the encoding detection found. GBK named
 * for GB18030 text reads the same, and is no cause.
 */
function notAReport(input: Uint8Array, options: ParseOptions): PendingDiagnostic {
  if (options.encoding !== undefined) {
    const other = detected(input);
    const sections = splitIntoSections(normalize(other.text));
    if (sections.parts[3] || sections.parts[4]) {
      return diagnostic('not-a-report', 'not-a-report.encoding', { encoding: options.encoding, detected: other.encoding });
    }
  }
  return notAReportPlain();
}

/** What a value is, in an error message: `null`, `a number`, `an ArrayBuffer`. */
function described(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value !== 'object') return `a ${typeof value}`;
  const name = value.constructor?.name; // (none on an object made with Object.create(null))
  return name ? `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}` : 'an object';
}

/**
 * A wrong argument is the calling program's bug, not a problem of the report: a TypeError (in
 * English, as Node's own are; README, "As a library"), never a diagnostic. The CLI never meets it.
 */
function checkArguments(input: unknown, options: ParseOptions): void {
  // isUint8Array, not instanceof: bytes made in another realm (a vm context, a test environment) count.
  if (typeof input !== 'string' && !isUint8Array(input)) {
    const hint = input instanceof ArrayBuffer ? ' (wrap it: new Uint8Array(buffer))' : '';
    const error = new TypeError(`gov-report: parseReport() takes the report as a Uint8Array (a Buffer, e.g. from fs.readFile) or a string, not ${described(input)}${hint}`);
    throw Object.assign(error, { code: 'ERR_INVALID_ARG_TYPE' });
  }
  if (options.lang !== undefined && !Object.hasOwn(LANGUAGES, options.lang)) {
    const error = new TypeError(`gov-report: options.lang must be one of ${Object.keys(LANGUAGES).join(', ')}, not ${JSON.stringify(options.lang)}`);
    throw Object.assign(error, { code: 'ERR_INVALID_ARG_VALUE' });
  }
}

/** A report that is nothing but its problem (and what was read before it was found). */
function only(source: Report['source'], problem: PendingDiagnostic, lang: Lang, read: Partial<Pick<Report, 'meta' | 'text'>> = {}): ParsedReport {
  return { report: { ...emptyReport(source, [render(problem, lang)]), ...read }, layout: noLayout() };
}

/**
 * Text, web pages and Word files; a PDF is a `not-text` error that names parseDocument (pdfjs
 * cannot be waited for here). Throws a TypeError when `input` is neither a Uint8Array nor a string
 * (or `options.lang` names no language); never on what the input holds.
 */
export function parseWithLayout(input: Uint8Array | string, options: ParseOptions = {}): ParsedReport {
  checkArguments(input, options);
  if (typeof input === 'string') return parseString(input, options);
  return tooLarge(input, options) ?? fromRead(readSync(input, options), input, options);
}

/** parseWithLayout for every format, PDF included (rejects with the same TypeError on a wrong argument). */
export async function parseDocumentWithLayout(input: Uint8Array | string, options: ParseOptions = {}): Promise<ParsedReport> {
  checkArguments(input, options);
  if (typeof input === 'string') return parseString(input, options);
  return tooLarge(input, options) ?? fromRead(await read(input, options), input, options);
}

/** What the text path needs besides the text. */
interface TextSettings {
  lang: Lang;
  maxBytes: number;
  /** The diagnostic when the text is no report (for bytes decoded as text, notAReport: it may name the encoding given). */
  noReport: () => PendingDiagnostic;
}

const textSettings = (options: ParseOptions, noReport = notAReportPlain): TextSettings => ({
  lang: options.lang ?? DEFAULT_LANG,
  maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
  noReport,
});

function parseString(input: string, options: ParseOptions): ParsedReport {
  const settings = textSettings(options);
  const source: Report['source'] = { file: options.file ?? null, encoding: 'utf-8', bytes: Buffer.byteLength(input, 'utf8'), type: 'text' };
  if (source.bytes > settings.maxBytes) return only(source, diagnostic('too-large', 'too-large', { bytes: source.bytes, limit: settings.maxBytes }), settings.lang);
  return parseTextFile(input.replace(/^\uFEFF/, ''), source, settings);
}

/**
 * Bytes past the size bound: `too-large`, neither decoded nor read (what they would be decoded
 * as is not known, and not worth the time). A PDF or Word file counts by its own bytes. Its
 * `source.type` is what the content says (sniff.ts looks at a few KB, and a ZIP's directory).
 */
function tooLarge(input: Uint8Array, options: ParseOptions): ParsedReport | null {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input.byteLength <= maxBytes) return null;
  const sniffed = sniff(input);
  const type = 'format' in sniffed ? sniffed.format : 'docx';
  const source: Report['source'] = { file: options.file ?? null, encoding: 'unknown', bytes: input.byteLength, type };
  return only(source, diagnostic('too-large', 'too-large', { bytes: input.byteLength, limit: maxBytes }), options.lang ?? DEFAULT_LANG);
}

/** The report of what a reader made of the bytes. */
function fromRead(result: ReadResult, input: Uint8Array, options: ParseOptions): ParsedReport {
  const file = options.file ?? null;
  const lang = options.lang ?? DEFAULT_LANG;
  const bytes = input.byteLength;
  if (result.kind === 'problem') return only({ file, encoding: 'binary', bytes, type: result.type }, result.problem, lang);
  if (result.kind === 'document') {
    const { extracted } = result;
    return parseExtracted(extracted, { file, encoding: extracted.encoding, bytes, type: extracted.type }, textSettings(options));
  }
  const decoded = decode(input, options.encoding);
  const source: Report['source'] = { file, encoding: isNotText(decoded) ? 'binary' : decoded.encoding, bytes, type: 'text' };
  if (isNotText(decoded)) return only(source, decoded.problem, lang);
  return parseTextFile(decoded.text, source, textSettings(options, () => notAReport(input, options)));
}

/**
 * A text file: parseText, with its HTML tables (pandoc's Markdown of a Word file writes those with
 * merged cells as raw HTML) read as a web page's are, a row a line; diagnostics then point at the
 * file's own lines (a row's, its `<tr>`'s).
 */
function parseTextFile(text: string, source: Report['source'], settings: TextSettings): ParsedReport {
  const tables = withEmbeddedTables(text);
  if (tables === null) return parseText(text, source, settings);
  const parsed = parseText(tables.lines.join('\n'), source, settings);
  const places: FilePlace[] = tables.sourceLines.map((line) => ({ line }));
  parsed.report.diagnostics = parsed.report.diagnostics.map((d) => pointInto(places, d));
  return { report: parsed.report, layout: { ...parsed.layout, places } };
}

/** No table at all: the report's figures cannot be read (tables as pictures, most often). */
const lacksTables = (report: Report): boolean =>
  report.activeDisclosure === null && report.applications === null && report.reviewLitigation === null;

/** A diagnostic on a line of a document's extracted text, pointed into the file instead (`places` from filePlaces). */
function pointInto(places: readonly FilePlace[], d: Diagnostic): Diagnostic {
  if (d.line === null) return d;
  const place = places[d.line - 1];
  if (!place) return { ...d, line: null };
  return place.location ? { ...d, line: place.line, location: place.location } : { ...d, line: place.line };
}

/**
 * The text a reader extracted from a web page, Word file or PDF, parsed as any text is (within
 * the same work bounds); its diagnostics then point into the file. A document whose tables are
 * all missing (pictures, most often) is not a report the tool can read: one `no-table` error.
 */
function parseExtracted(extracted: Extracted, source: Report['source'], settings: TextSettings): ParsedReport {
  const parsed = parseText(extracted.lines.join('\n'), source, settings);
  const { report } = parsed;
  const unread = report.diagnostics.some((d) => isFatal(d.code) || d.code === 'unsupported-format');
  if (!unread && lacksTables(report)) {
    return only(source, diagnostic('no-table', 'no-table', { kind: extracted.type }), settings.lang, { meta: report.meta, text: report.text });
  }
  const places = filePlaces(extracted);
  const diagnosticLines = report.diagnostics.map((d) => d.line);
  report.diagnostics = report.diagnostics.map((d) => pointInto(places, d));
  return { report, layout: { ...parsed.layout, places }, extracted: { lines: extracted.lines, diagnosticLines } };
}

/** A text parsed, each long text in it keyed for matching once however many stages match it. */
function parseText(text: string, source: Report['source'], settings: TextSettings): ParsedReport {
  return keyingLongTextsOnce(() => readText(text, source, settings));
}

function readText(text: string, source: Report['source'], { lang, maxBytes, noReport }: TextSettings): ParsedReport {
  if (text.trim() === '') return only(source, diagnostic('empty-input', 'empty-input.noText', {}), lang);
  // Without a single Chinese character (digits, marks, Latin letters only) it cannot be a report,
  // whatever runs of digits it prints: part 四's fifteen cells are read from a bare run of them.
  if (!HAS_CJK.test(text)) return only(source, diagnostic('not-a-report', 'not-a-report', {}), lang);
  // Each line costs what it holds and a little more: millions of short lines are bounded apart.
  const lineBound = workBound(maxBytes);
  if (lineCount(text) > lineBound) return only(source, diagnostic('too-large', 'too-large.lines', { lines: lineBound, limit: maxBytes }), lang);

  const lines = normalize(text);
  const sections = splitIntoSections(lines);
  const { meta, text: prose } = extractMeta(sections, lines);

  if (meta.year !== null && meta.year < FIRST_FORM_YEAR) {
    return only(source, diagnostic('unsupported-format', 'unsupported-format', { year: meta.year, firstYear: FIRST_FORM_YEAR }), lang, { meta, text: prose });
  }

  // A table's location: its part's heading, and whether the next part's was not found (buildTable's lostAfter).
  const location = (part: PartNumber): TableLocation => {
    const next = part < 6 ? sections.parts[(part + 1) as PartNumber] : undefined;
    return { line: sections.parts[part]?.line ?? null, ...(next === undefined ? { nextMissing: true as const } : {}) };
  };
  const printed = tokenizer(workBudget(maxBytes));
  let read: TablesRead;
  let tablesAsPrinted: TablesReading;
  try {
    tablesAsPrinted = readTables(sections, lines, location, printed.tokens, meta.year);
    read = tablesAsPrinted.read;
  } catch (error) {
    if (!(error instanceof WorkBoundReached)) throw error;
    return only(source, diagnostic('too-large', 'too-large.cells', { cells: error.cells, limit: maxBytes }), lang, { meta, text: prose });
  }
  const { format, active, applications, reviewLitigation } = read;

  if (!applications.table && !reviewLitigation.table && !sections.parts[3] && !sections.parts[4]) {
    const legacy = meta.title !== null || sections.parts[1] !== undefined;
    const problem =
      legacy && meta.year === null
        ? diagnostic('unsupported-format', 'unsupported-format.freeForm', { firstYear: FIRST_FORM_YEAR })
        : noReport();
    return only(source, problem, lang, { meta, text: prose });
  }

  // Line breaks that may have cut a number between two digits: the tables read with each joined,
  // and only what the readings agree on (or the form's arithmetic settles) kept (tables/digitBreaks.ts).
  const regions = [...printed.read.values()].map((r) => r.region);
  const work = { lines: regions.reduce((n, r) => n + r.lines.length, 0), chars: regions.reduce((n, r) => n + r.lines.reduce((m, l) => m + l.length, 0), 0) };
  settleBreaks(read, breaksIn(regions), (join) => {
    try {
      return readTables(sections, lines, location, tokenizer(workBudget(maxBytes), { lines: join, printed: printed.read }).tokens, meta.year, { printed: tablesAsPrinted, join }).read;
    } catch (error) {
      if (!(error instanceof WorkBoundReached)) throw error;
      return null;
    }
  }, work);

  const diagnostics: PendingDiagnostic[] = [];
  const tableOf: Partial<Record<PartNumber, { key: TableKey; rows: Layout['rows']; found: boolean }>> = {};
  for (const [key, result] of [['activeDisclosure', active], ['applications', applications], ['reviewLitigation', reviewLitigation]] as const) {
    tableOf[TABLE_PARTS[key]] = { key, rows: result.rows, found: result.table !== null };
  }
  for (const { part, heading } of PARTS) {
    if (sections.parts[part]) continue;
    // A part whose heading failed (a typo, no numeral, none) but whose table is there was found by
    // its table: said at the table's first row, never as a missing part.
    const table = tableOf[part];
    const first = table?.found ? firstRow(table.rows) : null;
    if (table && first !== null) diagnostics.push(diagnostic('heading-not-found', 'heading-not-found', { heading }, table.key, first));
    else diagnostics.push(diagnostic('missing-part', 'missing-part', { heading }));
  }
  if (sections.secondReport !== undefined) {
    const line = sections.secondReport;
    diagnostics.push(diagnostic('second-report', 'second-report', { line }, null, line));
  }
  // The year is never guessed (meta/): a report that does not say it is left out of checks by year.
  if (meta.year === null) diagnostics.push(diagnostic('year-unclear', 'year-unclear', {}));
  for (const table of [active, applications, reviewLitigation]) for (const d of table.diagnostics) diagnostics.push(d);

  const report: Report = {
    source,
    ...formPart(format, meta, active.table),
    applications: applications.table,
    reviewLitigation: reviewLitigation.table,
    text: prose,
    diagnostics: [],
  };
  const layout: Layout = {
    rows: Object.assign({}, active.rows, applications.rows, reviewLitigation.rows),
    columns: Object.assign({}, active.columns, applications.columns, reviewLitigation.columns),
    // What the prose says of the tables, for the text-table rule (validate/textTable.ts).
    figures: findFigures(proseLines(lines), { year: meta.year, organ: meta.organ }),
  };
  for (const d of runRules(report, layout, diagnostics)) diagnostics.push(d);
  report.diagnostics = diagnostics.sort(byLine).map((d) => render(d, lang));
  return { report, layout };
}

/**
 * The form, the meta and part 二, in the order a report's JSON holds them. Part 二 is in the keys
 * of the form (readTables reads it again when part 三 or the year tells the form; unknown, in the
 * newest form's), which TypeScript cannot follow through activeDisclosureTable: isTableValue
 * checks it, as Report's union needs.
 */
function formPart(format: Format | null, meta: Report['meta'], table: ActiveDisclosure2021 | ActiveDisclosure2019 | null): FormPart & Pick<Report, 'meta'> {
  if (format === null) return { format, meta, activeDisclosure: table };
  if (table === null) return { format, meta, activeDisclosure: table };
  if (format === '2019' && isTableValue(PLANS.activeDisclosure['2019'], table)) return { format, meta, activeDisclosure: table };
  if (format === '2021' && isTableValue(PLANS.activeDisclosure['2021'], table)) return { format, meta, activeDisclosure: table };
  throw new Error(`report: part 二 was not read in the keys of the ${format} form`); // a bug
}

/**
 * A reading of the three tables, and the token lines each was read from (part 二 as first read, in
 * the form its headers tell or the newest).
 */
interface TablesReading {
  read: TablesRead;
  from: { part2: readonly TokenLine[]; part3: readonly TokenLine[]; part4: readonly TokenLine[]; firstActive: TablesRead['active'] };
}

/**
 * The three tables, read from the token lines `tokens` gives, and the form they are in. With
 * `again` (a reading with the lines of digit breaks joined), a table whose token lines are the very
 * ones the reading as printed read it from (none of its lines joined, the table before it ending
 * on the same line), and whose later lines hold no join either (part 四 may look there), reads as
 * it did: a copy of that reading is taken, not made again (the tables are all their reading costs:
 * a report with 30 breaks was read 31 times over).
 */
function readTables(
  sections: Sections,
  lines: readonly string[],
  location: (part: PartNumber) => TableLocation,
  tokens: Tokenizer,
  year: number | null,
  again: { printed: TablesReading; join: ReadonlySet<number> } | null = null,
): TablesReading {
  const printed = again?.printed ?? null;
  // Part 二's form is told by its headers; when they say nothing, by part 三 (parsed next).
  const part2 = partTokens(sections, 2, lines, null, tokens);
  const markedFormat = detectFormat(part2);
  const same2 = printed !== null && sameLines(part2, printed.from.part2);
  const firstActive = same2 ? copied(printed.from.firstActive) : activeDisclosureTable(part2, markedFormat ?? NEWEST_FORM, location(2));
  const part3 = beforeNext(sections, partTokens(sections, 3, lines, lastRow(firstActive.rows), tokens));
  const applications = printed !== null && sameLines(part3, printed.from.part3) ? copied(printed.read.applications) : applicationTable(part3, location(3));
  const part4 = partTokens(sections, 4, lines, lastRow(applications.rows), tokens, { previous: PLANS.applications, own: PLANS.reviewLitigation });
  const later = laterLines(sections, tokens);
  const same4 = printed !== null && sameLines(part4, printed.from.part4) && !later.regions.some((r) => holdsAny(r, again?.join));
  const reviewLitigation = same4 ? copied(printed.read.reviewLitigation) : reviewLitigationTable(part4, location(4), later);
  const format: Format | null = markedFormat ?? formatFromApplications(applications.table, year);
  // Part 二 is in the keys of the form the report is on (Report's discriminated union): read it
  // again when the form was told by part 三 or the year. Unknown, it stays in the newest form's.
  let active = firstActive;
  if (format !== null && format !== (markedFormat ?? NEWEST_FORM)) {
    active = same2 && format === printed.read.format ? copied(printed.read.active) : activeDisclosureTable(part2, format, location(2));
  }
  return { read: { format, active, applications, reviewLitigation }, from: { part2, part3, part4, firstActive } };
}

/** The same token lines, one for one (a region not read again keeps its lines' objects). */
const sameLines = (a: readonly TokenLine[], b: readonly TokenLine[]): boolean => a.length === b.length && a.every((line, i) => line === b[i]);

/** Does the region hold one of the lines? */
const holdsAny = (region: Region, lines: ReadonlySet<number> | undefined): boolean =>
  lines !== undefined && [...lines].some((line) => line >= region.firstLine && line < region.firstLine + region.lines.length);

/** A table's reading, its value and diagnostics its own (settleBreaks changes the reading as printed in place). */
const copied = <T>(result: TableResult<T>): TableResult<T> => ({ ...result, table: structuredClone(result.table), diagnostics: [...result.diagnostics] });

/**
 * The lines after part 四's region: the bodies of the parts after it that were found, in order
 * (where the rest of part 四's table may have been printed, past a page's end), and the
 * tokenizer for the stretch of them tables/inOrder.ts looks at.
 */
function laterLines(sections: Sections, tokens: Tokenizer): LaterLines {
  const regions = PARTS.flatMap(({ part }) => (part > 4 && sections.parts[part] ? [sections.parts[part].body] : []));
  return { regions, tokens: (stretch) => tokens({ key: `stretch ${stretch.firstLine}`, region: stretch }) };
}

/** The breaks between two lines of the regions read that may have cut a number between its digits (each once). */
function breaksIn(regions: readonly Region[]): DigitBreak[] {
  const found = new Map<number, DigitBreak>();
  for (const { firstLine, lines } of regions) for (const cut of digitBreaks(lines, firstLine)) if (!found.has(cut.line)) found.set(cut.line, cut);
  return [...found.values()].sort((a, b) => a.line - b.line);
}

/**
 * The form, when part 二's headers do not tell: a row only one form has (（六）其他处理's sub-rows:
 * the 2021 form), else the year's form, else the newest.
 */
function formatFromApplications(applications: Applications | null, year: number | null): Format | null {
  for (const row of TABLES.applications.rows) if (row.spec.onlyIn && rowIn(applications, row)) return row.spec.onlyIn;
  if (year !== null) return formOfYear(year);
  return applications ? NEWEST_FORM : null;
}

/**
 * The arithmetic diagnostics of a report, computed again (for a report read back from JSON, or
 * changed). With the layout parseWithLayout gave, they are those the parse found, lines (and, for
 * a document, locations) and printed labels included; without it, `line` is null and labels are
 * the form's.
 */
export function validateReport(report: Report, layout: Layout = noLayout(), options: { lang?: Lang } = {}): Diagnostic[] {
  const diagnostics = runRules(report, layout, report.diagnostics).map((d) => render(d, options.lang ?? DEFAULT_LANG));
  const { places } = layout;
  return places ? diagnostics.map((d) => pointInto(places, d)) : diagnostics;
}
