/**
 * The validator as a whole: the rule list, and validateReport on parsed and on reloaded reports.
 * Each rule has its own test in test/rules/.
 */
import { describe, expect, it } from 'vitest';
import { RULES, validateReport } from '../src/index.js';
import { CLEAN_FIXTURES, FAULT_MANIFEST, loadGolden, parseClean, parseFault } from './rules/support.js';

const RULE_CODES = ['balance', 'handled-sum', 'row-total', 'review-total', 'litigation-total'];

describe('validate', () => {
  it('runs the five rules of SPEC.md, named by their codes', () => {
    expect(RULES.map((r) => r.name)).toEqual(RULE_CODES);
  });

  it('each rule reports under its own code and nothing else', () => {
    for (const fault of FAULT_MANIFEST) {
      const report = parseFault(fault.file.replace(/\.txt$/, ''));
      for (const { name, rule } of RULES) {
        const context = { report, rows: new Map(), unknown: () => false };
        for (const d of rule(context)) expect(d.code).toBe(name);
      }
    }
  });

  it('validateReport on a parsed report gives back its rule diagnostics, same lines and labels', () => {
    for (const fault of FAULT_MANIFEST) {
      const report = parseFault(fault.file.replace(/\.txt$/, ''));
      const fromParse = report.diagnostics.filter((d) => RULE_CODES.includes(d.code));
      expect(validateReport(report).sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), fault.file).toEqual(fromParse);
    }
  });

  it.each(CLEAN_FIXTURES)('%s: validateReport finds nothing', (name) => {
    expect(validateReport(parseClean(name))).toEqual([]);
  });

  it('validateReport on every golden report loaded from JSON finds nothing', () => {
    for (const name of CLEAN_FIXTURES.filter((n) => !n.startsWith('2019/')).map((n) => n.replace(/\.txt$/, '.json'))) {
      expect(validateReport(loadGolden(name)), name).toEqual([]);
    }
  });
});
