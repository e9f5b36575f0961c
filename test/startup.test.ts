import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

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
  it('the CLI loads neither zod (the schema) nor fast-glob (globs) until a command needs them', () => {
    // The launcher imports these two at once, after its error handlers are in place (a low `ulimit -n` fails there).
    const packages = staticPackages('bin/gov-report.js', 'dist/cli/io.js', 'dist/cli/runCli.js');
    expect([...packages].sort()).toEqual(['chalk', 'commander', 'iconv-lite']);
  });

  it('a worker thread loads the parser and nothing of the CLI', () => {
    expect([...staticPackages('dist/cli/pool.js')]).toEqual(['iconv-lite']);
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
