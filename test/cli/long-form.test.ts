// Long form (one row per cell): a unit's bonus, penalty, name, group and note come as extra
// columns (on any of its rows) or as rows with that code; both are honoured, never dropped.
import { describe, expect, it } from 'vitest';
import { codesIn, runCli } from '../helpers/run-cli.js';
import { tempFiles } from '../helpers/temp-files.js';

const SET = JSON.stringify({
  format: 'cchc-criteria/1', id: 'long', version: '1',
  bands: [{ label: 'A', min: 90 }, { label: 'B', min: 0 }],
  adjustments: { bonusMax: 2, penaltyMax: 5 },
  fields: [
    { code: '1', max: 60, children: [{ code: '1.1', max: 10, rule: { type: 'yesno' } }, { code: '1.2', max: 50 }] },
    { code: '2', max: 40, children: [{ code: '2.1', max: 40 }] },
  ],
});
const run = (scores: string, ...more: string[]) => {
  const f = tempFiles({ 'set.json': SET, 'scores.csv': scores });
  // CSV unless the test asks for another format (-f given twice is a usage error).
  return runCli(['score', '-c', f['set.json'], '-s', f['scores.csv'], ...(more.includes('-f') ? [] : ['-f', 'csv']), ...more]);
};
const rowOf = (csv: string, unit: string) => csv.split('\r\n').find((l) => l.split(',')[1] === unit);

describe('long form: bonus, penalty, name, group, note', () => {
  it('as extra columns given on one of the unit’s rows (blank on the others)', () => {
    const r = run('unit,code,value,bonus,penalty,name,group\nA,1.1,có,1.5,,Xã A,Xã\nA,1.2,40,,0.5,,\nA,2.1,30,,,,\nB,1.1,không,,,Xã B,\nB,1.2,45,,,,\nB,2.1,35,,,,Thị trấn\n');
    expect(r.stderr).toBe('');
    expect(rowOf(r.stdout, 'A')).toBe('1,A,Xã A,Xã,80.00,0.00,1.50,0.50,81.00,100.00,81.00,B,50.00,30.00');
    expect(rowOf(r.stdout, 'B')).toBe('2,B,Xã B,Thị trấn,80.00,0.00,0.00,0.00,80.00,100.00,80.00,B,45.00,35.00');
  });

  it('as rows with that code, in English or Vietnamese', () => {
    const r = run('unit,code,value\nA,1.1,có\nA,1.2,40\nA,2.1,30\nA,bonus,1.5\nA,điểm trừ,0.5\nA,tên,Xã A\nA,ghi chú,đã bổ sung hồ sơ\n', '-f', 'json');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).units[0]).toMatchObject({ unit: 'A', name: 'Xã A', bonus: 1.5, penalty: 0.5, total: 81, note: 'đã bổ sung hồ sơ' });
  });

  it('the same value on several rows is fine; two different values are an error naming both', () => {
    expect(run('unit,code,value,bonus\nA,1.1,có,1\nA,1.2,40,1.0\nA,2.1,30,1\n').stderr).toBe('');
    const r = run('unit,code,value,bonus\nA,1.1,có,1\nA,1.2,40,\nA,2.1,30,\nA,bonus,2\n');
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toEqual(['SCORE_UNIT_VALUE_CONFLICT']);
    expect(r.stderr).toContain('5:3');
    expect(r.stderr).toContain('A: điểm thưởng ở đây là "2" nhưng ở dòng 2 là "1"');
    expect(run('unit,code,value,bonus\nA,1.1,có,1\nA,1.2,40,\nA,2.1,30,\nA,bonus,2\n', '--lang', 'en').stderr).toContain('A: bonus is "2" here but "1" on line 2');
  });

  it('a subtotal row is checked against cchc, not read', () => {
    const r = run('unit,code,value\nA,1.1,có\nA,1.2,40\nA,2.1,30\nA,1,55\nA,tổng điểm,80\n');
    expect(r.code).toBe(0);
    expect(codesIn(r.stderr)).toEqual(['SCORE_COMPUTED_MISMATCH']);
    expect(r.stderr).toContain('A: cột "1" trong bảng ghi 55, cchc tính được 50.00');
  });
});
