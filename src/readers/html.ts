/**
 * An HTML page → lines. Parsed by htmlparser2 (a streaming, forgiving parser: the markup of real
 * government pages and of Word's "Save as Web Page" is rarely valid), read by DocumentBuilder
 * (lines.ts) as tables, rows, cells and paragraphs.
 *
 * - The charset is the byte-order mark's, else the one the page declares (`<meta charset>`,
 *   `<meta http-equiv="Content-Type" content="…; charset=gb2312">`, `<?xml encoding>`), else
 *   detected as for a text file. A page that declares UTF-8 but is not, or declares GBK but is
 *   strictly UTF-8, is read as what it is.
 * - What a browser does not show is not read: scripts, styles, forms' controls, embedded objects,
 *   elements hidden by `display:none` / `mso-hide:all` / `hidden`.
 * - The site around the report — navigation, breadcrumbs, header and footer bars (by element:
 *   `<nav>`, `<aside>`, `<header>`/`<footer>` outside an article; or by a class or id such as
 *   `nav`, `menu`, `breadcrumb`, `footer`, `copyright`) — is dropped, unless the page has no table
 *   outside it, in which case nothing is dropped.
 * - Block elements (`<p>`, `<div>`, headings, list items…) and `<br>` end a line; inline ones
 *   (`<span>`, `<font>`, `<b>`, Word's `<o:p>`…) do not. White space collapses as a browser
 *   collapses it; `&nbsp;` is kept (normalize reads it as a space).
 *
 * Each line's place is the source line of its `<tr>` (a row) or of its first text (a paragraph),
 * and for a row also the table and row number.
 */
import { isUtf8 } from 'node:buffer';
import { isAscii, Latin1Source, newParser, type Parser } from './xml.js';
import { scanHtml, type Markup, type Wanted } from './htmlScan.js';
import { decodeGb18030, detect, gb18030Pieces, iconv, mostlyUtf8 } from '../decode/decode.js';
import { DocumentBuilder, type Extracted, type LineSink } from './lines.js';

/** Elements whose content a browser does not show as text. */
const INVISIBLE = new Set([
  'script', 'style', 'noscript', 'template', 'title', 'iframe', 'frame', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'select', 'textarea', 'button', 'map', 'audio', 'video', 'datalist',
]);

/** Elements that end a line where they open and where they close. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'xmp', 'plaintext', 'option',
]);

/** Site chrome by element; `header`/`footer` only outside an article (inside, they hold its title). */
const CHROME_ELEMENTS = new Set(['nav', 'aside']);
const SECTIONING = new Set(['article', 'main']);
/** Site chrome by a word of an element's class or id (split at spaces, `-` and `_`)… */
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'menus', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs',
  'footer', 'sidebar', 'copyright', 'toolbar', 'share', 'bdshare', 'skip', 'topbar',
]);
/** … or by the whole of a class or id. */
const CHROME_NAMES = new Set(['header', 'head', 'top', 'foot', 'bottom', 'banner', 'position', 'location', 'weizhi', 'dqwz', 'dh']);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i;
/**
 * What a style must hold for HIDDEN_STYLE to find anything in it, whether its non-ASCII bytes are
 * decoded or not: the others (Word's thousands of `font-family:宋体` styles) are not decoded.
 */
const MAY_HIDE = /none|hidden|all/i;

/**
 * An attribute by its name in any case (`class`, `CLASS`): the parser leaves attribute names as
 * written, which is much faster than lower-casing every one.
 */
function attribute(attribs: Record<string, string>, name: string): string | undefined {
  const exact = attribs[name];
  if (exact !== undefined) return exact;
  for (const key in attribs) if (key.length === name.length && key.toLowerCase() === name) return attribs[key];
  return undefined;
}

/** What an element's attributes say about how it is shown, read in one pass over them. */
interface Shown {
  hidden: boolean;
  /** Its class or id names site chrome. */
  chrome: boolean;
}

/**
 * `compute`, remembered by key for up to `limit` keys (then all forgotten at once): a page repeats
 * a few element names, attribute names and class values hundreds or thousands of times.
 */
function remembered<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      if (known.size > limit) known.clear();
      known.set(key, value);
    }
    return value;
  };
}

/** Whether a class or id value names site chrome. */
const namesChrome = remembered(10_000, (value) =>
  value
    .toLowerCase()
    .split(/\s+/)
    .some((token) => CHROME_NAMES.has(token) || token.split(/[-_]/).some((word) => CHROME_WORDS.has(word))),
);

