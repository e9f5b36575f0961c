/** Types for scripts/damaged.mjs (the damaged-layout generators of issue 16), for the TypeScript tests. */
import type { ExpectedDiagnostic, Tables } from './promise.mjs';

export interface Source {
  short: string;
  /** The golden report's text file, relative to the repository root. */
  name: string;
  golden: Tables & { meta: unknown; text?: unknown; diagnostics?: unknown[] };
}

export type Params = Record<string, unknown> & { seed: number };

export interface Generated {
  family: string;
  layout: number;
  parameters: Params;
  text: string;
  designed: Tables;
  expected: Tables;
  diagnostics: ExpectedDiagnostic[];
  notes: string[];
}

export interface Family {
  name: string;
  layout: number;
  title: string;
  formats: readonly string[];
  randomParams(rng: () => number, source: Source, want?: Record<string, unknown>): Params;
  generate(source: Source, params: Params): Generated;
}

export declare const FAMILIES: readonly Family[];
export declare const PAIRING_CODE: string;
export declare function loadGoldens(root: URL | string): Source[];
/** The expectation of a fixture that is real converter output: `expected` null, held to the promise only. */
export declare function converterExpectation(
  family: string,
  title: string,
  source: Source,
  parameters: Record<string, unknown>,
): { family: string; layout: null; title: string; source: string; parameters: Record<string, unknown>; notes: string[]; diagnostics: []; expected: null; designed: Tables };
export declare function undamaged(source: Source, style: 'tabs' | 'pipes' | 'spaces', seed?: number): Generated;
export declare function randomInstance(
  family: Family,
  sources: readonly Source[],
  rng: () => number,
  want?: Record<string, unknown>,
): { source: Source; params: Params };
export declare function signedCuts(run: string, n: number, signed: number): number[][];
export declare function groupCuts(digits: string, groups?: number): number[][];
