#!/usr/bin/env node
/**
 * Writes the golden fixtures, independently of the parser in src/:
 *
 *   fixtures/<seed>.json                 golden report of each real seed (values read by eye)
 *   fixtures/<seed>.renumbered.txt       the seed with every table cell replaced by a designed value,
 *                                        and its sentences about the tables stating those values
 *   fixtures/<seed>.renumbered.json      golden report of that copy (tables from the design)
 *   fixtures/variants/*.txt              encodings / layouts of two renumbered copies
 *   fixtures/variants/*.expected.json    the four table keys each variant must parse to
 *
 * Everything here is data established by reading the seeds line by line (line numbers are
 * 1-based, as in `nl`/`sed -n`). Nothing is taken from the parser. Deterministic: a seeded
 * PRNG, no Math.random, no clock. Run: `node scripts/make-fixtures.mjs`.
 */
import { APPLICANT_COLUMNS, APPLICATION_ROWS, COLUMNS, OUTCOME_FIELDS, OUTCOME_ROWS, REVIEW_GROUPS } from './form.mjs';
import { prng } from './prng.mjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { optionsOf } from './args.mjs';

optionsOf('make-fixtures', 'node scripts/make-fixtures.mjs  (writes the golden fixtures in fixtures/)', {});

const FIXTURES = new URL('../fixtures/', import.meta.url);
const VARIANTS = new URL('../fixtures/variants/', import.meta.url);

// ---------------------------------------------------------------------------------------------
// The form (2021, 国办公开办函〔2021〕30号): JSON paths of every cell, in the reading order of
// the printed form. All five seeds print their cells in exactly this order.

const DISCLOSURE_CELLS = [
  'regulations.issued', 'regulations.repealed', 'regulations.inForce',
  'normativeDocuments.issued', 'normativeDocuments.repealed', 'normativeDocuments.inForce',
  'licensing.decisions', 'punishment.decisions', 'coercion.decisions', 'fees.amount',
];

const CELL_PATHS = [
  ...DISCLOSURE_CELLS.map((p) => `activeDisclosure.${p}`),
  ...APPLICATION_ROWS.flatMap((row) => COLUMNS.map((col) => `applications.${row}.${col}`)),
  ...REVIEW_GROUPS.flatMap((g) => OUTCOME_FIELDS.map((f) => `reviewLitigation.${g}.${f}`)),
];
const CELLS_PER_PART = { part2: DISCLOSURE_CELLS.length, part3: APPLICATION_ROWS.length * COLUMNS.length, part4: 15 };
if (CELL_PATHS.length !== 200) throw new Error(`expected 200 cell paths, got ${CELL_PATHS.length}`);

// ---------------------------------------------------------------------------------------------
// The seeds, as read line by line. `tables` are the line ranges holding the cells of parts
// 二/三/四; `text` the body ranges of parts 一/五/六 (heading line, first and last body line);
// `signature` the trailing lines of part 六 that are not text (organ, date, page number).
// `nonZeroCells` are the seed's own table values other than 0, read by eye.

