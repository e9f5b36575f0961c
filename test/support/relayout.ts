/**
 * Re-layout generators: the same report as the other exports of it users hold. Each takes a
 * report's text and prints its tables another way — tabs or runs of spaces or pipes, one cell
 * per line, labels split over two lines or spaced out, blank lines added or dropped, page-number
 * lines between rows, full-width digits, CRLF, BOM, GB18030 or UTF-16 bytes — without changing
 * a single value. The property tests expect the same tables from every one of them; the
 * benchmark reuses them to time the layouts.
 *
 * They work from the token structure of a table line, not from one fixture's quirks: a line with
 * a tab is a table row, its cells are label cells (words) then value cells (numbers or marks such
 * as `/`); every other line is kept as printed. All randomness comes from a seeded `Rng`, so a
 * plan (see `relayout`) reproduces its output exactly.
 */
import { mulberry32 } from '../../scripts/prng.mjs';
import iconv from 'iconv-lite';

// ── randomness ───────────────────────────────────────────────────────────────────────────

/** A source of numbers in [0, 1). */
export type Rng = () => number;

/** mulberry32 (scripts/prng.mjs): the same sequence for the same seed on every platform. */
export const seededRng: (seed: number) => Rng = mulberry32;

/** An integer in [min, max]. */
export const between = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

// ── the token structure of a report ──────────────────────────────────────────────────────

/** A line printed with tabs: a table row, its cells as printed (a cell may hold `\n`). */
export interface RowLine {
  kind: 'row';
  cells: string[];
}
/** Any other line (prose, headings, blank lines, page numbers), kept as printed. */
export interface TextLine {
  kind: 'text';
  text: string;
}
export type DocLine = RowLine | TextLine;

export type CellRole = 'empty' | 'label' | 'value';

const UNIT = '(?:件|个|条|次|项|人次|人|家|份|篇|万元|元|亿元)';
/** A cell that holds a number as printed (ASCII or full-width digits, separators, a unit). */
const VALUE_CELL = new RegExp(`^[+\\-－]?[0-9０-９][0-9０-９,，. ]*${UNIT}?$`);
/** Marks printed where a number belongs. */
const MARK_CELL = /^(?:[/\\]|[-‐‑‒–—―﹣]+|无|空|暂无|\*|×)$/;

/** A cell without the export artefacts `addArtefacts` puts in, for classifying it. */
const bare = (cell: string): string =>
  cell
    .replace(/\[bookmark:[^\]]*\]|\*\*|[\u200b-\u200d\ufeff]/g, '')
    .replace(/[\u00a0\u3000]/g, ' ')
    .trim();

export function cellRole(cell: string): CellRole {
  const t = bare(cell);
  if (t === '') return 'empty';
  if (VALUE_CELL.test(t) || MARK_CELL.test(t)) return 'value';
  return 'label';
}

/** Text → lines of the model. A BOM and CR line ends are dropped. */
export function parseDoc(text: string): DocLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line): DocLine => (line.includes('\t') ? { kind: 'row', cells: line.split('\t') } : { kind: 'text', text: line }));
}

const isBlank = (line: DocLine | undefined): boolean => line?.kind === 'text' && line.text.trim() === '';
const filled = (row: RowLine): string[] => row.cells.filter((c) => cellRole(c) !== 'empty');

/** Does this row start with words (a row label, or the label of a one-cell-per-line row)? */
const startsWithLabel = (line: DocLine): boolean => {
  if (line.kind !== 'row') return false;
  const first = filled(line)[0];
  return first !== undefined && cellRole(first) === 'label';
};
const endsWithValue = (line: DocLine): boolean => {
  if (line.kind !== 'row') return false;
  const last = filled(line).at(-1);
  return last !== undefined && cellRole(last) === 'value';
};

/**
 * Indexes i where a new table row starts: line i opens with a label and the nearest line above
 * that prints something is a row ending with a value. Holds for tab rows and for
 * one-cell-per-line rows alike.
 */
export function rowBoundaries(doc: readonly DocLine[]): number[] {
  const out: number[] = [];
  let previous: DocLine | undefined;
  doc.forEach((line, i) => {
    if (isBlank(line)) return;
    if (previous && startsWithLabel(line) && endsWithValue(previous)) out.push(i);
    previous = line;
  });
  return out;
}

