// `cchc explain UNIT --set CODE=VALUE` on the built CLI: the result equals `cchc score` on the
// sheet with the cell changed; values are read as the sheet reads them; mistakes are located at
// their --set, in Vietnamese.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, SAMPLE, cchc, codesIn } from './helpers/run-cchc.js';

const tmp = mkdtempSync(join(tmpdir(), 'cchc-what-if-'));
const MINI = `${FIXTURES}/mini-set`;

/** The scores CSV with some of one unit's cells changed, written to a file. */
function changedSheet(file: string, unit: string, cells: Record<string, string>, name: string): string {
  const [header = '', ...rows] = readFileSync(join(ROOT, file), 'utf8').trimEnd().split(/\r?\n/);
  const cols = header.split(',');
  const out = rows.map((r) => {
    const c = r.split(',');
    if (c[0] !== unit) return r;
    for (const [code, text] of Object.entries(cells)) c[cols.indexOf(code)] = text;
    return c.join(',');
  });
  const path = join(tmp, name);
  writeFileSync(path, [header, ...out].join('\n') + '\n');
  return path;
}

const resultOf = (u: Record<string, unknown>) => ({ appraisal: u['appraisal'], survey: u['survey'], bonus: u['bonus'], penalty: u['penalty'], total: u['total'], max: u['max'], index: u['index'], rank: u['rank'], band: u['band'] });

