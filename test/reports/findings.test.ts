// `--findings FILE` end to end, on the built CLI: every column alias and the long form's note and
// evidence read the same remarks; unknown units and codes are located errors with the closest
// suggested; the remarks reach explain, reconcile, JSON, HTML and the Word file, and the ranking
// CSV and table do not change.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWholeSheetFile } from '../../src/io/read-sheet-file.js';
import { inputSource } from '../../src/io/input-source.js';
import { FIXTURES, SAMPLE, cchc, codesIn, csvRows } from './helpers/run-cchc.js';

const MINI = `${FIXTURES}/mini-set`;
const FX = 'test/fixtures/findings';
const mini = ['-c', `${MINI}/criteria.json`, '-s', `${MINI}/scores.csv`];
const withFindings = (fixture: string) => [...mini, '--findings', `${FX}/${fixture}/findings.csv`];

interface JsonFinding { code: string | null; kind: string; note: string; evidence: string; file: string; line: number }
interface JsonUnit { unit: string; note: string; findings?: JsonFinding[] }

/** Every unit's remarks from `score -f json`, units in code order, each remark as [unit, code, kind, note, evidence]. */
function remarks(args: string[], warnings = ['CRITERIA_TOTAL_NOT_100']): (string | null)[][] {
  const r = cchc(['score', ...args, '-f', 'json']);
  // The mini set's maxima add up to 12, not 100: its one warning, and no other.
  expect([r.status, codesIn(r.stderr)]).toEqual([0, warnings]);
  const units = (JSON.parse(r.stdout) as { units: JsonUnit[] }).units.sort((a, b) => (a.unit < b.unit ? -1 : 1));
  return units.flatMap((u) => (u.findings ?? []).map((f) => [u.unit, f.code, f.kind, f.note, f.evidence]));
}

const PLAN = 'Kế hoạch số 06/KH-UBND ngày 25/01/2021';
const FOUR = [
  ['A', '1.1', 'shortcoming', 'Kế hoạch ban hành chậm', PLAN],
  ['A', '1.1', 'recommendation', 'Ban hành kế hoạch đúng thời hạn', ''],
  ['A', null, 'acknowledgement', 'Hồ sơ đầy đủ', ''],
  ['B', '2', 'remark', 'Số hóa hồ sơ tốt', ''],
];

describe('every way of writing the sheet reads the same remarks', () => {
  it.each([
    ['english-headers', 'unit,code,note,evidence,kind'],
    ['vietnamese-headers', 'STT,Đơn vị,Mã tiêu chí,Ghi chú,Tài liệu kiểm chứng,Loại; units by name in any case'],
    ['nhan-xet-header', 'đơn vị,tiêu chí,nhận xét,minh chứng,phân loại; kinds without diacritics, ưu điểm'],
  ])('%s (%s)', (fixture) => {
    const got = remarks(withFindings(fixture));
    // nhận xét in a kind cell is a plain remark, as an empty kind is.
    expect(got).toEqual(FOUR);
  });

  it('UTF-16 with tabs under two title rows (Excel\'s "Unicode text")', () => {
    expect(remarks(withFindings('utf16-tab-title-rows'))).toEqual([['A', '1.1', 'shortcoming', 'Kế hoạch ban hành chậm', PLAN], ['B', '2', 'acknowledgement', 'Số hóa hồ sơ tốt', '']]);
  });

  it('columns headed tồn tại and kiến nghị say the kind; one row may give both', () => {
    expect(remarks(withFindings('ton-tai-kien-nghi-columns'))).toEqual([
      ['A', '1.1', 'shortcoming', 'Kế hoạch ban hành chậm', PLAN],
      ['A', '1.1', 'recommendation', 'Ban hành kế hoạch đúng thời hạn', ''],
      ['B', '2.2', 'shortcoming', 'Chưa số hóa hồ sơ', ''],
      ['C', null, 'recommendation', 'Duy trì kết quả', ''],
    ]);
  });

  it('a kind column, where it is filled, says the kind over the header tồn tại', () => {
    expect(remarks(withFindings('kind-column-over-header'))).toEqual([['A', '1.1', 'recommendation', 'Ban hành kế hoạch đúng thời hạn', ''], ['A', '1.2', 'shortcoming', 'Báo cáo quý III gửi chậm', '']]);
  });

  it('a unit cell left empty (merged cells) continues the unit above', () => {
    expect(remarks(withFindings('merged-unit-cells'))).toEqual([
      ['A', '1.2', 'remark', 'Báo cáo quý III gửi chậm', ''],
      ['A', '1.3', 'remark', 'Không ban hành văn bản QPPL trong năm', ''],
      ['A', null, 'remark', 'Hồ sơ sắp xếp khoa học', ''],
      ['B', '2.1', 'remark', 'Còn hồ sơ trễ hạn', ''],
    ]);
  });

  it('a long scores sheet: note and evidence per row are remarks on the row\'s criterion, not the unit\'s note', () => {
    const long = ['-c', `${MINI}/criteria.json`, '-s', `${FX}/long-scores-notes/scores.csv`];
    expect(remarks(long)).toEqual([
      ['A', '1.1', 'remark', 'Kế hoạch ban hành chậm', 'Kế hoạch số 06/KH-UBND'],
      ['A', '2.1', 'remark', 'Còn hồ sơ trễ hạn', 'Sổ theo dõi hồ sơ'],
      ['B', '1.2', 'remark', 'Báo cáo quý III gửi chậm', ''],
    ]);
    const units = (JSON.parse(cchc(['score', ...long, '-f', 'json']).stdout) as { units: JsonUnit[] }).units;
    expect(units.map((u) => u.note)).toEqual(['', '', '']);
    // …and they are the note of the cells the appraisal changed.
    const csv = csvRows(cchc(['reconcile', '--self', `${MINI}/self.csv`, ...long, '-f', 'csv']).stdout);
    expect(csv[0]).toEqual(['unit', 'name', 'code', 'title', 'self', 'appraised', 'change', 'note']);
    expect(csv.slice(1).map((r) => [r[0], r[2], r[7]])).toEqual([['B', '1.2', 'Báo cáo quý III gửi chậm'], ['B', '1.3', ''], ['A', '1.1', 'Kế hoạch ban hành chậm'], ['A', '1.3', ''], ['A', '2.2', '']]);
  });
});

