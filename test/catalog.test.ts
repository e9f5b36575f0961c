/**
 * The catalog's label patterns: every label variant seen in real reports (and the list of
 * drift) must land on its SPEC key, with group labels and header words in front, as the row
 * reader hands them over. A wrong or missing pattern here is a cell at the wrong key.
 */
import { describe, expect, it } from 'vitest';
import { TABLES } from '../src/catalog/tables.js';
import { matchKey } from '../src/normalize/matchKey.js';
import { matchRow } from '../src/tables/labels.js';
import { PLANS } from '../src/tables/plan.js';

const APPLICATIONS = PLANS.applications.rows;
const ACTIVE_DISCLOSURE_2021 = PLANS.activeDisclosure['2021'].rows;
const ACTIVE_DISCLOSURE_2019 = PLANS.activeDisclosure['2019'].rows;
const REVIEW_LITIGATION = PLANS.reviewLitigation.rows;
const rowOf = (label: string, rows = APPLICATIONS) => matchRow(matchKey(label), rows)?.row.path ?? null;

describe('application matrix labels', () => {
  it.each([
    ['一、本年新收政府信息公开申请数量', 'newReceived'],
    ['本年新收政府信息公开申请数量', 'newReceived'],
    ['一、 本年新收政府信息公开申请数量', 'newReceived'],
    ['申请人情况自然人法人或其他组织总计商业企业科研机构社会组织法律服务机构其他一、本年新收政府信息公开申请数量', 'newReceived'],
    ['二、上年结转政府信息公开申请数量', 'carriedOver'],
    ['三、 本 年 度 办 理 结 果(一) 予以公开', 'granted'],
    ['（一）予以公开', 'granted'],
    ['(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)', 'partiallyGranted'],
    ['（三）不予公开 1.属于国家秘密', 'denied.stateSecret'],
    ['(三) 不予 公开1.属于国家秘密', 'denied.stateSecret'],
    ['2.其他法律行政法规禁止公开', 'denied.prohibitedByLaw'],
    ['2.其他法律法规禁止公开', 'denied.prohibitedByLaw'],
    ['2.其他法律行政止公开', 'denied.prohibitedByLaw'],
    ['其他法律行政法规禁止公开', 'denied.prohibitedByLaw'],
    ['3.危及“三安全一稳定”', 'denied.endangersSafety'],
    ['4.保护第三方合法权益', 'denied.thirdPartyRights'],
    ['5.属于三类内部事务信息', 'denied.internalAffairs'],
    ['6. 属于四类过程性信息', 'denied.processInformation'],
    ['7.属于行政执法案卷', 'denied.enforcementFiles'],
    ['8.属于行政查询事项', 'denied.administrativeQuery'],
    ['（四） 无法提供1.本机关不掌握相关政府信息', 'unableToProvide.notHeld'],
    ['2.没有现成信息需要另行制作', 'unableToProvide.needsCreation'],
    ['3.补正后申请内容仍不明确', 'unableToProvide.unclearAfterCorrection'],
    ['(五) 不予 处理1.信访举报投诉类申请', 'notProcessed.complaint'],
    ['2.重复申请', 'notProcessed.duplicate'],
    ['3.要求提供公开出版物', 'notProcessed.publication'],
    ['4.无正当理由大量反复申请', 'notProcessed.excessive'],
    ['5.要求行政机关确认或重新 出具已获取信息', 'notProcessed.confirmation'],
    ['5.要求行政机关确认或重新', 'notProcessed.confirmation'],
    ['(六) 其他 处理1.申请人无正当理由逾期不 补正、行政机关不再处理 其政府信息公开申请', 'otherHandling.noCorrection'],
    ['2.申请人逾期未按收费通知 要求缴纳费用、行政机关 不再处理其政府信息公开申 请', 'otherHandling.feeUnpaid'],
    ['3.其他', 'otherHandling.other'],
    ['3. 其他', 'otherHandling.other'],
    ['（六）其他处理', 'otherHandling.other'],
    ['(七) 总计', 'totalHandled'],
    ['（七）总计', 'totalHandled'],
    ['总 计', 'totalHandled'],
    ['四、结转下年度继续办理', 'carriedForward'],
    ['（七）合计', 'totalHandled'],
    ['四、结转下一年度继续办理', 'carriedForward'],
    ['结转下年度继续办理', 'carriedForward'],
  ])('%s → %s', (label, path) => {
    expect(rowOf(label)).toBe(path);
  });

  it('does not take header words for a row', () => {
    expect(rowOf('(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)申请人情况')).toBeNull();
    expect(rowOf('自然人法人或其他组织')).toBeNull();
    expect(rowOf('三、本年度办理结果')).toBeNull();
    expect(rowOf('（三）不予公开')).toBeNull();
  });

  it('a label that runs into another group\'s numbering, its bracket maybe unclosed, is no row of its own', () => {
    // pdftotext -layout of Chromium's print (print-sweep seed 7, case 28): `予处理 出具已获 取信息 （六` /
    // numbers, （六）其他处理 wrapped in its narrow column on the line of its numbers: 5.'s words and
    // the start of （六）, not 5.'s row.
    expect(rowOf('5.要求行政机关确认或重新出具已获取信息 （六')).toBeNull();
    expect(rowOf('予处理 出具已获 取信息 （六）')).toBeNull();
    // Its own group's numbering is no other row's start.
    expect(rowOf('（五）不予处理 5.要求行政机关确认或重新出具已获取信息')).toBe('notProcessed.confirmation');
    expect(rowOf('5.要求行政机关确认或重新出具已获取信息')).toBe('notProcessed.confirmation');
  });
});

