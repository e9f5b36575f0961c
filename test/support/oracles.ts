/**
 * The general paths the fast ones must agree with, written plainly, one character or one line at
 * a time, from the rules (they are how normalize and sections were first written). The property
 * tests in normalize.test.ts and sections.test.ts compare the fast code against them on random
 * text made of the characters that matter. Not used by src/.
 */
import { matchKeyChar } from '../../src/normalize/matchKey.js';
import { UNITS } from '../../src/catalog/lexicon.js';
import { numeralOf, PARTS, type PartNumber } from '../../src/catalog/parts.js';
import { CONTENTS_FILLER, HEADING_MARKS, MAX_HEADING_LENGTH, MID_LINE_NUMERAL, NUMERAL_PREFIX } from '../../src/sections/rules.js';

// ── normalize: each line on its own ───────────────────────────────────────────────────────────

const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060\u00AD\u180E]/g;
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const HTML_SPACE = /<\/?br[ \t]{0,8}\/?>|&(?:nbsp|ensp|emsp|thinsp|#160|#x0*a0|#12288|#x0*3000);/gi;
const ARTEFACT = /\[(?:bookmark|image|_Toc|_Hlk)[^\]\n]{0,200}\]|\{#[^}\n]{0,200}\}/gi;
const PAGE_NUMBER =
  /^\s*(?:[-－—–]\s*[0-9０-９]{1,4}\s*[-－—–]|第\s*[0-9０-９]{1,4}\s*页(?:\s*[,，]?\s*共\s*[0-9０-９]{1,4}\s*页)?|[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4})\s*$/;

export function oracleNormalizeLine(line: string): string {
  const s = line
    .replace(/\f/g, '')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACE, ' ')
    .replace(HTML_SPACE, ' ')
    .replace(ARTEFACT, '')
    .replace(/\\(?=\s|$|[!-/:-@[-`{-~])/g, '')
    .replace(/[│┃║┆┇┊┋╎╏]/g, '|')
    .replace(/^\s*#{1,6}\s*/, '')
    .replace(/\*\*|__/g, '')
    .trimEnd();
  return s.trimStart().length <= 40 && PAGE_NUMBER.test(s) ? '' : s;
}

export const oracleNormalize = (text: string): string[] => text.split(/\r\n|\r|\n/).map(oracleNormalizeLine);

// ── sections: a line's headings, by its per-character key ─────────────────────────────────────

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

function phraseAt(key: string, from: number, numeral: string | null): { part: PartNumber; end: number } | null {
  for (const rule of PARTS) {
    if (numeral !== null && numeral !== numeralOf(rule.part)) continue;
    const m = rule.phrase.exec(key.slice(from));
    if (m) return { part: rule.part, end: from + m[0].length };
  }
  return null;
}

const NUMERAL_START = new Set(['第', ...PARTS.map((r) => numeralOf(r.part))]);

/** Characters that end something before a heading inside a line (sections/rules.ts), one by one. */
const ENDS_SOMETHING_CHAR = /[0-9。；;！!？?:)\]）】」』”"’/／\\—–-]/;

/**
 * headingsIn from its rules, one character at a time, with no pre-filter: a key for every line; a
 * heading is numbered, or unnumbered and the whole of a short line.
 */
export function oracleHeadingsIn(line: string, after: PartNumber | 0 = 0): Array<{ part: PartNumber; start: number; end: number }> {
  const { key, at } = keyWithIndex(line);
  const hits: Array<{ part: PartNumber; start: number; end: number }> = [];
  let last: number = after;
  // Another part's heading right after `end` (past leaders and page numbers): an entry of contents.
  const pastFiller = (end: number): string => {
    let i = end;
    while (i < key.length && CONTENTS_FILLER.test(key[i]!)) i++;
    return key.slice(i);
  };
  const contentsEntry = (end: number): boolean => {
    const next = pastFiller(end);
    const n = NUMERAL_PREFIX.exec(next);
    return n !== null && phraseAt(next, n[0].length, n[1]!) !== null;
  };
  // Nothing but leaders and page numbers to the end of the line, or up to another heading.
  const entryEnds = (end: number): boolean => pastFiller(end) === '' || contentsEntry(end);
  let contents = false;
  const marks = HEADING_MARKS.exec(key)?.[0].length ?? 0;
  if (key.length - marks >= 4) {
    const numeral = NUMERAL_PREFIX.exec(key.slice(marks));
    const from = marks + (numeral?.[0].length ?? 0);
    const found = phraseAt(key, from, numeral?.[1] ?? null);
    const whole = found && key.slice(found.end).replace(/[#*]+$/, '') === '' && line.replace(/[\s#*]/g, '').length <= MAX_HEADING_LENGTH;
    if (found && found.part > last && (numeral || whole)) {
      if (found.part === 1 && last === 0 && contentsEntry(found.end)) contents = true;
      else {
        hits.push({ part: found.part, start: at[marks]!, end: at[found.end]! });
        last = found.part;
      }
    }
  }
  for (let n = 1; n < key.length; n++) {
    if (!NUMERAL_START.has(key[n]!)) continue;
    MID_LINE_NUMERAL.lastIndex = n;
    const numeral = MID_LINE_NUMERAL.exec(key);
    if (!numeral) continue;
    // The heading starts at the markdown marks before the numeral, if any; what ends before them?
    let p = n;
    while (p > 0 && (key[p - 1] === '#' || key[p - 1] === '*')) p--;
    if (p === 0) continue;
    const before = key.slice(0, p);
    const endsSomething = ENDS_SOMETHING_CHAR.test(before.at(-1)!) || UNITS.some((u) => new RegExp(`\\d${u}$`).test(before));
    const found = phraseAt(key, n + numeral[0].length, numeral[1]!);
    if (!found || found.part <= last) continue;
    if (contents && entryEnds(found.end)) continue;
    const follows = contentsEntry(found.end);
    if (!endsSomething) {
      if (found.part !== 1 || last !== 0) continue;
      if (follows) {
        contents = true;
        continue;
      }
    }
    if (hits.length > 0 && at[p]! < hits.at(-1)!.end) continue;
    hits.push({ part: found.part, start: at[p]!, end: at[found.end]! });
    last = found.part;
  }
  return hits;
}
