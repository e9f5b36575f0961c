/**
 * A parse with the figures its prose states (src/prose/) in its layout, as the text-table rule
 * reads them.
 */
import { decode, isNotText } from '../../src/decode/decode.js';
import { normalize } from '../../src/normalize/normalize.js';
import { findFigures, proseLines } from '../../src/prose/figures.js';
import { parseWithLayout, type ParsedReport } from '../../src/report.js';

export function parseWithFigures(input: Uint8Array | string, file: string): ParsedReport {
  const { report, layout } = parseWithLayout(input, { file });
  const decoded = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decode(input);
  if (typeof decoded !== 'string' && isNotText(decoded)) return { report, layout };
  const lines = normalize(typeof decoded === 'string' ? decoded : decoded.text);
  return { report, layout: { ...layout, figures: findFigures(proseLines(lines), { year: report.meta.year, organ: report.meta.organ }) } };
}
