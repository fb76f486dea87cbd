// Where the appraisal changed the units' self-scores (`cchc reconcile`): model and renderers.
import type { CriteriaSet } from '../../criteria/model.js';
import type { InputFingerprint } from '../../core/run-job.js';
import type { ReconciledUnit } from '../../scoring/reconcile-units.js';
import type { Findings } from '../../sheets/finding.js';
import { reconcileReport } from '../reconcile-report.js';
import { renderReconcileCsv, renderReconcileJson } from '../render-reconcile.js';
import { renderReconcileXlsx } from '../render-xlsx.js';
import { workbookOptions, type Renderers } from './render-settings.js';
import { sectionsRenderers } from './sections.js';

export const RECONCILE_FORMATS = ['table', 'csv', 'json', 'md', 'xlsx'] as const;
export type ReconcileFormat = (typeof RECONCILE_FORMATS)[number];

export interface ReconcileModel {
  criteria: CriteriaSet;
  units: readonly ReconciledUnit[];
  findings: Findings;
  inputs: readonly InputFingerprint[];
}

const numbers = (m: ReconcileModel, mark: '.' | ',') => ({ precision: m.criteria.precision, mark });
const text = sectionsRenderers<ReconcileModel>((m, s) => reconcileReport(m.criteria, m.units, numbers(m, s.mark), s.lang, m.findings), 'csv', (m) => ({ inputs: m.inputs, criteria: m.criteria }));

export const RECONCILE_RENDERERS: Renderers<ReconcileFormat, ReconcileModel> = {
  table: text.table,
  md: text.md,
  csv: (m, s) => renderReconcileCsv(m.units, numbers(m, s.mark), m.findings),
  json: (m) => renderReconcileJson(m.criteria, m.units, { inputs: m.inputs }, m.findings),
  xlsx: (m, s) => renderReconcileXlsx(m.criteria, m.units, workbookOptions(s, m.inputs), m.findings),
};
