/**
 * The PDF reader through pdfjs, on small PDFs written here: ruled tables drawn with stroked lines,
 * a page whose content is turned a quarter (a wide table printed sideways), a diagonal watermark.
 */
import { describe, expect, it } from 'vitest';
import { read } from '../../src/readers/read.js';
import { chinesePdfOf, pdfOf, type PdfPageSpec } from '../support/pdf.js';

/** A ruled table at the bottom left of a page: a label column and two value columns, three rows. */
function table(): PdfPageSpec {
  const xs = [100, 220, 280, 340];
  const ys = [700, 680, 660, 640];
  const rows = [['Licensing', '12', '7'], ['Penalties', '345', ''], ['Fees', '6.5', '8']];
  return {
    rules: [...xs.map((x) => [x, 640, x, 700] as const), ...ys.map((y) => [100, y, 340, y] as const)],
    text: [
      ['Report of some county', 100, 740],
      ...rows.flatMap((row, r) => row.map((t, c) => [t, xs[c]! + 5, ys[r]! - 15] as const)).filter(([t]) => t !== ''),
    ],
  };
}

/** Taken before pdfjs is loaded (it is loaded on the first PDF read). */
const builtins = { stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push };

const linesOf = async (bytes: Uint8Array): Promise<string[]> => {
  const result = await read(bytes);
  if (result.kind !== 'document') throw new Error(JSON.stringify(result));
  return result.extracted.lines;
};

describe('PDF through pdfjs', () => {
  const expected = ['Report of some county', 'Licensing\t12\t7', 'Penalties\t345\t', 'Fees\t6.5\t8'];

  it('a table ruled with stroked lines: a row a line, cells in order, a blank cell kept', async () => {
    expect(await linesOf(pdfOf([table()]))).toEqual(expected);
  });

  it('the same page content turned a quarter either way reads the same', async () => {
    expect(await linesOf(pdfOf([{ ...table(), cm: [0, 1, -1, 0, 842, 0] }]))).toEqual(expected);
    expect(await linesOf(pdfOf([{ ...table(), cm: [0, -1, 1, 0, -300, 842] }]))).toEqual(expected);
  });

  it('Chinese text in a font the PDF does not embed (UniGB-UCS2-H): read through the CMaps of pdfjs-dist, offline', async () => {
    const lines = ['某县人民政府2024年政府信息公开工作年度报告', '一、总体情况', '本年度共收到申请十二件，全部按时办结。'];
    expect(await linesOf(chinesePdfOf(lines))).toEqual(lines);
  });

  it('a diagonal watermark is not read', async () => {
    const page = table();
    const watermark = 'q 0.7071 0.7071 -0.7071 0.7071 200 300 cm BT /F1 40 Tf 0 0 Td (DRAFT COPY) Tj ET Q';
    const bytes = pdfOf([{ ...page, text: [...page.text] }]);
    const withMark = Buffer.from(bytes).toString('latin1').replace('0.5 w', `0.5 w\n${watermark}`).replace(/\/Length (\d+)/, (_, n: string) => `/Length ${Number(n) + watermark.length + 1}`);
    // The cross-reference offsets moved: pdfjs rebuilds them, as for many real files.
    expect(await linesOf(new Uint8Array(Buffer.from(withMark, 'latin1')))).toEqual(expected);
  });

  it('leaves the built-ins its bundled polyfills replace as they were (a text report parsed after a PDF is not slowed down)', async () => {
    await linesOf(pdfOf([table()]));
    expect({ stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push }).toEqual(builtins);
    for (const f of Object.values(builtins)) expect(Function.prototype.toString.call(f)).toMatch(/\[native code\]/);
  });
});
