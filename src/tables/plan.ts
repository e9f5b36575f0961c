/**
 * What the table readers need of the catalog, made once when the module loads: each table's rows
 * with the pattern that finds them and the arithmetic that cuts their run-together cells (from
 * the catalog's equations), the table's column equations for the cross-row choice, and where
 * each row goes in the JSON.
 */
import { EQUATIONS, type FormEquation } from '../catalog/equations.js';
import { rowAt, rowIn, rowsIn, TABLES, type Table, type TableRow } from '../catalog/tables.js';
import type { ColumnSpec, Format, TableKey, TableRows, TableValue } from '../catalog/types.js';
import type { ColumnRule } from './crossRows.js';
import { remembered } from '../limits.js';
import { matchKey } from '../normalize/matchKey.js';
import { GROUP_NUMBERING_AT_START, ROW_NUMBERING } from '../catalog/lexicon.js';
import type { LabelMatch, UnitsFound } from './labels.js';

export interface PlannedRow extends TableRow {
  /** Where the row goes in the table's JSON: the keys of its groups, then its own key. */
  readonly groupKeys: readonly string[];
  readonly key: string;
  /** RowSpec.match with the `g` flag: matchRow looks at every match in a label. */
  readonly pattern: RegExp;
  /**
   * RowSpec.match without what only narrows where it matches (`^`, `$`, lookarounds): it matches any
   * text that holds a piece the pattern matches, so a text it does not match has no piece naming the row.
   */
  readonly anywhere: RegExp;
  /**
   * The row's own arithmetic, for cells printed run together: consecutive groups of cells whose
   * last is the sum of the others ([7] for the application matrix), from a row equation whose
   * last column is the sum of the others. None: the row has none (part 二).
   */
  readonly sumGroups: readonly number[];
  /** The row's own label as the form prints it, its group's words aside (`1.属于国家秘密` of `（三）不予公开 1.属于国家秘密`), as a matchKey. */
  readonly ownKey: string;
  /**
   * The catalog prints the row's label shortened (`1.申请人无正当理由逾期不补正…`, the longest
   * labels): `ownKey` then holds only its first words, and words of the label past them are not known.
   */
  readonly shortened: boolean;
  /** The words the form prints after a label the catalog shortens (RowSpec.rest), as a matchKey; '' for none. */
  readonly restKey: string;
  /** The words the form prints after the label in brackets (RowSpec.note), as a matchKey; '' for none. */
  readonly noteKey: string;
  /** The row's own label whole as the form prints it: the words the catalog shortens put back, its note after it; as a matchKey. */
  readonly wholeKey: string;
  /** The row's own numbering as the form prints it (`1.` of `（三）不予公开 1.属于国家秘密`), as a matchKey; null for none. */
  readonly numbering: string | null;
  /** The label of the row's group (`（六）其他处理`), as a matchKey; null for a row of no group. */
  readonly groupKey: string | null;
  /** How many times the row's pattern matches its own label as the form prints it (`确认或重新`, `已获取信息`: two), one at least. */
  readonly ownMatches: number;
}

/** Each set of a table's columns with the labels the report's headers give them, and those labels by column path. */
export interface ColumnsAsPrinted {
  readonly sets: ReadonlyMap<readonly ColumnSpec[], readonly ColumnSpec[]>;
  readonly labels: ReadonlyArray<readonly [path: string, label: string]>;
}

export interface TablePlan<Rows extends TableRows = TableRows> {
  readonly key: TableKey;
  readonly table: Table<Rows>;
  /** In the form's order. */
  readonly rows: readonly PlannedRow[];
  /** The table's column equations, in the order of the rows they report at (see chooseAcrossRows). */
  readonly columnRules: readonly ColumnRule[];
  /** Does any column of the table have ColumnSpec.printed (so its header text is worth reading)? */
  readonly printedVariants: boolean;
  /** The most columns a row of the table has. */
  readonly widest: number;
  /** Header texts read (columnsAsPrinted), remembered: headers repeat from report to report. */
  readonly headers: Map<string, ColumnsAsPrinted>;
  /** Labels matched (labels.ts matchLabel), remembered by their cells' texts: labels repeat too. */
  readonly labels: Map<string, LabelMatch>;
  /** The rows labels over several lines name one after another (labels.ts labelUnits), remembered so too. */
  readonly units: Map<string, UnitsFound>;
  /** The row the words around a row's numbers name (centredLabel.ts), by their matchKey, remembered so too. */
  readonly named: Map<string, PlannedRow | null>;
  /**
   * Is a piece of words (its matchKey, two characters or more) some of a group's label's words
   * (`（三）不予`, `公开`): the group's column, printed interleaved with its rows' labels?
   */
  readonly isGroupWord: (key: string) => boolean;
  /**
   * Is it so and of no row's own label besides (`（五）不`, `予处理`; not `处理`, which
   * 申请人…不再处理其… prints too): certainly the group's column, cut where the column wraps it?
   */
  readonly isGroupPiece: (key: string) => boolean;
  /**
   * Is it the last character of a group's label (`开` of `（三）不予公开`, `理`, `供`): the end of the
   * group's column when it wraps one character onto a line of its own, before a row's words?
   */
  readonly isGroupEnd: (key: string) => boolean;
  /** The labels of the table's groups of rows (`（三）不予公开`), as matchKeys. */
  readonly groupLabels: readonly string[];
  /** The same without their numbering (`不予公开`), as matchKeys. */
  readonly groupTitles: readonly string[];
  /**
   * Is a cell (its matchKey) a word of the table's header: a column label as the form prints it
   * or as reports do (ColumnSpec.printed), or one of TableSpec.headerWords?
   */
  readonly isHeaderWord: (key: string) => boolean;
  /** The matchKeys of the column labels the form prints (each set once), for finding a header run into a label. */
  readonly columnLabels: readonly string[];
  /**
   * The words the form prints over rows past the table's first, as matchKeys: TableSpec.printedWords
   * that are no header words (`三、本年度办理结果`). Labels' laterLabelOf looks for their start.
   */
  readonly laterWords: readonly string[];
}

