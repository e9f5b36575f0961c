/**
 * A Word .docx → lines. The ZIP container is read by zip.ts (each part inflated to a bound, so a
 * ZIP bomb stops with `too-large`); the parts are XML, read by htmlparser2 in XML mode, and the
 * main document (`word/document.xml`, or wherever `_rels/.rels` points) by DocumentBuilder
 * (lines.ts), as the HTML reader's tables and paragraphs are:
 *
 * - a paragraph (`w:p`) is a line: its runs' text (`w:t`, split over as many runs as Word likes),
 *   `w:tab` a tab, a soft break (`w:br`, `w:cr`) a new line, Word's automatic numbering written
 *   out (numbering.ts), hidden text (`w:vanish`), deleted and moved-away text left out;
 * - a table (`w:tbl`) row (`w:tr`) is a line of its cells (`w:tc`) in order: `w:gridSpan` is one
 *   cell, a cell continuing a vertical merge (`w:vMerge` without `restart`) is not printed;
 * - text boxes, drawings and fallback content (`mc:Fallback`, a copy of what was already read)
 *   are not read; headers and footers are other parts and are not read either (page chrome).
 *
 * Each line's place: `table n, row m` for a row, `paragraph n` for a paragraph (paragraphs with
 * text outside tables, counted from the start).
 */
import { newParser, scanXml } from './xml.js';
import { DocumentBuilder, type Extracted } from './lines.js';
import { emptyDefinitions, ListCounter, type Level, type NumberingDefinitions, type NumberingList, type StyleNumbering } from './numbering.js';
import { listEntries, readEntry, ZipProblem, type ZipEntry } from './zip.js';

/** The most the main document may inflate to (a real report's is well under 5 MB). */
export const MAX_DOCUMENT_BYTES = 50_000_000;
const MAX_PART_BYTES = 10_000_000;

type Attributes = Record<string, string>;

/** An attribute by its local name (`w:val` or `val`). */
function attr(attributes: Attributes, local: string): string | undefined {
  for (const key in attributes) {
    if (key === local || key.endsWith(`:${local}`)) return attributes[key];
  }
  return undefined;
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);
const prefixOf = (name: string): string => (name.includes(':') ? name.slice(0, name.indexOf(':')) : '');

/** `w:val="false"`, `"0"`, `"off"` turn a toggle property off; anything else (or none) on. */
const toggleOn = (attributes: Attributes): boolean => !/^(?:false|0|off|none)$/i.test(attr(attributes, 'val') ?? 'true');

/** An XML part's text: UTF-16 by its byte-order mark, else UTF-8 (Buffer's decoder: several times TextDecoder's speed). */
function xmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return Buffer.from(bytes.subarray(2)).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

interface XmlHandler {
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  text?(data: string): void;
}

