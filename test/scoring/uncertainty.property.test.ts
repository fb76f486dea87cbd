// Invariants of the intervals of --uncertainty over random survey sets and forms (fast-check; a
// failing run prints its seed: re-run with fc.assert(…, { seed })).
import fc from 'fast-check';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../src/criteria/model.js';
import { allocateStore, drawUnit } from '../../src/scoring/draw-replicates.js';
import { boundsAt, central, estimateUncertainty, type Uncertainty } from '../../src/scoring/estimate-uncertainty.js';
import { planUncertainty, rankingValues, type UncertaintyPlan } from '../../src/scoring/uncertainty-plan.js';
import { formsByGroup } from '../../src/scoring/unit-forms.js';
import { unitSeed } from '../../src/scoring/unit-random.js';
import { scoreJob, type ScoredText } from '../helpers/pipeline.js';
import { scoresCsv, surveyCaseArb, surveyCsv, surveySetData, type SurveyCase } from '../helpers/survey-sets.js';

async function load(c: SurveyCase, rows?: [number, number][]): Promise<{ criteria: CriteriaSet; job: ScoredText }> {
  const { job, diagnostics } = await scoreJob(surveySetData(c), scoresCsv(c), surveyCsv(c, rows), true);
  if (!job) throw new Error(diagnostics.map((d) => d.code).join(', '));
  return { criteria: job.criteria, job };
}

const intervals = async (c: SurveyCase, replicates: number, seed = 1, rows?: [number, number][]): Promise<{ job: ScoredText; u: Uncertainty }> => {
  const { criteria, job } = await load(c, rows);
  return { job, u: estimateUncertainty(criteria, job.units, job.inputs, job.ctx, { replicates, seed, level: 0.9 }) };
};

/** Every interval as plain text, for comparisons. */
const asText = (u: Uncertainty) => [...u.intervals].map(([unit, i]) => `${unit} ${i.basis} ${i.indexLow} ${i.indexHigh} ${i.rankLow} ${i.rankHigh}`);

/**
 * The draws as they have always been made: pure-rand's xoroshiro128+ seeded by unitSeed, 16
 * outputs thrown away, then uniformInt per form (the engine draws the same numbers inline).
 */
function pureRandDraw(seed: number, unit: string): (n: number) => number {
  const rng = xoroshiro128plus(unitSeed(seed, unit));
  for (let i = 0; i < 16; i++) rng.next();
  return (n) => uniformInt(rng, 0, n - 1);
}

const REPLICATES = 3;

/** The same plan with its forms unpacked (per form the L valid counts, then the L weights), as a plan keeps forms whose packed sums could pass 2^53. */
function unpacked(plan: UncertaintyPlan): UncertaintyPlan {
  const data: number[] = [];
  const dataStart = new Float64Array(plan.units + 1);
  for (let u = 0; u < plan.units; u++) {
    dataStart[u] = data.length;
    const L = plan.layoutLeaves[u] as number;
    const M = plan.pack[u] as number;
    for (let i = plan.dataStart[u] as number; i < (plan.dataStart[u + 1] as number); i += M > 0 ? L : 2 * L) {
      const form = [...plan.data.subarray(i, i + (M > 0 ? L : 2 * L))];
      data.push(...(M > 0 ? [...form.map((x) => x % M), ...form.map((x) => Math.floor(x / M))] : form));
    }
  }
  dataStart[plan.units] = data.length;
  return { ...plan, data: Float64Array.from(data), dataStart, pack: new Float64Array(plan.units) };
}

