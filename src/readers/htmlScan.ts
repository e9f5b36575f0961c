/**
 * An HTML page read with htmlparser2's Tokenizer and the element rules of its Parser, written
 * here as a small class of our own (as `scanXml` does for Word XML) so that a page costs only
 * what the reader uses of it:
 *
 * - no attribute object but for the attributes `wanted` keeps (a Word page has thousands of
 *   `style` and `class` values; the reader reads four names);
 * - no text sliced out where the reader does not want it (scripts, styles, hidden elements);
 * - the page may be its bytes read as Latin-1: every character the tokenizer acts on is ASCII
 *   (`<`, `>`, `&`, `/`, `=`, quotes, white space, a letter after `<`), and in UTF-8 and
 *   well-formed GB18030 such a byte is never part of another character (a GBK trail byte may be
 *   a letter, but never follows `<`; the digits inside a four-byte code end no token), so indexes are
 *   byte indexes and only the pieces the reader keeps are decoded (`piece`).
 *
 * The element rules are htmlparser2 12.0.0's Parser in HTML mode (`lowerCaseTags`, no
 * `recognizeSelfClosing`, no `recognizeCDATA`): which open tag closes which open elements (`<td>`
 * closes a `<td>`, `<p>` a `<p>`…), void elements, `</br>` and a `</p>` with no `<p>`, a second
 * `<form>` ignored, self-closing tags in SVG and MathML, SVG's tag names. The events and their
 * order are the Parser's, so the reader reads a page as it did through the Parser (bench/
 * compare-documents.mjs compares the two over fixtures, generated pages and tag soup). The tables
 * are the Parser's own, copied: it does not export them; htmlparser2 is pinned to 12.0.0.
 */
import type { TokenizerCallbacks } from 'htmlparser2';
import { isAscii, newTokenizer } from './xml.js';

/**
 * Which attributes the scanner keeps: none of its kind (false), its value (true), or its value
 * only where `worthReading(raw)` says so, `raw` being the value with the bytes of a page read as
 * Latin-1 left undecoded: when it says no, `raw` is kept as the value, for a reader that looks
 * only for ASCII words in it (a `style` without `none` needs no decoding to be read as shown).
 */
export type Wanted = (attribute: string) => boolean | ((raw: string) => boolean);

/** A page as the scanner reads it. */
export interface Markup {
  /** Hands the page to the tokenizer, and ends it. */
  write(tokenizer: ReturnType<typeof newTokenizer>): void;
  /** The markup between two indexes, as the tokenizer read it (Latin-1 for a page read as bytes). */
  slice(start: number, end: number): string;
  /** The text between two indexes, decoded. */
  piece(start: number, end: number): string;
  /** Whether the text between two indexes is ASCII white space alone (tab, line feed, form feed, carriage return, space). */
  blank(start: number, end: number): boolean;
  /** The index of the first line feed at or after `from`, or -1. */
  lineFeed(from: number): number;
}

export interface HtmlScanner<Result = void> {
  /** An element opens (name lower-cased); `attributes` holds those `wanted` kept, first of a name wins. */
  open(name: string, attributes: Record<string, string>): void;
  /** An element closes (void elements at once, elements left open at the end innermost first). */
  close(name: string): void;
  /** Text between two indexes of the markup (entities come apart, as `character`). */
  text(start: number, end: number): void;
  /** A character written as an entity. */
  character(text: string): void;
  /** The page is read (after the closes of what was left open): what the scan made, which scanHtml returns. */
  end(): Result;
}

