// `--uncertainty` on every core: the engine's steps (src/scoring/draw-replicates.ts) shared between
// this thread and workers (dist/uncertainty-worker.cjs) through one store in shared memory. Each
// unit draws from its own seeded generator and each replicate is ranked from the store, so the
// intervals are the same whatever the number of threads (estimateUncertainty's, to the byte). A
// small job stays in this thread: a worker's start would cost more than it saves.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CriteriaSet } from '../criteria/model.js';
import { moduleDir } from '../io/module-dir.js';
import { allocateStore, formsOf } from '../scoring/draw-replicates.js';
import { intervalsOf, type Uncertainty, type UncertaintyOptions } from '../scoring/estimate-uncertainty.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import type { ScoreContext, UnitInput } from '../scoring/score-unit.js';
import { planUncertainty } from '../scoring/uncertainty-plan.js';
import { COUNTERS, drawClaimed, FORMS_DRAWN, rankClaimed, REPLICATES_RANKED, UNITS_DRAWN, type SharedWork } from './uncertainty-work.js';

/**
 * Below this many draws (forms × replicates) the work stays in this thread. Measured: a worker is
 * ready 20–40 ms after it is asked for (its start blocks this thread 0.4 ms) and draws at full
 * speed after its first unit, ~50 ms in all, at a cost of ~0.1 s of CPU on the other core (its
 * start, and compiling the kernel again); a draw costs ~11 ns. A job of D draws then ends after
 * about 50 ms + (D × 11 ns − 50 ms) / 2 instead of D × 11 ns: worth its CPU from ~10 million draws
 * (110 ms alone, ~80 ms shared). A district (0.75 million) and a province (7.5 million) stay here;
 * the national PAR shape (88 million, ~1 s) is shared.
 */
export const MIN_DRAWS = 10_000_000;

export interface ThreadOptions {
  /** Threads in all, this one included (default: one per core, or 1 for a small job). */
  threads?: number;
  /** The worker's bundle (default: dist/uncertainty-worker.cjs beside the running bundle). */
  workerFile?: string;
  /** Told now and then the share of the work done, 0 to 1 (for a progress bar). */
  onProgress?: (share: number) => void;
  /** False: this thread leaves every piece to the workers (so a test compares what they computed). */
  lead?: boolean;
}

const defaultWorkerFile = () => join(moduleDir(import.meta.url), 'uncertainty-worker.cjs');

export async function estimateUncertaintyOnThreads(
  criteria: CriteriaSet,
  units: readonly RankedUnit[],
  inputs: readonly UnitInput[],
  ctx: ScoreContext,
  opts: UncertaintyOptions,
  t: ThreadOptions = {},
): Promise<Uncertainty> {
  const shareable = (bytes: number) => new SharedArrayBuffer(bytes);
  const plan = planUncertainty(criteria, units, inputs, ctx, opts, shareable);
  const forms = Array.from({ length: plan.units }, (_, u) => formsOf(plan, u));
  const allForms = forms.reduce((a, b) => a + b, 0);
  const threads = Math.min(t.threads ?? (allForms * plan.replicates >= MIN_DRAWS ? availableParallelism() : 1), Math.max(1, plan.units));
  const file = t.workerFile ?? defaultWorkerFile();
  const workers = threads > 1 && existsSync(file) ? threads - 1 : 0;
  const order = Int32Array.from(forms.keys()).sort((a, b) => (forms[b] as number) - (forms[a] as number) || a - b);
  const work: SharedWork = { plan, store: allocateStore(plan, shareable), order, counters: new Int32Array(new SharedArrayBuffer(COUNTERS * 4)) };
  // A unit drawn is its forms × R draws; ranking a replicate costs about a draw per unit.
  const R = plan.replicates;
  const total = (allForms + plan.units) * R;
  const tell = () => t.onProgress?.((Atomics.load(work.counters, FORMS_DRAWN) * R + Atomics.load(work.counters, REPLICATES_RANKED) * plan.units) / total);
  const started = Array.from({ length: workers }, () => new Thread(file, work));
  // While this thread waits for the others, the bar still moves.
  const ticking = t.onProgress ? setInterval(tell, 100) : undefined;
  ticking?.unref();
  try {
    // A worker is waited for only while a piece it claimed is unfinished: when this thread has
    // done everything before the workers were ready, a worker's start costs it nothing.
    const lead = t.lead !== false || started.length === 0;
    if (lead) drawClaimed(work, tell);
    if (Atomics.load(work.counters, UNITS_DRAWN) < plan.units) await Promise.all(started.map((w) => w.next('drawn')));
    for (const w of started) w.post('rank');
    if (lead) rankClaimed(work, tell);
    if (Atomics.load(work.counters, REPLICATES_RANKED) < R) await Promise.all(started.map((w) => w.next('ranked')));
  } finally {
    clearInterval(ticking);
    for (const w of started) void w.stop();
  }
  return intervalsOf(criteria, units, plan, work.store, opts);
}

/** A worker, and the words it says ('drawn', 'ranked') awaited one at a time; its fault rejects what is awaited. */
class Thread {
  private readonly worker: Worker;
  private readonly heard: string[] = [];
  private fault?: Error;
  private waiting?: () => void;

  constructor(file: string, work: SharedWork) {
    this.worker = new Worker(file, { workerData: work, stdout: false, stderr: false });
    this.worker.on('message', (word: string) => this.hear(word));
    this.worker.once('error', (error) => this.fail(error.message));
    this.worker.once('exit', (code) => this.fail(`exit ${code}`));
  }

  private hear(word: string): void {
    this.heard.push(word);
    this.waiting?.();
  }

  private fail(why: string): void {
    this.fault ??= new Error(`a thread computing the intervals stopped: ${why}`);
    this.waiting?.();
  }

  async next(word: string): Promise<void> {
    while (!this.heard.includes(word)) {
      if (this.fault) throw this.fault;
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
  }

  post(word: string): void {
    this.worker.postMessage(word);
  }

  stop(): Promise<number> {
    this.worker.removeAllListeners('exit');
    return this.worker.terminate();
  }
}
