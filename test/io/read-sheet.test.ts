import { describe, expect, it } from 'vitest';
import { readSheet, streamSheet, type ReadSheetOptions } from '../../src/io/read-sheet.js';
import { codes, isKnownHeader } from './helpers.js';

const opts = (file: string, more: Partial<ReadSheetOptions> = {}): ReadSheetOptions => ({ file, isKnownHeader, ...more });
const text = (s: string) => new TextEncoder().encode(s);
const cellsOf = (r: ReturnType<typeof readSheet>) => r.sheet?.rows.map((row) => row.cells);

describe('readSheet: header, empty and broken input', () => {
  it('pads a short row with empty cells', () => {
    expect(cellsOf(readSheet(text('unit,1.1,1.2\r\nXã A,1\r\n'), opts('f')))).toEqual([['Xã A', '1', '']]);
  });

  it('a ragged row without a number to blame', () => {
    const r = readSheet(text('unit;1.1\nXã A;1;x\n'), opts('f'));
    expect(r.diagnostics).toEqual([{ code: 'INPUT_RAGGED_ROW', severity: 'error', loc: { file: 'f', line: 2, column: 3 }, args: { expected: 2, actual: 3 } }]);
  });

  it('reports a missing header with the first text', () => {
    const r = readSheet(text('BẢNG ĐIỂM;;\nXã A;1;2\n'), opts('f'));
    expect(r.diagnostics).toEqual([{ code: 'INPUT_HEADER_NOT_FOUND', severity: 'error', loc: { file: 'f', line: 1 }, args: { scanned: 2, firstText: 'BẢNG ĐIỂM' } }]);
  });

  it('prefers the row with the most known names', () => {
    const r = readSheet(text('Tên đơn vị;;\nunit;1.1;1.2\nXã A;1;2\n'), opts('f', { isKnownHeader: (k) => ['unit', '1.1', '1.2', 'tên đơn vị'].includes(k) }));
    expect(r.sheet?.headerLine).toBe(2);
    expect(r.sheet?.detected.skipped).toEqual([{ line: 1, reason: 'title' }]);
  });

  it('completes a two-row header from known names in the row above', () => {
    const r = readSheet(text('STT;Đơn vị;Lĩnh vực 1;;Lĩnh vực 2\n;;1.1;1.2;2.1\n1;Xã A;1;2;3\n'), opts('f'));
    expect(r.diagnostics).toEqual([]);
    expect(r.sheet).toMatchObject({ header: ['STT', 'Đơn vị', '1.1', '1.2', '2.1'], headerLine: 2, detected: { skipped: [{ line: 1, reason: 'title' }] } });
    expect(cellsOf(r)).toEqual([['1', 'Xã A', '1', '2', '3']]);
  });

  it('honours minKnownHeaders', () => {
    expect(codes(readSheet(text('unit;x\nXã A;1\n'), opts('f', { minKnownHeaders: 2 })).diagnostics)).toEqual(['INPUT_HEADER_NOT_FOUND']);
  });

  it('reports an empty file', () => {
    expect(codes(readSheet(text(' \r\n'), opts('f')).diagnostics)).toEqual(['INPUT_EMPTY_FILE']);
    expect(codes(readSheet(new Uint8Array(), opts('f')).diagnostics)).toEqual(['INPUT_EMPTY_FILE']);
  });

  it('reports a quote that is never closed, where it opens', () => {
    const r = readSheet(text('unit,1.1,ghi chú\nXã A,1,ok\nXã B,2,"thiếu\nXã C,3,x\n'), opts('f'));
    expect(r.diagnostics).toEqual([{ code: 'INPUT_UNCLOSED_QUOTE', severity: 'error', loc: { file: 'f', line: 3, column: 3, header: 'ghi chú' }, args: {} }]);
  });

  it('CR-only line ends (old Mac) count as lines', () => {
    const r = readSheet(text('unit,1.1\rXã A,1\r\rXã B,2'), opts('f'));
    expect(r.sheet?.rows).toEqual([{ line: 2, cells: ['Xã A', '1'] }, { line: 4, cells: ['Xã B', '2'] }]);
  });

  it('trims cells but keeps inner spaces', () => {
    expect(cellsOf(readSheet(text('unit;ghi chú\n  Xã  A \u00a0;" a  b "\n'), opts('f')))).toEqual([['Xã  A', 'a  b']]);
  });
});

