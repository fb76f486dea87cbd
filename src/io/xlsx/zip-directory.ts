// The zip's central directory, read from the end of the file: Excel and LibreOffice write
// sharedStrings.xml after the sheets, so a reader that walks the local headers in one pass meets a
// sheet before the strings it refers to. Every offset and size is checked against the file before
// it is used; encrypted entries and unknown compression methods are refused.
import type { ByteSource } from './byte-source.js';
import { MAX_ENTRIES } from './limits.js';
import { damaged, WorkbookRefusal } from './refusal.js';

export interface ZipEntry {
  name: string;
  method: 0 | 8;
  compressedSize: number;
  /** The size the directory declares: checked against the real inflated size as it inflates. */
  declaredSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** Entries by part name, lower-cased without a leading slash (OPC part names ignore case). */
export function readZipDirectory(src: ByteSource): Map<string, ZipEntry> {
  const tailLength = Math.min(src.size, 22 + 0xffff);
  const tail = src.read(src.size - tailLength, tailLength);
  const tv = view(tail);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tv.getUint32(i, true) === EOCD && i + 22 + tv.getUint16(i + 20, true) <= tail.length) {
      at = i;
      break;
    }
  }
  if (at < 0) throw damaged('no-directory');
  let count = tv.getUint16(at + 10, true);
  let size = tv.getUint32(at + 12, true);
  let offset = tv.getUint32(at + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) [count, size, offset] = zip64End(src, src.size - tailLength + at);
  if (count > MAX_ENTRIES) throw damaged('too-many-parts', undefined, count);
  if (offset + size > src.size) throw damaged('directory-outside');
  const dir = src.read(offset, size);
  const dv = view(dir);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > dir.length || dv.getUint32(p, true) !== CENTRAL) throw damaged('directory-entry');
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLength = dv.getUint16(p + 32, true);
    if (p + 46 + nameLength + extraLength > dir.length) throw damaged('directory-entry');
    const rawName = dir.subarray(p + 46, p + 46 + nameLength);
    const name = ((flags & 0x800) !== 0 ? utf8 : latin1).decode(rawName).replace(/^\/+/, '');
    let compressedSize = dv.getUint32(p + 20, true);
    let declaredSize = dv.getUint32(p + 24, true);
    let localOffset = dv.getUint32(p + 42, true);
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || localOffset === 0xffffffff) {
      [declaredSize, compressedSize, localOffset] = zip64Sizes(dir.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), [declaredSize, compressedSize, localOffset]);
    }
    p += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue; // a folder
    if ((flags & 1) !== 0) throw new WorkbookRefusal({ kind: 'encrypted' });
    if (method !== 0 && method !== 8) throw damaged('compression', name, method);
    if (localOffset + 30 > src.size || localOffset + 30 + compressedSize > src.size) throw damaged('part-outside', name);
    // Two parts of one name: a reader that kept the last would read what another program hid.
    if (entries.has(name.toLowerCase())) throw damaged('entry-repeated', name);
    entries.set(name.toLowerCase(), { name, method, compressedSize, declaredSize, localOffset });
  }
  return entries;
}

/** Where an entry's compressed bytes start: after its local header, whose own lengths may differ. */
export function dataStart(src: ByteSource, e: ZipEntry): number {
  const lv = view(src.read(e.localOffset, 30));
  if (lv.byteLength < 30 || lv.getUint32(0, true) !== LOCAL) throw damaged('local-header', e.name);
  if ((lv.getUint16(6, true) & 1) !== 0) throw new WorkbookRefusal({ kind: 'encrypted' });
  const start = e.localOffset + 30 + lv.getUint16(26, true) + lv.getUint16(28, true);
  if (start + e.compressedSize > src.size) throw damaged('part-outside', e.name);
  return start;
}

function zip64End(src: ByteSource, eocdAt: number): [number, number, number] {
  const locator = view(src.read(eocdAt - 20, 20));
  if (eocdAt < 20 || locator.getUint32(0, true) !== EOCD64_LOCATOR) throw damaged('zip64');
  const at = big(locator.getBigUint64(8, true));
  const end = view(src.read(at, 56));
  if (end.byteLength < 56 || end.getUint32(0, true) !== EOCD64) throw damaged('zip64');
  return [big(end.getBigUint64(32, true)), big(end.getBigUint64(40, true)), big(end.getBigUint64(48, true))];
}

/** The zip64 extra field (0x0001) holds, in this order, the sizes and offset the entry marked 0xFFFFFFFF. */
function zip64Sizes(extra: Uint8Array, values: [number, number, number]): [number, number, number] {
  const ev = view(extra);
  for (let q = 0; q + 4 <= extra.length; ) {
    const id = ev.getUint16(q, true);
    const length = ev.getUint16(q + 2, true);
    if (id === 1) {
      let r = q + 4;
      const next = (v: number) => {
        if (v !== 0xffffffff) return v;
        if (r + 8 > q + 4 + length || r + 8 > extra.length) throw damaged('zip64');
        const value = big(ev.getBigUint64(r, true));
        r += 8;
        return value;
      };
      return [next(values[0]), next(values[1]), next(values[2])];
    }
    q += 4 + length;
  }
  throw damaged('zip64');
}

function big(v: bigint): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged('zip64');
  return Number(v);
}
