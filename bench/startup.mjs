#!/usr/bin/env node
/**
 * npm run bench:startup  (also the first part of `npm run bench`)
 *
 * Start-up of a one-file run, the way a CI hook calls gov-report once per file: the wall time of
 * each command from spawn to exit, against `node -e 0` (bare Node start-up) measured in the same
 * run, interleaved (one of each in turn, so that a machine busy with other work slows them alike),
 * and the median of N runs of each. The ratio to `node -e 0` is the figure; milliseconds depend on
 * the machine and its load. Target (issue 17): a one-file validate within 1.4 × bare Node. The CPU
 * time of each process is measured too (see CPU_AT_EXIT): it is what the code costs, whatever else
 * the machine runs.
 *
 * Options: --runs N (default 21), --json, --instructions.
 *
 * --instructions: instead of timing, count the instructions each command executes (all threads),
 * once each, under `valgrind --tool=callgrind` (when valgrind is installed; it is not in CI). A
 * count does not move with what else the machine runs, so it is the figure to compare two builds
 * by on a busy machine; a run takes some seconds per command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BIN = join(ROOT, 'bin', 'gov-report.js');
const UTF8 = join(ROOT, 'fixtures', '000_02e88f20f87b4541.txt');
const TARGET = 1.4;

function parseArgs(argv) {
  const o = { runs: 21, json: false, instructions: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--json') o.json = true;
    else if (a === '--instructions') o.instructions = true;
    else throw new Error(`unknown option ${a} (--runs N, --json, --instructions)`);
  }
  if (!(o.runs >= 1)) throw new Error('--runs needs a number ≥ 1');
  return o;
}

/**
 * The CPU time of the whole process (user + system, start-up included), written at exit by a
 * preload that every command gets alike, `node -e 0` too. On a machine busy with other work, CPU
 * time moves much less than wall time.
 */
const CPU_AT_EXIT = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\n@cpu '+(u.user+u.system)/1000+'\\n')})`;

/** One spawn: wall time in ms, and CPU time; its exit status must be the command's. stdout is a pipe, as in a CI hook. */
function once({ args, status }) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', CPU_AT_EXIT, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== status) throw new Error(`node ${args.join(' ')}: exit ${r.status}, expected ${status}\n${r.stderr}`);
  const cpu = Number(/@cpu (\S+)\s*$/.exec(r.stderr)?.[1]);
  return { wall, cpu };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const o = parseArgs(process.argv.slice(2));
if (!existsSync(join(ROOT, 'dist', 'cli', 'runCli.js'))) throw new Error('dist/ is not built: npm run build');

// The same report in GB18030 (iconv-lite, a dependency, encodes it here, outside the timing).
const dir = mkdtempSync(join(tmpdir(), 'gov-report-startup-'));
const GB = join(dir, 'one.gb18030.txt');
const iconv = createRequire(import.meta.url)('iconv-lite');
writeFileSync(GB, iconv.encode(readFileSync(UTF8, 'utf8'), 'gb18030'));

const COMMANDS = [
  { name: 'node -e 0', args: ['-e', '0'], status: 0 },
  { name: 'validate one.txt (UTF-8)', args: [BIN, 'validate', UTF8], status: 0, target: TARGET },
  { name: 'validate one.txt (GB18030)', args: [BIN, 'validate', GB], status: 0 },
  { name: 'parse one.txt', args: [BIN, 'parse', UTF8], status: 0 },
  { name: '--version', args: [BIN, '--version'], status: 0 },
  { name: 'schema', args: [BIN, 'schema'], status: 0 },
];

/** The instructions one run of a command executes, all threads, counted by callgrind. */
function instructions({ args, status }) {
  const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26, encoding: 'utf8' });
  if (r.error) throw new Error(`--instructions needs valgrind: ${r.error.message}`);
  if (r.status !== status) throw new Error(`valgrind node ${args.join(' ')}: exit ${r.status}, expected ${status}\n${r.stderr}`);
  const count = /Collected : (\d+)/.exec(r.stderr)?.[1];
  if (count === undefined) throw new Error(`valgrind gave no instruction count:\n${r.stderr}`);
  return Number(count);
}

