// `cchc criteria show`: a set as a clerk reads it, in Vietnamese or English, as a table, Markdown
// or JSON: the tree with each rule in words, not applicable, the survey, bands and ranking.
import { describe, expect, it } from 'vitest';
import { codesIn, runCli } from '../helpers/run-cli.js';
import { linesWiderThan, noTerminal, runInTerminal } from '../helpers/run-in-terminal.js';
import { tempFiles } from '../helpers/temp-files.js';

describe('cchc criteria show', () => {
  const vi = runCli(['criteria', 'show', '-f', 'md']);
  const en = runCli(['criteria', 'show', 'ha-tinh-xa@2021', '-f', 'md', '--lang', 'en']);

  it('the newest bundled set by default; its title, id@version and source', () => {
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(/^\*\*Bộ tiêu chí xác định Chỉ số cải cách hành chính cấp xã \(tỉnh Hà Tĩnh\)\*\* \(ha-tinh-xa@2021\)/);
    expect(vi.stdout).toContain('| Nguồn | Tái dựng theo cấu trúc QĐ 3396/QĐ-UBND');
    expect(vi.stdout).toContain('| Tổng điểm | 100 = 70 điểm thẩm định + 30 điểm điều tra xã hội học |');
  });

  it('each rule in words, with its maximum and what "not applicable" does', () => {
    expect(vi.stdout).toContain('| \u00a0\u00a0\u00a0\u00a03.2.1 | Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn (%) | 3,5 | ≥ 100% → 3,5 điểm; ≥ 95% → 2,5 điểm; ≥ 90% → 1,5 điểm; dưới 90% → 0 điểm | không được ghi |');
    expect(vi.stdout).toContain('| 1 − 0,25 × số lần vi phạm, không dưới 0 |');
    expect(vi.stdout).toContain('Hoàn thành xuất sắc → 2 điểm; Hoàn thành tốt → 1,5 điểm; Hoàn thành → 1 điểm; Không hoàn thành → 0 điểm');
    expect(vi.stdout).toContain('điểm = 2 × tỷ lệ (%) ÷ 100, tối đa 2');
    expect(vi.stdout).toMatch(/\| \u00a0\u00a02\.1 \| .+ \| 0,75 \| nhập điểm từ 0 đến 0,75 \| bỏ khỏi điểm tối đa \|/);
    expect(en.stdout).toContain('≥ 100% → 3.5 points; ≥ 95% → 2.5 points; ≥ 90% → 1.5 points; below 90% → 0 points');
    expect(en.stdout).toContain('| yes → 0.5 points; no → 0 points | not allowed |');
  });

  it('the survey: weights, ignored answers, groups and shares, the formula, questions → criteria', () => {
    expect(vi.stdout).toContain('| Trọng số câu trả lời | A = 100%; B = 60%; C = 20%; D = 0% |');
    expect(vi.stdout).toContain('| Không tính vào bình quân | E; Không biết; ô trống |');
    expect(vi.stdout).toContain('| Nhóm người trả lời | Đại biểu HĐND 30%; Lãnh đạo cơ quan, đơn vị 30%; Người dân, tổ chức 40% |');
    expect(vi.stdout).toContain('Σ (tỷ trọng nhóm × bình quân trọng số trong nhóm) ÷ Σ tỷ trọng các nhóm có câu trả lời hợp lệ');
    expect(vi.stdout).toContain('| Q12 | 8.5 | Tiếp nhận, xử lý phản ánh, kiến nghị | 5 |');
    expect(en.stdout).toContain('| No valid answer | the criterion gets 0 points (zero) |');
  });

  it('bands and ranking rules', () => {
    expect(vi.stdout).toContain('| Tốt | 80 đến dưới 90 |');
    expect(vi.stdout).toContain('| Xuất sắc | từ 90 |');
    expect(vi.stdout).toContain('| Xếp hạng | theo chỉ số đã công bố (làm tròn 2 chữ số); bằng nhau thì so điểm thẩm định (cao hơn xếp trên) |');
    expect(en.stdout).toContain('| Bonus, penalty | bonus up to 2; penalty up to 5 |');
  });

  it('the table for the terminal says the same', () => {
    const t = runCli(['criteria', 'show', 'example']);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('Cây tiêu chí');
    expect(t.stdout).toMatch(/│ +2\.1 +│ Tỷ lệ hồ sơ thủ tục hành chính/);
  });

  it('-f json: the same as data', () => {
    const doc = JSON.parse(runCli(['criteria', 'show', 'ha-tinh-xa', '-f', 'json']).stdout);
    expect(doc).toMatchObject({ id: 'ha-tinh-xa', version: '2021', total: 100, appraisal: 70, survey: 30, ranking: { on: 'published', tieBreak: ['appraisal'], by: null }, adjustments: { bonusMax: 2, penaltyMax: 5 } });
    expect(doc.nodes.find((n: { code: string }) => n.code === '7.2.2')).toEqual({ code: '7.2.2', title: 'Tỷ lệ hồ sơ thủ tục hành chính thanh toán trực tuyến (%)', depth: 2, max: 2, source: 'appraisal', leaf: true, rule: 'proportional', unit: '%', whenNotApplicable: null, words: 'điểm = 2 × tỷ lệ (%) ÷ 100, tối đa 2' });
    expect(doc.surveyRules.groups).toEqual([{ group: 'Đại biểu HĐND', share: 0.3 }, { group: 'Lãnh đạo cơ quan, đơn vị', share: 0.3 }, { group: 'Người dân, tổ chức', share: 0.4 }]);
  });

  it('a file, with a description on a criterion; an unknown set is exit 2', () => {
    const f = tempFiles({ 'set.json': JSON.stringify({ format: 'cchc-criteria/1', id: 'd', version: '1', fields: [{ code: '1', max: 100, children: [{ code: '1.1', max: 100, description: 'theo biên bản kiểm tra' }] }] }) });
    expect(runCli(['criteria', 'show', f['set.json'], '-f', 'md']).stdout).toContain('| \u00a0\u00a01.1 | 1.1 (theo biên bản kiểm tra) | 100 | nhập điểm từ 0 đến 100 | không được ghi |');
    const r = runCli(['criteria', 'show', 'no-such-set']);
    expect(r.code).toBe(2);
    expect(codesIn(r.stderr)).toEqual(['CRITERIA_NOT_FOUND']);
  });
});

describe.skipIf(noTerminal() !== undefined)('cchc criteria show on a terminal', () => {
  it.each([80, 120])('fits a terminal %i columns wide, the code, title, max and rule kept', async (cols) => {
    const r = await runInTerminal(['criteria', 'show'], cols);
    expect(r.code).toBe(0);
    expect(linesWiderThan(r.text, cols)).toEqual([]);
    expect(r.text).toMatch(/│ +3\.2\.1 │ Tỷ lệ hồ sơ/);
    expect(r.text).toContain('≥ 100% → 3,5 điểm;');
  });
});
