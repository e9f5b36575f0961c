/**
 * The terminal edge: data to stdout (with back-pressure, quiet on a closed pipe), messages and
 * progress to stderr.
 */
import { once } from 'node:events';

/** Exit status so far; also used when stdout closes under us (`gov-report parse … | head`). */
export const status = { code: 0 };

/** Raise the exit status; 2 (unreadable input, usage) wins over 1 (error diagnostics). */
export function fail(code: 1 | 2): void {
  status.code = Math.max(status.code, code);
}

/** `… | head` closes stdout early: stop quietly instead of printing an EPIPE stack. */
export function exitQuietlyOnClosedStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(status.code);
    process.stderr.write(`gov-report: cannot write to stdout: ${error.message}\n`);
    process.exit(2);
  });
}

/** Write data to stdout, waiting when the pipe is full so that a large batch streams. */
export async function out(text: string): Promise<void> {
  if (text === '' || process.stdout.write(text)) return;
  await once(process.stdout, 'drain');
}

/** Messages and the progress line on stderr. */
export class Messages {
  private progressShown = false;
  private lastProgress = 0;
  private readonly showProgress: boolean;

  constructor(
    private readonly options: { quiet: boolean; total: number },
    private readonly stderr: NodeJS.WriteStream = process.stderr,
  ) {
    this.showProgress = !options.quiet && options.total > 50 && stderr.isTTY === true;
  }

  /** `gov-report: <path>: <problem>` — always shown, even with --quiet. */
  problem(path: string, problem: string): void {
    this.clearProgress();
    this.stderr.write(`gov-report: ${path}: ${problem}\n`);
  }

  /** A closing remark (e.g. how many reports have errors); silenced by --quiet. */
  note(message: string): void {
    if (this.options.quiet) return;
    this.clearProgress();
    this.stderr.write(`gov-report: ${message}\n`);
  }

  /** `parsed 120/5000` on one line, redrawn in place (at most ten times a second). */
  progress(done: number): void {
    if (!this.showProgress) return;
    const now = Date.now();
    if (this.progressShown && done < this.options.total && now - this.lastProgress < 100) return;
    this.lastProgress = now;
    this.stderr.write(`\rparsed ${done}/${this.options.total}`);
    this.progressShown = true;
  }

  clearProgress(): void {
    if (!this.progressShown) return;
    this.stderr.write('\r\x1b[K');
    this.progressShown = false;
  }
}
