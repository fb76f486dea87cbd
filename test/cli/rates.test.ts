// Rates (`"unit": "%"` on a rule or a leaf): a percentage typed as a fraction is a warning at its
// cell, a rate above 100% an error; the bundled set's rate leaves say so.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codesIn, runCli } from '../helpers/run-cli.js';
import { SAMPLE_SURVEY, sampleColumn, sampleWith } from '../helpers/sample-sheet.js';
import { tempFiles } from '../helpers/temp-files.js';

const score = (scores: string, ...more: string[]) => {
  const f = tempFiles({ 'scores.csv': scores });
  return runCli(['score', '-s', f['scores.csv'], '-u', SAMPLE_SURVEY, '-f', 'csv', ...more]);
};
const col321 = sampleColumn('3.2.1');
const col722 = sampleColumn('7.2.2');

describe('a rate typed as a fraction', () => {
  it('0.97 in 3.2.1 (steps in %): a warning naming the cell, scored as written (0.97%), exit 0', () => {
    const r = score(sampleWith({ SONNINH: { '3.2.1': '0.97' } }));
    expect(r.code).toBe(0);
    expect(codesIn(r.stderr)).toEqual(['SCORE_RATE_AS_FRACTION']);
    expect(r.stderr).toContain(`6:${col321}`);
    expect(r.stderr).toContain('[3.2.1] "0.97" ở tiêu chí 3.2.1 (tỷ lệ tính bằng %) giống một phân số: đang tính là 0.97%, không phải 97%');
    expect(r.stderr).toContain('→ ghi tỷ lệ theo phần trăm: 97 (hoặc 97%)');
  });

  it('in English', () => {
    const r = score(sampleWith({ SONNINH: { '3.2.1': '0.5' } }), '--lang', 'en');
    expect(r.stderr).toContain('"0.5" in criterion 3.2.1 (a rate in %) looks like a fraction: scored as 0.5%, not 50%');
  });

  it('97%, 96,5% and 1 are rates as written: no warning', () => {
    expect(score(sampleWith({ SONNINH: { '3.2.1': '97%' }, KIMHOA: { '3.2.1': '1' } })).stderr).toBe('');
  });
});

describe('a rate above 100%', () => {
  it.each([['3.2.1', col321], ['7.2.2', col722]])('120 in %s is an error at its cell (no longer capped), exit 1', (code, col) => {
    const r = score(sampleWith({ SONNINH: { [code]: '120' } }));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(codesIn(r.stderr)).toEqual(['SCORE_RATE_ABOVE_100']);
    expect(r.stderr).toContain(`6:${col}`);
    expect(r.stderr).toContain(`"120" ở tiêu chí ${code} là tỷ lệ vượt 100%`);
  });

  it('in English, and a negative rate is an error too', () => {
    const r = score(sampleWith({ SONNINH: { '7.2.2': '100.5' }, KIMHOA: { '3.2.1': '-3' } }), '--lang', 'en');
    expect(codesIn(r.stderr).sort()).toEqual(['SCORE_RATE_ABOVE_100', 'SCORE_VALUE_NEGATIVE']);
    expect(r.stderr).toContain('"100.5" in criterion 7.2.2 is a rate above 100%');
  });

  it('explain --set reads a rate the same way: located at the --set', () => {
    const r = runCli(['explain', 'SONNINH', '-s', 'samples/huong-son-2021/scores.csv', '-u', SAMPLE_SURVEY, '--set', '3.2.1=0.99']);
    expect(r.code).toBe(0);
    expect(codesIn(r.stderr)).toEqual(['SCORE_RATE_AS_FRACTION']);
    expect(r.stderr).toContain('--set 3.2.1=0.99');
    expect(runCli(['explain', 'SONNINH', '-s', 'samples/huong-son-2021/scores.csv', '-u', SAMPLE_SURVEY, '--set', '3.2.1=101']).code).toBe(1);
  });
});

describe('"unit" in the criteria format', () => {
  const set = (leaf: Record<string, unknown>) =>
    JSON.stringify({ format: 'cchc-criteria/1', id: 'u', version: '1', fields: [{ code: '1', max: 100, children: [{ code: '1.1', max: 100, ...leaf }] }] });

  it('on the rule or on the leaf of a steps or proportional rule: accepted', () => {
    const f = tempFiles({
      'rule.json': set({ rule: { type: 'steps', unit: '%', steps: [{ min: 90, points: 100 }, { min: 0, points: 0 }] } }),
      'leaf.json': set({ unit: '%', rule: { type: 'proportional' } }),
    });
    const r = runCli(['check', f['rule.json'], f['leaf.json'], '--format', 'json']);
    expect(r.code).toBe(0);
  });

  it.each([
    ['a points leaf', { unit: '%' }, 'CRITERIA_UNIT_NOT_RATE'],
    ['a yes/no rule', { unit: '%', rule: { type: 'yesno' } }, 'CRITERIA_UNIT_NOT_RATE'],
    ['another unit', { unit: 'percent', rule: { type: 'proportional' } }, 'CRITERIA_INVALID_VALUE'],
  ])('on %s: an error', (_what, leaf, code) => {
    const f = tempFiles({ 'set.json': set(leaf) });
    const r = runCli(['check', f['set.json'], '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(codesIn(r.stdout + r.stderr)).toContain(code);
  });

  it('the bundled set says "%" on its rate leaves; the JSON Schema describes the key', () => {
    const bundled = JSON.parse(readFileSync('criteria/ha-tinh-xa-2021.json', 'utf8'));
    const leaves: { code: string; rule?: { unit?: string } }[] = [];
    const walk = (n: { code: string; children?: unknown[]; rule?: { unit?: string } }): void => (n.children ? n.children.forEach((c) => walk(c as typeof n)) : void leaves.push(n));
    bundled.fields.forEach(walk);
    expect(leaves.filter((l) => l.rule?.unit === '%').map((l) => l.code)).toEqual(['3.2.1', '7.2.1', '7.2.2']);
    expect(readFileSync('schema/cchc-criteria-1.schema.json', 'utf8')).toMatch(/"unit": \{\s+"type": "string",\s+"const": "%",\s+"description": "Ô điểm chứa gì: \\"%\\" = một tỷ lệ phần trăm \(0–100\)\. .+ \/ what the cell holds: \\"%\\" = a rate in percent/);
  });
});
