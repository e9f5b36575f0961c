/**
 * A PDF → lines, with pdfjs-dist (its legacy build, for Node; pinned to 5.x, as 6.x needs Node 22):
 * the positioned text of each page (`getTextContent`) and the lines it draws (`getOperatorList`,
 * for ruled tables), laid out by pdfLayout.ts. pdfjs is loaded on the first PDF, with the CMaps
 * of Chinese fonts and the standard fonts from its own package (never the network).
 *
 * Bounds, so that no file can stall a batch: at most MAX_PAGES pages and MAX_BYTES bytes
 * (`too-large`); images are never decoded; a file cut off before its end marker is `damaged-file`
 * (its pages would be read as far as they go, silently); a password is `encrypted`; pages with
 * almost no text are a scan (`no-text-layer`).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import type { Damage, Excess } from '../messages/params.js';
import type { ReadResult } from './read.js';
import type { Extracted } from './lines.js';
import { documentLines, isNumeric, type Glyphs, type PageContent, type Segment } from './pdfLayout.js';

/** More pages than this is not one annual report (they run from 5 to 40). */
export const MAX_PAGES = 150;
const MAX_BYTES = 100_000_000;
/** Fewer visible characters than this, per page and in all, is a scanned document. */
const MIN_CHARACTERS_PER_PAGE = 20;
const MIN_CHARACTERS = 200;

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfPage = Awaited<ReturnType<Awaited<ReturnType<Pdfjs['getDocument']>['promise']>['getPage']>>;

let pdfjs: Promise<Pdfjs> | null = null;

/**
 * The built-in objects whose functions the legacy build's bundled core-js replaces on Node 20
 * when it loads (JSON.stringify and JSON.parse, Array.prototype.push, measured with pdfjs-dist
 * 5.6.205), with slower JavaScript of its own: after one PDF, everything else in that thread ran
 * slower (JSON.stringify of a large report 18×, a text report's parse 7×).
 */
const GUARDED: readonly object[] = [
  globalThis,
  JSON,
  Math,
  Object,
  Object.prototype,
  Array,
  Array.prototype,
  String,
  String.prototype,
  Number,
  Number.prototype,
  Function.prototype,
  RegExp.prototype,
  Promise,
  Promise.prototype,
  Map.prototype,
  Set.prototype,
  ArrayBuffer.prototype,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  Uint8Array.prototype,
];

/**
 * Runs `load`, then puts back every property of the built-ins that it replaced (what it added,
 * such as Promise.withResolvers, which Node 20 lacks and pdfjs uses, stays).
 */
async function keepingBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const saved = GUARDED.map((target) => ({ target, properties: ownProperties(target) }));
  try {
    return await load();
  } finally {
    for (const { target, properties } of saved) {
      for (const [key, before] of properties) {
        const now = Reflect.getOwnPropertyDescriptor(target, key);
        if (now && 'value' in before && now.value !== before.value && !Number.isNaN(before.value)) Reflect.defineProperty(target, key, before);
      }
    }
  }
}

/** A built-in's own properties with their descriptors (an own key always has one). */
function ownProperties(target: object): Map<PropertyKey, PropertyDescriptor> {
  const properties = new Map<PropertyKey, PropertyDescriptor>();
  for (const key of Reflect.ownKeys(target)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
    if (descriptor) properties.set(key, descriptor);
  }
  return properties;
}

/**
 * pdfjs-dist and its worker, loaded once, without their polyfills' replacements of the built-ins
 * (keepingBuiltins).
 * It warns on stdout (console.log) when it cannot load the optional canvas package it wants for
 * rendering, which text extraction does not need: that warning must not reach a JSON stream on
 * stdout.
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= keepingBuiltins(async () => {
    const log = console.log;
    console.log = () => {};
    try {
      const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
      // Its "worker" (run in this thread in Node) bundles core-js too; loaded here, it sets
      // globalThis.pdfjsWorker, which pdfjs then uses instead of importing it on the first PDF.
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return lib;
    } finally {
      console.log = log;
    }
  });
  return pdfjs;
}

/** The package's own data folders, as paths with a trailing slash (pdfjs reads them with fs in Node). */
function dataFolders(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: `${join(root, 'cmaps')}/`, standardFontDataUrl: `${join(root, 'standard_fonts')}/` };
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/**
 * m1 × m2: apply m2, then m1 (as pdfjs's Util.transform and a canvas's transform()). m2 is
 * pdfjs's six numbers; one missing would be NaN in the product either way, so it is NaN here.
 */
function multiply(m1: Matrix, m2: readonly number[]): Matrix {
  const [a = NaN, b = NaN, c = NaN, d = NaN, e = NaN, f = NaN] = m2;
  return [m1[0] * a + m1[2] * b, m1[1] * a + m1[3] * b, m1[0] * c + m1[2] * d, m1[1] * c + m1[3] * d, m1[0] * e + m1[2] * f + m1[4], m1[1] * e + m1[3] * f + m1[5]];
}