function shown(attribs: Record<string, string>): Shown {
  let hidden = false;
  let chrome = false;
  for (const key in attribs) {
    // class, id, style, hidden: names of 2 to 6 letters, in any case.
    if (key.length < 2 || key.length > 6) continue;
    const name = key.toLowerCase();
    const value = attribs[key];
    if (value === undefined) continue; // for…in names only keys the object has
    if (name === 'class' || name === 'id') chrome ||= namesChrome(value);
    else if (name === 'style') hidden ||= HIDDEN_STYLE.test(value);
    else if (name === 'hidden') hidden = true;
  }
  return { hidden, chrome };
}

// ── charset ────────────────────────────────────────────────────────────────────────────────

/** How much of the page is searched for a declared charset. */
const PRESCAN_BYTES = 16384;

/** The encodings a declared label is trusted for, by label (WHATWG names and their aliases). */
function trustedEncoding(label: string): string | null {
  const l = label.trim().toLowerCase();
  if (/^(?:gb2312|gbk|gb18030|gb_2312(?:-80)?|x-gbk|chinese|csgb2312|iso-ir-58|cp936|windows-936|euc-cn)$/.test(l)) return 'gb18030';
  if (/^(?:utf-?8|unicode-1-1-utf-8)$/.test(l)) return 'utf-8';
  if (/^(?:big5|big5-hkscs|cn-big5|x-x-big5|csbig5)$/.test(l)) return 'big5';
  if (/^(?:utf-?16(?:le)?|unicode|ucs-?2)$/.test(l)) return 'utf-16le';
  if (/^utf-?16be$/.test(l)) return 'utf-16be';
  return null; // iso-8859-1, us-ascii …: declared by habit on Chinese pages, detected instead
}

/** The charset the page declares in its first bytes, or null. */
function declaredCharset(bytes: Uint8Array): string | null {
  let found: string | null = null;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  // Stops at the declaration, or where the body starts (a charset declared after it is no declaration).
  const parser: Parser = newParser(
    {
      onopentag(name, attribs) {
        if (name === 'body') parser.pause();
        if (found !== null || name !== 'meta') return;
        const charset = attribute(attribs, 'charset');
        if (charset) found = charset;
        else if (/content-type/i.test(attribute(attribs, 'http-equiv') ?? '')) found = /charset\s*=\s*["']?([\w.:-]+)/i.exec(attribute(attribs, 'content') ?? '')?.[1] ?? null;
        if (found !== null) parser.pause();
      },
      onprocessinginstruction(name, data) {
        if (found === null && name.toLowerCase() === '?xml') found = /encoding\s*=\s*["']([\w.:-]+)/i.exec(data)?.[1] ?? null;
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: false },
  );
  parser.end(head);
  return found;
}

const hasNonAscii = (bytes: Uint8Array): boolean => bytes.some((b) => b >= 0x80);

/**
 * The page as the tokenizer reads it. A page in UTF-8 or well-formed GB18030 (nearly all) is its
 * bytes read as Latin-1 (Latin1Source; htmlScan.ts says why the markup reads the same), and a piece of it is decoded only where it holds other bytes: the
 * page is not decoded as a whole, only the text that is kept (for a Word page in GBK, decoding
 * was half the reader's time). Any other page is decoded first, as the text path decodes.
 */
interface Page extends Markup {
  encoding: string;
}

/** ASCII white space (tab, line feed, form feed, carriage return, space): what a browser collapses. */
const isAsciiSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c;

function bytePage(bytes: Uint8Array, encoding: 'utf-8' | 'gb18030'): Page | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decode = encoding === 'utf-8' ? (isUtf8(bytes) ? (start: number, end: number) => buffer.toString('utf8', start, end) : null) : gb18030Pieces(bytes);
  if (decode === null) return null;
  const source = new Latin1Source(buffer, false);
  return {
    write: (tokenizer) => source.write(tokenizer),
    slice: (start, end) => source.slice(start, end),
    piece(start, end) {
      const text = source.slice(start, end);
      return isAscii(text) ? text : decode(source.at(start), end);
    },
    blank(start, end) {
      for (let i = source.at(start); i < end; i++) {
        const byte = buffer[i];
        if (byte === undefined || !isAsciiSpace(byte)) return false;
      }
      return true;
    },
    lineFeed: (from) => source.indexOf('\n', from),
    encoding,
  };
}

function textPage(text: string, encoding: string): Page {
  const slice = (start: number, end: number): string => text.slice(start, end);
  return {
    write(tokenizer) {
      tokenizer.write(text);
      tokenizer.end();
    },
    slice,
    piece: slice,
    blank(start, end) {
      for (let i = start < 0 ? Math.max(0, text.length + start) : start; i < end; i++) if (!isAsciiSpace(text.charCodeAt(i))) return false;
      return true;
    },
    lineFeed: (from) => text.indexOf('\n', from),
    encoding,
  };
}

/** What detection (decode.ts `detect`) reads bytes without a byte-order mark as, when it is UTF-8 or GB18030 and certain without decoding them. */
function detectedWithoutDecoding(bytes: Uint8Array): 'utf-8' | 'gb18030' | null {
  // A NUL byte may make it UTF-16; a few stray bytes, damaged UTF-8.
  if (bytes.subarray(0, 65536).indexOf(0) >= 0) return null;
  if (isUtf8(bytes)) return 'utf-8';
  return mostlyUtf8(bytes) ? null : 'gb18030';
}

/** The page, read in the encoding it was written in. */
function readPage(bytes: Uint8Array, override?: string): Page {
  if (override) return textPage(iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), override), override.toLowerCase());
  const utf8Bom = (at: number): boolean => bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf;
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf8Bom(0)) {
    // (The decoder drops a second mark too.)
    const body = bytes.subarray(utf8Bom(3) ? 6 : 3);
    return bytePage(body, 'utf-8') ?? textPage(detect(bytes).text, 'utf-8');
  }
  if (utf16Bom) {
    const { text, encoding } = detect(bytes);
    return textPage(text, encoding);
  }
  const label = declaredCharset(bytes);
  let encoding = label === null ? null : trustedEncoding(label);
  if (encoding === 'utf-8' && !isUtf8(bytes) && !mostlyUtf8(bytes)) encoding = null;
  if (encoding === 'gb18030' && isUtf8(bytes) && hasNonAscii(bytes)) encoding = 'utf-8';
  if (encoding === null) {
    const detected = detectedWithoutDecoding(bytes);
    const page = detected === null ? null : bytePage(bytes, detected);
    if (page) return page;
    const { text, encoding: found } = detect(bytes);
    return textPage(text, found);
  }
  if (encoding === 'utf-8' || encoding === 'gb18030') {
    const page = bytePage(bytes, encoding);
    if (page) return page;
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = encoding === 'utf-8' ? buffer.toString('utf8') : encoding === 'gb18030' ? decodeGb18030(bytes) : iconv().decode(buffer, encoding);
  return textPage(text, encoding);
}

