// Workbooks read as Excel reads them (issue 20.6), end to end: a formula whose stored value is
// empty is its formula, never a blank (not even with --missing zero); a cell or a zip part given
// twice is an error where it is; a sheet whose name holds # can be named after the file.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildXlsx, nc, row, sc, si } from '../helpers/build-xlsx.js';
import { codesIn as allCodes, runCli } from '../helpers/run-cli.js';

const MINI = ['-c', 'test/fixtures/reports/mini-set/criteria.json'];
/** The codes said, but the mini set's own warning (its maxima add up to 12, not 100). */
const codesIn = (stderr: string) => allCodes(stderr).filter((c) => c !== 'CRITERIA_TOTAL_NOT_100');
const dir = mkdtempSync(join(tmpdir(), 'cchc-wb-traps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STRINGS = ['unit', '1.1', '1.2', '1.3', '2.1', '2.2', 'A', 'B', 'có'].map(si);
const HEADER = row(1, ['A1', 'B1', 'C1', 'D1', 'E1', 'F1'].map((ref, i) => sc(ref, i)).join(''));
/** A unit's row: its name, 1.1 = có, then 1.2 (as given), 1.3, 2.1, 2.2. */
const unitRow = (r: number, name: number, c12: string) => row(r, `${sc(`A${r}`, name)}${sc(`B${r}`, 8)}${c12}${nc(`D${r}`, '1')}${nc(`E${r}`, '95')}${nc(`F${r}`, '2')}`);
const book = (name: string, sheets: { name: string; rows: string }[]) => {
  const path = join(dir, name);
  writeFileSync(path, buildXlsx({ sheets, strings: STRINGS }));
  return path;
};

describe('a formula whose stored value is empty', () => {
  const path = book('formula.xlsx', [{ name: 'Điểm', rows: HEADER + unitRow(2, 6, '<c r="C2"><f>1+1.25</f><v></v></c>') + unitRow(3, 7, nc('C3', '1')) }]);

  it.each([[[]], [['--missing', 'zero']]])('is SCORE_VALUE_FORMULA at its cell, never a blank scored 0 (%j)', (extra) => {
    const r = runCli(['score', ...MINI, '-s', path, '-f', 'csv', ...extra]);
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toContain('SCORE_VALUE_FORMULA');
    expect(codesIn(r.stderr)).not.toContain('SCORE_VALUE_MISSING');
    expect(r.stderr).toMatch(/Điểm!C2 +lỗi +\[1\.2\] .*=1\+1\.25/);
    expect(r.stdout).toBe('');
  });
});

describe('a cell or a part given twice', () => {
  it('a cell reference repeated in a row: an error at that cell, exit 1', () => {
    const path = book('twice.xlsx', [{ name: 'Điểm', rows: HEADER + row(2, `${sc('A2', 6)}${sc('B2', 8)}${nc('C2', '1')}${nc('C2', '0')}${nc('D2', '1')}${nc('E2', '95')}${nc('F2', '2')}`) }]);
    const r = runCli(['score', ...MINI, '-s', path, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toContain('INPUT_XLSX_DAMAGED');
    expect(r.stderr).toMatch(/Điểm!C2 +error +.*cell C2 is repeated or out of order in its row/);
  });

  it('two zip parts of one name: the workbook is refused, naming the part', () => {
    const bytes = Buffer.from(buildXlsx({ sheets: [{ name: 'Điểm', rows: HEADER + unitRow(2, 6, nc('C2', '1')) }], strings: STRINGS, parts: { 'xl/worksheets/sheet1.xmk': '<x/>' } }));
    for (let at = bytes.indexOf('sheet1.xmk'); at >= 0; at = bytes.indexOf('sheet1.xmk', at + 1)) bytes.write('sheet1.xml', at, 'latin1');
    writeFileSync(join(dir, 'parts.xlsx'), bytes);
    const r = runCli(['score', ...MINI, '-s', join(dir, 'parts.xlsx')]);
    expect([r.code, codesIn(r.stderr)]).toEqual([1, ['INPUT_XLSX_DAMAGED']]);
    expect(r.stderr).toContain('tệp zip có hai phần cùng tên xl/worksheets/sheet1.xml');
  });
});

describe('a sheet whose name holds #', () => {
  const sheets = [{ name: 'Hướng dẫn', rows: row(1, sc('A1', 6)) }, { name: 'Điểm#1', rows: HEADER + unitRow(2, 6, nc('C2', '1')) + unitRow(3, 7, nc('C3', '1.5')) }, { name: '1', rows: HEADER + unitRow(2, 7, nc('C2', '0.5')) }];
  const path = book('book.xlsx', sheets);

  it('book.xlsx#Điểm#1 is the sheet "Điểm#1": the last # whose left part is a file splits', () => {
    const r = runCli(['score', ...MINI, '-s', `${path}#Điểm#1`, '-f', 'csv', '--verbose', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('read the sheet "Điểm#1" (named after the file)');
    expect(r.stdout.split('\r\n').filter((l) => /^\d/.test(l))).toHaveLength(2);
  });

  it('a file named book.xlsx#Điểm takes the split: its sheet "1"', () => {
    copyFileSync(path, `${path}#Điểm`);
    const r = runCli(['score', ...MINI, '-s', `${path}#Điểm#1`, '-f', 'csv', '--verbose', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('read the sheet "1" (named after the file)');
    expect(r.stdout.split('\r\n').filter((l) => /^\d/.test(l))).toHaveLength(1);
  });

  it('a sheet that is not there is still an error listing the sheets', () => {
    const r = runCli(['score', ...MINI, '-s', `${path}#Điểm#2`]);
    expect([r.code, codesIn(r.stderr)]).toEqual([2, ['INPUT_XLSX_SHEET_UNKNOWN']]);
    expect(r.stderr).toContain('"Điểm#1"');
  });
});
