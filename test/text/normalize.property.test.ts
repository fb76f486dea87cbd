// cleanText's shortcut (text already clean is returned as it is) and foldKey's memo against the
// plain definitions: NFC, white space runs folded to one space, trimmed; then lower case.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, foldKey } from '../../src/text/normalize.js';

const reference = (s: string) => s.normalize('NFC').replace(/[\s\u00a0\u2007\u202f\ufeff]+/gu, ' ').trim();
const PIECES = ['a', 'B', 'ư', 'Ệ', 'e\u0301', '\u0301', ' ', '  ', '\t', '\n', '\u00a0', '\u2007', '\u202f', '\ufeff', '\u3000', '1', '.', 'Đ'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((p) => p.join(''));

describe('cleanText and foldKey (property)', () => {
  it('equal their definitions on any text, folded twice (memo) or once', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(cleanText(s)).toBe(reference(s));
        expect(foldKey(s)).toBe(reference(s).toLowerCase());
        expect(foldKey(s)).toBe(reference(s).toLowerCase());
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves clean text alone and cleans the rest', () => {
    expect(cleanText('Sơn Kim 1')).toBe('Sơn Kim 1');
    expect(cleanText(' Sơn  Kim\u00a01 ')).toBe('Sơn Kim 1');
    expect(cleanText('Sơn Kim ')).toBe('Sơn Kim');
    expect(foldKey('Người Dân')).toBe('người dân');
  });
});
