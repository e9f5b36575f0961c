/**
 * gov-report as a library: read each file named on the command line, parse it, and print a line
 * per report with a figure of part 二 (which depends on the form), part 三's total and the
 * diagnostics by code.
 *
 *   npm start        (or: npx tsc && node build/main.js report.txt …)
 */
import { readFile } from 'node:fs/promises';
import { parseReport, validateReport, reportJsonSchema, type Diagnostic, type DiagnosticCode, type Report } from 'gov-report';
import schema from 'gov-report/schema.json' with { type: 'json' };

/** Part 二 differs between the forms: `format` tells which keys are there. */
function partTwo(report: Report): string {
  switch (report.format) {
    case '2021':
      return `规章 issued ${report.activeDisclosure?.regulations?.issued ?? '–'}`;
    case '2019':
      return `政府集中采购 ${report.activeDisclosure?.procurement?.projects ?? '–'} projects`;
    case null:
      return 'form unknown';
  }
}

/** What to do about some kinds of diagnostic. A key that is not a code of gov-report does not compile. */
const ADVICE: Partial<Record<DiagnosticCode, string>> = {
  'missing-row': 'check the table layout',
  'cell-count': 'check the table layout',
  'blank-cell': 'a blank cell: 0, or not filled in?',
  balance: 'the figures do not add up',
  'row-total': 'the figures do not add up',
};

function byCode(diagnostics: readonly Diagnostic[]): string {
  const counts = new Map<DiagnosticCode, number>();
  for (const d of diagnostics) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return [...counts].map(([code, n]) => `${code}×${n}${ADVICE[code] ? ` (${ADVICE[code]})` : ''}`).join(', ') || 'no diagnostics';
}

// The schema shipped as gov-report/schema.json is the one reportJsonSchema() builds.
const keys: string[] = schema.required;
if (keys.join() !== reportJsonSchema().required.join()) throw new Error('schema.json is out of date');

for (const file of process.argv.slice(2)) {
  const report = parseReport(await readFile(file), { file, lang: 'zh' });
  const total = report.applications?.newReceived?.total ?? null;
  // The arithmetic checks again, e.g. after correcting a cell by hand.
  const errors = validateReport(report).filter((d) => d.severity === 'error').length;
  console.log(`${file}: ${report.meta.organ ?? '?'} ${report.meta.year ?? '?'}; ${partTwo(report)}; 新收申请 ${total ?? '–'}; ${errors} errors; ${byCode(report.diagnostics)}`);
}
