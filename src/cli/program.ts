/**
 * The command line as commander declares it: commands, arguments, options and help texts, every
 * text from the run's words. Each action hands commander's raw options to runCli.ts, which
 * normalises them (options.ts) and runs the command (commands/*.ts).
 *
 * Commander's own words are put in the run's language too: its usage errors by their
 * CommanderError code (Command.error, below), the headings of its help by a Help subclass.
 */
import { readFileSync } from 'node:fs';
import { type Argument, Command, CommanderError, Help, Option } from 'commander';
import { LANGUAGES } from '../messages/languages.js';
import { displayWidth } from '../output/width.js';
import type { CliIo } from './io.js';
import type { Messages } from './messages.js';
import type { RawCompareOptions, RawParseOptions, RawReportOptions, RawSummaryOptions, RawValidateOptions } from './options.js';

/** What each command does with what commander parsed. */
export interface Actions {
  parse: (inputs: string[], raw: RawParseOptions) => Promise<void>;
  validate: (inputs: string[], raw: RawValidateOptions) => Promise<void>;
  summary: (inputs: string[], raw: RawSummaryOptions) => Promise<void>;
  report: (inputs: string[], raw: RawReportOptions) => Promise<void>;
  compare: (old: string, next: string, raw: RawCompareOptions) => Promise<void>;
  schema: () => Promise<void>;
}

function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** The help is wrapped to a terminal's width, else to commander's default of 80 columns. */
function helpWidth(stream: CliIo['stdout']): number {
  return stream.isTTY === true && stream.columns !== undefined ? stream.columns : 80;
}

// ── Commander in the run's language ─────────────────────────────────────────────────────────

/**
 * A usage error of commander's, in the run's words. Commander hands over its English sentence and
 * a code; the facts (which option, which value) are read back out of the sentence, whose form is
 * fixed for each code. A sentence of another form (a commander that words it otherwise) is left
 * as commander wrote it: test/cli-lang.test.ts makes each code's error in Chinese, so an upgrade
 * that rewords one fails there.
 */
export function commanderSentence(message: string, code: string | undefined, words: Messages['commander']): string {
  const said = message.replace(/^error: /, '');
  const withSuggestion = (sentence: string, similar: string | undefined): string => (similar === undefined ? sentence : `${sentence}\n${words.didYouMean(similar)}`);
  // Each pattern's groups, but those marked optional, take part in every match: a group is a string when the sentence matched.
  switch (code) {
    case 'commander.unknownOption': {
      const [, option, similar] = /^unknown option '(.*)'(?:\n\(Did you mean (.*)\?\))?$/s.exec(said) ?? [];
      if (option !== undefined) return `error: ${withSuggestion(words.unknownOption(option), similar)}`;
      break;
    }
    case 'commander.unknownCommand': {
      const [, command, similar] = /^unknown command '(.*)'(?:\n\(Did you mean (.*)\?\))?$/s.exec(said) ?? [];
      if (command !== undefined) return `error: ${withSuggestion(words.unknownCommand(command), similar)}`;
      break;
    }
    case 'commander.missingArgument': {
      const [, argument] = /^missing required argument '(.*)'$/s.exec(said) ?? [];
      if (argument !== undefined) return `error: ${words.missingArgument(argument)}`;
      break;
    }
    case 'commander.optionMissingArgument': {
      const [, option] = /^option '(.*)' argument missing$/s.exec(said) ?? [];
      if (option !== undefined) return `error: ${words.optionMissingArgument(option)}`;
      break;
    }
    case 'commander.invalidArgument': {
      const [, option, value, choices] = /^option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/s.exec(said) ?? [];
      if (option !== undefined && value !== undefined && choices !== undefined) return `error: ${words.invalidChoice(option, value, choices.split(', '))}`;
      break;
    }
    case 'commander.excessArguments': {
      const [, command, expected, got] = /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/s.exec(said) ?? [];
      if (expected !== undefined && got !== undefined) return `error: ${words.excessArguments(command ?? null, Number(expected), Number(got))}`;
      break;
    }
  }
  return message;
}

