/**
 * Messages are data: each stage makes a diagnostic from a code, a message id and its params
 * (src/diagnostics.ts), and a language's catalog (src/messages/en.ts, …) writes it. A catalog
 * that misses an id does not compile; the language is chosen per parse.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CODES, diagnostic, render } from '../src/diagnostics.js';
import { en } from '../src/messages/en.js';
import { CODE_TEXTS, LANGUAGES } from '../src/messages/languages.js';
import type * as Languages from '../src/messages/languages.js';
import { zh } from '../src/messages/zh.js';
import { HAN, untranslated } from './support/language.js';
import { MESSAGE_SAMPLES } from './support/messageSamples.js';
import type { MessageId, Messages } from '../src/messages/params.js';

const FIXTURE = new URL('../fixtures/faults/row-total.tabs.txt', import.meta.url);

afterEach(() => {
  vi.doUnmock('../src/messages/languages.js');
  vi.resetModules();
});

describe('the message catalog', () => {
  it('a catalog without one of the messages is not a catalog (the type check says so)', () => {
    const { 'blank-cell': blank, ...withoutBlankCell } = en;
    // @ts-expect-error `blank-cell` is missing
    const incomplete: Messages = withoutBlankCell;
    expect(Object.keys(incomplete)).not.toContain('blank-cell');
    expect(blank({ row: '规章', column: '本年制发件数' })).toBe('“规章” × “本年制发件数” is blank; it stays empty in the output (never 0) and counts as 0 in the checks');
  });

  it('tells every code with a message of its own (or, for the equations, one of theirs)', () => {
    const ids = Object.keys(en) as MessageId[];
    for (const code of CODES) {
      const own = ids.filter((id) => id === code || id.startsWith(`${code}.`));
      const isEquation = ['balance', 'handled-sum', 'row-total', 'review-total', 'litigation-total'].includes(code);
      expect(own.length > 0 || isEquation, code).toBe(true);
    }
    for (const id of ids) expect(CODES.some((code) => id === code || id.startsWith(`${code}.`)) || id.startsWith('equation.'), id).toBe(true);
  });

  it('renders a diagnostic from its code, message id and params; the severity comes from the code', () => {
    const pending = diagnostic('duplicate-row', 'duplicate-row', { row: '2.重复申请', repeats: 3 }, 'applications.notProcessed.duplicate', 62);
    expect(render(pending)).toEqual({
      code: 'duplicate-row',
      severity: 'warning',
      message: 'row “2.重复申请” appears 3 more times (first repeat here); the first one is kept',
      path: 'applications.notProcessed.duplicate',
      line: 62,
    });
  });
});

describe('what the sentences say', () => {
  it('the pre-2019 messages say once that the form is not supported', () => {
    for (const [id, params] of [
      ['unsupported-format', { year: 2017, firstYear: 2019 }],
      ['unsupported-format.freeForm', { firstYear: 2019 }],
    ] as const) {
      const sentence = (en[id] as (p: typeof params) => string)(params);
      expect(sentence.match(/not supported/g), sentence).toHaveLength(1);
      expect(sentence.match(/before 2019/g), sentence).toHaveLength(1);
    }
  });

  it('missing-row says where the row was expected: after the line of the row before it', () => {
    const params = { row: '3.危及“三安全一稳定”', table: 'applications', after: 65 } as const;
    expect(en['missing-row'](params)).toBe('row “3.危及“三安全一稳定”” of the application (part 三) table was not found (expected after line 65)');
    expect(zh['missing-row'](params)).toBe('第三部分“收到和处理政府信息公开申请情况”的表格中没有找到“3.危及“三安全一稳定””行（应在第65行之后）');
    expect(en['missing-row']({ ...params, after: null })).toBe('row “3.危及“三安全一稳定”” of the application (part 三) table was not found');
  });
});

describe('the language of a parse', () => {
  it('is English by default and when asked for', async () => {
    const { parseReport } = await import('../src/index.js');
    const bytes = new Uint8Array(readFileSync(FIXTURE));
    expect(parseReport(bytes, { lang: 'en' })).toEqual(parseReport(bytes));
  });

  it('is chosen per parse, among the catalogs of messages/languages.ts; codes, paths and lines do not change with it', async () => {
    vi.resetModules();
    vi.doMock('../src/messages/languages.js', async (importOriginal) => {
      const languages = await importOriginal<typeof Languages>();
      // A second catalog, as a zh.ts beside en.ts would be: every message, here marked so it can be told apart.
      const marked = Object.fromEntries(Object.entries(languages.LANGUAGES.en).map(([id, write]) => [id, (p: never) => `[xx] ${(write as (p: never) => string)(p)}`]));
      return { ...languages, LANGUAGES: { ...languages.LANGUAGES, xx: marked } };
    });
    const { parseReport, validateReport } = await import('../src/index.js');
    const bytes = new Uint8Array(readFileSync(FIXTURE));
    const english = parseReport(bytes);
    const other = parseReport(bytes, { lang: 'xx' as 'en' });
    expect(other.diagnostics.map((d) => d.message)).toEqual(english.diagnostics.map((d) => `[xx] ${d.message}`));
    expect(other.diagnostics.map(({ message, ...rest }) => rest)).toEqual(english.diagnostics.map(({ message, ...rest }) => rest));
    const again = validateReport(english, undefined, { lang: 'xx' as 'en' });
    expect(again.map((d) => d.code).sort()).toEqual(['handled-sum', 'row-total']);
    for (const d of again) expect(d.message).toMatch(/^\[xx\] /);
  });
});

describe('every message in both languages', () => {
  it('each catalog has every message id and no other (the compiler checks it too: Messages)', () => {
    for (const messages of Object.values(LANGUAGES)) expect(Object.keys(messages).sort()).toEqual(Object.keys(MESSAGE_SAMPLES).sort());
    for (const codes of Object.values(CODE_TEXTS)) expect(Object.keys(codes).sort()).toEqual([...CODES].sort());
  });

  it('every Chinese message is written in Chinese: Han characters, no English word left untranslated', () => {
    for (const [id, samples] of Object.entries(MESSAGE_SAMPLES) as [MessageId, never[]][]) {
      for (const params of samples) {
        const text = (zh[id] as (p: never) => string)(params);
        expect(text, id).toMatch(HAN);
        expect(untranslated(text), `${id}: ${text}`).toEqual([]);
        // Chinese punctuation: no ASCII comma, semicolon or colon between words.
        expect(text.replace(/`[^`]*`/g, ''), `${id}: ${text}`).not.toMatch(/[\p{Script=Han}”）][,;:]|[,;:][\p{Script=Han}“（]/u);
        expect(text, id).not.toBe((en[id] as (p: never) => string)(params));
      }
    }
    for (const [code, { title, meaning }] of Object.entries(CODE_TEXTS.zh)) {
      for (const text of [title, meaning]) {
        expect(text, code).toMatch(HAN);
        expect(untranslated(text), `${code}: ${text}`).toEqual([]);
      }
    }
  });

  it('the test of untranslated words finds English words (it must fail an English sentence)', () => {
    expect(untranslated(en['blank-cell']({ row: '规章', column: '本年制发件数' }))).toEqual(
      expect.arrayContaining(['is', 'blank', 'stays', 'empty', 'output']),
    );
    expect(untranslated('请先转换，例如 `pdftotext -layout report.pdf report.txt`；用 --format csv')).toEqual([]);
  });

  it('a Chinese message writes the facts as the English one does: the same numbers, the same labels', () => {
    for (const [id, samples] of Object.entries(MESSAGE_SAMPLES) as [MessageId, never[]][]) {
      for (const params of samples) {
        // A quoted label cut short (`…(34 characters)`) is worded by each language.
        const facts = (text: string) => [...text.matchAll(/\d+(?:\.\d+)?|“[^”…]*”/g)].map((m) => m[0].replace(/[“”]/g, '')).sort();
        const english = facts((en[id] as (p: never) => string)(params));
        const chinese = facts((zh[id] as (p: never) => string)(params));
        // Every number and quoted label of the English sentence is in the Chinese one.
        for (const fact of english) expect(chinese, `${id}: ${fact}`).toContain(fact);
      }
    }
  });

  it('writes the issue’s example as a clerk would', () => {
    const fault = MESSAGE_SAMPLES['equation.rowTotal'][0]!;
    expect(zh['equation.rowTotal'](fault)).toBe(
      '“本年新收政府信息公开申请数量”行：总计为 8744，但各列之和为 8743（相差 1），各列为自然人 1203、商业企业 空白（按 0 计）、其他 7540',
    );
    expect(en['equation.rowTotal'](fault)).toBe('row “本年新收政府信息公开申请数量”: 总计 is 8744, but 自然人 1203 + 商业企业 (none, as 0) + 其他 7540 = 8743 (a difference of 1)');
  });

  it('a Chinese parse: codes, paths and lines as in English, the messages in Chinese', async () => {
    const { parseReport } = await import('../src/index.js');
    const bytes = new Uint8Array(readFileSync(FIXTURE));
    const english = parseReport(bytes, { lang: 'en' });
    const chinese = parseReport(bytes, { lang: 'zh' });
    expect(chinese.diagnostics.map(({ message, ...rest }) => rest)).toEqual(english.diagnostics.map(({ message, ...rest }) => rest));
    expect(chinese.diagnostics.map((d) => d.message)).toEqual([
      '“3.危及“三安全一稳定””行：总计为 238，但各列之和为 239（相差 1），各列为自然人 58、商业企业 115、科研机构 34、社会组织 18、法律服务机构 13、其他 1',
      '“自然人”列：“(七) 总计”为 1613，但（一）予以公开至（六）其他处理各项办理结果之和为 1614（相差 1）',
    ]);
  });
});
