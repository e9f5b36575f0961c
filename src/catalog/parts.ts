/**
 * The six parts of the report, as the form heads them, with the wording real reports use instead.
 * Each phrase is matched on the matchKey of a line (NFKC, no spaces), after the part's numeral
 * (一、…六、) or on a line of its own; sections/ derives its fast pre-filters from these phrases
 * when it loads, so a new wording is a change here only.
 */
import { CHINESE_NUMERALS } from './lexicon.js';

export type PartNumber = 1 | 2 | 3 | 4 | 5 | 6;

export interface PartSpec {
  readonly part: PartNumber;
  /** The heading as the form prints it, for messages. */
  readonly heading: string;
  /** Words that make a line the heading of this part (after the numeral). */
  readonly phrase: RegExp;
}

/** Each part by its number. */
export const PART: Readonly<Record<PartNumber, PartSpec>> = {
  1: { part: 1, heading: '一、总体情况', phrase: /^(?:政府信息公开(?:工作)?(?:的)?)?(?:总体情况|概述|总体概况|基本情况|工作概况)/ },
  2: { part: 2, heading: '二、主动公开政府信息情况', phrase: /^(?:行政机关)?主动公开(?:政府)?信息(?:的)?情况/ },
  3: { part: 3, heading: '三、收到和处理政府信息公开申请情况', phrase: /^(?:行政机关)?收到和处理(?:政府)?信息公开申请(?:的)?情况/ },
  4: {
    part: 4,
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    phrase: /^(?:因)?(?:政府信息公开(?:工作)?)?(?:被申请)?(?:的)?行政复议[、和及与,]*(?:提起)?行政诉讼(?:的)?情况/,
  },
  5: { part: 5, heading: '五、存在的主要问题及改进情况', phrase: /^(?:政府信息公开工作)?存在的?(?:主要)?问题(?:及|和)?(?:改进|整改)?(?:情况|措施)?/ },
  6: { part: 6, heading: '六、其他需要报告的事项', phrase: /^其他需要(?:报告|说明)的?事项/ },
};

const PART_NUMBERS = [1, 2, 3, 4, 5, 6] as const satisfies readonly PartNumber[];

/** The parts in order. */
export const PARTS: readonly PartSpec[] = PART_NUMBERS.map((part) => PART[part]);

/** The numeral that numbers part N: 一 … 六. */
export const numeralOf = (part: PartNumber): string => CHINESE_NUMERALS[part];
