import { describe, expect, it } from 'vitest';
import { readSheet, type ReadSheetOptions } from '../../src/io/read-sheet.js';
import { codes, fixture, isKnownHeader } from './helpers.js';

const opts = (file: string, more: Partial<ReadSheetOptions> = {}): ReadSheetOptions => ({ file, isKnownHeader, ...more });
const read = (name: string, more: Partial<ReadSheetOptions> = {}) => readSheet(fixture(name), opts(name, more));
const text = (s: string) => new TextEncoder().encode(s);
const cellsOf = (r: ReturnType<typeof readSheet>) => r.sheet?.rows.map((row) => row.cells);

describe('readSheet on fixtures', () => {
  it('semicolon, decimal comma, UTF-8 with BOM', () => {
    const r = read('semicolon-decimal-comma.csv');
    expect(r.diagnostics).toEqual([]);
    expect(r.sheet).toMatchObject({
      header: ['Đơn vị', 'Tên', '1.1', '1.2', '2.1'],
      headerLine: 1,
      detected: { encoding: 'utf-8-bom', delimiter: ';', headerLine: 1, skipped: [] },
    });
    expect(r.sheet?.rows).toEqual([
      { line: 2, cells: ['SH', 'Xã Sơn Hồng', '7,5', '1,25', '96,5%'] },
      { line: 3, cells: ['ST', 'Xã Sơn Tiến', '8', '0,5', '100%'] },
      { line: 4, cells: ['PC', 'Thị trấn Phố Châu', '6,75', '1', '87,25%'] },
    ]);
  });

  it('Excel "Unicode Text": UTF-16LE, tabs, a quoted two-line cell', () => {
    const r = read('unicode-text-utf16le.txt');
    expect(r.diagnostics).toEqual([]);
    expect(r.sheet?.detected).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(r.sheet?.rows).toEqual([
      { line: 2, cells: ['Xã Sơn Hồng', 'xã', '7,5', '1'] },
      { line: 3, cells: ['Thị trấn\nPhố Châu', 'thị trấn', '6,75', '0,5'] },
      { line: 5, cells: ['Xã Sơn Lâm', 'xã', '8', '1'] },
    ]);
  });

  it('honours a `sep=;` first line', () => {
    const r = read('sep-line.csv');
    expect(r.diagnostics).toEqual([]);
    expect(r.sheet).toMatchObject({ header: ['unit', 'ghi chú', '1.1'], headerLine: 2, detected: { delimiter: ';', skipped: [] } });
    expect(cellsOf(r)).toEqual([
      ['Xã Sơn Hồng', 'thiếu hồ sơ, đã bổ sung', '7,5'],
      ['Xã Sơn Tiến', 'không, có, có', '8'],
    ]);
    const comma = readSheet(text('sep=,\nunit,ghi chú\nXã A,a;b;c;d\nXã B,e;f;g;h\n'), opts('f'));
    expect(comma.sheet?.detected.delimiter).toBe(',');
    expect(cellsOf(comma)).toEqual([['Xã A', 'a;b;c;d'], ['Xã B', 'e;f;g;h']]);
  });

  it('a report sheet: title block, section rows, a total row and the signature block', () => {
    const r = read('report-with-title-total-footer.csv');
    expect(r.sheet?.header).toEqual(['STT', 'Đơn vị', 'Nhóm', '1.1', '1.2', 'Ghi chú']);
    expect(r.sheet?.headerLine).toBe(7);
    expect(r.sheet?.rows).toEqual([
      { line: 9, cells: ['1', 'Xã Sơn Hồng', 'xã', '7,5', '1,25', ''] },
      { line: 10, cells: ['2', 'Xã Sơn Tiến', 'xã', '8', '1', ''] },
      { line: 12, cells: ['3', 'Thị trấn Phố Châu', 'thị trấn', '6,75', '0,5', ''] },
    ]);
    expect(r.sheet?.detected.skipped).toEqual([
      { line: 1, reason: 'title' },
      { line: 2, reason: 'title' },
      { line: 3, reason: 'empty' },
      { line: 4, reason: 'title' },
      { line: 5, reason: 'title' },
      { line: 6, reason: 'empty' },
      { line: 8, reason: 'section' },
      { line: 11, reason: 'section' },
      { line: 13, reason: 'total' },
      { line: 14, reason: 'empty' },
      { line: 15, reason: 'footer' },
    ]);
    expect(r.diagnostics).toEqual([
      { code: 'INPUT_SECTION_ROW_SKIPPED', severity: 'info', loc: { file: 'report-with-title-total-footer.csv', line: 8, column: 1, header: 'STT' }, args: { text: 'I. Khối xã' } },
      { code: 'INPUT_SECTION_ROW_SKIPPED', severity: 'info', loc: { file: 'report-with-title-total-footer.csv', line: 11, column: 1, header: 'STT' }, args: { text: 'II. KHỐI THỊ TRẤN' } },
      { code: 'INPUT_TOTAL_ROW_SKIPPED', severity: 'info', loc: { file: 'report-with-title-total-footer.csv', line: 13, column: 2, header: 'Đơn vị' }, args: { text: 'Tổng cộng 22,25 2,75' } },
      { code: 'INPUT_FOOTER_REACHED', severity: 'info', loc: { file: 'report-with-title-total-footer.csv', line: 15, column: 5, header: '1.2' }, args: { text: 'Hương Sơn, ngày 15 tháng 12 năm 2021', ignoredRows: 3 } },
    ]);
  });

  it('a multi-line quoted cell keeps the line numbers right', () => {
    const r = read('multiline-cell.csv');
    expect(r.diagnostics).toEqual([]);
    expect(r.sheet?.header).toEqual(['Đơn vị', 'Điểm thẩm định', 'Ghi chú']);
    expect(r.sheet?.rows).toEqual([
      { line: 3, cells: ['Xã Sơn Hồng', '7.5', 'Đã bổ sung\nhồ sơ ngày 12/10'] },
      { line: 5, cells: ['Xã Sơn Tiến', '8', ''] },
      { line: 6, cells: ['Xã "Sơn" Lâm', '9', 'a, b'] },
    ]);
  });

  it('drops trailing empty columns', () => {
    const r = read('trailing-empty-columns.csv');
    expect(r.diagnostics).toEqual([]);
    expect(r.sheet?.header).toEqual(['unit', '1.1', '1.2']);
    expect(cellsOf(r)).toEqual([['Xã Sơn Hồng', '1', '2'], ['Xã Sơn Tiến', '1.5', '2']]);
  });

  it('skips delimiter-only rows', () => {
    const r = read('delimiter-only-rows.csv');
    expect(r.diagnostics).toEqual([]);
    expect(r.sheet?.rows.map((row) => row.line)).toEqual([2, 5]);
    expect(r.sheet?.detected.skipped).toEqual([3, 4, 6].map((line) => ({ line, reason: 'empty' })));
  });

  it('rejects duplicate header names, naming both columns', () => {
    const r = read('duplicate-header.csv');
    expect(r.diagnostics).toEqual([
      { code: 'INPUT_DUPLICATE_HEADER', severity: 'error', loc: { file: 'duplicate-header.csv', line: 1, column: 4, header: '1.1' }, args: { name: '1.1', firstColumn: 2 } },
      { code: 'INPUT_DUPLICATE_HEADER', severity: 'error', loc: { file: 'duplicate-header.csv', line: 1, column: 5, header: 'ĐƠN VỊ' }, args: { name: 'ĐƠN VỊ', firstColumn: 1 } },
    ]);
  });

  it('rejects data under an empty header, once per column', () => {
    const r = read('empty-header-with-data.csv');
    expect(r.sheet?.header).toEqual(['unit', '1.1', '', '1.2']);
    expect(r.diagnostics).toEqual([
      { code: 'INPUT_EMPTY_HEADER', severity: 'error', loc: { file: 'empty-header-with-data.csv', line: 3, column: 3 }, args: {} },
      { code: 'INPUT_EMPTY_HEADER', severity: 'error', loc: { file: 'empty-header-with-data.csv', line: 3, column: 6 }, args: {} },
    ]);
  });

  it('rejects a ragged row and names an unquoted decimal comma', () => {
    const r = read('ragged-decimal-comma.csv');
    expect(r.diagnostics).toEqual([
      {
        code: 'INPUT_RAGGED_ROW',
        severity: 'error',
        loc: { file: 'ragged-decimal-comma.csv', line: 2, column: 2, header: '1.1' },
        args: { expected: 3, actual: 4, splitNumber: '7,5' },
      },
    ]);
    expect(r.sheet?.rows).toEqual([{ line: 3, cells: ['Xã Sơn Tiến', '8', '9'] }]);
  });

  it('NFD text from a Mac comes out NFC', () => {
    const r = read('nfd-mac.csv');
    expect(r.sheet?.header).toEqual(['Đơn vị', 'Nhóm', '1.1']);
    expect(cellsOf(r)).toEqual([['Xã Sơn Hồng', 'xã', '7.5'], ['Thị trấn Phố Châu', 'thị trấn', '8']]);
  });

  it('Windows-1258 and converted TCVN3 read like UTF-8', () => {
    const expected = [['SH', 'Xã Sơn Hồng', '7,5', '1'], ['ST', 'Xã Sơn Tiến', '8', '0,5'], ['PC', 'Thị trấn Phố Châu', '6,5', '1'], ['QP', 'Xã Quảng Phước', '9', '1']];
    expect(cellsOf(read('windows-1258.csv'))).toEqual(expected);
    expect(cellsOf(read('tcvn3-ansi.csv', { convertTcvn3: true }))).toEqual(expected);
    expect(cellsOf(read('tcvn3-as-unicode.csv', { convertTcvn3: true }))).toEqual(expected);
  });

  it('stops at damaged text instead of reading it', () => {
    const r = read('tcvn3-as-unicode.csv');
    expect(r.sheet).toBeUndefined();
    expect(codes(r.diagnostics)).toEqual(['INPUT_LEGACY_FONT']);
  });
});
