// `cchc explain` with the appraisal's remarks: each criterion that has remarks, its points and
// the points it lost beside each remark (its kind, the text, the evidence checked), in the tree's order and,
// for one criterion, in the order given; then the remarks on the unit as a whole.
import type { Finding } from '../sheets/finding.js';
import type { Explained } from '../scoring/explain-unit.js';
import { findingTexts } from './findings-texts.js';
import type { Lang } from './messages/index.js';
import { formatNumber, type NumberFormat } from './ranking-rows.js';
import type { TextSection } from './render-sections.js';
import { plainText } from './safe-text.js';
import { textsOf } from './report-texts.js';

// Remarks and evidence wrap in the terminal (to these widths in a file, to the room a terminal has);
// the criterion's title is cut.
const NOTE_WIDTH = 40;
const EVIDENCE_WIDTH = 26;

export function explainFindingSections(e: Explained, list: readonly Finding[], f: NumberFormat, lang: Lang): TextSection[] {
  const { t, kind } = findingTexts(lang);
  const rt = textsOf(lang);
  const n = (r: Parameters<typeof formatNumber>[0]) => formatNumber(r, f);
  const remark = (x: Finding) => [kind(x.kind), plainText(x.note), plainText(x.evidence)];
  if (list.length === 0) return [{ heading: t('byCriterion'), header: [], rows: [], numeric: [], note: t('noneForUnit') }];
  const rows: string[][] = [];
  for (const x of e.nodes) {
    const on = list.filter((r) => r.code === x.node.code);
    on.forEach((r, i) => rows.push([...(i === 0 ? [x.node.code, plainText(x.node.title), n(x.points), n(x.max.sub(x.points))] : ['', '', '', '']), ...remark(r)]));
  }
  const byCriterion: TextSection = {
    heading: t('byCriterion'),
    header: rows.length ? [rt('code'), rt('title'), rt('points'), t('lost'), t('kind'), t('note'), t('evidence')] : [],
    numeric: [false, false, true, true, false, false, false],
    clip: [0, 30],
    wrap: [0, 0, 0, 0, 0, NOTE_WIDTH, EVIDENCE_WIDTH],
    // On a narrow terminal: the criterion, what it lost and why first; its points are in the sheet above.
    fit: { priority: [0, 1, 3, 5, 4, 6, 2], essential: 4 },
    rows,
  };
  const general = list.filter((r) => r.code === undefined).map(remark);
  const generalSection: TextSection = {
    heading: t('general'),
    header: general.length ? [t('kind'), t('note'), t('evidence')] : [],
    numeric: [false, false, false],
    wrap: [0, NOTE_WIDTH + 20, EVIDENCE_WIDTH + 10],
    fit: { priority: [1, 0, 2], essential: 2 },
    rows: general,
    ...(general.length ? {} : { note: t('noneGeneral') }),
  };
  return [...(rows.length ? [byCriterion] : []), generalSection];
}