/** isHeaderWord remembers its answer for keys this long at most, this many of them. */
const HEADER_WORD_KEPT = 64;
const HEADER_WORDS_KEPT = 4096;

const equationsOf = (key: TableKey): readonly FormEquation[] => EQUATIONS.filter((e) => e.table === key);

/** [n] when a row equation makes the row's last cell the sum of the n − 1 before it; else none. */
function sumGroupsOf(row: TableRow, equations: readonly FormEquation[]): readonly number[] {
  const keys = row.spec.columns.map((c) => c.key);
  const last = keys.at(-1);
  for (const e of equations) {
    if (e.each !== 'row' || (e.rows !== 'every' && !e.rows.some((path) => path === row.path))) continue;
    const parts: readonly string[] = e.left;
    const total: readonly string[] = e.right;
    if (total.length === 1 && total[0] === last && parts.length === keys.length - 1 && parts.every((k, i) => k === keys[i])) return [keys.length];
  }
  return [];
}

/** How often a row's words match a text (its own label: `确认或重新` and `已获取信息`, two), one at least. */
function matchesIn(text: string, match: RegExp): number {
  const re = new RegExp(match.source, `${match.flags.replace('g', '')}g`);
  let n = 0;
  for (let m = re.exec(text); m !== null && m[0] !== ''; m = re.exec(text)) n++;
  return Math.max(1, n);
}

