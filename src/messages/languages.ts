/**
 * The languages messages are written in, each a complete catalog (params.ts `Messages`). A new
 * language is a file beside en.ts and a line here; ParseOptions.lang chooses one per parse.
 */
import { en } from './en.js';
import type { Messages } from './params.js';

export const LANGUAGES = { en } as const satisfies Record<string, Messages>;

export type Lang = keyof typeof LANGUAGES;

export const DEFAULT_LANG: Lang = 'en';
