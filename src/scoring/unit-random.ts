// The random draws of the resampling, seeded: the same seed always gives the same intervals.
// Each unit draws from its own generator, seeded by the run's seed and the unit's code, so that a
// unit's draws depend neither on the order of the rows, nor on which other units the sheets hold,
// nor on which thread draws them. The generator is xoroshiro128+ and a draw below n rejects the
// top of the 32-bit range as pure-rand's uniformInt does: the draws are pure-rand's (fast-check's
// generators), written inline in draw-replicates.ts, where a call per draw cost more than the
// rest of a replicate. test/scoring/uncertainty.property.test.ts draws with pure-rand itself and
// holds each replicate to the exact score of the forms those draws pick.
import { foldKey } from '../text/normalize.js';

/** FNV-1a over the UTF-16 code units, then murmur3's finaliser mixed with the seed. */
function mixSeed(seed: number, unit: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < unit.length; i++) h = Math.imul(h ^ unit.charCodeAt(i), 0x01000193);
  h ^= Math.imul(seed >>> 0, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** The seed of one unit's generator (the unit matched as sheets match units: NFC, case folded). */
export const unitSeed = (seed: number, unit: string): number => mixSeed(seed, foldKey(unit));

/** Outputs thrown away first: xoroshiro's state starts from one 32-bit seed and needs a few steps to mix. */
const WARM_UP = 16;

/**
 * A generator's state as four 32-bit halves [s01, s00, s11, s10] (pure-rand's order), seeded and
 * warmed up: the state the first draw starts from.
 */
export function generatorState(seed: number): Int32Array {
  const s = Int32Array.of(-1, ~seed, seed | 0, 0);
  for (let i = 0; i < WARM_UP; i++) nextInt(s);
  return s;
}

/** One output of xoroshiro128+ (a signed 32-bit integer), the state advanced. */
function nextInt(s: Int32Array): number {
  const s01 = s[0] as number;
  const s00 = s[1] as number;
  const s11 = s[2] as number;
  const s10 = s[3] as number;
  const out = (s00 + s10) | 0;
  const a0 = s10 ^ s00;
  const a1 = s11 ^ s01;
  s[1] = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
  s[0] = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
  s[3] = (a1 << 5) ^ (a0 >>> 27);
  s[2] = (a0 << 5) ^ (a1 >>> 27);
  return out;
}

/** Outputs (as unsigned) at or above this are drawn again, so that every value below n is as likely. */
export const rejectFrom = (n: number): number => (n > 2 ? Math.floor(4294967296 / n) * n : 4294967296);

