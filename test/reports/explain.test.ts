import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../../src/numbers/rational.js';
import { explainUnit } from '../../src/scoring/explain-unit.js';
import { findUnit } from '../../src/scoring/find-unit.js';
import { rankUnits } from '../../src/scoring/rank-units.js';
import { scoreUnit } from '../../src/scoring/score-unit.js';
import { makeCriteria } from '../helpers/criteria.js';
import { unit } from '../helpers/units.js';
import { FIXTURES, SAMPLE, cchc, codesIn, rankingByUnit } from './helpers/run-cchc.js';

const MINI = `${FIXTURES}/mini-set`;
const explain = (who: string, ...more: string[]) => cchc(['explain', who, '-c', `${MINI}/criteria.json`, '-s', `${MINI}/scores.csv`, ...more]);

describe('findUnit', () => {
  const units = [{ unit: 'SONKIM1', name: 'Sơn Kim 1' }, { unit: 'SONKIM2', name: 'Sơn Kim 2' }, { unit: 'PHOCHAU', name: 'Thị trấn Phố Châu' }];
  const cases: [string, string | undefined, string[]][] = [
    ['SONKIM1', 'SONKIM1', []],
    ['sonkim1', 'SONKIM1', []],
    ['  SƠN KIM 2 ', 'SONKIM2', []],
    ['Thi\u0323 trâ\u0301n Phô\u0301 Châu', 'PHOCHAU', []], // NFD input, as some keyboards type it
    ['son kim 1', undefined, ['SONKIM1']],
    ['Sơn Kim', undefined, ['SONKIM1', 'SONKIM2']],
    ['PHOCHAUU', undefined, ['PHOCHAU']],
    ['Hà Nội', undefined, []],
  ];
  it.each(cases)('%s', (query, found, suggestions) => {
    const r = findUnit(units, query);
    expect(r.unit?.unit).toBe(found);
    expect(r.suggestions.map((u) => u.unit)).toEqual(suggestions);
  });

  // The typo search fills only a band of the edit-distance table: it must suggest what the full table did.
  it('suggests what a full edit-distance search suggests', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ơ', ' ', '.'), maxLength: 10 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), word, (codes, query) => {
        const list = codes.map((c, i) => ({ unit: c || `u${i}`, name: '' }));
        const found = findUnit(list, query);
        if (!found.unit) expect(found.suggestions).toEqual(fullSearch(list, query));
      }),
      { numRuns: 300 },
    );
  });

  it('answers a very long query at once, among many units', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ unit: `U${i}`, name: `Xã Sơn Hồng ${i}` }));
    expect(findUnit(many, 'x'.repeat(100_000)).suggestions).toEqual([]);
    // Names inside a query as long as a person types are suggested; inside a longer one they are not looked for.
    expect(findUnit(many, 'xã Sơn Hồng 17, huyện Hương Sơn').suggestions.map((u) => u.unit)).toEqual(['U1', 'U17']);
    expect(findUnit(many, 'Xã Sơn Hồng 17'.repeat(20)).suggestions).toEqual([]);
  });
});

/** The search as it was written first: the whole edit-distance table for every unit. */
function fullSearch<U extends { unit: string; name: string }>(units: readonly U[], query: string): U[] {
  const plain = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
  const dist = (a: string, b: string) => {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++) row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
      prev = row;
    }
    return prev[b.length] ?? 0;
  };
  const close = (q: string, t: string): number | undefined => {
    if (!q || !t) return undefined;
    if (q === t) return 0;
    const sq = (s: string) => s.replace(/[\s._-]+/g, '');
    if (sq(q) === sq(t)) return 0.5;
    if (q.length >= 3 && t.length >= 3 && (t.includes(q) || q.includes(t))) return 1;
    const d = dist(q, t);
    return d <= Math.max(1, Math.floor(Math.max(q.length, t.length) / 4)) ? 1 + d : undefined;
  };
  const scored = units.flatMap((u) => {
    const d = close(plain(query), plain(u.unit));
    return d === undefined ? [] : [{ u, d }];
  });
  scored.sort((a, b) => a.d - b.d || (a.u.unit < b.u.unit ? -1 : a.u.unit > b.u.unit ? 1 : 0));
  const sure = scored.filter((s) => s.d <= 0.5);
  return (sure.length > 0 ? sure : scored).slice(0, 5).map((s) => s.u);
}

