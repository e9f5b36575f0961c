#!/usr/bin/env node
/**
 * Lines printed twice or lost (issue 16): a conversion that prints a stretch of lines again right
 * after itself, or drops one. Every stretch of one to `--most` lines (default 4) of every fixture
 * whose designed values are known, from part 二's heading on, is printed twice (`twice`) and, apart,
 * left out (`lost`); each input is parsed and its cells counted against the design: right, null,
 * and WRONG (a number that is not the designed one). Neither keeps a number anywhere but where it
 * stood, so a wrong value is the parser's: fuzzing draws such cases now and then, this takes them
 * all, in order.
 *
 * A stretch lost may take a row's numbers with it, and its label leave the numbers after it to the
 * label before: `1.申请人…` / (2.'s label and 1.'s numbers lost) / 2.'s numbers. Nothing in the text
 * tells that apart from a row printed so; such cases are counted as any other, and listed.
 *
 *   npm run build && node scripts/lines-twice.mjs --only damaged/pdftotext-raw     # some fixtures
 *   node scripts/lines-twice.mjs --only text-browser --most 2 --list 50           # shorter stretches; 50 wrong listed
 *   node scripts/lines-twice.mjs --how twice                                       # printed twice only
 *   node scripts/lines-twice.mjs --part 1/2                                        # every second fixture
 *   GOV_REPORT_DIST=/tmp/base/dist/index.js node scripts/lines-twice.mjs          # another build
 *   node scripts/lines-twice.mjs --how across --only damaged/mutool               # lost across part headings
 *   node scripts/lines-twice.mjs --base /tmp/base/dist/index.js --how across      # what a change turned, case by case
 *
 * `--how across` leaves out, instead, every stretch from up to six lines before part 三's or part
 * 四's heading to up to sixty after it (a lost page: the heading gone with the end of one table and
 * the start of the next), whatever `--most` says. Rows a lost stretch leaves printed exactly as
 * they would be otherwise are counted as any others.
 *
 * Prints `lines-twice: C cases, R right, N null, W wrong in K cases` and each wrong case (fixture,
 * how, lines, cells). Exits 1 when any cell is wrong, unless `--allow-wrong`. Over all of
 * fixtures/ it takes minutes; test/printedTwice.test.ts runs the families it found wrong.
 *
 * `--base DIST` parses every case with that build as well and lists, instead of the wrong cases,
 * each case whose cells the two builds tell apart (`right→null: path …`, `wrong→null: …`), then
 * how many cells turned each way: what a change costs and gains, case by case, before it lands.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { designedSources, loadSources } from './fuzz.mjs';
import { classify } from './promise.mjs';
import { optionsOf } from './args.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the stretches start: part 二's heading (what comes before is prose, read by other rules). */
const PART_TWO = /^\s*(?:#+\s*)?二、/;

/** The headings a stretch `across` starts before and ends after: part 三's and part 四's. */
const ACROSS = [/^\s*(?:#+\s*)?三、\s*收到和处理/, /^\s*(?:#+\s*)?四、\s*(?:政府信息公开)?行政复议/];
/** How far before such a heading a stretch `across` may start, and after it end. */
const ACROSS_BEFORE = 6;
const ACROSS_AFTER = 60;

/** The input with lines from..to (indices) printed again right after `to` (`twice`), or left out (`lost`, `across`). */
export function withStretch(lines, from, to, how) {
  return how === 'twice' ? [...lines.slice(0, to + 1), ...lines.slice(from, to + 1), ...lines.slice(to + 1)].join('\n') : [...lines.slice(0, from), ...lines.slice(to + 1)].join('\n');
}

/** Every stretch of one to `most` lines from part 二's heading on, each way (`across`: around part 三's and 四's headings): { from, to, how }. */
export function stretches(lines, most, hows) {
  const start = lines.findIndex((l) => PART_TWO.test(l));
  if (start < 0) return [];
  const out = [];
  for (const how of hows) {
    if (how === 'across') {
      for (const heading of ACROSS.map((re) => lines.findIndex((l) => re.test(l))).filter((h) => h >= 0)) {
        for (let from = Math.max(0, heading - ACROSS_BEFORE); from <= heading; from++) {
          for (let to = heading; to <= Math.min(lines.length - 1, heading + ACROSS_AFTER); to++) out.push({ from, to, how });
        }
      }
      continue;
    }
    for (let from = start; from < lines.length; from++) {
      for (let to = from; to < Math.min(lines.length, from + most); to++) out.push({ from, to, how });
    }
  }
  return out;
}

async function main() {
  const values = optionsOf('lines-twice', 'node scripts/lines-twice.mjs [--only SUBSTRING] [--most LINES] [--how twice,lost,across] [--part K/N] [--list N] [--base DIST] [--allow-wrong]', {
    only: { type: 'string' },
    most: { type: 'string', default: '4' },
    how: { type: 'string', default: 'twice,lost' },
    part: { type: 'string' },
    list: { type: 'string', default: '20' },
    base: { type: 'string' },
    'allow-wrong': { type: 'boolean', default: false },
  });
  const dist = process.env.GOV_REPORT_DIST ? pathToFileURL(process.env.GOV_REPORT_DIST).href : new URL('../dist/index.js', import.meta.url).href;
  const { parseReport } = await import(dist);
  const base = values.base ? (await import(pathToFileURL(values.base).href)).parseReport : null;
  /** Cells turned from one verdict to another (`right→null`), over all cases, and how many cases differ. */
  const turned = new Map();
  let differ = 0;
  const all = loadSources(ROOT);
  const designed = designedSources(all, ROOT);
  let sources = all.filter((s) => designed.get(s.name));
  if (values.only) sources = sources.filter((s) => s.name.includes(values.only));
  if (values.part) {
    const [at, of] = values.part.split('/').map(Number);
    sources = sources.filter((_, i) => i % of === at - 1);
  }
  const most = Number(values.most);
  const hows = values.how.split(',').filter((h) => h === 'twice' || h === 'lost' || h === 'across');
  const list = Number(values.list);
  let cases = 0;
  let right = 0;
  let nulls = 0;
  let wrong = 0;
  let wrongCases = 0;
  for (const source of sources) {
    const lines = source.text.split('\n');
    const design = designed.get(source.name);
    for (const { from, to, how } of stretches(lines, most, hows)) {
      const report = parseReport(withStretch(lines, from, to, how), { file: source.name });
      cases++;
      const bad = [];
      const cells = classify(report, design).cells;
      if (base !== null) {
        const changes = turnedCells(classify(base(withStretch(lines, from, to, how), { file: source.name }), design).cells, cells);
        for (const [turn, paths] of changes) turned.set(turn, (turned.get(turn) ?? 0) + paths.length);
        if (changes.size > 0 && differ++ < list) {
          console.log(`${source.name}: lines ${from + 1}–${to + 1} ${how}: ${[...changes].map(([turn, paths]) => `${turn}: ${paths.join(' ')}`).join('; ')}`);
        }
      }
      for (const c of cells) {
        if (c.verdict === 'right') right++;
        else if (c.verdict === 'wrong') bad.push(c);
        else nulls++;
      }
      if (bad.length === 0) continue;
      wrong += bad.length;
      if (wrongCases++ < list && base === null) {
        const cells = bad.map((c) => `${c.path} ${c.got} (designed ${c.designed})`).join(', ');
        console.log(`${source.name}: lines ${from + 1}–${to + 1} ${how}: ${bad.length} wrong: ${cells.length > 300 ? `${cells.slice(0, 300)}…` : cells}`);
      }
    }
  }
  const kinds = [
    ...(hows.some((h) => h !== 'across') ? [`stretches of 1–${most} lines, ${hows.filter((h) => h !== 'across').join(' and ')}`] : []),
    ...(hows.includes('across') ? [`stretches lost across part headings, ${ACROSS_BEFORE} lines before to ${ACROSS_AFTER} after`] : []),
  ];
  console.log(`lines-twice: ${cases} cases (${sources.length} fixtures, ${kinds.join('; ')}), ${right} cells right, ${nulls} null, ${wrong} wrong in ${wrongCases} cases`);
  if (base !== null) console.log(`lines-twice --base: ${differ} cases differ${[...turned].map(([turn, n]) => `, ${turn} ${n}`).join('')}`);
  if (wrong > 0 && !values['allow-wrong']) process.exitCode = 1;
}

/** A verdict as the comparison counts it: null with a diagnostic or without is null. */
const verdictOf = (cell) => (cell.verdict.startsWith('null') ? 'null' : cell.verdict);

/** The cells whose verdict differs from `before` to `after` (classify's cells), by the turn (`right→null`): their paths. */
export function turnedCells(before, after) {
  const was = new Map(before.map((c) => [c.path, verdictOf(c)]));
  const out = new Map();
  for (const cell of after) {
    const then = was.get(cell.path) ?? 'absent';
    const now = verdictOf(cell);
    was.delete(cell.path);
    if (then === now) continue;
    out.set(`${then}→${now}`, [...(out.get(`${then}→${now}`) ?? []), cell.path]);
  }
  for (const [path, verdict] of was) out.set(`${verdict}→absent`, [...(out.get(`${verdict}→absent`) ?? []), path]);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
