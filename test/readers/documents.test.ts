/**
 * The golden reports as published: fixtures/documents/ holds every renumbered and 2019-form golden
 * as a web page, a Word file and a PDF (scripts/make-document-fixtures.mjs, written from the
 * goldens, never from the parser). Each must give its golden's tables cell for cell, its meta and
 * its verdict; and a copy with one cell off must give the same errors in every format, each
 * pointing at a place a person can find in the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseDocumentWithLayout, parseReport, validateReport, type Layout, type ParsedReport, type Report } from '../../src/index.js';
import { errorCodes, tablesOf } from '../support/tables.js';

const root = new URL('../../', import.meta.url);
const bytes = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(path, root)));
const json = (path: string): Report => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as Report;

const GOLDENS: Array<[string, string]> = [
  ['000_02e88f20f87b4541.renumbered', 'fixtures/000_02e88f20f87b4541.renumbered.json'],
  ['001_eb914b629682bc65.renumbered', 'fixtures/001_eb914b629682bc65.renumbered.json'],
  ['002_4a61cbdbb397b0fd.renumbered', 'fixtures/002_4a61cbdbb397b0fd.renumbered.json'],
  ['003_6a46581b0013c0e7.renumbered', 'fixtures/003_6a46581b0013c0e7.renumbered.json'],
  ['004_b66631a5c5bceffa.renumbered', 'fixtures/004_b66631a5c5bceffa.renumbered.json'],
  ['2019-cells', 'fixtures/2019/2019-cells.json'],
  ['2019-tabs', 'fixtures/2019/2019-tabs.json'],
  ['2020-mixed', 'fixtures/2019/2020-mixed.json'],
];

describe('every golden report from its web page, Word file and PDF', () => {
  for (const [name, goldenPath] of GOLDENS) {
    const golden = json(goldenPath);
    for (const [extension, type] of [['html', 'html'], ['docx', 'docx'], ['pdf', 'pdf']] as const) {
      it(`fixtures/documents/${name}.${extension}`, async () => {
        const file = `fixtures/documents/${name}.${extension}`;
        const report = await parseDocument(bytes(file), { file });
        expect(report.source.type).toBe(type);
        expect(tablesOf(report)).toStrictEqual(tablesOf(golden));
        expect(report.meta).toStrictEqual(golden.meta);
        expect(errorCodes(report)).toStrictEqual(errorCodes(golden));
        // Web pages and Word files carry the prose whole (the PDFs' is cut short to keep them small).
        if (type !== 'pdf') expect(report.text).toStrictEqual(golden.text);
        // The synchronous parseReport reads the same from HTML and Word.
        if (type !== 'pdf') expect(parseReport(bytes(file), { file })).toStrictEqual(report);
      });
    }
  }

  it('fixtures/documents/2019-cells.libreoffice.html (the Word file saved as a web page by LibreOffice)', () => {
    const golden = json('fixtures/2019/2019-cells.json');
    const report = parseReport(bytes('fixtures/documents/2019-cells.libreoffice.html'));
    expect(report.source.type).toBe('html');
    expect(tablesOf(report)).toStrictEqual(tablesOf(golden));
    expect(report.meta).toStrictEqual(golden.meta);
    expect(report.text).toStrictEqual(golden.text);
    expect(errorCodes(report)).toStrictEqual(errorCodes(golden));
  });

  it('fixtures/documents/000_02e88f20f87b4541.renumbered.long.pdf (12 pages, the whole prose, 26-point type): tables, meta and the prose by paragraph', async () => {
    const golden = json('fixtures/000_02e88f20f87b4541.renumbered.json');
    const report = await parseDocument(bytes('fixtures/documents/000_02e88f20f87b4541.renumbered.long.pdf'));
    expect(tablesOf(report)).toStrictEqual(tablesOf(golden));
    expect(report.meta).toStrictEqual(golden.meta);
    expect(errorCodes(report)).toStrictEqual(errorCodes(golden));
    // Every paragraph put back together from its lines and pages; spaces aside (pdfjs puts one
    // wherever LibreOffice spaces CJK apart from digits).
    const paragraphs = (text: string | null): string[] => (text ?? '').split('\n').map((p) => p.replace(/\s+/g, ''));
    for (const key of ['overview', 'problems', 'otherMatters'] as const) expect(paragraphs(report.text[key]), key).toEqual(paragraphs(golden.text[key]));
  });

  it('parseReport, which is synchronous, answers a PDF with one not-text error naming parseDocument', () => {
    const report = parseReport(bytes('fixtures/documents/2019-tabs.pdf'));
    expect(report.source.type).toBe('pdf');
    expect(report.diagnostics).toEqual([expect.objectContaining({ code: 'not-text', severity: 'error', message: expect.stringMatching(/parseDocument/) })]);
  });
});

/** The error diagnostics, without where they point (which differs by format by design). */
const errorsOf = (report: Report) => report.diagnostics.filter((d) => d.severity === 'error').map(({ code, path, message }) => ({ code, path, message }));

