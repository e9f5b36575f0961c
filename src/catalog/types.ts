/**
 * The vocabulary the catalog is written in: a table is an object of rows (and groups of rows),
 * each row with its columns. The JSON keys of a report, its TypeScript types and its zod schema
 * all come from these objects (see schema.ts), so a key is declared once.
 */
import type { PartNumber } from './parts.js';

export type Format = '2021' | '2019';

export interface ColumnSpec {
  /** The JSON key. */
  readonly key: string;
  /** The column label as the form prints it. */
  readonly label: string;
  /** What the column counts, in English (the JSON Schema's description). */
  readonly meaning: string;
  /** The unit the form gives the column in: an amount, which may print a unit; another unit is reported. */
  readonly unit?: string;
  /**
   * The ways reports print this column's header, where they differ from the form (matched on the
   * matchKey of the text before the table's first row): what it matches names the column in
   * messages, so they quote the report's own label (社会组织 where the form says 社会公益组织).
   */
  readonly printed?: RegExp;
  /**
   * The column may print a sign (a change, the 2019 form's 本年增/减): a negative number is a
   * value here, and in any other column not a count; where cells ran together, a sign starts this
   * column's cell (`行政许可0+11` is 0, +1, 1), and no other column's.
   */
  readonly signed?: boolean;
}

export interface RowSpec {
  /** The row label as the form prints it (messages quote it when the report's own print is unknown). */
  readonly label: string;
  /** What the row counts, in English (the JSON Schema's description). */
  readonly meaning: string;
  /**
   * The words that name the row, matched on the matchKey of its label cells (NFKC, spaces
   * removed, so `(三) 不予 公开` arrives as `(三)不予公开`). Labels arrive with their group label
   * in front (`(三)不予公开1.属于国家秘密`), so the row whose pattern matches last in the label
   * wins: write patterns for the words that name the row, not for its numbering, which reports
   * drop or change.
   */
  readonly match: RegExp;
  readonly columns: readonly ColumnSpec[];
  /**
   * The row's name in a cell's short label (`申请·本年新收·自然人`, catalog/labels.ts), where its
   * label without numbering and group is too long or unclear; else that is its name.
   */
  readonly short?: string;
  /** A row only this form has: a report that prints it is of this form. */
  readonly onlyIn?: Format;
  /**
   * Words the form prints after the label, in brackets (`（区分处理的，只计这一情形，不计其他情形）`
   * of （二）部分公开): the row's own words, though they do not name it.
   */
  readonly note?: string;
  /**
   * The words the form prints after a label the catalog shortens (`…`): `、行政机关不再处理其政府信息公开申请`
   * of `1.申请人无正当理由逾期不补正…`. The row's own words, though they do not name it.
   */
  readonly rest?: string;
  /**
   * The small table of part 二 the form prints the row in: 第二十条's item (`（五）`). Its rows share
   * its column headers, each printed once above them.
   */
  readonly item?: string;
}

/** Rows the form prints under one label (（三）不予公开 1.… 8.…): a nested object in the JSON. */
export interface GroupSpec<Rows extends TableRows = TableRows> {
  readonly label: string;
  readonly meaning: string;
  readonly rows: Rows;
  /** The group's name in a cell's short label, where its label without numbering will not do. */
  readonly short?: string;
  /**
   * The form lets the group be printed as one row, whose label (its matchKey) matches `label`:
   * it is then the group's row `row`, and the group's other rows are absent without complaint.
   */
  readonly asOneRow?: { readonly row: string; readonly label: RegExp };
}

export interface TableRows {
  readonly [key: string]: RowSpec | GroupSpec;
}

export type TableKey = 'activeDisclosure' | 'applications' | 'reviewLitigation';

export interface TableSpec<Rows extends TableRows = TableRows> {
  readonly key: TableKey;
  /** The part of the report that prints it. */
  readonly part: PartNumber;
  readonly rows: Rows;
  /**
   * Words the table's header prints besides its column labels (申请人情况, 法人或其他组织,
   * 信息内容), matched on a cell's matchKey. A line of nothing but column labels and these words is
   * a header line, never a row's label, wherever it is printed (a page break repeats it).
   */
  readonly headerWords?: readonly RegExp[];
  /**
   * The words the form prints in the table besides its rows' and columns' labels, whole (the
   * column of 三、本年度办理结果 beside the outcome rows, 申请人情况): a label made of pieces of
   * these and of the rows' labels is the form's words printed in pieces, not a row of its own.
   */
  readonly printedWords?: readonly string[];
  /** The table's name at the head of a cell's short label (`申请·…`); none where its rows name it (`行政复议·…`). */
  readonly short?: string;
}

export const isGroup = (item: RowSpec | GroupSpec): item is GroupSpec => 'rows' in item;

// ── The JSON a table becomes ─────────────────────────────────────────────────────────────────

/** A row's cells: a number as printed, or null where the source left it blank or unreadable. */
export type RowValue<Row extends RowSpec> = { [Column in Row['columns'][number] as Column['key']]: number | null };

/** A table's JSON: each row's cells, or null when the report lacks the row; a group a nested object. */
export type TableValue<Rows extends TableRows> = {
  -readonly [Key in keyof Rows]: Rows[Key] extends GroupSpec<infer Group>
    ? TableValue<Group>
    : Rows[Key] extends RowSpec
      ? RowValue<Rows[Key]> | null
      : never;
};

/** The path of each row in its table: `granted`, `denied.stateSecret`. */
export type RowPath<Rows extends TableRows> = {
  [Key in keyof Rows & string]: Rows[Key] extends GroupSpec<infer Group> ? `${Key}.${RowPath<Group>}` : Key;
}[keyof Rows & string];

/** The keys of a table's columns. */
export type ColumnKey<Rows extends TableRows> = {
  [Key in keyof Rows]: Rows[Key] extends GroupSpec<infer Group> ? ColumnKey<Group> : Rows[Key] extends RowSpec ? Rows[Key]['columns'][number]['key'] : never;
}[keyof Rows];
