// What one cell of a score sheet is worth under its leaf's rule. Pure; the caller locates problems.
import type { DiagnosticArgs } from '../diagnostics/diagnostic.js';
import type { CriteriaNode } from '../criteria/model.js';
import { Rational } from '../numbers/rational.js';
import { otherMarkReads, outOfBounds, parseNumber, type DecimalMark } from '../text/parse-number.js';
import { foldKey } from '../text/normalize.js';

/**
 * A cell's value. Read by scoreLeaf, a points value carries its leaf's max: it then is that leaf's
 * score too ({ points, max }), shared by every unit with that cell (see score-unit.ts).
 */
export type LeafValue = { kind: 'points'; points: Rational; max?: Rational } | { kind: 'na' };
type CellCode = 'SCORE_VALUE_NOT_NUMBER' | 'SCORE_VALUE_EXCEL_ERROR' | 'SCORE_VALUE_DATE' | 'SCORE_VALUE_FORMULA' | 'SCORE_VALUE_ABOVE_MAX'
  | 'SCORE_VALUE_BELOW_MIN' | 'SCORE_VALUE_NEGATIVE' | 'SCORE_COUNT_NOT_WHOLE' | 'SCORE_YESNO_INVALID' | 'SCORE_LEVEL_UNKNOWN' | 'SCORE_NA_NOT_ALLOWED'
  | 'SCORE_RATE_ABOVE_100' | 'SCORE_VALUE_OUT_OF_BOUNDS';
export type CellProblem = { [C in CellCode]: { code: C; args: DiagnosticArgs[C] } }[CellCode];
/** A value read, but worth a word at its cell. */
export type CellWarning = { code: 'SCORE_RATE_AS_FRACTION'; args: DiagnosticArgs['SCORE_RATE_AS_FRACTION'] };
export type LeafReading = { ok: true; value: LeafValue; warning?: CellWarning } | { ok: false; problem: CellProblem };

const NA = new Set(['-', '–', '—', 'n/a', 'na', 'kad', 'k/a', 'không áp dụng', 'khong ap dung', 'không phát sinh', 'kps']);
const YES = new Set(['có', 'co', 'đạt', 'dat', 'x', 'yes', 'y', '1', 'true', '✓', '✔', 'hoàn thành', 'c']);
const NO = new Set(['', 'không', 'khong', 'không đạt', 'khong dat', 'chưa đạt', 'chưa', 'no', 'n', '0', 'false', 'k', 'ko']);

export const isNotApplicable = (text: string): boolean => NA.has(foldKey(text));

