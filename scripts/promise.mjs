/**
 * The measuring stick of issue 16 ("never a wrong number"): compare a parsed report with the
 * values its text was designed with, cell by cell, and say of each cell what the parser did:
 *
 *   right           the designed value (or null where the design has none)
 *   null-diagnosed  null, with a warning or error whose path names the cell, its row or its table
 *   null-silent     null, and nothing says why
 *   wrong           a number that is not the designed one — the failure that must never happen
 *
 * A cell the parser gives a value the design does not have (a 2021-form key in a 2019-form
 * report) is wrong too. Separately, `wrongVerdicts` lists the arithmetic errors the parser
 * reported where the designed values add up: a misread turned into a wrong verdict.
 *
 * Plain JavaScript written from docs/contract.md, apart from src/, so that scripts (fuzz.mjs,
 * wrong-values.mjs) and tests (test/support/promise.ts) share one implementation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { COLUMNS, OUTCOME_ROWS } from './form.mjs';
import { GOLDEN_SOURCES } from './goldens.mjs';

export const TABLE_KEYS = ['activeDisclosure', 'applications', 'reviewLitigation'];
export const VERDICTS = ['right', 'null-diagnosed', 'null-silent', 'wrong'];

const get = (object, path) => path.split('.').reduce((node, key) => (node == null ? undefined : node[key]), object);

/** The leaves of the three tables by path (a null table has none; a null row is one leaf, null). */
export function leaves(tables) {
  const out = new Map();
  const walk = (node, path) => {
    if (node !== null && typeof node === 'object') for (const key of Object.keys(node)) walk(node[key], `${path}.${key}`);
    else out.set(path, node ?? null);
  };
  for (const table of TABLE_KEYS) if (tables?.[table]) walk(tables[table], table);
  return out;
}

/** Does a diagnostic's path name this cell: the cell itself, its row or its table? */
export const names = (diagnosticPath, cellPath) =>
  diagnosticPath !== null && diagnosticPath !== undefined && (cellPath === diagnosticPath || cellPath.startsWith(`${diagnosticPath}.`));

const speaks = (d) => d.severity === 'error' || d.severity === 'warning';

/**
 * Classify every cell of a parsed report against the designed tables (and, when given, the
 * expected tables of a fixture: a cell is `certain` where the expectation has its value).
 * Returns { format: { designed, got }, cells: [{ path, verdict, designed, got, expected, certain, codes }],
 * wrongVerdicts: [diagnostic] }.
 */
export function classify(report, designed, expected = null) {
  const diagnostics = report.diagnostics ?? [];
  const designedCells = leaves(designed);
  const cells = [];
  const codesNaming = (path) => diagnostics.filter((d) => speaks(d) && names(d.path, path)).map((d) => d.code);
  for (const [path, value] of designedCells) {
    const got = get(report, path) ?? null;
    const want = expected ? (get(expected, path) ?? null) : value;
    const certain = want !== null || value === null;
    let verdict;
    let codes = [];
    if (got === null && value === null) verdict = 'right';
    else if (got === null) {
      codes = codesNaming(path);
      verdict = codes.length > 0 ? 'null-diagnosed' : 'null-silent';
    } else if (typeof got === 'object') {
      // A row the design leaves null (the 2019 form's （六） sub-rows) printed with values: its
      // cells are counted below, with the other paths the design does not have.
      continue;
    } else verdict = got === value ? 'right' : 'wrong';
    cells.push({ path, verdict, designed: value, got, expected: want, certain, codes });
  }
  // Values at paths the design does not have (another form's keys): wrong.
  for (const [path, got] of leaves(report)) {
    if (designedCells.has(path) || got === null) continue;
    cells.push({ path, verdict: 'wrong', designed: null, got, expected: null, certain: true, codes: [] });
  }
  return {
    format: { designed: designed.format ?? null, got: report.format ?? null },
    cells,
    wrongVerdicts: diagnostics.filter((d) => d.severity === 'error' && ruleHolds(designed, d.code, d.path) === true),
  };
}

/** Counts of a classification's verdicts; `guessed`: right values where the expectation says null. */
export function tally(cells) {
  const out = { cells: cells.length, right: 0, 'null-diagnosed': 0, 'null-silent': 0, wrong: 0, guessed: 0 };
  for (const cell of cells) {
    out[cell.verdict]++;
    if (cell.verdict === 'right' && !cell.certain) out.guessed++;
  }
  return out;
}

// ── the form's arithmetic on the designed values ────────────────────────────────────────

const n = (v) => (typeof v === 'number' ? v : 0);

/**
 * Does the rule behind an arithmetic error hold on the designed values at the diagnostic's path?
 * true: it holds, so the error is a wrong verdict; false: the designed report breaks it (the
 * error is right); null: not an arithmetic error, or not a path this can check.
 */
