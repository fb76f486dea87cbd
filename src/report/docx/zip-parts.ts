// The parts of a .docx (a zip) read, and written again in another zip: `cchc notices` writes many
// files that share every part but document.xml and core.xml, so each shared part is compressed once
// and its bytes go into every file (fflate's zipSync would compress them again for each: ⅓ s for 25
// notices). Compression is zlib's (native); every entry is stamped with the report's date, as
// fix-zip-times.ts stamps the annex, so that the same notices and --date give the same bytes.
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { createDeflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ReportDate } from '../report-settings.js';
import { zipStampDate } from '../zip-date.js';
import { dosStamp } from './fix-zip-times.js';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** The zip's parts by name, in its order (stored or deflated entries; docx writes no other). */
export function readZipParts(zip: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END) end--;
  if (end < 0) throw new Error('readZipParts: no end of central directory');
  const parts = new Map<string, Uint8Array>();
  let at = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i--) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error('readZipParts: bad central directory entry');
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = zip.subarray(start, start + size);
    parts.set(new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)), method === 8 ? new Uint8Array(inflateRawSync(raw)) : raw);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return parts;
}

const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** The CRC-32 of `data` going on from `crc` (that of the bytes before it; 0 at the start). */
function crc32(data: Uint8Array, crc = 0): number {
  let c = crc ^ -1;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** A part compressed, ready to go into any number of zips. */
export interface PackedPart {
  name: Uint8Array;
  crc: number;
  size: number;
  data: Uint8Array;
}

export const packPart = (name: string, data: Uint8Array): PackedPart => ({ name: new TextEncoder().encode(name), crc: crc32(data), size: data.length, data: deflateRawSync(data, { level: 6 }) });

/**
 * A part written as a run of texts, compressed as they come: the combined notices' document.xml of
 * a province is never one string (1,000 notices: 120 MB of XML, 750 MB of memory as one string).
 */
export async function packTexts(name: string, texts: Iterable<string>): Promise<PackedPart> {
  const deflate = createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const encoder = new TextEncoder();
  let crc = 0;
  let size = 0;
  for (const text of texts) {
    const bytes = encoder.encode(text);
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await once(deflate, 'drain');
  }
  deflate.end();
  await finished(deflate);
  return { name: encoder.encode(name), crc, size, data: Buffer.concat(out) };
}

/** A zip of `parts`, in their order, every entry deflated and stamped midnight of `date`. */
export function writeZip(parts: readonly PackedPart[], date: ReportDate): Uint8Array {
  // A report dated before 1980 or after 2099 keeps its date in its text; its zip's stamps are clamped.
  const { time, date: day } = dosStamp(zipStampDate(date));
  const size = parts.reduce((n, p) => n + 30 + p.name.length + p.data.length + 46 + p.name.length, 22);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const central: number[] = [];
  let at = 0;
  /** The fields a local header and its central entry share, from `o` on: version, flags (UTF-8 names), method, time, date, crc, sizes, name length. */
  const common = (o: number, p: PackedPart) => {
    view.setUint16(o, 20, true);
    view.setUint16(o + 2, 0x0800, true);
    view.setUint16(o + 4, 8, true);
    view.setUint16(o + 6, time, true);
    view.setUint16(o + 8, day, true);
    view.setUint32(o + 10, p.crc, true);
    view.setUint32(o + 14, p.data.length, true);
    view.setUint32(o + 18, p.size, true);
    view.setUint16(o + 22, p.name.length, true);
  };
  for (const p of parts) {
    central.push(at);
    view.setUint32(at, LOCAL, true);
    common(at + 4, p);
    out.set(p.name, at + 30);
    out.set(p.data, at + 30 + p.name.length);
    at += 30 + p.name.length + p.data.length;
  }
  const directory = at;
  parts.forEach((p, i) => {
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, 20, true);
    common(at + 6, p);
    view.setUint32(at + 42, central[i] as number, true);
    out.set(p.name, at + 46);
    at += 46 + p.name.length;
  });
  view.setUint32(at, END, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}
