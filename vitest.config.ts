import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The build (`npm test` builds it first), which the CLI tests and the pool's threads run. */
const dist = fileURLToPath(new URL('./dist/', import.meta.url));

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Worker threads start faster than child processes; the tests that need a real process
    // (test/cli-launcher.test.ts, test/memory.test.ts) spawn one.
    pool: 'threads',
    // A worker keeps the modules it has loaded from one test file to the next instead of loading
    // src/, zod, pdfjs and the rest again for each of ~60 files: of the suite's time, module
    // imports were ~30 % (vitest's "import" time fell from 134 s to 37 s summed over the files).
    // No test file leaves a module changed: catalog-extension.test, the one that mocks, unmocks
    // and resets the registry after each test; the CLI runs in-process through runCli, which keeps
    // no state between runs.
    isolate: false,
    // One test file per core. vitest's default leaves a core to its main process, which mostly
    // waits: on a 2-core machine that ran one file at a time.
    maxWorkers: availableParallelism(),
    server: {
      deps: {
        // dist/ is plain JavaScript that Node loads as it is: loaded natively, as the launcher and
        // the pool's worker threads load it, not rewritten by vite's module runner (every import
        // a property read on a module object). The CLI tests run it (test/support/cli.ts), a
        // parse of every fixture at a time: measured on cli, cli-lang and cli-crosscheck, 2 runs
        // each, alternated, 24.0 and 25.7 s of CPU → 22.5 and 22.3 s. src/ is still run through
        // vite, where the tests import and mock it.
        external: [new RegExp(`^${dist.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`)],
      },
    },
  },
});
