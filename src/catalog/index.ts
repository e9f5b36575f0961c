/**
 * The forms as data: every row and column of the 2021 form (国办公开办函〔2021〕30号) and the 2019
 * trial form (国办公开办函〔2019〕60号), with the label variants real reports print and the JSON
 * key each maps to. Table parsers are generic over this catalog: a new label variant is a change
 * to one pattern here (and a fixture).
 *
 * Patterns are matched against the matchKey of a row's label cells (NFKC, spaces removed, so
 * `(三) 不予 公开` arrives as `(三)不予公开`). Labels arrive with their group label in front
 * (`(三)不予公开1.属于国家秘密`), so the row whose pattern matches last in the label wins; write
 * patterns for the words that name the row, not for its numbering, which reports drop or change.
 */

export type Format = '2021' | '2019';

export interface ColumnSpec {
  key: string;
  /** The column label as the form prints it. */
  label: string;
  /** Amount columns may print a unit; anything but 万元 is reported. */
  amount?: boolean;
  /**
   * The ways reports print this column's header, where they differ from the form (matched on the
   * matchKey of the text before the table's first row): what it matches names the column in
   * messages, so they quote the report's own label (社会组织 where the form says 社会公益组织).
   */
  printed?: RegExp;
}

export interface RowSpec {
  /** Path of the row inside its table object, e.g. `denied.stateSecret`. */
  path: string;
  /** The row label as the form prints it (for messages when the row is missing). */
  label: string;
  match: RegExp;
  columns: readonly ColumnSpec[];
  /** A row some reports of the form leave out without error (see `SINGLE_OTHER_HANDLING`). */
  optional?: boolean;
}

// ── Part 二: 第二十条 tables ──────────────────────────────────────────────────────────────

const issuedColumns: readonly ColumnSpec[] = [
  { key: 'issued', label: '本年制发件数' },
  { key: 'repealed', label: '本年废止件数', printed: /本年(?:废止|度止)件数/ },
  { key: 'inForce', label: '现行有效件数' },
];
const decisionsColumns: readonly ColumnSpec[] = [{ key: 'decisions', label: '本年处理决定数量' }];

const madeColumns: readonly ColumnSpec[] = [
  { key: 'made', label: '本年新制作数量' },
  { key: 'published', label: '本年新公开数量' },
  { key: 'totalPublished', label: '对外公开总数量' },
];
const itemsColumns: readonly ColumnSpec[] = [
  { key: 'previousItems', label: '上一年项目数量' },
  { key: 'change', label: '本年增/减' },
  { key: 'decisions', label: '处理决定数量' },
];

const REGULATIONS = /规章/g;
const NORMATIVE_DOCUMENTS = /规范性文件/g;
const LICENSING = /行政许可/g;
const PUNISHMENT = /行政处罚/g;
const COERCION = /行政强制/g;
const FEES = /(?:行政)?事业性收费/g;

export const ACTIVE_DISCLOSURE_2021: readonly RowSpec[] = [
  { path: 'regulations', label: '规章', match: REGULATIONS, columns: issuedColumns },
  { path: 'normativeDocuments', label: '行政规范性文件', match: NORMATIVE_DOCUMENTS, columns: issuedColumns },
  { path: 'licensing', label: '行政许可', match: LICENSING, columns: decisionsColumns },
  { path: 'punishment', label: '行政处罚', match: PUNISHMENT, columns: decisionsColumns },
  { path: 'coercion', label: '行政强制', match: COERCION, columns: decisionsColumns },
  {
    path: 'fees',
    label: '行政事业性收费',
    match: FEES,
    columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', amount: true }],
  },
];

export const ACTIVE_DISCLOSURE_2019: readonly RowSpec[] = [
  { path: 'regulations', label: '规章', match: REGULATIONS, columns: madeColumns },
  { path: 'normativeDocuments', label: '规范性文件', match: NORMATIVE_DOCUMENTS, columns: madeColumns },
  { path: 'licensing', label: '行政许可', match: LICENSING, columns: itemsColumns },
  { path: 'otherServices', label: '其他对外管理服务事项', match: /(?:其他)?对外管理服务(?:事项)?/g, columns: itemsColumns },
  { path: 'punishment', label: '行政处罚', match: PUNISHMENT, columns: itemsColumns },
  { path: 'coercion', label: '行政强制', match: COERCION, columns: itemsColumns },
  {
    path: 'fees',
    label: '行政事业性收费',
    match: FEES,
    columns: [
      { key: 'previousItems', label: '上一年项目数量' },
      { key: 'change', label: '本年增/减' },
    ],
  },
  {
    path: 'procurement',
    label: '政府集中采购',
    match: /(?:政府)?集中采购/g,
    columns: [
      { key: 'projects', label: '采购项目数量' },
      { key: 'amount', label: '采购总金额', amount: true },
    ],
  },
];

/** Column headers that only one form's part 二 prints; they tell the forms apart. */
export const FORM_MARKERS: Readonly<Record<Format, RegExp>> = {
  '2021': /本年制发|本年废止|本年度止|现行有效件数|本年处理决定|本年收费金额/,
  '2019': /本年新制作|本年新公开|对外公开总数|上一年项目|本年增\/?减|政府集中采购|采购总金额|对外管理服务/,
};

