#!/usr/bin/env node
/**
 * CPU profile of the parser, summarised by function (mapped back to src/*.ts through dist's
 * source maps), by pipeline stage, and optionally with exact call counts.
 *
 *   node bench/profile.mjs [--n 2000] [--target inproc|cli] [--dir CORPUS] [--counts] [--top 30]
 *                          [--keep-profile] [--dist DIR] [--json]
 *
 *   --target inproc   (default) `node --cpu-prof` over read → parseReport → JSON.stringify per file
 *   --target cli      `node --cpu-prof bin/gov-report.js parse --ndjson DIR > /dev/null`
 *   --dir DIR         profile an existing corpus (else one of --n reports is built in a temp dir)
 *   --counts          run the loop once more on a copy of dist/ with a counter in every named
 *                     function, and String.prototype.normalize / RegExp.prototype.exec wrapped:
 *                     calls per report (slow; not timed)
 *   --keep-profile    keep the .cpuprofile (open it in Chrome DevTools → Performance)
 *   --node-flag F     pass F to the profiled node (repeatable), e.g. --node-flag=--no-turbo-inlining
 *                     to see the self time of small functions V8 would otherwise inline
 *   --dist DIR        profile another build of the library (default: dist/), e.g. a candidate change
 *
 * Self time: samples whose innermost JS frame is the function (builtins it calls, such as a
 * regex match or String.prototype.normalize, count as its self time). Total time: samples with
 * the function anywhere on the stack. Stage: the function parseReport called (decode, normalize,
 * splitIntoSections, …), which splits parseReport's time exactly.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

function parseArgs(argv) {
  const o = { nodeFlags: [], n: 2000, target: 'inproc', dir: null, counts: false, top: 30, keepProfile: false, json: false, child: null, dist: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i];
    if (a === '--n') o.n = Number(v());
    else if (a === '--target') o.target = v();
    else if (a === '--dir') o.dir = resolve(v());
    else if (a === '--counts') o.counts = true;
    else if (a === '--top') o.top = Number(v());
    else if (a === '--keep-profile') o.keepProfile = true;
    else if (a === '--json') o.json = true;
    else if (a === '--child') o.child = v();
    else if (a === '--dist') o.dist = v();
    else if (a === '--node-flag') o.nodeFlags.push(v());
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

// ── The loop that is profiled (a child process) ────────────────────────────────────────────

async function childLoop(dir, dist) {
  const { listCorpus } = await import('./corpus.mjs');
  const { parseReport } = await import(join(dist, 'index.js'));
  const files = listCorpus(dir);
  let bytes = 0;
  for (const f of files) {
    const buf = await readFile(f);
    const report = parseReport(buf, { file: f });
    bytes += JSON.stringify(report).length;
  }
  return { files: files.length, jsonChars: bytes };
}

// ── Call counts: dist copied, a counter at the top of every named function ─────────────────

function instrumentedDist(dist) {
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-counts-'));
  cpSync(dist, join(dir, 'dist'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) {
        const rel = relative(join(dir, 'dist'), p).replace(/\.js$/, '.ts');
        const src = readFileSync(p, 'utf8').replace(/((?:^|\n)\s*(?:export\s+)?function\s*\*?\s*(\w+)\s*\([^)]*\)\s*(?::[^{]+)?\{)/g, (m, head, name) => `${head} globalThis.__calls.fn['${rel}:${name}'] = (globalThis.__calls.fn['${rel}:${name}'] ?? 0) + 1;`);
        writeFileSync(p, src);
      }
    }
  };
  walk(join(dir, 'dist'));
  return dir;
}

async function childCounts(dir, dist) {
  const calls = { fn: {}, normalize: 0, normalizeChars: 0, regexExec: 0, regexBy: {} };
  globalThis.__calls = calls;
  const normalize = String.prototype.normalize;
  // eslint-disable-next-line no-extend-native
  String.prototype.normalize = function (form) {
    calls.normalize++;
    calls.normalizeChars += this.length;
    return normalize.call(this, form);
  };
  const exec = RegExp.prototype.exec;
  // Patching exec makes test/replace/split/matchAll go through it too: every regex execution.
  RegExp.prototype.exec = function (s) {
    calls.regexExec++;
    const key = this.source.length > 60 ? `${this.source.slice(0, 57)}...` : this.source;
    calls.regexBy[key] = (calls.regexBy[key] ?? 0) + 1;
    return exec.call(this, s);
  };
  const result = await childLoop(dir, dist);
  RegExp.prototype.exec = exec;
  String.prototype.normalize = normalize;
  return { ...result, calls };
}

// ── Summary of a .cpuprofile ───────────────────────────────────────────────────────────────

const maps = new Map();
function original(url, line, column) {
  if (!url.startsWith('file://')) return null;
  const path = fileURLToPath(url);
  if (!maps.has(path)) {
    let map = null;
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
    } catch {
      /* no map */
    }
    maps.set(path, map);
  }
  const map = maps.get(path);
  const entry = map?.findEntry(line, column);
  if (!entry || !entry.originalSource) return null;
  const src = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : resolve(join(path, '..'), entry.originalSource);
  return `${relative(ROOT, src)}:${entry.originalLine + 1}`;
}

