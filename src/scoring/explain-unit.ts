// One unit's sheet explained: every node's points against its applicable maximum, where the
// unit lost points, and how far it is from the unit ranked above and from the next band.
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import { Rational } from '../numbers/rational.js';
import type { RankedUnit } from './rank-units.js';
import { componentIndex } from './component-index.js';

export interface ExplainedNode {
  node: CriteriaNode;
  points: Rational;
  /** The applicable maximum: 0 where nothing under the node applies to the unit. */
  max: Rational;
  index?: Rational;
}

export interface Loss {
  leaf: CriteriaNode;
  points: Rational;
  max: Rational;
  lost: Rational;
}

export interface Explained {
  unit: RankedUnit;
  nodes: ExplainedNode[];
  losses: Loss[];
  /** Total of the nearest unit ranked above minus this unit's total; undefined for rank 1 or unranked. */
  gapToNextRank?: Rational;
  /**
   * That unit, and the points this unit's total must grow by to reach its index as ranked
   * (published or exact): units rank on the index, so with unequal maxima it is not the gap.
   */
  above?: { unit: RankedUnit; index: Rational; toMatch: Rational };
  /** Points to reach the next band's minimum index; undefined in the top band or without a band. */
  gapToNextBand?: { band: string; points: Rational };
}

export function explainUnit(criteria: CriteriaSet, units: readonly RankedUnit[], u: RankedUnit): Explained {
  const nodes: ExplainedNode[] = [];
  const losses: Loss[] = [];
  const walk = (node: CriteriaNode): void => {
    const s = u.nodes.get(node.code) ?? { points: Rational.ZERO, max: Rational.ZERO };
    const e: ExplainedNode = { node, points: s.points, max: s.max };
    const index = componentIndex(s.points, s.max);
    if (index) e.index = index;
    nodes.push(e);
    const lost = s.max.sub(s.points);
    if (node.children.length === 0 && lost.sign() > 0) losses.push({ leaf: node, points: s.points, max: s.max, lost });
    node.children.forEach(walk);
  };
  criteria.fields.forEach(walk);
  // Largest loss first; equal losses keep tree order (the sort is stable).
  losses.sort((a, b) => b.lost.cmp(a.lost));
  const out: Explained = { unit: u, nodes, losses };
  const above = nearestAbove(criteria, units, u);
  if (above) {
    out.gapToNextRank = above.total.sub(u.total);
    const index = (criteria.ranking.on === 'exact' ? above.index : above.published) ?? Rational.ZERO;
    out.above = { unit: above, index, toMatch: index.mul(u.max).div(Rational.HUNDRED).sub(u.total) };
  }
  const i = criteria.bands.findIndex((b) => b.label === u.band);
  const next = i > 0 ? criteria.bands[i - 1] : undefined;
  if (next) out.gapToNextBand = { band: next.label, points: u.max.mul(next.min).div(Rational.HUNDRED).sub(u.total) };
  return out;
}

/** The unit at the nearest better rank (in the same group when ranking by group); of several, the lowest total. */
function nearestAbove(criteria: CriteriaSet, units: readonly RankedUnit[], u: RankedUnit): RankedUnit | undefined {
  const rank = u.rank;
  if (rank === undefined) return undefined;
  const peers = units.filter((o) => o.rank !== undefined && o.rank < rank && (!criteria.ranking.byGroup || o.group === u.group));
  const best = Math.max(...peers.map((o) => o.rank ?? 0));
  return peers.filter((o) => o.rank === best).reduce<RankedUnit | undefined>((low, o) => (!low || o.total.cmp(low.total) < 0 ? o : low), undefined);
}