// ── reading ────────────────────────────────────────────────────────────────────────────────

/** Line numbers of the page's offsets, counted forward from the last one asked for. */
function lineCounter(page: Markup): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    if (offset < at) {
      at = 0;
      line = 1;
    }
    for (let i = page.lineFeed(at); i !== -1 && i < offset; i = page.lineFeed(i + 1)) line++;
    at = offset;
    return line;
  };
}

/** Runs of ASCII white space, which a browser shows as one space (not NBSP, which it keeps). */
const ASCII_SPACES = /[\t\n\r\f ]+/g;

/** What an element is to the lines: a table, a row, a cell, a line break (`<br>`), a block (a line break where it opens and where it closes), or none of these. */
const enum Role {
  None,
  Table,
  Row,
  Cell,
  Break,
  Block,
}

/** What the reader makes of an element, by its name alone. */
interface Tag {
  role: Role;
  invisible: boolean;
  sectioning: boolean;
  /** Site chrome wherever it is (`nav`, `aside`)… */
  chrome: boolean;
  /** … or outside an article (`header`, `footer`). */
  chromeOutsideArticle: boolean;
  pre: boolean;
}

/** An element's Tag, by its name (once a name, not in several sets an element). */
const tagOf = remembered(
  1000,
  (name): Tag => ({
    role:
      name === 'table' ? Role.Table
      : name === 'tr' ? Role.Row
      : name === 'td' || name === 'th' ? Role.Cell
      : name === 'br' ? Role.Break
      : BLOCK.has(name) ? Role.Block
      : Role.None,
    invisible: INVISIBLE.has(name),
    sectioning: SECTIONING.has(name),
    chrome: CHROME_ELEMENTS.has(name),
    chromeOutsideArticle: name === 'header' || name === 'footer',
    pre: name === 'pre' || name === 'xmp' || name === 'listing',
  }),
);

interface Open {
  name: string;
  role: Role;
  /** Not shown by a browser: its text is not read. */
  invisible: boolean;
  /** Part of the site around the report. */
  chrome: boolean;
  inArticle: boolean;
  pre: boolean;
}

/** The attributes `shown` reads (names of 2 to 6 letters, in any case); the scanner keeps no other. */
const SHOWN_ATTRIBUTES = new Map<string, ReturnType<Wanted>>([
  ['class', true],
  ['id', true],
  ['style', (raw) => MAY_HIDE.test(raw)],
  ['hidden', true],
]);
/** Whether an attribute is wanted, by name as written. */
const wantedAttribute: Wanted = remembered(1000, (name) => (name.length >= 2 && name.length <= 6 && SHOWN_ATTRIBUTES.get(name.toLowerCase())) || false);