describe('against scoring the changed sheet', () => {
  it.each([
    ['SONHA', { '3.2.1': '100%', bonus: '2' }], // a rate on steps and a bonus: moves up a rank
    ['SONNINH', { '1.1.1': 'không', '5.2': 'Hoàn thành xuất sắc', '1.2': '3' }], // có/không, a level label, a count of violations
    ['KIMHOA', { '2.1': '-', '7.2.2': '80', '4.4': '1.5' }], // not applicable (the leaf leaves the max), a proportion, points
    ['PHOCHAU', { '6.1': '0', penalty: '4' }], // the leader drops
  ] as const)('%s %j', (unit, cells) => {
    const sets = Object.entries(cells).flatMap(([c, v]) => ['--set', `${c}=${v}`]);
    const w = cchc(['explain', unit, '-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`, '-f', 'json', ...sets]);
    expect(w.status).toBe(0);
    const doc = JSON.parse(w.stdout);
    const plain = JSON.parse(cchc(['score', '-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`, '-f', 'json']).stdout).units as Record<string, unknown>[];
    const again = JSON.parse(cchc(['score', '-s', changedSheet(`${SAMPLE}/scores.csv`, unit, cells, `${unit}.csv`), '-u', `${SAMPLE}/survey.csv`, '-f', 'json']).stdout).units as Record<string, unknown>[];
    expect(doc.after).toEqual(resultOf(again.find((u) => u['unit'] === unit) as Record<string, unknown>));
    expect(doc.before).toEqual(resultOf(plain.find((u) => u['unit'] === unit) as Record<string, unknown>));
    const rankOf = (units: Record<string, unknown>[], u: unknown) => units.find((x) => x['unit'] === u)?.['rank'];
    const moved = again.filter((u) => u['unit'] !== unit && u['rank'] !== rankOf(plain, u['unit'])).map((u) => ({ unit: u['unit'], name: u['name'], rankBefore: rankOf(plain, u['unit']), rankAfter: u['rank'] }));
    expect(doc.moved).toEqual(moved);
    expect(doc.changes.map((c: { code: string; value: string }) => [c.code, c.value])).toEqual(Object.entries(cells));
  });

  it('a survey leaf given as points, as the survey sheet would give it', () => {
    const w = JSON.parse(cchc(['explain', 'A', '-c', `${MINI}/criteria.json`, '-s', `${MINI}/scores.csv`, '-f', 'json', '--set', '3.1=0.5']).stdout);
    const again = JSON.parse(cchc(['score', '-c', `${MINI}/criteria.json`, '-s', changedSheet(`${MINI}/scores.csv`, 'A', { '3.1': '0.5' }, 'mini.csv'), '-f', 'json']).stdout).units;
    expect(w.after).toEqual(resultOf(again.find((u: Record<string, unknown>) => u['unit'] === 'A')));
    expect(w.changes).toEqual([{ code: '3.1', title: 'Satisfaction', value: '0.5', before: 1.5, after: 0.5 }]);
  });
});

describe('values are read as the sheet reads them', () => {
  const comma = join(tmp, 'mini-comma.csv');
  writeFileSync(comma, 'unit;name;1.1;1.2;1.3;2.1;2.2;3.1\nA;Xã An;không;1,5;-;95;2,5;1,5\nB;Xã Bình;có;1;2;100;3;2\nC;Xã Cát;có;1,25;1,5;89;2;1\n');
  it('with the decimal comma of a comma sheet', () => {
    const r = cchc(['explain', 'C', '-c', `${MINI}/criteria.json`, '-s', comma, '-f', 'json', '--set', '1.2=1,5', '--set', '2.1=92,5%']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).changes.map((c: { after: number }) => c.after)).toEqual([1.5, 2]);
  });
  it('a decimal comma in a sheet written with points is read as typed (issue 19): as 1.5 there', () => {
    const comma = cchc(['explain', 'C', '-c', `${MINI}/criteria.json`, '-s', `${MINI}/scores.csv`, '--set', '1.2=1,5', '-f', 'json']);
    const point = cchc(['explain', 'C', '-c', `${MINI}/criteria.json`, '-s', `${MINI}/scores.csv`, '--set', '1.2=1.5', '-f', 'json']);
    expect(comma.status).toBe(0);
    expect(JSON.parse(comma.stdout).after).toEqual(JSON.parse(point.stdout).after);
  });
});

describe('mistakes in --set', () => {
  const explain = (...sets: string[]) => cchc(['explain', 'SONNINH', '-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`, ...sets.flatMap((s) => ['--set', s])]);
  it.each([
    [['9.9=1'], 'SCORE_SET_UNKNOWN_CODE', 'không có tiêu chí "9.9"'],
    [['tc 3.2.1=1'], 'SCORE_SET_UNKNOWN_CODE', '(có phải "3.2.1"?)'],
    [['3.2=3'], 'SCORE_SET_PARENT_CODE', 'điểm của nó là tổng các tiêu chí thành phần (3.2.1, 3.2.2, 3.2.3)'],
    [['1.3=2', '1.3=1'], 'SCORE_SET_TWICE', '"1.3" được đặt hai lần'],
    [['1.3=abc'], 'SCORE_VALUE_NOT_NUMBER', '"abc" không phải là số (tiêu chí 1.3)'],
    [['1.3=9'], 'SCORE_VALUE_ABOVE_MAX', '9 vượt điểm tối đa 2 của tiêu chí 1.3'],
    [['1.1.1=có lẽ'], 'SCORE_YESNO_INVALID', '"có lẽ" không phải có/không (tiêu chí 1.1.1)'],
    [['5.2=Tốt'], 'SCORE_LEVEL_UNKNOWN', '"Tốt" không phải mức đánh giá của tiêu chí 5.2'],
    [['3.3=-'], 'SCORE_NA_NOT_ALLOWED', 'tiêu chí 3.3 không được ghi "không áp dụng"'],
    [['1.2=1.5'], 'SCORE_COUNT_NOT_WHOLE', '1.5 không phải số lần vi phạm nguyên'],
    [['1.3='], 'SCORE_VALUE_MISSING', 'thiếu điểm của SONNINH, tiêu chí 1.3'],
    [['bonus=-1'], 'SCORE_ADJUSTMENT_INVALID', 'điểm thưởng "-1" không phải số ≥ 0'],
  ])('%j: %s', (sets, code, text) => {
    const r = explain(...sets);
    expect(r.status).toBe(1);
    expect(codesIn(r.stderr)).toEqual([code]);
    expect(r.stderr).toContain(`--set ${sets.at(-1)}`);
    expect(r.stderr).toContain(text);
    expect(r.stdout).toBe('');
  });
  it('a survey leaf when no survey was given', () => {
    const r = cchc(['explain', 'SONNINH', '-s', `${SAMPLE}/scores.csv`, '--set', '8.1=3']);
    expect(r.status).toBe(1);
    expect(codesIn(r.stderr)).toEqual(['SCORE_SET_SURVEY_NOT_GIVEN', 'SCORE_SURVEY_NOT_GIVEN']);
  });
  it('without "=": a usage error (exit 2), in Vietnamese or English', () => {
    const r = explain('3.2.1');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cchc: --set 3.2.1: cần dạng MÃ=GIÁ_TRỊ');
    expect(cchc(['explain', 'SONNINH', '-s', `${SAMPLE}/scores.csv`, '--set', '=1', '--lang', 'en']).stderr).toContain('--set =1: needs the form CODE=VALUE');
  });
});

describe('for people', () => {
  it('the table: the cells changed, the result before and after, the units that move', () => {
    const r = cchc(['explain', 'SONHA', '-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`, '--set', '3.2.1=100%', '--set', 'bonus=2']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Giả định: các ô thay đổi');
    expect(r.stdout).toMatch(/│ Hạng +│ +13 │ +12 │ lên 1 hạng │/);
    expect(r.stdout).toMatch(/│ TANMYHA +│ Tân Mỹ Hà +│ +12 │ +13 │/);
    expect(r.stdout).toContain('Đúng bằng kết quả chấm lại tệp điểm sau khi sửa các ô này');
  });
});
