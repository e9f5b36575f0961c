/**
 * fixtures/faults/ is what scripts/make-fault-fixtures.mjs writes (byte for byte), and every
 * fault there yields exactly the diagnostics its README promises.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FAULT_MANIFEST, located, parseFault } from './support.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('fixtures/faults', () => {
  it('is up to date with scripts/make-fault-fixtures.mjs', () => {
    // --check names each file that is missing or differs from what the script writes, and exits 1.
    const check = spawnSync(process.execPath, ['scripts/make-fault-fixtures.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: '' });
  });

  it('has a fault for each rule, in both layouts', () => {
    const files = FAULT_MANIFEST.map((f) => f.file);
    for (const rule of ['row-total', 'row-total-zero', 'handled-sum', 'balance', 'review-total', 'litigation-total']) {
      expect(files).toContain(`${rule}.tabs.txt`);
      expect(files).toContain(`${rule}.cells.txt`);
    }
  });

  for (const fault of FAULT_MANIFEST) {
    const name = fault.file.replace(/\.txt$/, '');
    // A pending fault states what the parser should do once a change outside src/validate lands.
    const test = fault.pending ? it.fails : it;
    test(`${fault.file}: ${fault.change}`, () => {
      const report = parseFault(name);
      expect(located(report.diagnostics)).toEqual(fault.expect);
      const messages = report.diagnostics.map((d) => d.message).join('\n');
      for (const quote of fault.quotes) expect(messages).toContain(quote);
    });
  }
});
