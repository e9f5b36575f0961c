/**
 * htmlScan.ts drives htmlparser2's Tokenizer with the element rules of its Parser, copied: on any
 * markup, it must give the Parser's events, in the Parser's order, each where the Parser says it
 * starts. Checked on tag soup of every rule the Parser has (implied closes, void elements, `</br>`,
 * `</p>`, nested forms, SVG and MathML, raw text, CDATA, entities, pages cut off mid-tag).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanHtml, type Markup } from '../../src/readers/htmlScan.js';
import { Parser } from 'htmlparser2';

const ELEMENTS = [
  'p', 'P', 'div', 'span', 'td', 'th', 'tr', 'table', 'tbody', 'thead', 'tfoot', 'br', 'li', 'ul', 'h1', 'h2', 'a', 'b', 'font', 'o:p',
  'pre', 'xmp', 'plaintext', 'form', 'input', 'select', 'option', 'optgroup', 'button', 'textarea', 'datalist', 'script', 'style',
  'title', 'svg', 'math', 'foreignObject', 'desc', 'mi', 'clipPath', 'image', 'img', 'hr', 'wbr', 'meta', 'nav', 'dd', 'dt', 'rt', 'rp',
  'body', 'head', 'link', 'iframe', 'noembed', 'x中',
];
const ATTRIBUTES = ['class="nav"', 'CLASS=x', 'id=\'top\'', 'style="display:none"', 'Style="a&amp;b"', 'hidden', 'class="a" class="b"', 'colspan=2'];
const TEXTS = ['本年', '12', ' ', '\n', '&nbsp;', '&amp;', '&#20013;', '&copy', '&', '<', '< p>', '</>', '<!-- c -->', '<![CDATA[x<y]]>', '<?pi?>', '<!DOCTYPE html>', '\r\n'];

const soup = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TEXTS),
      fc.tuple(fc.constantFrom('<', '</'), fc.constantFrom(...ELEMENTS), fc.subarray(ATTRIBUTES, { maxLength: 2 }), fc.constantFrom('>', ' />', '/>'))
        .map(([open, name, attributes, end]) => `${open}${name}${attributes.map((a) => ` ${a}`).join('')}${end}`),
    ),
    { maxLength: 60 },
  )
  .chain((parts) => fc.nat({ max: 100 }).map((cut) => (cut < 15 ? parts.join('').slice(0, Math.floor((parts.join('').length * cut) / 15)) : parts.join(''))));

const wanted = (name: string): boolean => ['class', 'id', 'style', 'hidden'].includes(name.toLowerCase());

/** htmlparser2's own Parser, reading through its own Tokenizer (the readers' tokenizer steps over runs: xml.ts). */
function byParser(html: string): unknown[] {
  const events: unknown[] = [];
  const parser: Parser = new Parser(
    {
      onopentag: (name, attribs) => events.push(['open', name, Object.fromEntries(Object.entries(attribs).filter(([k]) => wanted(k))), parser.startIndex]),
      onclosetag: (name) => events.push(['close', name]),
      ontext: (text) => events.push(['text', text, parser.startIndex]),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: false },
  );
  parser.end(html);
  return events;
}

function byScan(html: string): unknown[] {
  const events: unknown[] = [];
  const slice = (start: number, end: number): string => html.slice(start, end);
  const page: Markup = {
    write(tokenizer) {
      tokenizer.write(html);
      tokenizer.end();
    },
    slice,
    piece: slice,
    blank: (start, end) => /^[\t\n\f\r ]*$/.test(slice(start, end)),
    lineFeed: (from) => html.indexOf('\n', from),
  };
  scanHtml(page, wanted, (where) => ({
    open: (name, attributes) => events.push(['open', name, { ...attributes }, where()]),
    close: (name) => events.push(['close', name]),
    text: (start, end) => events.push(['text', html.slice(start, end), where()]),
    character: (text) => events.push(['text', text, where()]),
    end() {},
  }));
  return events;
}

describe('htmlScan: the Parser\'s events from the Tokenizer', () => {
  it('gives every open, close and text the Parser gives, in order, each where the Parser says it starts (fast-check)', () => {
    fc.assert(
      fc.property(soup, (html) => {
        expect(byScan(html)).toEqual(byParser(html));
      }),
      { seed: 12, numRuns: 2000 },
    );
  });

  it('keeps the first of two attributes of one name, and only those asked for', () => {
    expect(byScan('<td class="a" CLASS="b" class="c" width=2>x</td>')[0]).toEqual(['open', 'td', { class: 'a', CLASS: 'b' }, 0]);
  });
});
