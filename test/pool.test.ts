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

type Output = 'json' | 'report' | 'source';
/** Each file's serial result (parseInParallel with no workers), by output mode: a file is parsed once for all the tests. */
const serialOf = new Map<string, Promise<string>>();
/**
 * What parsing `files` serially gives, in their order: each file's result as parseInParallel
 * gives it on the main thread. A file depends on nothing but itself, so a result is kept and
 * reused by every test that lists the file (most list the same fixtures), not parsed again.
 */
async function serially(files: Iterable<string> | AsyncIterable<string>, output: Output = 'json'): Promise<string[]> {
  const out: string[] = [];
  for await (const file of files) {
    const key = `${output}\0${file}`;
    let result = serialOf.get(key);
    if (!result) serialOf.set(key, (result = collect(parseInParallel([file], { workers: 0, output })).then((one) => one[0]!)));
    out.push(await result);
  }
  return out;
}

describe('parseInParallel', () => {
  it('takes the global DecompressionStream away where it runs: pdfjs then inflates a PDF\'s streams itself, the same bytes in about half the time', () => {
    // This module loaded dist/cli/pool.js above, in this thread; the equality tests below show
    // that PDFs read the same on the main thread (serially) and on workers.
    expect(Reflect.has(globalThis, 'DecompressionStream')).toBe(false);
  });

  const scratch = mkdtempSync(join(tmpdir(), 'gov-report-pool-'));
  const pdf = join(scratch, 'a.pdf.txt');
  writeFileSync(pdf, '%PDF-1.4\n');
  // A PDF named otherwise goes to the text lane, and is read all the same.
  const pdfAsText = join(scratch, 'b.txt');
  copyFileSync(join(root, 'fixtures/documents/2019-cells.pdf'), pdfAsText);
  const documents = ['2019-tabs.html', '2019-tabs.docx', '2019-cells.pdf', '2019-tabs.off.pdf'].map((f) => join(root, 'fixtures/documents', f));
  // Every kind of result (a report of each format, a missing file, a damaged one) among the text
  // reports, the slow ones (PDFs, the Word file) spread out, so that workers finish out of order.
  const third = Math.ceil(fixtureFiles.length / 3);
  const files = [
    ...fixtureFiles.slice(0, third),
    documents[3]!,
    join(scratch, 'missing.txt'),
    documents[0]!,
    ...fixtureFiles.slice(third, 2 * third),
    documents[2]!,
    pdf,
    ...fixtureFiles.slice(2 * third),
    documents[1]!,
  ];

  it('yields the same results in the same order on 2 workers (one lane: PDFs from the start) as serially', async () => {
    const serial = await serially([...files, pdfAsText]);
    const parallel = await collect(parseInParallel([...files, pdfAsText], { workers: 2, threshold: 0, perWorker: 3, maxOutstanding: 5 }));
    expect(serial).toHaveLength(files.length + 1);
    expect(parallel).toEqual(serial);
    expect(serial.filter((r) => r.includes('"code":"unreadable"'))).toHaveLength(1);
    expect(serial.filter((r) => r.includes('"code":"damaged-file"'))).toHaveLength(1);
    for (const type of ['html', 'docx', 'pdf']) expect(serial.some((r) => r.includes(`\\"type\\":\\"${type}\\"`)), type).toBe(true);
    expect(JSON.parse(JSON.parse(serial.at(-1)!).json).source.type).toBe('pdf');
  }, 120_000); // ~70 files twice, 3 of them PDFs

  it('yields the same with a PDF lane of its own, for PDFs that come once the text lane runs', async () => {
    // Read ahead, the first `threshold` files hold no PDF: the text lane starts, and the PDFs that
    // come later get workers of their own.
    async function* listed(): AsyncGenerator<string> {
      yield* fixtureFiles.slice(0, 20);
      yield* [documents[2]!, ...fixtureFiles.slice(20, 30), documents[3]!, pdfAsText, documents[0]!];
    }
    const serial = await serially(listed());
    const parallel = await collect(parseInParallel(listed(), { workers: 2, threshold: 8, perWorker: 3, maxOutstanding: 5 }));
    expect(parallel).toEqual(serial);
    expect(serial.filter((r) => r.includes('\\"type\\":\\"pdf\\"'))).toHaveLength(3);
  }, 120_000);

  it('in source mode, hands out each report with the lines of its text: the file\'s, or what a reader extracted', async () => {
    // A text file and one document of each reader (a second PDF would only start a second PDF worker).
    const some = [fixtureFiles[0]!, ...documents.slice(0, 3)];
    const serial = await serially(some, 'source');
    const parallel = await collect(parseInParallel(some, { workers: 2, threshold: 0, output: 'source' }));
    expect(parallel).toEqual(serial);
    const [text, ...docs] = serial.map((r) => JSON.parse(r));
    expect(text.lines).toEqual(readFileSync(fixtureFiles[0]!, 'utf8').split(/\r?\n/));
    expect(text).not.toHaveProperty('diagnosticLines');
    for (const doc of docs) {
      expect(doc.lines.join('\n')).toContain('本年新收政府信息公开申请数量');
      expect(doc.diagnosticLines).toHaveLength(doc.report.diagnostics.length);
    }
  }, 60_000);

  it('hands out report objects equal to the serial ones in report mode', async () => {
    const some = fixtureFiles.slice(0, 12);
    const serial = await serially(some, 'report');
    const parallel = await collect(parseInParallel(some, { workers: 2, threshold: 0, output: 'report' }));
    expect(parallel).toEqual(serial);
  });

  it('parses a file too big for a worker\'s heap on the main thread, in its place', async () => {
    // ~4 MB of table rows: far more heap than a 16 MB worker has (measured: half as many rows
    // already kill it; a quarter do not), a second or two on the main thread.
    const big = join(scratch, 'big.txt');
    const text = readFileSync(fixtureFiles.find((f) => f.endsWith('.renumbered.txt'))!, 'utf8');
    writeFileSync(big, text + '\n' + '（一）予以公开\t1\t2\t3\t4\t5\t6\t21\n'.repeat(100_000));
    const some = [...fixtureFiles.slice(0, 6), big, ...fixtureFiles.slice(6, 12)];
    const serial = await serially(some);
    const parallel = await collect(parseInParallel(some, { workers: 2, threshold: 0, workerHeapMb: 16 }));
    expect(parallel).toEqual(serial);
    expect(serial[6]).toMatch(/^\{"file":"[^"]*big\.txt","json":/); // a report, ~4 MB of JSON
    expect(serial[6]!.length).toBeGreaterThan(3_000_000);
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
  // 200 reports and a binary file: the smallest batch that reaches the pool's threshold (200 files).
  for (let i = 0; i < 200; i++) {
    const f = sources[i % sources.length]!;
    copyFileSync(f, join(dir, `${String(i).padStart(3, '0')}-${f.split('/').at(-1)}`));
  }
  writeFileSync(join(dir, '999-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 255, 0, 7]));

  it('prints byte-identical ndjson and stderr with 2 workers and serially, over a batch past the threshold', async () => {
    const serial = await cli(['parse', '--ndjson', '--jobs', '0', dir]);
    const parallel = await cli(['parse', '--ndjson', '--jobs', '2', dir]);
    expect(serial.status).toBe(2); // the binary file
    expect(parallel.status).toBe(2);
    expect(serial.stdout.split('\n').filter(Boolean)).toHaveLength(200);
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
