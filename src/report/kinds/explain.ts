// One unit's sheet (`cchc explain UNIT`), and what-if (`--set`): models and renderers by format.
import type { CriteriaSet } from '../../criteria/model.js';
import type { InputFingerprint } from '../../core/run-job.js';
import type { WhatIfCell } from '../../core/run-what-if.js';
import type { Explained } from '../../scoring/explain-unit.js';
import type { WhatIf } from '../../scoring/what-if.js';
import type { Findings } from '../../sheets/finding.js';
import { findingsOf } from '../findings-json.js';
import { explainReport, renderExplainJson } from '../render-explain.js';
import { renderWhatIfJson, whatIfReport } from '../render-what-if.js';
import type { Renderers } from './render-settings.js';
import { sectionsRenderers } from './sections.js';

export const EXPLAIN_FORMATS = ['table', 'json', 'md', 'xlsx'] as const;
export type ExplainFormat = (typeof EXPLAIN_FORMATS)[number];

export interface ExplainModel {
  criteria: CriteriaSet;
  explained: Explained;
  findings: Findings;
  inputs: readonly InputFingerprint[];
}

export interface WhatIfModel {
  criteria: CriteriaSet;
  result: WhatIf;
  cells: readonly WhatIfCell[];
  inputs: readonly InputFingerprint[];
}

const numbers = (criteria: CriteriaSet, mark: '.' | ',') => ({ precision: criteria.precision, mark });

export const EXPLAIN_RENDERERS: Renderers<ExplainFormat, ExplainModel> = {
  ...sectionsRenderers<ExplainModel>(
    (m, s, indent) => explainReport(m.criteria, m.explained, numbers(m.criteria, s.mark), s.lang, indent, m.findings.given ? findingsOf(m.findings, m.explained.unit.unit) : undefined),
    'md',
    (m) => ({ inputs: m.inputs, criteria: m.criteria }),
  ),
  json: (m) => renderExplainJson(m.criteria, m.explained, m.findings),
};

export const WHAT_IF_RENDERERS: Renderers<ExplainFormat, WhatIfModel> = {
  ...sectionsRenderers<WhatIfModel>((m, s) => whatIfReport(m.criteria, m.result, m.cells, numbers(m.criteria, s.mark), s.lang), 'md', (m) => ({ inputs: m.inputs, criteria: m.criteria })),
  json: (m) => renderWhatIfJson(m.criteria, m.result, m.cells),
};
