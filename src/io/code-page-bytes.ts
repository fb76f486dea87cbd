// Byte values of the characters that Windows-1252 (Excel's ANSI code page on Western Windows)
// produces, to undo a wrong decoding: a character maps back to the byte it was read from.
import iconv from 'iconv-lite';

function byteTable(codePage: string): Map<number, number> {
  const table = new Map<number, number>();
  for (let b = 0; b < 0x80; b++) table.set(b, b);
  const high = iconv.decode(Buffer.from(Array.from({ length: 0x80 }, (_, i) => 0x80 + i)), codePage);
  for (let i = 0; i < 0x80; i++) {
    const c = high.charCodeAt(i);
    // Bytes Windows leaves undefined (0x81, 0x8D…) come through as the C1 control of the same value.
    table.set(c === 0xfffd ? 0x80 + i : c, 0x80 + i);
  }
  return table;
}

let table: Map<number, number> | undefined;

/** Built on first use: it needs iconv-lite, which a clean UTF-8 file never loads. */
export const WINDOWS_1252_BYTE: Pick<ReadonlyMap<number, number>, 'get'> = {
  get: (char) => (table ??= byteTable('windows1252')).get(char),
};
