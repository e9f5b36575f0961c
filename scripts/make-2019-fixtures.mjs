#!/usr/bin/env node
/**
 * Writes the 2019-trial-form fixtures (国办公开办函〔2019〕60号) to fixtures/2019/:
 * each <name>.txt and its golden <name>.json, plus a pre-2019 report (2017-legacy.txt, no golden).
 *
 * The golden comes from the values designed here, never from a parser: the script picks the
 * numbers with a fixed-seed PRNG, asserts that the form's arithmetic holds and that every cell
 * of a report is distinct and non-zero, then renders the same values in three export layouts.
 *
 *   node scripts/make-2019-fixtures.mjs
 */
import { APPLICANT_COLUMNS, BOOKENDS, COLUMNS, OUTCOME_FIELDS, REVIEW_GROUPS } from './form.mjs';
import { mulberry32 } from './prng.mjs';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { optionsOf } from './args.mjs';

optionsOf('make-2019-fixtures', 'node scripts/make-2019-fixtures.mjs  (writes fixtures/2019/)', {});

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'fixtures', '2019');

// ---------------------------------------------------------------------------------------------
// The 2019 form: labels exactly as printed on the form.

const HEADINGS = {
  overview: '一、总体情况',
  active: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  review: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  otherMatters: '六、其他需要报告的事项',
};

/** Part 二: the five 第二十条 tables. `fields` are the data columns after 信息内容. */
const ACTIVE_TABLES = [
  {
    item: '第二十条第（一）项',
    columns: ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
    fields: ['made', 'published', 'totalPublished'],
    rows: [
      { label: '规章', key: 'regulations' },
      { label: '规范性文件', key: 'normativeDocuments' },
    ],
  },
  {
    item: '第二十条第（五）项',
    columns: ['上一年项目数量', '本年增/减', '处理决定数量'],
    fields: ['previousItems', 'change', 'decisions'],
    rows: [
      { label: '行政许可', key: 'licensing' },
      { label: '其他对外管理服务事项', key: 'otherServices' },
    ],
  },
  {
    item: '第二十条第（六）项',
    columns: ['上一年项目数量', '本年增/减', '处理决定数量'],
    fields: ['previousItems', 'change', 'decisions'],
    rows: [
      { label: '行政处罚', key: 'punishment' },
      { label: '行政强制', key: 'coercion' },
    ],
  },
  {
    item: '第二十条第（八）项',
    columns: ['上一年项目数量', '本年增/减'],
    fields: ['previousItems', 'change'],
    rows: [{ label: '行政事业性收费', key: 'fees' }],
  },
  {
    item: '第二十条第（九）项',
    columns: ['采购项目数量', '采购总金额'],
    fields: ['projects', 'amount'],
    rows: [{ label: '政府集中采购', key: 'procurement' }],
  },
];

const MATRIX_HEADER = {
  note: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  noteSplit: ['（本列数据的勾稽关系为：第一项加第二项之和，', '等于第三项加第四项之和）'],
  applicants: '申请人情况',
  top: ['自然人', '法人或其他组织', '总计'],
  organisations: ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
};

/**
 * Part 三, top to bottom. `section` is the 一…四 label, `group` the （一）…（七） label, `item` the
 * numbered sub-label; `path` the JSON path of a data row. In the 2019 form （六）其他处理 is one row.
 */
