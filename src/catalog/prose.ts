/**
 * What the prose of a report says about its own tables, as data: each claim is a way of stating
 * a figure (`收到政府信息公开申请75件`), tied to the table cells it speaks of, with every sum of
 * cells a careful reader would accept (收到 = 本年新收, or 本年新收 + 上年结转). The check in
 * src/crosscheck/textTable.ts applies these patterns; a new wording is a change here and a
 * fixture in fixtures/prose/.
 *
 * The patterns err on silence: a figure is only compared when its words leave no doubt which
 * cell it means. Figures about another year, a sub-unit, a comparison, a share or an estimate
 * are never compared (the lists at the end of this file).
 *
 * How a figure is read (src/crosscheck/textTable.ts):
 * - a figure is a number (Arabic or Chinese numerals) and a unit (`件`, `万元` …);
 * - its *lead* is the text before it, back to the previous number or the start of its sentence,
 *   and from there to after the last 其中/含/包括 (a breakdown speaks of the part, not the whole);
 *   filler at its end (`共计`, `为`, `：`…) is dropped;
 * - a claim matches when `before` matches the end of the lead, or (a number printed before its
 *   noun: `收到12件政府信息公开申请`) when `verb` matches the end of the lead as printed (filler
 *   kept) and `after` the text right after the unit.
 */
import type { CellSum } from '../tokens.js';
import { OUTCOME_ROWS, rowAt, TABLES } from './tables.js';

/** What a figure may mean: the sum of some cells (full JSON paths). */
export type Reading = CellSum;

export interface ProseClaim {
  /** Stable name, for tests and for the lead's message catalog. */
  key: string;
  /** Matches the end of the lead (filler dropped). */
  before?: RegExp;
  /** Number-first wording: the end of the lead as printed … */
  verb?: RegExp;
  /** … and the words right after the unit. */
  after?: RegExp;
  /** The units this claim counts in. Claims that take `元` have cells in 万元: 12,000元 is read as 1.2. */
  units: RegExp;
  /** The sentence, up to the figure's words, must say this (the figure is about disclosure work) … */
  topic?: RegExp;
  /** … or, with `paragraph`, the sentence or what its line (and the prose line before) says before it: a heading such as `（二）依申请公开情况`. */
  topicIn?: 'sentence' | 'paragraph';
  /** With `paragraph`: a sentence that names other work (`政务服务申请`) without the topic is about that work, whatever the heading says. */
  offTopic?: RegExp;
  /** Words in the lead that put the figure out of this claim's reach. */
  not?: RegExp;
  /** What the cells may be; the first is quoted in the message. Readings of the other form are skipped. */
  readings: readonly Reading[];
}

/** A sentence that states a figure of nothing (`本年度未收到政府信息公开申请`): the cells are 0. */
export interface NegatedClaim {
  key: string;
  /** Matches the words of the statement; its end must end a clause. */
  pattern: RegExp;
  /** As for a ProseClaim. */
  topic?: RegExp;
  topicIn?: 'sentence' | 'paragraph';
  offTopic?: RegExp;
  readings: readonly Reading[];
}

// ── cells ────────────────────────────────────────────────────────────────────────────────

const cell = (row: string, column = 'total'): string => `applications.${row}.${column}`;
const rowsUnder = (group: string): string[] => TABLES.applications.rows.filter((r) => r.keys[0] === group && r.keys.length > 1).map((r) => r.path);
const OUTCOMES = OUTCOME_ROWS.map((r) => r.path);
/** The five 法人或其他组织 columns: every applicant column but 自然人 and 总计. */
const LEGAL_PERSON_COLUMNS = rowAt(TABLES.applications, 'newReceived')
  .spec.columns.map((c) => c.key)
  .filter((k) => k !== 'naturalPerson' && k !== 'total');

const sumOf = (rows: readonly string[], column = 'total'): string[] => rows.map((r) => cell(r, column));

const NEW = cell('newReceived');
const CARRIED_OVER = cell('carriedOver');
const HANDLED = cell('totalHandled');
const FORWARD = cell('carriedForward');
const REVIEW = 'reviewLitigation.review.total';
const LITIGATION_DIRECT = 'reviewLitigation.litigationDirect.total';
const LITIGATION_AFTER_REVIEW = 'reviewLitigation.litigationAfterReview.total';
const part2 = (row: string, column: string): string => `activeDisclosure.${row}.${column}`;

