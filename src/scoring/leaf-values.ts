// A unit's leaf values by leaf code. The scoring reads them as a map; a sheet's reader keeps them
// in one array per unit, at positions shared by every unit of the set: at national scale (10,000
// units × ~60 leaves) a Map per unit took four times the memory, and its growth as much again.
import type { CriteriaSet } from '../criteria/model.js';
import type { LeafValue } from './score-leaf.js';

/** What reads and writes a unit's values: a Map (in tests) or LeafValues. */
export interface LeafValueMap extends Iterable<[string, LeafValue]> {
  get(code: string): LeafValue | undefined;
  has(code: string): boolean;
  set(code: string, value: LeafValue): unknown;
  readonly size: number;
}

const indexes = new WeakMap<CriteriaSet, ReadonlyMap<string, number>>();

/** Each node's position (leaves first, in tree order): the same for every unit of the set. */
function codeIndex(criteria: CriteriaSet): ReadonlyMap<string, number> {
  let index = indexes.get(criteria);
  if (!index) {
    const codes = [...criteria.leaves.map((l) => l.code), ...criteria.nodes.keys()];
    indexes.set(criteria, (index = new Map([...new Set(codes)].map((code, i) => [code, i]))));
  }
  return index;
}

export class LeafValues implements LeafValueMap {
  private readonly codes: ReadonlyMap<string, number>;
  private readonly values: (LeafValue | undefined)[];
  /** Codes that are no node of the set: kept aside, as a Map would keep them. */
  private others?: Map<string, LeafValue>;
  private count = 0;

  constructor(readonly criteria: CriteriaSet) {
    this.codes = codeIndex(criteria);
    this.values = new Array<LeafValue | undefined>(criteria.leaves.length);
  }

  /** The value of criteria.leaves[i] (leaves come first, in that order): no lookup by code. */
  atLeaf(i: number): LeafValue | undefined {
    return this.values[i];
  }

  get(code: string): LeafValue | undefined {
    const i = this.codes.get(code);
    return i === undefined ? this.others?.get(code) : this.values[i];
  }

  has(code: string): boolean {
    return this.get(code) !== undefined;
  }

  set(code: string, value: LeafValue): this {
    const i = this.codes.get(code);
    if (i === undefined) {
      this.others ??= new Map();
      if (!this.others.has(code)) this.count++;
      this.others.set(code, value);
    } else {
      if (this.values[i] === undefined) this.count++;
      this.values[i] = value;
    }
    return this;
  }

  get size(): number {
    return this.count;
  }

  *[Symbol.iterator](): Generator<[string, LeafValue]> {
    for (const [code, i] of this.codes) {
      const value = this.values[i];
      if (value !== undefined) yield [code, value];
    }
    if (this.others) yield* this.others;
  }
}