const formTags = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const pTag = new Set(['p']);
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const tableSectionTags = new Set(['thead', 'tbody']);
const ddtTags = new Set(['dd', 'dt']);
const rtpTags = new Set(['rt', 'rp']);
/** An element that opens closes the open elements of its set, innermost first, while they are innermost. */
const openImpliesClose = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['p', pTag],
  ['h1', headingTags],
  ['h2', headingTags],
  ['h3', headingTags],
  ['h4', headingTags],
  ['h5', headingTags],
  ['h6', headingTags],
  ['select', formTags],
  ['input', formTags],
  ['output', formTags],
  ['button', formTags],
  ['datalist', formTags],
  ['textarea', formTags],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', ddtTags],
  ['dt', ddtTags],
  ['address', pTag],
  ['article', pTag],
  ['aside', pTag],
  ['blockquote', pTag],
  ['details', pTag],
  ['div', pTag],
  ['dl', pTag],
  ['fieldset', pTag],
  ['figcaption', pTag],
  ['figure', pTag],
  ['footer', pTag],
  ['form', pTag],
  ['header', pTag],
  ['hr', pTag],
  ['main', pTag],
  ['nav', pTag],
  ['ol', pTag],
  ['pre', pTag],
  ['section', pTag],
  ['table', pTag],
  ['ul', pTag],
  ['rt', rtpTags],
  ['rp', rtpTags],
  ['tbody', tableSectionTags],
  ['tfoot', tableSectionTags],
]);
const voidElements = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta',
  'param', 'source', 'track', 'wbr',
]);
const foreignContextElements = new Set(['math', 'svg']);
/** Elements that hold HTML inside SVG or MathML (SVG's casing: names are compared after adjustment). */
const htmlIntegrationElements = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignObject', 'desc', 'title']);
const svgTagNameAdjustments = new Map([
  ['altglyph', 'altGlyph'], ['altglyphdef', 'altGlyphDef'], ['altglyphitem', 'altGlyphItem'], ['animatecolor', 'animateColor'],
  ['animatemotion', 'animateMotion'], ['animatetransform', 'animateTransform'], ['clippath', 'clipPath'], ['feblend', 'feBlend'],
  ['fecolormatrix', 'feColorMatrix'], ['fecomponenttransfer', 'feComponentTransfer'], ['fecomposite', 'feComposite'],
  ['feconvolvematrix', 'feConvolveMatrix'], ['fediffuselighting', 'feDiffuseLighting'], ['fedisplacementmap', 'feDisplacementMap'],
  ['fedistantlight', 'feDistantLight'], ['fedropshadow', 'feDropShadow'], ['feflood', 'feFlood'], ['fefunca', 'feFuncA'],
  ['fefuncb', 'feFuncB'], ['fefuncg', 'feFuncG'], ['fefuncr', 'feFuncR'], ['fegaussianblur', 'feGaussianBlur'], ['feimage', 'feImage'],
  ['femerge', 'feMerge'], ['femergenode', 'feMergeNode'], ['femorphology', 'feMorphology'], ['feoffset', 'feOffset'],
  ['fepointlight', 'fePointLight'], ['fespecularlighting', 'feSpecularLighting'], ['fespotlight', 'feSpotLight'], ['fetile', 'feTile'],
  ['feturbulence', 'feTurbulence'], ['foreignobject', 'foreignObject'], ['glyphref', 'glyphRef'], ['lineargradient', 'linearGradient'],
  ['radialgradient', 'radialGradient'], ['textpath', 'textPath'],
]);

const enum Foreign {
  None,
  Svg,
  MathML,
}

/**
 * An attribute kept only when worth reading (Wanted gave a test), while it is read: its test, the
 * value's pieces (spans of the markup, entities' text), whether one is not ASCII.
 */
interface WorthReading {
  test: (raw: string) => boolean;
  pieces: Array<readonly [start: number, end: number] | string>;
  undecoded: boolean;
}

class HtmlScan<Result> implements TokenizerCallbacks {
  /** Where the last event ended: the start of the text or tag being read (the Parser's `startIndex`). */
  startIndex = 0;
  private openTagStart = 0;
  private tagname = '';
  private attributes: Record<string, string> | null = null;
  private attribute: string | null = null;
  private value = '';
  /** The attribute being read, when it is kept only if worth reading. */
  private reading: WorthReading | null = null;
  /** Open elements, innermost last. */
  private readonly stack: string[] = [];
  private readonly foreign: Foreign[] = [Foreign.None];

  readonly scanner: HtmlScanner<Result>;

  /** `scanner` is made with `where()`, which reads the scan's startIndex. */
  constructor(
    private readonly page: Markup,
    private readonly wanted: Wanted,
    scanner: (where: () => number) => HtmlScanner<Result>,
  ) {
    this.scanner = scanner(() => this.startIndex);
  }

  isInForeignContext(): boolean {
    return this.foreign[this.foreign.length - 1] !== Foreign.None;
  }

  private readTagName(start: number, end: number): string {
    const name = this.page.piece(start, end).toLowerCase();
    if (this.foreign[this.foreign.length - 1] === Foreign.Svg) return svgTagNameAdjustments.get(name) ?? name;
    if (this.foreign.length > 1) {
      const adjusted = svgTagNameAdjustments.get(name);
      if (adjusted !== undefined && this.stack.includes(adjusted)) return adjusted;
    }
    if (!this.isInForeignContext()) return name === 'image' ? 'img' : name;
    return name;
  }

  ontext(start: number, end: number): void {
    this.scanner.text(start, end);
    this.startIndex = end;
  }

  ontextentity(codepoint: number, end: number): void {
    this.scanner.character(String.fromCodePoint(codepoint));
    this.startIndex = end;
  }

  onopentagname(start: number, end: number): void {
    this.emitOpenTag(this.readTagName(start, end));
  }

