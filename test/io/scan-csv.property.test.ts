// The scanner's line fast path (split on quote-free lines) against its character loop: the same
// records, lines, positions and unclosed quotes on any text, and `spaced` false only when no cell
// needs trimming.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvScanner } from '../../src/io/scan-csv.js';

const PIECES = ['a', 'ư', 'Ệ', ' ', '\u00a0', '\u3000', '\t', '"', '""', ',', ';', '|', '.', '1', '\n', '\r\n', '\r', '\ufeff', '\u2028'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));

function records(scanner: CsvScanner) {
  const out: { cells: string[]; line: number; resume: number; resumeLine: number; unclosed?: unknown }[] = [];
  const spacedWrong: string[][] = [];
  for (let cells = scanner.next(); cells; cells = scanner.next()) {
    out.push({ cells: [...cells], line: scanner.line, resume: scanner.resumeIndex, resumeLine: scanner.resumeLine, unclosed: scanner.unclosed });
    if (!scanner.spaced && cells.some((c) => c !== c.trim())) spacedWrong.push(cells);
  }
  return { out, spacedWrong };
}

describe('CsvScanner line fast path (property)', () => {
  it('reads every text as the character loop does', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(',', ';', '\t', '|'), fc.integer({ min: 0, max: 3 }), fc.constantFrom(1, 2, 3, 2048), (s, delimiter, start, lineRecords) => {
        const from = Math.min(start, s.length);
        // Any number of records by lines, then the loop: the hand-over loses nothing.
        const fast = records(new CsvScanner(s, delimiter, from, 1, lineRecords));
        const slow = records(new CsvScanner(s, delimiter, from, 1, 0));
        expect(fast.out).toEqual(slow.out);
        expect(fast.spacedWrong).toEqual([]);
        expect(slow.spacedWrong).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads Excel-like CSV (quoted cells with delimiters, quotes and line breaks) as the character loop does', () => {
    const cellText = fc.array(fc.constantFrom('a', 'Người dân', ' ', ',', ';', '"', '\n', '\r\n', '1.5'), { maxLength: 4 }).map((p) => p.join(''));
    const cell = fc.tuple(cellText, fc.boolean()).map(([v, forced]) => (forced || /[",;\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v));
    const csv = fc.tuple(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 }), fc.constantFrom(',', ';'), fc.constantFrom('\n', '\r\n'), fc.boolean());
    fc.assert(
      fc.property(csv, ([rows, delimiter, eol, last]) => {
        const s = rows.map((r) => r.join(delimiter)).join(eol) + (last ? eol : '');
        expect(records(new CsvScanner(s, delimiter)).out).toEqual(records(new CsvScanner(s, delimiter, 0, 1, 0)).out);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a plain sheet by lines, CRLF or LF, with or without a last line end', () => {
    const scanner = new CsvScanner('unit,name\r\nX1, Sơn Kim \r\nX2,Phố Châu', ',');
    expect(scanner.next()).toEqual(['unit', 'name']);
    expect([scanner.line, scanner.spaced]).toEqual([1, false]);
    expect(scanner.next()).toEqual(['X1', ' Sơn Kim ']);
    expect([scanner.line, scanner.spaced]).toEqual([2, true]);
    expect(scanner.next()).toEqual(['X2', 'Phố Châu']);
    expect([scanner.line, scanner.spaced, scanner.resumeIndex]).toEqual([3, false, 36]);
    expect(scanner.next()).toBeUndefined();
  });

  it('reads quoted cells on a line, and a quoted line break across lines', () => {
    const scanner = new CsvScanner('X1,"Người dân, tổ chức",A\nX2,"a ""b""",B\nX3,"x\ny",C\n', ',');
    expect([scanner.next(), scanner.line]).toEqual([['X1', 'Người dân, tổ chức', 'A'], 1]);
    expect([scanner.next(), scanner.line]).toEqual([['X2', 'a "b"', 'B'], 2]);
    expect([scanner.next(), scanner.line]).toEqual([['X3', 'x\ny', 'C'], 3]);
    expect([scanner.next(), scanner.resumeLine]).toEqual([undefined, 5]);
  });
});