/** The rows a figure about applicants may be counted in: received this year, with the carried-over, or handled. */
const applicantReadings = (columns: readonly string[]): Reading[] => [
  { terms: columns.map((c) => cell('newReceived', c)) },
  { terms: columns.flatMap((c) => [cell('newReceived', c), cell('carriedOver', c)]) },
  { terms: columns.map((c) => cell('totalHandled', c)) },
];

// ── words ────────────────────────────────────────────────────────────────────────────────

/** Words that may stand between a verb and 申请 in `收到…申请` (never 许可, 事项, 信访: other work). */
const OBJECT = '(?:各类|群众|公众|社会公众|公民|的|了|共|共计|累计|合计|政府信息公开|信息公开|政府信息|公开|依)*';
/** The application itself. */
const APPLICATION = '(?:申请|依申请公开)(?:公开)?(?:申请)?(?:事项|件|材料|信件)?';
const RECEIVE = '(?:收到|受理|接收|接到|收悉)';
/** Issued (发布 is left out: it also means posted online, which counts something else). */
const ISSUE = '(?:新)?(?:制发|印发|出台|制定|制作)(?:了)?';
const COUNT_UNITS = /^(?:件|条|宗|份|个)$/;
const CASE_UNITS = /^(?:件|起|宗|例|个)$/;
const DOCUMENT_UNITS = /^(?:件|个|份|部|项)$/;
/** Review and litigation figures must be about disclosure: an organ also reviews and is sued for other things. */
const DISCLOSURE_TOPIC = /信息公开|政府信息|依申请/;
/**
 * Figures of part 三 are about applications for disclosure, which the paragraph must name (an
 * organ also receives and handles applications for licences, services, petitions …).
 */
const DISCLOSURE_APPLICATIONS = {
  topic: /政府信息公开|信息公开|依申请|申请公开|公开申请/,
  topicIn: 'paragraph',
  offTopic: /政务服务|行政许可|许可|审批|信访|来信|来访|便民|办事|热线|咨询|投诉|举报|建议|提案|诉求|工单/,
} as const;
/**
 * Where a number printed before its noun may stand (`其中，374件予以公开`): at the start of a
 * clause or breakdown, the lead as printed (filler not dropped).
 */