function frameName(cf) {
  const name = cf.functionName || '(anonymous)';
  if (!cf.url) return name;
  const where = original(cf.url, cf.lineNumber, cf.columnNumber);
  if (where) return `${name} ${where}`;
  const path = cf.url.startsWith('file://') ? relative(ROOT, fileURLToPath(cf.url)) : cf.url;
  return `${name} ${path}:${cf.lineNumber + 1}`;
}

export function summarise(profile, top) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const names = new Map(profile.nodes.map((n) => [n.id, frameName(n.callFrame)]));
  const self = new Map();
  const total = new Map();
  const stage = new Map();
  const deltas = profile.timeDeltas;
  let all = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000; // ms until the next sample
    const leaf = names.get(id);
    if (leaf === '(idle)') {
      idle += dt;
      return;
    }
    all += dt;
    self.set(leaf, (self.get(leaf) ?? 0) + dt);
    const seen = new Set();
    let stageName = null;
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const name = names.get(n);
      if (!seen.has(name)) {
        seen.add(name);
        total.set(name, (total.get(name) ?? 0) + dt);
      }
      const p = parent.get(n);
      if (p !== undefined && byId.get(p).callFrame.functionName === 'parseReport' && names.get(p).includes('report.ts')) stageName = name;
      if (n !== id && byId.get(n).callFrame.functionName === 'parseReport' && names.get(n).includes('report.ts') && stageName === null) stageName = '(parseReport itself)';
    }
    if (!stageName) {
      if (leaf.startsWith('(garbage collector)')) stageName = '(garbage collector)';
      else if (names.get(id) === '(program)') stageName = '(program: V8/runtime outside JS)';
      else if ([...seen].some((s) => s.startsWith('parseReport'))) stageName = '(parseReport itself)';
      else stageName = `outside parseReport: ${leaf}`;
    }
    stage.set(stageName, (stage.get(stageName) ?? 0) + dt);
  });
  const rows = (m, k) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, t]) => ({ name, ms: Math.round(t), pct: Math.round((1000 * t) / all) / 10 }));
  return {
    sampledMs: Math.round(all),
    idleMs: Math.round(idle),
    self: rows(self, top),
    total: rows(
      new Map([...total].filter(([n]) => n.includes('src/') || n.startsWith('parseReport'))),
      top,
    ),
    stages: rows(stage, 40),
  };
}

