/**
 * A row printed a number a line adds up in any order of its numbers: plain pdftotext of a printed
 * page puts a number out of its column's place now and then (the one beside a label's second line
 * printed with that line). Where the table's column rules, with the other rows as read, give the
 * row the same numbers in another order, or a number stands after its label's rest and no column
 * rule confirms the order, the row is not read so (cell-count `order`, `rest`): null, or put back
 * by the reading of the whole table in the form's order where every row and column adds up.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('a row over several lines whose numbers stand out of their columns\' order', () => {
  const text = fixture('000_02e88f20f87b4541.renumbered.txt');
  const golden = JSON.parse(fixture('000_02e88f20f87b4541.renumbered.json')) as { applications: { carriedForward: Record<string, number> } };

  it('the column rules give the same numbers in another order: not read so, and the table read in the form\'s order puts the number back', () => {
    // 四、结转下年度继续办理 one cell a line, its first two numbers swapped: 776 689 … still adds up,
    // and read so the balance failed in two columns, the parser's error, not the report's.
    const at = text.indexOf('四、结转下年度继续办理');
    const swapped = text.slice(0, at) + text.slice(at).replace('\t  689\n\t  776\n', '\t  776\n\t  689\n');
    expect(swapped).not.toBe(text);
    const r = parseReport(swapped, { file: 'swapped.txt' });
    expect(r.applications?.carriedForward).toEqual(golden.applications.carriedForward);
    expect(r.diagnostics.filter((d) => d.code === 'balance')).toEqual([]);
    expect(r.diagnostics.find((d) => d.path === 'applications.carriedForward')?.message).toMatch(/“776” on line \d+, printed away from its place and put back/);
    // The same in a tab-separated report, the row over two lines.
    const tabs = fixture('2019/2019-tabs.txt');
    const split = tabs.replace('\t\t\t23\t43\t34\t149\t89\t136\t474', '\t\t\t43\t23\t34\n\t\t\t149\t89\t136\t474');
    expect(split).not.toBe(tabs);
    const t = parseReport(split, { file: 'split.txt' });
    expect(t.applications?.carriedForward).toEqual(JSON.parse(fixture('2019/2019-tabs.json')).applications.carriedForward);
    expect(t.diagnostics.filter((d) => d.code === 'balance')).toEqual([]);
  });

  it('a number after its label\'s rest on a later line, no column rule to confirm the order: null, cell-count rest (print-sweep seed 4, case 12)', () => {
    const r = parseReport(fixture('damaged/chromium-pdftotext/4-12.plain.txt'), { file: '4-12.plain.txt' });
    expect(Object.values(r.applications?.carriedForward ?? {})).toEqual(Array(7).fill(null));
    expect(r.diagnostics.find((d) => d.path === 'applications.carriedForward')?.message).toContain('one of them after the rest of its label on a later line');
  });
});
