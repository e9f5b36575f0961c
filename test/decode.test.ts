/** bytes → text: encoding detection, the encoding override, and recognising what is not text. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, decodeGb18030, gb18030Pieces, isKnownEncoding, isNotText, mostlyUtf8, sniffNotText, type Decoded, type NotText } from '../src/decode/decode.js';
import { render, type Diagnostic } from '../src/diagnostics.js';

const report = readFileSync(new URL('../fixtures/001_eb914b629682bc65.txt', import.meta.url), 'utf8');
const bytesOf = (b: Buffer | number[]): Uint8Array => Uint8Array.from(b);
const concat = (...parts: Array<Buffer | number[]>): Uint8Array => bytesOf(Buffer.concat(parts.map((p) => Buffer.from(p))));

function decoded(bytes: Uint8Array, encoding?: string): Decoded {
  const d = decode(bytes, encoding);
  if (isNotText(d)) throw new Error(`expected text, got ${d.kind}: ${render(d.problem).message}`);
  return d;
}
/** What decode says the bytes are, with the diagnostic it reports (in English). */
function notText(bytes: Uint8Array, encoding?: string): { kind: NotText['kind'] } & Diagnostic {
  const d = decode(bytes, encoding);
  if (!isNotText(d)) throw new Error(`expected NotText, got text in ${d.encoding}`);
  return { kind: d.kind, ...render(d.problem) };
}

describe('encoding detection', () => {
  it('UTF-8 without and with BOM (the BOM is not part of the text)', () => {
    expect(decoded(bytesOf(Buffer.from(report)))).toEqual({ text: report, encoding: 'utf-8' });
    expect(decoded(concat([0xef, 0xbb, 0xbf], Buffer.from(report)))).toEqual({ text: report, encoding: 'utf-8' });
  });

  it('GB18030 (Word on Chinese Windows) when the bytes are not UTF-8', () => {
    expect(decoded(bytesOf(iconv.encode(report, 'gb18030')))).toEqual({ text: report, encoding: 'gb18030' });
  });

  it('GB18030 even when only a few characters are Chinese', () => {
    const text = 'Annual report 2024\n规章\t5\t3\t2\n';
    expect(decoded(bytesOf(iconv.encode(text, 'gb18030')))).toEqual({ text, encoding: 'gb18030' });
  });

  it('UTF-16LE and UTF-16BE with a BOM', () => {
    expect(decoded(concat([0xff, 0xfe], iconv.encode(report, 'utf-16le')))).toEqual({ text: report, encoding: 'utf-16le' });
    expect(decoded(concat([0xfe, 0xff], iconv.encode(report, 'utf-16be')))).toEqual({ text: report, encoding: 'utf-16be' });
  });

  it('UTF-16 without a BOM, from the NUL bytes of its ASCII characters, in both byte orders', () => {
    expect(decoded(bytesOf(iconv.encode(report, 'utf-16le')))).toEqual({ text: report, encoding: 'utf-16le' });
    expect(decoded(bytesOf(iconv.encode(report, 'utf-16be')))).toEqual({ text: report, encoding: 'utf-16be' });
  });

  it('UTF-16 without a BOM whose text is almost all CJK (一 puts its NUL on the other side)', () => {
    const text = `${'一二三四五六七八九十政府信息公开工作年度报告'.repeat(40)}\n`;
    expect(decoded(bytesOf(iconv.encode(text, 'utf-16le')))).toEqual({ text, encoding: 'utf-16le' });
  });

  it('a UTF-8 file cut in the middle of a character is still UTF-8 (the partial character is dropped)', () => {
    const full = Buffer.from(report);
    // Cut one byte into the first multi-byte character after 5000 bytes.
    let cut = 5000;
    while (full[cut]! < 0xc0) cut++;
    const d = decoded(bytesOf(full.subarray(0, cut + 1)));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(full.subarray(0, cut).toString('utf8'));
  });

  it('a UTF-8 file with a few stray bytes is still UTF-8, not GB18030 mojibake', () => {
    const full = Buffer.from(report);
    const damaged = concat(full.subarray(0, 3000), [0xff, 0xfe, 0x80], full.subarray(3000));
    const d = decoded(damaged);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('一、总体情况');
  });

  it('plain ASCII is UTF-8', () => {
    expect(decoded(bytesOf(Buffer.from('hello\n')))).toEqual({ text: 'hello\n', encoding: 'utf-8' });
  });
});