describe('explainUnit', () => {
  const c = makeCriteria({
    bands: [{ label: 'A', min: 90 }, { label: 'B', min: 80 }, { label: 'C', min: 0 }],
    fields: [{ code: '1', max: 10, children: [{ code: '1.1', max: 4 }, { code: '1.2', max: 6, whenNotApplicable: 'exclude' }] }],
  });
  // P 10/10 = 100 %; R 3.5/4 = 87.5 %; Q, S 8.5/10 and U 3.4/4 all 85 %; T 7/10 = 70 %.
  const rows = [['P', '4', '6'], ['Q', '4', '4.5'], ['R', '3.5', '-'], ['S', '4', '4.5'], ['T', '4', '3'], ['U', '3.4', '-']];
  const units = rankUnits(c, rows.map(([u, a, b]) => scoreUnit(c, unit(c, u as string, { '1.1': a as string, '1.2': b as string }), { surveyGiven: false })));
  const explained = (u: string) => explainUnit(c, units, units.find((x) => x.unit === u)!);
  const gaps = (u: string) => {
    const e = explained(u);
    return [e.unit.rank, e.gapToNextRank?.toString() ?? null, e.gapToNextBand ? `${e.gapToNextBand.band} ${e.gapToNextBand.points}` : null];
  };
  it.each([
    ['P', [1, null, null]], // rank 1, top band
    ['R', [2, '6.5', 'A 0.1']], // 10 - 3.5; 4 x 90 % - 3.5
    ['Q', [3, '-5', 'A 0.5']], // ranked on the index: R above has fewer points (its max is 4)
    ['T', [6, '-3.6', 'B 1']], // three tie at rank 3: the nearest is the lowest total, U's 3.4
  ] as const)('%s', (u, expected) => {
    expect(gaps(u)).toEqual(expected);
  });
  it('nodes in tree order with the applicable max; losses on leaves, largest first', () => {
    const r = explained('R');
    expect(r.nodes.map((n) => [n.node.code, n.max.toString(), n.points.toString(), n.index?.toString() ?? null])).toEqual([
      ['1', '4', '3.5', '87.5'], ['1.1', '4', '3.5', '87.5'], ['1.2', '0', '0', null],
    ]);
    expect(r.losses.map((l) => [l.leaf.code, l.lost.toString()])).toEqual([['1.1', '0.5']]);
    expect(explained('T').losses.map((l) => [l.leaf.code, l.lost.toString()])).toEqual([['1.2', '3']]);
    expect(explained('P').losses).toEqual([]);
  });
});

describe('cchc explain on a small set (hand-computed)', () => {
  it('--format json: exactly the documented shape and values', () => {
    const r = explain('Xã An', '-f', 'json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      unit: 'A', name: 'Xã An', rank: 2, appraisal: 6, survey: 1.5, bonus: 0, penalty: 0, total: 7.5, max: 10, index: 75, band: 'C',
      gapToNextRank: 4, // B's 11.5 - 7.5
      // B's index 95.83 (published) on A's own max: 9.583 - 7.5
      nextRank: { unit: 'B', name: 'Xã Bình', rank: 1, index: 95.83, pointsToMatch: 2.08 },
      gapToNextBand: 0.5, // 10 x 80 % - 7.5
      nodes: [
        { code: '1', title: 'Field one', depth: 0, max: 2, points: 1.5, index: 75 },
        { code: '1.1', title: 'Plan issued', depth: 1, max: 0.5, points: 0, index: 0 },
        { code: '1.2', title: 'Reports', depth: 1, max: 1.5, points: 1.5, index: 100 },
        { code: '1.3', title: 'Legal documents (N/A when none)', depth: 1, max: 0, points: 0, index: null },
        { code: '2', title: 'Field two', depth: 0, max: 6, points: 4.5, index: 75 },
        { code: '2.1', title: 'On-time rate', depth: 1, max: 3, points: 2, index: 66.67 },
        { code: '2.2', title: 'Digitised', depth: 1, max: 3, points: 2.5, index: 83.33 },
        { code: '3', title: 'Survey', depth: 0, max: 2, points: 1.5, index: 75 },
        { code: '3.1', title: 'Satisfaction', depth: 1, max: 2, points: 1.5, index: 75 },
      ],
      losses: [
        { code: '2.1', title: 'On-time rate', max: 3, points: 2, lost: 1 },
        { code: '1.1', title: 'Plan issued', max: 0.5, points: 0, lost: 0.5 },
        { code: '2.2', title: 'Digitised', max: 3, points: 2.5, lost: 0.5 },
        { code: '3.1', title: 'Satisfaction', max: 2, points: 1.5, lost: 0.5 },
      ],
    });
  });

  it('rank 1 in the top band: both gaps null; matched by code, any case', () => {
    const doc = JSON.parse(explain('b', '-f', 'json').stdout) as Record<string, unknown>;
    expect([doc['unit'], doc['rank'], doc['band'], doc['gapToNextRank'], doc['gapToNextBand'], doc['losses']]).toEqual(['B', 1, 'A', null, null, [{ code: '1.2', title: 'Reports', max: 1.5, points: 1, lost: 0.5 }]]);
    const c = JSON.parse(explain('XÃ CÁT', '-f', 'json').stdout) as Record<string, unknown>;
    expect([c['rank'], c['gapToNextRank'], c['gapToNextBand']]).toEqual([3, 1.25, 3.35]); // 7.5 - 6.25; 12 x 80 % - 6.25
  });

  it('table: the tree indented by level, losses largest first; md the same; --decimal comma', () => {
    const t = explain('A', '--lang', 'en');
    expect(t.status).toBe(0);
    expect(t.stdout).toMatch(/│ 1\s+│ Field one\s+│\s+2\.00 │\s+1\.50 │\s+75\.00 │/);
    expect(t.stdout).toMatch(/│ {3}1\.3\s+│ Legal documents \(N\/A when none\)\s+│\s+0\.00 │\s+0\.00 │\s+│/);
    expect(t.stdout).toMatch(/Points lost, largest first\n[^]*?2\.1[^]*?1\.1[^]*?2\.2[^]*?3\.1/);
    const md = explain('A', '-f', 'md');
    expect(md.stdout).toContain('|   2.1 | On-time rate | 3.00 | 2.00 | 66.67 |');
    expect(md.stdout).toContain('### Điểm bị mất, nhiều nhất trước');
  });

  it('an unknown unit is an error naming the close matches (exit 1), nothing on stdout', () => {
    const r = explain('Xa An');
    expect(r.status).toBe(1);
    expect(codesIn(r.stderr)).toContain('SCORE_UNIT_UNKNOWN');
    expect(r.stderr).toContain('"A" (Xã An)');
    expect(r.stdout).toBe('');
    const en = explain('Nowhere', '--lang', 'en');
    expect(en.status).toBe(1);
    expect(en.stderr).toContain('no unit "Nowhere"');
  });

  it('usage errors: no unit argument, a missing survey file (exit 2)', () => {
    expect(cchc(['explain', '-s', `${MINI}/scores.csv`]).status).toBe(2);
    expect(explain('A', '-u', 'missing.csv').status).toBe(2);
  });
});

