/**
 * Parse a large batch on every core with worker_threads, without changing output order or
 * content. batch.ts is its one caller.
 *
 * Design
 * ──────
 * - The same function, `parseOne`, turns a path into a result on the serial path and in the
 *   workers: read (readBounded, read.ts: readSync within the size bound), parseDocumentWithLayout
 *   (every format; asynchronous for PDFs), the isFatal check, and JSON.stringify. Output is
 *   byte-identical by construction; test/pool.test.ts checks it. A worker parses its jobs one
 *   after another.
 * - Below `threshold` files (default 200) it stays serial: starting a worker costs ~50 ms of CPU
 *   (thread, isolate, modules), which a small batch never earns back — unless it holds PDFs
 *   (`.pdf` files; `pdfThreshold`, default 4): a PDF takes 100–300 ms, so a few already pay for
 *   workers of their own (the PDF lane, below), while the other files are parsed on the main
 *   thread, in their place. An AsyncIterable of unknown length is buffered up to the threshold to
 *   decide.
 * - Two lanes. A PDF needs a larger heap than a text report (pdfjs-dist allocates ~20–35 MB while
 *   it reads one; in the text lane's small heap it spends its time collecting garbage, measured
 *   ~2× slower), so `.pdf` files go to workers of their own (`pdfHeapMb`, and a larger young
 *   generation), started when the first PDF comes, as many as the text lane has, one PDF in
 *   flight each. Every other file goes to the text lane's small-heap workers. The lane is
 *   chosen by the name; the format is still told by the content, so a PDF named otherwise is
 *   read in the text lane (only slower). A batch that needs both lanes and holds PDFs from its
 *   start has the PDF lane alone, its workers taking every file (`oneLane`): two lanes would hold
 *   twice the workers on the same cores, two of them with pdfjs loaded (~100 MB each). In one lane
 *   a PDF goes to a worker that has read one already, while it holds fewer than `pdfThreshold`
 *   PDFs: loading pdfjs costs a worker ~0.6 s of CPU, the time of a few PDFs.
 * - Jobs are numbered in input order and sent in batches (`batch`, 8 files a message, answered
 *   with one message: fewer wake-ups of the other thread; measured, batches of 2 to 32 gave the
 *   same wall time, so the size is not critical). Each worker has at most `perWorker` jobs in flight (so it never idles
 *   waiting for the main thread); results come back in any order into a reorder buffer (a Map by
 *   job number), and are yielded strictly in input order.
 * - Memory is bounded: a new job is dispatched only while fewer than `maxOutstanding` jobs are
 *   dispatched-but-not-yet-yielded; the consumer pulling the generator is what lets more in. So
 *   at most `maxOutstanding` results (JSON strings, ~10 KB each) exist at once, whatever N is,
 *   and a slow stdout (back-pressure in `Run.out()`) stalls the workers instead of filling memory.
 *   The inputs themselves are pulled lazily from the iterable.
 * - Workers post JSON strings (cheap to copy between threads), not report objects, plus the
 *   count of error-severity diagnostics so `parse` can count reports with errors without
 *   parsing the JSON again. Commands that need the object (`validate`, `summary`, `--format csv`)
 *   ask for `output: 'report'`: the object is structured-cloned, which keeps every key and
 *   value, so JSON.stringify of it is the same text (report.diagnostics already holds the lines).
 *   `report` (the overview page) asks for `output: 'source'`: the object and the lines of the
 *   text it was parsed from (a text file's lines, or the text a reader extracted from a web
 *   page, Word file or PDF), made where it was parsed, so that no file is read twice.
 * - Reading happens in the worker, synchronously (readBounded, as readFileSync): measured here, fs.promises.readFile costs
 *   200–600 µs of CPU per small file when the main thread is busy parsing, readFileSync ~40 µs,
 *   and a worker has nothing else to do while it reads. `-` (stdin) is read (options.readStdin)
 *   and parsed on the main thread, in its place in the order.
 * - Memory is flat whatever N is: each worker's heap is capped (`workerHeapMb`, 64 MB of old
 *   generation; a report needs a few MB; `pdfHeapMb` in the PDF lane). Uncapped, V8 lets a long-running worker's heap grow
 *   before it collects: 20,000 reports peaked at ~215 MB RSS, capped ~175 MB.
 * - A worker that dies does not lose files: its jobs in flight are parsed on the main thread
 *   (within the same size bound, `maxBytes`), in place, and a fresh worker takes its slot. That
 *   is also how a file too big for a worker's heap (over ~10 MB) is parsed; such deaths are the
 *   file's doing.
 * - Every input is read within the size bound (read.ts): a larger file is not read, a device
 *   or pipe is read no further than the bound. After 2 × workers
 *   other deaths (parseReport never throws; a worker that cannot start) the pool goes on serially.
 * - Stopping early (`break` in the consumer, `… | head`) terminates the workers: the generator's
 *   finally block runs on return().
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
// Not '../index.js': that also loads the zod schema, ~40 ms more CPU per worker start for
// nothing (measured 50 vs 90 ms).
import { diagnostic, isFatal, render } from '../diagnostics.js';
import { DEFAULT_MAX_BYTES } from '../limits.js';
import type { Lang } from '../messages/languages.js';
import { sourceLines } from '../output/page/source.js';
import { parseDocumentWithLayout, type ParsedReport } from '../report.js';
import type { Report } from '../schema.js';
import { workerRoom, workersLoadOneAtATime } from './descriptors.js';
import { readBounded } from './read.js';
import type { Layout } from '../tokens.js';

/**
 * pdfjs inflates a PDF's streams through the global DecompressionStream where there is one, and
 * with its own inflate where there is none: the same bytes. Node's DecompressionStream runs on web
 * streams, a chain of promises and a trip to libuv's thread pool for each of the hundreds of small
 * streams a page holds; over the 18 PDFs of fixtures/ its own inflate took 45% less wall time and
 * 35% less CPU (3.0 s → 1.65 s, 3.4 s → 2.2 s, three runs each). The CLI owns its process and its
 * worker threads, where only this module's parses run: it takes the global away there. The library
 * (parseDocument in another program) leaves the program's globals alone.
 */
