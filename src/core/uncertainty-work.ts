// The work of --uncertainty as threads share it (uncertainty-threads.ts): first every unit's
// replicates, then the ranks of every replicate, each piece claimed from a shared counter, so that
// a thread that starts late or runs slow simply takes fewer. What a piece computes depends on the
// plan and the store alone, never on the thread that claims it: any number of threads fills the
// store with the same numbers.
import { drawUnit, formsOf, rankReplicates, type ReplicateStore } from '../scoring/draw-replicates.js';
import type { UncertaintyPlan } from '../scoring/uncertainty-plan.js';

export interface SharedWork {
  plan: UncertaintyPlan;
  /** Over SharedArrayBuffers when threads share it. */
  store: ReplicateStore;
  /** The units in the order they are claimed: most forms first, so that the last pieces are small. */
  order: Int32Array;
  /** The next unit to claim, the next replicate to rank, units drawn, forms drawn, replicates ranked (COUNTERS of them). */
  counters: Int32Array;
}

export const NEXT_UNIT = 0;
export const NEXT_REPLICATE = 1;
export const UNITS_DRAWN = 2;
export const FORMS_DRAWN = 3;
export const REPLICATES_RANKED = 4;
export const COUNTERS = 5;

/** Replicates ranked per claim. */
const CHUNK = 25;

/** Draws units' replicates until none is left to claim; `after` is called after each. */
export function drawClaimed(work: SharedWork, after?: () => void): void {
  const { plan, store, order, counters } = work;
  for (let i = Atomics.add(counters, NEXT_UNIT, 1); i < order.length; i = Atomics.add(counters, NEXT_UNIT, 1)) {
    const u = order[i] as number;
    drawUnit(plan, u, store);
    // Counted once its replicates are in the store: a thread that reads the count sees them.
    Atomics.add(counters, FORMS_DRAWN, formsOf(plan, u));
    Atomics.add(counters, UNITS_DRAWN, 1);
    after?.();
  }
}

/** Ranks replicates until none is left to claim (every unit drawn already); `after` is called after each chunk. */
export function rankClaimed(work: SharedWork, after?: () => void): void {
  const { plan, store, counters } = work;
  const R = plan.replicates;
  for (let r = Atomics.add(counters, NEXT_REPLICATE, CHUNK); r < R; r = Atomics.add(counters, NEXT_REPLICATE, CHUNK)) {
    const end = Math.min(R, r + CHUNK);
    rankReplicates(plan, store, r, end);
    Atomics.add(counters, REPLICATES_RANKED, end - r);
    after?.();
  }
}
