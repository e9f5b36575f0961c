/**
 * lines → the title block and the six parts, found by their headings (sections/rules.ts).
 * Headings are looked for in order: part N is searched after part N−1, so a table row such as
 * `四、结转下年度继续办理` is never taken for the heading of part 四. A heading usually opens its
 * line; on a crawled page it may also stand inside one (`…3119四、政府信息公开行政复议…`), and the
 * line is then split between the parts.
 */
import { matchKey, matchKeyChar } from '../normalize/index.js';
import type { Region } from '../tokens.js';
import {
  ENDS_SOMETHING,
  HEADING_MARKS,
  MAX_HEADING_LENGTH,
  MID_LINE_NUMERAL,
  CONTENTS_FILLER,
  NUMERAL_FORMS,
  NUMERAL_PREFIX,
  OTHER_NUMERAL_PREFIX,
  SEPARATOR_FORMS,
} from './rules.js';
import { CHINESE_NUMERALS } from '../catalog/lexicon.js';
import { numeralOf, PARTS, type PartNumber } from '../catalog/parts.js';

export type { PartNumber };

export interface Part {
  part: PartNumber;
  /** The heading as printed (the whole line, when the heading stands alone on it). */
  heading: string;
  /** 1-based line of the heading. */
  line: number;
  /** The body: from the end of the heading (the next line, or the rest of its line) to the next heading. */
  body: Region;
}

export interface Sections {
  /** Lines before the first heading found. */
  front: Region;
  parts: Partial<Record<PartNumber, Part>>;
  lineCount: number;
}

interface HeadingMatch {
  part: PartNumber;
  /** Text after the heading on the same line, when prose or a table runs on. */
  rest: string;
}

/** foldWithoutNfkc: the code unit is removed from the key (a space). */
const DROPPED = -1;
/** foldWithoutNfkc: the code unit needs matchKeyChar (NFKC) on its code point. */
const NEEDS_NFKC = -2;

/**
 * The matchKey of one UTF-16 code unit, for the code units whose key is known without NFKC (most
 * of a report): itself, one other code unit, DROPPED, or NEEDS_NFKC for any other. Checked
 * against matchKeyChar over every code unit of each range: ASCII (keeps all but its spaces, \t–\r
 * and U+0020), the ideographic space U+3000 (a space), CJK punctuation U+3001–U+3035, dashes
 * and quotes U+2012–U+2016 and U+2018–U+2023, CJK ideographs U+3400–U+9FFF (themselves), and
 * the full-width forms U+FF01–U+FF5E (their ASCII letters, digits and signs).
 */
function foldWithoutNfkc(c: number): number {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) ? DROPPED : c;
  if (c >= 0x3400 && c <= 0x9fff) return c;
  if (c >= 0x3000 && c <= 0x3035) return c === 0x3000 ? DROPPED : c;
  if ((c >= 0x2012 && c <= 0x2016) || (c >= 0x2018 && c <= 0x2023)) return c;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  return NEEDS_NFKC;
}

/**
 * A line's matchKey: matchKeyChar of each of its characters in turn. Runs of characters that are
 * their own key are copied as slices of the line.
 */
function keyOf(line: string): string {
  let key = '';
  let run = 0; // start of the run of characters that are their own key
  for (let i = 0; i < line.length; ) {
    const c = line.charCodeAt(i);
    const folded = foldWithoutNfkc(c);
    if (folded === c) {
      i++;
      continue;
    }
    key += line.slice(run, i);
    if (folded === NEEDS_NFKC) {
      const ch = String.fromCodePoint(line.codePointAt(i)!);
      key += matchKeyChar(ch);
      i += ch.length;
    } else {
      if (folded !== DROPPED) key += String.fromCharCode(folded);
      i++;
    }
    run = i;
  }
  return key + line.slice(run);
}

/**
 * The index in `line` of the character that `keyOf(line)[k]` comes from (`line.length` for
 * k = the key's length). Walks the line as keyOf does: it is needed only where a heading is found.
 */
