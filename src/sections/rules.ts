/**
 * How part headings are printed around their words (catalog/parts.ts): their numbering, the
 * marks an export leaves before them, what may stand before one inside a line, and what a table
 * of contents prints between them.
 */
import { UNITS } from '../catalog/lexicon.js';
import { numeralOf, PARTS } from '../catalog/parts.js';

/** The characters of a string as a regex character class's contents, escaped. */
export const inClass = (chars: string): string => chars.replace(/[\\\]^-]/g, '\\$&');

/** The part numerals, 一 … 六, and the part numbers, 1 … 6. */
const NUMERALS = inClass(PARTS.map((p) => numeralOf(p.part)).join(''));
const NUMBERS = PARTS.map((p) => p.part).join('');

/** What may follow a part's numeral at the start of a heading: `二、`, `二.`, `二：`. */
export const SEPARATORS = '、.,:，．';
/** Inside a line, what must follow a numeral (when 部分 does not) for a heading to start there. */
export const MID_LINE_SEPARATORS = '、.．';

/**
 * The numeral and its separator at the start of a heading: `二、`, `二.`, `第二部分`. In a report
 * numbered so, a bracketed numeral `（二）` opens a section inside a part, never a part.
 */
export const NUMERAL_PREFIX = new RegExp(`^第?([${NUMERALS}])(?:部分)?[${inClass(SEPARATORS)}]?`);

/**
 * The part numbering some reports use instead of the form's 一、…六、: Arabic numerals (`1、`,
 * `2.`) or bracketed numerals (`（三）`, which a report numbered as the form uses for the sections
 * inside a part). Tried only when the form's numbering finds too few parts (see headingsOf in
 * splitIntoSections.ts).
 */
export const OTHER_NUMERAL_PREFIX = new RegExp(`^(?:([${NUMBERS}])[${inClass(SEPARATORS)}]|\\(([${NUMERALS}])\\))`);

/**
 * OTHER_NUMERAL_PREFIX inside a line (group 1: the Arabic number, group 2: the bracketed
 * numeral), as MID_LINE_NUMERAL is for the form's numbering: a report numbered so and run into
 * one line (`…见附件。 3. 行政机关收到和处理政府信息公开申请情况`). The number needs its
 * separator; headings.ts also wants no digit or point right before it, so `12.3.` is no heading.
 */
export const OTHER_MID_LINE_NUMERAL = new RegExp(`([${NUMBERS}])[${inClass(MID_LINE_SEPARATORS)}]|\\(([${NUMERALS}])\\)`, 'y');

/** What a table of contents prints between its entries: nothing, dot leaders, page numbers. */
export const CONTENTS_FILLER = /^[\s.．·…‧⋯\-－—_0-9０-９]*$/;

/** A heading is a short line; a longer line starting with a heading runs prose or a table in. */
export const MAX_HEADING_LENGTH = 40;

/** Markdown marks an export may leave before a heading (`#### `, `**`); normalize removes most. */
export const HEADING_MARKS = /^[#*\s]+/;

/**
 * Inside a line, a numbered heading starts only after the end of something else — never right
 * after a word, so prose that mentions a part does not open one. The numeral needs its separator
 * there. What ends something (ENDS_SOMETHING, on the key, before the numeral and any markdown
 * marks `#`/`*` an export left there):
 * - a number, bare or with its unit (a table's last cell run in: `…0`, `…251000元`, `…48.25万元`);
 * - a sentence end, a colon (`签名：`), a closing bracket or quote, a slash or a dash (ENDINGS).
 * The first part may follow anything: on a page run into one line, the title block (`…年度报告`,
 * an organ's name, a date) runs into 一、总体情况, and nothing before it can mention a part.
 */
export const MID_LINE_NUMERAL = new RegExp(`第?([${NUMERALS}])(?:部分[${inClass(SEPARATORS)}]?|[${inClass(MID_LINE_SEPARATORS)}])`, 'y');
const ENDINGS = '。；;！!？?:)]）】」』”"’/／\\—–-';
export const ENDS_SOMETHING = new RegExp(`(?:\\d(?:${UNITS.join('|')})|[\\d${inClass(ENDINGS)}])`);

/** The characters that may end an ENDS_SOMETHING match, as code units: a digit, an ending, a unit's last character. */
export const ENDING_CODES: ReadonlySet<number> = new Set([...'0123456789', ...ENDINGS, ...UNITS.map((u) => u.slice(-1))].map((ch) => ch.charCodeAt(0)));

/** The most characters an ENDS_SOMETHING match spans: a digit and the longest unit. */
export const ENDS_SOMETHING_LENGTH = 1 + Math.max(...UNITS.map((u) => u.length));
