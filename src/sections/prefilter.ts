/**
 * Cheap tests of a raw line that tell, before its matchKey is built, that it holds no heading.
 * Derived from the rules when the module loads (the phrases of catalog/parts.ts, the numbering of
 * rules.ts), never written by hand: a new heading wording is found without touching this file.
 *
 * A test here may let through lines that hold no heading (the rules then say no); it must never
 * stop one that does. The rules match the NFKC key of a line with its spaces removed, so a test of
 * the raw line allows white space between characters, and lets through any character that NFKC
 * may fold into one it looks for (foldingInto).
 */
import { numeralOf, PARTS } from '../catalog/parts.js';
import { inClass, MAX_HEADING_LENGTH, MID_LINE_SEPARATORS, SEPARATORS } from './rules.js';

/**
 * Where the characters are whose NFKC is not themselves and holds a CJK ideograph, or starts with
 * a punctuation mark: radicals, compatibility ideographs, enclosed and squared forms, small,
 * vertical, half- and full-width forms, leaders. A Unicode fact, checked against every code point
 * by test/sections.test.ts.
 */
export const COMPATIBILITY_BLOCKS: ReadonlyArray<readonly [first: number, last: number]> = [
  [0x2024, 0x2026],
  [0x2a74, 0x2a76],
  [0x2e80, 0x2fdf],
  [0x3038, 0x303a],
  [0x3190, 0x33ff],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6b],
  [0xff01, 0xff65],
  [0x1f200, 0x1f2ff],
  [0x2f800, 0x2fa1f],
];

/**
 * For each character, the characters of COMPATIBILITY_BLOCKS whose NFKC holds it and is not
 * themselves: 一 ← ⼀ ㆒ ㈠ ㊀ 🈩 ….
 */
const FOLDED_FROM: ReadonlyMap<string, readonly string[]> = (() => {
  const from = new Map<string, string[]>();
  for (const [first, last] of COMPATIBILITY_BLOCKS) {
    for (let cp = first; cp <= last; cp++) {
      const form = String.fromCodePoint(cp);
      const key = form.normalize('NFKC');
      if (key === form) continue;
      for (const ch of key) {
        const forms = from.get(ch);
        if (!forms) from.set(ch, [form]);
        else if (forms.at(-1) !== form) forms.push(form);
      }
    }
  }
  return from;
})();

/**
 * The characters of `chars` as a regex character class that also takes every character whose
 * key holds one of them (⼀ for 一, and ㈠, whose key is `(一)`): on a raw line, it finds every
 * character whose key may hold one of `chars`. A lone character stands as itself, escaped.
 */
function foldingInto(chars: string): string {
  const forms = [...chars].flatMap((ch) => FOLDED_FROM.get(ch) ?? []);
  const all = chars + forms.join('');
  return [...all].length === 1 ? all.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : `[${inClass(all)}]`;
}

const isIdeograph = (ch: string): boolean => /[\u3400-\u9fff]/.test(ch);

/**
 * What every match of a pattern must hold, as alternatives: each a list of runs of CJK ideographs
 * that all appear in the match (with nothing between their characters). Null when some match
 * needs none (the pattern cannot be pre-filtered by its words). Reads the syntax the catalog's
 * phrases use; anything else counts as holding nothing, which only makes the test weaker.
 */
