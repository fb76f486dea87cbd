// Hostile workbooks are refused quickly, with memory bounded by cchc's limits and not by what the
// file declares: one diagnostic each, never a throw, never a hang.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { bytesSource, openWorkbook, readSheetRows } from '../../src/io/xlsx/index.js';
import { messageOf } from '../../src/report/messages/index.js';
import { bookParts, buildXlsx, centralEntry, nc, row, zipParts } from '../helpers/build-xlsx.js';

/** Every diagnostic reading the first sheet gives, and how long it took. */
function read(bytes: Uint8Array): { codes: Diagnostic[]; rows: number; ms: number } {
  const t0 = performance.now();
  const { workbook, diagnostics } = openWorkbook(bytesSource(bytes), 'bad.xlsx');
  let rows = 0;
  if (workbook) for (const _ of readSheetRows(workbook, workbook.sheets[0] as (typeof workbook.sheets)[number], diagnostics)) rows++;
  return { codes: diagnostics, rows, ms: performance.now() - t0 };
}

const plain = () => bookParts({ sheets: [{ name: 'S', rows: row(1, nc('A1', '1')) }] });
const sheetWith = (body: string) => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;

describe('hostile workbooks', () => {
  it('a zip bomb is refused by its ratio within its first megabytes', () => {
    const bomb = new Uint8Array(24 << 20).fill(0x20); // 24 MiB of spaces inflating from ~25 kB
    const parts = { ...plain(), 'xl/worksheets/sheet1.xml': bomb };
    const r = read(zipParts(parts));
    expect(r.codes.map((d) => [d.code, d.args])).toEqual([['INPUT_XLSX_REFUSED', { part: 'xl/worksheets/sheet1.xml', why: 'ratio' }]]);
    expect(r.ms).toBeLessThan(2000);
  });

  it('a part holding more than its declared size is refused as it inflates', () => {
    const zip = buildXlsx({ sheets: [{ name: 'S', rows: row(1, nc('A1', '1')) }] });
    const at = centralEntry(zip, 'xl/worksheets/sheet1.xml');
    new DataView(zip.buffer, zip.byteOffset).setUint32(at + 24, 40, true);
    expect(read(zip).codes.map((d) => d.args)).toEqual([{ part: 'xl/worksheets/sheet1.xml', why: 'declared-size' }]);
  });

  it('a part declaring more than cchc reads is refused before anything is allocated', () => {
    const zip = buildXlsx({ sheets: [{ name: 'S', rows: row(1, nc('A1', '1')) }] });
    new DataView(zip.buffer, zip.byteOffset).setUint32(centralEntry(zip, 'xl/workbook.xml') + 24, 0xfffffff0, true);
    expect(read(zip).codes.map((d) => d.args)).toEqual([{ part: 'xl/workbook.xml', why: 'size' }]);
  });

  it('a DOCTYPE (entity expansion) is refused', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>';
    const r = read(zipParts({ ...plain(), 'xl/worksheets/sheet1.xml': laughs }));
    expect(r.codes.map((d) => [d.code, d.args])).toEqual([['INPUT_XLSX_REFUSED', { part: 'xl/worksheets/sheet1.xml', why: 'doctype' }]]);
    expect(r.rows).toBe(0);
  });

  it('an entity that is not defined makes the part damaged, not expanded', () => {
    const r = read(zipParts({ ...plain(), 'xl/worksheets/sheet1.xml': sheetWith('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol;</t></is></c></row>') }));
    expect(r.codes.map((d) => d.code)).toEqual(['INPUT_XLSX_DAMAGED']);
  });

  it('encrypted zip entries and password-protected workbooks (OLE2) are named as such; an .xls as an .xls', () => {
    const zip = buildXlsx({ sheets: [{ name: 'S', rows: '' }] });
    const at = centralEntry(zip, 'xl/workbook.xml');
    const dv = new DataView(zip.buffer, zip.byteOffset);
    dv.setUint16(at + 8, dv.getUint16(at + 8, true) | 1, true);
    expect(read(zip).codes.map((d) => [d.code, d.args])).toEqual([['INPUT_XLSX_ENCRYPTED', { kind: 'zip' }]]);
    const ole2 = (names: string[]) => {
      const b = new Uint8Array(4096);
      b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      names.forEach((n, i) => b.set([...n].flatMap((c) => [c.charCodeAt(0), 0]), 1024 + i * 128));
      return b;
    };
    expect(read(ole2(['Root Entry', 'EncryptionInfo', 'EncryptedPackage'])).codes.map((d) => [d.code, d.args])).toEqual([['INPUT_XLSX_ENCRYPTED', { kind: 'password' }]]);
    expect(read(ole2(['Root Entry', 'Workbook'])).codes.map((d) => [d.code, d.args])).toEqual([['INPUT_NOT_CSV', { kind: 'xls' }]]);
  });

  it('a cell at XFD1048576 in a tiny file is one row, not a grid: no allocation for the rows above', () => {
    const zip = buildXlsx({ sheets: [{ name: 'S', rows: row(1048576, nc('XFD1048576', '1')) }] });
    expect(zip.length).toBeLessThan(2048);
    const t0 = performance.now();
    const { workbook } = openWorkbook(bytesSource(zip), 'bad.xlsx');
    const rows = [...readSheetRows(workbook!, workbook!.sheets[0]!, [])];
    expect(rows.map((r) => [r.line, r.cells.length, r.cells[16383]])).toEqual([[1048576, 16384, '1']]);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('rows of cells far right of their data are refused before they cost more than a few million cells', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join('');
    const r = read(zipParts({ ...plain(), 'xl/worksheets/sheet1.xml': sheetWith(rows) }));
    expect(r.codes.map((d) => d.args)).toEqual([{ part: 'xl/worksheets/sheet1.xml', why: 'cells' }]);
    expect(r.rows).toBeLessThan(200);
  });

  it('damaged zips say so: cut short, no directory, a part that does not inflate, a cell reference off the grid', () => {
    const zip = buildXlsx({ sheets: [{ name: 'S', rows: row(1, nc('A1', '1')) }] });
    expect(read(zip.subarray(0, zip.length - 30)).codes.map((d) => d.code)).toEqual(['INPUT_XLSX_DAMAGED']);
    expect(read(zip.subarray(0, 200)).codes.map((d) => d.code)).toEqual(['INPUT_XLSX_DAMAGED']);
    const garbled = zip.slice();
    const at = centralEntry(garbled, 'xl/worksheets/sheet1.xml');
    const local = new DataView(garbled.buffer).getUint32(at + 42, true);
    garbled.fill(0xff, local + 60, local + 80);
    expect(read(garbled).codes.map((d) => d.code)).toEqual(['INPUT_XLSX_DAMAGED']);
    expect(read(buildXlsx({ sheets: [{ name: 'S', rows: row(1, nc('XFE1', '1')) }] })).codes.map((d) => d.code)).toEqual(['INPUT_XLSX_DAMAGED']);
  });

  it('says what is damaged in the run\'s language: no English in Vietnamese', () => {
    const zip = buildXlsx({ sheets: [{ name: 'S', rows: row(1, nc('A1', '1')) }] });
    const garbled = zip.slice();
    const local = new DataView(garbled.buffer).getUint32(centralEntry(garbled, 'xl/worksheets/sheet1.xml') + 42, true);
    garbled.fill(0xff, local + 60, local + 80);
    const cases: [Uint8Array, unknown, string, string][] = [
      [zip.subarray(0, 200), { damage: 'no-directory' }, 'không tìm thấy mục lục của tệp zip', 'no zip directory'],
      [garbled, { damage: 'not-inflating', part: 'xl/worksheets/sheet1.xml' }, 'xl/worksheets/sheet1.xml không giải nén được', 'xl/worksheets/sheet1.xml does not inflate'],
      [buildXlsx({ sheets: [{ name: 'S', rows: row(1, nc('XFE1', '1')) }] }), { damage: 'cell-reference', value: 'XFE1' }, 'địa chỉ ô XFE1 không hợp lệ', 'cell reference XFE1'],
      [zipParts({ ...plain(), 'xl/workbook.xml': '<workbook><sheets></workbook>' }), { damage: 'xml', part: 'xl/workbook.xml' }, 'xl/workbook.xml: XML không hợp lệ', 'xl/workbook.xml: '],
    ];
    for (const [bytes, args, vi, en] of cases) {
      const [d] = read(bytes).codes;
      expect(d?.args).toMatchObject(args as object);
      expect(messageOf(d as Diagnostic, 'vi').text).toContain(vi);
      expect(messageOf(d as Diagnostic, 'vi').text).not.toMatch(/(?<!\p{L})(the|is|not|does|a|of|cut|short)(?!\p{L})/u);
      expect(messageOf(d as Diagnostic, 'en').text).toContain(en);
    }
  });

  it('an OpenDocument spreadsheet, a Word document or a plain zip is named, not read as a workbook', () => {
    const ods = zipParts({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' });
    const docx = zipParts({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w/>' });
    expect(read(ods).codes.map((d) => d.args)).toEqual([{ kind: 'ods' }]);
    expect(read(docx).codes.map((d) => d.args)).toEqual([{ kind: 'docx' }]);
    expect(read(zipParts({ 'a.txt': 'x' })).codes.map((d) => d.args)).toEqual([{ kind: 'zip' }]);
  });
});
