// The --number pattern: {n} the notice's place in the ranking, {n+K} after the register's last
// number, {year}; anything else in braces is refused, and a pattern without {n} is for one unit.
import { describe, expect, it } from 'vitest';
import { DEFAULT_NUMBER, noticeNumber, numberingOf } from '../../src/report/notice-number.js';

describe('numberingOf and noticeNumber', () => {
  it.each([
    ['{n}/TB-HĐTĐ', 5, '5/TB-HĐTĐ'],
    ['{n+120}/TB-HĐTĐ', 5, '125/TB-HĐTĐ'],
    ['{ n + 7 }/TB-{year}', 1, '8/TB-2021'],
    ['year {n}', 3, 'year 3'],
  ])('%s, notice %i → %s', (pattern, seq, expected) => {
    const p = numberingOf(pattern, false);
    expect(typeof p).not.toBe('string');
    expect(noticeNumber(p as Exclude<typeof p, string>, seq, 2021)).toBe(expected);
  });

  it('without --number: dots for the office to fill in', () => {
    expect(numberingOf(undefined, false)).toBe(DEFAULT_NUMBER);
    expect(noticeNumber(DEFAULT_NUMBER, 4, 2021)).toBe('…………/TB-HĐTĐ');
  });

  it('an unknown placeholder; one number for several notices', () => {
    expect(numberingOf('{m}/TB', false)).toBe('unknown');
    expect(numberingOf('{n-1}/TB', true)).toBe('unknown');
    expect(numberingOf('12/TB', false)).toBe('same');
    expect(numberingOf('12/TB', true)).toEqual(['12/TB']);
  });
});