describe('mostlyUtf8', () => {
  it('tells UTF-8 (even damaged) from GB18030', () => {
    expect(mostlyUtf8(bytesOf(Buffer.from(report)))).toBe(true);
    expect(mostlyUtf8(bytesOf(Buffer.from(report).subarray(0, 1001)))).toBe(true);
    expect(mostlyUtf8(bytesOf(iconv.encode(report, 'gb18030')))).toBe(false);
    expect(mostlyUtf8(bytesOf(iconv.encode('规章', 'gb18030')))).toBe(false);
    expect(mostlyUtf8(new Uint8Array([0x61, 0x62]))).toBe(true);
  });

  it('counts the whole input: stray bytes up front do not decide before the valid text after them', () => {
    const text = Buffer.from('规章'.repeat(500)); // 1,000 valid sequences
    const damaged = (stray: number) => bytesOf(Buffer.concat([Buffer.alloc(stray, 0xff), text]));
    expect(mostlyUtf8(damaged(10))).toBe(true); // 10 × 100 ≤ 1,000
    expect(mostlyUtf8(damaged(11))).toBe(false); // 1,100 > 1,000
    expect(mostlyUtf8(bytesOf(Buffer.concat([text, Buffer.alloc(11, 0xff)])))).toBe(false);
  });
});

