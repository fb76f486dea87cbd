// Every file in test/fixtures/criteria/{invalid,warning} is listed here with the exact problems it
// must produce: codes and locations, never message text. A new fixture without expectations fails.
import { describe, expect, it } from 'vitest';
import { Rational } from '../../src/numbers/rational.js';
import { expectDiagnostics, fixtureFiles, ofSeverity, parseFixture, type Expected } from './expect-diagnostics.js';

const leaf = 'fields[0].children[0]';

const INVALID: Record<string, readonly Expected[]> = {
  // JSON syntax: located by line:column, no JSON path.
  // Each mistake once, in words (the parser reports a trailing comma in an object twice, the brackets a cut file misses one by one);
  // a trailing comma is located at the comma.
  'trailing-comma.json': [['CRITERIA_JSON_SYNTAX', 6, 30, undefined, { problem: 'trailing-comma', found: '}' }]],
  'comment.json': [['CRITERIA_JSON_SYNTAX', 3, 3, undefined, { problem: 'comment' }]],
  'truncated.json': [['CRITERIA_JSON_SYNTAX', 6, 30, undefined, { problem: 'unclosed', found: '} ] }' }]],
  'duplicate-key.json': [['CRITERIA_JSON_DUPLICATE_KEY', 9, 7, 'fields[0].max', { key: 'max', firstLine: 8 }]],
  // 200 nested arrays: located at the first bracket past the limit, never a stack overflow.
  'too-deep.json': [['CRITERIA_JSON_TOO_DEEP', 6, 102, undefined, { limit: 64 }]],
  // Numbers too large, too small or too long to read (1e400 is Infinity to JSON.parse): each at its place, nothing parsed.
  'number-out-of-bounds.json': [
    ['CRITERIA_NUMBER_OUT_OF_BOUNDS', 5, 36, undefined, { text: '1e400', bound: 'large', limit: 40 }],
    ['CRITERIA_NUMBER_OUT_OF_BOUNDS', 5, 68, undefined, { text: '0.00000000000000000000000000000000000000000001', bound: 'small', limit: 40 }],
    ['CRITERIA_NUMBER_OUT_OF_BOUNDS', 7, 27, undefined, { bound: 'digits', limit: 40 }],
  ],

  // Format and schema.
  'newer-format.json': [['CRITERIA_FORMAT_NEWER', 2, 13, 'format', { format: 'cchc-criteria/2' }]],
  'unknown-format.json': [['CRITERIA_FORMAT_UNKNOWN', 2, 13, 'format', { format: 'cchc-criterion/1' }]],
  'missing-format.json': [['CRITERIA_MISSING_KEY', 1, 1, 'format', { key: 'format' }]],
  // An unknown key is located at the key itself, the other problems at the value.
  'mistyped-key.json': [
    ['CRITERIA_UNKNOWN_KEY', 10, 37, 'fields[0].children[1].whenNotApplicble', { key: 'whenNotApplicble', suggestion: 'whenNotApplicable' }],
  ],
  'missing-id.json': [['CRITERIA_MISSING_KEY', 1, 1, 'id', { key: 'id' }]],
  // A schema error names the value and what is allowed.
  'max-wrong-type.json': [['CRITERIA_WRONG_TYPE', 10, 33, 'fields[0].children[1].max', { key: 'max', expected: 'number', found: 'string', value: '"40"' }]],
  'root-not-object.json': [['CRITERIA_WRONG_TYPE', 1, 1, '(root)', { key: '', expected: 'object', found: 'array' }]],
  'bad-kebab-id.json': [['CRITERIA_INVALID_VALUE', 3, 9, 'id', { key: 'id', problem: 'id-pattern', value: '"Ha_Tinh_Xa"' }]],
  'unknown-rule-type.json': [
    ['CRITERIA_INVALID_VALUE', 9, 55, `${leaf}.rule.type`, { key: 'type', problem: 'rule-type', value: '"percent"', allowed: 'points, yesno, steps, proportional, deduction, levels' }],
  ],
  'empty-children.json': [['CRITERIA_INVALID_VALUE', 9, 49, `${leaf}.children`, { key: 'children', problem: 'empty-list', limit: '1' }]],

  // The tree.
  'duplicate-code.json': [['CRITERIA_CODE_DUPLICATE', 10, 19, 'fields[0].children[1].code', { code: '1.1', firstPath: leaf }]],
  // Score-file headers are matched case-insensitively, so `1.a` and `1.A` are the same column.
  'duplicate-code-case.json': [['CRITERIA_CODE_DUPLICATE', 10, 19, 'fields[0].children[1].code', { code: '1.A', firstPath: leaf }]],
  // A child (at any depth) with its parent's code: the template would write one column for both.
  'code-of-parent.json': [['CRITERIA_CODE_DUPLICATE', 9, 19, 'fields[0].children[0].code', { code: '1', firstPath: 'fields[0]' }]],
  'code-of-ancestor-case.json': [['CRITERIA_CODE_DUPLICATE', 9, 60, 'fields[0].children[0].children[0].code', { code: 'a', firstPath: 'fields[0]' }]],
  'reserved-code.json': [['CRITERIA_CODE_RESERVED', 7, 15, 'fields[1].code', { code: 'Bonus' }]],
  // `STT` is read as the row-number column of a score sheet (src/sheets/columns.ts), never as a leaf.
  'reserved-code-alias.json': [['CRITERIA_CODE_RESERVED', 6, 15, 'fields[0].code', { code: 'STT' }]],
  'max-zero.json': [['CRITERIA_MAX_NOT_POSITIVE', 10, 33, 'fields[0].children[1].max', { code: '1.2', max: '0' }]],
  'parent-sum-mismatch.json': [['CRITERIA_MAX_SUM_MISMATCH', 7, 27, 'fields[0].max', { code: '1', max: '10', sum: '9.99' }]],
  // Read as a double, 30.000000000000000000000000000001 is 30 and would pass: numbers are read from the text.
  'max-sum-long-decimal.json': [['CRITERIA_MAX_SUM_MISMATCH', 7, 27, 'fields[0].max', { code: '1', max: '30.000000000000000000000000000001', sum: '30' }]],
  'rule-on-parent.json': [['CRITERIA_RULE_ON_PARENT', 7, 40, 'fields[0].rule', { code: '1' }]],
  'rule-on-survey-leaf.json': [['CRITERIA_RULE_ON_SURVEY_LEAF', 11, 45, 'fields[1].children[1].rule', { code: '2.2' }]],
  'na-on-parent.json': [['CRITERIA_NA_ON_PARENT', 8, 28, 'fields[0].whenNotApplicable', { code: '1' }]],
  'survey-child-appraisal.json': [['CRITERIA_SOURCE_CONFLICT', 11, 47, 'fields[1].children[1].source', { code: '2.2' }]],

  // Leaf rules.
  'points-min-above-max.json': [['CRITERIA_POINTS_MIN', 9, 72, `${leaf}.rule.min`, { code: '1.1', min: '12', max: '10' }]],
  'steps-ascending.json': [
    ['CRITERIA_STEPS_ORDER', 15, 24, `${leaf}.rule.steps[1].min`, { min: '90', previousMin: '0' }],
    ['CRITERIA_STEPS_ORDER', 16, 24, `${leaf}.rule.steps[2].min`, { min: '100', previousMin: '90' }],
  ],
  'step-points-above-max.json': [['CRITERIA_STEP_POINTS_RANGE', 9, 98, `${leaf}.rule.steps[0].points`, { points: '10.5', max: '10' }]],
  'levels-empty.json': [['CRITERIA_LEVELS_EMPTY', 9, 75, `${leaf}.rule.levels`, { code: '1.1' }]],
  'level-duplicate-label.json': [['CRITERIA_LEVEL_DUPLICATE', 16, 34, `${leaf}.rule.levels["hoàn thành  tốt"]`]],
  // zod leaves a `__proto__` key out: it is read from the file, and checked like any other level.
  'proto-level-not-number.json': [['CRITERIA_WRONG_TYPE', 9, 103, `${leaf}.rule.levels.__proto__`, { expected: 'number' }]],
  'level-points-above-max.json': [
    ['CRITERIA_LEVEL_POINTS_RANGE', 9, 100, `${leaf}.rule.levels["Xuất sắc"]`, { label: 'Xuất sắc', points: '11', max: '10' }],
  ],
  'deduction-per-zero.json': [['CRITERIA_DEDUCTION_PER', 9, 75, `${leaf}.rule.per`, { per: '0' }]],
  'deduction-floor-above-max.json': [['CRITERIA_DEDUCTION_FLOOR', 9, 87, `${leaf}.rule.floor`, { floor: '15', max: '10' }]],
  'proportional-of-zero.json': [['CRITERIA_PROPORTIONAL_OF', 9, 77, `${leaf}.rule.of`, { of: '0' }]],

  // Bands and ranking.
  'bands-ascending.json': [
    ['CRITERIA_BANDS_ORDER', 7, 37, 'bands[1].min', { min: '50', previousMin: '0' }],
    ['CRITERIA_BANDS_ORDER', 8, 30, 'bands[2].min', { min: '80', previousMin: '50' }],
  ],
  'bands-duplicate-label.json': [['CRITERIA_BANDS_DUPLICATE_LABEL', 8, 16, 'bands[2].label', { label: 'TỐT' }]],
  'tiebreak-unknown.json': [['CRITERIA_TIEBREAK_UNKNOWN', 6, 31, 'ranking.tieBreak[1]', { key: '1.9' }]],

  // Survey.
  'survey-without-survey-leaves.json': [['CRITERIA_SURVEY_NO_LEAVES', 5, 13, 'survey']],
  'question-unknown-code.json': [['CRITERIA_SURVEY_QUESTION_UNKNOWN_CODE', 10, 13, 'survey.questions.Q3', { question: 'Q3', code: '2.3' }]],
  'question-to-appraisal-leaf.json': [['CRITERIA_SURVEY_QUESTION_NOT_SURVEY_LEAF', 10, 13, 'survey.questions.Q3', { code: '1.1' }]],
  'question-to-survey-parent.json': [['CRITERIA_SURVEY_QUESTION_NOT_SURVEY_LEAF', 10, 13, 'survey.questions.Q3', { code: '2' }]],
  'question-duplicate.json': [['CRITERIA_SURVEY_QUESTION_DUPLICATE', 10, 13, 'survey.questions.q1', { question: 'q1' }]],
  'answer-weight-above-one.json': [['CRITERIA_SURVEY_WEIGHT_RANGE', 7, 12, 'survey.answers.A', { answer: 'A', weight: '1.2' }]],
  'answer-both-weighted-and-ignored.json': [['CRITERIA_SURVEY_IGNORE_CONFLICT', 7, 21, 'survey.ignore[1]', { answer: 'không biết' }]],
  'group-shares-not-one.json': [['CRITERIA_SURVEY_GROUP_SHARES_SUM', 8, 15, 'survey.groups', { sum: '0.9' }]],
  // Answers and groups are matched ignoring case, as levels and bands are: two that differ only so are one twice.
  'answer-duplicate-case.json': [['CRITERIA_SURVEY_ANSWER_DUPLICATE', 6, 41, 'survey.answers.a', { answer: 'a', first: 'A' }]],
  'group-duplicate-case.json': [['CRITERIA_SURVEY_GROUP_DUPLICATE', 8, 38, 'survey.groups["hđnd"]', { group: 'hđnd', first: 'HĐND' }]],
  'group-share-zero.json': [['CRITERIA_SURVEY_GROUP_SHARE_RANGE', 9, 15, 'survey.groups["HĐND"]', { group: 'HĐND', share: '0' }]],

  // Every problem is collected, not only the first.
  'many-problems.json': [
    ['CRITERIA_BANDS_ORDER', 7, 30, 'bands[1].min'],
    ['CRITERIA_TIEBREAK_UNKNOWN', 10, 29, 'ranking.tieBreak[0]', { key: 'survey' }],
    ['CRITERIA_SURVEY_QUESTION_UNKNOWN_CODE', 13, 39, 'survey.questions.Q2'],
    ['CRITERIA_MAX_SUM_MISMATCH', 17, 27, 'fields[0].max', { max: '40', sum: '35' }],
    ['CRITERIA_CODE_DUPLICATE', 20, 19, 'fields[0].children[1].code'],
    ['CRITERIA_MAX_NOT_POSITIVE', 26, 33, 'fields[1].children[0].max', { max: '-5' }],
    ['CRITERIA_DEDUCTION_PER', 27, 75, 'fields[1].children[1].rule.per', { per: '-1' }],
    ['CRITERIA_RULE_ON_SURVEY_LEAF', 33, 45, 'fields[2].children[0].rule'],
  ],
  'many-schema-problems.json': [
    ['CRITERIA_MISSING_KEY', 1, 1, 'id'],
    ['CRITERIA_WRONG_TYPE', 3, 14, 'version', { expected: 'string' }],
    ['CRITERIA_INVALID_VALUE', 4, 16, 'precision', { problem: 'too-large' }],
    ['CRITERIA_UNKNOWN_KEY', 6, 31, 'fields[0].titel', { suggestion: 'title' }],
    ['CRITERIA_MISSING_KEY', 7, 5, 'fields[1].max', { key: 'max' }],
    ['CRITERIA_INVALID_VALUE', 8, 15, 'fields[2].code', { problem: 'code-pattern' }],
    ['CRITERIA_MISSING_KEY', 8, 41, 'fields[2].rule.steps'],
    ['CRITERIA_UNKNOWN_KEY', 8, 60, 'fields[2].rule.step', { suggestion: 'steps' }],
  ],
};

