/**
 * Plain pdftotext of LibreOffice's PDF of a Word report (fixtures/damaged/pdftotext/17): part 三's
 * labels of nineteen rows, then their numbers one a line. The groups' labels stand in a column of
 * their own, wrapped beside their first row's, and pdftotext prints the two columns' lines in
 * turn (`（三）不予公` / `1.属于国家秘` / `开` / `密`). The table's first rows are printed apart
 * (column by column, across a page's end) and are not read, so the column equations cannot check
 * this run: it is read on its own arithmetic only when it vouches for itself (pairing.ts).
 *
 * The fixture prints rows whose labels take a line each with their numbers in turn (2.重复申请 and
 * 3.要求提供公开出版物: `109 64 59 139 …`), read so where each row adds up only so. The first
 * two tests print its numbers again row after row, from its designed values: the plain case.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../src/index.js';

const NAME = 'fixtures/damaged/pdftotext/17-2019-tabs-word.plain';
const text = readFileSync(new URL(`../${NAME}.txt`, import.meta.url), 'utf8');
const designed = (JSON.parse(readFileSync(new URL(`../${NAME}.expected.json`, import.meta.url), 'utf8')) as { designed: Report }).designed;

type Row = Record<string, number | null>;
/** The run's rows, in the form's order, as paths under applications. */
const RUN = [
  'denied.stateSecret', 'denied.prohibitedByLaw', 'denied.endangersSafety', 'denied.thirdPartyRights', 'denied.internalAffairs',
  'denied.processInformation', 'denied.enforcementFiles', 'denied.administrativeQuery', 'unableToProvide.notHeld',
  'unableToProvide.needsCreation', 'unableToProvide.unclearAfterCorrection', 'notProcessed.complaint', 'notProcessed.duplicate',
  'notProcessed.publication', 'notProcessed.excessive', 'notProcessed.confirmation', 'otherHandling.other', 'totalHandled', 'carriedForward',
];
const rowAt = (report: Report, path: string): Row | null =>
  (path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key] ?? null, report.applications) as Row | null);

/** The text with the run's numbers printed row after row, one a line (`skip`: rows whose numbers are left out; `printedAs`: rows printed with other numbers). */
function rowByRow(skip: ReadonlySet<string> = new Set(), printedAs: Readonly<Record<string, readonly number[]>> = {}): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l, i) => l === '30' && lines.slice(0, i).some((p) => p.startsWith('四、结转下年度继续办理')));
  expect(start).toBeGreaterThan(0);
  let end = start;
  for (let seen = 0; seen < RUN.length * 7; end++) if (/^\d+$/.test(lines[end] ?? '')) seen++;
  const numbers = RUN.filter((path) => !skip.has(path)).flatMap((path) => (printedAs[path] ?? Object.values(rowAt(designed, path) ?? {})).map(String));
  return [...lines.slice(0, start), ...numbers.flatMap((n) => [n, '']), ...lines.slice(end)];
}

describe('plain pdftotext: a run of labels, then their numbers row after row', () => {
  it('reads every row of the run, the group labels wrapped beside their first rows put back together', () => {
    const report = parseReport(rowByRow().join('\n'), { file: 'plain.txt' });
    for (const path of RUN) expect(rowAt(report, path)).toEqual(rowAt(designed, path));
    const said = report.diagnostics.find((d) => d.code === 'recovered-pairing' && d.path === 'applications.denied.stateSecret');
    expect(said?.severity).toBe('info');
    // Said so: no column rule could check it, 予以公开 and 部分公开 not read.
    expect(said?.message).toMatch(/column rules could not check it/);
    expect(parseReport(rowByRow().join('\n'), { file: 'plain.txt', lang: 'zh' }).diagnostics.find((d) => d.path === said?.path && d.code === said?.code)?.message).toMatch(/无法据此核对/);
  });

  it('a label lost and another row\'s numbers lost, the counts still equal: null, never a row\'s numbers shifted onto the next', () => {
    const lines = rowByRow(new Set(['denied.internalAffairs']));
    // 4.保护第三方合法权益's label lost: its numbers would be read as 5.属于三类内部事务信息's.
    const label = lines.indexOf('4.保护第三方');
    expect(lines[label + 1]).toBe('合法权益');
    lines.splice(label, 2);
    const report = parseReport(lines.join('\n'), { file: 'plain.txt' });
    for (const path of RUN) {
      const row = rowAt(report, path);
      const want = rowAt(designed, path);
      for (const [key, value] of Object.entries(row ?? {})) expect(value === null || value === want?.[key]).toBe(true);
    }
    expect(rowAt(report, 'denied.internalAffairs')?.total ?? null).toBeNull();
    expect(report.diagnostics.some((d) => d.code === 'ambiguous-pairing' && d.path === 'applications.denied.internalAffairs')).toBe(true);
  });

  it('as printed, rows a line each giving their numbers in turn (2.重复申请 with 3.要求提供公开出版物; （六）, （七）总计 and 四、结转): read so, said so', () => {
    const report = parseReport(text, { file: 'plain.txt' });
    for (const path of RUN) expect(rowAt(report, path)).toEqual(rowAt(designed, path));
    const said = report.diagnostics.find((d) => d.code === 'recovered-pairing' && d.path === 'applications.notProcessed.duplicate');
    expect(said?.message).toMatch(/give their numbers in turn/);
    expect(parseReport(text, { file: 'plain.txt', lang: 'zh' }).diagnostics.find((d) => d.path === said?.path && d.code === said?.code)?.message).toMatch(/交替排出/);
  });

  it('two numbers of rows given in turn swapped: no reading adds up, the run null, never a number placed', () => {
    const lines = text.split('\n');
    // 109 64 59 139 …: 2.重复申请's second number and 3.要求提供公开出版物's first, swapped.
    const at = lines.indexOf('109');
    const [, first, second] = lines.flatMap((l, i) => (i >= at && l !== '' ? [i] : [])).slice(0, 3);
    expect([lines[at], lines[first ?? -1], lines[second ?? -1]]).toEqual(['109', '64', '59']);
    lines[first ?? -1] = '59';
    lines[second ?? -1] = '64';
    const report = parseReport(lines.join('\n'), { file: 'plain.txt' });
    for (const path of RUN) expect(Object.values(rowAt(report, path) ?? {}).every((v) => v === null)).toBe(true);
    expect(report.diagnostics.some((d) => d.code === 'ambiguous-pairing' && d.path === 'applications.notProcessed.duplicate')).toBe(true);
  });

  it('two rows that add up both as printed and given in turn: neither reading is taken, the run null', () => {
    // Row after row, 0 1 0 2 0 3 6 and 4 0 5 0 7 6 22 each add up; given in turn they are
    // 0 0 0 6 0 0 6 and 1 2 3 4 5 7 22, which add up as well.
    const duplicate = [0, 1, 0, 2, 0, 3, 6];
    const publication = [4, 0, 5, 0, 7, 6, 22];
    const lines = rowByRow(new Set(), { 'notProcessed.duplicate': duplicate, 'notProcessed.publication': publication });
    const report = parseReport(lines.join('\n'), { file: 'plain.txt' });
    for (const path of ['notProcessed.duplicate', 'notProcessed.publication']) {
      expect(Object.values(rowAt(report, path) ?? {}).every((v) => v === null)).toBe(true);
      expect(report.diagnostics.some((d) => d.code === 'ambiguous-pairing' && d.path === `applications.${path}`)).toBe(true);
    }
    // The run reads one way or not at all: its other rows are null too.
    expect(rowAt(report, 'denied.stateSecret')?.total ?? null).toBeNull();
  });
});
