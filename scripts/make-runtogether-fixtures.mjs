#!/usr/bin/env node
/**
 * Writes fixtures/runtogether/: reports as a web crawler leaves them when it drops the boundaries
 * between table cells, and the tables each must parse to.
 *
 *   <source>.glued.txt      every separator between the values of a table row removed (the label
 *                           glued to its values or not, by a seeded coin); one-cell-per-line rows
 *                           become one run of digits
 *   <source>.spaced.txt     the same, with a stray space left at some of the removed separators
 *   <source>.runin.txt      the same, and each part's heading, column headers and rows run into
 *                           one line, with the prose before and after it
 *   handmade-*.txt          small reports designed by hand where the arithmetic cannot decide,
 *                           decides only across rows, or where the report's own sums are wrong
 *   <name>.expected.json    { format, activeDisclosure, applications, reviewLitigation,
 *                             recovery: [{ code, path, line }], errors: [code] }
 *
 * Sources: fixtures/*.renumbered.txt (2021 form) and fixtures/2019/*.txt (2019 form), with their
 * golden .json. The expected tables are the golden's, never the parser's. Where a run of digits
 * can be cut into its row's cells in more than one way that the form's arithmetic allows, the
 * row's expectation is null plus `ambiguous-digits`: an oracle written here, apart from src/
 * (a plain forward search), counts the cuts of every row and tries every combination of the
 * ambiguous rows against the column rules, and the script asserts that every cut it accepts is
 * the golden one. Deterministic (seeded PRNG). Run: `node scripts/make-runtogether-fixtures.mjs`.
 */
import { APPLICATION_ROWS, BOOKENDS, COLUMNS, OUTCOME_FIELDS, OUTCOME_ROWS, REVIEW_GROUPS } from './form.mjs';
import { GOLDEN_SOURCES } from './goldens.mjs';
import { mulberry32 as prng } from './prng.mjs';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { optionsOf } from './args.mjs';

optionsOf('make-runtogether-fixtures', 'node scripts/make-runtogether-fixtures.mjs  (writes fixtures/runtogether/)', {});

const ROOT = new URL('../', import.meta.url);
const OUT = new URL('../fixtures/runtogether/', import.meta.url);

// ---------------------------------------------------------------------------------------------
// The forms: JSON paths of every cell in the order the forms print them.

const DISCLOSURE = {
  2021: [
    ['regulations', ['issued', 'repealed', 'inForce']],
    ['normativeDocuments', ['issued', 'repealed', 'inForce']],
    ['licensing', ['decisions']],
    ['punishment', ['decisions']],
    ['coercion', ['decisions']],
    ['fees', ['amount']],
  ],
  2019: [
    ['regulations', ['made', 'published', 'totalPublished']],
    ['normativeDocuments', ['made', 'published', 'totalPublished']],
    ['licensing', ['previousItems', 'change', 'decisions']],
    ['otherServices', ['previousItems', 'change', 'decisions']],
    ['punishment', ['previousItems', 'change', 'decisions']],
    ['coercion', ['previousItems', 'change', 'decisions']],
    ['fees', ['previousItems', 'change']],
    ['procurement', ['projects', 'amount']],
  ],
};
/** The 2019 form prints （六）其他处理 as one row (`otherHandling.other`). */
const SINGLE_OTHER = new Set(['otherHandling.noCorrection', 'otherHandling.feeUnpaid']);

/** Rows of one report in reading order: { id, table, row, cells: [path], groups } */
function formRows(format) {
  const rows = [];
  for (const [row, fields] of DISCLOSURE[format]) {
    rows.push({ id: `activeDisclosure.${row}`, cells: fields.map((f) => `activeDisclosure.${row}.${f}`), groups: [] });
  }
  for (const row of APPLICATION_ROWS) {
    if (format === '2019' && SINGLE_OTHER.has(row)) continue;
    rows.push({ id: `applications.${row}`, cells: COLUMNS.map((c) => `applications.${row}.${c}`), groups: [7] });
  }
  rows.push({
    id: 'reviewLitigation',
    cells: REVIEW_GROUPS.flatMap((g) => OUTCOME_FIELDS.map((f) => `reviewLitigation.${g}.${f}`)),
    groups: [5, 5, 5],
  });
  return rows;
}

