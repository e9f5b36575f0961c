/**
 * Command-line arguments → the list of inputs to read, in the order given.
 *
 *   file            itself
 *   folder          every report file below it (.txt .text .md .html .htm .docx .pdf, any case),
 *                   recursively, sorted by path (code-point order)
 *   glob            expanded here with fast-glob, so a quoted "reports/**\/*.txt" works on any shell
 *   -               stdin; with no argument at all, stdin when it is piped
 *
 * Problems (a missing path, an empty folder, a glob that matches nothing) are collected, not
 * thrown: the rest of the batch is still processed.
 *
 * Hostile trees: a file is known by its device and inode, so one reached by several
 * paths (links, a folder and a glob) is read once, and a folder is listed once whatever links lead
 * back into it (a link loop ends there, instead of 40 levels deep, or never with two). A folder or
 * glob names each place it cannot list (no permission, a path too long) and goes on with the
 * rest, and names each link to nothing and each named pipe, device or socket it meets where a
 * file would be read (a pipe would block the batch): none is skipped without a word.
 */
import fs, { type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadModule, retrying } from './descriptors.js';
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

/**
 * The files a folder yields: text exports, web pages, Word files and PDFs. (A file named on the
 * command line or matched by a glob is read whatever its name; its content says what it is.)
 */
const REPORT_FILE = /\.(?:txt|text|md|html?|docx|pdf)$/i;

/** A sentence of `inputs` that takes no facts. */
type PlainSentence = { [K in keyof Words]: Words[K] extends string ? K : never }[keyof Words];

/** The sentence that tells each file-system error code the user can act on. */
const ERROR_SENTENCES: ReadonlyMap<string, PlainSentence> = new Map([
  ['ENOENT', 'notFound'],
  ['EACCES', 'permissionDenied'],
  ['EPERM', 'permissionDenied'],
  ['EISDIR', 'isDirectory'],
  ['ENOTDIR', 'notDirectory'],
  ['ELOOP', 'symlinkLoop'],
  ['EMFILE', 'tooManyOpenFiles'],
  ['ENFILE', 'tooManyOpenFiles'],
  ['ENAMETOOLONG', 'nameTooLong'],
]);

/** A one-line, lower-case description of a file-system error, for `gov-report: <path>: <problem>`. */
export function describeError(error: unknown, words: Words): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const sentence = code === undefined ? undefined : ERROR_SENTENCES.get(code);
  if (sentence !== undefined) return words[sentence];
  // Another error: an Error, or the plain { code, message } a worker thread sends back.
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** On Windows a backslash is a separator; fast-glob wants '/' and treats '\' as an escape. */
function toPattern(arg: string, platform: NodeJS.Platform): string {
  return platform === 'win32' ? arg.replace(/\\/g, '/') : arg;
}

function joinGiven(folder: string, relative: string): string {
  const base = folder.replace(/[\\/]+$/, '');
  return `${base}${path.sep}${relative.split('/').join(path.sep)}`;
}

/** A file's or folder's identity: its device and inode, the same by every path and link that leads to it. */
const identity = (stats: Pick<Stats, 'dev' | 'ino'>): string => `${stats.dev}:${stats.ino}`;

/** What a folder or glob met where a file would be read, and is not a file: its stderr line, or null for a file. */
function notAFile(stats: Stats, words: Words): string | null {
  if (stats.isFile()) return null;
  if (stats.isFIFO()) return words.namedPipe;
  return words.notAFile;
}

/**
 * Why a path that was listed (or given) cannot be stat'ed: a name that is not UTF-8 (Node.js
 * reads it with U+FFFD in place of its bytes, and cannot open it by that name), a link to nothing,
 * or as the error says.
 */
function missing(name: string, error: unknown, words: Words): string {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return describeError(error, words);
  return name.includes('\uFFFD') ? words.nameNotUtf8 : words.danglingLink;
}

/** How many paths are stat'ed at once: 20,000 at once took ~3 s here, one at a time ~1 s, 256 at a time 0.3 s. */
const STAT_AT_ONCE = 256;

