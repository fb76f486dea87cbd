// `reconcile`: where the appraisal changed the units' self-scores, a row per unit and criterion.
import { runReconcile } from '../core/run-reconcile.js';
import { RECONCILE_FORMATS, RECONCILE_RENDERERS, type ReconcileFormat } from '../report/kinds/reconcile.js';
import { reconcileJsonDoc } from '../report/render-reconcile.js';
import { okOf, publicDiagnostics, withOutput } from './diagnostics.js';
import { formatOf, jobOf, langOf, renderOf, sourcesOf, type JobOptions } from './requests.js';
import type { Input, RenderOptions, Result } from './types.js';

export interface ReconcileOptions extends JobOptions, RenderOptions<ReconcileFormat> {
  /** The units' self-assessment (the same shapes as the scores). */
  self: Input | readonly Input[];
}

export interface ReconcileResult extends Result {
  rows: { unit: string; name: string; code: string; title: string; self: number | null; appraised: number | null; change: number | null; [key: string]: unknown }[];
  output?: string | Uint8Array;
}

export async function reconcile(options: ReconcileOptions): Promise<ReconcileResult> {
  const lang = langOf(options);
  const format = formatOf(options.format, RECONCILE_FORMATS);
  const settings = renderOf(options);
  const run = await runReconcile({ ...jobOf(options), self: sourcesOf(options.self, 'self') });
  const diagnostics = publicDiagnostics(run.diagnostics, lang);
  const { job, units } = run;
  if (!job || !units) return { ok: false, rows: [], diagnostics };
  const findings = job.findings.given ? job.findings : undefined;
  const model = { criteria: job.criteria, units, findings: job.findings, inputs: job.fingerprints };
  return withOutput({ ok: okOf(run.diagnostics), rows: reconcileJsonDoc(job.criteria, units, {}, findings).rows, diagnostics }, format ? () => RECONCILE_RENDERERS[format](model, settings) : undefined, lang);
}
