// mayBeDoubleEncoded looks for DOUBLE_ENCODED's first characters with includes() before it runs
// the regex: it must answer exactly as the regex alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayBeDoubleEncoded } from '../../src/io/detect-damaged-text.js';

const REGEX =
  /[ÂÃÄÅÆá][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

// Leads, continuations, near misses (Á, â, à) and everyday text.
const char = fc.oneof(
  fc.constantFrom('Â', 'Ã', 'Ä', 'Å', 'Æ', 'á', 'Á', 'â', 'à', 'Ç', '\u0080', '\u00a0', '\u00bf', '\u00c0', '\u0152', '\u2014', '\u20ac', '\u2122', '\u2019', 'Đ', 'ơ', 'ệ', 'a', ',', '\n', ' '),
  fc.string({ unit: 'binary', maxLength: 1 }),
);

describe('mayBeDoubleEncoded', () => {
  it('answers as the regex alone', () => {
    fc.assert(fc.property(fc.array(char, { maxLength: 40 }).map((cs) => cs.join('')), (s) => {
      expect(mayBeDoubleEncoded(s)).toBe(REGEX.test(s));
    }), { numRuns: 5000 });
  });

  it('finds a pair anywhere in a long text', () => {
    const plain = 'U00001,1,Dân,A,B,HĐND\n'.repeat(5000);
    expect(mayBeDoubleEncoded(plain)).toBe(false);
    expect(mayBeDoubleEncoded(`${plain}HÃ  TÄ©nh`)).toBe(true);
    expect(mayBeDoubleEncoded(`${plain}á`)).toBe(false);
  });
});
