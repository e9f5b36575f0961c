/**
 * htmlparser2, loaded when the first HTML page or Word file comes: a run over text files (and
 * every worker thread's start-up) does not pay for it. htmlparser2 is an ES module; Node ≥ 20.19
 * loads one synchronously through require, which the synchronous parseReport needs.
 */
import { createRequire } from 'node:module';
import type { Handler, Parser, ParserOptions, TokenizerCallbacks } from 'htmlparser2';

type ParserClass = new (handler: Partial<Handler>, options?: ParserOptions) => Parser;
type TokenizerClass = new (options: { xmlMode?: boolean; decodeEntities?: boolean }, callbacks: TokenizerCallbacks) => { write(chunk: string): void; end(): void };

let loaded: { Parser: ParserClass; Tokenizer: TokenizerClass } | null = null;
const htmlparser2 = () => (loaded ??= createRequire(import.meta.url)('htmlparser2') as { Parser: ParserClass; Tokenizer: TokenizerClass });

/** htmlparser2's Parser, reading through the same tokenizer as the readers (skippingTokenizer). */
export function newParser(handler: Partial<Handler>, options: ParserOptions): Parser {
  return new (htmlparser2().Parser)(handler, { ...options, Tokenizer: skippingTokenizerClass() as unknown as ParserOptions['Tokenizer'] });
}

export type { Parser };

/**
 * The fields and states of htmlparser2 12.0.0's Tokenizer that SkippingTokenizer uses (private
 * in its types, plain properties and methods in its code; htmlparser2 is pinned to 12.0.0).
 */
interface TokenizerInternals {
  write(chunk: string): void;
  buffer: string;
  index: number;
  offset: number;
  readonly decodeEntities: boolean;
  fastForwardTo(c: number): boolean;
  stateText(c: number): void;
  stateInAttributeValueDoubleQuotes(c: number): void;
  stateInAttributeValueSingleQuotes(c: number): void;
}

const LT = 0x3c;
const AMP = 0x26;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/**
 * htmlparser2's Tokenizer, reading the same events from the same input, faster: it looks at every
 * character of a text or a quoted attribute value in turn (through a `switch` over its states,
 * ~7 ns a character here) only to find the `<`, `&` or quote that ends it. These runs are found
 * here with String.prototype.indexOf, which scans a one-byte string many characters at a time,
 * and the tokenizer takes up at that character, as it would have after stepping over the others
 * (in those states a character that is not one of them does nothing: no event, no change of
 * state; nothing can pause the tokenizer in between, as only an event can). `fastForwardTo`, its
 * own skip to one character (comments, the end of a script or style, the rest of an end tag), the
 * same way. A Word page in GBK spent a quarter of its reading here. test/readers/xml.test.ts checks
 * its events against the Tokenizer's on random markup, and htmlScan.test.ts htmlScan, which reads
 * through this, against htmlparser2's own Parser and Tokenizer on 2,000 pages of tag soup. The
 * readers' Parsers (newParser) read through it too: one tokenizer class, whose calls from its
 * character loop V8 then sees go to one kind of object.
 */
