#!/usr/bin/env node
/**
 * Writes the fixtures of the cross-checks, independently of the parser in src/:
 *
 *   fixtures/series/consistent/qiaoguan-<year>.txt   one organ's reports for 2019–2025: the 2019
 *       trial form for 2019 and 2020 (from fixtures/2019/2019-tabs.txt), the 2021 form from 2021
 *       on (from fixtures/002_4a61cbdbb397b0fd.renumbered.txt); every table cell designed here,
 *       distinct within its report and non-zero, the form's arithmetic exact, and each year's
 *       上年结转 equal to the year before's 结转下年度继续办理, column by column
 *   fixtures/series/doctored/qiaoguan-<year>.txt     the same series with one column broken in
 *       one year: 2023's 上年结转·商业企业 is 7 more than 2022 carried forward (本年新收·商业企业 7 less,
 *       and both 总计 with them, so the report itself still adds up)
 *   fixtures/prose/*.txt                             prose variants of the 2024 (2021 form) and
 *       2020 (2019 form) reports of the series: figures stated right, loosely but acceptably, and
 *       wrong (one wrong figure per file)
 *   fixtures/series/series.json, fixtures/prose/prose.json   the designed values and expectations
 *
 * The templates' line numbers were read by eye (`nl`); each report's prose states its own designed
 * figures, so the series gives no text-table warning. Deterministic (seeded PRNG, no clock).
 * Run: `node scripts/make-series-fixtures.mjs` (`--check` compares with the committed files).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { APPLICANT_COLUMNS, APPLICATION_ROWS, BOOKENDS, COLUMNS, OUTCOME_FIELDS, REVIEW_GROUPS } from './form.mjs';
import { prng } from './prng.mjs';
import { optionsOf } from './args.mjs';

const options = optionsOf('make-series-fixtures', 'node scripts/make-series-fixtures.mjs [--check]  (writes fixtures/series/; --check: compares instead, writes nothing)', { check: { type: 'boolean', default: false } });

const ROOT = new URL('../', import.meta.url);
const CHECK = options.check;
const ORGAN = '昌乐县乔官镇人民政府';
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const DOCTORED = { year: 2023, column: 'commercial', delta: 7 };

const fail = (message) => {
  throw new Error(message);
};
const sum = (values) => values.reduce((a, b) => a + b, 0);

// ── the two templates, as read line by line ─────────────────────────────────────────────

/** The 2019 form prints （六）其他处理 as one row: its outcome rows are these. */
const OUTCOMES_2019 = APPLICATION_ROWS.filter((r) => !BOOKENDS.includes(r) && r !== 'otherHandling.noCorrection' && r !== 'otherHandling.feeUnpaid');
const OUTCOMES_2021 = APPLICATION_ROWS.filter((r) => !BOOKENDS.includes(r));
const ROWS_2019 = APPLICATION_ROWS.filter((r) => r !== 'otherHandling.noCorrection' && r !== 'otherHandling.feeUnpaid');