/** A path's stats, or why it has none. */
type Statted = { stats: Stats; error?: undefined } | { stats?: undefined; error: unknown };

/** Each item with its path's stats, or why it has none, in order. */
async function statEach<T extends object>(items: readonly T[], pathOf: (item: T) => string): Promise<Array<T & Statted>> {
  const out: Array<T & Statted> = [];
  for (let i = 0; i < items.length; i += STAT_AT_ONCE) {
    const chunk = await Promise.all(
      items.slice(i, i + STAT_AT_ONCE).map(async (item): Promise<T & Statted> => {
        try {
          return { ...item, stats: await stat(pathOf(item)) };
        } catch (error) {
          return { ...item, error };
        }
      }),
    );
    for (const r of chunk) out.push(r);
  }
  return out;
}

/** A file found in a folder or by a glob: its path (as it will be printed) and its identity. */
interface Found {
  path: string;
  id: string;
}

/**
 * Every report file (REPORT_FILE) below `folder` (as given; read from `options.cwd`), as paths
 * relative to it with '/' separators. Hidden entries (names starting with '.') are skipped,
 * symbolic links are followed (each real folder once, by device and inode), and an unreadable
 * sub-folder, a report file's name linked to nothing and one that is a pipe, device or socket are
 * each reported without losing the rest.
 */
async function reportFilesBelow(folder: string, problems: InputProblem[], options: ExpandOptions): Promise<Found[]> {
  const found: Found[] = [];
  const visited = new Set<string>();
  const base = path.resolve(options.cwd, folder);
  const given = (relative: string): string => (relative === '' ? folder : joinGiven(folder, relative));
  const problem = (relative: string, text: string): void => {
    problems.push({ path: given(relative), problem: text, code: 'unreadable' });
  };

  async function walk(relative: string): Promise<void> {
    const absolute = relative === '' ? base : path.join(base, relative);
    let entries;
    try {
      const id = identity(await stat(absolute));
      if (visited.has(id)) return;
      visited.add(id);
      entries = await retrying(() => readdir(absolute, { withFileTypes: true }));
    } catch (error) {
      problem(relative, describeError(error, options.words));
      return;
    }
    // A folder is walked; of the rest only a report file would be read, so only one is stat'ed and named.
    const wanted = entries
      .filter((e) => !e.name.startsWith('.') && (e.isDirectory() || e.isSymbolicLink() || REPORT_FILE.test(e.name)))
      .map((entry) => ({ entry, child: relative === '' ? entry.name : `${relative}/${entry.name}` }));
    for (const { entry, child, stats, error } of await statEach(wanted, (w) => path.join(base, w.child))) {
      const isReport = REPORT_FILE.test(entry.name);
      if (stats === undefined) {
        if (isReport) problem(child, missing(entry.name, error, options.words));
        continue;
      }
      if (stats.isDirectory()) await walk(child);
      else if (isReport) {
        const not = notAFile(stats, options.words);
        if (not) problem(child, not);
        else found.push({ path: child, id: identity(stats) });
      }
    }
  }

  await walk('');
  return found.sort((a, b) => byCodePoint(a.path, b.path));
}

/** fast-glob, loaded when an argument is not a path (~25 ms of start-up a plain batch never needs). */
const fastGlob = async () => (await loadModule<{ default: typeof import('fast-glob') }>('fast-glob')).default;

/** A path fast-glob met, as the user would write it: relative to the working directory when inside it. */
function shownPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}

/**
 * fast-glob lists each folder through this readdir: each real folder (device and inode) once, so
 * that a link loop ends at once; out of descriptors (EMFILE), it is listed again after a pause; a
 * folder it cannot list is named in `problems` (fast-glob, with suppressErrors, goes on with the
 * rest of the pattern instead of failing it whole).
 */
