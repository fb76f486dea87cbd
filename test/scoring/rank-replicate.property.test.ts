// The ranks of a replicate are 1 + the units of the group with a better key (index, then each
// tie-break key, higher first), whatever path ranks them: published keys packed into one number
// and sorted natively, published keys too large to pack, or exact keys by the comparator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankReplicateOf as ranks } from '../helpers/rank-replicate-of.js';

/** 1 + the units of u's group whose keys are lexicographically greater (none for a unit without index). */
function reference(keys: number[][], groups: number[]): number[] {
  const better = (a: number, b: number) => {
    for (const key of keys) if ((key[a] as number) !== (key[b] as number)) return (key[a] as number) > (key[b] as number);
    return false;
  };
  return groups.map((g, u) => (Number.isNaN(keys[0]?.[u]) ? NaN : 1 + groups.filter((h, v) => h === g && !Number.isNaN(keys[0]?.[v]) && better(v, u)).length));
}

const cases = (value: fc.Arbitrary<number>) =>
  fc.integer({ min: 1, max: 40 }).chain((n) =>
    fc.record({
      keys: fc.array(fc.array(value, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 3 }),
      index: fc.array(fc.oneof(value, fc.constant(NaN)), { minLength: n, maxLength: n }),
      groups: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }),
    }),
  );

describe('rankReplicate', () => {
  it('on published keys (packed into one number): 1 + the better units of the group', () => {
    fc.assert(
      fc.property(cases(fc.integer({ min: -50, max: 10_000 })), ({ keys, index, groups }) => {
        const all = [index, ...keys.slice(1)];
        expect(ranks(all, groups, true)).toEqual(reference(all, groups));
      }),
      { numRuns: 400 },
    );
  });

  it('on published keys too far apart to pack (the comparator ranks): the same', () => {
    fc.assert(
      fc.property(cases(fc.constantFrom(0, 1, 2 ** 40, 2 ** 40 + 1, -(2 ** 40))), ({ keys, index, groups }) => {
        const all = [index, ...keys.slice(1), keys[0] as number[]];
        expect(ranks(all, groups, true)).toEqual(reference(all, groups));
      }),
      { numRuns: 200 },
    );
  });

  it('on exact keys well apart: the same', () => {
    fc.assert(
      fc.property(cases(fc.integer({ min: -50, max: 500 }).map((x) => x / 8)), ({ keys, index, groups }) => {
        const all = [index, ...keys.slice(1)];
        expect(ranks(all, groups, false)).toEqual(reference(all, groups));
      }),
      { numRuns: 200 },
    );
  });
});
