/**
 * `row-total`: in every row of the application matrix, 总计 = 自然人 + the five 法人或其他组织
 * columns. Reported on the line of the row's label.
 */
import { APPLICATIONS } from '../../catalog/index.js';
import { diagnostic } from '../../diagnostics.js';
import type { Diagnostic } from '../../schema.js';
import { APPLICANT_PARTS, columnLabel, labelOf, lineOf, matrixRows, offBy, rowAt, same, shown, sumParts, sumText, value } from '../arithmetic.js';
import type { Rule } from '../context.js';

const ROWS = matrixRows(APPLICATIONS.map((spec) => spec.path));
const SHOWN_PARTS = sumParts(APPLICANT_PARTS);

export const rowTotal: Rule = (context) => {
  const applications = context.report.applications;
  if (!applications) return [];
  const found: Diagnostic[] = [];
  let shownParts = SHOWN_PARTS;
  for (const { keys, path } of ROWS) {
    const row = rowAt(applications, keys);
    if (!row) continue;
    let sum = 0;
    for (const { key } of APPLICANT_PARTS) sum += value(row[key]);
    // A row of unknown value is skipped; asking only when the sum fails skips the same rows.
    if (same(sum, value(row.total)) || context.unknown(path)) continue;
    if (shownParts === SHOWN_PARTS && Object.keys(context.layout.columns).length > 0) {
      shownParts = sumParts(APPLICANT_PARTS.map(({ key }) => ({ key, label: columnLabel(context, key) })));
    }
    found.push(
      diagnostic(
        'row-total',
        `row “${labelOf(context, path)}”: ${columnLabel(context, 'total')} is ${shown(row.total)}, but ${sumText(shownParts, row, sum)} ${offBy(sum, value(row.total))}`,
        `${path}.total`,
        lineOf(context, path),
      ),
    );
  }
  return found;
};