describe('a replicate', () => {
  it('is exactly what scoring the drawn forms gives, by every rule of the set (weights, ignored answers, groups, whenNoAnswers, tie-breaks), forms packed or not', async () => {
    await fc.assert(
      fc.asyncProperty(surveyCaseArb(), fc.nat(), async (c, seed) => {
        const { criteria, job } = await load(c);
        // Ranked on exact values, the store keeps each replicate's values unrounded.
        const plan = { ...planUncertainty(criteria, job.units, job.inputs, job.ctx, { replicates: REPLICATES, seed }), published: false };
        expect([...plan.pack].every((m) => m > 0)).toBe(true);
        const stores = [plan, unpacked(plan)].map((p) => {
          const store = allocateStore(p);
          job.units.forEach((_, u) => drawUnit(p, u, store));
          return store;
        });
        for (const [u, unit] of job.units.entries()) {
          expect(plan.basis[u]).toBe(0);
          const ui = Number(unit.unit.slice(1)) - 1;
          const input = job.inputs.find((i) => i.unit === unit.unit);
          const draw = pureRandDraw(seed, unit.unit);
          const lists = formsByGroup(input?.forms as NonNullable<typeof input>['forms'] & object);
          for (let r = 0; r < REPLICATES; r++) {
            // The draws pick positions in each group's list, group after group: the forms they are.
            const picked = lists.flatMap((list) => [...list].map(() => list[draw(list.length)] as number));
            const rows = c.units.flatMap((x, i): [number, number][] => (i === ui ? picked.map((f): [number, number] => [i, f]) : x.forms.map((_, f): [number, number] => [i, f])));
            const again = (await load(c, rows)).job.units.find((x) => x.unit === unit.unit);
            const exact = rankingValues(criteria, again as NonNullable<typeof again>).map((v) => v.toNumber());
            for (const store of stores) {
              exact.forEach((v, j) => {
                const key = store.keys[j] as Float64Array;
                expect(plan.varies[j] ? key[u * REPLICATES + r] : key[u]).toBeCloseTo(v, 9);
              });
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('intervals', () => {
  it('hold the published index and rank of every unit', async () => {
    await fc.assert(
      fc.asyncProperty(surveyCaseArb(), async (c) => {
        const { job, u } = await intervals(c, 120);
        for (const unit of job.units) {
          const i = u.intervals.get(unit.unit);
          const published = unit.published as NonNullable<typeof unit.published>;
          expect(i?.indexLow?.cmp(published)).toBeLessThanOrEqual(0);
          expect(i?.indexHigh?.cmp(published)).toBeGreaterThanOrEqual(0);
          expect(i?.rankLow).toBeLessThanOrEqual(unit.rank as number);
          expect(i?.rankHigh).toBeGreaterThanOrEqual(unit.rank as number);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('have zero width when every form of a unit gives the same answers', async () => {
    const same = surveyCaseArb().map((c) => ({ ...c, units: c.units.map((u) => ({ ...u, forms: u.forms.map(() => u.forms[0] as (typeof u.forms)[number]) })) }));
    await fc.assert(
      fc.asyncProperty(same, async (c) => {
        const { job, u } = await intervals(c, 100);
        for (const unit of job.units) {
          const i = u.intervals.get(unit.unit);
          expect([i?.indexLow?.toString(), i?.indexHigh?.toString()]).toEqual([unit.published?.toString(), unit.published?.toString()]);
          expect([i?.rankLow, i?.rankHigh]).toEqual([unit.rank, unit.rank]);
        }
        expect(u.pairs).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('are no wider with ten times the forms in the same proportions, and narrower when they have a width', async () => {
    await fc.assert(
      fc.asyncProperty(surveyCaseArb({ minForms: 8, maxForms: 16 }), async (c) => {
        const tenfold = { ...c, units: c.units.map((u) => ({ ...u, forms: Array.from({ length: 10 }, () => u.forms).flat() })) };
        const one = (await intervals(c, 300)).u;
        const ten = (await intervals(tenfold, 300)).u;
        for (const [unit, i] of one.intervals) {
          const width = (i.indexHigh?.sub(i.indexLow as NonNullable<typeof i.indexLow>).toNumber() ?? 0);
          const j = ten.intervals.get(unit);
          const width10 = j?.indexHigh?.sub(j.indexLow as NonNullable<typeof j.indexLow>).toNumber() ?? 0;
          expect(width10).toBeLessThanOrEqual(width);
          if (width > 0.05) expect(width10).toBeLessThan(width);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('are the same for the same seed, whatever the order of the rows', async () => {
    await fc.assert(
      fc.asyncProperty(surveyCaseArb(), fc.nat(), fc.integer(), async (c, seed, shuffle) => {
        const rows = c.units.flatMap((u, i) => u.forms.map((_, f): [number, number] => [i, f]));
        const shuffled = fc.sample(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), { seed: shuffle, numRuns: 1 })[0];
        expect(asText((await intervals(c, 100, seed, shuffled)).u)).toEqual(asText((await intervals(c, 100, seed)).u));
      }),
      { numRuns: 30 },
    );
  });
});

describe('an interval\'s bounds', () => {
  it('are the values at boundsAt\'s positions among the sorted replicates (NaN left out), widened to hold the published value', () => {
    const replicate = fc.oneof(fc.integer({ min: -5, max: 40 }), fc.constant(NaN), fc.double({ min: -100, max: 100, noNaN: true }));
    fc.assert(
      fc.property(fc.array(replicate, { maxLength: 300 }), fc.double({ min: 0.5, max: 0.999, noNaN: true }), fc.integer({ min: -5, max: 40 }), (xs, level, published) => {
        const sorted = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
        const [lo, hi] = boundsAt(sorted.length, level);
        const expected = sorted.length === 0 ? [published, published] : [Math.min(sorted[lo] as number, published), Math.max(sorted[hi] as number, published)];
        expect(central(Float64Array.from(xs), level, published)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
