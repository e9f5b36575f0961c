/** Part 三: the application matrix, the same in both forms. */
import type { GroupSpec, TableRows, TableSpec } from './types.js';

const APPLICANT_COLUMNS = [
  { key: 'naturalPerson', label: '自然人', meaning: 'applicants who are natural persons' },
  { key: 'commercial', label: '商业企业', meaning: 'legal persons or other organisations: commercial enterprises' },
  { key: 'research', label: '科研机构', meaning: 'legal persons or other organisations: research institutions' },
  { key: 'nonprofit', label: '社会公益组织', meaning: 'legal persons or other organisations: non-profit organisations', printed: /社会(?:公益)?组织/ },
  { key: 'legalService', label: '法律服务机构', meaning: 'legal persons or other organisations: legal service providers' },
  { key: 'other', label: '其他', meaning: 'other legal persons or organisations' },
  { key: 'total', label: '总计', meaning: 'all applicants', printed: /总计|合计/ },
] as const;

const group = <const Rows extends TableRows>(label: string, meaning: string, rows: Rows, asOneRow?: { row: keyof Rows & string; label: RegExp }): GroupSpec<Rows> => ({
  label,
  meaning,
  rows,
  ...(asOneRow ? { asOneRow } : {}),
});
const row = (label: string, meaning: string, match: RegExp) => ({ label, meaning, match, columns: APPLICANT_COLUMNS });
/** A row only the 2021 form has. */
const only2021 = (label: string, meaning: string, match: RegExp) => ({ ...row(label, meaning, match), onlyIn: '2021' as const });
/** The end of the two labels the catalog shortens (1.申请人无正当理由逾期不补正…, 2.申请人逾期未按收费通知要求缴纳费用…). */
const NOT_PROCESSED_ANY_MORE = '、行政机关不再处理其政府信息公开申请';

export const APPLICATION_ROWS = {
  newReceived: { ...row('一、本年新收政府信息公开申请数量', 'applications received this year', /本年(?:度)?新收|新收(?:政府信息公开)?申请/), short: '本年新收' },
  carriedOver: { ...row('二、上年结转政府信息公开申请数量', 'applications carried over from the year before', /上年(?:度)?结转/), short: '上年结转' },
  granted: row('（一）予以公开', 'disclosed', /予以公开/),
  partiallyGranted: { ...row('（二）部分公开', 'partly disclosed (the information separated, counted under this outcome only)', /部分公开/), note: '（区分处理的，只计这一情形，不计其他情形）' },
  denied: group('（三）不予公开', 'not disclosed, by reason', {
    stateSecret: row('（三）不予公开 1.属于国家秘密', 'a state secret', /国家秘密/),
    prohibitedByLaw: row('2.其他法律行政法规禁止公开', 'disclosure prohibited by other laws and administrative regulations', /其他法律|法规禁止|止公开/),
    endangersSafety: row('3.危及“三安全一稳定”', 'would endanger national, public, economic or social security and stability', /三安全一稳定|危及/),
    thirdPartyRights: row('4.保护第三方合法权益', "protects a third party's lawful rights", /第三方/),
    internalAffairs: row('5.属于三类内部事务信息', 'internal-affairs information', /内部事务/),
    processInformation: row('6.属于四类过程性信息', 'process information', /过程性/),
    enforcementFiles: row('7.属于行政执法案卷', 'administrative enforcement case files', /执法案卷/),
    administrativeQuery: row('8.属于行政查询事项', 'administrative enquiry matters', /行政查询/),
  }),
  unableToProvide: group('（四）无法提供', 'could not be provided, by reason', {
    notHeld: row('（四）无法提供 1.本机关不掌握相关政府信息', 'this organ does not hold the information', /不掌握/),
    needsCreation: row('2.没有现成信息需要另行制作', 'no such information exists; it would have to be made', /没有现成|另行制作/),
    unclearAfterCorrection: row('3.补正后申请内容仍不明确', 'the request was still unclear after correction', /补正后|仍不明确/),
  }),
  notProcessed: group('（五）不予处理', 'not processed, by reason', {
    complaint: row('（五）不予处理 1.信访举报投诉类申请', 'a petition, report or complaint', /信访|举报投诉/),
    duplicate: row('2.重复申请', 'a repeated application', /重复申请/),
    publication: row('3.要求提供公开出版物', 'a request for a publication', /出版物/),
    excessive: row('4.无正当理由大量反复申请', 'many repeated applications without good reason', /大量反复|反复申请/),
    confirmation: row('5.要求行政机关确认或重新出具已获取信息', 'a request to confirm or re-issue information already obtained', /确认或重新|重新出具|已获取信息/),
  }),
  otherHandling: group('（六）其他处理', 'handled otherwise', {
    noCorrection: { ...only2021('（六）其他处理 1.申请人无正当理由逾期不补正…', 'the applicant did not correct the application in time without good reason', /不补正/), rest: NOT_PROCESSED_ANY_MORE, short: '逾期不补正' },
    feeUnpaid: { ...only2021('2.申请人逾期未按收费通知要求缴纳费用…', 'the applicant did not pay the fee in time', /收费通知|缴纳费用/), rest: NOT_PROCESSED_ANY_MORE, short: '逾期未缴费' },
    other: row('3.其他', 'other handling (the whole of （六）其他处理 where the report prints it as one row)', /其他处理$|(?<!不计)其他$/),
  },
  // 3.其他 is a label that ends in 其他, but not （二）部分公开's note wrapped after its 其他
  // (`（二）部分公开（区分处理` / `的，只计这一情形，不计其他` / the numbers / `情形）`).
  // The 2019 form (and some 2021-form reports) print （六）其他处理 as one row: it is `other`.
  { row: 'other', label: /其他处理$/ },
  ),
  totalHandled: { ...row('（七）总计', 'applications handled in all', /(?:总计|合计)$/), short: '办理结果总计' },
  carriedForward: row('四、结转下年度继续办理', 'carried forward to the next year', /结转下一?年|下一?年度继续/),
} as const satisfies TableRows;

export const APPLICATIONS = {
  key: 'applications',
  part: 3,
  rows: APPLICATION_ROWS,
  short: '申请',
  // The note's last words wrapped onto a line of their own (`项之和）`, `第四项之和）`) are header too.
  headerWords: [/^申请人情况$/, /^法人或其他组织$/, /^\(本列数据的勾稽关系/, /项之和\)$/],
  printedWords: [
    '三、本年度办理结果',
    '申请人情况',
    '法人或其他组织',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    NOT_PROCESSED_ANY_MORE,
  ],
} as const satisfies TableSpec;