function lineIndexOf(line: string, k: number): number {
  let keyLength = 0;
  for (let i = 0; i < line.length; ) {
    const c = line.charCodeAt(i);
    const folded = foldWithoutNfkc(c);
    let width = 1; // UTF-16 code units of the character at i
    let length = folded === DROPPED ? 0 : 1; // and of its key
    if (folded === NEEDS_NFKC) {
      const ch = String.fromCodePoint(line.codePointAt(i)!);
      width = ch.length;
      length = matchKeyChar(ch).length;
    }
    if (keyLength + length > k) return i;
    keyLength += length;
    i += width;
  }
  return line.length;
}

/**
 * Every phrase of PARTS holds 情况, 概述, 概况, 问题 or 事项. In a line's key these two
 * characters come from the same two in the line with only \s between (the characters whose key is
 * empty), or 况 from U+FA71 / U+2F81B: checked over every code point, no other character has a key
 * holding one of 情 况 概 述 问 题 事 项. A line without such a pair holds no heading: headingsIn
 * returns before building the line's key.
 */
const HEADING_HINT = /情\s*[况\uFA71\u{2F81B}]|概\s*[述况\uFA71\u{2F81B}]|问\s*题|事\s*项/u;

/** A heading found in a line: which part, and where it starts and ends (indices in the line). */
export interface HeadingHit {
  part: PartNumber;
  start: number;
  end: number;
}

/** MID_LINE_NUMERAL anywhere (group 1: the numeral). */
const MID_LINE_NUMERALS = new RegExp(MID_LINE_NUMERAL.source, 'g');
/** ENDS_SOMETHING ending at the end of the text it is tested on. */
const ENDS_HERE = new RegExp(`${ENDS_SOMETHING.source}$`);
/** Does something end just before key[p]? Its last character, or a number and its unit (`0元`), told apart by ENDS_HERE. */
function endsBefore(key: string, p: number): boolean {
  const c = key.charCodeAt(p - 1);
  // The one-character ends are ASCII or CJK marks; a unit is CJK. Any other character cannot end something.
  if (c < 0x3000 && c >= 0x80 && c !== 0x2014 && c !== 0x2013 && c !== 0x2019 && c !== 0x201d) return false;
  return ENDS_HERE.test(key.slice(Math.max(0, p - 3), p));
}
const isMark = (c: number): boolean => c === 0x23 /* # */ || c === 0x2a; /* * */
/** The first characters of NUMERAL_PREFIX, as code units: 第 and the numerals. */
const NUMERAL_START = new Set(['第', ...PARTS.map((r) => numeralOf(r.part))].map((ch) => ch.charCodeAt(0)));
const NUMERAL_CLASS = `[${PARTS.map((r) => numeralOf(r.part)).join('')}${NUMERAL_FORMS}]`;
/**
 * In the raw line, what NUMERAL_PREFIX or MID_LINE_NUMERAL needs in its key: a numeral at the
 * start, or a numeral followed by 部分 or by a separator anywhere (NFKC forms included).
 */
const NUMBERED_IN_LONG_LINE = new RegExp(
  `^[#*\\s]*第?${NUMERAL_CLASS}|${NUMERAL_CLASS}\\s*(?:部\\s*分|[、.．。,，:：${SEPARATOR_FORMS}])`,
  'u',
);

/**
 * Can the line hold a heading? Cheap tests that headingsIn makes before building the line's key.
 * A heading is numbered, or is a whole short line: a longer line holds one only where a numeral
 * opens it or stands before a separator (as MID_LINE_NUMERAL needs); prose `一是…二是…` has neither.
 */
