/**
 * `gov-report compare OLD NEW`: two reports side by side, cell by cell (or the reports of two
 * folders, paired by organ), as a terminal table, JSON or CSV; exit 1 when a pair of one organ's
 * consecutive years breaks the carry-over.
 */
import { Chalk } from 'chalk';
import { compareReports, matchByOrgan, type Comparison } from '../../crosscheck/compare.js';
import type { Report } from '../../schema.js';
import type { Layout } from '../../tokens.js';
import { startBatch, type Batch } from '../batch.js';
import type { Run } from '../io.js';
import type { CompareOptions, InputOptions } from '../options.js';
import { loadModule } from '../descriptors.js';

interface Side {
  batch: Batch;
  parsed: Array<{ report: Report; layout: Layout }>;
}

async function readSide(options: InputOptions, run: Run): Promise<Side> {
  const batch = await startBatch(options, run);
  const parsed: Side['parsed'] = [];
  for await (const one of batch.withLayouts()) parsed.push(one);
  return { batch, parsed };
}

export async function compareCommand(options: CompareOptions, run: Run): Promise<void> {
  const old = await readSide(options.old, run);
  const next = await readSide(options.new, run);
  const words = run.words.compare;

  // Two files are compared whatever their organs (the table says so when they differ); folders
  // and globs are paired by organ.
  const single = old.batch.expanded.single && next.batch.expanded.single;
  const layouts = new Map<Report, Layout>([...old.parsed, ...next.parsed].map((p) => [p.report, p.layout]));
  const match = single
    ? { pairs: old.parsed[0] && next.parsed[0] ? [{ old: old.parsed[0].report, new: next.parsed[0].report }] : [], onlyOld: [], onlyNew: [] }
    : matchByOrgan(
        old.parsed.map((p) => p.report),
        next.parsed.map((p) => p.report),
      );
  const comparisons: Comparison[] = match.pairs.map((pair) =>
    compareReports(pair.old, pair.new, { thresholdPercent: options.thresholdPercent, lang: run.lang, layouts: { old: layouts.get(pair.old), new: layouts.get(pair.new) } }),
  );

  const { output } = options;
  // Loaded when asked for: the CSV writer derives its columns from the zod schema (~60 ms of start-up).
  const { compareCsv, compareJson, compareTextAll } = await loadModule<typeof import('../../output/compare.js')>('../../output/compare.js', import.meta.url);
  const { UTF8_BOM } = await loadModule<typeof import('../../output/csv.js')>('../../output/csv.js', import.meta.url);
  if (output.format === 'text') {
    // The table is aligned by display width (its labels are Chinese).
    const paint = new Chalk({ level: output.colour });
    await run.out(compareTextAll(comparisons, match, { words, all: output.all, paint }));
  } else {
    await run.out(output.format === 'json' ? compareJson(comparisons, { pretty: output.pretty }) : (output.bom ? UTF8_BOM : '') + compareCsv(comparisons));
    // The data holds the pairs only: the reports left unpaired are named on stderr.
    for (const r of match.onlyOld) next.batch.stderr.note(words.onlyOld(r.source.file ?? words.none, r.meta.organ ?? words.none));
    for (const r of match.onlyNew) next.batch.stderr.note(words.onlyNew(r.source.file ?? words.none, r.meta.organ ?? words.none));
  }
  if (comparisons.some((c) => c.carryOver.length > 0)) run.fail(1);
}
