/**
 * Files that are not a report the readers can read: each gives exactly one fatal error diagnostic,
 * one line naming what is wrong, never a throw, a hang or a half-read report. The bounds (ZIP
 * bombs, page counts) are checked with files made here; the encrypted and scanned PDFs are real
 * exports (scripts/make-document-fixtures.mjs).
 */
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, isFatal, LANGUAGES, parseDocument, parseReport, type DiagnosticCode, type Report } from '../../src/index.js';
import { MAX_DOCUMENT_BYTES } from '../../src/readers/docx.js';
import { MAX_PAGES } from '../../src/readers/pdf.js';
import { tablesOf } from '../support/tables.js';
import { pdfOf } from '../support/pdf.js';
import { docxOf, zipOf } from '../support/zip.js';

const root = new URL('../../', import.meta.url);
const bytes = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(path, root)));

/** One error, fatal, its message one line; returned for more checks. */
function expectOneFatal(report: Report, code: DiagnosticCode, type: Report['source']['type']): Report['diagnostics'][number] {
  expect(report.diagnostics).toHaveLength(1);
  const [d] = report.diagnostics;
  expect(d).toMatchObject({ code, severity: 'error', path: null, line: null });
  expect(isFatal(code)).toBe(true);
  expect(d!.message).not.toMatch(/\n/);
  expect(report.source.type).toBe(type);
  expect(report.applications).toBeNull();
  return d!;
}