function print(summary, title) {
  const table = (rows) => rows.map((r) => `  ${String(r.ms).padStart(7)} ms ${String(r.pct.toFixed(1)).padStart(5)}%  ${r.name}`).join('\n');
  return [
    `== ${title}: ${summary.sampledMs} ms sampled (+${summary.idleMs} ms idle)`,
    '-- by stage (the function parseReport called) --',
    table(summary.stages),
    '-- self time (innermost JS frame; builtins such as regex and normalize count to their caller) --',
    table(summary.self),
    '-- total time, src functions (on the stack) --',
    table(summary.total),
  ].join('\n');
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.child === 'loop') {
    process.stdout.write(JSON.stringify(await childLoop(o.dir, o.dist ?? join(ROOT, 'dist'))));
    return;
  }
  if (o.child === 'counts') {
    process.stdout.write(JSON.stringify(await childCounts(o.dir, o.dist)));
    return;
  }
  const { buildCorpus } = await import('./corpus.mjs');
  const own = !o.dir;
  const dist = o.dist ? resolve(o.dist) : join(ROOT, 'dist');
  const dir = o.dir ?? mkdtempSync(join(tmpdir(), 'gov-report-prof-'));
  const profDir = mkdtempSync(join(tmpdir(), 'gov-report-cpuprof-'));
  const out = { target: o.target, dir };
  try {
    if (own) await buildCorpus({ n: o.n, dir });
    out.n = (await import('./corpus.mjs')).listCorpus(dir).length;
    const me = fileURLToPath(import.meta.url);
    const args =
      o.target === 'cli'
        ? [...o.nodeFlags, '--cpu-prof', '--cpu-prof-dir', profDir, join(ROOT, 'bin', 'gov-report.js'), 'parse', '--ndjson', dir]
        : [...o.nodeFlags, '--cpu-prof', '--cpu-prof-dir', profDir, me, '--child', 'loop', '--dir', dir, '--dist', dist];
    const devnull = openSync('/dev/null', 'w');
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', o.target === 'cli' ? devnull : 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 24 });
    out.wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    closeSync(devnull);
    if (r.status !== 0 && o.target !== 'cli') throw new Error(`profiled child failed: ${r.stderr}`);
    const profiles = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'));
    out.profiles = profiles.map((f) => {
      const s = summarise(JSON.parse(readFileSync(join(profDir, f), 'utf8')), o.top);
      return { file: o.keepProfile ? join(profDir, f) : f, ...s };
    });
    if (o.counts) {
      const copy = instrumentedDist(dist);
      try {
        const c = spawnSync(process.execPath, [me, '--child', 'counts', '--dir', dir, '--dist', join(copy, 'dist')], { encoding: 'utf8', maxBuffer: 1 << 26 });
        if (c.status !== 0) throw new Error(`counting child failed: ${c.stderr}`);
        const counts = JSON.parse(c.stdout);
        const per = (x) => Math.round((x / counts.files) * 10) / 10;
        out.callsPerReport = {
          'String.prototype.normalize': per(counts.calls.normalize),
          'normalize chars': per(counts.calls.normalizeChars),
          'regex executions': per(counts.calls.regexExec),
          functions: Object.fromEntries(Object.entries(counts.calls.fn).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, per(v)])),
          regexes: Object.fromEntries(Object.entries(counts.calls.regexBy).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => [k, per(v)])),
        };
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    }
  } finally {
    if (own) rmSync(dir, { recursive: true, force: true });
    if (!o.keepProfile) rmSync(profDir, { recursive: true, force: true });
  }
  if (o.json) {
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  console.log(`profile of ${o.target} over ${out.n} reports (wall ${Math.round(out.wallMs)} ms incl. start-up and profiler overhead)`);
  for (const p of out.profiles) console.log(print(p, p.file));
  if (out.callsPerReport) {
    const c = out.callsPerReport;
    console.log('== calls per report (instrumented copy of dist; not timed)');
    console.log(`  String.prototype.normalize ${c['String.prototype.normalize']} calls over ${c['normalize chars']} chars; regex executions ${c['regex executions']}`);
    console.log('-- functions --');
    for (const [k, v] of Object.entries(c.functions).slice(0, o.top)) console.log(`  ${String(v).padStart(9)}  ${k}`);
    console.log('-- regexes (by source; a regex used by split() counts once per character: patching exec puts split on its slow path) --');
    for (const [k, v] of Object.entries(c.regexes)) console.log(`  ${String(v).padStart(9)}  /${k}/`);
  }
}

main().catch((e) => {
  process.stderr.write(`profile: ${e.stack ?? e}\n`);
  process.exit(2);
});
