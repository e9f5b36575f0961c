/** Types for scripts/docs.mjs, so test/docs.test.ts can check the documents against it. */
export declare const DOCUMENTS: Readonly<Record<string, 'en' | 'zh'>>;
export declare function blocks(lang: 'en' | 'zh'): Record<string, string>;
export declare function fill(text: string, lang: 'en' | 'zh'): string;
export declare function blockNames(text: string): string[];
