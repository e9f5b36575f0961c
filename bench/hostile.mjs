#!/usr/bin/env node
/**
 * Hostile input, measured (issue 15); run by `npm run bench` after the corpus (skip: --no-hostile),
 * or alone: `npm run build && node bench/hostile.mjs [--json]`.
 *
 *   long lines   parseReport of one line of `本年新收政府信息公开申请数量 1 2 3 ` repeated, 1, 4 and
 *                8 MB, with no size bound (maxBytes: Infinity): the time must grow linearly
 *                (ms/MB about constant; it was quadratic: 1 MB 1.7 s, 8 MB 65 s); and one line of
 *                prose in part 一, `本年度收到政府信息公开申请 12 件，` repeated (the text-table check
 *                looks back over each sentence: it was quadratic, 0.4 MB 80 s); and a pdftotext print of a
 *                report read in the wrong encoding (no heading found, every table looking at all of
 *                the text) followed by lines of `1` (each of its digit breaks read the text again,
 *                and pairing went over every line for each row: 0.26 MB 65 s); and table markup
 *                in a text (thousands of `<table>`s never closed, each looked for its close to the
 *                text's end: 20,000 of them 12 s; then grid table rows); and grid tables' borders
 *                line after line (`borders`: each looked over the lines after it, 1 MB 155 s); and
 *                part 二's column header and a number again and again after labels printed first
 *                (`headers`: each run copied the runs before it, 0.56 MB 46 s);
 *   batch        `gov-report parse --ndjson` of a folder mixing good reports with the worst
 *                inputs under the default bounds (15 MB of one-digit lines, of `1\t`, one 15 MB line
 *                of labels and values, 15 MB of random bytes, a 17 MB file, a link loop) and
 *                /dev/zero: wall time, peak RSS (target < 500 MB), exit status, stderr lines. Run
 *                twice: on the worker pool with the default --jobs (GOOD_COPIES good reports, so
 *                that the batch is past the pool's threshold of 200 files and workers start), and
 *                serially (--jobs 0).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const MB = 1024 * 1024;
const LONG_UNIT = '本年新收政府信息公开申请数量 1 2 3 ';
const PROSE_UNIT = '本年度收到政府信息公开申请 12 件，';
const GOOD = ['000_02e88f20f87b4541.txt', '002_4a61cbdbb397b0fd.renumbered.txt', '003_6a46581b0013c0e7.renumbered.txt'];

/** A UTF-8 report read as GB18030 (as a byte that is no UTF-8 makes the decoder do): no heading found. */
const GARBLED = iconv.decode(readFileSync(join(ROOT, 'fixtures/damaged/pdftotext/01-003-bordered.plain.txt')), 'gb18030');

/** `unit` repeated to about `bytes` bytes of UTF-8. */
const repeatTo = (unit, bytes) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));

async function longLines() {
  const { parseReport } = await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);
  const rows = [];
  const cases = [
    ['table', [1, 4, 8], (mb) => `2024年度政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n${repeatTo(LONG_UNIT, mb * MB)}\n`],
    ['prose', [1, 4, 8], (mb) => `2024年度政府信息公开工作年度报告\n一、总体情况\n${repeatTo(PROSE_UNIT, mb * MB)}\n三、收到和处理政府信息公开申请情况\n`],
    // Millions of lines, each a token line the tables go over: smaller sizes.
    ['ones', [0.25, 1, 2], (mb) => `${GARBLED}\n${repeatTo('1\n', mb * MB)}`],
    // Table markup in a text (src/readers/embedded.ts): stray `<table>`s never closed, then grid
    // tables row after row, each row a border and a line of cells.
    ['markup', [1, 4], (mb) => `2024年度政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n${repeatTo('<table>\n', mb * MB * 0.25)}${repeatTo('+----+----+\n| 规章 | 1 |\n', mb * MB * 0.75)}`],
    // Grid tables' top borders line after line, each one looking over all the lines after it until
    // the 2026-12-05 fix (a quarter MB of `+--+--+` 12 s, 1 MB 155 s); then text-browser tables
    // whose rows print different numbers of cells (not read, left as printed).
    ['borders', [1, 4], (mb) => `2024年度政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n${repeatTo('+--+--+\n┌──┬──┐\n', mb * MB * 0.5)}${repeatTo('├──┼──┤\n│ 规章 │ 1 │\n│ 规章 │\n', mb * MB * 0.5)}`],
    // Part 二's column header and a number, again and again, after two labels printed first: each
    // run under the header was added to a copy of the runs before it (pairing's headedRuns, before
    // the 2026-12-06 fix: 0.56 MB 46 s).
    ['headers', [0.5, 2], (mb) => `二、主动公开政府信息情况\n第二十条第（五）项\n行政许可\n行政处罚\n${repeatTo('本年处理决定数量\n5\n', mb * MB)}三、收到和处理政府信息公开申请情况\n`],
  ];
  for (const [kind, sizes, make] of cases) {
    for (const mb of sizes) {
      const text = make(mb);
      const t0 = performance.now();
      parseReport(text, { maxBytes: Infinity });
      const ms = performance.now() - t0;
      rows.push({ kind, mb, ms: Math.round(ms), msPerMB: Math.round(ms / mb) });
    }
  }
  return rows;
}

