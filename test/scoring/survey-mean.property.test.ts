// A leaf's survey mean from AnswerCounts (sums counted in safe integers) against the same answers
// as a tally (sums in bigints): the same exact value, for any counts, shares and weights, pooled
// or by group, including counts large enough to push the mean's denominator past 2^53.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswerCounts } from '../../src/scoring/answer-counts.js';
import { surveyMean } from '../../src/scoring/survey-tally.js';
import { makeCriteria } from '../helpers/criteria.js';

const setOf = (shares: number[] | undefined, weights: number[]) =>
  makeCriteria({
    fields: [
      { code: '1', max: 70 },
      { code: '2', max: 30, source: 'survey', children: [{ code: '2.1', max: 30 }] },
    ],
    survey: {
      answers: Object.fromEntries(weights.map((w, k) => [`A${k}`, w])),
      questions: { Q1: '2.1' },
      ...(shares ? { groups: Object.fromEntries(shares.map((s, k) => [`G${k}`, s])) } : {}),
    },
  });

describe('survey means (property)', () => {
  it('AnswerCounts gives the mean the tally gives', () => {
    const caseArb = fc.record({
      grouped: fc.boolean(),
      // Shares in hundredths adding up to 1, over two or three groups.
      split: fc.integer({ min: 1, max: 98 }),
      third: fc.boolean(),
      weights: fc.array(fc.integer({ min: 0, max: 20 }).map((w) => w / 20), { minLength: 1, maxLength: 4 }),
      counts: fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 20_000_000 }), fc.integer({ min: 0, max: 4_000_000_000 })), { minLength: 12, maxLength: 12 }),
    });
    fc.assert(
      fc.property(caseArb, ({ grouped, split, third, weights, counts }) => {
        const shares = third ? [split / 200, split / 200, (100 - split) / 100] : [split / 100, (100 - split) / 100];
        const c = setOf(grouped ? shares : undefined, weights);
        const spec = c.survey!;
        const layout = { leaves: ['2.1'], groups: grouped ? shares.map((_, k) => `g${k}`) : [''], answers: weights.map((_, k) => `a${k}`) };
        const tally = new AnswerCounts(layout);
        layout.groups.forEach((_, g) => layout.answers.forEach((_, a) => (tally.counts[g * layout.answers.length + a] = counts[(g * 4 + a) % counts.length]!)));
        const fromCounts = tally.mean(spec, '2.1');
        const fromTally = surveyMean(spec, tally.get('2.1'));
        expect(fromCounts?.toString()).toBe(fromTally?.toString());
      }),
      { numRuns: 1000 },
    );
  });

  it('stays exact when the mean\'s denominator passes 2^53 with its numerator still safe', () => {
    // Shares 1/5 and 4/5; group 0's answers all weigh 0, group 1's all 1: the mean is
    // (4·n1·n0) / (5·n0·n1) = 4/5, through a numerator below 2^53 and a denominator above it
    // that no double holds exactly.
    const c = setOf([0.2, 0.8], [0, 1]);
    const layout = { leaves: ['2.1'], groups: ['g0', 'g1'], answers: ['a0', 'a1'] };
    const tally = new AnswerCounts(layout);
    tally.counts[0] = 47_453_131;
    tally.counts[3] = 47_453_129;
    const mean = tally.mean(c.survey!, '2.1');
    expect(mean?.toString()).toBe('0.8');
    expect(mean?.toString()).toBe(surveyMean(c.survey!, tally.get('2.1'))?.toString());
  });
});