const TEMPLATES = {
  2019: {
    file: 'fixtures/2019/2019-tabs.txt',
    templateYear: 2019,
    tables: { part2: [23, 40], part3: [44, 69], part4: [73, 76] },
    part2: [
      'regulations.made', 'regulations.published', 'regulations.totalPublished',
      'normativeDocuments.made', 'normativeDocuments.published', 'normativeDocuments.totalPublished',
      ...['licensing', 'otherServices', 'punishment', 'coercion'].flatMap((r) => [`${r}.previousItems`, `${r}.change`, `${r}.decisions`]),
      'fees.previousItems', 'fees.change', 'procurement.projects', 'procurement.amount',
    ],
    decimal: 'procurement.amount',
    rows: ROWS_2019,
    outcomes: OUTCOMES_2019,
    // Row label lines (tabs: the label and its values on one line).
    lines: { 'applications.newReceived': 47, 'applications.carriedOver': 48, 'applications.carriedForward': 69, 'applications.totalHandled': 68, 'applications.granted': 49, 'activeDisclosure.normativeDocuments': 26, 'reviewLitigation.review': 76 },
    // Where the prose states the figures of part 三 (line 13, part 一's 依申请公开 paragraph).
    claimLine: 13,
    claimAfter: '具体情况见本报告第三部分。',
    // Part 一's paragraph on proactive disclosure, where part 二's figures are stated.
    activeLine: 11,
    blank: { part3: 43, part4: 72 },
    rename: [['望川县自然资源局', ORGAN], ['自然资源局', '乔官镇'], ['本局', '本镇'], ['局主要负责人', '镇主要负责人'], ['全局', '全镇']],
  },
  2021: {
    file: 'fixtures/002_4a61cbdbb397b0fd.renumbered.txt',
    templateYear: 2024,
    tables: { part2: [39, 53], part3: [57, 85], part4: [89, 92] },
    part2: [
      'regulations.issued', 'regulations.repealed', 'regulations.inForce',
      'normativeDocuments.issued', 'normativeDocuments.repealed', 'normativeDocuments.inForce',
      'licensing.decisions', 'punishment.decisions', 'coercion.decisions', 'fees.amount',
    ],
    decimal: 'fees.amount',
    rows: APPLICATION_ROWS,
    outcomes: OUTCOMES_2021,
    lines: { 'applications.newReceived': 60, 'applications.carriedOver': 61, 'applications.carriedForward': 85, 'applications.totalHandled': 84, 'applications.granted': 62, 'activeDisclosure.normativeDocuments': 42, 'activeDisclosure.fees': 53, 'activeDisclosure.punishment': 49, 'reviewLitigation.review': 92 },
    claimLine: 19,
    // The renumbered copy's figures (its sentence rewritten by make-fixtures.mjs) are replaced by the designed ones.
    claimReplace: '2024年度共收到依申请公开8743件。因政府信息公开申请引起行政复议2111件、行政诉讼4341件。',
    activeLine: 15,
    blank: { part3: 56, part4: 88 },
    rename: [],
  },
};

const formOf = (year) => (year <= 2020 ? '2019' : '2021');

// ── designed values ─────────────────────────────────────────────────────────────────────


/**
 * One year's cells (path → value), given the columns carried over from the year before. Outcome
 * cells are small distinct numbers, 结转下年度 three digits; 本年新收 closes the 勾稽关系.
 */
function designYear(year, carriedOver, rng) {
  const t = TEMPLATES[formOf(year)];
  for (let attempt = 1; attempt <= 10_000; attempt++) {
    const cells = new Map();
    const pool = rng.shuffle(Array.from({ length: t.outcomes.length * 6 + 20 }, (_, i) => i + 1)).slice(0, t.outcomes.length * 6);
    t.outcomes.forEach((row, r) => APPLICANT_COLUMNS.forEach((col, c) => cells.set(`applications.${row}.${col}`, pool[r * 6 + c])));
    for (const col of APPLICANT_COLUMNS) {
      const handled = sum(t.outcomes.map((row) => cells.get(`applications.${row}.${col}`)));
      const forward = rng.int(137, 999);
      cells.set(`applications.totalHandled.${col}`, handled);
      cells.set(`applications.carriedForward.${col}`, forward);
      cells.set(`applications.carriedOver.${col}`, carriedOver[col]);
      cells.set(`applications.newReceived.${col}`, handled + forward - carriedOver[col]);
    }
    for (const row of t.rows) cells.set(`applications.${row}.total`, sum(APPLICANT_COLUMNS.map((col) => cells.get(`applications.${row}.${col}`))));
    REVIEW_GROUPS.forEach((group) => {
      const parts = [0, 1, 2, 3].map(() => rng.int(1001, 1999));
      OUTCOME_FIELDS.slice(0, 4).forEach((field, i) => cells.set(`reviewLitigation.${group}.${field}`, parts[i]));
      cells.set(`reviewLitigation.${group}.total`, sum(parts));
    });
    for (const path of t.part2) cells.set(`activeDisclosure.${path}`, path === t.decimal ? rng.int(20, 99) + 0.5 : rng.int(2001, 9999));
    const values = [...cells.values()];
    if (values.every((v) => v > 0) && new Set(values).size === values.length) return cells;
  }
  return fail(`no design for ${year}`);
}

function designSeries() {
  const rng = prng(0x5e41e5);
  const series = new Map();
  let carried = Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c, rng.int(137, 999)]));
  for (const year of YEARS) {
    const cells = designYear(year, carried, rng);
    series.set(year, cells);
    carried = Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c, cells.get(`applications.carriedForward.${c}`)]));
  }
  return series;
}