Reflect.deleteProperty(globalThis, 'DecompressionStream');

export interface PoolOptions {
  /** Decode text and web pages with this encoding instead of detecting it (already checked to be known). */
  encoding?: string;
  /** The language the diagnostics' messages are written in. Default: the library's (English). */
  lang?: Lang;
  /** Worker threads (in each lane); 0 means serial. Default: os.availableParallelism(). */
  workers?: number;
  /** Fewer files than this: serial. Default 200. */
  threshold?: number;
  /** As many `.pdf` files as this, in a batch below `threshold`: on workers all the same. Default 4. */
  pdfThreshold?: number;
  /** Jobs in flight per worker of the text lane. Default 32. */
  perWorker?: number;
  /** Files sent to a worker in one message, and answered in one. Default 8. */
  batch?: number;
  /** Most jobs dispatched but not yet yielded (in flight + waiting for their turn). Default 128. */
  maxOutstanding?: number;
  /** Old-generation limit of each text-lane worker's heap, in MB. Default 64. */
  workerHeapMb?: number;
  /** Old-generation limit of each PDF-lane worker's heap, in MB. Default 160. */
  pdfHeapMb?: number;
  /**
   * `json` (default): the report as JSON text. `report`: the report object, and its layout (where
   * its rows were printed). `source`: the object and the lines of the text it was parsed from (for
   * the overview page).
   */
  output?: Output;
  /** Relative paths are read from here (and reported as given). Default: the process's. */
  cwd?: string;
  /**
   * The one-line text for an input that gave no report (the CLI puts it in the run's words).
   * Runs on the main thread. Default: the error's message, or the kind.
   */
  describe?: (unread: Unread) => string;
  /**
   * How to read `-` (stdin), on the main thread. Without it, `-` is unreadable. It need not read
   * more than `maxBytes` + 1 bytes: past `maxBytes`, stdin is `too-large`.
   */
  readStdin?: () => Promise<Uint8Array>;
  /** The size bound of one input (limits.ts); what is larger is `too-large`, read no further. Default 16 MB. */
  maxBytes?: number;
}

