/** The small output functions behind the CLI (src/output/), on their own. */
import { describe, expect, it } from 'vitest';
import { CELL_LABELS } from '../src/catalog/labels.js';
import { columnLabel, csvColumns, csvField } from '../src/output/csv.js';
import { githubCommand } from '../src/output/github.js';
import { jsonArrayElement, jsonArrayEnd } from '../src/output/json.js';
import { displayWidth, isAscii, padEnd, padStart } from '../src/output/width.js';

describe('csv', () => {
  it('quotes only what RFC 4180 requires', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvField(10.5)).toBe('10.5');
    expect(csvField('昌乐县')).toBe('昌乐县');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('has one column per leaf of the schema, each once', () => {
    const columns = csvColumns({ text: true });
    expect(new Set(columns).size).toBe(columns.length);
    // 7 applicant columns × 25 rows, 5 × 3 outcome groups.
    expect(columns.filter((c) => c.startsWith('applications.'))).toHaveLength(7 * 25);
    expect(columns.filter((c) => c.startsWith('reviewLitigation.'))).toHaveLength(15);
    expect(columns.slice(columns.indexOf('activeDisclosure.regulations.issued'), columns.indexOf('activeDisclosure.regulations.issued') + 6)).toEqual([
      'activeDisclosure.regulations.issued',
      'activeDisclosure.regulations.repealed',
      'activeDisclosure.regulations.inForce',
      'activeDisclosure.regulations.made',
      'activeDisclosure.regulations.published',
      'activeDisclosure.regulations.totalPublished',
    ]);
    expect(csvColumns({ text: false })).toHaveLength(columns.length - 3);
  });

  it('labels every column, each label once (catalog/labels.ts for the cells of the form)', () => {
    const columns = csvColumns({ text: true });
    const labels = columns.map(columnLabel);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.filter((label, i) => label === columns[i])).toEqual([]);
    expect(CELL_LABELS.get('applications.newReceived.total')).toBe('申请·本年新收·总计');
    // A group's first row prints the group's label before its own; the label has each once.
    expect(CELL_LABELS.get('applications.notProcessed.complaint.other')).toBe('申请·不予处理·信访举报投诉类申请·其他');
    expect(CELL_LABELS.get('reviewLitigation.review.pending')).toBe('行政复议·尚未审结');
  });
});

describe('github workflow commands', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(githubCommand('error', { file: 'a.txt' }, '100% done\r\nnext')).toBe('::error file=a.txt::100%25 done%0D%0Anext\n');
    expect(githubCommand('error', { file: 'C:\\a,b.txt' }, 'm')).toBe('::error file=C%3A\\a%2Cb.txt::m\n');
    expect(githubCommand('warning', { file: 'a:b.txt', line: 3, title: 'blank-cell' }, 'x: y, 5%')).toBe(
      '::warning file=a%3Ab.txt,line=3,title=blank-cell::x: y, 5%25\n',
    );
    expect(githubCommand('notice', { file: 'a.txt', line: null, title: 'unit' }, 'm')).toBe('::notice file=a.txt,title=unit::m\n');
  });
});

describe('json arrays written one element at a time', () => {
  const values = [{ a: 1, b: [1, 2], c: 'line\nbreak' }, null, { d: { e: '汉字' } }];
  for (const pretty of [true, false]) {
    it(`join to JSON.stringify (${pretty ? 'pretty' : 'compact'})`, () => {
      const text = values.map((v, i) => jsonArrayElement(v, i, pretty)).join('') + jsonArrayEnd(values.length, pretty);
      expect(text).toBe(`${pretty ? JSON.stringify(values, null, 2) : JSON.stringify(values)}\n`);
      expect(jsonArrayEnd(0, pretty)).toBe('[]\n');
    });
  }
});

describe('display width', () => {
  it('measures printable ASCII without the width table, and loads it for the first text that is not', () => {
    expect(isAscii('  60  error  row-total')).toBe(true);
    expect(isAscii('第60行')).toBe(false);
    expect(displayWidth('  60  error')).toBe(11);
    expect(displayWidth('第60行')).toBe(6);
  });

  it('counts CJK and fullwidth characters as 2 columns', async () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('昌乐县')).toBe(6);
    expect(displayWidth('（七）总计')).toBe(10);
    expect(displayWidth('a\u0301')).toBe(1);
    expect(displayWidth('𠀀')).toBe(2);
    // Where the hand-made table of ranges it replaced was wrong: emoji outside its two blocks, a
    // wide symbol, a combining kana mark inside a "wide" range, a halfwidth katakana inside the
    // fullwidth block; and an emoji with a skin tone or joined into one, drawn as one.
    expect(displayWidth('🚀')).toBe(2);
    expect(displayWidth('👍🏽')).toBe(2);
    expect(displayWidth('👨\u200d👩\u200d👧')).toBe(2);
    expect(displayWidth('⌚')).toBe(2);
    expect(displayWidth('か\u3099')).toBe(2);
    expect(displayWidth('ｱ')).toBe(1);
    expect(displayWidth('\x1b[31m红\x1b[39m')).toBe(2);
    expect(padEnd('县', 4)).toBe('县  ');
    expect(padStart('12', 4)).toBe('  12');
  });
});
