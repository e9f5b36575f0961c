/**
 * A found row's printed cells → its values. Fits the cells to the row's column count (merged-cell
 * filler leaves empty cells at either end of a row), turns each cell into a number or null, and
 * says why every null is null. Nothing is invented: a blank cell is null plus `blank-cell`.
 */
import type { ColumnSpec } from '../catalog/index.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { Cell } from '../tokens.js';
import { recoverDigits, type DigitRecovery } from './recover.js';

export type Values = Array<number | null>;

/** Checks the form's own arithmetic on a row's values (blanks as 0); used to choose between fits. */
export type RowCheck = (values: Values) => boolean;

export interface RowContext {
  /** JSON path of the row, e.g. `applications.granted`. */
  path: string;
  /** The row's label as printed. */
  label: string;
  columns: readonly ColumnSpec[];
  /** Line of the row's label. */
  line: number;
  check?: RowCheck;
}

export interface RowValues {
  values: Values;
  diagnostics: Diagnostic[];
}

const isEmpty = (c: Cell): boolean => c.kind === 'empty';

function numericValue(c: Cell): number | null {
  return c.kind === 'number' ? c.value! : null;
}

/**
 * The ways to drop empty cells at the two ends of `cells` so that exactly `n` remain, most
 * leading-first first.
 */
export function edgeFits(cells: readonly Cell[], n: number): Cell[][] {
  const extra = cells.length - n;
  if (extra < 0) return [];
  if (extra === 0) return [[...cells]];
  let leading = 0;
  while (leading < cells.length && isEmpty(cells[leading]!)) leading++;
  let trailing = 0;
  while (trailing < cells.length && isEmpty(cells[cells.length - 1 - trailing]!)) trailing++;
  const fits: Cell[][] = [];
  for (let a = Math.min(leading, extra); a >= 0; a--) {
    const b = extra - a;
    if (b <= trailing) fits.push(cells.slice(a, cells.length - b));
  }
  return fits;
}

/** Values of a fitted row, for the arithmetic check: blanks and marks count as 0. */
const checkValues = (cells: readonly Cell[]): Values => cells.map((c) => numericValue(c) ?? 0);

function quote(cells: readonly Cell[]): string {
  return cells.map((c) => (c.kind === 'empty' ? '□' : c.raw)).join(' ');
}

export function rowValues(cells: readonly Cell[], row: RowContext): RowValues {
  const n = row.columns.length;
  const printed = cells.filter((c) => !isEmpty(c));
  if (cells.some((c) => c.kind === 'digits')) {
    const single = printed.length === 1 && n === 1 ? printed[0]! : null;
    if (single) return convert([{ ...single, kind: 'number', value: Number(single.raw.replace(/\s/g, '')) }], row);
    return fromRecovery(recoverDigits(printed, row), row);
  }
  const fits = edgeFits(cells, n);
  if (fits.length === 0) {
    const message =
      cells.length > n
        ? `row “${row.label}” prints ${printed.length} values where the form has ${n} cells (${quote(cells)}); its values were not read`
        : `row “${row.label}” prints ${cells.length} cells where the form has ${n} (${quote(cells)}); which cell is missing cannot be told, so its values were not read`;
    return { values: Array(n).fill(null), diagnostics: [diagnostic('cell-count', 'error', message, row.path, row.line)] };
  }
  const passing = row.check ? fits.filter((f) => row.check!(checkValues(f))) : [];
  return convert(passing.length === 1 ? passing[0]! : fits[0]!, row);
}

function convert(cells: readonly Cell[], row: RowContext): RowValues {
  const diagnostics: Diagnostic[] = [];
  const values = cells.map((cell, i): number | null => {
    const column = row.columns[i]!;
    const path = `${row.path}.${column.key}`;
    const where = `“${row.label}” × “${column.label}”`;
    switch (cell.kind) {
      case 'number':
        if (cell.unit && column.amount && cell.unit !== '万元') {
          diagnostics.push(diagnostic('unit', 'info', `${where} is printed in ${cell.unit} (“${cell.raw}”), not 万元; the number is kept as printed`, path, cell.line));
        }
        if (!Number.isInteger(cell.value) && !column.amount) {
          diagnostics.push(diagnostic('not-a-count', 'warning', `${where} prints “${cell.raw}”, which is not a whole number`, path, cell.line));
        }
        return cell.value!;
      case 'empty':
        diagnostics.push(diagnostic('blank-cell', 'warning', `${where} is blank; it is null in the output and counts as 0 in the checks`, path, cell.line || row.line));
        return null;
      case 'placeholder':
        diagnostics.push(diagnostic('placeholder-cell', 'warning', `${where} prints “${cell.raw}” instead of a number; it is null in the output and counts as 0 in the checks`, path, cell.line));
        return null;
      default:
        diagnostics.push(diagnostic('not-a-number', 'warning', `${where} prints “${cell.raw}”, which is not a number; it is null in the output`, path, cell.line));
        return null;
    }
  });
  return { values, diagnostics };
}

function fromRecovery(recovery: DigitRecovery, row: RowContext): RowValues {
  const n = row.columns.length;
  if (recovery.kind === 'recovered') {
    return {
      values: recovery.values,
      diagnostics: [diagnostic('recovered-digits', 'info', `row “${row.label}” printed its cells run together (“${recovery.printed}”); they were read as ${recovery.values.join(', ')}, the only cut that fits the form's arithmetic`, row.path, row.line)],
    };
  }
  if (recovery.kind === 'ambiguous') {
    const shown = recovery.candidates.slice(0, 5).map((c) => `[${c.join(', ')}]`).join(' or ');
    const more = recovery.candidates.length > 5 ? ` and ${recovery.candidates.length - 5} more` : '';
    return {
      values: Array(n).fill(null),
      diagnostics: [diagnostic('ambiguous-digits', 'warning', `row “${row.label}” printed its cells run together (“${recovery.printed}”) and more than one cut fits: ${shown}${more}; its values are left null`, row.path, row.line)],
    };
  }
  return {
    values: Array(n).fill(null),
    diagnostics: [diagnostic('unrecoverable-digits', 'warning', `row “${row.label}” printed its cells run together (“${recovery.printed}”) and no cut into ${n} cells fits the form's arithmetic; its values are left null`, row.path, row.line)],
  };
}
