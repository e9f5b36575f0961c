#!/usr/bin/env node
/**
 * The promise of issue 16, measured: parse every damaged fixture (fixtures/damaged/, or every
 * fixture whose designed values are known, with --all) and count, per layout, the cells that are
 * right, null with a diagnostic naming them, null with nothing said, and WRONG (a number that is
 * not the designed one), plus how many fixtures meet their full expectation and how many
 * arithmetic errors the parser reported where the designed values add up (wrong verdicts).
 *
 *   npm run build && node scripts/wrong-values.mjs              # the table, and each wrong fixture
 *   node scripts/wrong-values.mjs --list                        # every wrong cell
 *   node scripts/wrong-values.mjs --all                         # goldens, variants, run-together too
 *   node scripts/wrong-values.mjs --update-readme               # the table into fixtures/damaged/README.md
 *   GOV_REPORT_DIST=/path/to/index.js node scripts/wrong-values.mjs   # another build
 *
 * Exits 1 when any cell is wrong (the promise is that none is).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { classify, compareExpectation, designedFor, meetsExpectation, tally } from './promise.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README = join(ROOT, 'fixtures/damaged/README.md');

/** Every .txt below a folder (relative to the root), sorted. */
function textFiles(folder) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(join(ROOT, dir)).sort()) {
      const path = join(dir, entry);
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (entry.endsWith('.txt')) out.push(path);
    }
  };
  walk(folder);
  return out;
}

/** A fixture and what is known of it: its family, designed values, and full expectation if any. */
function load(file) {
  const expectedFile = join(ROOT, file.replace(/\.txt$/, '.expected.json'));
  if (file.startsWith('fixtures/damaged/')) {
    const fixture = JSON.parse(readFileSync(expectedFile, 'utf8'));
    return { file, family: fixture.family, layout: fixture.layout, designed: fixture.designed, fixture: fixture.expected ? fixture : null };
  }
  const designed = designedFor(file, ROOT);
  if (!designed) return null;
  return { file, family: relative('fixtures', file).split('/').length > 1 ? relative('fixtures', file).split('/')[0] : 'golden', layout: null, designed, fixture: null };
}

/** Measure every fixture: per fixture its tally, its wrong cells, whether it meets its expectation. */
export function measure(library, files) {
  return files.map(load).filter(Boolean).map((item) => {
    const report = library.parseReport(new Uint8Array(readFileSync(join(ROOT, item.file))), { file: item.file });
    const classified = classify(report, item.designed, item.fixture?.expected ?? null);
    return {
      ...item,
      tally: tally(classified.cells),
      wrong: classified.cells.filter((c) => c.verdict === 'wrong'),
      wrongVerdicts: classified.wrongVerdicts,
      formatWrong: classified.format.designed !== classified.format.got && classified.format.got !== null,
      meets: item.fixture ? meetsExpectation(compareExpectation(report, item.fixture)) : null,
    };
  });
}

/** One row per family (in layout order), and a total. */
export function summarise(results) {
  const rows = new Map();
  for (const r of results) {
    const key = r.family;
    const row = rows.get(key) ?? { family: key, layout: r.layout, fixtures: 0, cells: 0, right: 0, 'null-diagnosed': 0, 'null-silent': 0, wrong: 0, guessed: 0, meets: 0, withExpectation: 0, wrongVerdicts: 0, fixturesWrong: 0 };
    row.fixtures++;
    for (const k of ['cells', 'right', 'null-diagnosed', 'null-silent', 'wrong', 'guessed']) row[k] += r.tally[k];
    if (r.meets !== null) {
      row.withExpectation++;
      if (r.meets) row.meets++;
    }
    row.wrongVerdicts += r.wrongVerdicts.length;
    if (r.tally.wrong > 0) row.fixturesWrong++;
    rows.set(key, row);
  }
  const ordered = [...rows.values()].sort((a, b) => (a.layout ?? 99) - (b.layout ?? 99) || a.family.localeCompare(b.family));
  const total = { family: 'total', layout: null, fixtures: 0, cells: 0, right: 0, 'null-diagnosed': 0, 'null-silent': 0, wrong: 0, guessed: 0, meets: 0, withExpectation: 0, wrongVerdicts: 0, fixturesWrong: 0 };
  for (const row of ordered) for (const k of Object.keys(total)) if (typeof total[k] === 'number') total[k] += row[k];
  return [...ordered, total];
}

const pct = (n, d) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

export function markdownTable(summary) {
  const lines = [
    '| layout | family | fixtures | cells | right | null + diagnostic | null, silent | **WRONG** | fixtures with a wrong cell | wrong verdicts | guessed | meet their full expectation |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of summary) {
    lines.push(
      `| ${r.layout ?? ''} | ${r.family === 'total' ? '**total**' : r.family} | ${r.fixtures} | ${r.cells} | ${r.right} (${pct(r.right, r.cells)}) | ${r['null-diagnosed']} | ${r['null-silent']} | **${r.wrong}** | ${r.fixturesWrong} | ${r.wrongVerdicts} | ${r.guessed} | ${r.withExpectation ? `${r.meets} of ${r.withExpectation}` : '–'} |`,
    );
  }
  return lines.join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  const flag = (name) => args.includes(name);
  const dist = process.env.GOV_REPORT_DIST ? pathToFileURL(process.env.GOV_REPORT_DIST).href : new URL('../dist/index.js', import.meta.url).href;
  const library = await import(dist);
  const files = flag('--all') ? textFiles('fixtures') : textFiles('fixtures/damaged');
  const results = measure(library, files);
  const summary = summarise(results);
  const table = markdownTable(summary);
  process.stdout.write(`${table}\n\n`);
  for (const r of results.filter((x) => x.wrong.length > 0 || x.wrongVerdicts.length > 0)) {
    process.stdout.write(`WRONG ${r.file}: ${r.wrong.length} cells${r.wrongVerdicts.length ? `, ${r.wrongVerdicts.length} wrong verdicts` : ''}\n`);
    if (flag('--list')) {
      for (const c of r.wrong) process.stdout.write(`  ${c.path}: designed ${c.designed}, got ${c.got}\n`);
      for (const d of r.wrongVerdicts) process.stdout.write(`  verdict ${d.code} at ${d.path} line ${d.line}: ${d.message}\n`);
    }
  }
  const total = summary.at(-1);
  process.stdout.write(`wrong values: ${total.wrong} in ${total.fixturesWrong} of ${total.fixtures} fixtures (${total.cells} cells)\n`);
  if (flag('--update-readme')) {
    const readme = readFileSync(README, 'utf8');
    const start = '<!-- measured:start -->';
    const end = '<!-- measured:end -->';
    const at = readme.indexOf(start);
    const stop = readme.indexOf(end);
    if (at < 0 || stop < at) throw new Error(`${README} has no ${start} … ${end} block`);
    writeFileSync(README, `${readme.slice(0, at + start.length)}\n${table}\n${readme.slice(stop)}`);
    process.stdout.write(`updated ${relative(ROOT, README)}\n`);
  }
  process.exit(total.wrong > 0 ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
