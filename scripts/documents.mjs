/**
 * A golden report as the documents it is published as: web pages (HTML), Word files (.docx) and,
 * through them, PDFs. Written from the golden's JSON (the tables' values) and its text (the prose
 * around the tables), never from the parser, so that a reader that misplaces a cell fails.
 *
 * - `reportModel(text, golden)`: the report as blocks — its prose lines as paragraphs, and in
 *   parts 二, 三 and 四 the form's tables built from the golden's values (labels as the forms of
 *   国办公开办函〔2021〕30号 and 〔2019〕60号 print them).
 * - `toHtml(model, plan)`, `toDocx(model, plan)`, `toText(model)`: one document; `plan` says how
 *   its tables and page are laid out (group labels printed once with rowspan, value cells that
 *   drift to colspan 2, headers over three rows, labels split over lines, Word's markup, page
 *   chrome, nested layout tables, GBK…). `randomPlan(rng)` draws one; `PLANS` are the named
 *   layouts the fixtures use.
 *
 * Used by scripts/make-document-fixtures.mjs and by the property tests (test/readers/*).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { mulberry32 } from './prng.mjs';

// ── the form ───────────────────────────────────────────────────────────────────────────────

const APPLICANTS = ['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'other', 'total'];
const OUTCOME_KEYS = ['upheld', 'corrected', 'other', 'pending', 'total'];

/** Part 二 tables of each form: item, column labels, [row label, key, fields]. */
const DISCLOSURE = {
  2021: [
    ['第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'], [['规章', 'regulations', ['issued', 'repealed', 'inForce']], ['行政规范性文件', 'normativeDocuments', ['issued', 'repealed', 'inForce']]]],
    ['第二十条第（五）项', ['本年处理决定数量'], [['行政许可', 'licensing', ['decisions']]]],
    ['第二十条第（六）项', ['本年处理决定数量'], [['行政处罚', 'punishment', ['decisions']], ['行政强制', 'coercion', ['decisions']]]],
    ['第二十条第（八）项', ['本年收费金额（单位：万元）'], [['行政事业性收费', 'fees', ['amount']]]],
  ],
  2019: [
    ['第二十条第（一）项', ['本年新制作数量', '本年新公开数量', '对外公开总数量'], [['规章', 'regulations', ['made', 'published', 'totalPublished']], ['规范性文件', 'normativeDocuments', ['made', 'published', 'totalPublished']]]],
    ['第二十条第（五）项', ['上一年项目数量', '本年增/减', '处理决定数量'], [['行政许可', 'licensing', ['previousItems', 'change', 'decisions']], ['其他对外管理服务事项', 'otherServices', ['previousItems', 'change', 'decisions']]]],
    ['第二十条第（六）项', ['上一年项目数量', '本年增/减', '处理决定数量'], [['行政处罚', 'punishment', ['previousItems', 'change', 'decisions']], ['行政强制', 'coercion', ['previousItems', 'change', 'decisions']]]],
    ['第二十条第（八）项', ['上一年项目数量', '本年增/减'], [['行政事业性收费', 'fees', ['previousItems', 'change']]]],
    ['第二十条第（九）项', ['采购项目数量', '采购总金额（单位：万元）'], [['政府集中采购', 'procurement', ['projects', 'amount']]]],
  ],
};