describe('第二十条 labels', () => {
  it.each([
    ['第二十条第（一）项信息内容本年制发件数本年度止 件数现行有效件数规章', 'regulations'],
    ['行政规范性文件', 'normativeDocuments'],
    ['规范性文件', 'normativeDocuments'],
    ['行政许可', 'licensing'],
    ['行政处罚', 'punishment'],
    ['行政强制', 'coercion'],
    ['信息内容本年收费金额(单位:万元)行政事业性收费', 'fees'],
  ])('2021 form: %s → %s', (label, path) => {
    expect(rowOf(label, ACTIVE_DISCLOSURE_2021)).toBe(path);
  });

  it.each([
    ['规章', 'regulations'],
    ['规范性文件', 'normativeDocuments'],
    ['其他对外管理服务事项', 'otherServices'],
    ['第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购', 'procurement'],
  ])('2019 form: %s → %s', (label, path) => {
    expect(rowOf(label, ACTIVE_DISCLOSURE_2019)).toBe(path);
  });

  it('column headers alone are not rows', () => {
    expect(rowOf('信息内容本年处理决定数量', ACTIVE_DISCLOSURE_2021)).toBeNull();
    expect(rowOf('第二十条第（八）项', ACTIVE_DISCLOSURE_2021)).toBeNull();
  });
  // A report run into one line (fixtures/damaged/oneline/): the next row's label, wrapped around
  // its numbers, starts after this row's (`规章 行政规范性 19 729 8310 文件`). The numbers after
  // such a label may be either row's: it names none.
  it('a label that ends with the start of another row\'s own words names neither', () => {
    expect(rowOf('规章 行政规范性', ACTIVE_DISCLOSURE_2021)).toBeNull();
    expect(rowOf('行政强制 第二十条第（八）项 信息内容 本年收费金额（单位：万元） 行政事业性', ACTIVE_DISCLOSURE_2021)).toBeNull();
    expect(rowOf('开出版物 4.无正当理', APPLICATIONS)).toBeNull();
    // With its numbering misprinted, as LibreOffice renumbers a list (the next row, 5., printed 4.):
    // the words tell whose start it is.
    expect(rowOf('3. 20 136 64 110 35 91 456 无正当理由大量反 复申请 4. 要求行政机', APPLICATIONS)).toBeNull();
    expect(rowOf('无正当理由大量反复申请 1. 属于国家', APPLICATIONS)).toBeNull();
    expect(rowOf('3. 无正当理由大量反复申请', APPLICATIONS)).toBe('notProcessed.excessive');
    // But a label opening as another row does, numbering and first words, and ending as this one
    // (`1.属于国家` / `止公开`, w3m's lines between them lost): two rows' run together.
    expect(rowOf('1.属于国家 止公开', APPLICATIONS)).toBeNull();
    // A group's words before the numbering (elinks prints the group's column beside its rows):
    // 4.'s start and 5.'s end, the lines between lost.
    expect(rowOf('处 4.无正当理 由大量反复 理 重新出具已 获取信息', APPLICATIONS)).toBeNull();
    expect(rowOf('（三）不予公开 1.属于国家秘密', APPLICATIONS)).toBe('denied.stateSecret');
    expect(rowOf('1.属于国家秘密', APPLICATIONS)).toBe('denied.stateSecret');
    // The first row's words whole and the end of the next's (elinks: `1.属于国家` / `秘密` / `止公开`,
    // 2.'s first lines and the rule between lost): two rows' run together, the first's numbers beside them.
    expect(rowOf('1.属于国家 秘密 止公开', APPLICATIONS)).toBeNull();
    expect(rowOf('（三）不予公开 1.属于国家 秘密 止公开', APPLICATIONS)).toBeNull();
    // But one row's label whole and then the next's words from their start is a label running on
    // into the next (5.'s numbering misprinted): left to the rules for that.
    expect(rowOf('4.无正当理由大量反复申请 68 159 0x1F NaN.要求行政机关确认或重新出具已获取信息', APPLICATIONS)).toBe('notProcessed.confirmation');
    // A group's numbering and first word, then a row of another group: （六）其他处理's start and
    // （七）总计's end (w3m: `（六）其` / `）总计`, the lines between lost).
    expect(rowOf('（六）其 ）总计', APPLICATIONS)).toBeNull();
    // The numbering nearest the row's words is the label's: `（四） 2.没有现成` / `2.其他` (2.其他法律…'s
    // start, printed again after 2.没有现成's first line) is no 3.其他 (fuzz seed 266, case 330).
    expect(rowOf('（四） 2.没有现成 2.其他', APPLICATIONS)).toBeNull();
    expect(rowOf('2.其他法律行政法规禁止公开 3.危及“三安全一稳定”', APPLICATIONS)).toBe('denied.endangersSafety');
    // A row's words, then a later row of its group's numbering opening words: one label's end and the
    // next's start, the group's pieces cutting the later one's words (pdftotext -layout, 198-23).
    expect(rowOf('止公开 危 （三 及3.“三安 ）不予公 全一稳', APPLICATIONS)).toBeNull();
    expect(rowOf('7.属于行政执法案卷 8.', APPLICATIONS)).toBeNull();
    // Not a numbering followed by another group's label: a numbering astray (143-36.plain).
    expect(rowOf('1.信访举报投诉类申请 3. （五） 不予处理', APPLICATIONS)).toBe('notProcessed.complaint');
    // A row's words printed again and again are a line of junk, no label (fuzzing: a long line of
    // `本年新收` before （二）部分公开's numbers, whose note's end follows it); twice is a label printed twice.
    expect(rowOf(`${'本年新收'.repeat(50)} N¡‹vQ他情形）`, APPLICATIONS)).toBeNull();
    expect(rowOf('一、本年新收政府信息公开申请数量 一、本年新收政府信息公开申请数量', APPLICATIONS)).toBe('newReceived');
    // Counted against how often the row's words match its own label (确认或重新, 已获取信息: twice).
    expect(rowOf('5.要求行政机关确认或重新出具已获取信息 5.要求行政机关确认或重新出具已获取信息', APPLICATIONS)).toBe('notProcessed.confirmation');
    expect(rowOf('（三）不予公开 3.危及“三安全一稳定” 3.危及“三安全一稳定”', APPLICATIONS)).toBe('denied.endangersSafety');
    // As many words as tell the row (重复 opens one row's words only; elinks: `2.重复` / `开出版` / `物`).
    expect(rowOf('2.重复 开出版 物', APPLICATIONS)).toBeNull();
    // Three words at most: 7.属于行政执法案卷 and 8.属于行政查询事项 share 属于行政 (`7.属于行政` / `查询事项`).
    expect(rowOf('7.属于行政 查询事项', APPLICATIONS)).toBeNull();
    expect(rowOf('3.要求提供公 开出版物', APPLICATIONS)).toBe('notProcessed.publication');
    expect(rowOf('（七）总计', APPLICATIONS)).toBe('totalHandled');
    expect(rowOf('（六）其他处理', APPLICATIONS)).toBe('otherHandling.other');
    expect(rowOf('（六）其他处理 3.其他', APPLICATIONS)).toBe('otherHandling.other');
    expect(rowOf('三、本年度办理结果 （一）予以公开', APPLICATIONS)).toBe('granted');
    // Or with words from inside another row's own, none of its own (握相 of 1.本机关不掌握相关政府信息).
    expect(rowOf('3.危 及 握相', APPLICATIONS)).toBeNull();
    // Marks among those words are no sign (`安全一稳 定”`, the end of 3.危及“三安全一稳定”, after
    // 2.'s first line, the lines between lost).
    expect(rowOf('2.其他法律 安全一稳 定”', APPLICATIONS)).toBeNull();
    // Or with another row's words between its own (a label wrapped around its numbers, printed again
    // after the row before's): two rows' labels run together.
    expect(rowOf('补正后申 没有现成 2. 信息需要另 行制作 补正后申', APPLICATIONS)).toBeNull();
    expect(rowOf('补正后申 请内容仍不 明确', APPLICATIONS)).toBe('unableToProvide.unclearAfterCorrection');
    // Unnumbered rows' words between (part 二 printed column by column, its labels run together) are
    // left to the readings that pair labels with numbers.
    expect(rowOf('行政许可 第二十条第（六）项 信息内容 行政处罚 行政强制 第二十条第（八）项 行政许可', ACTIVE_DISCLOSURE_2021)).toBe('licensing');
    expect(rowOf('3.危 及', APPLICATIONS)).toBe('denied.endangersSafety');
    // Also past the start of the row's bracketed note, a word of a line between (供 of 无法提供) before them.
    expect(rowOf('（二）部分公开（区分处理 供 息需要另行制', APPLICATIONS)).toBeNull();
    expect(rowOf('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', APPLICATIONS)).toBe('partiallyGranted');
    expect(rowOf('（二）部分公开（区分处理的，只计这一 情形）', APPLICATIONS)).toBe('partiallyGranted');
    // Not for a label the catalog shortens (1.申请人无正当理由逾期不补正…): its later words (…其政府信息
    // 公开申请) are not known, so words found inside another row's are no sign.
    expect(rowOf('1.申请人无正当理由逾期不补正 政府信', APPLICATIONS)).toBe('otherHandling.noCorrection');
    // Its own words whole, or two characters of another's, still name it.
    expect(rowOf('规章 行政规范性文件', ACTIVE_DISCLOSURE_2021)).toBe('normativeDocuments');
    expect(rowOf('规章 行政', ACTIVE_DISCLOSURE_2021)).toBe('regulations');
    expect(rowOf('3.要求提供公开出版物', APPLICATIONS)).toBe('notProcessed.publication');
  });
  // A table printed column by column (pdfminer), each column's header and then its numbers: a
  // row's label run into the header of another small table's column names neither.
  it('a label that ends with the header of a column its row does not have names no row', () => {
    expect(rowOf('政府集中采购 本年 新制 作数 量', ACTIVE_DISCLOSURE_2019)).toBeNull();
    expect(rowOf('政府集中采购 采购 项目 数量', ACTIVE_DISCLOSURE_2019)).toBe('procurement');
    expect(rowOf('政府集中采购', ACTIVE_DISCLOSURE_2019)).toBe('procurement');
    expect(rowOf('行政许可 本年处理决定数量', ACTIVE_DISCLOSURE_2021)).toBe('licensing');
    expect(rowOf('规章 本年处理决定数量', ACTIVE_DISCLOSURE_2021)).toBeNull();
    // A whole header line after the last of the labels (labels first, then the table's header and
    // its numbers) is pairing's to read: the label still names its row.
    expect(rowOf('行政事业性收费 本年 制发 件数 本年 废止 件数 现行 有效 件数', ACTIVE_DISCLOSURE_2021)).toBe('fees');
  });
});

describe('review and litigation labels (three labelled rows)', () => {
  it.each([
    ['行政复议', 'review'],
    ['行政诉讼 未经复议直接起诉', 'litigationDirect'],
    ['复议后起诉', 'litigationAfterReview'],
  ])('%s → %s', (label, path) => {
    expect(rowOf(label, REVIEW_LITIGATION)).toBe(path);
  });
});

describe('catalog shape', () => {
  it('has every SPEC row once, with seven applicant columns', () => {
    const rows = TABLES.applications.rows;
    expect(rows).toHaveLength(25);
    expect(new Set(rows.map((r) => r.path)).size).toBe(25);
    for (const row of rows) expect(row.spec.columns.map((c) => c.key)).toEqual(['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'other', 'total']);
  });
});