describe('a workbook\'s sheet is read as its CSV', () => {
  it('the sample\'s findings saved as .xlsx by LibreOffice give the same remarks (codes typed as numbers included)', async () => {
    const sample = ['-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`];
    const strip = (args: string[]) => remarks(args, []).map((r) => r.join('|'));
    expect(strip([...sample, '--findings', 'test/fixtures/xlsx/huong-son-findings.xlsx#findings'])).toEqual(strip([...sample, '--findings', `${SAMPLE}/findings.csv`]));
  });

  it('reconcile -f xlsx: the note column after change', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-findings-'));
    const out = join(dir, 'doi-chieu.xlsx');
    expect(cchc(['reconcile', '--self', `${MINI}/self.csv`, ...withFindings('english-headers'), '-o', out]).status).toBe(0);
    const read = await readWholeSheetFile(inputSource(out), { file: out, isKnownHeader: () => true });
    expect(read.sheet?.header).toEqual(['unit', 'name', 'code', 'title', 'self', 'appraised', 'change', 'note']);
    expect(read.sheet?.rows.find((r) => r.cells[0] === 'A' && r.cells[2] === '1.1')?.cells[7]).toBe('Kế hoạch ban hành chậm; Ban hành kế hoạch đúng thời hạn');
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('checked like every input', () => {
  it('an unknown unit or code: an error at its line and column, the closest suggested (exit 1, nothing on stdout)', () => {
    const r = cchc(['score', ...withFindings('unknown-unit-and-code'), '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(codesIn(r.stderr)).toEqual(['CRITERIA_TOTAL_NOT_100', 'SCORE_FINDING_UNKNOWN_CODE', 'SCORE_FINDING_UNKNOWN_UNIT']);
    expect(r.stderr).toMatch(/2:1 +error +\[unit\] no unit "Xã Anh" in the scores; did you mean "A" \(Xã An\)\?/);
    expect(r.stderr).toMatch(/3:2 +error +\[code\] no criterion "1\.4" in the criteria set; did you mean "1\.1", "1\.2", "1\.3"\?/);
    expect(r.stderr).toMatch(/4:2 +error +\[code\] no criterion "TC 2\.1" in the criteria set; did you mean "2\.1"\?/);
    expect(r.stderr).toMatch(/5:1 +error +\[unit\] no unit "ZZZ" in the scores\s/);
    expect(r.stderr).toMatch(/5:2 +error +\[code\] no criterion "9\.9"/);
  });

  it('Vietnamese by default', () => {
    const r = cchc(['score', ...withFindings('unknown-unit-and-code')]);
    expect(r.stderr).toContain('không có đơn vị "Xã Anh" trong tệp điểm; có phải "A" (Xã An)?');
    expect(r.stderr).toContain('bộ tiêu chí không có tiêu chí "TC 2.1"; có phải "2.1"?');
  });

  it('an empty remark and an unknown kind are warnings (exit 0)', () => {
    const empty = cchc(['score', ...withFindings('empty-remark'), '-f', 'json']);
    expect(empty.status).toBe(0);
    expect(empty.stderr).toMatch(/2:3 +cảnh báo +\[note\] A, tiêu chí 1\.1: không có nội dung nhận xét: dòng này bị bỏ qua/);
    expect(empty.stderr).toMatch(/3:3 +cảnh báo +\[note\] A, tiêu chí 1\.2: có tài liệu kiểm chứng nhưng không có nội dung nhận xét/);
    const kind = cchc(['score', ...withFindings('unknown-kind'), '-f', 'json']);
    expect(kind.status).toBe(0);
    expect(kind.stderr).toContain('loại nhận xét không xác định "tồn tạj" (có phải "tồn tại"?)');
    expect(kind.stderr).toContain('loại nhận xét không xác định "khuyến cáo";');
  });

  it('a sheet without a remark column is an error; -o onto the findings file is a usage error', () => {
    const r = cchc(['score', ...withFindings('no-remark-column')]);
    expect([r.status, codesIn(r.stderr)]).toEqual([1, ['CRITERIA_TOTAL_NOT_100', 'SCORE_FINDINGS_NO_NOTE_COLUMN']]);
    const target = `${FX}/english-headers/findings.csv`;
    for (const cmd of [['score'], ['reconcile', '--self', `${MINI}/self.csv`]]) {
      const over = cchc([...cmd, ...withFindings('english-headers'), '-f', 'csv', '-o', target]);
      expect([over.status, codesIn(over.stderr)]).toEqual([2, ['OUTPUT_IS_INPUT']]);
    }
  });

  it('--verbose counts the remarks; the ranking CSV and table are the same bytes with and without them', () => {
    for (const f of ['csv', 'table']) expect(cchc(['score', ...withFindings('english-headers'), '-f', f]).bytes.equals(cchc(['score', ...mini, '-f', f]).bytes)).toBe(true);
    const v = cchc(['score', ...withFindings('english-headers'), '--verbose']);
    expect(v.stderr).toContain('4 nhận xét về 2 đơn vị (3 theo tiêu chí, 1 nhận xét chung; 1 tồn tại, hạn chế, 1 kiến nghị)  SCORE_FINDINGS_COUNT');
  });
});

describe('cchc explain shows each criterion\'s remarks beside its points and losses', () => {
  it('json: the unit\'s findings, and each node\'s', () => {
    const r = cchc(['explain', 'A', ...withFindings('english-headers'), '-f', 'json']);
    const doc = JSON.parse(r.stdout) as { findings: JsonFinding[]; nodes: { code: string; findings: JsonFinding[] }[] };
    expect(doc.findings.map((f) => [f.code, f.kind, f.line])).toEqual([['1.1', 'shortcoming', 2], ['1.1', 'recommendation', 3], [null, 'acknowledgement', 4]]);
    expect(doc.nodes.map((n) => [n.code, n.findings.length])).toEqual([['1', 0], ['1.1', 2], ['1.2', 0], ['1.3', 0], ['2', 0], ['2.1', 0], ['2.2', 0], ['3', 0], ['3.1', 0]]);
    expect(doc.findings[0]).toEqual({ code: '1.1', kind: 'shortcoming', note: 'Kế hoạch ban hành chậm', evidence: PLAN, file: `${FX}/english-headers/findings.csv`, line: 2 });
  });

  it('without remarks, explain is as it was; with remarks given but none on the unit, it says so', () => {
    expect(JSON.parse(cchc(['explain', 'A', ...mini, '-f', 'json']).stdout)).not.toHaveProperty('findings');
    const md = cchc(['explain', 'C', ...withFindings('english-headers'), '-f', 'md']).stdout;
    expect(md).toContain('### Nhận xét và tài liệu kiểm chứng theo tiêu chí\n\n_Hội đồng thẩm định không có nhận xét về đơn vị này._');
  });
});

describe('hostile text in remarks stays text in every output', () => {
  const hostile = withFindings('hostile');
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  it('explain, table: no escape sequence or control character reaches the terminal', () => {
    const out = cchc(['explain', 'A', ...hostile]).stdout;
    expect(out).not.toMatch(CONTROL);
    expect(out).toContain('đỏ chuông đảo chiều dòng 1');
  });

  it('explain, Markdown: every mark escaped, no link, image or HTML', () => {
    const out = cchc(['explain', 'A', ...hostile, '-f', 'md']).stdout;
    expect(out).not.toMatch(CONTROL);
    // Each mark is there, escaped: none unescaped.
    expect(out).not.toMatch(/(?<!\\)<(?:script|img|b>)|(?<!\\)\]\(javascript|(?<!\\)!(?<!\\)\[ảnh/);
    expect(out).toContain('\\<script\\>alert(1)\\</script\\> \\& \\<img src=x onerror=alert(2)\\>');
    expect(out).toContain('\\[bấm vào đây\\](javascript:alert(3)) \\*\\*đậm\\*\\* \\_nghiêng\\_ \\| cột \\`mã\\` !\\[ảnh\\](http://x.example/a.png)');
  });

  it('explain, JSON: the text as it was read (JSON escapes it)', () => {
    const doc = JSON.parse(cchc(['explain', 'A', ...hostile, '-f', 'json']).stdout) as { findings: JsonFinding[] };
    expect(doc.findings.map((f) => f.note)).toContain('\u001b[31mđỏ\u001b[0m chuông\u0007 \u202eđảo chiều\u202c dòng 1\ndòng 2');
  });

  it('HTML report: escaped, no control character', () => {
    const html = cchc(['score', ...hostile, '-f', 'html', '--date', '2021-11-26']).stdout;
    const appendix = html.slice(html.indexOf('<section class="findings">'));
    expect(appendix).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;');
    expect(appendix).toContain('(Tài liệu kiểm chứng: &lt;b&gt;QĐ 45&lt;/b&gt;)');
    expect(html).not.toMatch(/<script|<img|<b>QĐ/);
    expect(html).not.toMatch(CONTROL);
  });

  it('reconcile: the CSV note neutralised against formulas; table and Markdown clean', () => {
    const args = ['reconcile', '--self', `${MINI}/self.csv`, ...hostile];
    const rows = csvRows(cchc([...args, '-f', 'csv']).stdout);
    const note = (unit: string, code: string) => rows.find((r) => r[0] === unit && r[2] === code)?.[7];
    expect(note('A', '1.1')).toBe('\'=HYPERLINK("http://x.example","bấm"); <script>alert(1)</script> & <img src=x onerror=alert(2)>');
    expect(note('B', '1.2')).toBe("'+1 báo cáo gửi chậm");
    expect(cchc([...args]).stdout).not.toMatch(CONTROL);
    expect(cchc([...args, '-f', 'md']).stdout).not.toMatch(/(?<!\\)<script|(?<!\\)\]\(javascript/);
  });
});

describe('the Hương Sơn sample (snapshots read line by line when written)', () => {
  const sample = ['-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`, '--findings', `${SAMPLE}/findings.csv`];

  it.each([['table', 'txt'], ['md', 'md']])('cchc explain "Sơn Ninh" -f %s --date 2021-11-26', async (format, ext) => {
    const r = cchc(['explain', 'Sơn Ninh', ...sample, '-f', format, '--date', '2021-11-26']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    await expect(r.stdout).toMatchFileSnapshot(`__snapshots__/explain-son-ninh-findings.${ext}`);
  });

  it('the HTML report\'s appendix "Nhận xét của Hội đồng thẩm định"', async () => {
    const r = cchc(['score', ...sample, '-f', 'html', '--date', '2021-11-26']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const appendix = r.stdout.slice(r.stdout.indexOf('<section class="findings">'), r.stdout.indexOf('</body>'));
    await expect(appendix).toMatchFileSnapshot('__snapshots__/sample-findings-appendix.html');
  });

  it('reconcile: the reason beside each changed cell', () => {
    const rows = csvRows(cchc(['reconcile', '--self', `${SAMPLE}/self-assessment.csv`, ...sample, '-f', 'csv']).stdout);
    expect(rows[0]?.at(-1)).toBe('note');
    const row = rows.find((r) => r[0] === 'PHOCHAU' && r[2] === '3.3');
    expect(row?.slice(4)).toEqual([
      '3.00', '2.75', '-0.25',
      'Bộ phận Một cửa chưa niêm yết địa chỉ tiếp nhận phản ánh, kiến nghị; chưa bố trí máy tra cứu thủ tục hành chính cho người dân; Niêm yết công khai địa chỉ, số điện thoại tiếp nhận phản ánh, kiến nghị tại Bộ phận Một cửa trước ngày 31/12/2021',
    ]);
    // A remark on no changed cell is in no row; a changed cell without a remark has an empty note.
    expect(rows.filter((r) => r[7] !== '').length).toBeGreaterThan(20);
    expect(rows.some((r) => r[7] === '')).toBe(true);
  });
});
