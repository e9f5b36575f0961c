/** What the layout tests compare: a report's tables (and its form), and the kinds of errors it raised. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseReport, type Report } from '../../src/index.js';
import { APPLICATION_LABELS, COLUMNS, SINGLE_OTHER_HANDLING_LABEL } from '../../scripts/form.mjs';
import { classify, type Tables } from './promise.js';

export const tablesOf = (report: Report) => ({
  format: report.format,
  activeDisclosure: report.activeDisclosure,
  applications: report.applications,
  reviewLitigation: report.reviewLitigation,
});

/** The codes of a report's error-severity diagnostics, each once, sorted. */
export const errorCodes = (report: Report): string[] =>
  [...new Set(report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code))].sort();

/** The number at a dotted path of a report's (or a golden's) tables; null where there is none. */
export const valueAt = (tables: unknown, path: string): number | null => {
  const v = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], tables);
  return typeof v === 'number' ? v : null;
};

/** `text` in pieces of `width` characters (a label wrapped in a narrow column). */
export const chunks = (text: string, width: number): string[] => {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
};

/** A fixture's text, by its path below fixtures/. */
/**
 * The lines with the first number on line `at` printed as a mark (`—`): part 三's numbers are then
 * one short of its cells and cannot be read in the order printed (src/tables/formOrder.ts), so what
 * the row-by-row reading makes of a print stands.
 */
export function markedAt(lines: readonly string[], at: number): string[] {
  const out = [...lines];
  out[at] = (lines[at] ?? '').replace(/(?<=^|[\s|])\d+(?=[\s|]|$)/, '—');
  expect(out[at], `a number on line ${at + 1}`).not.toBe(lines[at]);
  return out;
}

export const fixtureText = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

/** Goldens whose every cell is distinct and non-zero, of both forms: part 三 reprinted in other layouts. */
export const DISTINCT_GOLDENS = [
  { text: '000_02e88f20f87b4541.renumbered.txt', golden: '000_02e88f20f87b4541.renumbered.json' },
  { text: '003_6a46581b0013c0e7.renumbered.txt', golden: '003_6a46581b0013c0e7.renumbered.json' },
  { text: '2019/2019-cells.txt', golden: '2019/2019-cells.json' },
  { text: '2019/2020-mixed.txt', golden: '2019/2020-mixed.json' },
] as const;

/** The golden's text with its part 三 table (from its heading to part 四's) replaced by `table`. */
export function withPart3(text: string, table: readonly string[]): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('三、'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('四、') && !l.includes('结转'));
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return [...lines.slice(0, start + 1), ...table, ...lines.slice(end)].join('\n');
}

/**
 * A golden with its part 三 printed by `print` (from the golden's designed tables), parsed: the
 * report, and the verdict on each of its application cells against the design.
 */
export function readPart3(g: (typeof DISTINCT_GOLDENS)[number], print: (designed: Tables) => readonly string[], file: string) {
  const designed = JSON.parse(fixtureText(g.golden)) as Tables;
  const report = parseReport(withPart3(fixtureText(g.text), print(designed)), { file });
  const cells = classify(report, designed).cells.filter((c) => c.path.startsWith('applications.'));
  return { report, cells };
}

/** A row of part 三 as a generator prints it: its key, the part and group headings before it, its label and its numbers. */
export interface PrintedRow {
  key: string;
  part: string | undefined;
  /** The group's label, when the row opens a group of the golden's form (the 2019 form's （六）其他处理 is a row of its own). */
  group: string | undefined;
  label: string;
  values: string[];
}

/**
 * Part 三's rows in the golden's form, in order, with their numbers as printed; `misprint` changes
 * some (row key → column index → printed value): a report's own misprint.
 */
export function formRows(tables: Tables, misprint?: Readonly<Record<string, readonly [number, string]>>): PrintedRow[] {
  const format = (tables as { format?: string }).format ?? '2021';
  const out: PrintedRow[] = [];
  for (const [key, printed] of Object.entries(APPLICATION_LABELS)) {
    if (format === '2019' && (key === 'otherHandling.noCorrection' || key === 'otherHandling.feeUnpaid')) continue;
    const single = format === '2019' && key === 'otherHandling.other';
    const values = COLUMNS.map((c) => String(valueAt(tables, `applications.${key}.${c}`) ?? ''));
    const wrong = misprint?.[key];
    if (wrong) values[wrong[0]] = wrong[1];
    out.push({ key, part: printed.part, group: single ? undefined : printed.group, label: single ? SINGLE_OTHER_HANDLING_LABEL : printed.label, values });
  }
  return out;
}