const MATRIX_ROWS = [
  { section: '一、本年新收政府信息公开申请数量', path: 'newReceived' },
  { section: '二、上年结转政府信息公开申请数量', path: 'carriedOver' },
  { section: '三、本年度办理结果', group: '（一）予以公开', path: 'granted' },
  { group: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', path: 'partiallyGranted' },
  { group: '（三）不予公开', item: '1.属于国家秘密', path: 'denied.stateSecret' },
  { item: '2.其他法律行政法规禁止公开', path: 'denied.prohibitedByLaw' },
  { item: '3.危及“三安全一稳定”', path: 'denied.endangersSafety' },
  { item: '4.保护第三方合法权益', path: 'denied.thirdPartyRights' },
  { item: '5.属于三类内部事务信息', path: 'denied.internalAffairs' },
  { item: '6.属于四类过程性信息', path: 'denied.processInformation' },
  { item: '7.属于行政执法案卷', path: 'denied.enforcementFiles' },
  { item: '8.属于行政查询事项', path: 'denied.administrativeQuery' },
  { group: '（四）无法提供', item: '1.本机关不掌握相关政府信息', path: 'unableToProvide.notHeld' },
  { item: '2.没有现成信息需要另行制作', path: 'unableToProvide.needsCreation' },
  { item: '3.补正后申请内容仍不明确', path: 'unableToProvide.unclearAfterCorrection' },
  { group: '（五）不予处理', item: '1.信访举报投诉类申请', path: 'notProcessed.complaint' },
  { item: '2.重复申请', path: 'notProcessed.duplicate' },
  { item: '3.要求提供公开出版物', path: 'notProcessed.publication' },
  { item: '4.无正当理由大量反复申请', path: 'notProcessed.excessive' },
  { item: '5.要求行政机关确认或重新出具已获取信息', path: 'notProcessed.confirmation' },
  { group: '（六）其他处理', path: 'otherHandling.other' },
  { group: '（七）总计', path: 'totalHandled' },
  { section: '四、结转下年度继续办理', path: 'carriedForward' },
];
const OUTCOME_PATHS = MATRIX_ROWS.map((r) => r.path).filter((p) => !BOOKENDS.includes(p));
assert.equal(OUTCOME_PATHS.length, 19);

const OUTCOME_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

// ---------------------------------------------------------------------------------------------
// Designed values.

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const range = (lo, hi) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
function shuffle(xs, rand) {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/**
 * Every numeric cell of a report, distinct and non-zero. Small counts come from one shuffled
 * pool 1..160 (so no two cells repeat); the large ones (处理决定数量, 对外公开总数量) are drawn
 * from 200..9999. `negative` names the one 本年增/减 cell printed as a negative number.
 */
function design(seed, { negative, amount }) {
  const rand = mulberry32(seed);
  const randInt = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  for (let attempt = 1; attempt <= 10_000; attempt++) {
    const pool = shuffle(range(1, 160), rand);
    let at = 0;
    const take = (n) => pool.slice(at, (at += n));

    const outcomes = take(OUTCOME_PATHS.length * 6);
    if (sum(outcomes) > 9600) continue;
    const carriedOver = take(6);
    const carriedForward = take(6);
    const reviewCells = take(12);
    const small = take(14); // the negative 本年增/减 is drawn apart

    // Part 三.
    const rows = {};
    const rowOf = (cells) => {
      const row = {};
      APPLICANT_COLUMNS.forEach((k, i) => (row[k] = cells[i]));
      row.total = sum(cells);
      return row;
    };
    OUTCOME_PATHS.forEach((p, r) => (rows[p] = rowOf(outcomes.slice(r * 6, r * 6 + 6))));
    const handled = APPLICANT_COLUMNS.map((_, c) => sum(OUTCOME_PATHS.map((p) => rows[p][APPLICANT_COLUMNS[c]])));
    rows.totalHandled = rowOf(handled);
    rows.carriedOver = rowOf(carriedOver);
    rows.carriedForward = rowOf(carriedForward);
    rows.newReceived = rowOf(handled.map((h, c) => h + carriedForward[c] - carriedOver[c]));

    // Part 二.
    const active = {};
    for (const table of ACTIVE_TABLES) {
      for (const { key } of table.rows) {
        const row = {};
        for (const f of table.fields) {
          if (f === 'amount') row[f] = amount.value;
          else if (f === 'decisions' || f === 'totalPublished') row[f] = randInt(200, 9999);
          else if (f === 'change' && key === negative) row[f] = -randInt(1, 9);
          else row[f] = small.shift();
        }
        active[key] = row;
      }
    }
    assert.equal(small.length, 0);

    // Part 四.
    const review = {};
    REVIEW_GROUPS.forEach((g, i) => {
      const [upheld, corrected, other, pending] = reviewCells.slice(i * 4, i * 4 + 4);
      review[g] = { upheld, corrected, other, pending, total: upheld + corrected + other + pending };
    });

    const values = { rows, active, review };
    const cells = numericCells(values).filter((v) => v !== amount.value);
    const distinct = new Set(cells).size === cells.length;
    const inRange = cells.every((v) => Number.isInteger(v) && v !== 0 && Math.abs(v) <= 9999);
    if (distinct && inRange) return values;
  }
  throw new Error(`no distinct design for seed ${seed}`);
}

function numericCells({ rows, active, review }) {
  return [
    ...Object.values(rows).flatMap((r) => Object.values(r)),
    ...Object.values(active).flatMap((r) => Object.values(r)),
    ...Object.values(review).flatMap((r) => Object.values(r)),
  ];
}

/** The form's own arithmetic, checked on the values as they go into the golden. */
function assertArithmetic({ rows, review }) {
  const cols = COLUMNS;
  for (const [path, row] of Object.entries(rows)) {
    assert.equal(row.total, sum(APPLICANT_COLUMNS.map((k) => row[k])), `row-total ${path}`);
  }
  for (const c of cols) {
    assert.equal(rows.totalHandled[c], sum(OUTCOME_PATHS.map((p) => rows[p][c])), `handled-sum ${c}`);
    assert.equal(
      rows.newReceived[c] + rows.carriedOver[c],
      rows.totalHandled[c] + rows.carriedForward[c],
      `balance ${c}`,
    );
  }
  for (const g of REVIEW_GROUPS) {
    const o = review[g];
    assert.equal(o.total, o.upheld + o.corrected + o.other + o.pending, `total ${g}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Rendering. A Doc collects lines and remembers the 1-based line of marked cells.

class Doc {
  lines = [];
  marks = {};
  add(...lines) {
    this.lines.push(...lines);
  }
  mark(name, line) {
    this.marks[name] = this.lines.length + 1;
    this.lines.push(line);
  }
  text() {
    return `${this.lines.join('\n')}\n`;
  }
}

const T = '\t';
const cellText = (v, amount) => (v === amount.value ? amount.printed : String(v));

/** Part 二 as tab rows, four cells wide, like seeds 001 and 003. */
function activeAsTabs(doc, active, amount) {
  for (const table of ACTIVE_TABLES) {
    doc.add(`${table.item}${T}${T}${T}`);
    doc.add(['信息内容', ...table.columns, ...Array(3 - table.columns.length).fill('')].join(T));
    for (const { label, key } of table.rows) {
      const cells = table.fields.map((f) => cellText(active[key][f], amount));
      const line = [label, ...cells, ...Array(3 - cells.length).fill('')].join(T);
      if (key === 'procurement') doc.mark('amount', line);
      else doc.add(line);
    }
  }
}

/** Part 二 as one cell per line, blank line between rows, like seed 000. */
function activeAsCells(doc, active, amount) {
  for (const table of ACTIVE_TABLES) {
    doc.add(`${T}${table.item}`, '');
    doc.add(`${T}信息内容`, ...table.columns.map((c) => `${T}${c}`), '');
    for (const { label, key } of table.rows) {
      // A cell's diagnostics carry its row label's line: mark the label for the amount.
      if (key === 'procurement') doc.mark('amountRow', `${T}${label}`);
      else doc.add(`${T}${label}`);
      for (const f of table.fields) {
        const line = `${T}${cellText(active[key][f], amount)}`;
        if (f === 'amount') doc.mark('amount', line);
        else doc.add(line);
      }
      doc.add('');
    }
  }
}

/** Part 三 as tab rows with the merged-cell artefacts of seeds 001 and 003. */
function matrixAsTabs(doc, rows) {
  const { note, applicants, top, organisations } = MATRIX_HEADER;
  doc.add(`${note}${T}${T}${applicants}${T}${T}${T}${T}${T}${T}${T}`);
  doc.add(`${T}${T}${top[0]}${T}${top[1]}${T}${T}${T}${T}${T}${top[2]}${T}`);
  doc.add(`${T}${T}${T}${organisations.join(T)}${T}${T}`);
  for (const r of MATRIX_ROWS) {
    const nums = COLUMNS.map((k) => rows[r.path][k]).join(T);
    if (r.path === 'carriedForward') doc.add(`${r.section}${T}${T}${T}${nums}`);
    else if (r.section && r.group) doc.add(`${r.section}${T}${r.group}${T}${nums}${T}`);
    else if (r.section) doc.add(`${r.section}${T}${T}${nums}${T}`);
    else if (r.path === 'partiallyGranted') doc.add(`${T}${r.group}${T}${nums}${T}`);
    else if (r.group && r.item) doc.add(`${T}${r.group}${T}${r.item}${T}${nums}`);
    else if (r.group) doc.add(`${T}${r.group}${T}${T}${nums}`);
    else doc.add(`${T}${T}${r.item}${T}${nums}`);
  }
}

/**
 * Part 三 as one cell per line, like seed 000: a row's label cells (an empty cell for each merged
 * label above it), then seven number cells, then a blank line.
 */
function matrixAsCells(doc, rows, { pad = '', bookmark = '', splitHeader = false, split = {} } = {}) {
  const { note, noteSplit, applicants, top, organisations } = MATRIX_HEADER;
  if (splitHeader) doc.add(`${T}${noteSplit[0]}`, noteSplit[1]);
  else doc.add(`${T}${note}`);
  doc.add(`${T}${applicants}`, '');
  doc.add(T, ...top.map((c) => `${T}${c}`), '');
  doc.add(T, T, ...organisations.map((c) => `${T}${c}`), T, '');
  let first = true;
  for (const r of MATRIX_ROWS) {
    const labels = [];
    if (r.section) labels.push(r.section);
    else labels.push('');
    if (r.group) labels.push(r.group);
    else if (r.item) labels.push('');
    if (r.item) labels.push(r.item);
    for (const label of labels) {
      const text = `${T}${first ? bookmark : ''}${label}`;
      first = false;
      if (split[label]) doc.add(`${T}${split[label][0]}`, split[label][1]);
      else doc.add(text);
    }
    for (const k of COLUMNS) doc.add(`${T}${pad}${rows[r.path][k]}`);
    doc.add('');
  }
}

const reviewNumbers = (review) => REVIEW_GROUPS.flatMap((g) => OUTCOME_FIELDS.map((k) => review[g][k]));

/** Part 四 as tab rows under the three-line merged header of seed 002. */
function reviewAsTabs(doc, review) {
  doc.add(`行政复议${T}${T}${T}${T}${T}行政诉讼${T.repeat(9)}`);
  doc.add(`${OUTCOME_LABELS.join(T)}${T}未经复议直接起诉${T.repeat(5)}复议后起诉${T.repeat(4)}`);
  doc.add(`${T.repeat(5)}${OUTCOME_LABELS.join(T)}${T}${OUTCOME_LABELS.join(T)}`);
  doc.add(reviewNumbers(review).join(T));
}

/** Part 四 as one cell per line, like seed 000, with 结果维持 and 尚未审结 split over two lines. */
function reviewAsCells(doc, review) {
  doc.add(`${T}行政复议`, `${T}行政诉讼`, '');
  doc.add(`${T}结果`, '维持', `${T}结果纠正`, `${T}其他结果`, `${T}尚未`, '审结', `${T}总计`);
  doc.add(`${T}未经复议直接起诉`, `${T}复议后起诉`, '');
  doc.add(...[...OUTCOME_LABELS, ...OUTCOME_LABELS].map((c) => `${T}${c}`), '');
  doc.add(...reviewNumbers(review).map((v) => `${T} ${v} `));
}

/** Part 四 as one row of fifteen tab-separated numbers under a two-line header. */
function reviewAsOneRow(doc, review) {
  doc.add(`行政复议${T.repeat(5)}行政诉讼（未经复议直接起诉）${T.repeat(5)}行政诉讼（复议后起诉）${T.repeat(4)}`);
  doc.add([...OUTCOME_LABELS, ...OUTCOME_LABELS, ...OUTCOME_LABELS].join(T));
  doc.add(reviewNumbers(review).join(T));
}

// ---------------------------------------------------------------------------------------------
// The reports.

const REPORTS = [
  {
    name: '2019-tabs',
    seed: 20190101,
    negative: 'licensing',
    amount: { printed: '35.6', value: 35.6 },
    title: '望川县自然资源局2019年政府信息公开工作年度报告',
    organ: '望川县自然资源局',
    year: 2019,
    signature: '望川县自然资源局',
    date: '2020年1月17日',
    publishedOn: '2020-01-17',
    preamble: [
      '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式（试行）〉的通知》（国办公开办函〔2019〕60号）要求编制。本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。如对本报告有疑问，请与望川县自然资源局办公室联系。',
    ],
    overview: [
      '2019年，望川县自然资源局深入贯彻落实新修订的《条例》，坚持以公开为常态、不公开为例外，围绕自然资源管理和国土空间规划重点工作，扎实推进政府信息公开工作。',
      '（一）主动公开情况。全年在县政府门户网站自然资源局专栏主动公开政府信息326条，其中土地征收、国有建设用地使用权出让、矿业权出让等重点领域信息118条；通过“望川自然资源”微信公众号发布信息94条。',
      '（二）依申请公开情况。本局严格执行依申请公开登记、审核、办理、答复、归档制度，所有申请均在法定期限内答复，具体情况见本报告第三部分。',
      '（三）政府信息管理情况。修订《望川县自然资源局政府信息公开管理办法》，落实信息发布前保密审查和“三审三校”制度，全年未发生泄密和错发信息情况。',
      '（四）平台建设情况。对门户网站专栏进行改版，新增“征地信息公开”“不动产登记”两个栏目，方便群众查询。',
      '（五）监督保障情况。成立由局主要负责人任组长的政务公开工作领导小组，明确办公室为政府信息公开工作机构，配备专职人员2名，将政务公开纳入年度目标考核。',
    ],
    problems: [
      '（一）存在的主要问题',
      '一是部分业务股室对新《条例》理解不够深入，主动公开的信息以工作动态为主，政策解读材料偏少；二是依申请公开办理中与相关单位的会商机制还不够顺畅，个别申请答复临近法定期限；三是专栏部分栏目更新不够及时。',
      '（二）改进情况',
      '一是组织全局干部职工系统学习新《条例》，提高依法公开的意识和能力；二是完善依申请公开办理流程，建立法律顾问提前介入机制，确保答复规范、及时；三是落实专人维护专栏，每月开展一次自查，及时更新公开内容。',
    ],
    otherMatters: ['本年度未收取政府信息公开信息处理费。', '本机关无其他需要报告的事项。'],
    render(doc, v, r) {
      // Seeds 001–004: blank lines around headings and between paragraphs, tab rows.
      doc.add('', '', r.title, '');
      paragraphs(doc, r.preamble, '');
      doc.add(HEADINGS.overview, '');
      paragraphs(doc, r.overview, '');
      doc.add(HEADINGS.active, '');
      activeAsTabs(doc, v.active, r.amount);
      doc.add('', HEADINGS.applications, '');
      matrixAsTabs(doc, v.rows);
      doc.add('', HEADINGS.review, '');
      reviewAsTabs(doc, v.review);
      doc.add('', HEADINGS.problems, '');
      paragraphs(doc, r.problems, '');
      doc.add(HEADINGS.otherMatters, '');
      paragraphs(doc, r.otherMatters, '');
      doc.add(r.signature, '', r.date);
    },
  },
  {
    name: '2019-cells',
    seed: 20190202,
    negative: 'fees',
    amount: { printed: '251000元', value: 251000, unit: '元' },
    titleLine: ' 云岫县市场监督管理局2019年政府信息公开工作年度报告',
    title: '云岫县市场监督管理局2019年政府信息公开工作年度报告',
    organ: '云岫县市场监督管理局',
    year: 2019,
    signature: '云岫县市场监督管理局    ',
    date: '                           2020年1月20日    ',
    publishedOn: '2020-01-20',
    preamble: [
      '根据《中华人民共和国政府信息公开条例》规定，现公布云岫县市场监督管理局2019年政府信息公开工作年度报告。本报告所列数据统计期限为2019年1月1日至2019年12月31日。',
    ],
    overview: [
      '2019年，云岫县市场监督管理局以贯彻实施新修订的《中华人民共和国政府信息公开条例》为主线，围绕市场监管重点工作，不断深化政务公开，提升政府工作透明度。',
      '（一）主动公开情况。全年主动公开政府信息512条，其中行政许可、行政处罚“双公示”信息287条，食品安全抽检信息63条，“双随机、一公开”抽查结果41条。',
      '（二）依申请公开情况。全年依申请公开办理情况详见本报告第三部分，所有申请均依法在规定期限内予以答复。',
      '（三）政府信息管理情况。建立政府信息公开属性源头认定机制，公文在拟制时即明确公开属性；健全信息发布审核制度，坚持先审后发。',
      '（四）平台建设情况。依托县政府门户网站信息公开专栏和“云岫市场监管”微信公众号，形成网站、新媒体、公开栏协同的信息发布格局。',
      '（五）监督保障情况。将政府信息公开工作纳入年度绩效考核，组织专题培训2次，参训人员86人次。',
    ],
    problems: [
      '2019年我局政府信息公开工作取得了一定成效，但仍存在一些不足：一是主动公开的深度和广度有待拓展；二是政策解读形式较为单一，图解、视频等解读方式运用不多。',
      '下一步，我局将进一步梳理主动公开目录，扩大公开范围；丰富政策解读形式，增强解读的针对性和可读性；加强业务培训，提升工作人员依法公开能力。',
    ],
    otherMatters: ['（一）信息处理费收取情况', '本年度我局未收取信息处理费。', '（二）本机关认为需要报告的其他事项', '无。'],
    render(doc, v, r) {
      // Seed 000: no blank lines in prose, one cell per line in the tables.
      doc.add(r.titleLine, '');
      doc.add(...r.preamble);
      doc.add(HEADINGS.overview, ...r.overview);
      doc.add(HEADINGS.active);
      activeAsCells(doc, v.active, r.amount);
      doc.add('', '', HEADINGS.applications);
      matrixAsCells(doc, v.rows, { pad: '  ', bookmark: '[bookmark: _Hlk30417219]', splitHeader: true });
      doc.add('', '', HEADINGS.review);
      reviewAsCells(doc, v.review);
      doc.add('', '', HEADINGS.problems, ...r.problems);
      doc.add(HEADINGS.otherMatters, ...r.otherMatters);
      doc.add('', '', r.signature, r.date);
    },
  },
  {
    name: '2020-mixed',
    seed: 20200303,
    negative: 'coercion',
    amount: { printed: '48.25万元', value: 48.25 },
    titleLine: '南屏县住房和城乡建设局 2020 年政府信息公开工作年度报告',
    title: '南屏县住房和城乡建设局2020年政府信息公开工作年度报告',
    organ: '南屏县住房和城乡建设局',
    year: 2020,
    signature: '南屏县住房和城乡建设局',
    date: '2021 年 1 月 22 日',
    publishedOn: '2021-01-22',
    preamble: [
      '　　本报告依据《中华人民共和国政府信息公开条例》和国办公开办函〔2019〕60号文件要求编制，统计期限为2020年1月1日至2020年12月31日。',
    ],
    overview: [
      '　　2020年，南屏县住房和城乡建设局在县委、县政府的坚强领导下，统筹做好疫情防控和住房城乡建设领域政务公开工作，以公开促落实、促规范、促服务。',
      '　　一是做好主动公开。全年主动公开政府信息438条，重点公开保障性安居工程、城镇老旧小区改造、建筑工地疫情防控等信息。',
      '　　二是规范依申请公开。严格按照法定程序和时限办理政府信息公开申请，办理结果详见本报告第三部分。',
      '　　三是加强平台建设。完善县政府门户网站住建局信息公开专栏，开设“老旧小区改造”专题，及时发布项目进展。',
      '　　四是强化监督保障。调整政务公开工作领导小组，明确分管领导和具体承办人员，将政务公开纳入股室年度考核。',
    ],
    problems: [
      '　　（一）存在的主要问题',
      '　　政策解读的及时性和针对性还需增强；部分基层工作人员对依申请公开办理程序掌握不够熟练。',
      '　　（二）改进情况',
      '　　2021年，我局将围绕住房城乡建设重点工作，加强政策解读，及时回应社会关切；开展依申请公开业务培训，进一步规范答复文书。',
    ],
    otherMatters: ['　　本年度我局未收取政府信息公开信息处理费，无其他需要报告的事项。'],
    render(doc, v, r) {
      // Part 二 as tab rows, part 三 one cell per line, part 四 one row of fifteen numbers.
      doc.add(r.titleLine, '');
      paragraphs(doc, r.preamble, '');
      doc.add(HEADINGS.overview, '');
      paragraphs(doc, r.overview, '');
      doc.add(HEADINGS.active, '');
      activeAsTabs(doc, v.active, r.amount);
      doc.add('', HEADINGS.applications);
      matrixAsCells(doc, v.rows, {
        split: { '5.要求行政机关确认或重新出具已获取信息': ['5.要求行政机关确认或重新', '出具已获取信息'] },
      });
      doc.add(HEADINGS.review, '');
      reviewAsOneRow(doc, v.review);
      doc.add('', HEADINGS.problems, '');
      paragraphs(doc, r.problems, '');
      doc.add(HEADINGS.otherMatters, '');
      paragraphs(doc, r.otherMatters, '');
      doc.add('', r.signature, r.date, '');
    },
  },
];

function paragraphs(doc, lines, separator) {
  for (const line of lines) doc.add(line, separator);
}

const bodyText = (lines) =>
  lines
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');

function golden(r, v, doc, bytes) {
  const row = (path) => pick(v.rows[path], COLUMNS);
  const applications = {
    newReceived: row('newReceived'),
    carriedOver: row('carriedOver'),
    granted: row('granted'),
    partiallyGranted: row('partiallyGranted'),
    denied: {
      stateSecret: row('denied.stateSecret'),
      prohibitedByLaw: row('denied.prohibitedByLaw'),
      endangersSafety: row('denied.endangersSafety'),
      thirdPartyRights: row('denied.thirdPartyRights'),
      internalAffairs: row('denied.internalAffairs'),
      processInformation: row('denied.processInformation'),
      enforcementFiles: row('denied.enforcementFiles'),
      administrativeQuery: row('denied.administrativeQuery'),
    },
    unableToProvide: {
      notHeld: row('unableToProvide.notHeld'),
      needsCreation: row('unableToProvide.needsCreation'),
      unclearAfterCorrection: row('unableToProvide.unclearAfterCorrection'),
    },
    notProcessed: {
      complaint: row('notProcessed.complaint'),
      duplicate: row('notProcessed.duplicate'),
      publication: row('notProcessed.publication'),
      excessive: row('notProcessed.excessive'),
      confirmation: row('notProcessed.confirmation'),
    },
    otherHandling: { noCorrection: null, feeUnpaid: null, other: row('otherHandling.other') },
    totalHandled: row('totalHandled'),
    carriedForward: row('carriedForward'),
  };
  const a = v.active;
  const activeDisclosure = {
    regulations: pick(a.regulations, ['made', 'published', 'totalPublished']),
    normativeDocuments: pick(a.normativeDocuments, ['made', 'published', 'totalPublished']),
    licensing: pick(a.licensing, ['previousItems', 'change', 'decisions']),
    otherServices: pick(a.otherServices, ['previousItems', 'change', 'decisions']),
    punishment: pick(a.punishment, ['previousItems', 'change', 'decisions']),
    coercion: pick(a.coercion, ['previousItems', 'change', 'decisions']),
    fees: pick(a.fees, ['previousItems', 'change']),
    procurement: pick(a.procurement, ['projects', 'amount']),
  };
  const reviewLitigation = {};
  for (const g of REVIEW_GROUPS) reviewLitigation[g] = pick(v.review[g], OUTCOME_FIELDS);

  const diagnostics = [];
  if (r.amount.unit && r.amount.unit !== '万元') {
    diagnostics.push({
      code: 'unit',
      severity: 'info',
      message: `“采购总金额”按“${r.amount.unit}”填报（${r.amount.printed}），不是万元；数值按原样保留`,
      path: 'activeDisclosure.procurement.amount',
      line: doc.marks.amountRow ?? doc.marks.amount,
    });
  }
  return {
    source: { file: `fixtures/2019/${r.name}.txt`, encoding: 'utf-8', bytes, type: 'text' },
    format: '2019',
    meta: { title: r.title, organ: r.organ, year: r.year, publishedOn: r.publishedOn },
    activeDisclosure,
    applications,
    reviewLitigation,
    text: {
      overview: bodyText(r.overview),
      problems: bodyText(r.problems),
      otherMatters: bodyText(r.otherMatters),
    },
    diagnostics,
  };
}

/** A copy with exactly `keys`, in that order (the schema's key order). */
function pick(obj, keys) {
  assert.deepEqual(Object.keys(obj).sort(), [...keys].sort());
  return Object.fromEntries(keys.map((k) => [k, obj[k]]));
}

// ---------------------------------------------------------------------------------------------
// The pre-2019 report: 2008-条例 headings, statistics in prose, no 第二十条 tables, no matrix.

const LEGACY = [
  '望川县人民政府办公室2017年政府信息公开工作年度报告',
  '',
  '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由望川县人民政府办公室编制。全文包括概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况，因政府信息公开申请行政复议、提起行政诉讼的情况，政府信息公开工作存在的主要问题及改进情况，其他需要报告的事项。本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。',
  '',
  '一、概述',
  '',
  '2017年，我县认真贯彻落实《条例》和上级关于政务公开工作的部署要求，以推进决策、执行、管理、服务、结果公开为重点，不断完善工作机制，拓宽公开渠道，政府信息公开工作取得新进展。',
  '',
  '二、主动公开政府信息情况',
  '',
  '全年共主动公开政府信息1234条，其中通过县政府门户网站公开986条，通过政务微博、微信公开172条，通过政府公报、公开栏等其他方式公开76条。主动公开的信息中，机构职能类58条，政策法规类137条，规划计划类44条，业务工作类995条。',
  '',
  '三、依申请公开政府信息情况',
  '',
  '全年受理依申请公开12件，其中当面申请3件，网络申请7件，信函申请2件。已答复12件，其中同意公开8件，同意部分公开1件，不予公开1件，信息不存在2件。',
  '',
  '四、政府信息公开的收费及减免情况',
  '',
  '全年未收取政府信息公开检索、复制、邮寄等费用。',
  '',
  '五、因政府信息公开申请行政复议、提起行政诉讼的情况',
  '',
  '全年未发生因政府信息公开申请提起行政复议、行政诉讼的情况。',
  '',
  '六、政府信息公开工作存在的主要问题及改进情况',
  '',
  '我县政府信息公开工作虽然取得了一定成效，但仍存在公开内容不够全面、部分部门信息更新不及时等问题。下一步，我们将进一步加强督促检查，完善考核机制，推动政府信息公开工作规范化、常态化。',
  '',
  '七、其他需要报告的事项',
  '',
  '无。',
  '',
  '望川县人民政府办公室',
  '2018年3月20日',
  '',
].join('\n');

// ---------------------------------------------------------------------------------------------

mkdirSync(outDir, { recursive: true });
for (const r of REPORTS) {
  const v = design(r.seed, r);
  assertArithmetic(v);
  const cells = numericCells(v).filter((x) => x !== r.amount.value);
  assert.equal(new Set(cells).size, cells.length, 'every cell distinct');
  assert.ok(cells.every((x) => x !== 0 && Math.abs(x) <= 9999), 'every cell non-zero, at most 4 digits');
  const doc = new Doc();
  r.render(doc, v, r);
  const text = doc.text();
  const bytes = Buffer.byteLength(text, 'utf8');
  const g = golden(r, v, doc, bytes);

  // The prose in the file is exactly the prose in the golden.
  for (const part of ['overview', 'problems', 'otherMatters']) {
    for (const line of g.text[part].split('\n')) assert.ok(doc.lines.some((l) => l.trim() === line));
  }
  assert.ok(doc.marks.amount, 'amount cell marked');
  assert.ok(doc.lines[doc.marks.amount - 1].includes(r.amount.printed));

  writeFileSync(join(outDir, `${r.name}.txt`), text);
  writeFileSync(join(outDir, `${r.name}.json`), `${JSON.stringify(g, null, 2)}\n`);
  console.error(`fixtures/2019/${r.name}.txt  ${bytes} bytes, ${doc.lines.length} lines`);
}
writeFileSync(join(outDir, '2017-legacy.txt'), LEGACY);
console.error('fixtures/2019/2017-legacy.txt');
