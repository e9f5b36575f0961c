/** What the layout tests compare: a report's tables (and its form), and the kinds of errors it raised. */
import type { Report } from '../../src/index.js';

export const tablesOf = (report: Report) => ({
  format: report.format,
  activeDisclosure: report.activeDisclosure,
  applications: report.applications,
  reviewLitigation: report.reviewLitigation,
});

/** The codes of a report's error-severity diagnostics, each once, sorted. */
export const errorCodes = (report: Report): string[] =>
  [...new Set(report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code))].sort();
