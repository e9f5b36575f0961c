/**
 * sections → `meta` (title, organ, year, publishedOn) and `text` (the prose of parts 一, 五, 六).
 */
import { digitOf } from '../catalog/lexicon.js';
import { CHINESE, matchKey } from '../normalize/matchKey.js';
import type { Sections } from '../sections/splitIntoSections.js';
import type { Region } from '../tokens.js';

export interface Meta {
  title: string | null;
  organ: string | null;
  year: number | null;
  publishedOn: string | null;
}

export interface Prose {
  overview: string | null;
  problems: string | null;
  otherMatters: string | null;
}

const TITLE_WORDS = /年度报告|工作报告|年报/;
/** A title line that starts with the year or the subject has its organ on the line above. */
const TITLE_WITHOUT_ORGAN = /^(?:\d{4}年|[〇零一二三四五六七八九]{4}年|政府信息公开|关于|年度)/;
const ORGAN_END = /(?:关于)?(?:\d{4}年|[〇零一二三四五六七八九]{4}年|政府信息公开|年度政府信息)/;
/** Sentence punctuation: a line holding it is prose, not a signature. */
const SENTENCE = /[。；;：:，,！？!?]/;

/** Chinese numerals in dates (二〇二五年一月九日) → Arabic digits. */
function arabic(text: string): string {
  return arabicYears(text).replace(/([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=[月日])/g, (n) => {
    if (!n.includes('十')) return String(digitOf(n));
    const [tens, ones] = n.split('十');
    return String((tens ? digitOf(tens) : 1) * 10 + (ones ? digitOf(ones) : 0));
  });
}

/**
 * Years in Chinese numerals (二〇二五年) → Arabic digits: what `/[〇零…九]{4}(?=年)/g` replaces.
 * Every match is the four numerals right before a 年, and no two overlap (a 年 is not a numeral),
 * so looking before each 年 finds exactly the regex's matches, without trying every position.
 */
const FOUR_NUMERALS = /^[〇零一二三四五六七八九]{4}$/;

function arabicYears(text: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf('年', 4); at >= 0; at = text.indexOf('年', at + 1)) {
    const y = text.slice(at - 4, at);
    if (!FOUR_NUMERALS.test(y)) continue;
    out += text.slice(from, at - 4) + [...y].map(digitOf).join('');
    from = at;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A signature date: a year of four digits, no leading zero (`0020年1月17日`, a byte lost, is no date: its year is not 20). */
const DATE_LINE = /^([1-9]\d{3})年(\d{1,2})月(\d{1,2})日$/;

/** A date line is short (`二〇二五年一月九日`, spaced out at most): a longer line is not read as one. */
const DATE_LINE_CHARACTERS = 64;

function dateOf(line: string): string | null {
  if (line.length > DATE_LINE_CHARACTERS) return null; // a long line's matchKey is a copy of it, for nothing
  const key = matchKey(line);
  // arabic() only rewrites numerals before a 年, 月 or 日, so a date line's key already ends in 日.
  if (!key.endsWith('日')) return null;
  const m = DATE_LINE.exec(arabic(key));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const isPageNumber = (line: string): boolean => /^\d{1,3}$/.test(line.trim());

/** Title text as printed, with the spaces exports scatter through it closed up. */
const squeeze = (line: string): string => line.replace(/\s+/g, '');

/**
 * The label of a field that holds the title, on the information box web pages print above a
 * document (`标题：` … `发文机关：` … `成文日期：`): not part of the title.
 */
const TITLE_FIELD = /^(?:标题|名称|题名|文件名称|信息名称)[:：]/;
/** The longest of those labels, colon included (信息名称：). */
const TITLE_FIELD_MAX = 5;

/** The longest title, squeezed. */
const MAX_TITLE = 80;

/** Does `line` hold more than `max` characters that are not white space (more than its squeeze would keep)? Stops there. */
function longerThan(line: string, max: number): boolean {
  if (line.length <= max) return false;
  let kept = 0;
  for (let i = 0; i < line.length; i++) if (!/\s/.test(line.charAt(i)) && ++kept > max) return true;
  return false;
}

/**
 * A web page's menu or breadcrumb as Markdown keeps it (pandoc's of a page): a link
 * (`[政府信息公开年报](/nb)`, `当前位置：[首页](/) > … > 政府信息公开年度报告`, its links' text alone in
 * plain text) or a list item (`-   政府信息公开年报`). No title.
 */
const MENU_ENTRY = /\]\(|^\s*[-*+]\s|[>＞»›]|^\s*(?:当前位置|您的位置|您现在的位置)/;

/** Every title word holds a 年 or a 报, and squeeze only removes characters. */
const MAY_HOLD_TITLE_WORDS = /[年报]/;

/** A year in a title, its numerals made Arabic (arabicYears): 2024年. */
const TITLE_YEAR = /(\d{4})年/;

function findTitle(front: Region): string | null {
  // The first squeezed non-blank line with a title word, and the non-blank line above it.
  // A line is blank after squeeze exactly when trim() leaves nothing (\s is trim's set).
  let above: string | undefined;
  /** A title that names neither organ nor year (a site's menu entry `政府信息公开年报`, its menu above): kept only if no other is found. */
  let bare: string | null = null;
  for (const line of front.lines) {
    if (line.trim() === '') continue;
    if (MAY_HOLD_TITLE_WORDS.test(line) && !longerThan(line, MAX_TITLE + TITLE_FIELD_MAX) && !MENU_ENTRY.test(line)) {
      // A pipe table's row (`| 标　　题： | 某某局2020年…年度报告 |  |`, the information box as Markdown): its words.
      const squeezed = squeeze(line).replace(/\|/g, '').replace(TITLE_FIELD, '');
      if (TITLE_WORDS.test(squeezed) && squeezed.length <= MAX_TITLE) {
        const title = withOrgan(squeezed, above === undefined ? undefined : squeeze(above));
        // A web page's menu printed as plain lines (plain pdftotext of a printed page: `首页` /
        // `政务公开` / `政府信息公开年报`): the words of a title alone, no year with them.
        if (!(TITLE_WITHOUT_ORGAN.test(squeezed) && !TITLE_YEAR.test(arabicYears(title)))) return title;
        bare ??= title;
      }
    }
    above = line;
  }
  return bare;
}

function withOrgan(title: string, above: string | undefined): string {
  if (TITLE_WITHOUT_ORGAN.test(title) && above && above.length <= 40 && !/^附件/.test(above) && !SENTENCE.test(above)) {
    return above + title;
  }
  return title;
}

const NAMED_ORGAN = /^(?:单位名称|机关名称|发布机构)[:：](.+?)(?:单位主要负责人.*)?$/;
/** NAMED_ORGAN's field name, looked for in the start of a line before the whole line is keyed. */
const ORGAN_FIELD = /^(?:单位名称|机关名称|发布机构)[:：]/;
/** Enough of a line's start to hold the field name and its colon, spaced out. */
const FIELD_CHARACTERS = 40;

function organOf(title: string | null, front: Region): string | null {
  if (title) {
    const end = ORGAN_END.exec(title);
    const organ = (end ? title.slice(0, end.index) : '').replace(/^附件\d*/, '');
    // An organ is named in Chinese: marks before the title's words (`-[政府信息公开年报](/nb)`, a
    // Markdown link in a page's menu) name none.
    if (CHINESE.test(organ)) return organ;
  }
  // Only when the title names no organ: the first line that does (the capture is never empty).
  for (const line of front.lines) {
    // Only a line that opens with the field name is keyed whole (a line may be megabytes long).
    if (line.length > FIELD_CHARACTERS && !ORGAN_FIELD.test(matchKey(line.slice(0, FIELD_CHARACTERS)))) continue;
    const named = NAMED_ORGAN.exec(matchKey(line))?.[1];
    if (named) return named;
  }
  return null;
}

/**
 * The statistical period the form asks reports to state (`本报告所列数据统计期限为2024年1月1日至
 * 2024年12月31日`), or a mention of the report by its own name (`现发布《某镇2024年度政府信息公开工作
 * 年度报告》`). Read with spaces closed up and Chinese-numeral years in digits.
 */
const STATED_YEAR = [
  /(?<!\d)(20\d{2})年1月1日(?:起)?至(?:(20\d{2})年)?12月31日/,
  /(?<!\d)(20\d{2})年度?政府信息公开(?:工作)?年度报告/,
];
/** How much of the front matter, part 一 and part 六 is searched for a stated year. */
const OPENING_LENGTH = 20_000;
/** The opening sentence of part 一 dated by its year (`2024年，上五庄镇坚持…`). */
const OPENING_YEAR = /^(20\d{2})年(?:度)?(?:[，,、]|以来)/;

/**
 * The year the report is for: from its title; else the statistical period or the report's own
 * name in its opening (front matter and part 一) or in part 六's 报告数据统计说明; else the year
 * that opens part 一. Null when
 * none says (the caller warns): never the year the text mentions most, which may be the year
 * before (comparisons) or after (plans).
 */
function yearOf(title: string | null, front: Region, overview: string | null, otherMatters: string | null): number | null {
  const m = title ? TITLE_YEAR.exec(arabicYears(title)) : null;
  if (m) return Number(m[1]);
  // Bounded: a statement of the period stands near the start of its part.
  const head = (text: string | null) => (text ?? '').slice(0, OPENING_LENGTH);
  const opening = arabicYears([head(front.lines.join('\n')), head(overview), head(otherMatters)].join('\n').replace(/[ \t]+/g, ''));
  for (const pattern of STATED_YEAR) {
    const stated = pattern.exec(opening);
    if (stated && (stated[2] === undefined || stated[2] === stated[1])) return Number(stated[1]);
  }
  const first = overview === null ? null : OPENING_YEAR.exec(arabicYears(overview.replace(/[ \t]+/g, '')));
  return first ? Number(first[1]) : null;
}

/**
 * A part's prose: each line trimmed, blank lines dropped, joined with newlines. `end` (exclusive)
 * stops before a tail; lines are read in place, never copied (a body may be millions of lines).
 */
function proseOf(region: Region | undefined, end = region?.lines.length ?? 0): string | null {
  if (!region) return null;
  const text: string[] = [];
  for (let i = 0, line = region.lines[0]; i < end && line !== undefined; line = region.lines[++i]) {
    const trimmed = line.trim();
    if (trimmed !== '') text.push(trimmed);
  }
  return text.length ? text.join('\n') : null;
}

/** Where part 六's prose ends: before the signature block that closes the report (organ, date, page number). */
function signatureStart(region: Region | undefined): number {
  const lines = region?.lines ?? [];
  let end = lines.length;
  const skipBlankAndPageNumbers = () => {
    for (let line = lines[end - 1]; line !== undefined && (line.trim() === '' || isPageNumber(line)); line = lines[--end - 1]);
  };
  skipBlankAndPageNumbers();
  const dateLine = lines[end - 1];
  if (dateLine !== undefined && dateOf(dateLine)) {
    end--;
    skipBlankAndPageNumbers();
    const organ = lines[end - 1]?.trim();
    if (organ && organ.length <= 30 && !SENTENCE.test(organ)) end--;
  }
  return end;
}

/** The signature date: the last date line of the report (Arabic or Chinese numerals). */
function publishedOn(allLines: readonly string[]): string | null {
  let seen = 0;
  for (let i = allLines.length - 1, line = allLines[i]; line !== undefined && seen < 12; line = allLines[--i]) {
    if (line.trim() === '') continue;
    seen++;
    const date = dateOf(line);
    if (date) return date;
  }
  return null;
}

export function extractMeta(sections: Sections, lines: readonly string[]): { meta: Meta; text: Prose } {
  const overview = proseOf(sections.parts[1]?.body);
  const otherMatters = proseOf(sections.parts[6]?.body, signatureStart(sections.parts[6]?.body));
  const title = findTitle(sections.front);
  return {
    meta: {
      title,
      organ: organOf(title, sections.front),
      year: yearOf(title, sections.front, overview, otherMatters),
      publishedOn: publishedOn(lines),
    },
    text: {
      overview,
      problems: proseOf(sections.parts[5]?.body),
      otherMatters,
    },
  };
}