/** Commander's help in the run's words, wrapped by display width (a 汉字 takes two columns). */
class LocalHelp extends Help {
  constructor(private readonly words: Messages['help']) {
    super();
    // Each command's help lists --lang, --version and --help of the program too.
    this.showGlobalOptions = true;
  }

  override styleTitle(title: string): string {
    const titles: Readonly<Record<string, string>> = {
      'Usage:': this.words.usage,
      'Arguments:': this.words.arguments,
      'Options:': this.words.options,
      'Global Options:': this.words.globalOptions,
      'Commands:': this.words.commands,
    };
    return titles[title] ?? title;
  }

  /** `(choices: "json", "csv", default: "json")` after a description, in the run's words. */
  private notes(description: string): string {
    // `text` takes part in every match: undefined only when the description has no notes.
    const [, text, choices, byDefault] = /^(.*?) ?\((?:choices: (.*?))?(?:, )?(?:default: (.*))?\)$/s.exec(description) ?? [];
    if (text === undefined || (choices === undefined && byDefault === undefined)) return description;
    const notes = [...(choices === undefined ? [] : [this.words.choices(choices.split(', '))]), ...(byDefault === undefined ? [] : [this.words.default(byDefault)])];
    return this.words.notes(text, notes);
  }

  override optionDescription(option: Option): string {
    return this.notes(super.optionDescription(option));
  }

  /** `[options]`, `[inputs...]`, `<format>`: the placeholders in the run's words. */
  private placeholders(text: string): string {
    const words: Readonly<Record<string, string>> = this.words.placeholders;
    return text.replace(/([[<])(\w+)(\.\.\.)?([\]>])/g, (whole, open: string, name: string, more: string | undefined, close: string) =>
      Object.hasOwn(words, name) ? `${open}${words[name]}${more ?? ''}${close}` : whole,
    );
  }

  override commandUsage(command: Command): string {
    return this.placeholders(super.commandUsage(command));
  }

  override subcommandTerm(command: Command): string {
    return this.placeholders(super.subcommandTerm(command));
  }

  override optionTerm(option: Option): string {
    return this.placeholders(super.optionTerm(option));
  }

  override argumentTerm(argument: Argument): string {
    const name = super.argumentTerm(argument);
    const words: Readonly<Record<string, string>> = this.words.placeholders;
    const word = Object.hasOwn(words, name) ? words[name] : undefined;
    return word ?? name;
  }

  /** `用法：gov-report …`: no space after a full-width colon. */
  override formatHelp(command: Command, helper: Help): string {
    return super.formatHelp(command, helper).replace(/^(\S+：) /, '$1');
  }

  override displayWidth(text: string): number {
    return displayWidth(text.replace(/\x1b\[\d*(?:;\d+)*m/g, ''));
  }

  /** Chinese has no spaces to break at: a line may also break before a Han character. */
  override boxWrap(text: string, width: number): string {
    if (width < this.minWidthToWrap) return text;
    return text
      .split('\n')
      .map((line) => {
        const [first, ...rest] = line.match(/\s*(?:[^\s\p{Script=Han}]+|\p{Script=Han}[，。；：、）”]*)/gu) ?? [];
        if (first === undefined) return '';
        const lines: string[] = [];
        let current = first;
        for (const chunk of rest) {
          if (this.displayWidth(current + chunk) <= width) current += chunk;
          else {
            lines.push(current);
            current = chunk.trimStart();
          }
        }
        lines.push(current);
        return lines.join('\n');
      })
      .join('\n');
  }
}

/** Commander's Command, speaking the run's words in its errors and its help. */
class LocalCommand extends Command {
  constructor(
    name: string | undefined,
    private readonly words: Messages,
  ) {
    super(name);
  }

  override createCommand(name?: string): Command {
    return new LocalCommand(name, this.words);
  }

  override createHelp(): Help {
    return Object.assign(new LocalHelp(this.words.help), this.configureHelp());
  }

