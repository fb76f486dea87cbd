// Random damage to the bytes of a CSV file, for the fuzz test (test/sheets/fuzz.property.test.ts):
// what editors, copy-paste, transfers and wrong "Save As" choices do to a spreadsheet export.
import fc from 'fast-check';
import iconv from 'iconv-lite';

export type Op =
  | { kind: 'flip' | 'insert-byte'; at: number; byte: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'add-quote' | 'insert-nul' | 'insert-bom' | 'insert-line-break' | 'truncate'; at: number }
  | { kind: 'remove-quote' | 'swap-delimiter'; nth: number; to: number }
  | { kind: 'duplicate-line' | 'delete-line'; nth: number }
  | { kind: 're-encode'; as: 'windows1258' | 'utf16le' | 'utf16be' | 'utf16le-bom' }
  | { kind: 'replace-cell'; nth: number; text: string };

// What ends up in a cell: spreadsheet errors, dates, formulas, marks, odd numbers and odd letters.
const CELL_TEXTS = ['', ' ', '-', 'x', 'có', 'không', 'N/A', '#N/A', '#VALUE!', '####', '=A1+B1', '+5', '-0', '1,5', '1.5', '1.234,5', '1,234.5', '1e3', '1e999',
  '0x10', 'NaN', 'Infinity', '½', '١٢', '１２', '12/10/2021', '1-Feb', '45%', '%', '1.2.3', '"', '""', 'Tổng cộng', 'I. Khối xã', 'TM. HỘI ĐỒNG', 'sep=;', 'unit', 'đơn vị', '1.1.1', 'Q1', 'A', 'E', 'Không biết', 'Hoàn thành tốt', '\u00a0', '\ufeff', '\u0301', 'Qu?ng', 'Qu¶ng', 'HÃ  TÄ©nh', '\ud800'];

const at = fc.nat();
/** One damage to a file. */
export const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('flip' as const, 'insert-byte' as const), at, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constantFrom('add-quote' as const, 'insert-nul' as const, 'insert-bom' as const, 'insert-line-break' as const, 'truncate' as const), at }),
  fc.record({ kind: fc.constantFrom('remove-quote' as const, 'swap-delimiter' as const), nth: fc.nat(), to: fc.nat(2) }),
  fc.record({ kind: fc.constantFrom('duplicate-line' as const, 'delete-line' as const), nth: fc.nat() }),
  fc.record({ kind: fc.constant('re-encode' as const), as: fc.constantFrom('windows1258' as const, 'utf16le' as const, 'utf16be' as const, 'utf16le-bom' as const) }),
  fc.record({ kind: fc.constant('replace-cell' as const), nth: fc.nat(), text: fc.oneof(fc.constantFrom(...CELL_TEXTS), fc.string({ maxLength: 6 })) }),
);

const splice = (b: Uint8Array, i: number, remove: number, insert: number[] = []) =>
  new Uint8Array([...b.subarray(0, i), ...insert, ...b.subarray(i + remove)]);
/** Indices of the bytes that pass `test`. */
const where = (b: Uint8Array, test: (byte: number) => boolean) => [...b.keys()].filter((i) => test(b[i] as number));

/** The bytes after `o`; positions wrap around the length, so every op applies to any file. */
export function damage(b: Uint8Array, o: Op): Uint8Array {
  const pos = (n: number) => (b.length === 0 ? 0 : n % (b.length + 1));
  switch (o.kind) {
    case 'flip':
      return b.length === 0 ? b : splice(b, o.at % b.length, 1, [o.byte]);
    case 'insert-byte':
      return splice(b, pos(o.at), 0, [o.byte]);
    case 'delete':
      return splice(b, pos(o.at), o.length);
    case 'add-quote':
      return splice(b, pos(o.at), 0, [0x22]);
    case 'insert-nul':
      return splice(b, pos(o.at), 0, [0]);
    case 'insert-bom':
      return splice(b, pos(o.at), 0, [0xef, 0xbb, 0xbf]);
    case 'insert-line-break':
      return splice(b, pos(o.at), 0, [0x0d, 0x0a]);
    case 'truncate':
      return b.subarray(0, pos(o.at));
    case 'remove-quote': {
      const quotes = where(b, (c) => c === 0x22);
      return quotes.length ? splice(b, quotes[o.nth % quotes.length] as number, 1) : b;
    }
    case 'swap-delimiter': {
      const delimiters = where(b, (c) => c === 0x2c || c === 0x3b || c === 0x09);
      return delimiters.length ? splice(b, delimiters[o.nth % delimiters.length] as number, 1, [[0x2c, 0x3b, 0x09][o.to] as number]) : b;
    }
    case 'duplicate-line':
    case 'delete-line': {
      const ends = where(b, (c) => c === 0x0a);
      if (ends.length < 2) return b;
      const k = o.nth % (ends.length - 1);
      const [start, end] = [(ends[k] as number) + 1, (ends[k + 1] as number) + 1];
      return o.kind === 'delete-line' ? splice(b, start, end - start) : splice(b, end, 0, [...b.subarray(start, end)]);
    }
    case 'replace-cell': {
      // Between two separators of a UTF-8 text (a quoted cell may be cut: that is damage too).
      const seps = [-1, ...where(b, (c) => c === 0x2c || c === 0x3b || c === 0x09 || c === 0x0a)];
      const k = o.nth % seps.length;
      const start = (seps[k] as number) + 1;
      const end = seps[k + 1] ?? b.length;
      return splice(b, start, end - start, [...new TextEncoder().encode(o.text)]);
    }
    case 're-encode': {
      // What a program that reads the file as UTF-8 writes back in another encoding.
      const text = new TextDecoder().decode(b).replace(/^\ufeff/, '');
      if (o.as === 'utf16le-bom') return new Uint8Array(iconv.encode(`\ufeff${text}`, 'utf16le'));
      return new Uint8Array(iconv.encode(text, o.as));
    }
  }
}
