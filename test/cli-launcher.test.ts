/**
 * The launcher, bin/gov-report.js, in real processes: the exit status it sets, a closed pipe,
 * a crash, and a real terminal. Everything else about the command line runs in-process
 * (test/cli.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from './support/cli.js';

const LEGACY = 'fixtures/2019/2017-legacy.txt'; // parsed, with an unsupported-format error
const tmp = mkdtempSync(path.join(tmpdir(), 'gov-report-launcher-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The environment of a test process, without the test runner's colour settings. */
function cleanEnv(more: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...more };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  delete env.CI; // supports-color treats CI specially
  return env;
}

const launch = (args: readonly string[], options: { nodeOptions?: string[]; env?: Record<string, string> } = {}) =>
  spawnSync(process.execPath, [...(options.nodeOptions ?? []), 'bin/gov-report.js', ...args], { cwd: root, encoding: 'utf8', env: cleanEnv(options.env) });

describe('bin/gov-report.js', () => {
  it('sets the exit status runCli returns', () => {
    const validate = launch(['validate', LEGACY, '--format', 'json']);
    expect(validate.status).toBe(1);
    expect(JSON.parse(validate.stdout)[0].diagnostics[0].code).toBe('unsupported-format');
    expect(validate.stderr).toBe('');
  });

  it.skipIf(process.platform === 'win32')('a closed pipe (| head) ends quietly', () => {
    const r = spawnSync('bash', ['-c', 'node bin/gov-report.js parse fixtures fixtures/*.txt --pretty | head -c 100 >/dev/null; echo "status=${PIPESTATUS[0]}"'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.stdout).toBe('status=0\n');
    expect(r.stderr).toBe('');
  });

  it('an uncaught exception or an unhandled rejection: one line on stderr, no stack, exit 2', () => {
    // Preloaded: the first write to stdout also throws outside any promise, or rejects one nobody handles.
    const crash = path.join(tmp, 'crash.mjs');
    writeFileSync(
      crash,
      `const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (...args) => {
  process.stdout.write = write;
  if (process.env.CRASH === 'throw') setImmediate(() => { throw new Error('boom\\n    at somewhere'); });
  else Promise.reject(new Error('nope\\n    at somewhere'));
  return write(...args);
};
`,
    );
    const thrown = launch(['schema'], { nodeOptions: ['--import', crash], env: { CRASH: 'throw' } });
    expect(thrown.stderr).toBe('gov-report: boom\n');
    expect(thrown.status).toBe(2);
    const rejected = launch(['schema'], { nodeOptions: ['--import', crash], env: { CRASH: 'reject' } });
    expect(rejected.stderr).toBe('gov-report: nope\n');
    expect(rejected.status).toBe(2);
  });
});

/** util-linux `script` gives the command a pseudo-terminal for stdin, stdout and stderr. */
const hasScript =
  process.platform === 'linux' && spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout?.includes('util-linux');

describe.skipIf(!hasScript)('on a real terminal', () => {
  it('stdin, stdout and stderr are seen as terminals: usage error, colour, pretty JSON, progress', () => {
    for (let i = 0; i < 51; i++) copyFileSync(path.join(root, 'fixtures/002_4a61cbdbb397b0fd.txt'), path.join(tmp, `r${i}.txt`));
    const commands = [
      'node bin/gov-report.js parse', // stdin a terminal, no argument
      `node bin/gov-report.js validate ${LEGACY}`,
      `node bin/gov-report.js parse ${LEGACY}`,
      `node bin/gov-report.js parse ${tmp} > /dev/null`,
    ];
    const script = commands.map((c) => `${c}; echo "[status $?]"`).join('; ');
    const r = spawnSync('script', ['-qec', script, '/dev/null'], { cwd: root, encoding: 'utf8', env: cleanEnv({ TERM: 'xterm' }) });
    const [usage, validate, parse, progress] = r.stdout.split(/\[status \d\]\r\n/);
    expect(r.stdout.match(/\[status \d\]/g)).toEqual(['[status 2]', '[status 1]', '[status 0]', '[status 0]']);
    expect(usage).toBe('gov-report: no input: give files, folders or globs, or pipe a report into stdin (see --help)\r\n');
    expect(validate).toContain('\x1b[31merror');
    expect(parse).toMatch(/^\{\r\n {2}"source": \{/);
    expect(progress).toContain('\rparsed 51/51');
  });
});
