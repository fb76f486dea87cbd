// A unit of the job named as a person types it (`explain UNIT`, `notices --unit`): by its code or
// name, any case or Unicode form; one that fits none is an error naming the closest ones.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { findUnit } from '../scoring/find-unit.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import type { Job } from './run-job.js';

/** The unit `query` names; undefined, with SCORE_UNIT_UNKNOWN added to `diagnostics`, when there is none. */
export function findJobUnit(job: Job, query: string, diagnostics: Diagnostic[]): RankedUnit | undefined {
  const found = findUnit(job.units, query);
  if (found.unit) return found.unit;
  const suggestions = found.suggestions.map((u) => `"${u.unit}"${u.name ? ` (${u.name})` : ''}`).join(', ');
  diagnostics.push(diag('SCORE_UNIT_UNKNOWN', 'error', { file: job.scoresFile }, { unit: query, suggestions }));
  return undefined;
}
