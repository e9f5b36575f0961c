#!/usr/bin/env node
/**
 * Writes fixtures/damaged/html2text/: the Markdown Python's html2text (Debian's python3-html2text,
 * its defaults) makes of each golden's web page (fixtures/documents/), as crawlers of government
 * sites keep pages: pipe tables whose rows html2text wraps at 78 characters (`…| 312 | 588 |` /
 * `825 | 1742`), a cell's `<br>` a line break inside its row (`行政规` / `范性文件 | 13 | …`), a
 * table's first row as its header.
 *
 *   <nn>-<name>.html2text.txt            html2text's output, as it is
 *   <nn>-<name>.html2text.expected.json  { family: "html2text", …, designed, expected: null }
 *
 * A page in GBK or GB18030 is given to it decoded (html2text takes text, not bytes). Real converter
 * output, not designed: `expected` is null, and the fixtures are held to the promise (no wrong
 * value) only. Needs /usr/bin/python3 with html2text, which CI does not have: run it once and
 * commit its output. Usage: node scripts/make-html2text-fixtures.mjs
 *
 * What they showed (issue 16): html2text prints a two-column row without edge pipes (`行政许可 |
 * 4759`), which was one word and left part 二 unread in four pages; a cell's `<br>` cut after a
 * decimal point (`业性收费 | 10.` / `5`, test/cut-numbers.test.ts's sweep) read the fees as 5. Both
 * are read now (src/tokenize/tokenize.ts, loneInnerPipe): every cell of the eight, none wrong.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pageText, writeConverterFamily } from './damaged.mjs';
import { optionsOf } from './args.mjs';

optionsOf('make-html2text-fixtures', 'node scripts/make-html2text-fixtures.mjs  (writes fixtures/damaged/html2text/)', {});

const HTML2TEXT = 'import html2text, sys; sys.stdout.write(html2text.HTML2Text().handle(sys.stdin.read()))';

const written = writeConverterFamily('html2text', 'html2text', ({ base, root }) => {
  const file = `fixtures/documents/${base}.html`;
  const text = execFileSync('/usr/bin/python3', ['-c', HTML2TEXT], { input: pageText(join(root, file)), encoding: 'utf8' });
  return [{ suffix: 'html2text', text, title: `the Markdown html2text makes of ${file}`, parameters: { from: 'html2text', file } }];
});
console.log(`wrote ${written} fixtures to fixtures/damaged/html2text/`);
