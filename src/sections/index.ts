/**
 * lines → the title block and the six parts, found by their headings (sections/rules.ts).
 * Headings are looked for in order: part N is searched after part N−1, so a table row such as
 * `四、结转下年度继续办理` is never taken for the heading of part 四.
 */
import { matchKey } from '../normalize/index.js';
import type { Region } from '../tokens.js';
import { MAX_HEADING_LENGTH, NUMERAL_PREFIX, PART_RULES, type PartNumber } from './rules.js';

export type { PartNumber };

export interface Part {
  part: PartNumber;
  /** The heading as printed. */
  heading: string;
  /** 1-based line of the heading. */
  line: number;
  /** The body: from the line after the heading (or the rest of the heading line when text runs on) to the next heading. */
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

/** Does this line open a part? Numbered headings only, or an exact unnumbered heading. */
export function matchHeading(line: string): HeadingMatch | null {
  const key = matchKey(line);
  if (key.length < 4) return null;
  const numeral = NUMERAL_PREFIX.exec(key);
  const afterNumeral = numeral ? key.slice(numeral[0].length) : key;
  const numeralChar = numeral?.[1] ?? null;
  for (const rule of PART_RULES) {
    if (numeralChar !== null && numeralChar !== rule.numeral) continue;
    const m = rule.phrase.exec(afterNumeral);
    if (!m) continue;
    const rest = afterNumeral.slice(m[0].length);
    if (numeralChar === null && rest.length > 0) continue; // unnumbered: the whole line must be the heading
    if (key.length <= MAX_HEADING_LENGTH) return { part: rule.part, rest: '' };
    return { part: rule.part, rest: restOfLine(line, (numeral?.[0].length ?? 0) + m[0].length) };
  }
  return null;
}

/** The part of `line` after its first `keyLength` matchKey characters. */
function restOfLine(line: string, keyLength: number): string {
  let seen = 0;
  for (let i = 0; i < line.length; i++) {
    if (seen === keyLength) return line.slice(i).trim();
    const k = matchKey(line[i]!);
    seen += k.length;
  }
  return '';
}

export function splitIntoSections(lines: readonly string[]): Sections {
  const found: Array<{ part: PartNumber; index: number; rest: string }> = [];
  let next = 0;
  for (let i = 0; i < lines.length && next < PART_RULES.length; i++) {
    const m = matchHeading(lines[i]!);
    if (!m) continue;
    // Take the first heading of a later part than the last one found (a part may be missing).
    if (m.part > (found.at(-1)?.part ?? 0)) {
      found.push({ part: m.part, index: i, rest: m.rest });
      next = m.part;
    }
  }
  const parts: Partial<Record<PartNumber, Part>> = {};
  found.forEach((f, k) => {
    const end = found[k + 1]?.index ?? lines.length;
    const bodyLines = f.rest ? [f.rest, ...lines.slice(f.index + 1, end)] : lines.slice(f.index + 1, end);
    parts[f.part] = {
      part: f.part,
      heading: lines[f.index]!.trim(),
      line: f.index + 1,
      body: { firstLine: f.rest ? f.index + 1 : f.index + 2, lines: bodyLines },
    };
  });
  const frontEnd = found[0]?.index ?? lines.length;
  return { front: { firstLine: 1, lines: lines.slice(0, frontEnd) }, parts, lineCount: lines.length };
}
