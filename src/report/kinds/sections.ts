// The reports for people built as a title and headed tables (TextReport: explain, what-if,
// reconcile, compare, criteria show): the table, Markdown and workbook renderers they share.
import type { CriteriaSet } from '../../criteria/model.js';
import { renderSectionsMd, renderSectionsTable, withSettings, type TextReport } from '../render-sections.js';
import { renderSectionsXlsx } from '../render-xlsx.js';
import { workbookOptions, type Rendered, type RenderSettings } from './render-settings.js';

/** How a tree's depth is indented: non-breaking spaces in Markdown (kept by viewers), none in a workbook (a column of its own). */
export type Indent = (depth: number) => string;

export const indentFor = (format: 'table' | 'md' | 'xlsx'): Indent => (depth) => (format === 'xlsx' ? '' : format === 'md' ? '\u00a0\u00a0' : '  ').repeat(depth);

/** The table (fitted to a terminal, `fullFormat` named in the note on columns left out), Markdown and workbook of a TextReport. */
export function sectionsRenderers<M>(
  build: (model: M, settings: RenderSettings, indent: Indent) => TextReport,
  fullFormat: string,
  workbook: (model: M) => { inputs: readonly { role: string; file: string; sha256: string }[]; criteria?: CriteriaSet },
  dated = true,
): Record<'table' | 'md' | 'xlsx', (model: M, settings: RenderSettings) => Rendered> {
  // A report of a run carries its --title and date; a set explained (criteria show) does not.
  const settled = (r: TextReport, s: RenderSettings) => (dated ? withSettings(r, s.report) : r);
  return {
    table: (m, s) => renderSectionsTable(settled(build(m, s, indentFor('table')), s), s.color, s.lang, { ...s.layout, fullFormat }),
    md: (m, s) => renderSectionsMd(settled(build(m, s, indentFor('md')), s)),
    // A workbook's numbers are numbers: written with a point, whatever mark the text output uses.
    xlsx: (m, s) => {
      const w = workbook(m);
      return renderSectionsXlsx(build(m, { ...s, mark: '.' }, indentFor('xlsx')), workbookOptions(s, w.inputs), w.criteria);
    },
  };
}
