// The core's diagnostics as the library hands them over: located, worded in the language asked for.
import type { Diagnostic as CoreDiagnostic } from '../diagnostics/diagnostic.js';
import { messageOf } from '../report/messages/index.js';
import type { Diagnostic, Lang } from './types.js';

export function publicDiagnostics(ds: readonly CoreDiagnostic[], lang: Lang): Diagnostic[] {
  return ds.map((d) => {
    const { text, hint } = messageOf(d, lang);
    return { code: d.code, severity: d.severity, ...d.loc, message: text, ...(hint ? { hint } : {}), args: { ...d.args } };
  });
}

export const okOf = (ds: readonly CoreDiagnostic[]): boolean => ds.every((d) => d.severity !== 'error');
