/**
 * The damaged layouts of issue 16 — what real conversions (pdftotext with and without -layout,
 * PDF-to-markdown converters, web pages) do to the tables of a report — as generators, one family
 * per layout, each printing a whole report from designed values and saying, from those values and
 * nothing else, what a parser must make of it:
 *
 *   designed     the values the report was written with (a golden report's tables, or values
 *                a family designs itself, e.g. signed changes for the 2019 form)
 *   expected     the tables a parser must give: the designed value where the layout makes the
 *                reading certain, null where it is truly ambiguous
 *   diagnostics  what the parser must say: { code, severity, path, line, optional? }
 *   notes        why, in words, for checking by eye
 *
 * Every family is a function of (source, parameters) with its parameters drawn from a seeded
 * PRNG (`randomParams`), so a test can draw as many instances as it likes and
 * scripts/make-damaged-fixtures.mjs writes a few of each to fixtures/damaged/. Written from
 * docs/contract.md and the form (scripts/form.mjs), apart from src/ on purpose: these are oracles, and
 * the parser is held to them. fixtures/damaged/README.md says, per layout, what is certain and why.
 */
import {
  APPLICANT_HEADERS,
  APPLICATION_LABELS,
  APPLICATION_NOTE,
  APPLICATION_ROWS,
  BOOKENDS,
  COLUMNS,
  DISCLOSURE_TABLES,
  OUTCOME_FIELDS,
  OUTCOME_ROWS,
  PART_HEADINGS,
  REVIEW_GROUPS,
  REVIEW_HEADERS,
  ROW_WORDS,
  SINGLE_OTHER_HANDLING_LABEL,
} from './form.mjs';
import { GOLDEN_SOURCES } from './goldens.mjs';
import { mulberry32 } from './prng.mjs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

// ── randomness ───────────────────────────────────────────────────────────────────────────

export const between = (rng, min, max) => min + Math.floor(rng() * (max - min + 1));
export const pick = (rng, items) => items[Math.floor(rng() * items.length)];
const chance = (rng, p) => rng() < p;

// ── paths and tables ─────────────────────────────────────────────────────────────────────

export const get = (object, path) => path.split('.').reduce((node, key) => (node == null ? undefined : node[key]), object);
export function set(object, path, value) {
  const keys = path.split('.');
  let node = object;
  for (const key of keys.slice(0, -1)) node = node[key] ??= {};
  node[keys.at(-1)] = value;
}

/** The tables of a golden report (or of an expectation): format and the three tables, copied. */
export const tablesOf = (report) => structuredClone({
  format: report.format,
  activeDisclosure: report.activeDisclosure,
  applications: report.applications,
  reviewLitigation: report.reviewLitigation,
});

/** The 2019 form prints （六）其他处理 as one row: these two rows are not printed. */
const SINGLE_OTHER = new Set(['otherHandling.noCorrection', 'otherHandling.feeUnpaid']);

/** Part 二's rows of a form, in print order: { id, key, label, fields, cells, table }. */
export function disclosureRows(format) {
  return DISCLOSURE_TABLES[format].flatMap((t, table) =>
    t.rows.map(([key, label, fields]) => ({
      id: `activeDisclosure.${key}`,
      key,
      label,
      fields,
      cells: fields.map((f) => `activeDisclosure.${key}.${f}`),
      table,
    })),
  );
}

/** 0: a row of the table's first column (一、二、四、); 1: (一) (二) (七); 2: a numbered row inside a group. */
const levelOf = (key, format) =>
  ['newReceived', 'carriedOver', 'carriedForward'].includes(key)
    ? 0
    : ['granted', 'partiallyGranted', 'totalHandled'].includes(key) || (format === '2019' && key === 'otherHandling.other')
      ? 1
      : 2;

/** The application matrix's rows of a form, in print order: { id, key, label, group, part, level, cells }. */
export function applicationRows(format) {
  return APPLICATION_ROWS.filter((key) => !(format === '2019' && SINGLE_OTHER.has(key))).map((key) => {
    const printed = format === '2019' && key === 'otherHandling.other' ? { label: SINGLE_OTHER_HANDLING_LABEL } : APPLICATION_LABELS[key];
    return {
      id: `applications.${key}`,
      key,
      label: printed.label,
      group: printed.group ?? null,
      part: printed.part ?? null,
      level: levelOf(key, format),
      cells: COLUMNS.map((c) => `applications.${key}.${c}`),
    };
  });
}

export const REVIEW_PATHS = REVIEW_GROUPS.flatMap((g) => OUTCOME_FIELDS.map((f) => `reviewLitigation.${g}.${f}`));

// ── the arithmetic of the form (docs/contract.md), for the oracles ───────────────────────────────

const sum = (values) => values.reduce((s, v) => s + (v ?? 0), 0);
/** total = the six applicant cells. */
export const rowAddsUp = (values) => values.length === 7 && values.every((v) => v === null || Number.isFinite(v)) && sum(values.slice(0, 6)) === (values[6] ?? 0);
/** 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const groupAddsUp = (values) => values.length === 5 && sum(values.slice(0, 4)) === (values[4] ?? 0);

/**
 * Do the column rules of the application matrix hold for these rows (key → 7 values, or
 * undefined when unknown)? A rule one of whose rows is unknown is not checked.
 */
export function columnRulesHold(rowsByKey, format) {
  const outcome = OUTCOME_ROWS.filter((r) => !(format === '2019' && SINGLE_OTHER.has(r)));
  const rules = [
    { plus: outcome, minus: ['totalHandled'] },
    { plus: ['newReceived', 'carriedOver'], minus: ['totalHandled', 'carriedForward'] },
  ];
  return rules.every((rule) => {
    const rows = [...rule.plus, ...rule.minus];
    if (rows.some((r) => rowsByKey.get(r) === undefined)) return true;
    return COLUMNS.every((_, c) => {
      const side = (keys) => keys.reduce((s, r) => s + (rowsByKey.get(r)[c] ?? 0), 0);
      return side(rule.plus) === side(rule.minus);
    });
  });
}

// ── printing ─────────────────────────────────────────────────────────────────────────────

/** A report being printed: its lines, numbered from 1 as the parser's diagnostics are. */
class Doc {
  constructor() {
    this.lines = [];
  }
  /** Add lines; returns the number of the first. */
  add(...texts) {
    const at = this.lines.length + 1;
    this.lines.push(...texts);
    return at;
  }
  text() {
    return `${this.lines.join('\n')}\n`;
  }
}

/**
 * One table row in a style: `tabs` (Word's text export), `pipes` (markdown), `spaces`
 * (pdftotext -layout: runs of 2–6 spaces, empty cells gone, an indent where the row starts with
 * empty cells).
 */
export function rowLine(cells, style, rng) {
  switch (style) {
    case 'tabs':
      return cells.join('\t');
    case 'pipes':
      return `| ${cells.map((c) => c.trim()).join(' | ')} |`;
    case 'spaces': {
      const lead = cells.findIndex((c) => c.trim() !== '');
      if (lead < 0) return '';
      const filled = cells.slice(lead).filter((c) => c.trim() !== '');
      const indent = lead > 0 ? ' '.repeat(between(rng, 4, 12)) : '';
      return indent + filled.map((c, i) => (i === 0 ? c : ' '.repeat(between(rng, 2, 6)) + c)).join('');
    }
    default:
      throw new Error(`unknown style ${style}`);
  }
}

/** The line under a markdown table's first row. */
export const markdownSeparator = (n, mark = '---') => `|${` ${mark} |`.repeat(n)}`;

/** A value as the report prints it (a blank cell is empty). */
const printValue = (v, unit = '') => (v === null || v === undefined ? '' : `${v}${unit}`);

/** The unit a golden report prints after an amount, when it is not 万元 (as its `unit` diagnostic says). */
const unitsOf = (golden) => new Map((golden.diagnostics ?? []).filter((d) => d.code === 'unit').map((d) => [d.path, '元']));

