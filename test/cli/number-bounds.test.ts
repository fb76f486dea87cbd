// Numbers with bounded cost, end to end (issue 20.2): a cell or a criteria number past its limits
// is a located error naming the limit, found at once; compare's rank and index cells likewise.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildXlsx, nc, row, sc, si } from '../helpers/build-xlsx.js';
import { codesIn, ROOT, runCli } from '../helpers/run-cli.js';

const SCORES = 'samples/huong-son-2021/scores.csv';
const SURVEY = 'samples/huong-son-2021/survey.csv';
const MINI = 'test/fixtures/reports/mini-set/criteria.json';
const dir = mkdtempSync(join(tmpdir(), 'cchc-numbers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The sample's scores with the cell at (row, column) replaced. */
function scoresWith(line: number, column: number, text: string): string {
  const lines = readFileSync(join(ROOT, SCORES), 'utf8').split('\n');
  const cells = (lines[line - 1] as string).split(',');
  cells[column - 1] = text;
  lines[line - 1] = cells.join(',');
  const path = join(dir, `scores-${line}-${column}-${text.length}.csv`);
  writeFileSync(path, lines.join('\n'));
  return path;
}

/** Runs and times a command. */
function timed(args: string[]) {
  const t0 = Date.now();
  const r = runCli(args);
  return { ...r, ms: Date.now() - t0 };
}

describe('a score cell past the limits', () => {
  it('0.000…01 with 100,000 zeros (15 s before): an error at its cell naming the limit, in well under a second', () => {
    const r = timed(['score', '-s', scoresWith(2, 5, `0.${'0'.repeat(100_000)}1`), '-u', SURVEY, '--lang', 'en']);
    expect(r.ms).toBeLessThan(5000);
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toEqual(['SCORE_VALUE_OUT_OF_BOUNDS']);
    expect(r.stderr).toMatch(/2:5 +error +\[1\.1\.2\] "0\.0000.*\[100,003 characters\]" is smaller than 10⁻³⁰ \(criterion 1\.1\.2\)/);
    expect(r.stderr).toContain('a cell holds numbers of at most 30 significant digits, from 10⁻³⁰ to below 10³¹');
  });

  it('31 significant digits in a bonus cell: an error naming the column; 30 are read exactly', () => {
    const bonus = readFileSync(join(ROOT, SCORES), 'utf8').split('\n')[0]?.split(',').indexOf('bonus') as number;
    const long = timed(['score', '-s', scoresWith(2, bonus + 1, `1.${'1'.repeat(30)}`), '-u', SURVEY, '-f', 'csv']);
    expect([long.code, codesIn(long.stderr)]).toEqual([1, ['SCORE_VALUE_OUT_OF_BOUNDS']]);
    expect(long.stderr).toContain('có hơn 30 chữ số có nghĩa (cột bonus)');
    const fits = timed(['score', '-s', scoresWith(2, bonus + 1, `1.${'1'.repeat(29)}`), '-u', SURVEY, '-f', 'json']);
    expect(fits.code).toBe(0);
    expect(fits.stdout).toMatch(/"bonus": "?1\.1/);
  });

  it('the same cell in a workbook (19 s before): an error at Điểm!C2', () => {
    const path = join(dir, 'long-cell.xlsx');
    const rows = row(1, sc('A1', 0) + sc('B1', 1) + sc('C1', 2) + sc('D1', 3) + sc('E1', 4) + sc('F1', 5))
      + row(2, sc('A2', 6) + `<c r="B2" t="str"><v>có</v></c>` + nc('C2', `0.${'0'.repeat(100_000)}1`) + nc('D2', '1') + nc('E2', '100') + nc('F2', '2'));
    writeFileSync(path, buildXlsx({ sheets: [{ name: 'Điểm', rows }], strings: ['unit', '1.1', '1.2', '1.3', '2.1', '2.2', 'A'].map(si) }));
    const r = timed(['score', '-c', MINI, '-s', path, '--lang', 'en']);
    expect(r.ms).toBeLessThan(5000);
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toContain('SCORE_VALUE_OUT_OF_BOUNDS');
    expect(r.stderr).toMatch(/Điểm!C2 +error +\[1\.2\] .* is smaller than 10⁻³⁰/);
  });
});

describe('a criteria number past the limits', () => {
  const set = (max: string) => {
    const path = join(dir, `set-${max.length}-${max.slice(0, 8)}.json`);
    writeFileSync(path, readFileSync(join(ROOT, MINI), 'utf8').replace('"max": 4,', `"max": ${max},`));
    return path;
  };

  it.each([
    ['1e400', 'số 1e400 từ 10⁴¹ trở lên'],
    ['7'.repeat(400), 'có hơn 40 chữ số có nghĩa'],
    ['1e-1000000', 'số 1e-1000000 nhỏ hơn 10⁻⁴⁰'],
  ])('max %s: an error at its line and column naming the limit (never "một số: null"), at once', (max, words) => {
    const path = set(max);
    for (const args of [['check', path], ['score', '-c', path, '-s', SCORES], ['template', '-c', path]]) {
      const r = timed(args);
      const said = r.stdout + r.stderr;
      expect(r.ms, args[0]).toBeLessThan(5000);
      expect([r.code, codesIn(said)], args[0]).toEqual([1, ['CRITERIA_NUMBER_OUT_OF_BOUNDS']]);
      expect(said).toMatch(/\n +14:\d+ +lỗi/);
      expect(said).toContain(words);
      expect(said).toContain('tệp bộ tiêu chí chỉ ghi số có tối đa 40 chữ số có nghĩa, từ 10⁻⁴⁰ đến dưới 10⁴¹');
      expect(said).not.toContain('null');
    }
  });

  it('40 significant digits are read exactly: a sum one digit off is still a mismatch', () => {
    const r = runCli(['check', set(`4.${'0'.repeat(38)}1`)]);
    expect(codesIn(r.stdout)).toContain('CRITERIA_MAX_SUM_MISMATCH');
    expect(r.stdout).toContain(`4.${'0'.repeat(38)}1`);
  });
});

describe('compare: ranking cells past the limits', () => {
  const ranking = runCli(['score', '-s', SCORES, '-u', SURVEY, '-f', 'csv']).stdout.replace(/^\ufeff/, '');
  const withCell = (column: number, text: string) => {
    const lines = ranking.split('\r\n');
    const cells = (lines[1] as string).split(',');
    cells[column] = text;
    lines[1] = cells.join(',');
    const path = join(dir, `ranking-${column}-${text.length}.csv`);
    writeFileSync(path, lines.join('\r\n'));
    return path;
  };
  const before = join(dir, 'before.csv');
  writeFileSync(before, ranking);

  it('rank 99999999999999999999999 is an error at its cell, not 1e+23', () => {
    const r = runCli(['compare', before, withCell(0, '99999999999999999999999'), '-f', 'csv']);
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toEqual(['SCORE_VALUE_OUT_OF_BOUNDS']);
    expect(r.stderr).toMatch(/2:1 +lỗi +\[rank\] "99999999999999999999999" có hơn 15 chữ số có nghĩa \(cột rank\)/);
    expect(r.stdout).not.toContain('e+');
  });

  it.each([
    ['decimals that count', '1', 'có hơn 30 chữ số có nghĩa'],
    ['zeros', '0', 'có hơn 30 chữ số thập phân'],
  ])('an index with 100,000 more decimals (%s) is an error at its cell, and no row is blown up', (_what, digit, words) => {
    const index = (ranking.split('\r\n')[1] as string).split(',')[10] as string;
    const r = runCli(['compare', before, withCell(10, index + digit.repeat(100_000)), '-f', 'csv']);
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toEqual(['SCORE_VALUE_OUT_OF_BOUNDS']);
    expect(r.stderr).toContain(words);
    expect(r.stderr.length).toBeLessThan(2000);
    expect(r.stdout).toBe('');
  });
});
