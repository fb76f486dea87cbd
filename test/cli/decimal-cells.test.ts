// One or a few cells with the other decimal mark in an otherwise clear file are those cells'
// errors (line:column, their text); a file really mixed is one error whose hint leads to no
// second error; `--decimal` is suggested only when it settles the file.
import { describe, expect, it } from 'vitest';
import { codesIn, runCli } from '../helpers/run-cli.js';
import { SAMPLE_SURVEY, sampleColumn, sampleRows, sampleWith } from '../helpers/sample-sheet.js';
import { tempFiles } from '../helpers/temp-files.js';

const score = (scores: string, ...more: string[]) => {
  const f = tempFiles({ 'scores.csv': scores });
  return runCli(['score', '-s', f['scores.csv'], '-u', SAMPLE_SURVEY, '-f', 'csv', ...more]);
};

describe('a few cells with the other decimal mark', () => {
  it('in a file with decimal points: each is an error at its cell with its text; no --decimal hint, nothing else', () => {
    const r = score(sampleWith({ SONNINH: { '1.3': '"1,75"' }, KIMHOA: { '6.2': '"2,25"' } }));
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toEqual(['SCORE_DECIMAL_OTHER_MARK', 'SCORE_DECIMAL_OTHER_MARK']);
    expect(r.stderr).toContain(`6:${sampleColumn('1.3')}`);
    expect(r.stderr).toContain('[1.3] "1,75" viết bằng dấu thập phân phẩy; phần còn lại của tệp dùng dấu chấm');
    expect(r.stderr).toContain('→ ghi 1.75');
    expect(r.stderr).not.toContain('--decimal');
  });

  it('in English, in a file with decimal commas', () => {
    const rows = sampleRows().map((r, i) => (i === 0 ? r : r.map((c) => (/^\d+\.\d+$/.test(c) ? `"${c.replace('.', ',')}"` : c))));
    const r = score(sampleWith({ SONNINH: { '1.3': '1.75' } }, rows), '--lang', 'en');
    expect(codesIn(r.stderr)).toEqual(['SCORE_DECIMAL_OTHER_MARK']);
    expect(r.stderr).toContain('"1.75" is written with a decimal point; the rest of the file uses a decimal comma');
    expect(r.stderr).toContain('→ write 1,75');
  });
});

describe('a file really mixed', () => {
  it('is one error with the counts; the hint is to make the cells agree, not --decimal (it would leave the others wrong)', () => {
    const rows = sampleRows().map((r, i) => (i === 0 || i % 2 === 1 ? r : r.map((c) => (/^\d+\.\d+$/.test(c) ? `"${c.replace('.', ',')}"` : c))));
    const r = score(sampleWith({}, rows));
    expect(codesIn(r.stderr)).toEqual(['SCORE_DECIMAL_AMBIGUOUS']);
    expect(r.stderr).toMatch(/tệp dùng lẫn hai dấu thập phân: \d+ số dùng dấu phẩy, \d+ số dùng dấu chấm/);
    expect(r.stderr).toContain('ghi mọi số cùng một dấu thập phân');
    expect(r.stderr).not.toContain('--decimal');
  });

  it('whose numbers all read both ways: --decimal is the hint, and with it the file scores', () => {
    const f = tempFiles({ 'set.json': JSON.stringify({ format: 'cchc-criteria/1', id: 'k', version: '1', fields: [{ code: '1', max: 100, children: [{ code: '1.1', max: 100 }] }] }), 'scores.csv': 'unit,1.1\nA,1.250\nB,1.500\n' });
    const r = runCli(['score', '-c', f['set.json'], '-s', f['scores.csv'], '-f', 'csv', '--lang', 'en']);
    expect(codesIn(r.stderr)).toEqual(['SCORE_DECIMAL_AMBIGUOUS']);
    expect(r.stderr).toContain('every number reads both ways');
    expect(r.stderr).toContain('--decimal dot');
    const settled = runCli(['score', '-c', f['set.json'], '-s', f['scores.csv'], '-f', 'csv', '--decimal', 'dot']);
    expect(settled.stderr).toBe('');
    expect(settled.stdout).toContain('2,A,,,1.25,');
  });
});
