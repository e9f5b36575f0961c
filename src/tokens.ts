/**
 * The vocabulary every stage after `normalize` speaks: a table region is a list of lines, each a
 * list of cells. Declared once here (as marked does in Tokens.ts).
 */
import type { Diagnostic } from './schema.js';

/** What a cell holds once classified. */
export type CellKind =
  | 'empty' // nothing printed (a blank cell or a merged-cell filler)
  | 'number' // a number as printed, possibly with separators or a unit (`1,234`, `12件`)
  | 'placeholder' // a mark printed where a number belongs (`/`, `—`, `无`)
  | 'digits' // digits (with single spaces) glued to a label or several groups in one cell: one or more cells that `tables` may cut apart
  | 'text'; // a label or other words

/** A cell that prints a number: its value, and the unit printed after it (`件`, `元`, `万元`…). */
export interface NumberCell {
  kind: 'number';
  /** The cell as printed (after normalisation), trimmed. */
  raw: string;
  value: number;
  unit?: string;
  /** 1-based source line. */
  line: number;
  /** The number was printed across a line break and read whole (tokenize.ts, numberCut). */
  cut?: NumberCut;
}

/**
 * A number a line break cut in two, at its decimal point (`10` / `.5`, `10.` / `5`): the two
 * pieces as printed, and the line the second was on. The cell reads them as one number; the
 * table that places it says so (`joined-number`), since no arithmetic checks the joining.
 */
export interface NumberCut {
  /** The piece at the end of the cell's own line (`10`). */
  before: string;
  /** The piece at the start of the next line (`.5`). */
  after: string;
  /** 1-based source line of `after`. */
  line: number;
}

/** A cell of any other kind. */
export interface OtherCell {
  kind: Exclude<CellKind, 'number'>;
  /** The cell as printed (after normalisation), trimmed. */
  raw: string;
  /** 1-based source line. */
  line: number;
  /**
   * Digits a space apart from the words before them inside one cell (`行政处罚 137 行政强制`, a
   * report run into one line): a number printed on its own, not digits glued to a label
   * (`行政处罚137`, which may be a crawled row's cells run together).
   */
  apart?: true;
}

export type Cell = NumberCell | OtherCell;

export interface TokenLine {
  /** 1-based source line. */
  line: number;
  cells: Cell[];
  /** The line stands above a markdown table's separator row (`|---|`): it is that table's header. */
  header?: true;
}

/** A stretch of the source: its lines with their 1-based numbers, as `sections` hands them on. */
export interface Region {
  /** 1-based line number of `lines[0]`. */
  firstLine: number;
  lines: string[];
}

/** Where and how a table row was printed: for diagnostics that point at it. */
export interface PrintedRow {
  /** 1-based line of the row's label. */
  line: number;
  /** The label as printed (group label included). */
  label: string;
}

/** A sum of table cells, by their JSON paths; `label` names it where the rows' own labels would not. */
export interface CellSum {
  terms: readonly string[];
  /** Cells taken off the sum (`本年新收 − 结转下年度`: the new applications handled this year). */
  minus?: readonly string[];
  label?: string;
}

/**
 * A figure the prose states about the tables (`收到政府信息公开申请75件`, src/prose/), with every
 * sum of cells a careful reader would accept for it (catalog/prose.ts).
 */
export interface StatedFigure {
  /** 1-based source line. */
  line: number;
  /** The words that state it, as printed. */
  quote: string;
  value: number;
  /** How far a cell may be from `value` and still agree: half the last unit printed (`1.2万件`: 500). */
  tolerance: number;
  /** The claims of catalog/prose.ts its words match. */
  claims: readonly string[];
  /** What it may mean, in the order the claims list them; the first is the one a message quotes. */
  readings: readonly CellSum[];
}

/**
 * How the report printed its tables, for the messages and lines of validateReport: where each row
 * was printed, by its JSON path (`applications.granted`), and the column labels its headers print
 * where they differ from the form's, by column path (`applications.nonprofit` → 社会组织); and the
 * figures its prose states about them (for the text-table check). Plain data: it survives JSON and
 * structured clone, as the report does.
 */
export interface Layout {
  rows: Record<string, PrintedRow>;
  columns: Record<string, string>;
  /** Absent in a layout made without the source's prose (by hand, or stored before it was kept). */
  figures?: StatedFigure[];
  /**
   * For a report read from a web page, Word file or PDF: where each line of the text it was read
   * into is in the file (`places[n - 1]` for line n), the `line` and `location` a diagnostic on
   * that line is given.
   */
  places?: readonly FilePlace[];
}

/** Where a diagnostic points in a web page, Word file or PDF (readers/read.ts). */
export type FilePlace = Pick<Diagnostic, 'line' | 'location'>;

/** A list that holds at least one item: its first is there. */
export type NonEmpty<T> = readonly [T, ...T[]];

export const isNonEmpty = <T>(items: readonly T[]): items is NonEmpty<T> => items.length > 0;
