/**
 * The one schema of a parsed report (docs/contract.md, "One report as JSON"). The keys of its three tables come
 * from the catalog, with each key's label as the form prints it and its meaning (the JSON
 * Schema's `title` and `description`); the TypeScript types, the runtime check and
 * schemas/report.schema.json all come from here. Never write the report type twice.
 */
import { z } from 'zod';
import { ACTIVE_DISCLOSURE } from './catalog/activeDisclosure.js';
import { APPLICATION_ROWS } from './catalog/applications.js';
import { FORMS } from './catalog/forms.js';
import { PART, type PartNumber } from './catalog/parts.js';
import { REVIEW_LITIGATION_ROWS } from './catalog/reviewLitigation.js';
import { isGroup, type Format, type RowSpec, type RowValue, type TableRows, type TableValue } from './catalog/types.js';
import { CODES } from './diagnostics.js';

/** A table cell: a number as printed, or null where the source left it blank or unreadable. */
const cell = z.number().nullable();

function rowSchema(row: RowSpec): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const column of row.columns) shape[column.key] = cell.meta({ title: column.label, description: column.meaning });
  return z.strictObject(shape).nullable().meta({ title: row.label, description: row.meaning });
}

/**
 * The schema of a table's JSON, built from its catalog rows. TypeScript cannot follow a loop that
 * builds an object key by key, so the result is given the type the loop builds, TableValue (in
 * catalog/types.ts, beside the rows it is computed from); the fuzz and golden tests check every
 * parsed report against this schema.
 */
function tableSchema<Rows extends TableRows>(rows: Rows): z.ZodType<TableValue<Rows>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, item] of Object.entries(rows)) {
    shape[key] = isGroup(item) ? tableSchema(item.rows).meta({ title: item.label, description: item.meaning }) : rowSchema(item);
  }
  return z.strictObject(shape) as z.ZodType<TableValue<Rows>>;
}

const heading = (part: PartNumber): string => PART[part].heading;

const severitySchema = z.enum(['error', 'warning', 'info']);

export const diagnosticSchema = z
  .object({
    code: z.enum(CODES).describe('stable rule or problem code, e.g. "balance", "blank-cell"'),
    severity: severitySchema,
    message: z.string().describe('human sentence; Chinese labels quoted as in the report'),
    path: z.string().nullable().describe('JSON path of the cell, row or table concerned'),
    line: z.number().int().positive().nullable().describe('1-based line in the source file'),
  })
  .strict();

/** Part 二's table in each form's keys. */
const activeDisclosureSchemas = Object.fromEntries(FORMS.map(({ format }) => [format, tableSchema(ACTIVE_DISCLOSURE[format].rows)])) as {
  [F in Format]: z.ZodType<ActiveDisclosureOf[F]>;
};
const anyActiveDisclosureSchema = z.union(FORMS.map(({ format }) => activeDisclosureSchemas[format]));
const applicationsSchema = tableSchema(APPLICATION_ROWS);
const reviewLitigationSchema = tableSchema(REVIEW_LITIGATION_ROWS);

