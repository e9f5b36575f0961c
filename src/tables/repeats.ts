/**
 * Lines printed twice in a conversion: a stretch of a table's lines printed again, word for word,
 * right after itself (`复议后起诉` / `19` / `复议后起诉` / `19` / `147` / …: pdftotext and page
 * breaks do so). Read as printed, the second print's label takes numbers the first print's left
 * to others, or the labels of a run printed first come twice and run into one; read once, the
 * stretch reads as the report printed it. Only a stretch holding a line that names a row of the
 * table is read once so: lines of numbers alone (`0` / `0`) and of column headers come again in
 * a report as printed, and a row's label printed again is a row printed twice, whatever follows.
 * Or one of column headers and numbers, LEAST_NUMBERS of them other than 0 (`尚未审结` / `总计` /
 * `361` … `2243`, part 四's small tables): two small tables do not print those alike.
 * The lines read once keep their line numbers; the stretch left out is reported (`duplicate-row.lines`).
 */
import { diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import { matchKey } from '../normalize/matchKey.js';
import type { TokenLine } from '../tokens.js';
import type { TableResult } from './buildTable.js';
import { matchRow } from './labels.js';
import type { TablePlan } from './plan.js';

/** The most lines a stretch printed twice may hold: longer ones are left to the rules for rows printed twice. */
const MOST_LINES = 16;

/** A line's cells as printed (kind and text), which a line printed again repeats exactly. */
export function printedKey(line: TokenLine): string {
  let key = '';
  for (const c of line.cells) key += `${c.kind}\u0001${c.raw}\u0002`;
  return key;
}

/** The table's lines with each stretch printed again right after itself read once, and what was left out. */
export function readOnce(lines: readonly TokenLine[], plan: TablePlan): { lines: TokenLine[]; diagnostics: PendingDiagnostic[] } {
  /** Each distinct printed line as a number, so that stretches compare number by number. */
  const ids = new Map<string, number>();
  /** The row each distinct printed line names (its path, and the line's words), found once. */
  const names: Array<{ path: string; label: string } | null> = [];
  /** Whether each distinct printed line holds a column header word, and how many numbers other than 0 it prints. */
  const headed: Array<{ header: boolean; numbers: number }> = [];
  const kept: TokenLine[] = [];
  const keptIds: number[] = [];
  /** Whether each kept line names a row or prints a column header, and the last such one's place: a stretch without one is never read once. */
  const keptMarked: boolean[] = [];
  let lastMark = -1;
  const diagnostics: Array<PendingDiagnostic<'duplicate-row.lines' | 'duplicate-row.linesHeaded'>> = [];
  for (const line of lines) {
    const key = printedKey(line);
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
      const words = line.cells.filter((c) => c.kind === 'text').map((c) => c.raw.trim());
      const row = words.length === 0 ? null : matchRow(matchKey(words.join('')), plan.rows)?.row;
      names.push(row ? { path: row.fullPath, label: words.join(' ') } : null);
      headed.push(headedNumbers(line, plan));
    }
    kept.push(line);
    keptIds.push(id);
    const marked = names[id] !== null || headed[id]?.header === true;
    keptMarked.push(marked);
    if (marked) lastMark = keptIds.length - 1;
    // Does this line end a stretch that repeats the one right before it? Then it is left out.
    // (Only stretches that hold a line naming a row or a header line: a file of 150,000 lines of
    // numbers is not compared line by line.)
    const n = keptIds.length;
    for (let k = Math.max(1, n - lastMark); k <= MOST_LINES && 2 * k <= n; k++) {
      if (keptIds[n - 1] !== keptIds[n - 1 - k]) continue;
      let same = true;
      /** The first line of the stretch that names a row. */
      let row: { path: string; label: string } | null = null;
      for (let j = 1; j <= k && same; j++) {
        const a = keptIds[n - j];
        same = a === keptIds[n - j - k];
        if (a !== undefined) row = names[a] ?? row;
      }
      if (!same || (row === null && !headedStretch(keptIds.slice(n - k), headed))) continue;
      const again = kept.splice(n - k, k);
      keptIds.splice(n - k, k);
      keptMarked.splice(n - k, k);
      while (lastMark >= keptMarked.length || (lastMark >= 0 && keptMarked[lastMark] !== true)) lastMark--;
      const first = kept[n - 2 * k]?.line ?? 0;
      const firstEnd = kept[n - k - 1]?.line ?? first;
      const from = again[0]?.line ?? 0;
      const to = again.at(-1)?.line ?? from;
      // The same lines printed again and again (a line repeated 150,000 times): said once, counting them.
      const last = diagnostics.at(-1);
      if ((last?.message === 'duplicate-row.lines' || last?.message === 'duplicate-row.linesHeaded') && last.params.first === first && last.params.firstEnd === firstEnd) {
        last.params.to = to;
        last.params.times++;
      } else if (row === null) diagnostics.push(diagnostic('duplicate-row', 'duplicate-row.linesHeaded', { first, firstEnd, from, to, times: 1 }, plan.key, from));
      else diagnostics.push(diagnostic('duplicate-row', 'duplicate-row.lines', { row: row.label, first, firstEnd, from, to, times: 1 }, row.path, from));
      break;
    }
  }
  return { lines: kept, diagnostics };
}

/** The least numbers other than 0 a stretch of column headers and numbers, no row named, must print to be a stretch printed twice, not chance. */
const LEAST_NUMBERS = 3;

/** Does a line print a column header word of the table, and how many numbers other than 0? */
function headedNumbers(line: TokenLine, plan: TablePlan): { header: boolean; numbers: number } {
  let header = false;
  let numbers = 0;
  for (const c of line.cells) {
    if (c.kind === 'text' && plan.isHeaderWord(matchKey(c.raw))) header = true;
    else if (c.kind === 'number' && c.value !== 0) numbers++;
  }
  return { header, numbers };
}

/**
 * Does a stretch (its lines' ids) that names no row print a line of the table's column headers
 * and at least LEAST_NUMBERS numbers other than 0 (`尚未审结` / `总计` / `361` / `998` / `882` / `2` /
 * `2243`)? Printed again right after itself, word for word, such a stretch is no two small tables' alike.
 */
function headedStretch(ids: readonly number[], headed: ReadonlyArray<{ header: boolean; numbers: number }>): boolean {
  let header = false;
  let numbers = 0;
  for (const id of ids) {
    const facts = headed[id];
    if (facts === undefined) continue;
    header ||= facts.header;
    numbers += facts.numbers;
  }
  return header && numbers >= LEAST_NUMBERS;
}

/** A table's result with the stretches read once (readOnce) reported first. */
export function withRepeats<T>(result: TableResult<T>, repeats: readonly PendingDiagnostic[]): TableResult<T> {
  return repeats.length === 0 ? result : { ...result, diagnostics: [...repeats, ...result.diagnostics] };
}
