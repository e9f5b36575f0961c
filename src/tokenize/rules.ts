/** The patterns the tokenizer applies, as data. All are matched on NFKC text. */

/** Units printed after a number in a cell: `12件`, `251000元`, `3.5万元`. */
export const UNITS = ['件', '个', '条', '次', '项', '人次', '人', '家', '份', '篇', '万元', '元', '亿元'] as const;

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

/**
 * A label with digits glued to its end, as a crawler leaves a row whose cell boundaries vanished:
 * `一、本年新收政府信息公开申请数量801000081`, `（七）总计20 0 00 0 121`. Group 1 is the label
 * (ending in a CJK character or a closing bracket), group 2 the digits and spaces.
 */
export const LABEL_WITH_DIGITS = /^(.*[\u3400-\u9fff)\]】”"])\s*(\d(?:[\d ]*\d)?)$/;
