import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The packages `gov-report parse` loads before it reads a file: every start-up (the CLI, each
 * worker thread) pays for them. The built graph is walked (`npm test` builds first), following
 * static imports only; `await import(…)` is a load on demand.
 */
function staticPackages(...entries: string[]): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'|^import\s+'([^']+)'/gm)) {
      const spec = m[1] ?? m[2]!;
      if (spec.startsWith('.')) walk(resolve(dirname(file), spec));
      else if (!spec.startsWith('node:')) packages.add(spec);
    }
  };
  for (const entry of entries) walk(resolve(entry));
  return packages;
}

describe('start-up', () => {
  it('the CLI imports no package but commander before a command needs it (zod, fast-glob, chalk, iconv-lite: on demand)', () => {
    // The launcher imports these two at once, after its error handlers are in place (a low `ulimit -n` fails there).
    const packages = staticPackages('bin/gov-report.js', 'dist/cli/io.js', 'dist/cli/runCli.js');
    // get-east-asian-width (display widths) too: loaded only to align text that is not ASCII.
    expect([...packages].sort()).toEqual(['commander']);
  });

  it('a worker thread loads the parser and nothing of the CLI', () => {
    expect([...staticPackages('dist/cli/pool.js')]).toEqual([]);
  });
});

/**
 * What a run really loads, static and on demand: the CLI run in a child process under
 * test/support/record-loads.mjs. A module that only some commands or some inputs need (zod for
 * `schema` and CSV, fast-glob for a glob, chalk for colour, iconv-lite for a file that is
 * neither UTF-8 nor GB18030 that Node's decoder reads the same, a reader of HTML, DOCX or PDF) is loaded with `await import()` (or, for CommonJS in
 * sync code, createRequire) where it is needed; the list below says what a one-file run may load.
 */
