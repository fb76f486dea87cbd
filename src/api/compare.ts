// `compare`: two published rankings side by side, a row per unit.
import { runCompare } from '../core/run-compare.js';
import { COMPARE_FORMATS, COMPARE_RENDERERS, compareModel, type CompareFormat } from '../report/kinds/compare.js';
import { compareJsonDoc } from '../report/render-compare.js';
import { camelKeys } from './camel-keys.js';
import { okOf, publicDiagnostics, withOutput } from './diagnostics.js';
import { formatOf, langOf, readerOf, renderOf, sourceOf } from './requests.js';
import type { Input, ReadOptions, RenderOptions, Result } from './types.js';

export interface CompareOptions extends Omit<ReadOptions, 'missing'>, RenderOptions<CompareFormat> {
  before: Input;
  after: Input;
}

export interface CompareResult extends Result {
  rows: { unit: string; name: string; rankBefore: number | null; rankAfter: number | null; rankChange: number | null; indexBefore: number | null; indexAfter: number | null; indexChange: number | null }[];
  output?: string | Uint8Array;
}

export async function compare(options: CompareOptions): Promise<CompareResult> {
  const lang = langOf(options);
  const format = formatOf(options.format, COMPARE_FORMATS);
  const settings = renderOf(options);
  const reader = readerOf(options);
  const run = await runCompare({ before: sourceOf(options.before, 'before'), after: sourceOf(options.after, 'after'), reader });
  const diagnostics = publicDiagnostics(run.diagnostics, lang);
  if (!run.rows) return { ok: false, rows: [], diagnostics };
  const model = compareModel(run.rows, run.inputs);
  const rows = camelKeys(compareJsonDoc(model.rows, model.places, {}))['rows'] as CompareResult['rows'];
  return withOutput({ ok: okOf(run.diagnostics), rows, diagnostics }, format ? () => COMPARE_RENDERERS[format](model, settings) : undefined, lang);
}
