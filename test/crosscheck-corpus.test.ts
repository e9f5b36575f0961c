/**
 * text-table is silent wherever the prose agrees with the tables, in every layout the repository
 * generates: every (fixture, layout) pair of the bench corpus (bench/corpus.mjs: tab rows, one
 * cell per line, pdftotext-style spaces; 2021 and 2019 forms) printed with the fixture's own
 * numbers, in UTF-8 and in GB18030 with CRLF. (The corpus itself gives each report fresh numbers
 * and keeps the prose: there the disagreements are real.) The property relayouts are held to the
 * same in test/property.test.ts, every fixture in test/crosscheck-prose.test.ts.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { renderOriginal, templates } from '../bench/corpus.mjs';
import { parseReport } from '../src/report.js';

const { usable } = await templates(20261122);

describe('text-table over the bench corpus layouts', () => {
  it('covers every fixture template in each of its layouts', () => {
    expect(usable.length).toBeGreaterThan(20);
    expect(new Set(usable.map((u) => u.layout))).toEqual(new Set(['tabs', 'cells', 'spaces']));
  });

  it('finds nothing when the numbers are the fixture’s own', () => {
    const found: string[] = [];
    for (const { tpl, layout } of usable) {
      const text = renderOriginal(tpl, layout);
      for (const input of [text, iconv.encode(text.replace(/\n/g, '\r\n'), 'gb18030')]) {
        const report = parseReport(input, { file: tpl.path });
        for (const d of report.diagnostics) if (d.code === 'text-table') found.push(`${tpl.path} (${layout}): ${d.message}`);
      }
    }
    expect(found).toEqual([]);
  });
});
