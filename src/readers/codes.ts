/**
 * The diagnostic codes the readers add, with their severity and their message in English and in
 * Chinese, as data. Every one is fatal: the file is not a report the tool can read, so the CLI
 * prints one `gov-report: <file>: <message>` line for it and the batch goes on.
 *
 * `not-text` is the existing code; its entry here is the message for a PDF given to the synchronous
 * parseReport. (To be folded into the core's table of codes and its message catalog; until then
 * `readerMessage` fills in the English text.)
 */
import type { Severity } from '../schema.js';

/** What kind of file a message speaks of, in both languages. */
export const FILE_KINDS = {
  pdf: { en: 'PDF', zh: 'PDF 文件' },
  docx: { en: 'Word file', zh: 'Word 文件' },
  html: { en: 'web page', zh: '网页' },
  office: { en: 'Office file', zh: 'Office 文件' },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

export interface ReaderCode {
  severity: Severity;
  /** The file is not read as a report at all (no report is printed for it). */
  fatal: true;
  /** The message; `{kind}` is the file kind (FILE_KINDS) and `{detail}` what was found. */
  en: string;
  zh: string;
}

export const READER_CODES = {
  'legacy-doc': {
    severity: 'error',
    fatal: true,
    en: 'this is an old Word .doc file (or a WPS .wps file), which gov-report cannot read; open it in Word or WPS, save it as .docx (File → Save As → Word Document) and give the .docx',
    zh: '这是旧版 Word .doc 文件（或 WPS .wps 文件），本工具无法读取；请用 Word 或 WPS 打开，另存为 .docx 格式（文件 → 另存为 → Word 文档）后再处理',
  },
  encrypted: {
    severity: 'error',
    fatal: true,
    en: 'this {kind} is protected by a password and cannot be read; ask the publisher for a copy without a password, or open it with the password and save a copy without one',
    zh: '该{kind}设有打开密码，无法读取；请向发布单位索取未加密的文件，或用密码打开后另存一份不加密的副本',
  },
  'damaged-file': {
    severity: 'error',
    fatal: true,
    en: 'this {kind} is incomplete or damaged ({detail}); download it again or ask the publisher for a good copy',
    zh: '该{kind}不完整或已损坏（{detail}），请重新下载，或向发布单位索取完好的文件',
  },
  'too-large': {
    severity: 'error',
    fatal: true,
    en: 'this {kind} is too large to be one annual report ({detail}); it was not read, so that a batch cannot run out of memory or time on it',
    zh: '该{kind}过大（{detail}），不像是一份年度报告，未予读取，以免整批处理耗尽内存或时间',
  },
  'no-text-layer': {
    severity: 'error',
    fatal: true,
    en: 'this PDF has no text layer: its pages are pictures (a scan), so there is no text to read; run OCR on it first (e.g. `ocrmypdf -l chi_sim in.pdf out.pdf`) or ask the publisher for the Word or web version',
    zh: '该 PDF 文件没有文字层，页面是图片（扫描件），无法读取文字；请先做文字识别（OCR，如 `ocrmypdf -l chi_sim 原文件.pdf 新文件.pdf`），或向发布单位索取 Word 版或网页版',
  },
  'no-table': {
    severity: 'error',
    fatal: true,
    en: 'no table was found in this {kind}, so its figures cannot be read: the tables may be pictures; gov-report reads figures from real tables or from text',
    zh: '该{kind}中没有找到表格，无法读取数据：报告中的表格可能是图片，本工具只能从真正的表格或文字中读取数据',
  },
  // Not a code of its own: the synchronous parseReport given a PDF answers `not-text`, as it did
  // before PDFs were read (parseDocument reads them).
  'not-text': {
    severity: 'error',
    fatal: true,
    en: 'this is a PDF, which parseReport (synchronous) does not read: use parseDocument, which does, or convert it first, e.g. `pdftotext -layout report.pdf report.txt`',
    zh: '这是 PDF 文件，同步的 parseReport 不读取 PDF：请改用 parseDocument，或先转换为文本，如 `pdftotext -layout report.pdf report.txt`',
  },
} as const satisfies Record<string, ReaderCode>;

export type ReaderCodeName = keyof typeof READER_CODES;

export interface ReaderProblem {
  code: ReaderCodeName;
  kind?: FileKind;
  /** What was found, in English and Chinese (`{detail}`). */
  detail?: { en: string; zh: string };
}

/** The problem's message in one language. */
export function readerMessage(problem: ReaderProblem, lang: 'en' | 'zh' = 'en'): string {
  const template: string = READER_CODES[problem.code][lang];
  return template
    .replace('{kind}', problem.kind ? FILE_KINDS[problem.kind][lang] : '')
    .replace('{detail}', problem.detail?.[lang] ?? '');
}

/** The codes the readers add (`not-text` is the core's). */
export const READER_FATAL_CODES: readonly string[] = Object.keys(READER_CODES).filter((code) => code !== 'not-text');
