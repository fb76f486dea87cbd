import { describe, expect, it } from 'vitest';
import { detectDecimal } from '../../src/text/detect-decimal.js';

describe('detectDecimal', () => {
  it.each([
    [['7,5', '8', '9'], { mark: 'comma', ambiguous: false, evidence: ['7,5'], comma: 1, dot: 0 }],
    [['7.5', '8', ''], { mark: 'dot', ambiguous: false, evidence: ['7.5'], comma: 0, dot: 1 }],
    [['1.234,5'], { mark: 'comma', ambiguous: false, evidence: ['1.234,5'], comma: 1, dot: 0 }],
    [['1,234.5'], { mark: 'dot', ambiguous: false, evidence: ['1,234.5'], comma: 0, dot: 1 }],
    [['1.234.567'], { mark: 'comma', ambiguous: false, evidence: ['1.234.567'], comma: 1, dot: 0 }],
    [['96,5%', '100%'], { mark: 'comma', ambiguous: false, evidence: ['96,5%'], comma: 1, dot: 0 }],
    [['0,125'], { mark: 'comma', ambiguous: false, evidence: ['0,125'], comma: 1, dot: 0 }],
    [['1.234', '7,5'], { mark: 'comma', ambiguous: false, evidence: ['7,5'], comma: 1, dot: 0 }],
    [['1.234'], { ambiguous: true, evidence: ['1.234'], comma: 0, dot: 0 }],
    [['2,500', '1,000'], { ambiguous: true, evidence: ['2,500', '1,000'], comma: 0, dot: 0 }],
    [['7,5', '8.25'], { ambiguous: true, evidence: ['7,5', '8.25'], comma: 1, dot: 1 }],
    [['1', '2', 'có', '', '#N/A', '12/10/2021', '1-Feb'], { ambiguous: false, evidence: [], comma: 0, dot: 0 }],
    [[], { ambiguous: false, evidence: [], comma: 0, dot: 0 }],
  ])('%j', (samples, expected) => {
    expect(detectDecimal(samples)).toEqual(expected);
  });

  it('keeps at most three examples of each kind', () => {
    const samples = ['1,5', '2,5', '3,5', '4,5', '1.5', '2.5', '3.5', '4.5'];
    expect(detectDecimal(samples).evidence).toEqual(['1,5', '2,5', '3,5', '1.5', '2.5', '3.5']);
  });

  it('reads a lazy iterable once', () => {
    function* cells() {
      yield ' 7,5 ';
      yield '8';
    }
    expect(detectDecimal(cells())).toEqual({ mark: 'comma', ambiguous: false, evidence: ['7,5'], comma: 1, dot: 0 });
  });
});
