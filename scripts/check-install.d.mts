/** Types for scripts/check-install.mjs, so test/docs.test.ts can read the READMEs' examples as it does. */
export declare function readmeExamples(text: string): string[];
