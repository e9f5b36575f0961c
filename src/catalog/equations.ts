/**
 * The arithmetic the form prints, as data. validate/ checks each equation and reports a fault
 * under its code; tables/ uses the same equations to cut back cells a crawler ran together (a
 * row's own total, and across rows the column equations). A new equation is one entry here.
 */
import type { APPLICATION_ROWS } from './applications.js';
import type { REVIEW_LITIGATION_ROWS } from './reviewLitigation.js';
import type { ColumnKey, RowPath, TableRows } from './types.js';

/** Rows of a table: these, or every row from `from` to `to` in the form's order. */
export type RowSet<Path extends string> = readonly Path[] | { readonly from: Path; readonly to: Path };

/**
 * How the message names the two sides (messages/en.ts has the sentences):
 * - `sums`: both sides term by term (`“新收” 3 + “结转” 1 = 4, but …`), in the column;
 * - `outcomes`: the total row against the outcome rows, named by the first and last (`（一）予以公开 … （六）其他处理`);
 * - `rowTotal` / `groupTotal`: a row's total against its other cells, the row named `row “…”` / `“…”`.
 */
export type EquationMessage = 'sums' | 'outcomes' | 'rowTotal' | 'groupTotal';

interface ColumnEquation<Table extends string, Rows extends TableRows> {
  readonly code: string;
  readonly table: Table;
  /** In every column, the cells of the `left` rows add up to those of the `right` rows. */
  readonly each: 'column';
  readonly left: RowSet<RowPath<Rows>>;
  readonly right: RowSet<RowPath<Rows>>;
  /** The row a fault is reported at (its line; the path is that row's cell in the column). */
  readonly reportAt: RowPath<Rows>;
  readonly message: EquationMessage;
}

interface RowEquation<Table extends string, Rows extends TableRows> {
  readonly code: string;
  readonly table: Table;
  /** In each of `rows` (or every row of the table), the `left` cells add up to the `right` cells. */
  readonly each: 'row';
  readonly rows: 'every' | readonly RowPath<Rows>[];
  readonly left: readonly ColumnKey<Rows>[];
  readonly right: readonly ColumnKey<Rows>[];
  /** The cell a fault is reported at (the row's line). */
  readonly reportAt: ColumnKey<Rows>;
  readonly message: EquationMessage;
}

type EquationOf<Table extends string, Rows extends TableRows> = ColumnEquation<Table, Rows> | RowEquation<Table, Rows>;

export type Equation = EquationOf<'applications', typeof APPLICATION_ROWS> | EquationOf<'reviewLitigation', typeof REVIEW_LITIGATION_ROWS>;

const OUTCOME_PARTS = ['upheld', 'corrected', 'other', 'pending'] as const;

/** docs/contract.md's rules, in the order they are checked (and reported, on the same line). */
export const EQUATIONS = [
  {
    code: 'balance',
    table: 'applications',
    each: 'column',
    left: ['newReceived', 'carriedOver'],
    right: ['totalHandled', 'carriedForward'],
    reportAt: 'carriedForward',
    message: 'sums',
  },
  {
    code: 'handled-sum',
    table: 'applications',
    each: 'column',
    left: { from: 'granted', to: 'otherHandling.other' },
    right: ['totalHandled'],
    reportAt: 'totalHandled',
    message: 'outcomes',
  },
  {
    code: 'row-total',
    table: 'applications',
    each: 'row',
    rows: 'every',
    left: ['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'other'],
    right: ['total'],
    reportAt: 'total',
    message: 'rowTotal',
  },
  {
    code: 'review-total',
    table: 'reviewLitigation',
    each: 'row',
    rows: ['review'],
    left: OUTCOME_PARTS,
    right: ['total'],
    reportAt: 'total',
    message: 'groupTotal',
  },
  {
    code: 'litigation-total',
    table: 'reviewLitigation',
    each: 'row',
    rows: ['litigationDirect', 'litigationAfterReview'],
    left: OUTCOME_PARTS,
    right: ['total'],
    reportAt: 'total',
    message: 'groupTotal',
  },
] as const satisfies readonly Equation[];

/** An equation of the catalog, with its code's literal type. */
export type FormEquation = (typeof EQUATIONS)[number];

export type EquationCode = FormEquation['code'];
