// A unit's score at every node, read like a Map by node code. Only the leaves' scores are kept
// (one array per unit); a parent's is added up from its children when asked for. A national
// ranking (10,000 units × ~80 nodes) then keeps no object per parent and unit, and a CSV asks
// only for the top-level fields.
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import { Rational, RationalSum } from '../numbers/rational.js';

/** A node's points and applicable maximum; max 0 means no leaf under it applies to the unit. */
export interface NodeScore {
  points: Rational;
  max: Rational;
}

interface Layout {
  /** Every node by code, children before their parent (the order a Map of them was filled in). */
  byCode: ReadonlyMap<string, CriteriaNode>;
  leaves: readonly CriteriaNode[];
  /** The positions in criteria.leaves of the leaves under a node (the node itself for a leaf). */
  leavesUnder(node: CriteriaNode): readonly number[];
  /** Each top-level field's position in criteria.fields. */
  fieldIndex: ReadonlyMap<CriteriaNode, number>;
}

const layouts = new WeakMap<CriteriaSet, Layout>();

function layoutOf(criteria: CriteriaSet): Layout {
  let layout = layouts.get(criteria);
  if (!layout) {
    const byCode = new Map<string, CriteriaNode>();
    const walk = (node: CriteriaNode): void => {
      for (const child of node.children) walk(child);
      byCode.set(node.code, node);
    };
    criteria.fields.forEach(walk);
    const leafAt = new Map(criteria.leaves.map((leaf, i) => [leaf, i]));
    const under = new Map<CriteriaNode, number[]>();
    const leavesUnder = (node: CriteriaNode): number[] => {
      let list = under.get(node);
      if (!list) under.set(node, (list = node.children.length === 0 ? [leafAt.get(node) as number] : node.children.flatMap(leavesUnder)));
      return list;
    };
    const fieldIndex = new Map(criteria.fields.map((field, f) => [field, f]));
    layouts.set(criteria, (layout = { byCode, leaves: criteria.leaves, leavesUnder, fieldIndex }));
  }
  return layout;
}

/** The node's own max or zero instead of an equal copy. */
export const shareable = (r: Rational, max: Rational): Rational => (r.eq(max) ? max : r.sign() === 0 ? Rational.ZERO : r);

export class NodeScores implements ReadonlyMap<string, NodeScore> {
  private readonly layout: Layout;

  /**
   * `leaves`: each leaf's score, in criteria.leaves order; `fields`, when given, each top-level
   * field's (criteria.fields order), as score() would add it up: added up with the unit's totals.
   */
  constructor(criteria: CriteriaSet, private readonly leaves: readonly NodeScore[], private readonly fields?: readonly NodeScore[]) {
    this.layout = layoutOf(criteria);
  }

  get(code: string): NodeScore | undefined {
    const node = this.layout.byCode.get(code);
    return node && this.score(node);
  }

  has(code: string): boolean {
    return this.layout.byCode.has(code);
  }

  get size(): number {
    return this.layout.byCode.size;
  }

  /**
   * A parent's points are the sum of its leaves' points, and its maximum the sum of their
   * applicable maxima (its own max when all apply): summed over the leaves at once, as adding
   * the children's sums would give the same exact values.
   */
  private score(node: CriteriaNode): NodeScore {
    if (this.fields && node.depth === 0 && node.children.length > 0) {
      const field = this.fields[this.layout.fieldIndex.get(node) as number];
      if (field) return field;
    }
    const under = this.layout.leavesUnder(node);
    if (under.length === 1 && node.children.length === 0) return this.leaves[under[0] as number] as NodeScore;
    const points = new RationalSum();
    let max: RationalSum | undefined;
    for (let k = 0; k < under.length; k++) {
      const i = under[k] as number;
      const leaf = this.layout.leaves[i] as CriteriaNode;
      const c = this.leaves[i] as NodeScore;
      points.add(c.points);
      // A leaf's max is its own when it applies: add them up only from the first that does not.
      if (!max && c.max !== leaf.max) {
        max = new RationalSum();
        for (let j = 0; j < k; j++) max.add((this.layout.leaves[under[j] as number] as CriteriaNode).max);
      }
      max?.add(c.max);
    }
    return { points: shareable(points.value(), node.max), max: max ? shareable(max.value(), node.max) : node.max };
  }

  /** Iteration (rare: tests, debugging) goes through a real Map, in node order. */
  private asMap(): Map<string, NodeScore> {
    return new Map([...this.layout.byCode].map(([code, node]) => [code, this.score(node)]));
  }

  entries(): MapIterator<[string, NodeScore]> {
    return this.asMap().entries();
  }

  keys(): MapIterator<string> {
    return this.layout.byCode.keys();
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
