/** Types for scripts/prng.mjs, so TypeScript tests can share the generators' PRNG. */
export declare function mulberry32(seed: number): () => number;