function countInstructions() {
  const counts = COMMANDS.map(instructions);
  const rows = COMMANDS.map((c, i) => {
    const ratio = Math.round((counts[i] / counts[0]) * 100) / 100;
    return { command: c.name, millionInstructions: Math.round(counts[i] / 1e6), ratio, ...(c.target ? { target: c.target, met: ratio <= c.target } : {}) };
  });
  if (o.json) {
    console.log(JSON.stringify({ machine: { node: process.version }, rows }, null, 2));
    return;
  }
  console.log(`start-up: instructions executed (all threads, valgrind callgrind), one run of each; Node ${process.version}`);
  console.log(`${'command'.padEnd(28)} ${'instructions'.padStart(14)} ${'× node -e 0'.padStart(12)}`);
  for (const r of rows) {
    const verdict = r.target === undefined ? '' : `  target ≤ ${r.target}×: ${r.met ? 'met' : 'NOT met'}`;
    console.log(`${r.command.padEnd(28)} ${`${r.millionInstructions} M`.padStart(14)} ${`${r.ratio.toFixed(2)}×`.padStart(12)}${verdict}`);
  }
}

function timeRuns() {
  for (const c of COMMANDS) once(c); // warm the file cache; not counted
  const times = COMMANDS.map(() => ({ wall: [], cpu: [] }));
  for (let run = 0; run < o.runs; run++) {
    COMMANDS.forEach((c, i) => {
      const t = once(c);
      times[i].wall.push(t.wall);
      times[i].cpu.push(t.cpu);
    });
  }
  const round = (x) => Math.round(x * 10) / 10;
  const bare = { wall: median(times[0].wall), cpu: median(times[0].cpu) };
  const rows = COMMANDS.map((c, i) => {
    const wall = median(times[i].wall);
    const cpu = median(times[i].cpu);
    const ratio = Math.round((wall / bare.wall) * 100) / 100;
    const cpuRatio = Math.round((cpu / bare.cpu) * 100) / 100;
    return { command: c.name, wallMs: round(wall), ratio, cpuMs: round(cpu), cpuRatio, ...(c.target ? { target: c.target, met: ratio <= c.target } : {}) };
  });
  const machine = { node: process.version, cpus: cpus().length, loadavg: loadavg().map((l) => Math.round(l * 100) / 100), runs: o.runs };
  if (o.json) {
    console.log(JSON.stringify({ machine, rows }, null, 2));
  } else {
    console.log(`start-up: medians of ${o.runs} interleaved runs of each; Node ${machine.node}, ${machine.cpus} cores, load ${machine.loadavg.join(' ')}`);
    console.log(`${'command'.padEnd(28)} ${'wall'.padStart(10)} ${'× node -e 0'.padStart(12)} ${'CPU'.padStart(10)} ${'× node -e 0'.padStart(12)}`);
    for (const r of rows) {
      const verdict = r.target === undefined ? '' : `  target ≤ ${r.target}× (wall): ${r.met ? 'met' : 'NOT met'}`;
      console.log(
        `${r.command.padEnd(28)} ${`${r.wallMs} ms`.padStart(10)} ${`${r.ratio.toFixed(2)}×`.padStart(12)} ${`${r.cpuMs} ms`.padStart(10)} ${`${r.cpuRatio.toFixed(2)}×`.padStart(12)}${verdict}`,
      );
    }
    if (machine.loadavg[0] > machine.cpus) console.log('(the load average is above the number of cores: wall times are rough; CPU times hold better; --instructions does not move with load)');
  }
}

try {
  if (o.instructions) countInstructions();
  else timeRuns();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