const WARNING: Record<string, readonly Expected[]> = {
  'total-not-100.json': [['CRITERIA_TOTAL_NOT_100', 5, 13, 'fields', { total: '90' }]],
  'band-min-above-100.json': [['CRITERIA_BANDS_RANGE', 6, 40, 'bands[0].min', { min: '120' }]],
  'lowest-band-above-zero.json': [['CRITERIA_BANDS_NO_FLOOR', 8, 30, 'bands[2].min', { label: 'Đạt', min: '50' }]],
  'survey-leaf-without-question.json': [['CRITERIA_SURVEY_LEAF_NO_QUESTION', 7, 18, 'survey.questions', { code: '2.2' }]],
};

describe('invalid criteria fixtures', () => {
  it('lists every file of the invalid/ folder, and no other', () => {
    expect(Object.keys(INVALID).sort()).toEqual(fixtureFiles('invalid'));
  });

  it.each(Object.entries(INVALID))('%s', (fixture, expected) => {
    const { criteria, diagnostics } = parseFixture('invalid', fixture);
    expect(criteria).toBeUndefined();
    expectDiagnostics(ofSeverity(diagnostics, 'error'), expected);
    for (const d of diagnostics) expect(d.loc.file).toBe(`invalid/${fixture}`);
  });
});