function parseXml(xml: string, handler: XmlHandler): void {
  const parser = newParser(
    { onopentag: (name, attributes) => handler.open(name, attributes), onclosetag: (name) => handler.close(name), ontext: (data) => handler.text?.(data) },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
}

// ── numbering and styles ────────────────────────────────────────────────────────────────────

function readNumbering(xml: string): NumberingDefinitions {
  const definitions = emptyDefinitions();
  // The abstract list being read (its id, for numStyleLink, and its levels) and the list being read.
  let abstractId: string | null = null;
  let abstractLevels: Map<number, Level> | null = null;
  let list: NumberingList | null = null;
  let overrideLevel: number | null = null;
  let level: (Level & { ilvl: number }) | null = null;
  parseXml(xml, {
    open(name, a) {
      switch (localName(name)) {
        case 'abstractNum':
          abstractId = attr(a, 'abstractNumId') ?? null;
          abstractLevels = null;
          if (abstractId !== null) {
            abstractLevels = new Map();
            definitions.abstract.set(abstractId, abstractLevels);
          }
          break;
        case 'num': {
          const numId = attr(a, 'numId') ?? null;
          list = null;
          if (numId !== null) {
            list = { abstractId: '', startOverride: new Map(), levels: new Map() };
            definitions.lists.set(numId, list);
          }
          break;
        }
        case 'abstractNumId':
          if (list !== null) list.abstractId = attr(a, 'val') ?? '';
          break;
        case 'lvlOverride':
          overrideLevel = Number(attr(a, 'ilvl') ?? 0);
          break;
        case 'startOverride':
          if (list !== null && overrideLevel !== null) list.startOverride.set(overrideLevel, Number(attr(a, 'val') ?? 1));
          break;
        case 'numStyleLink':
          if (abstractId !== null) definitions.styleLinks.set(abstractId, attr(a, 'val') ?? '');
          break;
        case 'lvl':
          level = { ilvl: Number(attr(a, 'ilvl') ?? overrideLevel ?? 0), start: 1, format: 'decimal', text: '', suffix: 'tab', legal: false };
          break;
        case 'start':
          if (level) level.start = Number(attr(a, 'val') ?? 1);
          break;
        case 'numFmt':
          if (level) level.format = attr(a, 'val') ?? 'decimal';
          break;
        case 'lvlText':
          if (level) level.text = attr(a, 'val') ?? '';
          break;
        case 'suff':
          if (level) level.suffix = attr(a, 'val') ?? 'tab';
          break;
        case 'isLgl':
          if (level) level.legal = toggleOn(a);
          break;
      }
    },
    close(name) {
      switch (localName(name)) {
        case 'lvl':
          if (level && list !== null && overrideLevel !== null) list.levels.set(level.ilvl, level);
          else if (level && abstractLevels !== null) abstractLevels.set(level.ilvl, level);
          level = null;
          break;
        case 'abstractNum':
          abstractId = null;
          abstractLevels = null;
          break;
        case 'num':
          list = null;
          break;
        case 'lvlOverride':
          overrideLevel = null;
          break;
      }
    },
  });
  return definitions;
}

function readStyles(xml: string): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  let current: StyleNumbering | null = null;
  let depth = 0;
  let inParagraphProperties = false;
  parseXml(xml, {
    open(name, a) {
      const local = localName(name);
      if (local === 'style') {
        current = { numId: null, ilvl: null, basedOn: null };
        styles.set(attr(a, 'styleId') ?? '', current);
        depth = 0;
        return;
      }
      if (!current) return;
      depth++;
      if (local === 'pPr' && depth === 1) inParagraphProperties = true;
      else if (local === 'basedOn' && depth === 1) current.basedOn = attr(a, 'val') ?? null;
      else if (inParagraphProperties && local === 'numId') current.numId = attr(a, 'val') ?? null;
      else if (inParagraphProperties && local === 'ilvl') current.ilvl = Number(attr(a, 'val') ?? 0);
    },
    close(name) {
      const local = localName(name);
      if (local === 'style') current = null;
      else if (current) {
        if (local === 'pPr' && depth === 1) inParagraphProperties = false;
        depth--;
      }
    },
  });
  return styles;
}

// ── the document ─────────────────────────────────────────────────────────────────────────────

const WORD_NAMESPACES = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];

/** Elements of the Word namespace whose content is not the document's text as printed. */
const SKIPPED = new Set([
  'moveFrom', 'txbxContent', 'drawing', 'pict', 'object', 'sdtPr', 'sdtEndPr', 'sectPr',
  'pPrChange', 'rPrChange', 'tblPrChange', 'tcPrChange', 'trPrChange', 'sectPrChange', 'tblGridChange', 'numberingChange',
  'footnoteReference', 'endnoteReference', 'commentReference', 'fldData',
]);

/** The elements whose `val` the reader reads. */
const VALUED = new Set(['pStyle', 'numId', 'ilvl', 'vanish', 'vMerge']);

