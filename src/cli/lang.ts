/**
 * The language of a run, decided before commander reads the command line (its help and its errors
 * are written in it): `--lang zh|en` wherever it stands, before or after the command; else the
 * locale; else English.
 */
import { isLang, type Lang } from '../messages/languages.js';
import type { CliIo } from './io.js';

/**
 * The language the locale asks for, by POSIX precedence: the first of LC_ALL, LC_MESSAGES and LANG
 * that is set and not empty decides. Chinese for `zh`, `zh_CN.UTF-8`, `zh_TW`, `zh-Hans`…;
 * English for anything else, `C` and `POSIX` included, and when none is set.
 */
export function localeLang(env: CliIo['env']): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return locale !== undefined && /^zh(?:[_.@-]|$)/i.test(locale) ? 'zh' : 'en';
}

/**
 * `--lang NAME` or `--lang=NAME` among the arguments, before a `--` that ends the options; the last
 * one given wins, as commander's does. A name that is no language is left for commander to reject.
 */
export function argsLang(argv: readonly string[]): Lang | undefined {
  let lang: Lang | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === undefined || arg === '--') break;
    const value = arg === '--lang' ? argv[++i] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined && isLang(value)) lang = value;
  }
  return lang;
}

export const runLang = (argv: readonly string[], env: CliIo['env']): Lang => argsLang(argv) ?? localeLang(env);
