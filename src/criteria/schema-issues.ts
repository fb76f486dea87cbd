// zod's findings as located diagnostics that name the bad value and what is allowed (an unknown
// rule type "percent" names percent and the six types; a wrong type says what was expected and
// what was found): zod's own English text is never shown.
import type { z } from 'zod';
import type { JsonKind } from '../diagnostics/codes-criteria.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { nearest } from '../text/edit-distance.js';
import type { PathSegment } from './json-source.js';
import { keyName, shownValue, wrongType } from './shown-value.js';

type At = (path: readonly PathSegment[], key?: boolean) => Diagnostic['loc'];
type Issue = z.core.$ZodIssue;

const KINDS: Record<string, JsonKind> = {
  string: 'string', number: 'number', int: 'integer', boolean: 'boolean', array: 'array', object: 'object', record: 'object', null: 'null',
};

const quotedList = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(', ');

function invalidValue(issue: Issue, path: PathSegment[], at: At): Diagnostic {
  const base = { key: keyName(path), value: shownValue(issue.input) };
  const d = (args: Omit<Parameters<typeof diag<'CRITERIA_INVALID_VALUE'>>[3], 'key' | 'value'>, value = base.value) =>
    diag('CRITERIA_INVALID_VALUE', 'error', at(path), { ...base, value, ...args });
  switch (issue.code) {
    case 'invalid_value':
      return d({ problem: 'not-allowed', allowed: quotedList(issue.values) });
    case 'invalid_union': {
      // A discriminated union (a rule): the value of its `type` is none of the types.
      if (!issue.discriminator || !('options' in issue) || !issue.options) return d({ problem: 'other' });
      const value = (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator];
      return d({ problem: 'rule-type', allowed: issue.options.join(', ') }, shownValue(value));
    }
    case 'too_small':
      if (issue.origin === 'string') return d({ problem: 'empty-text' });
      if (issue.origin === 'array') return d({ problem: 'empty-list', limit: String(issue.minimum) });
      return d({ problem: 'too-small', limit: String(issue.minimum) });
    case 'too_big':
      return d({ problem: 'too-large', limit: String(issue.maximum) });
    case 'invalid_format':
      return d({ problem: path.at(-1) === 'id' ? 'id-pattern' : path.at(-1) === 'code' ? 'code-pattern' : 'other' });
    default:
      return d({ problem: 'other' });
  }
}

/** The diagnostics of one zod issue: an unknown key (with the known key nearest to it), a missing one, a wrong type, a bad value. */
function issueDiagnostics(issue: Issue, at: At): Diagnostic[] {
  const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => diag('CRITERIA_UNKNOWN_KEY', 'error', at([...path, key], true), suggest(key)));
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return [diag('CRITERIA_MISSING_KEY', 'error', at(path), { key: String(path.at(-1) ?? '') })];
    const expected = KINDS[issue.expected];
    if (expected) return [diag('CRITERIA_WRONG_TYPE', 'error', at(path), wrongType(path, expected, issue.input))];
  }
  return [invalidValue(issue, path, at)];
}

/**
 * The diagnostics of zod's issues. zod goes on checking a value of the wrong type (a list given
 * for a string is then also "too short"): past a wrong type, a path's other issues are dropped.
 */
export function schemaDiagnostics(issues: readonly Issue[], at: At): Diagnostic[] {
  const wrongType = new Set(issues.filter((i) => i.code === 'invalid_type').map((i) => JSON.stringify(i.path.map(String))));
  return issues
    .filter((i) => i.code === 'invalid_type' || !wrongType.has(JSON.stringify(i.path.map(String))))
    .flatMap((issue) => issueDiagnostics(issue, at));
}

const KNOWN_KEYS = [
  '$schema', 'format', 'id', 'version', 'title', 'source', 'precision', 'bands', 'ranking', 'adjustments',
  'survey', 'fields', 'code', 'max', 'children', 'rule', 'whenNotApplicable', 'description', 'label', 'min',
  'on', 'tieBreak', 'by', 'bonusMax', 'penaltyMax', 'answers', 'ignore', 'questions', 'groups', 'whenNoAnswers',
  'type', 'steps', 'points', 'of', 'per', 'floor', 'levels', 'unit',
];

/** The known key nearest to a mistyped one (case-insensitive edit distance ≤ 2). */
function suggest(key: string): { key: string; suggestion?: string } {
  const [best] = nearest(key.toLowerCase(), KNOWN_KEYS, (k) => k.toLowerCase(), 2);
  return best ? { key, suggestion: best } : { key };
}
