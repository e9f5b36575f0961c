/**
 * xml.ts's newTokenizer steps over the runs of text and quoted attribute values that htmlparser2's
 * Tokenizer walks character by character: it must give the Tokenizer's own events, with the same
 * indexes, on any input, in HTML and XML mode, written in one piece or in several.
 */
import fc from 'fast-check';
import { Tokenizer } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { newTokenizer } from '../../src/readers/xml.js';

type Options = { xmlMode: boolean; decodeEntities: boolean };
type Writer = { write(chunk: string): void; end(): void };

const CALLBACKS = [
  'onattribdata', 'onattribentity', 'onattribend', 'onattribname', 'oncdata', 'onclosetag', 'oncomment', 'ondeclaration', 'onend',
  'onopentagend', 'onopentagname', 'onprocessinginstruction', 'onselfclosingtag', 'ontext', 'ontextentity',
] as const;

function events(make: (callbacks: never) => Writer, chunks: readonly string[]): unknown[] {
  const seen: unknown[] = [];
  const callbacks = Object.fromEntries(CALLBACKS.map((name) => [name, (...args: unknown[]) => seen.push([name, ...args])]));
  const tokenizer = make(callbacks as never);
  for (const chunk of chunks) tokenizer.write(chunk);
  tokenizer.end();
  return seen;
}

/** Markup, text and entities, in pieces that make every state meet every character that ends it. */
const PIECES = [
  '<', '>', '</', '/>', '&', '&amp;', '&amp', '&ampx', '&#', '&#x41;', '&#65', '&#1234567;', '&nbsp;', '&notit;', '&=', ';', '"', "'", '=',
  ' ', '\n', '\t', 'a', 'p', 'td', 'x=1', 'class="a&amp;b"', "id='x&#39;y'", 'v=a&b', '本年', '12', '<!--', '-->', '<![CDATA[', ']]>', '<?', '?>',
  '<!DOCTYPE html>', '<script>', '</script>', '<style>', '</style>', '<title>', '</title>', '<textarea>', '</textarea>', '<svg>', '</svg>',
];

const input = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).chain((pieces) => {
  const text = pieces.join('');
  // Cut into chunks at random places (the Word reader writes a document in chunks).
  return fc.uniqueArray(fc.nat({ max: Math.max(0, text.length) }), { maxLength: 4 }).map((cuts) => {
    const at = [0, ...cuts.sort((a, b) => a - b), text.length];
    return at.slice(1).map((end, i) => text.slice(at[i], end));
  });
});

describe('newTokenizer: htmlparser2\'s Tokenizer, stepping over runs', () => {
  for (const options of [
    { xmlMode: false, decodeEntities: true },
    { xmlMode: true, decodeEntities: true },
    { xmlMode: false, decodeEntities: false },
  ] satisfies Options[]) {
    it(`gives the Tokenizer's events, indexes included (${options.xmlMode ? 'XML' : 'HTML'}, entities ${options.decodeEntities ? 'decoded' : 'not decoded'})`, () => {
      fc.assert(
        fc.property(input, (chunks) => {
          const expected = events((callbacks) => new Tokenizer(options, callbacks), chunks);
          expect(events((callbacks) => newTokenizer(options, callbacks), chunks)).toEqual(expected);
        }),
        { numRuns: 1500 },
      );
    });
  }

  it('decodes an entity in a long run of text and attribute values, and the runs after it', () => {
    const page = `<p class="${'a'.repeat(5000)}&amp;b">${'x'.repeat(5000)}&lt;y&gt;z &copy ${'w'.repeat(5000)}</p>`;
    const expected = events((callbacks) => new Tokenizer({ decodeEntities: true }, callbacks), [page]);
    expect(events((callbacks) => newTokenizer({ decodeEntities: true }, callbacks), [page])).toEqual(expected);
    expect(expected.filter((e) => String((e as unknown[])[0]).endsWith('entity'))).toEqual([
      ['onattribentity', 0x26],
      ['ontextentity', 0x3c, page.indexOf('&lt;') + 4],
      ['ontextentity', 0x3e, page.indexOf('&gt;') + 4],
      ['ontextentity', 0xa9, page.indexOf('&copy') + 5],
    ]);
  });
});