describe('streamSheet', () => {
  it('calls onHead before the first row, then each row in order', () => {
    const events: string[] = [];
    const r = streamSheet(text('unit;1.1\nXã A;1\nXã B;2\n'), opts('f', { onHead: (h) => events.push(`head ${h.headerLine}`) }), (row) =>
      events.push(`row ${row.line}`),
    );
    expect(events).toEqual(['head 1', 'row 2', 'row 3']);
    expect(r.head?.header).toEqual(['unit', '1.1']);
  });
});

// Found by the sheet corpus (test/sheets/corpus.test.ts): each case once gave a misleading answer.
describe('readSheet: damage found by the sheet corpus', () => {
  const comma = (s: string) => readSheet(text(s), opts('f', { isKnownHeader: (k) => ['unit', '1.1', '1.2', '1.3', 'ghi chú'].includes(k) }));

  it.each([
    // A fraction ending in 5 is the split number, not the whole numbers side by side before it.
    ['Xã A,2,0,1,75,ok', { column: 4, header: '1.3' }, { expected: 5, actual: 6, splitNumber: '1,75' }],
    // The extra cell is an empty note pushed out: still a split, not a trailing delimiter.
    ['Xã A,2,0,1,75,', { column: 4, header: '1.3' }, { expected: 5, actual: 6, splitNumber: '1,75' }],
    // A lone pair is named; several whole-number pairs are not guessed at.
    ['Xã A,x,x,7,8,ok', { column: 4, header: '1.3' }, { expected: 5, actual: 6, splitNumber: '7,8' }],
    ['Xã A,2,0,1,3,ok', { column: 6 }, { expected: 5, actual: 6 }],
  ])('a ragged row %j', (row, loc, args) => {
    const r = comma(`unit,1.1,1.2,1.3,ghi chú\n${row}\n`);
    expect(r.diagnostics).toEqual([{ code: 'INPUT_RAGGED_ROW', severity: 'error', loc: { file: 'f', line: 2, ...loc }, args }]);
    expect(r.sheet?.rows).toEqual([]);
  });

  it('a trailing delimiter without a split number is not ragged', () => {
    expect(comma('unit,1.1,1.2,1.3,ghi chú\nXã A,2,0,1,ok,\n').diagnostics).toEqual([]);
  });

  it('the record whose quote never closes is no row: only the error, where the quote opens', () => {
    const r = comma('unit,1.1,1.2\nXã A,1,2\nXã B,"1,2\nXã C,3,4\n');
    expect(r.sheet?.rows).toEqual([{ line: 2, cells: ['Xã A', '1', '2'] }]);
    expect(r.diagnostics).toEqual([{ code: 'INPUT_UNCLOSED_QUOTE', severity: 'error', loc: { file: 'f', line: 3, column: 2, header: '1.1' }, args: {} }]);
  });

  it('a quote that swallows the header is reported as such', () => {
    expect(codes(comma('"BẢNG ĐIỂM\nunit,1.1\nXã A,1\n').diagnostics)).toEqual(['INPUT_UNCLOSED_QUOTE']);
  });

  it('without a header row, a data row whose values repeat codes is not taken for one', () => {
    const r = comma('Xã A,1.1,1.1,1.1,1.1,1.2\nXã B,1.1,1.2,1.1,1.1,1.1\n');
    expect(codes(r.diagnostics)).toEqual(['INPUT_HEADER_NOT_FOUND']);
  });

  it('a header with a duplicate column is still the header', () => {
    expect(comma('unit,1.1,1.1\nXã A,1,2\n').sheet?.headerLine).toBe(1);
  });
});
