/** Types of scripts/documents.mjs (the golden reports as web pages and Word files), for the tests. */
export interface DocumentModel {
  blocks: Array<{ kind: 'heading' | 'paragraph'; text: string } | { kind: 'tables'; part: 2 | 3 | 4 }>;
  golden: any;
  title: string | null;
}
export type DocumentPlan = Partial<{
  groups: 'rowspan' | 'repeat';
  headerRows: 1 | 3;
  drift: number;
  splitLabels: number;
  part2: 'one' | 'separate';
  numberCells: boolean;
  markup: 'plain' | 'word' | 'font';
  chrome: boolean;
  nested: boolean;
  trs: boolean;
  charset: 'utf-8' | 'gbk' | 'utf-8-bom' | 'utf-8-meta-gbk';
  splitRuns: number;
  autoNumbering: boolean;
  borders: boolean;
  centred: boolean;
  pageChrome: boolean;
  fontSize: number;
  indent: boolean;
  seed: number;
}>;
export const PLAN_DEFAULTS: Required<DocumentPlan>;
export const PLANS: { html: Record<string, DocumentPlan>; docx: Record<string, DocumentPlan>; pdf: Record<string, DocumentPlan> };
export function reportModel(text: string, golden: any): DocumentModel;
export function withCellOff(golden: any, path: string): any;
export function toText(model: DocumentModel, plan?: DocumentPlan): string;
export function htmlPage(model: DocumentModel, plan?: DocumentPlan): string;
export function toHtml(model: DocumentModel, plan?: DocumentPlan): Uint8Array;
export function toDocx(docx: unknown, model: DocumentModel, plan?: DocumentPlan): Promise<Uint8Array>;
export function randomPlan(rng: () => number): DocumentPlan;