/** The application matrix's rows: [group label or null, label, key]; groups share rowspan. */
const APPLICATION_ROWS = [
  [null, '一、本年新收政府信息公开申请数量', 'newReceived'],
  [null, '二、上年结转政府信息公开申请数量', 'carriedOver'],
  ['（一）予以公开', null, 'granted'],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', null, 'partiallyGranted'],
  ['（三）不予公开', '1.属于国家秘密', 'denied.stateSecret'],
  ['（三）不予公开', '2.其他法律行政法规禁止公开', 'denied.prohibitedByLaw'],
  ['（三）不予公开', '3.危及“三安全一稳定”', 'denied.endangersSafety'],
  ['（三）不予公开', '4.保护第三方合法权益', 'denied.thirdPartyRights'],
  ['（三）不予公开', '5.属于三类内部事务信息', 'denied.internalAffairs'],
  ['（三）不予公开', '6.属于四类过程性信息', 'denied.processInformation'],
  ['（三）不予公开', '7.属于行政执法案卷', 'denied.enforcementFiles'],
  ['（三）不予公开', '8.属于行政查询事项', 'denied.administrativeQuery'],
  ['（四）无法提供', '1.本机关不掌握相关政府信息', 'unableToProvide.notHeld'],
  ['（四）无法提供', '2.没有现成信息需要另行制作', 'unableToProvide.needsCreation'],
  ['（四）无法提供', '3.补正后申请内容仍不明确', 'unableToProvide.unclearAfterCorrection'],
  ['（五）不予处理', '1.信访举报投诉类申请', 'notProcessed.complaint'],
  ['（五）不予处理', '2.重复申请', 'notProcessed.duplicate'],
  ['（五）不予处理', '3.要求提供公开出版物', 'notProcessed.publication'],
  ['（五）不予处理', '4.无正当理由大量反复申请', 'notProcessed.excessive'],
  ['（五）不予处理', '5.要求行政机关确认或重新出具已获取信息', 'notProcessed.confirmation'],
  ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'otherHandling.noCorrection'],
  ['（六）其他处理', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'otherHandling.feeUnpaid'],
  ['（六）其他处理', '3.其他', 'otherHandling.other'],
  ['（七）总计', null, 'totalHandled'],
  [null, '四、结转下年度继续办理', 'carriedForward'],
];

const get = (object, path) => path.split('.').reduce((node, key) => (node == null ? undefined : node[key]), object);
const printed = (value) => (value === null || value === undefined ? '' : String(value));

// ── the model ──────────────────────────────────────────────────────────────────────────────

/** A heading, a paragraph of prose, or the place of a part's tables. */
const clean = (line) => line.trim().replace(/^#+\s*/, '').replaceAll('**', '').trim();
const PART_HEADING = {
  2: /^二、.*主动公开/,
  3: /^三、.*收到和处理/,
  4: /^四、.*(?:行政复议|行政诉讼)/,
  5: /^五、/,
};

/** The models of the golden reports (fixtures/*.renumbered.txt and fixtures/2019/*.txt with their .json), in name order; `root` is the repository. */
export function goldenModels(root) {
  const out = [];
  for (const dir of ['fixtures', 'fixtures/2019']) {
    for (const file of readdirSync(join(root, dir)).sort()) {
      const json = join(root, dir, file.replace(/\.txt$/, '.json'));
      if (!file.endsWith('.txt') || !existsSync(json) || (dir === 'fixtures' && !file.includes('.renumbered.'))) continue;
      out.push(reportModel(readFileSync(join(root, dir, file), 'utf8'), JSON.parse(readFileSync(json, 'utf8'))));
    }
  }
  return out;
}

export function reportModel(text, golden) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const at = Object.fromEntries(
    Object.entries(PART_HEADING).map(([part, re]) => {
      const i = lines.findIndex((l) => re.test(clean(l)));
      if (i < 0) throw new Error(`no heading of part ${part}`);
      return [part, i];
    }),
  );
  const prose = (from, to) =>
    lines
      .slice(from, to)
      .map(clean)
      .filter((l) => l !== '')
      .map((l) => ({ kind: /^[一二三四五六]、|^（[一二三四五六七八九十]）/.test(l) && l.length < 40 ? 'heading' : 'paragraph', text: l }));
  const blocks = [
    ...prose(0, at[2]),
    { kind: 'heading', text: clean(lines[at[2]]) },
    { kind: 'tables', part: 2 },
    { kind: 'heading', text: clean(lines[at[3]]) },
    { kind: 'tables', part: 3 },
    { kind: 'heading', text: clean(lines[at[4]]) },
    { kind: 'tables', part: 4 },
    ...prose(at[5], lines.length),
  ];
  return { blocks, golden, title: golden.meta.title };
}

