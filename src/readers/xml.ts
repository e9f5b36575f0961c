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
  const bytes = typeof input === 'string' ? null : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const xml = bytes ? bytes.toString('latin1') : (input as string);
  /** The source between two indexes, as text: a substring when it is ASCII, else decoded from its bytes. */
  const NON_ASCII = /[^\x00-\x7f]/;
  const decoded = (start: number, end: number): string => {
    const slice = xml.slice(start, end);
    return bytes && NON_ASCII.test(slice) ? bytes.toString('utf8', start, end) : slice;
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
        element = xml.slice(start, end);
        attributes = {};
      },
      onattribname(start, end) {
        const name = xml.slice(start, end);
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
        const name = xml.slice(start, end);
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
  tokenizer.write(xml);
  tokenizer.end();
}
