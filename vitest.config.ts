import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Worker threads start faster than child processes; the tests that need a real process
    // (test/cli-launcher.test.ts, test/memory.test.ts) spawn one.
    pool: 'threads',
    // One test file per core. vitest's default leaves a core to its main process, which mostly
    // waits: on a 2-core machine that ran one file at a time.
    maxWorkers: availableParallelism(),
  },
});