/** The form's arithmetic, and the carry-over between consecutive years, checked again here. */
function checkSeries(series, { expectCarryOver }) {
  let previous = null;
  for (const [year, cells] of series) {
    const t = TEMPLATES[formOf(year)];
    const at = (row, col) => cells.get(`applications.${row}.${col}`);
    for (const row of t.rows) if (at(row, 'total') !== sum(APPLICANT_COLUMNS.map((c) => at(row, c)))) fail(`${year} row-total ${row}`);
    for (const col of COLUMNS) {
      if (at('totalHandled', col) !== sum(t.outcomes.map((r) => at(r, col)))) fail(`${year} handled-sum ${col}`);
      if (at('newReceived', col) + at('carriedOver', col) !== at('totalHandled', col) + at('carriedForward', col)) fail(`${year} balance ${col}`);
      if (previous && expectCarryOver(year, col) && at('carriedOver', col) !== previous.get(`applications.carriedForward.${col}`)) fail(`${year} carry-over ${col}`);
    }
    const values = [...cells.values()];
    if (new Set(values).size !== values.length || values.some((v) => !(v > 0))) fail(`${year}: cells not distinct and positive`);
    previous = cells;
  }
}

// ── writing the reports ─────────────────────────────────────────────────────────────────

const SIGNED_FIELD = /^(\s*)(-?\d+(?:\.\d+)?)(\s*)$/;

/** The template's cells in reading order: tab-separated fields that are nothing but a number. */
function locateCells(lines, t) {
  const cells = [];
  for (const part of ['part2', 'part3', 'part4']) {
    const [from, to] = t.tables[part];
    for (let n = from; n <= to; n++) {
      lines[n - 1].split('\t').forEach((field, index) => {
        if (SIGNED_FIELD.test(field)) cells.push({ line: n, field: index });
      });
    }
  }
  return cells;
}

/** The cell paths of a form in the order it prints them. */
function cellPaths(t) {
  return [
    ...t.part2.map((p) => `activeDisclosure.${p}`),
    ...t.rows.flatMap((row) => COLUMNS.map((col) => `applications.${row}.${col}`)),
    ...REVIEW_GROUPS.flatMap((g) => OUTCOME_FIELDS.map((f) => `reviewLitigation.${g}.${f}`)),
  ];
}

/** Years before 年 shifted to the report's year (the signature's year with it); 文号 such as 〔2019〕 kept. */
const shiftYears = (text, from, to) => text.replace(/(?<!\d)(20\d{2})(\s*年)/g, (_, y, rest) => `${Number(y) - from + to}${rest}`);

function writeReport(year, cells, statements) {
  const t = TEMPLATES[formOf(year)];
  const lines = readFileSync(new URL(t.file, ROOT), 'utf8').split('\n');
  const located = locateCells(lines, t);
  const paths = cellPaths(t);
  if (located.length !== paths.length) fail(`${t.file}: ${located.length} cells, form has ${paths.length}`);
  located.forEach((cell, i) => {
    const fields = lines[cell.line - 1].split('\t');
    fields[cell.field] = fields[cell.field].replace(SIGNED_FIELD, (_, a, _n, b) => `${a}${cells.get(paths[i])}${b}`);
    lines[cell.line - 1] = fields.join('\t');
  });
  for (let i = 0; i < lines.length; i++) {
    if (i + 1 >= t.tables.part2[0] && i + 1 <= t.tables.part4[1]) continue; // the tables hold no years
    let line = shiftYears(lines[i], t.templateYear, year);
    for (const [from, to] of t.rename) line = line.replaceAll(from, to);
    lines[i] = line;
  }
  // The statements: in part 一's paragraphs on applications and on proactive disclosure, and on
  // the blank lines that open parts 三 and 四.
  const claim = lines[t.claimLine - 1];
  if (t.claimReplace) {
    const shifted = shiftYears(t.claimReplace, t.templateYear, year);
    if (!claim.includes(shifted)) fail(`${t.file}:${t.claimLine} does not hold the seed's figure`);
    lines[t.claimLine - 1] = claim.replace(shifted, statements.part1);
  } else {
    if (!claim.endsWith(t.claimAfter)) fail(`${t.file}:${t.claimLine} has changed`);
    lines[t.claimLine - 1] = claim + statements.part1;
  }
  if (statements.part2) {
    if (!/。$/.test(lines[t.activeLine - 1])) fail(`${t.file}:${t.activeLine} has changed`);
    lines[t.activeLine - 1] += statements.part2;
  }
  for (const part of ['part3', 'part4']) {
    if (lines[t.blank[part] - 1].trim() !== '') fail(`${t.file}:${t.blank[part]} is not blank`);
    if (statements[part]) lines[t.blank[part] - 1] = statements[part];
  }
  return lines.join('\n');
}

