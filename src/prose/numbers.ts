/**
 * Numbers as prose prints them: Arabic digits (half- or full-width, with thousands separators
 * and decimals, `1,234`, `１２３`, `10.5`), optionally scaled by 万/千/百 (`1.2万`), and Chinese
 * numerals (`十二`, `一百零五`, `两千三百`, `三万零五十`). Each comes with the precision it was
 * printed to, so that `1.2万件` is read as "about 12,000, to the nearest 1,000".
 */

export interface ProseNumber {
  value: number;
  /** Half of the last printed unit: `12` → 0, `10.5` → 0.05, `1.2万` → 500. */
  tolerance: number;
}

const DIGIT: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const SCALE: Readonly<Record<string, number>> = { 百: 100, 千: 1000, 万: 10_000 };

/**
 * A Chinese numeral up to 九千九百九十九万…: `十二` 12, `一百零五` 105, `两千三百` 2300, `三万零五十`
 * 30050. Null when the characters do not make a number (`万万`, `十十`, an empty string).
 */
export function chineseNumeral(text: string): number | null {
  if (text === '') return null;
  let total = 0; // what the 万 groups before the current one are worth
  let section = 0; // the current group below 万
  let digit: number | null = null;
  let lastUnit = Infinity; // units must fall within a group: 千 then 百 then 十
  for (const ch of text) {
    const digitValue = DIGIT[ch];
    const unit = SMALL_UNIT[ch];
    if (digitValue !== undefined) {
      if (digit !== null && digit !== 0) return null; // 二三 and 一零 are no numbers
      digit = digitValue;
    } else if (unit !== undefined) {
      if (unit >= lastUnit) return null;
      // 十二 (a bare 十 opening a group) is 一十二.
      section += (digit === null ? (unit === 10 && section === 0 ? 1 : NaN) : digit) * unit;
      if (Number.isNaN(section)) return null;
      digit = null;
      lastUnit = unit;
    } else if (ch === '万') {
      if (total !== 0) return null;
      total = (section + (digit ?? 0)) * 10_000;
      if (total === 0) return null;
      section = 0;
      digit = null;
      lastUnit = Infinity;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/**
 * Full-width digits and full stop → ASCII, one character for one, so offsets hold. The
 * full-width comma is left alone: it ends a clause, it never separates thousands.
 */
export function foldDigits(text: string): string {
  return text.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * An Arabic number as printed (`1,234`, `10.5`, `1.2`), with the scale after it (`万`), or null
 * when the separators are not thousands separators (`1,23`).
 */
export function arabicNumber(printed: string, scale = ''): ProseNumber | null {
  if (/,/.test(printed) && !/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(printed)) return null;
  const digits = printed.replace(/,/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(digits)) return null;
  const factor = scale === '' ? 1 : SCALE[scale];
  if (factor === undefined) return null;
  const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  const value = Number(digits) * factor;
  const tolerance = decimals === 0 && factor === 1 ? 0 : (0.5 * factor) / 10 ** decimals;
  return { value: Math.round(value * 1e6) / 1e6, tolerance };
}

/** A Chinese numeral as a ProseNumber: exact, except a round 万 (`三万`), to the nearest 万. */
export function chineseNumber(printed: string): ProseNumber | null {
  const value = chineseNumeral(printed);
  if (value === null) return null;
  return { value, tolerance: printed.endsWith('万') ? 5000 : 0 };
}
