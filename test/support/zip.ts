/**
 * A small ZIP writer for tests: Word files made of hand-written XML, and damaged ones (a size that
 * lies, an encrypted entry, a cut-off end) that no library would write.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipInput {
  name: string;
  data: Uint8Array | string;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** What the directory says the entry inflates to (default: the truth). */
  declaredSize?: number;
  /** General-purpose flags (1: encrypted). */
  flags?: number;
}

export function zipOf(entries: readonly ZipInput[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
    const method = entry.method ?? 8;
    const packed = method === 8 ? deflateRawSync(raw) : raw;
    const name = Buffer.from(entry.name, 'utf8');
    const size = entry.declaredSize ?? raw.length;
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.flags ?? 0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A .docx of hand-written body XML (prefix `w`, or another bound to the same namespace). */
export function docxOf(body: string, options: { numbering?: string; styles?: string; prefix?: string; main?: string } = {}): Uint8Array {
  const p = options.prefix ?? 'w';
  const main = options.main ?? 'word/document.xml';
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const entries: ZipInput[] = [
    { name: '[Content_Types].xml', data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`,
    },
    {
      name: main,
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}:document xmlns:${p}="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><${p}:body>${body}</${p}:body></${p}:document>`,
    },
  ];
  if (options.numbering) entries.push({ name: `${folder}numbering.xml`, data: `<?xml version="1.0"?><w:numbering xmlns:w="${W}">${options.numbering}</w:numbering>` });
  if (options.styles) entries.push({ name: `${folder}styles.xml`, data: `<?xml version="1.0"?><w:styles xmlns:w="${W}">${options.styles}</w:styles>` });
  return zipOf(entries);
}
