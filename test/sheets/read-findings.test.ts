// The findings sheet read in memory: the kinds a cell may name, the remark columns and what their
// headers say of the kind, the codes suggested for a typo, the units matched by code or name, a
// unit cell left empty under merged cells, and every problem located at its cell.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { findColumns } from '../../src/criteria/column-names.js';
import { kindOf, type Finding } from '../../src/sheets/finding.js';
import { nearestCodes, readFindings } from '../../src/sheets/read-findings.js';
import { readRemarks, remarkColumns } from '../../src/sheets/read-remarks.js';
import { makeCriteria } from '../helpers/criteria.js';

const criteria = makeCriteria({
  fields: [
    { code: '1', title: 'Chỉ đạo', max: 4, children: [{ code: '1.1', title: 'Kế hoạch', max: 2 }, { code: '1.2', title: 'Báo cáo', max: 2 }] },
    { code: '3', title: 'Thủ tục hành chính', max: 6, children: [{ code: '3.2', title: 'Giải quyết', max: 6, children: [{ code: '3.2.1', title: 'Đúng hạn', max: 3 }, { code: '3.2.2', title: 'Xin lỗi', max: 3 }] }] },
  ],
});
const units = [{ unit: 'SONHA', name: 'Sơn Hà' }, { unit: 'SONKIM1', name: 'Sơn Kim 1' }, { unit: 'SONKIM2', name: 'Sơn Kim 2' }];

const sheet = (header: string[], ...rows: string[][]) => ({ file: 'f.csv', header, headerLine: 1, rows: rows.map((cells, i) => ({ line: i + 2, cells })) });
const brief = (fs: Finding[]) => fs.map((f) => [f.unit, f.code ?? '', f.kind, f.note, f.evidence, f.line]);
const codes = (ds: Diagnostic[]) => ds.map((d) => [d.code, d.severity, d.loc.line, d.loc.column]);

