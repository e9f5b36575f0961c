/** `gov-report parse`: each report as JSON, NDJSON or CSV on stdout. */
import { hasErrors } from '../../diagnostics.js';
import { jsonArrayElement, jsonArrayEnd, jsonDocument } from '../../output/json.js';
import { startBatch } from '../batch.js';
import type { Run } from '../io.js';
import type { ParseOptions } from '../options.js';
import { loadModule } from '../descriptors.js';

export async function parseCommand(options: ParseOptions, run: Run): Promise<void> {
  const batch = await startBatch(options, run);
  const { output } = options;
  let count = 0;
  let withErrors = 0;

  const reports = async function* () {
    for await (const report of batch.reports()) {
      count++;
      if (hasErrors(report.diagnostics)) withErrors++;
      yield report;
    }
  };
  // Compact JSON is written as the text made where the report was parsed (a worker, for a batch).
  const serialized = async function* () {
    for await (const report of batch.serialized()) {
      count++;
      if (report.errors > 0) withErrors++;
      yield report.json;
    }
  };

  if (output.format === 'csv') {
    // Loaded when asked for: csv.ts derives its columns from the zod schema (~60 ms of start-up).
    const { UTF8_BOM, csvColumns, csvHeader, csvRow } = await loadModule<typeof import('../../output/csv.js')>('../../output/csv.js', import.meta.url);
    const columns = csvColumns({ text: output.text });
    await run.out((output.bom ? UTF8_BOM : '') + csvHeader(columns, output.header));
    for await (const report of reports()) await run.out(csvRow(report, columns, output.keepFormulas ? 'keep' : 'neutralise'));
  } else if (output.format === 'ndjson' || !output.pretty) {
    const array = output.format === 'json' && !batch.expanded.single;
    let index = 0;
    for await (const json of serialized()) {
      await run.out(array ? `${index === 0 ? '[' : ','}${json}` : `${json}\n`);
      index++;
    }
    if (array) await run.out(jsonArrayEnd(index, false));
  } else if (batch.expanded.single) {
    for await (const report of reports()) await run.out(jsonDocument(report, true));
  } else {
    let index = 0;
    for await (const report of reports()) await run.out(jsonArrayElement(report, index++, true));
    await run.out(jsonArrayEnd(index, true));
  }

  if (withErrors > 0) {
    if (options.strict) run.fail(1);
    batch.stderr.note(run.words.notes.reportsWithErrors(withErrors, count));
  }
}