function skippingTokenizer(Tokenizer: TokenizerClass): TokenizerClass {
  const Base = Tokenizer as unknown as new (...args: ConstructorParameters<TokenizerClass>) => TokenizerInternals;
  const base = Base.prototype;
  class SkippingTokenizer extends Base {
    /** The first `&` at or after `ampFrom` in the buffer (-1: none; -2: not looked for in this buffer), found once for many runs: entities are rare. */
    private ampFrom = 0;
    private ampAt = -2;

    override write(chunk: string): void {
      this.ampAt = -2;
      base.write.call(this, chunk);
    }

    private nextAmp(from: number): number {
      if (this.ampAt === -2 || from < this.ampFrom || (this.ampAt !== -1 && this.ampAt < from)) {
        this.ampFrom = from;
        this.ampAt = this.buffer.indexOf('&', from);
      }
      return this.ampAt;
    }

    /**
     * Steps over the characters after the current one up to the next `stop` (or `&`, when entities
     * are decoded): its code, the index on it; -1 and the index on the buffer's last character
     * (the parse loop steps past it) when there is none.
     */
    private skipTo(stop: string): number {
      const from = this.index - this.offset + 1;
      let at = this.buffer.indexOf(stop, from);
      if (this.decodeEntities) {
        const amp = this.nextAmp(from);
        if (amp !== -1 && (at === -1 || amp < at)) at = amp;
      }
      if (at === -1) {
        this.index = this.buffer.length + this.offset - 1;
        return -1;
      }
      this.index = at + this.offset;
      return this.buffer.charCodeAt(at);
    }

    override fastForwardTo(c: number): boolean {
      const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
      if (at === -1) {
        this.index = this.buffer.length + this.offset - 1;
        return false;
      }
      this.index = at + this.offset;
      return true;
    }

    override stateText(c: number): void {
      if (c !== LT && c !== AMP && (c = this.skipTo('<')) === -1) return;
      base.stateText.call(this, c);
    }

    override stateInAttributeValueDoubleQuotes(c: number): void {
      if (c !== DOUBLE_QUOTE && c !== AMP && (c = this.skipTo('"')) === -1) return;
      base.stateInAttributeValueDoubleQuotes.call(this, c);
    }

    override stateInAttributeValueSingleQuotes(c: number): void {
      if (c !== SINGLE_QUOTE && c !== AMP && (c = this.skipTo("'")) === -1) return;
      base.stateInAttributeValueSingleQuotes.call(this, c);
    }
  }
  return SkippingTokenizer as unknown as TokenizerClass;
}

let skipping: TokenizerClass | null = null;
const skippingTokenizerClass = (): TokenizerClass => (skipping ??= skippingTokenizer(htmlparser2().Tokenizer));

/** htmlparser2's Tokenizer (made faster: skippingTokenizer), for a reader that builds its own events (scanXml, htmlScan.ts). */
export function newTokenizer(options: { xmlMode?: boolean; decodeEntities?: boolean }, callbacks: TokenizerCallbacks): { write(chunk: string): void; end(): void } {
  return new (skippingTokenizerClass())(options, callbacks);
}

/**
 * Whether a piece of markup is ASCII (a piece of a page read as Latin-1 that is not is decoded from
 * its bytes): a loop, which for the short names and texts of a page is several times faster than a
 * regular expression's call.
 */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * How much of a file is made one string at a time. V8 puts a string of more than ~128 KB in its
 * large-object space, whose fresh pages cost ~5 ns a byte where measured (a Word document's
 * 250 KB: 1.3 ms, a seventh of its parse) against ~0.1 ns for a smaller string.
 */
const CHUNK_BYTES = 65536;

type Tokenizer = ReturnType<typeof newTokenizer>;

/**
 * Bytes read as Latin-1 (markup is ASCII, and in UTF-8 and well-formed GB18030 text a markup byte
 * is never part of another character: every index is a byte index). XML is handed to the tokenizer in
 * chunks (`chunked`) that end before a `<`: there the tokenizer cuts no text nor any character
 * that it would not cut anyway. HTML is not: inside a raw-text element (`<script>`, `<xmp>`,
 * `<plaintext>`) the end of a chunk cuts the text in two, which moves the line a paragraph is
 * said to start on. `slice` gives the Latin-1 between two indexes, from the chunk being read or,
 * for a name or value that started in the chunk before, from the bytes.
 */
export class Latin1Source {
  private chunk = '';
  private chunkStart = 0;

  constructor(
    readonly bytes: Buffer,
    private readonly chunked: boolean,
  ) {}

  write(tokenizer: Tokenizer): void {
    const n = this.bytes.length;
    for (let at = 0; at < n; ) {
      let end = !this.chunked || at + CHUNK_BYTES >= n ? n : this.bytes.indexOf(0x3c, at + CHUNK_BYTES);
      if (end === -1) end = n;
      this.chunkStart = at;
      this.chunk = this.bytes.toString('latin1', at, end);
      tokenizer.write(this.chunk);
      at = end;
    }
    tokenizer.end();
  }

  /**
   * Where an index is: a negative one counts from the end, as String.prototype.slice counts (the
   * tokenizer gives -1 for the text of a tag cut off by the end of the file, and the Parser
   * reads that as the file's last character).
   */
  at(index: number): number {
    return index < 0 ? Math.max(0, this.bytes.length + index) : index;
  }

