import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runReconcile } from '../../src/core/run-reconcile.js';
import { inputSource } from '../../src/io/input-source.js';
import { jobRequest } from '../helpers/core-request.js';
import { Rational } from '../../src/numbers/rational.js';
import { reconcileUnits } from '../../src/scoring/reconcile-units.js';
import { scoreUnit } from '../../src/scoring/score-unit.js';
import { makeCriteria } from '../helpers/criteria.js';
import { unit } from '../helpers/units.js';
import { FIXTURES, ROOT, SAMPLE, cchc, codesIn, csvRows, rankingByUnit } from './helpers/run-cchc.js';

const MINI = `${FIXTURES}/mini-set`;
const mini = ['reconcile', '-c', `${MINI}/criteria.json`, '-s', `${MINI}/scores.csv`, '--self', `${MINI}/self.csv`];

const criteria = makeCriteria({
  fields: [
    { code: 'A', max: 6, children: [
      { code: 'A1', max: 0.5, rule: { type: 'yesno' } },
      { code: 'A2', max: 2, rule: { type: 'steps', steps: [{ min: 100, points: 2 }, { min: 90, points: 1 }, { min: 0, points: 0 }] } },
      { code: 'A3', max: 1.5, whenNotApplicable: 'exclude' },
      { code: 'A4', max: 2, whenNotApplicable: 'full' },
    ] },
  ],
});
const score = (name: string, cells: Record<string, string>) => ({ score: scoreUnit(criteria, unit(criteria, name, cells), { surveyGiven: false }), line: 2 });
const files = { self: 'self.csv', appraised: 'scores.csv' };
const base = { A1: 'có', A2: '95', A3: '1', A4: '2' };

describe('reconcileUnits: leaves compared after their rules', () => {
  const cases: [string, Record<string, string>, Record<string, string>, [string, string | null, string | null, string][]][] = [
    ['yes on self, no on appraisal: -0.5', { A1: 'có' }, { A1: 'không' }, [['A1', '0.5', '0', '-0.5']]],
    ['two rates in the same step: no change', { A2: '96' }, { A2: '91' }, []],
    ['rates in different steps', { A2: '100' }, { A2: '99' }, [['A2', '2', '1', '-1']]],
    ['N/A (exclude) on self only: self empty, counted as 0', { A3: '-' }, { A3: '1.5' }, [['A3', null, '1.5', '1.5']]],
    ['N/A (exclude) on the appraisal only', { A3: '0.5' }, { A3: 'KAD' }, [['A3', '0.5', null, '-0.5']]],
    ['N/A on one side with 0 on the other is still listed', { A3: '-' }, { A3: '0' }, [['A3', null, '0', '0']]],
    ['N/A on both sides: nothing', { A3: '-' }, { A3: 'n/a' }, []],
    ['N/A "full" against the max: same points', { A4: '-' }, { A4: '2' }, []],
  ];
  it.each(cases)('%s', (_, self, appraised, rows) => {
    const r = reconcileUnits(criteria, [score('X', { ...base, ...self })], [score('X', { ...base, ...appraised })], files);
    expect(r.diagnostics).toEqual([]);
    const got = r.units[0]?.rows.map((row) => [row.leaf.code, row.self?.toString() ?? null, row.appraised?.toString() ?? null, row.change.toString()]);
    expect(got).toEqual(rows);
  });

  it('a unit in one file only is SCORE_UNIT_ONLY_IN, located in its own file', () => {
    const r = reconcileUnits(criteria, [score('X', base), score('Y', base)], [score('x', base), score('Z', base)], files);
    expect(r.diagnostics.map((d) => [d.code, d.loc.file, d.args])).toEqual([
      ['SCORE_UNIT_ONLY_IN', 'scores.csv', { unit: 'Z', otherFile: 'self.csv' }],
      ['SCORE_UNIT_ONLY_IN', 'self.csv', { unit: 'Y', otherFile: 'scores.csv' }],
    ]);
  });

  it('largest adjustment (sum of |change|) first, then by unit', () => {
    const self = [score('P', base), score('Q', base), score('R', base)];
    const appraised = [score('P', { ...base, A1: 'không' }), score('Q', { ...base, A2: '100', A1: 'không' }), score('R', { ...base, A1: 'không' })];
    const r = reconcileUnits(criteria, self, appraised, files);
    expect(r.units.map((u) => [u.unit, u.adjustment.toString(), u.change.toString()])).toEqual([['Q', '1.5', '0.5'], ['P', '0.5', '-0.5'], ['R', '0.5', '-0.5']]);
  });

  it('property: a unit\'s changes add up to appraised - self appraisal points', () => {
    const cell = fc.oneof(fc.constantFrom('-', '0', '0.25', '0.5', '1', '1.5'));
    const cells = fc.record({ A1: fc.constantFrom('có', 'không'), A2: fc.constantFrom('80', '90', '95', '100'), A3: cell, A4: fc.constantFrom('-', '0', '1', '2') });
    fc.assert(fc.property(cells, cells, (s, a) => {
      const u = reconcileUnits(criteria, [score('X', s)], [score('X', a)], files).units[0];
      if (!u) return false;
      const sum = u.rows.reduce((acc, r) => acc.add(r.change), Rational.ZERO);
      return sum.eq(u.change) && u.adjustment.cmp(u.change.sign() < 0 ? u.change.neg() : u.change) >= 0;
    }), { seed: 20211011, numRuns: 300 });
  });
});