const reportObject = z
  .object({
    source: z
      .object({
        file: z.string().nullable().describe('path as given on the command line; null for a string input'),
        encoding: z.string().describe('encoding the bytes were decoded with, e.g. "utf-8", "gb18030"'),
        bytes: z.number().int().nonnegative(),
      })
      .strict(),
    format: z.enum(FORMS.map((f) => f.format)).nullable(),
    meta: z
      .object({
        title: z.string().nullable(),
        organ: z.string().nullable(),
        year: z.number().int().nullable(),
        publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
      })
      .strict(),
    activeDisclosure: anyActiveDisclosureSchema
      .nullable()
      .meta({ title: heading(2), description: 'part 二: the 第二十条 tables, of the 2021 or the 2019 form (see format)' }),
    applications: applicationsSchema.nullable().meta({ title: heading(3), description: 'part 三: the application matrix' }),
    reviewLitigation: reviewLitigationSchema.nullable().meta({ title: heading(4), description: 'part 四: administrative review and litigation' }),
    text: z
      .object({
        overview: z.string().nullable().meta({ title: heading(1), description: 'the prose of part 一' }),
        problems: z.string().nullable().meta({ title: heading(5), description: 'the prose of part 五' }),
        otherMatters: z.string().nullable().meta({ title: heading(6), description: 'the prose of part 六, without the signature' }),
      })
      .strict(),
    diagnostics: z.array(diagnosticSchema),
  })
  .strict()
  // The discriminated union of the type Report, checked: a report of a known form has part 二 in that form's keys.
  .superRefine((report, context) => {
    if (report.format === null || report.activeDisclosure === null) return;
    if (!activeDisclosureSchemas[report.format].safeParse(report.activeDisclosure).success) {
      context.addIssue({ code: 'custom', path: ['activeDisclosure'], message: `not the table of the ${report.format} form (format)` });
    }
  });

/**
 * The schema of one report. Its parse gives a Report: the refinement above checks what the
 * discriminated union says, which the object schema alone (and its JSON Schema) does not.
 */
export const reportSchema = reportObject as z.ZodType<Report> & typeof reportObject;

export type Severity = z.infer<typeof severitySchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type ApplicantRow = RowValue<(typeof APPLICATION_ROWS)['granted']>;
export type Applications = TableValue<typeof APPLICATION_ROWS>;
export type Outcome = RowValue<(typeof REVIEW_LITIGATION_ROWS)['review']>;
export type ReviewLitigation = TableValue<typeof REVIEW_LITIGATION_ROWS>;
/** Part 二's table as each form prints it (catalog/activeDisclosure.ts): `ActiveDisclosureOf['2019']`. */
export type ActiveDisclosureOf = { [F in Format]: TableValue<(typeof ACTIVE_DISCLOSURE)[F]['rows']> };
export type ActiveDisclosure2021 = ActiveDisclosureOf['2021'];
export type ActiveDisclosure2019 = ActiveDisclosureOf['2019'];
export type { Format };

type Flat<T> = { [K in keyof T]: T[K] };
type ReportBase = Omit<z.infer<typeof reportObject>, 'format' | 'activeDisclosure'>;

/** The two keys of a report that go together: the form, and part 二 in that form's keys. */
export type FormPart =
  | { [F in Format]: { format: F; activeDisclosure: ActiveDisclosureOf[F] | null } }[Format]
  /** A report whose form is not known may still hold part 二, read in the newest form's keys. */
  | { format: null; activeDisclosure: ActiveDisclosureOf[Format] | null };

/**
 * One report, a union discriminated by `format`: after `if (r.format === '2019')`,
 * `r.activeDisclosure?.procurement` is there.
 */
export type Report = Flat<ReportBase & FormPart>;

// Report narrows the schema's own type, never widens it: a key it named that the schema lacks fails here.
type Assignable<T extends U, U> = T;
type _ReportFitsSchema = Assignable<Report, z.infer<typeof reportObject>>;

/** A JSON Schema (draft 2020-12), as zod writes it. */
export type JsonSchema = z.core.JSONSchema.JSONSchema;

/** The JSON Schema of one report, schemas/report.schema.json (`gov-report/schema.json`). */
export interface ReportJsonSchema extends JsonSchema {
  $schema: 'https://json-schema.org/draft/2020-12/schema';
  type: 'object';
  properties: { [Key in keyof Report]: JsonSchema };
  required: Array<keyof Report>;
  additionalProperties: false;
}

/** The JSON Schema published as schemas/report.schema.json. */
export function reportJsonSchema(): ReportJsonSchema {
  // What zod writes for a strict object, every key required (test/library.test.ts checks it).
  return z.toJSONSchema(reportObject, { target: 'draft-2020-12' }) as JsonSchema as ReportJsonSchema;
}