describe('cchc explain on the Hương Sơn sample agrees with cchc score', () => {
  const job = ['-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`];
  const ranking = rankingByUnit(cchc(['score', ...job, '-f', 'csv']).stdout);
  const fieldCodes = ['1', '2', '3', '4', '5', '6', '7', '8'];
  const byRank = [...ranking.values()];

  it.each([...ranking.keys()])('%s', (code) => {
    const row = ranking.get(code)!;
    const r = cchc(['explain', code, ...job, '-f', 'json']);
    expect(r.status).toBe(0);
    const e = JSON.parse(r.stdout) as { rank: number; total: number; max: number; index: number; band: string; gapToNextRank: number | null; gapToNextBand: number | null; nodes: { code: string; depth: number; points: number }[]; losses: { lost: number }[] };
    expect([String(e.rank), e.total.toFixed(2), e.max.toFixed(2), e.index.toFixed(2), e.band]).toEqual([row['rank'], row['total'], row['max'], row['index'], row['band']]);
    const fields = e.nodes.filter((n) => n.depth === 0);
    expect(fields.map((n) => n.code)).toEqual(fieldCodes);
    expect(fields.map((n) => n.points.toFixed(2))).toEqual(fieldCodes.map((f) => row[f]));
    const above = byRank.filter((o) => Number(o['rank']) === Math.max(...byRank.filter((x) => Number(x['rank']) < e.rank).map((x) => Number(x['rank']))));
    if (e.rank === 1) expect(e.gapToNextRank).toBeNull();
    else expect(Math.abs((e.gapToNextRank ?? NaN) - (Number(above[0]?.['total']) - Number(row['total'])))).toBeLessThanOrEqual(0.0101);
    if (row['band'] === 'Xuất sắc') expect(e.gapToNextBand).toBeNull();
    else expect(e.gapToNextBand).toBeGreaterThan(0);
    const lost = e.losses.reduce((s, l) => s + l.lost, 0);
    expect(Math.abs(lost - (Number(row['max']) - Number(row['appraisal']) - Number(row['survey'])))).toBeLessThan(0.02 + e.losses.length * 0.005);
    expect(e.losses.map((l) => l.lost)).toEqual([...e.losses.map((l) => l.lost)].sort((a, b) => b - a));
  });

  it('the numbers are exact: Rational arithmetic, published once', () => {
    expect(Rational.parse(ranking.get('PHOCHAU')!['index']!)?.toString()).toBe('93.64');
  });
});
