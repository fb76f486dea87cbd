// A criteria set explained (`cchc criteria show`) and the bundled sets listed (`criteria list`).
import type { CriteriaSet } from '../../criteria/model.js';
import { criteriaReport, renderCriteriaJson } from '../render-criteria.js';
import type { Renderers } from './render-settings.js';
import { sectionsRenderers } from './sections.js';

export const CRITERIA_FORMATS = ['table', 'md', 'json'] as const;
export type CriteriaFormat = (typeof CRITERIA_FORMATS)[number];

const text = sectionsRenderers<CriteriaSet>((c, s, indent) => criteriaReport(c, s.lang, indent), 'md', () => ({ inputs: [] }), false);

export const CRITERIA_RENDERERS: Renderers<CriteriaFormat, CriteriaSet> = {
  table: text.table,
  md: text.md,
  json: (c, s) => renderCriteriaJson(c, s.lang),
};

export interface BundledEntry {
  id: string;
  version: string;
  title: string;
}

export const LIST_FORMATS = ['text', 'json'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export const LIST_RENDERERS: Renderers<ListFormat, readonly BundledEntry[]> = {
  json: (sets) => `${JSON.stringify(sets, null, 2)}\n`,
  text: (sets) => {
    const w = Math.max(...sets.map((s) => `${s.id}@${s.version}`.length), 10);
    return sets.map((s) => `${`${s.id}@${s.version}`.padEnd(w)}  ${s.title}\n`).join('');
  },
};
