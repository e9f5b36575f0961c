/**
 * token lines → the three tables of docs/contract.md, each driven by its catalog rows: part 二 (第二十条,
 * per form), part 三 (the application matrix), part 四 (review and litigation, reviewLitigation.ts).
 */
import type { Format, TableRows, TableValue } from '../catalog/types.js';
import type { ActiveDisclosure2019, ActiveDisclosure2021, Applications } from '../schema.js';
import type { TokenLine } from '../tokens.js';
import { withWordsAround } from './aroundNumbers.js';
import { withBlocks } from './blocks.js';
import { buildTable, type TableLocation, type TableResult } from './buildTable.js';
import { withFormOrder } from './formOrder.js';
import { PLANS, type TablePlan } from './plan.js';
import { linesToRead } from './strayLines.js';
import { withRepeats } from './repeats.js';
import { headerAfterLabel, withColumns } from './underHeaders.js';

export { detectFormat } from './headers.js';
export { reviewLitigationTable } from './reviewLitigation.js';
export type { TableLocation, TableResult };

export function activeDisclosureTable(printed: readonly TokenLine[], format: Format, location: TableLocation): TableResult<ActiveDisclosure2021 | ActiveDisclosure2019> {
  return format === '2019' ? partTwo(printed, PLANS.activeDisclosure['2019'], location) : partTwo(printed, PLANS.activeDisclosure['2021'], location);
}

/** Part 二 in a form's plan: by rows, or column by column under its headers. */
function partTwo<Rows extends TableRows>(printed: readonly TokenLine[], plan: TablePlan<Rows>, location: TableLocation): TableResult<TableValue<Rows>> {
  const { lines, diagnostics } = linesToRead(printed, plan);
  const read = buildTable(lines, plan, location, PLANS.applications);
  const next = location.nextMissing === true ? PLANS.applications : null;
  return withRepeats(headerAfterLabel(lines, plan, withColumns(lines, plan, read, next) ?? read, next), diagnostics);
}

export function applicationTable(printed: readonly TokenLine[], location: TableLocation): TableResult<Applications> {
  const { lines, diagnostics } = linesToRead(printed, PLANS.applications);
  const byRows = buildTable(lines, PLANS.applications, location, PLANS.reviewLitigation);
  const read = withBlocks(lines, PLANS.applications, byRows) ?? byRows;
  const around = withWordsAround(lines, PLANS.applications, read) ?? read;
  return withRepeats(withFormOrder(lines, PLANS.applications, around) ?? around, diagnostics);
}
