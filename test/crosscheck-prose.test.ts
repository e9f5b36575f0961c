/**
 * text-table over the prose variants (fixtures/prose/, written by scripts/make-series-fixtures.mjs):
 * figures stated right and loosely give nothing, each wrong one exactly one warning with its two
 * lines; the same after every re-layout of the tables; and over every fixture of the repository,
 * nothing but the known disagreements.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../src/diagnostics.js';
import { zh } from '../src/messages/zh.js';
import { ruleContext } from '../src/validate/context.js';
import { textTable as textTableRule } from '../src/validate/textTable.js';
import { parseWithFigures } from './support/figures.js';
import { LAYOUTS, relayoutText, type RelayoutPlan } from './support/relayout.js';

interface ProseCase {
  file: string;
  year: number;
  form: string;
  expected: Array<{ code: string; severity: string; path: string; line: number; tableLine: number }>;
}
const CASES = JSON.parse(readFileSync('fixtures/prose/prose.json', 'utf8')) as ProseCase[];

/** The text-table warnings, in English or (the catalog kept for the Chinese messages) Chinese. */
function textTable(input: Uint8Array | string, file: string, lang: 'en' | 'zh' = 'en') {
  const { report, layout } = parseWithFigures(input, file);
  const pending = textTableRule(ruleContext(report, layout, report.diagnostics));
  return pending.map((d) => ({ ...render(d), ...(lang === 'zh' && d.message === 'text-table' ? { message: zh['text-table'](d.params) } : {}) }));
}

describe('prose variants', () => {
  it('has right, loose and wrong variants of both forms', () => {
    expect(CASES.filter((c) => c.expected.length === 0).map((c) => c.file)).toEqual([
      'fixtures/prose/2021-right.txt',
      'fixtures/prose/2021-loose.txt',
      'fixtures/prose/2019-right.txt',
      'fixtures/prose/2019-loose.txt',
    ]);
    expect(CASES.filter((c) => c.expected.length === 1)).toHaveLength(13);
  });

  it.each(CASES.map((c) => [c.file, c] as const))('%s', (file, c) => {
    const found = textTable(readFileSync(file), file);
    expect(found.map((d) => ({ code: d.code, severity: d.severity, path: d.path, line: d.line }))).toEqual(
      c.expected.map(({ code, severity, path, line }) => ({ code, severity, path, line })),
    );
    const zh = textTable(readFileSync(file), file, 'zh');
    c.expected.forEach((e, i) => expect(zh[i]!.message).toMatch(new RegExp(`^第 ${e.line} 行正文称“[^”]+”，但第 ${e.tableLine} 行表格`)));
  });
});

const PLANS: Array<Partial<RelayoutPlan>> = [
  ...LAYOUTS.map((layout, seed) => ({ layout, seed })),
  { layout: 'spaces', splitLabels: 0.3, fullWidthDigits: 0.5, seed: 11 },
  { layout: 'cells', labelsOnOwnLine: 0.3, blankLines: 'add', pageNumbers: 2, seed: 12 },
  { layout: 'pipes', spaceOutLabels: 0.3, artefacts: 0.3, crlf: true, seed: 13 },
  { layout: 'tabs', labelsOnOwnLine: 0.5, splitLabels: 0.3, blankLines: 'remove', pageHeaders: 2, pageHeader: '昌乐县乔官镇人民政府政府信息公开工作年度报告', seed: 14 },
];

/**
 * Pending (tables/, not this check): in the pipes layout of a 2019-form report, the sentence that
 * opens part 三 (`本年度办结的申请中，予以公开278件，部分公开568件…`) is joined to the table's header
 * row and read as the row （二）部分公开 with seven blank cells (blank-cell ×7, duplicate-row,
 * handled-sum ×7); text-table then rightly finds 568 against that blank row. Those plans are
 * checked apart, as an expected failure, until the table reader leaves prose lines alone.
 * Issue 16's table reader (wip/parser) does: the test below now passes.
 */
const misreadByTables = (c: ProseCase, plan: Partial<RelayoutPlan>): boolean => c.form === '2019' && plan.layout === 'pipes';

describe('prose variants re-laid-out', () => {
  it.each(CASES.map((c) => [c.file, c] as const))('%s: the same findings in every layout', (file, c) => {
    const text = readFileSync(file, 'utf8');
    for (const plan of PLANS.filter((p) => !misreadByTables(c, p))) {
      const found = textTable(relayoutText(text, plan), file);
      expect({ plan, paths: found.map((d) => d.path) }).toEqual({ plan, paths: c.expected.map((e) => e.path) });
    }
  });

  it('the 2019-form variants in the pipes layout give the same findings (the table reader leaves the prose line alone since issue 16)', () => {
    for (const c of CASES.filter((x) => x.form === '2019')) {
      const text = readFileSync(c.file, 'utf8');
      for (const plan of PLANS.filter((p) => misreadByTables(c, p))) {
        expect(textTable(relayoutText(text, plan), c.file).map((d) => d.path)).toEqual(c.expected.map((e) => e.path));
      }
    }
  });
});

function* fixtureFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* fixtureFiles(path);
    else if (entry.endsWith('.txt')) yield path;
  }
}

describe('false positives over every fixture', () => {
  it('finds nothing in any fixture but the prose variants stated wrong', () => {
    // fixtures/damaged/chromium-pdftotext/ keeps its golden's prose over renumbered tables: the
    // figures its prose states are rightly found apart from its tables.
    const all = [...fixtureFiles('fixtures')].filter((f) => !/^fixtures\/prose\/.*-wrong-/.test(f) && !f.startsWith('fixtures/damaged/chromium-pdftotext/'));
    expect(all.length).toBeGreaterThan(140);
    const findings = all.map((file) => ({ file, found: textTable(readFileSync(file), file).map((d) => d.message) }));
    expect(findings.filter((f) => f.found.length > 0)).toEqual([]);
  });
});
