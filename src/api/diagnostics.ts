// The core's diagnostics as the library hands them over: located, worded in the language asked for.
import { isDiagnosticsError, type Diagnostic as CoreDiagnostic } from '../diagnostics/diagnostic.js';
import { messageOf } from '../report/messages/index.js';
import type { Diagnostic, Lang } from './types.js';

export function publicDiagnostics(ds: readonly CoreDiagnostic[], lang: Lang): Diagnostic[] {
  return ds.map((d) => {
    const { text, hint } = messageOf(d, lang);
    return { code: d.code, severity: d.severity, ...d.loc, message: text, ...(hint ? { hint } : {}), args: { ...d.args } };
  });
}

export const okOf = (ds: readonly CoreDiagnostic[]): boolean => ds.every((d) => d.severity !== 'error');

/**
 * The result with the report asked for (`output`), or, when its format cannot hold the data (a
 * workbook past Excel's limits, a Word annex past its size: the renderer refused), without it and
 * not ok, the refusal among its diagnostics.
 */
export async function withOutput<T extends { ok: boolean; diagnostics: Diagnostic[] }>(result: T, render: (() => string | Uint8Array | Promise<string | Uint8Array>) | undefined, lang: Lang): Promise<T & { output?: string | Uint8Array }> {
  if (!render) return result;
  try {
    return { ...result, output: await render() };
  } catch (e) {
    if (!isDiagnosticsError(e)) throw e;
    return { ...result, ok: false, diagnostics: [...result.diagnostics, ...publicDiagnostics(e.diagnostics, lang)] };
  }
}
