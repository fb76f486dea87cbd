import { describe, expect, it } from 'vitest';
import { rankUnits } from '../../src/scoring/rank-units.js';
import { scoreUnit } from '../../src/scoring/score-unit.js';
import { makeCriteria } from '../helpers/criteria.js';
import { unit } from '../helpers/units.js';

const fields = [
  { code: 'A', max: 60, children: [{ code: 'A1', max: 30 }, { code: 'A2', max: 30 }] },
  { code: 'B', max: 40, children: [{ code: 'B1', max: 40 }] },
];
const bands = [{ label: 'Tốt', min: 80 }, { label: 'Khá', min: 70 }, { label: 'Yếu', min: 0 }];

function rank(extra: Record<string, unknown>, rows: [string, string, string, string, Partial<{ group: string; ranked: boolean }>?][]) {
  const c = makeCriteria({ fields, bands, ...extra });
  const scores = rows.map(([u, a1, a2, b1, more]) => scoreUnit(c, unit(c, u, { A1: a1, A2: a2, B1: b1 }, more ?? {}), { surveyGiven: false }));
  return rankUnits(c, scores).map((r) => [r.unit, r.rank ?? null, r.band ?? null]);
}

describe('rankUnits', () => {
  it('equal published values share a rank: 1, 2, 2, 4; rows then by unit', () => {
    expect(rank({}, [['d', '20', '20', '30'], ['c', '30', '30', '40'], ['b', '25', '25', '30'], ['a', '25', '25', '30']])).toEqual([
      ['c', 1, 'Tốt'], ['a', 2, 'Tốt'], ['b', 2, 'Tốt'], ['d', 4, 'Khá'],
    ]);
  });
  it('ties are on the published value: 80.004 and 80.001 tie at 2 decimals, not when exact', () => {
    const rows: [string, string, string, string][] = [['x', '30', '30', '20.004'], ['y', '30', '30', '20.001']];
    expect(rank({}, rows).map((r) => r[1])).toEqual([1, 1]);
    expect(rank({ ranking: { on: 'exact' } }, rows).map((r) => r[1])).toEqual([1, 2]);
  });
  it('tie-break by a node code, then appraisal, higher wins', () => {
    const rows: [string, string, string, string][] = [['x', '20', '20', '40'], ['y', '30', '30', '20']];
    expect(rank({ ranking: { tieBreak: ['B'] } }, rows)).toEqual([['x', 1, 'Tốt'], ['y', 2, 'Tốt']]);
    expect(rank({ ranking: { tieBreak: ['A'] } }, rows)).toEqual([['y', 1, 'Tốt'], ['x', 2, 'Tốt']]);
  });
  it('ranks within groups with by: group; unranked units last without a rank', () => {
    const out = rank({ ranking: { by: 'group' } }, [
      ['t1', '30', '30', '30', { group: 'Thị trấn' }], ['x1', '30', '30', '35', { group: 'Xã' }],
      ['x2', '30', '30', '40', { group: 'Xã' }], ['t2', '30', '30', '40', { group: 'Thị trấn' }],
      ['zz', '30', '30', '40', { group: 'Xã', ranked: false }],
    ]);
    expect(out).toEqual([['t2', 1, 'Tốt'], ['t1', 2, 'Tốt'], ['x2', 1, 'Tốt'], ['x1', 2, 'Tốt'], ['zz', null, 'Tốt']]);
  });
  it('bands use the published index: 79.995 is published 80.00 → Tốt', () => {
    const c = makeCriteria({ fields: [{ code: 'A', max: 200 }], bands });
    const s = scoreUnit(c, unit(c, 'u', { A: '159.99' }), { surveyGiven: false });
    expect(rankUnits(c, [s])[0]?.band).toBe('Tốt');
  });
});
