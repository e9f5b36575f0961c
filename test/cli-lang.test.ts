/**
 * The command line in Chinese and in English: `--lang`, the locale, every sentence of both tables,
 * commander's own words, and a Chinese run end to end (in-process, the built code).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { argsLang, localeLang, runLang } from '../src/cli/lang.js';
import { en, MESSAGES, zh, type Messages } from '../src/cli/messages.js';
import { commanderSentence } from '../src/cli/program.js';
import { cli, root } from './support/cli.js';
import { HAN, untranslated } from './support/language.js';

const FAULT = 'fixtures/faults/row-total.tabs.txt';
const OK = 'fixtures/000_02e88f20f87b4541.renumbered.txt';

describe('the language of a run', () => {
  it('follows the locale by POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG; the first that is set and not empty decides', () => {
    expect(localeLang({})).toBe('en');
    expect(localeLang({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(localeLang({ LANG: 'zh_TW.Big5' })).toBe('zh');
    expect(localeLang({ LANG: 'zh' })).toBe('zh');
    expect(localeLang({ LANG: 'zh-Hans' })).toBe('zh');
    expect(localeLang({ LANG: 'zh_HK@stroke' })).toBe('zh');
    expect(localeLang({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(localeLang({ LANG: 'C' })).toBe('en');
    expect(localeLang({ LANG: 'POSIX' })).toBe('en');
    expect(localeLang({ LANG: 'C.UTF-8' })).toBe('en');
    // zhx is no Chinese locale: the language is the part before _ . @ or -.
    expect(localeLang({ LANG: 'zhx_CN' })).toBe('en');
    expect(localeLang({ LC_ALL: 'C', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(localeLang({ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(localeLang({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(localeLang({ LC_MESSAGES: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    // Set but empty is unset.
    expect(localeLang({ LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' })).toBe('zh');
  });

  it('is --lang when given, before or after the command, as --lang NAME or --lang=NAME; never after --', () => {
    expect(argsLang(['--lang', 'zh', 'parse', 'a.txt'])).toBe('zh');
    expect(argsLang(['parse', 'a.txt', '--lang', 'zh'])).toBe('zh');
    expect(argsLang(['parse', '--lang=zh', 'a.txt'])).toBe('zh');
    expect(argsLang(['parse', '--', '--lang', 'zh'])).toBeUndefined();
    expect(argsLang(['parse', '--lang', 'xx'])).toBeUndefined();
    expect(argsLang(['--lang', 'zh', 'parse', '--lang', 'en'])).toBe('en');
    expect(runLang(['parse', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(runLang(['parse'], { LANG: 'zh_CN.UTF-8' })).toBe('zh');
  });
});

/** Every sentence of a table, its functions called with sample arguments. */
function sentences(table: unknown, path = ''): Array<[string, string]> {
  if (typeof table === 'string') return [[path, table]];
  if (typeof table === 'function') {
    const f = table as (...args: unknown[]) => string;
    // Arguments by their names: lists, counts, words.
    const samples: Readonly<Record<string, unknown>> = { values: ['"json"', '"csv"'], choices: ['json', 'csv'], notes: ['甲', '乙'], command: 'schema', line: 60, headers: ['办结', '结转下年度'] };
    const params = /^\(?([^)=]*)\)?\s*=>/.exec(String(table))?.[1]?.split(',').map((p) => p.trim().replace(/:.*$/, '')) ?? [];
    const args = params.map((name) => samples[name] ?? (/^(n|done|total|reports|withErrors|infos|expected|got|warnings|max|width)$/.test(name) ? 3 : '—'));
    return [[path, f(...args)]];
  }
  return Object.entries(table as Record<string, unknown>).flatMap(([key, value]) => sentences(value, path ? `${path}.${key}` : key));
}

