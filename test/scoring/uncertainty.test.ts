// The pieces of --uncertainty, table-driven: percentile positions, rounding of replicates to the
// published precision, ranks of a replicate, and an interval that must be widened to hold its
// published rank.
import { describe, expect, it } from 'vitest';
import { boundsAt, estimateUncertainty, publishedKey } from '../../src/scoring/estimate-uncertainty.js';
import { scoreJob } from '../helpers/pipeline.js';
import { rankReplicateOf } from '../helpers/rank-replicate-of.js';
import { scoresCsv, surveyCsv, surveySetData, type SurveyCase } from '../helpers/survey-sets.js';

describe('boundsAt: the central share of n sorted replicates', () => {
  it.each([
    [1000, 0.9, [49, 950]], // the 50th smallest and the 50th largest
    [1000, 0.95, [24, 975]],
    [100, 0.9, [4, 95]],
    [100, 0.99, [0, 99]],
    [1, 0.9, [0, 0]],
    [7, 0.5, [1, 5]],
  ] as const)('n %i, level %d', (n, level, expected) => {
    expect(boundsAt(n, level)).toEqual(expected);
  });
});

describe('publishedKey: a replicate rounded as the set publishes (half away from zero)', () => {
  it.each([
    [85.125, 100, 8513],
    [85.12499999999999, 100, 8513], // floating point's 85.125
    [85.1249, 100, 8512],
    [-2.5, 1, -3],
    [0.005, 100, 1],
    [77.777, 1000, 77777],
  ])('%d × %i', (x, scale, key) => {
    expect(publishedKey(x, scale)).toBe(key);
  });
});

describe('rankReplicate', () => {
  const run = rankReplicateOf;
  it('ranks high to low, equal keys share the better rank (1, 2, 2, 4)', () => {
    expect(run([[80, 90, 85, 85]], [0, 0, 0, 0])).toEqual([4, 1, 2, 2]);
  });
  it('separates equal indices by the tie-break keys in turn', () => {
    expect(run([[85, 85, 85], [60, 62, 60], [3, 1, 5]], [0, 0, 0])).toEqual([3, 1, 2]);
  });
  it('ranks within each group', () => {
    expect(run([[70, 90, 80, 60]], [1, 0, 1, 0])).toEqual([2, 1, 1, 2]);
  });
  it('leaves out a unit without an index in this replicate', () => {
    expect(run([[70, NaN, 80]], [0, 0, 0])).toEqual([2, NaN, 1]);
  });
  it('on exact values, takes floating-point neighbours for one value', () => {
    expect(run([[0.1 + 0.2, 0.3, 0.2]], [0, 0, 0], false)).toEqual([1, 1, 3]);
  });
});

describe('an interval is widened to hold its published value', () => {
  // whenNoAnswers "exclude": each B unit has one valid answer (D) among 30 forms. Scored, B is at
  // 35 % (0 of 30 survey points); in the 36 % of resamples that miss that form the survey leaf
  // leaves its maximum and B is at 50 %. A is at 40 % in every resample, ranked first: with eight
  // B units, A stays first in only 0.64^8 = 3 % of resamples, below the 5 % the lower bound of a
  // 90 % interval leaves out.
  const blank = { group: 0, answers: [''] };
  const c: SurveyCase = {
    leaves: 1, questions: 1, groups: false, exclude: true, tieBreak: 'none',
    units: [
      { appraisal: 10, forms: Array.from({ length: 30 }, () => ({ group: 0, answers: ['A'] })) },
      ...Array.from({ length: 8 }, () => ({ appraisal: 35, forms: [{ group: 0, answers: ['D'] }, ...Array.from({ length: 29 }, () => blank)] })),
    ],
  };
  it('A: rank 1, interval from 1', async () => {
    const { job } = await scoreJob(surveySetData(c), scoresCsv(c), surveyCsv(c), true);
    if (!job) throw new Error('not scored');
    const criteria = job.criteria;
    const u = estimateUncertainty(criteria, job.units, job.inputs, job.ctx, { replicates: 1000, seed: 1, level: 0.9 });
    const a = u.intervals.get('U1');
    expect(job.units.find((x) => x.unit === 'U1')?.rank).toBe(1);
    expect(a?.rankLow).toBe(1);
    expect(a?.rankHigh).toBeGreaterThanOrEqual(4);
    const b = u.intervals.get('U2');
    expect([b?.indexLow?.toString(), b?.indexHigh?.toString()]).toEqual(['35', '50']);
  });
});