/** What a source report gives the generators: its values, its prose, its title. */
export function designFrom(golden) {
  return {
    tables: tablesOf(golden),
    meta: golden.meta,
    text: golden.text ?? {},
    units: unitsOf(golden),
  };
}

const firstSentences = (text, max = 90) => {
  if (!text) return '无。';
  const flat = text.replace(/\s+/g, '');
  const end = flat.indexOf('。', 20);
  if (end > 0 && end < max) return flat.slice(0, end + 1);
  const cut = flat.slice(0, max);
  return cut.endsWith('。') ? cut : `${cut}。`;
};

/** `n thing(s)` in words. */
const count = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const NUMERALS = { 2: '二', 3: '三', 4: '四' };

/**
 * Part 二 as a table of its small tables. `labelOf(row)` may change a row's label; `headers: false`
 * leaves the column-header lines out. Returns each row's line by id.
 */
function printDisclosure(doc, design, style, rng, { labelOf = (row) => row.label, headers = true } = {}) {
  const { format } = design.tables;
  const tables = DISCLOSURE_TABLES[format];
  const width = 1 + Math.max(...tables.map((t) => t.header.length));
  const pad = (cells) => [...cells, ...Array(width - cells.length).fill('')];
  const lines = {};
  tables.forEach((t, i) => {
    doc.add(rowLine(pad([t.item]), style, rng));
    if (style === 'pipes' && i === 0) doc.add(markdownSeparator(width));
    if (headers) doc.add(rowLine(pad(['信息内容', ...t.header]), style, rng));
    for (const row of disclosureRows(format).filter((r) => r.table === i)) {
      const values = row.cells.map((p) => printValue(get(design.tables, p), design.units.get(p)));
      lines[row.id] = doc.add(rowLine(pad([labelOf(row), ...values]), style, rng));
    }
  });
  return lines;
}

/** The label cells of an application row: [first column, group column, row column]. */
export function labelCells(row) {
  if (row.level === 0) return [row.label, '', ''];
  if (row.level === 1) return [row.part ?? '', row.label, ''];
  return ['', row.group ?? '', row.label];
}

/** The application matrix's three header lines (a markdown separator after the first in `pipes`). */
function printApplicationHeader(doc, style, rng) {
  const [person, commercial, research, nonprofit, legal, other, total] = APPLICANT_HEADERS;
  doc.add(rowLine([APPLICATION_NOTE, '', '', '申请人情况', '', '', '', '', '', ''], style, rng));
  if (style === 'pipes') doc.add(markdownSeparator(10));
  doc.add(rowLine(['', '', '', person, '法人或其他组织', '', '', '', '', total], style, rng));
  doc.add(rowLine(['', '', '', '', commercial, research, nonprofit, legal, other, ''], style, rng));
}

const applicationValues = (design, row) => row.cells.map((p) => printValue(get(design.tables, p)));

/** The application matrix as the form prints it; returns each row's line by id. */
function printApplications(doc, design, style, rng) {
  printApplicationHeader(doc, style, rng);
  const lines = {};
  for (const row of applicationRows(design.tables.format)) {
    lines[row.id] = doc.add(rowLine([...labelCells(row), ...applicationValues(design, row)], style, rng));
  }
  return lines;
}

const reviewValues = (design) => REVIEW_PATHS.map((p) => printValue(get(design.tables, p)));

