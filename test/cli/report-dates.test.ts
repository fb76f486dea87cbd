// Dates (issue 20.8): --date takes any real day of 1900–9999 and SOURCE_DATE_EPOCH any
// non-negative number of seconds (0 is 1970-01-01). The reports show that day; a Word file's or a
// workbook's zip stamps its parts only from 1980 to 2099, so those stamps are clamped, never the
// date the document shows.
import { describe, expect, it } from 'vitest';
import { readZip, zipText } from '../helpers/read-zip.js';
import { runCli } from '../helpers/run-cli.js';

const JOB = ['score', '-s', 'samples/huong-son-2021/scores.csv', '-u', 'samples/huong-son-2021/survey.csv'];

describe('--date from 1900 to 9999', () => {
  it.each([
    ['1900-01-01', { year: 1980, month: 1, day: 1 }],
    ['1979-12-31', { year: 1980, month: 1, day: 1 }],
    ['2100-01-01', { year: 2099, month: 12, day: 31 }],
    ['9999-12-31', { year: 2099, month: 12, day: 31 }],
  ])('%s: the annex and the workbook carry it; their zip stamps are clamped to %j', (date, stamp) => {
    const docx = runCli([...JOB, '-f', 'docx', '-o', '/dev/stdout', '--date', date]);
    expect(docx.code).toBe(0);
    for (const e of readZip(docx.stdoutBytes)) expect(e.date, e.name).toEqual({ ...stamp, time: 0 });
    expect(zipText(docx.stdoutBytes, 'docProps/core.xml')).toContain(`${date}T00:00:00Z`);
    const [y, m, d] = date.split('-');
    expect(zipText(docx.stdoutBytes, 'word/document.xml')).toContain(`ngày ${d} tháng ${m} năm ${y}`);
    const xlsx = runCli([...JOB, '-f', 'xlsx', '-o', '/dev/stdout', '--date', date]);
    expect(xlsx.code).toBe(0);
    for (const e of readZip(xlsx.stdoutBytes)) expect([e.date.year, e.date.month, e.date.day], e.name).toEqual([stamp.year, stamp.month, stamp.day]);
    const html = runCli([...JOB, '-f', 'html', '--date', date]);
    expect([html.code, html.stdout.includes(`${d}/${m}/${y}`)]).toEqual([0, true]);
  });

  it('a day outside 1900–9999 is a usage error naming the range', () => {
    const r = runCli([...JOB, '-f', 'html', '--date', '1899-12-31']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--date 1899-12-31: ngày phải trong khoảng 1900-01-01 … 9999-12-31');
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  it.each([['0'], ['1']])('%s is 1970-01-01, not a usage error', (epoch) => {
    const r = runCli([...JOB, '-f', 'md'], { env: { SOURCE_DATE_EPOCH: epoch } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ngày lập: 01/01/1970');
  });

  it('past 9999-12-31 it is a usage error that says so', () => {
    const r = runCli([...JOB, '-f', 'md', '--lang', 'en'], { env: { SOURCE_DATE_EPOCH: '253402300800' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a non-negative integer, up to 9999-12-31');
  });
});
