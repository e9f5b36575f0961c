/**
 * Reading one input within the size bound (issue 15; limits.ts): a regular file larger than the
 * bound is not read at all (its size says so), and anything else — a device such as /dev/zero or
 * /dev/urandom, a named pipe, a process substitution `<(iconv …)`, stdin — is read until it ends
 * or passes the bound, never further. Memory stays bounded whatever the input is.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** The bytes read, or why not: larger than the bound (`bytes` its size, null when it went on past it). */
export type BoundedRead = { bytes: Uint8Array } | { tooLarge: number | null };

/** What a device or pipe is read in. */
const CHUNK = 64 * 1024;

/** How often, and how long apart, an open that found no free file descriptor (EMFILE) is tried again. */
const OPEN_TRIES = 50;
const OPEN_PAUSE_MS = 20;

/** Wait `ms` in this thread (a worker's, or the main thread between two files). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Open for reading; when the process is out of file descriptors (EMFILE, ENFILE: `ulimit -n`,
 * or other files held open for a moment), wait and try again before giving up.
 */
function openForReading(file: string): number {
  for (let attempt = 1; ; attempt++) {
    try {
      return openSync(file, 'r');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== 'EMFILE' && code !== 'ENFILE') || attempt >= OPEN_TRIES) throw error;
      pause(OPEN_PAUSE_MS);
    }
  }
}

/** Read `file` whole if it holds at most `maxBytes`. Throws as readFileSync does when it cannot be opened or read. */
export function readBounded(file: string, maxBytes: number): BoundedRead {
  const fd = openForReading(file);
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${file}'`), { code: 'EISDIR' });
    if (stats.isFile() && stats.size > maxBytes) return { tooLarge: stats.size };
    const chunks: Buffer[] = [];
    let total = 0;
    // A regular file in one read (one more byte, in case it grew); anything else, and a file whose
    // size says nothing (/proc), a chunk at a time.
    const chunkSize = stats.isFile() && stats.size > 0 ? stats.size + 1 : CHUNK;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(chunkSize, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return { tooLarge: stats.isFile() ? Math.max(stats.size, total) : null };
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  } finally {
    closeSync(fd);
  }
}
