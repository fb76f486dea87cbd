// The workbook reader on files another program wrote: LibreOffice (test/fixtures/xlsx, made by
// make-fixtures.mjs) and hand-built parts for the traps LibreOffice never writes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { bytesSource, listSheets, openWorkbook, readSheetRows, type Workbook, type WorkbookRow } from '../../src/io/xlsx/index.js';
import { buildXlsx, ic, nc, row, sc, si, type BookSpec } from '../helpers/build-xlsx.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/xlsx/${name}`, import.meta.url));

function open(bytes: Uint8Array): Workbook {
  const { workbook, diagnostics } = openWorkbook(bytesSource(bytes), 'book.xlsx');
  expect(diagnostics).toEqual([]);
  return workbook as Workbook;
}

function rows(bytes: Uint8Array, sheet?: string): { rows: { line: number; cells: string[]; numbers?: number[] }[]; diagnostics: Diagnostic[] } {
  const wb = open(bytes);
  const info = sheet === undefined ? wb.sheets.find((s) => s.visible) : wb.sheets.find((s) => s.name === sheet);
  const diagnostics: Diagnostic[] = [];
  const out = [...readSheetRows(wb, info as NonNullable<typeof info>, diagnostics)].map((r: WorkbookRow) => ({ line: r.line, cells: r.cells, ...(r.numbers ? { numbers: [...r.numbers].sort((a, b) => a - b) } : {}) }));
  return { rows: out, diagnostics };
}

const cellsOf = (bytes: Uint8Array, sheet?: string) => rows(bytes, sheet).rows.map((r) => r.cells);

describe('a workbook saved by LibreOffice', () => {
  const traps = fixture('traps.xlsx');

  it('lists its sheets in workbook order', () => {
    expect(listSheets(bytesSource(traps), 'traps.xlsx')).toEqual({ sheets: [{ name: 'Hướng dẫn', visible: true }, { name: 'Điểm', visible: true }, { name: 'Lỗi', visible: true }], diagnostics: [] });
  });

  it('gives merged titles once, vertical merges as blanks, percents as percents, numbers stored as text as text', () => {
    const { rows: got, diagnostics } = rows(traps, 'Điểm');
    expect(diagnostics).toEqual([]);
    expect(got.map((r) => r.line)).toEqual([1, 2, 4, 5, 6, 7, 8]);
    expect(got[0]?.cells).toEqual(['BẢNG ĐIỂM THẨM ĐỊNH CHỈ SỐ CCHC NĂM 2021']);
    expect(got[3]).toEqual({ line: 5, cells: ['A', 'Xã An', 'Xã', 'không', '1.5', '-', '95%', '2.5', '1.5'], numbers: [4, 6, 7, 8] });
    expect(got[4]?.cells).toEqual(['B', 'Xã Bình', '', 'có', '1', '2', '100%', '3', '2']);
    expect(got[5]?.cells).toEqual(['C', 'Xã Cát', '', 'có', '1.25', '1,5', '89%', '2', '1']);
    expect(got[5]?.numbers).not.toContain(5);
  });

  it('reports dates as dates and error cells as errors, where they are', () => {
    expect(cellsOf(traps, 'Lỗi')[1]).toEqual(['A', '1', '2021-02-01', '2', '0.3', '#DIV/0!', '1']);
  });

  it('reads the bundled sample as its CSV reads', () => {
    const csv = readFileSync(new URL('../../samples/huong-son-2021/scores.csv', import.meta.url), 'utf8').split(/\r?\n/).filter(Boolean);
    const got = cellsOf(fixture('huong-son-scores.xlsx'));
    expect(got.map((cells) => cells.join(','))).toEqual(csv.map((line) => line.replace(/,+$/, '')));
  });
});

