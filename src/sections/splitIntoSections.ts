/**
 * lines → the title block and the six parts, found by their headings (headings.ts). Headings are
 * looked for in order: part N is searched after part N−1, so a table row such as
 * `四、结转下年度继续办理` is never taken for the heading of part 四. A heading usually opens its
 * line; on a crawled page it may also stand inside one, and the line is then split between the
 * parts. A table of contents before part 一 is skipped.
 */
import { PARTS, type PartNumber } from '../catalog/parts.js';
import { matchKey } from '../normalize/matchKey.js';
import type { Region } from '../tokens.js';
import { firstPrinted, headingsInKey, type HeadingHit } from './headings.js';
import { mayHoldHeading, mayHoldPhrase } from './prefilter.js';
import { CONTENTS_FILLER, MAX_HEADING_LENGTH } from './rules.js';

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
  /**
   * 1-based line of a second report's part 一 heading, when the text goes on, after the last
   * heading found, with part 一 and at least FEW_PARTS parts again: two reports in one file.
   */
  secondReport?: number;
}


/** What follows a heading on its line; nothing when what is left of the line is short enough to be the heading. */
function restAfter(line: string, hit: HeadingHit): string {
  if (matchKey(line.slice(hit.start)).length <= MAX_HEADING_LENGTH) return '';
  return line.slice(hit.end).trim();
}

/** A heading found: where in the line, and the line (its index in the report, and its text). */
interface Found extends HeadingHit {
  index: number;
  text: string;
}

/** The headings of the lines from `from` on, in order: each the first of a later part than the last found (a part may be missing). */
function findHeadings(lines: readonly string[], from: number, otherNumbering = false): Found[] {
  const found: Found[] = [];
  let last: PartNumber | 0 = 0;
  for (let i = from, line = lines[i]; line !== undefined && last < PARTS.length; line = lines[++i]) {
    if (line === '' || !(otherNumbering ? mayHoldPhrase(line) : mayHoldHeading(line))) continue;
    for (const { part, start, end } of headingsInKey(line, last, otherNumbering)) {
      found.push({ part, start, end, index: i, text: line });
      last = part;
    }
  }
  return found;
}

/** A table of contents lists at least this many parts (all six, as a rule; no report prints four parts with no body). */
const CONTENTS_ENTRIES = 4;


/** Does nothing but CONTENTS_FILLER stand between heading `f` and the next one, `next`? */
function emptyBetween(lines: readonly string[], f: Found, next: Found): boolean {
  if (next.index === f.index) return CONTENTS_FILLER.test(f.text.slice(f.end, next.start));
  if (!CONTENTS_FILLER.test(f.text.slice(f.end)) || !CONTENTS_FILLER.test(next.text.slice(0, next.start))) return false;
  return lines.slice(f.index + 1, next.index).every((line) => CONTENTS_FILLER.test(line));
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
  let [lastEntry] = found;
  let entries = 0;
  for (const next of found) {
    if (lastEntry && next !== lastEntry && !emptyBetween(lines, lastEntry, next)) break;
    lastEntry = next;
    entries++;
  }
  if (entries < CONTENTS_ENTRIES || !lastEntry) return found;
  const after = findHeadings(lines, lastEntry.index + 1, otherNumbering);
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
    const line = f.text;
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
      const before = next ? next.text.slice(0, next.start).trim() : '';
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
  const beforeFirst = first ? first.text.slice(0, first.start).trim() : '';
  if (beforeFirst !== '') frontLines.push(beforeFirst);
  const sections: Sections = { front: { firstLine: 1, lines: frontLines }, parts, lineCount: lines.length };
  // Two reports run together in one file: the parts begin again after the last one found.
  const last = found[found.length - 1];
  const again = last ? findHeadings(lines, last.index + 1) : [];
  const restart = again[0];
  if (again.length >= FEW_PARTS && restart?.part === 1) sections.secondReport = restart.index + 1;
  return sections;
}
