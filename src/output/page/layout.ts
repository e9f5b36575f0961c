/**
 * A report's three tables laid out as the form prints them, as data that the page's script turns
 * into tables: part 二 as the 第二十条 tables of its form (2021 or 2019), part 三 as the
 * application matrix with its grouped headers and row labels, part 四 as the one row of fifteen
 * cells under 行政复议 and 行政诉讼. Rows and columns come from the catalog.
 *
 * A layout holds the form's words once and a numbered slot per cell; a report brings only its
 * values (in slot order) and its marks. A layout depends only on a report's shape — its form,
 * which tables it has, which optional rows it prints — so the reports of a batch share a few
 * (`Layouts`), which is why a page of a thousand reports stays small and quick to make. Every
 * cell, row and table has a path (the JSON path the diagnostics use), so that what a diagnostic
 * names can be marked.
 */
import { OUTCOME_COLUMNS } from '../../catalog/reviewLitigation.js';
import { OUTCOME_ROWS, TABLES, type TableRow } from '../../catalog/tables.js';
import type { Format } from '../../catalog/types.js';
import type { Report, Severity } from '../../schema.js';
import { FORM_TEXT, article20Caption } from './form.js';
import { valueAt } from '../../catalog/cells.js';
import { RANK, type Mark } from './model.js';
import type { StringKey } from './strings.js';

/** A header cell: its text, colspan, rowspan, scope and class (short keys: they travel once per layout). */
export interface HeaderCell {
  t: string;
  c?: number;
  r?: number;
  s?: 'row' | 'col' | 'rowgroup' | 'colgroup';
  k?: string;
}

/** A body row: its path's number (when a diagnostic may name the row) and its cells, labels or value slots. */
export interface BodyRow {
  p?: number;
  cells: (HeaderCell | number)[];
}

export interface TableLayout {
  /** CSS class. */
  k: string;
  caption?: string;
  head: HeaderCell[][];
  body: BodyRow[];
}

export interface PartLayout {
  heading: StringKey;
  /** The table's path number (`applications`, …). */
  p: number;
  /** The tables, or null with the reason when there is nothing to draw. */
  tables: TableLayout[] | null;
  missing?: StringKey;
}

export interface Layout {
  /** Every path that can be marked: first the cells, in the order of a report's values, then rows and tables. */
  paths: string[];
  /** How many of `paths` are cells (value slots 0 … cells − 1). */
  cells: number;
  parts: PartLayout[];
}

export type MarkData = [target: number, severity: Severity, diagnostics: number[]];

/** What a report brings to its layout. */
export interface LaidOut {
  /** The layout's index in `Layouts.list`. */
  layout: number;
  values: (number | null)[];
  /** [path number, gravest severity, indexes of the diagnostics] per marked cell, row or table. */
  marks: MarkData[];
}

/** Collects paths while the tables are laid out; cells are renumbered first at the end. */
class Paths {
  /** Each path, and whether it is a cell's (a value slot). */
  readonly list: Array<{ path: string; cell: boolean }> = [];

  add(path: string): number {
    return this.list.push({ path, cell: false }) - 1;
  }

  slot(path: string): number {
    return this.list.push({ path, cell: true }) - 1;
  }
}

/** Are `path`, or any path below it, named by a diagnostic? */
function named(marks: ReadonlyMap<string, Mark>, path: string): boolean {
  if (marks.has(path)) return true;
  for (const p of marks.keys()) if (p.startsWith(`${path}.`)) return true;
  return false;
}

// ── Part 二 ───────────────────────────────────────────────────────────────────────────────

/** Consecutive rows printed by the same item of 第二十条 make one table (of one row at least). */
function article20Groups(rows: readonly TableRow[]): Array<[TableRow, ...TableRow[]]> {
  const groups: Array<[TableRow, ...TableRow[]]> = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && article20Caption(last[0].path) === article20Caption(row.path)) last.push(row);
    else groups.push([row]);
  }
  return groups;
}

