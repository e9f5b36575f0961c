/**
 * What the CLI does on a terminal: run under util-linux `script`, which gives the command a
 * pseudo-terminal for stdin, stdout and stderr. Skipped where `script` is not that tool.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const hasScript =
  process.platform === 'linux' && spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout?.includes('util-linux');

function onTerminal(command: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const clean: NodeJS.ProcessEnv = { ...process.env };
  delete clean.FORCE_COLOR;
  delete clean.NO_COLOR;
  delete clean.CI; // supports-color treats CI specially
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: root, encoding: 'utf8', env: { ...clean, TERM: 'xterm', ...env } });
  return { status: r.status, output: r.stdout };
}

const tmp = mkdtempSync(path.join(tmpdir(), 'gov-report-tty-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!hasScript)('on a terminal', () => {
  it('no argument and stdin a terminal is a usage error', () => {
    const r = onTerminal('node bin/gov-report.js parse');
    expect(r.status).toBe(2);
    expect(r.output).toBe('gov-report: no input: give files, folders or globs, or pipe a report into stdin (see --help)\r\n');
  });

  it('a batch of more than 50 files shows a progress line on stderr, unless --quiet', () => {
    for (let i = 0; i < 51; i++) copyFileSync(path.join(root, 'fixtures/002_4a61cbdbb397b0fd.txt'), path.join(tmp, `r${i}.txt`));
    const r = onTerminal(`node bin/gov-report.js parse ${tmp} > /dev/null`);
    expect(r.status).toBe(0);
    expect(r.output).toContain('\rparsed 51/51');
    expect(onTerminal(`node bin/gov-report.js parse ${tmp} --quiet > /dev/null`).output).toBe('');
  });

  it('validate colours on a terminal, not under NO_COLOR; JSON is pretty', () => {
    const legacy = 'fixtures/2019/2017-legacy.txt';
    expect(onTerminal(`node bin/gov-report.js validate ${legacy}`).output).toContain('\x1b[31merror');
    expect(onTerminal(`node bin/gov-report.js validate ${legacy}`, { NO_COLOR: '1' }).output).not.toContain('\x1b[');
    expect(onTerminal(`node bin/gov-report.js parse ${legacy}`).output).toMatch(/^\{\r\n {2}"source": \{/);
  });
});