  private emitOpenTag(name: string): void {
    this.openTagStart = this.startIndex;
    this.tagname = name;
    // A second <form> inside one is ignored, its attributes too.
    if (name === 'form' && this.stack.includes('form')) {
      this.tagname = '';
      return;
    }
    const impliesClose = openImpliesClose.get(name);
    if (impliesClose) {
      while (this.innermostIn(impliesClose)) this.popElement();
    }
    if (!voidElements.has(name)) {
      this.stack.push(name);
      if (name === 'svg') this.foreign.push(Foreign.Svg);
      else if (name === 'math') this.foreign.push(Foreign.MathML);
      else if (htmlIntegrationElements.has(name)) this.foreign.push(Foreign.None);
    }
    this.attributes = {};
  }

  private endOpenTag(): void {
    this.startIndex = this.openTagStart;
    if (this.attributes) {
      this.scanner.open(this.tagname, this.attributes);
      this.attributes = null;
    }
    if (voidElements.has(this.tagname)) this.scanner.close(this.tagname);
    this.tagname = '';
  }

  onopentagend(end: number): void {
    this.endOpenTag();
    this.startIndex = end + 1;
  }

  onclosetag(start: number, end: number): void {
    const name = this.readTagName(start, end);
    if (!voidElements.has(name)) {
      const at = this.stack.lastIndexOf(name);
      if (at !== -1) {
        while (this.stack.length > at) this.popElement();
      } else if (name === 'p') {
        // </p> with no <p>: an empty paragraph.
        this.emitOpenTag('p');
        this.closeCurrentTag();
      }
    } else if (name === 'br') {
      // </br> is a <br>.
      this.scanner.open('br', {});
      this.scanner.close('br');
    }
    this.startIndex = end + 1;
  }

  onselfclosingtag(end: number): void {
    if (this.isInForeignContext()) {
      this.closeCurrentTag();
      this.startIndex = end + 1;
    } else {
      this.onopentagend(end);
    }
  }

  /** Is the innermost open element one of `names` (false when none is open)? */
  private innermostIn(names: ReadonlySet<string>): boolean {
    const innermost = this.stack.at(-1);
    return innermost !== undefined && names.has(innermost);
  }

  private popElement(): void {
    const element = this.stack.pop();
    if (element === undefined) return; // nothing open: nothing to close
    if (foreignContextElements.has(element) || htmlIntegrationElements.has(element)) this.foreign.pop();
    this.scanner.close(element);
  }

  private closeCurrentTag(): void {
    const name = this.tagname;
    this.endOpenTag();
    if (this.stack[this.stack.length - 1] === name) this.popElement();
  }

  onattribname(start: number, end: number): void {
    this.startIndex = start;
    const name = this.page.piece(start, end);
    const wanted = this.attributes !== null && !Object.hasOwn(this.attributes, name) && this.wanted(name);
    this.attribute = wanted === false ? null : name;
    this.reading = typeof wanted === 'function' ? { test: wanted, pieces: [], undecoded: false } : null;
    this.value = '';
  }

  onattribdata(start: number, end: number): void {
    if (this.attribute === null) return;
    const reading = this.reading;
    if (reading === null) {
      this.value += this.page.piece(start, end);
      return;
    }
    const raw = this.page.slice(start, end);
    this.value += raw;
    reading.pieces.push([start, end]);
    reading.undecoded ||= !isAscii(raw);
  }

  onattribentity(codepoint: number): void {
    if (this.attribute === null) return;
    const character = String.fromCodePoint(codepoint);
    this.value += character;
    this.reading?.pieces.push(character);
  }

  onattribend(): void {
    if (this.attribute !== null && this.attributes !== null) {
      const reading = this.reading;
      let value = this.value;
      if (reading !== null && reading.undecoded && reading.test(value)) {
        value = '';
        for (const piece of reading.pieces) value += typeof piece === 'string' ? piece : this.page.piece(...piece);
      }
      this.attributes[this.attribute] = value;
    }
    this.attribute = null;
    this.reading = null;
  }

  oncdata(start: number, end: number, offset: number): void {
    // CDATA is text in SVG and MathML, a comment elsewhere.
    if (this.isInForeignContext()) this.scanner.text(start, end - offset);
    this.startIndex = end + 1;
  }

  oncomment(_start: number, end: number): void {
    this.startIndex = end + 1;
  }

  ondeclaration(_start: number, end: number): void {
    this.startIndex = end + 1;
  }

  onprocessinginstruction(_start: number, end: number): void {
    this.startIndex = end + 1;
  }

  onend(): void {
    for (const name of this.stack.toReversed()) this.scanner.close(name);
  }
}

/**
 * Reads a page, calling `scanner`; `where()` during a call is the index the current text or tag
 * starts at. Returns what the scanner's `end()` makes, called once the page is written (Markup.write
 * ends the tokenizer, whose onend closes what was left open).
 */
export function scanHtml<Result>(page: Markup, wanted: Wanted, scanner: (where: () => number) => HtmlScanner<Result>): Result {
  const events = new HtmlScan(page, wanted, scanner);
  page.write(newTokenizer({ decodeEntities: true }, events));
  return events.scanner.end();
}