function activeDisclosureTables(format: Format, paths: Paths): TableLayout[] {
  return article20Groups(TABLES.activeDisclosure[format].rows).map((rows) => {
    const columns = rows[0].spec.columns;
    return {
      k: 'a20',
      caption: article20Caption(rows[0].path),
      head: [[{ t: FORM_TEXT.informationContent, s: 'col' }, ...columns.map((c): HeaderCell => ({ t: c.label, s: 'col' }))]],
      body: rows.map((row) => {
        const rowPath = `activeDisclosure.${row.path}`;
        return { p: paths.add(rowPath), cells: [{ t: row.spec.label, s: 'row' }, ...columns.map((c) => paths.slot(`${rowPath}.${c.key}`))] };
      }),
    };
  });
}

// ── Part 三 ───────────────────────────────────────────────────────────────────────────────

/** The rows under 三、本年度办理结果: the outcomes and （七）总计. */
const HANDLING_ROWS = new Set([...OUTCOME_ROWS.map((row) => row.path), 'totalHandled']);

/** The row's own label without its group's in front: `（三）不予公开 1.属于国家秘密` → `1.属于国家秘密`. */
function ownLabel(row: TableRow): string {
  const { label } = row.spec;
  return label.startsWith(`${row.topLabel} `) ? label.slice(row.topLabel.length + 1) : label;
}

/** The group a row is printed under (`denied`), or null for a row of its own. */
const groupOf = (row: TableRow): string | null => (row.keys.length > 1 ? (row.keys[0] ?? null) : null);

/**
 * The rows of part 三 to draw. An optional row (（六）1. and 2., which the 2019 form does not
 * print) that the report lacks and no diagnostic names is left out, as the report printed it.
 */
function applicationRows(report: Report, marks: ReadonlyMap<string, Mark>): TableRow[] {
  return TABLES.applications.rows.filter((row) => !row.optional || valueAt(report.applications, row.path) !== null || named(marks, row.fullPath));
}

/** The label cells of each row drawn; a group left with one row is drawn as one row under the group's label (（六）其他处理). */
function applicationLabels(drawn: readonly TableRow[]): [TableRow, HeaderCell[]][] {
  const handlingSpan = drawn.filter((s) => HANDLING_ROWS.has(s.path)).length;
  let handlingOpened = false;
  return drawn.map((spec) => {
    if (!HANDLING_ROWS.has(spec.path)) return [spec, [{ t: spec.spec.label, s: 'row', c: 3 }]];
    const labels: HeaderCell[] = [];
    if (!handlingOpened) labels.push({ t: FORM_TEXT.handlingResults, s: 'rowgroup', r: handlingSpan, k: 'group' });
    handlingOpened = true;
    const group = groupOf(spec);
    const members = group === null ? [] : drawn.filter((s) => groupOf(s) === group);
    if (members.length < 2) {
      // A row of its own, or the one row left of its group, under the group's label.
      labels.push({ t: spec.topLabel, s: 'row', c: 2 });
    } else {
      if (members[0] === spec) labels.push({ t: spec.topLabel, s: 'rowgroup', r: members.length, k: 'group' });
      labels.push({ t: ownLabel(spec), s: 'row' });
    }
    return [spec, labels];
  });
}

function applicationTable(drawn: readonly TableRow[], paths: Paths): TableLayout {
  const APPLICANT_COLUMNS = TABLES.applications.spec.rows.newReceived.columns;
  const organisations = APPLICANT_COLUMNS.slice(1, -1);
  // The catalog's tuple of seven: its first and its seventh are typed as there (`length - 1` is a
  // number, by which TypeScript does not type a tuple's item).
  const [first] = APPLICANT_COLUMNS;
  const last = APPLICANT_COLUMNS[6];
  const head: HeaderCell[][] = [
    [
      { t: FORM_TEXT.applicationsCorner, s: 'col', c: 3, r: 3, k: 'corner' },
      { t: FORM_TEXT.applicants, s: 'colgroup', c: APPLICANT_COLUMNS.length },
    ],
    [
      { t: first.label, s: 'col', r: 2 },
      { t: FORM_TEXT.organisations, s: 'colgroup', c: organisations.length },
      { t: last.label, s: 'col', r: 2 },
    ],
    organisations.map((c): HeaderCell => ({ t: c.label, s: 'col' })),
  ];
  const body = applicationLabels(drawn).map(([spec, labels]): BodyRow => {
    const rowPath = spec.fullPath;
    return { p: paths.add(rowPath), cells: [...labels, ...APPLICANT_COLUMNS.map((c) => paths.slot(`${rowPath}.${c.key}`))] };
  });
  return { k: 'apps', head, body };
}

