#!/usr/bin/env node
/**
 * Writes fixtures/damaged/doc-text/: what the text extractors for old binary Word files make of
 * each golden's Word file saved as a .doc (LibreOffice: `soffice --convert-to doc`), as offices and
 * crawlers on Linux read the .doc reports gov-report itself does not (it asks for a .docx):
 *
 *   <nn>-<name>.antiword.txt   `antiword -m UTF-8.txt`: tables as `|cell |cell |` lines with no rule
 *                              between rows, each cell's words wrapped inside its column; the
 *                              parts' numerals dropped (`行政机关主动公开政府信息情况`); part 三's
 *                              table dropped whole, part 四's run together after its headers
 *   <nn>-<name>.catdoc.txt     `catdoc -d utf-8`: a row a line, cells between tabs, some of the
 *                              text lost
 *   <name>.expected.json       { family: "doc-text", …, designed, expected: null }
 *
 * Real converter output, not designed: `expected` is null, and the fixtures are held to the
 * promise (no wrong value) only. Needs LibreOffice, antiword and catdoc (Debian's packages), which
 * CI does not have: run it once and commit its output. Usage: node scripts/make-doc-text-fixtures.mjs
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeConverterFamily } from './damaged.mjs';
import { optionsOf } from './args.mjs';

optionsOf('make-doc-text-fixtures', 'node scripts/make-doc-text-fixtures.mjs  (writes fixtures/damaged/doc-text/ (needs soffice, antiword and catdoc))', {});

const extractors = {
  antiword: (doc) => ['antiword', ['-m', 'UTF-8.txt', doc]],
  catdoc: (doc) => ['catdoc', ['-d', 'utf-8', doc]],
};

const written = writeConverterFamily('doc-text', 'doc-text', ({ base, root, work }) => {
  const file = `fixtures/documents/${base}.docx`;
  copyFileSync(join(root, file), join(work, `${base}.docx`));
  execFileSync('soffice', ['--headless', '--convert-to', 'doc', '--outdir', work, join(work, `${base}.docx`)], { stdio: 'ignore' });
  return Object.entries(extractors).map(([extractor, command]) => {
    const [program, args] = command(join(work, `${base}.doc`));
    const text = execFileSync(program, args, { encoding: 'utf8' });
    return { suffix: extractor, text, title: `the text \`${extractor}\` makes of ${file} saved as a .doc`, parameters: { from: extractor, file } };
  });
});
console.log(`wrote ${written} fixtures to fixtures/damaged/doc-text/`);
