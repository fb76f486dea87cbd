// The HTML report's appendix "Nhận xét của Hội đồng thẩm định": for every unit with remarks, in
// ranking order, its standing, then its remarks on the unit as a whole and field by field (with
// the field's points), kind by kind, each with its criterion and the evidence checked. Every text
// from a file (names, titles, remarks, evidence) is made plain and escaped.
import type { CriteriaSet } from '../../criteria/model.js';
import type { RankedUnit } from '../../scoring/rank-units.js';
import type { Findings } from '../../sheets/finding.js';
import { findingsOf } from '../findings-json.js';
import { findingTexts } from '../findings-texts.js';
import { groupByField, type FindingBlock, type PlacedFinding } from '../group-findings.js';
import type { Lang } from '../messages/index.js';
import { formatNumber, type NumberFormat } from '../ranking-rows.js';
import { textsOf } from '../report-texts.js';
import { plainText } from '../safe-text.js';
import { escapeHtml } from './escape-html.js';

/** Added to the report's style only when it has remarks (a report without them keeps its bytes). */
export const FINDINGS_STYLE = `
section.findings { break-before: page; }
section.findings h3 { margin-top: 5mm; }
section.findings h3 span.standing { font-weight: normal; font-size: 9.5pt; color: #444; }
section.findings h4 { font-size: 10pt; margin: 2.5mm 0 1mm; break-after: avoid; }
section.findings h4 span.points { font-weight: normal; color: #444; }
section.findings p.kind { margin: 1mm 0 0.5mm; font-style: italic; break-after: avoid; }
section.findings ul { margin: 0; padding-left: 6mm; }
section.findings li { margin: 0.4mm 0; break-inside: avoid; }
section.findings span.code { font-weight: 600; }
section.findings span.evidence { font-size: 9pt; color: #444; }
`;

const e = (s: string): string => escapeHtml(plainText(s));

function item(p: PlacedFinding, lang: Lang): string {
  const { t } = findingTexts(lang);
  const { node, finding } = p;
  const on = node && node.depth > 0 ? `<span class="code">${e(node.code)}</span> ${e(node.title)}: ` : '';
  const evidence = finding.evidence ? ` <span class="evidence">(${e(t('evidence'))}: ${e(finding.evidence)})</span>` : '';
  return `<li>${on}${e(finding.note)}${evidence}</li>`;
}

function block(b: FindingBlock, u: RankedUnit, f: NumberFormat, lang: Lang): string {
  const { t, heading } = findingTexts(lang);
  const s = b.field ? u.nodes.get(b.field.code) : undefined;
  const points = s ? ` <span class="points">(${e(`${formatNumber(s.points, f)} / ${formatNumber(s.max, f)} ${t('pointsOf')}`)})</span>` : '';
  const title = b.field ? `${e(`${b.field.code}. ${b.field.title}`)}${points}` : e(t('general'));
  const kinds = b.kinds.map((k) => `<p class="kind">${e(heading(k.kind))}</p>\n<ul>${k.items.map((p) => item(p, lang)).join('\n')}</ul>`);
  return [`<h4>${title}</h4>`, ...kinds].join('\n');
}

const label = (u: RankedUnit): string => (u.name ? `${u.name} (${u.unit})` : u.unit);

export function renderFindingsHtml(criteria: CriteriaSet, units: readonly RankedUnit[], findings: Findings, f: NumberFormat, lang: Lang): string {
  const { t } = findingTexts(lang);
  const rt = textsOf(lang);
  const out = [`<p class="note">${e(t('appendixIntro'))}</p>`];
  const without: string[] = [];
  for (const u of units) {
    const blocks = groupByField(criteria, findingsOf(findings, u.unit));
    if (blocks.length === 0) {
      without.push(u.name || u.unit);
      continue;
    }
    const standing = [u.rank === undefined ? rt('notRanked') : `${t('rankOf')} ${u.rank}`, `${t('indexOf')} ${formatNumber(u.index, f)}`, ...(u.band ? [u.band] : [])].join('; ');
    out.push(`<article class="unit-findings">\n<h3>${e(label(u))} <span class="standing">(${e(standing)})</span></h3>\n${blocks.map((b) => block(b, u, f, lang)).join('\n')}\n</article>`);
  }
  if (without.length > 0) out.push(`<p class="note">${e(`${t('unitsWithout')}: ${without.join(', ')}.`)}</p>`);
  return out.join('\n');
}
