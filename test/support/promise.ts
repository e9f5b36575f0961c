/**
 * The measuring stick of issue 16 for the tests: scripts/promise.mjs (one implementation for the
 * scripts and the tests), and the damaged fixtures of fixtures/damaged/ loaded with what they
 * expect. See fixtures/damaged/README.md.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { classify, type CellVerdict, type ExpectedDiagnostic, type ReportLike, type Tables } from '../../scripts/promise.mjs';

export {
  classify,
  compareExpectation,
  meetsExpectation,
  tally,
  type CellVerdict,
  type Comparison,
  type ReportLike,
  type Tables,
} from '../../scripts/promise.mjs';

const root = new URL('../../', import.meta.url).pathname;

export interface DamagedFixture {
  /** Path below fixtures/damaged/ without `.txt`, e.g. `labels-first/01-003`. */
  name: string;
  /** Path relative to the repository root. */
  file: string;
  bytes: Uint8Array;
  family: string;
  layout: number | null;
  /** The golden it was made from (its .txt, relative to the repository root). */
  source: string;
  parameters: Record<string, unknown>;
  notes: string[];
  diagnostics: ExpectedDiagnostic[];
  /** Null for real converter output, held to the promise only. */
  expected: Tables | null;
  designed: Tables;
}

/** Every fixture below fixtures/damaged/, sorted by name. */
export function loadDamagedFixtures(): DamagedFixture[] {
  const folder = join(root, 'fixtures/damaged');
  const out: DamagedFixture[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.txt')) {
        const json = JSON.parse(readFileSync(path.replace(/\.txt$/, '.expected.json'), 'utf8')) as Omit<DamagedFixture, 'name' | 'file' | 'bytes'>;
        out.push({
          ...json,
          name: relative(folder, path).replace(/\.txt$/, ''),
          file: relative(root, path),
          bytes: new Uint8Array(readFileSync(path)),
        });
      }
    }
  };
  walk(folder);
  return out;
}

/** The cells of a report that hold a number other than the designed one. */
export const wrongCells = (report: ReportLike, designed: Tables): CellVerdict[] =>
  classify(report, designed).cells.filter((c) => c.verdict === 'wrong');

/** The promise broken, in words: each wrong cell and each wrong verdict, or an empty list. */
export function brokenPromises(report: ReportLike, designed: Tables): string[] {
  const classified = classify(report, designed);
  return [
    ...classified.cells.filter((c) => c.verdict === 'wrong').map((c) => `${c.path}: designed ${String(c.designed)}, got ${String(c.got)}`),
    ...classified.wrongVerdicts.map((d) => `wrong verdict ${d.code} at ${d.path ?? '-'} (line ${d.line ?? '-'}): the designed values add up`),
  ];
}