function readBody(xml: Uint8Array | string, counter: ListCounter): DocumentBuilder {
  const doc = new DocumentBuilder(() => ({}));
  let w = 'w';
  let skipping = 0;
  /** Stack of open elements' local names (Word namespace) or '' (other namespaces). */
  const open: string[] = [];
  let inText = false;
  let hiddenRun = false;
  let paragraph: { numId: string | null; ilvl: number | null; style: string | null; label: string; printed: boolean } | null = null;
  const parent = (): string | undefined => open[open.length - 2];

  const startText = (): void => {
    if (paragraph && !paragraph.printed) {
      paragraph.printed = true;
      if (paragraph.label) doc.text(paragraph.label);
    }
  };

  // The root's namespace declarations (which prefix is Word's), and `val` of the elements that need it.
  const wanted = (attribute: string, element: string): boolean =>
    open.length === 0 ? attribute.startsWith('xmlns:') : VALUED.has(localName(element)) && (attribute.endsWith(':val') || attribute === 'val');

  scanXml(xml, wanted, {
    wantsText: () => inText && skipping === 0,
    open(name, a) {
      if (open.length === 0) {
        for (const [key, value] of Object.entries(a)) if (key.startsWith('xmlns:') && WORD_NAMESPACES.includes(value)) w = key.slice(6);
      }
      const local = prefixOf(name) === w ? localName(name) : '';
      open.push(local);
      if (skipping > 0 || SKIPPED.has(local) || (local === '' && localName(name) === 'Fallback')) {
        skipping++;
        return;
      }
      switch (local) {
        case 'p':
          paragraph = { numId: null, ilvl: null, style: null, label: '', printed: false };
          break;
        case 'pStyle':
          if (paragraph && parent() === 'pPr') paragraph.style = attr(a, 'val') ?? null;
          break;
        case 'numId':
          if (paragraph && parent() === 'numPr') paragraph.numId = attr(a, 'val') ?? null;
          break;
        case 'ilvl':
          if (paragraph && parent() === 'numPr') paragraph.ilvl = Number(attr(a, 'val') ?? 0);
          break;
        case 'r':
          hiddenRun = false;
          break;
        case 'vanish':
          if (parent() === 'rPr' && open[open.length - 3] === 'r') hiddenRun = toggleOn(a);
          break;
        case 't':
          inText = parent() === 'r' && !hiddenRun;
          break;
        case 'tab':
          if (parent() === 'r' && !hiddenRun) {
            startText();
            doc.text('\t');
          }
          break;
        case 'br':
        case 'cr':
          if (parent() === 'r' && !hiddenRun) doc.breakLine();
          break;
        case 'noBreakHyphen':
          if (parent() === 'r' && !hiddenRun) doc.text('-');
          break;
        case 'tbl':
          doc.startTable();
          break;
        case 'tr':
          doc.startRow();
          break;
        case 'tc':
          doc.startCell();
          break;
        case 'vMerge':
          if (parent() === 'tcPr' && (attr(a, 'val') ?? 'continue') !== 'restart') doc.mergedCell();
          break;
      }
    },
    close() {
      const local = open.pop() ?? '';
      if (skipping > 0) {
        skipping--;
        return;
      }
      switch (local) {
        case 'pPr':
          if (paragraph) paragraph.label = counter.next(paragraph, paragraph.style);
          break;
        case 't':
          inText = false;
          break;
        case 'p':
          doc.breakLine();
          paragraph = null;
          break;
        case 'tc':
          doc.endCell();
          break;
        case 'tr':
          doc.endRow();
          break;
        case 'tbl':
          doc.endTable();
          break;
      }
    },
    text(data) {
      startText();
      doc.text(data);
    },
  });
  return doc;
}

/** Where the main document is: `_rels/.rels` says; word/document.xml when it does not. */
function mainPart(bytes: Uint8Array, entries: readonly ZipEntry[]): string {
  const rels = entries.find((e) => e.name === '_rels/.rels');
  if (rels) {
    let target: string | null = null;
    parseXml(xmlText(readEntry(bytes, rels, MAX_PART_BYTES)), {
      open(name, a) {
        if (target === null && localName(name) === 'Relationship' && /\/officeDocument$/.test(a.Type ?? '')) target = (a.Target ?? '').replace(/^\//, '');
      },
      close() {},
    });
    if (target !== null && entries.some((e) => e.name === target)) return target;
  }
  return 'word/document.xml';
}

export function readDocx(bytes: Uint8Array): Extracted {
  const entries = listEntries(bytes);
  const main = mainPart(bytes, entries);
  const document = entries.find((e) => e.name === main);
  if (!document) throw new ZipProblem({ code: 'damaged-file', damage: { what: 'noDocument' } });
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const part = (name: string): string | null => {
    const entry = entries.find((e) => e.name === folder + name);
    return entry ? xmlText(readEntry(bytes, entry, MAX_PART_BYTES)) : null;
  };
  const numberingXml = part('numbering.xml');
  const stylesXml = part('styles.xml');
  const counter = new ListCounter(numberingXml ? readNumbering(numberingXml) : emptyDefinitions(), stylesXml ? readStyles(stylesXml) : new Map());
  const xml = readEntry(bytes, document, MAX_DOCUMENT_BYTES);
  // UTF-8 (every Word document) is scanned as bytes; UTF-16 decoded first.
  const utf16 = (xml[0] === 0xff && xml[1] === 0xfe) || (xml[0] === 0xfe && xml[1] === 0xff);
  const sink = readBody(utf16 ? xmlText(xml) : xml, counter).finish();
  return { type: 'docx', encoding: 'utf-8', lines: sink.lines, places: sink.places, tables: sink.tables };
}
