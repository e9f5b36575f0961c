/**
 * A sample of the fuzz cases of scripts/fuzz.mjs (same engine, same checks) inside `npm test`:
 * parseReport never throws, returns a report that passes reportSchema, and finishes each case
 * within a bound. `npm run fuzz` runs 10,000 of them, with longer lines and more repeated rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReport, reportSchema } from '../src/index.js';

interface FuzzCase {
  index: number;
  source: string;
  steps: string[];
  input: string | Uint8Array;
}
interface FuzzEngine {
  loadSources(): Array<{ name: string; text: string }>;
  makeCase(sources: Array<{ name: string; text: string }>, seed: number, index: number, scale?: 'full' | 'sample'): FuzzCase;
  checkCase(
    library: { parseReport: typeof parseReport; reportSchema: typeof reportSchema },
    fuzzCase: FuzzCase,
    boundMs: number,
  ): { ms: number; kind: 'crash' | 'slow' | null; problem: string | null };
  saveCase(fuzzCase: FuzzCase, seed: number, problem: string): string;
}

// A plain .mjs (it runs under node without a build step); typed here by FuzzEngine.
const enginePath: string = '../scripts/fuzz.mjs';
const engine = (await import(enginePath)) as FuzzEngine;

const SEED = 4242;
const CASES = 300;
/** Generous: CI machines are slower than a laptop, and the bound is about hangs, not speed. */
const BOUND_MS = 5000;

describe('fuzzing sample: mutated fixtures never crash the parser', () => {
  const sources = engine.loadSources();
  const crashes: string[] = [];
  const slow: string[] = [];
  let slowest = 0;

  beforeAll(() => {
    for (let index = 0; index < CASES; index++) {
      const fuzzCase = engine.makeCase(sources, SEED, index, 'sample');
      const result = engine.checkCase({ parseReport, reportSchema }, fuzzCase, BOUND_MS);
      slowest = Math.max(slowest, result.ms);
      if (!result.problem) continue;
      const path = engine.saveCase(fuzzCase, SEED, result.problem);
      const line = `case ${index} (${fuzzCase.source}; ${fuzzCase.steps.join('; ')}): ${result.problem.split('\n')[0]} — input in ${path}`;
      (result.kind === 'slow' ? slow : crashes).push(line);
    }
  }, 300_000);

  it('has fixtures to mutate', () => {
    expect(sources.length).toBeGreaterThanOrEqual(13);
  });

  it(`${CASES} mutated inputs (seed ${SEED}): parseReport never throws and every report passes reportSchema`, () => {
    expect(crashes).toEqual([]);
  });

  it(`${CASES} mutated inputs (seed ${SEED}): each finishes within ${BOUND_MS} ms`, () => {
    expect(slow, `slowest ${Math.round(slowest)} ms`).toEqual([]);
  });
});
