/**
 * The languages messages are written in, each a complete catalog (params.ts `Messages`) and the
 * names of the codes (params.ts `CodeTexts`). A new language is a file beside en.ts and zh.ts and
 * a line in each table here; ParseOptions.lang chooses one per parse.
 */
import { en, enCodes } from './en.js';
import type { CodeTexts, Messages } from './params.js';
import { zh, zhCodes } from './zh.js';

export const LANGUAGES = { en, zh } as const satisfies Record<string, Messages>;

export type Lang = keyof typeof LANGUAGES;

export const DEFAULT_LANG: Lang = 'en';

/** What each diagnostic code is called and means, in each language. */
export const CODE_TEXTS: Readonly<Record<Lang, CodeTexts>> = { en: enCodes, zh: zhCodes };

/** Is `name` one of the languages (`--lang`)? */
export const isLang = (name: string): name is Lang => Object.hasOwn(LANGUAGES, name);
