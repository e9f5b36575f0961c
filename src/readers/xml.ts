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

export function newParser(handler: Partial<Handler>, options: ParserOptions): Parser {
  return new (htmlparser2().Parser)(handler, options);
}

export type { Parser };

/** htmlparser2's Tokenizer, for a reader that builds its own events (scanXml, htmlScan.ts). */
export function newTokenizer(options: { xmlMode?: boolean; decodeEntities?: boolean }, callbacks: TokenizerCallbacks): { write(chunk: string): void; end(): void } {
  return new (htmlparser2().Tokenizer)(options, callbacks);
}

/**
 * How much of a file is made one string at a time. V8 puts a string of more than ~128 KB in its
 * large-object space, whose fresh pages cost ~5 ns a byte on this machine (a Word document's
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
  const NON_ASCII = /[^\x00-\x7f]/;
  const decoded = (start: number, end: number): string => {
    const text = slice(start, end);
    return bytes && NON_ASCII.test(text) ? bytes.bytes.toString('utf8', bytes.at(start), end) : text;
  };
  let element = '';
  let attributes: Record<string, string> = {};
  let attribute: string | null = null;
  let value = '';
  const names: string[] = [];
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
        while (names.length > at) scanner.close(names.pop()!);
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
        while (names.length > 0) scanner.close(names.pop()!);
      },
    },
  );
  if (bytes) bytes.write(tokenizer);
  else {
    tokenizer.write(input as string);
    tokenizer.end();
  }
}
