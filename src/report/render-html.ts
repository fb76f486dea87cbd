// `cchc score --format html`: one self-contained HTML file (inline CSS and SVG, no script, no
// network) to publish or print on A4: the ranking, a bar chart of the index by band, a heat
// table of component indices, the band counts and the SHA-256 of every input, so a printed
// report can be traced to its data. No date is written: same inputs, same bytes.
import type { CriteriaSet } from '../criteria/model.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import { HTML_STYLE } from './html/html-style.js';
import { escapeHtml } from './html/escape-html.js';
import { renderBarChart } from './html/render-bar-chart.js';
import { renderHeatTable } from './html/render-heat-table.js';
import { renderBandCountsHtml, renderInputsHtml, renderRankingHtml, type HtmlInputFile } from './html/render-html-tables.js';
import type { Lang } from './messages/index.js';
import type { NumberFormat } from './ranking-rows.js';
import { textsOf } from './report-texts.js';

export type { HtmlInputFile } from './html/render-html-tables.js';

export interface HtmlReportInput {
  criteria: CriteriaSet;
  units: readonly RankedUnit[];
  inputs: readonly HtmlInputFile[];
  surveyGiven: boolean;
}

export function renderHtml(r: HtmlReportInput, f: NumberFormat, lang: Lang): string {
  const { criteria, units } = r;
  const t = textsOf(lang);
  const e = escapeHtml;
  const section = (cls: string, heading: string, body: string) => `<section class="${cls}">\n<h2>${e(heading)}</h2>\n${body}\n</section>`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="cchc">`,
    `<title>${e(`${t('reportTitle')} — ${criteria.title}`)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${e(t('reportTitle'))}</h1>`,
    `<p class="meta">${e(t('criteriaSet'))}: <b>${e(criteria.title)}</b> (${e(criteria.id)}@${e(criteria.version)})</p>`,
    criteria.source ? `<p class="source">${e(t('source'))}: ${e(criteria.source)}</p>` : '',
    r.surveyGiven ? '' : `<p class="note">${e(t('noSurvey'))}</p>`,
    '</header>',
    section('ranking', t('ranking'), renderRankingHtml(criteria, units, f, lang)),
    section('chart', t('chart'), renderBarChart(criteria, units, f, t('chart'))),
    section('heat', t('heat'), renderHeatTable(criteria, units, f, { rank: t('rank'), unit: t('unit'), index: t('index') })),
    section('bands', t('bandCounts'), renderBandCountsHtml(criteria, units, f, lang)),
    section('inputs', t('inputs'), renderInputsHtml(r.inputs, lang)),
    '</body>',
    '</html>',
  ].filter((line) => line !== '').join('\n') + '\n';
}
