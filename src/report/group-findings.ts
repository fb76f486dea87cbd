// A unit's remarks as the council's report lays them out: the remarks on the unit as a whole
// first, then field by field in the tree's order; within each, kind by kind (what was achieved,
// shortcomings, recommendations, other remarks), each kind's remarks in the tree's order of their
// criteria and, for one criterion, in the order given.
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import { FINDING_KINDS, type Finding, type FindingKind } from '../sheets/finding.js';

export interface PlacedFinding {
  /** The criterion it is on; undefined on the unit as a whole. */
  node?: CriteriaNode;
  finding: Finding;
}

export interface FindingBlock {
  /** The field; undefined for the remarks on the unit as a whole. */
  field?: CriteriaNode;
  kinds: { kind: FindingKind; items: PlacedFinding[] }[];
}

/** Each node's field and its place in the tree, walked once. */
function treeIndex(criteria: CriteriaSet): Map<string, { field: CriteriaNode; order: number }> {
  const index = new Map<string, { field: CriteriaNode; order: number }>();
  const walk = (field: CriteriaNode, n: CriteriaNode): void => {
    index.set(n.code, { field, order: index.size });
    for (const c of n.children) walk(field, c);
  };
  for (const f of criteria.fields) walk(f, f);
  return index;
}

export function groupByField(criteria: CriteriaSet, list: readonly Finding[], kinds: readonly FindingKind[] = FINDING_KINDS): FindingBlock[] {
  const index = treeIndex(criteria);
  const at = (f: Finding) => (f.code === undefined ? undefined : index.get(f.code));
  // Stable: equal places keep the order given.
  const placed = list.filter((f) => kinds.includes(f.kind)).map((finding, i) => ({ finding, i, place: at(finding) }));
  placed.sort((a, b) => (a.place?.order ?? -1) - (b.place?.order ?? -1) || a.i - b.i);
  const fields: (CriteriaNode | undefined)[] = [undefined, ...criteria.fields];
  return fields
    .map((field) => {
      const mine = placed.filter((p) => p.place?.field === field);
      const blockKinds = kinds
        .map((kind) => ({ kind, items: mine.filter((p) => p.finding.kind === kind).map((p) => ({ ...(p.finding.code === undefined ? {} : { node: criteria.nodes.get(p.finding.code) as CriteriaNode }), finding: p.finding })) }))
        .filter((k) => k.items.length > 0);
      return { ...(field ? { field } : {}), kinds: blockKinds };
    })
    .filter((b) => b.kinds.length > 0);
}