  /** The index of the first `character` (ASCII) at or after `from`, or -1: found in the chunk being read when it is there, else in the bytes. */
  indexOf(character: string, from: number): number {
    const at = from - this.chunkStart;
    if (at >= 0 && at <= this.chunk.length) {
      const found = this.chunk.indexOf(character, at);
      if (found !== -1) return found + this.chunkStart;
      if (this.chunkStart + this.chunk.length === this.bytes.length) return -1;
    }
    return this.bytes.indexOf(character.charCodeAt(0), from);
  }

  slice(start: number, end: number): string {
    start = this.at(start);
    const from = start - this.chunkStart;
    return from >= 0 && end - this.chunkStart <= this.chunk.length ? this.chunk.slice(from, end - this.chunkStart) : this.bytes.toString('latin1', start, end);
  }
}

export interface XmlScanner {
  /** An element opens; `attributes` holds those `wanted` asked for. Self-closing elements close at once. */
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  /** Text, entities decoded; only asked for while `wantsText()` is true. */
  text(text: string): void;
  wantsText(): boolean;
}

/**
 * XML read with htmlparser2's tokenizer alone, for large machine-written XML (a Word document is
 * hundreds of KB of run properties): no attribute objects but for the attributes `wanted` says,
 * no text sliced out but where the reader wants it. About twice the speed of the Parser's events.
 *
 * UTF-8 bytes are tokenized as Latin-1 (markup is ASCII, so every index is a byte index, and a
 * one-byte string is read fastest); only the text and attribute values asked for are decoded
 * from their bytes. Other input is a decoded string.
 */
export function scanXml(input: Uint8Array | string, wanted: (attribute: string, element: string) => boolean, scanner: XmlScanner): void {
  const bytes = typeof input === 'string' ? null : new Latin1Source(Buffer.from(input.buffer, input.byteOffset, input.byteLength), true);
  const slice = bytes ? (start: number, end: number): string => bytes.slice(start, end) : (start: number, end: number): string => (input as string).slice(start, end);
  /** The source between two indexes, as text: a substring when it is ASCII, else decoded from its bytes. */
  const decoded = (start: number, end: number): string => {
    const text = slice(start, end);
    return bytes && !isAscii(text) ? bytes.bytes.toString('utf8', bytes.at(start), end) : text;
  };
  let element = '';
  let attributes: Record<string, string> = {};
  let attribute: string | null = null;
  let value = '';
  /** The open elements, innermost last. */
  const names: string[] = [];
  /** Closes the open elements, innermost first, until `depth` are left. */
  const closeDownTo = (depth: number): void => {
    while (names.length > depth) {
      const open = names.pop();
      if (open === undefined) return;
      scanner.close(open);
    }
  };
  const tokenizer = newTokenizer(
    { xmlMode: true, decodeEntities: true },
    {
      onopentagname(start, end) {
        element = slice(start, end);
        attributes = {};
      },
      onattribname(start, end) {
        const name = slice(start, end);
        attribute = wanted(name, element) ? name : null;
        value = '';
      },
      onattribdata(start, end) {
        if (attribute !== null) value += decoded(start, end);
      },
      onattribentity(codepoint) {
        if (attribute !== null) value += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (attribute !== null) attributes[attribute] = value;
        attribute = null;
      },
      onopentagend() {
        names.push(element);
        scanner.open(element, attributes);
      },
      onselfclosingtag() {
        scanner.open(element, attributes);
        scanner.close(element);
      },
      onclosetag(start, end) {
        const name = slice(start, end);
        // Elements left open (damaged XML) are closed too, innermost first.
        const at = names.lastIndexOf(name);
        if (at === -1) return;
        closeDownTo(at);
      },
      ontext(start, end) {
        if (scanner.wantsText()) scanner.text(decoded(start, end));
      },
      ontextentity(codepoint) {
        if (scanner.wantsText()) scanner.text(String.fromCodePoint(codepoint));
      },
      oncdata(start, end, offset) {
        if (scanner.wantsText()) scanner.text(decoded(start, end - offset));
      },
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {
        closeDownTo(0);
      },
    },
  );
  if (bytes) bytes.write(tokenizer);
  else {
    tokenizer.write(input as string);
    tokenizer.end();
  }
}
