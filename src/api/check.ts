// `check`: criteria files checked like a linter, every problem of each.
import { checkCriteriaFile } from '../core/run-check.js';
import { okOf, publicDiagnostics } from './diagnostics.js';
import { langOf, limitOf } from './requests.js';
import type { Criteria, Diagnostic, Lang, Result } from './types.js';

export interface CheckResult extends Result {
  files: { file: string; errorCount: number; warningCount: number; diagnostics: Diagnostic[] }[];
}

export async function check(criteria: Criteria | readonly Criteria[], options: { lang?: Lang; maxInputBytes?: number } = {}): Promise<CheckResult> {
  const lang = langOf(options);
  const limit = limitOf(options).limit;
  const results = (Array.isArray(criteria) ? (criteria as readonly Criteria[]) : [criteria as Criteria]).map((c) => checkCriteriaFile(c, limit));
  const count = (ds: readonly Diagnostic[], s: string) => ds.filter((d) => d.severity === s).length;
  const files = results.map((r) => {
    const diagnostics = publicDiagnostics(r.diagnostics, lang);
    return { file: r.file, errorCount: count(diagnostics, 'error'), warningCount: count(diagnostics, 'warning'), diagnostics };
  });
  const all = results.flatMap((r) => r.diagnostics);
  return { ok: okOf(all), files, diagnostics: files.flatMap((f) => f.diagnostics) };
}
