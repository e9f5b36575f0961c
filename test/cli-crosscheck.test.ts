/**
 * The checks across the text and across years on the command line: text-table in `parse` and
 * `validate`, carry-over in `validate` (text, JSON, GitHub) and `compare`, `compare` itself,
 * and `summary` in year order. Over the series (fixtures/series/) and the prose variants.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, root } from './support/cli.js';

const DOCTORED = 'fixtures/series/doctored';
const CONSISTENT = 'fixtures/series/consistent';
const year = (dir: string, y: number): string => `${dir}/qiaoguan-${y}.txt`;
interface Manifest {
  doctored: { year: number; findings: Array<{ column: string; line: number; carriedOver: number; earlierFile: string; earlierLine: number; carriedForward: number }> };
}
const MANIFEST = JSON.parse(readFileSync(`${root}fixtures/series/series.json`, 'utf8')) as Manifest;

describe('validate over a series', () => {
  it('gives exactly the carry-over error of the doctored year, on the later file, and exit 1', async () => {
    const r = await cli(['validate', DOCTORED]);
    expect(r.status).toBe(1);
    const doctored = year(DOCTORED, MANIFEST.doctored.year);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.endsWith('  ok'))).toHaveLength(6);
    const at = lines.indexOf(doctored);
    expect(lines.slice(at + 1, at + 2).map((l) => l.replace(/ +/g, ' '))).toEqual(
      MANIFEST.doctored.findings.map(
        (f) =>
          ` ${f.line} error carry-over column “商业企业”: “二、上年结转政府信息公开申请数量” (line ${f.line}) is ${f.carriedOver}, but “四、结转下年度继续办理” in the ${MANIFEST.doctored.year - 1} report (${f.earlierFile}, line ${f.earlierLine}) is ${f.carriedForward} (a difference of 7)`,
      ),
    );
    expect(lines.at(-1)).toBe('7 files, 1 error, 0 warnings');
  });

  it('says nothing over the consistent series', async () => {
    const r = await cli(['validate', CONSISTENT]);
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('7 files, 0 errors, 0 warnings');
  });

  it('--format json carries them in the later file’s entry, like the other diagnostics, whatever the input order', async () => {
    const files = [2025, 2023, 2024, 2022].map((y) => year(DOCTORED, y));
    const entries = JSON.parse((await cli(['validate', ...files, '--format', 'json'])).stdout) as Array<{ file: string; errors: number; diagnostics: Array<{ code: string; path: string; line: number }> }>;
    expect(entries.map((e) => [e.file, e.errors])).toEqual(files.map((f) => [f, f.endsWith('2023.txt') ? 1 : 0]));
    expect(entries[1]!.diagnostics.map((d) => [d.code, d.path, d.line])).toEqual([
      ['carry-over', 'applications.carriedOver.commercial', 61],
    ]);
  });

  it('--format github annotates the later file', async () => {
    const r = await cli(['validate', DOCTORED, '--format', 'github']);
    const annotations = r.stdout.trimEnd().split('\n');
    expect(annotations).toHaveLength(1);
    for (const a of annotations) expect(a).toMatch(new RegExp(`^::error file=${year(DOCTORED, 2023)},line=61,title=Carry-over differs from last year \\(carry-over\\)::column “商业企业”`));
  });

  it('--lang zh writes the finding in Chinese', async () => {
    const r = await cli(['validate', DOCTORED, '--lang', 'zh']);
    expect(r.stdout).toMatch(/ {2}第61行 {2}错误 {2}carry-over {2}“商业企业”列：本报告第 61 行“二、上年结转政府信息公开申请数量”为 487，但 2022 年度报告（fixtures\/series\/doctored\/qiaoguan-2022\.txt，第 85 行）“四、结转下年度继续办理”为 480（相差 7）\n/);
    const compared = await cli(['compare', year(DOCTORED, 2022), year(DOCTORED, 2023), '--lang', 'zh']);
    expect(compared.stdout.trimEnd().split('\n').at(-1)).toMatch(/^第61行 {2}错误 {2}carry-over {2}“商业企业”列：本报告第 61 行/);
    expect(compared.stdout).toMatch(/^上期：fixtures\/series\/doctored\/qiaoguan-2022\.txt {2}昌乐县乔官镇人民政府 {2}2022\n/);
  });

  it('a gap in the years, or one year alone, gives nothing', async () => {
    expect((await cli(['validate', year(DOCTORED, 2023)])).status).toBe(0);
    expect((await cli(['validate', year(DOCTORED, 2021), year(DOCTORED, 2023)])).status).toBe(0);
  });
});

describe('text-table on the command line', () => {
  const WRONG = 'fixtures/prose/2021-wrong-received.txt';

  it('parse puts it in the report’s diagnostics, with both lines', async () => {
    const report = JSON.parse((await cli(['parse', WRONG])).stdout) as { diagnostics: Array<{ code: string; severity: string; line: number; message: string }> };
    expect(report.diagnostics).toEqual([
      {
        code: 'text-table',
        severity: 'warning',
        message: expect.stringMatching(/^text says “收到政府信息公开申请8827件” \(line 19\); table “一、本年新收政府信息公开申请数量” 总计 is 8824 \(line 60\)/),
        path: 'applications.newReceived.total',
        line: 19,
      },
    ]);
  });

  it('validate shows it as a warning: exit 0', async () => {
    const r = await cli(['validate', WRONG, 'fixtures/prose/2021-loose.txt']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^fixtures\/prose\/2021-wrong-received\.txt\n {2}19 {2}warning {2}text-table {2}text says “收到政府信息公开申请8827件”/);
    expect(r.stdout).toContain('fixtures/prose/2021-loose.txt  ok\n');
  });
});

describe('compare', () => {
  it('two files: the changed cells, the counts, exit 0', async () => {
    const r = await cli(['compare', year(CONSISTENT, 2023), year(CONSISTENT, 2024)]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `old: ${year(CONSISTENT, 2023)}  昌乐县乔官镇人民政府  2023`,
      `new: ${year(CONSISTENT, 2024)}  昌乐县乔官镇人民政府  2024`,
      '   part  row                                 column              2023  2024  change         %',
    ]);
    // 本年新收 总计 10663 → 8824, as the two files print it: −1839, −17.25 %.
    expect(lines).toContain('   三    一、本年新收政府信息公开申请数量    总计               10663  8824   -1839    -17.3%');
    expect(lines.at(-1)).toMatch(/^\d+ of 200 cells changed; \d+ changed by 50% or more \(marked !\)$/);
  });

  it('runs the carry-over check between consecutive years: exit 1', async () => {
    const r = await cli(['compare', year(DOCTORED, 2022), year(DOCTORED, 2023)]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes('carry-over'))).toEqual([expect.stringMatching(/^61 {2}error {2}carry-over {2}column “商业企业”: .* is 487, but .* is 480 \(a difference of 7\)$/)]);
  });

  it('--all shows every cell; --threshold changes what is marked', async () => {
    const all = await cli(['compare', year(CONSISTENT, 2023), year(CONSISTENT, 2024), '--all']);
    expect(all.stdout.trimEnd().split('\n')).toHaveLength(2 + 1 + 200 + 1);
    const strict = await cli(['compare', year(CONSISTENT, 2023), year(CONSISTENT, 2024), '--threshold', '10%']);
    const loose = await cli(['compare', year(CONSISTENT, 2023), year(CONSISTENT, 2024), '--threshold', '200']);
    const marked = (text: string) => Number(/; (\d+) changed by/.exec(text)?.[1] ?? 0);
    expect(marked(strict.stdout)).toBeGreaterThan(marked(all.stdout));
    expect(marked(loose.stdout)).toBeLessThan(marked(all.stdout));
    expect(loose.stdout).toContain('changed by 200% or more');
  });

  it('--format json: every cell with old, new, change and %', async () => {
    const [comparison] = JSON.parse((await cli(['compare', year(CONSISTENT, 2023), year(CONSISTENT, 2024), '--format', 'json'])).stdout) as Array<{ cells: Array<Record<string, unknown>>; carryOver: unknown[] }>;
    expect(comparison!.cells).toHaveLength(200);
    expect(comparison!.cells.find((c) => c['path'] === 'applications.newReceived.total')).toMatchObject({ old: 10663, new: 8824, change: -1839, percent: -17.25, changed: true, large: false });
    expect(comparison!.carryOver).toEqual([]);
  });

  it('--format csv: a header and one row per cell, --bom in front', async () => {
    const r = await cli(['compare', year(CONSISTENT, 2023), year(CONSISTENT, 2024), '--format', 'csv', '--bom']);
    const rows = r.stdout.split('\r\n');
    expect(rows[0]).toBe('\uFEFFold.file,new.file,old.organ,new.organ,old.year,new.year,part,path,row,column,old,new,change,percent,changed,large');
    expect(rows).toHaveLength(1 + 200 + 1);
    expect(rows).toContain(`${year(CONSISTENT, 2023)},${year(CONSISTENT, 2024)},昌乐县乔官镇人民政府,昌乐县乔官镇人民政府,2023,2024,三,applications.newReceived.total,一、本年新收政府信息公开申请数量,总计,10663,8824,-1839,-17.25,true,false`);
  });

  it('two folders: the reports paired by organ, the unpaired named', async () => {
    const r = await cli(['compare', year(CONSISTENT, 2023), 'fixtures/prose/', '--format', 'json']);
    // One file against a folder: paired by organ; the prose variants are all of 乔官镇 (the first is paired).
    const comparisons = JSON.parse(r.stdout) as Array<{ old: { file: string }; new: { file: string } }>;
    expect(comparisons.map((c) => [c.old.file, c.new.file])).toEqual([[year(CONSISTENT, 2023), 'fixtures/prose/2019-loose.txt']]);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('gov-report: only in the new reports: fixtures/prose/'))).toHaveLength(16);
  });

  it('two folders of one organ: paired in order; only the doctored year differs', async () => {
    const r = await cli(['compare', CONSISTENT, DOCTORED, '--format', 'json']);
    const comparisons = JSON.parse(r.stdout) as Array<{ old: { file: string }; new: { file: string }; cells: Array<{ path: string; changed: boolean; change: number }> }>;
    expect(comparisons.map((c) => [c.old.file, c.new.file])).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025].map((y) => [year(CONSISTENT, y), year(DOCTORED, y)]));
    const changed = comparisons.map((c) => c.cells.filter((cell) => cell.changed).map((cell) => `${cell.path} ${cell.change}`));
    // The doctored 2023 carries 7 more over in 商业企业 (and its 总计), and receives 7 fewer new to keep the balance.
    expect(changed[4]).toEqual(['applications.newReceived.commercial -7', 'applications.newReceived.total -7', 'applications.carriedOver.commercial 7', 'applications.carriedOver.total 7']);
    expect(changed.filter((c) => c.length > 0)).toHaveLength(1);
  });

  it('usage errors: a threshold that is no percentage, --all outside text', async () => {
    const bad = await cli(['compare', year(CONSISTENT, 2023), year(CONSISTENT, 2024), '--threshold', 'half']);
    expect([bad.status, bad.stderr]).toEqual([2, 'gov-report: --threshold takes a percentage such as 50% or 12.5, not "half"\n']);
    const all = await cli(['compare', year(CONSISTENT, 2023), year(CONSISTENT, 2024), '--all', '--format', 'csv']);
    expect([all.status, all.stderr]).toEqual([2, 'gov-report: --all applies to --format text only (JSON and CSV always hold every cell)\n']);
  });

  it('an input that cannot be read: exit 2, one line on stderr', async () => {
    const r = await cli(['compare', 'fixtures/nothing-here.txt', year(CONSISTENT, 2024)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('gov-report: fixtures/nothing-here.txt: no such file or directory\n');
  });
});

describe('summary over several years of one organ', () => {
  it('shows the years in order', async () => {
    const files = [2025, 2019, 2022, 2020].map((y) => year(CONSISTENT, y));
    const r = await cli(['summary', ...files]);
    const years = r.stdout
      .split('\n')
      .slice(1, 5)
      .map((l) => /\s(20\d\d)\s/.exec(l)?.[1]);
    expect(years).toEqual(['2019', '2020', '2022', '2025']);
  });
});
