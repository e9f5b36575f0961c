/**
 * The text before a table's first row: its column headers. They tell part 二's two forms apart,
 * and name columns as the report prints them where that differs from the form (社会组织 for
 * 社会公益组织), so that messages quote the report's own labels.
 */
import { FORM_MARKERS } from '../catalog/activeDisclosure.js';
import type { ColumnSpec, Format } from '../catalog/types.js';
import { remembered } from '../limits.js';
import { matchKey } from '../normalize/matchKey.js';
import type { Layout, TokenLine } from '../tokens.js';
import type { ColumnsAsPrinted, TablePlan } from './plan.js';

/** The text cells of the lines up to `lastLine`, as printed: the headers before a table's first row. */
function headerText(lines: readonly TokenLine[], lastLine = Infinity): string {
  // Concatenated in a loop: flatMap over the lines cost ten times the rest of detectFormat.
  let text = '';
  for (const line of lines) {
    if (line.line > lastLine) break;
    for (const c of line.cells) if (c.kind === 'text') text += c.raw;
  }
  return text;
}

/** Which form a part 二 region is in, from the column headers only one form prints. */
export function detectFormat(lines: readonly TokenLine[]): Format | null {
  const text = matchKey(headerText(lines));
  const is2019 = FORM_MARKERS['2019'].test(text);
  const is2021 = FORM_MARKERS['2021'].test(text);
  if (is2019 !== is2021) return is2019 ? '2019' : '2021';
  return null;
}

/** The longest header text whose reading is remembered, and how many are (headers repeat from report to report). */
const MAX_HEADER_REMEMBERED = 512;
const HEADERS_REMEMBERED = 256;

/**
 * The table's columns as its headers (the text before its first row) print them: ColumnSpec.printed
 * matched on their matchKey. A set the report prints as the form does is itself. The labels that
 * differ go to `printedColumns`, by column path.
 */
export function columnsAsPrinted(
  plan: TablePlan,
  lines: readonly TokenLine[],
  firstRowLine: number,
  printedColumns: Layout['columns'],
): ReadonlyMap<readonly ColumnSpec[], readonly ColumnSpec[]> {
  const text = headerText(lines, firstRowLine);
  const read = (): ColumnsAsPrinted => readHeaders(plan, matchKey(text));
  const found = text.length > MAX_HEADER_REMEMBERED ? read() : remembered(plan.headers, text, HEADERS_REMEMBERED, read);
  for (const [path, label] of found.labels) printedColumns[path] = label;
  return found.sets;
}

function readHeaders(plan: TablePlan, header: string): ColumnsAsPrinted {
  const sets = new Map<readonly ColumnSpec[], readonly ColumnSpec[]>();
  const labels: Array<readonly [string, string]> = [];
  for (const { spec } of plan.rows) {
    if (sets.has(spec.columns)) continue;
    let changed = false;
    const columns = spec.columns.map((column) => {
      const label = column.printed?.exec(header)?.[0];
      if (label === undefined || label === matchKey(column.label)) return column;
      changed = true;
      labels.push([`${plan.key}.${column.key}`, label]);
      return { ...column, label };
    });
    sets.set(spec.columns, changed ? columns : spec.columns);
  }
  return { sets, labels };
}
