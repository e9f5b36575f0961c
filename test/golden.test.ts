/**
 * Golden tests over fixtures/ (written by scripts/make-fixtures.mjs, independently of the parser).
 *
 * - fixtures/<name>.txt with a sibling <name>.json: the whole report must equal the golden,
 *   every key, diagnostics included.
 * - fixtures/variants/<variant>.txt: the same report in another encoding or layout; its tables
 *   must equal <variant>.expected.json and it must raise no error-severity diagnostic.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../src/index.js';
import { normalize } from '../src/normalize/normalize.js';
import { splitIntoSections } from '../src/sections/splitIntoSections.js';
import { errorCodes, tablesOf } from './support/tables.js';

const fixturesDir = new URL('../fixtures/', import.meta.url);
const variantsDir = new URL('../fixtures/variants/', import.meta.url);

const readBytes = (url: URL): Uint8Array => new Uint8Array(readFileSync(url));
const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));

const goldenNames = readdirSync(fixturesDir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.slice(0, -'.txt'.length))
  .filter((name) => existsSync(new URL(`${name}.json`, fixturesDir)))
  .sort();

/** What each fixture's layout is, for the test name. */
const SEED_LAYOUTS: Record<string, string> = {
  '000': 'one cell per line, blank lines between rows, split labels, bookmark artefact',
  '001': 'tab-separated rows, spaced labels (本 年 度), a row label out of its column',
  '002': 'tab-separated rows, numbering in its own cell (一、⇥…), 社会组织',
  '003': 'tab-separated rows, no signature date',
  '004': 'markdown headings (#, **), title without year, 本年度止, shifted rows',
};
function goldenLayout(name: string): string {
  const seedLayout = SEED_LAYOUTS[name.slice(0, 3)] ?? 'seed';
  return name.endsWith('.renumbered')
    ? `renumbered copy, every cell distinct — ${seedLayout}`
    : `real seed — ${seedLayout}`;
}

const VARIANT_LAYOUTS: Record<string, string> = {
  '002-gb18030-crlf': 'GB18030 bytes, CRLF line ends',
  '002-utf16le-bom': 'UTF-16LE with BOM',
  '002-utf8-bom': 'UTF-8 with BOM',
  '002-layout': 'pdftotext -layout: space-aligned columns, wrapped headers, page breaks inside the table',
  '000-layout': 'one tab-separated row per line (seed prints one cell per line)',
  '003-pipes': 'pipe-separated rows, with and without the leading pipe',
  '003-markdown': 'markdown tables, one per row group under 数据1…总计 placeholder headers',
  '003-split-rows': 'each row label on one line, its numbers on the next',
  '003-markdown-html': 'pipe rows with HTML a converter left: <br> and &nbsp; for blank cells, <br> inside labels and after numbers',
};
const VARIANT_ENCODINGS: Record<string, string> = {
  '002-gb18030-crlf': 'gb18030',
  '002-utf16le-bom': 'utf-16le',
  '002-utf8-bom': 'utf-8',
};

const variantNames = existsSync(variantsDir)
  ? readdirSync(variantsDir)
      .filter((file) => file.endsWith('.txt'))
      .map((file) => file.slice(0, -'.txt'.length))
      .sort()
  : [];

