// A sheet read in chunks (streamSheetChunks: a large file, a pipe, stdin) must give exactly what
// streamSheet gives on the whole bytes, however the bytes are cut and whatever the size of the
// decoder's pieces: the same head, rows and diagnostics, and the SHA-256 of the bytes.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { streamSheet, type SheetRow } from '../../src/io/read-sheet.js';
import { streamSheetChunks } from '../../src/io/read-sheet-file.js';

const known = new Set(['unit', 'respondent', 'group', 'q1', 'q2', 'q3', 'ghi chú']);
const opts = { file: 'survey.csv', isKnownHeader: (k: string) => known.has(k) };

function whole(bytes: Uint8Array, convertTcvn3: boolean) {
  const rows: SheetRow[] = [];
  const r = streamSheet(bytes, { ...opts, convertTcvn3 }, (row) => rows.push({ line: row.line, cells: [...row.cells] }));
  return { head: r.head, diagnostics: r.diagnostics, rows };
}

async function chunked(bytes: Uint8Array, cuts: number[], pieceSize: number, convertTcvn3: boolean) {
  async function* chunks() {
    let at = 0;
    for (const cut of [...cuts.map((c) => c % (bytes.length + 1)).sort((a, b) => a - b), bytes.length]) {
      if (cut > at) yield bytes.subarray(at, cut);
      at = Math.max(at, cut);
    }
  }
  const rows: SheetRow[] = [];
  const r = await streamSheetChunks(chunks(), { ...opts, convertTcvn3, hash: true, pieceSize }, (row) => rows.push({ line: row.line, cells: [...row.cells] }));
  return { head: r.head, diagnostics: r.diagnostics, rows, sha256: r.sha256 };
}

const cell = fc.oneof(
  fc.constantFrom('A', 'B', 'C', 'D', '', 'E', 'Không biết', 'Xã Sơn Hồng', 'HĐND', 'Người dân, tổ chức', '1,5', ' x ', 'Tổng cộng'),
  fc.constantFrom('"quoted, comma"', '"two\nlines"', '"a ""quote"""', '"crlf\r\ninside"', '"unclosed', 'a"b'),
  // Damage and legacy fonts: `?` between letters, double-encoded UTF-8, TCVN3 characters.
  fc.constantFrom('Qu?ng', 'Ph??c', 'HÃ  TÄ©nh', 'Qu¶ng', 'Tr¹m', 'H­¬ng', '\ufffd'),
  fc.string({ maxLength: 6 }).filter((s) => !/[",\r\n]/.test(s)),
);
const eol = fc.constantFrom('\n', '\r\n', '\r');
const sheet = fc
  .tuple(
    fc.constantFrom('', 'sep=,\n', 'BẢNG TỔNG HỢP PHIẾU,,,\n'),
    fc.array(fc.tuple(fc.array(cell, { minLength: 1, maxLength: 7 }), eol), { minLength: 1, maxLength: 40 }),
    fc.constantFrom('', 'Người lập biểu\n', 'TM. UBND\n,,Xã A,1\n'),
  )
  .map(([title, rows, footer]) => `${title}unit,respondent,group,q1,q2,q3,ghi chú\n${rows.map(([cells, e]) => cells.join(',') + e).join('')}${footer}`);
const encoded = fc.tuple(sheet, fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1258')).map(([text, enc]) => {
  if (enc === 'utf-8') return new TextEncoder().encode(text);
  if (enc === 'utf-8-bom') return new TextEncoder().encode(`\ufeff${text}`);
  if (enc === 'windows-1258') return new Uint8Array(iconv.encode(text, 'windows1258'));
  const body = iconv.encode(text, enc === 'utf-16le' ? 'utf16le' : 'utf16be');
  return new Uint8Array(Buffer.concat([Buffer.from(enc === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]));
});

describe('streamSheetChunks (property)', () => {
  it('gives what streamSheet gives on the whole bytes, however they are cut', async () => {
    await fc.assert(
      fc.asyncProperty(encoded, fc.array(fc.nat(), { maxLength: 12 }), fc.integer({ min: 1, max: 64 }), fc.boolean(), async (bytes, cuts, pieceSize, convert) => {
        const got = await chunked(bytes, cuts, pieceSize, convert);
        expect(got.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
        expect({ head: got.head, diagnostics: got.diagnostics, rows: got.rows }).toEqual(whole(bytes, convert));
      }),
      { numRuns: 600 },
    );
  });

  it('converts TCVN3 in a Windows-1258 file from its own bytes, not from a read buffer reused since (seed -450024242)', async () => {
    const bytes = new Uint8Array(iconv.encode('unit,respondent,group,q1,q2,q3,ghi chú\nH­¬ng\nQu¶ng,\nTr¹m,"quoted, comma"\r', 'windows1258'));
    const got = await chunked(bytes, [], 1, true);
    expect({ head: got.head, diagnostics: got.diagnostics, rows: got.rows }).toEqual(whole(bytes, true));
    expect(got.head?.headerLine).toBe(1);
  });

  it('reports one bad byte far down a UTF-8 file at its line, and still reads Windows-1258 whole', async () => {
    const lines = ['unit,respondent,group,q1', ...Array.from({ length: 3000 }, (_, i) => `Xã Sơn Hồng,R${i},HĐND,A`)];
    const bytes = Buffer.from(`${lines.join('\n')}\n`);
    const bad = bytes.indexOf('R2500');
    bytes[bad] = 0xff;
    const one = async function* () {
      yield bytes;
    };
    const r = await streamSheetChunks(one(), { ...opts, pieceSize: 4096 }, () => {});
    expect(r.diagnostics).toMatchObject([{ code: 'INPUT_UTF8_INVALID', loc: { line: 2502, column: 2 }, args: { bytes: 'FF', character: 13 } }]);
    expect(whole(bytes, false).diagnostics).toEqual(r.diagnostics);
    const ansi = new Uint8Array(iconv.encode('unit,q1\nXã Sơn Hồng,A\n', 'windows1258'));
    expect(whole(ansi, false).head?.detected.encoding).toBe('windows-1258');
  });
});
