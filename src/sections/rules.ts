/**
 * How part headings are printed around their words (catalog/parts.ts): their numbering, the
 * marks an export leaves before them, what may stand before one inside a line, and what a table
 * of contents prints between them.
 */
import { UNITS } from '../catalog/lexicon.js';

/**
 * The numeral and its separator at the start of a heading: `二、`, `二.`, `第二部分`. In a report
 * numbered so, a bracketed numeral `（二）` opens a section inside a part, never a part.
 */
export const NUMERAL_PREFIX = /^第?([一二三四五六])(?:部分)?[、.,:，．]?/;

/**
 * The part numbering some reports use instead of the form's 一、…六、: Arabic numerals (`1、`,
 * `2.`) or bracketed numerals (`（三）`, which a report numbered as the form uses for the sections
 * inside a part). Tried only when the form's numbering finds too few parts (see headingsOf in index.ts).
 */
export const OTHER_NUMERAL_PREFIX = /^(?:([1-6])[、.,:，．]|\(([一二三四五六])\))/;

/** What a table of contents prints between its entries: nothing, dot leaders, page numbers. */
export const CONTENTS_FILLER = /^[\s.．·…‧⋯\-－—_0-9０-９]*$/;

/** A heading is a short line; a longer line starting with a heading runs prose or a table in. */
export const MAX_HEADING_LENGTH = 40;

/** Markdown marks an export may leave before a heading (`#### `, `**`); normalize removes most. */
export const HEADING_MARKS = /^[#*\s]+/;

/**
 * Characters whose NFKC is a part numeral 一…六 (Kangxi radicals ⼀ ⼆, annotation marks ㆒, circled
 * and squared forms ㊀ 🈩, a compatibility ideograph), and those whose NFKC is a numeral's
 * separator 、 or `.` (small and half-width forms): PDF exports print them. Matching works on the
 * NFKC key and needs no list; the cheap test of a raw line before its key is built does.
 * test/sections.test.ts checks both lists against every code point.
 */
export const NUMERAL_FORMS = '⼀㆒㊀🈩⼆㆓㊁🈔㆔㊂🈪㆕㊃㊄㊅\uF9D1';
export const SEPARATOR_FORMS = '︑﹑､․﹒';

/**
 * Inside a line, a numbered heading starts only after the end of something else — never right
 * after a word, so prose that mentions a part does not open one. The numeral needs its separator
 * there. What ends something (ENDS_SOMETHING, on the key, before the numeral and any markdown
 * marks `#`/`*` an export left there):
 * - a number, bare or with its unit (a table's last cell run in: `…0`, `…251000元`, `…48.25万元`);
 * - a sentence end, a colon (`签名：`), a closing bracket or quote, a slash or a dash.
 * The first part may follow anything: on a page run into one line, the title block (`…年度报告`,
 * an organ's name, a date) runs into 一、总体情况, and nothing before it can mention a part.
 */
export const MID_LINE_NUMERAL = /第?([一二三四五六])(?:部分[、.,:，．]?|[、.．])/y;
export const ENDS_SOMETHING = new RegExp(`(?:\\d(?:${UNITS.join('|')})|[\\d。；;！!？?:)\\]）】」』”"’/／\\\\—–-])`);
