/**
 * A minimal PDF writer for tests: pages of Latin text (Helvetica) or of nothing, a correct
 * cross-reference table, optionally cut short. For the bounds the PDF reader keeps (page count,
 * scans), where a real file would be large for nothing.
 */
/** A page drawn at positions: text at (x, y) from the bottom left, straight rules, the whole turned by `cm`. */
export interface PdfPageSpec {
  text: ReadonlyArray<readonly [string, number, number]>;
  rules?: ReadonlyArray<readonly [number, number, number, number]>;
  /** A transformation of the page's content (`a b c d e f cm`), e.g. [0, 1, -1, 0, 595, 0] to turn it a quarter. */
  cm?: readonly [number, number, number, number, number, number];
}

function contentOf(page: readonly string[] | PdfPageSpec): string {
  if (Array.isArray(page)) return page.map((line, i) => `BT /F1 12 Tf 72 ${770 - i * 16} Td (${line.replace(/[()\\]/g, '\\$&')}) Tj ET`).join('\n');
  const spec = page as PdfPageSpec;
  const text = spec.text.map(([t, x, y]) => `BT /F1 10 Tf ${x} ${y} Td (${t.replace(/[()\\]/g, '\\$&')}) Tj ET`);
  const rules = (spec.rules ?? []).map(([x0, y0, x1, y1]) => `${x0} ${y0} m ${x1} ${y1} l S`);
  const body = ['0.5 w', ...rules, ...text].join('\n');
  return spec.cm ? `q ${spec.cm.join(' ')} cm\n${body}\nQ` : body;
}

export function pdfOf(pages: ReadonlyArray<readonly string[] | PdfPageSpec>): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const tree = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  // Pages with the same text share one content stream.
  const streams = new Map<string, number>();
  const kids: number[] = [];
  for (const page of pages) {
    const content = contentOf(page);
    let stream = streams.get(content);
    if (stream === undefined) streams.set(content, (stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`)));
    kids.push(add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${tree} 0 R >>`;
  objects[tree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  return pdfFile(objects, catalog);
}

/**
 * A page of Chinese text in a font the PDF does not embed (STSong-Light, one of the fonts every
 * reader is expected to have), its codes UCS-2 through the predefined CMap UniGB-UCS2-H: as older
 * Chinese PDFs print text. Reading it needs that CMap (pdfjs-dist ships them).
 */
export function chinesePdfOf(lines: readonly string[]): Uint8Array {
  const hex = (s: string): string => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const content = lines.map((l, i) => `BT /F1 12 Tf 72 ${770 - i * 20} Td <${hex(l)}> Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  ];
  return pdfFile(objects, 1);
}

/** The file of a PDF's objects (object i + 1 is `objects[i]`), with its cross-reference table; `root` the catalog's number. */
function pdfFile(objects: readonly string[], root: number): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