// ── Part 四 ───────────────────────────────────────────────────────────────────────────────

/** `行政诉讼·复议后起诉` → [`行政诉讼`, `复议后起诉`]; `行政复议` → [`行政复议`, null]. */
function splitGroupName(label: string): [string, string | null] {
  const dot = label.indexOf('·');
  return dot < 0 ? [label, null] : [label.slice(0, dot), label.slice(dot + 1)];
}

function reviewLitigationTable(paths: Paths): TableLayout {
  const width = OUTCOME_COLUMNS.length;
  // Top: 行政复议 over its five columns, 行政诉讼 over the ten of its two kinds.
  const top: Array<HeaderCell & { c: number }> = [];
  for (const group of TABLES.reviewLitigation.rows) {
    const [name] = splitGroupName(group.spec.label);
    const last = top[top.length - 1];
    if (last?.t === name) last.c += width;
    else top.push({ t: name, s: 'colgroup', c: width });
  }
  const outcomes = (rowspan?: number): HeaderCell[] => OUTCOME_COLUMNS.map((c) => ({ t: c.label, s: 'col', ...(rowspan ? { r: rowspan } : {}) }));
  const second = TABLES.reviewLitigation.rows.flatMap((group): HeaderCell[] => {
    const [, sub] = splitGroupName(group.spec.label);
    return sub === null ? outcomes(2) : [{ t: sub, s: 'colgroup', c: width }];
  });
  const third = TABLES.reviewLitigation.rows.filter((g) => splitGroupName(g.spec.label)[1] !== null).flatMap(() => outcomes());
  const cells = TABLES.reviewLitigation.rows.flatMap((group) => OUTCOME_COLUMNS.map((c) => paths.slot(`${group.fullPath}.${c.key}`)));
  return { k: 'rl', head: [top, second, third], body: [{ cells }] };
}

// ── The whole report ──────────────────────────────────────────────────────────────────────

/** Number the cells first (slots 0 … n − 1, in drawing order), then the rows and tables. */
function renumber(paths: Paths, parts: PartLayout[]): Layout {
  const order = paths.list.map((entry, old) => ({ ...entry, old })).sort((a, b) => Number(b.cell) - Number(a.cell) || a.old - b.old);
  const remap: number[] = [];
  order.forEach(({ old }, i) => (remap[old] = i));
  /** A path's new number: every number in `parts` came from `paths`, so it has one. */
  const renumbered = (old: number): number => {
    const id = remap[old];
    if (id === undefined) throw new RangeError(`renumber: no path ${old}`);
    return id;
  };
  const cell = (c: HeaderCell | number): HeaderCell | number => (typeof c === 'number' ? renumbered(c) : c);
  for (const part of parts) {
    part.p = renumbered(part.p);
    for (const table of part.tables ?? []) {
      for (const row of table.body) {
        if (row.p !== undefined) row.p = renumbered(row.p);
        row.cells = row.cells.map(cell);
      }
    }
  }
  return { paths: order.map((entry) => entry.path), cells: order.filter((entry) => entry.cell).length, parts };
}

const TABLE_KEYS = ['activeDisclosure', 'applications', 'reviewLitigation'] as const;