/** Part 四's header lines as the form prints them. */
function printReviewHeader(doc, style, rng) {
  const blank5 = ['', '', '', '', ''];
  doc.add(rowLine(['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''], style, rng));
  if (style === 'pipes') doc.add(markdownSeparator(15));
  doc.add(rowLine([...REVIEW_HEADERS, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''], style, rng));
  doc.add(rowLine([...blank5, ...REVIEW_HEADERS, ...REVIEW_HEADERS], style, rng));
}

/** Part 四 as the form prints it: three header lines and the fifteen values; returns the values' line. */
function printReview(doc, design, style, rng) {
  printReviewHeader(doc, style, rng);
  return { reviewLitigation: doc.add(rowLine(reviewValues(design), style, rng)) };
}

/**
 * A whole report. `bodies[n](doc)` prints part n's table (the default: the form's layout in
 * `style`) and returns the lines of its rows by id; `headings[n]` replaces part n's heading
 * (null: none printed).
 */
function printReport(design, { style, rng, bodies = {}, headings = {} }) {
  const doc = new Doc();
  const lines = {};
  const heading = (n) => {
    const text = n in headings ? headings[n] : PART_HEADINGS[n];
    if (text !== null) doc.add(text);
  };
  doc.add(design.meta.title ?? '政府信息公开工作年度报告', '');
  heading(1);
  doc.add(firstSentences(design.text.overview), '');
  const defaults = {
    2: () => printDisclosure(doc, design, style, rng),
    3: () => printApplications(doc, design, style, rng),
    4: () => printReview(doc, design, style, rng),
  };
  for (const n of [2, 3, 4]) {
    heading(n);
    Object.assign(lines, (bodies[n] ?? defaults[n])(doc));
    doc.add('');
  }
  heading(5);
  doc.add(firstSentences(design.text.problems), '');
  heading(6);
  doc.add(firstSentences(design.text.otherMatters), '');
  if (design.meta.organ) doc.add(design.meta.organ);
  if (design.meta.publishedOn) doc.add(design.meta.publishedOn.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日'));
  return { doc, lines };
}

// ── expectations ─────────────────────────────────────────────────────────────────────────

/** A fixture: the text, the designed tables, what the parser must give and say, and why. */
function fixture(family, design, doc, { expected, diagnostics = [], notes = [], parameters }) {
  const order = (a, b) => (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path) || a.code.localeCompare(b.code);
  return {
    family: family.name,
    layout: family.layout,
    parameters,
    text: doc.text(),
    designed: design.tables,
    expected: expected ?? structuredClone(design.tables),
    diagnostics: [...diagnostics].sort(order),
    notes,
  };
}

/**
 * What every family's `generate` starts from: the source's design (changed by `adjust`, given the
 * tables and the instance's PRNG, where a family designs values of its own), the PRNG, the
 * expectation to null the ambiguous cells in, and empty lists of diagnostics and notes.
 */
function begin(source, params, adjust = null) {
  const design = designFrom(source.golden);
  const rng = mulberry32(params.seed);
  const extra = adjust ? adjust(design.tables, rng) : {};
  return { design, rng, format: design.tables.format, expected: structuredClone(design.tables), diagnostics: [], notes: [], ...extra };
}

/** Set every cell of these rows to null in an expectation. */
const nullRows = (expected, rows) => {
  for (const row of rows) for (const path of row.cells) set(expected, path, null);
};

/** The code proposed for values printed apart from their labels whose pairing cannot be told. */
export const PAIRING_CODE = 'ambiguous-pairing';

// ── label helpers ────────────────────────────────────────────────────────────────────────

const CJK = /[\u3400-\u9fff]/;
/**
 * Does a piece of label name a row other than `key`? Its words are in the piece; for 3.其他 and
 * （七）总计, whose words are common, the piece ends with them.
 */
const namesRow = (piece, row) => {
  const words = ROW_WORDS[row];
  if (row === 'otherHandling.other' || row === 'totalHandled') return words.some((w) => piece.trim().endsWith(w));
  return words.some((w) => piece.includes(w));
};
const namesOtherRow = (piece, key) => Object.keys(ROW_WORDS).some((row) => row !== key && namesRow(piece, row));

/**
 * Split a label into `parts` pieces at random points, each with a CJK character and none naming
 * another row (so no piece can be taken for the start of another row). Null when no split is found.
 */
function splitLabel(label, key, parts, rng) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const cuts = [];
    for (let k = 1; k < parts; k++) cuts.push(between(rng, 1, label.length - 1));
    cuts.sort((a, b) => a - b);
    const bounds = [0, ...cuts, label.length];
    const pieces = bounds.slice(0, -1).map((at, i) => label.slice(at, bounds[i + 1]));
    if (pieces.some((p) => !CJK.test(p) || namesOtherRow(p, key))) continue;
    return pieces;
  }
  return null;
}

// ═════════════════════════════════════════════════════════════════════════════════════════
// The families. Each: { name, layout, title, formats, randomParams(rng, source), generate(source, params) }.
// ═════════════════════════════════════════════════════════════════════════════════════════

const STYLES = ['tabs', 'pipes', 'spaces'];
const NUMBER_FORMS = ['pipes', 'tabs', 'spaces'];

/** A row of numbers alone, in a form. */
function numberLine(values, form, rng) {
  if (form === 'pipes') return `| ${values.join(' | ')} |`;
  if (form === 'tabs') return values.join('\t');
  return values.map((v, i) => (i === 0 ? v : ' '.repeat(between(rng, 2, 6)) + v)).join('');
}

// ── 1. labels cut off from their numbers ────────────────────────────────────────────────

/**
 * `block`: for a run of consecutive rows of the application matrix, their label lines first
 * (group labels on lines of their own, a share of labels wrapped over two lines), then their
 * rows of numbers. The pairing is certain when there are as many rows of numbers as labels, in
 * form order, each adding up; with `lose`, one row of numbers of the run was lost in conversion,
 * so which label has none cannot be told: every row of the run is null, with `ambiguous-pairing`.
 *
 * `wrap`: long labels wrapped over two or three lines with the row's numbers printed between the
 * pieces or on the middle one, as pdftotext -layout prints a row whose label is taller than its
 * numbers (`5.要求行政机关确认或重新出具已` / numbers / `获取信息`). Certain: the pieces join into
 * one row's label, no piece names another row, and no other row lacks its numbers.
 */
const labelsFirst = {
  name: 'labels-first',
  layout: 1,
  title: 'labels cut off from their numbers',
  formats: ['2021', '2019'],
  randomParams(rng, source, want = {}) {
    const format = source.golden.format;
    const rows = applicationRows(format);
    const shape = want.shape ?? pick(rng, ['block', 'block', 'wrap']);
    if (shape === 'block') {
      const lose = want.lose ?? chance(rng, 0.35);
      const outcome = rows.map((r, i) => [r, i]).filter(([r]) => !BOOKENDS.includes(r.key)).map(([, i]) => i);
      const blocks = [];
      const taken = new Set();
      const wanted = lose ? 1 : between(rng, 1, 3);
      for (let attempt = 0; blocks.length < wanted && attempt < 100; attempt++) {
        const length = between(rng, 2, 6);
        const pool = lose ? outcome.slice(0, outcome.length - length + 1) : rows.map((_, i) => i).slice(0, rows.length - length + 1);
        const start = pick(rng, pool);
        const span = Array.from({ length: length + 2 }, (_, k) => start - 1 + k);
        if (span.some((i) => taken.has(i))) continue;
        if (lose && !outcome.includes(start + length - 1)) continue;
        span.forEach((i) => taken.add(i));
        blocks.push({ start, length, ...(lose ? { lost: between(rng, 0, length - 1) } : {}) });
      }
      blocks.sort((a, b) => a.start - b.start);
      return {
        shape,
        style: want.style ?? pick(rng, STYLES),
        blocks,
        wrapShare: want.wrapShare ?? pick(rng, [0, 0.5, 1]),
        numbers: want.numbers ?? pick(rng, NUMBER_FORMS),
        seed: between(rng, 1, 0xffff),
      };
    }
    const long = rows.filter((r) => r.label.length >= 10).map((r) => r.key);
    const chosen = [];
    for (let k = between(rng, 2, 4); k > 0; k--) {
      const key = pick(rng, long);
      if (!chosen.includes(key)) chosen.push(key);
    }
    return { shape, style: want.style ?? pick(rng, ['spaces', 'spaces', 'tabs']), rows: chosen.sort((a, b) => APPLICATION_ROWS.indexOf(a) - APPLICATION_ROWS.indexOf(b)), seed: between(rng, 1, 0xffff) };
  },
  generate(source, params) {
    const { design, rng, format, expected, diagnostics, notes } = begin(source, params);
    const rows = applicationRows(format);
    const body = (doc) => {
      printApplicationHeader(doc, params.style, rng);
      const lines = {};
      const normal = (row) => (lines[row.id] = doc.add(rowLine([...labelCells(row), ...applicationValues(design, row)], params.style, rng)));
      if (params.shape === 'block') {
        const inBlock = new Map();
        for (const block of params.blocks) for (let k = 0; k < block.length; k++) inBlock.set(block.start + k, block);
        for (let i = 0; i < rows.length; i++) {
          const block = inBlock.get(i);
          if (!block) {
            normal(rows[i]);
            continue;
          }
          const members = rows.slice(block.start, block.start + block.length);
          for (const row of members) {
            if (row.level === 1 && row.part) doc.add(row.part);
            if (row.level === 2 && row.group) doc.add(row.group);
            const pieces = chance(rng, params.wrapShare) ? splitLabel(row.label, row.key, 2, rng) : null;
            lines[row.id] = doc.add(...(pieces ?? [row.label]));
          }
          members.forEach((row, k) => {
            if (block.lost === k) return;
            doc.add(numberLine(applicationValues(design, row), params.numbers, rng));
          });
          const names = members.map((r) => `“${r.label}”`).join('、');
          if (block.lost === undefined) {
            notes.push(`${names}: ${count(members.length, 'label')}, then ${count(members.length, 'row')} of numbers, in form order, each adding up: paired one to one (certain).`);
          } else {
            nullRows(expected, members);
            for (const row of members) diagnostics.push({ code: PAIRING_CODE, severity: 'warning', path: row.id, line: lines[row.id] });
            notes.push(
              `${names}: ${count(members.length, 'label')} but ${count(members.length - 1, 'row')} of numbers (those of “${members[block.lost].label}” lost); every row adds up, so any label could be the one without numbers: all ${members.length} rows null, ${PAIRING_CODE} on each.`,
            );
          }
          i += block.length - 1;
        }
        return lines;
      }
      // wrap: the chosen rows' labels wrapped around their numbers.
      for (const row of rows) {
        if (!params.rows.includes(row.key)) {
          normal(row);
          continue;
        }
        const parts = row.label.length >= 18 && chance(rng, 0.5) ? 3 : 2;
        const pieces = splitLabel(row.label, row.key, parts, rng) ?? [row.label];
        const values = applicationValues(design, row);
        const lead = [row.level === 1 ? row.part : row.level === 2 ? row.group : null].filter(Boolean);
        const withLead = (cells) => rowLine([...lead, ...cells], params.style, rng);
        if (pieces.length === 3) {
          lines[row.id] = doc.add(withLead([pieces[0]]));
          doc.add(rowLine(['', '', pieces[1], ...values], params.style, rng), pieces[2]);
          notes.push(`“${row.label}” printed over three lines, its numbers on the middle one: one row (certain).`);
        } else if (pieces.length === 2 && chance(rng, 0.5)) {
          lines[row.id] = doc.add(withLead([pieces[0]]));
          doc.add(rowLine(['', '', '', ...values], params.style, rng), pieces[1]);
          notes.push(`“${row.label}” printed as “${pieces[0]}”, its numbers, then “${pieces[1]}”: one row (certain).`);
        } else {
          lines[row.id] = doc.add(rowLine([...lead, pieces[0], ...values], params.style, rng));
          if (pieces[1]) doc.add(pieces[1]);
          notes.push(`“${row.label}” printed with its numbers after “${pieces[0]}” and the rest of its label on the next line: one row (certain).`);
        }
      }
      return lines;
    };
    const { doc } = printReport(design, { style: params.style, rng, bodies: { 3: body } });
    return fixture(this, design, doc, { expected, diagnostics, notes, parameters: params });
  },
};

// ── 2. numbers column by column ─────────────────────────────────────────────────────────

/**
 * Plain pdftotext (no -layout) on a PDF whose table cells are laid out by column: the header
 * words one a line, the labels one a line, then the numbers down each column in turn (a column's
 * header word before it, with `columnHeads`), blank lines between them or not, and with
 * `pageBreak` the application matrix cut in two pages, each printing its labels and its columns.
 *
 * A reader who does not know the layout can read a block of r labels and r × c numbers row by
 * row or column by column. The application matrix: only one reading makes every row add up and
 * the column rules hold: certain. Part 二's small tables have no arithmetic: a table of two rows
 * and three columns reads both ways, so its rows are null with `ambiguous-pairing`; a table of
 * one row or one column reads the same both ways: certain. Part 四 is one row: certain.
 */
const columnByColumn = {
  name: 'column-by-column',
  layout: 2,
  title: 'numbers column by column (plain pdftotext)',
  formats: ['2021', '2019'],
  randomParams(rng, source, want = {}) {
    const n = applicationRows(source.golden.format).length;
    return {
      labels: want.labels ?? pick(rng, ['before', 'before', 'after']),
      blankLines: want.blankLines ?? chance(rng, 0.5),
      columnHeads: want.columnHeads ?? chance(rng, 0.5),
      pageBreak: (want.pageBreak ?? chance(rng, 0.4)) ? between(rng, 3, n - 3) : null,
      seed: between(rng, 1, 0xffff),
    };
  },
  generate(source, params) {
    const { design, rng, format, expected, diagnostics, notes } = begin(source, params);
    const gap = (doc) => {
      if (params.blankLines) doc.add('');
    };
    const value = (p) => printValue(get(design.tables, p), design.units.get(p));
    const part2 = (doc) => {
      const lines = {};
      DISCLOSURE_TABLES[format].forEach((t, i) => {
        doc.add(t.item, '信息内容', ...t.header);
        const rows = disclosureRows(format).filter((r) => r.table === i);
        for (const row of rows) lines[row.id] = doc.add(row.label);
        t.header.forEach((_, j) => {
          for (const row of rows) {
            doc.add(value(row.cells[j]));
            gap(doc);
          }
        });
        if (rows.length > 1 && t.header.length > 1) {
          nullRows(expected, rows);
          for (const row of rows) diagnostics.push({ code: PAIRING_CODE, severity: 'warning', path: row.id, line: lines[row.id] });
          notes.push(
            `${t.item}: ${rows.length} labels and ${rows.length * t.header.length} numbers with no arithmetic; read row by row or column by column they give different rows, and nothing tells which: ${rows.map((r) => `“${r.label}”`).join('、')} null, ${PAIRING_CODE} on each.`,
          );
        } else {
          notes.push(`${t.item}: ${rows.length === 1 ? 'one row' : 'one column'}, the same read either way (certain).`);
        }
      });
      return lines;
    };
    const part3 = (doc) => {
      const rows = applicationRows(format);
      doc.add('申请人情况', APPLICATION_NOTE, '法人或其他组织', APPLICANT_HEADERS[0], APPLICANT_HEADERS[6], ...APPLICANT_HEADERS.slice(1, 6));
      const lines = {};
      const segments = params.pageBreak === null ? [rows] : [rows.slice(0, params.pageBreak), rows.slice(params.pageBreak)];
      segments.forEach((segment, s) => {
        if (s > 0) {
          // The page's foot and the next page's running head: the title, passed over and said so.
          const head = doc.add(`- ${between(rng, 2, 9)} -`, design.meta.title ?? '') + 1;
          if (design.meta.title) diagnostics.push({ code: 'unknown-row', severity: 'warning', path: 'applications', line: head });
        }
        const labels = () => {
          for (const row of segment) {
            if (row.part) doc.add(row.part);
            if (row.group) doc.add(row.group);
            lines[row.id] = doc.add(row.label);
          }
        };
        if (params.labels === 'before') labels();
        COLUMNS.forEach((_, c) => {
          if (params.columnHeads) doc.add(APPLICANT_HEADERS[c]);
          for (const row of segment) {
            doc.add(printValue(get(design.tables, row.cells[c])));
            gap(doc);
          }
        });
        if (params.labels === 'after') labels();
      });
      notes.push(
        `part 三: ${segments.map((s) => `${s.length} labels and ${s.length * 7} numbers`).join(', then on the next page ')}; read row by row the rows do not add up, read column by column every row and the column rules do: one reading fits (certain).`,
      );
      return lines;
    };
    const part4 = (doc) => {
      doc.add('行政复议', '行政诉讼', ...REVIEW_HEADERS, '未经复议直接起诉', '复议后起诉', ...REVIEW_HEADERS, ...REVIEW_HEADERS);
      const first = doc.add(reviewValues(design)[0]);
      for (const v of reviewValues(design).slice(1)) {
        gap(doc);
        doc.add(v);
      }
      notes.push('part 四: one row of fifteen numbers, the same read either way (certain).');
      return { reviewLitigation: first };
    };
    // Of the two readings of each page, only the designed one may fit the arithmetic.
    checkColumnReading(design.tables, format, params.pageBreak);
    const { doc } = printReport(design, { style: 'tabs', rng, bodies: { 2: part2, 3: part3, 4: part4 } });
    return fixture(this, design, doc, { expected, diagnostics, notes, parameters: params });
  },
};

/** Assert that, of the row-by-row and column-by-column readings of each page, only the designed one fits. */
function checkColumnReading(tables, format, pageBreak) {
  const rows = applicationRows(format);
  const segments = pageBreak === null ? [rows] : [rows.slice(0, pageBreak), rows.slice(pageBreak)];
  const printed = segments.map((segment) => COLUMNS.flatMap((_, c) => segment.map((row) => get(tables, row.cells[c]))));
  let fits = 0;
  for (let mask = 0; mask < 1 << segments.length; mask++) {
    const byKey = new Map();
    segments.forEach((segment, s) => {
      const r = segment.length;
      segment.forEach((row, i) => {
        const values = COLUMNS.map((_, c) => (mask & (1 << s) ? printed[s][i * 7 + c] : printed[s][c * r + i]));
        byKey.set(row.key, values);
      });
    });
    if ([...byKey.values()].every(rowAddsUp) && columnRulesHold(byKey, format)) fits++;
  }
  if (fits !== 1) throw new Error(`column-by-column: ${fits} readings fit, expected 1`);
}

// ── 3. rows with no label ───────────────────────────────────────────────────────────────

/**
 * Rows of the application matrix printed as numbers alone, their labels printed after the table,
 * after part 四, or not at all (pdftotext prints a merged label cell where it likes). A run of m
 * such rows between two labelled rows stands for the g rows of the form between them: when m = g
 * they are those rows in order, and the column rules hold (certain); with `lose`, two unlabelled
 * rows side by side of which only one printed its numbers: which one cannot be told (every row
 * adds up, both are outcome rows): both null, with `ambiguous-pairing` on the numbers' line.
 */
const unlabelledRows = {
  name: 'unlabelled-rows',
  layout: 3,
  title: 'rows with no label',
  formats: ['2021', '2019'],
  randomParams(rng, source, want = {}) {
    const rows = applicationRows(source.golden.format);
    const lose = want.lose ?? chance(rng, 0.3);
    const outcome = rows.map((r, i) => [r, i]).filter(([r]) => !BOOKENDS.includes(r.key)).map(([, i]) => i);
    let chosen;
    if (lose) {
      const start = pick(rng, outcome.slice(0, -1));
      chosen = [start, start + 1];
    } else if (want.rows) {
      chosen = [...want.rows];
    } else if (want.adjacent) {
      const start = between(rng, 0, rows.length - 2);
      chosen = [start, start + 1];
    } else {
      chosen = [];
      for (let k = between(rng, 1, 3); k > 0; k--) {
        const i = between(rng, 0, rows.length - 1);
        if (!chosen.includes(i)) chosen.push(i);
      }
      chosen.sort((a, b) => a - b);
    }
    return {
      style: want.style ?? pick(rng, STYLES),
      rows: chosen,
      lose: lose ? between(rng, 0, 1) : null,
      labelsAt: want.labelsAt ?? pick(rng, ['after-table', 'after-part4', 'never']),
      seed: between(rng, 1, 0xffff),
    };
  },
  generate(source, params) {
    const { design, rng, format, expected, diagnostics, notes } = begin(source, params);
    const rows = applicationRows(format);
    const unlabelled = new Set(params.rows);
    const late = params.rows.map((i) => rows[i]).flatMap((r) => [r.part, r.group, r.label].filter(Boolean));
    const numberLines = new Map();
    const part3 = (doc) => {
      printApplicationHeader(doc, params.style, rng);
      const lines = {};
      rows.forEach((row, i) => {
        const values = applicationValues(design, row);
        if (!unlabelled.has(i)) {
          lines[row.id] = doc.add(rowLine([...labelCells(row), ...values], params.style, rng));
          return;
        }
        if (params.lose !== null && params.rows[params.lose] === i) return;
        numberLines.set(i, doc.add(rowLine(['', '', '', ...values], params.style, rng)));
      });
      if (params.labelsAt === 'after-table') doc.add(...late);
      return lines;
    };
    const part4 = (doc) => {
      const lines = printReview(doc, design, params.style, rng);
      if (params.labelsAt === 'after-part4') doc.add(...late);
      return lines;
    };
    const { doc } = printReport(design, { style: params.style, rng, bodies: { 3: part3, 4: part4 } });
    // The runs of unlabelled rows between labelled ones, and what each run can be.
    const where = { 'after-table': 'after the table', 'after-part4': 'after part 四', never: 'nowhere' }[params.labelsAt];
    for (let i = 0; i < rows.length; ) {
      if (!unlabelled.has(i)) {
        i++;
        continue;
      }
      let j = i;
      while (j < rows.length && unlabelled.has(j)) j++;
      const gap = rows.slice(i, j);
      const printed = [...numberLines.keys()].filter((k) => k >= i && k < j);
      const names = gap.map((r) => `“${r.label}”`).join('、');
      if (printed.length === gap.length) {
        notes.push(`${names}: printed as numbers alone (labels ${where}) between the rows before and after them, ${count(gap.length, 'row')} of numbers for ${count(gap.length, 'row')} without a label: ${gap.length === 1 ? 'that row' : 'those rows, in order'}, and the column rules hold (certain).`);
      } else {
        nullRows(expected, gap);
        const line = numberLines.get(printed[0]);
        for (const row of gap) diagnostics.push({ code: PAIRING_CODE, severity: 'warning', path: row.id, line });
        notes.push(`${names}: ${count(gap.length, 'row')} without labels but ${count(printed.length, 'row')} of numbers (line ${line}); either row could be the one printed, and both are outcome rows, so no rule tells: both null, ${PAIRING_CODE} on each.`);
      }
      i = j;
    }
    return fixture(this, design, doc, { expected, diagnostics, notes, parameters: params });
  },
};

// ── 4. part 四 as three small tables ────────────────────────────────────────────────────

const GROUP_HEADINGS = {
  plain: ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'],
  numbered: ['（一）行政复议情况', '（二）行政诉讼情况（未经复议直接起诉）', '（三）行政诉讼情况（复议后起诉）'],
  bold: ['**行政复议**', '**行政诉讼（未经复议直接起诉）**', '**行政诉讼（复议后起诉）**'],
  caption: ['表4-1 行政复议', '表4-2 行政诉讼·未经复议直接起诉', '表4-3 行政诉讼·复议后起诉'],
  parent: ['行政复议', '未经复议直接起诉', '复议后起诉'],
};

/**
 * Part 四 printed as three tables, each under its own heading with its own five-column header
 * and one row of five numbers: headings in several wordings (with `parent`, a line 行政诉讼
 * before the two litigation tables, named only 未经复议直接起诉 / 复议后起诉), each table in a
 * style (one cell per line too), the three in form order or the litigation tables first. Each
 * heading names its group and each group adds up: certain.
 */
const reviewAsThreeTables = {
  name: 'part4-three-tables',
  layout: 4,
  title: 'part 四 as three small tables',
  formats: ['2021', '2019'],
  randomParams(rng, _source, want = {}) {
    return {
      headings: want.headings ?? pick(rng, Object.keys(GROUP_HEADINGS)),
      style: want.style ?? pick(rng, [...STYLES, 'cells']),
      order: want.order ?? pick(rng, ['form', 'form', 'litigation-first']),
      seed: between(rng, 1, 0xffff),
    };
  },
  generate(source, params) {
    const { design, rng } = begin(source, params);
    const order = params.order === 'form' ? [0, 1, 2] : [1, 2, 0];
    const part4 = (doc) => {
      const lines = {};
      for (const g of order) {
        if (params.headings === 'parent' && g === 1) doc.add('行政诉讼');
        doc.add(GROUP_HEADINGS[params.headings][g]);
        const values = REVIEW_PATHS.slice(g * 5, g * 5 + 5).map((p) => printValue(get(design.tables, p)));
        if (params.style === 'cells') {
          doc.add(...REVIEW_HEADERS.map((h) => `\t${h}`), '');
          lines[`reviewLitigation.${REVIEW_GROUPS[g]}`] = doc.add(...values.map((v) => `\t${v}`));
          doc.add('');
        } else {
          doc.add(rowLine(REVIEW_HEADERS, params.style, rng));
          if (params.style === 'pipes') doc.add(markdownSeparator(5));
          lines[`reviewLitigation.${REVIEW_GROUPS[g]}`] = doc.add(rowLine(values, params.style, rng));
        }
      }
      return lines;
    };
    const { doc } = printReport(design, { style: params.style === 'cells' ? 'tabs' : params.style, rng, bodies: { 4: part4 } });
    const notes = [`part 四: three tables under the headings ${order.map((g) => `“${GROUP_HEADINGS[params.headings][g]}”`).join(', ')}, each with its five-column header and one row of five numbers that adds up: each group certain.`];
    return fixture(this, design, doc, { notes, parameters: params });
  },
};

// ── 5. rows under the wrong header ──────────────────────────────────────────────────────

const WRONG_HEADERS = {
  placeholder: ['', '', '', '数据1', '数据2', '数据3', '数据4', '数据5', '数据6', '总计'],
  'placeholder-seven': ['', '', '', '数据1', '数据2', '数据3', '数据4', '数据5', '数据6', '数据7'],
  'part2-header': ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '', '', '', '', '', ''],
  'part4-header': ['', '', '', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '', ''],
  'other-table': ['项目', '本年新收件数', '上年结转件数', '办结件数', '结转下年度件数', '', '', '', '', ''],
};
const SEPARATOR_MARKS = ['---', ':---:', '-', '--'];

/**
 * The application matrix as markdown converters give it: a new small table at some row
 * boundaries (each row group, or a few random places), under a header that is not the table's:
 * placeholders (`数据1 … 数据6 | 总计`), part 二's or part 四's header, or another table's
 * (`项目 | 本年新收件数 | 上年结转件数 …`), with its `|---|` line. Every row still prints its own
 * label and its seven numbers: certain; the headers are not rows.
 */
const wrongHeader = {
  name: 'wrong-header',
  layout: 5,
  title: 'rows under the wrong header',
  formats: ['2021', '2019'],
  randomParams(rng, source, want = {}) {
    const n = applicationRows(source.golden.format).length;
    const split = want.split ?? pick(rng, ['groups', 'random']);
    const at = [];
    if (split === 'random') for (let k = between(rng, 1, 3); k > 0; k--) at.push(between(rng, 1, n - 1));
    return { header: want.header ?? pick(rng, Object.keys(WRONG_HEADERS)), split, at: [...new Set(at)].sort((a, b) => a - b), mark: pick(rng, SEPARATOR_MARKS), seed: between(rng, 1, 0xffff) };
  },
  generate(source, params) {
    const { design, rng, format } = begin(source, params);
    const rows = applicationRows(format);
    const starts = new Set(
      params.split === 'groups' ? rows.map((r, i) => [r, i]).filter(([r, i]) => i > 0 && (r.part || r.group || r.level === 0 || r.level === 1)).map(([, i]) => i) : params.at,
    );
    const header = WRONG_HEADERS[params.header];
    const part3 = (doc) => {
      printApplicationHeader(doc, 'pipes', rng);
      const lines = {};
      rows.forEach((row, i) => {
        if (starts.has(i)) doc.add('', rowLine(header, 'pipes', rng), markdownSeparator(header.length, params.mark));
        lines[row.id] = doc.add(rowLine([...labelCells(row), ...applicationValues(design, row)], 'pipes', rng));
      });
      return lines;
    };
    const { doc } = printReport(design, { style: 'pipes', rng, bodies: { 3: part3 } });
    const notes = [`part 三: ${starts.size} new tables start under the header “${header.filter(Boolean).join(' | ')}”; every row prints its own label and seven numbers that add up: certain, and a header is not a row.`];
    // A header whose words name rows (总计, 本年新收件数 …) may be reported as a duplicate of them, as in layout 6.
    const text = header.join('');
    const named = rows.filter((r) => namesRow(text, r.key));
    const diagnostics = named.map((r) => ({ code: 'duplicate-row', severity: 'warning', path: r.id, line: null, optional: true }));
    if (named.length) notes.push(`the header's words name ${named.map((r) => `“${r.label}”`).join('、')}: reporting it as duplicate-row is allowed (optional), as in layout 6.`);
    return fixture(this, design, doc, { diagnostics, notes, parameters: params });
  },
};

// ── 6. a junk header-like row before the real one ───────────────────────────────────────

/**
 * A markdown table broken at a page: the next page's table opens with a repeat of a header line
 * followed by its `| - | - |` line — the line of the applicant columns, whose last word is 其他
 * (`sub`), or the line whose last word is 总计 (`total`) — which a reader can take for the row
 * 3.其他 or （七）总计 with dashes for values. The real row comes after. Certain: the real row
 * prints seven numbers that add up; the header line prints none. Reporting the junk line as a
 * `duplicate-row` (the one that does not read) is allowed, not required: recognising it as a
 * header is as good.
 */
const junkRow = {
  name: 'junk-row',
  layout: 6,
  title: 'a header-like row before the real one',
  formats: ['2021', '2019'],
  randomParams(rng, source, want = {}) {
    const rows = applicationRows(source.golden.format);
    const repeat = want.repeat ?? pick(rng, ['sub', 'total', 'both']);
    const target = rows.findIndex((r) => r.key === (repeat === 'total' ? 'totalHandled' : 'otherHandling.other'));
    return { repeat, at: between(rng, 2, target), mark: pick(rng, ['-', '---', '—', '- ']), seed: between(rng, 1, 0xffff) };
  },
  generate(source, params) {
    const { design, rng, format, diagnostics } = begin(source, params);
    const rows = applicationRows(format);
    const [person, commercial, research, nonprofit, legal, other, total] = APPLICANT_HEADERS;
    const lines = {};
    const junk = [];
    const dashes = (n) => `|${` ${params.mark.trim()} |`.repeat(n)}`;
    const part3 = (doc) => {
      printApplicationHeader(doc, 'pipes', rng);
      rows.forEach((row, i) => {
        if (i === params.at) {
          doc.add('', `- ${between(rng, 2, 9)} -`, '');
          if (params.repeat === 'total' || params.repeat === 'both') {
            junk.push(['totalHandled', doc.add(rowLine(['', '', '', person, '法人或其他组织', '', '', '', '', total], 'pipes', rng))]);
            doc.add(dashes(10));
          }
          if (params.repeat === 'sub' || params.repeat === 'both') {
            junk.push(['otherHandling.other', doc.add(rowLine(['', '', '', '', commercial, research, nonprofit, legal, other, ''], 'pipes', rng))]);
            doc.add(dashes(10));
          }
        }
        lines[row.id] = doc.add(rowLine([...labelCells(row), ...applicationValues(design, row)], 'pipes', rng));
      });
      return lines;
    };
    const { doc } = printReport(design, { style: 'pipes', rng, bodies: { 3: part3 } });
    for (const [key, line] of junk) diagnostics.push({ code: 'duplicate-row', severity: 'warning', path: `applications.${key}`, line, optional: true });
    const notes = junk.map(
      ([key, line]) =>
        `line ${line}: a repeated header line ending in “${key === 'totalHandled' ? '总计' : '其他'}” with a line of dashes under it, before the real row “${rows.find((r) => r.key === key).label}” (line ${lines[`applications.${key}`]}): the real row reads (seven numbers that add up) and is kept; the header line may be reported as duplicate-row (optional).`,
    );
    return fixture(this, design, doc, { diagnostics, notes, parameters: params });
  },
};

// ── 7. heading typos and drift ──────────────────────────────────────────────────────────

/** Part headings damaged as real reports print them. */
const HEADING_DAMAGE = {
  typo: {
    2: ['二、主动公开政府政府信息情况', '二、主动公开政府信情况', '二、主动公开正府信息情况'],
    3: ['三、收到和处理政府信息公开开申请情况', '三、收到和处理政府信息公申请情况', '三、收到和处里政府信息公开申请情况'],
    4: ['四、政府信息公开行政法复议、行政诉讼情况', '四、政府信息公开行政复议、行政讼诉情况', '四、政府信息公开行政复议、行政诉讼情况况'],
  },
  'no-numeral': {
    2: ['主动公开政府信息情况'],
    3: ['收到和处理政府信息公开申请情况'],
    4: ['政府信息公开行政复议、行政诉讼情况'],
  },
};

/**
 * Part headings with a typo (四、政府信息公开行政法复议、行政诉讼情况), without their numeral,
 * run into the first line of their table, or left out. The tables are where they always are:
 * certain. A part must never be reported missing for it. For a heading left out, the part is
 * found by its table and the parser must say so: `heading-not-found` (warning), path the table,
 * line that of the table's first row. For a typo or a missing numeral, finding the heading anyway
 * is as good as finding the part by its table, so `heading-not-found` is allowed, not required.
 * A heading run into its table's first line is found.
 */
const headingDrift = {
  name: 'heading-drift',
  layout: 7,
  title: 'heading typos and drift',
  formats: ['2021', '2019'],
  randomParams(rng, _source, want = {}) {
    const damage = {};
    for (const part of [2, 3, 4]) damage[part] = want.damage?.[part] ?? pick(rng, ['ok', 'typo', 'no-numeral', 'run-in', 'absent']);
    // A report with none of its table headings is another matter (not-a-report is then a fair reading).
    if ([2, 3, 4].every((p) => damage[p] === 'absent')) damage[4] = 'typo';
    if (Object.values(damage).every((d) => d === 'ok')) damage[pick(rng, [2, 3, 4])] = pick(rng, ['typo', 'no-numeral', 'run-in', 'absent']);
    return { style: want.style ?? pick(rng, STYLES), damage, seed: between(rng, 1, 0xffff) };
  },
  generate(source, params) {
    const { design, rng, format, diagnostics, notes } = begin(source, params);
    const headings = {};
    const bodies = {};
    const table = { 2: 'activeDisclosure', 3: 'applications', 4: 'reviewLitigation' };
    const firstRow = { 2: disclosureRows(format)[0].id, 3: applicationRows(format)[0].id, 4: 'reviewLitigation' };
    const printers = {
      2: (doc) => printDisclosure(doc, design, params.style, rng),
      3: (doc) => printApplications(doc, design, params.style, rng),
      4: (doc) => printReview(doc, design, params.style, rng),
    };
    for (const part of [2, 3, 4]) {
      const damage = params.damage[part];
      if (damage === 'typo' || damage === 'no-numeral') {
        headings[part] = pick(rng, HEADING_DAMAGE[damage][part]);
        notes.push(`part ${NUMERALS[part]}: heading printed “${headings[part]}”; its table is read (certain); heading-not-found allowed, missing-part not.`);
      } else if (damage === 'absent') {
        headings[part] = null;
        notes.push(`part ${NUMERALS[part]}: no heading; its table is read (certain), found by its table: heading-not-found required, missing-part not.`);
      } else if (damage === 'run-in') {
        headings[part] = null;
        bodies[part] = (doc) => {
          // The heading and the table's first line on one line.
          const start = doc.lines.length;
          const lines = printers[part](doc);
          doc.lines[start] = `${PART_HEADINGS[part]}${doc.lines[start].replace(/^\|\s*/, '').replace(/^\s+/, '')}`;
          return lines;
        };
        notes.push(`part ${NUMERALS[part]}: heading run into the first line of its table; found; table read (certain).`);
      }
    }
    const { doc, lines } = printReport(design, { style: params.style, rng, bodies, headings });
    for (const part of [2, 3, 4]) {
      const damage = params.damage[part];
      if (damage === 'typo' || damage === 'no-numeral' || damage === 'absent') {
        diagnostics.push({ code: 'heading-not-found', severity: 'warning', path: table[part], line: lines[firstRow[part]], ...(damage === 'absent' ? {} : { optional: true }) });
      }
    }
    return fixture(this, design, doc, { diagnostics, notes, parameters: params });
  },
};

// ── 8. 2019 form: signed changes run together ───────────────────────────────────────────

const SIGNED_ROWS = ['licensing', 'otherServices', 'punishment', 'coercion', 'fees'];

/**
 * The cuts of a run such as `0+11` into `n` cells: a sign starts a cell (and only the cell at
 * `signed` may have one), no cell but a lone 0 starts with 0, at most 9 digits a cell.
 */
export function signedCuts(run, n, signed) {
  const text = run.replace(/＋/g, '+').replace(/[－−]/g, '-');
  const out = [];
  const cell = (piece, k) => (k === signed ? /^[+-]?(?:0|[1-9]\d{0,8})$/ : /^(?:0|[1-9]\d{0,8})$/).test(piece);
  const walk = (at, cells) => {
    if (cells.length === n) {
      if (at === text.length) out.push(cells.map(Number));
      return;
    }
    for (let end = at + 1; end <= text.length; end++) {
      const piece = text.slice(at, end);
      if (!cell(piece, cells.length)) continue;
      walk(end, [...cells, piece]);
    }
  };
  walk(0, []);
  return out;
}

/**
 * 2019-form part 二 rows whose cells ran together with the sign of 本年增/减 kept:
 * `行政许可0+11` (上一年项目数量 0, 本年增/减 +1, 处理决定数量 1), `3-12`, the label glued or not,
 * signs ASCII or full-width. Designed values: small and large, so that some rows have one cut
 * (read, `recovered-digits` info) and some several (null, `ambiguous-digits` warning). The fees
 * row (two cells) always has one. Other rows printed as the form does.
 */
const signedRuns = {
  name: 'signed-runs',
  layout: 8,
  title: '2019 form: signed changes run together',
  formats: ['2019'],
  randomParams(rng, _source, want = {}) {
    const values = {};
    const small = () => (chance(rng, 0.6) ? between(rng, 0, 9) : between(rng, 10, 160));
    for (const row of SIGNED_ROWS) {
      const change = (chance(rng, 0.5) ? -1 : 1) * (chance(rng, 0.6) ? between(rng, 1, 9) : between(rng, 10, 60));
      values[row] = want.values?.[row] ?? (row === 'fees' ? [small(), change] : [small(), change, chance(rng, 0.5) ? between(rng, 0, 9) : between(rng, 10, 9999)]);
    }
    return { values, labelGlue: want.labelGlue ?? pick(rng, [0, 0.5, 1]), fullWidth: want.fullWidth ?? chance(rng, 0.25), seed: between(rng, 1, 0xffff) };
  },
  generate(source, params) {
    const fields = Object.fromEntries(disclosureRows('2019').map((r) => [r.key, r.fields]));
    const { design, rng, expected, diagnostics, notes } = begin(source, params, (tables) => {
      for (const row of SIGNED_ROWS) params.values[row].forEach((v, i) => set(tables, `activeDisclosure.${row}.${fields[row][i]}`, v));
    });
    const runs = {};
    for (const row of SIGNED_ROWS) {
      const [previous, change, decisions] = params.values[row];
      const sign = change < 0 ? (params.fullWidth ? '－' : '-') : params.fullWidth ? '＋' : '+';
      runs[row] = `${previous}${sign}${Math.abs(change)}${decisions ?? ''}`;
    }
    const labelOf = (row) => (runs[row.key] !== undefined ? `${row.label}${chance(rng, params.labelGlue) ? '' : '\t'}${runs[row.key]}` : row.label);
    const part2 = (doc) => {
      const lines = {};
      DISCLOSURE_TABLES['2019'].forEach((t, i) => {
        doc.add(`${t.item}\t\t\t`, ['信息内容', ...t.header].join('\t'));
        for (const row of disclosureRows('2019').filter((r) => r.table === i)) {
          const printed = runs[row.key] !== undefined ? labelOf(row) : [row.label, ...row.cells.map((p) => printValue(get(design.tables, p), design.units.get(p)))].join('\t');
          lines[row.id] = doc.add(printed);
        }
      });
      return lines;
    };
    const { doc, lines } = printReport(design, { style: 'tabs', rng, bodies: { 2: part2 } });
    for (const row of SIGNED_ROWS) {
      const n = fields[row].length;
      const cuts = signedCuts(runs[row], n, 1);
      const truth = params.values[row];
      if (!cuts.some((c) => c.every((v, i) => v === truth[i]))) throw new Error(`signed-runs: the designed values are not a cut of ${runs[row]}`);
      const id = `activeDisclosure.${row}`;
      if (cuts.length === 1) {
        diagnostics.push({ code: 'recovered-digits', severity: 'info', path: id, line: lines[id] });
        notes.push(`“${runs[row]}”: the sign starts 本年增/减, and only one cut fits (${truth.join(', ')}): read, recovered-digits.`);
      } else {
        for (const path of fields[row].map((f) => `${id}.${f}`)) set(expected, path, null);
        diagnostics.push({ code: 'ambiguous-digits', severity: 'warning', path: id, line: lines[id] });
        notes.push(`“${runs[row]}”: ${cuts.length} cuts fit (${cuts.map((c) => c.join(', ')).join(' / ')}), no arithmetic tells them apart: null, ambiguous-digits.`);
      }
    }
    return fixture(this, design, doc, { expected, diagnostics, notes, parameters: params });
  },
};

// ── 9. a 2021-form row labelled 规范性文件 ───────────────────────────────────────────────

/**
 * A 2021-form report whose part 二 prints 规范性文件 (the 2019 form's label) for
 * 行政规范性文件, in any style, with part 二's column headers (本年制发件数 …) or without them
 * (the form then told by part 三's three （六） rows). It is the 2021 form's
 * normativeDocuments: certain.
 */
const normativeLabel = {
  name: 'normative-label',
  layout: 9,
  title: 'a 2021-form row labelled 规范性文件',
  formats: ['2021'],
  randomParams(rng, _source, want = {}) {
    return { style: want.style ?? pick(rng, STYLES), headers: want.headers ?? chance(rng, 0.7), seed: between(rng, 1, 0xffff) };
  },
  generate(source, params) {
    const { design, rng } = begin(source, params);
    const part2 = (doc) =>
      printDisclosure(doc, design, params.style, rng, {
        labelOf: (row) => (row.key === 'normativeDocuments' ? '规范性文件' : row.label),
        headers: params.headers,
      });
    const { doc } = printReport(design, { style: params.style, rng, bodies: { 2: part2 } });
    const notes = [`part 二 prints “规范性文件” ${params.headers ? 'under the 2021 headers (本年制发件数 …)' : 'without column headers; part 三 prints the three （六） rows of the 2021 form'}: the 2021 form's 行政规范性文件 (certain).`];
    return fixture(this, design, doc, { notes, parameters: params });
  },
};

// ── 10. keep what every fitting cut agrees on ───────────────────────────────────────────

/**
 * Cuts of a run of digits into groups of five cells, each adding up (total = the four before),
 * no cell but a lone 0 starting with 0, at most 9 digits a cell. The oracle of layout 10.
 */
export function groupCuts(digits, groups = 3) {
  const out = [];
  const walk = (at, cells) => {
    if (cells.length === groups * 5) {
      if (at === digits.length) out.push(cells);
      return;
    }
    const k = cells.length % 5;
    for (let end = at + 1; end <= Math.min(digits.length, at + 9); end++) {
      const piece = digits.slice(at, end);
      if (piece.length > 1 && piece[0] === '0') break;
      const value = Number(piece);
      const next = [...cells, value];
      if (k === 4 && !groupAddsUp(next.slice(-5))) continue;
      walk(end, next);
    }
  };
  walk(0, []);
  return out;
}

/** Small part 四 values whose fifteen cells run together fit several cuts that agree on some groups. */
export function agreeingDesign(rng, wantDisputed) {
  for (let attempt = 0; attempt < 400_000; attempt++) {
    // Distinct non-zero cells where the search finds them (so that a swapped cell shows), else any.
    const distinct = attempt < 300_000;
    const values = [];
    for (let g = 0; g < 3; g++) {
      const four = Array.from({ length: 4 }, () => (chance(rng, 0.7) ? between(rng, distinct ? 1 : 0, 9) : between(rng, 10, 19)));
      values.push(...four, sum(four));
    }
    if (distinct && new Set(values).size < values.length) continue;
    const cuts = groupCuts(values.join(''));
    if (cuts.length < 2) continue;
    const disputed = [0, 1, 2].filter((g) => new Set(cuts.map((c) => c.slice(g * 5, g * 5 + 5).join(','))).size > 1);
    if (disputed.length === wantDisputed) return { values, cuts, disputed };
  }
  throw new Error('no design found');
}

/**
 * Part 四's fifteen cells run together into one run of digits, designed so that two or more cuts
 * fit the groups' arithmetic but agree on one or two groups: those groups are certain and kept;
 * each disputed group is null with its own `ambiguous-digits` (path the group), listing that
 * group's readings. (When every group is disputed, today's single `ambiguous-digits` on
 * `reviewLitigation` stands; the run-together fixtures test that.)
 */
const agreeingCuts = {
  name: 'agreeing-cuts',
  layout: 10,
  title: 'run-together part 四: keep what every fitting cut agrees on',
  formats: ['2021', '2019'],
  randomParams(rng, _source, want = {}) {
    return { disputed: want.disputed ?? pick(rng, [1, 1, 2]), headerOnLine: want.headerOnLine ?? chance(rng, 0.3), seed: between(rng, 1, 0xffff) };
  },
  generate(source, params) {
    const { design, rng, expected, diagnostics, notes, values, cuts, disputed } = begin(source, params, (tables, random) => {
      const designed = agreeingDesign(random, params.disputed);
      REVIEW_PATHS.forEach((p, i) => set(tables, p, designed.values[i]));
      return designed;
    });
    const run = values.join('');
    const part4 = (doc) => {
      if (params.headerOnLine) {
        return { reviewLitigation: doc.add(`行政复议行政诉讼${REVIEW_HEADERS.join('')}未经复议直接起诉复议后起诉${REVIEW_HEADERS.join('').repeat(2)}${run}`) };
      }
      printReviewHeader(doc, 'tabs', rng);
      return { reviewLitigation: doc.add(run) };
    };
    const { doc, lines } = printReport(design, { style: 'tabs', rng, bodies: { 4: part4 } });
    notes.push(`part 四 printed “${run}”: ${cuts.length} cuts fit every group (${cuts.map((c) => c.join(',')).join(' / ')}).`);
    for (let g = 0; g < 3; g++) {
      const group = REVIEW_GROUPS[g];
      if (disputed.includes(g)) {
        for (const f of OUTCOME_FIELDS) set(expected, `reviewLitigation.${group}.${f}`, null);
        diagnostics.push({ code: 'ambiguous-digits', severity: 'warning', path: `reviewLitigation.${group}`, line: lines.reviewLitigation });
        notes.push(`${group}: the cuts disagree (${[...new Set(cuts.map((c) => c.slice(g * 5, g * 5 + 5).join(',')))].join(' / ')}): null, ambiguous-digits on the group.`);
      } else {
        notes.push(`${group}: every fitting cut gives ${values.slice(g * 5, g * 5 + 5).join(', ')}: kept (certain).`);
      }
    }
    return fixture(this, design, doc, { expected, diagnostics, notes, parameters: params });
  },
};

export const FAMILIES = [labelsFirst, columnByColumn, unlabelledRows, reviewAsThreeTables, wrongHeader, junkRow, headingDrift, signedRuns, normativeLabel, agreeingCuts];

/** The undamaged print of a source in a style: the control every family starts from. */
export function undamaged(source, style, seed = 1) {
  const { design, rng } = begin(source, { seed });
  const { doc } = printReport(design, { style, rng });
  return fixture({ name: 'control', layout: 0 }, design, doc, { notes: ['the form as printed, undamaged'], parameters: { style, seed } });
}

/** A random instance of a family: a source of a form it applies to, and parameters. */
export function randomInstance(family, sources, rng, want = {}) {
  const fitting = sources.filter((s) => family.formats.includes(s.golden.format));
  const source = pick(rng, fitting);
  return { source, params: family.randomParams(rng, source, want) };
}

/** The sources, read from a checkout at `root` (a URL or path ending in /): { short, name, golden }. */
export function loadGoldens(root) {
  return Object.entries(GOLDEN_SOURCES).map(([short, base]) => ({
    short,
    name: `${base}.txt`,
    golden: JSON.parse(readFileSync(new URL(`${base}.json`, root), 'utf8')),
  }));
}

/**
 * The expectation of a fixture that is real converter output (make-extractor-fixtures.mjs,
 * make-pandoc-fixtures.mjs): not designed, so `expected` is null and the fixture is held to the
 * promise only, against the designed tables of the golden it was made from.
 */
export function converterExpectation(family, title, source, parameters) {
  return {
    family,
    layout: null,
    title,
    source: source.name,
    parameters,
    notes: ['real converter output, not designed: held to the promise (no wrong value) only'],
    diagnostics: [],
    expected: null,
    designed: tablesOf(source.golden),
  };
}

/** Writes a converter-output fixture: `<name>.txt` as the converter wrote it, `<name>.expected.json` (converterExpectation). */
export function writeConverterFixture(dir, name, text, family, title, source, parameters) {
  writeFileSync(new URL(`${name}.txt`, dir), text);
  writeFileSync(new URL(`${name}.expected.json`, dir), `${JSON.stringify(converterExpectation(family, title, source, parameters), null, 2)}\n`);
}

/**
 * Writes a family of converter output made from each golden's documents, into
 * fixtures/damaged/<folder>/ (its fixtures of before removed first), and returns how many:
 * `convert({ base, root, work })` gives, for the golden whose documents are
 * fixtures/documents/<base>.*, the fixtures to write, each `{ suffix, text, title, parameters }`,
 * named `<nn>-<base>.<suffix>` in GOLDEN_SOURCES' order; `root` is the repository's path, `work` a
 * temporary folder, removed after.
 */
export function writeConverterFamily(folder, family, convert) {
  const root = new URL('../', import.meta.url);
  const sources = new Map(loadGoldens(root).map((s) => [s.short, s]));
  const out = new URL(`../fixtures/damaged/${folder}/`, import.meta.url);
  mkdirSync(out, { recursive: true });
  for (const file of readdirSync(out)) if (/\.(?:txt|expected\.json)$/.test(file)) rmSync(new URL(file, out));
  const work = mkdtempSync(join(tmpdir(), `gov-report-${folder}-`));
  let written = 0;
  try {
    Object.entries(GOLDEN_SOURCES).forEach(([short, path], i) => {
      const base = path.split('/').at(-1);
      for (const { suffix, text, title, parameters } of convert({ base, root: root.pathname, work })) {
        writeConverterFixture(out, `${String(i + 1).padStart(2, '0')}-${base}.${suffix}`, text, family, title, sources.get(short), parameters);
        written++;
      }
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return written;
}

/** A web page's text: as UTF-8 when it is, else read as GB18030 (GBK's superset), for converters that take text. */
export function pageText(path) {
  const bytes = readFileSync(path);
  return isUtf8(bytes) ? bytes.toString('utf8') : iconv.decode(bytes, 'gb18030');
}
