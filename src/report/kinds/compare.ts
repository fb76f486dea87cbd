// Two published rankings side by side (`cchc compare`): model and renderers.
import type { ComparedUnit } from '../../scoring/compare-rankings.js';
import { compareReport, publishedPlaces, renderCompareCsv, renderCompareJson } from '../render-compare.js';
import { renderCompareXlsx } from '../render-xlsx.js';
import { workbookOptions, type Renderers } from './render-settings.js';
import { sectionsRenderers } from './sections.js';

export const COMPARE_FORMATS = ['table', 'csv', 'json', 'md', 'xlsx'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

export interface CompareModel {
  rows: readonly ComparedUnit[];
  /** The decimals the rankings were published with. */
  places: number;
  inputs: readonly { role: 'before' | 'after'; file: string; sha256: string }[];
}

export const compareModel = (rows: readonly ComparedUnit[], inputs: CompareModel['inputs']): CompareModel => ({ rows, places: publishedPlaces(rows), inputs });

const fileOf = (m: CompareModel, role: 'before' | 'after') => m.inputs.find((i) => i.role === role)?.file ?? '';
const text = sectionsRenderers<CompareModel>(
  (m, s) => compareReport(m.rows, { precision: m.places, mark: s.mark }, s.lang, { before: fileOf(m, 'before'), after: fileOf(m, 'after') }),
  'csv',
  (m) => ({ inputs: m.inputs }),
);

export const COMPARE_RENDERERS: Renderers<CompareFormat, CompareModel> = {
  table: text.table,
  md: text.md,
  csv: (m, s) => renderCompareCsv(m.rows, { precision: m.places, mark: s.mark }),
  json: (m) => renderCompareJson(m.rows, m.places, { inputs: m.inputs }),
  xlsx: (m, s) => renderCompareXlsx(m.rows, m.places, workbookOptions(s, m.inputs)),
};
