// The council's own results in a scores sheet (every workbook has them): accepted and checked
// against cchc's; a value off by more than its rounding is a warning naming the unit, the column,
// the sheet's value and cchc's. The ranking is the same as without them.
import { describe, expect, it } from 'vitest';
import { codesIn, runCli } from '../helpers/run-cli.js';
import { SAMPLE_SCORES, SAMPLE_SURVEY, sampleRows } from '../helpers/sample-sheet.js';
import { tempFiles } from '../helpers/temp-files.js';

const clean = runCli(['score', '-s', SAMPLE_SCORES, '-u', SAMPLE_SURVEY, '-f', 'csv']);
const json = JSON.parse(runCli(['score', '-s', SAMPLE_SCORES, '-u', SAMPLE_SURVEY, '-f', 'json']).stdout) as {
  units: { unit: string; rank: number; total: number; index: number; band: string; fields: { code: string; points: number }[] }[];
};

/** The sample with the council's columns appended, filled from cchc's own results, then `wrong` cells changed. */
function withResults(columns: Record<string, (u: (typeof json.units)[number]) => string>, wrong: Record<string, Record<string, string>> = {}): string {
  const [header = [], ...rows] = sampleRows();
  const names = Object.keys(columns);
  const byUnit = new Map(json.units.map((u) => [u.unit, u]));
  const out = [[...header, ...names], ...rows.map((r) => [...r, ...names.map((n) => wrong[r[0] ?? '']?.[n] ?? columns[n]?.(byUnit.get(r[0] ?? '') as (typeof json.units)[number]) ?? '')])];
  return `${out.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\n')}\n`;
}
const score = (text: string, ...more: string[]) => {
  const f = tempFiles({ 'scores.csv': text });
  return { ...runCli(['score', '-s', f['scores.csv'], '-u', SAMPLE_SURVEY, '-f', 'csv', ...more]), file: f['scores.csv'] };
};

const COLUMNS = {
  'Tổng điểm': (u: (typeof json.units)[number]) => u.total.toFixed(2),
  'Chỉ số': (u: (typeof json.units)[number]) => `${u.index.toFixed(1)}%`,
  'Xếp loại': (u: (typeof json.units)[number]) => u.band,
  'Hạng': (u: (typeof json.units)[number]) => String(u.rank),
  '3': (u: (typeof json.units)[number]) => String(u.fields.find((f) => f.code === '3')?.points),
};

describe('computed columns', () => {
  it('agreeing with cchc (rounded as the sheet writes them): no word, the same ranking', () => {
    const r = score(withResults(COLUMNS));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(clean.stdout);
  });

  it('--verbose says each is checked, not read', () => {
    const r = score(withResults(COLUMNS), '--verbose');
    expect(codesIn(r.stderr)).toEqual(expect.arrayContaining(['SCORE_COMPUTED_COLUMN', 'SCORE_PARENT_CODE']));
    expect(r.stderr).toContain('cột "Tổng điểm" do cchc tự tính: giá trị trong bảng được đối chiếu với kết quả của cchc, không dùng để tính');
  });

  it('disagreeing: one warning per cell, naming the unit, the column, their value and cchc’s; exit 0, the same ranking', () => {
    const r = score(withResults(COLUMNS, { SONNINH: { 'Tổng điểm': '84.5', 'Chỉ số': '85.1%', 'Xếp loại': 'Xuất sắc', 'Hạng': '4', '3': '12' } }));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(clean.stdout);
    expect(codesIn(r.stderr)).toEqual(Array(5).fill('SCORE_COMPUTED_MISMATCH'));
    expect(r.stderr).toContain('[Tổng điểm] SONNINH: cột "Tổng điểm" trong bảng ghi 84.5, cchc tính được 84.36');
    expect(r.stderr).toContain('SONNINH: cột "Chỉ số" trong bảng ghi 85.1%, cchc tính được 85.00');
    expect(r.stderr).toContain('SONNINH: cột "Xếp loại" trong bảng ghi Xuất sắc, cchc tính được Tốt');
    expect(r.stderr).toContain('SONNINH: cột "Hạng" trong bảng ghi 4, cchc tính được 5');
    expect(r.stderr).toContain('SONNINH: cột "3" trong bảng ghi 12, cchc tính được 12.75');
    expect(r.stderr).toMatch(/^ {2}6:\d+ +cảnh báo/m);
  });

  it('in English', () => {
    const r = score(withResults({ Total: COLUMNS['Tổng điểm'] }, { KIMHOA: { Total: '70' } }), '--lang', 'en');
    expect(r.stderr).toContain('KIMHOA: the sheet\'s "Total" is 70, cchc computes 67.92');
    expect(r.stderr).toContain("cchc's value is the one reported; check the spreadsheet's formula and the cells it adds up");
  });

  it('an index written as a fraction (a percentage cell exported raw) and a "Xếp hạng" column of ranks are checked too', () => {
    const r = score(withResults({ 'Chỉ số': (u) => (u.index / 100).toFixed(4), 'Xếp hạng': (u) => String(u.rank) }, { SONHA: { 'Xếp hạng': '12' } }));
    expect(r.code).toBe(0);
    expect(codesIn(r.stderr)).toEqual(['SCORE_COMPUTED_MISMATCH']);
    expect(r.stderr).toContain('SONHA: cột "Xếp hạng" trong bảng ghi 12, cchc tính được 13');
  });

  it('without the survey, their survey field is compared with "not given"', () => {
    const f = tempFiles({ 'scores.csv': withResults({ '8': (u) => String(u.fields.find((x) => x.code === '8')?.points) }) });
    const r = runCli(['score', '-s', f['scores.csv'], '-f', 'csv']);
    expect(codesIn(r.stderr)).toContain('SCORE_COMPUTED_MISMATCH');
    expect(r.stderr).toContain('PHOCHAU: cột "8" trong bảng ghi 27.17, cchc tính được —');
  });
});
