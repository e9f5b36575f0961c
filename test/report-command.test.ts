/**
 * `gov-report report`, end to end and in-process (no browser: test/page/ opens the page): where
 * the page goes (the default file, `-o FILE`, `-o -`), that every input is on it — reports of
 * every format, and each input that gave none with its reason, in its place — the exit status,
 * the language, and that the same inputs give the same bytes.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, root } from './support/cli.js';

const SEED = '002_4a61cbdbb397b0fd.renumbered';
const ORGAN = '昌乐县乔官镇人民政府';

/** The overview rows the page's script draws, from the JSON in the page. */
function pageRows(page: string): Array<{ file: string; organ: string | null; errors: number }> {
  const json = /<script type="application\/json" id="page-data">([\s\S]*?)<\/script>/.exec(page)![1]!;
  return (JSON.parse(json) as { rows: Array<{ file: string; organ: string | null; errors: number }> }).rows;
}

/** The list of inputs that gave no report, as the page prints it: [file, code, reason]. */
function unreadableRows(page: string): string[][] {
  const table = /<table class="unreadable">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(page)?.[1] ?? '';
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => cell[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')),
  );
}

let tmp: string;
let mixed: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'gov-report-report-'));
  // One golden report as text, web page, Word file and PDF, and three files that are not reports.
  mixed = path.join(tmp, 'reports');
  mkdirSync(mixed);
  copyFileSync(path.join(root, 'fixtures', `${SEED}.txt`), path.join(mixed, 'a.txt'));
  for (const format of ['html', 'docx', 'pdf']) copyFileSync(path.join(root, 'fixtures/documents', `${SEED}.${format}`), path.join(mixed, `b.${format}`));
  writeFileSync(path.join(mixed, 'c-cut.pdf'), readFileSync(path.join(root, 'fixtures/documents', `${SEED}.pdf`)).subarray(0, 6000));
  copyFileSync(path.join(root, 'fixtures/documents/bad/scanned.pdf'), path.join(mixed, 'd-scanned.pdf'));
  copyFileSync(path.join(root, 'fixtures/faults/README.md'), path.join(mixed, 'e-notes.md'));
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('gov-report report', () => {
  const reports = ['reports/a.txt', 'reports/b.docx', 'reports/b.html', 'reports/b.pdf'];

  it('writes gov-report-report.html in the working directory by default: every report, whatever its format, and every input that gave none with its reason, in input order', async () => {
    const r = await cli(['report', 'reports', 'missing.txt', '--lang', 'en'], { cwd: tmp });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    // Each input in its place (the missing argument after the folder's files), then where the page went.
    expect(lines.slice(0, 3).map((l) => l.split(': ')[1])).toEqual(['reports/c-cut.pdf', 'reports/d-scanned.pdf', 'reports/e-notes.md']);
    expect(lines[3]).toBe('gov-report: missing.txt: no such file or directory');
    expect(lines[4]).toBe('gov-report: wrote gov-report-report.html: 4 reports, 4 files that could not be read');
    expect(lines).toHaveLength(5);

    const page = readFileSync(path.join(tmp, 'gov-report-report.html'), 'utf8');
    expect(pageRows(page).map((row) => [row.file, row.organ])).toEqual(reports.map((file) => [file, ORGAN]));
    const unreadable = unreadableRows(page);
    expect(unreadable.map(([file, code]) => [file, code])).toEqual([
      ['reports/c-cut.pdf', 'damaged-file'],
      ['reports/d-scanned.pdf', 'no-text-layer'],
      ['reports/e-notes.md', 'not-a-report'],
      ['missing.txt', 'unreadable'],
    ]);
    // The reason on the page is the line on stderr.
    for (const [file, , reason] of unreadable) expect(r.stderr).toContain(`gov-report: ${file}: ${reason}\n`);
    expect(page).toContain('<li data-count="unreadable" class="bad"><b>4</b>');
  });

  it('-o - writes the page to stdout, byte for byte what -o FILE writes; with SOURCE_DATE_EPOCH the same inputs give the same bytes', async () => {
    const env = { SOURCE_DATE_EPOCH: '1767225600' }; // 2026-01-01 00:00 UTC
    const toStdout = await cli(['report', 'reports/a.txt', 'reports/b.pdf', '-o', '-'], { cwd: tmp, env });
    expect(toStdout.status).toBe(0);
    expect(toStdout.stderr).toBe('');
    expect(toStdout.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(toStdout.stdout).toContain('2026-01-01 00:00 UTC');
    const toFile = await cli(['report', 'reports/a.txt', 'reports/b.pdf', '-o', 'overview.html'], { cwd: tmp, env });
    expect(toFile.status).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(toFile.stderr).toBe('gov-report: wrote overview.html: 2 reports\n');
    expect(readFileSync(path.join(tmp, 'overview.html'))).toEqual(toStdout.stdoutBytes);
  });

  it('a page that cannot be written: one line naming it, exit status 2, nothing half-written', async () => {
    const r = await cli(['report', 'reports/a.txt', '-o', 'no-such-folder/overview.html'], { cwd: tmp });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('gov-report: no-such-folder/overview.html: no such file or directory\n');
    expect(existsSync(path.join(tmp, 'no-such-folder'))).toBe(false);
  });

  it('speaks Chinese when the locale is Chinese, English otherwise; --lang decides', async () => {
    const lang = async (args: string[], env: Record<string, string>): Promise<string> => {
      const r = await cli(['report', 'reports/a.txt', '-o', '-', ...args], { cwd: tmp, env });
      return /<html lang="([^"]+)"/.exec(r.stdout)![1]!;
    };
    expect(await lang([], { LANG: 'zh_CN.UTF-8' })).toMatch(/^zh/);
    expect(await lang([], { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toMatch(/^zh/);
    expect(await lang([], { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(await lang([], {})).toBe('en');
    expect(await lang(['--lang', 'zh'], { LANG: 'C' })).toMatch(/^zh/);
    expect(await lang(['--lang', 'en'], { LANG: 'zh_CN.UTF-8' })).toBe('en');
    const wrong = await cli(['report', 'reports/a.txt', '--lang', 'fr'], { cwd: tmp });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/--lang.*fr/);
  });

  it('an empty batch still writes a page that says so', async () => {
    const empty = path.join(tmp, 'empty');
    mkdirSync(empty);
    const r = await cli(['report', 'empty', '-o', '-', '--lang', 'en'], { cwd: tmp });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('gov-report: empty: no report files in this folder (.txt .text .md .html .htm .docx .pdf)\n');
    expect(pageRows(r.stdout)).toEqual([]);
    expect(unreadableRows(r.stdout)).toEqual([['empty', 'no-files', 'no report files in this folder (.txt .text .md .html .htm .docx .pdf)']]);
  });
});