describe('the traps of xlsx.md, hand-built', () => {
  const book = (spec: Partial<BookSpec> & { rows: string }) => buildXlsx({ sheets: [{ name: 'S', rows: spec.rows }], ...spec });

  it('joins rich-text runs, skips phonetic runs, decodes _xHHHH_, reads inline and formula strings, in NFC', () => {
    const strings = ['<si><r><t>Xã </t></r><r><rPr><b/></rPr><t>Sơn</t></r><rPh sb="0" eb="1"><t>ソン</t></rPh></si>', si('a_x000D_b_x005F_x0041_'), si('Phố Châu')];
    const got = cellsOf(book({ strings, rows: row(1, `${sc('A1', 0)}${sc('B1', 1)}${ic('C1', 'Ky\u0301 Anh')}<c r="D1" t="str"><f>A1&amp;""</f><v>Xã Sơn</v></c>${sc('E1', 2)}`) }));
    expect(got).toEqual([['Xã Sơn', 'a\rb_x0041_', 'Ký Anh', 'Xã Sơn', 'Phố Châu']]);
  });

  it('reads numbers from their stored text to 15 significant digits, and percent formats as percents', () => {
    const styles = { xfs: [0, 9, 10, 164], formats: { 164: '0.0%' } };
    const got = rows(book({ styles, rows: row(1, `${nc('A1', '0.30000000000000004')}${nc('B1', '0.965', 1)}${nc('C1', '1E-3')}${nc('D1', '8.2500000000000002')}${nc('E1', '0.9655', 3)}${nc('F1', '-2.5E+2')}`) })).rows;
    expect(got).toEqual([{ line: 1, cells: ['0.3', '96.5%', '0.001', '8.25', '96.55%', '-250'], numbers: [0, 1, 2, 3, 4, 5] }]);
  });

  it('writes dates as dates (1900 and 1904 systems, the 29 February 1900 that never was), in UTC', () => {
    const styles = { xfs: [0, 14, 164], formats: { 164: '[$-42A]dd/mm/yyyy hh:mm' } };
    const cells = `${nc('A1', '44228', 1)}${nc('B1', '60', 1)}${nc('C1', '44228.5', 2)}${nc('D1', '1', 1)}`;
    expect(cellsOf(book({ styles, rows: row(1, cells) }))).toEqual([['2021-02-01', '1900-02-29', '2021-02-01 12:00', '1900-01-01']]);
    expect(cellsOf(book({ styles, date1904: true, rows: row(1, nc('A1', '42766', 1)) }))).toEqual([['2021-02-01']]);
  });

  it('keeps a formula without a stored value as its formula, never blank; a stored result as it is', () => {
    const cells = `<c r="A1"><f>SUM(B1:C1)</f></c><c r="B1"><f>1+1</f><v>0</v></c><c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D1" t="b"><v>1</v></c>`;
    expect(cellsOf(book({ rows: row(1, cells) }))).toEqual([['=SUM(B1:C1)', '0', '#DIV/0!', 'TRUE']]);
  });

  it('keeps a formula whose stored value is empty (as openpyxl writes it) as its formula; an empty text result stays blank', () => {
    const cells = `<c r="A1"><f>1+1.25</f><v></v></c><c r="B1" t="n"><f>2*3</f><v> </v></c><c r="C1" t="str"><f>""</f><v></v></c><c r="D1"><f>1+1</f><v>2</v></c>`;
    expect(cellsOf(book({ rows: row(1, cells) }))).toEqual([['=1+1.25', '=2*3', '', '2']]);
  });

  it('reports a cell met twice (or out of order) in its row at the cell, keeping the first; a row met twice likewise', () => {
    const got = rows(book({ rows: row(1, `${nc('A1', '1')}${nc('B1', '2')}${nc('A1', '9')}${nc('C1', '3')}`) + row(2, nc('A2', '4')) + row(2, nc('A2', '8')) + row(3, nc('B3', '5')) }));
    expect(got.rows.map((r) => [r.line, r.cells])).toEqual([[1, ['1', '2', '3']], [2, ['4']], [3, ['', '5']]]);
    expect(got.diagnostics).toEqual([
      { code: 'INPUT_XLSX_DAMAGED', severity: 'error', loc: { file: 'book.xlsx', sheet: 'S', line: 1, column: 1 }, args: { damage: 'cell-repeated', part: 'S', value: 'A1' } },
      { code: 'INPUT_XLSX_DAMAGED', severity: 'error', loc: { file: 'book.xlsx', sheet: 'S', line: 2, column: 1 }, args: { damage: 'row-repeated', part: 'S', value: '2' } },
    ]);
  });

  it('refuses a zip holding two parts of one name, naming the part', () => {
    // Two parts whose names differ in one letter, then made the same in both zip headers.
    const bytes = Buffer.from(buildXlsx({ sheets: [{ name: 'S', rows: row(1, nc('A1', '1')) }], parts: { 'xl/styles.xmk': '<x/>' } }));
    for (let at = bytes.indexOf('xl/styles.xmk'); at >= 0; at = bytes.indexOf('xl/styles.xmk', at + 1)) bytes.write('xl/styles.xml', at, 'latin1');
    const { workbook, diagnostics } = openWorkbook(bytesSource(bytes), 'book.xlsx');
    expect(workbook).toBeUndefined();
    expect(diagnostics).toEqual([{ code: 'INPUT_XLSX_DAMAGED', severity: 'error', loc: { file: 'book.xlsx' }, args: { damage: 'entry-repeated', part: 'xl/styles.xml' } }]);
  });

  it('places cells by their reference, or after the previous one when they have none; rows keep their number', () => {
    const got = rows(book({ rows: `${row(3, `${nc('C3', '1')}<c><v>2</v></c>`)}<row><c r="B4"><v>3</v></c></row>` })).rows;
    expect(got.map((r) => [r.line, r.cells])).toEqual([[3, ['', '', '1', '2']], [4, ['', '3']]]);
  });

  it('reads elements under any prefix, and the first visible sheet skips hidden ones', () => {
    const prefixed = buildXlsx({
      sheets: [{ name: 'Ẩn', rows: row(1, nc('A1', '9')), state: 'hidden' }, { name: 'Hiện', rows: '' }],
      parts: { 'xl/worksheets/sheet2.xml': '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>' },
    });
    expect(open(prefixed).sheets.map((s) => s.visible)).toEqual([false, true]);
    expect(cellsOf(prefixed)).toEqual([['7']]);
  });

  it('reports a shared string that does not exist at its cell, and reads on', () => {
    const got = rows(book({ strings: [si('a')], rows: row(2, `${sc('A2', 0)}${sc('B2', 5)}${nc('C2', '1')}`) }));
    expect(got.rows[0]?.cells).toEqual(['a', '', '1']);
    expect(got.diagnostics).toEqual([{ code: 'INPUT_XLSX_STRING_INDEX', severity: 'error', loc: { file: 'book.xlsx', sheet: 'S', line: 2, column: 2 }, args: { index: '5', count: 1 } }]);
  });
});
