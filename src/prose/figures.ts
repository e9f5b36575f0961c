/**
 * lines → the figures the prose states about the tables (`收到政府信息公开申请75件` on line 12),
 * each with every sum of cells a careful reader would accept for it. The patterns are data
 * (src/catalog/prose.ts); the parse keeps the figures in its layout, and the text-table rule
 * (src/validate/textTable.ts) compares them with the cells.
 */
import {
  ANY_NUMBER,
  BREAKDOWN,
  CARRIED_TO,
  COMPARISON,
  ESTIMATE_AFTER,
  ESTIMATE_BEFORE,
  FIGURE,
  LEAD_FILLER,
  BODY_SUFFIX,
  CUMULATIVE,
  LEVEL_GOVERNMENT,
  MONTH_RANGE,
  NEGATED_CLAIMS,
  OTHER_PERIOD,
  OWN_BODY,
  PROSE_CLAIMS,
  SENTENCE_END,
  SUB_UNIT,
  SUBSET,
  THIS_YEAR,
  UP_TO,
  YEAR,
  type ProseClaim,
  type Reading,
} from '../catalog/prose.js';
import { digitOf } from '../catalog/lexicon.js';
import type { StatedFigure } from '../tokens.js';
import { arabicNumber, chineseNumber, foldDigits, type ProseNumber } from './numbers.js';

/** A line of prose and where the source printed it. */
export interface ProseLine {
  /** 1-based source line. */
  line: number;
  text: string;
  /** The last non-blank line before it, prose or not (a heading such as `（二）依申请公开`). */
  previous?: string;
}

/**
 * The lines of a source that read as prose: a sentence mark (。，；：！？) and no table cells (no tab
 * or pipe after the indentation). Table rows never print sentence marks with their numbers, and
 * the claims need a unit after the number, which table cells do not print either.
 */
export function proseLines(lines: readonly string[]): ProseLine[] {
  const prose: ProseLine[] = [];
  let previous = '';
  lines.forEach((raw, i) => {
    const text = raw.trim();
    if (/[。，；：！？]/.test(text) && !/[\t|｜]/.test(text)) prose.push({ line: i + 1, text, previous });
    if (text !== '') previous = text;
  });
  return prose;
}

/**
 * The matches of a global pattern in the text, as `text.matchAll(pattern)` gives them, without the
 * copy of the pattern matchAll makes on every call (a sentence is read with several patterns, and
 * the copies were a fifth of the prose figures' time). The pattern is left at lastIndex 0.
 */
function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0] === '') pattern.lastIndex++;
      yield m;
    }
  } finally {
    pattern.lastIndex = 0;
  }
}

/**
 * Group i of a match, where the pattern's group i is in no optional part, so it takes part in
 * every match (of its alternative, when the caller knows which matched).
 */
function group(m: RegExpMatchArray, i: number): string {
  const text = m[i];
  if (text === undefined) throw new Error(`group ${i} took no part in the match of ${m[0]}`);
  return text;
}

interface Scope {
  year: number | null;
  organ: string | null;
}

/** Years printed in the words (`2023年`, `二〇二三年`), except a year applications are carried forward to. */
function yearsIn(words: string): number[] {
  const years: number[] = [];
  for (const m of matchesOf(YEAR, words)) {
    if (CARRIED_TO.test(words.slice(0, m.index))) continue;
    // YEAR's two alternatives: the year in digits (group 1) or in numerals (group 2).
    years.push(Number(m[1] ?? [...group(m, 2)].map(digitOf).join('')));
  }
  return years;
}

/** Is a body named in the words (`区司法局`) another than the organ that reports? */
function namesAnotherBody(words: string, organ: string | null): boolean {
  for (const m of matchesOf(BODY_SUFFIX, words)) {
    // {0,12}$ matches everywhere (empty at least): ?? '' never applies.
    const name = /[\u4e00-\u9fa5]{0,12}$/.exec(words.slice(0, m.index))?.[0] ?? '';
    // 我镇, 本局: the organ itself; a lone 镇 or 局 names nobody.
    if (name.length < 2 || OWN_BODY.test(name)) continue;
    // The organ named in full or by its short form (乔官镇 for 昌乐县乔官镇人民政府).
    let own = false;
    for (let start = 0; start <= name.length - 2 && !own; start++) own = organ !== null && organ.includes(name.slice(start) + m[0]);
    if (!own) return true;
  }
  for (const m of matchesOf(LEVEL_GOVERNMENT, words)) {
    const [, place = '', level] = m;
    if (OWN_BODY.test(place)) continue; // 我县政府
    const own = organ !== null && organ.endsWith(`${level}人民政府`) && (place === '' || organ.includes(`${place}${level}`));
    if (!own) return true;
  }
  return false;
}

/** Month numbers as printed (`6`, `六`, `十二`). */
const monthOf = (text: string): number => (/^\d+$/.test(text) ? Number(text) : chineseNumber(text)?.value ?? NaN);

