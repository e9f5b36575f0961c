/**
 * The words of the printed forms that the catalog does not hold, because the parser never needs
 * them: table captions, group headers and the note in the corner of the application table. They
 * are the form's own text (国办公开办函〔2021〕30号 and 〔2019〕60号), printed in Chinese whatever
 * the page's language, as the row and column labels from the catalog are. The catalog describes
 * what the parser reads, not the form's layout, which only the page draws: so they are here.
 */
export const FORM_TEXT = {
  /** Part 二: the first column of every 第二十条 table. */
  informationContent: '信息内容',
  /** Part 三: the corner cell, over the row labels. */
  applicationsCorner: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  applicants: '申请人情况',
  /** Part 三: the columns between 自然人 and 总计. */
  organisations: '法人或其他组织',
  /** Part 三: the rows from （一）予以公开 to （七）总计. */
  handlingResults: '三、本年度办理结果',
} as const;

/** Part 二: the item of 第二十条 that prints each row, by row path (the same in both forms). */
const ARTICLE_20_ITEM: Readonly<Record<string, string>> = {
  regulations: '（一）',
  normativeDocuments: '（一）',
  licensing: '（五）',
  otherServices: '（五）',
  punishment: '（六）',
  coercion: '（六）',
  fees: '（八）',
  procurement: '（九）',
};

/** The caption of the 第二十条 table that prints this row: 第二十条第（一）项. */
export function article20Caption(rowPath: string): string {
  return `第二十条第${ARTICLE_20_ITEM[rowPath] ?? ''}项`;
}
