/**
 * How many terminal columns a string takes: each character's East Asian Width (Unicode's UAX #11)
 * from get-east-asian-width — a 汉字 or a fullwidth （ takes 2, a halfwidth ｱ 1 — instead of a
 * hand-made table of ranges, which was wrong for thousands of code points. What a terminal draws
 * in no column of its own takes none: combining marks, format characters (zero-width joiner,
 * BOM), controls, an emoji's skin tone or variation selector, the emoji joined to another by a
 * zero-width joiner, and colour escape codes.
 *
 * get-east-asian-width rather than string-width, which wraps it: string-width also segments
 * graphemes with Intl.Segmenter and costs some 4× as much to load. Even so the table is loaded
 * only when a text that is not ASCII is measured (the help, summary, validate's text in Chinese),
 * synchronously through require (an ES module without top-level await: Node ≥ 20.19, as
 * readers/xml.ts loads htmlparser2); printable ASCII is measured without it, so
 * `validate one.txt` never loads it.
 */
import { createRequire } from 'node:module';

type EastAsianWidth = (codePoint: number) => 1 | 2;

let loaded: EastAsianWidth | null = null;
const eastAsianWidth = (): EastAsianWidth =>
  (loaded ??= (createRequire(import.meta.url)('get-east-asian-width') as { eastAsianWidth: EastAsianWidth }).eastAsianWidth);

const ASCII = /^[\x20-\x7e]*$/;

export const isAscii = (text: string): boolean => ASCII.test(text);

const ANSI = /\x1b\[[\d;]*m/g;
/** Characters that take no column. */
const ZERO = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}\p{Emoji_Modifier}\u{FE00}-\u{FE0F}]$/u;
const ZWJ = '\u200d';

export function displayWidth(text: string): number {
  const plain = text.includes('\x1b') ? text.replace(ANSI, '') : text;
  if (isAscii(plain)) return plain.length;
  const widthOf = eastAsianWidth();
  let width = 0;
  let joined = false;
  for (const char of plain) {
    // An emoji after a zero-width joiner is drawn with the one before it.
    if (joined) {
      joined = false;
      continue;
    }
    if (char === ZWJ) {
      joined = true;
      continue;
    }
    if (ZERO.test(char)) continue;
    const code = char.codePointAt(0); // a number: for…of gives no empty string
    if (code !== undefined) width += widthOf(code);
  }
  return width;
}

/** The spaces that make `text` take `width` columns. */
export function padding(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padEnd(text: string, width: number): string {
  return text + padding(text, width);
}

export function padStart(text: string, width: number): string {
  return padding(text, width) + text;
}
