// `cchc score --format html`: one self-contained HTML file (inline CSS and SVG, no script, no
// network) to publish or print on A4 as the council's report: the letterhead (issuer, national
// motto, place and date), the title, the report's particulars (date, criteria set as id@version,
// cchc's version), how the index is computed, the summary (mean, median, highest, lowest, units
// per band and per group), the ranking (per group when the set ranks by group), a bar chart, a
// heat table of component indices, the legend of field codes, the SHA-256 of every input and the
// signature block. The date is the one passed in: same inputs and settings, same bytes.
import type { CriteriaSet } from '../criteria/model.js';
import type { Uncertainty } from '../scoring/estimate-uncertainty.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import { indexStats, summarizeRanking } from '../scoring/summarize-ranking.js';
import { htmlStyle } from './html/html-style.js';
import { escapeHtml } from './html/escape-html.js';
import { renderBarChart } from './html/render-bar-chart.js';
import { renderHeatTable } from './html/render-heat-table.js';
import { renderInputsHtml, renderRankingHtml, type HtmlInputFile } from './html/render-html-tables.js';
import { INTERVAL_STYLE, renderIntervalNotesHtml, renderPairsHtml } from './html/render-uncertainty-html.js';
import { renderLetterhead, renderSignature } from './html/render-letterhead.js';
import { renderFieldLegendHtml, renderMethodHtml } from './html/render-method.js';
import { renderBandGroupHtml, renderStatsHtml } from './html/render-summary-html.js';
import type { Lang } from './messages/index.js';
import type { NumberFormat } from './ranking-rows.js';
import { numericDate, REPORT_SIGNER, resultsTitle, signerOf, type ReportSettings } from './report-settings.js';
import { textsOf } from './report-texts.js';
import { rankingParts, summaryLine } from './summary-text.js';
import { uncertaintyTexts } from './uncertainty-texts.js';
import type { Findings } from '../sheets/finding.js';
import { FINDINGS_STYLE, renderFindingsHtml } from './html/render-findings-html.js';
import { findingTexts } from './findings-texts.js';

export type { HtmlInputFile } from './html/render-html-tables.js';

export interface HtmlReportInput {
  criteria: CriteriaSet;
  units: readonly RankedUnit[];
  inputs: readonly HtmlInputFile[];
  surveyGiven: boolean;
  settings: ReportSettings;
  /** --uncertainty: intervals in the ranking and on the chart, how to read them, the pairs the survey cannot tell apart. */
  uncertainty?: Uncertainty;
  /** The appraisal's remarks: an appendix after the signature, when remarks were given. */
  findings?: Findings;
}

function renderInfoHtml(r: HtmlReportInput, lang: Lang): string {
  const t = textsOf(lang);
  const e = escapeHtml;
  const { criteria, settings } = r;
  const row = (k: string, v: string) => `<tr><th>${e(k)}</th><td>${v}</td></tr>`;
  return [
    '<table class="info"><tbody>',
    row(t('dateMade'), e(numericDate(settings.date))),
    row(t('criteriaSet'), `${e(criteria.title)} (<b>${e(criteria.id)}@${e(criteria.version)}</b>)`),
    criteria.source ? row(t('source'), e(criteria.source)) : '',
    row(t('software'), `cchc ${e(settings.version)}`),
    '</tbody></table>',
  ].filter((l) => l !== '').join('\n');
}

function renderRankingSection(r: HtmlReportInput, f: NumberFormat, lang: Lang): string {
  const t = textsOf(lang);
  const parts = rankingParts(r.criteria, r.units);
  if (parts.length === 1) return renderRankingHtml(r.criteria, r.units, f, lang, true, r.uncertainty);
  return parts
    .map((p) => [
      `<h3>${escapeHtml(`${t('group')}: ${p.group || t('noGroup')}`)}</h3>`,
      renderRankingHtml(r.criteria, p.units, f, lang, false, r.uncertainty),
      `<p class="summary">${escapeHtml(summaryLine(indexStats(r.criteria, p.units), f, lang))}</p>`,
    ].join('\n'))
    .join('\n');
}

export function renderHtml(r: HtmlReportInput, f: NumberFormat, lang: Lang): string {
  const { criteria, units, settings, uncertainty } = r;
  const findings = r.findings?.given ? r.findings : undefined;
  const t = textsOf(lang);
  const e = escapeHtml;
  const title = resultsTitle(settings, lang);
  const summary = summarizeRanking(criteria, units);
  const section = (cls: string, heading: string, body: string) => `<section class="${cls}">\n<h2>${e(heading)}</h2>\n${body}\n</section>`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="cchc ${e(settings.version)}">`,
    `<title>${e(`${title} — ${criteria.title}`)}</title>`,
    `<style>${htmlStyle(t('page'))}${uncertainty ? INTERVAL_STYLE : ''}${findings ? FINDINGS_STYLE : ''}</style>`,
    '</head>',
    '<body>',
    '<header>',
    renderLetterhead(settings, lang),
    `<h1>${e(title)}</h1>`,
    `<p class="subtitle">${e(criteria.title)} (${e(criteria.id)}@${e(criteria.version)})</p>`,
    renderInfoHtml(r, lang),
    r.surveyGiven ? '' : `<p class="note">${e(t('noSurvey'))}</p>`,
    '</header>',
    section('method', t('formula'), renderMethodHtml(criteria, units, r.surveyGiven, f, lang)),
    section('summary', t('summaryHeading'), `${renderStatsHtml(summary, f, lang)}\n<h3>${e(t('bandCounts'))}</h3>\n${renderBandGroupHtml(criteria, summary, f, lang)}`),
    section('ranking', t('ranking'), renderRankingSection(r, f, lang)),
    section('chart', t('chart'), renderBarChart(criteria, units, f, t('chart'), uncertainty) + (uncertainty ? `\n${renderIntervalNotesHtml(uncertainty, lang)}` : '')),
    uncertainty ? section('pairs', uncertaintyTexts(lang).pairsHeading, renderPairsHtml(uncertainty, lang)) : '',
    section('heat', t('heat'), renderHeatTable(criteria, units, f, { rank: t('rank'), unit: t('unit'), index: t('index') })),
    section('fields', t('fieldLegend'), renderFieldLegendHtml(criteria, f, lang)),
    section('inputs', t('inputs'), renderInputsHtml(r.inputs, lang)),
    renderSignature(signerOf(settings, REPORT_SIGNER), lang),
    findings ? section('findings', findingTexts(lang).t('appendix'), renderFindingsHtml(criteria, units, findings, f, lang)) : '',
    '</body>',
    '</html>',
  ].filter((line) => line !== '').join('\n') + '\n';
}
