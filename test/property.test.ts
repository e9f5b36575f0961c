/**
 * Layout invariance: a report re-laid-out the ways real exports print it (test/support/relayout.ts)
 * must parse to the same tables as its golden JSON, and raise no error its original did not.
 *
 * - "each re-layout alone": every generator on its own, over every golden fixture, so that a
 *   failure names the layout;
 * - "random combinations": fast-check draws plans that combine them (fixed seed, so runs are
 *   reproducible); a failure prints the shrunk plan, the differing cells and the path of a file
 *   under /tmp holding the re-laid-out text.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../src/index.js';
import {
  BYTE_ENCODINGS,
  DECODED_AS,
  LAYOUTS,
  relayout,
  relayoutText,
  type RelayoutPlan,
} from './support/relayout.js';

const root = new URL('..', import.meta.url).pathname;

interface Golden {
  name: string;
  text: string;
  golden: Report;
}

/** Every fixture with a golden JSON: the seeds, their renumbered copies, the 2019-form reports. */
function goldens(): Golden[] {
  const out: Golden[] = [];
  for (const dir of ['fixtures', 'fixtures/2019']) {
    for (const file of readdirSync(join(root, dir)).sort()) {
      if (!file.endsWith('.txt')) continue;
      const json = join(root, dir, file.replace(/\.txt$/, '.json'));
      if (!existsSync(json)) continue;
      out.push({
        name: `${dir}/${file}`,
        text: readFileSync(join(root, dir, file), 'utf8'),
        golden: JSON.parse(readFileSync(json, 'utf8')) as Report,
      });
    }
  }
  return out;
}

const FIXTURES = goldens();

const tablesOf = (r: Report) => ({
  format: r.format,
  activeDisclosure: r.activeDisclosure,
  applications: r.applications,
  reviewLitigation: r.reviewLitigation,
});