function mayHoldHeading(line: string): boolean {
  if (!HEADING_HINT.test(line)) return false;
  return line.length <= MAX_HEADING_LENGTH || NUMBERED_IN_LONG_LINE.test(line) || line.replace(/[\s#*]/g, '').length <= MAX_HEADING_LENGTH;
}

/**
 * Every phrase of PARTS in one pattern, a named group for each part, to try all six in one
 * search. Its first alternative that matches is the first rule that does, with the same match
 * (nothing follows the alternatives), and each one is anchored as its phrase is (the phrases
 * carry no flags).
 */
const ANY_PHRASE = new RegExp(PARTS.map((rule) => `(?<part${rule.part}>${rule.phrase.source})`).join('|'));

/** The part whose heading phrase follows `numeral` at `key[from]`, and the phrase's end. */
function phraseAt(key: string, from: number, numeral: string | null): { part: PartNumber; end: number } | null {
  const text = key.slice(from);
  if (numeral === null) {
    const m = ANY_PHRASE.exec(text);
    if (!m) return null;
    const part = PARTS.find((rule) => m.groups![`part${rule.part}`] !== undefined)!.part;
    return { part, end: from + m[0].length };
  }
  for (const rule of PARTS) {
    if (numeral !== numeralOf(rule.part)) continue;
    const m = rule.phrase.exec(text);
    if (m) return { part: rule.part, end: from + m[0].length };
  }
  return null;
}

/**
 * The headings in a line, in order, of parts later than `after`: one opening the line (numbered,
 * or unnumbered when it is the whole line) and numbered ones inside it (MID_LINE_NUMERAL after
 * ENDS_SOMETHING).
 */
export function headingsIn(line: string, after: PartNumber | 0 = 0): HeadingHit[] {
  return mayHoldHeading(line) ? headingsInKey(line, after) : [];
}

/**
 * headingsIn, past mayHoldHeading. `otherNumbering`: a line may also open with a part numbered
 * as some reports number all six (OTHER_NUMERAL_PREFIX: `1、`, `（一）`), not only as the form does.
 */
function headingsInKey(line: string, after: PartNumber | 0, otherNumbering = false): HeadingHit[] {
  const key = keyOf(line);
  const hits: HeadingHit[] = [];
  let last: number = after;
  /**
   * Has the line shown itself a table of contents run into one line (`目录 一、总体情况 二、主动…`):
   * part 一 with another part's heading right after it? Then every heading so followed, or followed
   * by nothing but leaders and page numbers to the end of the line (the last entry), is an entry.
   */
  let contents = false;
  // The key holds no \s (matchKey removes it): marks, if any, start with # or *; a NUMERAL_PREFIX
  // starts with 第 or a numeral.
  const marks = isMark(key.charCodeAt(0)) ? HEADING_MARKS.exec(key)![0].length : 0;
  if (key.length - marks >= 4) {
    let numeral = NUMERAL_START.has(key.charCodeAt(marks)) ? NUMERAL_PREFIX.exec(key.slice(marks)) : null;
    if (!numeral && otherNumbering) numeral = otherNumeral(key.slice(marks, marks + 4));
    const from = marks + (numeral?.[0].length ?? 0);
    const found = phraseAt(key, from, numeral?.[1] ?? null);
    const whole = found && key.slice(found.end).replace(/[#*]+$/, '') === '';
    if (found && found.part > last && (numeral || whole)) {
      if (found.part === 1 && last === 0 && headingFollows(key, found.end)) contents = true;
      else {
        hits.push({ part: found.part, start: lineIndexOf(line, marks), end: lineIndexOf(line, found.end) });
        last = found.part;
      }
    }
  }
  // Each numeral inside the line that MID_LINE_NUMERAL takes, once; its heading starts at the
  // marks before it (p), and needs ENDS_SOMETHING before them, unless it opens the first part.
  MID_LINE_NUMERALS.lastIndex = 1;
  for (let m; (m = MID_LINE_NUMERALS.exec(key)); ) {
    MID_LINE_NUMERALS.lastIndex = m.index + 1;
    let p = m.index;
    while (p > 0 && isMark(key.charCodeAt(p - 1))) p--;
    if (p === 0) continue; // the line's start: taken above
    const found = phraseAt(key, m.index + m[0].length, m[1]!);
    if (!found || found.part <= last) continue;
    if (contents && entryEnds(key, found.end)) continue;
    const follows = headingFollows(key, found.end);
    // After a word, only the first part: the title block runs into it. Not when another part's
    // heading follows it at once: that is the first entry of contents run into one line.
    if (!endsBefore(key, p)) {
      if (found.part !== 1 || last !== 0) continue;
      if (follows) {
        contents = true;
        continue;
      }
    }
    const start = lineIndexOf(line, p);
    if (hits.length > 0 && start < hits.at(-1)!.end) continue;
    hits.push({ part: found.part, start, end: lineIndexOf(line, found.end) });
    last = found.part;
  }
  return hits;
}

/** Does this line open a part? Numbered headings only, or an exact unnumbered heading. */
export function matchHeading(line: string): HeadingMatch | null {
  const hit = headingsIn(line)[0];
  if (!hit || hit.start !== firstPrinted(line)) return null;
  return { part: hit.part, rest: restAfter(line, hit) };
}

const firstPrinted = (line: string): number => lineIndexOf(line, HEADING_MARKS.exec(keyOf(line))?.[0].length ?? 0);

/** What follows a heading on its line; nothing when what is left of the line is short enough to be the heading. */
function restAfter(line: string, hit: HeadingHit): string {
  if (matchKey(line.slice(hit.start)).length <= MAX_HEADING_LENGTH) return '';
  return line.slice(hit.end).trim();
}

interface Found extends HeadingHit {
  index: number;
}

/** The headings of the lines from `from` on, in order: each the first of a later part than the last found (a part may be missing). */
function findHeadings(lines: readonly string[], from: number, otherNumbering = false): Found[] {
  const found: Found[] = [];
  let last: PartNumber | 0 = 0;
  for (let i = from; i < lines.length && last < PARTS.length; i++) {
    const line = lines[i]!;
    if (line === '' || !(otherNumbering ? HEADING_HINT.test(line) : mayHoldHeading(line))) continue;
    for (const { part, start, end } of headingsInKey(line, last, otherNumbering)) {
      found.push({ part, start, end, index: i });
      last = part;
    }
  }
  return found;
}

/** A table of contents lists at least this many parts (all six, as a rule; no report prints four parts with no body). */
const CONTENTS_ENTRIES = 4;

/** OTHER_NUMERAL_PREFIX as NUMERAL_PREFIX gives it: the match, and the part's numeral in group 1. */
function otherNumeral(text: string): RegExpExecArray | null {
  const m = OTHER_NUMERAL_PREFIX.exec(text);
  if (m && m[1] !== undefined) m[1] = CHINESE_NUMERALS[Number(m[1])]!;
  else if (m) m[1] = m[2]!;
  return m;
}

/** Does a numbered heading (NUMERAL_PREFIX and its phrase) start at key[at], after leaders and page numbers? */
function headingFollows(key: string, at: number): boolean {
  return headingAt(key, pastFiller(key, at));
}

/** Is key[at…] an entry's end: nothing but leaders and page numbers up to the end of the line, or up to another heading? */
function entryEnds(key: string, at: number): boolean {
  const i = pastFiller(key, at);
  return i === key.length || headingAt(key, i);
}

/** The index in `key` past the leaders and page numbers (CONTENTS_FILLER) from `at` on. */
function pastFiller(key: string, at: number): number {
  let i = at;
  while (i < key.length && CONTENTS_FILLER.test(key[i]!)) i++;
  return i;
}

/** Does a numbered heading (NUMERAL_PREFIX and its phrase) start at key[i]? */
function headingAt(key: string, i: number): boolean {
  const numeral = NUMERAL_START.has(key.charCodeAt(i)) ? NUMERAL_PREFIX.exec(key.slice(i, i + 8)) : null;
  return numeral !== null && phraseAt(key, i + numeral[0].length, numeral[1]!) !== null;
}

/** Does nothing but CONTENTS_FILLER stand between heading `f` and the next one, `next`? */
function emptyBetween(lines: readonly string[], f: Found, next: Found): boolean {
  if (next.index === f.index) return CONTENTS_FILLER.test(lines[f.index]!.slice(f.end, next.start));
  if (!CONTENTS_FILLER.test(lines[f.index]!.slice(f.end)) || !CONTENTS_FILLER.test(lines[next.index]!.slice(0, next.start))) return false;
  for (let i = f.index + 1; i < next.index; i++) if (!CONTENTS_FILLER.test(lines[i]!)) return false;
  return true;
}

/**
 * The headings of the report, past a table of contents (目录) if it prints one: when the first
 * CONTENTS_ENTRIES or more headings found have nothing between them but leaders and page
 * numbers, they are its entries, not the parts, which are then looked for again after its last
 * entry. When nothing follows it, the headings stand as found (parts printed with no body).
 */
function headingsPastContents(lines: readonly string[], otherNumbering: boolean): Found[] {
  const found = findHeadings(lines, 0, otherNumbering);
  // A table of contents comes before the report: its entries are the first headings found.
  for (let k = 0; k < CONTENTS_ENTRIES - 1; k++) if (k + 1 >= found.length || !emptyBetween(lines, found[k]!, found[k + 1]!)) return found;
  let last = CONTENTS_ENTRIES - 1;
  while (last + 1 < found.length && emptyBetween(lines, found[last]!, found[last + 1]!)) last++;
  const after = findHeadings(lines, found[last]!.index + 1, otherNumbering);
  return after.length > 0 ? after : found;
}

/** Fewer parts than this found with the form's numbering: try the other numbering too. */
const FEW_PARTS = 3;

/**
 * The report's headings: numbered as the form numbers them; or, when that finds fewer than
 * FEW_PARTS parts and a report's own numbering (`1、总体情况`, `（二）主动公开政府信息情况`) finds
 * more, numbered so.
 */
function headingsOf(lines: readonly string[]): Found[] {
  const found = headingsPastContents(lines, false);
  if (found.length >= FEW_PARTS) return found;
  const other = headingsPastContents(lines, true);
  return other.length > found.length ? other : found;
}

export function splitIntoSections(lines: readonly string[]): Sections {
  const found = headingsOf(lines);
  const parts: Partial<Record<PartNumber, Part>> = {};
  found.forEach((f, k) => {
    const next = found[k + 1];
    const line = lines[f.index]!;
    const sameLine = next?.index === f.index;
    const midLine = f.start > firstPrinted(line);
    const rest = sameLine ? line.slice(f.end, next.start).trim() : midLine ? line.slice(f.end).trim() : restAfter(line, f);
    let body: string[];
    if (sameLine) body = rest ? [rest] : [];
    else {
      // One copy of the lines up to the next heading, from the heading's own line when the rest of
      // it opens the body (its slot then holds the rest).
      body = lines.slice(rest ? f.index : f.index + 1, next?.index ?? lines.length);
      if (rest) body[0] = rest;
      const before = next ? lines[next.index]!.slice(0, next.start).trim() : '';
      if (before !== '') body.push(before);
    }
    parts[f.part] = {
      part: f.part,
      heading: rest || midLine ? line.slice(f.start, f.end).trim() : line.trim(),
      line: f.index + 1,
      body: { firstLine: rest || sameLine ? f.index + 1 : f.index + 2, lines: body },
    };
  });
  const first = found[0];
  const frontLines = lines.slice(0, first?.index ?? lines.length);
  if (first && lines[first.index]!.slice(0, first.start).trim() !== '') frontLines.push(lines[first.index]!.slice(0, first.start).trim());
  return { front: { firstLine: 1, lines: frontLines }, parts, lineCount: lines.length };
}