const get = (object, path) => path.split('.').reduce((node, key) => node?.[key], object);
function set(object, path, value) {
  const keys = path.split('.');
  let node = object;
  for (const key of keys.slice(0, -1)) node = node[key] ??= {};
  node[keys.at(-1)] = value;
}


// ---------------------------------------------------------------------------------------------
// Gluing: the table rows of a report with the separators between their values removed.

/** A value cell that a crawler runs together with its neighbours: plain digits. */
const PLAIN = /^\d+$/;
/** A value cell printed with a sign, decimals or a unit: it keeps its separators. */
const OTHER_VALUE = /^[-+]?\d[\d.,]*\s*(?:万元|元)?$/;
const isHeading = (line, numeral, words) => new RegExp(`^[#*\\s]*${numeral}、.*(?:${words})`).test(line);

/**
 * Glue the value cells of every table row between the heading of part 二 and that of part 五.
 * Returns the new lines and the items read, in order: runs of glued values and whole cells,
 * each with the cell paths it holds, its line and the line of the label before it (1-based).
 */
function glue(text, format, random, { labelGlue, stray }) {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => isHeading(l, '二', '主动公开'));
  const to = lines.findIndex((l, i) => i > from && isHeading(l, '五', '问题|改进'));
  assert.ok(from > 0 && to > from, 'table region');
  const paths = formRows(format).flatMap((r) => r.cells);
  let next = 0;
  const take = (cell) => {
    const path = paths[next++];
    assert.ok(path, `more value cells than the form has, at “${cell}”`);
    return path;
  };
  const out = [];
  const items = [];
  /** The last output line that prints words (a label), 1-based. */
  const lastLabelLine = () => {
    for (let i = out.length - 1; i >= 0; i--) if (/[\u3400-\u9fff]/.test(out[i])) return i + 1;
    return null;
  };
  /** One cell per line: a line without the leading tab continues the label cell above it. */
  const cellStart = (line) => (line > 1 && !out[line - 1].startsWith('\t') && out[line - 2].startsWith('\t') ? line - 1 : line);
  const joinRun = (values) => values.map((v, i) => (i > 0 && random() < stray ? ' ' : '') + v).join('');
  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    if (i < from || i >= to) {
      out.push(line);
      i++;
      continue;
    }
    const filled = line.split('\t').map((c) => c.trim()).filter((c) => c !== '');
    if (filled.length === 1 && PLAIN.test(filled[0])) {
      // One cell per line: the block of value lines is one run.
      const block = [];
      while (i < to && /^\s*\d+\s*$/.test(lines[i]) && lines[i].trim() !== '') block.push(lines[i++].trim());
      const run = joinRun(block);
      const previous = out.at(-1) ?? '';
      const item = { kind: 'run', text: run, paths: block.map(take) };
      if (/[\u3400-\u9fff]/.test(previous) && random() < labelGlue) {
        out[out.length - 1] = previous.replace(/\s+$/, '') + run;
      } else {
        out.push(`\t${run}`);
      }
      item.line = out.length;
      item.labelLine = cellStart(/[\u3400-\u9fff]/.test(out.at(-1)) ? out.length : lastLabelLine());
      items.push(item);
      continue;
    }
    if (!filled.some((c) => PLAIN.test(c) || OTHER_VALUE.test(c))) {
      out.push(line);
      i++;
      continue;
    }
    // A row on one line: its values glued, the label glued to them or not.
    const labelAbove = lastLabelLine();
    const before = items.length;
    let printed = '';
    let previous = null;
    let run = null;
    for (const cell of filled) {
      const kind = PLAIN.test(cell) ? 'value' : OTHER_VALUE.test(cell) ? 'other' : 'label';
      if (kind === 'value') {
        if (previous === 'value') {
          const space = random() < stray ? ' ' : '';
          printed += space + cell;
          run.text += space + cell;
          run.paths.push(take(cell));
        } else {
          printed += previous === 'label' && random() < labelGlue ? '' : previous ? '\t' : '';
          printed += cell;
          run = { kind: 'run', text: cell, paths: [take(cell)], labelsBefore: previous !== null };
          items.push(run);
        }
      } else {
        printed += (previous ? '\t' : '') + cell;
        if (kind === 'other') items.push({ kind: 'whole', text: cell, paths: [take(cell)], labelsBefore: previous !== null });
      }
      previous = kind;
    }
    out.push(printed);
    for (const item of items.slice(before)) {
      item.line = out.length;
      item.labelLine = item.labelsBefore ? out.length : labelAbove;
    }
    i++;
  }
  assert.equal(next, paths.length, 'every cell of the form was glued');
  return { lines: out, items };
}