describe('golden reports: fixtures/*.txt parse to their .json exactly', () => {
  it('has the five seeds and their renumbered copies', () => {
    expect(goldenNames.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of goldenNames) {
    it(`fixtures/${name}.txt (${goldenLayout(name)})`, () => {
      const file = `fixtures/${name}.txt`;
      const report = parseReport(readBytes(new URL(`${name}.txt`, fixturesDir)), { file });
      expect(report).toStrictEqual(readJson(new URL(`${name}.json`, fixturesDir)));
    });
  }
});

describe('layout and encoding variants: same tables as their source', () => {
  it('has the variants', () => {
    expect(variantNames.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of variantNames) {
    it(`fixtures/variants/${name}.txt (${VARIANT_LAYOUTS[name] ?? name})`, () => {
      const bytes = readBytes(new URL(`${name}.txt`, variantsDir));
      const report = parseReport(bytes, { file: `fixtures/variants/${name}.txt` });
      expect(tablesOf(report)).toStrictEqual(readJson(new URL(`${name}.expected.json`, variantsDir)));
      expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(report.source.bytes).toBe(bytes.length);
      const encoding = VARIANT_ENCODINGS[name];
      if (encoding !== undefined) expect(report.source.encoding).toBe(encoding);
    });
  }
});

/**
 * A page copied or crawled with its line ends lost: every run of whitespace (tabs, line ends) made
 * one space, so the whole report is one line and cells are kept apart by single spaces
 * (`行政许可 95 -5 7923 其他对外管理服务事项 …`, `政府集中采购 45 251000元`). Every golden report,
 * of both forms, must give the same tables and the same kinds of errors.
 */
describe('golden reports with the whole page on one line, cells kept apart by spaces', () => {
  const form2019Dir = new URL('../fixtures/2019/', import.meta.url);
  const form2019 = readdirSync(form2019Dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
  const cases: Array<[string, URL]> = [
    ...goldenNames.map((name): [string, URL] => [`fixtures/${name}`, fixturesDir]),
    ...form2019.map((name): [string, URL] => [`fixtures/2019/${name}`, form2019Dir]),
  ];

  it('covers the seeds, their renumbered copies and the 2019-form reports', () => {
    expect(cases.length).toBeGreaterThanOrEqual(13);
  });

  for (const [path, dir] of cases) {
    const name = path.split('/').at(-1)!;
    it(`${path}.txt on one line`, () => {
      const text = new TextDecoder().decode(readBytes(new URL(`${name}.txt`, dir))).replace(/\s+/g, ' ');
      const report = parseReport(new TextEncoder().encode(text));
      const golden = readJson(new URL(`${name}.json`, dir)) as Report;
      expect(tablesOf(report)).toStrictEqual(tablesOf(golden));
      expect(errorCodes(report)).toStrictEqual(errorCodes(golden));
    });
  }
});

/**
 * A report that prints a table of contents (目录) before part 一: its entries name every part,
 * one a line, with leaders and page numbers or without. They are not the parts: every golden
 * report with one put in front of its first part gives the same tables, text and meta.
 */
describe('golden reports with a table of contents before part 一', () => {
  const ENTRIES = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
  const CONTENTS: Array<[string, string[]]> = [
    ['entries alone', ['目录', ...ENTRIES]],
    ['leaders and page numbers', ['目 录', ...ENTRIES.map((e, i) => `${e}……………………${i + 1}`), '']],
    ['on one line', [`目录 ${ENTRIES.join(' ')}`]],
    ['on one line with page numbers', [`目录${ENTRIES.map((e, i) => `${e}……${i + 1}`).join('')}`]],
  ];

  for (const name of goldenNames) {
    for (const [how, contents] of CONTENTS) {
      it(`fixtures/${name}.txt, contents ${how}`, () => {
        const text = new TextDecoder().decode(readBytes(new URL(`${name}.txt`, fixturesDir)));
        const golden = readJson(new URL(`${name}.json`, fixturesDir)) as Report;
        const lines = text.split('\n');
        const partOne = lines.findIndex((l) => /^[#*\s]*一、总体情况/.test(l));
        expect(partOne).toBeGreaterThan(0);
        const report = parseReport(new TextEncoder().encode([...lines.slice(0, partOne), ...contents, ...lines.slice(partOne)].join('\n')));
        expect(tablesOf(report)).toStrictEqual(tablesOf(golden));
        expect(report.text).toStrictEqual(golden.text);
        expect(report.meta).toStrictEqual(golden.meta);
        expect(errorCodes(report)).toStrictEqual(errorCodes(golden));
      });
    }
  }
});

/**
 * Reports that number the six parts their own way (`1、总体情况`, `2.主动公开…`, `（三）收到和处理…`)
 * instead of the form's 一、…六、: every golden report so renumbered gives the same tables, text,
 * meta and kinds of errors.
 */
describe('golden reports with the parts numbered 1、, 1. or （一）', () => {
  const NUMBERINGS: Array<[string, (n: number, numeral: string) => string]> = [
    ['1、', (n) => `${n}、`],
    ['1.', (n) => `${n}. `],
    ['（一）', (_, numeral) => `（${numeral}）`],
  ];
  for (const name of goldenNames) {
    for (const [how, number] of NUMBERINGS) {
      it(`fixtures/${name}.txt, parts numbered ${how}`, () => {
        const text = new TextDecoder().decode(readBytes(new URL(`${name}.txt`, fixturesDir)));
        const golden = readJson(new URL(`${name}.json`, fixturesDir)) as Report;
        const lines = text.split('\n');
        const { parts } = splitIntoSections(normalize(text));
        for (const part of Object.values(parts)) {
          const i = part.line - 1;
          lines[i] = lines[i]!.replace(/([一二三四五六])、\s*/, (_, numeral: string) => number('一二三四五六'.indexOf(numeral) + 1, numeral));
        }
        expect(Object.keys(parts).length).toBeGreaterThanOrEqual(5);
        const report = parseReport(new TextEncoder().encode(lines.join('\n')));
        expect(tablesOf(report)).toStrictEqual(tablesOf(golden));
        expect(report.text).toStrictEqual(golden.text);
        expect(report.meta).toStrictEqual(golden.meta);
        expect(errorCodes(report)).toStrictEqual(errorCodes(golden));
      });
    }
  }
});