export function ruleHolds(designed, code, path) {
  if (!path) return null;
  const column = path.split('.').at(-1);
  switch (code) {
    case 'row-total': {
      const row = path.replace(/\.total$/, '');
      const values = COLUMNS.map((c) => get(designed, `${row}.${c}`));
      if (values.every((v) => v === undefined)) return null;
      return values.slice(0, 6).reduce((s, v) => s + n(v), 0) === n(values[6]);
    }
    case 'handled-sum': {
      if (!COLUMNS.includes(column)) return null;
      const outcomes = OUTCOME_ROWS.reduce((s, r) => s + n(get(designed, `applications.${r}.${column}`)), 0);
      return outcomes === n(get(designed, `applications.totalHandled.${column}`));
    }
    case 'balance': {
      if (!COLUMNS.includes(column)) return null;
      const v = (r) => n(get(designed, `applications.${r}.${column}`));
      return v('newReceived') + v('carriedOver') === v('totalHandled') + v('carriedForward');
    }
    case 'review-total':
    case 'litigation-total': {
      const group = path.replace(/\.total$/, '');
      const g = get(designed, group);
      if (!g) return null;
      return n(g.upheld) + n(g.corrected) + n(g.other) + n(g.pending) === n(g.total);
    }
    default:
      return null;
  }
}

// ── the full expectation of a fixture ───────────────────────────────────────────────────

const sameDiagnostic = (want, d, { line = true } = {}) =>
  want.code === d.code && (want.path ?? null) === (d.path ?? null) && (!line || (want.line ?? null) === (d.line ?? null));

/**
 * Compare a parsed report with a fixture's full expectation: the expected tables cell for cell,
 * every required diagnostic present (code, path, line), and no other warning or error (an
 * optional expected diagnostic may be there, matched on code and path). Infos are only checked
 * when the fixture lists them. Returns { format, cells, missing, unexpected }, each empty or
 * null when all is as expected.
 */
export function compareExpectation(report, fixture) {
  const expected = fixture.expected;
  const want = leaves(expected);
  const got = leaves(report);
  const cells = [];
  for (const path of new Set([...want.keys(), ...got.keys()])) {
    const w = want.has(path) ? want.get(path) : (get(expected, path) ?? null);
    const g = got.has(path) ? got.get(path) : (get(report, path) ?? null);
    const same = (a, b) => (a === null || typeof a !== 'object' ? a === b || (a === null && b === null) : JSON.stringify(a) === JSON.stringify(b));
    if (!same(w ?? null, g ?? null)) cells.push({ path, expected: w ?? null, got: g ?? null });
  }
  const listed = fixture.diagnostics ?? [];
  const actual = report.diagnostics ?? [];
  const missing = listed.filter((w) => !w.optional && !actual.some((d) => sameDiagnostic(w, d)));
  const unexpected = actual.filter(
    (d) => speaks(d) && !listed.some((w) => (w.optional ? sameDiagnostic(w, d, { line: false }) : sameDiagnostic(w, d))),
  );
  return {
    format: (expected.format ?? null) === (report.format ?? null) ? null : { expected: expected.format ?? null, got: report.format ?? null },
    cells,
    missing,
    unexpected: unexpected.map(({ code, severity, path, line, message }) => ({ code, severity, path, line, message })),
  };
}

export const meetsExpectation = (comparison) =>
  comparison.format === null && comparison.cells.length === 0 && comparison.missing.length === 0 && comparison.unexpected.length === 0;

// ── the designed values of the fixtures ─────────────────────────────────────────────────

const tablesOf = (r) => ({ format: r.format, activeDisclosure: r.activeDisclosure, applications: r.applications, reviewLitigation: r.reviewLitigation });

/** The golden reports the run-together fixtures are copies of, by the name their copies carry. */
const RUNTOGETHER_SOURCES = Object.fromEntries(
  Object.values(GOLDEN_SOURCES).map((base) => [basename(base).replace('.renumbered', ''), `${base}.json`]),
);

/**
 * The designed tables of a fixture file (path relative to the repository root), or null when
 * they are not known: a golden's own JSON, a variant's or a damaged fixture's expected file, a
 * run-together copy's source golden. Fault fixtures change values on purpose and the hand-made
 * run-together reports keep their design in their script: null.
 */
export function designedFor(file, root) {
  const at = (p) => join(root, p);
  const read = (p) => JSON.parse(readFileSync(at(p), 'utf8'));
  const stem = basename(file).replace(/\.txt$/, '');
  const folder = dirname(file);
  if (folder.startsWith('fixtures/damaged')) {
    const expected = join(folder, `${stem}.expected.json`);
    return existsSync(at(expected)) ? read(expected).designed : null;
  }
  if (folder === 'fixtures/variants') return existsSync(at(join(folder, `${stem}.expected.json`))) ? tablesOf(read(join(folder, `${stem}.expected.json`))) : null;
  if (folder === 'fixtures/runtogether') {
    const source = RUNTOGETHER_SOURCES[stem.replace(/\.(glued|spaced|runin)$/, '')];
    return source ? tablesOf(read(source)) : null;
  }
  if (folder === 'fixtures' || folder === 'fixtures/2019') {
    const golden = join(folder, `${stem}.json`);
    return existsSync(at(golden)) ? tablesOf(read(golden)) : null;
  }
  return null;
}
