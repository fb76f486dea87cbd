import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codesIn, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-check-'));
const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('cchc check', () => {
  it('every bundled set passes (exit 0) and its total is reported', () => {
    const r = runCli(['check', 'criteria/ha-tinh-xa-2021.json', 'criteria/example.json', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('total 100 points = 70 appraisal + 30 survey');
    expect(r.stdout).toContain('✔ 2 files checked: no problems');
  });

  it('accepts a bundled id', () => {
    expect(runCli(['check', 'ha-tinh-xa@2021']).code).toBe(0);
  });

  it('reports every problem with line:column, stylish, and exits 1', () => {
    const f = write('broken.json', `{
  "format": "cchc-criteria/1",
  "id": "Broken Set",
  "version": "1",
  "fields": [
    { "code": "1", "max": 10, "children": [ { "code": "1.1", "max": 4 }, { "code": "1.2", "max": 5 } ] },
    { "code": "2", "max": 90, "titel": "typo" }
  ]
}`);
    const r = runCli(['check', f, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(codesIn(r.stdout).sort()).toEqual(['CRITERIA_INVALID_VALUE', 'CRITERIA_UNKNOWN_KEY']);
    expect(r.stdout).toMatch(/7:31 +error +unknown key "titel" \(did you mean "title"\?\) +CRITERIA_UNKNOWN_KEY/);
    expect(r.stdout).toMatch(/3:9 +error/);
  });

  it('sums are checked once the schema passes; --format json gives codes, lines and paths', () => {
    const f = write('sum.json', JSON.stringify({ format: 'cchc-criteria/1', id: 'sum', version: '1', fields: [{ code: '1', max: 0.3, children: [{ code: '1.1', max: 0.1 }, { code: '1.2', max: 0.25 }] }] }, null, 2));
    const r = runCli(['check', f, '--format', 'json']);
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.stdout);
    const d = file.diagnostics.find((x: { code: string }) => x.code === 'CRITERIA_MAX_SUM_MISMATCH');
    expect(d).toMatchObject({ severity: 'error', line: 8, path: 'fields[0].max', args: { code: '1', max: '0.3', sum: '0.35' } });
    expect(file.errorCount).toBe(1);
  });

  it('a newer format says a newer cchc is needed', () => {
    const f = write('newer.json', '{ "format": "cchc-criteria/2", "id": "x", "version": "1", "fields": [] }');
    const r = runCli(['check', f, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('needs a newer cchc');
  });

  it('JSON syntax errors get line:column; a missing file is exit 2', () => {
    const f = write('comma.json', '{\n  "format": "cchc-criteria/1",\n  "id": "x",\n}\n');
    const r = runCli(['check', f]);
    expect(r.code).toBe(1);
    expect(codesIn(r.stdout)).toContain('CRITERIA_JSON_SYNTAX');
    // At the comma to remove, after "x".
    expect(r.stdout).toMatch(/3:12 +lỗi +lỗi cú pháp JSON: dấu phẩy thừa sau phần tử cuối/);
    expect(runCli(['check', join(dir, 'absent.json')]).code).toBe(2);
  });

  it('accepts a UTF-8 BOM', () => {
    const f = write('bom.json', `\ufeff${readFileSync('criteria/example.json', 'utf8')}`);
    expect(runCli(['check', f]).code).toBe(0);
  });
});

describe('cchc criteria list and template', () => {
  it('lists the bundled sets', () => {
    const r = runCli(['criteria', 'list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ha-tinh-xa@2021 +Bộ tiêu chí/m);
    expect(JSON.parse(runCli(['criteria', 'list', '--format', 'json']).stdout)).toContainEqual(expect.objectContaining({ id: 'example', version: '1' }));
  });

  it('template: BOM, unit,name,group, the appraisal leaves, bonus/penalty when the set has them, note; --titles adds a row', () => {
    const r = runCli(['template', '-c', 'example']);
    expect(r.stdout).toBe('\ufeffunit,name,group,1.1,1.2,2.1,2.2,note\r\n');
    expect(runCli(['template']).stdout).toMatch(/,7\.3,7\.4,bonus,penalty,note\r\n$/);
    const t = runCli(['template', '-c', 'example', '--titles']).stdout.split('\r\n');
    expect(t).toHaveLength(3);
    expect(t[1]?.startsWith('"Mã hoặc tên đơn vị (bắt buộc, mỗi đơn vị một dòng)",Tên đơn vị,')).toBe(true);
  });

  it('the blank template filled in scores without errors', () => {
    const header = runCli(['template']).stdout.replace(/^\ufeff/, '').trim().split(',');
    const row = header.map((h) => (h === 'unit' ? 'X' : ['name', 'group', 'bonus', 'penalty', 'note'].includes(h) ? '' : '-'));
    const f = write('filled.csv', `${header.join(',')}\n${row.join(',')}\n`);
    const r = runCli(['score', '-s', f, '--lang', 'en']);
    // "-" is not applicable only where the set allows it: the others are reported, each located.
    expect(r.code).toBe(1);
    expect(new Set(codesIn(r.stderr))).toEqual(new Set(['SCORE_NA_NOT_ALLOWED', 'SCORE_SURVEY_NOT_GIVEN']));
  });
});

describe('cchc check: what is wrong, in words, in both languages', () => {
  const f = write('hand-edited.json', `{
  "format": "cchc-criteria/1",
  "id": "hand-edited",
  "version": "1",
  "fields": [
    { "code": "1", "max": 100, "rule": { "type": "percent" } },
  ]
}`);
  it.each([
    ['vi', /6:63 +lỗi +lỗi cú pháp JSON: dấu phẩy thừa sau phần tử cuối +CRITERIA_JSON_SYNTAX\n +→ xóa dấu phẩy đứng ngay trước \]/],
    ['en', /6:63 +error +JSON syntax error: trailing comma after the last element +CRITERIA_JSON_SYNTAX\n +→ remove the comma just before \]/],
  ])('a trailing comma (%s)', (lang, line) => {
    const r = runCli(['check', f, '--lang', lang]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(line);
    expect(r.stdout).not.toMatch(/Expected|InvalidSymbol/);
  });

  it.each([
    ['vi', 'loại quy tắc chấm "percent" không có; các loại là: points, yesno, steps, proportional, deduction, levels'],
    ['en', 'unknown rule type "percent"; the types are: points, yesno, steps, proportional, deduction, levels'],
  ])('then the unknown rule type (%s), named with the six types', (lang, text) => {
    const fixed = write('hand-edited-2.json', readFileSync(f, 'utf8').replace('} },\n', '} }\n'));
    const r = runCli(['check', fixed, '--lang', lang]);
    expect(r.stdout).toContain(text);
    expect(r.stdout).not.toMatch(/Invalid discriminator|Expected '/);
  });

  it('--format json gives the problem as data', () => {
    const [result] = JSON.parse(runCli(['check', f, '--format', 'json']).stdout) as { diagnostics: { args: unknown; message: string }[] }[];
    expect(result?.diagnostics[0]).toMatchObject({ args: { problem: 'trailing-comma', found: ']' }, message: 'lỗi cú pháp JSON: dấu phẩy thừa sau phần tử cuối' });
  });
});
