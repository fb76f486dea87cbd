// The parts of a notice's body: the result (index, band, rank among the units and in its group,
// the total and what it is made of), the points by field, the criteria where the unit lost points
// with the council's remarks beside them, the remarks on the unit as a whole by kind, and what the
// gaps to the next rank and band mean (explain's sentences). Numbers as `explain` writes them.
import type { Explained, ExplainedNode } from '../scoring/explain-unit.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import { FINDING_KINDS, type Finding } from '../sheets/finding.js';
import { explainWords } from './explain-words.js';
import { findingTexts } from './findings-texts.js';
import type { NoticeCell, NoticeBlock, NoticeSection, NoticesModel } from './notice-model.js';
import { NOT_GIVEN, formatNumber, type NumberFormat } from './ranking-rows.js';
import { gapInWords } from './render-explain.js';
import { plainText } from './safe-text.js';

const { kind: kindWord, heading: kindHeading, t: findingWord } = findingTexts('vi');

/** Each group's ranks, in order (every ranked unit's under ''), counted once for all the notices of a model. */
const RANKS = new WeakMap<NoticesModel, Map<string, number[]>>();
function ranksOf(m: NoticesModel): Map<string, number[]> {
  let ranks = RANKS.get(m);
  if (!ranks) {
    ranks = new Map([['', []]]);
    for (const o of m.units) {
      if (o.rank === undefined) continue;
      ranks.get('')?.push(o.rank);
      if (!ranks.has(`=${o.group}`)) ranks.set(`=${o.group}`, []);
      ranks.get(`=${o.group}`)?.push(o.rank);
    }
    for (const list of ranks.values()) list.sort((a, b) => a - b);
    RANKS.set(m, ranks);
  }
  return ranks;
}

/** How many of the sorted `ranks` are below `rank` (a binary search: a province's notices ask it of every unit). */
function better(ranks: readonly number[], rank: number): number {
  let [lo, hi] = [0, ranks.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranks[mid] ?? 0) < rank) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `thứ 5/25 đơn vị; trong nhóm Xã: thứ 4/23`: among the ranked units (of its group when the set ranks by group). */
function standing(m: NoticesModel, u: RankedUnit): string {
  const rank = u.rank;
  if (rank === undefined) return 'Không xếp hạng cùng các đơn vị khác.';
  const ranks = ranksOf(m);
  const mates = ranks.get(`=${u.group}`) ?? [];
  const byGroup = m.criteria.ranking.byGroup;
  const group = plainText(u.group);
  const own = byGroup && group ? ` trong nhóm ${group}` : '';
  // Ranked together, units of several groups: its place among its own group's too (1 + the mates ranked better).
  const inGroup = !byGroup && group && ranks.size > 2 ? `; trong nhóm ${group}: thứ ${1 + better(mates, rank)}/${mates.length}` : '';
  return `Xếp hạng: thứ ${rank}/${(byGroup ? mates : (ranks.get('') ?? [])).length} đơn vị${own}${inGroup}.`;
}

function result(m: NoticesModel, u: RankedUnit, f: NumberFormat): NoticeSection {
  const n = (r: Parameters<typeof formatNumber>[0]) => formatNumber(r, f);
  const { bonusMax, penaltyMax } = m.criteria.adjustments;
  const survey = m.criteria.leaves.some((l) => l.source === 'survey');
  const parts = [
    `điểm thẩm định ${n(u.appraisal)}`,
    ...(survey ? [u.survey === undefined ? 'điểm điều tra xã hội học: không có số liệu (chỉ số tính trên điểm thẩm định)' : `điểm điều tra xã hội học ${n(u.survey)}`] : []),
    ...(bonusMax ? [`điểm thưởng ${n(u.bonus)}`] : []),
    ...(penaltyMax ? [`điểm trừ ${n(u.penalty)}`] : []),
  ];
  return {
    heading: 'Kết quả chung',
    blocks: [
      {
        items: [
          `Chỉ số cải cách hành chính đạt ${n(u.index)}%${u.band ? `, xếp loại ${plainText(u.band)}` : ''}.`,
          standing(m, u),
          `Tổng điểm: ${n(u.total)} điểm, trên điểm tối đa ${n(u.max)} điểm áp dụng cho đơn vị; gồm: ${parts.join('; ')}.`,
        ],
      },
    ],
  };
}