const errorKeys = (r: Report): string[] =>
  r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} at ${d.path ?? '(no path)'}`);

/** Paths where two JSON values differ, for a readable failure. */
function differences(expected: unknown, actual: unknown, path = ''): string[] {
  if (Object.is(expected, actual)) return [];
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object') {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    return [...keys].flatMap((k) =>
      differences((expected as Record<string, unknown>)[k], (actual as Record<string, unknown>)[k], path ? `${path}.${k}` : k),
    );
  }
  const show = (x: unknown): string => {
    const json = JSON.stringify(x) ?? 'undefined';
    return json.length > 120 ? `${json.slice(0, 120)}…` : json;
  };
  return [`${path}: expected ${show(expected)}, got ${show(actual)}`];
}

/** Parse the re-laid-out report; throw a readable error when its tables or errors differ, or text-table speaks. */
function checkRelayout(fixture: Golden, given: Partial<RelayoutPlan>): void {
  // The running header of page breaks is the report's title, as pdftotext prints it.
  const plan = { pageHeader: fixture.golden.meta.title ?? '', ...given };
  const input = relayout(fixture.text, plan);
  const report = parseReport(input, { file: fixture.name });
  const diffs = differences(tablesOf(fixture.golden), tablesOf(report));
  const original = new Set(errorKeys(parseReport(fixture.text)));
  const newFindings = report.diagnostics.filter((d) => d.severity === 'error' && !original.has(`${d.code} at ${d.path ?? '(no path)'}`));
  // The prose still agrees with the tables (the fixtures' prose states their own numbers): text-table stays silent.
  newFindings.push(...report.diagnostics.filter((d) => d.code === 'text-table'));
  const plan_ = { ...plan };
  const encodingOk =
    typeof input === 'string' || !plan_.encoding || plan_.encoding === 'text'
      ? true
      : report.source.encoding === DECODED_AS[plan_.encoding];
  if (diffs.length === 0 && newFindings.length === 0 && encodingOk) return;
  const dump = `/tmp/gov-report-relayout-${fixture.name.replace(/[/\\]/g, '_')}`;
  writeFileSync(dump, relayoutText(fixture.text, plan));
  throw new Error(
    [
      `${fixture.name} re-laid-out with ${JSON.stringify(given)} (text in ${dump})`,
      ...(encodingOk ? [] : [`decoded as ${report.source.encoding}, expected ${DECODED_AS[plan_.encoding as keyof typeof DECODED_AS]}`]),
      ...diffs.slice(0, 12).map((d) => `  table cell ${d}`),
      ...(diffs.length > 12 ? [`  … and ${diffs.length - 12} more differences`] : []),
      ...newFindings.slice(0, 8).map((d) => `  new ${d.severity} ${d.code} at ${d.path} line ${d.line}: ${d.message}`),
    ].join('\n'),
  );
}

/** Each generator alone, with a fixed seed. */
const SINGLE: ReadonlyArray<[string, Partial<RelayoutPlan>]> = [
  ...LAYOUTS.map((layout): [string, Partial<RelayoutPlan>] => [`layout ${layout}`, { layout, seed: 7 }]),
  ['one cell per line, empty cells dropped', { layout: 'cells', keepEmptyCells: false, seed: 7 }],
  ['labels split over two lines', { splitLabels: 0.5, seed: 11 }],
  ['labels spaced out', { spaceOutLabels: 1, seed: 11 }],
  ['label on one line, values on the next', { labelsOnOwnLine: 0.5, seed: 11 }],
  ['full-width digits', { fullWidthDigits: 1, seed: 11 }],
  ['export artefacts (bookmarks, bold, zero-width and no-break spaces)', { artefacts: 0.5, seed: 11 }],
  ['ideographic and no-break spaces between cells', { layout: 'spaces', oddSpaces: true, seed: 11 }],
  ['page breaks with a running header between rows', { pageHeaders: 3, seed: 11 }],
  ['blank lines added between rows', { blankLines: 'add', seed: 11 }],
  ['blank lines removed between rows', { blankLines: 'remove', seed: 11 }],
  ['page-number lines between rows', { pageNumbers: 4, seed: 11 }],
  ['CRLF line ends', { crlf: true }],
  ['BOM on a string', { bom: true }],
  ...BYTE_ENCODINGS.map((encoding): [string, Partial<RelayoutPlan>] => [`${encoding} bytes`, { encoding }]),
];

describe('the re-layout generators themselves', () => {
  const numbers = (text: string): string[] =>
    [...text.normalize('NFKC').matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]).sort();

  it('the identity plan gives the text back', () => {
    for (const fixture of FIXTURES) expect(relayoutText(fixture.text, {}), fixture.name).toBe(fixture.text);
  });

  it('no re-layout adds, drops or changes a number (page numbers aside)', () => {
    for (const fixture of FIXTURES) {
      for (const [name, plan] of SINGLE) {
        if ((plan.pageNumbers ?? 0) > 0 || (plan.pageHeaders ?? 0) > 0) continue;
        const text = relayoutText(fixture.text, { ...plan, artefacts: 0 });
        expect(numbers(text), `${fixture.name}: ${name}`).toEqual(numbers(fixture.text));
      }
    }
  });
});

describe('each re-layout alone gives the golden tables', () => {
  it('has golden fixtures to re-lay-out', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(13);
  });
  for (const fixture of FIXTURES) {
    describe(fixture.name, () => {
      for (const [name, plan] of SINGLE) {
        it(name, () => checkRelayout(fixture, plan));
      }
    });
  }
});

const share = fc.constantFrom(0, 0, 0.3, 1);
/** Plans combining every re-layout; shrinking drives each toward "unchanged". */
const planArbitrary = (pageHeader: string): fc.Arbitrary<RelayoutPlan> =>
  fc.record({
    layout: fc.constantFrom(...LAYOUTS),
    keepEmptyCells: fc.boolean(),
    splitLabels: share,
    spaceOutLabels: share,
    labelsOnOwnLine: share,
    fullWidthDigits: share,
    artefacts: share,
    oddSpaces: fc.boolean(),
    blankLines: fc.constantFrom('keep' as const, 'add' as const, 'remove' as const),
    pageNumbers: fc.integer({ min: 0, max: 3 }),
    pageHeaders: fc.integer({ min: 0, max: 2 }),
    pageHeader: fc.constant(pageHeader),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    encoding: fc.constantFrom('text' as const, ...BYTE_ENCODINGS),
    seed: fc.integer({ min: 0, max: 0xffff }),
  });

/** Fixed, so a failure is the same on every machine; change it to explore. */
const SEED = Number(process.env.PROPERTY_SEED ?? 20_240_101);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 20);

describe('random combinations of re-layouts give the golden tables (fast-check)', () => {
  for (const fixture of FIXTURES) {
    it(fixture.name, () => {
      fc.assert(
        fc.property(planArbitrary(fixture.golden.meta.title ?? ''), (plan) => checkRelayout(fixture, plan)),
        { seed: SEED, numRuns: RUNS, endOnFailure: false },
      );
    });
  }
});
