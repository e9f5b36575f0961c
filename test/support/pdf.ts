/**
 * A minimal PDF writer for tests: pages of Latin text (Helvetica) or of nothing, a correct
 * cross-reference table, optionally cut short. For the bounds the PDF reader keeps (page count,
 * scans), where a real file would be large for nothing.
 */
export function pdfOf(pages: ReadonlyArray<readonly string[]>): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const tree = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  // Pages with the same text share one content stream.
  const streams = new Map<string, number>();
  const kids: number[] = [];
  for (const lines of pages) {
    const content = lines.map((line, i) => `BT /F1 12 Tf 72 ${770 - i * 16} Td (${line.replace(/[()\\]/g, '\\$&')}) Tj ET`).join('\n');
    let stream = streams.get(content);
    if (stream === undefined) streams.set(content, (stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`)));
    kids.push(add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${tree} 0 R >>`;
  objects[tree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