/** A filled shape this thin is a drawn line (Word draws borders as thin filled rectangles). */
const THIN = 3;

/** The straight lines a page draws (strokes, and fills thin enough to be lines), in page coordinates. */
async function pageSegments(lib: Pdfjs, page: PdfPage, toPage: Point): Promise<Segment[]> {
  const { OPS } = lib;
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set([OPS.fill, OPS.eoFill]);
  const list = await page.getOperatorList();
  const segments: Segment[] = [];
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  const point = (x: number, y: number): [number, number] => toPage(ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]);
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>));
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath) {
      const op = args[0] as number;
      const data = (args[1] as Array<ArrayLike<number> | null>)[0];
      if (!data || (!strokes.has(op) && !fills.has(op))) continue;
      pathSegments(data, point, fills.has(op), segments);
    }
  }
  return segments;
}

/** The straight pieces of a path (pdfjs's DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath). */
function pathSegments(data: ArrayLike<number>, point: (x: number, y: number) => [number, number], fill: boolean, out: Segment[]): void {
  const found: Segment[] = [];
  let start: [number, number] = [0, 0];
  let current: [number, number] = [0, 0];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const see = ([x, y]: [number, number]): void => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  };
  /** The point data[k], data[k + 1]: in a path cut short, NaN (as arithmetic on the missing number makes it), which no rule is made of. */
  const pointAt = (k: number): [number, number] => point(data[k] ?? NaN, data[k + 1] ?? NaN);
  for (let i = 0; i < data.length; ) {
    const code = data[i++];
    if (code === 0) {
      current = start = pointAt(i);
      see(current);
      i += 2;
    } else if (code === 1) {
      const next = pointAt(i);
      found.push({ x0: current[0], y0: current[1], x1: next[0], y1: next[1] });
      current = next;
      see(current);
      i += 2;
    } else if (code === 2) {
      current = pointAt(i + 4);
      see(current);
      i += 6;
    } else if (code === 3) {
      current = pointAt(i + 2);
      see(current);
      i += 4;
    } else if (code === 4) {
      found.push({ x0: current[0], y0: current[1], x1: start[0], y1: start[1] });
      current = start;
    } else {
      break;
    }
  }
  if (!fill) {
    out.push(...found);
    return;
  }
  // A filled shape: a line only when thin, along its length.
  const width = maxX - minX;
  const height = maxY - minY;
  if (height <= THIN && width > height) out.push({ x0: minX, y0: (minY + maxY) / 2, x1: maxX, y1: (minY + maxY) / 2 });
  else if (width <= THIN && height > width) out.push({ x0: (minX + maxX) / 2, y0: minY, x1: (minX + maxX) / 2, y1: maxY });
}

/**
 * CJK fonts draw 工 and the Kangxi radical ⼯ (U+2F2F) with one glyph, and some PDF producers map
 * it back to the radical: what the page shows is the ideograph (NFKC says which).
 */
const KANGXI_RADICAL = /[\u2f00-\u2fd5]/g;
const unifyRadicals = (text: string): string => text.replace(KANGXI_RADICAL, (radical) => radical.normalize('NFKC'));

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/**
 * A page's text as runs on horizontal baselines (text at another angle than most of the page's,
 * such as a diagonal watermark, is left out).
 */
function pageGlyphs(items: readonly unknown[], toPage: Point): Glyphs[] {
  const glyphs: Glyphs[] = [];
  for (const raw of items) {
    const item = raw as TextItemLike;
    if (typeof item.str !== 'string' || item.str === '') continue;
    const [a, b, c, d, e, f] = item.transform as Matrix;
    const length = Math.hypot(a, b);
    if (length === 0) continue;
    const [x, y] = toPage(e, f);
    const [xEnd, yEnd] = toPage(e + (a / length) * item.width, f + (b / length) * item.width);
    const [xDir, yDir] = toPage(e + a, f + b);
    if (xDir - x <= 0 || Math.abs(yDir - y) > Math.abs(xDir - x) * 0.05) continue;
    const size = Math.hypot(c, d) || item.height;
    glyphs.push({ text: unifyRadicals(item.str), x0: x, x1: Math.max(xEnd, x), baseline: (y + yEnd) / 2, size: size > 0 ? size : 10 });
  }
  return glyphs;
}

type Point = (x: number, y: number) => [number, number];

/**
 * The quarter turn (0 to 3, clockwise) in which most of a page's text runs: a wide table printed
 * sideways on an upright page runs up (3) or down (1). Weighted by characters.
 */
