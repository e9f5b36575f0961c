import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The packages `gov-report parse` loads before it reads a file: every start-up (the CLI, each
 * worker thread) pays for them. The built graph is walked (`npm test` builds first), following
 * static imports only; `await import(…)` is a load on demand.
 */
function staticPackages(entry: string): Set<string> {
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
  walk(resolve(entry));
  return packages;
}

describe('start-up', () => {
  it('the CLI loads neither zod (the schema) nor fast-glob (globs) until a command needs them', () => {
    const packages = staticPackages('bin/gov-report.js');
    expect([...packages].sort()).toEqual(['chalk', 'commander', 'iconv-lite']);
  });

  it('a worker thread loads the parser and nothing of the CLI', () => {
    expect([...staticPackages('dist/cli/pool.js')]).toEqual(['iconv-lite']);
  });
});
