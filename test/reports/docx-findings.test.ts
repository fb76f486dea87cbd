// The Word file's second annex (`--with-findings`): after the ranking (now PHỤ LỤC I), a portrait
// section PHỤ LỤC II with each unit's shortcomings and recommendations, by field, and the units
// without any named at the end; the same bytes for the same --date; remarks from a file stay text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zipText } from '../helpers/read-zip.js';
import { FIXTURES, ROOT, SAMPLE } from './helpers/run-cchc.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-docx-findings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function annex(name: string, args: string[]): { bytes: Buffer; stderr: string } {
  const out = join(dir, name);
  const r = spawnSync(process.execPath, ['bin/cchc.js', 'score', ...args, '-o', out], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
  expect(r.status).toBe(0);
  return { bytes: readFileSync(out), stderr: r.stderr };
}

const paragraphs = (xml: string): string[] => [...xml.matchAll(/<w:p[ >][^]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
const unxml = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

describe('cchc score --with-findings -o phu-luc.docx on the Hương Sơn sample', () => {
  const job = ['-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`, '--findings', `${SAMPLE}/findings.csv`, '--with-findings', '--date', '2021-11-26', '--decision', '123/QĐ-UBND'];
  const { bytes, stderr } = annex('findings.docx', job);
  const doc = zipText(bytes, 'word/document.xml');
  const text = paragraphs(doc).map(unxml);
  const at = (s: string) => text.findIndex((p) => p.startsWith(s));

  it('two annexes, I the ranking (landscape), II the findings (portrait, numbered on)', () => {
    expect(stderr).toBe('');
    expect(at('PHỤ LỤC I')).toBeGreaterThan(0);
    expect(at('PHỤ LỤC II')).toBeGreaterThan(at('PHỤ LỤC I'));
    expect(text[at('PHỤ LỤC II') + 1]).toBe('TỒN TẠI, HẠN CHẾ VÀ KIẾN NGHỊ CỦA HỘI ĐỒNG THẨM ĐỊNH ĐỐI VỚI TỪNG ĐƠN VỊ');
    expect(text[at('PHỤ LỤC II') + 2]).toBe('(Kèm theo Quyết định số 123/QĐ-UBND ngày 26 tháng 11 năm 2021)');
    const sections = [...doc.matchAll(/<w:pgSz [^>]*w:orient="(\w+)"/g)].map((m) => m[1]);
    expect(sections).toEqual(['landscape', 'portrait']);
  });

  it('each unit with shortcomings or recommendations in ranking order, by field, each remark with its criterion and evidence', () => {
    expect(at('1. Thị trấn Phố Châu (hạng 1, chỉ số 93.64)')).toBeGreaterThan(at('PHỤ LỤC II'));
    const first = at('1. Thị trấn Phố Châu');
    expect(text.slice(first + 1, first + 5)).toEqual([
      '1. Công tác chỉ đạo, điều hành cải cách hành chính',
      'Tồn tại, hạn chế:',
      '- Tiêu chí 1.4: Chưa có chuyên mục cải cách hành chính trên Trang thông tin điện tử; tài liệu kiểm chứng công tác tuyên truyền chỉ có kế hoạch, chưa có báo cáo kết quả thực hiện (Tài liệu kiểm chứng: Kế hoạch số 12/KH-UBND ngày 25/01/2021)',
      '2. Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật',
    ]);
    // What was achieved is the HTML report's; the decision's annex lists what must be fixed.
    expect(text.join('\n')).not.toContain('đơn vị dẫn đầu huyện');
    const kimHoa = at('18. Kim Hoa (hạng 25, chỉ số 68.96)');
    expect(text.slice(kimHoa + 1, kimHoa + 4)).toEqual(['Nhận xét chung về đơn vị', 'Tồn tại, hạn chế:', '- Hồ sơ tự đánh giá sắp xếp chưa khoa học; nhiều tài liệu kiểm chứng là bản phô tô không có dấu xác nhận']);
    expect(text.at(-1)).toBe('Các đơn vị không có tồn tại, hạn chế, kiến nghị: Sơn Giang, Sơn Hàm, Sơn Châu, Sơn Bằng, Sơn Tây, Sơn Long, Sơn Lĩnh.');
  });

  it('the same --date, the same bytes; without --with-findings, the annex alone, as before', () => {
    expect(annex('again.docx', job).bytes.equals(bytes)).toBe(true);
    const plain = paragraphs(zipText(annex('plain.docx', job.filter((a) => a !== '--with-findings')).bytes, 'word/document.xml'));
    expect(plain).toContain('PHỤ LỤC');
    expect(plain.some((p) => p.startsWith('PHỤ LỤC I'))).toBe(false);
  });
});

describe('--with-findings elsewhere', () => {
  const MINI = `${FIXTURES}/mini-set`;
  it('without remarks: a warning, and the ranking annex alone', () => {
    const { bytes, stderr } = annex('none.docx', ['-c', `${MINI}/criteria.json`, '-s', `${MINI}/scores.csv`, '--with-findings', '--date', '2021-11-26']);
    expect(stderr).toContain('có --with-findings nhưng không có nhận xét nào: tệp Word chỉ có phụ lục xếp hạng  SCORE_FINDINGS_NOT_GIVEN');
    expect(paragraphs(zipText(bytes, 'word/document.xml'))).toContain('PHỤ LỤC');
  });

  it('hostile remarks: escaped, and no character XML forbids reaches the file', () => {
    const { bytes } = annex('hostile.docx', ['-c', `${MINI}/criteria.json`, '-s', `${MINI}/scores.csv`, '--findings', 'test/fixtures/findings/hostile/findings.csv', '--with-findings', '--date', '2021-11-26']);
    const doc = zipText(bytes, 'word/document.xml');
    expect(doc).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202e]/);
    expect(doc).not.toMatch(/<script|<img|<b>QĐ/);
    expect(doc).toContain('- Tiêu chí 1.1: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt; (Tài liệu kiểm chứng: &lt;b&gt;QĐ 45&lt;/b&gt;)');
  });
});