// ── Part 三: the application matrix (both forms) ──────────────────────────────────────────

export const APPLICANT_COLUMNS: readonly ColumnSpec[] = [
  { key: 'naturalPerson', label: '自然人' },
  { key: 'commercial', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'nonprofit', label: '社会公益组织', printed: /社会(?:公益)?组织/ },
  { key: 'legalService', label: '法律服务机构' },
  { key: 'other', label: '其他' },
  { key: 'total', label: '总计', printed: /总计|合计/ },
];

const applicationRow = (path: string, label: string, match: RegExp, optional = false): RowSpec => ({
  path,
  label,
  match,
  columns: APPLICANT_COLUMNS,
  ...(optional ? { optional } : {}),
});

export const APPLICATIONS: readonly RowSpec[] = [
  applicationRow('newReceived', '一、本年新收政府信息公开申请数量', /本年(?:度)?新收|新收(?:政府信息公开)?申请/g),
  applicationRow('carriedOver', '二、上年结转政府信息公开申请数量', /上年(?:度)?结转/g),
  applicationRow('granted', '（一）予以公开', /予以公开/g),
  applicationRow('partiallyGranted', '（二）部分公开', /部分公开/g),
  applicationRow('denied.stateSecret', '（三）不予公开 1.属于国家秘密', /国家秘密/g),
  applicationRow('denied.prohibitedByLaw', '2.其他法律行政法规禁止公开', /其他法律|法规禁止|止公开/g),
  applicationRow('denied.endangersSafety', '3.危及“三安全一稳定”', /三安全一稳定|危及/g),
  applicationRow('denied.thirdPartyRights', '4.保护第三方合法权益', /第三方/g),
  applicationRow('denied.internalAffairs', '5.属于三类内部事务信息', /内部事务/g),
  applicationRow('denied.processInformation', '6.属于四类过程性信息', /过程性/g),
  applicationRow('denied.enforcementFiles', '7.属于行政执法案卷', /执法案卷/g),
  applicationRow('denied.administrativeQuery', '8.属于行政查询事项', /行政查询/g),
  applicationRow('unableToProvide.notHeld', '（四）无法提供 1.本机关不掌握相关政府信息', /不掌握/g),
  applicationRow('unableToProvide.needsCreation', '2.没有现成信息需要另行制作', /没有现成|另行制作/g),
  applicationRow('unableToProvide.unclearAfterCorrection', '3.补正后申请内容仍不明确', /补正后|仍不明确/g),
  applicationRow('notProcessed.complaint', '（五）不予处理 1.信访举报投诉类申请', /信访|举报投诉/g),
  applicationRow('notProcessed.duplicate', '2.重复申请', /重复申请/g),
  applicationRow('notProcessed.publication', '3.要求提供公开出版物', /出版物/g),
  applicationRow('notProcessed.excessive', '4.无正当理由大量反复申请', /大量反复|反复申请/g),
  applicationRow('notProcessed.confirmation', '5.要求行政机关确认或重新出具已获取信息', /确认或重新|重新出具|已获取信息/g),
  applicationRow('otherHandling.noCorrection', '（六）其他处理 1.申请人无正当理由逾期不补正…', /不补正/g, true),
  applicationRow('otherHandling.feeUnpaid', '2.申请人逾期未按收费通知要求缴纳费用…', /收费通知|缴纳费用/g, true),
  applicationRow('otherHandling.other', '3.其他', /其他处理$|其他$/g),
  applicationRow('totalHandled', '（七）总计', /(?:总计|合计)$/g),
  applicationRow('carriedForward', '四、结转下年度继续办理', /结转下一?年|下一?年度继续/g),
];

/** The four rows of the 勾稽关系 (新收 + 结转 = 总计 + 结转下年度); every other row is an outcome. */
export const APPLICATION_BOOKENDS = ['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'] as const;

/** Paths of the outcome rows whose sum is （七）总计: （一）予以公开 … （六）3.其他. */
export const OUTCOME_PATHS: readonly string[] = APPLICATIONS.map((s) => s.path).filter(
  (p) => !(APPLICATION_BOOKENDS as readonly string[]).includes(p),
);

/**
 * `（六）其他处理` printed as one row (the 2019 form, and some 2021-form reports): it is
 * `otherHandling.other`, and the optional sub-rows are null without complaint.
 */
export const SINGLE_OTHER_HANDLING = /其他处理$/;

// ── Part 四: review and litigation ────────────────────────────────────────────────────────

export const OUTCOME_COLUMNS: readonly ColumnSpec[] = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
];

/** The three groups of part 四, in the order the form prints their fifteen cells. */
export const REVIEW_LITIGATION: readonly RowSpec[] = [
  { path: 'review', label: '行政复议', match: /行政复议$/g, columns: OUTCOME_COLUMNS },
  { path: 'litigationDirect', label: '行政诉讼·未经复议直接起诉', match: /直接起诉/g, columns: OUTCOME_COLUMNS },
  { path: 'litigationAfterReview', label: '行政诉讼·复议后起诉', match: /复议后起诉/g, columns: OUTCOME_COLUMNS },
];

export function activeDisclosureRows(format: Format): readonly RowSpec[] {
  return format === '2019' ? ACTIVE_DISCLOSURE_2019 : ACTIVE_DISCLOSURE_2021;
}