function listingOnce(problems: InputProblem[], options: ExpandOptions): typeof fs.readdir {
  const listed = new Set<string>();
  const named = (dir: fs.PathLike, error: unknown): void => {
    problems.push({ path: shownPath(path.resolve(options.cwd, String(dir)), options.cwd), problem: describeError(error, options.words), code: 'unreadable' });
  };
  return ((dir: fs.PathLike, ...rest: unknown[]) => {
    const callback = rest.pop() as (error: NodeJS.ErrnoException | null, entries?: unknown[]) => void;
    fs.stat(dir, (error, stats) => {
      if (error) {
        named(dir, error);
        callback(error);
        return;
      }
      const id = identity(stats);
      if (listed.has(id)) {
        callback(null, []);
        return;
      }
      listed.add(id);
      const list = (): Promise<unknown[]> =>
        new Promise((resolve, reject) => {
          (fs.readdir as (...args: unknown[]) => void)(dir, ...rest, (readError: NodeJS.ErrnoException | null, entries: unknown[]) => (readError ? reject(readError) : resolve(entries)));
        });
      retrying(list).then(
        (entries) => callback(null, entries),
        (readError: NodeJS.ErrnoException) => {
          named(dir, readError);
          callback(readError);
        },
      );
    });
  }) as typeof fs.readdir;
}

/**
 * The files a glob matches, each with its identity. Folders it matches are passed over; a match
 * that is a link to nothing, a pipe, a device or a socket is named.
 */
async function expandGlob(fg: Awaited<ReturnType<typeof fastGlob>>, arg: string, problems: InputProblem[], options: ExpandOptions): Promise<Found[]> {
  const before = problems.length;
  let matches: string[];
  try {
    matches = await fg(toPattern(arg, options.platform), {
      cwd: options.cwd,
      onlyFiles: false,
      dot: false,
      followSymbolicLinks: true,
      suppressErrors: true,
      fs: { readdir: listingOnce(problems, options) },
    });
  } catch (error) {
    problems.push({ path: arg, problem: describeError(error, options.words), code: 'unreadable' });
    return [];
  }
  const found: Found[] = [];
  matches.sort(byCodePoint);
  const statted = await statEach(
    matches.map((match) => ({ match })),
    (c) => path.resolve(options.cwd, c.match),
  );
  for (const c of statted) {
    if (c.stats === undefined) {
      // A folder it could not list is also a match it cannot stat: named once.
      if (problems.some((p, i) => i >= before && p.path === c.match)) continue;
      problems.push({ path: c.match, problem: missing(c.match, c.error, options.words), code: 'unreadable' });
    } else if (!c.stats.isDirectory()) {
      const not = notAFile(c.stats, options.words);
      if (not) problems.push({ path: c.match, problem: not, code: 'unreadable' });
      else found.push({ path: c.match, id: identity(c.stats) });
    }
  }
  if (found.length === 0 && problems.length === before) problems.push({ path: arg, problem: options.words.noMatch, code: 'no-files' });
  return found;
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

  // A file is known by its device and inode (a link, a hard link, a folder and a glob: read once).
  const add = (file: string, id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
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
        for (const file of await expandGlob(fg, arg, problems, options)) add(file.path, file.id);
      } else {
        problems.push({ path: arg, problem: arg.includes('\uFFFD') && code === 'ENOENT' ? options.words.nameNotUtf8 : describeError(error, options.words), code: 'unreadable' });
      }
      return;
    }
    if (stats.isDirectory()) {
      single = false;
      const before = problems.length;
      const files = await reportFilesBelow(arg, problems, options);
      if (files.length === 0 && problems.length === before) problems.push({ path: arg, problem: options.words.noReportFiles, code: 'no-files' });
      for (const file of files) add(joinGiven(arg, file.path), file.id);
    } else {
      add(arg, identity(stats));
    }
  };

  for (const arg of args) {
    const problemsBefore = problems.length;
    const inputsBefore = inputs.length;
    await expandArg(arg);
    // An argument's problems stand where the argument stands, before its files.
    for (const p of problems.slice(problemsBefore)) p.before = inputsBefore;
  }
  // A place met by several arguments (a folder and a glob over it) is named once.
  const named = new Set<string>();
  const once = problems.filter((p) => {
    const key = `${p.path}\0${p.problem}`;
    if (named.has(key)) return false;
    named.add(key);
    return true;
  });
  return { inputs, problems: once, single };
}
