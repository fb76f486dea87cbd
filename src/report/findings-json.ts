// The appraisal's remarks as JSON: `findings` per unit (score, explain), per node (explain) and
// per changed cell (reconcile). The text is the file's, as it was read (JSON escapes what it must).
// And as the one cell of the reconciliation's `note` column.
import type { Finding, Findings } from '../sheets/finding.js';
import { plainText } from './safe-text.js';

export const findingJson = (f: Finding) => ({ code: f.code ?? null, kind: f.kind, note: f.note, evidence: f.evidence, file: f.file, line: f.line });

/** A unit's remarks, or none. */
export const findingsOf = (findings: Findings, unit: string): readonly Finding[] => findings.byUnit.get(unit) ?? [];

/** `{ findings: [...] }` when remarks were given, `{}` otherwise: a run without them keeps its JSON as it was. */
export const findingsField = (findings: Findings, list: readonly Finding[]) => (findings.given ? { findings: list.map(findingJson) } : {});

/** The remarks on one criterion of a unit, as one cell: their texts in the order given, `; ` between them. */
export const remarksCell = (list: readonly Finding[], code: string): string =>
  list
    .filter((f) => f.code === code && f.note !== '')
    .map((f) => plainText(f.note))
    .join('; ');
