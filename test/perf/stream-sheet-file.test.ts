// A large file read in chunks (streamSheetFile, both passes or one) must give exactly what
// streamSheet gives on the whole bytes: the same head, rows and diagnostics, and the file's
// SHA-256; or nothing at all, for streamSheet to read it whole.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { streamSheet, type SheetRow } from '../../src/io/read-sheet.js';
import { streamSheetFile } from '../../src/io/stream-sheet-file.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const known = new Set(['unit', 'respondent', 'group', 'q1', 'q2', 'q3', 'ghi chú']);
const opts = { file: 'survey.csv', isKnownHeader: (k: string) => known.has(k) };

function whole(bytes: Uint8Array) {
  const rows: SheetRow[] = [];
  const r = streamSheet(bytes, opts, (row) => rows.push({ line: row.line, cells: [...row.cells] }));
  return { head: r.head, diagnostics: r.diagnostics, rows };
}

function chunked(bytes: Uint8Array, chunkBytes: number, onePass: boolean) {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, bytes);
  const rows: SheetRow[] = [];
  const r = streamSheetFile(path, opts, (row) => rows.push({ line: row.line, cells: [...row.cells] }), { minBytes: 0, chunkBytes, onePass });
  return r && { head: r.head, diagnostics: r.diagnostics, rows, sha256: r.sha256 };
}

const cell = fc.oneof(
  fc.constantFrom('A', 'B', 'C', 'D', '', 'E', 'Không biết', 'Xã Sơn Hồng', 'HĐND', 'Người dân, tổ chức', '1,5', ' x ', 'Tổng cộng'),
  fc.constantFrom('"quoted, comma"', '"two\nlines"', '"a ""quote"""', '"crlf\r\ninside"', '"unclosed'),
  fc.string({ maxLength: 6 }).filter((s) => !/[",\r\n?\ufffd]/.test(s)),
);
const eol = fc.constantFrom('\n', '\r\n', '\r');
const sheet = fc
  .tuple(
    fc.constantFrom('', '\ufeff'),
    fc.constantFrom('', 'sep=,\n', 'BẢNG TỔNG HỢP PHIẾU,,,\n'),
    fc.array(fc.tuple(fc.array(cell, { minLength: 1, maxLength: 7 }), eol), { minLength: 1, maxLength: 40 }),
    fc.constantFrom('', 'Người lập biểu\n', 'TM. UBND\n,,Xã A,1\n'),
  )
  .map(([bom, title, rows, footer]) => `${bom}${title}unit,respondent,group,q1,q2,q3,ghi chú\n${rows.map(([cells, e]) => cells.join(',') + e).join('')}${footer}`);

describe('streamSheetFile', () => {
  for (const onePass of [false, true]) {
    it(`gives what streamSheet gives, or leaves the file to it (${onePass ? 'one pass' : 'two passes'})`, () => {
      let read = 0;
      fc.assert(
        fc.property(sheet, fc.integer({ min: 1, max: 48 }), (text, chunkBytes) => {
          const bytes = new TextEncoder().encode(text);
          const got = chunked(bytes, chunkBytes, onePass);
          if (!got) return;
          read++;
          expect(got.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
          expect({ head: got.head, diagnostics: got.diagnostics, rows: got.rows }).toEqual(whole(bytes));
        }),
        { numRuns: 400 },
      );
      expect(read).toBeGreaterThan(200); // most generated sheets are clean: the chunked path is what is tested
    });
  }

  it('reads a clean file, and leaves a damaged or legacy one to streamSheet', () => {
    const clean = new TextEncoder().encode('unit,group,q1\nXã A,HĐND,A\nXã B,Dân,B\n');
    expect(chunked(clean, 5, false)).toBeDefined();
    expect(chunked(clean, 5, true)).toBeDefined();
    for (const text of ['unit,q1\nQu?ng Tr?, A\nQu?ng Nam,B\n', 'unit,q1\nHÃ  Ná»™i,A\n', '   \n\n']) {
      expect(chunked(new TextEncoder().encode(text), 7, false)).toBeUndefined();
      expect(chunked(new TextEncoder().encode(text), 7, true)).toBeUndefined();
    }
    const latin1 = Uint8Array.from([...'unit,q1\nX', 0xe3, ...',A\n'].map((c) => (typeof c === 'string' ? c.charCodeAt(0) : c)));
    expect(chunked(latin1, 4, true)).toBeUndefined();
  });
});