export function requiredRuns(pattern: RegExp): string[][] | null {
  const source = pattern.source;
  let at = 0;

  const alternation = (): string[][] => {
    const alternatives: string[][] = [];
    for (;;) {
      for (const a of sequence()) alternatives.push(a);
      if (source[at] !== '|') return alternatives;
      at++;
    }
  };

  /** The alternatives of a sequence of atoms, up to `|` or `)`. */
  const sequence = (): string[][] => {
    let alternatives: string[][] = [[]];
    let run = '';
    const endRun = (): void => {
      if (run !== '') alternatives = alternatives.map((a) => [...a, run]);
      run = '';
    };
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const atom = nextAtom();
      const least = quantifier();
      if (least === 0 || atom.kind === 'other') {
        endRun();
        continue;
      }
      if (atom.kind === 'char') {
        if (isIdeograph(atom.char)) run += atom.char;
        else endRun();
        if (least !== 1) endRun(); // repeated: what follows is not next to it
        continue;
      }
      endRun();
      alternatives = alternatives.flatMap((a) => atom.alternatives.map((g) => [...a, ...g]));
    }
    endRun();
    return alternatives;
  };

  type Atom = { kind: 'char'; char: string } | { kind: 'group'; alternatives: string[][] } | { kind: 'other' };

  const nextAtom = (): Atom => {
    const c = source[at++] ?? '';
    if (c === '(') {
      let lookaround = false;
      if (source[at] === '?') {
        const kind = source[at + 1];
        if (kind === ':') at += 2;
        else if (kind === '<' && source[at + 2] !== '=' && source[at + 2] !== '!') at = source.indexOf('>', at) + 1;
        else lookaround = true;
      }
      const inner = alternation();
      at++; // ')'
      return lookaround ? { kind: 'other' } : { kind: 'group', alternatives: inner };
    }
    if (c === '[') {
      while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
      at++;
      return { kind: 'other' };
    }
    if (c === '\\') {
      const e = source[at++] ?? '';
      return /[a-zA-Z0-9]/.test(e) ? { kind: 'other' } : { kind: 'char', char: e };
    }
    if (c === '^' || c === '$') return { kind: 'other' };
    if (c === '.') return { kind: 'other' };
    return { kind: 'char', char: c };
  };

  /** The least count of the quantifier at `at` (1 when none), past it. */
  const quantifier = (): number => {
    const c = source[at];
    let least = 1;
    if (c === '?' || c === '*') {
      least = 0;
      at++;
    } else if (c === '+') at++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(at));
      if (m) {
        least = Number(m[1]);
        at += m[0].length;
      }
    }
    if (source[at] === '?') at++; // lazy
    return least;
  };

  const alternatives = alternation();
  return alternatives.some((a) => a.length === 0) ? null : alternatives;
}

/**
 * The words a heading's line must hold: for each phrase's alternatives, its last run of required
 * ideographs (a heading ends with its noun: 情况, 问题, 事项), white space allowed between their
 * characters, each character or one NFKC folds into it. A run that holds another is dropped:
 * the shorter finds every line the longer does. Null (no test) when some phrase needs no word.
 */
function headingHint(): RegExp | null {
  const runs = new Set<string>();
  for (const { phrase } of PARTS) {
    const alternatives = requiredRuns(phrase);
    if (!alternatives) return null;
    for (const a of alternatives) runs.add(a.at(-1) ?? '');
  }
  const minimal = [...runs].filter((run) => ![...runs].some((other) => other !== run && run.includes(other)));
  return new RegExp(minimal.map((run) => [...run].map(foldingInto).join('\\s*')).join('|'), 'u');
}

const HEADING_HINT = headingHint();

/** Does the line hold the words some heading needs? */
export const mayHoldPhrase = (line: string): boolean => HEADING_HINT === null || HEADING_HINT.test(line);

/** A part's numeral in the raw line: itself, or a character NFKC may fold into it. */
const RAW_NUMERAL = foldingInto(PARTS.map((p) => numeralOf(p.part)).join(''));

/**
 * In the raw line, what NUMERAL_PREFIX or MID_LINE_NUMERAL needs in its key: a numeral at the
 * start (after marks), or a numeral followed by 部分 or by a separator anywhere.
 */
const NUMBERED_IN_LONG_LINE = new RegExp(
  `^[#*\\s]*第?${RAW_NUMERAL}|${RAW_NUMERAL}\\s*(?:部\\s*分|${foldingInto(SEPARATORS + MID_LINE_SEPARATORS)})`,
  'u',
);

/**
 * Can the line hold a heading? A heading is numbered, or is a whole short line: a longer line
 * holds one only where a numeral opens it or stands before a separator (as MID_LINE_NUMERAL
 * needs); prose `一是…二是…` has neither.
 */
export function mayHoldHeading(line: string): boolean {
  if (!mayHoldPhrase(line)) return false;
  return line.length <= MAX_HEADING_LENGTH || NUMBERED_IN_LONG_LINE.test(line) || line.replace(/[\s#*]/g, '').length <= MAX_HEADING_LENGTH;
}
