/** What a test may ask of a sentence written in Chinese. */
import { CODES } from '../../src/diagnostics.js';

export const HAN = /\p{Script=Han}/u;

/**
 * Latin words a Chinese sentence keeps as they are: names of file formats, programs, encodings
 * and data formats, which a Chinese user meets in Latin letters too.
 */
const KEPT = new Set(
  [
    'pdf', 'word', 'office', 'wps', 'rtf', 'png', 'jpeg', 'gif', 'tiff', 'webp', 'gzip', 'rar', 'zip', 'docx', 'doc', 'odt', 'xlsx',
    'ofd', 'excel', 'opendocument', 'html', 'ocr', 'utf', 'gb', 'gbk', 'big5', '7z', 'json', 'ndjson', 'csv', 'bom', 'github', 'actions', 'jq',
    'gov', 'report', 'txt', 'eslint',
    // a converter people use, and the format it writes
    'pandoc', 'markdown',
    // sizes (16 MB, 512 KB) and a named pipe's usual name
    'kb', 'mb', 'fifo',
    // a Word file's parts: a ZIP of XML files
    'xml',
    // the commands, as typed
    'parse', 'validate', 'summary', 'compare', 'schema', 'help',
    // the languages, as --lang takes them, and the locale variable LANG
    'zh', 'en', 'lang',
    // the codes of diagnostics
    ...CODES,
  ].map((w) => w.toLowerCase()),
);

/**
 * The Latin words of `text` that are not kept names: what a translator left in English. Code is
 * taken out first — `spans`, what is quoted “…” or "…" (labels, the user's input, values), encoding names, `$ example` lines, options (`--format`), paths and file names,
 * environment variables, the codes of diagnostics (`row-total`).
 */
export function untranslated(text: string): string[] {
  const prose = text
    .replace(/`[^`]*`/g, ' ')
    .replace(/“[^”]*”|"[^"\n]*"/g, ' ')
    .replace(/\b(?:utf|gb|big|iso|windows)[\w-]*/gi, ' ')
    .replace(/^\s*\$ .*$/gm, ' ')
    .replace(/(?<![\w-])--?[A-Za-z][\w-]*(?: <\w+>)?/g, ' ')
    .replace(/[\w.-]*[./\\=_*][\w./\\=_*-]*/g, ' ')
    .replace(/\b[a-z]+(?:-[a-z]+)+\b/g, ' ');
  return [...prose.matchAll(/[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*/g)].map((m) => m[0]).filter((w) => !KEPT.has(w.toLowerCase()));
}
