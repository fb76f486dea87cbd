// A set with survey criteria scored without any survey: the index is over the appraisal part (the
// contract), and that is never silent: a warning in every format, the survey shown as not given.
import { describe, expect, it } from 'vitest';
import { codesIn, runCli } from '../helpers/run-cli.js';
import { readZip } from '../helpers/read-zip.js';
import { tempFiles } from '../helpers/temp-files.js';

const SCORES = ['-s', 'samples/huong-son-2021/scores.csv'];
const DATE = ['--date', '2021-11-26'];

describe('scoring without a survey', () => {
  it.each(['table', 'csv', 'json', 'md', 'html'])('-f %s: exit 0 and the warning SCORE_SURVEY_NOT_GIVEN, in Vietnamese', (format) => {
    const r = runCli(['score', ...SCORES, '-f', format, ...DATE]);
    expect(r.code).toBe(0);
    expect(codesIn(r.stderr)).toEqual(['SCORE_SURVEY_NOT_GIVEN']);
    expect(r.stderr).toContain('không có số liệu điều tra xã hội học: các tiêu chí điều tra (8, 30 điểm) không tính vào điểm tối đa; chỉ số tính trên 70 điểm thẩm định');
    expect(r.stderr).toContain('cchc template --survey');
  });

  it('in English with --lang en', () => {
    const r = runCli(['score', ...SCORES, '-f', 'csv', '--lang', 'en']);
    expect(r.stderr).toContain('no survey given: the survey items (8, 30 points) are left out of every maximum; the index is over the 70 appraisal points');
  });

  it('csv: the columns stay, the survey cell and the survey field (8) are empty, not 0.00', () => {
    const lines = runCli(['score', ...SCORES, '-f', 'csv']).stdout.split('\r\n');
    expect(lines[0]).toBe('\ufeffrank,unit,name,group,appraisal,survey,bonus,penalty,total,max,index,band,1,2,3,4,5,6,7,8');
    expect(lines[1]).toBe('1,PHOCHAU,Thị trấn Phố Châu,Thị trấn,62.62,,1.75,0.00,64.37,67.75,95.01,Xuất sắc,9.25,5.00,14.75,5.25,11.50,6.75,10.12,');
  });

  it('json: survey null, the survey field’s points null, meta.surveyGiven false', () => {
    const doc = JSON.parse(runCli(['score', ...SCORES, '-f', 'json']).stdout);
    expect(doc.meta.surveyGiven).toBe(false);
    expect(doc.units[0]).toMatchObject({ unit: 'PHOCHAU', appraisal: 62.62, survey: null, total: 64.37 });
    expect(doc.units[0].fields[7]).toMatchObject({ code: '8', points: null, max: 0, index: null });
  });

  it('table, Markdown and HTML show — and say the index is over the appraised points', () => {
    const table = runCli(['score', ...SCORES]).stdout;
    expect(table).toContain('Không có số liệu điều tra xã hội học: chỉ số tính trên điểm thẩm định.');
    expect(table).toMatch(/│ +62\.62 │ +— │ +1\.75 │/);
    const md = runCli(['score', ...SCORES, '-f', 'md', '--lang', 'en', ...DATE]).stdout;
    expect(md).toContain('_No survey data: the index is computed on the appraised points._');
    expect(md).toContain('| 1 | PHOCHAU | Thị trấn Phố Châu | Thị trấn | 62.62 | — | 1.75 | 0.00 | 64.37 | 67.75 | 95.01 | Xuất sắc | 9.25 | 5.00 | 14.75 | 5.25 | 11.50 | 6.75 | 10.12 | — |');
    const html = runCli(['score', ...SCORES, '-f', 'html', ...DATE]).stdout;
    expect(html).toContain('<td class="n">62.62</td><td class="n">—</td>');
  });

  it('the Word annex shows — too', () => {
    const r = runCli(['score', ...SCORES, '-f', 'docx', ...DATE]);
    expect(codesIn(r.stderr)).toEqual(['SCORE_SURVEY_NOT_GIVEN']);
    const doc = readZip(r.stdoutBytes).find((e) => e.name === 'word/document.xml');
    const texts = [...(doc?.data.toString('utf8') ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    const at = texts.indexOf('Thị trấn Phố Châu');
    expect(texts.slice(at, at + 5)).toEqual(['Thị trấn Phố Châu', 'Thị trấn', '62.62', '—', '1.75']);
  });

  it('with the survey: no warning, and the survey is a number', () => {
    const r = runCli(['score', ...SCORES, '-u', 'samples/huong-son-2021/survey.csv', '-f', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\r\n')[1]).toMatch(/^1,PHOCHAU,Thị trấn Phố Châu,Thị trấn,62\.62,27\.17,/);
  });

  it('explain shows the survey as not given; reconcile (appraisal leaves only) does not warn', () => {
    const e = runCli(['explain', 'SONNINH', ...SCORES, '--set', '1.3=2']);
    expect(codesIn(e.stderr)).toEqual(['SCORE_SURVEY_NOT_GIVEN']);
    expect(e.stdout).toMatch(/│ Điểm điều tra XHH +│ +— │ +— │ +│/);
    const rec = runCli(['reconcile', '--self', 'samples/huong-son-2021/self-assessment.csv', ...SCORES]);
    expect(rec.code).toBe(0);
    expect(codesIn(rec.stderr)).toEqual([]);
  });

  it('a set without survey criteria: survey 0.00 and no warning', () => {
    const f = tempFiles({
      'set.json': JSON.stringify({ format: 'cchc-criteria/1', id: 'no-survey', version: '1', fields: [{ code: '1', max: 100, children: [{ code: '1.1', max: 100 }] }] }),
      'scores.csv': 'unit,1.1\nA,80\n',
    });
    const r = runCli(['score', '-c', f['set.json'], '-s', f['scores.csv'], '-f', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\r\n')[1]).toBe('1,A,,,80.00,0.00,0.00,0.00,80.00,100.00,80.00,,80.00');
  });
});