describe('the encoding override', () => {
  it('decodes with the named encoding, whatever detection would say', () => {
    const gbk = bytesOf(iconv.encode(report, 'gbk'));
    expect(decoded(gbk, 'gbk')).toEqual({ text: report, encoding: 'gbk' });
    expect(decoded(gbk, 'GB18030')).toEqual({ text: report, encoding: 'gb18030' });
    expect(decoded(bytesOf(iconv.encode('測試報告\n', 'big5')), 'big5')).toEqual({ text: '測試報告\n', encoding: 'big5' });
  });

  it('drops the BOM of the named encoding', () => {
    expect(decoded(concat([0xef, 0xbb, 0xbf], Buffer.from('规章')), 'utf8')).toEqual({ text: '规章', encoding: 'utf-8' });
    expect(decoded(concat([0xff, 0xfe], iconv.encode('规章', 'utf-16le')), 'utf-16le')).toEqual({ text: '规章', encoding: 'utf-16le' });
  });

  it('an unknown encoding name is a problem to report, not an exception', () => {
    const d = notText(bytesOf(Buffer.from(report)), 'no-such-encoding');
    expect(d).toMatchObject({ kind: 'unknown-encoding', code: 'unknown-encoding' });
    expect(d.message).toContain('no-such-encoding');
    expect(d.message).toMatch(/gb18030/);
    expect(isKnownEncoding('no-such-encoding')).toBe(false);
    expect(isKnownEncoding('GBK')).toBe(true);
    expect(isKnownEncoding('utf-16le')).toBe(true);
  });

  it('bytes that do not read as the named encoding are reported, not turned into mojibake', () => {
    const d = notText(bytesOf(iconv.encode(report, 'utf-16le')), 'utf-8');
    expect(d.code).toBe('not-text');
    expect(d.message).toContain('utf-8');
  });

  it('and the message names the encoding detection reads them in, when there is one', () => {
    expect(notText(bytesOf(iconv.encode(report, 'gb18030')), 'utf-8').message).toBe(
      'these bytes do not read as utf-8 text, but they do as gb18030: give that encoding, or none to have it detected',
    );
    const noise = new Uint8Array(4096);
    let seed = 11;
    for (let i = 0; i < noise.length; i++) noise[i] = (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff;
    expect(notText(noise, 'utf-8').message).toBe('these bytes do not read as utf-8 text: they are binary data or another encoding');
  });
});

describe('what is not text', () => {
  const pad = (magic: number[]): Uint8Array => concat(magic, Buffer.alloc(200, 0x41));
  const cases: Array<[string, Uint8Array, NotText['kind'], RegExp]> = [
    ['PDF', pad([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]), 'pdf', /PDF.*pdftotext -layout/],
    ['Word .doc (OLE)', pad([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'doc', /\.doc.*libreoffice/],
    ['Word .docx', concat([0x50, 0x4b, 0x03, 0x04], Buffer.alloc(26), Buffer.from('word/document.xml')), 'docx', /\.docx.*libreoffice/],
    ['Excel .xlsx', concat([0x50, 0x4b, 0x03, 0x04], Buffer.alloc(26), Buffer.from('xl/workbook.xml')), 'xlsx', /xlsx/],
    ['OFD', concat([0x50, 0x4b, 0x03, 0x04], Buffer.alloc(26), Buffer.from('OFD.xml')), 'ofd', /OFD/],
    ['ZIP', concat([0x50, 0x4b, 0x03, 0x04], Buffer.alloc(26), Buffer.from('report.txt')), 'zip', /ZIP.*unpack/],
    ['PNG', pad([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image', /PNG.*OCR/],
    ['JPEG', pad([0xff, 0xd8, 0xff, 0xe0]), 'image', /JPEG.*OCR/],
    ['GIF', pad([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]), 'image', /GIF/],
    ['TIFF', pad([0x49, 0x49, 0x2a, 0x00]), 'image', /TIFF/],
    ['gzip', pad([0x1f, 0x8b, 0x08]), 'archive', /gzip/],
    ['RTF', bytesOf(Buffer.from('{\\rtf1\\ansi 规章}')), 'rtf', /RTF.*save it as \.docx/],
    ['HTML', bytesOf(Buffer.from('\ufeff  <!DOCTYPE html><html><body>报告</body></html>')), 'html', /HTML.*give gov-report the page file itself.*pandoc -t gfm.*plain text drops tables with merged cells/],
  ];
  for (const [name, bytes, kind, message] of cases) {
    it(`${name}: says what it is and how to get text`, () => {
      const d = notText(bytes);
      expect(d.kind).toBe(kind);
      expect(d.code).toBe('not-text');
      expect(d.message).toMatch(message);
      expect(sniffNotText(bytes)?.kind).toBe(kind);
    });
  }

  it('a PDF is a PDF even with an encoding override', () => {
    expect(notText(pad([0x25, 0x50, 0x44, 0x46]), 'gbk').kind).toBe('pdf');
  });

  it('empty input and whitespace-only input are empty', () => {
    expect(notText(new Uint8Array())).toMatchObject({ kind: 'empty', code: 'empty-input' });
    expect(notText(bytesOf(Buffer.from(' \n\t\r\n')))).toMatchObject({ kind: 'empty', code: 'empty-input' });
    expect(notText(new Uint8Array(), 'gbk')).toMatchObject({ kind: 'empty', code: 'empty-input' });
  });

  it('random bytes are binary, whatever their length', () => {
    let seed = 12345;
    const random = (n: number) =>
      Uint8Array.from({ length: n }, () => {
        seed = (seed * 1103515245 + 12345) >>> 0;
        return seed >>> 24;
      });
    for (const n of [64, 1000, 65536]) expect(notText(random(n)).kind).toBe('binary');
  });

  it('NUL bytes and control characters are binary', () => {
    expect(notText(new Uint8Array(1000)).kind).toBe('binary');
    expect(notText(bytesOf(Buffer.from('\u0001\u0002\u0003\u0004'.repeat(100)))).kind).toBe('binary');
  });

  it('text is not sniffed as anything', () => {
    expect(sniffNotText(bytesOf(Buffer.from(report)))).toBeNull();
    expect(sniffNotText(bytesOf(Buffer.from('PK is not a zip'))), 'needs the full magic').toBeNull();
  });
});

describe('decodeGb18030: Node\'s decoder where it reads as iconv-lite does, iconv-lite elsewhere', () => {
  const byIconv = (bytes: Uint8Array): string => iconv.decode(Buffer.from(bytes), 'gb18030');

  it('reads every two-byte code, and four-byte codes of every first byte, as iconv-lite does', () => {
    const differ: string[] = [];
    const check = (codes: number[]): void => {
      // Between ASCII, as in a report; and all of one first byte's codes in one text, as in a page.
      const bytes = Uint8Array.from([0x41, ...codes, 0x0a]);
      if (decodeGb18030(bytes) !== byIconv(bytes)) differ.push(Buffer.from(codes).toString('hex'));
    };
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      const codes: number[] = [];
      for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) codes.push(lead, trail);
      check(codes);
      // Four-byte codes: every third byte, with the second and fourth bytes varied.
      const fours: number[] = [];
      for (let third = 0x81; third <= 0xfe; third++) fours.push(lead, 0x30 + (third % 10), third, 0x30 + ((third * 7) % 10));
      check(fours);
    }
    expect(differ).toEqual([]);
  });

  it('gives iconv-lite\'s reading of the codes Node reads otherwise, and of broken bytes', () => {
    for (const hex of ['a6d9', 'fe59', 'fea0', '8431a530', 'e3329a36', 'fe39fe39', '80', 'ff', 'b1', 'b130', 'b13081', 'b1ff', 'b17f41', '81308130b1'])
      expect(decodeGb18030(Buffer.from(`41${hex}42`, 'hex')), hex).toBe(byIconv(Buffer.from(`41${hex}42`, 'hex')));
  });

  it('reads random bytes, GB18030 text with damage, as iconv-lite does (fast-check)', () => {
    const text = Buffer.from(iconv.encode('本年度新收政府信息公开申请数量，（一）予以公开：１２件。€ 𠀀\t12\n', 'gb18030'));
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 255 })), { maxLength: 200 }), (edits) => {
        const bytes = Buffer.concat([text, text]);
        edits.forEach((e, i) => { if (e >= 0) bytes[(i * 31) % bytes.length] = e; });
        expect(decodeGb18030(bytes)).toBe(byIconv(bytes));
      }),
      { seed: 18030, numRuns: 300 },
    );
  });
});

