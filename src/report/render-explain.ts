// One unit's sheet: as JSON (the fixed shape of `cchc explain --format json`) and for people
// (the tree indented by level, then the losses, largest first).
import type { CriteriaSet } from '../criteria/model.js';
import type { Explained } from '../scoring/explain-unit.js';
import type { Finding, Findings } from '../sheets/finding.js';
import { explainFindingSections } from './explain-findings.js';
import { findingsField, findingsOf } from './findings-json.js';
import type { Lang } from './messages/index.js';
import { explainWords } from './explain-words.js';
import { formatNumber, NOT_GIVEN, notGiven, type NumberFormat } from './ranking-rows.js';
import { toJsonNumber, jsonText } from './render-json.js';
import type { TextReport } from './render-sections.js';
import { textsOf } from './report-texts.js';

/** With remarks given: `findings` of the unit (every remark, `code` null on the unit as a whole) and of each node. */
export function explainJsonDoc(criteria: CriteriaSet, e: Explained, findings: Findings) {
  const p = criteria.precision;
  const n = (r: Parameters<typeof toJsonNumber>[0]) => toJsonNumber(r, p);
  const u = e.unit;
  const list = findingsOf(findings, u.unit);
  const doc = {
    unit: u.unit,
    name: u.name,
    rank: u.rank ?? null,
    appraisal: n(u.appraisal),
    survey: n(u.survey),
    bonus: n(u.bonus),
    penalty: n(u.penalty),
    total: n(u.total),
    max: n(u.max),
    index: n(u.index),
    band: u.band ?? null,
    gapToNextRank: n(e.gapToNextRank),
    nextRank: e.above ? { unit: e.above.unit.unit, name: e.above.unit.name, rank: e.above.unit.rank ?? null, index: n(e.above.index), pointsToMatch: n(e.above.toMatch) } : null,
    gapToNextBand: n(e.gapToNextBand?.points),
    nodes: e.nodes.map((x) => ({
      code: x.node.code, title: x.node.title, depth: x.node.depth, max: n(x.max), points: n(x.points), index: n(x.index),
      ...findingsField(findings, list.filter((f) => f.code === x.node.code)),
    })),
    losses: e.losses.map((l) => ({ code: l.leaf.code, title: l.leaf.title, max: n(l.max), points: n(l.points), lost: n(l.lost) })),
    ...findingsField(findings, list),
  };
  return doc;
}

export const renderExplainJson = (...args: Parameters<typeof explainJsonDoc>): string => jsonText(explainJsonDoc(...args));

/** `findings`: the unit's remarks when remarks were given (sections after the losses), undefined otherwise. */
export function explainReport(criteria: CriteriaSet, e: Explained, f: NumberFormat, lang: Lang, indent: (depth: number) => string, findings?: readonly Finding[]): TextReport {
  const t = textsOf(lang);
  const n = (r: Parameters<typeof formatNumber>[0]) => formatNumber(r, f);
  const u = e.unit;
  const summary = {
    header: [t('rank'), t('points'), t('max'), t('index'), t('band'), t('gapToNextRank'), t('gapToNextBand')],
    numeric: [true, true, true, true, false, true, true],
    rows: [[
      u.rank === undefined ? t('notRanked') : String(u.rank),
      n(u.total),
      n(u.max),
      n(u.index),
      u.band ?? '',
      e.gapToNextRank ? n(e.gapToNextRank) : u.rank === 1 ? t('topRank') : '',
      e.gapToNextBand ? `${n(e.gapToNextBand.points)} (${e.gapToNextBand.band})` : u.band ? t('topBand') : '',
    ]],
    note: gapInWords(criteria, e, f, lang),
  };
  const w = explainWords(lang);
  const { bonusMax, penaltyMax } = criteria.adjustments;
  // Without a survey, its criteria are not given (not 0); the rows below the tree make it add up to the total.
  const shownNotGiven = (x: Explained['nodes'][number]) => notGiven(u, x.node);
  const sheet = {
    heading: t('explainSheet'),
    header: [t('code'), t('title'), t('max'), t('points'), t('index')],
    numeric: [false, false, true, true, true],
    clip: [0, 60],
    rows: [
      ...e.nodes.map((x) => [`${indent(x.node.depth)}${x.node.code}`, x.node.title, n(x.max), shownNotGiven(x) ? NOT_GIVEN : n(x.points), n(x.index)]),
      ...(bonusMax ? [['', w.bonus, '', `+${n(u.bonus)}`, '']] : []),
      ...(penaltyMax ? [['', w.penalty, '', `−${n(u.penalty)}`, '']] : []),
      ['', w.total, n(u.max), n(u.total), n(u.index)],
    ],
  };
  const losses = {
    heading: t('explainLosses'),
    header: e.losses.length ? [t('code'), t('title'), t('max'), t('points'), t('lost')] : [],
    numeric: [false, false, true, true, true],
    clip: [0, 60],
    rows: e.losses.map((l) => [l.leaf.code, l.leaf.title, n(l.max), n(l.points), n(l.lost)]),
    ...(e.losses.length ? {} : { note: t('explainNoLosses') }),
  };
  return { title: `${u.unit}${u.name ? ` — ${u.name}` : ''}`, subtitle: `(${criteria.id}@${criteria.version})`, sections: [summary, sheet, losses, ...(findings ? explainFindingSections(e, findings, f, lang) : [])] };
}

/** What the gaps mean, in words: to the unit ranked above (in index, not only points) and to the next band. */
export function gapInWords(criteria: CriteriaSet, e: Explained, f: NumberFormat, lang: Lang): string {
  const w = explainWords(lang);
  const n = (r: Parameters<typeof formatNumber>[0]) => formatNumber(r, f);
  const u = e.unit;
  const next = e.gapToNextBand;
  const min = next && criteria.bands.find((b) => b.label === next.band)?.min;
  const band = next && min ? w.band({ band: next.band, min: min.toString().replace('.', f.mark), need: n(next.points), max: n(u.max), total: n(u.total) }) : '';
  if (u.rank === undefined) return w.unranked + band;
  const above = e.above;
  if (!above) return w.top(criteria.ranking.byGroup) + band;
  const a = above.unit;
  const named = `${a.unit}${a.name ? ` — ${a.name}` : ''}`;
  const rank = a.rank ?? 0;
  if (above.toMatch.sign() <= 0) return w.tied({ above: named, rank, index: n(above.index), unit: u.unit }) + band;
  return w.gap({ above: named, rank, index: n(above.index), gap: n(e.gapToNextRank), need: n(above.toMatch), max: n(u.max), unit: u.unit }) + band;
}