/** The fields' points as explain's sheet shows them, then the rows that add up to the total. */
function byField(m: NoticesModel, e: Explained, f: NumberFormat): NoticeSection {
  const n = (r: Parameters<typeof formatNumber>[0]) => formatNumber(r, f);
  const u = e.unit;
  const w = explainWords('vi');
  const { bonusMax, penaltyMax } = m.criteria.adjustments;
  const fields = e.nodes.filter((x) => x.node.depth === 0);
  const rows = [
    ...fields.map((x) => [x.node.code, plainText(x.node.title), n(x.max), u.survey === undefined && x.node.source === 'survey' ? NOT_GIVEN : n(x.points), n(x.index)]),
    ...(bonusMax ? [['', w.bonus, '', `+${n(u.bonus)}`, '']] : []),
    ...(penaltyMax ? [['', w.penalty, '', `−${n(u.penalty)}`, '']] : []),
    ['', w.total, n(u.max), n(u.total), n(u.index)],
  ];
  const table = { header: ['TT', 'Lĩnh vực', 'Điểm tối đa', 'Điểm đạt', 'Chỉ số thành phần (%)'], numeric: [false, false, true, true, true], weights: [0.5, 5.4, 1.1, 1.1, 1.5], rows, totalsFrom: fields.length };
  return { heading: 'Điểm theo lĩnh vực', blocks: [{ table }] };
}

const evidence = (x: Finding): string => (x.evidence ? ` (${findingWord('evidence')}: ${plainText(x.evidence)})` : '');
/** `Tồn tại: …` (a plain remark without its kind), with the evidence checked. */
const remarkLine = (x: Finding): string => `${x.kind === 'remark' ? '' : `${kindWord(x.kind)}: `}${plainText(x.note)}${evidence(x)}`;

/** The leaves where it lost points and every criterion the council remarked on, in the tree's order. */
function losses(e: Explained, list: readonly Finding[], f: NumberFormat): NoticeSection {
  const n = (r: Parameters<typeof formatNumber>[0]) => formatNumber(r, f);
  const remarks = (x: ExplainedNode) => list.filter((r) => r.code === x.node.code && r.note !== '');
  // The council's remarks named in the heading where the unit has some on its criteria.
  const withRemarks = list.some((r) => r.code !== undefined && r.note !== '');
  const shown = e.nodes.filter((x) => (x.node.children.length === 0 && x.max.sub(x.points).sign() > 0) || remarks(x).length > 0);
  const heading = withRemarks ? 'Các tiêu chí bị mất điểm và nhận xét của Hội đồng thẩm định' : 'Các tiêu chí bị mất điểm';
  if (shown.length === 0) return { heading, blocks: [{ paragraph: 'Đơn vị đạt điểm tối đa ở mọi tiêu chí.' }] };
  // The remarks under the criterion's title, in its row: the table keeps the width of three columns.
  const row = (x: ExplainedNode): NoticeCell[] => [x.node.code, { text: plainText(x.node.title), notes: remarks(x).map(remarkLine) }, `${n(x.points)}/${n(x.max)}`];
  const title = withRemarks ? 'Tiêu chí và nhận xét của Hội đồng thẩm định' : 'Tiêu chí';
  return { heading, blocks: [{ table: { header: ['Mã', title, 'Điểm (đạt/tối đa)'], numeric: [false, false, true], weights: [0.8, 6.6, 1.3], rows: shown.map(row) } }] };
}

/** The remarks on the unit as a whole, kind by kind (what was achieved, shortcomings, recommendations, others). */
function general(list: readonly Finding[]): NoticeSection | undefined {
  const whole = list.filter((x) => x.code === undefined && x.note !== '');
  if (whole.length === 0) return undefined;
  const blocks: NoticeBlock[] = FINDING_KINDS.flatMap((k) => {
    const of = whole.filter((x) => x.kind === k);
    return of.length ? [{ label: `${kindHeading(k)}:` }, { items: of.map((x) => `${plainText(x.note)}${evidence(x)}`) }] : [];
  });
  return { heading: 'Tồn tại, hạn chế và kiến nghị', blocks };
}

/** The body's parts, numbered 1, 2, … in their order (a part with nothing to say is left out). */
export function noticeBody(m: NoticesModel, e: Explained, list: readonly Finding[], f: NumberFormat): NoticeSection[] {
  const gap: NoticeSection = { heading: 'Khoảng cách đến thứ hạng và xếp loại cao hơn', blocks: [{ paragraph: plainText(gapInWords(m.criteria, e, f, 'vi')) }] };
  const parts = [result(m, e.unit, f), byField(m, e, f), losses(e, list, f), general(list), gap].filter((p): p is NoticeSection => p !== undefined);
  return parts.map((p, i) => ({ ...p, heading: `${i + 1}. ${p.heading}` }));
}