/** What in a row's pattern only narrows where it matches: an unescaped `$` or `^` outside brackets, a lookaround (of no brackets within). */
const NARROWING = /(?<!\\)[$]|(?<![\\[])\^|\(\?<?[!=][^()]*\)/g;

/** How the catalog ends a label it shortens (`1.申请人无正当理由逾期不补正…`). */
const SHORTENED = '…';

function planOf<Rows extends TableRows>(table: Table<Rows>): TablePlan<Rows> {
  const equations = equationsOf(table.key);
  const rows = table.rows.map((row) => {
    const ownKey = matchKey(row.spec.label.split(/\s+/).at(-1) ?? '');
    return {
      ...row,
      groupKeys: row.keys.slice(0, -1),
      key: row.keys.at(-1) ?? row.path,
      pattern: new RegExp(row.spec.match.source, `${row.spec.match.flags}g`),
      anywhere: new RegExp(row.spec.match.source.replace(NARROWING, ''), row.spec.match.flags),
      sumGroups: sumGroupsOf(row, equations),
      ownKey,
      shortened: row.spec.label.endsWith(SHORTENED),
      noteKey: matchKey(row.spec.note ?? ''),
      restKey: matchKey(row.spec.rest ?? ''),
      wholeKey: (row.spec.label.endsWith(SHORTENED) ? ownKey.slice(0, -matchKey(SHORTENED).length) + matchKey(row.spec.rest ?? '') : ownKey) + matchKey(row.spec.note ?? ''),
      numbering: ROW_NUMBERING.exec(ownKey)?.[0] ?? null,
      groupKey: row.keys.length > 1 ? matchKey(row.topLabel) : null,
      ownMatches: matchesIn(matchKey(row.spec.label), row.spec.match),
    };
  });
  // The labels of the table's groups of rows (`（三）不予公开`), as matchKeys.
  const groupLabels = [...new Set(rows.flatMap((row) => (row.groupKey === null ? [] : [row.groupKey])))];
  const groupTitles = groupLabels.map((group) => group.replace(GROUP_NUMBERING_AT_START, '')).filter((title) => title !== '');
  const columnRules = equations
    .flatMap((e) => (e.each === 'column' ? [{ e, at: rowAt(table, e.reportAt).index }] : []))
    .sort((a, b) => a.at - b.at)
    .map(({ e }) => ({
      code: e.code,
      terms: [...rowsIn(table, e.left).map((r) => ({ row: r.path, sign: 1 as const })), ...rowsIn(table, e.right).map((r) => ({ row: r.path, sign: -1 as const }))],
    }));
  const printedVariants = rows.some((row) => row.spec.columns.some((c) => c.printed));
  const widest = Math.max(...rows.map((row) => row.spec.columns.length));
  const columns = rows.flatMap((row) => row.spec.columns);
  const columnLabels = [...new Set(columns.map((c) => matchKey(c.label)))];
  const exact = new Set(columnLabels);
  const patterns = [
    ...columns.flatMap((c) => (c.printed ? [new RegExp(`^(?:${c.printed.source})$`)] : [])),
    ...(table.spec.headerWords ?? []),
  ];
  // Remembered for short keys (bounded): every word of a long run of words is asked about, and words repeat.
  const headerWords = new Map<string, boolean>();
  const isHeaderWord = (key: string): boolean => {
    if (exact.has(key)) return true;
    const matches = (): boolean => patterns.some((p) => p.test(key));
    return key.length > HEADER_WORD_KEPT ? matches() : remembered(headerWords, key, HEADER_WORDS_KEPT, matches);
  };
  const isGroupWord = (key: string): boolean => key.length >= 2 && groupLabels.some((group) => group.includes(key));
  const isGroupPiece = (key: string): boolean => isGroupWord(key) && !rows.some((row) => row.ownKey.includes(key));
  const isGroupEnd = (key: string): boolean => key.length === 1 && groupLabels.some((group) => group.endsWith(key));
  const laterWords = (table.spec.printedWords ?? []).map((w) => matchKey(w)).filter((w) => w !== '' && !isHeaderWord(w));
  return { key: table.key, table, rows, columnRules, printedVariants, widest, headers: new Map(), labels: new Map(), units: new Map(), named: new Map(), isGroupWord, isGroupPiece, isGroupEnd, groupLabels, groupTitles, isHeaderWord, columnLabels, laterWords };
}

export const PLANS = {
  activeDisclosure: { '2021': planOf(TABLES.activeDisclosure['2021']), '2019': planOf(TABLES.activeDisclosure['2019']) } satisfies Record<Format, TablePlan>,
  applications: planOf(TABLES.applications),
  reviewLitigation: planOf(TABLES.reviewLitigation),
};

export type Json = Record<string, unknown>;

/** `{ [column key]: value }` in column order, as Object.fromEntries gave, without the pairs. */
export function rowObject(columns: readonly { key: string }[], values: ReadonlyArray<number | null>, offset: number): Json {
  const out: Json = {};
  let i = offset;
  for (const column of columns) out[column.key] = values[i++] ?? null;
  return out;
}

/** A row's cells in a table's JSON, in column order (null where blank), or null when the table or the row is null. */
export function cellsIn(table: unknown, row: PlannedRow): ReadonlyArray<unknown> | null {
  const object = table === null ? null : rowIn(table, row);
  return object === null ? null : row.spec.columns.map((c) => object[c.key] ?? null);
}

/**
 * The table's JSON shaped by the catalog: each row's object where it was read (`rowObjects`, by
 * the row's index), else null. TypeScript cannot follow a loop that builds an object key by key;
 * isTableValue checks that the result is the TableValue (catalog/types.ts) the loop builds.
 */
export function tableValue<Rows extends TableRows>(plan: TablePlan<Rows>, rowObjects: ReadonlyArray<Json | undefined>): TableValue<Rows> {
  const table: Json = {};
  for (const row of plan.rows) placeRow(table, row, rowObjects[row.index] ?? null);
  if (!isTableValue(plan, table)) throw new Error(`tables: the ${plan.key} table is not as its plan says`); // a bug
  return table;
}

/**
 * Is `table` the plan's TableValue: each row of the plan where the catalog puts it (in its
 * groups), null or an object with a number or null for each of the row's columns? A few hundred
 * property reads a table.
 */
export function isTableValue<Rows extends TableRows>(plan: TablePlan<Rows>, table: Json): table is TableValue<Rows> {
  return plan.rows.every((row) => {
    let node: unknown = table;
    for (const group of row.groupKeys) node = isJson(node) ? node[group] : undefined;
    if (!isJson(node)) return false;
    const value = node[row.key];
    return value === null || (isJson(value) && row.spec.columns.every((column) => isCellValue(value[column.key])));
  });
}

const isCellValue = (value: unknown): value is number | null => value === null || typeof value === 'number';

/** Puts a row's object (its cells by column key, or null) where it goes in a table's JSON, its groups made as needed. */
export function placeRow(table: Json, row: PlannedRow, object: Json | null): void {
  let node = table;
  for (const group of row.groupKeys) node = groupIn(node, group);
  node[row.key] = object;
}

function groupIn(node: Json, key: string): Json {
  const existing = node[key];
  if (isJson(existing)) return existing;
  const group: Json = {};
  node[key] = group;
  return group;
}

const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
