/**
 * sections → `meta` (title, organ, year, publishedOn) and `text` (the prose of parts 一, 五, 六).
 */
import { matchKey } from '../normalize/index.js';
import type { Sections } from '../sections/index.js';
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
const CN_DIGITS: Readonly<Record<string, string>> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** Sentence punctuation: a line holding it is prose, not a signature. */
const SENTENCE = /[。；;：:，,！？!?]/;

/** Chinese numerals in dates (二〇二五年一月九日) → Arabic digits. */
function arabic(text: string): string {
  return text
    .replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (y) => [...y].map((c) => CN_DIGITS[c]).join(''))
    .replace(/([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=[月日])/g, (n) => {
      if (!n.includes('十')) return CN_DIGITS[n]!;
      const [tens, ones] = n.split('十');
      return String((tens ? Number(CN_DIGITS[tens!]) : 1) * 10 + (ones ? Number(CN_DIGITS[ones]) : 0));
    });
}

const DATE_LINE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

function dateOf(line: string): string | null {
  const m = DATE_LINE.exec(arabic(matchKey(line)));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const isPageNumber = (line: string): boolean => /^\d{1,3}$/.test(line.trim());

/** Title text as printed, with the spaces exports scatter through it closed up. */
const squeeze = (line: string): string => line.replace(/\s+/g, '');

function findTitle(front: Region): string | null {
  const lines = front.lines.map(squeeze).filter((l) => l !== '');
  const at = lines.findIndex((l) => TITLE_WORDS.test(l) && l.length <= 80);
  if (at < 0) return null;
  let title = lines[at]!;
  const above = lines[at - 1];
  if (TITLE_WITHOUT_ORGAN.test(title) && above && above.length <= 40 && !/^附件/.test(above) && !SENTENCE.test(above)) {
    title = above + title;
  }
  return title;
}

function organOf(title: string | null, front: Region): string | null {
  const named = front.lines.map(matchKey).map((l) => /^(?:单位名称|机关名称|发布机构)[:：](.+?)(?:单位主要负责人.*)?$/.exec(l)?.[1]);
  const explicit = named.find((x) => x);
  if (title) {
    const end = ORGAN_END.exec(title);
    const organ = (end ? title.slice(0, end.index) : '').replace(/^附件\d*/, '');
    if (organ) return organ;
  }
  return explicit ?? null;
}

function mostFrequentYear(text: string | null): number | null {
  if (!text) return null;
  const counts = new Map<number, number>();
  for (const m of arabic(text).matchAll(/(?<!\d)(20\d{2})\s*年/g)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, c] of counts) if (best === null || c > counts.get(best)!) best = y;
  return best;
}

function yearOf(title: string | null, overview: string | null): number | null {
  const m = title ? /(\d{4})年/.exec(arabic(title)) : null;
  if (m) return Number(m[1]);
  return mostFrequentYear(overview);
}

/**
 * A part's prose: each line trimmed, blank lines dropped, joined with newlines. `end` (exclusive)
 * stops before a tail; lines are read in place, never copied (a body may be millions of lines).
 */
export function proseOf(region: Region | undefined, end = region?.lines.length ?? 0): string | null {
  if (!region) return null;
  const text: string[] = [];
  for (let i = 0; i < end; i++) {
    const line = region.lines[i]!.trim();
    if (line !== '') text.push(line);
  }
  return text.length ? text.join('\n') : null;
}

/** Where part 六's prose ends: before the signature block that closes the report (organ, date, page number). */
function signatureStart(region: Region | undefined): number {
  const lines = region?.lines ?? [];
  let end = lines.length;
  const skipBlankAndPageNumbers = () => {
    while (end > 0 && (lines[end - 1]!.trim() === '' || isPageNumber(lines[end - 1]!))) end--;
  };
  skipBlankAndPageNumbers();
  if (end > 0 && dateOf(lines[end - 1]!)) {
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
  for (let i = allLines.length - 1; i >= 0 && seen < 12; i--) {
    const line = allLines[i]!;
    if (line.trim() === '') continue;
    seen++;
    const date = dateOf(line);
    if (date) return date;
  }
  return null;
}

export function extractMeta(sections: Sections, lines: readonly string[]): { meta: Meta; text: Prose } {
  const overview = proseOf(sections.parts[1]?.body);
  const title = findTitle(sections.front);
  return {
    meta: {
      title,
      organ: organOf(title, sections.front),
      year: yearOf(title, overview),
      publishedOn: publishedOn(lines),
    },
    text: {
      overview,
      problems: proseOf(sections.parts[5]?.body),
      otherMatters: proseOf(sections.parts[6]?.body, signatureStart(sections.parts[6]?.body)),
    },
  };
}
