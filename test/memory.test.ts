/**
 * Memory stays flat over a batch: nothing a parse remembers for the next one (the caches of
 * labels and NFKC keys) may keep a long text. A child process with --expose-gc parses 200 reports,
 * each with a different 50,000-character label (a table a crawler ran into one cell), and reports
 * the heap left after a full collection. Runs the built code (dist/), as a worker would.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

const script = `
const { readFileSync } = await import('node:fs');
const { parseReport } = await import(${JSON.stringify(`${root}dist/index.js`)});
const base = readFileSync(${JSON.stringify(`${root}fixtures/000_02e88f20f87b4541.renumbered.txt`)}, 'utf8');
const at = base.indexOf('予以公开');
for (let k = 0; k < 200; k++) {
  const label = '其他'.repeat(25000) + k;
  parseReport(base.slice(0, at) + label + '予以公开\\t1\\t2\\t3\\t4\\t5\\t6\\t21\\n' + base.slice(at));
}
globalThis.gc();
process.stdout.write(String(process.memoryUsage().heapUsed));
`;

describe('memory over a batch', () => {
  it('keeps no long label in its caches (200 distinct 50,000-character labels leave < 30 MB of heap)', () => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const heapMB = Number(r.stdout) / 2 ** 20;
    expect(heapMB).toBeGreaterThan(0);
    expect(heapMB).toBeLessThan(30); // ~8 MB; keeping the labels: ~45 MB
  }, 60_000);
});