/** The index of the innermost open element named `name`, or -1. */
function innermostNamed(stack: readonly Open[], name: string): number {
  let at = stack.length - 1;
  while (at >= 0 && stack[at]?.name !== name) at--;
  return at;
}

/** Read the page with `builder`; which lines are site chrome goes to `chrome`. */
function walk(page: Page, builder: (place: () => { line: number }) => DocumentBuilder): { sink: LineSink; chrome: boolean[] } {
  const lineAt = lineCounter(page);
  const stack: Open[] = [];
  const chrome: boolean[] = [];
  const sink = scanHtml(page, wantedAttribute, (where) => {
    const doc = builder(() => ({ line: lineAt(where()) }));
    /** Marks the lines printed since the last call with the chrome flag of the current element. */
    const mark = (): void => {
      const isChrome = stack.at(-1)?.chrome ?? false;
      while (chrome.length < doc.sink.lines.length) chrome.push(isChrome);
    };
    const text = (data: string): void => {
      const open = stack.at(-1);
      if (open?.pre) {
        const lines = data.split(/\r\n?|\n/);
        lines.forEach((line, i) => {
          if (i > 0) {
            doc.breakLine();
            mark();
          }
          doc.text(line.replace(/[\t\f ]+/g, ' '), true);
        });
        return;
      }
      // (White space alone collapses to one space; so does no text at all.)
      const collapsed = data.replace(ASCII_SPACES, ' ');
      doc.text(collapsed === '' ? ' ' : collapsed, true);
    };
    return {
      open(name, attribs) {
        const parent = stack.at(-1);
        const tag = tagOf(name);
        const attributes = shown(attribs);
        const invisible = (parent?.invisible ?? false) || tag.invisible || attributes.hidden;
        const inArticle = (parent?.inArticle ?? false) || tag.sectioning;
        const open: Open = {
          name,
          role: tag.role,
          invisible,
          chrome: (parent?.chrome ?? false) || tag.chrome || (tag.chromeOutsideArticle && !inArticle) || attributes.chrome,
          inArticle,
          pre: (parent?.pre ?? false) || tag.pre,
        };
        if (!invisible) {
          mark();
          const role = tag.role;
          if (role === Role.Table) doc.startTable();
          else if (role === Role.Row) doc.startRow({ line: lineAt(where()) });
          else if (role === Role.Cell) doc.startCell();
          else if (role === Role.Block || role === Role.Break) doc.breakLine();
          mark();
        }
        stack.push(open);
      },
      close(name) {
        const at = innermostNamed(stack, name);
        const open = stack[at];
        if (open === undefined) return; // no such element open: a stray end tag
        if (!open.invisible) {
          const role = open.role;
          if (role === Role.Table) doc.endTable();
          else if (role === Role.Row) doc.endRow();
          else if (role === Role.Cell) doc.endCell();
          else if (role === Role.Block) doc.breakLine();
          mark();
        }
        while (stack.length > at) stack.pop();
      },
      text(start, end) {
        // Text is decoded only where it is read (not in scripts, styles, hidden elements).
        const open = stack.at(-1);
        if (open?.invisible) return;
        // White space alone (most of a Word page's texts, between its tags) is one space.
        if (!open?.pre && page.blank(start, end)) doc.text(' ', true);
        else text(page.piece(start, end));
      },
      character(character) {
        if (!stack.at(-1)?.invisible) text(character);
      },
      end() {
        const finished = doc.finish();
        mark();
        return finished;
      },
    };
  });
  return { sink, chrome };
}

export function readHtml(bytes: Uint8Array, encoding?: string): Extracted {
  const page = readPage(bytes, encoding);
  const { sink, chrome } = walk(page, (place) => new DocumentBuilder(place));
  // Drop the site around the report, unless every table is in it (then it was no chrome).
  const rowOutsideChrome = sink.places.some((p, i) => p.table !== undefined && !chrome[i]);
  if (!rowOutsideChrome) return { type: 'html', encoding: page.encoding, lines: sink.lines, places: sink.places, tables: sink.tables };
  // sink.lines and sink.places are parallel (a place a line), and chrome holds a flag a line.
  const outsideChrome = (_: unknown, i: number): boolean => !chrome[i];
  const lines = sink.lines.filter(outsideChrome);
  const places = sink.places.filter(outsideChrome);
  const tables = new Set<number>();
  for (const place of places) if (place.table !== undefined) tables.add(place.table);
  return { type: 'html', encoding: page.encoding, lines, places, tables: tables.size };
}
