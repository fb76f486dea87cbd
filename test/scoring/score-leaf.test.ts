import { describe, expect, it } from 'vitest';
import { scoreLeaf } from '../../src/scoring/score-leaf.js';
import { makeCriteria } from '../helpers/criteria.js';

const c = makeCriteria({
  fields: [
    { code: 'P', max: 2 },
    { code: 'N', max: 1, rule: { type: 'points', min: -1 } },
    { code: 'Y', max: 1.5, rule: { type: 'yesno' } },
    { code: 'S', max: 2, rule: { type: 'steps', steps: [{ min: 100, points: 2 }, { min: 90, points: 1 }, { min: 0, points: 0 }] } },
    { code: 'R', max: 2, rule: { type: 'proportional' } },
    { code: 'D', max: 1, rule: { type: 'deduction', per: 0.25 } },
    { code: 'F', max: 1, rule: { type: 'deduction', per: 0.5, floor: -1 } },
    { code: 'L', max: 2, rule: { type: 'levels', levels: { 'Hoàn thành xuất sắc': 2, 'Hoàn thành tốt': 1.5, 'Hoàn thành': 1, 'Không hoàn thành': 0 } } },
    { code: 'X', max: 1, whenNotApplicable: 'exclude' },
    { code: 'Z', max: 88.5 },
    { code: 'SP', max: 2, rule: { type: 'steps', unit: '%', steps: [{ min: 100, points: 2 }, { min: 90, points: 1 }, { min: 0, points: 0 }] } },
    { code: 'RP', max: 2, unit: '%', rule: { type: 'proportional' } },
  ],
});
const leaf = (code: string) => c.nodes.get(code)!;

const points: [string, string, 'dot' | 'comma', string][] = [
  ['P', '1.75', 'dot', '1.75'],
  ['P', '1,75', 'comma', '1.75'],
  ['P', '0', 'dot', '0'],
  ['P', '2', 'dot', '2'],
  ['N', '-0.5', 'dot', '-0.5'],
  ['Y', 'có', 'dot', '1.5'],
  ['Y', 'Đạt', 'dot', '1.5'],
  ['Y', 'x', 'dot', '1.5'],
  ['Y', '', 'dot', '0'],
  ['Y', 'không đạt', 'dot', '0'],
  ['Y', 'KHÔNG', 'dot', '0'],
  ['Y', '1', 'dot', '1.5'],
  ['S', '100', 'dot', '2'],
  ['S', '100%', 'dot', '2'],
  ['S', '96,5%', 'comma', '1'],
  ['S', '89.99', 'dot', '0'],
  ['S', '90', 'dot', '1'],
  ['R', '50', 'dot', '1'],
  ['R', '33', 'dot', '0.66'],
  ['R', '150', 'dot', '2'],
  ['D', '0', 'dot', '1'],
  ['D', '3', 'dot', '0.25'],
  ['D', '9', 'dot', '0'],
  ['F', '3', 'dot', '-0.5'],
  ['F', '10', 'dot', '-1'],
  ['L', 'Hoàn thành tốt', 'dot', '1.5'],
  ['L', '  hoàn thành  TỐT ', 'dot', '1.5'],
  ['L', 'Hoa\u0300n tha\u0300nh', 'dot', '1'],
];

describe('scoreLeaf: points by rule', () => {
  it.each(points)('%s %j → %s', (code, text, mark, expected) => {
    const r = scoreLeaf(leaf(code), text, mark);
    expect(r.ok && r.value.kind === 'points' ? r.value.points.toString() : r).toBe(expected);
  });
});

const problems: [string, string, string][] = [
  ['P', '2.01', 'SCORE_VALUE_ABOVE_MAX'],
  ['P', '-0.25', 'SCORE_VALUE_BELOW_MIN'],
  ['N', '-1.5', 'SCORE_VALUE_BELOW_MIN'],
  ['P', 'abc', 'SCORE_VALUE_NOT_NUMBER'],
  ['P', '#N/A', 'SCORE_VALUE_EXCEL_ERROR'],
  ['P', '#DIV/0!', 'SCORE_VALUE_EXCEL_ERROR'],
  ['P', '=A1+B1', 'SCORE_VALUE_FORMULA'],
  ['P', '12/10/2021', 'SCORE_VALUE_DATE'],
  ['P', '-', 'SCORE_NA_NOT_ALLOWED'],
  ['Y', 'maybe', 'SCORE_YESNO_INVALID'],
  ['L', 'Tốt', 'SCORE_LEVEL_UNKNOWN'],
  ['D', '1.5', 'SCORE_COUNT_NOT_WHOLE'],
  ['D', '-1', 'SCORE_VALUE_NEGATIVE'],
  ['R', '-5', 'SCORE_VALUE_NEGATIVE'],
];

describe('scoreLeaf: problems', () => {
  it.each(problems)('%s %j → %s', (code, text, expected) => {
    const r = scoreLeaf(leaf(code), text, 'dot');
    expect(r.ok ? 'ok' : r.problem.code).toBe(expected);
  });
});

describe('scoreLeaf: not applicable', () => {
  it.each(['-', 'N/A', 'n/a', 'KAD', 'Không áp dụng', 'KHÔNG ÁP DỤNG'])('%j is N/A where allowed', (text) => {
    const r = scoreLeaf(leaf('X'), text, 'dot');
    expect(r.ok && r.value.kind).toBe('na');
  });
});

describe('scoreLeaf: rates ("unit": "%")', () => {
  it.each([
    ['SP', '100', '2', undefined],
    ['SP', '96,5%', '1', undefined],
    ['SP', '0.97', '0', 'SCORE_RATE_AS_FRACTION'],
    ['SP', '0', '0', undefined],
    ['SP', '1', '0', undefined],
    ['RP', '0.5', '0.01', 'SCORE_RATE_AS_FRACTION'],
    ['RP', '0.5%', '0.01', undefined],
    ['RP', '100', '2', undefined],
  ])('%s %j → %s points, warning %s', (code, text, points, warning) => {
    const r = scoreLeaf(leaf(code), text, text.includes(',') ? 'comma' : 'dot');
    expect(r.ok && r.value.kind === 'points' && r.value.points.toString()).toBe(points);
    expect(r.ok && r.warning?.code).toBe(warning);
  });
  it.each([['SP', '100.01'], ['RP', '120'], ['SP', '-1']])('%s %j is an error', (code, text) => {
    const r = scoreLeaf(leaf(code), text, 'dot');
    expect(r.ok ? 'ok' : r.problem.code).toBe(text === '-1' ? 'SCORE_VALUE_NEGATIVE' : 'SCORE_RATE_ABOVE_100');
  });
});
