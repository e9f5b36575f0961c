/**
 * The few entries of a ZIP container a reader needs (a .docx is one), each inflated to at most a
 * given size. The central directory is read here (it is a fixed layout of little-endian fields);
 * inflating is node:zlib's, whose `maxOutputLength` stops a ZIP bomb at the bound instead of after
 * it: fflate's synchronous unzip inflates into a buffer of the size the entry *declares* and goes
 * on decoding whatever the real size is, so a lying header costs unbounded time.
 */
import { inflateRawSync } from 'node:zlib';
import type { Damage, Excess } from '../messages/params.js';

/** What is wrong with a ZIP, as the facts of the diagnostic it gives. */
export type ZipFault = { code: 'damaged-file'; damage: Damage } | { code: 'too-large'; excess: Excess } | { code: 'encrypted' };

export class ZipProblem extends Error {
  constructor(readonly fault: ZipFault) {
    super(fault.code);
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

const damaged = (damage: Damage): ZipProblem => new ZipProblem({ code: 'damaged-file', damage });

/** A view with bounds-checked little-endian reads: a read past the end is a damaged file. */
class Bytes {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private check(at: number, size: number): void {
    if (at < 0 || at + size > this.bytes.length) throw damaged({ what: 'cutOff' });
  }
  u16(at: number): number {
    this.check(at, 2);
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    this.check(at, 4);
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    this.check(at, 8);
    return Number(this.view.getBigUint64(at, true));
  }
  latin1(at: number, length: number): string {
    this.check(at, length);
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset + at, length).toString('latin1');
  }
}

function findEndOfDirectory(data: Bytes): number {
  const n = data.bytes.length;
  for (let at = n - 22; at >= 0 && at >= n - 22 - MAX_COMMENT; at--) {
    if (data.bytes[at] === 0x50 && data.u32(at) === EOCD) return at;
  }
  throw damaged({ what: 'noDirectory' });
}

/** ZIP64 extra field (id 1): the 64-bit values of the fields that hold 0xFFFFFFFF, in order. */
function zip64Values(data: Bytes, extra: number, extraLength: number, wanted: number): number[] {
  const values: number[] = [];
  for (let at = extra; at + 4 <= extra + extraLength; ) {
    const id = data.u16(at);
    const size = data.u16(at + 2);
    if (id === 1) {
      for (let k = 0; k < wanted && 8 * (k + 1) <= size; k++) values.push(data.u64(at + 4 + 8 * k));
      break;
    }
    at += 4 + size;
  }
  return values;
}

/** The entries of the central directory. */
export function listEntries(bytes: Uint8Array): ZipEntry[] {
  const data = new Bytes(bytes);
  const end = findEndOfDirectory(data);
  let count = data.u16(end + 10);
  let offset = data.u32(end + 16);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && data.u32(end - 20) === EOCD64_LOCATOR) {
    const end64 = data.u64(end - 12);
    if (data.u32(end64) !== EOCD64) throw damaged({ what: 'brokenDirectory' });
    count = data.u64(end64 + 32);
    offset = data.u64(end64 + 48);
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (data.u32(at) !== CENTRAL) throw damaged({ what: 'brokenDirectory' });
    const flags = data.u16(at + 8);
    const method = data.u16(at + 10);
    let compressedSize = data.u32(at + 20);
    let size = data.u32(at + 24);
    const nameLength = data.u16(at + 28);
    const extraLength = data.u16(at + 30);
    const commentLength = data.u16(at + 32);
    let localHeader = data.u32(at + 42);
    const name = data.latin1(at + 46, nameLength);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localHeader === 0xffffffff) {
      const wide = zip64Values(data, at + 46 + nameLength, extraLength, 3);
      let k = 0;
      if (size === 0xffffffff) size = wide[k++] ?? size;
      if (compressedSize === 0xffffffff) compressedSize = wide[k++] ?? compressedSize;
      if (localHeader === 0xffffffff) localHeader = wide[k++] ?? localHeader;
    }
    entries.push({ name, method, flags, compressedSize, size, localHeader });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * An entry's bytes, inflated; a ZipProblem when it is encrypted, damaged, or would be larger than
 * `limit` bytes (whatever its header declares).
 */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  const data = new Bytes(bytes);
  if (entry.flags & 1) throw new ZipProblem({ code: 'encrypted' });
  const tooLarge = (): ZipProblem =>
    new ZipProblem({ code: 'too-large', excess: { what: 'unpacked', entry: entry.name, limit: Math.round(limit / 1e6) } });
  if (entry.size > limit) throw tooLarge();
  const at = entry.localHeader;
  if (data.u32(at) !== LOCAL) throw damaged({ what: 'brokenEntry', entry: entry.name });
  const start = at + 30 + data.u16(at + 26) + data.u16(at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged({ what: 'cutOff' });
  const packed = bytes.subarray(start, end);
  if (entry.method === 0) return packed;
  if (entry.method !== 8) {
    throw damaged({ what: 'packing', entry: entry.name, method: entry.method });
  }
  try {
    return inflateRawSync(packed, { maxOutputLength: limit });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw damaged({ what: 'notUnpacked', entry: entry.name });
  }
}
