// The Word file's second annex (`--with-findings`): each unit's shortcomings and recommendations,
// as the appraisal council's findings are published with the decision. Units in ranking order;
// for each, the remarks on the unit as a whole, then field by field, kind by kind, each remark a
// dash item naming its criterion, with the evidence checked. Text justified, as Decree
// 30/2020/NĐ-CP lays out a document's body; every text from a file made plain (no control
// character reaches the XML). The paragraphs are written from prototypes (docx-bulk.ts).
import type { Paragraph } from 'docx';
import type { CriteriaSet } from '../../criteria/model.js';
import type { RankedUnit } from '../../scoring/rank-units.js';
import type { Findings, FindingKind } from '../../sheets/finding.js';
import { findingsOf } from '../findings-json.js';
import { findingTexts } from '../findings-texts.js';
import { groupByField, type PlacedFinding } from '../group-findings.js';
import { formatNumber, type NumberFormat } from '../ranking-rows.js';
import { plainText } from '../safe-text.js';
import { slot, type Bulk, type BulkItem } from './docx-bulk.js';
import { CENTER, SIZE, paragraph } from './docx-text.js';

const KINDS: readonly FindingKind[] = ['shortcoming', 'recommendation'];
const INDENT = 567; // 1 cm, in twips
const { t, heading } = findingTexts('vi');

/** The paragraphs' kinds, the prototypes of the bulk (docx-bulk.ts). */
const UNIT = 0;
const FIELD = 1;
const KIND = 2;
const ITEM = 3;
const OTHERS = 4;

/** A paragraph of each kind, with its text. */
function paragraphOf(proto: number, text: string): Paragraph {
  switch (proto) {
    case UNIT:
      return paragraph({ text, bold: true }, { before: 200, after: 60, keepNext: true });
    case FIELD:
      return paragraph({ text, italics: true, size: SIZE.table }, { indent: { left: INDENT }, before: 60, keepNext: true });
    case KIND:
      return paragraph({ text, size: SIZE.table }, { indent: { left: INDENT }, keepNext: true });
    case ITEM:
      return paragraph({ text, size: SIZE.table }, { align: 'both', indent: { left: INDENT * 2, hanging: 227 }, after: 40 });
    default:
      return paragraph({ text, italics: true, size: SIZE.table }, { align: 'both', before: 200 });
  }
}

function item(p: PlacedFinding): BulkItem {
  const on = p.node && p.node.depth > 0 ? `Tiêu chí ${p.node.code}: ` : '';
  const evidence = p.finding.evidence ? ` (${t('evidence')}: ${plainText(p.finding.evidence)})` : '';
  return { proto: ITEM, texts: [`- ${on}${plainText(p.finding.note)}${evidence}`] };
}

function unitParagraphs(criteria: CriteriaSet, u: RankedUnit, n: number, findings: Findings, f: NumberFormat): BulkItem[] {
  const blocks = groupByField(criteria, findingsOf(findings, u.unit), KINDS);
  const standing = [u.rank === undefined ? 'không xếp hạng' : `hạng ${u.rank}`, `chỉ số ${formatNumber(u.index, f)}`].join(', ');
  const out: BulkItem[] = [{ proto: UNIT, texts: [`${n}. ${plainText(u.name || u.unit)} (${standing})`] }];
  for (const b of blocks) {
    out.push({ proto: FIELD, texts: [b.field ? `${b.field.code}. ${plainText(b.field.title)}` : t('general')] });
    for (const k of b.kinds) out.push({ proto: KIND, texts: [`${heading(k.kind)}:`] }, ...k.items.map(item));
  }
  return out;
}

export interface AnnexFindings {
  /** The prototypes of the paragraphs, where they go. */
  prototypes: Paragraph[];
  /** Every unit with shortcomings or recommendations, then the others named. */
  paragraphs: Bulk;
}

/** The annex's paragraphs after its heading lines: every unit with shortcomings or recommendations, then the others named. */
export function docxFindings(criteria: CriteriaSet, units: readonly RankedUnit[], findings: Findings, f: NumberFormat): AnnexFindings {
  const has = (u: RankedUnit) => groupByField(criteria, findingsOf(findings, u.unit), KINDS).length > 0;
  const shown = units.filter(has);
  const without = units.filter((u) => !has(u)).map((u) => plainText(u.name || u.unit));
  const items: BulkItem[] = [
    ...shown.flatMap((u, i) => unitParagraphs(criteria, u, i + 1, findings, f)),
    ...(without.length ? [{ proto: OTHERS, texts: [`Các đơn vị không có tồn tại, hạn chế, kiến nghị: ${without.join(', ')}.`] }] : []),
  ];
  const prototypes = items.length === 0 ? [] : [UNIT, FIELD, KIND, ITEM, OTHERS].map((p) => paragraphOf(p, slot('F', p, 0)));
  return { prototypes, paragraphs: { id: 'F', tag: 'w:p', prototypes: prototypes.length, items } };
}

/** The annex's head: its number, its title and the decision it goes with. */
export const docxFindingsHead = (decision: string): Paragraph[] => [
  paragraph({ text: 'PHỤ LỤC II', bold: true }, { align: CENTER }),
  paragraph({ text: 'TỒN TẠI, HẠN CHẾ VÀ KIẾN NGHỊ CỦA HỘI ĐỒNG THẨM ĐỊNH ĐỐI VỚI TỪNG ĐƠN VỊ', bold: true }, { align: CENTER }),
  paragraph({ text: `(Kèm theo Quyết định số ${decision})`, italics: true }, { align: CENTER, after: 240 }),
];
