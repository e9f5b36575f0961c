/**
 * Command-line arguments → the list of inputs to read, in the order given.
 *
 *   file            itself
 *   folder          every .txt below it, recursively, sorted by path (code-point order)
 *   glob            expanded here with fast-glob, so a quoted "reports/**\/*.txt" works on any shell
 *   -               stdin; with no argument at all, stdin when it is piped
 *
 * Problems (a missing path, an empty folder, a glob that matches nothing) are collected, not
 * thrown: the rest of the batch is still processed.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Messages } from './messages.js';

/** The words of the problems found here, in the run's language. */
type Words = Messages['inputs'];

/** Where and how the arguments are read (from the run's CliIo). */
export interface ExpandOptions {
  cwd: string;
  platform: NodeJS.Platform;
  words: Words;
}

export type Input = { kind: 'file'; path: string } | { kind: 'stdin'; path: '-' };

export interface InputProblem {
  path: string;
  problem: string;
  /** `unreadable` (missing, no permission, …) or `no-files` (an empty folder, a glob matching nothing). */
  code: 'unreadable' | 'no-files';
  /** Its place in input order: the number of inputs before it (those of the arguments before its own). */
  before?: number;
}

export interface ExpandedInputs {
  inputs: Input[];
  problems: InputProblem[];
  /**
   * True when the command line names exactly one plain file (or stdin alone): `parse` then
   * prints one JSON object instead of an array. Decided by the command line, never the data.
   */
  single: boolean;
}

const STDIN: Input = { kind: 'stdin', path: '-' };

/** Stable order for paths: by Unicode code point (UTF-8 byte order), '/' as separator. */
function byCodePoint(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

const TEXT_FILE = /\.txt$/i;

/** A one-line, lower-case description of a file-system error, for `gov-report: <path>: <problem>`. */
export function describeError(error: unknown, words: Words): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return words.notFound;
    case 'EACCES':
    case 'EPERM':
      return words.permissionDenied;
    case 'EISDIR':
      return words.isDirectory;
    case 'ENOTDIR':
      return words.notDirectory;
    case 'ELOOP':
      return words.symlinkLoop;
    case 'EMFILE':
    case 'ENFILE':
      return words.tooManyOpenFiles;
    default: {
      // An Error, or the plain { code, message } a worker thread sends back.
      const message = (error as { message?: unknown } | null)?.message;
      return typeof message === 'string' ? message : String(error);
    }
  }
}

/** On Windows a backslash is a separator; fast-glob wants '/' and treats '\' as an escape. */
function toPattern(arg: string, platform: NodeJS.Platform): string {
  return platform === 'win32' ? arg.replace(/\\/g, '/') : arg;
}

function joinGiven(folder: string, relative: string): string {
  const base = folder.replace(/[\\/]+$/, '');
  return `${base}${path.sep}${relative.split('/').join(path.sep)}`;
}

/**
 * Every .txt file below `folder` (as given; read from `options.cwd`), as paths relative to it
 * with '/' separators. Hidden entries (names starting with '.') are skipped, symbolic links are
 * followed (each real folder once), and an unreadable sub-folder is reported without losing
 * the rest.
 */
async function textFilesBelow(folder: string, problems: InputProblem[], options: ExpandOptions): Promise<string[]> {
  const found: string[] = [];
  const visited = new Set<string>();
  const base = path.resolve(options.cwd, folder);

  async function walk(relative: string): Promise<void> {
    const absolute = relative === '' ? base : path.join(base, relative);
    let entries;
    try {
      const real = await realpath(absolute);
      if (visited.has(real)) return;
      visited.add(real);
      entries = await readdir(absolute, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: relative === '' ? folder : joinGiven(folder, relative), problem: describeError(error, options.words), code: 'unreadable' });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path.join(base, child));
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // a broken link is not a report
        }
      }
      if (isDirectory) await walk(child);
      else if (isFile && TEXT_FILE.test(entry.name)) found.push(child);
    }
  }

  await walk('');
  return found.sort(byCodePoint);
}

/** fast-glob, loaded when an argument is not a path (~25 ms of start-up a plain batch never needs). */
const fastGlob = async () => (await import('fast-glob')).default;

async function expandGlob(fg: Awaited<ReturnType<typeof fastGlob>>, arg: string, problems: InputProblem[], options: ExpandOptions): Promise<string[]> {
  try {
    const matches = await fg(toPattern(arg, options.platform), { cwd: options.cwd, onlyFiles: true, dot: false, followSymbolicLinks: true });
    if (matches.length === 0) problems.push({ path: arg, problem: options.words.noMatch, code: 'no-files' });
    return matches.sort(byCodePoint);
  } catch (error) {
    problems.push({ path: arg, problem: describeError(error, options.words), code: 'unreadable' });
    return [];
  }
}

/**
 * Expand the arguments; no argument at all means stdin (on a terminal that is a usage error,
 * which cli/options.ts has already raised).
 */
export async function expandInputs(args: readonly string[], options: ExpandOptions): Promise<ExpandedInputs> {
  if (args.length === 0) return { inputs: [STDIN], problems: [], single: true };

  const inputs: Input[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  let single = args.length === 1;

  const add = (file: string): void => {
    const key = path.resolve(options.cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ kind: 'file', path: file });
  };

  const expandArg = async (arg: string): Promise<void> => {
    if (arg === '-') {
      if (!seen.has('-')) {
        seen.add('-');
        inputs.push(STDIN);
      }
      return;
    }
    let stats;
    try {
      // An empty argument names no file (resolved, it would name the working directory) and
      // is no pattern (fast-glob throws on it).
      stats = await stat(arg === '' ? arg : path.resolve(options.cwd, arg));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const fg = (code === 'ENOENT' || code === 'ENOTDIR') && arg !== '' ? await fastGlob() : null;
      if (fg?.isDynamicPattern(toPattern(arg, options.platform))) {
        single = false;
        for (const file of await expandGlob(fg, arg, problems, options)) add(file);
      } else {
        problems.push({ path: arg, problem: describeError(error, options.words), code: 'unreadable' });
      }
      return;
    }
    if (stats.isDirectory()) {
      single = false;
      const before = problems.length;
      const files = await textFilesBelow(arg, problems, options);
      if (files.length === 0 && problems.length === before) problems.push({ path: arg, problem: options.words.noTextFiles, code: 'no-files' });
      for (const file of files) add(joinGiven(arg, file));
    } else {
      add(arg);
    }
  };

  for (const arg of args) {
    const problemsBefore = problems.length;
    const inputsBefore = inputs.length;
    await expandArg(arg);
    // An argument's problems stand where the argument stands, before its files.
    for (const p of problems.slice(problemsBefore)) p.before = inputsBefore;
  }
  return { inputs, problems, single };
}
