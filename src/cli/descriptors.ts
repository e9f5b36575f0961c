/**
 * Few file descriptors (`ulimit -n 25`): every file gov-report opens is opened again
 * after a pause when the process has none free (EMFILE, or ENFILE for the whole system), and the
 * work that opens many at once is done one at a time when the limit is low.
 *
 * What Node.js itself holds: 19 descriptors once it has started (stdin, stdout, stderr, its event
 * loop and the threads of its platform); below 18 it does not start at all. A worker thread holds
 * 4 more (its own event loop). Loading ES modules opens every file of a module graph at once (the
 * loader reads them in parallel), which fails under a low limit and cannot be tried again (Node
 * keeps the failed load); so under a low limit the launcher and the worker pool load their modules
 * with require(), which reads one file at a time (Node ≥ 20.19 requires an ES module).
 *
 * Not graceful-fs: it queues the callback API's opens until another descriptor is closed, but the
 * reads here are synchronous (readSync in the workers, by design: pool.ts) and the folder walk
 * uses fs/promises, neither of which it retries; it patches the fs module for everyone; and the
 * module loader does not go through it. What is needed is a retry around two calls (open, readdir)
 * and the limit: written here, in a few lines.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Descriptors Node.js holds once started (measured on Node 20 and 22, Linux). */
const NODE_DESCRIPTORS = 19;
/** Descriptors a worker thread holds (its event loop). */
const WORKER_DESCRIPTORS = 4;
/** Below this limit, modules are loaded one file at a time (require). Loading the CLI in parallel took up to ~40. */
const FEW = 128;

let limit: number | null | undefined;

/**
 * The process's limit on open files (the soft limit, `ulimit -n`), read from /proc/self/limits;
 * null where it cannot be read (not Linux): then it is taken to be large.
 */
function openFileLimit(): number | null {
  if (limit !== undefined) return limit;
  try {
    const m = /^Max open files\s+(\d+|unlimited)\s/m.exec(readFileSync('/proc/self/limits', 'latin1'));
    limit = m === null || m[1] === 'unlimited' ? null : Number(m[1]);
  } catch {
    return null; // (not cached: out of descriptors, it may be read later)
  }
  return limit;
}

/** Descriptors each worker thread is given room for: its event loop, and the file it reads. */
const PER_WORKER = WORKER_DESCRIPTORS + 1;
/** Descriptors kept free on the main thread (stdin, a module loaded on demand, a folder listed). */
const MAIN_RESERVE = 2;

/**
 * How many worker threads the limit on open files leaves room for (Infinity when it is not known);
 * under `ulimit -n 25`, none: the batch is parsed on the main thread.
 */
export function workerRoom(): number {
  const n = openFileLimit();
  return n === null ? Infinity : Math.max(0, Math.floor((n - NODE_DESCRIPTORS - MAIN_RESERVE) / PER_WORKER));
}

/**
 * Descriptors the ES module loader may hold at once while a worker thread loads the parser's
 * modules. Measured: two workers loading in parallel failed with EMFILE under `ulimit -n 64`, not
 * under 80; eight under 200 did not (they start apart, so their loads seldom overlap). A safe
 * bound, not a tight one: past it the workers only load one file at a time, a little slower.
 */
const LOADING_PER_WORKER = 32;

/**
 * True when `workers` worker threads starting at once could run out of descriptors while they load
 * their modules in parallel: then each loads them one file at a time (a limit of 1,024 and 32
 * workers, say, on a large machine).
 */
export function workersLoadOneAtATime(workers: number): boolean {
  const n = openFileLimit();
  return n !== null && (n < FEW || n < NODE_DESCRIPTORS + workers * (WORKER_DESCRIPTORS + LOADING_PER_WORKER));
}

/** True when the limit on open files is low enough that modules are loaded one file at a time. */
export function fewDescriptors(): boolean {
  const n = openFileLimit();
  return n !== null && n < FEW;
}

/**
 * Load a module on demand: with import() normally, with require() (one file at a time) under a low
 * limit on open files. `specifier` is a package's name, a file URL, or a path relative to `parent`
 * (the caller's import.meta.url).
 */
export async function loadModule<T>(specifier: string, parent?: string): Promise<T> {
  const url = specifier.startsWith('.') ? new URL(specifier, parent).href : specifier;
  if (!fewDescriptors()) return (await import(url)) as T;
  const loaded = createRequire(import.meta.url)(url.startsWith('file:') ? fileURLToPath(url) : url) as Record<PropertyKey, unknown>;
  // An ES module comes as its namespace, as from import(); a CommonJS one as its exports, which import() gives as `default`.
  return (loaded[Symbol.toStringTag] === 'Module' ? loaded : { ...loaded, default: loaded }) as T;
}

const isOutOfDescriptors = (error: unknown): boolean => {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EMFILE' || code === 'ENFILE';
};

/** The pauses between tries of an open that found no descriptor free: 5 ms, doubling to 400 ms; ~10 s in all, then the error stands. */
const PAUSES_MS = [5, 10, 20, 40, 80, 160, ...Array<number>(23).fill(400)];

/** Wait `ms` in this thread (a worker's, or the main thread between two files). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** `open()` (synchronous), tried again after a pause while the process has no descriptor free. */
export function retryingSync<T>(open: () => T): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return open();
    } catch (error) {
      const wait = PAUSES_MS[attempt]; // none once every pause is spent: the error stands
      if (!isOutOfDescriptors(error) || wait === undefined) throw error;
      pause(wait);
    }
  }
}

/** `open()` (asynchronous), tried again after a pause while the process has no descriptor free. */
export async function retrying<T>(open: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await open();
    } catch (error) {
      const wait = PAUSES_MS[attempt]; // none once every pause is spent: the error stands
      if (!isOutOfDescriptors(error) || wait === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