// ── tables ─────────────────────────────────────────────────────────────────────────────────
// A table is rows of cells { text, colspan, rowspan, value, label }; `text` may be a list of
// pieces printed on separate lines (a label wrapped by hand).

/** The layout of a document's tables and page. Every field has a default (see `withDefaults`). */
export const PLAN_DEFAULTS = {
  /** Group labels （三）不予公开 … printed once with rowspan, or on every row of the group. */
  groups: 'rowspan', // 'rowspan' | 'repeat'
  /** The header of the application matrix over three rows (rowspan/colspan) or one. */
  headerRows: 3, // 3 | 1
  /** Share of value cells with colspan 2 (Word's grid drift). */
  drift: 0,
  /** Share of label cells split over two lines (<br>, <p>, a soft break). */
  splitLabels: 0,
  /** Part 二 as one table or one table per 第二十条 item. */
  part2: 'one', // 'one' | 'separate'
  /** Numbering in a cell of its own (一、 | 本年新收…) instead of in the label. */
  numberCells: false,
  /** HTML: Word's markup (MsoNormal paragraphs, spans, <o:p>, mso- styles) or <font>. */
  markup: 'plain', // 'plain' | 'word' | 'font'
  /** HTML: the site around the report (header, navigation, breadcrumb, footer, scripts). */
  chrome: false,
  /** HTML: the report inside a layout table. */
  nested: false,
  /** HTML: the report inside <div class=TRS_Editor>. */
  trs: false,
  /** HTML bytes: utf-8 | gbk (with a meta charset) | utf-8-bom | utf-8-meta-gbk (declared wrong). */
  charset: 'utf-8',
  /** Word: runs split at random places, mid-word and mid-number. */
  splitRuns: 0,
  /** Word: part headings and the items 1. 2. 3. numbered by Word's automatic numbering. */
  autoNumbering: false,
  /** Word: table borders (PDFs made from it get ruled tables) or none. */
  borders: true,
  /** Word: cells' text centred vertically (labels wrap in their narrow columns: the numbers sit beside their middle line). */
  centred: false,
  /** Word: a page header with the title and a footer with — page —. */
  pageChrome: false,
  /** Word: the size of the prose (points); tables print at 9 points. */
  fontSize: 10.5,
  /** Word: paragraphs of prose indented by two characters, as 公文 print them. */
  indent: false,
  /** Seed of the random choices (drift, splits). */
  seed: 1,
};

export const withDefaults = (plan = {}) => ({ ...PLAN_DEFAULTS, ...plan });

/** Splits a label in two at a character boundary, for labels wrapped over lines. */
function splitText(text, rng) {
  const chars = [...text];
  if (chars.length < 4) return text;
  const at = 2 + Math.floor(rng() * (chars.length - 3));
  return [chars.slice(0, at).join(''), chars.slice(at).join('')];
}

const label = (text, plan, rng, extra = {}) => ({ text: rng() < plan.splitLabels ? splitText(text, rng) : text, label: true, ...extra });
const value = (v, plan, rng) => ({ text: printed(v), value: true, colspan: rng() < plan.drift ? 2 : 1 });

function disclosureTables(golden, plan, rng) {
  const items = DISCLOSURE[golden.format];
  const width = Math.max(...items.map(([, columns]) => columns.length)) + 1;
  const tables = items.map(([item, columns, rows]) => {
    const span = (i, n) => (i === n - 1 ? width - n : 1) + (plan.part2 === 'one' ? 0 : 0);
    return [
      [{ text: item, colspan: width, label: true }],
      [{ text: '信息内容', label: true }, ...columns.map((c, i) => ({ text: c, label: true, colspan: span(i, columns.length) }))],
      ...rows.map(([rowLabel, key, fields]) => [
        label(rowLabel, plan, rng),
        ...fields.map((f, i) => ({ ...value(golden.activeDisclosure[key][f], plan, rng), colspan: span(i, fields.length) })),
      ]),
    ];
  });
  return plan.part2 === 'one' ? [tables.flat()] : tables;
}

