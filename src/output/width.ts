/**
 * How many terminal columns a string takes: East Asian wide and fullwidth characters (汉字,
 * fullwidth punctuation “（）”, kana, hangul) take 2, combining marks and zero-width characters 0,
 * everything else 1. Enough for aligning a table of organ names; not a full UAX #11.
 */

const ZERO_WIDTH: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f], // combining diacritical marks
  [0x200b, 0x200f], // zero-width space, joiners, direction marks
  [0x2060, 0x2064],
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // BOM / zero-width no-break space
];

const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // hangul jamo
  [0x2e80, 0x303e], // CJK radicals, punctuation （、。「」）
  [0x3041, 0x33ff], // kana, CJK symbols
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // yi
  [0xac00, 0xd7a3], // hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // fullwidth forms （）：，
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f], // emoji
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd], // CJK extensions B…
];

const inRanges = (code: number, ranges: ReadonlyArray<readonly [number, number]>): boolean =>
  ranges.some(([from, to]) => code >= from && code <= to);

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || inRanges(code, ZERO_WIDTH)) continue;
    width += inRanges(code, WIDE) ? 2 : 1;
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