describe('what a run loads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-loads-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const UTF8 = resolve('fixtures/000_02e88f20f87b4541.txt');
  const require = createRequire(import.meta.url);

  /** The packages a node process loaded (by name), its own dist/ modules, and whether a worker thread started. */
  function loads(args: string[], env: Record<string, string> = {}): { packages: string[]; modules: string[]; workers: number; status: number | null; stderr: string } {
    const out = join(dir, `loads-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(out, '');
    // No colour unless the case asks for it (an empty FORCE_COLOR would force it).
    const { NO_COLOR: _no, FORCE_COLOR: _force, ...inherited } = process.env;
    const child = spawnSync(process.execPath, ['--import', resolve('test/support/record-loads.mjs'), ...args], {
      env: { ...inherited, ...env, GOV_REPORT_RECORD_LOADS: out },
      encoding: 'utf8',
    });
    // Nothing on stderr but a usage error's one line (exit status 2).
    if (child.status !== 2) expect(child.stderr).toBe('');
    const urls = readFileSync(out, 'utf8').split('\n').filter(Boolean);
    const packages = new Set<string>();
    for (const url of urls) {
      const m = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
      if (m) packages.add(m[1]!);
    }
    const dist = pathToFileURL(resolve('dist')).href;
    const modules = [...new Set(urls.filter((u) => u.startsWith(dist)).map((u) => u.slice(dist.length + 1)))].sort();
    return { packages: [...packages].sort(), modules, workers: urls.filter((u) => u === 'worker-thread').length, status: child.status, stderr: child.stderr };
  }

  /** `validate` of one UTF-8 file, recorded once: two tests read what it loads. */
  let validateRun: ReturnType<typeof loads> | undefined;
  const validateUtf8 = (): ReturnType<typeof loads> => (validateRun ??= loads(['bin/gov-report.js', 'validate', UTF8]));

  it('validate of one UTF-8 file, its output on a pipe: commander and the parser; no zod, fast-glob, chalk, iconv-lite, no worker thread', () => {
    const run = validateUtf8();
    expect(run.status).toBe(0);
    expect(run.packages).toEqual(['commander']);
    expect(run.workers).toBe(0);
    expect(run.modules).toContain('report.js');
    expect(run.modules).not.toContain('schema.js');
    expect(run.modules).not.toContain('output/csv.js');
  });

  it('--version, --help and a usage error load no command and no parser: each command is loaded when it runs', () => {
    for (const args of [['--version'], ['--help'], ['validate', '--max-warnings', 'lots', UTF8]]) {
      const run = loads(['bin/gov-report.js', ...args]);
      expect(run.status).toBe(args[0] === 'validate' ? 2 : 0);
      if (run.status === 2) expect(run.stderr).toMatch(/^gov-report: --max-warnings .*"lots"\n$/);
      expect(run.modules.filter((m) => m.startsWith('cli/commands/'))).toEqual([]);
      expect(run.modules).not.toContain('report.js');
      expect(run.modules).not.toContain('cli/batch.js');
    }
    // validate loads its own command, not the others'.
    const validate = validateUtf8().modules.filter((m) => m.startsWith('cli/commands/'));
    expect(validate).toEqual(['cli/commands/validate.js']);
  });

  it('each on demand when it is needed: iconv-lite for a GB18030 file Node reads otherwise, chalk for colour, zod for schema, fast-glob for a glob', () => {
    const reports = join(dir, 'reports');
    mkdirSync(reports);
    const gb = join(reports, 'one.gb18030.txt');
    const iconv = require('iconv-lite') as typeof import('iconv-lite');
    const text = readFileSync(UTF8, 'utf8');
    writeFileSync(gb, iconv.encode(text, 'gb18030'));
    // Well-formed GB18030 is read by Node's own decoder (src/decode/decode.ts, decodeGb18030) …
    expect(loads(['bin/gov-report.js', 'validate', gb]).packages).not.toContain('iconv-lite');
    // … and a file with a code the two decoders read otherwise (A6D9) by iconv-lite, as before.
    writeFileSync(gb, Buffer.concat([iconv.encode(text, 'gb18030'), Buffer.from([0xa6, 0xd9, 0x0a])]));
    expect(loads(['bin/gov-report.js', 'validate', gb]).packages).toContain('iconv-lite');
    expect(loads(['bin/gov-report.js', 'validate', UTF8], { FORCE_COLOR: '1' }).packages).toContain('chalk');
    expect(loads(['bin/gov-report.js', 'schema']).packages).toContain('zod');
    expect(loads(['bin/gov-report.js', 'validate', `${reports}/*.txt`]).packages).toContain('fast-glob');
  });

  it('the recorder sees a worker thread when one starts', () => {
    const run = loads(['--input-type=module', '-e', 'import { Worker } from "node:worker_threads"; new Worker("0", { eval: true });']);
    expect(run.workers).toBe(1);
  });
});

describe('the command line is a function', () => {
  it('importing it runs nothing: no process handlers, no stdout listener', async () => {
    const count = () => [
      process.listenerCount('uncaughtException'),
      process.listenerCount('unhandledRejection'),
      process.stdout.listenerCount('error'),
    ];
    const before = count();
    const { runCli } = (await import(pathToFileURL(resolve('dist/cli/runCli.js')).href)) as typeof import('../src/cli/runCli.js');
    expect(typeof runCli).toBe('function');
    expect(count()).toEqual(before);
  });

  it('reads nothing from `process` but in processIo() (src/cli/io.ts), which the launcher calls', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
    const readers = [...files('src/cli'), ...files('src/output')].flatMap((file) => {
      // Code only: comments may name process.argv and the like.
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      return [...code.matchAll(/\bprocess\.\w+/g)].map((m) => `${file}: ${m[0]}`);
    });
    expect(readers).toEqual([
      'src/cli/io.ts: process.stdin',
      'src/cli/io.ts: process.stdout',
      'src/cli/io.ts: process.stderr',
      'src/cli/io.ts: process.env',
      'src/cli/io.ts: process.cwd',
      'src/cli/io.ts: process.platform',
    ]);
  });
});
