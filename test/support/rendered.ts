/**
 * A stage's result with its diagnostics written in English, as the report would hold them: the
 * stages make diagnostics from a message id and its params (src/diagnostics.ts), and the tests
 * of a stage read the messages.
 */
import { render, type Diagnostic, type PendingDiagnostic } from '../../src/diagnostics.js';
import * as tables from '../../src/tables/tables.js';
import * as values from '../../src/tables/rowValues.js';

export const rendered = <T extends { diagnostics: readonly PendingDiagnostic[] }>(result: T): Omit<T, 'diagnostics'> & { diagnostics: Diagnostic[] } => ({
  ...result,
  diagnostics: result.diagnostics.map((d) => render(d)),
});

export const activeDisclosureTable = (...args: Parameters<typeof tables.activeDisclosureTable>) => rendered(tables.activeDisclosureTable(...args));
export const applicationTable = (...args: Parameters<typeof tables.applicationTable>) => rendered(tables.applicationTable(...args));
export const reviewLitigationTable = (...args: Parameters<typeof tables.reviewLitigationTable>) => rendered(tables.reviewLitigationTable(...args));
export const rowValues = (...args: Parameters<typeof values.rowValues>) => rendered(values.rowValues(...args));
