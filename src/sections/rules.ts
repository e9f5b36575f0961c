/**
 * The six part headings as data. Each phrase is matched on the matchKey of a line (NFKC, no
 * spaces), after an optional numeral 一、…六、; variants seen in real reports are listed here.
 */
import { UNITS } from '../tokenize/rules.js';

export type PartNumber = 1 | 2 | 3 | 4 | 5 | 6;

export interface PartRule {
  part: PartNumber;
  numeral: string;
  /** The heading as the form prints it, for messages. */
  heading: string;
  /** Words that make a line the heading of this part (after the numeral). */
  phrase: RegExp;
}

export const PART_RULES: readonly PartRule[] = [
  { part: 1, numeral: '一', heading: '一、总体情况', phrase: /^(?:政府信息公开(?:工作)?(?:的)?)?(?:总体情况|概述|总体概况|基本情况|工作概况)/ },
  { part: 2, numeral: '二', heading: '二、主动公开政府信息情况', phrase: /^(?:行政机关)?主动公开(?:政府)?信息(?:的)?情况/ },
  { part: 3, numeral: '三', heading: '三、收到和处理政府信息公开申请情况', phrase: /^(?:行政机关)?收到和处理(?:政府)?信息公开申请(?:的)?情况/ },
  {
    part: 4,
    numeral: '四',
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    phrase: /^(?:因)?(?:政府信息公开(?:工作)?)?(?:被申请)?(?:的)?行政复议[、和及与,]*(?:提起)?行政诉讼(?:的)?情况/,
  },
  { part: 5, numeral: '五', heading: '五、存在的主要问题及改进情况', phrase: /^(?:政府信息公开工作)?存在的?(?:主要)?问题(?:及|和)?(?:改进|整改)?(?:情况|措施)?/ },
  { part: 6, numeral: '六', heading: '六、其他需要报告的事项', phrase: /^其他需要(?:报告|说明)的?事项/ },
];

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
