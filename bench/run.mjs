#!/usr/bin/env node
/**
 * npm run bench  (= npm run build && node bench/run.mjs)
 *
 * Builds a corpus of N reports (bench/corpus.mjs: the fixtures renumbered and re-laid-out, UTF-8
 * and GB18030), then measures, each in a fresh Node process:
 *
 *   floor       list the folder, read every file and decode it (decode() from dist/decode), in
 *               one process: the least any parser of these files has to do;
 *   cli         `node bin/gov-report.js parse --ndjson DIR > /dev/null`: wall time from spawn to
 *               exit (Node start-up included), peak RSS (/usr/bin/time -v, or VmHWM polled from
 *               /proc), CPU time;
 *   in-process  read → parseReport → JSON.stringify per file, each stage timed: where the time goes.
 *
 * and prints reports/s, MB/s, peak RSS and the ratio cli / floor against the targets of issue 8.
 *
 * Options:
 *   --n N[,N…]    reports in the corpus (default 5000); several sizes run one after the other
 *   --out DIR     build the corpus in DIR (default: a fresh temp dir). A DIR that holds the
 *                 same corpus (manifest.json: N, seed) is reused, and a DIR that existed before
 *                 the run is never removed; e.g. --out bench/corpus (git-ignored)
 *   --keep        keep the corpus the run created (default: removed at the end)
 *   --seed S      PRNG seed (default 20261122)
 *   --repeat R    runs of each measurement; the fastest is reported (default 1; floor runs 3×)
 *   --verify      also check that the CLI prints one line per file, in input order, each equal
 *                 to JSON.stringify(parseReport(bytes)) (not timed)
 *   --jobs W[,W…] also measure `parse --ndjson --jobs W` (0 = one thread; default 0, beside the
 *                 `cli` run, which uses the default: a worker per core); with --verify, checks
 *                 that the serial and parallel output are byte-identical
 *   --dist DIR    the library build for floor and in-process (default dist/), e.g. a
 *                 candidate change built elsewhere; the CLI always runs this repo's bin/ + dist/
 *   --no-cli / --no-inproc   skip a measurement
 *   --no-hostile  skip bench/hostile.mjs (issue 15: a long line of labels and values at 1, 4 and
 *                 8 MB, linear; a batch of the worst inputs under the default bounds, peak RSS)
 *   --json        print one JSON object instead of the table
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { isDeepStrictEqual } from 'node:util';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const CLI_MAIN = join(ROOT, 'dist', 'cli', 'runCli.js');
/** The library build that floor, in-process and pool use (`--dist`, passed on to the children in GOV_REPORT_BENCH_DIST). */
const DIST = () => resolve(process.env.GOV_REPORT_BENCH_DIST ?? join(ROOT, 'dist'));
const BIN = join(ROOT, 'bin', 'gov-report.js');
const TARGETS = { ratio: 2, reportsPerSecond: 2000, peakRssMB: 200 };

function parseArgs(argv) {
  const o = { n: [5000], out: null, keep: false, seed: 20261122, repeat: 1, verify: false, cli: true, inproc: true, hostile: true, pool: [0], json: false, child: null, dir: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--n') o.n = next().split(',').map((x) => Number(x.replace(/[_k]/g, (m) => (m === 'k' ? '000' : ''))));
    else if (a === '--out') o.out = resolve(next());
    else if (a === '--keep') o.keep = true;
    else if (a === '--seed') o.seed = Number(next());
    else if (a === '--repeat') o.repeat = Number(next());
    else if (a === '--verify') o.verify = true;
    else if (a === '--no-cli') o.cli = false;
    else if (a === '--no-inproc') o.inproc = false;
    else if (a === '--no-hostile') o.hostile = false;
    else if (a === '--json') o.json = true;
    else if (a === '--child') o.child = next();
    else if (a === '--dir') o.dir = next();
    else if (a === '--dist') process.env.GOV_REPORT_BENCH_DIST = resolve(next());
    else if (a === '--jobs') o.pool = next().split(',').map(Number);
    else if (a === '-h' || a === '--help') usage();
    else usage(`unknown option ${a}`);
  }
  if (o.n.some((n) => !Number.isInteger(n) || n < 1)) usage('--n must be a positive integer');
  if (o.out && o.n.length > 1) usage('--out takes one --n');
  return o;
}