function applicationTable(golden, plan, rng) {
  const applications = golden.applications;
  const single = applications.otherHandling.noCorrection === null && applications.otherHandling.feeUnpaid === null;
  const rows = APPLICATION_ROWS.filter(([, , key]) => !(single && (key === 'otherHandling.noCorrection' || key === 'otherHandling.feeUnpaid')));
  const header =
    plan.headerRows === 3
      ? [
          [{ text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', colspan: 3, rowspan: 3, label: true }, { text: '申请人情况', colspan: 7, label: true }],
          [{ text: '自然人', rowspan: 2, label: true }, { text: '法人或其他组织', colspan: 5, label: true }, { text: '总计', rowspan: 2, label: true }],
          ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((text) => label(text, plan, rng)),
        ]
      : [[{ text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', colspan: 3, label: true }, ...['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].map((text) => ({ text, label: true }))]];
  const handledRows = rows.filter(([group]) => group !== null).length;
  const body = rows.map(([group, text, key], r) => {
    const values = APPLICANTS.map((c) => value(get(applications, key)?.[c] ?? null, plan, rng));
    const labels = [];
    const first = (g) => rows.findIndex(([other]) => other === g) === r;
    const groupSize = (g) => rows.filter(([other]) => other === g).length;
    if (group === null) {
      const numbered = /^([一二三四])、(.*)$/.exec(text);
      if (plan.numberCells && numbered) labels.push({ text: `${numbered[1]}、`, label: true }, label(numbered[2], plan, rng, { colspan: 2 }));
      else labels.push(label(text, plan, rng, { colspan: 3 }));
    } else {
      // 三、本年度办理结果 spans every outcome row and （七）总计.
      if (r === 2) labels.push(plan.groups === 'rowspan' ? { text: '三、本年度办理结果', rowspan: handledRows, label: true } : { text: '三、本年度办理结果', label: true });
      else if (plan.groups !== 'rowspan') labels.push({ text: '', label: true });
      if (text === null) labels.push(label(group, plan, rng, { colspan: 2 }));
      else if (group === '（六）其他处理' && single) labels.push(label(group, plan, rng, { colspan: 2 }));
      else {
        if (plan.groups === 'rowspan') {
          if (first(group)) labels.push(label(group, plan, rng, { rowspan: groupSize(group) }));
        } else labels.push(label(group, plan, rng));
        labels.push(label(text, plan, rng));
      }
    }
    return [...labels, ...values];
  });
  return [...header, ...body];
}

function reviewTable(golden, plan, rng) {
  const r = golden.reviewLitigation;
  const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return [
    [{ text: '行政复议', colspan: 5, label: true }, { text: '行政诉讼', colspan: 10, label: true }],
    [...outcomes.map((o) => label(o, plan, rng, { rowspan: 2 })), { text: '未经复议直接起诉', colspan: 5, label: true }, { text: '复议后起诉', colspan: 5, label: true }],
    [...outcomes, ...outcomes].map((o) => label(o, plan, rng)),
    ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((g) => OUTCOME_KEYS.map((f) => ({ text: printed(r[g][f]), value: true }))),
  ];
}

/** The tables of part `part`, laid out by `plan`. */
export function partTables(model, part, plan) {
  const rng = mulberry32(plan.seed * 7 + part);
  if (part === 2) return disclosureTables(model.golden, plan, rng);
  if (part === 3) return [applicationTable(model.golden, plan, rng)];
  return [reviewTable(model.golden, plan, rng)];
}

/** A copy of the golden with one cell changed by +1 (a "one-cell-off" report). */
export function withCellOff(golden, path) {
  const copy = structuredClone(golden);
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce((node, key) => node[key], copy);
  parent[keys.at(-1)] += 1;
  return copy;
}

// ── text (tab-separated rows) ───────────────────────────────────────────────────────────────

const pieces = (text) => (Array.isArray(text) ? text : [text]);
const joined = (text) => pieces(text).join('');

/** The model as a text export: a row a line, cells separated by tabs; rowspan cells printed once. */
export function toText(model, plan = {}) {
  const p = withDefaults(plan);
  const out = [];
  for (const block of model.blocks) {
    if (block.kind !== 'tables') out.push(block.text, '');
    else for (const table of partTables(model, block.part, p)) for (const row of table) out.push(row.map((c) => joined(c.text)).join('\t'));
  }
  return out.join('\n');
}

// ── HTML ───────────────────────────────────────────────────────────────────────────────────

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Runs of spaces as a browser keeps them. */
const keepSpaces = (s) => escapeHtml(s).replace(/ {2,}/g, (run) => ' '.padEnd(run.length, '\u00a0').replace(/\u00a0/g, '&nbsp;'));

function htmlInline(text, markup) {
  const body = keepSpaces(text);
  if (markup === 'word') return `<span lang=EN-US style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体'>${body}<o:p></o:p></span>`;
  if (markup === 'font') return `<font face="仿宋_GB2312" size="3">${body}</font>`;
  return body;
}

function htmlCellContent(cell, markup) {
  const parts = pieces(cell.text);
  if (cell.text === '' || (parts.length === 1 && parts[0] === '')) return markup === 'word' ? "<p class=MsoNormal><span lang=EN-US>&nbsp;<o:p></o:p></span></p>" : '&nbsp;';
  if (markup === 'word') return parts.map((t) => `<p class=MsoNormal align=center style='text-align:center'>${htmlInline(t, markup)}</p>`).join('\n');
  return parts.map((t) => htmlInline(t, markup)).join('<br>');
}

function htmlTable(rows, p) {
  const attrs = p.markup === 'word' ? " class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'" : ' border="1" cellspacing="0"';
  const out = [`<table${attrs}>`];
  rows.forEach((row, r) => {
    out.push(p.markup === 'word' ? ` <tr style='mso-yfti-irow:${r};height:20.0pt'>` : ' <tr>');
    for (const cell of row) {
      const span = `${cell.colspan > 1 ? ` colspan=${cell.colspan}` : ''}${cell.rowspan > 1 ? ` rowspan=${cell.rowspan}` : ''}`;
      const style = p.markup === 'word' ? ` width=72 valign=center style='width:54.0pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'` : '';
      out.push(`  <td${span}${style}>${htmlCellContent(cell, p.markup)}</td>`);
    }
    out.push(' </tr>');
  });
  out.push('</table>');
  return out.join('\n');
}

function htmlBody(model, p) {
  const out = [];
  for (const block of model.blocks) {
    if (block.kind === 'tables') {
      for (const table of partTables(model, block.part, p)) out.push(p.nested ? `<table width="100%"><tr><td>${htmlTable(table, p)}</td></tr></table>` : htmlTable(table, p));
    } else if (block.kind === 'heading') {
      out.push(p.markup === 'word' ? `<p class=MsoNormal style='text-indent:32.0pt'><b>${htmlInline(block.text, p.markup)}</b></p>` : `<h3>${keepSpaces(block.text)}</h3>`);
    } else if (p.markup === 'word') {
      out.push(`<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'>${htmlInline(block.text, p.markup)}</p>`);
    } else {
      out.push(`<p>${p.markup === 'font' ? htmlInline(block.text, p.markup) : `&nbsp;&nbsp;&nbsp;&nbsp;${keepSpaces(block.text)}`}</p>`);
    }
  }
  return out.join('\n');
}

const CHROME_TOP = `<div class="header"><div class="top">无障碍 | 长者模式 | 网站支持IPv6</div><img src="logo.png" alt="人民政府门户网站"></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/nb">政府信息公开年报</a></li><li><a href="/hd">政民互动</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政府信息公开年度报告</div>
<script type="text/javascript">var title = "<table><tr><td>年度报告</td></tr></table>"; document.write('');</script>
<style>.TRS_Editor p { text-indent: 2em; } td { border: 1px solid #000 }</style>`;
/** The information box of a 政府信息公开 page, above the document: its title among the fields. */
const chromeMeta = (title) =>
  `<table class="xxgk-info"><tr><td>索引号：</td><td>11370725MB28-2025-0001</td><td>发布机构：</td><td>办公室</td></tr><tr><td>标　　题：</td><td colspan="3">${escapeHtml(title ?? '')}</td></tr><tr><td>发布日期：</td><td>2025-01-15</td><td>主题分类：</td><td>政务公开</td></tr></table>`;
const CHROME_BOTTOM = `<div class="share">分享到：微信 微博</div><div style="display:none">打印本页 关闭窗口</div>
<div class="footer"><p>主办单位：人民政府办公室　地址：人民路1号　电话：0536-1234567</p><p>网站标识码：3707250001　鲁ICP备12345678号　鲁公网安备 37072502000123号</p></div>
<script>window.onload = function () { var a = 1; };</script>`;

/** The page as a string (before encoding). */
export function htmlPage(model, plan = {}) {
  const p = withDefaults(plan);
  const meta = p.charset === 'gbk' || p.charset === 'utf-8-meta-gbk' ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '<meta charset="utf-8">';
  const wordHead =
    p.markup === 'word'
      ? `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>${meta}<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>办公室</o:Author></o:DocumentProperties></xml><![endif]-->
<style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:10.5pt; font-family:宋体;} --></style></head>`
      : `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>${meta}<title>${escapeHtml(model.title ?? '')}</title></head>`;
  let body = htmlBody(model, p);
  if (p.trs) body = `<div class=TRS_Editor><style>.TRS_Editor P{line-height:2;}</style>\n${body}\n</div>`;
  if (p.nested) body = `<table width="1000" align="center"><tr><td width="200" valign="top"><div class="sidebar">栏目导航</div></td><td width="800">\n${body}\n</td></tr></table>`;
  if (p.chrome) body = `${CHROME_TOP}\n<div class="article">${chromeMeta(model.title)}\n${body}\n</div>\n${CHROME_BOTTOM}`;
  return `${wordHead}\n<body${p.markup === 'word' ? " lang=ZH-CN style='tab-interval:21.0pt'" : ''}>\n${body}\n</body>\n</html>\n`;
}

/** The page's bytes in the plan's charset. */
export function toHtml(model, plan = {}) {
  const p = withDefaults(plan);
  const page = htmlPage(model, p);
  if (p.charset === 'gbk') return new Uint8Array(iconv.encode(page, 'gbk'));
  if (p.charset === 'utf-8-bom') return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page, 'utf8')]));
  return new Uint8Array(Buffer.from(page, 'utf8'));
}

