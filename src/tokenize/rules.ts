/** The patterns the tokenizer applies, as data. All are matched on NFKC text. */
import { UNITS } from '../catalog/lexicon.js';

/** A number as printed in a cell: sign, digits with `,` or thin-space thousands groups, decimals, unit. */
export const NUMBER = new RegExp(
  `^([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?: \\d{3})+|\\d+)(\\.\\d+)?\\s*(${UNITS.join('|')})?$`,
);

/** Marks printed where a number belongs, meaning "none" or "not applicable". */
export const PLACEHOLDER = /^(?:[/\\]|[-‐‑‒–—―﹣]+|无|空|暂无|没有|\*|×|N\/?A)$/i;

/** Header cells that PDF-to-markdown converters invent; they carry no meaning. */
export const PLACEHOLDER_HEADERS: readonly RegExp[] = [/^数据\d+$/, /^列\d+$/, /^Column\s*\d+$/i, /^表头\d*$/];

/** A markdown table's separator row `|---|:---:|`. */
export const MARKDOWN_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;
/** The longest line MARKDOWN_SEPARATOR is tried on (a thousand columns): its backtracking overflows the stack on millions. */
export const MAX_SEPARATOR_ROW = 4096;

// ── Rows run into one line ──────────────────────────────────────────────────────────────────
// A crawler drops the boundaries between cells, and may print a whole table (headings too) as one
// line: `…其他一、本年新收政府信息公开申请数量801000081二、上年结转…`. The tokenizer takes such a
// cell apart at the digit runs that sit between the end of one label and the start of the next;
// `tables` then cuts each run into the row's cells. The patterns after a run are sticky (`y`):
// they are tried at a position (lastIndex), so a long line is never copied to test them.

/**
 * Where a run of digits inside a text cell may start: a digit, or a sign before one. The run itself
 * (tokenize.ts, digitRunEnd) is digits and single spaces, maybe a decimal part —
 * `\d+(?: \d+)*(?:\.\d+)?` — or a signed number (`-5`, `+3.5`: the 2019 form's 本年增/减), which is
 * one cell and so runs no further. It is scanned by hand: that pattern, matched by a regular
 * expression, overflows the stack on a run of a few million `1 2 3` (the backtracking engine keeps
 * a place for every group it repeats).
 */
export const DIGIT_RUN_START = /[+-]?\d/g;

/**
 * Cells of the 2019 form's part 二 run together with a signed 本年增/减 (`0+11`, `3-12`, `行政许可0+11`):
 * digits, a sign, digits, ending the cell (the key's end). Where such a run starts, or -1. Read
 * from the end, in one pass: a regex searched from every start would take quadratic time on a
 * long line of digits. The sign starts a cell; tables/cutDigits.ts recoverSigned cuts it.
 */
export function signedRunStart(key: string): number {
  const isDigit = (i: number): boolean => {
    const c = key.charCodeAt(i);
    return c >= 48 && c <= 57;
  };
  let i = key.length - 1;
  const after = i;
  while (i >= 0 && isDigit(i)) i--;
  if (i === after) return -1;
  if (key[i] === ' ') i--;
  if (key[i] !== '+' && key[i] !== '-') return -1;
  i--;
  if (key[i] === ' ') i--;
  const before = i;
  while (i >= 0 && isDigit(i)) i--;
  return i === before ? -1 : i + 1;
}

/** What opens a value right after a space that follows another: a digit, or a sign and a digit. */
export const VALUE_START = /[+-]?\d/y;

/** The last character of a label, before its values: a CJK character, a closing bracket or quote. */
export const LABEL_END = /[\u3400-\u9fff)\]】”"’》]/;

/** The first character of a label after a value: a CJK character, an opening bracket or quote. */
export const LABEL_START = /[\u3400-\u9fff(\[【“"‘《]/y;

/**
 * A sub-item number opening the next label (`2.其他法律…`, `3、其他`, `1. 属于…`): glued to
 * the values before it, its digit belongs to the label (`…3632.其他` is 363 then `2.其他`).
 */
export const ITEM_NUMBER = /\d[.、]\s*[\u3400-\u9fff]/y;

/**
 * A row's numbering alone before its numbers (`7.⇥72⇥49…`: a label centred on its numbers, its
 * first words on the line before, `属于 89`), or alone on its line (`3.`, the label's words on the
 * next, as a list LibreOffice numbers prints it): no number ends in a point or 、 before a space
 * or a line's end.
 * Tested on the text after nfkc, as ITEM_NUMBER is (full-width digits and points alike).
 */
export const NUMBERING_THEN_NUMBERS = /^\d[.、](?:\s+\d|\s*$)/;

/**
 * Words after a number that make it prose, not a cell: `2024年`, `发布信息9条，`, `配备1名`.
 * A unit of UNITS right before the end of the text, or before more digits, is a cell's unit.
 */
export const PROSE_AFTER_NUMBER =
  /(?:年|月|日|号|时|分|秒|个|名|位|条|件|项|次|人|家|份|篇|期|场|余|多|万|亿|天|批|起|宗|户|所|种|封|页|台|辆|倍|周|岁|元|米|%|‰)/y;
