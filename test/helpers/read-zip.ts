// A small zip reader for the tests (a .docx is a zip): each entry's name, MS-DOS date and bytes,
// read from the central directory. Independent of the writer, so it checks what docx and
// fixZipTimes wrote.
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** The MS-DOS stamp in the central directory and in the local header, decoded. */
  date: { year: number; month: number; day: number; time: number };
  localDate: number;
  data: Buffer;
}

export function readZip(zip: Buffer): ZipEntry[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const time = zip.readUInt16LE(at + 12);
    const dosDate = zip.readUInt16LE(at + 14);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    out.push({
      name,
      date: { year: (dosDate >> 9) + 1980, month: (dosDate >> 5) & 15, day: dosDate & 31, time },
      localDate: zip.readUInt16LE(local + 12),
      data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

/** One part of the zip as text. */
export function zipText(zip: Buffer, name: string): string {
  const e = readZip(zip).find((x) => x.name === name);
  if (!e) throw new Error(`${name} not in the zip`);
  return e.data.toString('utf8');
}