const SEEDS = [
  {
    name: '000_02e88f20f87b4541',
    prngSeed: 0x5eed0000,
    tables: { part2: [12, 57], part3: [59, 345], part4: [347, 390] },
    titleLines: [1, 2],
    title: '昌乐县人民政府五图街道办事处2024年政府信息公开工作年度报告',
    organ: '昌乐县人民政府五图街道办事处',
    year: 2024,
    dateLine: 412,
    publishedOn: '2025-01-09',
    text: {
      overview: { heading: 5, body: [6, 10] },
      problems: { heading: 391, body: [392, 393] },
      otherMatters: { heading: 394, body: [395, 408] },
    },
    signature: ['五图街道办事处', '2025年1月9日', '2'],
    nonZeroCells: {},
    prose: [{ line: 7, seed: '我街道本年度未收到政府信息公开申请。', renumbered: (v) => `我街道本年度收到政府信息公开申请${v.newReceived}件。` }],
  },
  {
    name: '001_eb914b629682bc65',
    prngSeed: 0x5eed0101,
    tables: { part2: [51, 64], part3: [68, 97], part4: [101, 105] },
    titleLines: [3, 3],
    title: '临朐县冶源街道办事处2024年政府信息公开工作年度报告',
    organ: '临朐县冶源街道办事处',
    year: 2024,
    dateLine: 153,
    publishedOn: '2025-01-10',
    text: {
      overview: { heading: 7, body: [8, 48] },
      problems: { heading: 107, body: [108, 116] },
      otherMatters: { heading: 117, body: [118, 150] },
    },
    signature: ['冶源街道办事处', '2025年1月10日'],
    prose: [
      {
        line: 21,
        seed: '收到政府信息依申请6条，2024年，我街道全年未发生因政府信息公开被行政复议、提起行政诉讼情况。',
        renumbered: (v) => `收到政府信息依申请${v.newReceived}条，2024年，我街道全年因政府信息公开被申请行政复议${v.review}件、被提起行政诉讼${v.litigation}件。`,
      },
    ],
    nonZeroCells: {
      // line 72, 84, 96
      'applications.newReceived.naturalPerson': 6, 'applications.newReceived.total': 6,
      'applications.unableToProvide.notHeld.naturalPerson': 6, 'applications.unableToProvide.notHeld.total': 6,
      'applications.totalHandled.naturalPerson': 6, 'applications.totalHandled.total': 6,
    },
  },
  {
    name: '002_4a61cbdbb397b0fd',
    prngSeed: 0x5eed0202,
    decimalFees: true, // line 53 `行政事业性收费⇥0` takes `行政事业性收费⇥<n>.5` naturally
    tables: { part2: [39, 53], part3: [57, 85], part4: [89, 92] },
    titleLines: [3, 3],
    title: '昌乐县乔官镇人民政府2024年政府信息公开公开工作年度报告',
    organ: '昌乐县乔官镇人民政府',
    year: 2024,
    dateLine: 122,
    publishedOn: '2025-01-14',
    text: {
      overview: { heading: 7, body: [8, 36] },
      problems: { heading: 94, body: [95, 101] },
      otherMatters: { heading: 102, body: [103, 119] },
    },
    signature: ['昌乐县乔官镇人民政府', '2025 年 1 月 14 日'],
    prose: [
      {
        line: 19,
        seed: '2024年度共收到依申请公开1件。未发生因政府信息公开申请而引起的行政复议、行政诉讼情况。',
        renumbered: (v) => `2024年度共收到依申请公开${v.newReceived}件。因政府信息公开申请引起行政复议${v.review}件、行政诉讼${v.litigation}件。`,
      },
    ],
    nonZeroCells: {
      // lines 60, 62, 84
      'applications.newReceived.naturalPerson': 1, 'applications.newReceived.total': 1,
      'applications.granted.naturalPerson': 1, 'applications.granted.total': 1,
      'applications.totalHandled.naturalPerson': 1, 'applications.totalHandled.total': 1,
    },
  },
  {
    name: '003_6a46581b0013c0e7',
    prngSeed: 0x5eed0303,
    tables: { part2: [29, 42], part3: [46, 73], part4: [77, 80] },
    titleLines: [3, 3],
    title: '卫滨区解放路街道办事处2024年政府信息公开工作年度报告',
    organ: '卫滨区解放路街道办事处',
    year: 2024,
    dateLine: null,
    publishedOn: null, // the file ends with part 六's one sentence: no signature, no date
    text: {
      overview: { heading: 5, body: [6, 26] },
      problems: { heading: 82, body: [83, 91] },
      otherMatters: { heading: 92, body: [93, 94] },
    },
    signature: [],
    nonZeroCells: {},
    prose: [{ line: 13, seed: '2024 年，我街道未收到申请公开的事项。', renumbered: (v) => `2024 年，我街道收到申请公开的事项${v.newReceived}件。` }],
  },
  {
    name: '004_b66631a5c5bceffa',
    prngSeed: 0x5eed0404,
    tables: { part2: [23, 37], part3: [41, 69], part4: [73, 76] },
    titleLines: [5, 5], // line 3 is `附件`, line 5 the `# …` title
    title: '湟中区上五庄镇人民政府政府信息公开工作年度报告',
    organ: '湟中区上五庄镇人民政府',
    year: 2024, // the title has no year; line 11 `2024年，上五庄镇…`, line 82 `2024年度，我镇…`
    dateLine: null,
    publishedOn: null,
    text: {
      overview: { heading: 9, body: [10, 20] },
      problems: { heading: 78, body: [79, 95] },
      otherMatters: { heading: 96, body: [97, 98] },
    },
    signature: [],
    nonZeroCells: {},
    prose: [],
  },
];

// ---------------------------------------------------------------------------------------------
// Small helpers.

const fail = (message) => {
  throw new Error(message);
};
const sum = (values) => values.reduce((a, b) => a + b, 0);
const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);


function setPath(target, path, value) {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = node[key] ??= {};
  node[keys.at(-1)] = value;
}
function getPath(source, path) {
  return path.split('.').reduce((node, key) => (node == null ? undefined : node[key]), source);
}

/** The three table keys of a report, built from path → value, keys in src/schema.ts order. */
function buildTables(values) {
  const tables = { activeDisclosure: {}, applications: {}, reviewLitigation: {} };
  for (const path of CELL_PATHS) {
    if (!values.has(path)) fail(`no value for ${path}`);
    setPath(tables, path, values.get(path));
  }
  return tables;
}

const writeJson = (url, value) => writeFileSync(url, `${JSON.stringify(value, null, 2)}\n`);

// ---------------------------------------------------------------------------------------------
// Designed values: every cell distinct and non-zero within the report (across all three tables,
// so any cell that lands in the wrong place is caught), 1–4 digits, and the form's arithmetic
// exact. Outcome cells take the smallest numbers so that （七）总计·总计, the sum of 126 distinct
// cells, still has 4 digits.

