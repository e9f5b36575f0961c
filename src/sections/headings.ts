/**
 * The headings in one line: one that opens it (numbered, or unnumbered when it is the whole
 * line) and numbered ones inside it, where a crawled page ran parts into one line
 * (`…3119四、政府信息公开行政复议…`). Each part's words are its phrase in catalog/parts.ts; how
 * headings are numbered and what may stand before one inside a line is in rules.ts.
 */
import { numeralOf, PARTS, type PartNumber } from '../catalog/parts.js';
import { CHINESE_NUMERALS } from '../catalog/lexicon.js';
import { lineIndexOf, lineKey } from './lineKey.js';
import { mayHoldHeading } from './prefilter.js';
import {
  CONTENTS_FILLER,
  ENDING_CODES,
  ENDS_SOMETHING,
  ENDS_SOMETHING_LENGTH,
  HEADING_MARKS,
  MID_LINE_NUMERAL,
  NUMERAL_PREFIX,
  OTHER_MID_LINE_NUMERAL,
  OTHER_NUMERAL_PREFIX,
} from './rules.js';

/** A heading found in a line: which part, and where it starts and ends (indices in the line). */
export interface HeadingHit {
  part: PartNumber;
  start: number;
  end: number;
}

/** MID_LINE_NUMERAL anywhere (group 1: the numeral). */
const MID_LINE_NUMERALS = new RegExp(MID_LINE_NUMERAL.source, 'g');
/** MID_LINE_NUMERAL or OTHER_MID_LINE_NUMERAL anywhere (group 1: the numeral; 2: the Arabic number; 3: the bracketed numeral). */
const ANY_MID_LINE_NUMERALS = new RegExp(`${MID_LINE_NUMERAL.source}|${OTHER_MID_LINE_NUMERAL.source}`, 'g');
/** ENDS_SOMETHING ending at the end of the text it is tested on. */
const ENDS_HERE = new RegExp(`${ENDS_SOMETHING.source}$`);
/**
 * Does something end just before key[p]? Only a character that can end ENDS_SOMETHING can
 * (ENDING_CODES); then ENDS_HERE tells, on the few characters a match spans (`0元`, `5万元`).
 */
function endsBefore(key: string, p: number): boolean {
  if (!ENDING_CODES.has(key.charCodeAt(p - 1))) return false;
  return ENDS_HERE.test(key.slice(Math.max(0, p - ENDS_SOMETHING_LENGTH), p));
}
const isMark = (c: number): boolean => c === 0x23 /* # */ || c === 0x2a; /* * */
/** The first characters of NUMERAL_PREFIX, as code units: 第 and the numerals. */
const NUMERAL_START = new Set(['第', ...PARTS.map((r) => numeralOf(r.part))].map((ch) => ch.charCodeAt(0)));

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
    for (const { part } of PARTS) if (m.groups?.[`part${part}`] !== undefined) return { part, end: from + m[0].length };
    return null;
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
export function headingsInKey(line: string, after: PartNumber | 0, otherNumbering = false): HeadingHit[] {
  const key = lineKey(line);
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
  const marks = isMark(key.charCodeAt(0)) ? (HEADING_MARKS.exec(key)?.[0].length ?? 0) : 0;
  if (key.length - marks >= 4) {
    let numeral = NUMERAL_START.has(key.charCodeAt(marks)) ? numberedAt(key.slice(marks)) : null;
    if (!numeral && otherNumbering) numeral = otherNumberedAt(key.slice(marks, marks + 4));
    const from = marks + (numeral?.length ?? 0);
    const found = phraseAt(key, from, numeral?.numeral ?? null);
    const whole = found && key.slice(found.end).replace(/[#*]+$/, '') === '';
    if (found && found.part > last && (numeral || whole)) {
      if (found.part === 1 && last === 0 && headingFollows(key, found.end)) contents = true;
      else {
        hits.push({ part: found.part, start: lineIndexOf(line, marks), end: lineIndexOf(line, found.end) });
        last = found.part;
      }
    }
  }
  // Each numeral inside the line that MID_LINE_NUMERAL takes (or, with otherNumbering,
  // OTHER_MID_LINE_NUMERAL), once; its heading starts at the marks before it (p), and needs
  // ENDS_SOMETHING before them, unless it opens the first part.
  const numerals = otherNumbering ? ANY_MID_LINE_NUMERALS : MID_LINE_NUMERALS;
  numerals.lastIndex = 1;
  for (let m; (m = numerals.exec(key)); ) {
    numerals.lastIndex = m.index + 1;
    let p = m.index;
    while (p > 0 && isMark(key.charCodeAt(p - 1))) p--;
    const numeral = m[1] ?? (m[2] !== undefined ? CHINESE_NUMERALS[Number(m[2])] : m[3]);
    if (p === 0 || numeral === undefined) continue; // the line's start: taken above
    // An Arabic number run into a digit or a point before it is part of a number (`12.3.`), no heading's.
    if (m[2] !== undefined && /[\d.．]/.test(line.charAt(lineIndexOf(line, p) - 1))) continue;
    const found = phraseAt(key, m.index + m[0].length, numeral);
    if (!found || found.part <= last) continue;
    if (contents && entryEnds(key, found.end)) continue;
    const follows = headingFollows(key, found.end);
    const start = lineIndexOf(line, p);
    // After a word, only the first part: the title block runs into it. Not when another part's
    // heading follows it at once: that is the first entry of contents run into one line. Any
    // part after a space: a report run into one line keeps a space where its lines broke.
    if (!endsBefore(key, p)) {
      if (found.part === 1 && last === 0) {
        if (follows) {
          contents = true;
          continue;
        }
      } else if (!/\s/.test(line.charAt(start - 1))) continue;
    }
    const previous = hits.at(-1);
    if (previous && start < previous.end) continue;
    hits.push({ part: found.part, start, end: lineIndexOf(line, found.end) });
    last = found.part;
  }
  return hits;
}


/** Where the line's first printed character is: past the markdown marks an export left. */
export const firstPrinted = (line: string): number => lineIndexOf(line, HEADING_MARKS.exec(lineKey(line))?.[0].length ?? 0);

/** A part's numbering at the start of a text: how long it is, and the part's numeral. */
interface Numbered {
  length: number;
  numeral: string;
}

/** NUMERAL_PREFIX at the start of `text` (`二、`, `第二部分`). */
function numberedAt(text: string): Numbered | null {
  const m = NUMERAL_PREFIX.exec(text);
  const numeral = m?.[1];
  return m && numeral !== undefined ? { length: m[0].length, numeral } : null;
}

/** OTHER_NUMERAL_PREFIX at the start of `text` (`2、`, `（二）`), the part's number as its numeral. */
function otherNumberedAt(text: string): Numbered | null {
  const m = OTHER_NUMERAL_PREFIX.exec(text);
  if (!m) return null;
  const numeral = m[1] !== undefined ? CHINESE_NUMERALS[Number(m[1])] : m[2];
  return numeral === undefined ? null : { length: m[0].length, numeral };
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
  while (i < key.length && CONTENTS_FILLER.test(key.charAt(i))) i++;
  return i;
}

/** Does a numbered heading (NUMERAL_PREFIX and its phrase) start at key[i]? */
function headingAt(key: string, i: number): boolean {
  const numbered = NUMERAL_START.has(key.charCodeAt(i)) ? numberedAt(key.slice(i, i + 8)) : null;
  return numbered !== null && phraseAt(key, i + numbered.length, numbered.numeral) !== null;
}
