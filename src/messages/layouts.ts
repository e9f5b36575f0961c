/**
 * The sentences of the diagnostics about layouts that conversions damage (issue 16): rows printed
 * apart from their numbers, a row printed twice of which one print is no row, a part found by its
 * table rather than its heading. English and Chinese side by side, in the shape of a catalog
 * (params.ts `Messages`): en.ts takes the English; a Chinese catalog takes the Chinese.
 */
import type { Messages, PairedBy, PairingReason } from './params.js';

type LayoutMessage =
  | 'heading-not-found'
  | 'recovered-digits.agreed'
  | 'duplicate-row.unread'
  | 'ambiguous-pairing'
  | 'ambiguous-pairing.unlabelled'
  | 'ambiguous-pairing.headed'
  | 'recovered-pairing';

type Catalog = Pick<Messages, LayoutMessage>;

const lines = (n: number): string => `${n} ${n === 1 ? 'line' : 'lines'}`;
const labels = (n: number): string => `${n} ${n === 1 ? 'label' : 'labels'}`;

const EN_UNLABELLED: Readonly<Record<PairingReason, string>> = {
  count: 'they do not pair one to one with those rows',
  readings: 'they read more than one way',
  arithmetic: "the table's column rules cannot confirm which row is which (or a row they need could not be read)",
};

const EN_PAIRED: Readonly<Record<PairedBy, string>> = {
  rows: 'paired one to one in the form’s order',
  columns: 'read column by column (one number a line, column after column)',
  position: 'placed by position',
};

const en: Catalog = {
  'recovered-digits.agreed': (p) =>
    `row “${p.row}” printed its cells run together with the rest of the table (“${p.printed}”); ${p.cuts} cuts of the whole run fit the arithmetic, and every one of them gives this row ${p.read.map((v) => v ?? '–').join(', ')}: read so`,
  'heading-not-found': (p) => `the heading of part “${p.heading}” was not found; the part was found by its table, which starts here`,
  'duplicate-row.unread': (p) =>
    `row “${p.row}” is printed here without the values of a row (a header line, or values that are not its cells), and again on line ${p.kept}, which is read instead`,
  'ambiguous-pairing': (p) => {
    const printed = `row “${p.row}” is printed apart from its numbers: ${labels(p.labels)}, then ${lines(p.lines)} of numbers (${p.values} in all)`;
    if (p.reason === 'count') return `${printed}, which do not pair one to one; which numbers are this row's cannot be told, so its values are left null`;
    if (p.reason === 'readings') return `${printed}, which read more than one way (row by row, column by column), and nothing tells which; its values are left null`;
    return `${printed}; no pairing of them makes every row and the table's column rules add up (or a row they need could not be read), so its values are left null`;
  },
  'ambiguous-pairing.unlabelled': (p) =>
    `${lines(p.lines)} of numbers printed with no label stand where ${p.rows} ${p.rows === 1 ? 'row' : 'rows'} of the form, “${p.row}” among them, have no label; ${EN_UNLABELLED[p.reason]}, so the row's values are left null`,
  'ambiguous-pairing.headed': (p) =>
    `row “${p.row}” is printed as the heading of a small table of its own (its column headers after it), but the table's other rows are not: whether these numbers are its cannot be told, so its values are left null`,
  'recovered-pairing': (p) =>
    p.by === 'position'
      ? `these numbers are printed with no label; they stand where only ${p.labels === 1 ? 'this row is' : `${p.labels} rows are`} missing, and every row and the table's column rules add up with them there: read as “${p.row}”`
      : `row “${p.row}” is printed apart from its numbers (${labels(p.labels)} ${p.after ? 'after' : 'before'} ${lines(p.lines)} of numbers): ${EN_PAIRED[p.by]}, the only reading that fits the table's arithmetic`,
};

const ZH_UNLABELLED: Readonly<Record<PairingReason, string>> = {
  count: '两者无法一一对应',
  readings: '存在不止一种读法',
  arithmetic: '表格的列间勾稽关系无法确认其归属（或所需的其他行无法读取）',
};

const ZH_PAIRED: Readonly<Record<PairedBy, string>> = {
  rows: '已按表格顺序一一对应',
  columns: '已按列读取（数值逐个成行、逐列列出）',
  position: '已按位置对应',
};

const zh: Catalog = {
  'recovered-digits.agreed': (p) =>
    `“${p.row}”一行的数字与表中其他数字连在一起（“${p.printed}”）；整串数字有 ${p.cuts} 种拆法符合算术关系，每一种给这一行的数都是 ${p.read.map((v) => v ?? '–').join('、')}，已按此读出`,
  'heading-not-found': (p) => `未找到“${p.heading}”的标题；已根据表格找到该部分，表格从此行开始`,
  'duplicate-row.unread': (p) => `“${p.row}”一行在此处列出的不是该行的数值（可能是表头行，或数值与该行栏目不符），第 ${p.kept} 行再次列出该行，已改读第 ${p.kept} 行`,
  'ambiguous-pairing': (p) => {
    const printed = `“${p.row}”一行的名称与数值分开排列：先列 ${p.labels} 个行名，后列 ${p.lines} 行数值（共 ${p.values} 个）`;
    if (p.reason === 'count') return `${printed}，两者无法一一对应，无法确定哪些数值属于该行，因此该行数值留空`;
    if (p.reason === 'readings') return `${printed}，按行读和按列读都说得通，无从判断，因此该行数值留空`;
    return `${printed}，任何对应方式都不能使各行及表格的列间勾稽关系成立（或所需的其他行无法读取），因此该行数值留空`;
  },
  'ambiguous-pairing.unlabelled': (p) =>
    `有 ${p.lines} 行数值未列行名，所在位置缺少 ${p.rows} 个表格行（含“${p.row}”）；${ZH_UNLABELLED[p.reason]}，因此该行数值留空`,
  'ambiguous-pairing.headed': (p) =>
    `“${p.row}”一行被列为一个单独小表的标题（其后为栏目名称），但表格的其他行并非如此排列，无法确定这些数值是否属于该行，因此该行数值留空`,
  'recovered-pairing': (p) =>
    p.by === 'position'
      ? `此处数值未列行名，所在位置恰好只缺${p.labels === 1 ? '这一行' : ` ${p.labels} 行`}，且各行及表格的列间勾稽关系均成立，已读作“${p.row}”`
      : `“${p.row}”一行的名称与数值分开排列（${p.labels} 个行名，${p.after ? '列在' : '之后是'} ${p.lines} 行数值${p.after ? '之后' : ''}）；${ZH_PAIRED[p.by]}，这是唯一符合表格勾稽关系的读法`,
};

export const LAYOUT_MESSAGES: { readonly en: Catalog; readonly zh: Catalog } = { en, zh };
