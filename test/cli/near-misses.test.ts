// Every error tells what to fix: near misses name what was meant, in one message.
import { describe, expect, it } from 'vitest';
import { codesIn, runCli } from '../helpers/run-cli.js';
import { SAMPLE_SURVEY, sampleRows, sampleWith } from '../helpers/sample-sheet.js';
import { tempFiles } from '../helpers/temp-files.js';

const score = (scores: string, ...more: string[]) => {
  const f = tempFiles({ 'scores.csv': scores });
  return runCli(['score', '-s', f['scores.csv'], '-u', SAMPLE_SURVEY, '-f', 'csv', ...more]);
};
const renamed = (from: string, to: string) => {
  const rows = sampleRows();
  rows[0] = (rows[0] ?? []).map((h) => (h === from ? to : h));
  return sampleWith({}, rows);
};

describe('a column one edit from a leaf without a column', () => {
  it('`3.21` for `3.2.1`: one message naming both, no "no column for 3.2.1" besides', () => {
    const r = score(renamed('3.2.1', '3.21'));
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toEqual(['SCORE_UNKNOWN_COLUMN']);
    expect(r.stderr).toContain('cột không xác định "3.21", và tiêu chí 3.2.1 không có cột: có phải "3.21" là "3.2.1"?');
    expect(r.stderr).toContain('→ đổi tên cột thành 3.2.1');
  });

  it('in English; the other missing leaves are still listed', () => {
    const rows = sampleRows().map((r) => r.filter((_, k) => (sampleRows()[0] ?? [])[k] !== '4.4'));
    rows[0] = (rows[0] ?? []).map((h) => (h === '5.1.2' ? '5.12' : h));
    const r = score(sampleWith({}, rows), '--lang', 'en');
    expect(codesIn(r.stderr).sort()).toEqual(['SCORE_COLUMN_MISSING', 'SCORE_UNKNOWN_COLUMN']);
    expect(r.stderr).toContain('unknown column "5.12", and criterion 5.1.2 has no column: is "5.12" meant to be "5.1.2"?');
    expect(r.stderr).toContain('no column for criterion: 4.4');
  });

  it('an unknown column near nothing: the hint lists the Vietnamese column names with the English ones', () => {
    const vi = score(renamed('note', 'Ý kiến'));
    expect(vi.stderr).toContain('đơn vị (unit), tên (name), nhóm (group), xếp hạng (ranked), điểm thưởng (bonus), điểm trừ (penalty), ghi chú (note)');
    const en = score(renamed('note', 'Ý kiến'), '--lang', 'en');
    expect(en.stderr).toContain('unit (đơn vị), name (tên), group (nhóm), ranked (xếp hạng), bonus (điểm thưởng), penalty (điểm trừ), note (ghi chú)');
  });
});

describe('a unit in one file only', () => {
  it('gets the closest unit of the other file, both ways', () => {
    const r = score(sampleWith({ SONNINH: { unit: 'SONNIHN' } }));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('đơn vị "SONNIHN" không có trong samples/huong-son-2021/survey.csv (gần nhất trong đó: "SONNINH")');
    // A survey spelling is matched against every unit of the scores, named with its name (issue 19).
    expect(r.stderr).toMatch(/đơn vị "SONNINH" không có trong \S+scores\.csv \(\d+ dòng: [\d, …]+\) \(gần nhất trong đó: "SONNIHN" \(Sơn Ninh\)[,)]/);
    expect(score(sampleWith({ SONNINH: { unit: 'SONNIHN' } }), '--lang', 'en').stderr).toContain('unit "SONNIHN" is not in samples/huong-son-2021/survey.csv (the closest there: "SONNINH")');
  });
});

describe('long form: an unknown code', () => {
  const long = (code: string) => {
    const [header = [], ...rows] = sampleRows();
    const lines = ['unit,code,value'];
    for (const r of rows) header.forEach((h, k) => /^\d/.test(h) && lines.push(`${r[0]},${h === '3.2.1' && r[0] === 'SONNINH' ? code : h},${r[k]}`));
    return `${lines.join('\n')}\n`;
  };
  it('gets the closest code, and the leaf it stands for is not said to be missing as well', () => {
    const r = score(long('3.21'));
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toEqual(['SCORE_UNKNOWN_CODE']);
    expect(r.stderr).toContain('mã tiêu chí không tồn tại "3.21" (có phải "3.2.1"?)');
    expect(score(long('TC 3.2.1'), '--lang', 'en').stderr).toContain('unknown criterion code "TC 3.2.1" (did you mean "3.2.1"?)');
  });
});
