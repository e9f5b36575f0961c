/** Types for scripts/prng.mjs, so TypeScript tests can share the generators' PRNG. */
export declare function mulberry32(seed: number): () => number;
export declare function prng(seed: number): { next: () => number; int: (lo: number, hi: number) => number; shuffle: <T>(array: T[]) => T[] };
