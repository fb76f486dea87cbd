import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/io/decode.js';
import { codes, fixture } from './helpers.js';

const SCORES = 'Đơn vị;Tên;1.1;1.2\r\nSH;Xã Sơn Hồng;7,5;1\r\nST;Xã Sơn Tiến;8;0,5\r\nPC;Thị trấn Phố Châu;6,5;1\r\nQP;Xã Quảng Phước;9;1\r\n';
const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeBytes(new TextEncoder().encode('Xã Sơn Hồng'), 'f.csv')).toEqual({ text: 'Xã Sơn Hồng', encoding: 'utf-8', diagnostics: [] });
  });

  it('drops a UTF-8 BOM', () => {
    const r = decodeBytes(fixture('semicolon-decimal-comma.csv'), 'f.csv');
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.text?.startsWith('Đơn vị;')).toBe(true);
    expect(r.diagnostics).toEqual([]);
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = decodeBytes(fixture('unicode-text-utf16le.txt'), 'f.txt');
    expect(le.encoding).toBe('utf-16le');
    expect(le.text?.startsWith('Đơn vị\tNhóm')).toBe(true);
    const be = decodeBytes(fixture('utf16be.csv'), 'f.csv');
    expect(be).toEqual({ text: 'unit,1.1\r\nXã Sơn Hồng,7.5\r\n', encoding: 'utf-16be', diagnostics: [] });
  });

  it('reads UTF-16 without a BOM by its zero bytes, with a warning', () => {
    const r = decodeBytes(iconv.encode('unit,1.1\r\nXã Sơn Hồng,7.5\r\n', 'utf16le'), 'f.csv');
    expect(r.text).toBe('unit,1.1\r\nXã Sơn Hồng,7.5\r\n');
    expect(r.diagnostics).toMatchObject([{ code: 'INPUT_UTF16_WITHOUT_BOM', severity: 'warning', args: { encoding: 'utf-16le' } }]);
  });

  it('falls back to Windows-1258 and composes its tone marks (NFC)', () => {
    const r = decodeBytes(fixture('windows-1258.csv'), 'f.csv');
    expect(r.encoding).toBe('windows-1258');
    expect(r.text).toBe(SCORES);
    expect(r.text).toBe(r.text?.normalize('NFC'));
    expect(r.diagnostics).toMatchObject([{ code: 'INPUT_ENCODING_GUESSED', severity: 'info' }]);
  });

  it('composes NFD text from a Mac', () => {
    const r = decodeBytes(fixture('nfd-mac.csv'), 'f.csv');
    expect(r.text).toBe('Đơn vị,Nhóm,1.1\nXã Sơn Hồng,xã,7.5\nThị trấn Phố Châu,thị trấn,8\n');
  });

  it('reports letters already lost to "?" by a Western code page', () => {
    const r = decodeBytes(fixture('windows-1252-question-marks.csv'), 'scores.csv');
    expect(codes(r.diagnostics)).toEqual(['INPUT_ENCODING_GUESSED', 'INPUT_TEXT_DESTROYED']);
    const d = r.diagnostics[1];
    expect(d?.severity).toBe('error');
    expect(d?.loc).toEqual({ file: 'scores.csv', line: 2 });
    expect(d?.args).toMatchObject({ samples: ['S?n', 'H?ng', 'Ti?n'] });
  });

  it('does not take one `?` or `#NAME?` for destroyed text', () => {
    expect(decodeBytes(new TextEncoder().encode('unit,ghi chú\nXã A,có?không\nXã B,#NAME?\n'), 'f').diagnostics).toEqual([]);
  });

  it('reports a byte that is not UTF-8 as such, at its line, cell and character (not as destroyed text)', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62), 'f').diagnostics).toEqual([
      { code: 'INPUT_UTF8_INVALID', severity: 'error', loc: { file: 'f', line: 1, column: 1 }, args: { bytes: 'FF', character: 2 } },
    ]);
    const text = Buffer.concat([Buffer.from('unit;tên\r\nA;"Sơn; Hà";'), Buffer.from([0xe1, 0xbb]), Buffer.from('\r\n')]);
    expect(decodeBytes(text, 'f').diagnostics).toMatchObject([{ code: 'INPUT_UTF8_INVALID', loc: { line: 2, column: 3 }, args: { bytes: 'E1 BB', character: 13 } }]);
  });

  it('reports U+FFFD written as such as destroyed text', () => {
    expect(codes(decodeBytes(Buffer.from('unit\nSơn H\ufffdng\n'), 'f').diagnostics)).toEqual(['INPUT_TEXT_DESTROYED']);
  });

  it('reports UTF-8 that was encoded twice, with the repaired words', () => {
    const r = decodeBytes(fixture('double-encoded.csv'), 'f.csv');
    expect(r.diagnostics).toMatchObject([{ code: 'INPUT_TEXT_DOUBLE_ENCODED', severity: 'error', loc: { line: 1 } }]);
    expect(r.diagnostics[0]?.args).toMatchObject({ fixed: ['Đơn', 'vị', 'Tên'] });
  });

  it.each(['tcvn3-as-unicode.csv', 'tcvn3-ansi.csv'])('reports TCVN3 text in %s', (name) => {
    const r = decodeBytes(fixture(name), 'f.csv');
    expect(r.encoding).toBe('tcvn3');
    expect(r.diagnostics).toMatchObject([{ code: 'INPUT_LEGACY_FONT', severity: 'error', args: { font: 'TCVN3' }, loc: { line: 1 } }]);
  });

  it.each(['tcvn3-as-unicode.csv', 'tcvn3-ansi.csv'])('converts TCVN3 text in %s when asked', (name) => {
    const r = decodeBytes(fixture(name), 'f.csv', { convertTcvn3: true });
    expect(r.text).toBe(SCORES);
    expect(r.encoding).toBe('tcvn3');
    // Not also "read as Windows-1258": the ANSI bytes were TCVN3, not Windows-1258.
    expect(r.diagnostics).toMatchObject([{ code: 'INPUT_TCVN3_CONVERTED', severity: 'info', args: { converted: ['Đơn', 'Tên', 'Xã'] } }]);
  });

  it('reports VNI text', () => {
    const r = decodeBytes(fixture('vni-as-unicode.csv'), 'f.csv', { convertTcvn3: true });
    expect(r.diagnostics).toMatchObject([{ code: 'INPUT_LEGACY_FONT', severity: 'error', args: { font: 'VNI' } }]);
  });

  it('does not flag real Vietnamese or a stray foreign name', () => {
    const text = 'Đơn vị;Ghi chú\nXã Hoàng Hoá;Khoẻ, thuý, hoà, quà, Müller\nThị trấn Phố Châu;«tốt» 20°C, 5 m²\n';
    expect(decodeBytes(new TextEncoder().encode(text), 'f').diagnostics).toEqual([]);
  });

  it.each([
    [bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), 'xlsx'],
    [bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0), 'xls'],
    [new TextEncoder().encode('%PDF-1.7\n'), 'pdf'],
    [bytes(1, 0, 0, 0, 7, 0, 0, 0, 0, 9, 0, 0, 3), 'binary'],
  ])('refuses a non-CSV file (%#)', (b, kind) => {
    expect(decodeBytes(b, 'f')).toEqual({ diagnostics: [{ code: 'INPUT_NOT_CSV', severity: 'error', loc: { file: 'f' }, args: { kind } }] });
  });
});

describe('decodeBytes regressions found by the round-trip property', () => {
  it('`á` followed by no-break spaces is not double-encoded text (seed 1797349217)', () => {
    expect(decodeBytes(new TextEncoder().encode('h0,h1\r\nu0,á\u00a0\u00a0\r\n'), 'p.csv').diagnostics).toEqual([]);
  });
});
