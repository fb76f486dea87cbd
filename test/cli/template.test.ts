// `cchc template`: the scores sheet with bonus, penalty and note when the set allows them, titles
// that say each column's maximum and what to enter; `--survey`: the raw-answers sheet.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { codesIn, runCli } from '../helpers/run-cli.js';
import { SAMPLE_SCORES, SAMPLE_SURVEY } from '../helpers/sample-sheet.js';
import { tempFiles } from '../helpers/temp-files.js';

/** The template's header and titles as column → title. */
const titles = (args: string[]) => {
  const [header = [], row = []] = parse(runCli(['template', '--titles', ...args]).stdout.replace(/^\ufeff/, '')) as string[][];
  return Object.fromEntries(header.map((h, k) => [h, row[k] ?? '']));
};

describe('cchc template --titles', () => {
  it('says each leaf’s maximum and what to enter, by its rule, in Vietnamese', () => {
    const t = titles([]);
    expect(t['1.1.1']).toBe('Ban hành kế hoạch CCHC năm đúng thời hạn — tối đa 0,5 điểm; ghi có/không');
    expect(t['1.1.2']).toBe('Mức độ hoàn thành các nhiệm vụ trong kế hoạch CCHC năm — tối đa 2,5 điểm; ghi điểm (0–2,5)');
    expect(t['1.2']).toMatch(/— tối đa 1 điểm; ghi số lần vi phạm$/);
    expect(t['3.2.1']).toMatch(/^Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn \(%\) — tối đa 3,5 điểm; ghi tỷ lệ % \(ví dụ 96,5\)$/);
    expect(t['3.4']).toMatch(/ghi điểm \(0–2\); "-" nếu không áp dụng$/);
    expect(t['5.2']).toMatch(/ghi một mức: Hoàn thành xuất sắc \| Hoàn thành tốt \| Hoàn thành \| Không hoàn thành$/);
    expect([t['bonus'], t['penalty'], t['note']]).toEqual(['Điểm thưởng (0 đến 2)', 'Điểm trừ (0 đến 5)', 'Ghi chú (không tính điểm)']);
  });

  it('in English with --lang en', () => {
    const t = titles(['--lang', 'en']);
    expect(t['1.1.1']).toBe('Ban hành kế hoạch CCHC năm đúng thời hạn — max 0.5 points; yes/no (có/không)');
    expect(t['7.2.2']).toMatch(/— max 2 points; a rate in % \(e\.g\. 96\.5\)$/);
    expect(t['unit']).toBe('Unit code or name (required, one row per unit)');
  });

  it('no bonus and penalty columns for a set without them', () => {
    expect(runCli(['template', '-c', 'example']).stdout).not.toMatch(/bonus|penalty/);
  });
});

describe('cchc template --survey', () => {
  it('the raw-answers sheet: unit, respondent, group, every question; the titles name the item and the answers', () => {
    expect(runCli(['template', '--survey']).stdout).toBe('\ufeffunit,respondent,group,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10,Q11,Q12\r\n');
    const t = titles(['--survey']);
    expect(t['group']).toBe('Nhóm người trả lời: Đại biểu HĐND | Lãnh đạo cơ quan, đơn vị | Người dân, tổ chức');
    expect(t['Q1']).toBe('Q1: 8.1 Tiếp cận thông tin, công khai, minh bạch — ghi A, B, C, D; không tính: E, Không biết, ô trống');
    expect(titles(['--survey', '--lang', 'en'])['Q12']).toBe('Q12: 8.5 Tiếp nhận, xử lý phản ánh, kiến nghị — write A, B, C, D; not counted: E, Không biết, blank');
  });

  it('filled in, with its titles row left: scores as the sample, the titles row skipped with a notice', () => {
    const [header, row] = runCli(['template', '--survey', '--titles']).stdout.split('\r\n');
    const body = readFileSync(SAMPLE_SURVEY, 'utf8').split('\n').slice(1).join('\r\n');
    const f = tempFiles({ 'survey.csv': `${header}\r\n${row}\r\n${body}` });
    const r = runCli(['score', '-s', SAMPLE_SCORES, '-u', f['survey.csv'], '-f', 'csv']);
    expect(codesIn(r.stderr)).toEqual(['SCORE_TITLES_ROW_SKIPPED']);
    expect(r.stdout).toBe(runCli(['score', '-s', SAMPLE_SCORES, '-u', SAMPLE_SURVEY, '-f', 'csv']).stdout);
  });

  it('a set without a survey section: a usage error (exit 2), in Vietnamese or English', () => {
    const f = tempFiles({ 'set.json': JSON.stringify({ format: 'cchc-criteria/1', id: 'plain', version: '1', fields: [{ code: '1', max: 100, children: [{ code: '1.1', max: 100 }] }] }) });
    const vi = runCli(['template', '--survey', '-c', f['set.json']]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain('--survey: bộ tiêu chí plain@1 không có phần điều tra xã hội học');
    expect(runCli(['template', '--survey', '-c', f['set.json'], '--lang', 'en']).stderr).toContain('--survey: the criteria set plain@1 has no survey section');
  });
});