/** Indexes of the label cells of a row: the words before its first value. */
export function labelCellIndexes(row: RowLine): number[] {
  const out: number[] = [];
  for (let i = 0; i < row.cells.length; i++) {
    const role = cellRole(row.cells[i]!);
    if (role === 'value') break;
    if (role === 'label') out.push(i);
  }
  return out;
}

const mapRows = (doc: readonly DocLine[], f: (row: RowLine) => RowLine | DocLine[]): DocLine[] =>
  doc.flatMap((line) => (line.kind === 'row' ? f(line) : [line]));

const CJK = /[\u3400-\u9fff]/;

// ── re-layouts on the model ──────────────────────────────────────────────────────────────

/**
 * Split label cells at a random point over two lines, as Word exports a cell whose text wraps
 * (`5.要求行政机关确认或重新\n出具已获取信息`). Both halves keep a CJK character, so neither
 * half reads as a number.
 */
export function splitLabels(doc: readonly DocLine[], rng: Rng, share = 0.3): DocLine[] {
  return mapRows(doc, (row) => {
    const cells = [...row.cells];
    for (const i of labelCellIndexes(row)) {
      if (rng() >= share) continue;
      const text = cells[i]!;
      if (text.includes('\n')) continue;
      const points: number[] = [];
      for (let k = 1; k < text.length; k++) {
        if (CJK.test(text.slice(0, k)) && CJK.test(text.slice(k))) points.push(k);
      }
      if (points.length === 0) continue;
      const k = pick(rng, points);
      cells[i] = `${text.slice(0, k)}\n${text.slice(k)}`;
    }
    return { kind: 'row', cells };
  });
}

/** Put single spaces between the CJK characters of label cells (`本 年 度 办 理 结 果`). */
export function spaceOutLabels(doc: readonly DocLine[], rng: Rng, share = 0.3): DocLine[] {
  return mapRows(doc, (row) => {
    const cells = [...row.cells];
    for (const i of labelCellIndexes(row)) {
      if (rng() >= share) continue;
      cells[i] = cells[i]!.replace(/([\u3400-\u9fff])(?=[\u3400-\u9fff])/g, '$1 ');
    }
    return { kind: 'row', cells };
  });
}

/** Print the digits of value cells full-width (０-９). */
export function fullWidthDigits(doc: readonly DocLine[], rng: Rng, share = 0.5): DocLine[] {
  return mapRows(doc, (row) => ({
    kind: 'row',
    cells: row.cells.map((c) =>
      cellRole(c) === 'value' && rng() < share ? c.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : c,
    ),
  }));
}

/** Put the label cells of a row on one line and its values on the next. */
export function labelsOnOwnLine(doc: readonly DocLine[], rng: Rng, share = 0.3): DocLine[] {
  return mapRows(doc, (row) => {
    const firstValue = row.cells.findIndex((c) => cellRole(c) === 'value');
    const labels = labelCellIndexes(row);
    if (firstValue <= 0 || labels.length === 0 || rng() >= share) return row;
    return [
      { kind: 'row', cells: row.cells.slice(0, firstValue) },
      { kind: 'row', cells: ['', ...row.cells.slice(firstValue)] },
    ];
  });
}

/**
 * Export artefacts in a share of the cells: a Word bookmark before a label
 * (`[bookmark: _Hlk66973412]`), markdown bold around it, zero-width spaces or a no-break space
 * inside labels and numbers.
 */
export function addArtefacts(doc: readonly DocLine[], rng: Rng, share = 0.3): DocLine[] {
  const insertAt = (text: string, mark: string): string => {
    const k = between(rng, 0, text.length);
    return text.slice(0, k) + mark + text.slice(k);
  };
  return mapRows(doc, (row) => ({
    kind: 'row',
    cells: row.cells.map((cell) => {
      const role = cellRole(cell);
      if (role === 'empty' || rng() >= share) return cell;
      if (role === 'value') return rng() < 0.5 ? insertAt(cell, '\u200b') : `\u00a0${cell}\u00a0`;
      const choice = between(rng, 0, 3);
      if (choice === 0) return `[bookmark: _Hlk${between(rng, 10_000_000, 99_999_999)}]${cell}`;
      if (choice === 1) return `**${cell.trim()}**`;
      if (choice === 2) return insertAt(cell, '\u200b');
      return insertAt(cell, '\u00a0');
    }),
  }));
}

