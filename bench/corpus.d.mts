// Types of what test/crosscheck-corpus.test.ts uses of corpus.mjs.

/** A fixture as lines, its table cells as slots (opaque here). */
export interface Template {
  path: string;
  slots: number;
}

export type Layout = 'tabs' | 'cells' | 'spaces';

export function templates(seed: number): Promise<{ usable: Array<{ tpl: Template; layout: Layout }>; rejected: string[] }>;
export function renderOriginal(tpl: Template, layout: Layout): string;
