/**
 * Reports as CSV (RFC 4180): one flat row per report, a column per leaf of the report schema in
 * schema order (`source.file`, …, `applications.newReceived.total`, …), then the `errors`,
 * `warnings` and `infos` counts and the `diagnostics` (`code@line …`). The columns come from the
 * zod schema itself, so they follow it when it changes. Part 二 has the columns of both forms;
 * those of the other form stay empty.
 *
 * The header names each column by its key path, or (`labels`) by its short Chinese label: a
 * cell's from the catalog (catalog/labels.ts, `申请·本年新收·自然人`), the others' below.
 */
import { z } from 'zod';
import { valueAt } from '../catalog/cells.js';
import { CELL_LABELS, withoutNumbering } from '../catalog/labels.js';
import { PART } from '../catalog/parts.js';
import { locationSchema, reportSchema, type Diagnostic, type Location, type Report } from '../schema.js';

/** Long prose, left out unless asked for (`--text`). */
const TEXT_PREFIX = 'text.';

/** The schemas a value at one path may have: nullable and optional unwrapped, unions spread. */
function alternatives(schema: z.ZodType): z.ZodType[] {
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) return alternatives(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap(alternatives);
  return [schema];
}

/**
 * The leaf paths below `prefix`. Where a union of objects sits (part 二 of the 2021 and 2019
 * forms) their keys are merged in order of first appearance, so that a row's columns of both
 * forms stay together (regulations.issued, …, regulations.made, …).
 */
function leafPaths(schemas: readonly z.ZodType[], prefix: string): string[] {
  const members = schemas.flatMap(alternatives);
  const objects = members.filter((s): s is z.ZodObject => s instanceof z.ZodObject);
  if (objects.length > 0) {
    const keys = [...new Set(objects.flatMap((o) => Object.keys(o.shape)))];
    return keys.flatMap((key) =>
      leafPaths(
        objects.flatMap((o) => (key in o.shape ? [o.shape[key] as z.ZodType] : [])),
        prefix === '' ? key : `${prefix}.${key}`,
      ),
    );
  }
  // The diagnostics list is summarised by the count columns instead.
  if (members.every((s) => s instanceof z.ZodArray)) return [];
  return [prefix];
}

const SCHEMA_COLUMNS: readonly string[] = leafPaths([reportSchema], '');

/** The columns after the report's own: counts of each severity, and the diagnostics themselves. */
const DIAGNOSTIC_COLUMNS = ['errors', 'warnings', 'infos', 'diagnostics'] as const;

/** The columns of the CSV: leaf paths of the schema, then the diagnostic columns. */
export function csvColumns(options: { text: boolean }): string[] {
  const leaves = options.text ? SCHEMA_COLUMNS : SCHEMA_COLUMNS.filter((c) => !c.startsWith(TEXT_PREFIX));
  return [...leaves, ...DIAGNOSTIC_COLUMNS];
}

/** How the header names the columns: by key path, or by Chinese label. */
export type CsvHeader = 'keys' | 'labels';

/** The labels of the columns that are not cells of the form (those are CELL_LABELS'). */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  'source.file': '文件',
  'source.encoding': '编码',
  'source.bytes': '字节数',
  'source.type': '文件类型',
  format: '表式',
  'meta.title': '标题',
  'meta.organ': '机关',
  'meta.year': '年度',
  'meta.publishedOn': '发布日期',
  'text.overview': withoutNumbering(PART[1].heading),
  'text.problems': withoutNumbering(PART[5].heading),
  'text.otherMatters': withoutNumbering(PART[6].heading),
  errors: '错误数',
  warnings: '警告数',
  infos: '提示数',
  diagnostics: '问题（代码@行）',
};

/** A column's label; its key path where it has none (a key added to the schema and not here). */
export function columnLabel(column: string): string {
  return CELL_LABELS.get(column) ?? FIELD_LABELS[column] ?? column;
}

/**
 * What a spreadsheet (Excel, LibreOffice, Google Sheets) runs as a formula when a cell starts with
 * it: `=`, `+`, `-`, `@`, and a tab or CR before one (OWASP, "CSV Injection"). A report comes from
 * outside: a title or organ name `=HYPERLINK(…)` or `=cmd|…` must reach the sheet as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** How text that a spreadsheet would run as a formula is written: with a leading `'` (the default), or as it is. */
export type Formulas = 'neutralise' | 'keep';

/**
 * RFC 4180: quote a field holding a comma, a quote or a line break; double the quotes. Text that
 * starts as a formula does gets a leading `'` first (OWASP's advice), unless `formulas` is `keep`;
 * numbers are numbers (a negative count is written as it is).
 */
export function csvField(value: unknown, formulas: Formulas = 'neutralise'): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (formulas === 'neutralise' && typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 ends every record with CRLF. */
const EOL = '\r\n';

export function csvHeader(columns: readonly string[], header: CsvHeader = 'keys'): string {
  return columns.map((column) => csvField(header === 'labels' ? columnLabel(column) : column)).join(',') + EOL;
}

/**
 * The `diagnostics` field: each diagnostic as `code@line` (the line of the source it is on); in a
 * Word file or PDF, which have no lines, as `code@` where it points (`row-total@page4`,
 * `balance@table3:row12`, `blank-cell@paragraph5`); `code` alone when it points nowhere. Separated
 * by spaces, in the report's order; infos included, so that a value read from run-together digits
 * (`recovered-digits@60`) shows.
 */
function diagnosticsField(report: Pick<Report, 'diagnostics'>): string {
  return report.diagnostics.map((d) => diagnosticAt(d)).join(' ');
}

/** A location's keys in the schema's order (page, table, row, paragraph), whatever order a reader built it in. */
const LOCATION_KEYS = Object.keys(locationSchema.shape) as Array<keyof Location>;

function diagnosticAt({ code, line, location }: Pick<Diagnostic, 'code' | 'line' | 'location'>): string {
  if (line !== null) return `${code}@${line}`;
  const place = LOCATION_KEYS.flatMap((key) => (location?.[key] === undefined ? [] : [`${key}${location[key]}`]));
  return place.length === 0 ? code : `${code}@${place.join(':')}`;
}

export function csvRow(report: Report, columns: readonly string[], formulas: Formulas = 'neutralise'): string {
  const count = (severity: string) => report.diagnostics.filter((d) => d.severity === severity).length;
  return (
    columns
      .map((column) => {
        if (column === 'errors') return csvField(count('error'));
        if (column === 'warnings') return csvField(count('warning'));
        if (column === 'infos') return csvField(count('info'));
        if (column === 'diagnostics') return csvField(diagnosticsField(report));
        return csvField(valueAt(report, column), formulas);
      })
      .join(',') + EOL
  );
}

/** Prepended with `--bom` so that Excel reads the file as UTF-8 and shows Chinese correctly. */
export const UTF8_BOM = '\uFEFF';