/** The points of a leaf's cell. `text` is the cell as written; blank means "no" for yes/no leaves. */
export function scoreLeaf(leaf: CriteriaNode, text: string, mark: DecimalMark): LeafReading {
  const key = foldKey(text);
  const code = leaf.code;
  const fail: Fail = (c, extra) => ({ ok: false, problem: { code: c, args: { text, code, ...extra } } as CellProblem });
  const rule = leaf.rule;
  // A level may be named like a not-applicable marker ("Không phát sinh"): the level wins.
  const level = rule.type === 'levels' ? rule.levels.get(key) : undefined;
  if (level) return pointsOf(leaf, level.points);
  if (NA.has(key)) return leaf.whenNotApplicable ? { ok: true, value: { kind: 'na' } } : fail('SCORE_NA_NOT_ALLOWED', {});
  if (rule.type === 'yesno') {
    if (YES.has(key)) return pointsOf(leaf, leaf.max);
    if (NO.has(key)) return pointsOf(leaf, Rational.ZERO);
    return fail('SCORE_YESNO_INVALID', {});
  }
  if (rule.type === 'levels') {
    return fail('SCORE_LEVEL_UNKNOWN', { levels: [...rule.levels.values()].map((l) => l.label).join(' | ') });
  }
  const parsed = parseNumber(text, mark);
  if (!parsed.ok) {
    if (parsed.kind === 'excel-error') return fail('SCORE_VALUE_EXCEL_ERROR', {});
    if (parsed.kind === 'date') return fail('SCORE_VALUE_DATE', {});
    if (parsed.kind === 'formula') return fail('SCORE_VALUE_FORMULA', {});
    if (parsed.kind === 'out-of-bounds') return fail('SCORE_VALUE_OUT_OF_BOUNDS', outOfBounds(parsed.bound));
    // `1.5` where the file's mark is a comma: the message says the mark is the cause.
    return fail('SCORE_VALUE_NOT_NUMBER', otherMarkReads(text, mark) === undefined ? {} : { mark });
  }
  const value = Rational.parse(parsed.value);
  if (!value) return fail('SCORE_VALUE_NOT_NUMBER', {});
  if (leaf.unit !== '%') return scoreNumber(leaf, value, fail);
  if (value.sign() < 0) return fail('SCORE_VALUE_NEGATIVE', {});
  if (value.cmp(Rational.HUNDRED) > 0) return fail('SCORE_RATE_ABOVE_100', {});
  const read = scoreNumber(leaf, value, fail);
  // 0.97 where the rate is in percent: typed as a fraction (or Excel's 97% exported raw). Scored
  // as written, and said at the cell.
  if (!read.ok || parsed.percent || value.sign() === 0 || value.cmp(Rational.ONE) >= 0) return read;
  return { ...read, warning: { code: 'SCORE_RATE_AS_FRACTION', args: { text, code, percent: value.mul(Rational.HUNDRED).toString() } } };
}

type Fail = <C extends CellCode>(c: C, extra: Omit<DiagnosticArgs[C], 'text' | 'code'>) => LeafReading;

/** A number's points under a numeric rule (points, steps, proportional, deduction). */
function scoreNumber(leaf: CriteriaNode, value: Rational, fail: Fail): LeafReading {
  const rule = leaf.rule;
  switch (rule.type) {
    case 'points':
      if (value.cmp(leaf.max) > 0) return fail('SCORE_VALUE_ABOVE_MAX', { max: leaf.max.toString() });
      if (value.cmp(rule.min) < 0) return fail('SCORE_VALUE_BELOW_MIN', { min: rule.min.toString() });
      return pointsOf(leaf, value);
    case 'steps': {
      const step = rule.steps.find((s) => value.cmp(s.min) >= 0);
      return pointsOf(leaf, step ? step.points : Rational.ZERO);
    }
    case 'proportional':
      if (value.sign() < 0) return fail('SCORE_VALUE_NEGATIVE', {});
      return pointsOf(leaf, leaf.max.mul(value).div(rule.of).min(leaf.max));
    case 'deduction':
      if (value.sign() < 0) return fail('SCORE_VALUE_NEGATIVE', {});
      if (!value.isInteger()) return fail('SCORE_COUNT_NOT_WHOLE', {});
      return pointsOf(leaf, leaf.max.sub(rule.per.mul(value)).max(rule.floor));
    default:
      throw new Error(`scoreRate: rule ${rule.type} does not read a number`);
  }
}

const pointsOf = (leaf: CriteriaNode, p: Rational): LeafReading => ({ ok: true, value: { kind: 'points', points: p, max: leaf.max } });

/** Distinct texts remembered per leaf: a column holds few (quarters, có/không, levels), but not always. */
const MEMO_LIMIT = 4096;

/**
 * scoreLeaf for one leaf and decimal mark, remembering each distinct text's reading: a national
 * sheet repeats the same few values in every column. Readings are immutable and shared.
 */
export function leafReader(leaf: CriteriaNode, mark: DecimalMark): (text: string) => LeafReading {
  const memo = new Map<string, LeafReading>();
  return (text) => {
    let r = memo.get(text);
    if (r) return r;
    r = scoreLeaf(leaf, text, mark);
    // Problems are not remembered: each carries its own arguments into its own diagnostic.
    if (r.ok && memo.size < MEMO_LIMIT) memo.set(text, r);
    return r;
  };
}
