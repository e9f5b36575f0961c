/**
 * The command line run in-process: `runCli(argv, io)` with in-memory streams. It runs the built
 * code (dist/, which `npm test` builds first), as the launcher does: the worker pool starts its
 * threads from dist/cli/pool.js, which the TypeScript sources could not give it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CliIo } from '../../src/cli/runCli.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));

const { runCli } = (await import(pathToFileURL(`${root}dist/cli/runCli.js`).href)) as typeof import('../../src/cli/runCli.js');

/** A stream that keeps what is written to it; `failAfter` bytes in, it fails as a closed pipe does. */
export class Capture extends Writable {
  readonly chunks: Buffer[] = [];
  private written = 0;
  constructor(
    readonly isTTY: boolean,
    readonly columns: number | undefined,
    private readonly failAfter = Infinity,
  ) {
    super();
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.written >= this.failAfter) {
      callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      return;
    }
    this.written += chunk.length;
    this.chunks.push(chunk);
    callback();
  }
  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

export interface CliOptions {
  /** Piped into stdin (default: nothing). */
  input?: string | Buffer;
  /** The whole environment of the run (default: empty, so that nothing of the test runner leaks in). */
  env?: Record<string, string>;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  /** A terminal's width. */
  columns?: number;
  /** Stdout fails as a closed pipe once this many bytes have been written. */
  stdoutClosesAfter?: number;
  cwd?: string;
}

export interface CliResult {
  status: number;
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
}

export async function cli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const stdin = Object.assign(Readable.from(options.input === undefined || options.input.length === 0 ? [] : [Buffer.from(options.input)]), {
    isTTY: options.stdinIsTTY === true,
  });
  const stdout = new Capture(options.stdoutIsTTY === true, options.columns, options.stdoutClosesAfter);
  const stderr = new Capture(options.stderrIsTTY === true, options.columns);
  const io: CliIo = { stdin, stdout, stderr, env: options.env ?? {}, cwd: options.cwd ?? root, platform: process.platform };
  const status = await runCli(args, io);
  return { status, stdout: stdout.bytes.toString('utf8'), stdoutBytes: stdout.bytes, stderr: stderr.bytes.toString('utf8') };
}

/** Every report file (.txt .text .md .html .htm .docx .pdf) below a folder, relative to the repo root, the way the CLI orders them. */
export function reportFilesBelow(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const child = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (/\.(?:txt|text|md|html?|docx|pdf)$/i.test(entry.name)) found.push(child);
    }
  };
  walk(folder);
  return found.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
