// `cchc explain UNIT --set CODE=VALUE`: each value read as the scores sheet would read its cell
// (the leaf's rule: points, có/không, a rate, a level label, "-"), or as the sheet's bonus/penalty
// column. A number is read as the person typed it, with a decimal comma or point whatever the
// sheet's mark (`96,5%` and `1.5` alike); one that reads both ways (`1.250`) is an error that
// says so, unless --decimal says which. Every problem is located at its --set and collected.
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import { columnOf } from '../criteria/column-names.js';
import { diag, type Diagnostic, type Location } from '../diagnostics/diagnostic.js';
import { Rational } from '../numbers/rational.js';
import { scoreLeaf, type LeafValue } from '../scoring/score-leaf.js';
import { foldKey } from '../text/normalize.js';
import { classify } from '../text/detect-decimal.js';
import { outOfBounds, parseNumber, type DecimalMark } from '../text/parse-number.js';

/** One --set: its text as typed, the code and value it splits into. */
export interface SetOption {
  text: string;
  code: string;
  value: string;
}

export type SetChange =
  | { kind: 'leaf'; option: SetOption; leaf: CriteriaNode; value: LeafValue }
  | { kind: 'bonus' | 'penalty'; option: SetOption; value: Rational };

/** CODE=VALUE split at the first "="; undefined when there is no "=" or no code (a usage error). */
export function splitSetOption(text: string): SetOption | undefined {
  const at = text.indexOf('=');
  const code = at < 0 ? '' : text.slice(0, at).trim();
  return code === '' ? undefined : { text, code, value: text.slice(at + 1).trim() };
}

/** A code as typed in a hurry: "TC 3.2.1", "3,2,1", "3.2.1.": the node it surely means. */
function nearCode(criteria: CriteriaSet, code: string): CriteriaNode | undefined {
  const key = foldKey(code).replace(/^(tc|tiêu chí|tieu chi)\s*/u, '').replace(/,/g, '.').replace(/\.$/, '');
  return [...criteria.nodes.values()].find((n) => foldKey(n.code) === key);
}

const leafCodes = (n: CriteriaNode): string[] => (n.children.length === 0 ? [n.code] : n.children.flatMap(leafCodes));

/**
 * The mark a typed value is read with: the one it is written with, else `forced` (--decimal) or the
 * sheet's `mark`; undefined when it reads two ways and nothing says which (an error).
 */
function typedMark(value: string, mark: DecimalMark, forced: DecimalMark | undefined): DecimalMark | undefined {
  const kind = classify(value);
  if (kind === 'comma' || kind === 'dot') return kind;
  if (kind === 'both') return forced;
  return forced ?? mark;
}

/** `mark`: the scores sheet's decimal mark; `forced`: --decimal's, which settles a value that reads both ways. */
export function readSetValues(criteria: CriteriaSet, options: readonly SetOption[], mark: DecimalMark, surveyGiven: boolean, unit: string, forced?: DecimalMark): { changes: SetChange[]; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [];
  const changes: SetChange[] = [];
  const byKey = new Map([...criteria.nodes.values()].map((n) => [foldKey(n.code), n]));
  const seen = new Set<string>();
  for (const option of options) {
    const loc: Location = { file: `--set ${option.text}`, header: option.code };
    const node = byKey.get(foldKey(option.code));
    const column = node ? undefined : columnOf(option.code);
    const key = node?.code ?? column ?? option.code;
    if (seen.has(key)) {
      out.push(diag('SCORE_SET_TWICE', 'error', loc, { code: option.code }));
      continue;
    }
    seen.add(key);
    const valueMark = typedMark(option.value, mark, forced);
    if (!valueMark) {
      const [dot, comma] = [parseNumber(option.value, 'dot'), parseNumber(option.value, 'comma')];
      out.push(diag('SCORE_SET_DECIMAL_AMBIGUOUS', 'error', loc, { text: option.value, dot: dot.ok ? dot.value : '', comma: comma.ok ? comma.value : '' }));
      continue;
    }
    if (column === 'bonus' || column === 'penalty') {
      const parsed = parseNumber(option.value, valueMark);
      const value = parsed.ok ? Rational.parse(parsed.value) : undefined;
      if (!parsed.ok && parsed.kind === 'out-of-bounds') out.push(diag('SCORE_VALUE_OUT_OF_BOUNDS', 'error', loc, { text: option.value, column, ...outOfBounds(parsed.bound) }));
      else if (!value || value.sign() < 0) out.push(diag('SCORE_ADJUSTMENT_INVALID', 'error', loc, { text: option.value, column }));
      else changes.push({ kind: column, option, value });
      continue;
    }
    if (!node) {
      const near = nearCode(criteria, option.code);
      out.push(diag('SCORE_SET_UNKNOWN_CODE', 'error', loc, near ? { code: option.code, suggestion: near.code } : { code: option.code }));
      continue;
    }
    if (node.children.length > 0) {
      out.push(diag('SCORE_SET_PARENT_CODE', 'error', loc, { code: node.code, leaves: leafCodes(node).join(', ') }));
      continue;
    }
    if (node.source === 'survey' && !surveyGiven) {
      out.push(diag('SCORE_SET_SURVEY_NOT_GIVEN', 'error', loc, { code: node.code }));
      continue;
    }
    // A blank cell is "không" for a yes/no leaf and missing for any other, as in the sheet.
    if (option.value === '' && node.rule.type !== 'yesno') {
      out.push(diag('SCORE_VALUE_MISSING', 'error', loc, { unit, code: node.code }));
      continue;
    }
    const read = scoreLeaf(node, option.value, valueMark);
    if (read.ok) changes.push({ kind: 'leaf', option, leaf: node, value: read.value });
    else out.push(diag(read.problem.code, 'error', loc, read.problem.args as never));
    if (read.ok && read.warning) out.push(diag(read.warning.code, 'warning', loc, read.warning.args));
  }
  return { changes, diagnostics: out };
}