// ── Word ───────────────────────────────────────────────────────────────────────────────────

/** A text cut into runs at random places (mid-word, mid-number), as Word's editing leaves it. */
function runsOf(docx, text, share, rng, style = {}) {
  const chars = [...text];
  const runs = [];
  let current = '';
  for (const ch of chars) {
    current += ch;
    if (rng() < share) {
      runs.push(current);
      current = '';
    }
  }
  if (current) runs.push(current);
  return runs.map((t) => new docx.TextRun({ text: t, ...style }));
}

const NUMBERED_PART = /^([一二三四五六])、\s*(.*)$/;
const NUMBERED_ITEM = /^([1-8])\.(.*)$/;

/** The .docx bytes. `docx` is the `docx` package (a devDependency), passed in by the caller. */
export async function toDocx(docx, model, plan = {}) {
  const p = withDefaults(plan);
  const rng = mulberry32(p.seed * 13 + 5);
  const font = { font: { eastAsia: '宋体', ascii: 'Times New Roman' }, size: p.fontSize * 2 };
  const cellFont = { ...font, size: 18 };
  const border = p.borders
    ? { style: docx.BorderStyle.SINGLE, size: 4, color: '000000' }
    : { style: docx.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
  let itemInstance = 0;

  const paragraphOf = (text, options = {}) => {
    const numberedPart = p.autoNumbering && options.heading ? NUMBERED_PART.exec(text) : null;
    const numberedItem = p.autoNumbering && options.inCell ? NUMBERED_ITEM.exec(text) : null;
    const body = numberedPart ? numberedPart[2] : numberedItem ? numberedItem[2] : text;
    const numbering = numberedPart
      ? { reference: 'parts', level: 0 }
      : numberedItem
        ? { reference: 'items', level: 0, instance: options.itemInstance }
        : undefined;
    return new docx.Paragraph({
      children: runsOf(docx, body, p.splitRuns, rng, options.inCell ? cellFont : font),
      ...(numbering ? { numbering } : {}),
      ...(options.center ? { alignment: docx.AlignmentType.CENTER } : {}),
      ...(options.heading ? { keepNext: true } : {}),
      ...(p.indent && !options.inCell && !options.heading ? { indent: { firstLine: Math.round(p.fontSize * 40) } } : {}),
    });
  };

  const cellOf = (cell, width) => {
    const parts = pieces(cell.text);
    let children;
    if (parts.length > 1 && rng() < 0.5) {
      // A soft line break inside one paragraph.
      children = [new docx.Paragraph({ children: parts.flatMap((t, i) => [...(i > 0 ? [new docx.TextRun({ break: 1 })] : []), ...runsOf(docx, t, p.splitRuns, rng, cellFont)]) })];
    } else {
      children = parts.map((t) => paragraphOf(t, { inCell: true, itemInstance: cell.itemInstance, center: cell.value }));
    }
    return new docx.TableCell({
      children,
      ...(cell.colspan > 1 ? { columnSpan: cell.colspan } : {}),
      ...(cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
      ...(p.centred ? { verticalAlign: docx.VerticalAlign.CENTER } : {}),
      width: { size: width, type: docx.WidthType.DXA },
    });
  };

  /** Each cell's first grid column, placing cells around the rowspans above them. */
  const placeCells = (rows) => {
    const taken = [];
    rows.forEach((row, r) => {
      let column = 0;
      for (const cell of row) {
        while (taken[r]?.[column]) column++;
        cell.column = column;
        for (let dr = 0; dr < (cell.rowspan ?? 1); dr++) for (let dc = 0; dc < (cell.colspan ?? 1); dc++) (taken[r + dr] ??= [])[column + dc] = true;
        column += cell.colspan ?? 1;
      }
    });
    return Math.max(...taken.map((row) => row.length));
  };

  /** Column widths (twips) of a 9000-twip table: label columns wide, value columns 700 (4 digits at 9 pt). */
  const widthsOf = (rows, columns) => {
    const labelColumns = new Set();
    for (const row of rows) if (row.some((c) => c.value)) for (const cell of row) if (!cell.value) for (let k = 0; k < (cell.colspan ?? 1); k++) labelColumns.add(cell.column + k);
    if (labelColumns.size === 0) return Array.from({ length: columns }, () => Math.floor(9000 / columns));
    const valueWidth = Math.min(700, Math.floor(9000 / columns));
    const labelWidth = Math.floor((9000 - valueWidth * (columns - labelColumns.size)) / labelColumns.size);
    return Array.from({ length: columns }, (_, i) => (labelColumns.has(i) ? labelWidth : valueWidth));
  };

  const tableOf = (rows) => {
    // Group labels' items restart their numbering: one numbering instance per group.
    let lastGroup = null;
    for (const row of rows) {
      const group = row.find((c) => c.label && /^（[三四五六]）/.test(joined(c.text)));
      if (group && joined(group.text) !== lastGroup) {
        lastGroup = joined(group.text);
        itemInstance++;
      }
      for (const cell of row) if (cell.label && NUMBERED_ITEM.test(joined(cell.text))) cell.itemInstance = itemInstance;
    }
    const columns = placeCells(rows);
    const widths = widthsOf(rows, columns);
    const spanWidth = (cell) => widths.slice(cell.column, cell.column + (cell.colspan ?? 1)).reduce((a, b) => a + b, 0);
    return new docx.Table({
      rows: rows.map((row) => new docx.TableRow({ children: row.map((cell) => cellOf(cell, spanWidth(cell))) })),
      borders,
      width: { size: 9000, type: docx.WidthType.DXA },
      columnWidths: widths,
      layout: docx.TableLayoutType.FIXED,
    });
  };

  const children = [];
  for (const block of model.blocks) {
    if (block.kind === 'tables') {
      for (const table of partTables(model, block.part, p)) {
        children.push(tableOf(table), new docx.Paragraph({ children: [] }));
      }
    } else {
      children.push(paragraphOf(block.text, { heading: block.kind === 'heading' }));
    }
  }

  const pageChrome = p.pageChrome
    ? {
        headers: { default: new docx.Header({ children: [new docx.Paragraph({ alignment: docx.AlignmentType.CENTER, children: [new docx.TextRun({ text: model.title ?? '', ...font })] })] }) },
        footers: {
          default: new docx.Footer({
            children: [new docx.Paragraph({ alignment: docx.AlignmentType.CENTER, children: [new docx.TextRun({ children: ['— ', docx.PageNumber.CURRENT, ' —'], ...font })] })],
          }),
        },
      }
    : {};

  const document = new docx.Document({
    creator: 'gov-report fixtures',
    numbering: {
      config: [
        { reference: 'parts', levels: [{ level: 0, format: docx.LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: docx.AlignmentType.LEFT }] },
        { reference: 'items', levels: [{ level: 0, format: docx.LevelFormat.DECIMAL, text: '%1.', alignment: docx.AlignmentType.LEFT }] },
      ],
    },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, ...pageChrome, children }],
  });
  return new Uint8Array(await docx.Packer.toBuffer(document));
}

