/**
 * The repository stands alone and its documents follow the code: the generated tables of
 * docs/contract*.md and the READMEs are what scripts/docs.mjs makes, both READMEs show the same
 * commands, and no link, comment or script points outside the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeExamples } from '../scripts/check-install.mjs';
import { blockNames, blocks, DOCUMENTS, fill } from '../scripts/docs.mjs';
import { CODES } from '../src/diagnostics.js';
import { root } from './support/cli.js';

const read = (file: string): string => readFileSync(join(root, file), 'utf8');

/** The repository's own files: not what npm, the build or git put there. */
function ownFiles(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (['node_modules', 'dist', '.git'].includes(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? ownFiles(path) : [relative(root, path)];
  });
}

describe('the generated tables', () => {
  it('each document holds the tables scripts/docs.mjs makes of the code (npm run docs writes them)', () => {
    for (const [file, lang] of Object.entries(DOCUMENTS)) {
      const text = read(file);
      expect(blockNames(text).length, file).toBeGreaterThan(0);
      expect(fill(text, lang), `${file} is out of date: npm run docs`).toBe(text);
    }
    expect(blockNames(read('docs/contract.md')).sort()).toEqual(Object.keys(blocks('en')).sort());
    expect(blockNames(read('docs/contract.zh-CN.md')).sort()).toEqual(Object.keys(blocks('zh')).sort());
  });

  it('the tables name every key of the catalog with its label, and every code (a changed catalog changes them)', () => {
    const en = blocks('en');
    expect(en.applications).toContain('| `applications.denied.stateSecret` | （三）不予公开 1.属于国家秘密 | a state secret |');
    expect(en.applications).toContain('| `naturalPerson` | 自然人 | applicants who are natural persons |');
    expect(en['active-disclosure-2021']).toContain('| `amount` | 本年收费金额（单位：万元） |');
    for (const code of CODES) expect(en.codes).toContain(`| \`${code}\` |`);
    expect(blocks('zh').codes).toContain('| `row-total` | 错误 | 行总计不符 |');
    expect(blocks('zh').codes).toContain('| `not-text` | 错误（致命） | 不是本工具能读取的文件 |');
  });
});

describe('the two READMEs', () => {
  it('link to each other, and show the same gov-report commands (the comments are in their own language)', () => {
    const english = read('README.md');
    const chinese = read('README.zh-CN.md');
    expect(english.split('\n').slice(0, 5).join('\n')).toContain('(README.zh-CN.md)');
    expect(chinese.split('\n').slice(0, 5).join('\n')).toContain('(README.md)');
    const commands = (text: string) => readmeExamples(text).map((line) => line.replace(/\s+#.*$/, ''));
    expect(commands(chinese)).toEqual(commands(english));
    expect(commands(english).length).toBeGreaterThan(15);
    // The walk-through: install, a CSV for Excel, and a CI step that fails on a wrong table.
    for (const text of [english, chinese]) {
      expect(text).toContain('npm install --global ./gov-report-0.1.0.tgz');
      expect(commands(text)).toContain('gov-report parse reports/ --format csv --header labels --bom > reports.csv');
      expect(commands(text)).toContain('npx gov-report validate "reports/**/*.txt" --format github');
    }
  });
});

describe('the repository stands alone', () => {
  const files = ownFiles().filter((file) => /\.(?:md|ts|mjs|mts|js|json|yml|yaml)$|^\.ci\/|^LICENSE$/.test(file) && !file.startsWith('fixtures/'));

  it('no file names a folder outside it', () => {
    const outside = files.flatMap((file) => {
      const text = read(file);
      return [...text.matchAll(/\.\.\/shared|\/work\/|SPEC\.md/g)].map((m) => `${file}: ${m[0]}`);
    });
    expect(outside).toEqual([]);
  });

  it('every relative link of a Markdown file leads to a file of the repository', () => {
    const broken: string[] = [];
    for (const file of ownFiles().filter((f) => f.endsWith('.md'))) {
      for (const m of read(file).matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!.replace(/#.*$/, '');
        if (target === '' || /^[a-z]+:/i.test(target)) continue;
        const path = resolve(root, dirname(file), target);
        if (!path.startsWith(root) || !existsSync(path)) broken.push(`${file}: ${m[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('names its source files by their job: the only index.ts is src/index.ts, the library\'s entry', () => {
    expect(ownFiles(join(root, 'src')).filter((file) => /(?:^|\/)index\.[cm]?ts$/.test(file))).toEqual(['src/index.ts']);
  });

  it('has the MIT license package.json names, and ships the contract with the package', () => {
    const pkg = JSON.parse(read('package.json')) as { license: string; files: string[] };
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} gov-report contributors\n/);
    expect(pkg.files).toEqual(expect.arrayContaining(['bin', 'dist', 'schemas', 'docs/contract.md', 'docs/contract.zh-CN.md', 'README.zh-CN.md']));
  });
});
