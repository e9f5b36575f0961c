/**
 * The same library from CommonJS (a .cts file compiles to require()): Node 20.19 or later loads
 * gov-report, an ES module, by require().
 */
import govReport = require('gov-report');

const report = govReport.parseReport('一、总体情况\n', { file: 'inline.txt' });
const codes: govReport.DiagnosticCode[] = report.diagnostics.map((d) => d.code);
console.log(report.format, codes.join(', '));
