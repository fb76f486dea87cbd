// The blank sheets for data entry (`cchc template`): the scores sheet or the survey's forms, as a
// CSV (the header, and with --titles a row saying what each column takes) or a workbook.
import type { CriteriaSet } from '../../criteria/model.js';
import { csvCells } from '../csv-cells.js';
import { renderCsvTable } from '../render-csv.js';
import { renderTemplateXlsx } from '../render-xlsx.js';
import { scoresTemplateSheet, surveyTemplateSheet, type TemplateSheet } from '../template-sheet.js';
import type { Lang } from '../messages/index.js';
import type { Renderers } from './render-settings.js';

export const TEMPLATE_FORMATS = ['csv', 'xlsx'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

export interface TemplateModel {
  criteria: CriteriaSet;
  survey: boolean;
  titles: boolean;
  sheet: TemplateSheet;
}

/** The template of a set; undefined for the survey's when the set has no survey section. */
export function templateModel(criteria: CriteriaSet, o: { survey: boolean; titles: boolean; lang: Lang }): TemplateModel | undefined {
  const sheet = o.survey ? surveyTemplateSheet(criteria, o.lang) : scoresTemplateSheet(criteria, o.lang);
  return sheet ? { criteria, survey: o.survey, titles: o.titles, sheet } : undefined;
}

export const TEMPLATE_RENDERERS: Renderers<TemplateFormat, TemplateModel> = {
  // The titles row may stay in the filled sheet: cchc skips it with a notice.
  csv: (m) => renderCsvTable(csvCells(m.sheet.header), m.titles ? [csvCells(m.sheet.titles)] : []),
  xlsx: (m, s) => renderTemplateXlsx(m.criteria, s.lang, m.survey),
};
