/**
 * The readers' messages in Chinese (web pages, Word files and PDFs that cannot be read), in the
 * shape of a catalog (`Messages`, these ids only): part of the Chinese catalog, zh.ts, which
 * spreads them in.
 */
import type { Damage, Excess, FileKind, Messages } from './params.js';

export type ReaderMessageId = 'not-text.pdfNeedsAsync' | 'legacy-doc' | 'encrypted' | 'damaged-file' | 'too-large' | 'no-text-layer' | 'no-table';

/** “This file”, by kind. */
const THIS_FILE: Readonly<Record<FileKind, string>> = { pdf: '该 PDF 文件', docx: '该 Word 文件', html: '该网页', office: '该 Office 文件' };

function damage(d: Damage): string {
  switch (d.what) {
    case 'cutOff':
      return '文件在内容中途截断';
    case 'noDirectory':
      return '文件末尾的目录缺失，文件被截断';
    case 'brokenDirectory':
      return '其内容目录损坏';
    case 'brokenEntry':
      return `其中 ${d.entry} 已损坏`;
    case 'notUnpacked':
      return `其中 ${d.entry} 无法解压`;
    case 'packing':
      return `其中 ${d.entry} 的压缩方式不是 Word 所用的（方法 ${d.method}）`;
    case 'noDocument':
      return '其中没有 Word 正文（缺少 word/document.xml）';
    case 'noEndMarker':
      return '文件缺少结束标记，已被截断';
    case 'notOpenable':
      return '无法作为 PDF 打开';
    case 'unreadablePage':
      return `第 ${d.page} 页无法读取`;
    case 'unreadable':
      return '无法读取';
  }
}

function excess(e: Excess): string {
  switch (e.what) {
    case 'bytes':
      return `${e.megabytes} MB，最多读取 ${e.limit} MB`;
    case 'pages':
      return `共 ${e.pages} 页，最多读取 ${e.limit} 页`;
    case 'unpacked':
      return `其中 ${e.entry} 解压后超过 ${e.limit} MB`;
  }
}

export const zhReaders: Pick<Messages, ReaderMessageId> = {
  'not-text.pdfNeedsAsync': () =>
    '这是 PDF 文件，同步的 `parseReport` 不读取 PDF：请改用 `parseDocument`，或先转换为文本，如 `pdftotext -layout report.pdf report.txt`',
  'legacy-doc': () =>
    '这是旧版 Word .doc 文件（或 WPS .wps 文件），本工具无法读取；请用 Word 或 WPS 打开，另存为 .docx 格式（文件 → 另存为 → Word 文档）后再处理',
  encrypted: ({ kind }) => `${THIS_FILE[kind]}设有打开密码，无法读取；请向发布单位索取未加密的文件，或用密码打开后另存一份不加密的副本`,
  'damaged-file': ({ kind, damage: d }) => `${THIS_FILE[kind]}不完整或已损坏（${damage(d)}），请重新下载，或向发布单位索取完好的文件`,
  'too-large': ({ kind, excess: e }) => `${THIS_FILE[kind]}过大（${excess(e)}），不像是一份年度报告，未予读取，以免整批处理耗尽内存或时间`,
  'no-text-layer': () =>
    '该 PDF 文件没有文字层，页面是图片（扫描件），无法读取文字；请先做文字识别（OCR，如 `ocrmypdf -l chi_sim 原文件.pdf 新文件.pdf`），或向发布单位索取 Word 版或网页版',
  'no-table': ({ kind }) => `${THIS_FILE[kind]}中没有找到表格，无法读取数据：报告中的表格可能是图片，本工具只能从真正的表格或文字中读取数据`,
};

