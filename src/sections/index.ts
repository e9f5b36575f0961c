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
  NUMERAL_PREFIX,
  PART_RULES,
  type PartNumber,
} from './rules.js';

export type { PartNumber };
export { PART_RULES };

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

/** A line's matchKey with, for each of its characters, the index in the line it comes from. */
function keyWithIndex(line: string): { key: string; at: number[] } {
  let key = '';
  const at: number[] = [];
  for (let i = 0; i < line.length; ) {
    const ch = String.fromCodePoint(line.codePointAt(i)!);
    const folded = matchKeyChar(ch);
    for (let j = 0; j < folded.length; j++) at.push(i);
    key += folded;
    i += ch.length;
  }
  at.push(line.length);
  return { key, at };
}

/**
 * Every phrase of PART_RULES holds one of 况 述 题 项 (情况, 概述, 概况, 问题, 事项). A line with
 * none of them, nor U+FA71 / U+2F81B (the only characters whose NFKC is one of them, checked over
 * every code point), holds no heading: headingsIn returns before building the line's key.
 */
const HEADING_HINT = /[况述题项\uFA71\u{2F81B}]/u;

/** A heading found in a line: which part, and where it starts and ends (indices in the line). */
export interface HeadingHit {
  part: PartNumber;
  start: number;
  end: number;
}

const NUMERAL_START = new Set(['第', ...PART_RULES.map((r) => r.numeral)]);
const NUMERAL_CLASS = `[${PART_RULES.map((r) => r.numeral).join('')}]`;
/** In the raw line: a numeral at its start, or a numeral then a separator anywhere (NFKC forms included). */
const NUMBERED_IN_LONG_LINE = new RegExp(`^[#*\\s]*第?${NUMERAL_CLASS}|${NUMERAL_CLASS}\\s*(?:部\\s*分)?\\s*[、.．。,，:：]`);

/** The part whose heading phrase follows `numeral` at `key[from]`, and the phrase's end. */
function phraseAt(key: string, from: number, numeral: string | null): { part: PartNumber; end: number } | null {
  const text = key.slice(from);
  for (const rule of PART_RULES) {
    if (numeral !== null && numeral !== rule.numeral) continue;
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
  if (!HEADING_HINT.test(line)) return [];
  // A heading is numbered, or is a whole short line: a longer line holds one only where a numeral
  // opens it or stands before a separator (as MID_LINE_NUMERAL needs); prose `一是…二是…` has neither.
  if (line.length > MAX_HEADING_LENGTH && !NUMBERED_IN_LONG_LINE.test(line) && line.replace(/[\s#*]/g, '').length > MAX_HEADING_LENGTH) return [];
  const { key, at } = keyWithIndex(line);
  const hits: HeadingHit[] = [];
  let last: number = after;
  const marks = HEADING_MARKS.exec(key)?.[0].length ?? 0;
  if (key.length - marks >= 4) {
    const numeral = NUMERAL_PREFIX.exec(key.slice(marks));
    const from = marks + (numeral?.[0].length ?? 0);
    const found = phraseAt(key, from, numeral?.[1] ?? null);
    const whole = found && key.slice(found.end).replace(/[#*]+$/, '') === '';
    if (found && found.part > last && (numeral || whole)) {
      hits.push({ part: found.part, start: at[marks]!, end: at[found.end]! });
      last = found.part;
    }
  }
  for (let p = Math.max(1, marks); p < key.length; p++) {
    if (!NUMERAL_START.has(key[p]!) || !ENDS_SOMETHING.test(key[p - 1]!)) continue;
    MID_LINE_NUMERAL.lastIndex = p;
    const numeral = MID_LINE_NUMERAL.exec(key);
    if (!numeral) continue;
    const found = phraseAt(key, p + numeral[0].length, numeral[1]!);
    if (!found || found.part <= last || (hits.length > 0 && at[p]! < hits.at(-1)!.end)) continue;
    hits.push({ part: found.part, start: at[p]!, end: at[found.end]! });
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

const firstPrinted = (line: string): number => {
  const { key, at } = keyWithIndex(line);
  return at[HEADING_MARKS.exec(key)?.[0].length ?? 0]!;
};

/** What follows a heading on its line; nothing when what is left of the line is short enough to be the heading. */
function restAfter(line: string, hit: HeadingHit): string {
  if (matchKey(line.slice(hit.start)).length <= MAX_HEADING_LENGTH) return '';
  return line.slice(hit.end).trim();
}

interface Found extends HeadingHit {
  index: number;
}

export function splitIntoSections(lines: readonly string[]): Sections {
  const found: Found[] = [];
  for (let i = 0; i < lines.length && (found.at(-1)?.part ?? 0) < PART_RULES.length; i++) {
    // Take the first heading of a later part than the last one found (a part may be missing).
    for (const hit of headingsIn(lines[i]!, found.at(-1)?.part ?? 0)) found.push({ ...hit, index: i });
  }
  const parts: Partial<Record<PartNumber, Part>> = {};
  found.forEach((f, k) => {
    const next = found[k + 1];
    const line = lines[f.index]!;
    const sameLine = next?.index === f.index;
    const midLine = f.start > firstPrinted(line);
    const rest = sameLine ? line.slice(f.end, next.start).trim() : midLine ? line.slice(f.end).trim() : restAfter(line, f);
    let body: string[] = rest ? [rest] : [];
    if (!sameLine) {
      body = body.concat(lines.slice(f.index + 1, next?.index ?? lines.length));
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