/** Insert 1–2 blank lines at a share of the row boundaries. */
export function addBlankLines(doc: readonly DocLine[], rng: Rng, share = 0.3): DocLine[] {
  const at = new Set(rowBoundaries(doc).filter(() => rng() < share));
  return doc.flatMap((line, i) =>
    at.has(i) ? [...Array.from({ length: between(rng, 1, 2) }, (): DocLine => ({ kind: 'text', text: '' })), line] : [line],
  );
}

/** Drop the blank lines that stand between two table rows. */
export function removeBlankLines(doc: readonly DocLine[]): DocLine[] {
  const keep = doc.map(() => true);
  let previousRow = false;
  let pending: number[] = [];
  doc.forEach((line, i) => {
    if (isBlank(line)) {
      pending.push(i);
      return;
    }
    if (line.kind === 'row' && previousRow) for (const j of pending) keep[j] = false;
    previousRow = line.kind === 'row';
    pending = [];
  });
  return doc.filter((_, i) => keep[i]);
}

/** Page-number lines as exports print them at a page break. */
export const PAGE_NUMBER_FORMS: ReadonlyArray<(n: number) => string> = [
  (n) => `-${n}-`,
  (n) => `- ${n} -`,
  (n) => `— ${n} —`,
  (n) => `第${n}页`,
  (n) => `第 ${n} 页 共 9 页`,
  (n) => `${n}/9`,
];

/** Insert `count` page breaks (a page-number line, maybe blank lines around it) at row boundaries. */
export function insertPageNumbers(doc: readonly DocLine[], rng: Rng, count = 2): DocLine[] {
  const boundaries = rowBoundaries(doc);
  const at = new Map<number, DocLine[]>();
  for (let k = 0; k < count && boundaries.length > 0; k++) {
    const i = pick(rng, boundaries);
    const page: DocLine[] = [{ kind: 'text', text: pick(rng, PAGE_NUMBER_FORMS)(between(rng, 1, 9)) }];
    if (rng() < 0.5) page.unshift({ kind: 'text', text: '' });
    if (rng() < 0.5) page.push({ kind: 'text', text: '' });
    at.set(i, [...(at.get(i) ?? []), ...page]);
  }
  return doc.flatMap((line, i) => [...(at.get(i) ?? []), line]);
}

/**
 * Insert page breaks with the running header `pdftotext` repeats at the top of every page (the
 * report's title), as in fixtures/variants/002-layout.txt.
 */
export function insertPageHeaders(doc: readonly DocLine[], rng: Rng, header: string, count = 2): DocLine[] {
  const boundaries = rowBoundaries(doc);
  const at = new Map<number, DocLine[]>();
  for (let k = 0; k < count && boundaries.length > 0; k++) {
    const i = pick(rng, boundaries);
    const page: DocLine[] = [
      { kind: 'text', text: `${' '.repeat(80)}- ${between(rng, 1, 9)} -` },
      { kind: 'text', text: `${' '.repeat(30)}${header}` },
    ];
    at.set(i, [...(at.get(i) ?? []), ...page]);
  }
  return doc.flatMap((line, i) => [...(at.get(i) ?? []), line]);
}

// ── rendering ────────────────────────────────────────────────────────────────────────────

/**
 * How rows are printed:
 * - `tabs`: cells separated by tabs (Word's plain-text export);
 * - `spaces`: cells separated by runs of 2–6 spaces (`pdftotext -layout`); empty cells vanish;
 * - `pipes`: `| a | b |` (converters to markdown), empty cells kept between pipes; a cell split
 *   over two lines is joined again, as a markdown row is one line;
 * - `cells`: one cell per line, each indented by a tab, a blank line after each row (seed 000).
 */
