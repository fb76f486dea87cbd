// `cchc explain`: the sheet adds up to the total (bonus and penalty shown), and the gaps are said
// in words: to the unit ranked above (units rank on the index, not the points) and to the next band.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { SAMPLE_SCORES, SAMPLE_SURVEY } from '../helpers/sample-sheet.js';
import { tempFiles } from '../helpers/temp-files.js';

const explain = (unit: string, ...more: string[]) => runCli(['explain', unit, '-s', SAMPLE_SCORES, '-u', SAMPLE_SURVEY, '-f', 'md', '--date', '2021-11-26', ...more]);
/** The Markdown sheet's rows as [code, title, max, points]. */
const sheetRows = (md: string) => md.split('\n').filter((l) => l.startsWith('| ')).map((l) => l.split(' | ').map((c) => c.replace(/^\| |\u00a0/g, '').trim()));

describe('the sheet adds up to the total', () => {
  it.each([['SONLAM', 'vi'], ['SONNINH', 'en']])('%s (%s): the fields, + bonus, − penalty = the total', (unit, lang) => {
    const md = explain(unit, '--lang', lang).stdout;
    const rows = sheetRows(md);
    const [bonus, penalty, total] = lang === 'vi' ? ['Điểm thưởng', 'Điểm trừ', 'Tổng điểm'] : ['Bonus', 'Penalty', 'Total'];
    const find = (title: string) => rows.find((r) => r[0] === '' && r[1] === title);
    const fields = rows.filter((r) => /^\d$/.test(r[0] ?? '') && !/^\d/.test(r[1] ?? ''));
    expect(fields).toHaveLength(8);
    const sum = fields.reduce((s, r) => s + Number(r[3]), 0) + Number(find(bonus)?.[3]) + Number(find(penalty)?.[3]?.replace('−', '-'));
    expect(Math.abs(sum - Number(find(total)?.[3]))).toBeLessThan(0.02);
    expect(find(bonus)?.[3]).toMatch(/^\+\d+\.\d\d$/);
  });

  it('SONLAM has a penalty of 1: shown as −1.00', () => {
    expect(sheetRows(explain('SONLAM').stdout).find((r) => r[1] === 'Điểm trừ')?.[3]).toBe('−1.00');
  });
});

describe('the gaps in words', () => {
  it('to the unit ranked above: in index, with the points that reach it; and to the next band (Vietnamese)', () => {
    const md = explain('SONNINH').stdout;
    expect(md).toContain('Đơn vị xếp ngay trên là SONTRUONG — Sơn Trường (hạng 4, chỉ số 88.44): tổng điểm của đơn vị đó hơn SONNINH 3.41 điểm. Xếp hạng theo chỉ số, nên để bằng chỉ số 88.44, SONNINH cần thêm 3.41 điểm (trên điểm tối đa 99.25 của mình).');
    expect(md).toContain('Để lên loại Xuất sắc (chỉ số từ 90) cần thêm 4.96 điểm (90% × 99.25 − 84.36).');
  });

  it('in English; unequal maxima make the points needed differ from the gap', () => {
    const md = explain('SONGIANG', '--lang', 'en').stdout;
    expect(md).toMatch(/The unit ranked just above is TAYSON — Thị trấn Tây Sơn \(rank 6, index 83\.34\): its total is 2\.92 points above SONGIANG's\. Units rank on the index, so to reach an index of 83\.34, SONGIANG needs 0\.42 more points \(on its own maximum of 97\.00\)\./);
  });

  it('rank 1 and a tie broken by the tie-break', () => {
    expect(explain('PHOCHAU').stdout).toContain('Đứng đầu bảng xếp hạng.');
    const f = tempFiles({
      'set.json': JSON.stringify({ format: 'cchc-criteria/1', id: 't', version: '1', ranking: { tieBreak: ['1'] }, fields: [{ code: '1', max: 50, children: [{ code: '1.1', max: 50 }] }, { code: '2', max: 50, children: [{ code: '2.1', max: 50 }] }] }),
      'scores.csv': 'unit,1.1,2.1\nA,40,30\nB,30,40\n',
    });
    const r = runCli(['explain', 'B', '-c', f['set.json'], '-s', f['scores.csv'], '--lang', 'en']);
    expect(r.stdout).toContain('The unit ranked just above is A (rank 1), with the same index 70.00: B comes after it by the tie-break');
  });
});