describe('the command line’s own sentences', () => {
  it('the Chinese table has every sentence of the English one (the compiler checks it too: zh: Messages)', () => {
    const keys = (t: Messages) => sentences(t).map(([p]) => p);
    expect(keys(zh)).toEqual(keys(en));
    expect(Object.keys(MESSAGES).sort()).toEqual(['en', 'zh']);
  });

  it('every Chinese sentence is written in Chinese: Han characters, no English word left', () => {
    // Pure layout: `${files}，${errors}…` puts sentences together, `${name}（${code}）` a title.
    const layout = new Set(['validate.line', 'validate.totalsAndUnchecked', 'github.title', 'help.notes', 'compare.none', 'compare.line']);
    for (const [path, text] of sentences(zh)) {
      if (!layout.has(path)) expect(text, path).toMatch(HAN);
      expect(untranslated(text), `${path}: ${text}`).toEqual([]);
    }
    expect(zh.validate.line(60)).toBe('第60行');
  });
});

describe('commander in the run’s words', () => {
  it('each of its usage errors, by code; a sentence of another form stays as commander wrote it', () => {
    const say = (message: string, code: string) => commanderSentence(message, code, zh.commander);
    expect(say("error: unknown option '--formt'\n(Did you mean --format?)", 'commander.unknownOption')).toBe('error: 没有“--formt”这个选项\n（是不是要用 --format？）');
    expect(say("error: unknown command 'pars'", 'commander.unknownCommand')).toBe('error: 没有“pars”这个命令');
    expect(say("error: missing required argument 'old'", 'commander.missingArgument')).toBe('error: 缺少必需的参数“old”');
    expect(say("error: option '--format <format>' argument missing", 'commander.optionMissingArgument')).toBe('error: 选项“--format <format>”缺少取值');
    expect(say("error: option '--format <format>' argument 'xml' is invalid. Allowed choices are json, csv.", 'commander.invalidArgument')).toBe(
      'error: 选项“--format <format>”的取值“xml”无效，可选的值为 json、csv',
    );
    expect(say("error: too many arguments for 'schema'. Expected 0 arguments but got 1.", 'commander.excessArguments')).toBe(
      'error: “schema”命令的参数太多：应为 0 个，实际给了 1 个',
    );
    expect(say('error: something commander says otherwise', 'commander.unknownOption')).toBe('error: something commander says otherwise');
    // The English table says what commander says.
    for (const [message, code] of [
      ["error: unknown option '--formt'\n(Did you mean --format?)", 'commander.unknownOption'],
      ["error: missing required argument 'old'", 'commander.missingArgument'],
      ["error: too many arguments. Expected 1 argument but got 2.", 'commander.excessArguments'],
      ["error: option '--format <format>' argument 'xml' is invalid. Allowed choices are json, csv.", 'commander.invalidArgument'],
    ] as const) {
      expect(commanderSentence(message, code, en.commander)).toBe(message);
    }
  });

  it('a usage error on the command line, in Chinese (exit status 2), and in English as commander words it', async () => {
    const cases: Array<[string[], string, string]> = [
      [['parse', '--formt', 'json', OK], '没有“--formt”这个选项\n（是不是要用 --format？）', "unknown option '--formt'\n(Did you mean --format?)"],
      [['pars', OK], '没有“pars”这个命令\n（是不是要用 parse？）', "unknown command 'pars'\n(Did you mean parse?)"],
      [['schema', 'x'], '“schema”命令的参数太多：应为 0 个，实际给了 1 个', "too many arguments for 'schema'. Expected 0 arguments but got 1."],
      [['parse', '--format', 'xml', OK], '选项“-f, --format <format>”的取值“xml”无效，可选的值为 json、csv', "option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are json, csv."],
      [['parse', OK, '--encoding'], '选项“--encoding <name>”缺少取值', "option '--encoding <name>' argument missing"],
      [['parse', '--jobs', 'x', OK], '--jobs 的值应为线程数（整数），不能是“x”', '--jobs takes a whole number of threads, not "x"'],
    ];
    for (const [args, chinese, english] of cases) {
      const zhRun = await cli(args, { env: { LANG: 'zh_CN.UTF-8' } });
      expect(zhRun.status, args.join(' ')).toBe(2);
      expect(zhRun.stderr).toBe(`gov-report: ${chinese}\n${args[1] === '--jobs' ? '' : '（加 --help 查看用法）\n'}`);
      const enRun = await cli(args);
      expect(enRun.stderr).toBe(`gov-report: ${english}\n${args[1] === '--jobs' ? '' : '(add --help for usage)\n'}`);
    }
    const bad = await cli(['parse', '--lang', 'fr', OK]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`option '--lang <lang>' argument 'fr' is invalid. Allowed choices are en, zh.`);
  });

  it('the help in Chinese: headings, descriptions and examples, wrapped by display width', async () => {
    for (const args of [['--help'], ['parse', '--help'], ['validate', '--help'], ['summary', '--help'], ['compare', '--help'], ['schema', '--help'], ['help', 'validate']]) {
      const r = await cli(['--lang', 'zh', ...args]);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^用法：gov-report /);
      expect(r.stdout).toContain('示例：');
      expect(r.stdout).not.toMatch(/Usage:|Options:|Arguments:|Commands:|Examples:|Exit status|choices:|default:/);
      // Descriptions are Chinese: once the terms and usage lines are taken out, no English word is left.
      const descriptions = r.stdout
        .split('\n')
        .filter((line) => !line.startsWith('用法：') && !line.startsWith('  $ '))
        .map((line) => line.replace(/^ {2}(?:-\w, )?(?:--?[\w-]+(?: <\w+>)?|\w+(?: \[\w+\])*(?: \[inputs\.\.\.\])?)(?= {2}|$)/, ''));
      expect(untranslated(descriptions.join('\n')), args.join(' ')).toEqual([]);
    }
    // The placeholders of the usage lines and option terms are Chinese words too.
    const parse = await cli(['--lang', 'zh', 'parse', '--help']);
    expect(parse.stdout).toMatch(/^用法：gov-report parse \[选项\] \[输入\.\.\.\]$/m);
    expect(parse.stdout).toMatch(/^ {2}-f, --format <格式> /m);
    expect(parse.stdout).not.toMatch(/\[options\]|\[inputs\.\.\.\]|<format>|<lang>/);
    const wide = await cli(['--lang', 'zh', 'parse', '--help'], { stdoutIsTTY: true, columns: 70 });
    const { displayWidth } = await import('../src/output/width.js');
    // What commander lays out (the examples after it are ours, as written).
    for (const line of wide.stdout.split('示例：')[0]!.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(70);
  });

  it('--lang is listed in each command’s help, with the locale as the default', async () => {
    const help = await cli(['parse', '--help']);
    expect(help.stdout).toContain('Global Options:');
    expect(help.stdout).toMatch(/--lang <lang> +the language of messages and help; by default the\s+locale's/);
  });
});

describe('a Chinese run, end to end', () => {
  it('validate on a terminal: the line as 第N行, severities, messages and the closing line in Chinese; codes unchanged', async () => {
    for (const args of [['--lang', 'zh', 'validate', FAULT, OK], ['validate', FAULT, OK, '--lang', 'zh'], ['validate', '--lang=zh', FAULT, OK]]) {
      const r = await cli(args);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe(
        [
          FAULT,
          '  第66行  错误  row-total    “3.危及“三安全一稳定””行：总计为 238，但各列之和为 239（相差 1），各列为自然人 58、商业企业 115、科研机构 34、社会组织 18、法律服务机构 13、其他 1',
          '  第84行  错误  handled-sum  “自然人”列：“(七) 总计”为 1613，但（一）予以公开至（六）其他处理各项办理结果之和为 1614（相差 1）',
          `${OK}  未发现问题`,
          '共检查 2 个文件：2 个错误，0 个警告',
          '',
        ].join('\n'),
      );
    }
    const byLocale = await cli(['validate', FAULT, OK], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(byLocale.stdout).toContain('共检查 2 个文件：2 个错误，0 个警告');
    const english = await cli(['validate', FAULT, OK], { env: { LC_ALL: 'C', LANG: 'zh_CN.UTF-8' } });
    expect(english.stdout).toContain('2 files, 2 errors, 0 warnings');
  });

  it('JSON keys, codes, paths and lines do not change with the language; the messages do', async () => {
    const zhRun = JSON.parse((await cli(['--lang', 'zh', 'parse', FAULT])).stdout);
    const enRun = JSON.parse((await cli(['parse', FAULT])).stdout);
    const withoutMessages = (report: { diagnostics: Array<{ message: string }> }) => ({ ...report, diagnostics: report.diagnostics.map(({ message, ...rest }) => rest) });
    expect(withoutMessages(zhRun)).toEqual(withoutMessages(enRun));
    for (const d of zhRun.diagnostics) expect(d.message).toMatch(HAN);
    const validated = JSON.parse((await cli(['validate', '--lang', 'zh', '--format', 'json', FAULT])).stdout);
    expect(Object.keys(validated[0])).toEqual(['file', 'errors', 'warnings', 'diagnostics']);
    expect(validated[0].diagnostics.map((d: { code: string }) => d.code)).toEqual(['row-total', 'handled-sum']);
    expect(validated[0].diagnostics[0].message).toMatch(/^“3\.危及“三安全一稳定””行：总计为 238/);
  });

  it('the language reaches the worker threads of a large batch', async () => {
    // 210 files (a file named twice is read once): above the 200 that put a batch on worker threads.
    const folder = mkdtempSync(join(tmpdir(), 'gov-report-lang-'));
    for (let i = 0; i < 210; i++) copyFileSync(join(root, FAULT), join(folder, `${String(i).padStart(3, '0')}.txt`));
    const r = await cli(['validate', '--lang', 'zh', '--format', 'json', '--jobs', '2', folder]);
    rmSync(folder, { recursive: true });
    const entries = JSON.parse(r.stdout) as Array<{ diagnostics: Array<{ message: string }> }>;
    expect(entries).toHaveLength(210);
    for (const entry of entries) expect(entry.diagnostics[0]!.message).toMatch(/^“3\.危及“三安全一稳定””行：总计为 238/);
  });

  it('GitHub annotations: titles name the code in the chosen language, the code beside it', async () => {
    const zhRun = await cli(['validate', '--lang', 'zh', '--format', 'github', FAULT, 'missing.txt']);
    // In input order: the file's annotations, then the missing one's.
    const lines = zhRun.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('::error file=missing.txt,title=无法读取（unreadable）::没有这个文件或文件夹');
    expect(lines[0]).toMatch(/^::error file=fixtures\/faults\/row-total\.tabs\.txt,line=66,title=行总计不符（row-total）::“3\.危及/);
    expect(zhRun.stderr).toBe('gov-report: missing.txt: 没有这个文件或文件夹\n');
    const enRun = await cli(['validate', '--format', 'github', FAULT]);
    expect(enRun.stdout.split('\n')[0]).toMatch(/^::error file=fixtures\/faults\/row-total\.tabs\.txt,line=66,title=Row total does not add up \(row-total\)::row “3\.危及/);
  });

  it('summary, parse notes and problems with inputs in Chinese', async () => {
    const summary = await cli(['summary', '--lang', 'zh', FAULT, OK]);
    expect(summary.stdout.split('\n')[0]).toMatch(/^文件 +机关 +年度 +本年新收 +办结 +结转下年度 +行政复议 +行政诉讼 +错误$/);
    expect(summary.stdout).toMatch(/\n合计 +2 份报告 /);
    const parse = await cli(['parse', '--lang', 'zh', FAULT, OK, 'missing.txt', 'fixtures/nothing-*.txt']);
    expect(parse.stderr).toBe(
      [
        'gov-report: missing.txt: 没有这个文件或文件夹',
        'gov-report: fixtures/nothing-*.txt: 没有与这个通配模式匹配的文件',
        'gov-report: 2 份报告中有 1 份存在错误；用 `gov-report validate` 可以列出这些错误',
        '',
      ].join('\n'),
    );
    const empty = await cli(['parse', '--lang', 'zh', '-'], { input: '' });
    expect(empty.stderr).toBe('gov-report: -: 标准输入是空的；请给出文件、文件夹或通配模式，或用管道送入一份报告\n');
    // A PDF is read (issue 14); one cut off after its header is damaged.
    const pdf = await cli(['parse', '--lang', 'zh', '-'], { input: '%PDF-1.4\n' });
    expect(pdf.stderr).toBe('gov-report: -: 该 PDF 文件不完整或已损坏（文件缺少结束标记，已被截断），请重新下载，或向发布单位索取完好的文件\n');
  });
});
