/**
 * A row's first number printed on its label's first line, the row's numbering alone on the next
 * line with the rest of its numbers, the label's rest below: `pdftotext -layout` of a narrow label
 * column whose cells are centred top to bottom, when the first number's baseline is the label's
 * first line's (Chromium's prints of web pages):
 *
 *     危及“三 69
 *     3.       102     52     63     91     56    433
 *     安全一稳定”
 *
 * The number is put back beside the others, after the numbering, as a label centred on its numbers
 * prints them (`危及“三` / `3.⇥69⇥102…433` / `安全一稳定”`), which the table's reading knows
 * (centredLabel.ts, and the rest of a label after its numbers). Only when the line above prints
 * words and that one number, the numbering's line nothing but the numbering and numbers one short
 * of a row of the table, and that row, the number first, adds up.
 */
import { ROW_NUMBERING_ALONE } from '../catalog/lexicon.js';
import { matchKey } from '../normalize/matchKey.js';
import type { Cell, TokenLine } from '../tokens.js';
import type { TablePlan } from './plan.js';
import { groupsAddUp, numbersIn } from './rowValues.js';

/** The lines with each such first number moved to its numbering's line; the same array when there is none. */
export function regatherFirstNumbers(lines: readonly TokenLine[], plan: TablePlan): readonly TokenLine[] {
  let out: TokenLine[] | null = null;
  for (let i = 0; i + 1 < lines.length; i++) {
    const above = out?.[i] ?? lines[i];
    const below = lines[i + 1];
    if (above === undefined || below === undefined) continue;
    const moved = movedFirstNumber(above, below, plan);
    if (moved === null) continue;
    out ??= [...lines];
    out[i] = moved.above;
    out[i + 1] = moved.below;
  }
  return out ?? lines;
}

/** The one number a line of words ends in (`危及“三 69`): its cell and value; null for any other line. */
function lastNumber(line: TokenLine): { cell: Cell; value: number } | null {
  let last: Cell | null = null;
  let words = 0;
  for (const c of line.cells) {
    if (c.kind === 'empty') continue;
    if (last !== null) return null; // something after the number
    if (c.kind === 'text') words++;
    else last = c;
  }
  const values = last === null ? null : numbersIn(last);
  return last !== null && words > 0 && values?.length === 1 && values[0] !== undefined ? { cell: last, value: values[0] } : null;
}

function movedFirstNumber(above: TokenLine, below: TokenLine, plan: TablePlan): { above: TokenLine; below: TokenLine } | null {
  const first = lastNumber(above);
  if (first === null) return null;
  const printed = below.cells.filter((c) => c.kind !== 'empty');
  const [numbering, ...rest] = printed;
  if (numbering === undefined || numbering.kind !== 'text' || !ROW_NUMBERING_ALONE.test(matchKey(numbering.raw)) || rest.length === 0) return null;
  const values = [first.value];
  for (const c of rest) {
    const held = numbersIn(c);
    if (held === null) return null;
    for (const v of held) values.push(v);
  }
  const fits = plan.rows.some((row) => row.spec.columns.length === values.length && row.sumGroups.length > 0 && groupsAddUp(values, row.sumGroups));
  if (!fits) return null;
  const at = below.cells.indexOf(numbering);
  // The label's line keeps its words (the blank cells before the number go with it); the number
  // is on the numbering's line now, as a centred label prints it.
  const kept = above.cells.slice(0, above.cells.indexOf(first.cell));
  while (kept.at(-1)?.kind === 'empty') kept.pop();
  return {
    above: { ...above, cells: kept },
    below: { ...below, cells: [...below.cells.slice(0, at + 1), { ...first.cell, line: below.line }, ...below.cells.slice(at + 1)] },
  };
}