describe('warning-only criteria fixtures', () => {
  it('lists every file of the warning/ folder, and no other', () => {
    expect(Object.keys(WARNING).sort()).toEqual(fixtureFiles('warning'));
  });

  it.each(Object.entries(WARNING))('%s', (fixture, expected) => {
    const { criteria, diagnostics } = parseFixture('warning', fixture);
    expect(ofSeverity(diagnostics, 'error')).toEqual([]);
    expectDiagnostics(ofSeverity(diagnostics, 'warning'), expected);
    expect(criteria).toBeDefined();
  });
});

type Checked = NonNullable<ReturnType<typeof parseFixture>['criteria']>;
const node = (c: Checked, code: string) => {
  const n = c.nodes.get(code);
  if (!n) throw new Error(`no node ${code}`);
  return n;
};
const maxOf = (c: Checked, code: string): string => node(c, code).max.toString();
const rule = (c: Checked, code: string) => node(c, code).rule;

/** Each valid fixture: its totals (appraisal + survey = total), then what it must compile to. */
const VALID: Record<string, { total: string; appraisal: string; survey: string; check: (c: Checked) => void }> = {
  'minimal.json': {
    total: '100', appraisal: '100', survey: '0',
    check: (c) => {
      expect(c.leaves.map((l) => l.code)).toEqual(['1']);
      expect([c.id, c.version, c.title, c.precision]).toEqual(['minimal', '1', 'minimal', 2]);
      expect(c.bands).toEqual([]);
      expect(c.ranking).toEqual({ on: 'published', tieBreak: [], byGroup: false });
      expect(c.adjustments).toEqual({});
      expect(c.survey).toBeUndefined();
      expect(rule(c, '1')).toEqual({ type: 'points', min: expect.anything() });
      expect(node(c, '1').whenNotApplicable).toBeUndefined();
    },
  },
  'bom.json': { total: '100', appraisal: '100', survey: '0', check: (c) => expect(c.leaves.map((l) => l.code)).toEqual(['A', 'B']) },
  'deep-tree.json': {
    total: '100', appraisal: '100', survey: '0',
    check: (c) => {
      expect(c.leaves.map((l) => l.code)).toEqual(['1.1.1.a', '1.1.1.b', '1.1.2', '1.2', '2.1.1.a', '2.1.1.b']);
      expect(c.nodes.size).toBe(12);
      expect(node(c, '1.1.1.b').depth).toBe(3);
      expect(node(c, '1.1.1.b').path).toBe('fields[0].children[0].children[0].children[1]');
      expect(maxOf(c, '1.1.1.a')).toBe('12.5');
    },
  },
  'decimal-sums.json': {
    total: '100', appraisal: '100', survey: '0',
    check: (c) => {
      expect(0.1 + 0.2).not.toBe(0.3); // what the set must not be checked with
      expect([maxOf(c, '1.1'), maxOf(c, '1.1.1'), maxOf(c, '1.1.2')]).toEqual(['0.3', '0.1', '0.2']);
      expect(node(c, '1.1.1').max.add(node(c, '1.1.2').max).eq(node(c, '1.1').max)).toBe(true);
      expect(maxOf(c, '1.2')).toBe('1');
      expect(maxOf(c, '2')).toBe('0.7');
      expect(c.total.toString()).toBe('100');
    },
  },
  'survey-groups.json': {
    total: '100', appraisal: '70', survey: '30',
    check: (c) => {
      expect(c.leaves.map((l) => [l.code, l.source])).toEqual([['1.1', 'appraisal'], ['1.2', 'appraisal'], ['2.1', 'survey'], ['2.2', 'survey']]);
      const s = c.survey!;
      expect([...s.answers.values()].map((a) => [a.label, a.weight.toString()])).toEqual([
        ['Rất hài lòng', '1'], ['Hài lòng', '0.7'], ['Bình thường', '0.3'], ['Không hài lòng', '0'],
      ]);
      expect(s.ignore).toEqual(new Set(['không biết', 'không trả lời']));
      expect(s.questions).toEqual([{ header: 'Q1', code: '2.1' }, { header: 'Q2', code: '2.1' }, { header: 'Câu 3', code: '2.2' }]);
      expect([...s.groups!.values()].map((g) => [g.label, g.share.toString()])).toEqual([['HĐND', '0.1'], ['Lãnh đạo', '0.2'], ['Người dân', '0.7']]);
      expect(s.whenNoAnswers).toBe('exclude');
    },
  },
  'every-rule-type.json': {
    total: '100', appraisal: '100', survey: '0',
    check: (c) => {
      const types = c.leaves.map((l) => l.rule.type);
      expect(types).toEqual(['points', 'points', 'yesno', 'steps', 'proportional', 'proportional', 'deduction', 'deduction', 'levels']);
      const s = (r: { toString(): string }) => r.toString();
      const r2 = rule(c, '1.2');
      expect(r2.type === 'points' && s(r2.min)).toBe('-2');
      const r4 = rule(c, '1.4');
      expect(r4.type === 'steps' && r4.steps.map((st) => [s(st.min), s(st.points)])).toEqual([['100', '20'], ['90.5', '12.5'], ['0', '0']]);
      const [r5, r6] = [rule(c, '1.5'), rule(c, '1.6')];
      expect([r5.type === 'proportional' && s(r5.of), r6.type === 'proportional' && s(r6.of)]).toEqual(['100', '40']);
      const [r7, r8] = [rule(c, '1.7'), rule(c, '1.8')];
      expect(r7.type === 'deduction' && [s(r7.per), s(r7.floor)]).toEqual(['0.25', '0']);
      expect(r8.type === 'deduction' && [s(r8.per), s(r8.floor)]).toEqual(['1', '1']);
      const r9 = rule(c, '1.9');
      expect(r9.type === 'levels' && r9.levels.get('hoàn thành tốt')?.points.toString()).toBe('10.5');
      expect(r9.type === 'levels' && r9.levels.size).toBe(4);
      expect(c.leaves.map((l) => l.whenNotApplicable)).toEqual([undefined, 'exclude', 'full', undefined, 'zero', undefined, undefined, undefined, undefined]);
    },
  },
  'bands-ranking.json': {
    total: '100', appraisal: '100', survey: '0',
    check: (c) => {
      expect(c.bands.map((b) => [b.label, b.min.toString()])).toEqual([['Xuất sắc', '90'], ['Tốt', '80.5'], ['Khá', '70'], ['Trung bình', '50'], ['Yếu', '0']]);
      expect(c.ranking).toEqual({ on: 'exact', tieBreak: ['appraisal', '2', '1.1'], byGroup: true });
      expect([c.adjustments.bonusMax?.toString(), c.adjustments.penaltyMax?.toString()]).toEqual(['2', '5.5']);
      expect([c.precision, c.version, c.title, c.source]).toEqual([1, '2022-2', 'Bands, ranking, adjustments', 'Test fixture']);
    },
  },
  // Read from the text: a 40-digit sum that is exact in the file passes (as doubles it would not).
  'long-decimals.json': {
    total: '100', appraisal: '100', survey: '0',
    check: (c) => {
      expect(maxOf(c, '1.3')).toBe('33.33333333333333333333333333333333333334');
      expect(c.leaves.reduce((sum, l) => sum.add(l.max), Rational.ZERO).toString()).toBe('100');
    },
  },
  // Labels that are names of Object.prototype's keys are kept and used like any other.
  'proto-keys.json': {
    total: '100', appraisal: '70', survey: '30',
    check: (c) => {
      const r = rule(c, '1.1');
      expect(r.type === 'levels' && [...r.levels.values()].map((l) => [l.label, l.points.toString()])).toEqual([['__proto__', '70'], ['constructor', '35'], ['prototype', '10'], ['toString', '0']]);
      const s = c.survey!;
      expect([...s.answers.values()].map((a) => [a.label, a.weight.toString()])).toEqual([['__proto__', '1'], ['constructor', '0.5'], ['prototype', '0']]);
      expect(s.questions.map((q) => q.header)).toEqual(['__proto__', 'constructor', 'prototype']);
      expect([...s.groups!.values()].map((g) => [g.label, g.share.toString()])).toEqual([['__proto__', '0.25'], ['constructor', '0.25'], ['prototype', '0.5']]);
    },
  },
  // The contract: "Leaf rules (`rule.type`, default `points`)".
  'rule-type-defaults-to-points.json': {
    total: '100', appraisal: '100', survey: '0',
    check: (c) => {
      const r = rule(c, '1.1');
      expect(r.type === 'points' && r.min.toString()).toBe('-5');
    },
  },
};

describe('valid criteria fixtures', () => {
  it('lists every file of the valid/ folder, and no other', () => {
    expect(Object.keys(VALID).sort()).toEqual(fixtureFiles('valid'));
  });

  it.each(Object.entries(VALID))('%s', (fixture, { total, appraisal, survey, check }) => {
    const { criteria, diagnostics } = parseFixture('valid', fixture);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(diagnostics.filter((d) => d.code === 'CRITERIA_TOTAL').map((d) => d.args)).toEqual([{ total, appraisal, survey }]);
    expect(criteria).toBeDefined();
    expect(criteria!.total.toString()).toBe(total);
    check(criteria!);
  });
});
