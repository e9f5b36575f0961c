/**
 * The Chinese of the messages of the checks across the text and across years (text-table,
 * carry-over, year-unclear), in the catalog's shape, for the Chinese catalog to take in
 * (`...ZH_CHECKS`) when it is written; until then `LANGUAGES` has English only.
 */
import type { CellsNamed, Messages } from './params.js';

/** `“一、本年新收…”+“二、上年结转…”总计`. */
const cellsNamed = (c: CellsNamed): string => `${c.rows.map((r) => `“${r}”`).join('+')}${c.column ?? ''}`;
const lineNo = (line: number | null): string => (line === null ? '' : `第${line}行`);
const difference = (a: number, b: number): number => Math.round(Math.abs(a - b) * 1e6) / 1e6;

export const ZH_CHECKS: Pick<Messages, 'year-unclear' | 'text-table' | 'carry-over'> = {
  'year-unclear': () => '无法从标题或开头确定报告所属年度，年度记为空；跨年度核对和按年度比较不含本报告',
  'text-table': ({ quote, line, table, others }) =>
    `第${line}行正文称“${quote}”，但${lineNo(table.line)}表格${cellsNamed(table)}为${table.value}${others.map((o) => `；${cellsNamed(o)}为${o.value}`).join('')}`,
  'carry-over': ({ column, carriedOver: over, previous }) =>
    `“${column}”列：本报告${lineNo(over.line)}“${over.row}”为${over.value}，但${previous.year}年度报告（${previous.file ?? '-'}${previous.line === null ? '' : `，第${previous.line}行`}）“${previous.row}”为${previous.value}，相差${difference(over.value, previous.value)}`,
};
