/**
 * gov-report as a library.
 *
 *   import { parseReport, validateReport, reportSchema } from 'gov-report';
 *   const report = parseReport(await readFile('report.txt'), { file: 'report.txt' });
 */
export { parseReport, parseWithLayout, validateReport, type ParseOptions, type ParsedReport } from './report.js';
export type { Layout, PrintedRow, StatedFigure, CellSum } from './tokens.js';
export { LANGUAGES, DEFAULT_LANG, CODE_TEXTS, type Lang } from './messages/languages.js';
export { DEFAULT_MAX_BYTES } from './limits.js';
export type { CodeTexts, MessageId, MessageParams, Messages } from './messages/params.js';
export {
  reportSchema,
  reportJsonSchema,
  diagnosticSchema,
  type Report,
  type Diagnostic,
  type Severity,
  type Applications,
  type ApplicantRow,
  type ReviewLitigation,
  type Outcome,
  type ActiveDisclosure2021,
  type ActiveDisclosure2019,
  type ActiveDisclosureOf,
  type FormPart,
  type Format,
  type JsonSchema,
  type ReportJsonSchema,
} from './schema.js';
export { RULES } from './validate/rules.js';
export { hasErrors, isFatal, DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostics.js';
export { checkCarryOver, seriesEntry, type SeriesEntry, type CarryOverFinding } from './crosscheck/carryOver.js';
export { compareReports, matchByOrgan, type Comparison, type ComparedCell, type CompareOptions } from './crosscheck/compare.js';
export { inYearOrder, organKey } from './crosscheck/organ.js';
