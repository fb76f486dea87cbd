import { describe, expect, it } from 'vitest';
import { scoreUnit } from '../../src/scoring/score-unit.js';
import { addAnswer, type UnitTally } from '../../src/scoring/survey-tally.js';
import { makeCriteria } from '../helpers/criteria.js';
import { R, unit } from '../helpers/units.js';

const c = makeCriteria({
  adjustments: { bonusMax: 2, penaltyMax: 5 },
  survey: { answers: { A: 1, B: 0.6, C: 0.2, D: 0 }, ignore: ['E'], questions: { Q1: 'S1', Q2: 'S1', Q3: 'S2' } },
  fields: [
    { code: '1', max: 6, children: [
      { code: '1.1', max: 2 },
      { code: '1.2', max: 2, whenNotApplicable: 'exclude' },
      { code: '1.3', max: 2, whenNotApplicable: 'full' },
    ] },
    { code: '2', max: 4, children: [{ code: '2.1', max: 2, whenNotApplicable: 'zero' }, { code: '2.2', max: 2 }] },
    { code: 'S', max: 10, source: 'survey', children: [{ code: 'S1', max: 6 }, { code: 'S2', max: 4 }] },
  ],
});

describe('scoreUnit', () => {
  it('sums leaves up the tree, N/A per policy, survey from points', () => {
    const s = scoreUnit(c, unit(c, 'u', { '1.1': '1.5', '1.2': '-', '1.3': '-', '2.1': '-', '2.2': '1', S1: '3', S2: '4' }), { surveyGiven: true });
    expect(s.nodes.get('1')).toEqual({ points: R('3.5'), max: R('4') });
    expect(s.nodes.get('2')).toEqual({ points: R('1'), max: R('4') });
    expect(s.appraisal.toString()).toBe('4.5');
    expect(s.survey?.toString()).toBe('7');
    expect(s.max.toString()).toBe('18');
    expect(s.index?.toFixed(2)).toBe('63.89'); // 11.5 / 18 = 63.888…
  });

  it('without any survey, survey leaves leave the maximum', () => {
    const s = scoreUnit(c, unit(c, 'u', { '1.1': '2', '1.2': '2', '1.3': '2', '2.1': '2', '2.2': '2' }), { surveyGiven: false });
    expect(s.max.toString()).toBe('10');
    expect(s.index?.toString()).toBe('100');
    expect(s.nodes.get('S')).toEqual({ points: R('0'), max: R('0') });
  });

  it('caps bonus and penalty; total = appraisal + survey + bonus − penalty', () => {
    const s = scoreUnit(c, unit(c, 'u', { '1.1': '2', '1.2': '2', '1.3': '2', '2.1': '2', '2.2': '2', S1: '6', S2: '4' }, { bonus: R('3.5'), penalty: R('0.75') }), { surveyGiven: true });
    expect([s.bonus.toString(), s.penalty.toString(), s.total.toString()]).toEqual(['2', '0.75', '21.25']);
    expect(s.index?.toFixed(2)).toBe('106.25');
  });

  it('survey leaf = max × mean weight over valid answers, pooled across its questions', () => {
    const tally: UnitTally = new Map();
    for (const a of ['a', 'b', 'c']) addAnswer(tally, 'S1', '', a); // Q1: A B C
    for (const a of ['a', 'd']) addAnswer(tally, 'S1', '', a); // Q2: A D
    const s = scoreUnit(c, unit(c, 'u', { '1.1': '0', '1.2': '0', '1.3': '0', '2.1': '0', '2.2': '0' }, { tally }), { surveyGiven: true });
    // (1 + 0.6 + 0.2 + 1 + 0) / 5 = 0.56 → 6 × 0.56 = 3.36; S2 has no answers → zero
    expect(s.nodes.get('S1')?.points.toString()).toBe('3.36');
    expect(s.nodes.get('S2')).toEqual({ points: R('0'), max: R('4') });
  });
});

describe('survey groups', () => {
  const g = makeCriteria({
    survey: { answers: { A: 1, B: 0.6, C: 0.2, D: 0 }, questions: { Q1: 'S1' }, groups: { HĐND: 0.5, 'Lãnh đạo': 0.3, Dân: 0.2 }, whenNoAnswers: 'exclude' },
    fields: [{ code: '1', max: 10 }, { code: 'S', max: 3, source: 'survey', children: [{ code: 'S1', max: 3 }] }],
  });
  it('averages within each group, then combines by share over the groups that answered', () => {
    const tally: UnitTally = new Map();
    addAnswer(tally, 'S1', 'hđnd', 'a');
    addAnswer(tally, 'S1', 'hđnd', 'c'); // mean 0.6
    addAnswer(tally, 'S1', 'lãnh đạo', 'b'); // mean 0.6 … then add a D → 0.3
    addAnswer(tally, 'S1', 'lãnh đạo', 'd');
    const s = scoreUnit(g, unit(g, 'u', { '1': '10' }, { tally }), { surveyGiven: true });
    // (0.5×0.6 + 0.3×0.3) / 0.8 = 0.39/0.8 = 0.4875 → 3 × 0.4875 = 1.4625
    expect(s.nodes.get('S1')?.points.toString()).toBe('1.4625');
  });
  it('whenNoAnswers exclude drops the leaf from the maximum', () => {
    const s = scoreUnit(g, unit(g, 'u', { '1': '7' }, { tally: new Map() }), { surveyGiven: true });
    expect([s.max.toString(), s.index?.toString()]).toEqual(['10', '70']);
  });
  it('keeps thirds exact: 1/3 + 1/3 + 1/3 = 1', () => {
    const tally: UnitTally = new Map();
    for (const a of ['a', 'd', 'd']) addAnswer(tally, 'S1', 'dân', a);
    const s = scoreUnit(g, unit(g, 'u', { '1': '0' }, { tally }), { surveyGiven: true });
    expect(s.nodes.get('S1')?.points.toString()).toBe('1');
  });
});
