// The plain tables of the HTML report: the ranking and the input files.
import type { CriteriaSet } from '../../criteria/model.js';
import type { Uncertainty } from '../../scoring/estimate-uncertainty.js';
import type { RankedUnit } from '../../scoring/rank-units.js';
import { levelText } from '../../scoring/uncertainty-diagnostics.js';
import { headerText } from '../headers.js';
import { indexRange, intervalOf, rankWithRange } from '../interval-cells.js';
import type { Lang } from '../messages/index.js';
import { NOT_GIVEN, rankingRows, type NumberFormat, type RankingColumn } from '../ranking-rows.js';
import { textsOf, type ReportText } from '../report-texts.js';
import { uncertaintyTexts } from '../uncertainty-texts.js';
import { bandFill } from './band-fill.js';
import { escapeHtml } from './escape-html.js';

/** An input file and its SHA-256, as the CLI computed it (structurally the CLI's InputFingerprint). */
export interface HtmlInputFile {
  role: 'criteria' | 'scores' | 'survey' | 'self' | 'findings';
  file: string;
  sha256: string;
}

const TEXT_COLUMNS: readonly RankingColumn[] = ['unit', 'name', 'group', 'band'];
// Codes and band labels stay on one line; names and groups may wrap so the table fits A4.
const NOWRAP: readonly RankingColumn[] = ['unit', 'band'];

/** The ranking table; `withGroup` false under a group's heading, where the column would repeat it; with `uncertainty`, the rank as "4 (3–6)" and the index interval after the index. */
export function renderRankingHtml(criteria: CriteriaSet, units: readonly RankedUnit[], f: NumberFormat, lang: Lang, withGroup = true, uncertainty?: Uncertainty): string {
  const cols: RankingColumn[] = ['rank', 'unit', ...(units.some((u) => u.name) ? (['name'] as const) : []), ...(withGroup && units.some((u) => u.group) ? (['group'] as const) : []), 'appraisal', 'survey', 'bonus', 'penalty', 'total', 'max', 'index', 'band'];
  const cls = (c: RankingColumn) => (!TEXT_COLUMNS.includes(c) ? ' class="n"' : NOWRAP.includes(c) ? ' class="t"' : c === 'name' ? ' class="name"' : '');
  const rangeHead = uncertainty ? `<th class="n">${escapeHtml(uncertaintyTexts(lang).rangeHeader(levelText(uncertainty.level)))}</th>` : '';
  const head = cols.map((c) => `<th${cls(c)}>${escapeHtml(headerText(lang, c))}</th>${c === 'index' ? rangeHead : ''}`).join('');
  const rows = rankingRows(criteria, units, f, NOT_GIVEN).map((r) => {
    const interval = intervalOf(uncertainty, r.unit);
    const range = uncertainty ? `<td class="n">${escapeHtml(indexRange(interval, f))}</td>` : '';
    const cells = cols.map((c) => {
      const text = escapeHtml(c === 'rank' ? rankWithRange(r.cells.rank, interval) : r.cells[c]);
      if (c === 'band' && r.unit.band) return `<td class="t"><span class="swatch" style="background:${bandFill(criteria, r.unit.band)}"></span>${text}</td>`;
      return c === 'index' ? `<td class="n"><b>${text}</b></td>${range}` : `<td${cls(c)}>${text}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table class="ranking"><thead><tr>${head}</tr></thead>\n<tbody>${rows.join('\n')}</tbody></table>`;
}

const ROLE: Record<HtmlInputFile['role'], ReportText> = { criteria: 'roleCriteria', scores: 'roleScores', survey: 'roleSurvey', self: 'roleSelf', findings: 'roleFindings' };

export function renderInputsHtml(inputs: readonly HtmlInputFile[], lang: Lang): string {
  const t = textsOf(lang);
  const rows = inputs.map((i) => `<tr><td class="t">${escapeHtml(t(ROLE[i.role]))}</td><td>${escapeHtml(i.file)}</td><td class="hash">${escapeHtml(i.sha256)}</td></tr>`);
  return `<table class="inputs"><thead><tr><th>${escapeHtml(t('role'))}</th><th>${escapeHtml(t('file'))}</th><th>SHA-256</th></tr></thead>\n<tbody>${rows.join('\n')}</tbody></table>`;
}