function designValues(seed, { decimalFees = false } = {}) {
  const rng = prng(seed);
  for (let attempt = 1; attempt <= 10_000; attempt++) {
    // Six small numbers kept out of the matrix, so parts 二 and 四 get 1–2 digit values too.
    const reserved = rng.shuffle(range(1, 30)).slice(0, 6);
    const outcomePool = rng.shuffle(range(1, 136).filter((v) => !reserved.includes(v))).slice(0, 126);
    const cells = new Map();
    OUTCOME_ROWS.forEach((row, r) =>
      APPLICANT_COLUMNS.forEach((col, c) => cells.set(`applications.${row}.${col}`, outcomePool[r * 6 + c])),
    );
    for (const col of APPLICANT_COLUMNS) {
      const handled = sum(OUTCOME_ROWS.map((row) => cells.get(`applications.${row}.${col}`)));
      const carriedForward = rng.int(137, 999);
      const carriedOver = rng.int(137, 999);
      cells.set(`applications.totalHandled.${col}`, handled);
      cells.set(`applications.carriedForward.${col}`, carriedForward);
      cells.set(`applications.carriedOver.${col}`, carriedOver);
      cells.set(`applications.newReceived.${col}`, handled + carriedForward - carriedOver);
    }
    for (const row of APPLICATION_ROWS) {
      cells.set(`applications.${row}.total`, sum(APPLICANT_COLUMNS.map((col) => cells.get(`applications.${row}.${col}`))));
    }

    // Part 四: one reserved small value per group, the rest 3 digits; totals are sums.
    const smallForReview = reserved.slice(3, 6);
    REVIEW_GROUPS.forEach((group, g) => {
      const smallAt = rng.int(0, 3);
      const parts = [0, 1, 2, 3].map((i) => (i === smallAt ? smallForReview[g] : rng.int(137, 999)));
      OUTCOME_FIELDS.slice(0, 4).forEach((field, i) => cells.set(`reviewLitigation.${group}.${field}`, parts[i]));
      cells.set(`reviewLitigation.${group}.total`, sum(parts));
    });

    // Part 二: three reserved small values at random places, the rest 3–4 digits.
    const smallSlots = rng.shuffle(range(0, DISCLOSURE_CELLS.length - 2)).slice(0, 3);
    DISCLOSURE_CELLS.forEach((path, i) => {
      let value;
      if (path === 'fees.amount' && decimalFees) value = rng.int(10, 99) + 0.5;
      else if (smallSlots.includes(i)) value = reserved[smallSlots.indexOf(i)];
      else value = rng.int(137, 9999);
      cells.set(`activeDisclosure.${path}`, value);
    });

    const all = [...cells.values()];
    const ok =
      new Set(all).size === all.length &&
      all.every((v) => v > 0 && v <= 9999 && String(v).replace('.', '').length <= 4);
    if (ok) return { values: cells, attempts: attempt };
  }
  return fail(`no design found for seed ${seed}`);
}

// ---------------------------------------------------------------------------------------------
// The independent check of a report's tables (the validator's rules, written again here).

function checkArithmetic(tables, label) {
  const { applications: a, reviewLitigation: r } = tables;
  const at = (row, col) => getPath(a, `${row}.${col}`);
  for (const row of APPLICATION_ROWS) {
    const six = sum(APPLICANT_COLUMNS.map((col) => at(row, col)));
    if (at(row, 'total') !== six) fail(`${label}: row-total ${row}: ${at(row, 'total')} ≠ ${six}`);
  }
  for (const col of COLUMNS) {
    const outcomes = sum(OUTCOME_ROWS.map((row) => at(row, col)));
    if (at('totalHandled', col) !== outcomes) fail(`${label}: handled-sum ${col}: ${at('totalHandled', col)} ≠ ${outcomes}`);
    const left = at('newReceived', col) + at('carriedOver', col);
    const right = at('totalHandled', col) + at('carriedForward', col);
    if (left !== right) fail(`${label}: balance ${col}: ${left} ≠ ${right}`);
  }
  for (const group of REVIEW_GROUPS) {
    const o = r[group];
    if (o.total !== o.upheld + o.corrected + o.other + o.pending) fail(`${label}: ${group} total`);
  }
}

function checkDesigned(tables, label) {
  checkArithmetic(tables, label);
  const partValues = {
    part2: DISCLOSURE_CELLS.map((p) => getPath(tables.activeDisclosure, p)),
    part3: APPLICATION_ROWS.flatMap((row) => COLUMNS.map((col) => getPath(tables.applications, `${row}.${col}`))),
    part4: REVIEW_GROUPS.flatMap((g) => OUTCOME_FIELDS.map((f) => tables.reviewLitigation[g][f])),
  };
  for (const [part, values] of Object.entries(partValues)) {
    if (values.length !== CELLS_PER_PART[part]) fail(`${label}: ${part} has ${values.length} cells`);
    if (new Set(values).size !== values.length) fail(`${label}: ${part} values are not distinct`);
  }
  const all = Object.values(partValues).flat();
  if (new Set(all).size !== all.length) fail(`${label}: values repeat across tables`);
  for (const v of all) {
    if (typeof v !== 'number' || !(v > 0)) fail(`${label}: ${v} is not a positive number`);
    if (!/^\d{1,4}$/.test(String(v).replace('.', ''))) fail(`${label}: ${v} has more than 4 digits`);
    if (!Number.isInteger(v) && v !== tables.activeDisclosure.fees.amount) fail(`${label}: ${v} is not an integer`);
  }
}