describe('gb18030Pieces: pieces between ASCII bytes read as the whole is read', () => {
  /** Pieces between markup bytes (`<`, `>`, spaces, line feeds), as a page's text is cut: one or two gaps long, and the whole. */
  const piecesAt = (bytes: Uint8Array): Array<[number, number]> => {
    const cuts = [0];
    bytes.forEach((b, i) => { if ((b === 0x3c || b === 0x3e || b === 0x20 || b === 0x0a) && i > 0) cuts.push(i); });
    cuts.push(bytes.length);
    return [...cuts.slice(1).map((end, k) => [cuts[k]!, end]), ...cuts.slice(2).map((end, k) => [cuts[k]!, end]), [0, bytes.length]] as Array<[number, number]>;
  };

  it('every piece is the whole\'s text between the same bytes, two- and four-byte codes alike (fast-check)', () => {
    const chars = ['本年度', '政府信息公开', '（一）', '１２', '　', '＄', '𠀀', '㐀', '龥', 'a', '<', '>', '\n', ' ', '12'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 80 }), (parts) => {
        const bytes = new Uint8Array(iconv.encode(parts.join(''), 'gb18030'));
        const read = gb18030Pieces(bytes);
        expect(read).not.toBeNull();
        for (const [start, end] of piecesAt(bytes)) expect(read!(start, end)).toBe(decodeGb18030(bytes.subarray(start, end)));
      }),
      { seed: 936, numRuns: 300 },
    );
  });

  it('is null where Node\'s decoder and iconv-lite read otherwise: the page is decoded whole', () => {
    for (const hex of ['a6d9', 'fe59', '80', 'ff', 'b130', 'b13081', 'e3329a36']) expect(gb18030Pieces(Buffer.from(`41${hex}42`, 'hex')), hex).toBeNull();
  });

  it('finds such bytes after long runs of ASCII (stepped over by words), wherever the bytes start in memory', () => {
    for (const hex of ['a6d9', 'fe59', '80', 'ff', 'b130', 'e3329a36', 'b1be', '81308130', '8431a530']) {
      for (let at = 0; at < 12; at++) {
        for (let offset = 0; offset < 4; offset++) {
          // ASCII, the code at `at` + 40, ASCII again, in a buffer `offset` bytes into its memory.
          const memory = new Uint8Array(offset + at + 40 + hex.length / 2 + 41).fill(0x61);
          memory.set(Buffer.from(hex, 'hex'), offset + at + 40);
          const bytes = memory.subarray(offset);
          const pieces = gb18030Pieces(bytes);
          if (hex === 'b1be' || hex === '81308130') expect(pieces?.(0, bytes.length), `${hex} at ${at}+${offset}`).toBe(iconv.decode(Buffer.from(bytes), 'gb18030'));
          else expect(pieces, `${hex} at ${at}+${offset}`).toBeNull();
          expect(decodeGb18030(bytes)).toBe(iconv.decode(Buffer.from(bytes), 'gb18030'));
        }
      }
    }
  });
});
