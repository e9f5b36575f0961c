/**
 * Reading one input within the size bound (limits.ts): a regular file larger than the
 * bound is not read at all (its size says so), and anything else — a device such as /dev/zero or
 * /dev/urandom, a named pipe, a process substitution `<(iconv …)`, stdin — is read until it ends
 * or passes the bound, never further. Memory stays bounded whatever the input is.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { retryingSync } from './descriptors.js';

/** The bytes read, or why not: larger than the bound (`bytes` its size, null when it went on past it). */
export type BoundedRead = { bytes: Uint8Array } | { tooLarge: number | null };

/** What a device or pipe is read in. */
const CHUNK = 64 * 1024;

/** Read `file` whole if it holds at most `maxBytes`. Throws as readFileSync does when it cannot be opened or read. */
export function readBounded(file: string, maxBytes: number): BoundedRead {
  // Out of descriptors (EMFILE: `ulimit -n`, or other files held open for a moment): tried again after a pause.
  const fd = retryingSync(() => openSync(file, 'r'));
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
    // One chunk is the bytes as they are (no copy).
    const [first] = chunks;
    return { bytes: chunks.length === 1 && first !== undefined ? first : Buffer.concat(chunks, total) };
  } finally {
    closeSync(fd);
  }
}
