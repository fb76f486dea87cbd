import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../../src/numbers/rational.js';
import { rankUnits } from '../../src/scoring/rank-units.js';
import { scoreUnit } from '../../src/scoring/score-unit.js';
import { indexStats, summarizeRanking } from '../../src/scoring/summarize-ranking.js';
import { makeCriteria } from '../helpers/criteria.js';
import { R, unit } from '../helpers/units.js';

// One leaf of max 300: the index is the cell ÷ 3, so thirds show whether the mean is exact.
const c = makeCriteria({ fields: [{ code: 'A', max: 300, children: [{ code: 'A1', max: 300 }] }], bands: [{ label: 'Tốt', min: 80 }, { label: 'Khá', min: 70 }] });
const ranked = (rows: [string, string, string?][]) => rankUnits(c, rows.map(([u, a1, group]) => scoreUnit(c, unit(c, u, { A1: a1 }, { group: group ?? '' }), { surveyGiven: false })));

describe('summarizeRanking', () => {
  it('mean and median of the published indices (the two middle values averaged), highest and lowest with their unit, units per band', () => {
    const s = indexStats(c, ranked([['a', '250'], ['b', '241'], ['c', '211'], ['d', '100']]));
    expect(s.count).toBe(4);
    // The table shows 83.33, 80.33, 70.33 and 33.33: their mean, exactly, not that of 250/3…
    expect(s.mean?.eq(R('66.83'))).toBe(true); // (83.33 + 80.33 + 70.33 + 33.33) / 4
    expect(s.median?.eq(R('75.33'))).toBe(true); // (80.33 + 70.33) / 2
    expect([s.max?.unit.unit, s.max?.index.toFixed(2), s.min?.unit.unit, s.min?.index.toFixed(2)]).toEqual(['a', '83.33', 'd', '33.33']);
    // d (33.33) is below every band: counted apart.
    expect(s.bands.map((b) => [b.band ?? null, b.count])).toEqual([['Tốt', 2], ['Khá', 1], [null, 1]]);
  });

  it('an odd count takes the middle value; a tie names the unit listed first', () => {
    const s = indexStats(c, ranked([['b', '270'], ['a', '270'], ['c', '30']]));
    expect(s.median?.eq(R('90'))).toBe(true);
    expect(s.max?.unit.unit).toBe('a');
  });

  it('per group, in the order the ranking lists them; none when no unit has a group', () => {
    const s = summarizeRanking(c, ranked([['x1', '240', 'Xã'], ['t1', '270', 'Thị trấn'], ['x2', '210', 'Xã']]));
    expect(s.groups.map((g) => [g.group, g.count, g.mean?.toFixed(2)])).toEqual([['Thị trấn', 1, '90.00'], ['Xã', 2, '75.00']]);
    expect(summarizeRanking(c, ranked([['a', '1']])).groups).toEqual([]);
  });

  it('what a reader re-adds from the table: the mean of 2 units shown 80.01 and 80.00 is 80.005 (exactly 80.00333… and 80.00333… give 80.00)', () => {
    // 240.01 / 3 = 80.00333… shows as 80.00; 240.03 / 3 = 80.01 shows as 80.01.
    const s = indexStats(c, ranked([['a', '240.01'], ['b', '240.03']]));
    expect(s.mean?.eq(R('80.005'))).toBe(true);
    expect(s.median?.eq(R('80.005'))).toBe(true);
    expect([s.min?.index.toString(), s.max?.index.toString()]).toEqual(['80', '80.01']);
  });

  it('no unit: a count of 0 and every band at 0', () => {
    const s = indexStats(c, []);
    expect(s).toMatchObject({ count: 0, bands: [{ band: 'Tốt', count: 0 }, { band: 'Khá', count: 0 }] });
    expect(s.mean).toBeUndefined();
  });

  it('property: min ≤ median ≤ max, min ≤ mean ≤ max, bands add up, whatever the order of the units', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 30 }), fc.integer(), (cells, seed) => {
        const units = ranked(cells.map((v, i) => [`u${i}`, String(v)]));
        const s = indexStats(c, units);
        const k = Math.abs(seed) % units.length;
        const shuffled = [...units.slice(k), ...units.slice(0, k)].reverse();
        const t = indexStats(c, shuffled);
        const [lo, hi, mean, median] = [s.min?.index, s.max?.index, s.mean, s.median] as [Rational, Rational, Rational, Rational];
        expect(lo.cmp(median) <= 0 && median.cmp(hi) <= 0 && lo.cmp(mean) <= 0 && mean.cmp(hi) <= 0).toBe(true);
        expect(s.bands.reduce((a, b) => a + b.count, 0)).toBe(cells.length);
        expect(t.mean?.eq(mean) && t.median?.eq(median)).toBe(true);
        // The mean is exact: times the count it is the sum of the published indices, as the table shows them.
        expect(mean.mul(Rational.int(cells.length)).eq(units.reduce((a, u) => a.add((u.index as Rational).round(2)), Rational.ZERO))).toBe(true);
      }),
    );
  });
});
