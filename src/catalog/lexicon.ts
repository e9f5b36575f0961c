/**
 * The words the form's numbers are printed with: the units after a count or an amount, and the
 * Chinese numerals that number the parts and write dates.
 */

/** Units printed after a number in a cell: `12件`, `251000元`, `3.5万元`. */
export const UNITS = ['件', '个', '条', '次', '项', '人次', '人', '家', '份', '篇', '万元', '元', '亿元'] as const;

/** The unit the form gives amounts in (part 二's 收费金额 and 采购总金额). */
export const AMOUNT_UNIT = '万元';
/** A unit noted after a column's header, as a matchKey (`本年收费金额（单位：万元）` → `(单位:万元)`): the header is the same without it. */
export const UNIT_NOTE = /\(单位[:：][^)]*\)$/u;
/** The same unit note as printed, before matchKey (`（单位：万元）`, `(单位: 元)`), for messages that quote it. */
export const UNIT_NOTE_PRINTED = /[（(]\s*单位\s*[：:][^）)]*[）)]\s*$/u;

/** The Chinese numeral of each digit, 〇 … 九 (二〇二五年, and the parts 一 … 六). */
export const CHINESE_NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** The digit a Chinese numeral stands for in a date (零 is 0, as 〇 is). */
export const digitOf = (numeral: string): number => Math.max(0, CHINESE_NUMERALS.findIndex((n) => n === numeral));

/**
 * How the form numbers a row label or a group of rows, at the start of the label's matchKey:
 * `(三)`, `三、`, `1.`, `2、`. A piece of label that opens so starts a label (a group's, or a
 * row's); a piece that does not is the rest of a label wrapped over lines.
 */
const NUMERALS = `${CHINESE_NUMERALS.join('')}十`;
/** A row's numbering of digits (`1.`, `2、`), wherever it stands: from a run of digits' start only (see ROW_NUMBERING_ANYWHERE). */
export const DIGIT_NUMBERING = /(?<!\d)\d+[.、]/;
export const ROW_NUMBERING = new RegExp(`^(?:\\([${NUMERALS}]+\\)|[${NUMERALS}]+、|${DIGIT_NUMBERING.source})`);

/** A piece of label (its matchKey) that is a row numbering and nothing else (`（七）`, `3.`). */
export const ROW_NUMBERING_ALONE = new RegExp(`${ROW_NUMBERING.source}$`);
/** A part's numbering alone (`四、`): where a row has one (四、结转下年度继续办理), it is that row's only. */
export const PART_NUMBERING_ALONE = new RegExp(`^[${NUMERALS}]+、$`);

/** The most digits of a row's numbering printed after its label's words (`要求5.`, `属于国家秘密1.`): no part numbers more than eight rows. */
export const MOST_NUMBERING_DIGITS = 2;
/**
 * A cell of a label's first words, a few, and then its numbering (`要求5.`: pdftotext -layout of a
 * label's first line at a page's top, its numbering's glyphs drawn a little lower). `$2$1` puts the
 * numbering first, where it opens the label.
 */
export const NUMBERING_AFTER_WORDS = new RegExp(`^(\\p{Script=Han}{1,4})\\s*(\\d{1,${MOST_NUMBERING_DIGITS}}[.．])$`, 'u');

/** A group's numbering at a text's start (`(六)` of `(六)其他处理`, matchKeys). */
export const GROUP_NUMBERING_AT_START = new RegExp(`^\\([${NUMERALS}]+\\)`);

/** A group's numbering at a text's end, its bracket maybe unclosed (`(六`, `(六)`: 取信息 （六, a label wrapped in its column). */
export const GROUP_NUMBERING_AT_END = new RegExp(`\\([${NUMERALS}]+\\)?$`);

/**
 * ROW_NUMBERING anywhere in a text. A run of numerals or digits is tried from its start only (the
 * leftmost match starts there anyway): unanchored, `\d+[.、]` tried a run of 375,000 digits glued to
 * a label from each of its digits, in quadratic time (75 s).
 */
export const ROW_NUMBERING_ANYWHERE = new RegExp(`\\([${NUMERALS}]+\\)|(?<![${NUMERALS}])[${NUMERALS}]+、|${DIGIT_NUMBERING.source}`);