function readingTurn(items: readonly unknown[], toPage: Point): number {
  const weight = [0, 0, 0, 0];
  for (const raw of items) {
    const item = raw as TextItemLike;
    if (typeof item.str !== 'string' || item.str.trim() === '') continue;
    const [a, b, , , e, f] = item.transform as Matrix;
    const [x0, y0] = toPage(e, f);
    const [x1, y1] = toPage(e + a, f + b);
    const angle = Math.atan2(y1 - y0, x1 - x0) / (Math.PI / 2);
    const quarter = Math.round(angle);
    if (Math.abs(angle - quarter) < 0.06) {
      // atan2 gives -2 to 2 quarters, so the turn is 0 to 3: one of weight's four, and ?? 0 never applies.
      const turn = (quarter + 4) % 4;
      weight[turn] = (weight[turn] ?? 0) + item.str.length;
    }
  }
  return weight.indexOf(Math.max(...weight));
}

/** Page coordinates turned so that text running in `turn` runs left to right, top to bottom. */
function turned(toPage: Point, turn: number, width: number, height: number): Point {
  if (turn === 0) return toPage;
  return (x, y) => {
    const [u, v] = toPage(x, y);
    if (turn === 1) return [v, width - u];
    if (turn === 2) return [width - u, height - v];
    return [height - v, u];
  };
}

const problem = (pending: PendingDiagnostic): ReadResult => ({ kind: 'problem', type: 'pdf', problem: pending });
const damaged = (damage: Damage): ReadResult => problem(diagnostic('damaged-file', 'damaged-file', { kind: 'pdf', damage }));
const tooLarge = (excess: Excess): ReadResult => problem(diagnostic('too-large', 'too-large.document', { kind: 'pdf', excess }));

/** A PDF ends with `%%EOF` (a little junk after it is tolerated). */
function isCutOff(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + Math.max(0, bytes.length - 16384), Math.min(bytes.length, 16384)).toString('latin1');
  return !tail.includes('%%EOF');
}

/** For tools and tests: what the pages held before layout. */
readPdf.keepPages = null as ((pages: PageContent[]) => void) | null;

export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length > MAX_BYTES) return tooLarge({ what: 'bytes', megabytes: Math.round(bytes.length / 1e6), limit: Math.round(MAX_BYTES / 1e6) });
  if (isCutOff(bytes)) return damaged({ what: 'noEndMarker' });
  const lib = await loadPdfjs();
  // pdfjs may take over the buffer (transfer it to its worker): give it a copy.
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    ...dataFolders(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    maxImageSize: 1,
    stopAtErrors: false,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    void task.destroy();
    if ((error as { name?: string }).name === 'PasswordException') return problem(diagnostic('encrypted', 'encrypted', { kind: 'pdf' }));
    return damaged({ what: 'notOpenable' });
  }
  try {
    if (document.numPages > MAX_PAGES) {
      return tooLarge({ what: 'pages', pages: document.numPages, limit: MAX_PAGES });
    }
    const pages: PageContent[] = [];
    let characters = 0;
    const keep = readPdf.keepPages;
    for (let n = 1; n <= document.numPages; n++) {
      let page: PdfPage;
      let items: unknown[];
      try {
        page = await document.getPage(n);
        items = (await page.getTextContent()).items;
      } catch {
        return damaged({ what: 'unreadablePage', page: n });
      }
      const viewport = page.getViewport({ scale: 1 });
      const upright: Point = (x, y) => viewport.convertToViewportPoint(x, y) as [number, number];
      const turn = readingTurn(items, upright);
      const toPage = turned(upright, turn, viewport.width, viewport.height);
      const [width, height] = turn % 2 === 0 ? [viewport.width, viewport.height] : [viewport.height, viewport.width];
      const glyphs = pageGlyphs(items, toPage);
      characters += glyphs.reduce((count, g) => count + g.text.replace(/\s/g, '').length, 0);
      // Only a page that prints figures can hold a table worth its drawing.
      let segments: Segment[] = [];
      if (glyphs.some((g) => isNumeric(g.text))) {
        try {
          segments = await pageSegments(lib, page, toPage);
        } catch {
          segments = [];
        }
      }
      pages.push({ page: n, width, height, glyphs, segments });
      page.cleanup();
    }
    if (characters < MIN_CHARACTERS && characters < MIN_CHARACTERS_PER_PAGE * document.numPages) return problem(diagnostic('no-text-layer', 'no-text-layer', {}));
    if (keep) keep(pages);
    const lines = documentLines(pages);
    const extracted: Extracted = {
      type: 'pdf',
      encoding: 'binary',
      lines: lines.map((line) => line.cells.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t')),
      places: lines.map((line) => ({ page: line.page })),
      tables: lines.filter((line) => line.ruled || line.cells.length > 1).length > 0 ? 1 : 0,
    };
    return { kind: 'document', extracted };
  } finally {
    await document.destroy();
  }
}