/** Good reports in the batch: past the pool's threshold (200 files), so that the default --jobs starts workers. */
const GOOD_COPIES = 240;

export function batch(jobs) {
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-hostile-bench-'));
  try {
    for (let i = 0; i < GOOD_COPIES; i++) {
      const name = GOOD[i % GOOD.length];
      copyFileSync(join(ROOT, 'fixtures', name), join(dir, `good-${String(i).padStart(3, '0')}-${name}`));
    }
    const head = '2024年度政府信息公开工作年度报告\n';
    writeFileSync(join(dir, 'digit-lines.txt'), head + repeatTo('1\n', 15 * MB));
    writeFileSync(join(dir, 'digit-tabs.txt'), head + repeatTo('1\t', 15 * MB));
    writeFileSync(join(dir, 'long-line.txt'), head + repeatTo(LONG_UNIT, 15 * MB));
    writeFileSync(join(dir, 'too-large.txt'), repeatTo('本机关持续推进政府信息公开工作。\n', 17 * MB));
    const random = Buffer.alloc(15 * MB);
    let seed = 7;
    for (let i = 0; i < random.length; i++) random[i] = (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff;
    writeFileSync(join(dir, 'random.txt'), random);
    mkdirSync(join(dir, 'loop'));
    symlinkSync('.', join(dir, 'loop', 'self'));
    symlinkSync('..', join(dir, 'loop', 'up'));
    const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v'] : [];
    const argv = [...time, process.execPath, join(ROOT, 'bin', 'gov-report.js'), 'parse', dir, '/dev/zero', '--ndjson', ...(jobs === undefined ? [] : ['--jobs', String(jobs)])];
    const t0 = performance.now();
    const r = spawnSync(argv[0], argv.slice(1), { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * MB });
    const wallMs = Math.round(performance.now() - t0);
    const [lines, timed] = r.stderr.split(/\n\tCommand being timed:/);
    const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(timed ?? '')?.[1];
    return {
      jobs: jobs ?? 'default',
      wallMs,
      peakRssMB: peak === undefined ? null : Math.round(Number(peak) / 1024),
      exit: r.status,
      reports: r.stdout.trimEnd().split('\n').filter(Boolean).length,
      stderr: lines.trimEnd().split('\n').filter((l) => !l.startsWith('Command exited')).map((l) => (l.length > 140 ? `${l.slice(0, 140)}…` : l)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function hostileBench() {
  return { longLines: await longLines(), batch: [batch(undefined), batch(0)] };
}

export function printHostile(result) {
  const out = ['hostile input (issue 15)', '  one long line (a table row of labels and values; prose in part 一), and lines of 1 after a report read in the wrong encoding, no bound:'];
  for (const r of result.longLines) out.push(`    ${r.kind.padEnd(5)} ${String(r.mb).padStart(2)} MB  ${String(r.ms).padStart(6)} ms  ${r.msPerMB} ms/MB`);
  for (const b of result.batch) {
    out.push(
      `  batch of ${GOOD_COPIES} good reports + 5 hostile files + a link loop + /dev/zero, default bounds, --jobs ${b.jobs}:`,
      `    ${b.wallMs} ms, peak RSS ${b.peakRssMB ?? '?'} MB (target < 500), exit ${b.exit}, ${b.reports} reports, ${b.stderr.length} stderr lines:`,
      ...b.stderr.map((l) => `      ${l}`),
    );
  }
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await hostileBench();
  process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify(result, null, 2)}\n` : `${printHostile(result)}\n`);
}
