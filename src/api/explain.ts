// `explain`: one unit's sheet as data (as `cchc explain -f json`), or with `set`, what-if.
import { runExplain } from '../core/run-explain.js';
import { EXPLAIN_FORMATS, EXPLAIN_RENDERERS, WHAT_IF_RENDERERS, type ExplainFormat } from '../report/kinds/explain.js';
import { explainJsonDoc } from '../report/render-explain.js';
import { whatIfJsonDoc } from '../report/render-what-if.js';
import { splitSetOption, type SetOption } from '../sheets/read-set-values.js';
import { okOf, publicDiagnostics, withOutput } from './diagnostics.js';
import { formatOf, jobOf, langOf, renderOf, type JobOptions } from './requests.js';
import type { RenderOptions, Result } from './types.js';

export interface ExplainOptions extends JobOptions, RenderOptions<ExplainFormat> {
  /** The unit's code or name, as a person types it. */
  unit: string;
  /** What-if: cells to change, `{ '3.2.1': '100%' }` or `['3.2.1=100%']`, read as the scores sheet would read them. */
  set?: Readonly<Record<string, string>> | readonly string[];
}

export interface ExplainResult extends Result {
  /** The unit's sheet: points and maximum per node, losses, the gaps to the next rank and band. */
  explained?: Record<string, unknown>;
  /** With `set`: the changed cells and the unit's result before and after, the units that move. */
  whatIf?: Record<string, unknown>;
  output?: string | Uint8Array;
}

function setOf(set: ExplainOptions['set']): SetOption[] {
  if (set === undefined) return [];
  const texts = Array.isArray(set) ? (set as readonly string[]) : Object.entries(set).map(([code, value]) => `${code}=${value}`);
  return texts.map((text) => {
    const option = splitSetOption(text);
    if (!option) throw new RangeError(`cchc: set ${JSON.stringify(text)} is not CODE=VALUE`);
    return option;
  });
}

export async function explain(options: ExplainOptions): Promise<ExplainResult> {
  const lang = langOf(options);
  const format = formatOf(options.format, EXPLAIN_FORMATS);
  const settings = renderOf(options);
  const run = await runExplain({ ...jobOf(options), unit: options.unit, set: setOf(options.set) });
  const diagnostics = publicDiagnostics(run.diagnostics, lang);
  const { job, explained, whatIf } = run;
  const ok = okOf(run.diagnostics);
  if (!job || !ok) return { ok, diagnostics };
  if (whatIf) {
    const model = { criteria: job.criteria, ...whatIf, inputs: job.fingerprints };
    return withOutput({ ok, whatIf: whatIfJsonDoc(job.criteria, whatIf.result, whatIf.cells), diagnostics }, format ? () => WHAT_IF_RENDERERS[format](model, settings) : undefined, lang);
  }
  if (!explained) return { ok, diagnostics };
  const model = { criteria: job.criteria, explained, findings: job.findings, inputs: job.fingerprints };
  return withOutput({ ok, explained: explainJsonDoc(job.criteria, explained, job.findings), diagnostics }, format ? () => EXPLAIN_RENDERERS[format](model, settings) : undefined, lang);
}
