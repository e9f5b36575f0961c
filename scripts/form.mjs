/**
 * docs/contract.md's keys of the application matrix and part 四, in the order the forms print them, for
 * the scripts that generate fixtures and corpora. Written from docs/contract.md, apart from src/, so that
 * the goldens these scripts write stay an independent check of the parser.
 */
export const APPLICATION_ROWS = [
  'newReceived', 'carriedOver', 'granted', 'partiallyGranted',
  'denied.stateSecret', 'denied.prohibitedByLaw', 'denied.endangersSafety', 'denied.thirdPartyRights',
  'denied.internalAffairs', 'denied.processInformation', 'denied.enforcementFiles', 'denied.administrativeQuery',
  'unableToProvide.notHeld', 'unableToProvide.needsCreation', 'unableToProvide.unclearAfterCorrection',
  'notProcessed.complaint', 'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.excessive',
  'notProcessed.confirmation',
  'otherHandling.noCorrection', 'otherHandling.feeUnpaid', 'otherHandling.other',
  'totalHandled', 'carriedForward',
];
/** The rows of the 勾稽关系: 新收 + 结转 = （七）总计 + 结转下年度. */
export const BOOKENDS = ['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'];
/** The outcome rows whose sum is （七）总计 (21 in the 2021 form). */
export const OUTCOME_ROWS = APPLICATION_ROWS.filter((r) => !BOOKENDS.includes(r));
/** The six applicant columns that add up to `total`. */
export const APPLICANT_COLUMNS = ['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'other'];
export const COLUMNS = [...APPLICANT_COLUMNS, 'total'];
export const REVIEW_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'];
export const OUTCOME_FIELDS = ['upheld', 'corrected', 'other', 'pending', 'total'];

// ── The forms as printed (docs/contract.md), for the generators that print reports from their values ──

/** The part headings as the forms print them. */
export const PART_HEADINGS = {
  1: '一、总体情况',
  2: '二、主动公开政府信息情况',
  3: '三、收到和处理政府信息公开申请情况',
  4: '四、政府信息公开行政复议、行政诉讼情况',
  5: '五、存在的主要问题及改进情况',
  6: '六、其他需要报告的事项',
};

/**
 * Part 二 (第二十条) per form: its small tables, each with its item line, column headers and rows
 * `[key, label, fields]`.
 */
export const DISCLOSURE_TABLES = {
  2021: [
    { item: '第二十条第（一）项', header: ['本年制发件数', '本年废止件数', '现行有效件数'], rows: [['regulations', '规章', ['issued', 'repealed', 'inForce']], ['normativeDocuments', '行政规范性文件', ['issued', 'repealed', 'inForce']]] },
    { item: '第二十条第（五）项', header: ['本年处理决定数量'], rows: [['licensing', '行政许可', ['decisions']]] },
    { item: '第二十条第（六）项', header: ['本年处理决定数量'], rows: [['punishment', '行政处罚', ['decisions']], ['coercion', '行政强制', ['decisions']]] },
    { item: '第二十条第（八）项', header: ['本年收费金额（单位：万元）'], rows: [['fees', '行政事业性收费', ['amount']]] },
  ],
  2019: [
    { item: '第二十条第（一）项', header: ['本年新制作数量', '本年新公开数量', '对外公开总数量'], rows: [['regulations', '规章', ['made', 'published', 'totalPublished']], ['normativeDocuments', '规范性文件', ['made', 'published', 'totalPublished']]] },
    { item: '第二十条第（五）项', header: ['上一年项目数量', '本年增/减', '处理决定数量'], rows: [['licensing', '行政许可', ['previousItems', 'change', 'decisions']], ['otherServices', '其他对外管理服务事项', ['previousItems', 'change', 'decisions']]] },
    { item: '第二十条第（六）项', header: ['上一年项目数量', '本年增/减', '处理决定数量'], rows: [['punishment', '行政处罚', ['previousItems', 'change', 'decisions']], ['coercion', '行政强制', ['previousItems', 'change', 'decisions']]] },
    { item: '第二十条第（八）项', header: ['上一年项目数量', '本年增/减'], rows: [['fees', '行政事业性收费', ['previousItems', 'change']]] },
    { item: '第二十条第（九）项', header: ['采购项目数量', '采购总金额'], rows: [['procurement', '政府集中采购', ['projects', 'amount']]] },
  ],
};

/**
 * The application matrix's row labels, by key: `label` the row's own words; `part` and `group` the
 * labels of the merged cells a row group's first row carries (三、本年度办理结果, （三）不予公开).
 */
export const APPLICATION_LABELS = {
  newReceived: { label: '一、本年新收政府信息公开申请数量' },
  carriedOver: { label: '二、上年结转政府信息公开申请数量' },
  granted: { part: '三、本年度办理结果', label: '（一）予以公开' },
  partiallyGranted: { label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  'denied.stateSecret': { group: '（三）不予公开', label: '1.属于国家秘密' },
  'denied.prohibitedByLaw': { label: '2.其他法律行政法规禁止公开' },
  'denied.endangersSafety': { label: '3.危及“三安全一稳定”' },
  'denied.thirdPartyRights': { label: '4.保护第三方合法权益' },
  'denied.internalAffairs': { label: '5.属于三类内部事务信息' },
  'denied.processInformation': { label: '6.属于四类过程性信息' },
  'denied.enforcementFiles': { label: '7.属于行政执法案卷' },
  'denied.administrativeQuery': { label: '8.属于行政查询事项' },
  'unableToProvide.notHeld': { group: '（四）无法提供', label: '1.本机关不掌握相关政府信息' },
  'unableToProvide.needsCreation': { label: '2.没有现成信息需要另行制作' },
  'unableToProvide.unclearAfterCorrection': { label: '3.补正后申请内容仍不明确' },
  'notProcessed.complaint': { group: '（五）不予处理', label: '1.信访举报投诉类申请' },
  'notProcessed.duplicate': { label: '2.重复申请' },
  'notProcessed.publication': { label: '3.要求提供公开出版物' },
  'notProcessed.excessive': { label: '4.无正当理由大量反复申请' },
  'notProcessed.confirmation': { label: '5.要求行政机关确认或重新出具已获取信息' },
  'otherHandling.noCorrection': { group: '（六）其他处理', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
  'otherHandling.feeUnpaid': { label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
  'otherHandling.other': { label: '3.其他' },
  totalHandled: { label: '（七）总计' },
  carriedForward: { label: '四、结转下年度继续办理' },
};
/** The 2019 form (and some 2021-form reports) print （六）其他处理 as one row: otherHandling.other. */
export const SINGLE_OTHER_HANDLING_LABEL = '（六）其他处理';

/**
 * The words that name each row, for the generators to check that a piece of a label they print on
 * its own (a wrapped label's tail) names no other row. Written from the form, apart from src/.
 */
export const ROW_WORDS = {
  newReceived: ['本年新收', '新收'], carriedOver: ['上年结转', '结转政府'], granted: ['予以公开'], partiallyGranted: ['部分公开'],
  'denied.stateSecret': ['国家秘密'], 'denied.prohibitedByLaw': ['其他法律', '法规禁止', '禁止公开'], 'denied.endangersSafety': ['三安全', '危及'],
  'denied.thirdPartyRights': ['第三方'], 'denied.internalAffairs': ['内部事务'], 'denied.processInformation': ['过程性'], 'denied.enforcementFiles': ['执法案卷'],
  'denied.administrativeQuery': ['行政查询'], 'unableToProvide.notHeld': ['不掌握'], 'unableToProvide.needsCreation': ['没有现成', '另行制作'],
  'unableToProvide.unclearAfterCorrection': ['补正后', '不明确'], 'notProcessed.complaint': ['信访', '举报投诉'], 'notProcessed.duplicate': ['重复申请'],
  'notProcessed.publication': ['出版物'], 'notProcessed.excessive': ['大量反复', '反复申请'], 'notProcessed.confirmation': ['确认或重新', '重新出具', '已获取'],
  'otherHandling.noCorrection': ['不补正'], 'otherHandling.feeUnpaid': ['收费通知', '缴纳费用'], 'otherHandling.other': ['其他'], totalHandled: ['总计', '合计'],
  carriedForward: ['结转下', '继续办理'],
};

/** The applicant columns' header words, and part 四's. */
export const APPLICANT_HEADERS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
export const APPLICATION_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const REVIEW_HEADERS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