describe('kindOf', () => {
  it.each([
    ['tồn tại', 'shortcoming'], ['Tồn tại, hạn chế', 'shortcoming'], ['TON TAI', 'shortcoming'], ['hạn chế.', 'shortcoming'], ['thiếu sót', 'shortcoming'],
    ['kiến nghị', 'recommendation'], ['Đề nghị', 'recommendation'], ['kien nghi', 'recommendation'],
    ['ghi nhận', 'acknowledgement'], ['ưu điểm', 'acknowledgement'],
    ['nhận xét', 'remark'], ['ghi chú', 'remark'], ['note', 'remark'],
    // Diacritics typed wrong are forgiven: the letters decide.
    ['tồn tai', 'shortcoming'], ['tôn tại', 'shortcoming'],
    ['tồn tạj', undefined], ['khuyến cáo', undefined], ['', undefined],
  ])('%j → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });
});

describe('readRemarks', () => {
  const read = (header: string[], cells: string[]) => {
    const out: Diagnostic[] = [];
    const rc = remarkColumns(findColumns(header));
    return { remarks: rc ? readRemarks(cells, rc, { file: 'f.csv', header }, 2, out) : undefined, out };
  };
  it('a column headed tồn tại or kiến nghị says its kind; both on one row give two remarks, the evidence with the first', () => {
    expect(read(['đơn vị', 'kiến nghị', 'tồn tại', 'tài liệu kiểm chứng'], ['A', 'Niêm yết ngay', 'Chưa niêm yết', 'Biên bản']).remarks).toEqual([
      { kind: 'recommendation', note: 'Niêm yết ngay', evidence: 'Biên bản' },
      { kind: 'shortcoming', note: 'Chưa niêm yết', evidence: '' },
    ]);
  });
  it('a kind cell says it for the row, whatever the header; empty, the header says it', () => {
    expect(read(['unit', 'kind', 'tồn tại'], ['A', 'kiến nghị', 'Ban hành đúng hạn']).remarks).toEqual([{ kind: 'recommendation', note: 'Ban hành đúng hạn', evidence: '' }]);
    expect(read(['unit', 'kind', 'tồn tại'], ['A', '', 'Chậm']).remarks).toEqual([{ kind: 'shortcoming', note: 'Chậm', evidence: '' }]);
    expect(read(['unit', 'kind', 'note'], ['A', '', 'Chậm']).remarks).toEqual([{ kind: 'remark', note: 'Chậm', evidence: '' }]);
  });
  it('an unknown kind: a warning at its cell with the nearest kind, and the column keeps its kind', () => {
    const r = read(['unit', 'note', 'kind'], ['A', 'Chậm', 'tồn tạj']);
    expect(r.remarks).toEqual([{ kind: 'remark', note: 'Chậm', evidence: '' }]);
    expect(r.out.map((d) => [d.code, d.loc.column, d.args])).toEqual([['SCORE_FINDING_KIND_UNKNOWN', 3, { text: 'tồn tạj', suggestion: 'tồn tại' }]]);
  });
  it('evidence alone is kept with an empty remark; nothing at all is no remark', () => {
    expect(read(['unit', 'note', 'evidence'], ['A', '', 'QĐ 45']).remarks).toEqual([{ kind: 'remark', note: '', evidence: 'QĐ 45' }]);
    expect(read(['unit', 'note', 'evidence'], ['A', ' ', '']).remarks).toEqual([]);
  });
});

describe('nearestCodes', () => {
  it.each([
    ['TC 3.2.1', ['3.2.1']], ['3,2,1', ['3.2.1']], ['3.2.1.', ['3.2.1']], ['3.2.3', ['3.2', '3.2.1', '3.2.2']], ['1.3', ['1.1', '1.2']], ['9.9.9', []],
  ])('%s → %j', (code, near) => {
    expect(nearestCodes(criteria, code)).toEqual(near);
  });
});

describe('readFindings', () => {
  it('units by code or name (any case, any Unicode form), codes at any level, several remarks per code in order', () => {
    const r = readFindings(sheet(['đơn vị', 'mã tiêu chí', 'loại', 'nhận xét', 'tài liệu kiểm chứng'],
      ['SONHA', '3.2.1', 'tồn tại', 'Còn 04 hồ sơ quá hạn', 'Sổ theo dõi'],
      ['sơn hà', '3.2.1', 'kiến nghị', 'Xin lỗi bằng văn bản', ''],
      ['So\u031bn Kim 1', '3', 'tồn tại', 'Một cửa chưa bố trí người trực', ''],
      ['Sơn Kim 2', '', 'ghi nhận', 'Hồ sơ đầy đủ', '']), criteria, units);
    expect(r.diagnostics).toEqual([]);
    expect(brief(r.findings)).toEqual([
      ['SONHA', '3.2.1', 'shortcoming', 'Còn 04 hồ sơ quá hạn', 'Sổ theo dõi', 2],
      ['SONHA', '3.2.1', 'recommendation', 'Xin lỗi bằng văn bản', '', 3],
      ['SONKIM1', '3', 'shortcoming', 'Một cửa chưa bố trí người trực', '', 4],
      ['SONKIM2', '', 'acknowledgement', 'Hồ sơ đầy đủ', '', 5],
    ]);
  });

  it('a unit cell left empty continues the unit above (merged cells); on the first row it is an error', () => {
    const r = readFindings(sheet(['unit', 'code', 'note'], ['', '1.1', 'Không có đơn vị'], ['SONHA', '1.1', 'Chậm'], ['', '1.2', 'Thiếu báo cáo'], ['', '', 'Chung']), criteria, units);
    expect(codes(r.diagnostics)).toEqual([['SCORE_UNIT_EMPTY', 'error', 2, 1]]);
    expect(brief(r.findings).map((f) => f.slice(0, 2))).toEqual([['SONHA', '1.1'], ['SONHA', '1.2'], ['SONHA', '']]);
  });

  it('an unknown unit or code: an error at its cell with the closest suggested; the rows carried from an unknown unit say nothing more', () => {
    const r = readFindings(sheet(['unit', 'code', 'note'], ['Sơn Hạ', '1.1', 'a'], ['', '1.2', 'b'], ['SONKIM', '1.3', 'c'], ['SONHA', 'TC 1.2', 'd']), criteria, units);
    expect(r.diagnostics.map((d) => [d.code, d.loc.line, d.loc.column, d.args])).toEqual([
      ['SCORE_FINDING_UNKNOWN_UNIT', 2, 1, { unit: 'Sơn Hạ', suggestions: '"SONHA" (Sơn Hà)' }],
      ['SCORE_FINDING_UNKNOWN_UNIT', 4, 1, { unit: 'SONKIM', suggestions: '"SONKIM1" (Sơn Kim 1), "SONKIM2" (Sơn Kim 2)' }],
      ['SCORE_FINDING_UNKNOWN_CODE', 4, 2, { code: '1.3', suggestions: '"1.1", "1.2"' }],
      ['SCORE_FINDING_UNKNOWN_CODE', 5, 2, { code: 'TC 1.2', suggestions: '"1.2"' }],
    ]);
    expect(r.findings).toEqual([]);
  });

  it('an empty remark is a warning at its cell; evidence alone is kept', () => {
    const r = readFindings(sheet(['unit', 'code', 'note', 'evidence'], ['SONHA', '1.1', '', ''], ['SONHA', '1.2', '', 'Báo cáo số 12'], ['SONHA', '', 'Chung', '']), criteria, units);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.loc.line, d.loc.column, d.args])).toEqual([
      ['SCORE_FINDING_NOTE_EMPTY', 'warning', 2, 3, { unit: 'SONHA', code: '1.1', evidence: false }],
      ['SCORE_FINDING_NOTE_EMPTY', 'warning', 3, 3, { unit: 'SONHA', code: '1.2', evidence: true }],
    ]);
    expect(brief(r.findings)).toEqual([['SONHA', '1.2', 'remark', '', 'Báo cáo số 12', 3], ['SONHA', '', 'remark', 'Chung', '', 4]]);
  });

  it('no unit column, no remark column: errors at the header; a sheet of no remark: a warning', () => {
    expect(codes(readFindings(sheet(['code', 'evidence'], ['1.1', 'x']), criteria, units).diagnostics)).toEqual([
      ['SCORE_NO_UNIT_COLUMN', 'error', 1, undefined],
      ['SCORE_FINDINGS_NO_NOTE_COLUMN', 'error', 1, undefined],
    ]);
    expect(codes(readFindings(sheet(['unit', 'note']), criteria, units).diagnostics)).toEqual([['SCORE_FINDINGS_EMPTY', 'warning', 1, undefined]]);
  });
});