// ---------------------------------------------------------------------------------------------
// Cells in the text: within a table's line range, a tab-separated field that is nothing but a
// number (spaces around it allowed) is a cell. Found in reading order.

const NUMERIC_FIELD = /^(\s*)(\d+(?:\.\d+)?)(\s*)$/;

function locateCells(lines, seed) {
  const cells = [];
  for (const part of ['part2', 'part3', 'part4']) {
    const [from, to] = seed.tables[part];
    let count = 0;
    for (let n = from; n <= to; n++) {
      lines[n - 1].split('\t').forEach((field, index) => {
        const match = NUMERIC_FIELD.exec(field);
        if (!match) return;
        cells.push({ part, line: n, field: index, text: match[2] });
        count++;
      });
    }
    if (count !== CELLS_PER_PART[part]) {
      fail(`${seed.name}: ${part} (lines ${from}–${to}) has ${count} cells, expected ${CELLS_PER_PART[part]}`);
    }
  }
  return cells;
}

function replaceCells(lines, cells, newTexts) {
  const out = lines.slice();
  cells.forEach((cell, i) => {
    const fields = out[cell.line - 1].split('\t');
    fields[cell.field] = fields[cell.field].replace(NUMERIC_FIELD, (_, before, _n, after) => `${before}${newTexts[i]}${after}`);
    out[cell.line - 1] = fields.join('\t');
  });
  return out;
}

/**
 * The seed's sentences about its tables (`收到依申请公开1件`, `未发生…行政复议、行政诉讼情况`)
 * would disagree with the designed tables: each is rewritten to state the designed values, so
 * that the renumbered copy's words and tables agree as a real report's should (text-table finds
 * nothing in it). Every rewritten sentence is listed in the seed's `prose`, by line.
 */
