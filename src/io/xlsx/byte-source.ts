// Where a workbook's bytes come from: a file read at offsets (only the zip's directory and the
// piece being inflated are in memory, however large the file) or bytes already read (stdin).
import { readSync } from 'node:fs';

export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes from `position` (fewer at the end of the source). */
  read(position: number, length: number): Uint8Array;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (position, length) => bytes.subarray(position, Math.min(bytes.length, position + length)) };
}

export function fileSource(fd: number, size: number): ByteSource {
  return {
    size,
    read(position, length) {
      const n = Math.max(0, Math.min(length, size - position));
      const buf = Buffer.allocUnsafe(n);
      let got = 0;
      while (got < n) {
        const r = readSync(fd, buf, got, n - got, position + got);
        if (r === 0) break;
        got += r;
      }
      return buf.subarray(0, got);
    },
  };
}
