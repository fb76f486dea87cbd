// The notices of other sets and sheets, from the built binary: unit codes no file system takes as
// they are, remarks full of markup and control characters, a set ranked by group, a unit not
// ranked, no survey, no remarks; and the Word writer loaded only by a run that writes Word.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zipText } from '../helpers/read-zip.js';
import { FIXTURES, ROOT, SAMPLE, cchc } from './helpers/run-cchc.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-notices-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MINI = `${FIXTURES}/mini-set`;

function folder(name: string, args: string[]): Map<string, Buffer> {
  const out = join(dir, name);
  const r = cchc(['notices', ...args, '--date', '2021-11-26', '--output-decimal', 'dot', '-o', out]);
  expect(r.status, r.stderr).toBe(0);
  return new Map(readdirSync(out).map((f) => [f, readFileSync(join(out, f))]));
}
const md = (files: Map<string, Buffer>, name: string) => files.get(name)?.toString('utf8') ?? '';

describe('unit codes unsafe as file names', () => {
  const files = folder('unsafe', ['-c', `${MINI}/criteria.json`, '-s', 'test/fixtures/notices/unsafe-codes/scores.csv']);

  it('each gets a safe name of its own: forbidden characters and shapes as _, then 8 hex digits of its SHA-256', () => {
    expect([...files.keys()].sort()).toEqual(['A_B-998d3ed8.docx', 'A_B.docx', 'CON_-a3dbc4b6.docx', '_._etc-f7f9121f.docx', '_hidden-16924190.docx', 'con_.txt-d3bde286.docx', 'trailing._-44c12a4e.docx']);
    const subject = (f: string) => zipText(files.get(f) as Buffer, 'word/document.xml').match(/Kết quả xác định Chỉ số cải cách hành chính năm 2021 của ([^<]*)/)?.[1];
    expect(subject('A_B-998d3ed8.docx')).toBe('Xã Hai');
    expect(subject('A_B.docx')).toBe('Xã Ba');
    expect(subject('_._etc-f7f9121f.docx')).toBe('Xã Một');
  });

  it('names from the sheet stay text: escaped in the XML, backslash-escaped in Markdown', () => {
    expect(zipText(files.get('_hidden-16924190.docx') as Buffer, 'word/document.xml')).toContain('của &lt;b&gt;Xã Sáu&lt;/b&gt; &amp; *đậm*');
    const mdFiles = folder('unsafe-md', ['-c', `${MINI}/criteria.json`, '-s', 'test/fixtures/notices/unsafe-codes/scores.csv', '-f', 'md']);
    expect(md(mdFiles, '_hidden-16924190.md')).toContain('**Kết quả xác định Chỉ số cải cách hành chính năm 2021 của \\<b\\>Xã Sáu\\</b\\> \\& \\*đậm\\***');
  });
});

describe('remarks full of markup and control characters', () => {
  const args = ['-c', `${MINI}/criteria.json`, '-s', `${MINI}/scores.csv`, '--findings', 'test/fixtures/findings/hostile/findings.csv', '--unit', 'A', '--number', '1/TB'];
  it('Word: escaped, and no character XML forbids reaches the file', () => {
    const xml = zipText(folder('hostile', args).get('A.docx') as Buffer, 'word/document.xml');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202e]/);
    expect(xml).not.toMatch(/<script|<img|<b>QĐ/);
    expect(xml).toContain('Kiến nghị: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt; (Tài liệu kiểm chứng: &lt;b&gt;QĐ 45&lt;/b&gt;)');
    // Only unit A's remarks: B's is not there.
    expect(xml).not.toContain('báo cáo gửi chậm');
  });

  it('Markdown: escaped as every Markdown report escapes it', () => {
    const text = md(folder('hostile-md', [...args, '-f', 'md']), 'A.md');
    expect(text).toContain('Kiến nghị: \\<script\\>alert(1)\\</script\\> \\& \\<img src=x onerror=alert(2)\\>');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202e]/);
  });
});

describe('what a notice says of its rank and result', () => {
  it('ranked by group: its place in its group; a unit not ranked says so', () => {
    const files = folder('by-group', ['-c', `${FIXTURES}/by-group/criteria.json`, '-s', `${FIXTURES}/by-group/scores.csv`, '-f', 'md']);
    expect(md(files, 'TT2.md')).toContain('- Xếp hạng: thứ 2/2 đơn vị trong nhóm Thị trấn.');
    expect(md(files, 'XB.md')).toContain('- Xếp hạng: thứ 1/4 đơn vị trong nhóm Xã.');
    expect(md(files, 'XB.md')).toContain('Đứng đầu bảng xếp hạng trong nhóm.');
    expect(md(files, 'XM.md')).toContain('- Không xếp hạng cùng các đơn vị khác.');
  });

  it('ranked together, units in groups: the place among all and in its group', () => {
    const files = folder('groups', ['-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`, '-f', 'md', '--unit', 'PHOCHAU', '--unit', 'SONNINH']);
    expect(md(files, 'PHOCHAU.md')).toContain('- Xếp hạng: thứ 1/25 đơn vị; trong nhóm Thị trấn: thứ 1/2.');
    expect(md(files, 'SONNINH.md')).toContain('- Xếp hạng: thứ 5/25 đơn vị; trong nhóm Xã: thứ 4/23.');
  });

  it('without a survey: not given, not 0; without remarks: the losses alone', () => {
    const r = cchc(['notices', '-s', `${SAMPLE}/scores.csv`, '-f', 'md', '--unit', 'SONNINH', '--date', '2021-11-26', '-o', join(dir, 'no-survey')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('SCORE_SURVEY_NOT_GIVEN');
    const text = readFileSync(join(dir, 'no-survey', 'SONNINH.md'), 'utf8');
    expect(text).toContain('điểm điều tra xã hội học: không có số liệu (chỉ số tính trên điểm thẩm định)');
    expect(text).toMatch(/\| 8 \| Điều tra xã hội học[^|]*\| 0\.00 \| — \|/);
    expect(text).toContain('Trên cơ sở kết quả thẩm định hồ sơ, tài liệu kiểm chứng, Hội đồng thẩm định');
    expect(text).toContain('### 3. Các tiêu chí bị mất điểm\n');
    expect(text).not.toContain('Tồn tại, hạn chế và kiến nghị');
  });
});

describe('the Word writer is a lazy chunk', () => {
  const loaded = (name: string, args: string[]): string[] => {
    const list = join(dir, `loaded-${name}.json`);
    const r = spawnSync(process.execPath, ['-r', join(ROOT, 'test/helpers/loaded-modules.cjs'), 'bin/cchc.js', 'notices', '-s', `${SAMPLE}/scores.csv`, '--unit', 'SONNINH', '-o', join(dir, `lazy-${name}`), ...args], {
      cwd: ROOT,
      env: { ...process.env, CCHC_LOADED_MODULES: list },
    });
    expect(r.status).toBe(0);
    return (JSON.parse(readFileSync(list, 'utf8')) as string[]).filter((f) => /[\\/]dist[\\/]lazy[\\/]/.test(f)).map((f) => f.split(/[\\/]/).at(-1) as string);
  };
  it('notices in Markdown load no docx; in Word, the Word chunk (the annex\'s too: docx once)', () => {
    expect(loaded('md', ['-f', 'md']).filter((f) => f.includes('docx'))).toEqual([]);
    expect(loaded('docx', []).filter((f) => f.includes('docx'))).toEqual(['docx.cjs']);
  });
});
