/**
 * Golden tests for the 2019 trial form (国办公开办函〔2019〕60号), used by the 2019 and 2020
 * reports. fixtures/2019/*.txt and their .json goldens are written by
 * scripts/make-2019-fixtures.mjs from designed values, never from the parser.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { reportSchema, type Diagnostic, type Report } from '../src/schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const folder = 'fixtures/2019';
const names = readdirSync(join(root, folder))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length))
  .sort();
const withGolden = names.filter((n) => existsSync(join(root, folder, `${n}.json`)));

/** Diagnostics are compared on code, severity, path and line; the message is free text. */
const comparable = (report: Report) => ({
  ...report,
  diagnostics: report.diagnostics.map(({ code, severity, path, line }: Diagnostic) => ({
    code,
    severity,
    path,
    line,
  })),
});

describe('2019 form fixtures', () => {
  it('has at least three golden reports', () => {
    expect(withGolden.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(withGolden)('%s', (name) => {
    const file = `${folder}/${name}.txt`;
    const bytes = new Uint8Array(readFileSync(join(root, file)));
    const golden = JSON.parse(readFileSync(join(root, folder, `${name}.json`), 'utf8')) as Report;

    it('golden matches the schema, in schema key order', () => {
      expect(JSON.stringify(reportSchema.parse(golden))).toBe(JSON.stringify(golden));
    });

    it('parses to the golden report', () => {
      const report = parseReport(bytes, { file });
      expect(comparable(report)).toStrictEqual(comparable(golden));
    });
  });

  it('reports a pre-2019 report as an unsupported format', () => {
    const file = `${folder}/2017-legacy.txt`;
    const report = parseReport(new Uint8Array(readFileSync(join(root, file))), { file });
    expect(report.format).toBeNull();
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'unsupported-format', severity: 'error' }),
    );
    // Said once: the sentence used to end by repeating itself ("… (format before 2019 is not supported)").
    expect(report.diagnostics.find((d) => d.code === 'unsupported-format')!.message).toBe(
      'this is a report for 2017; reports before 2019 have no fixed form and are not supported',
    );
  });
});

/**
 * 行政事业性收费's line run into another, a blank taken for its first cell and its last number
 * printed on the next line (`行政事业性收费⇥⇥2` / `-61`, designed [2, 61]). The row has no sums to
 * tell that [□, 2] is not the row (seed 82 case 2816 read its change as the other cell's number).
 */
describe('a part 二 row with a blank cell at an end, numbers with no label after it', () => {
  const tabs = readFileSync(join(root, folder, '2019-tabs.txt'), 'utf8').split('\n');
  const at = tabs.findIndex((l) => l.startsWith('行政事业性收费\t'));
  const withLines = (...printed: string[]): Report => parseReport([...tabs.slice(0, at), ...printed, ...tabs.slice(at + 1)].join('\n'), { file: 'fees.txt' });

  it('is not read as the blank and the number on its line', () => {
    expect(tabs[at]).toBe('行政事业性收费\t2\t61\t');
    const report = withLines('行政事业性收费\t\t2', '-61\t7');
    expect(report.activeDisclosure?.fees).toEqual({ previousItems: null, change: null });
    const said = report.diagnostics.find((d) => d.path === 'activeDisclosure.fees');
    expect(said).toMatchObject({ code: 'cell-count', line: at + 1 });
    expect(said?.message).toContain('no sums to tell');
  });

  it('is read from its small table when the numbers under its heading are its two', () => {
    const report = withLines('行政事业性收费\t\t2', '-61');
    expect(report.activeDisclosure?.fees).toEqual({ previousItems: 2, change: -61 });
    expect(report.diagnostics.find((d) => d.path === 'activeDisclosure.fees')?.code).toBe('recovered-pairing');
  });
});
