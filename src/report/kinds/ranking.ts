// The ranking (`cchc score`): one model built once from the job, and its renderers by format.
import type { CriteriaSet } from '../../criteria/model.js';
import type { InputFingerprint, Job } from '../../core/run-job.js';
import type { Uncertainty } from '../../scoring/estimate-uncertainty.js';
import type { RankedUnit } from '../../scoring/rank-units.js';
import type { Findings } from '../../sheets/finding.js';
import { renderDocx } from '../docx/render-docx.js';
import type { NumberFormat } from '../ranking-rows.js';
import { renderCsv } from '../render-csv.js';
import { renderHtml } from '../render-html.js';
import { renderJson } from '../render-json.js';
import { renderMd } from '../render-md.js';
import { renderTable } from '../render-table.js';
import { renderRankingXlsx } from '../render-xlsx.js';
import { isoDate, resultsTitle } from '../report-settings.js';
import { workbookOptions, type Renderers, type RenderSettings } from './render-settings.js';

export const RANKING_FORMATS = ['table', 'csv', 'json', 'md', 'html', 'docx', 'xlsx'] as const;
export type RankingFormat = (typeof RANKING_FORMATS)[number];

export interface RankingModel {
  criteria: CriteriaSet;
  /** In the ranking's order: by group first when the set ranks by group, unranked units last. */
  units: readonly RankedUnit[];
  /** False: no survey at all, every unit's survey is not given (not 0). */
  surveyGiven: boolean;
  inputs: readonly InputFingerprint[];
  findings: Findings;
  /** --uncertainty: each unit's intervals, the pairs the survey cannot tell apart. */
  uncertainty?: Uncertainty;
}

export const rankingModel = (job: Job, uncertainty?: Uncertainty): RankingModel => ({
  criteria: job.criteria,
  units: job.units,
  surveyGiven: job.surveyGiven,
  inputs: job.fingerprints,
  findings: job.findings,
  ...(uncertainty ? { uncertainty } : {}),
});

const numbers = (m: RankingModel, s: RenderSettings): NumberFormat => ({ precision: m.criteria.precision, mark: s.mark });

export const RANKING_RENDERERS: Renderers<RankingFormat, RankingModel> = {
  table: (m, s) => renderTable(m.criteria, m.units, numbers(m, s), s.lang, s.color, m.uncertainty, { ...s.layout, fullFormat: 'csv' }),
  csv: (m, s) => renderCsv(m.criteria, m.units, numbers(m, s), m.uncertainty),
  json: (m, s) => {
    const report = { date: isoDate(s.report.date), title: resultsTitle(s.report, s.lang), cchc: s.report.version };
    return renderJson(m.criteria, m.units, { inputs: m.inputs, surveyGiven: m.surveyGiven, report }, m.uncertainty, m.findings);
  },
  md: (m, s) => renderMd(m.criteria, m.units, numbers(m, s), s.lang, s.report, m.uncertainty),
  html: (m, s) =>
    renderHtml({ criteria: m.criteria, units: m.units, inputs: m.inputs, surveyGiven: m.surveyGiven, settings: s.report, findings: m.findings, ...(m.uncertainty ? { uncertainty: m.uncertainty } : {}) }, numbers(m, s), s.lang),
  docx: (m, s) => renderDocx({ criteria: m.criteria, units: m.units, settings: s.report, ...(s.withFindings ? { findings: m.findings } : {}) }, numbers(m, s)),
  xlsx: (m, s) => renderRankingXlsx(m.criteria, m.units, workbookOptions(s, m.inputs)),
};
