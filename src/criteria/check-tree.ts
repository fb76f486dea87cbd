// Builds the node tree and checks what the schema cannot: unique codes, positive maxima,
// exact parent sums, and rules that fit their leaf.
import { diag, type Diagnostic, type Location } from '../diagnostics/diagnostic.js';
import { Rational } from '../numbers/rational.js';
import { foldKey } from '../text/normalize.js';
import { columnOf } from './column-names.js';
import { formatPath, locationAt, type JsonSource, type PathSegment } from './json-source.js';
import type { CriteriaNode, LeafRule, Source } from './model.js';
import { numbersAt } from './record-at.js';
import type { NodeInput, Rule } from './schema.js';

/** A code may not be a reserved column name, nor the `appraisal` tie-break key. */
const isReserved = (code: string): boolean => columnOf(code) !== undefined || foldKey(code) === 'appraisal';

export function checkTree(inputs: NodeInput[], src: JsonSource): { fields: CriteriaNode[]; nodes: Map<string, CriteriaNode>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const nodes = new Map<string, CriteriaNode>();
  // Score-sheet headers are matched after case folding, so `1.a` and `1.A` would be one column;
  // a code is taken before its children are built, so a child (at any depth) with its parent's
  // code is found too: the template would write one column for both.
  const byKey = new Map<string, CriteriaNode>();
  const at = (path: readonly PathSegment[]): Location => locationAt(src, path);

  function build(input: NodeInput, path: PathSegment[], depth: number, inherited: Source): CriteriaNode {
    const code = input.code;
    if (inherited === 'survey' && input.source === 'appraisal') diagnostics.push(diag('CRITERIA_SOURCE_CONFLICT', 'error', at([...path, 'source']), { code }));
    const source: Source = input.source ?? inherited;
    const first = byKey.get(foldKey(code));
    if (first) diagnostics.push(diag('CRITERIA_CODE_DUPLICATE', 'error', at([...path, 'code']), { code, firstPath: first.path }));
    if (isReserved(code)) diagnostics.push(diag('CRITERIA_CODE_RESERVED', 'error', at([...path, 'code']), { code }));
    const max = src.rational([...path, 'max'], input.max);
    if (max.sign() <= 0) diagnostics.push(diag('CRITERIA_MAX_NOT_POSITIVE', 'error', at([...path, 'max']), { code, max: max.toString() }));
    const node: CriteriaNode = { code, title: input.title ?? code, max, source, depth, path: formatPath(path), children: [], rule: { type: 'points', min: Rational.ZERO } };
    if (input.whenNotApplicable) node.whenNotApplicable = input.whenNotApplicable;
    if (input.description) node.description = input.description;
    if (!first) {
      nodes.set(code, node);
      byKey.set(foldKey(code), node);
    }
    const children = (input.children ?? []).map((c, i) => build(c, [...path, 'children', i], depth + 1, source));
    node.children = children;
    if (children.length > 0) {
      const sum = children.reduce((s, c) => s.add(c.max), Rational.ZERO);
      if (!sum.eq(max)) diagnostics.push(diag('CRITERIA_MAX_SUM_MISMATCH', 'error', at([...path, 'max']), { code, max: max.toString(), sum: sum.toString() }));
      if (input.rule) diagnostics.push(diag('CRITERIA_RULE_ON_PARENT', 'error', at([...path, 'rule']), { code }));
      if (input.whenNotApplicable) diagnostics.push(diag('CRITERIA_NA_ON_PARENT', 'error', at([...path, 'whenNotApplicable']), { code }));
    } else if (input.rule) {
      if (source === 'survey') diagnostics.push(diag('CRITERIA_RULE_ON_SURVEY_LEAF', 'error', at([...path, 'rule']), { code }));
      node.rule = checkRule(input.rule, code, max, [...path, 'rule'], src, diagnostics);
    }
    checkUnit(input, node, path);
    return node;
  }

  /** `"unit": "%"` says a leaf's cell is a measured rate: only steps and proportional rules read one. */
  function checkUnit(input: NodeInput, node: CriteriaNode, path: PathSegment[]): void {
    const ruleUnit = input.rule && 'unit' in input.rule ? input.rule.unit : undefined;
    const unit = input.unit ?? ruleUnit;
    if (unit === undefined) return;
    const type = input.children ? 'children' : node.rule.type;
    if (type === 'steps' || type === 'proportional') node.unit = unit;
    else diagnostics.push(diag('CRITERIA_UNIT_NOT_RATE', 'error', at(input.unit !== undefined ? [...path, 'unit'] : [...path, 'rule', 'unit']), { code: node.code, type }));
  }

  const fields = inputs.map((f, i) => build(f, ['fields', i], 0, 'appraisal'));
  return { fields, nodes, diagnostics };
}