describe('cchc reconcile on a small set (hand-computed)', () => {
  it('csv: the changed leaves, largest adjustment first, exact bytes', () => {
    const r = cchc([...mini, '-f', 'csv']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe([
      '\ufeffunit,name,code,title,self,appraised,change',
      'B,Xã Bình,1.2,Reports,1.50,1.00,-0.50',
      'B,Xã Bình,1.3,Legal documents (N/A when none),,2.00,2.00',
      'A,Xã An,1.1,Plan issued,0.50,0.00,-0.50',
      'A,Xã An,1.3,Legal documents (N/A when none),1.00,,-1.00',
      'A,Xã An,2.2,Digitised,3.00,2.50,-0.50',
      '',
    ].join('\r\n'));
    expect(codesIn(r.stderr)).toEqual(['CRITERIA_TOTAL_NOT_100']);
  });

  it('csv with --decimal comma (inputs as a comma-locale Excel saves them: `;` and decimal comma)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-reconcile-'));
    const commaCopy = (name: string) => {
      const [header, ...rows] = readFileSync(join(ROOT, MINI, name), 'utf8').replace(/,/g, ';').split('\n');
      const text = [header, ...rows.map((r) => r.replace(/(\d)\.(\d)/g, '$1,$2'))].join('\n');
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const r = cchc(['reconcile', '-c', `${MINI}/criteria.json`, '-s', commaCopy('scores.csv'), '--self', commaCopy('self.csv'), '-f', 'csv', '--decimal', 'comma']);
    expect(r.status).toBe(0);
    expect(csvRows(r.stdout, ';')[1]).toEqual(['B', 'Xã Bình', '1.2', 'Reports', '1,50', '1,00', '-0,50']);
  });

  it('json: the same rows, null where not applicable, and the inputs with their SHA-256', () => {
    const doc = JSON.parse(cchc([...mini, '-f', 'json']).stdout) as { meta: { inputs: { role: string }[] }; rows: unknown[] };
    expect(doc.rows).toEqual([
      { unit: 'B', name: 'Xã Bình', code: '1.2', title: 'Reports', self: 1.5, appraised: 1, change: -0.5 },
      { unit: 'B', name: 'Xã Bình', code: '1.3', title: 'Legal documents (N/A when none)', self: null, appraised: 2, change: 2 },
      { unit: 'A', name: 'Xã An', code: '1.1', title: 'Plan issued', self: 0.5, appraised: 0, change: -0.5 },
      { unit: 'A', name: 'Xã An', code: '1.3', title: 'Legal documents (N/A when none)', self: 1, appraised: null, change: -1 },
      { unit: 'A', name: 'Xã An', code: '2.2', title: 'Digitised', self: 3, appraised: 2.5, change: -0.5 },
    ]);
    expect(doc.meta.inputs.map((i) => i.role)).toEqual(['criteria', 'scores', 'self']);
  });

  it('table: per-unit totals (B +1.50, A -2.00, C unchanged), per-field totals, N/A shown', () => {
    const r = cchc([...mini, '--lang', 'en']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const unitLines = lines.filter((l) => /^│ [123] │ [ABC]\s/.test(l));
    expect(unitLines.map((l) => l.split('│').map((c) => c.trim()).slice(1, 9))).toEqual([
      ['1', 'B', 'Xã Bình', '8.00', '9.50', '+1.50', '2.50', '2'],
      ['2', 'A', 'Xã An', '8.00', '6.00', '-2.00', '2.00', '3'],
      ['3', 'C', 'Xã Cát', '5.25', '5.25', '0.00', '0.00', '0'],
    ]);
    expect(r.stdout).toMatch(/│\s+│ Total\s+│\s+│\s+21\.25 │\s+20\.75 │\s+-0\.50 │\s+4\.50 │\s+5 │/);
    expect(r.stdout).toMatch(/│ 1\s+│ Field one\s+│\s+8\.25 │\s+8\.25 │\s+0\.00 │\s+4\.00 │\s+4 │/);
    expect(r.stdout).toMatch(/│ 2\s+│ Field two\s+│\s+13\.00 │\s+12\.50 │\s+-0\.50 │\s+0\.50 │\s+1 │/);
    expect(r.stdout).toMatch(/│ A\s+│ 1\.3\s+│ Legal documents \(N\/A when none\)\s+│\s+1\.00 │\s+N\/A │\s+-1\.00 │/);
  });

  it('md: headed tables', () => {
    const r = cchc([...mini, '-f', 'md']);
    expect(r.stdout).toContain('### Theo đơn vị (điều chỉnh nhiều nhất trước)');
    expect(r.stdout).toContain('| B | 1.3 | Legal documents (N/A when none) | KAD | 2.00 | +2.00 |');
  });

  it('a self-assessment with survey columns is an error (exit 1)', () => {
    const r = cchc(['reconcile', '-c', `${MINI}/criteria.json`, '-s', `${MINI}/scores.csv`, '--self', `${FIXTURES}/reconcile-survey-in-self/self.csv`]);
    expect(r.status).toBe(1);
    expect(codesIn(r.stderr)).toContain('SCORE_SURVEY_IN_SELF_ASSESSMENT');
    expect(r.stderr).toContain('reconcile-survey-in-self/self.csv');
    expect(r.stdout).toBe('');
  });

  it('units in one file only: SCORE_UNIT_ONLY_IN for each, with file and line (exit 1)', () => {
    const r = cchc(['reconcile', '-c', `${MINI}/criteria.json`, '-s', `${MINI}/scores.csv`, '--self', `${FIXTURES}/reconcile-unit-only-in-one/self.csv`]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/mini-set\/scores\.csv\n\s+4\s+lỗi\s+đơn vị "C"/);
    expect(r.stderr).toMatch(/reconcile-unit-only-in-one\/self\.csv\n\s+4\s+lỗi\s+đơn vị "D"/);
  });

  it('usage: a missing self file is exit 2, no --self is exit 2, -o over an input is exit 2', () => {
    expect(cchc(['reconcile', '-c', `${MINI}/criteria.json`, '-s', `${MINI}/scores.csv`, '--self', 'nope.csv']).status).toBe(2);
    expect(cchc(['reconcile', '-c', `${MINI}/criteria.json`, '-s', `${MINI}/scores.csv`]).status).toBe(2);
    expect(cchc([...mini, '-o', `${MINI}/self.csv`]).status).toBe(2);
  });

  it('-o writes the whole file; an error leaves an existing file untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-reconcile-'));
    const out = join(dir, 'out.csv');
    expect(cchc([...mini, '-f', 'csv', '-o', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(cchc([...mini, '-f', 'csv']).stdout);
    writeFileSync(out, 'keep');
    expect(cchc(['reconcile', '-c', `${MINI}/criteria.json`, '-s', `${MINI}/scores.csv`, '--self', `${FIXTURES}/reconcile-survey-in-self/self.csv`, '-o', out]).status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('keep');
  });
});

describe('cchc reconcile on the Hương Sơn sample agrees with cchc score', () => {
  const args = ['reconcile', '--self', `${SAMPLE}/self-assessment.csv`, '-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`];

  it('csv: every row changed, change = appraised - self within the rounding of the shown values', () => {
    const r = cchc([...args, '-f', 'csv']);
    expect(r.status).toBe(0);
    const [header, ...rows] = csvRows(r.stdout);
    expect(header).toEqual(['unit', 'name', 'code', 'title', 'self', 'appraised', 'change']);
    expect(rows.length).toBeGreaterThan(25);
    for (const [, , , , self, appraised, change] of rows) {
      expect(change).not.toBe('0.00');
      const diff = Number(appraised || 0) - Number(self || 0);
      expect(Math.abs(diff - Number(change))).toBeLessThanOrEqual(0.0101);
    }
  });

  it('per unit: self = score of the self-assessment alone, appraised = the ranking\'s appraisal, changes add up exactly', async () => {
    const { units } = await runReconcile({ ...jobRequest({ scores: join(ROOT, SAMPLE, 'scores.csv'), survey: join(ROOT, SAMPLE, 'survey.csv') }), self: [inputSource(join(ROOT, SAMPLE, 'self-assessment.csv'))] });
    const ranking = rankingByUnit(cchc(['score', '-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`, '-f', 'csv']).stdout);
    const selfRanking = rankingByUnit(cchc(['score', '-s', `${SAMPLE}/self-assessment.csv`, '-f', 'csv']).stdout);
    expect(units).toHaveLength(25);
    for (const u of units ?? []) {
      expect(u.appraised.toFixed(2)).toBe(ranking.get(u.unit)?.['appraisal']);
      expect(u.self.toFixed(2)).toBe(selfRanking.get(u.unit)?.['appraisal']);
      expect(u.rows.reduce((s, r) => s.add(r.change), Rational.ZERO).eq(u.change)).toBe(true);
    }
  });

  it('table: the unit with the largest adjustment comes first', async () => {
    const { units } = await runReconcile({ ...jobRequest({ scores: join(ROOT, SAMPLE, 'scores.csv') }), self: [inputSource(join(ROOT, SAMPLE, 'self-assessment.csv'))] });
    const first = units?.[0];
    const max = (units ?? []).reduce((m, u) => (u.adjustment.cmp(m) > 0 ? u.adjustment : m), Rational.ZERO);
    expect(first?.adjustment.eq(max)).toBe(true);
    const r = cchc(args);
    expect(r.stdout).toMatch(new RegExp(`│\\s+1 │ ${first?.unit}\\s`));
  });
});
