/**
 * Part 二: the 第二十条 tables, whose rows and columns differ between the 2021 form
 * (国办公开办函〔2021〕30号) and the 2019 trial form (国办公开办函〔2019〕60号).
 */
import { AMOUNT_UNIT } from './lexicon.js';
import type { Format, TableRows, TableSpec } from './types.js';

const issuedColumns = [
  { key: 'issued', label: '本年制发件数', meaning: 'issued this year' },
  { key: 'repealed', label: '本年废止件数', meaning: 'repealed this year', printed: /本年(?:废止|度止)件数/ },
  { key: 'inForce', label: '现行有效件数', meaning: 'in force' },
] as const;
const decisionsColumns = [{ key: 'decisions', label: '本年处理决定数量', meaning: 'decisions made this year' }] as const;

const madeColumns = [
  { key: 'made', label: '本年新制作数量', meaning: 'made this year' },
  { key: 'published', label: '本年新公开数量', meaning: 'published this year' },
  { key: 'totalPublished', label: '对外公开总数量', meaning: 'published in all' },
] as const;
const itemsColumns = [
  { key: 'previousItems', label: '上一年项目数量', meaning: 'items the year before' },
  { key: 'change', label: '本年增/减', meaning: 'items added (positive) or removed (negative) this year', signed: true },
  { key: 'decisions', label: '处理决定数量', meaning: 'decisions made' },
] as const;

/** The rows both forms print, with the words that name them; each form gives them its own columns. */
const regulations = { label: '规章', meaning: 'government rules (规章)', match: /规章/ } as const;
const normativeDocuments = { meaning: 'normative documents', match: /规范性文件/ } as const;
const licensing = { label: '行政许可', meaning: 'administrative licensing', match: /行政许可/ } as const;
const punishment = { label: '行政处罚', meaning: 'administrative penalties', match: /行政处罚/ } as const;
const coercion = { label: '行政强制', meaning: 'administrative coercion', match: /行政强制/ } as const;
const fees = { label: '行政事业性收费', meaning: 'administrative fees', match: /(?:行政)?事业性收费/ } as const;

const ACTIVE_DISCLOSURE_2021 = {
  regulations: { ...regulations, item: '（一）', columns: issuedColumns },
  normativeDocuments: { ...normativeDocuments, label: '行政规范性文件', item: '（一）', columns: issuedColumns },
  licensing: { ...licensing, item: '（五）', columns: decisionsColumns },
  punishment: { ...punishment, item: '（六）', columns: decisionsColumns },
  coercion: { ...coercion, item: '（六）', columns: decisionsColumns },
  fees: {
    ...fees,
    item: '（八）',
    columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', meaning: `collected this year, in ${AMOUNT_UNIT} (10,000 yuan); may be a decimal`, unit: AMOUNT_UNIT }],
  },
} as const satisfies TableRows;

const ACTIVE_DISCLOSURE_2019 = {
  regulations: { ...regulations, item: '（一）', columns: madeColumns },
  normativeDocuments: { ...normativeDocuments, label: '规范性文件', item: '（一）', columns: madeColumns },
  licensing: { ...licensing, item: '（五）', columns: itemsColumns },
  otherServices: { label: '其他对外管理服务事项', meaning: 'other external administrative services', match: /(?:其他)?对外管理服务(?:事项)?/, item: '（五）', columns: itemsColumns },
  punishment: { ...punishment, item: '（六）', columns: itemsColumns },
  coercion: { ...coercion, item: '（六）', columns: itemsColumns },
  fees: {
    ...fees,
    item: '（八）',
    columns: [
      { key: 'previousItems', label: '上一年项目数量', meaning: 'items the year before' },
      { key: 'change', label: '本年增/减', meaning: 'items added (positive) or removed (negative) this year', signed: true },
    ],
  },
  procurement: {
    label: '政府集中采购',
    item: '（九）',
    meaning: 'centralised government procurement',
    match: /(?:政府)?集中采购/,
    columns: [
      { key: 'projects', label: '采购项目数量', meaning: 'procurement projects' },
      { key: 'amount', label: '采购总金额', meaning: `total amount, in ${AMOUNT_UNIT} unless a \`unit\` diagnostic says it was printed otherwise`, unit: AMOUNT_UNIT },
    ],
  },
} as const satisfies TableRows;

/** Words part 二's headers print besides the column labels. */
const DISCLOSURE_HEADER_WORDS = [/^信息内容$/];

/** The words each of part 二's small tables' headings opens with (`第二十条第（五）项`). */
const SMALL_TABLE_WORDS = '第二十条';
/** A small table's heading at the start of a matchKey or NFKC text … */
export const SMALL_TABLE_HEADING = new RegExp(`^${SMALL_TABLE_WORDS}`);
/** … and anywhere in one (`规范性文件 第二十条第（五）项`: a heading run into a label). */
export const SMALL_TABLE_HEADING_ANYWHERE = new RegExp(SMALL_TABLE_WORDS);
/** Every whole heading in a matchKey (`第二十条第(五)项`), its item (`(五)`, RowSpec.item's matchKey) the group. */
export const SMALL_TABLE_ITEM = new RegExp(`${SMALL_TABLE_WORDS}第(\\([一二三四五六七八九十]+\\))项`, 'gu');

export const ACTIVE_DISCLOSURE = {
  '2021': { key: 'activeDisclosure', part: 2, rows: ACTIVE_DISCLOSURE_2021, short: '主动公开', headerWords: DISCLOSURE_HEADER_WORDS },
  '2019': { key: 'activeDisclosure', part: 2, rows: ACTIVE_DISCLOSURE_2019, short: '主动公开', headerWords: DISCLOSURE_HEADER_WORDS },
} as const satisfies Record<Format, TableSpec>;

/** Column headers that only one form's part 二 prints; they tell the forms apart. */
export const FORM_MARKERS: Readonly<Record<Format, RegExp>> = {
  '2021': /本年制发|本年废止|本年度止|现行有效件数|本年处理决定|本年收费金额/,
  '2019': /本年新制作|本年新公开|对外公开总数|上一年项目|本年增\/?减|政府集中采购|采购总金额|对外管理服务/,
};
