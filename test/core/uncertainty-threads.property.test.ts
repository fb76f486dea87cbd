// --uncertainty shared between threads (src/core/uncertainty-threads.ts, with the built worker
// dist/uncertainty-worker.cjs): the same intervals for a seed whatever the number of threads, the
// same as the engine's own single-threaded estimate, each holding the published values; and a
// worker's fault is one of cchc's, said, not a hang. (A worker is waited for only while a piece it
// claimed is unfinished: when this thread did everything, a broken worker changes nothing.)
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { estimateUncertaintyOnThreads } from '../../src/core/uncertainty-threads.js';
import { estimateUncertainty, type Uncertainty } from '../../src/scoring/estimate-uncertainty.js';
import { scoreJob } from '../helpers/pipeline.js';
import { scoresCsv, surveyCaseArb, surveyCsv, surveySetData, type SurveyCase } from '../helpers/survey-sets.js';

const WORKER = fileURLToPath(new URL('../../dist/uncertainty-worker.cjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cchc-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function load(c: SurveyCase) {
  const { job, diagnostics } = await scoreJob(surveySetData(c), scoresCsv(c), surveyCsv(c), true);
  if (!job) throw new Error(diagnostics.map((d) => d.code).join(', '));
  return { criteria: job.criteria, job };
}

/** Every interval and pair as plain text, for comparisons. */
const asText = (u: Uncertainty) => [
  ...[...u.intervals].map(([unit, i]) => `${unit} ${i.basis} ${i.indexLow} ${i.indexHigh} ${i.rankLow} ${i.rankHigh}`),
  ...u.pairs.map((p) => `${p.better.unit} ~ ${p.worse.unit}`),
];

describe('intervals on threads', () => {
  it('are the same with 1, 2 or 4 threads, the same as the engine computes alone, and hold the published index and rank', async () => {
    await fc.assert(
      fc.asyncProperty(surveyCaseArb({ maxUnits: 9 }), fc.nat(), async (c, seed) => {
        const { criteria, job } = await load(c);
        const opts = { replicates: 150, seed, level: 0.9 };
        const alone = asText(estimateUncertainty(criteria, job.units, job.inputs, job.ctx, opts));
        // This thread draws nothing itself with 2 or 4: the workers' numbers are the ones compared.
        for (const threads of [1, 2, 4]) {
          const u = await estimateUncertaintyOnThreads(criteria, job.units, job.inputs, job.ctx, opts, { threads, workerFile: WORKER, lead: threads === 1 });
          expect(asText(u)).toEqual(alone);
          for (const unit of job.units) {
            const i = u.intervals.get(unit.unit);
            expect(i?.indexLow?.cmp(unit.published as NonNullable<typeof unit.published>)).toBeLessThanOrEqual(0);
            expect(i?.indexHigh?.cmp(unit.published as NonNullable<typeof unit.published>)).toBeGreaterThanOrEqual(0);
            expect(i?.rankLow).toBeLessThanOrEqual(unit.rank as number);
            expect(i?.rankHigh).toBeGreaterThanOrEqual(unit.rank as number);
          }
        }
      }),
      { numRuns: 12 },
    );
  });

  it('stop with the worker\'s fault when a worker the work waits for fails, instead of waiting for ever', async () => {
    const broken = join(dir, 'broken-worker.cjs');
    writeFileSync(broken, "throw new Error('broken on purpose');\n");
    const c = fc.sample(surveyCaseArb({ minForms: 3 }), { seed: 7, numRuns: 1 })[0] as SurveyCase;
    const { criteria, job } = await load(c);
    const run = estimateUncertaintyOnThreads(criteria, job.units, job.inputs, job.ctx, { replicates: 100, seed: 1, level: 0.9 }, { threads: 2, workerFile: broken, lead: false });
    await expect(run).rejects.toThrow(/a thread computing the intervals stopped: broken on purpose/);
  });
});