/** The tables of a report of this shape, laid out. */
function build(format: Format | null, present: readonly boolean[], drawn: readonly TableRow[]): Layout {
  const paths = new Paths();
  /** `tables` lays the part's tables out; null when there is no form to lay them out by (part 二 of a report of no known form). */
  const part = (heading: StringKey, table: 0 | 1 | 2, tables: (() => TableLayout[]) | null): PartLayout => {
    const p = paths.add(TABLE_KEYS[table]);
    if (tables === null) return { heading, p, tables: null, missing: 'noFormTable' };
    if (!present[table]) return { heading, p, tables: null, missing: 'tableMissing' };
    return { heading, p, tables: tables() };
  };
  return renumber(paths, [
    part('part2', 0, format === null ? null : () => activeDisclosureTables(format, paths)),
    part('part3', 1, () => [applicationTable(drawn, paths)]),
    part('part4', 2, () => [reviewLitigationTable(paths)]),
  ]);
}

interface Placed {
  layout: Layout;
  index: number;
  /** Each cell's path as keys, to read its value. */
  keys: string[][];
  /** Path → number. */
  numbers: Map<string, number>;
}

/** The layouts of a batch, each made once, and each report's values and marks in one of them. */
export class Layouts {
  readonly list: Layout[] = [];
  private readonly byShape = new Map<string, Placed>();

  /**
   * The report laid out. A diagnostic whose path is a cell, row or table drawn marks it; one whose
   * path is above cells without being drawn itself (a group of part 四) marks every cell below it.
   */
  place(report: Report, marks: ReadonlyMap<string, Mark>): LaidOut {
    return this.placeWithLayout(report, marks).laidOut;
  }

  /** As place(), with the layout the report is in. */
  placeWithLayout(report: Report, marks: ReadonlyMap<string, Mark>): { layout: Layout; laidOut: LaidOut } {
    const present = TABLE_KEYS.map((table) => report[table] !== null);
    const drawn = present[1] ? applicationRows(report, marks) : [];
    const shape = `${report.format}|${present.join()}|${drawn.filter((s) => s.optional).map((s) => s.path)}`;
    let placed = this.byShape.get(shape);
    if (!placed) {
      const layout = build(report.format, present, drawn);
      placed = {
        layout,
        index: this.list.push(layout) - 1,
        keys: layout.paths.slice(0, layout.cells).map((p) => p.split('.')),
        numbers: new Map(layout.paths.map((p, i) => [p, i])),
      };
      this.byShape.set(shape, placed);
    }
    const values = placed.keys.map((keys) => {
      let value: unknown = report;
      for (const key of keys) value = value === null || typeof value !== 'object' ? null : (value as Record<string, unknown>)[key];
      return typeof value === 'number' ? value : null;
    });
    return { layout: placed.layout, laidOut: { layout: placed.index, values, marks: marksOn(placed.layout, placed.numbers, marks) } };
  }
}

function marksOn(layout: Layout, numbers: ReadonlyMap<string, number>, marks: ReadonlyMap<string, Mark>): MarkData[] {
  const byTarget = new Map<number, MarkData>();
  for (const [path, mark] of marks) {
    const own = numbers.get(path);
    const targets = own !== undefined ? [own] : layout.paths.flatMap((p, i) => (i < layout.cells && p.startsWith(`${path}.`) ? [i] : []));
    for (const target of targets) {
      const found = byTarget.get(target);
      if (!found) byTarget.set(target, [target, mark.severity, [...mark.diagnostics]]);
      else {
        found[2] = [...new Set([...found[2], ...mark.diagnostics])].sort((a, b) => a - b);
        if (RANK[mark.severity] > RANK[found[1]]) found[1] = mark.severity;
      }
    }
  }
  return [...byTarget.values()].sort((a, b) => a[0] - b[0]);
}

/** One report laid out on its own (its layout, values and marks). */
export function layOut(report: Report, marks: ReadonlyMap<string, Mark>): { layout: Layout; values: (number | null)[]; marks: MarkData[] } {
  const { layout, laidOut } = new Layouts().placeWithLayout(report, marks);
  return { layout, values: laidOut.values, marks: laidOut.marks };
}
