// CSV round trip: any table of strings, written as RFC 4180 CSV with any of the three delimiters,
// any line end, with or without BOM or as UTF-16, reads back as the same cells on the right lines.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../src/io/read-sheet.js';

// Letters that stress NFC (a combining acute), quotes, all three delimiters and every line end.
const CHARS = ['a', 'b', 'x', 'ư', 'ệ', 'Đ', 'Ơ', '\u0301', ' ', '\u00a0', '"', ',', ';', '\t', '\n', '\r\n', '\r', '1', '.'];
const cell = fc.array(fc.constantFrom(...CHARS), { maxLength: 8 }).map((cs) => cs.join(''));

const table = fc.integer({ min: 2, max: 6 }).chain((cols) =>
  fc.record({
    cols: fc.constant(cols),
    rows: fc.array(fc.array(cell, { minLength: cols - 1, maxLength: cols - 1 }), { minLength: 1, maxLength: 12 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    eol: fc.constantFrom('\r\n', '\n', '\r'),
    finalEol: fc.boolean(),
    encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le'),
  }),
);

function quote(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

function encode(text: string, encoding: string): Uint8Array {
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
  return Buffer.from((encoding === 'utf-8-bom' ? '\ufeff' : '') + text, 'utf8');
}

const breaks = (s: string) => (s.match(/\r\n|\n|\r/g) ?? []).length;

describe('readSheet round trip (property)', () => {
  it('gives back the cells, NFC and trimmed, on the lines they start', () => {
    fc.assert(
      fc.property(table, ({ cols, rows, delimiter, eol, finalEol, encoding }) => {
        const header = Array.from({ length: cols }, (_, k) => `h${k}`);
        // The first column is a unit id so that no row is empty, a total, a section or a footer.
        const records = [header, ...rows.map((r, i) => [`u${i}`, ...r])];
        const lines = records.map((r) => r.map((v) => quote(v, delimiter)).join(delimiter));
        const csv = lines.join(eol) + (finalEol ? eol : '');

        const r = readSheet(encode(csv, encoding), { file: 'p.csv', isKnownHeader: (k) => header.includes(k) });
        expect(r.diagnostics).toEqual([]);
        expect(r.sheet?.detected.delimiter).toBe(delimiter);
        expect(r.sheet?.header).toEqual(header);
        let line = 1 + breaks(lines[0] ?? '') + 1;
        const expected = records.slice(1).map((rec, i) => {
          const row = { line, cells: rec.map((v) => v.normalize('NFC').trim()) };
          line += breaks(lines[i + 1] ?? '') + 1;
          return row;
        });
        expect(r.sheet?.rows).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