/** Does the sentence, before the figure, name a part of the year or a count since some start? */
function partOfYearOrSince(context: string, scope: Scope): boolean {
  for (const m of matchesOf(MONTH_RANGE, context)) if (!(monthOf(group(m, 1)) === 1 && monthOf(group(m, 2)) === 12)) return true;
  if (!CUMULATIVE.test(context)) return false;
  if (UP_TO.test(context)) return true;
  return !THIS_YEAR.test(context) && !(scope.year !== null && yearsIn(context).includes(scope.year));
}

/** Is the sentence, up to the figure, about another year or period, or another body? */
function outOfScope(context: string, scope: Scope): boolean {
  if (SUB_UNIT.test(context) || OTHER_PERIOD.test(context)) return true;
  if (yearsIn(context).some((y) => y !== scope.year)) return true;
  if (partOfYearOrSince(context, scope)) return true;
  return namesAnotherBody(context, scope.organ);
}

function statedNumber(m: RegExpMatchArray): ProseNumber | null {
  if (m[1] !== undefined) return arabicNumber(m[1], m[2] ?? '');
  // FIGURE's other alternative: a number in numerals (group 5).
  return chineseNumber(group(m, 5));
}

/**
 * A "sentence" longer than this is not prose a person wrote but a table or a damaged export run
 * into one line (the longest sentence in the fixtures' prose is 173 characters): it is not read
 * for figures. Each figure looks back over its sentence, so reading such a line would take time
 * that grows with the square of its length; skipping it keeps the check linear and silent.
 */
const MAX_SENTENCE = 1000;
/** How much of the paragraph before a sentence is read for its topic (the heading line, the line so far). */
const MAX_PARAGRAPH = 2000;

/** Every figure about the tables in the prose, with the readings of the claims its words match. */
export function findFigures(prose: Iterable<ProseLine>, scope: Scope): StatedFigure[] {
  const organ = scope.organ === null ? null : scope.organ.replace(/\s+/g, '');
  const figures: StatedFigure[] = [];
  for (const { line, text: printed, previous = '' } of prose) {
    const text = foldDigits(printed);
    let start = 0;
    for (const sentence of text.split(SENTENCE_END)) {
      if (sentence.length > MAX_SENTENCE) {
        start += sentence.length + 1;
        continue;
      }
      // The paragraph before the sentence: the line before (a heading such as `（二）依申请公开`), and its own line so far.
      const paragraph = `${previous.slice(-MAX_PARAGRAPH)}\n${text.slice(Math.max(0, start - MAX_PARAGRAPH), start)}`;
      figuresInSentence(sentence, line, printed.slice(start, start + sentence.length), paragraph, { year: scope.year, organ }, figures);
      start += sentence.length + 1;
    }
  }
  return figures;
}

/** The claims that count in each unit, in PROSE_CLAIMS' order. */
const claimsByUnit = new Map<string, readonly ProseClaim[]>();
function claimsIn(unit: string): readonly ProseClaim[] {
  let claims = claimsByUnit.get(unit);
  if (claims === undefined) {
    claims = PROSE_CLAIMS.filter((claim) => claim.units.test(unit));
    claimsByUnit.set(unit, claims);
  }
  return claims;
}

/**
 * A pattern that matches somewhere in every sentence a negated claim is stated in: any claim's
 * pattern without its closing `$` (a match at a clause's end is a match in the sentence). A
 * sentence it does not match, most of them, is not cut into clauses and read four times. Null
 * (every sentence is read) when a pattern looks around its match (lookaround, `^`, `\b`, a
 * back-reference) or is not closed by `$`: there the shortcut could skip a statement.
 */
const ANY_NEGATED = anyOf(NEGATED_CLAIMS.map((c) => c.pattern));

