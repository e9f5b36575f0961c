/**
 * The terminal edge. `CliIo` is everything one run of the command line is given: its streams,
 * environment, working directory and platform; nothing below reads `process`. bin/gov-report.js
 * hands in the real ones (`processIo()`), the tests in-memory ones.
 *
 * `Run` is the state of one run: data to stdout with back-pressure, the exit status so far, and
 * the run's language and words. `Stderr` prints problems, notes and the progress line of one batch.
 */
import type { Readable, Writable } from 'node:stream';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../diagnostics.js';
import { CODE_TEXTS, type Lang } from '../messages/languages.js';
import { visible } from '../output/visible.js';
import { MESSAGES, type Messages, type ProblemCode } from './messages.js';

export interface CliIo {
  /** Read for `-`, and for no argument at all when it is not a terminal (`isTTY` not true). */
  readonly stdin: Readable & { readonly isTTY?: boolean };
  /** Data. On a terminal (`isTTY`) JSON is pretty and colour may be on; `columns` wraps the help. */
  readonly stdout: Writable & { readonly isTTY?: boolean; readonly columns?: number };
  /** Messages; the progress line only on a terminal. */
  readonly stderr: Writable & { readonly isTTY?: boolean; readonly columns?: number };
  /** NO_COLOR, FORCE_COLOR, TERM… (cli/colour.ts). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Relative paths on the command line are read from here, and printed as given. */
  readonly cwd: string;
  /** `win32`: a backslash in a glob is a path separator. */
  readonly platform: NodeJS.Platform;
}

/** The real process. */
export function processIo(): CliIo {
  return {
    // A getter: touching process.stdin opens fd 0, which `schema` or `--help` never need.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    platform: process.platform,
  };
}

/** 0 all good; 1 an error-severity diagnostic; 2 a usage error or an input that gave no report. */
export type ExitStatus = 0 | 1 | 2;

/** Stdout failed under the run; `closed` when the reader went away (`gov-report parse … | head`). */
export class StdoutError extends Error {
  readonly closed: boolean;
  constructor(error: NodeJS.ErrnoException) {
    super(error.message);
    this.closed = error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED';
  }
}

/** The state of one run of the command line. */
export class Run {
  private code: ExitStatus = 0;
  private stdoutFailed: StdoutError | null = null;
  private readonly onStdoutError = (error: NodeJS.ErrnoException): void => {
    this.stdoutFailed ??= new StdoutError(error);
  };

  /** The command line's own sentences, in the run's language. */
  readonly words: Messages;

  /**
   * `lang`: the language of everything the run prints, the diagnostics' messages included (a
   * command hands it to the parse: startBatch does); `--lang`, else the locale (cli/lang.ts).
   */
  constructor(
    readonly io: CliIo,
    readonly lang: Lang,
  ) {
    this.words = MESSAGES[lang];
    // Heard for the whole run, so that a failing stdout is never an unhandled 'error' event.
    io.stdout.on('error', this.onStdoutError);
  }

  /** What a code is called in the run's language: a diagnostic's (`row-total`) or an unusable input's (`unreadable`). */
  codeName(code: string): string {
    if (DIAGNOSTIC_CODES.has(code as DiagnosticCode)) return CODE_TEXTS[this.lang][code as DiagnosticCode].title;
    return Object.hasOwn(this.words.problems, code) ? this.words.problems[code as ProblemCode] : code;
  }

  /** The exit status so far. */
  get status(): ExitStatus {
    return this.code;
  }

  /** Raise the exit status; 2 (unreadable input, usage) wins over 1 (error diagnostics). */
  fail(code: 1 | 2): void {
    this.code = Math.max(this.code, code) as ExitStatus;
  }

  /** How stdout failed during the run, if it did. */
  get stdoutError(): StdoutError | null {
    return this.stdoutFailed;
  }

  /**
   * Write data to stdout, waiting while the reader is behind so that a large batch streams.
   * Throws StdoutError once stdout has failed: the command stops there.
   */
  async out(text: string): Promise<void> {
    if (this.stdoutFailed) throw this.stdoutFailed;
    if (text === '' || this.io.stdout.write(text)) return;
    await new Promise<void>((resolve) => {
      const stdout = this.io.stdout;
      const done = (): void => {
        stdout.off('drain', done);
        stdout.off('close', done);
        stdout.off('error', done);
        resolve();
      };
      stdout.on('drain', done);
      stdout.on('close', done);
      stdout.on('error', done);
    });
    if (this.stdoutFailed) throw this.stdoutFailed;
  }

  /** The run is over: stop listening to stdout (bin/gov-report.js hears what comes later). */
  end(): void {
    this.io.stdout.off('error', this.onStdoutError);
  }
}

/** Problems, notes and the progress line of one batch, on stderr. */
export class Stderr {
  private progressShown = false;
  private lastProgress = 0;
  private readonly showProgress: boolean;
  private readonly stderr: CliIo['stderr'];

  constructor(
    private readonly run: Run,
    private readonly options: { quiet: boolean; total: number },
  ) {
    this.stderr = run.io.stderr;
    this.showProgress = !options.quiet && options.total > 50 && this.stderr.isTTY === true;
  }

  /**
   * `gov-report: <path>: <problem>` — always shown, even with --quiet. One line whatever the path
   * and the problem hold: their control characters are shown, not sent (output/visible.ts).
   */
  problem(path: string, problem: string): void {
    this.clearProgress();
    this.stderr.write(`gov-report: ${visible(path)}: ${visible(problem)}\n`);
  }

  /** A line about the run as a whole (e.g. why it fails) — always shown, even with --quiet. */
  line(message: string): void {
    this.clearProgress();
    this.stderr.write(`gov-report: ${message}\n`);
  }

  /** A closing remark (e.g. how many reports have errors); silenced by --quiet. */
  note(message: string): void {
    if (this.options.quiet) return;
    this.clearProgress();
    this.stderr.write(`gov-report: ${visible(message)}\n`);
  }

  /** `parsed 120/5000` on one line, redrawn in place (at most ten times a second). */
  progress(done: number): void {
    if (!this.showProgress) return;
    const now = Date.now();
    if (this.progressShown && done < this.options.total && now - this.lastProgress < 100) return;
    this.lastProgress = now;
    this.stderr.write(`\r${this.run.words.notes.progress(done, this.options.total)}`);
    this.progressShown = true;
  }

  clearProgress(): void {
    if (!this.progressShown) return;
    this.stderr.write('\r\x1b[K');
    this.progressShown = false;
  }
}
