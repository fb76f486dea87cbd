// The ranking as JSON: the CSV's values per unit, plus each field's points, max and component
// index. Numbers are rounded once from their exact values to the set's precision.
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import { Rational } from '../numbers/rational.js';
import type { Uncertainty, UnitInterval } from '../scoring/estimate-uncertainty.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import { notGiven, numericValues } from './ranking-rows.js';
import { componentIndex } from '../scoring/component-index.js';
import { summarizeRanking, type IndexStats, type RankingSummary } from '../scoring/summarize-ranking.js';
import type { Findings } from '../sheets/finding.js';
import { findingsField, findingsOf } from './findings-json.js';

export interface JsonMeta {
  [key: string]: unknown;
}

/** A JSON report's text: two-space indent, a final line break. */
export const jsonText = (doc: unknown): string => `${JSON.stringify(doc, null, 2)}\n`;

export const toJsonNumber = (r: Rational | undefined, precision: number): number | null => (r ? Number(r.toFixed(precision)) : null);

/** A field's points, max and component index; points null for a survey field when no survey was given. */
export function nodeJson(node: CriteriaNode, u: RankedUnit, p: number) {
  const s = u.nodes.get(node.code);
  const pts = s?.points ?? Rational.ZERO;
  const max = s?.max ?? Rational.ZERO;
  const points = notGiven(u, node) ? null : toJsonNumber(pts, p);
  return { code: node.code, title: node.title, points, max: toJsonNumber(max, p), index: toJsonNumber(componentIndex(pts, max), p) };
}

export function unitJson(criteria: CriteriaSet, u: RankedUnit) {
  const p = criteria.precision;
  const n = (r: Rational | undefined) => toJsonNumber(r, p);
  return {
    rank: u.rank ?? null,
    unit: u.unit,
    name: u.name,
    group: u.group,
    ranked: u.ranked,
    ...numericValues(u, n),
    band: u.band ?? null,
    note: u.note,
    fields: criteria.fields.map((f) => nodeJson(f, u, p)),
  };
}

function statsJson(s: IndexStats, p: number) {
  const n = (r: Parameters<typeof toJsonNumber>[0]) => toJsonNumber(r, p);
  return {
    units: s.count,
    mean: n(s.mean),
    median: n(s.median),
    min: n(s.min?.index),
    max: n(s.max?.index),
    bands: s.bands.map((b) => ({ band: b.band ?? null, count: b.count })),
  };
}

/** The JSON `summary`: the statistics of every unit with an index, then the same per group. */
export function summaryJson(criteria: CriteriaSet, s: RankingSummary) {
  const p = criteria.precision;
  return { ...statsJson(s, p), groups: s.groups.map((g) => ({ group: g.group, ...statsJson(g, p) })) };
}

/** The CSV's interval columns (same names), and where the interval comes from: forms resampled, survey points, no survey. */
function intervalJson(i: UnitInterval | undefined, p: number) {
  return { rank_low: i?.rankLow ?? null, rank_high: i?.rankHigh ?? null, index_low: toJsonNumber(i?.indexLow, p), index_high: toJsonNumber(i?.indexHigh, p), interval_basis: i?.basis ?? null };
}

function uncertaintyMeta(u: Uncertainty) {
  return { method: 'bootstrap', replicates: u.replicates, seed: u.seed, level: u.level, notDistinguishable: u.pairs.map((pair) => ({ better: pair.better.unit, worse: pair.worse.unit })) };
}

/**
 * With `uncertainty`: each unit's intervals, and meta.uncertainty (settings, pairs of neighbours the
 * survey cannot tell apart). With remarks given: each unit's `findings` last.
 */
export function rankingJsonDoc(criteria: CriteriaSet, units: readonly RankedUnit[], meta: JsonMeta, uncertainty?: Uncertainty, findings?: Findings) {
  const p = criteria.precision;
  const doc = {
    meta: { criteria: { id: criteria.id, version: criteria.version, title: criteria.title }, precision: p, ...meta, ...(uncertainty ? { uncertainty: uncertaintyMeta(uncertainty) } : {}) },
    units: units.map((u) => ({
      ...unitJson(criteria, u),
      ...(uncertainty ? intervalJson(uncertainty.intervals.get(u.unit), p) : {}),
      ...(findings ? findingsField(findings, findingsOf(findings, u.unit)) : {}),
    })),
    summary: summaryJson(criteria, summarizeRanking(criteria, units)),
  };
  return doc;
}

export const renderJson = (...args: Parameters<typeof rankingJsonDoc>): string => jsonText(rankingJsonDoc(...args));
