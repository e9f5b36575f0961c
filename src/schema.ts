/**
 * The one schema of a parsed report (SPEC.md, "JSON output"). The TypeScript types, the runtime
 * check and schemas/report.schema.json all come from here; never write the report type twice.
 */
import { z } from 'zod';
import { CODES } from './diagnostics.js';

/** A table cell: a number as printed, or null where the source left it blank or unreadable. */
const cell = z.number().nullable();

export const severitySchema = z.enum(['error', 'warning', 'info']);

export const diagnosticSchema = z
  .object({
    code: z.enum(CODES).describe('stable rule or problem code, e.g. "balance", "blank-cell"'),
    severity: severitySchema,
    message: z.string().describe('human sentence; Chinese labels quoted as in the report'),
    path: z.string().nullable().describe('JSON path of the cell, row or table concerned'),
    line: z.number().int().positive().nullable().describe('1-based line in the source file'),
  })
  .strict();

// Part 二, 2021 form (国办公开办函〔2021〕30号).
const documentsRow2021 = z.object({ issued: cell, repealed: cell, inForce: cell }).strict();
const decisionsRow = z.object({ decisions: cell }).strict();
export const activeDisclosure2021Schema = z
  .object({
    regulations: documentsRow2021.nullable(),
    normativeDocuments: documentsRow2021.nullable(),
    licensing: decisionsRow.nullable(),
    punishment: decisionsRow.nullable(),
    coercion: decisionsRow.nullable(),
    fees: z.object({ amount: cell.describe('万元') }).strict().nullable(),
  })
  .strict();

// Part 二, 2019 trial form (国办公开办函〔2019〕60号).
const documentsRow2019 = z.object({ made: cell, published: cell, totalPublished: cell }).strict();
const itemsRow2019 = z.object({ previousItems: cell, change: cell, decisions: cell }).strict();
export const activeDisclosure2019Schema = z
  .object({
    regulations: documentsRow2019.nullable(),
    normativeDocuments: documentsRow2019.nullable(),
    licensing: itemsRow2019.nullable(),
    otherServices: itemsRow2019.nullable(),
    punishment: itemsRow2019.nullable(),
    coercion: itemsRow2019.nullable(),
    fees: z.object({ previousItems: cell, change: cell }).strict().nullable(),
    procurement: z.object({ projects: cell, amount: cell }).strict().nullable(),
  })
  .strict();

/** One row of the application matrix: the seven applicant columns. */
export const applicantRowSchema = z
  .object({
    naturalPerson: cell,
    commercial: cell,
    research: cell,
    nonprofit: cell,
    legalService: cell,
    other: cell,
    total: cell,
  })
  .strict();
const row = applicantRowSchema.nullable();

export const applicationsSchema = z
  .object({
    newReceived: row,
    carriedOver: row,
    granted: row,
    partiallyGranted: row,
    denied: z
      .object({
        stateSecret: row,
        prohibitedByLaw: row,
        endangersSafety: row,
        thirdPartyRights: row,
        internalAffairs: row,
        processInformation: row,
        enforcementFiles: row,
        administrativeQuery: row,
      })
      .strict(),
    unableToProvide: z
      .object({ notHeld: row, needsCreation: row, unclearAfterCorrection: row })
      .strict(),
    notProcessed: z
      .object({ complaint: row, duplicate: row, publication: row, excessive: row, confirmation: row })
      .strict(),
    otherHandling: z.object({ noCorrection: row, feeUnpaid: row, other: row }).strict(),
    totalHandled: row,
    carriedForward: row,
  })
  .strict();

export const outcomeSchema = z
  .object({ upheld: cell, corrected: cell, other: cell, pending: cell, total: cell })
  .strict();
export const reviewLitigationSchema = z
  .object({
    review: outcomeSchema.nullable(),
    litigationDirect: outcomeSchema.nullable(),
    litigationAfterReview: outcomeSchema.nullable(),
  })
  .strict();

export const reportSchema = z
  .object({
    source: z
      .object({
        file: z.string().nullable().describe('path as given on the command line; null for a string input'),
        encoding: z.string().describe('encoding the bytes were decoded with, e.g. "utf-8", "gb18030"'),
        bytes: z.number().int().nonnegative(),
      })
      .strict(),
    format: z.enum(['2021', '2019']).nullable(),
    meta: z
      .object({
        title: z.string().nullable(),
        organ: z.string().nullable(),
        year: z.number().int().nullable(),
        publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
      })
      .strict(),
    activeDisclosure: z.union([activeDisclosure2021Schema, activeDisclosure2019Schema]).nullable(),
    applications: applicationsSchema.nullable(),
    reviewLitigation: reviewLitigationSchema.nullable(),
    text: z
      .object({ overview: z.string().nullable(), problems: z.string().nullable(), otherMatters: z.string().nullable() })
      .strict(),
    diagnostics: z.array(diagnosticSchema),
  })
  .strict();

export type Severity = z.infer<typeof severitySchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type ApplicantRow = z.infer<typeof applicantRowSchema>;
export type Applications = z.infer<typeof applicationsSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type ReviewLitigation = z.infer<typeof reviewLitigationSchema>;
export type ActiveDisclosure2021 = z.infer<typeof activeDisclosure2021Schema>;
export type ActiveDisclosure2019 = z.infer<typeof activeDisclosure2019Schema>;
export type Report = z.infer<typeof reportSchema>;

/** The JSON Schema published as schemas/report.schema.json. */
export function reportJsonSchema(): object {
  return z.toJSONSchema(reportSchema, { target: 'draft-2020-12' });
}
