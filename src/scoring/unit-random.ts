// The random draws of the resampling, seeded: the same seed always gives the same intervals.
// Each unit draws from its own generator, seeded by the run's seed and the unit's code, so that a
// unit's draws do not depend on the order of the rows nor on which other units the sheets hold.
// pure-rand (fast-check's generators): xoroshiro128+ and an unbiased uniform integer.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { foldKey } from '../text/normalize.js';

/** A uniform integer in [0, n), for n ≥ 1. */
export type Draw = (n: number) => number;

/** FNV-1a over the UTF-16 code units, then murmur3's finaliser mixed with the seed. */
function unitSeed(seed: number, unit: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < unit.length; i++) h = Math.imul(h ^ unit.charCodeAt(i), 0x01000193);
  h ^= Math.imul(seed >>> 0, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Outputs thrown away first: xoroshiro's state starts from one 32-bit seed and needs a few steps to mix. */
const WARM_UP = 16;

/** The draws of one unit (matched as sheets match units: NFC, case folded). */
export function unitDraw(seed: number, unit: string): Draw {
  const rng = xoroshiro128plus(unitSeed(seed, foldKey(unit)));
  for (let i = 0; i < WARM_UP; i++) rng.next();
  return (n) => uniformInt(rng, 0, n - 1);
}
