/** The message catalogs of the cross-checks: the same keys and placeholders in every language. */
import { describe, expect, it } from 'vitest';
import { MESSAGES, say } from '../src/crosscheck/messages.js';

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('cross-check messages', () => {
  it('has the same keys in English and Chinese', () => {
    expect(Object.keys(MESSAGES.zh).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });

  it.each(Object.keys(MESSAGES.en))('%s takes the same placeholders in both languages', (key) => {
    const k = key as keyof typeof MESSAGES.en;
    expect(placeholders(MESSAGES.zh[k])).toEqual(placeholders(MESSAGES.en[k]));
    expect(MESSAGES.zh[k]).not.toBe('');
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(say('zh', 'text-table.tableLine', { line: 88 })).toBe('第88行');
    expect(say('en', 'text-table.tableLine', {})).toBe(' (line {line})');
  });
});