function usage(message) {
  const text = readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1, 30).filter((l) => l.startsWith(' *')).map((l) => l.slice(3)).join('\n');
  if (message) process.stderr.write(`bench: ${message}\n\n`);
  process.stderr.write(`${text}\n`);
  process.exit(message ? 2 : 0);
}

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const now = () => process.hrtime.bigint();

// ── Children: each measurement in its own process ───────────────────────────────────────────

/**
 * The floor, two ways, each the fastest of ≥ 3 runs: fs.promises.readFile one file after the
 * other (as the issue words it), and readFileSync. The floor is the faster of the two.
 */
async function childFloor(dir, repeat) {
  const { listCorpus } = await import('./corpus.mjs');
  const { decode, isNotText } = await import(join(DIST(), 'decode', 'decode.js'));
  let bytes = 0;
  let chars = 0;
  let notText = 0;
  const variant = async (method) => {
    const runs = [];
    for (let r = 0; r < Math.max(3, repeat); r++) {
      bytes = 0;
      chars = 0;
      notText = 0;
      const cpu0 = process.cpuUsage();
      let t0 = now();
      const files = listCorpus(dir);
      const listMs = ms(t0);
      t0 = now();
      let readMs = 0;
      for (const f of files) {
        const t1 = now();
        const buf = method === 'readFileSync' ? readFileSync(f) : await readFile(f);
        readMs += ms(t1);
        const d = decode(buf);
        bytes += buf.length;
        if (isNotText(d)) notText++;
        else chars += d.text.length;
      }
      const totalMs = listMs + ms(t0);
      const cpu = process.cpuUsage(cpu0);
      runs.push({ method, files: files.length, listMs, readMs, decodeMs: totalMs - listMs - readMs, totalMs, cpuMs: (cpu.user + cpu.system) / 1000 });
    }
    const best = runs.reduce((a, b) => (b.totalMs < a.totalMs ? b : a));
    return { ...best, runs: runs.map((r) => Math.round(r.totalMs)) };
  };
  const promises = await variant('fs.promises.readFile');
  const sync = await variant('readFileSync');
  const best = sync.totalMs < promises.totalMs ? sync : promises;
  return { ...best, bytes, chars, notText, variants: { promises, sync }, peakRssMB: process.resourceUsage().maxRSS / 1024 };
}

async function childInproc(dir, repeat) {
  const { listCorpus } = await import('./corpus.mjs');
  const { parseReport } = await import(join(DIST(), 'index.js'));
  const { decode } = await import(join(DIST(), 'decode', 'decode.js'));
  const runs = [];
  for (let r = 0; r < repeat; r++) {
    const files = listCorpus(dir);
    let readMs = 0;
    let decodeMs = 0;
    let parseMs = 0;
    let stringifyMs = 0;
    let jsonBytes = 0;
    let diagnostics = 0;
    let errors = 0;
    const cpu0 = process.cpuUsage();
    const t0 = now();
    for (const f of files) {
      let t = now();
      const buf = await readFile(f);
      readMs += ms(t);
      t = now();
      decode(buf);
      decodeMs += ms(t);
      t = now();
      const report = parseReport(buf, { file: f });
      parseMs += ms(t);
      t = now();
      const json = JSON.stringify(report);
      stringifyMs += ms(t);
      jsonBytes += json.length;
      diagnostics += report.diagnostics.length;
      errors += report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
    }
    const totalMs = ms(t0) - decodeMs; // the separate decode() is for the breakdown only
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000 - decodeMs;
    runs.push({ files: files.length, readMs, decodeMs, parseMs, stringifyMs, totalMs, cpuMs, jsonBytes, diagnostics, reportsWithErrors: errors });
  }
  const best = runs.reduce((a, b) => (b.totalMs < a.totalMs ? b : a));
  return { ...best, runs: runs.map((r) => Math.round(r.totalMs)), peakRssMB: process.resourceUsage().maxRSS / 1024, heapUsedMB: process.memoryUsage().heapUsed / 2 ** 20 };
}

