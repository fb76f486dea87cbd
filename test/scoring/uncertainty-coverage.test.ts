// Do the intervals mean what they say? Forms are drawn many times from known answer proportions;
// each draw's 90% interval should hold the true index about 90% of the time.
//
// Tolerance: each case runs 1,000 draws, so the share of hits has a standard error of
// sqrt(0.9 × 0.1 / 1000) ≈ 0.0095. The percentile bootstrap also runs a little short with few
// forms: it resamples with the spread of the sample, which is (n − 1)/n of the population's
// variance, and n forms make the index a discrete value. Over several seeds these cases gave
// 87–89% with 30 pooled forms and 85–87.5% with 10 forms in each of three groups (the sampling
// theory says 88.1% and 86.8%). Each case accepts its expectation ± about 3.3 standard errors
// (0.85–0.92 pooled, 0.835–0.90 in groups): a correct bootstrap passes, an interval that is really
// 95% (≈ 94% here) or 80% wide fails. The draws are seeded: the same answer on every run.
import { describe, expect, it } from 'vitest';
import { estimateUncertainty } from '../../src/scoring/estimate-uncertainty.js';
import { scoreJob } from '../helpers/pipeline.js';
import { scoresCsv, surveyCsv, surveySetData, type SurveyCase } from '../helpers/survey-sets.js';

/** mulberry32: the test's own seeded draws of forms (the engine's are pure-rand's). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEIGHT = { A: 1, B: 0.6, C: 0.2, D: 0 } as const;
type Proportions = Record<keyof typeof WEIGHT, number>;
const answer = (p: Proportions, x: number): string => (x < p.A ? 'A' : x < p.A + p.B ? 'B' : x < p.A + p.B + p.C ? 'C' : 'D');
const mean = (p: Proportions): number => p.A * WEIGHT.A + p.B * WEIGHT.B + p.C * WEIGHT.C + p.D * WEIGHT.D;

/** The share of draws whose interval holds the true index. */
async function coverage(groups: { share: number; forms: number; p: Proportions }[], draws: number, seed: number): Promise<number> {
  const shape = { leaves: 1 as const, questions: 1, groups: groups.length > 1, exclude: false, tieBreak: 'none' as const };
  const data = surveySetData(shape);
  // Appraisal 50 of 70, survey 30 × the mean answer weight: the true index in %.
  const truth = 50 + 30 * groups.reduce((s, g) => s + g.share * mean(g.p), 0);
  const r = random(seed);
  let hits = 0;
  for (let d = 0; d < draws; d++) {
    const forms = groups.flatMap((g, gi) => Array.from({ length: g.forms }, () => ({ group: gi, answers: [answer(g.p, r())] })));
    const c: SurveyCase = { ...shape, units: [{ appraisal: 50, forms }] };
    const { job } = await scoreJob(data, scoresCsv(c), surveyCsv(c), true);
    if (!job) throw new Error('not scored');
    const i = estimateUncertainty(job.criteria, job.units, job.inputs, job.ctx, { replicates: 400, seed: d, level: 0.9 }).intervals.get('U1');
    if ((i?.indexLow?.toNumber() ?? Infinity) <= truth && truth <= (i?.indexHigh?.toNumber() ?? -Infinity)) hits++;
  }
  return hits / draws;
}

describe('coverage of the 90% index interval (1,000 draws of 30 forms each)', () => {
  it('pooled answers: 50% A, 30% B, 15% C, 5% D', async () => {
    const share = await coverage([{ share: 1, forms: 30, p: { A: 0.5, B: 0.3, C: 0.15, D: 0.05 } }], 1000, 20211011);
    expect(share).toBeGreaterThanOrEqual(0.85);
    expect(share).toBeLessThanOrEqual(0.92);
  });
  it('three respondent groups with shares 0.5 / 0.3 / 0.2 and their own proportions (resampled within each group)', async () => {
    const share = await coverage([
      { share: 0.5, forms: 10, p: { A: 0.7, B: 0.2, C: 0.1, D: 0 } },
      { share: 0.3, forms: 10, p: { A: 0.4, B: 0.4, C: 0.1, D: 0.1 } },
      { share: 0.2, forms: 10, p: { A: 0.2, B: 0.3, C: 0.3, D: 0.2 } },
    ], 1000, 3396);
    expect(share).toBeGreaterThanOrEqual(0.835);
    expect(share).toBeLessThanOrEqual(0.9);
  });
});