const CLAUSE_START = /(?:^|[，,：:、（(；;])\s*(?:共|共有|有|另有|尚有|还有|剩余|余下|另)?\s*$/;
/** A reviewing body (司法局) reports the reviews it handled; the form counts those against this organ. */
const REVIEWING_BODY = /(?:办理|审理|受理|审结|办结|收到)(?:了)?(?:各类)?行政复议/;
/** Documents of the Party, or documents checked rather than issued. */
const NOT_ISSUED = /党内|党组|党委|内部|清理|审查|备案|审核|废止|修订|修改|征求意见|合法性|评估/;
/** Documents in force counted by a review of them, which may count others. */
const NOT_IN_FORCE = /党内|清理|梳理|审查|备案|评估/;
/** Decisions published are not decisions made (双公示 counts what went online). */
const PUBLISHED_NOT_MADE = /公开|公示|上网|发布|报送/;

/** A result of handling (予以公开 …): `予以公开374件`, or number first at a clause start, `374件予以公开`. */
const result = (key: string, words: string, reading: Reading): ProseClaim => ({
  key,
  before: new RegExp(`${words}$`),
  verb: CLAUSE_START,
  after: new RegExp(`^(?:申请)?${words.replace('(?<![部分不])', '')}`),
  units: COUNT_UNITS,
  ...DISCLOSURE_APPLICATIONS,
  readings: [reading],
});

export const PROSE_CLAIMS: readonly ProseClaim[] = [
  // ── part 三: the application matrix ──
  {
    key: 'received',
    before: new RegExp(`${RECEIVE}${OBJECT}${APPLICATION}$`),
    verb: new RegExp(`${RECEIVE}(?:了|的)?$`),
    after: new RegExp(`^${OBJECT}${APPLICATION}`),
    units: COUNT_UNITS,
    ...DISCLOSURE_APPLICATIONS,
    readings: [{ terms: [NEW] }, { terms: [NEW, CARRIED_OVER] }],
  },
  {
    key: 'newReceived',
    before: new RegExp(`(?:新收|新增|新接收|新受理)(?:到)?${OBJECT}${APPLICATION}$`),
    units: COUNT_UNITS,
    ...DISCLOSURE_APPLICATIONS,
    readings: [{ terms: [NEW] }],
  },
  {
    key: 'handled',
    before: new RegExp(`(?:办结|答复|回复|办理完毕|处理完毕|办理完成|作出答复|予以答复|完成答复|答复办结)(?:${OBJECT}${APPLICATION})?$`),
    units: COUNT_UNITS,
    ...DISCLOSURE_APPLICATIONS,
    readings: [
      { terms: [HANDLED] },
      { terms: sumOf(OUTCOMES), label: '（一）至（六）办理结果' },
      // Of the applications received this year, those answered (`收到120件，已答复100件，正在办理20件`).
      { terms: [NEW], minus: [FORWARD], label: '一、本年新收 − 四、结转下年度继续办理' },
    ],
  },
  {
    // 办理 and 处理 say neither received nor answered for sure: any of them will do.
    key: 'processed',
    before: new RegExp(`(?:办理|处理)${OBJECT}${APPLICATION}$`),
    units: COUNT_UNITS,
    ...DISCLOSURE_APPLICATIONS,
    readings: [{ terms: [HANDLED] }, { terms: [NEW] }, { terms: [NEW, CARRIED_OVER] }],
  },
  {
    key: 'carriedOver',
    before: new RegExp(`(?:上一?年度?|去年)结转(?:的|到本年度?|至本年度?)?(?:${OBJECT}${APPLICATION})?$`),
    units: COUNT_UNITS,
    ...DISCLOSURE_APPLICATIONS,
    readings: [{ terms: [CARRIED_OVER] }],
  },
  {
    key: 'carriedForward',
    before: new RegExp(`(?:结转|顺延|转入|延续|转至|延至)(?:到|至)?(?:下一?年度?|次年度?|\\d{4}年度?)(?:继续)?(?:办理|处理|答复)?(?:的)?(?:${OBJECT}${APPLICATION})?$`),
    verb: CLAUSE_START,
    after: /^(?:申请)?(?:需|将|已)?(?:结转|顺延|转入)(?:到|至)?(?:下一?年|次年|\d{4}年)/,
    units: COUNT_UNITS,
    ...DISCLOSURE_APPLICATIONS,
    readings: [{ terms: [FORWARD] }],
  },
  {
    key: 'pending',
    before: new RegExp(`(?:(?:尚在|正在|仍在|还在|尚未|仍未)(?:办理|处理|答复)(?:中|过程中)?|尚未办结|未办结)(?:的)?(?:${OBJECT}${APPLICATION})?$`),
    verb: CLAUSE_START,
    after: /^(?:申请)?(?:正在|尚在|仍在)(?:办理|处理)/,
    units: COUNT_UNITS,
    ...DISCLOSURE_APPLICATIONS,
    readings: [{ terms: [FORWARD] }],
  },
  {
    key: 'naturalPerson',
    before: /自然人(?:提出|申请人)?(?:的)?(?:申请)?$/,
    units: COUNT_UNITS,
    ...DISCLOSURE_APPLICATIONS,
    readings: applicantReadings(['naturalPerson']),
  },
  {
    key: 'legalPerson',
    before: /法人(?:或者|或|和|及|与)?(?:其他组织)?(?:提出|申请人)?(?:的)?(?:申请)?$/,
    units: COUNT_UNITS,
    ...DISCLOSURE_APPLICATIONS,
    readings: applicantReadings(LEGAL_PERSON_COLUMNS),
  },
  // The five 法人或其他组织 columns by name (其他 alone is too common a word to read).
  ...(
    [
      ['commercial', '商业企业'],
      ['research', '科研机构'],
      ['nonprofit', '社会公益组织|社会组织|公益组织'],
      ['legalService', '法律服务机构'],
    ] as const
  ).map(
    ([column, words]): ProseClaim => ({
      key: column,
      before: new RegExp(`(?:${words})(?:提出|申请人)?(?:的)?(?:申请)?$`),
      units: COUNT_UNITS,
      ...DISCLOSURE_APPLICATIONS,
      readings: applicantReadings([column]),
    }),
  ),
  result('granted', '(?<![部分不])(?:予以公开|同意公开|全部公开|准予公开)', { terms: [cell('granted')] }),
  result('partiallyGranted', '(?:部分公开|部分予以公开|同意部分公开|区分处理)', { terms: [cell('partiallyGranted')] }),
  result('denied', '不予(?:以)?公开', { terms: sumOf(rowsUnder('denied')), label: '（三）不予公开' }),
  result('unableToProvide', '无法提供', { terms: sumOf(rowsUnder('unableToProvide')), label: '（四）无法提供' }),
  {
    key: 'notHeld',
    // 因本机关不掌握相关政府信息无法提供的442件: the reason may come before the outcome.
    before: /(?:不掌握|信息不存在)[^，,、]*$/,
    units: COUNT_UNITS,
    ...DISCLOSURE_APPLICATIONS,
    readings: [{ terms: [cell('unableToProvide.notHeld')] }],
  },
  result('notProcessed', '不予处理', { terms: sumOf(rowsUnder('notProcessed')), label: '（五）不予处理' }),
  result('otherHandling', '其他处理', { terms: sumOf(rowsUnder('otherHandling')), label: '（六）其他处理' }),

  // ── part 四: review and litigation ──
  {
    key: 'review',
    before: /行政复议(?:案件|申请|案)?$/,
    verb: /(?:发生|涉及|引发|引起|被申请|收到)(?:了)?$/,
    after: /^(?:行政复议)/,
    units: CASE_UNITS,
    topic: DISCLOSURE_TOPIC,
    not: REVIEWING_BODY,
    readings: [{ terms: [REVIEW] }],
  },
  {
    key: 'litigation',
    before: /(?:行政诉讼|行政应诉|被起诉|提起诉讼)(?:案件|案)?$/,
    verb: /(?:发生|涉及|引发|引起|被提起|被起诉)(?:了)?$/,
    after: /^(?:行政诉讼|行政应诉)/,
    units: CASE_UNITS,
    topic: DISCLOSURE_TOPIC,
    not: REVIEWING_BODY,
    readings: [{ terms: [LITIGATION_DIRECT, LITIGATION_AFTER_REVIEW] }, { terms: [LITIGATION_DIRECT] }, { terms: [LITIGATION_AFTER_REVIEW] }],
  },
  {
    key: 'reviewAndLitigation',
    before: /行政复议(?:和|及|与|、|或|以及)(?:被)?(?:提起)?(?:行政)?诉讼(?:案件|案)?$/,
    units: CASE_UNITS,
    topic: DISCLOSURE_TOPIC,
    not: REVIEWING_BODY,
    readings: [{ terms: [REVIEW, LITIGATION_DIRECT, LITIGATION_AFTER_REVIEW] }],
  },

  // ── part 二: 第二十条 ──
  {
    key: 'fees',
    before: /行政事业性收费(?:金额|总额|总金额|收入)?$/,
    units: /^(?:万元|元)$/,
    readings: [{ terms: [part2('fees', 'amount')] }],
  },
  {
    key: 'normativeDocumentsIssued',
    before: new RegExp(`${ISSUE}(?:各类)?(?:行政)?规范性文件$`),
    verb: new RegExp(`${ISSUE}$`),
    after: /^(?:行政)?规范性文件/,
    units: DOCUMENT_UNITS,
    not: NOT_ISSUED,
    readings: [{ terms: [part2('normativeDocuments', 'issued')] }, { terms: [part2('normativeDocuments', 'made')] }],
  },
  {
    key: 'normativeDocumentsRepealed',
    before: /废止(?:了)?(?:行政)?规范性文件$/,
    units: DOCUMENT_UNITS,
    readings: [{ terms: [part2('normativeDocuments', 'repealed')] }],
  },
  {
    key: 'normativeDocumentsInForce',
    before: /现行有效(?:的)?(?:行政)?规范性文件$/,
    units: DOCUMENT_UNITS,
    not: NOT_IN_FORCE,
    readings: [{ terms: [part2('normativeDocuments', 'inForce')] }],
  },
  {
    key: 'regulationsIssued',
    before: new RegExp(`${ISSUE}(?:政府)?规章$`),
    units: DOCUMENT_UNITS,
    not: NOT_ISSUED,
    readings: [{ terms: [part2('regulations', 'issued')] }, { terms: [part2('regulations', 'made')] }],
  },
  {
    key: 'regulationsInForce',
    before: /现行有效(?:的)?(?:政府)?规章$/,
    units: DOCUMENT_UNITS,
    not: NOT_IN_FORCE,
    readings: [{ terms: [part2('regulations', 'inForce')] }],
  },
  ...(['licensing', 'punishment', 'coercion'] as const).map(
    (row): ProseClaim => ({
      key: row,
      before: new RegExp(`(?:作出|做出)(?:了)?行政${{ licensing: '许可', punishment: '处罚', coercion: '强制' }[row]}(?:决定)?(?:书)?$`),
      units: /^(?:件|个|项|起|宗|份)$/,
      not: PUBLISHED_NOT_MADE,
      readings: [{ terms: [part2(row, 'decisions')] }],
    }),
  ),
];

/** `未发生` / `无`: nothing of the kind happened. */
const NONE = '(?:未|没有|无)(?:发生|出现|产生)?(?:过)?(?:任何)?';
/** What a review or a lawsuit about disclosure is said to come from (`因政府信息公开申请而引起的`); required. */
const FROM_DISCLOSURE = '(?:因|由于|涉及)?(?:政府信息公开|信息公开|依申请公开)(?:工作|申请|事项)?(?:而)?(?:引起|引发|导致|产生)?(?:的)?';
const REVIEWED = '(?:被)?(?:申请|提起)?行政复议';
const SUED = '(?:被)?(?:提起)?(?:行政)?诉讼';
/** The end of such a statement: nothing after the kind of case (`…行政复议纠错的情况` is about something else). */
const CASES = '(?:的)?(?:案件|情况|事项|情形)?$';

export const NEGATED_CLAIMS: readonly NegatedClaim[] = [
  {
    key: 'noneReceived',
    pattern: new RegExp(`(?:未|没有)(?:收到|受理|接到)(?:过)?(?:任何)?${OBJECT}${APPLICATION}(?:的)?(?:事项|情况)?$`),
    ...DISCLOSURE_APPLICATIONS,
    readings: [{ terms: [NEW] }],
  },
  {
    key: 'noneReviewedOrSued',
    pattern: new RegExp(`${NONE}${FROM_DISCLOSURE}${REVIEWED}(?:[、和及与或]|以及)${SUED}${CASES}`),
    readings: [{ terms: [REVIEW, LITIGATION_DIRECT, LITIGATION_AFTER_REVIEW] }],
  },
  {
    key: 'noneReviewed',
    pattern: new RegExp(`${NONE}${FROM_DISCLOSURE}${REVIEWED}${CASES}`),
    readings: [{ terms: [REVIEW] }],
  },
  {
    key: 'noneSued',
    pattern: new RegExp(`${NONE}${FROM_DISCLOSURE}${SUED}${CASES}`),
    readings: [{ terms: [LITIGATION_DIRECT, LITIGATION_AFTER_REVIEW] }],
  },
];

// ── what puts a figure out of reach ──────────────────────────────────────────────────────

/** A number and its unit: Arabic (with separators, decimals, a 万/千/百 scale) or Chinese numerals. */
export const FIGURE = /(\d[\d,]*(?:\.\d+)?)\s*([万千百]?)\s*(余|多|来|几)?\s*(万元|元|件次|件|条|宗|份|个|起|例|部|项)|([〇零一二两三四五六七八九十百千万]+)\s*(余|多|来|几)?\s*(万元|元|件次|件|条|宗|份|个|起|例|部|项)/g;

/**
 * A number of any kind: the lead of a figure starts after the last one before it. Dates are not
 * counted (`截至2024年12月31日，现行有效…`, `结转至2025年继续办理…`): their words belong to the figure.
 */
export const ANY_NUMBER = /\d+(?:\.\d+)?(?!\d|\.\d|\s*[年月日])/g;

/** Where a sentence ends: a figure never reaches across. */
export const SENTENCE_END = /[。！？!?；;]/;

/** The lead of a breakdown starts after these. */
export const BREAKDOWN = /其中|包含|包括|含/g;

/** Dropped from the end of a lead before the patterns are tried. */
export const LEAD_FILLER =
  /(?:[\s：:，,、（(]|共计|合计|总计|累计|一共|总共|共|计|为|是|达到|达|有|了|数量|件数|总数|总量|数|量|的|均|已|全年|全部|分别为)*$/;

/** Words just before a number that make it an estimate or a bound (`约`, `超过`). */
export const ESTIMATE_BEFORE = /(?:约|近|将近|接近|超过|逾|不足|不到|大约|大概|多达|上千|上百|数十|数百|第)\s*$/;
/** Words right after a unit that make the figure an estimate, a bound or another count. */
export const ESTIMATE_AFTER = /^\s*(?:左右|以上|以下|以内|之多|上下|次|人次)/;

/** Words in a lead that make the figure a change, a share, an average or a list (`同比增长`, `分别`). */
export const COMPARISON = /同比|环比|增长|增加|减少|下降|上升|提高|降低|较上年|比上年|较去年|比去年|多出|持平|相比|增幅|降幅|占比|占|比例|平均|日均|人均|每|分别|翻番|倍/;

/**
 * Words in the sentence before the figure that make it about another body than the organ that
 * reports: an aggregate (全县), its sub-units (各乡镇, 区政府办…), its parts (本级).
 */
export const SUB_UNIT =
  /全(?:县|区|市|省|州|盟|旗|镇|乡|街道|系统|局系统)|各(?:级|乡镇|乡|镇|街道|部门|单位|县|区|市|科室|股室|处室|直属|下属|村|社区|成员单位)|所属|下属|直属|本级|二级单位|派出|(?:县|区|市|州|旗)(?:政府|委)?(?:办公室|政府办)|(?:县|区|市|州)(?:级|直)|系统内|两级|三级/;

/**
 * The end of a body's name (`…局`, `…镇`, `…服务中心`): a body named in the sentence (two or more
 * characters before this) that is not the organ itself makes the figure another body's.
 */
export const BODY_SUFFIX = /人民政府|办公室|政府办|委员会|管委会|办事处|服务中心|分局|局(?![面势限])|镇(?!压)|乡(?![村镇])|街道/g;

/** The organ speaking of itself: 我镇, 本局, 该中心. */
export const OWN_BODY = /[我本该]$/;

/**
 * Words that make the figure a subset of the applications: by channel (网上, 当面, 信函 …) or by
 * timeliness (按时, 逾期 …).
 */
export const SUBSET = /通过|网上|网络|在线|当面|现场|信函|来信|邮寄|传真|电子邮件|邮件|平台|窗口|热线|按时|逾期|延期|超期|限期/;

/**
 * A government named by its level alone or with a place (`区政府`, `昌乐县政府`): the organ itself
 * only when the organ is that level's 人民政府 (a 区政府 in a 镇's report is another body).
 */
export const LEVEL_GOVERNMENT = /([\u4e00-\u9fa5]{0,6}?)(县|区|市|州|旗|镇|乡)(?:人民)?政府(?!信息|网站|门户|办公室|办)/g;

/** A count since some start (`累计`): this year's only when the sentence says this year (全年, 本年, the report's year). */
export const CUMULATIVE = /累计|累积/;
export const THIS_YEAR = /全年|本年|今年|年内|当年/;
/** A year as printed, in digits or in Chinese numerals (global: read with exec). */
export const YEAR = /(?<!\d)((?:19|20)\d{2})\s*年|([〇零一二三四五六七八九]{4})年/g;
/** Words before a year that make it the year applications are carried forward to (`结转至2024年`). */
export const CARRIED_TO = /(?:结转|顺延|转入|转至|延至)(?:到|至)?\s*$/;
/** A time up to which a count runs (`截至2024年底，累计…`): with 累计, a total since the start. */
export const UP_TO = /截至|截止|至今|以来/;

/**
 * A range of months (`1-6月`, `1月至9月`, `2024年1月1日至6月30日`): a part of the year unless it
 * runs from 1 to 12.
 */
export const MONTH_RANGE = /(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月?\s*(?:\d{1,2}\s*日)?\s*(?:-|—|–|~|～|至|到)\s*(?:(?:19|20)\d{2}\s*年)?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月/g;

/** Other periods than the report's year (a year printed as digits is checked against it apart). */
export const OTHER_PERIOD =
  /去年|(?:上一?年度?|上年)(?!度?结转)|前年|往年|以往|历年|同期|(?<!今年|本年|年初|全年)以来|上半年|下半年|[一二三四1-4]季度|前[一二三四五六七八九十\d]+个?月/;
