/**
 * The command line, end to end and in-process: every test runs `runCli` (the built code, as
 * `bin/gov-report.js` does) from the repository root with in-memory streams, and checks what it
 * prints and its exit status. test/cli-launcher.test.ts runs the launcher itself.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../src/output/width.js';
import { cli, reportFilesBelow, root, type CliResult as Result } from './support/cli.js';

const json = (r: Result): any => JSON.parse(r.stdout);
const readJson = (file: string): any => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

const SEED = 'fixtures/002_4a61cbdbb397b0fd.renumbered.txt';
const SEED_GOLDEN = 'fixtures/002_4a61cbdbb397b0fd.renumbered.json';
const ORGAN = '昌乐县乔官镇人民政府';
const LEGACY = 'fixtures/2019/2017-legacy.txt'; // a 2017 report: parsed, with an unsupported-format error


let tmp: string;
const seedText = readFileSync(path.join(root, SEED), 'utf8');
const seedLines = seedText.split('\n');

/** The seed with line `n` (1-based) edited: one deliberate fault. */
function withLine(n: number, edit: (line: string) => string): string {
  const lines = [...seedLines];
  lines[n - 1] = edit(lines[n - 1]!);
  return lines.join('\n');
}

/** Line 60 prints 本年新收 … 总计 8743; 8744 breaks that row's total and the 总计 column's balance. */
let rowTotalFault: string;
/** Line 41 is 规章 5505 29 8680; blanking 29 is a blank-cell warning and nothing else. */
let blankCellFault: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'gov-report-cli-'));
  rowTotalFault = path.join(tmp, 'row-total.txt');
  writeFileSync(rowTotalFault, withLine(60, (l) => l.replace('\t8743\t', '\t8744\t')));
  blankCellFault = path.join(tmp, 'blank-cell.txt');
  writeFileSync(blankCellFault, withLine(41, (l) => l.replace('\t29\t', '\t\t')));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('inputs', () => {
  it('a single file prints one JSON object, equal to its golden', async () => {
    const r = await cli(['parse', SEED]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(json(r)).toEqual(readJson(SEED_GOLDEN));
  });

  it('a folder prints an array of every report file below it (.txt .text .md .html .htm .docx .pdf, any case), recursively, in code-point order', async () => {
    const dir = path.join(tmp, 'tree');
    const files = ['b.txt', 'A.txt', 'a/z.txt', 'a/b/c.txt', 'x.TXT', 'é.txt', 'n.text', 'notes.md', 'p.HTM', 'q.html', 'w.Docx', 'z.PDF'];
    const copy: Record<string, string> = { htm: 'html', html: 'html', docx: 'docx', pdf: 'pdf' };
    for (const file of [...files, 'sheet.xlsx', 'old.doc', 'page.php', '.hidden.txt', '.git/d.txt']) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      const format = copy[file.split('.').pop()!.toLowerCase()];
      copyFileSync(path.join(root, format ? SEED.replace(/^fixtures\//, 'fixtures/documents/').replace(/txt$/, format) : SEED), path.join(dir, file));
    }
    const r = await cli(['parse', dir]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const expected = ['A.txt', 'a/b/c.txt', 'a/z.txt', 'b.txt', 'n.text', 'notes.md', 'p.HTM', 'q.html', 'w.Docx', 'x.TXT', 'z.PDF', 'é.txt'].map((f) => path.join(dir, f));
    expect(json(r).map((report: any) => report.source.file)).toEqual(expected);
    expect(json(r).map((report: any) => report.source.type)).toEqual(['text', 'text', 'text', 'text', 'text', 'text', 'html', 'html', 'docx', 'text', 'pdf', 'text']);
    expect(new Set(json(r).map((report: any) => report.meta.organ))).toEqual(new Set([ORGAN]));
  });

  it('relative paths, folders and globs are read from the working directory given, and printed as given', async () => {
    const dir = path.join(tmp, 'cwd');
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    copyFileSync(path.join(root, SEED), path.join(dir, 'one.txt'));
    copyFileSync(path.join(root, LEGACY), path.join(dir, 'sub', 'two.txt'));
    const r = await cli(['parse', 'one.txt', 'sub', '*/*.txt', 'missing.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(json(r).map((report: any) => [report.source.file, report.meta.year])).toEqual([
      ['one.txt', 2024],
      [path.join('sub', 'two.txt'), 2017],
    ]);
    expect(r.stderr).toMatch(/^gov-report: missing\.txt: no such file or directory\n/);
  });

  it('a folder given with a trailing slash keeps the path as given', async () => {
    const r = await cli(['parse', 'fixtures/variants/']);
    const files = reportFilesBelow('fixtures/variants');
    expect(json(r).map((report: any) => report.source.file)).toEqual(files);
  });

  it('a quoted glob is expanded by the tool, sorted', async () => {
    const r = await cli(['parse', 'fixtures/**/002*.txt']);
    expect(r.status).toBe(0);
    const expected = reportFilesBelow('fixtures').filter((f) => path.basename(f).startsWith('002') && f.endsWith('.txt'));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(json(r).map((report: any) => report.source.file)).toEqual(expected);
    for (const report of json(r)) expect(report.meta.organ).toBe(ORGAN);
  });

  it('piped stdin with no argument is read, and its source.file is "-"', async () => {
    const r = await cli(['parse'], { input: readFileSync(path.join(root, SEED)) });
    expect(r.status).toBe(0);
    const report = json(r);
    expect(Array.isArray(report)).toBe(false);
    expect(report.source.file).toBe('-');
    expect(report.applications.newReceived.total).toBe(8743);
  });

  it('- reads stdin in its place among other arguments, and the result is an array', async () => {
    const r = await cli(['parse', '-', LEGACY], { input: readFileSync(path.join(root, SEED)) });
    expect(json(r).map((report: any) => report.source.file)).toEqual(['-', LEGACY]);
    expect(json(r)[0].meta.organ).toBe(ORGAN);
  });

  it('a path given twice (directly, in a folder, by a glob) is parsed once', async () => {
    const r = await cli(['parse', 'fixtures/variants', 'fixtures/variants/002-utf8-bom.txt', './fixtures/variants/*.txt']);
    expect(json(r).map((report: any) => report.source.file)).toEqual(reportFilesBelow('fixtures/variants'));
  });

  it('--encoding overrides detection', async () => {
    const r = await cli(['parse', '--encoding', 'gb18030', 'fixtures/variants/002-gb18030-crlf.txt']);
    expect(r.status).toBe(0);
    expect(json(r).source.encoding).toBe('gb18030');
    expect(json(r).meta.organ).toBe(ORGAN);
  });

  it('--max-bytes holds a web page, Word file or PDF to its own bytes: past it one too-large line, within it read', async () => {
    const documents = ['html', 'docx', 'pdf'].map((format) => `fixtures/documents/2019-tabs.${format}`);
    const sizes = documents.map((file) => readFileSync(path.join(root, file)).length);
    const bound = Math.min(...sizes) - 1;
    const r = await cli(['parse', ...documents, SEED, '--max-bytes', String(bound)]);
    expect(r.status).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.map((line) => line.split(': ')[1])).toEqual(documents);
    for (const line of lines) expect(line).toMatch(/: this file is .*, more than the .* one input may be; it was not read\. .*--max-bytes \d+MB/);
    expect(json(r).map((report: any) => report.source.file)).toEqual([SEED]);
    const raised = await cli(['parse', ...documents, '--max-bytes', String(Math.max(...sizes))]);
    expect(raised.status).toBe(0);
    const golden = readJson('fixtures/2019/2019-tabs.json');
    expect(json(raised).map((report: any) => [report.source.type, report.applications])).toEqual(['html', 'docx', 'pdf'].map((type) => [type, golden.applications]));
  }, 60_000);

  it('parse fixtures prints every fixture report, whatever its format; the deliberately unreadable documents and the notes that are no report each get their line', async () => {
    // On this thread (--jobs 0), whose parser the tests before have warmed: a pool's two new
    // threads would each compile it afresh, a third more CPU for the same output (pool.test shows
    // the pool prints what the serial run prints, through `gov-report parse` too).
    const r = await cli(['parse', 'fixtures', '--quiet', '--jobs', '0']);
    const unreadable = ['fixtures/damaged/README.md', 'fixtures/documents/bad/encrypted.pdf', 'fixtures/documents/bad/scanned.pdf', 'fixtures/faults/README.md', 'fixtures/runtogether/README.md'];
    expect(r.stderr.trimEnd().split('\n').map((line) => line.split(': ')[1])).toEqual(unreadable);
    expect(r.status).toBe(2);
    expect(json(r).map((report: any) => report.source.file)).toEqual(reportFilesBelow('fixtures').filter((f) => !unreadable.includes(f)));
  }, 120_000); // ~170 files, 15 of them PDFs

  it('npm start shows the summary of the golden reports: a row each, with the numbers of its golden, and the total', async () => {
    const start: string = readJson('package.json').scripts.start;
    const args = /^node bin\/gov-report\.js (summary) "(fixtures\/\*\.renumbered\.txt)"$/.exec(start);
    expect(args, start).not.toBeNull();
    const r = await cli([args![1]!, args![2]!]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const files = reportFilesBelow('fixtures').filter((f) => /^fixtures\/[^/]+\.renumbered\.txt$/.test(f));
    expect(files).toHaveLength(5);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + files.length + 2);
    files.forEach((file, i) => {
      const golden = readJson(file.replace(/\.txt$/, '.json'));
      expect(lines[1 + i]!.split(/ {2,}/).slice(0, 4)).toEqual([file, golden.meta.organ, String(golden.meta.year), String(golden.applications.newReceived.total)]);
    });
    expect(lines.at(-1)).toMatch(/^total +5 reports +- +\d+/);
  });
});

describe('parse outputs', () => {
  it('the shape follows the command line: several arguments give an array even of one report', async () => {
    const r = await cli(['parse', SEED, 'missing.txt']);
    expect(Array.isArray(json(r))).toBe(true);
    expect(json(r)).toHaveLength(1);
  });

  it('--ndjson prints one compact report per line', async () => {
    const files = reportFilesBelow('fixtures/variants');
    const r = await cli(['parse', 'fixtures/variants', '--ndjson']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(files.length);
    expect(lines.map((line) => JSON.parse(line).source.file)).toEqual(files);
    expect(lines.every((line) => line === JSON.stringify(JSON.parse(line)))).toBe(true);
  });

  it('--pretty indents by 2 spaces; --compact and a pipe give one line', async () => {
    const golden = readJson(SEED_GOLDEN);
    expect((await cli(['parse', SEED, '--pretty'])).stdout).toBe(`${JSON.stringify(golden, null, 2)}\n`);
    expect((await cli(['parse', SEED, '--compact'])).stdout).toBe(`${JSON.stringify(golden)}\n`);
    expect((await cli(['parse', SEED])).stdout).toBe(`${JSON.stringify(golden)}\n`);
  });

  it('a pretty array is exactly JSON.stringify(array, null, 2)', async () => {
    const r = await cli(['parse', SEED, LEGACY, '--pretty']);
    expect(r.stdout).toBe(`${JSON.stringify(JSON.parse(r.stdout), null, 2)}\n`);
    expect(json(r)).toHaveLength(2);
  });

  it('an array with no report is []', async () => {
    const r = await cli(['parse', 'missing-a.txt', 'missing-b.txt']);
    expect(r.stdout).toBe('[]\n');
    expect(r.status).toBe(2);
  });

  it('--format csv: a header of leaf paths in schema order and one row per report', async () => {
    const r = await cli(['parse', SEED, LEGACY, '--format', 'csv']);
    expect(r.status).toBe(0);
    const records = r.stdout.split('\r\n');
    expect(records.pop()).toBe('');
    expect(records).toHaveLength(3);
    const header = records[0]!.split(',');
    expect(header.slice(0, 9)).toEqual([
      'source.file', 'source.encoding', 'source.bytes', 'source.type', 'format',
      'meta.title', 'meta.organ', 'meta.year', 'meta.publishedOn',
    ]);
    expect(header[9]).toBe('activeDisclosure.regulations.issued');
    expect(header.slice(-4)).toEqual(['errors', 'warnings', 'infos', 'diagnostics']);
    // Both forms' part 二 columns, the three applications rows in order, part 四 at the end.
    expect(header).toContain('activeDisclosure.procurement.amount');
    expect(header.indexOf('applications.newReceived.total')).toBeLessThan(header.indexOf('applications.carriedForward.total'));
    expect(header.indexOf('reviewLitigation.review.total')).toBeGreaterThan(header.indexOf('applications.carriedForward.total'));
    expect(header.some((c) => c.startsWith('text.') || c.startsWith('diagnostics.'))).toBe(false);

    const golden = readJson(SEED_GOLDEN);
    const row = records[1]!.split(',');
    expect(row).toHaveLength(header.length);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('source.file')).toBe(SEED);
    expect(cell('meta.organ')).toBe(ORGAN);
    expect(cell('applications.newReceived.total')).toBe(String(golden.applications.newReceived.total));
    expect(cell('reviewLitigation.review.total')).toBe(String(golden.reviewLitigation.review.total));
    expect(cell('activeDisclosure.fees.amount')).toBe(String(golden.activeDisclosure.fees.amount));
    expect(cell('activeDisclosure.procurement.amount')).toBe(''); // a 2019-form column
    expect(cell('errors')).toBe('0');
    const legacy = records[2]!.split(',');
    expect(legacy[header.indexOf('errors')]).toBe('1');
    expect(legacy[header.indexOf('diagnostics')]).toBe('unsupported-format'); // no one line: the code alone
    expect(legacy[header.indexOf('applications.newReceived.total')]).toBe('');
  });

  it('--format csv: the diagnostics column lists code@line, and infos counts the values read from run-together digits', async () => {
    const fault = (await cli(['parse', rowTotalFault, '--format', 'csv'])).stdout.split('\r\n');
    const header = fault[0]!.split(',');
    const row = fault[1]!.split(',');
    expect([row[header.indexOf('errors')], row[header.indexOf('warnings')], row[header.indexOf('infos')]]).toEqual(['2', '0', '0']);
    expect(row[header.indexOf('diagnostics')]).toBe('row-total@60 balance@85');

    const glued = 'fixtures/runtogether/002_4a61cbdbb397b0fd.glued.txt';
    const report = json(await cli(['parse', glued]));
    const recovered = report.diagnostics.filter((d: any) => d.code === 'recovered-digits');
    expect(recovered.length).toBeGreaterThan(0);
    const csv = (await cli(['parse', glued, '--format', 'csv'])).stdout.split('\r\n');
    const gluedRow = csv[1]!.split(',');
    expect(gluedRow[header.indexOf('infos')]).toBe(String(report.diagnostics.filter((d: any) => d.severity === 'info').length));
    const listed = gluedRow[header.indexOf('diagnostics')]!.split(' ');
    expect(listed).toEqual(report.diagnostics.map((d: any) => (d.line === null ? d.code : `${d.code}@${d.line}`))); // a text file: every place is a line
    expect(listed).toContain(`recovered-digits@${recovered[0].line}`);
  });

  it('--format csv: in a Word file or PDF, which have no lines, the diagnostics column says where each points (page, table and row)', async () => {
    const column = async (file: string) => {
      const records = (await cli(['parse', file, '--format', 'csv'])).stdout.split('\r\n');
      return records[1]!.split(',')[records[0]!.split(',').indexOf('diagnostics')];
    };
    const broken = 'fixtures/documents/002_4a61cbdbb397b0fd.renumbered.off';
    expect(await column(`${broken}.docx`)).toBe('row-total@table2:row6 handled-sum@table2:row27');
    expect(await column(`${broken}.pdf`)).toBe('row-total@page1 handled-sum@page2');
    // A web page has lines: those of its HTML source.
    expect(await column(`${broken}.html`)).toBe('row-total@128 handled-sum@378');
  });

  it('--header labels names the columns by the form\'s Chinese labels, each once; the rows are the same', async () => {
    const keys = (await cli(['parse', SEED, '--format', 'csv'])).stdout.split('\r\n');
    const labelled = await cli(['parse', SEED, '--format', 'csv', '--header', 'labels']);
    expect(labelled.status).toBe(0);
    const records = labelled.stdout.split('\r\n');
    expect(records.slice(1)).toEqual(keys.slice(1));
    const byKey = keys[0]!.split(',');
    const byLabel = records[0]!.split(',');
    expect(byLabel).toHaveLength(byKey.length);
    expect(new Set(byLabel).size).toBe(byLabel.length);
    const label = (key: string) => byLabel[byKey.indexOf(key)];
    expect(label('source.file')).toBe('文件');
    expect(label('meta.organ')).toBe('机关');
    expect(label('applications.newReceived.naturalPerson')).toBe('申请·本年新收·自然人');
    expect(label('applications.denied.stateSecret.total')).toBe('申请·不予公开·属于国家秘密·总计');
    expect(label('applications.unableToProvide.needsCreation.nonprofit')).toBe('申请·无法提供·没有现成信息需要另行制作·社会公益组织');
    expect(label('applications.totalHandled.commercial')).toBe('申请·办理结果总计·商业企业');
    expect(label('applications.carriedForward.total')).toBe('申请·结转下年度继续办理·总计');
    expect(label('activeDisclosure.regulations.issued')).toBe('主动公开·规章·本年制发件数');
    expect(label('activeDisclosure.normativeDocuments.made')).toBe('主动公开·规范性文件·本年新制作数量');
    expect(label('reviewLitigation.litigationAfterReview.upheld')).toBe('行政诉讼·复议后起诉·结果维持');
    expect(byLabel.slice(-4)).toEqual(['错误数', '警告数', '提示数', '问题（代码@行）']);
    // No key path is left in the header: every column has its label.
    expect(byLabel.filter((l) => /^[a-z]/i.test(l))).toEqual([]);
    const withText = (await cli(['parse', SEED, '--format', 'csv', '--header', 'labels', '--text'])).stdout.split('\r\n')[0]!.split(',');
    expect(withText.filter((l) => !byLabel.includes(l))).toEqual(['总体情况', '存在的主要问题及改进情况', '其他需要报告的事项']);
  });

  it('--format csv quotes fields with commas and quotes (RFC 4180)', async () => {
    const file = path.join(tmp, 'comma.txt');
    writeFileSync(file, withLine(3, () => '昌乐县乔官镇人民政府 2024 年政府信息公开工作年度报告, "测试"'));
    const r = await cli(['parse', file, '--format', 'csv']);
    const [header, row] = r.stdout.split('\r\n');
    const title = header!.split(',').indexOf('meta.title');
    expect(title).toBeGreaterThan(0);
    expect(row).toContain(',"昌乐县乔官镇人民政府2024年政府信息公开工作年度报告,""测试""",');
  });

  it('--text adds the text.* columns', async () => {
    const r = await cli(['parse', SEED, '--format', 'csv', '--text']);
    const header = r.stdout.split('\r\n')[0]!.split(',');
    expect(header.filter((c) => c.startsWith('text.'))).toEqual(['text.overview', 'text.problems', 'text.otherMatters']);
  });

  it('--bom starts the CSV with the UTF-8 byte-order mark; without it there is none', async () => {
    const withBom = (await cli(['parse', SEED, '--format', 'csv', '--bom'])).stdoutBytes;
    expect([...withBom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(withBom.subarray(3, 14).toString()).toBe('source.file');
    const without = (await cli(['parse', SEED, '--format', 'csv'])).stdoutBytes;
    expect(without.subarray(0, 11).toString()).toBe('source.file');
  });

  it('--strict exits 1 when a report has an error-severity diagnostic, and still prints it', async () => {
    const plain = await cli(['parse', LEGACY]);
    expect(plain.status).toBe(0);
    expect(json(plain).diagnostics.map((d: any) => d.code)).toContain('unsupported-format');
    expect(plain.stderr).toBe('gov-report: 1 of 1 report has error-severity diagnostics; `gov-report validate` lists them\n');
    const strict = await cli(['parse', LEGACY, '--strict']);
    expect(strict.status).toBe(1);
    expect(json(strict).meta.year).toBe(2017);
    expect((await cli(['parse', rowTotalFault, '--strict'])).status).toBe(1);
    expect((await cli(['parse', SEED, '--strict'])).status).toBe(0);
  });

  it('--quiet silences the closing remark but not the problem lines', async () => {
    const r = await cli(['parse', LEGACY, 'missing.txt', '--quiet']);
    expect(r.stderr).toBe('gov-report: missing.txt: no such file or directory\n');
    expect(r.status).toBe(2);
  });

  it('no progress line when stderr is not a terminal, even for more than 50 files', async () => {
    const dir = path.join(tmp, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 55; i++) copyFileSync(path.join(root, SEED), path.join(dir, `r${String(i).padStart(2, '0')}.txt`));
    const r = await cli(['parse', dir, '--ndjson']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toHaveLength(56);
    expect(r.stderr).toBe('');
  });
});

describe('validate', () => {
  it('text: file, then line, severity, code and message per diagnostic, and a summary line', async () => {
    const r = await cli(['validate', rowTotalFault, SEED]);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(rowTotalFault);
    expect(lines[1]).toMatch(/^ {2}60 {2}error {4}row-total {2}row “本年新收政府信息公开申请数量”: .*8744.*8743/);
    expect(lines[2]).toMatch(/^ {2}85 {2}error {4}balance {4}column “总计”: .*12175.*12174/);
    expect(lines[3]).toBe(`${SEED}  ok`);
    expect(lines[4]).toBe('2 files, 2 errors, 0 warnings');
    expect(r.stderr).toBe('');
  });

  it('a one-cell-off copy as text, web page, Word file and PDF: the same diagnostics, each where a person finds it (line, table and row, page)', async () => {
    const copies = ['txt', 'html', 'docx', 'pdf'].map((format) => `fixtures/documents/2019-tabs.off.${format}`);
    const r = await cli(['validate', ...copies, '--format', 'json', '--compact']);
    expect(r.status).toBe(1);
    const entries = json(r);
    expect(entries.map((e: any) => e.file)).toEqual(copies);
    const [text, ...documents] = entries;
    expect(text.diagnostics.map((d: any) => [d.code, d.line])).toEqual([['balance', 66], ['row-total', 66]]);
    for (const entry of documents) {
      expect(entry.diagnostics.map((d: any) => [d.code, d.severity, d.message])).toEqual(text.diagnostics.map((d: any) => [d.code, d.severity, d.message]));
    }
    // The web page: the line of its source where the row's <tr> is, and the table and row.
    expect(documents[0].diagnostics.map((d: any) => [d.line, d.location])).toEqual([[389, { table: 7, row: 24 }], [389, { table: 7, row: 24 }]]);
    expect(documents[1].diagnostics.map((d: any) => [d.line, d.location])).toEqual([[null, { table: 2, row: 26 }], [null, { table: 2, row: 26 }]]);
    expect(documents[2].diagnostics.map((d: any) => [d.line, d.location])).toEqual([[null, { page: 2 }], [null, { page: 2 }]]);

    // On a terminal, where the line would be; in GitHub annotations, before the message.
    const pretty = await cli(['validate', copies[2]!, copies[3]!]);
    expect(pretty.stdout.split('\n').slice(0, 6)).toEqual([
      copies[2],
      expect.stringMatching(/^ {2}table 2, row 26 {2}error {4}balance {4}column “科研机构”: .* = 1304 \(a difference of 1\)$/),
      expect.stringMatching(/^ {2}table 2, row 26 {2}error {4}row-total {2}row “四、结转下年度继续办理”: 总计 is 474, .* = 475 \(a difference of 1\)$/),
      copies[3],
      expect.stringMatching(/^ {2}page 2 {2}error {4}balance {4}column “科研机构”/),
      expect.stringMatching(/^ {2}page 2 {2}error {4}row-total {2}row “四、结转下年度继续办理”/),
    ]);
    const github = await cli(['validate', copies[1]!, copies[3]!, '--format', 'github']);
    expect(github.stdout.split('\n')[0]).toMatch(/^::error file=fixtures\/documents\/2019-tabs\.off\.html,line=389,title=Columns do not balance \(balance\)::column “科研机构”/);
    expect(github.stdout.split('\n')[2]).toMatch(/^::error file=fixtures\/documents\/2019-tabs\.off\.pdf,title=Columns do not balance \(balance\)::page 2: column “科研机构”/);
    // One line each for editors and grep, and the step summary: where it points leads the message, as in the annotations.
    const unix = await cli(['validate', copies[0]!, copies[2]!, '-f', 'unix', '--lang', 'zh']);
    expect(unix.stdout.split('\n').slice(0, 4)).toEqual([
      expect.stringMatching(/^fixtures\/documents\/2019-tabs\.off\.txt:66:1: error balance “科研机构”列/),
      expect.stringMatching(/^fixtures\/documents\/2019-tabs\.off\.txt:66:1: error row-total /),
      expect.stringMatching(/^fixtures\/documents\/2019-tabs\.off\.docx:0:0: error balance 表2第26行: “科研机构”列/),
      expect.stringMatching(/^fixtures\/documents\/2019-tabs\.off\.docx:0:0: error row-total 表2第26行: /),
    ]);
    const summary = path.join(tmp, 'documents-summary.md');
    await cli(['validate', copies[2]!, '-f', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(readFileSync(summary, 'utf8')).toMatch(/\n\| fixtures\/documents\/2019-tabs\.off\.docx \|  \| error \| `balance` \| table 2, row 26: column “科研机构”/);
  }, 60_000);

  it('text: warnings alone exit 0', async () => {
    const r = await cli(['validate', blankCellFault]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\n {2}41 {2}warning {2}blank-cell {2}“规章” × “本年废止件数” is blank/);
    expect(r.stdout.endsWith('1 file, 0 errors, 1 warning\n')).toBe(true);
  });

  it('text: info diagnostics only with --verbose', async () => {
    const file = 'fixtures/2019/2019-cells.txt';
    const infos = json(await cli(['parse', file])).diagnostics.filter((d: any) => d.severity === 'info');
    expect(infos.length).toBeGreaterThan(0);
    expect((await cli(['validate', file])).stdout).toBe(`${file}  ok (${infos.length} info${infos.length === 1 ? '' : 's'}; --verbose shows ${infos.length === 1 ? 'it' : 'them'})\n1 file, 0 errors, 0 warnings\n`);
    const verbose = await cli(['validate', file, '--verbose']);
    expect(verbose.stdout).toContain(`info     ${infos[0].code}  ${infos[0].message}`);
  });

  it('--format json: an array, one entry per file', async () => {
    const r = await cli(['validate', rowTotalFault, SEED, '--format', 'json']);
    expect(r.status).toBe(1);
    const entries = json(r);
    expect(entries.map((e: any) => [e.file, e.errors, e.warnings])).toEqual([
      [rowTotalFault, 2, 0],
      [SEED, 0, 0],
    ]);
    expect(entries[0].diagnostics.map((d: any) => [d.code, d.severity, d.path, d.line])).toEqual([
      ['row-total', 'error', 'applications.newReceived.total', 60],
      ['balance', 'error', 'applications.carriedForward.total', 85],
    ]);
    expect(entries[1].diagnostics).toEqual([]);
  });

  it('--format github: one workflow command per diagnostic, with file and line', async () => {
    const messages = json(await cli(['parse', rowTotalFault])).diagnostics.map((d: any) => d.message);
    const r = await cli(['validate', rowTotalFault, blankCellFault, '--format', 'github']);
    expect(r.status).toBe(1);
    const blankMessage = json(await cli(['parse', blankCellFault])).diagnostics[0].message;
    expect(r.stdout).toBe(
      `::error file=${rowTotalFault},line=60,title=Row total does not add up (row-total)::${messages[0]}\n` +
        `::error file=${rowTotalFault},line=85,title=Columns do not balance (balance)::${messages[1]}\n` +
        `::warning file=${blankCellFault},line=41,title=Blank cell (blank-cell)::${blankMessage}\n`,
    );
  });

  it('--format github: commas and colons in the file name are escaped, a missing line is left out', async () => {
    const odd = path.join(tmp, 'a,b:c.txt');
    copyFileSync(rowTotalFault, odd);
    const r = await cli(['validate', odd, LEGACY, '--format', 'github']);
    const escaped = odd.replace(/:/g, '%3A').replace(/,/g, '%2C');
    expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^::error file=${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},line=60,title=Row total does not add up \\(row-total\\)::`));
    expect(r.stdout).toMatch(new RegExp(`\n::error file=${LEGACY},title=Form not supported \\(unsupported-format\\)::this is a report for 2017`));
  });

  it('the clean fixtures validate with exit 0', async () => {
    const r = await cli(['validate', 'fixtures/*.txt', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(json(r).every((e: any) => e.errors === 0)).toBe(true);
  });

  it('--format json: an entry for every input, those that gave no report included, with their code', async () => {
    const pdf = path.join(tmp, 'report.pdf.txt');
    writeFileSync(pdf, '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n');
    const r = await cli(['validate', rowTotalFault, 'missing.txt', pdf, 'package.json', SEED, '-f', 'json']);
    expect(r.status).toBe(2);
    const entries = json(r);
    // In input order, what could not even be found included.
    expect(entries.map((e: any) => [e.file, e.errors, e.warnings, e.diagnostics.map((d: any) => d.code)])).toEqual([
      [rowTotalFault, 2, 0, ['row-total', 'balance']],
      ['missing.txt', 1, 0, ['unreadable']],
      [pdf, 1, 0, ['damaged-file']],
      ['package.json', 1, 0, ['not-a-report']],
      [SEED, 0, 0, []],
    ]);
    expect(entries[1].diagnostics[0]).toEqual({ code: 'unreadable', severity: 'error', message: 'no such file or directory', path: null, line: null });
    expect(entries[2].diagnostics[0].message).toMatch(/^this PDF is incomplete or damaged \(it ends before its end marker/);
    // The stderr lines are as before.
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('--format unix: file:line:col: severity code message, one line each, for editors and grep', async () => {
    const messages = json(await cli(['parse', rowTotalFault])).diagnostics.map((d: any) => d.message);
    const r = await cli(['validate', rowTotalFault, LEGACY, 'missing.txt', SEED, '--format', 'unix']);
    expect(r.status).toBe(2);
    const legacy = json(await cli(['parse', LEGACY])).diagnostics[0];
    expect(r.stdout).toBe(
      `${rowTotalFault}:60:1: error row-total ${messages[0]}\n` +
        `${rowTotalFault}:85:1: error balance ${messages[1]}\n` +
        `${LEGACY}:0:0: error unsupported-format ${legacy.message}\n` +
        'missing.txt:0:0: error unreadable no such file or directory\n',
    );
    // Infos only with --verbose, as in the text format; the severity and code stay as in the JSON under --lang zh.
    const file = 'fixtures/2019/2019-cells.txt';
    expect((await cli(['validate', file, '-f', 'unix'])).stdout).toBe('');
    expect((await cli(['validate', file, '-f', 'unix', '--verbose', '--lang', 'zh'])).stdout).toMatch(new RegExp(`^${file}:79:1: info unit “政府集中采购”行“采购总金额”列的单位是元`));
  });

  it('--max-warnings N: exit 1 when the warnings are more than N, with a line saying so; --quiet hides no diagnostic', async () => {
    const one = await cli(['validate', blankCellFault, '--max-warnings', '1']);
    expect(one.status).toBe(0);
    expect(one.stderr).toBe('');
    const none = await cli(['validate', blankCellFault, SEED, '--max-warnings', '0']);
    expect(none.status).toBe(1);
    expect(none.stdout).toMatch(/\n {2}41 {2}warning {2}blank-cell /);
    expect(none.stderr).toBe('gov-report: 1 warning, more than the 0 that --max-warnings allows\n');
    const zh = await cli(['validate', blankCellFault, '--max-warnings', '0', '--lang', 'zh', '-q']);
    expect(zh.status).toBe(1);
    expect(zh.stdout).toMatch(/ {2}第41行 {2}警告 {2}blank-cell {2}/);
    expect(zh.stderr).toBe('gov-report: 共有 1 个警告，超过了 --max-warnings 允许的 0 个\n');
    // Errors fail whatever the limit; an unreadable input still wins with 2.
    expect((await cli(['validate', rowTotalFault, '--max-warnings', '5'])).status).toBe(1);
    expect((await cli(['validate', blankCellFault, 'missing.txt', '--max-warnings', '0'])).status).toBe(2);
  });

  it('--format github appends a Markdown summary to $GITHUB_STEP_SUMMARY when it is set', async () => {
    const file = path.join(tmp, 'step-summary.md');
    writeFileSync(file, '## an earlier step\n\n');
    const env = { GITHUB_STEP_SUMMARY: file };
    const r = await cli(['validate', rowTotalFault, blankCellFault, 'missing.txt', SEED, '-f', 'github'], { env });
    expect(r.status).toBe(2);
    const messages = json(await cli(['parse', rowTotalFault])).diagnostics.map((d: any) => d.message);
    const blank = json(await cli(['parse', blankCellFault])).diagnostics[0].message;
    expect(readFileSync(file, 'utf8')).toBe(
      [
        '## an earlier step',
        '',
        '### gov-report validate',
        '',
        '3 files, 2 errors, 1 warning; 1 file could not be checked',
        '',
        '| File | Line | Severity | Code | Message |',
        '| --- | ---: | --- | --- | --- |',
        `| ${rowTotalFault} | 60 | error | \`row-total\` | ${messages[0]} |`,
        `| ${rowTotalFault} | 85 | error | \`balance\` | ${messages[1]} |`,
        `| ${blankCellFault} | 41 | warning | \`blank-cell\` | ${blank} |`,
        '| missing.txt |  | error | `unreadable` | no such file or directory |',
        '',
        '',
      ].join('\n'),
    );
    // A second run appends its own part; in Chinese, the words are Chinese.
    await cli(['validate', SEED, '-f', 'github', '--lang', 'zh'], { env });
    expect(readFileSync(file, 'utf8').endsWith('### gov-report validate 检查结果\n\n共检查 1 个文件：0 个错误，0 个警告\n\n未发现错误或警告。\n\n')).toBe(true);
    // Without the variable, nothing but the annotations.
    const plain = await cli(['validate', SEED, '-f', 'github']);
    expect(plain.stdout).toBe('');
    // A summary file that cannot be written: one stderr line and exit 2, the annotations printed.
    const broken = await cli(['validate', rowTotalFault, '-f', 'github'], { env: { GITHUB_STEP_SUMMARY: tmp } });
    expect(broken.status).toBe(2);
    expect(broken.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect(broken.stderr).toMatch(new RegExp(`^gov-report: cannot add to the step summary ${tmp.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*\n$`));
  });

  it('a | in a message cannot break the summary table', async () => {
    const { StepSummary } = await import('../src/output/stepSummary.js');
    const { en } = await import('../src/cli/messages.js');
    const summary = new StepSummary({ summary: en.stepSummary, validate: en.validate });
    summary.add('a|b.txt', [{ severity: 'warning', code: 'unknown-row', message: 'row “x|y”\nnext <b>', line: 3 }]);
    expect(summary.markdown('1 file')).toContain('| a\\|b.txt | 3 | warning | `unknown-row` | row “x\\|y” next &lt;b> |\n');
  });

  it('an unreadable input wins: exit 2 over 1, and the rest is still validated', async () => {
    const r = await cli(['validate', rowTotalFault, 'missing.txt', '--format', 'github']);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(`::error file=${rowTotalFault},line=60,title=Row total does not add up (row-total)::`);
    expect(r.stdout).toContain('::error file=missing.txt,title=Cannot be read (unreadable)::no such file or directory\n');
    expect(r.stderr).toBe('gov-report: missing.txt: no such file or directory\n');
    const text = await cli(['validate', SEED, 'missing.txt']);
    expect(text.stdout.endsWith('1 file, 0 errors, 0 warnings; 1 file could not be checked\n')).toBe(true);
  });
});

describe('colour', () => {
  const ESC = '\x1b[';
  it('no escape codes into a pipe', async () => {
    expect((await cli(['validate', rowTotalFault])).stdout).not.toContain(ESC);
    expect((await cli(['summary', rowTotalFault])).stdout).not.toContain(ESC);
  });
  it('FORCE_COLOR colours, but NO_COLOR and --no-color win', async () => {
    expect((await cli(['validate', rowTotalFault], { env: { FORCE_COLOR: '1' } })).stdout).toContain(`${ESC}31merror`);
    expect((await cli(['validate', rowTotalFault], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await cli(['validate', rowTotalFault, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await cli(['summary', rowTotalFault], { env: { FORCE_COLOR: '1' } })).stdout).toContain(`${ESC}1mfile`);
    expect((await cli(['summary', rowTotalFault], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain(ESC);
  });
});

describe('on a terminal', () => {
  it('no argument and stdin a terminal is a usage error', async () => {
    const r = await cli(['parse'], { stdinIsTTY: true });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('gov-report: no input: give files, folders or globs, or pipe a report into stdin (see --help)\n');
    expect(r.stdout).toBe('');
  });

  it('a batch of more than 50 files shows a progress line on stderr, unless --quiet', async () => {
    const dir = path.join(tmp, 'progress');
    mkdirSync(dir);
    for (let i = 0; i < 51; i++) copyFileSync(path.join(root, 'fixtures/002_4a61cbdbb397b0fd.txt'), path.join(dir, `r${i}.txt`));
    const r = await cli(['parse', dir], { stderrIsTTY: true });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('\rparsed 51/51');
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect((await cli(['parse', dir, '--quiet'], { stderrIsTTY: true })).stderr).toBe('');
  });

  it('validate colours on a terminal, not under NO_COLOR; JSON is pretty', async () => {
    const terminal = { stdoutIsTTY: true, env: { TERM: 'xterm' } };
    expect((await cli(['validate', LEGACY], terminal)).stdout).toContain('\x1b[31merror');
    expect((await cli(['validate', LEGACY], { ...terminal, env: { TERM: 'xterm', NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
    expect((await cli(['parse', LEGACY], terminal)).stdout).toMatch(/^\{\n {2}"source": \{/);
  });

  it('the help is wrapped to the width of the terminal', async () => {
    const bom = (r: Result) => r.stdout.split('\n').find((line) => line.startsWith('  --bom'));
    // Into a pipe: commander's 80 columns.
    const narrow = bom(await cli(['parse', '--help']))!;
    expect(narrow).toMatch(/^ {2}--bom {2,}CSV: start with a UTF-8 byte-order mark so that/);
    expect(narrow.length).toBeLessThanOrEqual(80);
    expect(narrow).not.toContain('correctly');
    expect(bom(await cli(['parse', '--help'], { stdoutIsTTY: true, columns: 200 }))).toMatch(
      /^ {2}--bom {2,}CSV: start with a UTF-8 byte-order mark so that Excel shows Chinese correctly$/,
    );
  });
});

describe('exit status 2: inputs that are not reports; the batch goes on', () => {
  it('a missing path: one stderr line, the rest still printed', async () => {
    const r = await cli(['parse', SEED, 'no/such/file.txt', LEGACY]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'gov-report: no/such/file.txt: no such file or directory\n' +
        'gov-report: 1 of 2 reports has error-severity diagnostics; `gov-report validate` lists them\n',
    );
    expect(json(r).map((report: any) => report.source.file)).toEqual([SEED, LEGACY]);
  });

  it('an empty argument is a missing file, and the batch goes on', async () => {
    const r = await cli(['parse', '', SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('gov-report: : no such file or directory\n');
    expect(json(r).map((report: any) => report.source.file)).toEqual([SEED]);
  });

  it('a single missing file prints nothing on stdout', async () => {
    const r = await cli(['parse', 'missing.txt']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('a folder with no report files, a glob that matches nothing', async () => {
    const empty = path.join(tmp, 'empty-folder');
    mkdirSync(empty);
    writeFileSync(path.join(empty, 'sheet.xlsx'), 'PK');
    writeFileSync(path.join(empty, 'readme'), '# not a report');
    const r = await cli(['parse', empty, 'fixtures/**/*.nothing', SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `gov-report: ${empty}: no report files in this folder (.txt .text .md .html .htm .docx .pdf)\ngov-report: fixtures/**/*.nothing: no files match this pattern\n`,
    );
    expect(json(r)).toHaveLength(1);
  });

  it('files of no format it reads, named on the command line among reports of every format: one line each, the batch goes on', async () => {
    const zip = (name: string): Buffer => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from(name)]);
    const files: Record<string, Buffer> = {
      'sheet.xlsx': zip('xl/workbook.xml'),
      'photos.zip': zip('photos/a.jpg'),
      'scan.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200)]),
      'old.doc': readFileSync(path.join(root, 'fixtures/documents/bad/legacy.doc')),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(tmp, name), bytes);
    const documents = ['html', 'docx', 'pdf'].map((format) => `fixtures/documents/002_4a61cbdbb397b0fd.renumbered.${format}`);
    const r = await cli(['parse', ...Object.keys(files).map((name) => path.join(tmp, name)), ...documents, SEED, '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n').map((line) => line.slice(line.lastIndexOf('/') + 1))).toEqual([
      expect.stringMatching(/^sheet\.xlsx: this is an Excel \.xlsx workbook, not a report/),
      expect.stringMatching(/^photos\.zip: this is a ZIP archive, not a report; unpack it/),
      expect.stringMatching(/^scan\.png: this is a PNG image/),
      expect.stringMatching(/^old\.doc: this is an old Word \.doc file .* save it as \.docx/),
    ]);
    expect(json(r).map((report: any) => [report.source.file, report.source.type, report.applications.newReceived.total])).toEqual([
      [documents[0], 'html', 8743],
      [documents[1], 'docx', 8743],
      [documents[2], 'pdf', 8743],
      [SEED, 'text', 8743],
    ]);
  });

  it('an empty file, a broken PDF and random binary bytes', async () => {
    const emptyFile = path.join(tmp, 'empty.txt');
    writeFileSync(emptyFile, '');
    const pdf = path.join(tmp, 'report.txt');
    writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.4\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from('\n1 0 obj\n<<>>\nendobj\n')]));
    const binary = path.join(tmp, 'binary.txt');
    const bytes = Buffer.alloc(4096);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff;
    writeFileSync(binary, bytes);

    const r = await cli(['parse', emptyFile, pdf, binary, SEED]);
    expect(r.status).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`gov-report: ${emptyFile}: the file is empty`);
    expect(lines[1]).toMatch(new RegExp(`^gov-report: ${pdf.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: this PDF is incomplete or damaged \\(it ends before its end marker`));
    expect(lines[2]).toMatch(/^gov-report: .*binary\.txt: .*binary/);
    expect(json(r).map((report: any) => report.source.file)).toEqual([SEED]);

    const validate = await cli(['validate', pdf, '--format', 'json']);
    expect(validate.status).toBe(2);
    expect(json(validate).map((e: any) => [e.file, e.errors, e.diagnostics[0].code])).toEqual([[pdf, 1, 'damaged-file']]);
  });

  it('empty stdin', async () => {
    const r = await cli(['parse'], { input: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('gov-report: -: stdin is empty; give files, folders or globs, or pipe a report in\n');
  });

  it('usage errors', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['parse', '--encoding', 'no-such-encoding', SEED], /^gov-report: unknown encoding "no-such-encoding"/],
      [['parse', '--bom', SEED], /^gov-report: --bom applies to --format csv only/],
      [['parse', '--header', 'labels', SEED], /^gov-report: --header applies to --format csv only/],
      [['parse', '--format', 'csv', '--header', 'names', SEED], /^gov-report: option '--header <header>' argument 'names' is invalid/],
      [['parse', '--ndjson', '--format', 'csv', SEED], /^gov-report: --ndjson and --format csv/],
      [['parse', '--pretty', '--compact', SEED], /^gov-report: --pretty and --compact/],
      [['parse', '--format', 'xml', SEED], /^gov-report: option '-f, --format <format>' argument 'xml' is invalid/],
      [['validate', '--format', 'junit', SEED], /^gov-report: option '-f, --format <format>' argument 'junit' is invalid/],
      [['validate', '--max-warnings', 'ten', SEED], /^gov-report: --max-warnings takes a whole number of warnings \(0 or more\), not "ten"/],
      [['validate', '--max-warnings', '-1', SEED], /^gov-report: --max-warnings takes a whole number/],
      [['parse', '--frobnicate', SEED], /^gov-report: unknown option '--frobnicate'/],
      [['frobnicate'], /^gov-report: unknown command 'frobnicate'/],
      [[], /^Usage: gov-report/],
    ];
    for (const [args, stderr] of cases) {
      const r = await cli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(stderr);
      expect(r.stdout, args.join(' ')).toBe('');
    }
  });

  it('a closed pipe (| head) ends quietly, with the exit status so far', async () => {
    const r = await cli(['parse', 'fixtures', 'fixtures/*.txt', '--pretty'], { stdoutClosesAfter: 100 });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdoutBytes.length).toBeLessThan(20_000);
    const missing = await cli(['parse', 'missing.txt', 'fixtures', '--ndjson'], { stdoutClosesAfter: 100 });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('gov-report: missing.txt: no such file or directory\n');
  });
});

describe('summary', () => {
  it('one row per report with organ, year and totals, aligned by display width', async () => {
    const golden = readJson(SEED_GOLDEN);
    const r = await cli(['summary', SEED, 'fixtures/001_eb914b629682bc65.renumbered.txt', LEGACY]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^file +organ +year +new +handled +carried fwd +review +litigation +errors$/);
    const seedRow = lines.find((l) => l.startsWith(SEED))!;
    const a = golden.applications;
    const rl = golden.reviewLitigation;
    const litigation = rl.litigationDirect.total + rl.litigationAfterReview.total;
    expect(seedRow.split(/ {2,}/)).toEqual([
      SEED, ORGAN, '2024',
      String(a.newReceived.total), String(a.totalHandled.total), String(a.carriedForward.total),
      String(rl.review.total), String(litigation), '0',
    ]);
    expect(lines.find((l) => l.startsWith(LEGACY))).toMatch(/望川县人民政府办公室 +2017 +- +- +- +- +- +1$/);
    // Every row's year column ends in the same terminal column, CJK organ names or not.
    const yearEnd = displayWidth(lines[0]!.slice(0, lines[0]!.indexOf('year') + 4));
    for (const line of lines.slice(1, 4)) {
      const match = /20\d\d/.exec(line.slice(line.indexOf(' ')))!;
      const end = line.indexOf(' ') + match.index + 4;
      expect(displayWidth(line.slice(0, end)), line).toBe(yearEnd);
    }
    expect(lines.at(-1)).toMatch(/^total +3 reports +- +\d+/);
  });

  it('fits the terminal: columns are left out (the file first, then carried forward…) and a last line says which; --wide keeps them all', async () => {
    const files = ['fixtures/*.renumbered.txt'];
    const at80 = await cli(['summary', ...files], { stdoutIsTTY: true, columns: 80 });
    const lines = at80.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^organ +year +new +handled +review +litigation +errors$/);
    expect(lines.at(-1)).toBe('(left out to fit 80 columns: file, carried fwd; --wide shows every column)');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    const golden = readJson(SEED_GOLDEN);
    const seedRow = lines.find((l) => l.startsWith(ORGAN))!.split(/ {2,}/);
    expect(seedRow).toEqual([ORGAN, '2024', String(golden.applications.newReceived.total), String(golden.applications.totalHandled.total),
      String(golden.reviewLitigation.review.total), String(golden.reviewLitigation.litigationDirect.total + golden.reviewLitigation.litigationAfterReview.total), '0']);

    const zh = (await cli(['summary', ...files, '--lang', 'zh'], { stdoutIsTTY: true, columns: 100 })).stdout.trimEnd().split('\n');
    expect(zh[0]).toMatch(/^机关 +年度 +本年新收 +办结 +结转下年度 +行政复议 +行政诉讼 +错误$/);
    expect(zh.at(-1)).toBe('（终端只有 100 列宽，略去了“文件”；加 --wide 可以显示全部列）');

    const wide = await cli(['summary', ...files, '--wide'], { stdoutIsTTY: true, columns: 80 });
    expect(wide.stdout.split('\n')[0]).toMatch(/^file +organ +year +new +handled +carried fwd +review +litigation +errors$/);
    expect(wide.stdout).not.toContain('left out');
    // Into a pipe or a file there is no width to fit.
    expect((await cli(['summary', ...files])).stdout).toBe(wide.stdout);
  });
});

describe('schema, version, help', () => {
  it('schemas/report.schema.json is exactly what `gov-report schema` prints (run `npm run schema` to update)', async () => {
    const r = await cli(['schema']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON.parse(r.stdout).properties.applications).toBeDefined();
    expect(r.stdout).toBe(readFileSync(path.join(root, 'schemas/report.schema.json'), 'utf8'));
  });

  it('--version, -v (and -V, as before) print the version from package.json', async () => {
    for (const flag of ['--version', '-v', '-V']) {
      const r = await cli([flag]);
      expect(r.status, flag).toBe(0);
      expect(r.stdout, flag).toBe(`${readJson('package.json').version}\n`);
    }
    expect((await cli(['--help'])).stdout).toMatch(/^ {2}-v, --version /m);
  });

  it('--help lists every command and each command has examples', async () => {
    const main = await cli(['--help']);
    expect(main.status).toBe(0);
    for (const command of ['parse', 'validate', 'summary', 'schema']) {
      expect(main.stdout).toMatch(new RegExp(`\\n  ${command} `));
      const help = await cli([command, '--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toContain('Examples:');
      expect(help.stdout).toContain(`$ gov-report ${command}`);
    }
    expect((await cli(['parse', '--help'])).stdout).toContain('$ gov-report parse reports/ --format csv --bom > reports.csv');
    expect((await cli(['validate', '--help'])).stdout).toContain('--format github');
    const helpCommand = await cli(['help', 'summary']);
    expect(helpCommand.status).toBe(0);
    expect(helpCommand.stdout).toContain('$ gov-report summary reports/');
  });
});
