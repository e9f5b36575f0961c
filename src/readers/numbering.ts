/**
 * Word's automatic numbering. A heading typed as 总体情况 in a list numbered 一、二、三、 prints
 * 一、总体情况, and a table cell 属于国家秘密 in a list numbered 1. 2. 3. prints 1.属于国家秘密:
 * the number is not in the paragraph's text but in word/numbering.xml (and, for numbered heading
 * styles, word/styles.xml). Word's own text export writes the numbers; so does this.
 *
 * Counters are kept per abstract list (lists that share one continue each other, as in Word); a
 * list's `startOverride` restarts it; a level's counter restarts when a higher level advances.
 */

export interface Level {
  start: number;
  format: string;
  text: string;
  /** What follows the number: `tab` (Word's default), `space` or `nothing`. */
  suffix: string;
  /** Legal numbering: every level's number in decimal. */
  legal: boolean;
}

/** A numbering list (`w:num`): its abstract list, start overrides and level overrides by ilvl. */
export interface NumberingList {
  abstractId: string;
  startOverride: Map<number, number>;
  levels: Map<number, Level>;
}

export interface NumberingDefinitions {
  /** abstractNumId → levels by ilvl. */
  abstract: Map<string, Map<number, Level>>;
  /** numId → its abstract list, start overrides and level overrides by ilvl. */
  lists: Map<string, NumberingList>;
  /** abstractNumId → the style it takes its levels from (numStyleLink). */
  styleLinks: Map<string, string>;
}

export interface StyleNumbering {
  numId: string | null;
  ilvl: number | null;
  basedOn: string | null;
}

export const emptyDefinitions = (): NumberingDefinitions => ({ abstract: new Map(), lists: new Map(), styleLinks: new Map() });

// ── number formats ────────────────────────────────────────────────────────────────────────────

const CN_DIGITS = '〇一二三四五六七八九';
const CN_DIGITS_ZERO = '零一二三四五六七八九';
const CN_LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const TRADITIONAL = '甲乙丙丁戊己庚辛壬癸';
const ZODIAC = '子丑寅卯辰巳午未申酉戌亥';

/** The units of the four places, ones first: 十 百 千, or 拾 佰 仟. */
type PlaceUnits = readonly [ones: string, tens: string, hundreds: string, thousands: string];

/** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 105 → 一百〇五 / 一百零五 (up to 9999; beyond, decimal). */
function chinese(n: number, digits: string, units: PlaceUnits): string {
  if (n <= 0 || n > 9999) return String(n);
  /** Each place's digit with its unit, thousands first; a zero before the first digit prints nothing. */
  const places: ReadonlyArray<readonly [digit: number, unit: string]> = [
    [Math.floor(n / 1000) % 10, units[3]],
    [Math.floor(n / 100) % 10, units[2]],
    [Math.floor(n / 10) % 10, units[1]],
    [n % 10, units[0]],
  ];
  let out = '';
  let zero = false;
  for (const [d, unit] of places) {
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += digits[0];
    zero = false;
    // 十一, not 一十一, for a number from 10 to 19 (its tens are the first place printed).
    if (!(d === 1 && unit === units[1] && out === '')) out += digits[d];
    out += unit;
  }
  return out;
}

const roman = (n: number): string => {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, mark] of table) while (n >= value) (out += mark), (n -= value);
  return out;
};

/** Word repeats the letter: 27 → AA, 28 → BB. */
const letter = (n: number): string => (n <= 0 ? String(n) : String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1));