// ── what the prose says ─────────────────────────────────────────────────────────────────

const DIGITS = '〇一二三四五六七八九';
/** A number in Chinese numerals, as a clerk writes it (一千零五, 三百二十, 十二). */
function chinese(n) {
  if (!Number.isInteger(n) || n < 0 || n >= 100_000) fail(`chinese(${n})`);
  if (n === 0) return '零';
  const units = ['万', '千', '百', '十', ''];
  const digits = String(n).padStart(5, '0').split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && units[i] === '十' && out === '' ? '' : DIGITS[d]) + units[i];
  });
  return out;
}
const grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The figures a reader would take from the tables. */
function figures(cells, year) {
  const t = TEMPLATES[formOf(year)];
  const a = (row, col = 'total') => cells.get(`applications.${row}.${col}`);
  const group = (prefix) => sum(t.outcomes.filter((r) => r.startsWith(prefix)).map((r) => a(r)));
  return {
    newReceived: a('newReceived'),
    carriedOver: a('carriedOver'),
    handled: a('totalHandled'),
    forward: a('carriedForward'),
    naturalPerson: a('newReceived', 'naturalPerson'),
    legalPerson: a('newReceived') - a('newReceived', 'naturalPerson'),
    granted: a('granted'),
    partiallyGranted: a('partiallyGranted'),
    denied: group('denied.'),
    unable: group('unableToProvide.'),
    notProcessed: group('notProcessed.'),
    otherHandling: group('otherHandling.'),
    review: cells.get('reviewLitigation.review.total'),
    litigationDirect: cells.get('reviewLitigation.litigationDirect.total'),
    litigation: cells.get('reviewLitigation.litigationDirect.total') + cells.get('reviewLitigation.litigationAfterReview.total'),
    documents: cells.get(formOf(year) === '2019' ? 'activeDisclosure.normativeDocuments.made' : 'activeDisclosure.normativeDocuments.issued'),
    repealed: cells.get('activeDisclosure.normativeDocuments.repealed'),
    inForce: cells.get('activeDisclosure.normativeDocuments.inForce'),
    punishment: cells.get('activeDisclosure.punishment.decisions'),
    fees: cells.get('activeDisclosure.fees.amount'),
  };
}

/** The series' own sentences: every figure right. */
function seriesStatements(f, year) {
  return {
    part1: `${year}年度共收到政府信息公开申请${f.newReceived}件，上年结转${f.carriedOver}件，办结${f.handled}件，结转下年度继续办理${f.forward}件。因政府信息公开被申请行政复议${f.review}件，被提起行政诉讼${f.litigation}件。`,
  };
}

/**
 * The prose variants. `right`: each figure as the table has it; `loose`: as a careful reader
 * would still accept (收到 with the carried-over, Chinese numerals, thousands separators, 元 for
 * 万元, 直接起诉 alone), next to figures that are about something else (another year, the county,
 * a rise, an estimate, 信息处理费) and must be left alone. `wrong`: `right` with one figure off.
 */