function runChild(kind, dir, repeat) {
  const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', kind, '--dir', dir, '--repeat', String(repeat)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`bench child ${kind} failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

// ── The CLI as a child process ──────────────────────────────────────────────────────────────

const TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0 ? '/usr/bin/time' : null;

/** Run `node bin/gov-report.js …args` with stdout to `stdoutPath`; wall time, peak RSS, CPU time. */
const measureCli = (args, stdoutPath = '/dev/null') => measureProcess([process.execPath, BIN, ...args], stdoutPath);

/** Run a command with stdout to `stdoutPath`; wall time, peak RSS, CPU time (all threads). */
function measureProcess(argv, stdoutPath = '/dev/null') {
  return new Promise((resolvePromise, reject) => {
    const out = openSync(stdoutPath, 'w');
    const t0 = now();
    const child = TIME ? spawn(TIME, ['-v', ...argv], { stdio: ['ignore', out, 'pipe'], cwd: ROOT }) : spawn(argv[0], argv.slice(1), { stdio: ['ignore', out, 'pipe'], cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Without /usr/bin/time: poll the child's VmHWM (its peak RSS) and CPU ticks from /proc.
    let hwmKB = 0;
    let ticks = 0;
    const poll = TIME
      ? null
      : setInterval(() => {
          try {
            const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
            hwmKB = Math.max(hwmKB, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
            const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
            ticks = Number(stat[11]) + Number(stat[12]);
          } catch {
            /* exited */
          }
        }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = ms(t0);
      if (poll) clearInterval(poll);
      closeSync(out);
      let peakRssMB = hwmKB / 1024;
      let cpuMs = (ticks * 1000) / 100;
      let exit = code;
      if (TIME) {
        const grab = (re) => Number(re.exec(stderr)?.[1] ?? NaN);
        peakRssMB = grab(/Maximum resident set size \(kbytes\): (\d+)/) / 1024;
        cpuMs = (grab(/User time \(seconds\): ([\d.]+)/) + grab(/System time \(seconds\): ([\d.]+)/)) * 1000;
        const status = grab(/Exit status: (\d+)/);
        if (Number.isFinite(status)) exit = status;
        stderr = stderr.split(/\n\tCommand being timed:/)[0];
      }
      resolvePromise({ wallMs, peakRssMB, cpuMs, exit, stderr: stderr.trim().split('\n').slice(-5).join('\n'), rssBy: TIME ? '/usr/bin/time -v' : '/proc VmHWM polling' });
    });
  });
}

async function cli(dir, files, repeat) {
  const one = await measureCli(['parse', files[0]]);
  const runs = [];
  for (let r = 0; r < repeat; r++) runs.push(await measureCli(['parse', '--ndjson', dir]));
  const best = runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  return { ...best, startupMs: one.wallMs, runs: runs.map((r) => Math.round(r.wallMs)), peakRssMB: Math.max(...runs.map((r) => r.peakRssMB)) };
}

/** The CLI's --ndjson output: one line per file, in input order, equal to the library's report. */
async function verify(dir, files) {
  const { parseReport } = await import(join(DIST(), 'index.js'));
  const outPath = join(tmpdir(), `gov-report-bench-verify-${process.pid}.ndjson`);
  const run = await measureCli(['parse', '--ndjson', dir], outPath);
  const problems = [];
  let i = 0;
  let identical = 0;
  const rl = createInterface({ input: createReadStream(outPath, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    const file = files[i];
    if (file === undefined) {
      problems.push(`extra line ${i + 1}`);
      break;
    }
    const got = JSON.parse(line);
    const expected = parseReport(readFileSync(file), { file: got.source?.file ?? file });
    const json = JSON.stringify(expected);
    if (line === json) identical++;
    else if (!isDeepStrictEqual(got, JSON.parse(json))) problems.push(`line ${i + 1} (${file}) differs from parseReport`);
    if (got.source?.file !== undefined && resolve(ROOT, got.source.file) !== file) problems.push(`line ${i + 1} is ${got.source.file}, expected ${file} (order)`);
    if (problems.length > 5) break;
    i++;
  }
  rm(outPath);
  if (i < files.length && problems.length === 0) problems.push(`${files.length - i} file(s) missing from the output`);
  return { lines: i, files: files.length, byteIdenticalToJsonStringify: identical, exit: run.exit, problems };
}

const rm = (p) => rmSync(p, { recursive: true, force: true });

/**
 * Read every file once, untimed, right before a measurement: all of them measure warm reads.
 * (This VM reclaims page cache that has been idle ~30 s — DAMON `pageout` — so without it the
 * first measurement after a pause reads from disk at ~250 µs a file instead of ~20 µs.)
 */
function warm(files) {
  for (const f of files) readFileSync(f);
}

// ── The CLI with a given number of worker threads (--jobs) ─────────────────────────────────

async function pool(dir, workers, repeat) {
  const runs = [];
  for (let r = 0; r < repeat; r++) runs.push(await measureCli(['parse', '--ndjson', '--jobs', String(workers), dir]));
  const best = runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  return { workers, ...best, runs: runs.map((r) => Math.round(r.wallMs)), peakRssMB: Math.max(...runs.map((r) => r.peakRssMB)) };
}

/** `--jobs 0` and `--jobs W` output, byte for byte, and against JSON.stringify(parseReport). */
async function verifyPool(dir, files, workers) {
  const { parseReport } = await import(join(DIST(), 'index.js'));
  const outs = [];
  for (const w of [0, workers]) {
    const path = join(tmpdir(), `gov-report-bench-pool-${process.pid}-${w}.ndjson`);
    await measureCli(['parse', '--ndjson', '--jobs', String(w), dir], path);
    outs.push(path);
  }
  const [a, b] = outs.map((p) => readFileSync(p));
  const identical = Buffer.compare(a, b) === 0;
  const lines = a.toString('utf8').split('\n');
  let sameAsLibrary = 0;
  files.forEach((f, i) => {
    const got = lines[i] ? JSON.parse(lines[i]) : null;
    if (got && lines[i] === JSON.stringify(parseReport(readFileSync(f), { file: got.source.file }))) sameAsLibrary++;
  });
  outs.forEach(rm);
  return { workers, serialBytes: a.length, parallelBytes: b.length, byteIdentical: identical, linesEqualToLibrary: sameAsLibrary, files: files.length };
}

// ── Report ─────────────────────────────────────────────────────────────────────────────────

const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }) : '—');
const s = (msv) => `${fmt(msv / 1000, 2)} s`;
const mark = (ok) => (ok ? 'ok ' : 'MISS');

function machine() {
  const model = /model name\s*:\s*(.+)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? cpus()[0]?.model ?? '?';
  const nproc = Number(spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()) || cpus().length;
  return { nproc, cpu: model.trim(), node: process.version, platform: `${process.platform} ${process.arch}` };
}

function summarise(result) {
  const { n, corpus, floor, inproc, cli: c } = result;
  const MB = corpus.bytes / 1e6;
  const rate = (msv) => ({ reportsPerSecond: (n / msv) * 1000, MBps: (MB / msv) * 1000 });
  const out = { floor: floor && { ...rate(floor.totalMs) } };
  if (inproc) out.inproc = { ...rate(inproc.totalMs), ratio: inproc.totalMs / floor.totalMs, cpuRatio: inproc.cpuMs / floor.cpuMs };
  if (c) {
    out.cli = {
      ...rate(c.wallMs),
      ratio: c.wallMs / floor.totalMs,
      ratioToPromisesFloor: floor.variants ? c.wallMs / floor.variants.promises.totalMs : null,
      cpuRatio: c.cpuMs / floor.cpuMs,
      cpuUtilisation: c.cpuMs / c.wallMs,
    };
    out.targets = {
      ratio: { target: `<= ${TARGETS.ratio}x floor`, value: out.cli.ratio, ok: out.cli.ratio <= TARGETS.ratio },
      reportsPerSecond: { target: `>= ${TARGETS.reportsPerSecond}`, value: out.cli.reportsPerSecond, ok: out.cli.reportsPerSecond >= TARGETS.reportsPerSecond },
      peakRssMB: { target: `< ${TARGETS.peakRssMB} MB`, value: c.peakRssMB, ok: c.peakRssMB < TARGETS.peakRssMB },
    };
  }
  if (result.pool) {
    out.pool = result.pool.map((p) => ({
      workers: p.workers,
      ...rate(p.wallMs),
      ratio: p.wallMs / floor.totalMs,
      ratioToPromisesFloor: floor.variants ? p.wallMs / floor.variants.promises.totalMs : null,
      cpuUtilisation: p.cpuMs / p.wallMs,
      targets: { ratio: p.wallMs / floor.totalMs <= TARGETS.ratio, reportsPerSecond: (n / p.wallMs) * 1000 >= TARGETS.reportsPerSecond, peakRssMB: p.peakRssMB < TARGETS.peakRssMB },
    }));
  }
  return out;
}

function printHuman(result) {
  const { n, corpus, floor, inproc, cli: c, derived, verified } = result;
  const MB = corpus.bytes / 1e6;
  const lines = [];
  lines.push(`machine     ${result.machine.nproc} cores, ${result.machine.cpu}, Node ${result.machine.node}; load average at start ${result.loadavg.map((x) => x.toFixed(2)).join(' ')}`);
  lines.push(`corpus      ${fmt(n)} reports, ${fmt(MB, 1)} MB (${Object.entries(corpus.encodings).map(([k, v]) => `${k} ${v}`).join(', ')}; ${Object.entries(corpus.layouts).map(([k, v]) => `${k} ${v}`).join(', ')}; CRLF ${corpus.crlf}; noisy ${corpus.noisyReports}), ${corpus.reused ? 'reused' : `built in ${s(corpus.buildMs)}`}`);
  lines.push(`floor       list+read+decode   ${s(floor.totalMs).padStart(9)}  ${fmt(derived.floor.reportsPerSecond).padStart(7)} reports/s  ${fmt(derived.floor.MBps, 1).padStart(6)} MB/s   (${floor.method}: list ${fmt(floor.listMs)} ms, read ${fmt(floor.readMs)} ms, decode ${fmt(floor.decodeMs)} ms; CPU ${s(floor.cpuMs)}; peak RSS ${fmt(floor.peakRssMB)} MB)`);
  if (floor.variants) {
    const v = floor.variants;
    lines.push(`              read with fs.promises.readFile ${s(v.promises.totalMs)} (read ${fmt(v.promises.readMs)} ms), with readFileSync ${s(v.sync.totalMs)} (read ${fmt(v.sync.readMs)} ms)`);
  }
  if (c) {
    lines.push(`cli         parse --ndjson     ${s(c.wallMs).padStart(9)}  ${fmt(derived.cli.reportsPerSecond).padStart(7)} reports/s  ${fmt(derived.cli.MBps, 1).padStart(6)} MB/s   peak RSS ${fmt(c.peakRssMB)} MB, CPU ${s(c.cpuMs)} (${fmt(derived.cli.cpuUtilisation * 100)}% of one core; CPU/floor CPU ${fmt(derived.cli.cpuRatio, 1)}x), start-up+1 file ${fmt(c.startupMs)} ms, exit ${c.exit}`);
  } else lines.push(`cli         (not measured: ${result.cliSkipped})`);
  if (inproc) {
    lines.push(`in-process  read+parse+stringify ${s(inproc.totalMs).padStart(7)}  ${fmt(derived.inproc.reportsPerSecond).padStart(7)} reports/s  ${fmt(derived.inproc.MBps, 1).padStart(6)} MB/s   ratio ${fmt(derived.inproc.ratio, 1)}x floor (CPU ${fmt(derived.inproc.cpuRatio, 1)}x), peak RSS ${fmt(inproc.peakRssMB)} MB`);
    const per = (x) => `${fmt((x / n) * 1000)} µs`;
    lines.push(`  per report: read ${per(inproc.readMs)} · parseReport ${per(inproc.parseMs)} (of which decode ${per(inproc.decodeMs)}) · JSON.stringify ${per(inproc.stringifyMs)} · JSON ${fmt(inproc.jsonBytes / n / 1024, 1)} KB, ${fmt(inproc.diagnostics / n, 1)} diagnostics`);
  }
  if (derived.targets) {
    const t = derived.targets;
    lines.push(`targets     [${mark(t.ratio.ok)}] cli/floor ${fmt(t.ratio.value, 1)}x (${t.ratio.target}; ${fmt(derived.cli.ratioToPromisesFloor, 1)}x the fs.promises.readFile floor)   [${mark(t.reportsPerSecond.ok)}] ${fmt(t.reportsPerSecond.value)} reports/s (${t.reportsPerSecond.target})   [${mark(t.peakRssMB.ok)}] peak RSS ${fmt(t.peakRssMB.value)} MB (${t.peakRssMB.target})`);
  }
  for (const [i, p] of (result.pool ?? []).entries()) {
    const d = derived.pool[i];
    const label = `--jobs ${p.workers}`;
    lines.push(`${label.padEnd(12)}parse --ndjson     ${s(p.wallMs).padStart(9)}  ${fmt(d.reportsPerSecond).padStart(7)} reports/s  ${fmt(d.MBps, 1).padStart(6)} MB/s   peak RSS ${fmt(p.peakRssMB)} MB, CPU ${s(p.cpuMs)} (${fmt(d.cpuUtilisation * 100)}% of one core), ratio ${fmt(d.ratio, 1)}x floor (${fmt(d.ratioToPromisesFloor, 1)}x fs.promises)  [targets: ratio ${mark(d.targets.ratio)} rate ${mark(d.targets.reportsPerSecond)} RSS ${mark(d.targets.peakRssMB)}]${p.exit ? ` exit ${p.exit}: ${p.stderr}` : ''}`);
  }
  if (result.poolVerified) {
    const v = result.poolVerified;
    lines.push(`verify      --jobs 0 vs --jobs ${v.workers}: ${v.byteIdentical ? 'byte-identical' : 'DIFFERENT'} (${fmt(v.serialBytes)} bytes); ${v.linesEqualToLibrary}/${v.files} lines equal JSON.stringify(parseReport(…))`);
  }
  if (verified) lines.push(`verify      ${verified.lines}/${verified.files} lines, ${verified.byteIdenticalToJsonStringify} byte-identical to JSON.stringify(parseReport(…)), exit ${verified.exit}${verified.problems.length ? `; PROBLEMS: ${verified.problems.join('; ')}` : '; in order, same content'}`);
  if (c?.stderr) lines.push(`cli stderr  ${c.stderr.replace(/\n/g, '\n            ')}`);
  return lines.join('\n');
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.child) {
    const result = o.child === 'floor' ? await childFloor(o.dir, o.repeat) : await childInproc(o.dir, o.repeat);
    process.stdout.write(JSON.stringify(result));
    return;
  }
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) usage('dist/ is not built: run `npm run bench` (it builds first) or `npm run build`');
  const { buildCorpus, listCorpus } = await import('./corpus.mjs');
  const results = [];
  for (const n of o.n) {
    // Only a folder this run created is removed at the end (unless --keep).
    const created = !o.out || !existsSync(o.out);
    const dir = o.out ?? mkdtempSync(join(tmpdir(), 'gov-report-bench-'));
    try {
      const t0 = now();
      const corpus = await buildCorpus({ n, dir, seed: o.seed });
      corpus.buildMs = ms(t0);
      const files = listCorpus(dir);
      if (!o.json) process.stderr.write(`bench: ${n} reports in ${dir}; measuring…\n`);
      const result = { date: new Date().toISOString(), machine: machine(), loadavg: loadavg(), n, dir, corpus: { ...corpus, templates: undefined }, cliSkipped: null };
      warm(files);
      result.floor = runChild('floor', dir, o.repeat);
      warm(files);
      if (o.cli && existsSync(CLI_MAIN)) result.cli = await cli(dir, files, o.repeat);
      else result.cliSkipped = o.cli ? 'dist/cli/runCli.js does not exist yet' : '--no-cli';
      if (o.inproc) {
        warm(files);
        result.inproc = runChild('inproc', dir, o.repeat);
      }
      if (o.verify && result.cli) result.verified = await verify(dir, files);
      if (o.cli && o.pool.length && existsSync(CLI_MAIN)) {
        result.pool = [];
        for (const w of o.pool) {
          warm(files);
          result.pool.push(await pool(dir, w, o.repeat));
        }
        if (o.verify) result.poolVerified = await verifyPool(dir, files, Math.max(...o.pool, 2));
      }
      result.derived = summarise(result);
      results.push(result);
      if (!o.json) process.stdout.write(`${printHuman(result)}\n\n`);
    } finally {
      if (!o.keep && created) rm(dir);
    }
  }
  let hostile = null;
  if (o.hostile) {
    const { hostileBench, printHostile } = await import('./hostile.mjs');
    hostile = await hostileBench();
    if (!o.json) process.stdout.write(`${printHostile(hostile)}\n`);
  }
  // In JSON, the hostile figures go with the last run.
  if (hostile && results.length) results[results.length - 1].hostile = hostile;
  if (o.json) process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  const failed = results.some((r) => r.verified?.problems.length || (r.poolVerified && !r.poolVerified.byteIdentical));
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  process.stderr.write(`bench: ${e.stack ?? e}\n`);
  process.exit(2);
});
