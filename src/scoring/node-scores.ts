// A unit's score at every node, read like a Map by node code. Every unit of a set has the same
// nodes: the code → position index is built once per set and each unit keeps one array, in the
// order the scoring fills it (children before their parent). At national scale (10,000 units ×
// ~80 nodes) this holds the scores in a quarter of the memory of one Map per unit.
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import type { Rational } from '../numbers/rational.js';

/** A node's points and applicable maximum; max 0 means no leaf under it applies to the unit. */
export interface NodeScore {
  points: Rational;
  max: Rational;
}

const indexes = new WeakMap<CriteriaSet, ReadonlyMap<string, number>>();

/** Each node's position: children before their parent, fields in order. */
export function nodeIndex(criteria: CriteriaSet): ReadonlyMap<string, number> {
  let index = indexes.get(criteria);
  if (!index) {
    const order = new Map<string, number>();
    const walk = (node: CriteriaNode): void => {
      for (const child of node.children) walk(child);
      order.set(node.code, order.size);
    };
    criteria.fields.forEach(walk);
    indexes.set(criteria, (index = order));
  }
  return index;
}

export class NodeScores implements ReadonlyMap<string, NodeScore> {
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly scores: readonly NodeScore[],
  ) {}

  get(code: string): NodeScore | undefined {
    const i = this.index.get(code);
    return i === undefined ? undefined : this.scores[i];
  }

  has(code: string): boolean {
    return this.index.has(code);
  }

  get size(): number {
    return this.index.size;
  }

  /** Iteration (rare: tests, debugging) goes through a real Map, in node order. */
  private asMap(): Map<string, NodeScore> {
    return new Map([...this.index].map(([code, i]) => [code, this.scores[i] as NodeScore]));
  }

  entries(): MapIterator<[string, NodeScore]> {
    return this.asMap().entries();
  }

  keys(): MapIterator<string> {
    return this.index.keys();
  }

  values(): MapIterator<NodeScore> {
    return this.asMap().values();
  }

  forEach(fn: (value: NodeScore, key: string, map: ReadonlyMap<string, NodeScore>) => void, thisArg?: unknown): void {
    this.asMap().forEach((v, k) => fn.call(thisArg, v, k, this));
  }

  [Symbol.iterator](): MapIterator<[string, NodeScore]> {
    return this.entries();
  }
}