describe('one cell off: the same errors from every format, each pointing into its file', () => {
  const CASES = [
    {
      name: '002_4a61cbdbb397b0fd.renumbered.off',
      // 予以公开 × 商业企业 + 1: its row's total and its column's sum of outcomes no longer add up.
      expected: [
        { code: 'row-total', path: 'applications.granted.total', label: '（一）予以公开' },
        { code: 'handled-sum', path: 'applications.totalHandled.commercial', label: '（七）总计' },
      ],
    },
    {
      name: '2019-tabs.off',
      // 结转下年度继续办理 × 科研机构 + 1: its row's total and its column's balance.
      expected: [
        { code: 'balance', path: 'applications.carriedForward.research', label: '四、结转下年度继续办理' },
        { code: 'row-total', path: 'applications.carriedForward.total', label: '四、结转下年度继续办理' },
      ],
    },
  ];

  for (const { name, expected } of CASES) {
    it(`fixtures/documents/${name}.{txt,html,docx,pdf}`, async () => {
      const parsed = new Map<string, ParsedReport>();
      for (const extension of ['txt', 'html', 'docx', 'pdf']) {
        const file = `fixtures/documents/${name}.${extension}`;
        parsed.set(extension, await parseDocumentWithLayout(bytes(file), { file }));
      }
      const reports = new Map([...parsed].map(([extension, { report }]) => [extension, report]));
      const text = reports.get('txt')!;
      expect(errorsOf(text).map(({ code, path }) => ({ code, path }))).toEqual(expected.map(({ code, path }) => ({ code, path })));
      for (const [extension, report] of reports) expect(errorsOf(report), extension).toEqual(errorsOf(text));

      // Where each error points: the HTML source line of the row's <tr>; the Word table and row; the PDF page.
      const html = readFileSync(new URL(`fixtures/documents/${name}.html`, root), 'latin1').split('\n');
      const htmlErrors = reports.get('html')!.diagnostics.filter((d) => d.severity === 'error');
      const docxErrors = reports.get('docx')!.diagnostics.filter((d) => d.severity === 'error');
      const pdfErrors = reports.get('pdf')!.diagnostics.filter((d) => d.severity === 'error');
      for (const [i, { label }] of expected.entries()) {
        const at = htmlErrors[i]!.line!;
        expect(html[at - 1]!.trim()).toBe('<tr>');
        const row = html.slice(at, html.findIndex((l, k) => k >= at && l.trim() === '</tr>'));
        expect(Buffer.from(row.join('\n'), 'latin1').toString('utf8')).toContain(label);
        expect(htmlErrors[i]!.location).toEqual({ table: expect.any(Number), row: expect.any(Number) });
        expect(docxErrors[i]!.line).toBeNull();
        expect(docxErrors[i]!.location).toEqual({ table: 2, row: expect.any(Number) });
        expect(pdfErrors[i]!.line).toBeNull();
        expect(pdfErrors[i]!.location).toEqual({ page: expect.any(Number) });
      }
      // Word: the application table is the second table; its header takes 3 rows, then the rows in form order.
      const rowOf = (path: string): number => 3 + ['newReceived', 'carriedOver', 'granted'].indexOf(path.split('.')[1]!) + 1;
      if (name.startsWith('002')) expect(docxErrors[0]!.location).toEqual({ table: 2, row: rowOf('applications.granted') });
      // validateReport of a parsed document, given its layout, points into it too (through a JSON round trip).
      const byPath = (a: { path: string | null }, b: { path: string | null }): number => (a.path ?? '').localeCompare(b.path ?? '');
      for (const { report, layout } of parsed.values()) {
        const errors = report.diagnostics.filter((d) => d.severity === 'error');
        const again = validateReport(JSON.parse(JSON.stringify(report)) as Report, JSON.parse(JSON.stringify(layout)) as Layout);
        expect(again.filter((d) => d.severity === 'error').sort(byPath)).toEqual([...errors].sort(byPath));
      }
      // The extracted text and the line of it each diagnostic names (the overview page quotes it).
      for (const extension of ['html', 'docx', 'pdf']) {
        const { report, extracted } = parsed.get(extension)!;
        expect(extracted!.diagnosticLines).toHaveLength(report.diagnostics.length);
        for (const [i, { label }] of expected.entries()) {
          const d = report.diagnostics.indexOf(report.diagnostics.filter((e) => e.severity === 'error')[i]!);
          expect(extracted!.lines[extracted!.diagnosticLines[d]! - 1], extension).toContain(label);
        }
      }
    });
  }

  it('a text input\'s diagnostics have no location: only line, as before', () => {
    const report = parseReport(bytes('fixtures/documents/2019-tabs.off.txt'));
    for (const d of report.diagnostics) expect(d).not.toHaveProperty('location');
  });
});
