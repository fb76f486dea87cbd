// Workbooks read end to end by the built CLI: a clerk's workbook, as LibreOffice saved it, ranks
// exactly like its CSV export; problems are located as Sheet!K8; hostile files exit 1 quickly.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codesIn, runCli } from '../helpers/run-cli.js';
import { bookParts, zipParts } from '../helpers/build-xlsx.js';

const X = 'test/fixtures/xlsx';
const MINI = ['-c', 'test/fixtures/reports/mini-set/criteria.json'];

describe('reading workbooks', () => {
  it('the sample saved as .xlsx by LibreOffice ranks byte for byte like its CSVs', () => {
    const csv = runCli(['score', '-s', 'samples/huong-son-2021/scores.csv', '-u', 'samples/huong-son-2021/survey.csv', '-f', 'csv']);
    const xlsx = runCli(['score', '-s', `${X}/huong-son-scores.xlsx`, '-u', `${X}/huong-son-survey.xlsx`, '-f', 'csv']);
    expect(xlsx.code).toBe(0);
    expect(xlsx.stderr).toBe('');
    expect(xlsx.stdout).toBe(csv.stdout);
  });

  it('a workbook through a pipe (-) ranks as the same file', () => {
    const file = runCli(['score', ...MINI, '-s', `${X}/traps.xlsx`, '-f', 'csv']);
    const piped = runCli(['score', ...MINI, '-s', '-', '-f', 'csv'], { input: readFileSync(`${X}/traps.xlsx`) });
    expect([piped.code, piped.stdout]).toEqual([0, file.stdout]);
  });

  it('picks the first visible sheet whose header it recognises, and says so with --verbose', () => {
    const r = runCli(['score', ...MINI, '-s', `${X}/traps.xlsx`, '-f', 'csv', '--verbose', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Điểm!4:4');
    expect(r.stderr).toContain('read the sheet "Điểm" (the first visible sheet whose header cchc recognises), header on row 4, 3 row(s) skipped; passed over: Hướng dẫn');
    expect(r.stderr).toMatch(/Điểm!A8 +info .*Tổng cộng/);
    // Merged group cells leave blanks below their first cell; the numbers beside the comma-decimal "1,5" read right.
    expect(r.stdout.replace(/^\ufeff/, '').split('\r\n').slice(1, 4)).toEqual([
      '1,B,Xã Bình,,9.50,2.00,0.00,0.00,11.50,12.00,95.83,A,3.50,6.00,2.00',
      '2,A,Xã An,Xã,6.00,1.50,0.00,0.00,7.50,10.00,75.00,C,1.50,4.50,1.50',
      '3,C,Xã Cát,,5.25,1.00,0.00,0.00,6.25,12.00,52.08,C,3.25,2.00,1.00',
    ]);
  });

  it('a sheet named after # is read; its problems are located as Sheet!K8, in both languages', () => {
    const vi = runCli(['score', ...MINI, '-s', `${X}/traps.xlsx#Lỗi`]);
    expect(vi.code).toBe(1);
    expect(codesIn(vi.stderr)).toEqual(expect.arrayContaining(['SCORE_VALUE_DATE', 'SCORE_VALUE_EXCEL_ERROR']));
    expect(vi.stderr).toMatch(/Lỗi!C2 +lỗi .*2021-02-01/);
    expect(vi.stderr).toMatch(/Lỗi!F2 +lỗi .*#DIV\/0!/);
    const en = runCli(['score', ...MINI, '-s', `${X}/traps.xlsx#lỗi`, '--lang', 'en']);
    expect(en.stderr).toMatch(/Lỗi!C2 +error/);
  });

  it('an unknown sheet is a usage error listing the sheets; a path that exists as it is stays a path', () => {
    const r = runCli(['score', ...MINI, '-s', `${X}/traps.xlsx#Điểm 2022`, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the workbook has no sheet named "Điểm 2022"; its sheets: "Hướng dẫn", "Điểm", "Lỗi"');
    const dir = mkdtempSync(join(tmpdir(), 'cchc-hash-'));
    copyFileSync(`${X}/traps.xlsx`, join(dir, 'book.xlsx#Lỗi'));
    expect(runCli(['score', ...MINI, '-s', join(dir, 'book.xlsx#Lỗi'), '-f', 'csv']).code).toBe(0);
  });

  it('-o never writes over the workbook an input names with #', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-over-'));
    copyFileSync(`${X}/traps.xlsx`, join(dir, 'book.xlsx'));
    const r = runCli(['score', ...MINI, '-s', join(dir, 'book.xlsx#Điểm'), '-o', join(dir, 'book.xlsx')]);
    expect(r.code).toBe(2);
  });

  it('an .xls keeps its re-save message; a hostile workbook exits 1 at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-bad-'));
    const xls = new Uint8Array(2048);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(join(dir, 'old.xls'), xls);
    const old = runCli(['score', ...MINI, '-s', join(dir, 'old.xls'), '--lang', 'en']);
    expect([old.code, codesIn(old.stderr)[0]]).toEqual([1, 'INPUT_NOT_CSV']);
    expect(old.stderr).toContain('save it as an Excel workbook (.xlsx)');
    const bomb = { ...bookParts({ sheets: [{ name: 'S', rows: '' }] }), 'xl/worksheets/sheet1.xml': new Uint8Array(24 << 20).fill(0x20) };
    writeFileSync(join(dir, 'bomb.xlsx'), zipParts(bomb));
    const t0 = Date.now();
    const r = runCli(['score', ...MINI, '-s', join(dir, 'bomb.xlsx'), '-u', join(dir, 'bomb.xlsx')]);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect([r.code, codesIn(r.stderr).filter((c) => c.startsWith('INPUT'))]).toEqual([1, ['INPUT_XLSX_REFUSED', 'INPUT_XLSX_REFUSED']]);
  });
});
