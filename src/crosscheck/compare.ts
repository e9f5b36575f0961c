/**
 * `gov-report compare OLD NEW`, as data: every cell of parts 二, 三 and 四 of two reports side by
 * side, with the change and the change in %, large changes marked, and the carry-over check when
 * the two are one organ's consecutive years. `matchByOrgan` pairs the reports of two folders.
 * The formatters (text, JSON, CSV) are in src/output/compare.ts.
 */
import { cellLabel, cellPaths, valueAt } from '../catalog/cells.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../messages/languages.js';
import type { Report } from '../schema.js';
import type { Layout } from '../tokens.js';
import { checkCarryOver, seriesEntry } from './carryOver.js';
import { inYearOrder, organKey } from './organ.js';

export type Part = '二' | '三' | '四';

export interface ComparedCell {
  /** JSON path of the cell (`applications.newReceived.total`). */
  path: string;
  part: Part;
  /** The form's labels. */
  row: string;
  column: string;
  /** The values as the reports give them: null where a report leaves the cell blank or lacks it (another form). */
  old: number | null;
  new: number | null;
  /** new − old; null unless both are numbers. */
  change: number | null;
  /** The change as a percentage of old, to two decimals; null unless both are numbers and old is not 0. */
  percent: number | null;
  /** The two values differ (a number against null counts). */
  changed: boolean;
  /** Changed by at least the threshold (in %), or from 0 to anything else. */
  large: boolean;
}

export interface ComparedReport {
  file: string | null;
  organ: string | null;
  year: number | null;
  format: '2021' | '2019' | null;
}

export interface Comparison {
  old: ComparedReport;
  new: ComparedReport;
  /** Both reports name the same organ (`organKey`). */
  sameOrgan: boolean;
  thresholdPercent: number | null;
  cells: ComparedCell[];
  /** carry-over errors of the later report, when the two are one organ's consecutive years. */
  carryOver: Diagnostic[];
}

export interface CompareOptions {
  /** A change of at least this many percent is large (default 50); null marks none. */
  thresholdPercent?: number | null;
  lang?: Lang;
  /** How each report was printed (the parse's layouts), for the lines in carry-over messages. */
  layouts?: { old?: Layout; new?: Layout };
}

const DEFAULT_THRESHOLD_PERCENT = 50;

const TABLES = [
  ['activeDisclosure', '二'],
  ['applications', '三'],
  ['reviewLitigation', '四'],
] as const;

/** The cells to compare: each table's cells of the old report's form, then those only the new one's has. */
function pathsOf(oldFormat: ComparedReport['format'], newFormat: ComparedReport['format']): Array<{ path: string; part: Part }> {
  const paths: Array<{ path: string; part: Part }> = [];
  const seen = new Set<string>();
  for (const [table, part] of TABLES) {
    for (const format of [oldFormat ?? '2021', newFormat ?? '2021']) {
      for (const path of cellPaths(table, format)) {
        if (seen.has(path)) continue;
        seen.add(path);
        paths.push({ path, part });
      }
    }
  }
  return paths;
}

function numberAt(report: Report, path: string): number | null {
  const value = valueAt(report, path);
  return typeof value === 'number' ? value : null;
}

const round = (x: number, places: number): number => Math.round(x * 10 ** places) / 10 ** places;

/** One cell of the comparison (exported for the tests of the arithmetic). */
export function compareCell(old: number | null, next: number | null, thresholdPercent: number | null): Pick<ComparedCell, 'change' | 'percent' | 'changed' | 'large'> {
  const both = old !== null && next !== null;
  const change = both ? round(next - old, 6) : null;
  const percent = both && old !== 0 ? round(((next - old) / Math.abs(old)) * 100, 2) : null;
  const changed = old !== next;
  const large =
    changed && thresholdPercent !== null && (percent !== null ? Math.abs(percent) >= thresholdPercent : old === 0 && next !== null && next !== 0);
  return { change, percent, changed, large };
}

const side = (report: Report): ComparedReport => ({
  file: report.source.file,
  organ: report.meta.organ,
  year: report.meta.year,
  format: report.format,
});

export function compareReports(oldReport: Report, newReport: Report, options: CompareOptions = {}): Comparison {
  const thresholdPercent = options.thresholdPercent === undefined ? DEFAULT_THRESHOLD_PERCENT : options.thresholdPercent;
  const cells = pathsOf(oldReport.format, newReport.format).map(({ path, part }): ComparedCell => {
    const old = numberAt(oldReport, path);
    const next = numberAt(newReport, path);
    return { path, part, ...cellLabel(path), old, new: next, ...compareCell(old, next, thresholdPercent) };
  });
  const sameOrgan = organKey(oldReport.meta.organ) !== null && organKey(oldReport.meta.organ) === organKey(newReport.meta.organ);
  const carryOver = checkCarryOver([seriesEntry(oldReport, options.layouts?.old), seriesEntry(newReport, options.layouts?.new)], { lang: options.lang }).map(
    (f) => f.diagnostic,
  );
  return { old: side(oldReport), new: side(newReport), sameOrgan, thresholdPercent, cells, carryOver };
}

export interface OrganMatch<T> {
  pairs: Array<{ old: T; new: T }>;
  /** Reports of an organ the other side lacks, or of no organ. */
  onlyOld: T[];
  onlyNew: T[];
}

/**
 * The reports of two folders paired by organ (`organKey`), in the order of the old side. An organ
 * with several reports on a side pairs its reports of the same year first, then the rest in year
 * order (a file against a folder of many years meets its own year where the folder has it); the
 * extra ones are left unpaired.
 */
export function matchByOrgan<T extends Pick<Report, 'meta'>>(oldSide: readonly T[], newSide: readonly T[]): OrganMatch<T> {
  const [oldReports, newReports] = [oldSide, newSide].map((side) => inYearOrder(side, (r) => r.meta)) as [T[], T[]];
  const waiting = new Map<string, T[]>();
  for (const report of newReports) {
    const key = organKey(report.meta.organ);
    if (key !== null) waiting.set(key, [...(waiting.get(key) ?? []), report]);
  }
  const partner = new Map<T, T>();
  const take = (old: T, fits: (candidate: T) => boolean): void => {
    const candidates = waiting.get(organKey(old.meta.organ) ?? '');
    const at = candidates?.findIndex(fits) ?? -1;
    const [taken] = candidates !== undefined && at >= 0 ? candidates.splice(at, 1) : [];
    if (taken !== undefined) partner.set(old, taken);
  };
  for (const report of oldReports) if (report.meta.year !== null) take(report, (c) => c.meta.year === report.meta.year);
  for (const report of oldReports) if (!partner.has(report)) take(report, () => true);
  const pairs = oldReports.flatMap((r) => {
    const taken = partner.get(r);
    return taken === undefined ? [] : [{ old: r, new: taken }];
  });
  const paired = new Set(partner.values());
  return { pairs, onlyOld: oldSide.filter((r) => !partner.has(r)), onlyNew: newSide.filter((r) => !paired.has(r)) };
}
