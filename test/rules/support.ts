/**
 * What the rule tests share: parsing a fault fixture, the clean fixtures, the manifest of
 * fixtures/faults/faults.json, and a hand-built report (every cell 0) to set cells on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { TABLES } from '../../src/catalog/tables.js';
import { parseReport, parseWithLayout, reportSchema, validateReport, type Diagnostic, type DiagnosticCode, type Layout, type ParsedReport, type Report } from '../../src/index.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const FAULTS = new URL('../../fixtures/faults/', import.meta.url);

/** The part of a diagnostic the tests pin exactly; messages are checked for what they quote. */
export type Located = Pick<Diagnostic, 'code' | 'severity' | 'path' | 'line'>;

export const located = (diagnostics: readonly Diagnostic[]): Located[] =>
  diagnostics.map(({ code, severity, path, line }) => ({ code, severity, path, line }));

export const error = (code: DiagnosticCode, path: string | null, line: number | null): Located => ({ code, severity: 'error', path, line });
export const warning = (code: DiagnosticCode, path: string | null, line: number | null): Located => ({ code, severity: 'warning', path, line });

/** parseWithLayout over fixtures/faults/<name>.txt, as the CLI would read it. */
export function parseFaultWithLayout(name: string): ParsedReport {
  const file = `fixtures/faults/${name}.txt`;
  return parseWithLayout(new Uint8Array(readFileSync(new URL(`${name}.txt`, FAULTS))), { file });
}

/** The report of fixtures/faults/<name>.txt. */
export const parseFault = (name: string): Report => parseFaultWithLayout(name).report;

/** The one diagnostic of this code (fails the test when there is not exactly one). */
export function only(report: Report, code: string): Diagnostic {
  const found = report.diagnostics.filter((d) => d.code === code);
  if (found.length !== 1) throw new Error(`expected one ${code} diagnostic, got ${found.length}`);
  return found[0]!;
}

/** Every clean fixture: the five seeds, their renumbered copies, the 2019-form fixtures. */
export const CLEAN_FIXTURES: readonly string[] = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')),
  ...readdirSync(new URL('2019/', FIXTURES))
    .filter((f) => f.endsWith('.txt') && !f.startsWith('2017'))
    .map((f) => `2019/${f}`),
].sort();

export function parseClean(name: string): Report {
  return parseReport(new Uint8Array(readFileSync(new URL(name, FIXTURES))), { file: `fixtures/${name}` });
}

/** A golden report as a user would load it back from `gov-report parse` output. */
export function loadGolden(name: string): Report {
  return JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as Report;
}

export interface FaultEntry {
  file: string;
  source: string;
  change: string;
  why: string;
  expect: Located[];
  quotes: string[];
  pending?: string;
}

export const FAULT_MANIFEST: readonly FaultEntry[] = JSON.parse(readFileSync(new URL('faults.json', FAULTS), 'utf8'));

// ── A hand-built report ─────────────────────────────────────────────────────────────────────

const zeroRow = () => ({ naturalPerson: 0, commercial: 0, research: 0, nonprofit: 0, legalService: 0, other: 0, total: 0 });
const zeroOutcome = () => ({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });

/** A 2021-form report whose every table cell is 0 and which has no diagnostics. */
export function zeroReport(): Report {
  const applications: Record<string, unknown> = {};
  for (const { keys } of TABLES.applications.rows) {
    let node = applications;
    for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
    node[keys.at(-1)!] = zeroRow();
  }
  const reviewLitigation = Object.fromEntries(TABLES.reviewLitigation.rows.map((g) => [g.path, zeroOutcome()]));
  return reportSchema.parse({
    source: { file: null, encoding: 'utf-8', bytes: 0 },
    format: '2021',
    meta: { title: null, organ: null, year: 2024, publishedOn: null },
    activeDisclosure: null,
    applications,
    reviewLitigation,
    text: { overview: null, problems: null, otherMatters: null },
    diagnostics: [],
  });
}

type Row = { [key: string]: number | null };

/** Set a row of the hand-built report's application matrix: six parts, total = their sum unless given. */
export function setRow(report: Report, path: string, parts: Array<number | null>, total?: number | null): void {
  const keys = ['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'other'];
  let node = report.applications as unknown as Record<string, unknown>;
  const names = path.split('.');
  for (const k of names.slice(0, -1)) node = node[k] as Record<string, unknown>;
  const row = node[names.at(-1)!] as Row;
  keys.forEach((k, i) => (row[k] = parts[i] ?? null));
  row.total = total === undefined ? parts.reduce<number>((s, x) => s + (x ?? 0), 0) : total;
}

/** The diagnostics of one rule, by its code, on a report whose rows were printed as `rows` (none: as for a report read from JSON). */
export const run = (code: DiagnosticCode, report: Report, rows: Layout['rows'] = {}): Diagnostic[] =>
  validateReport(report, { rows, columns: {} }).filter((d) => d.code === code);