export type Layout = 'tabs' | 'spaces' | 'pipes' | 'cells';
export const LAYOUTS: readonly Layout[] = ['tabs', 'spaces', 'pipes', 'cells'];

export interface RenderOptions {
  layout: Layout;
  /** For `spaces`: separate cells with ideographic spaces (U+3000) or no-break spaces, as web pages do. */
  oddSpaces?: boolean;
  /** For `spaces`: randomises the width of each run. */
  rng?: Rng;
  /** For `cells`: print empty cells as lines holding only a tab (else drop them). */
  keepEmptyCells?: boolean;
}

/** A row that already prints one cell per line: at most one cell with text in it. */
const isSingleCell = (row: RowLine): boolean => filled(row).length <= 1;

export function renderRow(row: RowLine, options: RenderOptions): string[] {
  const rng = options.rng ?? (() => 0);
  switch (options.layout) {
    case 'tabs':
      return [row.cells.join('\t')];
    case 'spaces': {
      const leading = row.cells.findIndex((c) => c.trim() !== '');
      if (leading < 0) return [''];
      const cells = row.cells.slice(leading).filter((c) => c.trim() !== '').map((c) => c.trim());
      const space = (n: number): string => (options.oddSpaces ? pick(rng, ['\u3000', '\u00a0', ' ']) : ' ').repeat(n);
      const indent = leading > 0 ? space(between(rng, 2, 8)) : '';
      return [indent + cells.map((c, i) => (i === 0 ? c : space(between(rng, 2, 6)) + c)).join('')];
    }
    case 'pipes':
      // A markdown row is one line: a cell's line break does not survive the conversion.
      return [`| ${row.cells.map((c) => c.replace(/\n/g, '').trim()).join(' | ')} |`];
    case 'cells': {
      if (isSingleCell(row)) return [row.cells.join('\t')];
      const cells = options.keepEmptyCells ? row.cells : row.cells.filter((c) => c.trim() !== '');
      return [...cells.map((c) => `\t${c}`), ''];
    }
  }
}

export function render(doc: readonly DocLine[], options: RenderOptions): string {
  return doc.flatMap((line) => (line.kind === 'row' ? renderRow(line, options) : [line.text])).join('\n');
}

// ── text-level re-layouts ────────────────────────────────────────────────────────────────

/** Every tab row printed with runs of spaces instead. */
export const tabsToSpaces = (text: string, rng: Rng = seededRng(1)): string => render(parseDoc(text), { layout: 'spaces', rng });

/** Runs of two or more spaces inside a line become one tab (the way back from `pdftotext -layout`). */
export const spacesToTabs = (text: string): string =>
  text
    .split('\n')
    .map((line) => (/\S {2,}\S/.test(line) ? line.trim().replace(/ {2,}/g, '\t') : line))
    .join('\n');

/** Every tab row printed one cell per line with a blank line after it. */
export const oneCellPerLine = (text: string, keepEmptyCells = true): string =>
  render(parseDoc(text), { layout: 'cells', keepEmptyCells });

export const withCrlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');
export const withBom = (text: string): string => (text.startsWith('\uFEFF') ? text : `\uFEFF${text}`);

// ── bytes ────────────────────────────────────────────────────────────────────────────────

/** The encodings users' files arrive in. */
export type ByteEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le-bom' | 'utf-16be-bom' | 'utf-16le';
export const BYTE_ENCODINGS: readonly ByteEncoding[] = ['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le-bom', 'utf-16be-bom', 'utf-16le'];

/** What `parseReport` should say it decoded, per encoding. */
export const DECODED_AS: Readonly<Record<ByteEncoding, string>> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  gb18030: 'gb18030',
  'utf-16le-bom': 'utf-16le',
  'utf-16be-bom': 'utf-16be',
  'utf-16le': 'utf-16le',
};

export function encode(text: string, encoding: ByteEncoding): Uint8Array {
  const body = text.replace(/^\uFEFF/, '');
  const bytes = (() => {
    switch (encoding) {
      case 'utf-8':
        return Buffer.from(body, 'utf8');
      case 'utf-8-bom':
        return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]);
      case 'gb18030':
        return iconv.encode(body, 'gb18030');
      case 'utf-16le-bom':
        return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(body, 'utf-16le')]);
      case 'utf-16be-bom':
        return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(body, 'utf-16be')]);
      case 'utf-16le':
        return iconv.encode(body, 'utf-16le');
    }
  })();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// ── a plan: every re-layout at once, reproducible ────────────────────────────────────────