// ── plans ──────────────────────────────────────────────────────────────────────────────────

/** The named layouts the committed fixtures use. */
export const PLANS = {
  html: {
    rowspan: { groups: 'rowspan', headerRows: 3, part2: 'one' },
    drift: { markup: 'word', drift: 0.3, splitLabels: 0.3, charset: 'gbk', seed: 2 },
    chrome: { chrome: true, trs: true, part2: 'separate', markup: 'font', headerRows: 1, groups: 'repeat', seed: 3 },
    nested: { nested: true, chrome: true, splitLabels: 0.5, numberCells: true, charset: 'utf-8-bom', seed: 4 },
  },
  docx: {
    merged: { groups: 'rowspan', headerRows: 3, splitRuns: 0.3, pageChrome: true, seed: 5 },
    numbered: { autoNumbering: true, drift: 0.3, splitLabels: 0.4, splitRuns: 0.2, part2: 'separate', seed: 6 },
  },
  pdf: {
    ruled: { groups: 'rowspan', headerRows: 3, pageChrome: true, centred: true, splitLabels: 0.2, seed: 7 },
    borderless: { groups: 'rowspan', headerRows: 1, borders: false, pageChrome: true, seed: 8 },
    /** Its whole prose in 26-point type: ten pages and more. */
    long: { groups: 'rowspan', headerRows: 3, pageChrome: true, centred: true, fontSize: 26, indent: true, seed: 9 },
  },
};

/** A random plan (for property tests), from a `() => [0, 1)` source. */
export function randomPlan(rng) {
  const pick = (items) => items[Math.floor(rng() * items.length)];
  return {
    groups: pick(['rowspan', 'repeat']),
    headerRows: pick([1, 3]),
    drift: pick([0, 0.2, 0.5]),
    splitLabels: pick([0, 0.3, 1]),
    part2: pick(['one', 'separate']),
    numberCells: rng() < 0.3,
    markup: pick(['plain', 'word', 'font']),
    chrome: rng() < 0.5,
    nested: rng() < 0.3,
    trs: rng() < 0.5,
    charset: pick(['utf-8', 'gbk', 'utf-8-bom', 'utf-8-meta-gbk']),
    splitRuns: pick([0, 0.2, 0.6]),
    autoNumbering: rng() < 0.4,
    seed: Math.floor(rng() * 0xffff),
  };
}