type Output = 'json' | 'report' | 'source';

/** Why an input gave no report, before it is put into words. */
export type Unread =
  | { kind: 'unreadable'; code?: string; message: string }
  | { kind: 'stdin-empty' }
  /** parseDocument threw: a bug, since it never throws on bad input. */
  | { kind: 'internal'; message: string };

/** The `code` a problem is reported with, for each kind of Unread. */
const UNREAD_CODE: Readonly<Record<Unread['kind'], string>> = { unreadable: 'unreadable', 'stdin-empty': 'empty-input', internal: 'internal-error' };

const noStdin = (): Promise<Uint8Array> => Promise.reject(new Error('no stdin was given'));

/** A report with the lines of the text it was parsed from (`output: 'source'`). */
export interface SourcedReport {
  file: string;
  report: Report;
  errors: number;
  /** A text file's lines, or the text a reader extracted from a web page, Word file or PDF; null when they cannot be had. */
  lines: string[] | null;
  /** For a document: the line of `lines` each of the report's diagnostics names (their own `line` points into the file). */
  diagnosticLines?: Array<number | null>;
}

/** A parsed report: its JSON text (or object) and how many error-severity diagnostics it has. */
export type PoolReport =
  | { file: string; json: string; errors: number }
  | { file: string; report: Report; layout: Layout; errors: number }
  | SourcedReport;
/** `code` is the fatal diagnostic's code (`not-text`, …), `unreadable`, `empty-input` (stdin) or `internal-error`. */
export type PoolProblem = { file: string; error: string; code: string };
export type PoolResult = PoolReport | PoolProblem;

/** What crosses the thread boundary: a result before it is described. */
type Outcome = PoolReport | PoolProblem | { file: string; unread: Unread };

interface Job {
  id: number;
  file: string;
}

/** What a worker answers for a batch of jobs: one message, an outcome per job, in the batch's order. */
type Answer = Array<{ id: number; outcome: Outcome }>;

const POOL_WORKER = 'gov-report/pool-worker';

/** The workers of one lane: the files they take and the heap they are given. */
type Lane = 'text' | 'pdf';
const laneOf = (file: string): Lane => (/\.pdf$/i.test(file) ? 'pdf' : 'text');

/**
 * Young-generation size of a worker's heap, by lane. Text: V8's default is larger; 4 MB gives
 * ~8 MB less peak RSS than 8, ~2 % slower. PDF: pdfjs makes garbage by the megabyte; in a young
 * generation of 4 MB it is promoted and collected again in the old one. 8 MB: measured on 20
 * PDFs on 2 workers, the same CPU time as 16 or 32 MB (6.3 s) and 225 MB peak RSS instead of 245
 * or 280 (a PDF worker holds ~60 MB of pdfjs's code before its first file).
 */
const YOUNG_GENERATION_MB: Readonly<Record<Lane, number>> = { text: 4, pdf: 8 };
/** Old-generation limit of a worker's heap (PoolOptions.workerHeapMb, pdfHeapMb). */
const WORKER_HEAP_MB = 64;
const PDF_HEAP_MB = 160;

/** Read, parse and serialise one file: the only code the serial path and the workers run. */
async function parseOne(file: string, s: JobSettings): Promise<Outcome> {
  let read;
  try {
    read = readBounded(s.cwd === undefined ? file : resolve(s.cwd, file), s.maxBytes);
  } catch (error) {
    return { file, unread: unreadable(error) };
  }
  return 'bytes' in read ? parseBytes(file, read.bytes, s) : tooLarge(file, read.tooLarge, s);
}

/** An input past the size bound: the library's `too-large` message (its size, or null when it went on past the bound). */
function tooLarge(file: string, bytes: number | null, s: JobSettings): Outcome {
  return { file, error: render(diagnostic('too-large', 'too-large', { bytes, limit: s.maxBytes }), s.lang).message, code: 'too-large' };
}