/**
 * Run each part's heading and table into one line: part 二 after the last prose line of part 一,
 * part 三 on a line of its own, part 四 followed by the heading of part 五 and its first line.
 * Items' lines are moved with their text.
 */
function runIn(lines, items) {
  const at = (numeral, words) => lines.findIndex((l) => isHeading(l, numeral, words));
  const h2 = at('二', '主动公开');
  const h3 = at('三', '申请');
  const h4 = at('四', '复议|诉讼');
  const h5 = at('五', '问题|改进');
  let prose = h2 - 1;
  while (lines[prose].trim() === '') prose--;
  let afterH5 = h5 + 1;
  while (lines[afterH5].trim() === '') afterH5++;
  const groups = [
    [prose, h3 - 1],
    [h3, h4 - 1],
    [h4, afterH5],
  ]; // inclusive 0-based ranges that become one line each
  const mapping = new Map(); // old 0-based index → new 0-based index
  const out = [];
  for (let i = 0; i < lines.length; ) {
    const group = groups.find(([a]) => a === i);
    if (!group) {
      mapping.set(i, out.length);
      out.push(lines[i++]);
      continue;
    }
    const [a, b] = group;
    for (let j = a; j <= b; j++) mapping.set(j, out.length);
    // Cells printed with a sign, decimals or a unit keep their separators (see README.md).
    const cells = lines
      .slice(a, b + 1)
      .flatMap((l) => l.split('\t'))
      .map((c) => c.trim())
      .filter((c) => c !== '');
    out.push(cells.map((c, j) => (j > 0 && (OTHER_VALUE.test(c) || OTHER_VALUE.test(cells[j - 1])) ? '\t' : '') + c).join(''));
    i = b + 1;
  }
  for (const item of items) {
    item.line = mapping.get(item.line - 1) + 1;
    item.labelLine = mapping.get(item.labelLine - 1) + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The oracle: every cut of a row's printed pieces, by a plain forward search (apart from src/).

const MAX_DIGITS = 9;

/** A row's printed pieces: digit segments (split at spaces) and whole cells. */
function piecesOf(items) {
  return items.flatMap((item) =>
    item.kind === 'run' ? item.text.split(' ').map((digits) => ({ digits })) : [{ value: parseFloat(item.text) }],
  );
}

/**
 * Every cut of `pieces` into `n` cells, no cell over MAX_DIGITS digits, no leading zeros, that
 * satisfies `groups` (consecutive cell groups whose last cell is the sum of the others). A group's
 * last cell is computed from the others and looked for in the digits.
 */
function oracleCuts(pieces, n, groups) {
  const lastOfGroup = new Map();
  let start = 0;
  for (const size of groups) {
    lastOfGroup.set(start + size - 1, start);
    start += size;
  }
  const cuts = [];
  const cells = [];
  const walk = (p, offset) => {
    const k = cells.length;
    if (p === pieces.length) {
      if (k === n) cuts.push([...cells]);
      return;
    }
    if (k === n) return;
    const piece = pieces[p];
    const groupStart = lastOfGroup.get(k);
    const sum = groupStart === undefined ? null : cells.slice(groupStart).reduce((s, v) => s + v, 0);
    if (piece.value !== undefined) {
      if (sum !== null && sum !== piece.value) return;
      cells.push(piece.value);
      walk(p + 1, 0);
      cells.pop();
      return;
    }
    const rest = piece.digits.slice(offset);
    const lengths = sum !== null ? [String(sum).length] : Array.from({ length: Math.min(MAX_DIGITS, rest.length) }, (_, i) => i + 1);
    for (const length of lengths) {
      const text = rest.slice(0, length);
      if (text.length < length || (length > 1 && text[0] === '0')) continue;
      if (sum !== null && Number(text) !== sum) continue;
      cells.push(Number(text));
      if (length === rest.length) walk(p + 1, 0);
      else walk(p, offset + length);
      cells.pop();
    }
  };
  if (groups.length === 1 && groups[0] === n && n > 2) {
    // One group: its total is the end of the last piece; the other cells may not exceed it.
    const last = pieces.at(-1);
    const totals = last.value !== undefined ? [[last.value, null]] : [];
    if (last.digits !== undefined) {
      for (let t = 1; t <= Math.min(MAX_DIGITS, last.digits.length); t++) {
        const text = last.digits.slice(-t);
        if (t > 1 && text[0] === '0') continue;
        totals.push([Number(text), last.digits.slice(0, -t)]);
      }
    }
    for (const [total, head] of totals) {
      const front = head === null ? pieces.slice(0, -1) : head === '' ? pieces.slice(0, -1) : [...pieces.slice(0, -1), { digits: head }];
      for (const cut of boundedCuts(front, n - 1, total)) {
        if (cut.reduce((s, v) => s + v, 0) === total) cuts.push([...cut, total]);
      }
    }
    return cuts;
  }
  walk(0, 0);
  return cuts;
}

/** Every cut of `pieces` into `n` cells, each cell and the running sum no more than `bound`. */
function boundedCuts(pieces, n, bound) {
  const cuts = [];
  const cells = [];
  const walk = (p, offset, sum) => {
    if (p === pieces.length) {
      if (cells.length === n) cuts.push([...cells]);
      return;
    }
    if (cells.length === n) return;
    const piece = pieces[p];
    if (piece.value !== undefined) {
      if (sum + piece.value > bound) return;
      cells.push(piece.value);
      walk(p + 1, 0, sum + piece.value);
      cells.pop();
      return;
    }
    const rest = piece.digits.slice(offset);
    for (let length = 1; length <= Math.min(rest.length, MAX_DIGITS); length++) {
      if (length > 1 && rest[0] === '0') break;
      const value = Number(rest.slice(0, length));
      if (sum + value > bound) break;
      cells.push(value);
      if (length === rest.length) walk(p + 1, 0, sum + value);
      else walk(p, offset + length, sum + value);
      cells.pop();
    }
  };
  walk(0, 0, 0);
  return cuts;
}

/** The column rules of the application matrix, per column: [rows added, rows subtracted]. */
const COLUMN_RULES = [
  { code: 'handled-sum', plus: OUTCOME_ROWS, minus: ['totalHandled'] },
  { code: 'balance', plus: ['newReceived', 'carriedOver'], minus: ['totalHandled', 'carriedForward'] },
];

/**
 * For rows of the application matrix with several cuts: the cuts that some combination of the
 * other ambiguous rows' cuts lets satisfy every column rule whose rows are all readable. Tries
 * every combination (the script stops if there are too many to try).
 */
function crossRowSupport(states) {
  const variables = [...states].filter(([, s]) => s.kind === 'choice').map(([row]) => row);
  const rules = COLUMN_RULES.filter((r) => [...r.plus, ...r.minus].every((row) => states.has(row) && states.get(row).kind !== 'unknown'));
  const involved = variables.filter((v) => rules.some((r) => r.plus.includes(v) || r.minus.includes(v)));
  if (involved.length === 0) return new Map();
  const combinations = involved.reduce((n, v) => n * states.get(v).cuts.length, 1);
  assert.ok(combinations <= 2_000_000, `too many combinations to try (${combinations})`);
  const support = new Map(involved.map((v) => [v, new Set()]));
  const pick = new Map();
  const value = (row, column) => {
    const state = states.get(row);
    const values = state.kind === 'choice' ? state.cuts[pick.get(row)] : state.values;
    return values[column] ?? 0;
  };
  const holds = () =>
    rules.every((rule) =>
      COLUMNS.every((_, c) => rule.plus.reduce((s, r) => s + value(r, c), 0) === rule.minus.reduce((s, r) => s + value(r, c), 0)),
    );
  let solutions = 0;
  const walk = (i) => {
    if (i === involved.length) {
      if (!holds()) return;
      solutions++;
      for (const v of involved) support.get(v).add(pick.get(v));
      return;
    }
    for (let c = 0; c < states.get(involved[i]).cuts.length; c++) {
      pick.set(involved[i], c);
      walk(i + 1);
    }
  };
  walk(0);
  return solutions === 0 ? new Map() : support;
}

// ---------------------------------------------------------------------------------------------
// Expected output: the golden tables, and which rows were recovered, ambiguous or unrecoverable.

function expectations(golden, format, items, { errors = [] } = {}) {
  const rows = formRows(format);
  const tables = {
    format,
    activeDisclosure: structuredClone(golden.activeDisclosure),
    applications: structuredClone(golden.applications),
    reviewLitigation: structuredClone(golden.reviewLitigation),
  };
  const byRow = new Map();
  for (const item of items) {
    const row = rows.find((r) => r.cells.includes(item.paths[0]));
    assert.ok(item.paths.every((p) => row.cells.includes(p)), `an item spans two rows: ${item.paths.join(', ')}`);
    if (!byRow.has(row.id)) byRow.set(row.id, { row, items: [] });
    byRow.get(row.id).items.push(item);
  }
  const states = new Map(); // application row (without `applications.`) → oracle state
  const outcome = new Map(); // row id → { kind, cuts }
  for (const [id, { row, items: printed }] of byRow) {
    const truth = row.cells.map((p) => get(golden, p));
    const pieces = piecesOf(printed);
    if (pieces.length === row.cells.length) {
      outcome.set(id, { kind: 'plain' });
      if (id.startsWith('applications.')) states.set(id.slice(13), { kind: 'known', values: truth });
      continue;
    }
    const cuts = oracleCuts(pieces, row.cells.length, row.groups);
    const valid = cuts.filter((c) => c.every((v, i) => v === truth[i]));
    assert.equal(valid.length, cuts.length === 0 ? 0 : 1, `${id}: the golden values are one of the cuts (${printed.map((p) => p.text).join(' ')})`);
    outcome.set(id, { kind: cuts.length === 0 ? 'unrecoverable' : cuts.length === 1 ? 'recovered' : 'ambiguous', cuts });
    if (id.startsWith('applications.')) {
      states.set(
        id.slice(13),
        cuts.length === 1 ? { kind: 'known', values: cuts[0] } : cuts.length > 1 ? { kind: 'choice', cuts } : { kind: 'unknown' },
      );
    }
  }
  // The 2019 form's single （六）其他处理 row leaves these two out: they count as blank.
  if (format === '2019') for (const row of SINGLE_OTHER) states.set(row, { kind: 'known', values: [] });
  for (const [row, kept] of crossRowSupport(states)) {
    const id = `applications.${row}`;
    const result = outcome.get(id);
    if (kept.size === 1) {
      const cut = result.cuts[[...kept][0]];
      const { row: spec } = byRow.get(id);
      assert.deepEqual(cut, spec.cells.map((p) => get(golden, p)), `${id}: the column rules choose the golden cut`);
      outcome.set(id, { kind: 'recovered', cuts: [cut] });
    }
  }
  const recovery = [];
  for (const [id, result] of outcome) {
    if (result.kind === 'plain') continue;
    const { row, items: printed } = byRow.get(id);
    const code = { recovered: 'recovered-digits', ambiguous: 'ambiguous-digits', unrecoverable: 'unrecoverable-digits' }[result.kind];
    const line = row.id === 'reviewLitigation' ? printed[0].line : printed[0].labelLine;
    recovery.push({ code, path: id, line });
    if (result.kind !== 'recovered') for (const path of row.cells) set(tables, path, null);
  }
  recovery.sort((a, b) => a.line - b.line || a.path.localeCompare(b.path));
  return { ...tables, recovery, errors };
}

// ---------------------------------------------------------------------------------------------
// The copies of the golden fixtures.

const COPIES = [
  ...Object.keys(GOLDEN_SOURCES).map((source, i) => ({ source, style: 'glued', seed: 0x61ed0000 + i, labelGlue: 0.5, stray: 0 })),
  { source: '001', style: 'spaced', seed: 0x5ace0001, labelGlue: 0.5, stray: 0.25 },
  { source: '004', style: 'spaced', seed: 0x5ace0004, labelGlue: 1, stray: 0.25 },
  { source: '2019-cells', style: 'spaced', seed: 0x5ace2019, labelGlue: 0.5, stray: 0.3 },
  { source: '002', style: 'runin', seed: 0x4e110002, labelGlue: 1, stray: 0 },
  { source: '2019-tabs', style: 'runin', seed: 0x4e112019, labelGlue: 1, stray: 0.15 },
];

const written = [];
function write(name, text, expected) {
  writeFileSync(new URL(`${name}.txt`, OUT), text);
  writeFileSync(new URL(`${name}.expected.json`, OUT), `${JSON.stringify(expected, null, 2)}\n`);
  written.push(name);
}

mkdirSync(OUT, { recursive: true });
for (const file of readdirSync(OUT)) if (/\.(?:txt|expected\.json)$/.test(file)) rmSync(new URL(file, OUT));

for (const copy of COPIES) {
  const base = GOLDEN_SOURCES[copy.source];
  const text = readFileSync(new URL(`${base}.txt`, ROOT), 'utf8');
  const golden = JSON.parse(readFileSync(new URL(`${base}.json`, ROOT), 'utf8'));
  const format = golden.format;
  const random = prng(copy.seed);
  const glued = glue(text, format, random, copy);
  const lines = copy.style === 'runin' ? runIn(glued.lines, glued.items) : glued.lines;
  const name = `${base.split('/').pop().replace('.renumbered', '')}.${copy.style}`;
  write(name, lines.join('\n'), expectations(golden, format, glued.items));
}

// ---------------------------------------------------------------------------------------------
// Hand-made reports (2021 form). Each row is printed as designed: `cells` with tabs, or `run`
// run together (glued to its label, or after a tab with `tab: true`). The designed values are the
// truth; `expect` says what the design means for the row, and the oracle must agree.

const LABELS_2021 = {
  newReceived: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  granted: '三、本年度办理结果\t（一）予以公开',
  partiallyGranted: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  'denied.stateSecret': '（三）不予公开\t1.属于国家秘密',
  'denied.prohibitedByLaw': '2.其他法律行政法规禁止公开',
  'denied.endangersSafety': '3.危及“三安全一稳定”',
  'denied.thirdPartyRights': '4.保护第三方合法权益',
  'denied.internalAffairs': '5.属于三类内部事务信息',
  'denied.processInformation': '6.属于四类过程性信息',
  'denied.enforcementFiles': '7.属于行政执法案卷',
  'denied.administrativeQuery': '8.属于行政查询事项',
  'unableToProvide.notHeld': '（四）无法提供\t1.本机关不掌握相关政府信息',
  'unableToProvide.needsCreation': '2.没有现成信息需要另行制作',
  'unableToProvide.unclearAfterCorrection': '3.补正后申请内容仍不明确',
  'notProcessed.complaint': '（五）不予处理\t1.信访举报投诉类申请',
  'notProcessed.duplicate': '2.重复申请',
  'notProcessed.publication': '3.要求提供公开出版物',
  'notProcessed.excessive': '4.无正当理由大量反复申请',
  'notProcessed.confirmation': '5.要求行政机关确认或重新出具已获取信息',
  'otherHandling.noCorrection': '（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'otherHandling.feeUnpaid': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  'otherHandling.other': '3.其他',
  totalHandled: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
};
const ZERO7 = [0, 0, 0, 0, 0, 0, 0];

/**
 * A hand-made report. `disclosure`: { row: { values, run? } }; `applications`: { row: { values,
 * run?, tab? } } (rows left out are zeros printed with tabs); `review`: { values (15), run?,
 * header? (the header words on the values' line) }.
 */
function handmade({ title, disclosure, applications, review }) {
  const lines = [title, '一、总体情况', '本机关认真贯彻《中华人民共和国政府信息公开条例》，做好政府信息公开工作。', '二、主动公开政府信息情况'];
  const items = [];
  const golden = { activeDisclosure: {}, applications: {}, reviewLitigation: {} };
  const printRow = (label, values, design, paths) => {
    let text;
    if (design?.run !== undefined) {
      assert.equal(design.run.replace(/ /g, ''), values.join(''), `${label}: the run prints the designed values`);
      text = `${label}${design.tab ? '\t' : ''}${design.run}`;
      lines.push(text);
      items.push({ kind: 'run', text: design.run, paths, line: lines.length, labelLine: lines.length });
    } else {
      lines.push(`${label}\t${values.join('\t')}`);
      paths.forEach((path, i) => items.push({ kind: 'run', text: String(values[i]), paths: [path], line: lines.length, labelLine: lines.length }));
    }
  };
  const sections = [
    ['第二十条第（一）项', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', [['regulations', '规章'], ['normativeDocuments', '行政规范性文件']], ['issued', 'repealed', 'inForce']],
    ['第二十条第（五）项', '信息内容\t本年处理决定数量', [['licensing', '行政许可']], ['decisions']],
    ['第二十条第（六）项', '信息内容\t本年处理决定数量', [['punishment', '行政处罚'], ['coercion', '行政强制']], ['decisions']],
    ['第二十条第（八）项', '信息内容\t本年收费金额（单位：万元）', [['fees', '行政事业性收费']], ['amount']],
  ];
  for (const [item, header, rows, fields] of sections) {
    lines.push(item, header);
    for (const [key, label] of rows) {
      const design = disclosure[key] ?? { values: fields.map(() => 0) };
      golden.activeDisclosure[key] = Object.fromEntries(fields.map((f, i) => [f, design.values[i]]));
      printRow(label, design.values, design, fields.map((f) => `activeDisclosure.${key}.${f}`));
    }
  }
  lines.push(
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况',
    '\t自然人\t法人或其他组织\t总计',
    '\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
  );
  for (const row of APPLICATION_ROWS) {
    const design = applications[row] ?? { values: ZERO7 };
    set(golden.applications, row, Object.fromEntries(COLUMNS.map((c, i) => [c, design.values[i]])));
    printRow(LABELS_2021[row], design.values, design, COLUMNS.map((c) => `applications.${row}.${c}`));
  }
  lines.push(
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议\t行政诉讼',
    '\t未经复议直接起诉\t复议后起诉',
  );
  const header = '结果维持\t结果纠正\t其他结果\t尚未审结\t总计';
  const headers = [header, header, header].join('\t');
  REVIEW_GROUPS.forEach((g, i) => {
    golden.reviewLitigation[g] = Object.fromEntries(OUTCOME_FIELDS.map((f, j) => [f, review.values[i * 5 + j]]));
  });
  const reviewPaths = REVIEW_GROUPS.flatMap((g) => OUTCOME_FIELDS.map((f) => `reviewLitigation.${g}.${f}`));
  if (review.run !== undefined) {
    assert.equal(review.run.replace(/ /g, ''), review.values.join(''));
    if (review.header) lines.push(`${headers.replace(/\t/g, '')}${review.run}`);
    else lines.push(headers, review.run);
    items.push({ kind: 'run', text: review.run, paths: reviewPaths, line: lines.length, labelLine: lines.length });
  } else {
    lines.push(headers, review.values.join('\t'));
    reviewPaths.forEach((path, i) => items.push({ kind: 'run', text: String(review.values[i]), paths: [path], line: lines.length }));
  }
  lines.push('五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '无。', '');
  return { text: lines.join('\n'), golden, items };
}

/** The outcome of each row the design means, checked against the oracle's expectations. */
function writeHandmade(name, report, meant, errors) {
  const expected = expectations(report.golden, '2021', report.items, { errors });
  const found = Object.fromEntries(expected.recovery.map((r) => [r.path, r.code]));
  assert.deepEqual(found, meant, `${name}: the oracle agrees with the design`);
  write(name, report.text, expected);
}

// Cross-row rules decide: 予以公开 `100001011` fits its row as 1,0,0,0,0,10,11 or as
// 10,0,0,0,1,0,11 (and other cuts); （七）总计 printed with its cells separated has only the first
// in its columns. 规章 `000` has one cut; 行政规范性文件 `1120000` has several and no arithmetic.
writeHandmade(
  'handmade-decided',
  handmade({
    title: '某某县某某局2024年政府信息公开工作年度报告',
    disclosure: {
      regulations: { values: [0, 0, 0], run: '000' },
      normativeDocuments: { values: [1, 12000, 0], run: '1120000' },
      licensing: { values: [3] },
    },
    applications: {
      newReceived: { values: [80, 1, 0, 0, 0, 10, 91], run: '8010001091' },
      carriedOver: { values: ZERO7, run: '0000000' },
      granted: { values: [1, 0, 0, 0, 0, 10, 11], run: '100001011' },
      partiallyGranted: { values: [2, 0, 0, 0, 0, 0, 2] },
      totalHandled: { values: [3, 0, 0, 0, 0, 10, 13], run: '3 0 0 0 0 10 13', tab: true },
      carriedForward: { values: [77, 1, 0, 0, 0, 0, 78], run: '7710000 78' },
    },
    review: { values: [1, 1, 0, 0, 2, 4, 0, 0, 1, 5, 1, 0, 1, 0, 2], run: '110024001510102', header: true },
  }),
  {
    'activeDisclosure.regulations': 'recovered-digits',
    'activeDisclosure.normativeDocuments': 'ambiguous-digits',
    'applications.newReceived': 'recovered-digits',
    'applications.carriedOver': 'recovered-digits',
    'applications.granted': 'recovered-digits',
    'applications.carriedForward': 'recovered-digits',
    reviewLitigation: 'recovered-digits',
  },
  [],
);

// Cross-row rules cannot decide: 予以公开 and 部分公开 both print `100001011`, one meaning
// 1,0,0,0,0,10,11 and the other 10,0,0,0,1,0,11; either way round the columns add up the same.
// Part 四's first group prints `1001011`: 10,0,1,0,11 or 1,0,0,10,11.
writeHandmade(
  'handmade-undecided',
  handmade({
    title: '某某县某某局2024年政府信息公开工作年度报告',
    disclosure: {},
    applications: {
      newReceived: { values: [11, 0, 0, 0, 1, 10, 22] },
      granted: { values: [1, 0, 0, 0, 0, 10, 11], run: '100001011' },
      partiallyGranted: { values: [10, 0, 0, 0, 1, 0, 11], run: '100001011' },
      totalHandled: { values: [11, 0, 0, 0, 1, 10, 22] },
    },
    review: { values: [10, 0, 1, 0, 11, 0, 0, 0, 0, 0, 2, 0, 0, 0, 2], run: '10010110000020002' },
  }),
  {
    'applications.granted': 'ambiguous-digits',
    'applications.partiallyGranted': 'ambiguous-digits',
    reviewLitigation: 'ambiguous-digits',
  },
  [],
);

// The report's own sums are wrong: （七）总计 prints 30 for 自然人 where the rows add up to 80.
// 予以公开 `801000081` has one cut (80,1,0,0,0,0,81) and stands; the validator reports the
// column. 上年结转 `2000003` cannot be cut so that 2+0+0+0+0+0 is 3: unrecoverable.
writeHandmade(
  'handmade-wrong-sums',
  handmade({
    title: '某某县某某局2024年政府信息公开工作年度报告',
    disclosure: {},
    applications: {
      newReceived: { values: [80, 1, 0, 0, 0, 0, 81] },
      carriedOver: { values: [2, 0, 0, 0, 0, 0, 3], run: '2000003' },
      granted: { values: [80, 1, 0, 0, 0, 0, 81], run: '801000081' },
      totalHandled: { values: [30, 1, 0, 0, 0, 0, 31] },
      carriedForward: { values: [50, 0, 0, 0, 0, 0, 50] },
    },
    review: { values: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
  }),
  {
    'applications.carriedOver': 'unrecoverable-digits',
    'applications.granted': 'recovered-digits',
  },
  ['handled-sum'],
);

// No choice of cuts makes the column rules hold (（七）总计 prints 30 for 自然人, the rows add up to
// 81 or 90), so they choose nothing: 不予公开·国家秘密 `100001011` stays ambiguous, and its
// unknown cells keep the validator from checking the column sums.
writeHandmade(
  'handmade-no-solution',
  handmade({
    title: '某某县某某局2024年政府信息公开工作年度报告',
    disclosure: {},
    applications: {
      newReceived: { values: [30, 1, 0, 0, 0, 10, 41] },
      granted: { values: [80, 1, 0, 0, 0, 0, 81] },
      'denied.stateSecret': { values: [1, 0, 0, 0, 0, 10, 11], run: '100001011' },
      totalHandled: { values: [30, 1, 0, 0, 0, 10, 41] },
    },
    review: { values: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
  }),
  { 'applications.denied.stateSecret': 'ambiguous-digits' },
  [],
);

console.log(`wrote ${written.length} run-together fixtures to fixtures/runtogether/: ${written.join(', ')}`);
