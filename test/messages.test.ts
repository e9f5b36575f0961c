/**
 * Messages are data: each stage makes a diagnostic from a code, a message id and its params
 * (src/diagnostics.ts), and a language's catalog (src/messages/en.ts, …) writes it. A catalog
 * that misses an id does not compile; the language is chosen per parse.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CODES, diagnostic, render } from '../src/diagnostics.js';
import { en } from '../src/messages/en.js';
import type * as Languages from '../src/messages/languages.js';
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
    expect(blank({ row: '规章', column: '本年制发件数' })).toBe('“规章” × “本年制发件数” is blank; it is null in the output and counts as 0 in the checks');
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