export interface RelayoutPlan {
  layout: Layout;
  /** For `cells`: keep empty cells as tab-only lines. */
  keepEmptyCells: boolean;
  /** Share (0–1) of label cells split over two lines. */
  splitLabels: number;
  /** Share (0–1) of label cells spaced out. */
  spaceOutLabels: number;
  /** Share (0–1) of rows printed as a label line then a value line. */
  labelsOnOwnLine: number;
  /** Share (0–1) of value cells printed with full-width digits. */
  fullWidthDigits: number;
  /** Share (0–1) of cells with export artefacts (bookmarks, bold marks, zero-width and no-break spaces). */
  artefacts: number;
  /** For `spaces`: ideographic and no-break spaces between cells. */
  oddSpaces: boolean;
  blankLines: 'keep' | 'add' | 'remove';
  /** Page-number lines inserted between rows. */
  pageNumbers: number;
  /** Page breaks with a running header line (the given title) inserted between rows. */
  pageHeaders: number;
  pageHeader: string;
  crlf: boolean;
  /** A BOM on the text (for `encoding: 'text'`, a string with U+FEFF). */
  bom: boolean;
  /** `text`: hand parseReport a string; otherwise the bytes in that encoding. */
  encoding: 'text' | ByteEncoding;
  /** Seed of every random choice the re-layouts make. */
  seed: number;
}

export const IDENTITY_PLAN: RelayoutPlan = {
  layout: 'tabs',
  keepEmptyCells: true,
  splitLabels: 0,
  spaceOutLabels: 0,
  labelsOnOwnLine: 0,
  fullWidthDigits: 0,
  artefacts: 0,
  oddSpaces: false,
  blankLines: 'keep',
  pageNumbers: 0,
  pageHeaders: 0,
  pageHeader: '',
  crlf: false,
  bom: false,
  encoding: 'text',
  seed: 0,
};

/** The text a plan makes of a report (before encoding). */
export function relayoutText(text: string, plan: Partial<RelayoutPlan>): string {
  const p = { ...IDENTITY_PLAN, ...plan };
  const rng = seededRng(p.seed);
  let doc = parseDoc(text);
  if (p.labelsOnOwnLine > 0) doc = labelsOnOwnLine(doc, rng, p.labelsOnOwnLine);
  if (p.splitLabels > 0) doc = splitLabels(doc, rng, p.splitLabels);
  if (p.spaceOutLabels > 0) doc = spaceOutLabels(doc, rng, p.spaceOutLabels);
  if (p.fullWidthDigits > 0) doc = fullWidthDigits(doc, rng, p.fullWidthDigits);
  if (p.artefacts > 0) doc = addArtefacts(doc, rng, p.artefacts);
  if (p.blankLines === 'add') doc = addBlankLines(doc, rng);
  if (p.blankLines === 'remove') doc = removeBlankLines(doc);
  if (p.pageNumbers > 0) doc = insertPageNumbers(doc, rng, p.pageNumbers);
  if (p.pageHeaders > 0 && p.pageHeader) doc = insertPageHeaders(doc, rng, p.pageHeader, p.pageHeaders);
  let out = render(doc, { layout: p.layout, rng, keepEmptyCells: p.keepEmptyCells, oddSpaces: p.oddSpaces });
  if (p.crlf) out = withCrlf(out);
  if (p.bom) out = withBom(out);
  return out;
}

/** What a plan hands parseReport: a string, or the bytes in the plan's encoding. */
export function relayout(text: string, plan: Partial<RelayoutPlan>): string | Uint8Array {
  const p = { ...IDENTITY_PLAN, ...plan };
  const out = relayoutText(text, p);
  if (p.encoding === 'text') return out;
  const encoding = p.bom && p.encoding === 'utf-8' ? 'utf-8-bom' : p.encoding;
  return encode(out, encoding);
}
