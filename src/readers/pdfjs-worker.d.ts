/** pdfjs-dist ships no types for its worker module; pdf.ts only loads it (it sets globalThis.pdfjsWorker). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
