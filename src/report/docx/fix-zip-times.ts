// A .docx is a zip file, and zip writers stamp every part with the time of writing: two runs an
// hour apart gave different bytes. This sets the stamp of every part, in each local header and in
// the central directory, to one date, so that the same report and --date give the same bytes.
import type { ReportDate } from '../report-settings.js';
import { zipStampDate } from '../zip-date.js';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** MS-DOS time and date words for midnight of `d` (the zip format's stamp; years 1980–2107). */
export const dosStamp = (d: ReportDate): { time: number; date: number } => ({ time: 0, date: ((d.year - 1980) << 9) | (d.month << 5) | d.day });

/** The zip's bytes with every part stamped `d` (in place); throws on a zip it cannot walk, which would be a bug. */
export function fixZipTimes(zip: Uint8Array, d: ReportDate): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // A report of 1900 or 9999 keeps its date; its parts' stamps are clamped to what a zip holds.
  const { time, date } = dosStamp(zipStampDate(d));
  // The central directory is found from its end record (the last 22 bytes when there is no comment).
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END) end--;
  if (end < 0) throw new Error('fixZipTimes: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error('fixZipTimes: bad central directory entry');
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('fixZipTimes: bad local header');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
