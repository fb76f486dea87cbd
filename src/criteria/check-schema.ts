// Turns the schema's findings into located diagnostics. The `format` key is checked first so
// that a file from a newer cchc says so instead of listing every key it does not know.
import type { z } from 'zod';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { JsonSource, PathSegment } from './json-source.js';
import { criteriaSchema, type CriteriaInput } from './schema.js';

const FORMAT = /^cchc-criteria\/(\d+)(?:\.\d+)*$/;

export function checkSchema(src: JsonSource): { input?: CriteriaInput; diagnostics: Diagnostic[] } {
  const at = (path: readonly PathSegment[], key = false) => ({ file: src.file, ...src.locate(path, { key }) });
  const value = src.value;
  const format = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['format'] : undefined;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !('format' in value)) {
    return { diagnostics: [diag('CRITERIA_MISSING_KEY', 'error', at(['format']), { key: 'format' })] };
  }
  if (format !== undefined && typeof format !== 'string') {
    return { diagnostics: [diag('CRITERIA_WRONG_TYPE', 'error', at(['format']), { expected: 'string' })] };
  }
  if (typeof format === 'string' && format !== 'cchc-criteria/1') {
    const major = FORMAT.exec(format)?.[1];
    const code = major && Number(major) > 1 ? 'CRITERIA_FORMAT_NEWER' : 'CRITERIA_FORMAT_UNKNOWN';
    return { diagnostics: [diag(code, 'error', at(['format']), { format })] };
  }
  // reportInput: tells a missing key (input undefined) from a value of the wrong type.
  const result = criteriaSchema.safeParse(value, { reportInput: true });
  if (result.success) return { input: result.data, diagnostics: [] };
  return { diagnostics: result.error.issues.flatMap((issue) => issueDiagnostics(issue, at)) };
}

type At = (path: readonly PathSegment[], key?: boolean) => Diagnostic['loc'];

function issueDiagnostics(issue: z.core.$ZodIssue, at: At): Diagnostic[] {
  const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => diag('CRITERIA_UNKNOWN_KEY', 'error', at([...path, key], true), suggest(key)));
    case 'invalid_type':
      return issue.input === undefined
        ? [diag('CRITERIA_MISSING_KEY', 'error', at(path), { key: String(path.at(-1) ?? '') })]
        : [diag('CRITERIA_WRONG_TYPE', 'error', at(path), { expected: issue.expected })];
    case 'invalid_union':
      // A rule whose `type` is unknown: name the accepted types.
      return [diag('CRITERIA_INVALID_VALUE', 'error', at(path), { detail: issue.message })];
    default:
      return [diag('CRITERIA_INVALID_VALUE', 'error', at(path), { detail: issue.message })];
  }
}

const KNOWN_KEYS = [
  '$schema', 'format', 'id', 'version', 'title', 'source', 'precision', 'bands', 'ranking', 'adjustments',
  'survey', 'fields', 'code', 'max', 'children', 'rule', 'whenNotApplicable', 'description', 'label', 'min',
  'on', 'tieBreak', 'by', 'bonusMax', 'penaltyMax', 'answers', 'ignore', 'questions', 'groups', 'whenNoAnswers',
  'type', 'steps', 'points', 'of', 'per', 'floor', 'levels', 'unit',
];

/** The known key nearest to a mistyped one (case-insensitive edit distance ≤ 2). */
function suggest(key: string): { key: string; suggestion?: string } {
  let best: string | undefined;
  let bestD = 3;
  for (const k of KNOWN_KEYS) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best ? { key, suggestion: best } : { key };
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