function unreadable(error: unknown): Unread {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return { kind: 'unreadable', ...(code ? { code } : {}), message: error instanceof Error ? error.message : String(error) };
}

/** Stdin, on the main thread (it is one input at most): read with the caller's reader, then as any file. */
async function parseStdin(s: Settings): Promise<Outcome> {
  let bytes: Uint8Array;
  try {
    bytes = await s.readStdin();
  } catch (error) {
    return { file: '-', unread: unreadable(error) };
  }
  // Nothing piped in is a usage problem, not an empty report file.
  if (bytes.byteLength === 0) return { file: '-', unread: { kind: 'stdin-empty' } };
  // Read up to one byte past the bound: how much more there was is not known.
  if (bytes.byteLength > s.maxBytes) return tooLarge('-', null, s);
  return parseBytes('-', bytes, s);
}

async function parseBytes(file: string, bytes: Uint8Array, { encoding, lang, output, maxBytes }: JobSettings): Promise<Outcome> {
  let parsed: ParsedReport;
  try {
    parsed = await parseDocumentWithLayout(bytes, { file, maxBytes, ...(encoding === undefined ? {} : { encoding }), ...(lang === undefined ? {} : { lang }) });
  } catch (error) {
    return { file, unread: { kind: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
  const { report, extracted } = parsed;
  const fatal = report.diagnostics.find((d) => isFatal(d.code));
  if (fatal) return { file, error: fatal.message, code: fatal.code };
  let errors = 0;
  for (const d of report.diagnostics) if (d.severity === 'error') errors++;
  if (output === 'json') return { file, json: JSON.stringify(report), errors };
  if (output === 'report') return { file, report, layout: parsed.layout, errors };
  if (extracted) return { file, report, errors, lines: [...extracted.lines], diagnosticLines: [...extracted.diagnosticLines] };
  return { file, report, errors, lines: sourceLines(bytes, report.source.encoding) };
}

function finish(outcome: Outcome, describe: Settings['describe']): PoolResult {
  if ('unread' in outcome) return { file: outcome.file, error: describe(outcome.unread), code: UNREAD_CODE[outcome.unread.kind] };
  return outcome;
}

/** How every file of a batch is read and parsed; what a worker is started with. */
interface JobSettings {
  encoding: string | undefined;
  lang: Lang | undefined;
  output: Output;
  cwd: string | undefined;
  maxBytes: number;
}

// ── Worker side ────────────────────────────────────────────────────────────────────────────

interface WorkerSetup extends JobSettings {
  [POOL_WORKER]: true;
}

if (!isMainThread && parentPort && (workerData as WorkerSetup | undefined)?.[POOL_WORKER] === true) {
  const setup = workerData as WorkerSetup;
  const port = parentPort;
  // One job at a time, batches in the order they came: a PDF's awaits must not let the next
  // batch start beside it (two PDFs at once would need twice the heap).
  let queue = Promise.resolve();
  port.on('message', (jobs: Job[]) => {
    queue = queue.then(async () => {
      const answer: Answer = [];
      for (const job of jobs) answer.push({ id: job.id, outcome: await parseOne(job.file, setup) });
      port.postMessage(answer);
    });
  });
}

// ── Main side ──────────────────────────────────────────────────────────────────────────────

interface Settings extends JobSettings {
  describe: NonNullable<PoolOptions['describe']>;
  readStdin: NonNullable<PoolOptions['readStdin']>;
}

async function* serial(files: AsyncIterable<string> | Iterable<string>, s: Settings): AsyncGenerator<PoolResult> {
  for await (const file of files) {
    yield finish(file === '-' ? await parseStdin(s) : await parseOne(file, s), s.describe);
  }
}

/**
 * The first files of an iterable, up to `n` of them or until `pdfs` of them are PDFs, whichever
 * comes first, and an iterator over the rest (null when there is no rest).
 */
async function head(files: AsyncIterable<string>, n: number, pdfs: number): Promise<{ first: string[]; rest: AsyncIterator<string> | null }> {
  const it = files[Symbol.asyncIterator]();
  const first: string[] = [];
  let seenPdfs = 0;
  while (first.length < n && seenPdfs < pdfs) {
    const r = await it.next();
    if (r.done) return { first, rest: null };
    first.push(r.value);
    if (laneOf(r.value) === 'pdf') seenPdfs++;
  }
  return { first, rest: it };
}

async function* chain(first: readonly string[], rest: AsyncIterator<string> | null): AsyncGenerator<string> {
  yield* first;
  if (!rest) return;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}

interface Slot {
  lane: Lane;
  worker: Worker;
  inFlight: Map<number, string>;
  /** It has been given a PDF: it has pdfjs loaded, or is loading it. */
  readsPdfs: boolean;
}

/** The PDFs among a worker's jobs in flight. */
const pdfsIn = (slot: Slot): number => {
  let pdfs = 0;
  for (const file of slot.inFlight.values()) if (laneOf(file) === 'pdf') pdfs++;
  return pdfs;
};


/**
 * Parse files in input order, on worker threads when the batch is large enough. Yields one
 * result per file, in input order, whatever order the workers finish in.
 */
export async function* parseInParallel(files: AsyncIterable<string> | readonly string[], options: PoolOptions = {}): AsyncGenerator<PoolResult> {
  const job: JobSettings = {
    encoding: options.encoding,
    lang: options.lang,
    output: options.output ?? 'json',
    cwd: options.cwd,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
  };
  const describe = options.describe ?? ((unread) => ('message' in unread ? unread.message : unread.kind));
  const settings: Settings = { ...job, describe, readStdin: options.readStdin ?? noStdin };
  const threshold = options.threshold ?? 200;
  const pdfThreshold = Math.max(1, options.pdfThreshold ?? 4);
  // As many as asked for, or as the limit on open files leaves room for (descriptors.ts).
  const workerCount = Math.max(0, Math.min(Math.floor(options.workers ?? availableParallelism()), workerRoom()));
  const textPerWorker = Math.max(1, options.perWorker ?? 32);
  const batchSize = Math.max(1, Math.min(options.batch ?? 8, textPerWorker));
  const maxOutstanding = Math.max(1, options.maxOutstanding ?? 128);
  const heapMb: Readonly<Record<Lane, number>> = {
    text: Math.max(1, options.workerHeapMb ?? WORKER_HEAP_MB),
    pdf: Math.max(1, options.pdfHeapMb ?? PDF_HEAP_MB),
  };

  // Serial when there are no workers or too few files to pay for them. Otherwise each lane has
  // workers once it has files enough: both lanes in a large batch (`threshold` files), the PDF
  // lane alone when a smaller one holds `pdfThreshold` PDFs (its other files are parsed here; in
  // an iterable of unknown length, the text lane starts when `threshold` text files have come).
  if (workerCount === 0) return yield* serial(files, settings);
  const lanes: Record<Lane, boolean> = { text: false, pdf: false };
  const seen: Record<Lane, number> = { text: 0, pdf: 0 };
  /**
   * A batch large enough for both lanes that holds PDFs has one lane: the PDF lane's workers
   * take every file. Two lanes would be four isolates on two cores, two of them holding pdfjs
   * (~100 MB each once it has read a PDF): 306–321 MB of peak RSS over 5,000 mixed files; as
   * many workers as cores, each taking text and PDFs alike, keep the cores as busy with one
   * pdfjs less to hold. Decided when the text lane would start: at once when the list, or the
   * files read ahead, hold a PDF; else when `threshold` text files have come after a PDF started
   * the PDF lane. (PDFs that first come once the text lane runs go to a PDF lane of their own.)
   */
  let oneLane = false;
  const laneFor = (file: string): Lane => (oneLane ? 'pdf' : laneOf(file));
  /** Jobs in flight a worker may hold: a PDF worker of two lanes one (a PDF is long: spread them), any other `perWorker`. */
  const perWorker = (lane: Lane): number => (lane === 'text' || oneLane ? textPerWorker : 1);
  let source: AsyncIterable<string> | readonly string[] = files;
  let known: readonly string[] | null = null;
  if (Array.isArray(files)) known = files as readonly string[];
  else {
    const { first, rest } = await head(files as AsyncIterable<string>, threshold, pdfThreshold);
    if (!rest) known = first;
    else if (first.length >= threshold) {
      lanes.text = lanes.pdf = true;
      oneLane = first.some((f) => laneOf(f) === 'pdf');
    } else lanes.pdf = true;
    source = chain(first, rest);
  }
  if (known) {
    const pdfs = known.filter((f) => laneOf(f) === 'pdf').length;
    if (known.length >= threshold) {
      lanes.text = lanes.pdf = true;
      oneLane = pdfs > 0;
    } else if (pdfs >= pdfThreshold) lanes.pdf = true;
    else return yield* serial(known, settings);
  }

  const input: AsyncIterator<string> | Iterator<string> = Array.isArray(source)
    ? (source as readonly string[])[Symbol.iterator]()
    : (source as AsyncIterable<string>)[Symbol.asyncIterator]();
  let inputDone = false;
  /** The next input, pulled but not yet handed out (its lane's workers were all busy). */
  let waiting: string | null = null;
  let nextId = 0; // next job number to hand out
  let nextOut = 0; // next job number to yield
  const done = new Map<number, Outcome>(); // the reorder buffer
  let wake: (() => void) | null = null; // resolves the main loop's wait for a result
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };

  /** Parse here, in place (stdin; a lost worker's jobs; no workers left), and wake the main loop. */
  const parseHere = (id: number, file: string): Promise<void> =>
    (file === '-' ? parseStdin(settings) : parseOne(file, job)).then((outcome) => {
      done.set(id, outcome);
      notify();
    });

  const spawn = (lane: Lane): Slot => {
    // Under a low limit on open files (for this many workers) the worker loads its modules one file at a time (descriptors.ts).
    const entry = workersLoadOneAtATime(2 * workerCount) ? `require(${JSON.stringify(fileURLToPath(import.meta.url))})` : new URL(import.meta.url);
    const worker = new Worker(entry, {
      eval: typeof entry === 'string',
      workerData: { [POOL_WORKER]: true, ...job } satisfies WorkerSetup,
      // A report's garbage is short-lived: a small young generation and a capped old one keep
      // each worker's heap (and so the batch's peak RSS) low at little cost. A report too big
      // for it kills the worker and is parsed on the main thread (lost, below).
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB[lane], maxOldGenerationSizeMb: heapMb[lane] },
    });
    const slot: Slot = { lane, worker, inFlight: new Map(), readsPdfs: false };
    worker.on('message', (answer: Answer) => {
      for (const { id, outcome } of answer) {
        slot.inFlight.delete(id);
        done.set(id, outcome);
      }
      notify();
    });
    const lost = (error?: unknown): void => {
      // The worker is gone: parse what it held here, in place, and put a fresh worker in its slot
      // (or, when workers keep dying, e.g. cannot start at all, go on without them).
      const index = slots.indexOf(slot);
      if (index < 0) return;
      for (const [id, file] of slot.inFlight) void parseHere(id, file);
      slot.inFlight.clear();
      worker.removeAllListeners();
      void worker.terminate();
      const outOfMemory = (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (!outOfMemory && ++deaths > 2 * workerCount) {
        slots.splice(index, 1);
        gaveUp = true;
      } else slots[index] = spawn(lane);
      notify();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => {
      if (!stopping && code !== 0) lost();
    });
    return slot;
  };

  let stopping = false;
  let deaths = 0;
  /** Workers kept dying: no new ones are started (the PDF lane's included). */
  let gaveUp = false;
  const slots: Slot[] = [];
  if (lanes.text) for (let i = 0; i < workerCount; i++) slots.push(spawn(oneLane ? 'pdf' : 'text'));

  const leastBusy = (among: Slot[]): Slot => among.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
  /**
   * In one lane, the workers a PDF goes to: those that have read PDFs (pdfjs is loaded there) and
   * hold fewer than `pdfThreshold` PDFs; when there are none, the PDF goes to the least busy worker,
   * as any file. Loading pdfjs costs a worker ~0.6 s of CPU and ~60 MB, the time of a few PDFs: a
   * batch of 200 files and 3 PDFs has it loaded once, not by each worker a PDF happens to reach.
   */
  const pdfReaders = (): Slot[] => (oneLane ? slots.filter((s) => s.readsPdfs && pdfsIn(s) < pdfThreshold) : []);

  /**
   * The least busy worker of a lane with room for a job (a lane grows to `workerCount` workers as
   * its files come), or of `readers` (pdfReaders, for a PDF) when there are any; 'busy' when all
   * are full; null when the file is to be parsed here: its lane has no workers (yet, or any more).
   */
  const slotFor = (lane: Lane, readers: readonly Slot[]): Slot | 'busy' | null => {
    if (!lanes[lane]) return null;
    if (readers.length > 0) {
      const room = readers.filter((s) => s.inFlight.size < perWorker(s.lane));
      return room.length > 0 ? leastBusy(room) : 'busy';
    }
    const own = slots.filter((s) => s.lane === lane);
    const free = own.filter((s) => s.inFlight.size < perWorker(lane));
    if (free.length > 0) return leastBusy(free);
    if (own.length < workerCount && !gaveUp) {
      const slot = spawn(lane);
      slots.push(slot);
      return slot;
    }
    return own.length > 0 ? 'busy' : null;
  };

  const nextInput = async (): Promise<string | null> => {
    if (waiting !== null) {
      const file = waiting;
      waiting = null;
      return file;
    }
    if (inputDone) return null;
    const r = await input.next();
    if (r.done) {
      inputDone = true;
      return null;
    }
    const lane = laneOf(r.value);
    if (++seen[lane] >= (lane === 'pdf' ? pdfThreshold : threshold) && !lanes[lane]) {
      lanes[lane] = true;
      // The text lane would start beside a PDF lane that has PDFs: its files go to the PDF lane.
      if (lane === 'text' && lanes.pdf && seen.pdf > 0) oneLane = true;
    }
    return r.value;
  };

  /**
   * Hand out jobs while the bounds allow, to the least busy worker of the file's lane, up to
   * `batchSize` files of one lane in a message (one message each way per batch: a message costs
   * far more than a file's bytes). Stdin is parsed here, in its place.
   */
  const dispatch = async (): Promise<void> => {
    let batch: Job[] = [];
    let target: Slot | null = null;
    const send = (): void => {
      if (target && batch.length) target.worker.postMessage(batch);
      batch = [];
      target = null;
    };
    while (nextId - nextOut < maxOutstanding) {
      const file = await nextInput();
      if (file === null) break;
      if (file === '-') {
        await parseHere(nextId++, file);
        continue;
      }
      const lane = laneFor(file);
      const pdf = laneOf(file) === 'pdf';
      // A PDF goes to a worker that reads PDFs already (pdfReaders), not along with the batch it comes in.
      const readers = pdf ? pdfReaders() : [];
      if (target && (target.lane !== lane || batch.length >= batchSize || target.inFlight.size >= perWorker(lane) || (readers.length > 0 && !readers.includes(target)))) send();
      const slot: Slot | 'busy' | null = target ?? slotFor(lane, readers);
      if (slot === 'busy') {
        waiting = file; // its lane is full: it waits for a result
        break;
      }
      const id = nextId++;
      if (slot === null) {
        await parseHere(id, file); // its lane has no workers: here, in its place
        continue;
      }
      target = slot;
      slot.readsPdfs ||= pdf;
      slot.inFlight.set(id, file);
      batch.push({ id, file });
    }
    send();
  };

  try {
    for (;;) {
      await dispatch();
      const ready = done.get(nextOut);
      if (ready !== undefined) {
        done.delete(nextOut++);
        yield finish(ready, describe);
        continue;
      }
      if (inputDone && waiting === null && nextOut === nextId) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (done.has(nextOut)) notify(); // a result may have come in while dispatch awaited
      });
    }
  } finally {
    stopping = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