export function anyOf(patterns: readonly RegExp[]): RegExp | null {
  const sources: string[] = [];
  for (const { source, flags } of patterns) {
    if (flags !== '' || !source.endsWith('$') || /\(\?[=!<]|(?<!\[)\^|\\[bB1-9k]|\$(?!$)|\\\$$/.test(source)) return null;
    sources.push(`(?:${source.slice(0, -1)})`);
  }
  return new RegExp(sources.join('|'));
}

/**
 * How a claim is stated around a figure: by its words before it (`before`, in the lead without
 * filler), or by a verb ending the printed lead and words after the figure; null when neither.
 * `from`: where the quote starts in the lead (at a verb, after the punctuation before it);
 * `after`: the words after the figure.
 */
function claimAround(claim: ProseClaim, words: string, printedLead: string, tail: string): { from: number; after: string } | null {
  const before = claim.before?.exec(words);
  if (before) return { from: before.index, after: '' };
  const verb = claim.verb?.exec(printedLead);
  const after = verb ? claim.after?.exec(tail) : null;
  if (!verb || !after) return null;
  // A starred pattern matches at 0 everywhere (empty at least): ?? 0 never applies.
  const punctuation = /^[\s，,：:、（(；;]*/.exec(verb[0])?.[0].length ?? 0;
  return { from: verb.index + punctuation, after: after[0] };
}

function figuresInSentence(sentence: string, line: number, printed: string, paragraph: string, scope: Scope, out: StatedFigure[]): void {
  // Where each number ends (a figure's with its unit): a figure's lead starts after the last one before it.
  const figures = [...matchesOf(FIGURE, sentence)];
  const numberEnds: number[] = [];
  if (figures.length > 0) for (const m of matchesOf(ANY_NUMBER, sentence)) numberEnds.push(m.index + m[0].length);
  for (const m of figures) numberEnds.push(m.index + m[0].length);
  numberEnds.sort((a, b) => a - b);

  for (const m of figures) {
    const at = m.index;
    const end = at + m[0].length;
    const approximate = m[3] ?? m[6];
    // FIGURE's unit: group 4 after digits, group 7 after numerals.
    const unit = m[4] ?? group(m, 7);
    if (approximate) continue;
    const stated = statedNumber(m);
    if (!stated) continue;

    let leadStart = 0;
    for (const e of numberEnds) if (e <= at) leadStart = e;
    // A breakdown (其中…, 含…) speaks of its part: the lead starts after the last one.
    let offset = leadStart;
    for (const b of matchesOf(BREAKDOWN, sentence.slice(leadStart, at))) offset = leadStart + b.index + b[0].length;
    const lead = sentence.slice(offset, at);
    const tail = sentence.slice(end);
    const context = sentence.slice(0, at);
    if (ESTIMATE_BEFORE.test(lead) || ESTIMATE_AFTER.test(tail) || COMPARISON.test(lead) || SUBSET.test(lead)) continue;
    if (outOfScope(context, scope)) continue;
    const words = lead.replace(LEAD_FILLER, '');

    const claims: string[] = [];
    const readings: Reading[] = [];
    let quoteStart = at;
    let quoteEnd = end;
    const printedLead = lead.trimEnd();
    for (const claim of claimsIn(unit)) {
      if (claim.not && claim.not.test(lead)) continue;
      const stated = claimAround(claim, words, printedLead, tail);
      if (!stated) continue;
      if (!aboutTopic(claim, sentence.slice(0, end + stated.after.length), paragraph)) continue;
      claims.push(claim.key);
      readings.push(...claim.readings);
      quoteStart = Math.min(quoteStart, offset + stated.from);
      quoteEnd = Math.max(quoteEnd, end + stated.after.length);
    }
    if (claims.length === 0) continue;
    // Only the claims in 万元 take 元 (src/catalog/prose.ts): 12,000元 is 1.2万元.
    const value = unit === '元' ? scaled(stated, 1 / 10_000) : stated;
    out.push({ line, quote: printed.slice(quoteStart, quoteEnd).trim(), value: value.value, tolerance: value.tolerance, claims, readings });
  }

  if (ANY_NEGATED !== null && !ANY_NEGATED.test(sentence)) return;
  const clauses = clausesOf(sentence);
  for (const claim of NEGATED_CLAIMS) {
    for (const clause of clauses) {
      const m = claim.pattern.exec(clause.text);
      if (!m) continue;
      const context = sentence.slice(0, clause.start + m.index);
      if (outOfScope(context, scope)) continue;
      if (!aboutTopic(claim, sentence.slice(0, clause.start + m.index + m[0].length), paragraph)) continue;
      out.push({
        line,
        quote: printed.slice(clause.start + m.index, clause.start + m.index + m[0].length).trim(),
        value: 0,
        tolerance: 0,
        claims: [claim.key],
        readings: [...claim.readings],
      });
    }
  }
}

/**
 * Is the figure about the claim's topic? The sentence up to the figure's words says it, or (where
 * the claim allows) the paragraph before does and the sentence names no other work.
 */
function aboutTopic(claim: Pick<ProseClaim, 'topic' | 'topicIn' | 'offTopic'>, upTo: string, paragraph: string): boolean {
  if (!claim.topic || claim.topic.test(upTo)) return true;
  if (claim.topicIn !== 'paragraph' || claim.offTopic?.test(upTo)) return false;
  return claim.topic.test(paragraph);
}

const scaled = (n: ProseNumber, factor: number): ProseNumber => ({ value: Math.round(n.value * factor * 1e6) / 1e6, tolerance: n.tolerance * factor });

function clausesOf(sentence: string): Array<{ start: number; text: string }> {
  const clauses: Array<{ start: number; text: string }> = [];
  let start = 0;
  for (const part of sentence.split(/[，,：:]/)) {
    clauses.push({ start, text: part.trimEnd() });
    start += part.length + 1;
  }
  return clauses;
}