describe('PDF', () => {
  const pdf = bytes('fixtures/documents/2020-mixed.pdf');

  it('cut off (a download that stopped half-way): damaged-file', async () => {
    for (const share of [0.3, 0.6, 0.95]) {
      const cut = pdf.subarray(0, Math.floor(pdf.length * share));
      expect(expectOneFatal(await parseDocument(cut), 'damaged-file', 'pdf').message).toMatch(/PDF.*cut off/);
    }
  });

  it('behind an open password: encrypted', async () => {
    expect(expectOneFatal(await parseDocument(bytes('fixtures/documents/bad/encrypted.pdf')), 'encrypted', 'pdf').message).toMatch(/password/);
  });

  it('with only an owner password (copying and changes forbidden), as many published PDFs: read as any other', async () => {
    const report = await parseDocument(bytes('fixtures/documents/bad/restricted.pdf'));
    const golden = JSON.parse(readFileSync(new URL('fixtures/2019/2020-mixed.json', root), 'utf8')) as Report;
    expect(tablesOf(report)).toStrictEqual(tablesOf(golden));
  });

  it('a scan (pages of pictures, no text): no-text-layer', async () => {
    expect(expectOneFatal(await parseDocument(bytes('fixtures/documents/bad/scanned.pdf')), 'no-text-layer', 'pdf').message).toMatch(/OCR/);
    expectOneFatal(await parseDocument(pdfOf([[], [], []])), 'no-text-layer', 'pdf');
  });

  it(`more than ${MAX_PAGES} pages (1,000): too-large, at once`, async () => {
    const started = Date.now();
    const report = await parseDocument(pdfOf(Array.from({ length: 1000 }, () => ['Page'])));
    expect(expectOneFatal(report, 'too-large', 'pdf').message).toMatch(/1000 pages/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('over the size bound (maxBytes, counted by its own bytes): too-large, not read; within it, read', async () => {
    const golden = JSON.parse(readFileSync(new URL('fixtures/2019/2020-mixed.json', root), 'utf8')) as Report;
    const limit = pdf.length - 1;
    const report = await parseDocument(pdf, { maxBytes: limit });
    expect(expectOneFatal(report, 'too-large', 'pdf').message).toMatch(new RegExp(`more than the ${Math.round((limit / 1024) * 10) / 10} KB one input may be.*--max-bytes`));
    expect(report.source).toMatchObject({ bytes: pdf.length, type: 'pdf' });
    // The synchronous call says the same, before it would say that it reads no PDF.
    expectOneFatal(parseReport(pdf, { maxBytes: limit }), 'too-large', 'pdf');
    expect(tablesOf(await parseDocument(pdf, { maxBytes: pdf.length }))).toStrictEqual(tablesOf(golden));
  });

  it('not a PDF after its header: damaged-file', async () => {
    expectOneFatal(await parseDocument(new Uint8Array(Buffer.from('%PDF-1.7\nthis is not a PDF at all\n%%EOF\n'))), 'damaged-file', 'pdf');
  });

  it('a PDF of text that is not a report: not-a-report, as for text', async () => {
    const report = await parseDocument(pdfOf([['Quarterly figures', 'Nothing of interest here.']]));
    expect(report.diagnostics.map((d) => d.code)).toEqual(['not-a-report']);
  });
});

describe('Word', () => {
  const docx = bytes('fixtures/documents/2019-tabs.docx');

  it('cut off: damaged-file', () => {
    for (const share of [0.2, 0.5, 0.9]) {
      expect(expectOneFatal(parseReport(docx.subarray(0, Math.floor(docx.length * share))), 'damaged-file', 'docx').message).toMatch(/Word file.*cut off/);
    }
  });

  it(`a ZIP bomb (document.xml inflating past ${MAX_DOCUMENT_BYTES / 1e6} MB): too-large, whatever its header declares`, () => {
    // 60 MB of spaces in the body, made as bytes once (encoding a 60-million-character string took 0.6 s, for each zip).
    const huge = Buffer.concat([
      Buffer.from('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'),
      Buffer.alloc(60_000_000, ' '),
      Buffer.from('</w:body></w:document>'),
    ]);
    for (const declaredSize of [undefined, 1000]) {
      const bomb = zipOf([{ name: 'word/document.xml', data: huge, ...(declaredSize ? { declaredSize } : {}) }]);
      expect(bomb.length).toBeLessThan(200_000);
      expect(expectOneFatal(parseReport(bomb), 'too-large', 'docx').message).toMatch(/more than 50 MB/);
    }
  });

  it('no word/document.xml, or a broken one: damaged-file', () => {
    expectOneFatal(parseReport(zipOf([{ name: 'word/styles.xml', data: '<w:styles/>' }])), 'damaged-file', 'docx');
    const broken = zipOf([{ name: 'word/document.xml', data: deflateRawSync(Buffer.from('<w:document/>')).subarray(0, 3), method: 0 }]);
    // Stored (not deflated) bytes that are not XML read as a document without text.
    expect(parseReport(broken).diagnostics.map((d) => d.code)).toEqual(['empty-input']);
    const garbled = zipOf([{ name: 'word/document.xml', data: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), method: 0 }]);
    expect(parseReport(garbled).diagnostics).toHaveLength(1);
    const badDeflate = Buffer.from(zipOf([{ name: 'word/document.xml', data: '<w:document>' + 'x'.repeat(1000) + '</w:document>' }]));
    badDeflate.fill(0xff, 40, 60); // the deflate stream, damaged
    expectOneFatal(parseReport(new Uint8Array(badDeflate)), 'damaged-file', 'docx');
  });

  it('an entry encrypted by the ZIP, and a password-protected Office file: encrypted', () => {
    expectOneFatal(parseReport(zipOf([{ name: 'word/document.xml', data: '<x/>', flags: 1 }])), 'encrypted', 'docx');
    const protectedOffice = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(protectedOffice);
    Buffer.from('EncryptedPackage', 'utf16le').copy(protectedOffice, 1024);
    expect(expectOneFatal(parseReport(new Uint8Array(protectedOffice)), 'encrypted', 'docx').message).toMatch(/Office file.*password/);
  });

  it('over the size bound: too-large by its own bytes (not what it unpacks to), in both languages', () => {
    const docx = bytes('fixtures/documents/2020-mixed.docx');
    expect(expectOneFatal(parseReport(docx, { maxBytes: 1024 }), 'too-large', 'docx').message).toMatch(/^this file is .* KB, more than the 1 KB one input may be/);
    expect(expectOneFatal(parseReport(docx, { maxBytes: 1024, lang: 'zh' }), 'too-large', 'docx').message).toMatch(/超过单个输入的上限 1 KB/);
    expect(parseReport(docx, { maxBytes: docx.length }).diagnostics.map((d) => d.code)).not.toContain('too-large');
  });

  it('an old binary .doc: legacy-doc, saying to save it as .docx, in both languages', () => {
    // A real one (LibreOffice's), and the bare container with its Word stream.
    expectOneFatal(parseReport(bytes('fixtures/documents/bad/legacy.doc')), 'legacy-doc', 'docx');
    const doc = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(doc);
    Buffer.from('WordDocument', 'utf16le').copy(doc, 1024);
    expect(expectOneFatal(parseReport(new Uint8Array(doc)), 'legacy-doc', 'docx').message).toMatch(/\.doc\b.*save it as \.docx/);
    expect(LANGUAGES.zh['legacy-doc']({})).toMatch(/另存为 \.docx/);
  });

  it('a Word file with text but no report: not-a-report; with the report but its tables as pictures: no-table', () => {
    const p = (text: string): string => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    expect(parseReport(docxOf(p('会议纪要') + p('今天开会。'))).diagnostics.map((d) => d.code)).toEqual(['not-a-report']);
    const headings = ['某县人民政府2024年政府信息公开工作年度报告', '一、总体情况', '正文。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
    const report = parseReport(docxOf(headings.map(p).join('')));
    expect(expectOneFatal(report, 'no-table', 'docx').message).toMatch(/no table was found in this Word file/);
    expect(report.meta.title).toBe('某县人民政府2024年政府信息公开工作年度报告');
  });
});

describe('web pages', () => {
  const page = (body: string): Uint8Array => new Uint8Array(Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`));

  it('a report page whose tables are pictures: no-table', () => {
    const parts = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
    const html = page(`<h1>某县人民政府2024年政府信息公开工作年度报告</h1>${parts.map((h) => `<p>${h}</p><p><img src="table.png"></p>`).join('')}`);
    expect(expectOneFatal(parseReport(html), 'no-table', 'html').message).toMatch(/web page/);
  });

  it('a page that is no report at all: not-a-report', () => {
    expect(parseReport(page('<p>欢迎访问</p><table><tr><td>首页</td></tr></table>')).diagnostics.map((d) => d.code)).toEqual(['not-a-report']);
  });

  it('an empty page: empty-input', () => {
    expect(parseReport(page('<script>var a;</script>')).diagnostics.map((d) => d.code)).toEqual(['empty-input']);
  });
});

describe('other files', () => {
  it('an .xlsx, any other ZIP, a PNG: not-text, saying what they are', () => {
    const xlsx = zipOf([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.xml', data: '<workbook/>' }]);
    expect(expectOneFatal(parseReport(xlsx), 'not-text', 'text').message).toMatch(/Excel/);
    expect(expectOneFatal(parseReport(zipOf([{ name: 'photos/a.jpg', data: 'x' }])), 'not-text', 'text').message).toMatch(/ZIP/);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Buffer.alloc(100)]);
    expect(expectOneFatal(parseReport(png), 'not-text', 'text').message).toMatch(/PNG/);
  });

  it('files it cannot read are told to become a format it reads (a .docx, a PDF, the files inside), never a .txt export; in English and Chinese', () => {
    const xlsx = zipOf([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.xml', data: '<workbook/>' }]);
    expect(parseReport(xlsx).diagnostics[0]!.message).toBe('this is an Excel .xlsx workbook, not a report; give the report itself (its web page, Word file, PDF or text)');
    for (const kind of ['rtf', 'gzip', 'rar', '7z', 'odt', 'xlsx', 'ofd', 'zip'] as const) {
      const en = LANGUAGES.en['not-text']({ kind });
      const zh = LANGUAGES.zh['not-text']({ kind });
      expect(en, kind).not.toMatch(/\.txt|plain text/);
      expect(zh, kind).not.toMatch(/\.txt|纯文本/);
      expect(zh, kind).toMatch(/[\u4e00-\u9fff]{4}/);
    }
  });

  it('every code the readers add is fatal, with a message in English and in Chinese', () => {
    const codes = ['legacy-doc', 'encrypted', 'damaged-file', 'too-large', 'no-text-layer', 'no-table'] as const;
    for (const code of codes) expect(DIAGNOSTIC_CODES.get(code), code).toEqual({ severity: 'error', fatal: true });
    /** The readers' messages (too-large's own for a document: the size bound's message is limits.ts'). */
    const ids = ['not-text.pdfNeedsAsync', 'legacy-doc', 'encrypted', 'damaged-file', 'too-large.document', 'no-text-layer', 'no-table'] as const;
    const kinds = ['pdf', 'docx', 'html', 'office'] as const;
    for (const kind of kinds) {
      const params = { kind, damage: { what: 'unreadablePage', page: 3 }, excess: { what: 'pages', pages: 400, limit: 150 } } as const;
      for (const id of ids) {
        // Each message takes the params it needs of these.
        const en = (LANGUAGES.en[id] as (p: typeof params) => string)(params);
        const zh = (LANGUAGES.zh[id] as (p: typeof params) => string)(params);
        expect(en.length, id).toBeGreaterThan(20);
        expect(en, id).not.toMatch(/undefined|[\u4e00-\u9fff]{3}/);
        expect(zh, id).toMatch(/[\u4e00-\u9fff]/);
        expect(zh, id).not.toMatch(/undefined/);
      }
    }
    expect(LANGUAGES.zh['damaged-file']({ kind: 'pdf', damage: { what: 'unreadablePage', page: 3 } })).toBe('该 PDF 文件不完整或已损坏（第 3 页无法读取），请重新下载，或向发布单位索取完好的文件');
    expect(LANGUAGES.en['too-large.document']({ kind: 'docx', excess: { what: 'unpacked', entry: 'word/document.xml', limit: 50 } })).toMatch(/Word file.*word\/document\.xml would unpack to more than 50 MB/);
  });
});
