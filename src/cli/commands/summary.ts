/**
 * `gov-report summary`: one terminal table, a row per report. Each organ's reports stand
 * together, in year order (organs in the order they first appear), so that a folder of several
 * years of one organ reads as its series.
 */
import { inYearOrder } from '../../crosscheck/organ.js';
import { summaryRow, summaryTable, type SummaryRow } from '../../output/summary.js';
import { startBatch } from '../batch.js';
import { painter } from '../colour.js';
import type { Run } from '../io.js';
import type { SummaryOptions } from '../options.js';

export async function summaryCommand(options: SummaryOptions, run: Run): Promise<void> {
  const batch = await startBatch(options, run);
  // Organ names are Chinese.
  const rows: SummaryRow[] = [];
  for await (const report of batch.reports()) rows.push(summaryRow(report));
  if (rows.length > 0) await run.out(summaryTable(inYearOrder(rows, (row) => row), await painter(options.colour), run.words.summary, options.width));
}
