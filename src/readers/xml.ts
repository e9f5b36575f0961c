/**
 * htmlparser2, loaded when the first HTML page or Word file comes: a run over text files (and
 * every worker thread's start-up) does not pay for it. htmlparser2 is an ES module; Node ≥ 20.19
 * loads one synchronously through require, which the synchronous parseReport needs.
 */
import { createRequire } from 'node:module';
import type { Handler, Parser, ParserOptions } from 'htmlparser2';

type ParserClass = new (handler: Partial<Handler>, options?: ParserOptions) => Parser;

let loaded: ParserClass | null = null;

export function newParser(handler: Partial<Handler>, options: ParserOptions): Parser {
  loaded ??= (createRequire(import.meta.url)('htmlparser2') as { Parser: ParserClass }).Parser;
  return new loaded(handler, options);
}

export type { Parser };