/** A rule checked against its leaf's max; every number exactly as the file writes it. */
function checkRule(rule: Rule, code: string, max: Rational, path: PathSegment[], src: JsonSource, out: Diagnostic[]): LeafRule {
  const at = (p: readonly PathSegment[]): Location => locationAt(src, p);
  const R = (v: number, ...rest: PathSegment[]) => src.rational([...path, ...rest], v);
  const s = (r: Rational) => r.toString();
  switch (rule.type) {
    case 'points': {
      const min = rule.min === undefined ? Rational.ZERO : R(rule.min, 'min');
      if (min.cmp(max) >= 0) out.push(diag('CRITERIA_POINTS_MIN', 'error', at([...path, 'min']), { code, min: s(min), max: s(max) }));
      return { type: 'points', min };
    }
    case 'yesno':
      return { type: 'yesno' };
    case 'steps': {
      const steps = rule.steps.map((st, i) => ({ min: R(st.min, 'steps', i, 'min'), points: R(st.points, 'steps', i, 'points') }));
      steps.forEach((st, i) => {
        const prev = steps[i - 1];
        if (prev && st.min.cmp(prev.min) >= 0) out.push(diag('CRITERIA_STEPS_ORDER', 'error', at([...path, 'steps', i, 'min']), { code, min: s(st.min), previousMin: s(prev.min) }));
        if (st.points.sign() < 0 || st.points.cmp(max) > 0) out.push(diag('CRITERIA_STEP_POINTS_RANGE', 'error', at([...path, 'steps', i, 'points']), { code, points: s(st.points), low: '0', max: s(max) }));
      });
      return { type: 'steps', steps };
    }
    case 'proportional': {
      const of = rule.of === undefined ? Rational.HUNDRED : R(rule.of, 'of');
      if (of.sign() <= 0) out.push(diag('CRITERIA_PROPORTIONAL_OF', 'error', at([...path, 'of']), { code, of: s(of) }));
      return { type: 'proportional', of };
    }
    case 'deduction': {
      const per = R(rule.per, 'per');
      const floor = rule.floor === undefined ? Rational.ZERO : R(rule.floor, 'floor');
      if (per.sign() <= 0) out.push(diag('CRITERIA_DEDUCTION_PER', 'error', at([...path, 'per']), { code, per: s(per) }));
      if (floor.cmp(max) >= 0) out.push(diag('CRITERIA_DEDUCTION_FLOOR', 'error', at([...path, 'floor']), { code, floor: s(floor), max: s(max) }));
      return { type: 'deduction', per, floor };
    }
    case 'levels': {
      const levels = new Map<string, { label: string; points: Rational }>();
      const entries = numbersAt(src, [...path, 'levels'], out);
      if (entries.length === 0) out.push(diag('CRITERIA_LEVELS_EMPTY', 'error', at([...path, 'levels']), { code }));
      for (const [label, points] of entries) {
        const key = foldKey(label);
        if (levels.has(key)) out.push(diag('CRITERIA_LEVEL_DUPLICATE', 'error', at([...path, 'levels', label]), { code, label }));
        if (points.sign() < 0 || points.cmp(max) > 0) out.push(diag('CRITERIA_LEVEL_POINTS_RANGE', 'error', at([...path, 'levels', label]), { code, label, points: s(points), max: s(max) }));
        levels.set(key, { label, points });
      }
      return { type: 'levels', levels };
    }
  }
}