function rewriteProse(lines, seed, values) {
  const total = (path) => values.get(`${path}.total`);
  const stated = {
    newReceived: total('applications.newReceived'),
    review: total('reviewLitigation.review'),
    litigation: total('reviewLitigation.litigationDirect') + total('reviewLitigation.litigationAfterReview'),
  };
  const out = lines.slice();
  for (const { line, seed: sentence, renumbered } of seed.prose) {
    if (!out[line - 1].includes(sentence)) fail(`${seed.name}: line ${line} does not hold “${sentence}”`);
    out[line - 1] = out[line - 1].replace(sentence, renumbered(stated));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// meta and text, by the rules of the brief, from the line ranges above.

const cleanLine = (line) => line.trim().replace(/^#+\s*/, '').replaceAll('**', '').trim();

function bodyText(lines, [from, to]) {
  const kept = lines.slice(from - 1, to).map(cleanLine).filter((l) => l !== '');
  return kept.length ? kept.join('\n') : null;
}

function establishMeta(lines, seed) {
  const [from, to] = seed.titleLines;
  const title = lines.slice(from - 1, to).map(cleanLine).join('').replace(/\s+/g, '');
  if (title !== seed.title) fail(`${seed.name}: title lines read "${title}", data says "${seed.title}"`);
  if (!title.startsWith(seed.organ)) fail(`${seed.name}: organ is not the title's prefix`);
  const rest = title.slice(seed.organ.length);
  if (!/^(\d{4}年)?政府信息公开/.test(rest)) fail(`${seed.name}: organ must end before the year / 政府信息公开`);
  if (rest.startsWith('20') && Number(rest.slice(0, 4)) !== seed.year) fail(`${seed.name}: year`);

  if (seed.dateLine) {
    const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(lines[seed.dateLine - 1].replace(/\s+/g, ''));
    if (!m) fail(`${seed.name}: line ${seed.dateLine} is not a date`);
    const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    if (iso !== seed.publishedOn) fail(`${seed.name}: date line says ${iso}`);
  }
  return { title: seed.title, organ: seed.organ, year: seed.year, publishedOn: seed.publishedOn };
}

const HEADINGS = { overview: /^一、总体情况$/, problems: /^五、.*存在的主要问题及改进情况$/, otherMatters: /^六、其他需要报告的事项$/ };
const NEXT_HEADING = { overview: /^二、/, problems: /^六、/ };

function establishText(lines, seed) {
  const text = {};
  for (const [key, { heading, body }] of Object.entries(seed.text)) {
    if (!HEADINGS[key].test(cleanLine(lines[heading - 1]))) fail(`${seed.name}: line ${heading} is not the ${key} heading`);
    if (body[0] !== heading + 1) fail(`${seed.name}: ${key} body must start right after its heading`);
    const after = lines.slice(body[1]).map(cleanLine).filter((l) => l !== '');
    if (key in NEXT_HEADING) {
      if (!NEXT_HEADING[key].test(after[0] ?? '')) fail(`${seed.name}: ${key} body must end at the next part heading`);
    } else if (JSON.stringify(after) !== JSON.stringify(seed.signature)) {
      fail(`${seed.name}: after part 六 expected only the signature ${JSON.stringify(seed.signature)}, found ${JSON.stringify(after)}`);
    }
    text[key] = bodyText(lines, body);
  }
  return text;
}

function report({ file, encoding = 'utf-8', bytes, meta, tables, text }) {
  return {
    source: { file, encoding, bytes, type: 'text' },
    format: '2021',
    meta,
    activeDisclosure: tables.activeDisclosure,
    applications: tables.applications,
    reviewLitigation: tables.reviewLitigation,
    text,
    diagnostics: [],
  };
}

const tableKeys = (golden) => ({
  format: golden.format,
  activeDisclosure: golden.activeDisclosure,
  applications: golden.applications,
  reviewLitigation: golden.reviewLitigation,
});

// ---------------------------------------------------------------------------------------------
// Seeds → goldens and renumbered copies.

mkdirSync(VARIANTS, { recursive: true });
const built = new Map();

for (const seed of SEEDS) {
  const bytes = readFileSync(new URL(`${seed.name}.txt`, FIXTURES));
  const source = bytes.toString('utf8');
  if (source.includes('\r') || source.charCodeAt(0) === 0xfeff) fail(`${seed.name}: expected plain UTF-8 with LF`);
  if (Buffer.from(source, 'utf8').compare(bytes) !== 0) fail(`${seed.name}: not valid UTF-8`);
  const lines = source.split('\n');

  const meta = establishMeta(lines, seed);
  const text = establishText(lines, seed);

  // (c) golden of the seed: values read by eye, checked against the cells found in the text.
  const seedValues = new Map(CELL_PATHS.map((p) => [p, seed.nonZeroCells[p] ?? 0]));
  const seedTables = buildTables(seedValues);
  checkArithmetic(seedTables, seed.name);
  const cells = locateCells(lines, seed);
  cells.forEach((cell, i) => {
    if (Number(cell.text) !== seedValues.get(CELL_PATHS[i])) {
      fail(`${seed.name}: line ${cell.line} holds ${cell.text}, but ${CELL_PATHS[i]} was read as ${seedValues.get(CELL_PATHS[i])}`);
    }
  });
  const seedGolden = report({ file: `fixtures/${seed.name}.txt`, bytes: bytes.length, meta, tables: seedTables, text });
  writeJson(new URL(`${seed.name}.json`, FIXTURES), seedGolden);

  // (a)+(b) renumbered copy and its golden.
  const { values, attempts } = designValues(seed.prngSeed, { decimalFees: seed.decimalFees });
  const tables = buildTables(values);
  checkDesigned(tables, `${seed.name}.renumbered`);
  const numbered = replaceCells(lines, cells, CELL_PATHS.map((p) => String(values.get(p))));
  // Only the numbers may differ from the seed, but on the lines of the sentences rewritten.
  const maskNumbers = (s) => s.replace(/\d+(\.\d+)?/g, '#');
  if (maskNumbers(numbered.join('\n')) !== maskNumbers(source)) fail(`${seed.name}: renumbering changed more than numbers`);
  const renumberedLines = rewriteProse(numbered, seed, values);
  const renumbered = renumberedLines.join('\n');
  if (renumberedLines.length !== lines.length) fail(`${seed.name}: line count changed`);
  // Read the cells back from the new text: same places, designed values, in order.
  const reread = locateCells(renumberedLines, seed);
  reread.forEach((cell, i) => {
    if (Number(cell.text) !== values.get(CELL_PATHS[i])) fail(`${seed.name}.renumbered: cell ${i} reads back ${cell.text}`);
  });
  const renumberedBytes = Buffer.from(renumbered, 'utf8');
  writeFileSync(new URL(`${seed.name}.renumbered.txt`, FIXTURES), renumberedBytes);
  const golden = report({
    file: `fixtures/${seed.name}.renumbered.txt`,
    bytes: renumberedBytes.length,
    meta,
    tables,
    text: establishText(renumberedLines, seed),
  });
  writeJson(new URL(`${seed.name}.renumbered.json`, FIXTURES), golden);
  built.set(seed.name.slice(0, 3), { seed, golden, renumberedLines, values });
  console.error(
    `${seed.name}: ${cells.length} cells (${cells.filter((c) => c.part === 'part2').length}+` +
      `${cells.filter((c) => c.part === 'part3').length}+${cells.filter((c) => c.part === 'part4').length}), ` +
      `design found after ${attempts} attempt(s), fees ${values.get('activeDisclosure.fees.amount')}`,
  );
}

// ---------------------------------------------------------------------------------------------
// (d) Variants of renumbered 002: encodings.

function writeVariant(name, bytes, golden) {
  writeFileSync(new URL(`${name}.txt`, VARIANTS), bytes);
  writeJson(new URL(`${name}.expected.json`, VARIANTS), tableKeys(golden));
}

{
  const { golden, renumberedLines } = built.get('002');
  const text = renumberedLines.join('\n');
  const gb = iconv.encode(text.replaceAll('\n', '\r\n'), 'gb18030');
  if (iconv.decode(gb, 'gb18030') !== text.replaceAll('\n', '\r\n')) fail('002: GB18030 does not round-trip');
  writeVariant('002-gb18030-crlf', gb, golden);
  writeVariant('002-utf16le-bom', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), golden);
  writeVariant('002-utf8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), golden);
}

// ---------------------------------------------------------------------------------------------
// (d) 002-layout: the tables as `pdftotext -layout` prints them. Cells are placed on a grid of
// display columns (CJK and full-width punctuation count 2, as in a monospace terminal; the
// ambiguous-width quotes “” count 2 too, as in a CJK font); every gap between cells is 2+ spaces.

const isWide = (cp) =>
  (cp >= 0x1100 && cp <= 0x115f) || cp === 0x201c || cp === 0x201d || cp === 0x2018 || cp === 0x2019 ||
  (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6);
const displayWidth = (s) => [...s].reduce((w, ch) => w + (isWide(ch.codePointAt(0)) ? 2 : 1), 0);

/** One printed line from [column, text] pieces; refuses pieces closer than 2 spaces. */
function gridLine(pieces) {
  let line = '';
  let width = 0;
  for (const [column, text] of [...pieces].sort((a, b) => a[0] - b[0])) {
    if (!text) continue;
    if (width > 0 && column - width < 2) fail(`layout: "${text}" at ${column} touches the previous cell (ends ${width})`);
    line += ' '.repeat(column - width) + text;
    width = column + displayWidth(text);
  }
  return line;
}
const centred = (start, span, text) => [start + Math.floor((span - displayWidth(text)) / 2), text];

function layoutDisclosure(values, { indent = 0 } = {}) {
  const v = (p) => String(values.get(`activeDisclosure.${p}`));
  const labelCol = indent;
  const firstCol = indent + 24;
  const span = 18;
  const col = (i) => firstCol + i * span;
  const table = (item, headers, rows) => [
    gridLine([centred(indent, 24 + span * 3, item)]),
    gridLine([[labelCol, '信息内容'], ...headers.map((h, i) => centred(col(i), span, h))]),
    ...rows.map(([label, cells]) => gridLine([[labelCol, label], ...cells.map((c, i) => centred(col(i), span, c))])),
  ];
  return [
    ...table('第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'], [
      ['规章', [v('regulations.issued'), v('regulations.repealed'), v('regulations.inForce')]],
      ['行政规范性文件', [v('normativeDocuments.issued'), v('normativeDocuments.repealed'), v('normativeDocuments.inForce')]],
    ]),
    ...table('第二十条第（五）项', ['本年处理决定数量'], [['行政许可', [v('licensing.decisions')]]]),
    ...table('第二十条第（六）项', ['本年处理决定数量'], [
      ['行政处罚', [v('punishment.decisions')]],
      ['行政强制', [v('coercion.decisions')]],
    ]),
    // The long header spans the printed column, so its value is centred under it.
    gridLine([centred(indent, 24 + span * 3, '第二十条第（八）项')]),
    gridLine([[labelCol, '信息内容'], [firstCol, '本年收费金额（单位：万元）']]),
    gridLine([[labelCol, '行政事业性收费'], centred(firstCol, displayWidth('本年收费金额（单位：万元）'), v('fees.amount'))]),
  ];
}

const LAYOUT_PAGE_HEADER = `\f${' '.repeat(30)}昌乐县乔官镇人民政府2024年政府信息公开工作年度报告`;
const pageFooter = (text) => `${' '.repeat(80)}${text}`;

function layoutApplications(values) {
  const A = 0;
  const B = 22;
  const C = 40;
  const numbersAt = 112;
  const span = 8;
  const col = (i) => numbersAt + i * span;
  const numbers = (row) => COLUMNS.map((c, i) => centred(col(i), span, String(values.get(`applications.${row}.${c}`))));
  const header = [
    gridLine([[A, '（本列数据的勾稽关系为：第一项加第二项之和，'], centred(col(0), span * 7, '申请人情况')]),
    gridLine([[A, '等于第三项加第四项之和）'], centred(col(1), span * 5, '法人或其他组织')]),
    gridLine([
      centred(col(0), span, '自然人'), centred(col(1), span, '商业'), centred(col(2), span, '科研'),
      centred(col(3), span, '社会'), centred(col(4), span, '法律服'), centred(col(5), span, '其他'),
      centred(col(6), span, '总计'),
    ]),
    gridLine([
      centred(col(1), span, '企业'), centred(col(2), span, '机构'), centred(col(3), span, '组织'),
      centred(col(4), span, '务机构'),
    ]),
  ];
  // [row key, pieces of the label] — labels as 002 prints them (社会组织, 其他法律行政法规禁止公开 …).
  const rows = [
    ['newReceived', [[A, '一、本年新收政府信息公开申请数量']]],
    ['carriedOver', [[A, '二、上年结转政府信息公开申请数量']]],
    ['granted', [[A, '三、本年度办理结果'], [B, '（一）予以公开']]],
    ['partiallyGranted', [[B, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）']]],
    ['denied.stateSecret', [[B, '（三）不予公开'], [C, '1.属于国家秘密']]],
    ['denied.prohibitedByLaw', [[C, '2.其他法律行政法规禁止公开']]],
    ['denied.endangersSafety', [[C, '3.危及“三安全一稳定”']]],
    ['PAGE', '-3-'],
    ['denied.thirdPartyRights', [[C, '4.保护第三方合法权益']]],
    ['denied.internalAffairs', [[C, '5.属于三类内部事务信息']]],
    ['denied.processInformation', [[C, '6.属于四类过程性信息']]],
    ['denied.enforcementFiles', [[C, '7.属于行政执法案卷']]],
    ['denied.administrativeQuery', [[C, '8.属于行政查询事项']]],
    ['unableToProvide.notHeld', [[B, '（四）无法提供'], [C, '1.本机关不掌握相关政府信息']]],
    ['unableToProvide.needsCreation', [[C, '2.没有现成信息需要另行制作']]],
    ['unableToProvide.unclearAfterCorrection', [[C, '3.补正后申请内容仍不明确']]],
    ['notProcessed.complaint', [[B, '（五）不予处理'], [C, '1.信访举报投诉类申请']]],
    ['notProcessed.duplicate', [[C, '2.重复申请']]],
    ['PAGE', '- 4 -'],
    ['notProcessed.publication', [[C, '3.要求提供公开出版物']]],
    ['notProcessed.excessive', [[C, '4.无正当理由大量反复申请']]],
    ['notProcessed.confirmation', [[C, '5.要求行政机关确认或重新出具已获取信息']]],
    ['otherHandling.noCorrection', [[B, '(六) 其他处理'], [C, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请']]],
    // The one wrapped label: its numbers print on the first line, the rest of the label under it.
    ['otherHandling.feeUnpaid', [[C, '2.申请人逾期未按收费通知要求缴纳费用、']], [[C, '行政机关不再处理其政府信息公开申请']]],
    ['otherHandling.other', [[C, '3.其他']]],
    ['totalHandled', [[B, '(七) 总计']]],
    ['carriedForward', [[A, '四、结转下年度继续办理']]],
  ];
  const out = [...header];
  for (const [key, label, continuation] of rows) {
    if (key === 'PAGE') {
      out.push('', pageFooter(label), LAYOUT_PAGE_HEADER, '');
      continue;
    }
    out.push(gridLine([...label, ...numbers(key)]));
    if (continuation) out.push(gridLine(continuation));
  }
  const printed = rows.filter(([key]) => key !== 'PAGE').map(([key]) => key);
  if (JSON.stringify(printed) !== JSON.stringify(APPLICATION_ROWS)) fail('002-layout: rows out of order');
  return out;
}

function layoutReview(values, { span = 8 } = {}) {
  const col = (i) => i * span;
  const at = (cols, word) => cols.map((i) => centred(col(i), span, word));
  const v = (g, f) => String(values.get(`reviewLitigation.${g}.${f}`));
  return [
    gridLine([centred(col(0), span * 5, '行政复议'), centred(col(5), span * 10, '行政诉讼')]),
    gridLine([centred(col(5), span * 5, '未经复议直接起诉'), centred(col(10), span * 5, '复议后起诉')]),
    gridLine([...at([0, 1, 5, 6, 10, 11], '结果'), ...at([2, 7, 12], '其他'), ...at([3, 8, 13], '尚未')]),
    gridLine([
      ...at([0, 5, 10], '维持'), ...at([1, 6, 11], '纠正'), ...at([2, 7, 12], '结果'), ...at([3, 8, 13], '审结'),
      ...at([4, 9, 14], '总计'),
    ]),
    gridLine(REVIEW_GROUPS.flatMap((g, gi) => OUTCOME_FIELDS.map((f, fi) => centred(col(gi * 5 + fi), span, v(g, f))))),
  ];
}

{
  const { golden, renumberedLines: L, values, seed } = built.get('002');
  const lines = (from, to) => L.slice(from - 1, to);
  // Where 002's parts sit (read from the file): 二 heading 37, table 39–53, 三 heading 55,
  // matrix 57–85, 四 heading 87, table 89–92, 五 heading 94.
  const [p2from, p2to] = seed.tables.part2;
  const [p3from, p3to] = seed.tables.part3;
  const [p4from, p4to] = seed.tables.part4;
  const out = [
    ...lines(1, 24),
    pageFooter('- 1 -'),
    LAYOUT_PAGE_HEADER,
    ...lines(25, p2from - 1),
    ...layoutDisclosure(values),
    '',
    pageFooter('- 2 -'),
    LAYOUT_PAGE_HEADER,
    ...lines(p2to + 1, p3from - 1),
    ...layoutApplications(values),
    ...lines(p3to + 1, p4from - 1),
    ...layoutReview(values),
    ...lines(p4to + 1, L.length),
    '',
    pageFooter('- 5 -'),
    '\f',
  ];
  writeVariant('002-layout', Buffer.from(out.join('\n'), 'utf8'), golden);
}

// ---------------------------------------------------------------------------------------------
// (d) 000-layout: renumbered 000 (one cell per line in the source) as one tab-separated row per line.

{
  const { golden, renumberedLines: L, values, seed } = built.get('000');
  const v = (path) => String(values.get(path));
  const row = (rowKey) => COLUMNS.map((c) => v(`applications.${rowKey}.${c}`)).join('\t');
  const d = (p) => v(`activeDisclosure.${p}`);
  const part2 = [
    '第二十条第（一）项',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    `规章\t${d('regulations.issued')}\t${d('regulations.repealed')}\t${d('regulations.inForce')}`,
    `行政规范性文件\t${d('normativeDocuments.issued')}\t${d('normativeDocuments.repealed')}\t${d('normativeDocuments.inForce')}`,
    '第二十条第（五）项',
    '信息内容\t本年处理决定数量',
    `行政许可\t${d('licensing.decisions')}`,
    '第二十条第（六）项',
    '信息内容\t本年处理决定数量',
    `行政处罚\t${d('punishment.decisions')}`,
    `行政强制\t${d('coercion.decisions')}`,
    '第二十条第（八）项',
    '信息内容\t本年收费金额（单位：万元）',
    `行政事业性收费\t${d('fees.amount')}`,
    '',
  ];
  // Labels exactly as 000 prints them (lines 77–335), the split label of line 282–283 joined.
  const labels = {
    newReceived: '[bookmark: _Hlk66973412]一、本年新收政府信息公开申请数量\t',
    carriedOver: '二、上年结转政府信息公开申请数量\t',
    granted: '三、本年度办理结果\t（一）予以公开',
    partiallyGranted: '\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    'denied.stateSecret': '\t（三）不予公开\t1.属于国家秘密',
    'denied.prohibitedByLaw': '\t\t2.其他法律行政法规禁止公开',
    'denied.endangersSafety': '\t\t3.危及“三安全一稳定”',
    'denied.thirdPartyRights': '\t\t4.保护第三方合法权益',
    'denied.internalAffairs': '\t\t5.属于三类内部事务信息',
    'denied.processInformation': '\t\t6.属于四类过程性信息',
    'denied.enforcementFiles': '\t\t7.属于行政执法案卷',
    'denied.administrativeQuery': '\t\t8.属于行政查询事项',
    'unableToProvide.notHeld': '\t（四）无法提供\t1.本机关不掌握相关政府信息',
    'unableToProvide.needsCreation': '\t\t2.没有现成信息需要另行制作',
    'unableToProvide.unclearAfterCorrection': '\t\t3.补正后申请内容仍不明确',
    'notProcessed.complaint': '\t（五）不予处理\t1.信访举报投诉类申请',
    'notProcessed.duplicate': '\t\t2.重复申请',
    'notProcessed.publication': '\t\t3.要求提供公开出版物',
    'notProcessed.excessive': '\t\t4.无正当理由大量反复申请',
    'notProcessed.confirmation': '\t\t5.要求行政机关确认或重新出具已获取信息',
    'otherHandling.noCorrection': '\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    'otherHandling.feeUnpaid': '\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    'otherHandling.other': '\t\t3.其他',
    totalHandled: '\t（七）总计\t',
    carriedForward: '四、结转下年度继续办理\t\t',
  };
  const part3 = [
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况',
    '\t\t自然人\t法人或其他组织\t\t\t\t\t总计',
    '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t',
    ...APPLICATION_ROWS.map((key) => `${labels[key]}\t${row(key)}`),
    '',
  ];
  const part4 = [
    '行政复议\t\t\t\t\t行政诉讼',
    '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉',
    '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
    REVIEW_GROUPS.flatMap((g) => OUTCOME_FIELDS.map((f) => v(`reviewLitigation.${g}.${f}`))).join('\t'),
    '',
  ];
  // 000: 二 heading 11, cells 12–57, 三 heading 58, matrix 59–345, 四 heading 346, table 347–390.
  const out = [
    ...L.slice(0, seed.tables.part2[0] - 1),
    ...part2,
    ...L.slice(seed.tables.part2[1], seed.tables.part3[0] - 1),
    ...part3,
    ...L.slice(seed.tables.part3[1], seed.tables.part4[0] - 1),
    ...part4,
    ...L.slice(seed.tables.part4[1]),
  ];
  writeVariant('000-layout', Buffer.from(out.join('\n'), 'utf8'), golden);
}

console.error('fixtures written');