  override error(message: string, errorOptions?: { code?: string; exitCode?: number }): never {
    return super.error(commanderSentence(message, errorOptions?.code, this.words.commander), errorOptions);
  }
}

/** A command that reads reports: its inputs argument first, then `addOwn`'s options, then the shared ones. */
function readingCommand(program: Command, name: keyof Messages['commands'], words: Messages, addOwn: (command: Command) => Command): Command {
  const command = program.command(name).description(words.commands[name].description).argument('[inputs...]', words.options.inputs);
  return addOwn(command)
    .option('--encoding <name>', words.options.encoding)
    .option('-q, --quiet', words.options.quiet)
    .option('-j, --jobs <n>', words.options.jobs)
    .option('--max-bytes <size>', words.options.maxBytes)
    .addHelpText('after', words.commands[name].examples);
}

export function buildProgram(io: CliIo, words: Messages, actions: Actions): Command {
  const option = words.options;
  const program = new LocalCommand('gov-report', words)
    .description(words.program.description)
    .version(version(), '-v, --version', words.program.version)
    // -V, as it was before -v: still prints the version, not listed in the help.
    .addOption(new Option('-V').hideHelp())
    .helpOption('-h, --help', words.program.help)
    .helpCommand('help [command]', words.program.helpCommand)
    .exitOverride()
    .showSuggestionAfterError()
    .showHelpAfterError(words.program.seeHelp)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'gov-report: ')),
      getOutHelpWidth: () => helpWidth(io.stdout),
      getErrHelpWidth: () => helpWidth(io.stderr),
      // The help has no colour, to keep or to strip.
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .addHelpText('after', words.program.examples)
    // Read before commander runs (cli/lang.ts); declared so that commander accepts it anywhere.
    .addOption(new Option('--lang <lang>', option.lang).choices(Object.keys(LANGUAGES)));

  program.on('option:V', () => {
    io.stdout.write(`${version()}\n`);
    throw new CommanderError(0, 'commander.version', version());
  });

  readingCommand(program, 'parse', words, (command) =>
    command
      .addOption(new Option('-f, --format <format>', option.format).choices(['json', 'csv']).default('json'))
      .option('--ndjson', option.ndjson)
      .option('--pretty', option.pretty)
      .option('--compact', option.compact)
      .option('--bom', option.bom)
      .addOption(new Option('--header <header>', option.header).choices(['keys', 'labels']))
      .option('--text', option.text)
      .option('--keep-formulas', option.keepFormulas)
      .option('--strict', option.strict),
  ).action((inputs: string[], raw: RawParseOptions) => actions.parse(inputs, raw));

  readingCommand(program, 'validate', words, (command) =>
    command
      .addOption(new Option('-f, --format <format>', option.format).choices(['text', 'json', 'github', 'unix']).default('text'))
      .option('--verbose', option.verbose)
      .option('--max-warnings <count>', option.maxWarnings)
      .option('--no-color', option.noColor)
      .option('--pretty', option.jsonPretty)
      .option('--compact', option.jsonCompact),
  ).action((inputs: string[], raw: RawValidateOptions) => actions.validate(inputs, raw));

  readingCommand(program, 'summary', words, (command) => command.option('--wide', option.wide).option('--no-color', option.noColor)).action(
    (inputs: string[], raw: RawSummaryOptions) => actions.summary(inputs, raw),
  );

  // The page's language is the run's (--lang, else the locale).
  readingCommand(program, 'report', words, (command) => command.option('-o, --output <file>', option.output, 'gov-report-report.html')).action(
    (inputs: string[], raw: RawReportOptions) => actions.report(inputs, raw),
  );

  program
    .command('compare')
    .description(words.commands.compare.description)
    .argument('<old>', option.old)
    .argument('<new>', option.new)
    .addOption(new Option('-f, --format <format>', option.format).choices(['text', 'json', 'csv']).default('text'))
    .option('--all', option.all)
    .option('--threshold <percent>', option.threshold)
    .option('--no-color', option.noColor)
    .option('--pretty', option.jsonPretty)
    .option('--compact', option.jsonCompact)
    .option('--bom', option.bom)
    .option('--encoding <name>', option.encoding)
    .option('-q, --quiet', option.quiet)
    .option('-j, --jobs <n>', option.jobs)
    .addHelpText('after', words.commands.compare.examples)
    .action((old: string, next: string, raw: RawCompareOptions) => actions.compare(old, next, raw));

  program
    .command('schema')
    .description(words.commands.schema.description)
    .addHelpText('after', words.commands.schema.examples)
    .action(() => actions.schema());

  return program;
}
