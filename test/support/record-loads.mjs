/**
 * `node --import ./test/support/record-loads.mjs …` appends to the file named by
 * $GOV_REPORT_RECORD_LOADS the URL of every module the process loads: ES modules as the loader
 * fetches them (a hook, record-loads-hooks.mjs), CommonJS ones from require's cache at exit; and
 * a line `worker-thread` for each worker thread started (worker_threads' Worker, wrapped).
 * test/startup.test.ts reads it to tell what a command loads.
 */
import { appendFileSync } from 'node:fs';
import { createRequire, register, syncBuiltinESMExports } from 'node:module';
import { pathToFileURL } from 'node:url';

const out = process.env.GOV_REPORT_RECORD_LOADS;
if (!out) throw new Error('record-loads.mjs: set GOV_REPORT_RECORD_LOADS to a file');
register(new URL('./record-loads-hooks.mjs', import.meta.url), { data: { out } });

const require = createRequire(import.meta.url);
const threads = require('node:worker_threads');
const { Worker } = threads;
threads.Worker = class extends Worker {
  constructor(...args) {
    super(...args);
    appendFileSync(out, 'worker-thread\n');
  }
};
syncBuiltinESMExports(); // `import { Worker } from 'node:worker_threads'` gets the wrapped one too

process.on('exit', () => appendFileSync(out, Object.keys(require.cache).map((file) => `${pathToFileURL(file).href}\n`).join('')));