function proseStatements(f, year, form) {
  const right = {
    part1: `${year}年度共收到政府信息公开申请${f.newReceived}件，上年结转${f.carriedOver}件，共办结${f.handled}件，结转下年度继续办理${f.forward}件。其中，自然人申请${f.naturalPerson}件，法人或其他组织申请${f.legalPerson}件。`,
    part2:
      form === '2021'
        ? `本年度制发行政规范性文件${f.documents}件，废止行政规范性文件${f.repealed}件，现行有效规范性文件${f.inForce}件；作出行政处罚决定${f.punishment}件；行政事业性收费${f.fees}万元。`
        : `本年度制发规范性文件${f.documents}件。`,
    part3: `本年度办结的申请中，予以公开${f.granted}件，部分公开${f.partiallyGranted}件，不予公开${f.denied}件，无法提供${f.unable}件，不予处理${f.notProcessed}件，其他处理${f.otherHandling}件。`,
    part4: `本年度因政府信息公开被申请行政复议${f.review}件，被提起行政诉讼${f.litigation}件。`,
  };
  const loose = {
    part1: `全年共受理政府信息公开申请${f.newReceived + f.carriedOver}件（含上年结转${chinese(f.carriedOver)}件），已办结${grouped(f.handled)}件，尚有${f.forward}件结转下年度办理。${year - 1}年共收到政府信息公开申请${f.newReceived + 11}件，本年收到申请同比增长${Math.abs(f.newReceived - 11)}件；全县共收到政府信息公开申请${f.newReceived * 3}件，按时答复率100%。`,
    part2:
      form === '2021'
        ? `全年印发${chinese(f.documents)}件规范性文件，行政事业性收费${Math.round(f.fees * 10_000)}元，收取信息处理费0元，制定规章制度5项。`
        : `全年制发规范性文件${chinese(f.documents)}件，制定规章制度5项。`,
    part3: `办结的申请中，${f.granted}件予以公开，${f.partiallyGranted}件部分公开，另有约${f.denied + 50}件不予公开或无法提供。`,
    part4: `因政府信息公开工作被提起行政诉讼${f.litigationDirect}件（未经复议直接起诉），被申请行政复议${f.review}起。`,
  };
  const off = (n) => n + 3;
  const wrong = form === '2021'
    ? {
        received: { part: 'part1', text: right.part1.replace(`申请${f.newReceived}件`, `申请${off(f.newReceived)}件`), path: 'applications.newReceived.total', row: 'applications.newReceived' },
        carriedOver: { part: 'part1', text: right.part1.replace(`上年结转${f.carriedOver}件`, `上年结转${off(f.carriedOver)}件`), path: 'applications.carriedOver.total', row: 'applications.carriedOver' },
        handled: { part: 'part1', text: right.part1.replace(`办结${f.handled}件`, `办结${off(f.handled)}件`), path: 'applications.totalHandled.total', row: 'applications.totalHandled' },
        carriedForward: { part: 'part1', text: right.part1.replace(`继续办理${f.forward}件`, `继续办理${off(f.forward)}件`), path: 'applications.carriedForward.total', row: 'applications.carriedForward' },
        naturalPerson: { part: 'part1', text: right.part1.replace(`自然人申请${f.naturalPerson}件`, `自然人申请${off(f.naturalPerson)}件`), path: 'applications.newReceived.naturalPerson', row: 'applications.newReceived' },
        documents: { part: 'part2', text: right.part2.replace(`行政规范性文件${f.documents}件`, `行政规范性文件${chinese(off(f.documents))}件`), path: 'activeDisclosure.normativeDocuments.issued', row: 'activeDisclosure.normativeDocuments' },
        punishment: { part: 'part2', text: right.part2.replace(`处罚决定${f.punishment}件`, `处罚决定${grouped(off(f.punishment))}件`), path: 'activeDisclosure.punishment.decisions', row: 'activeDisclosure.punishment' },
        fees: { part: 'part2', text: right.part2.replace(`收费${f.fees}万元`, `收费${off(f.fees)}万元`), path: 'activeDisclosure.fees.amount', row: 'activeDisclosure.fees' },
        granted: { part: 'part3', text: right.part3.replace(`予以公开${f.granted}件`, `予以公开${off(f.granted)}件`), path: 'applications.granted.total', row: 'applications.granted' },
        review: { part: 'part4', text: right.part4.replace(`行政复议${f.review}件`, `行政复议${off(f.review)}件`), path: 'reviewLitigation.review.total', row: 'reviewLitigation.review' },
        litigation: { part: 'part4', text: right.part4.replace(`行政诉讼${f.litigation}件`, `行政诉讼${off(f.litigation)}件`), path: 'reviewLitigation.litigationDirect.total', row: 'reviewLitigation.review' },
      }
    : {
        documents: { part: 'part2', text: right.part2.replace(`规范性文件${f.documents}件`, `规范性文件${off(f.documents)}件`), path: 'activeDisclosure.normativeDocuments.made', row: 'activeDisclosure.normativeDocuments' },
        received: { part: 'part1', text: right.part1.replace(`申请${f.newReceived}件`, `申请${chinese(off(f.newReceived))}件`), path: 'applications.newReceived.total', row: 'applications.newReceived' },
      };
  for (const [name, w] of Object.entries(wrong)) if (w.text === right[w.part]) fail(`wrong ${name}: nothing replaced`);
  return { right, loose, wrong };
}

// ── output ──────────────────────────────────────────────────────────────────────────────

const written = [];
function write(path, text) {
  const url = new URL(path, ROOT);
  if (CHECK) {
    if (readFileSync(url, 'utf8') !== text) fail(`${path} differs from what the script writes`);
  } else {
    mkdirSync(new URL('.', url), { recursive: true });
    writeFileSync(url, text);
  }
  written.push(path);
}

