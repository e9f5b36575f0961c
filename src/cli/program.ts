/**
 * The command line as commander declares it: commands, arguments, options and help texts, every
 * text from the run's words. Each action hands commander's raw options to runCli.ts, which
 * normalises them (options.ts) and runs the command (commands/*.ts).
 */
import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import type { CliIo } from './io.js';
import type { Messages } from './messages.js';
import type { RawParseOptions, RawSummaryOptions, RawValidateOptions } from './options.js';

/** What each command does with what commander parsed. */
export interface Actions {
  parse: (inputs: string[], raw: RawParseOptions) => Promise<void>;
  validate: (inputs: string[], raw: RawValidateOptions) => Promise<void>;
  summary: (inputs: string[], raw: RawSummaryOptions) => Promise<void>;
  schema: () => Promise<void>;
}

function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** The help is wrapped to a terminal's width, else to commander's default of 80 columns. */
function helpWidth(stream: CliIo['stdout']): number {
  return stream.isTTY === true && stream.columns !== undefined ? stream.columns : 80;
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
  const program = new Command('gov-report')
    .description(words.program.description)
    .version(version(), '-V, --version', words.program.version)
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
    .addHelpText('after', words.program.examples);

  readingCommand(program, 'parse', words, (command) =>
    command
      .addOption(new Option('--format <format>', option.format).choices(['json', 'csv']).default('json'))
      .option('--ndjson', option.ndjson)
      .option('--pretty', option.pretty)
      .option('--compact', option.compact)
      .option('--bom', option.bom)
      .option('--text', option.text)
      .option('--keep-formulas', option.keepFormulas)
      .option('--strict', option.strict),
  ).action((inputs: string[], raw: RawParseOptions) => actions.parse(inputs, raw));

  readingCommand(program, 'validate', words, (command) =>
    command
      .addOption(new Option('--format <format>', option.format).choices(['text', 'json', 'github']).default('text'))
      .option('--verbose', option.verbose)
      .option('--no-color', option.noColor)
      .option('--pretty', option.jsonPretty)
      .option('--compact', option.jsonCompact),
  ).action((inputs: string[], raw: RawValidateOptions) => actions.validate(inputs, raw));

  readingCommand(program, 'summary', words, (command) => command.option('--no-color', option.noColor)).action(
    (inputs: string[], raw: RawSummaryOptions) => actions.summary(inputs, raw),
  );

  program
    .command('schema')
    .description(words.commands.schema.description)
    .addHelpText('after', words.commands.schema.examples)
    .action(() => actions.schema());

  return program;
}
