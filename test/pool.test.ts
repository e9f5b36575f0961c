/**
 * Parallel parsing (src/cli/pool.ts) gives byte for byte what serial parsing gives, in the same
 * order, problems included — through the pool directly and through `gov-report parse`.
 * Runs the built code (dist/): worker threads load compiled JavaScript.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './support/cli.js';

const root = new URL('..', import.meta.url).pathname;
const { parseInParallel } = (await import(join(root, 'dist/cli/pool.js'))) as typeof import('../src/cli/pool.js');

const fixtureFiles = ['fixtures', 'fixtures/variants', 'fixtures/2019', 'fixtures/runtogether', 'fixtures/faults']
  .flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.txt')).map((f) => join(root, dir, f)))
  .sort();

async function collect(results: AsyncIterable<unknown>): Promise<string[]> {
  const out: string[] = [];
  for await (const r of results) out.push(JSON.stringify(r));
  return out;
}

describe('parseInParallel', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'gov-report-pool-'));
  const pdf = join(scratch, 'a.pdf.txt');
  writeFileSync(pdf, '%PDF-1.4\n');
  // Every kind of result, repeated so that workers finish out of order.
  const files = Array.from({ length: 3 }, () => [...fixtureFiles, join(scratch, 'missing.txt'), pdf]).flat();

  it('yields the same results in the same order on 2 workers as serially', async () => {
    const serial = await collect(parseInParallel(files, { workers: 0 }));
    const parallel = await collect(parseInParallel(files, { workers: 2, threshold: 0, perWorker: 3, maxOutstanding: 5 }));
    expect(serial).toHaveLength(files.length);
    expect(parallel).toEqual(serial);
    expect(serial.filter((r) => r.includes('"code":"unreadable"'))).toHaveLength(3);
    expect(serial.filter((r) => r.includes('"code":"not-text"'))).toHaveLength(3);
  });

  it('hands out report objects equal to the serial ones in report mode', async () => {
    const some = fixtureFiles.slice(0, 12);
    const serial = await collect(parseInParallel(some, { workers: 0, output: 'report' }));
    const parallel = await collect(parseInParallel(some, { workers: 2, threshold: 0, output: 'report' }));
    expect(parallel).toEqual(serial);
  });

  it('parses a file too big for a worker\'s heap on the main thread, in its place', async () => {
    // ~10 MB of table rows: far more heap than a 16 MB worker has, a second or two on the main thread.
    const big = join(scratch, 'big.txt');
    const text = readFileSync(fixtureFiles.find((f) => f.endsWith('.renumbered.txt'))!, 'utf8');
    writeFileSync(big, text + '\n' + '（一）予以公开\t1\t2\t3\t4\t5\t6\t21\n'.repeat(250_000));
    const some = [...fixtureFiles.slice(0, 6), big, ...fixtureFiles.slice(6, 12)];
    const serial = await collect(parseInParallel(some, { workers: 0 }));
    const parallel = await collect(parseInParallel(some, { workers: 2, threshold: 0, workerHeapMb: 16 }));
    expect(parallel).toEqual(serial);
    expect(serial[6]).toMatch(/^\{"file":"[^"]*big\.txt","json":/); // a report, ~10 MB of JSON
    expect(serial[6]!.length).toBeGreaterThan(5_000_000);
  }, 60_000);

  it('stops its workers when the consumer stops early', async () => {
    let seen = 0;
    for await (const _ of parseInParallel(files, { workers: 2, threshold: 0 })) if (++seen === 4) break;
    expect(seen).toBe(4);
  });
});

describe('gov-report parse --jobs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-jobs-'));
  const sources = fixtureFiles.filter((f) => !f.includes('/faults/'));
  for (let i = 0; i < 240; i++) {
    const f = sources[i % sources.length]!;
    copyFileSync(f, join(dir, `${String(i).padStart(3, '0')}-${f.split('/').at(-1)}`));
  }
  writeFileSync(join(dir, '999-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 255, 0, 7]));

  it('prints byte-identical ndjson and stderr with 2 workers and serially, over a batch past the threshold', async () => {
    const serial = await cli(['parse', '--ndjson', '--jobs', '0', dir]);
    const parallel = await cli(['parse', '--ndjson', '--jobs', '2', dir]);
    expect(serial.status).toBe(2); // the binary file
    expect(parallel.status).toBe(2);
    expect(serial.stdout.split('\n').filter(Boolean)).toHaveLength(240);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(parallel.stderr).toBe(serial.stderr);
  });

  it('stops the workers and ends with the status so far when stdout closes mid-batch', async () => {
    const r = await cli(['parse', '--ndjson', '--jobs', '2', dir], { stdoutClosesAfter: 50_000 });
    expect(r.status).toBe(0); // the binary file, last, was never reached
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').length).toBeLessThan(100);
  });
});