const tablesOf = (cells, year) => {
  const t = TEMPLATES[formOf(year)];
  const out = {};
  for (const path of cellPaths(t)) {
    const keys = path.split('.');
    let node = out;
    for (const k of keys.slice(0, -1)) node = node[k] ??= {};
    node[keys.at(-1)] = cells.get(path);
  }
  if (formOf(year) === '2019') {
    out.applications.otherHandling.noCorrection = null;
    out.applications.otherHandling.feeUnpaid = null;
  }
  return out;
};

function main() {
  const series = designSeries();
  checkSeries(series, { expectCarryOver: () => true });
  const doctored = new Map([...series].map(([y, cells]) => [y, new Map(cells)]));
  const broken = doctored.get(DOCTORED.year);
  for (const [row, sign] of [['carriedOver', 1], ['newReceived', -1]]) {
    for (const col of [DOCTORED.column, 'total']) broken.set(`applications.${row}.${col}`, broken.get(`applications.${row}.${col}`) + sign * DOCTORED.delta);
  }
  checkSeries(doctored, { expectCarryOver: (year, col) => !(year === DOCTORED.year && (col === DOCTORED.column || col === 'total')) });

  const file = (kind, year) => `fixtures/series/${kind}/qiaoguan-${year}.txt`;
  const manifest = { organ: ORGAN, years: [], doctored: { ...DOCTORED, findings: [] } };
  for (const year of YEARS) {
    const t = TEMPLATES[formOf(year)];
    for (const [kind, set] of [['consistent', series], ['doctored', doctored]]) {
      write(file(kind, year), writeReport(year, set.get(year), seriesStatements(figures(set.get(year), year), year)));
    }
    manifest.years.push({
      year,
      format: formOf(year),
      file: file('consistent', year),
      doctoredFile: file('doctored', year),
      lines: { carriedOver: t.lines['applications.carriedOver'], carriedForward: t.lines['applications.carriedForward'], claims: t.claimLine },
      tables: tablesOf(series.get(year), year),
      ...(year === DOCTORED.year ? { doctoredTables: tablesOf(doctored.get(year), year) } : {}),
    });
  }
  const earlier = TEMPLATES[formOf(DOCTORED.year - 1)];
  const later = TEMPLATES[formOf(DOCTORED.year)];
  // The 总计 differs by what the column does: the check reports the column alone.
  for (const col of [DOCTORED.column]) {
    manifest.doctored.findings.push({
      column: col,
      file: file('doctored', DOCTORED.year),
      line: later.lines['applications.carriedOver'],
      carriedOver: doctored.get(DOCTORED.year).get(`applications.carriedOver.${col}`),
      earlierFile: file('doctored', DOCTORED.year - 1),
      earlierLine: earlier.lines['applications.carriedForward'],
      carriedForward: doctored.get(DOCTORED.year - 1).get(`applications.carriedForward.${col}`),
    });
  }
  write('fixtures/series/series.json', `${JSON.stringify(manifest, null, 2)}\n`);

  // Prose variants: the 2024 report (2021 form) and the 2020 report (2019 form).
  const prose = [];
  for (const year of [2024, 2020]) {
    const form = formOf(year);
    const t = TEMPLATES[form];
    const cells = series.get(year);
    const f = figures(cells, year);
    const { right, loose, wrong } = proseStatements(f, year, form);
    const name = (variant) => `fixtures/prose/${form}-${variant}.txt`;
    write(name('right'), writeReport(year, cells, right));
    prose.push({ file: name('right'), year, form, expected: [] });
    write(name('loose'), writeReport(year, cells, loose));
    prose.push({ file: name('loose'), year, form, expected: [] });
    for (const [key, w] of Object.entries(wrong)) {
      write(name(`wrong-${key}`), writeReport(year, cells, { ...right, [w.part]: w.text }));
      const line = w.part === 'part1' ? t.claimLine : w.part === 'part2' ? t.activeLine : t.blank[w.part];
      prose.push({ file: name(`wrong-${key}`), year, form, expected: [{ code: 'text-table', severity: 'warning', path: w.path, line, tableLine: t.lines[w.row] }] });
    }
  }
  write('fixtures/prose/prose.json', `${JSON.stringify(prose, null, 2)}\n`);
  console.log(`${CHECK ? 'checked' : 'wrote'} ${written.length} files`);
}

main();
