#!/usr/bin/env node
/**
 * Writes fixtures/damaged/libreoffice-text/: the text LibreOffice writes of each golden's Word file
 * (`soffice --headless --convert-to "txt:Text (encoded):UTF8"`), the way offices batch-convert
 * Word reports to text: a table one cell a line, each row's label and then its numbers, and the
 * Word file's list numbers as LibreOffice counts them (`    1. 其他法律行政法规禁止公开` for the
 * form's 2.: the list restarts where the Word file's numbering does not).
 *
 *   <nn>-<name>.libreoffice.txt            LibreOffice's output, as it is
 *   <nn>-<name>.libreoffice.expected.json  { family: "libreoffice-text", …, designed, expected: null }
 *
 * Real converter output, not designed: `expected` is null, and the fixtures are held to the
 * promise (no wrong value) only. Needs LibreOffice (Debian's libreoffice-writer-nogui), which CI
 * does not have: run it once and commit its output. Usage: node scripts/make-libreoffice-text-fixtures.mjs
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeConverterFamily } from './damaged.mjs';
import { optionsOf } from './args.mjs';

optionsOf('make-libreoffice-text-fixtures', 'node scripts/make-libreoffice-text-fixtures.mjs  (writes fixtures/damaged/libreoffice-text/)', {});

const written = writeConverterFamily('libreoffice-text', 'libreoffice-text', ({ base, root, work }) => {
  const file = `fixtures/documents/${base}.docx`;
  copyFileSync(join(root, file), join(work, `${base}.docx`));
  execFileSync('soffice', ['--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', work, join(work, `${base}.docx`)], { stdio: 'ignore' });
  const text = readFileSync(join(work, `${base}.txt`));
  return [{ suffix: 'libreoffice', text, title: `the text LibreOffice writes of ${file}`, parameters: { from: 'libreoffice', file } }];
});
console.log(`wrote ${written} fixtures to fixtures/damaged/libreoffice-text/`);
