// Writing .xlsx workbooks, built apart as a lazy chunk (scripts/build.mjs): only a run that writes
// a workbook loads it (and fflate with it). src/report/render-xlsx.ts is the one door in.
import type { CriteriaSet } from '../../criteria/model.js';
import type { ComparedUnit } from '../../scoring/compare-rankings.js';
import type { RankedUnit } from '../../scoring/rank-units.js';
import type { ReconciledUnit } from '../../scoring/reconcile-units.js';
import type { Findings } from '../../sheets/finding.js';
import type { Lang } from '../messages/index.js';
import type { TextReport } from '../render-sections.js';
import type { WorkbookInput } from './legend-sheet.js';
import { rankingWorkbook } from './ranking-workbook.js';
import { compareWorkbook, reconcileWorkbook, sectionsWorkbook } from './table-workbooks.js';
import { scoresTemplate, surveyTemplate } from './template-workbook.js';
import { writeWorkbook } from './write-workbook.js';

export type { WorkbookInput } from './legend-sheet.js';

export interface XlsxOptions {
  lang: Lang;
  inputs: readonly WorkbookInput[];
  /** YYYY-MM-DD, or none: the same inputs then give the same bytes on any day. */
  date?: string;
}

export const renderRankingXlsx = (criteria: CriteriaSet, units: readonly RankedUnit[], o: XlsxOptions): Uint8Array => writeWorkbook(rankingWorkbook(criteria, units, o));
export const renderReconcileXlsx = (criteria: CriteriaSet, units: readonly ReconciledUnit[], o: XlsxOptions, findings?: Findings): Uint8Array => writeWorkbook(reconcileWorkbook(criteria, units, o, findings));
export const renderCompareXlsx = (rows: readonly ComparedUnit[], places: number, o: XlsxOptions): Uint8Array => writeWorkbook(compareWorkbook(rows, places, o));
export const renderSectionsXlsx = (report: TextReport, o: XlsxOptions, criteria?: CriteriaSet): Uint8Array => writeWorkbook(sectionsWorkbook(report, o, criteria));
export const renderTemplateXlsx = (criteria: CriteriaSet, lang: Lang, survey: boolean): Uint8Array => writeWorkbook((survey ? surveyTemplate : scoresTemplate)(criteria, lang));