const enclosed = (n: number, first: number, count: number): string => (n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n));

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'chineseCounting':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return chinese(n, CN_DIGITS, ['', '十', '百', '千']);
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
      return chinese(n, CN_DIGITS_ZERO, ['', '十', '百', '千']);
    case 'chineseLegalSimplified':
    case 'japaneseLegal':
    case 'taiwaneseDigital':
      return chinese(n, CN_LEGAL_DIGITS, ['', '拾', '佰', '仟']);
    case 'ideographTraditional':
      return n >= 1 ? TRADITIONAL.charAt((n - 1) % 10) : String(n);
    case 'ideographZodiac':
      return n >= 1 ? ZODIAC.charAt((n - 1) % 12) : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return enclosed(n, 0x2460, 20);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20);
    case 'upperLetter':
      return letter(n);
    case 'lowerLetter':
      return letter(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

// ── counting ──────────────────────────────────────────────────────────────────────────────────

/** A number that ends in a mark needs no space before the text (一、总体情况, 1.属于…). */
const ENDS_IN_MARK = /[、.．:：)）\]】]$/;

export class ListCounter {
  private readonly counts = new Map<string, number[]>();
  private readonly restarted = new Set<string>();

  constructor(
    private readonly definitions: NumberingDefinitions,
    private readonly styles: ReadonlyMap<string, StyleNumbering>,
  ) {}

  /** The numbering a style gives a paragraph (numId, ilvl), following basedOn. */
  private styleNumbering(styleId: string | null): { numId: string | null; ilvl: number | null } {
    let numId: string | null = null;
    let ilvl: number | null = null;
    const seen = new Set<string>();
    for (let id = styleId; id !== null && !seen.has(id); ) {
      seen.add(id);
      const style = this.styles.get(id);
      if (!style) break;
      numId ??= style.numId;
      ilvl ??= style.ilvl;
      id = style.basedOn;
    }
    return { numId, ilvl };
  }

  /** The list's abstract numbering, its levels, and the level `ilvl` itself; null when the list or that level is not defined. */
  private levelOf(numId: string, ilvl: number): { abstractId: string; level: (i: number) => Level | undefined; own: Level } | null {
    const list = this.definitions.lists.get(numId);
    if (!list) return null;
    let abstractId = list.abstractId;
    let levels = this.definitions.abstract.get(abstractId);
    const link = this.definitions.styleLinks.get(abstractId);
    if ((!levels || levels.size === 0) && link) {
      const linked = this.styleNumbering(link).numId;
      const target = linked === null ? undefined : this.definitions.lists.get(linked);
      if (target) {
        abstractId = target.abstractId;
        levels = this.definitions.abstract.get(abstractId);
      }
    }
    const level = (i: number): Level | undefined => list.levels.get(i) ?? levels?.get(i);
    const own = level(ilvl);
    if (own === undefined) return null;
    return { abstractId, level, own };
  }

  /**
   * The number a paragraph prints, with what separates it from the text, and the list advanced;
   * '' for a paragraph that is not numbered (or a bullet).
   */
  next(own: { numId: string | null; ilvl: number | null }, styleId: string | null): string {
    const fromStyle = this.styleNumbering(styleId);
    const numId = own.numId ?? fromStyle.numId;
    const ilvl = own.ilvl ?? fromStyle.ilvl ?? 0;
    if (numId === null || numId === '0') return '';
    const found = this.levelOf(numId, ilvl);
    if (!found) return '';
    const { abstractId, level, own: this_ } = found;
    const counts = this.counts.get(abstractId) ?? [];
    this.counts.set(abstractId, counts);
    const override = this.definitions.lists.get(numId)?.startOverride.get(ilvl);
    const key = `${numId}/${ilvl}`;
    if (override !== undefined && !this.restarted.has(key)) {
      this.restarted.add(key);
      counts[ilvl] = override - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? (this_.start ?? 1) - 1) + 1;
    counts.length = ilvl + 1; // deeper levels restart
    const label = this_.text.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1;
      const value = counts[i] ?? level(i)?.start ?? 1;
      return formatNumber(value, this_.legal && i < ilvl ? 'decimal' : (level(i)?.format ?? 'decimal'));
    });
    if (this_.format === 'bullet' || this_.format === 'none' || label.trim() === '') return '';
    if (this_.suffix === 'nothing' || ENDS_IN_MARK.test(label)) return label;
    return `${label} `;
  }
}
