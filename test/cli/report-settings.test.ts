// The report settings on the built binary: a bad --date is a usage error (exit 2) in Vietnamese
// with the form expected, before any file is read; SOURCE_DATE_EPOCH and --date give the same
// report; explain, reconcile and compare take --date and --title.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const SAMPLE = ['-s', 'samples/huong-son-2021/scores.csv', '-u', 'samples/huong-son-2021/survey.csv'];

describe('--date', () => {
  it.each(['26/11/2021', '2021-02-30', 'hôm nay'])('--date %s: exit 2, a Vietnamese message with YYYY-MM-DD, no stack, nothing written', (bad) => {
    const r = runCli(['score', ...SAMPLE, '-f', 'html', '--date', bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`cchc: --date ${bad}: không phải một ngày hợp lệ; viết theo dạng YYYY-MM-DD (năm-tháng-ngày), ví dụ --date 2021-11-26\n`);
  });

  it('a bad --date is found before the inputs are read (a missing file is not reported)', () => {
    const r = runCli(['score', '-s', 'no-such.csv', '--date', '2021-13-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--date 2021-13-01');
    expect(r.stderr).not.toContain('no-such.csv');
  });

  it('SOURCE_DATE_EPOCH gives the report of its day (UTC), as --date does; a bad one is a usage error', () => {
    const byDate = runCli(['score', ...SAMPLE, '-f', 'html', '--date', '2021-11-26']);
    const byEpoch = runCli(['score', ...SAMPLE, '-f', 'html'], { env: { SOURCE_DATE_EPOCH: '1637971199' } }); // 2021-11-26 23:59:59 UTC
    expect(byEpoch.stdout).toBe(byDate.stdout);
    expect(byDate.stdout).toContain('ngày 26 tháng 11 năm 2021');
    expect(byDate.stdout).toContain('<tr><th>Ngày lập</th><td>26/11/2021</td></tr>');
    expect(runCli(['score', ...SAMPLE, '-f', 'md'], { env: { SOURCE_DATE_EPOCH: '1e9' } }).code).toBe(2);
  });
});

describe('--title and --date on explain, reconcile and compare', () => {
  it('explain: the title replaced, the date after the set', () => {
    const r = runCli(['explain', 'SONNINH', ...SAMPLE, '-f', 'md', '--date', '2021-11-26', '--title', 'Phiếu điểm Sơn Ninh']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('**Phiếu điểm Sơn Ninh** (ha-tinh-xa@2021) · 26/11/2021');
  });
  it('reconcile and compare: dated', () => {
    const rec = runCli(['reconcile', '--self', 'samples/huong-son-2021/self-assessment.csv', ...SAMPLE, '-f', 'md', '--date', '2021-11-26']);
    expect(rec.stdout.split('\n')[0]).toMatch(/^\*\*Điểm tự đánh giá so với điểm thẩm định: .*\*\* \(ha-tinh-xa@2021\) · 26\/11\/2021$/);
    const cmp = runCli(['compare', 'test/fixtures/reports/compare-merged-communes/before.csv', 'test/fixtures/reports/compare-merged-communes/after.csv', '--date', '2021-11-26', '--title', 'Hai năm']);
    expect(cmp.stdout.split('\n')[0]).toMatch(/^Hai năm .* · 26\/11\/2021$/);
  });
  it('the CSV and JSON of those commands carry no date: their columns are fixed', () => {
    const a = runCli(['reconcile', '--self', 'samples/huong-son-2021/self-assessment.csv', ...SAMPLE, '-f', 'csv', '--date', '2021-11-26']);
    const b = runCli(['reconcile', '--self', 'samples/huong-son-2021/self-assessment.csv', ...SAMPLE, '-f', 'csv', '--date', '2022-01-01']);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('-f docx', () => {
  it('to a pipe: the Word file\'s bytes on stdout (a zip); the same as -o', () => {
    const r = runCli(['score', ...SAMPLE, '-f', 'docx', '--date', '2021-11-26']);
    expect(r.code).toBe(0);
    expect(r.stdoutBytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  });
  it('-o annex.docx with another -f is a usage error', () => {
    expect(runCli(['score', ...SAMPLE, '-f', 'html', '-o', 'annex.docx']).code).toBe(2);
  });
});
