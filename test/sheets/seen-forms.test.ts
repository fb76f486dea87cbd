// The table of forms read (a copy found by unit and respondent id, or by content without an id).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formKey as writeKey, SeenForms, unitHash, type UnitHash } from '../../src/sheets/seen-forms.js';

const formKey = (unit: UnitHash, respondent: string, content: number): [number, number] => {
  const key = new Uint32Array(2);
  writeKey(unit, respondent, content, key);
  return [key[0] as number, key[1] as number];
};

describe('SeenForms', () => {
  it('300,000 distinct forms (10,000 units × 30 ids): no false match; each seen again is found with its line', () => {
    const seen = new SeenForms();
    let line = 1;
    let matches = 0;
    for (let u = 0; u < 10_000; u++) {
      const unit = unitHash(`u${u}`);
      for (let r = 1; r <= 30; r++) {
        const [a, b] = formKey(unit, String(r), r);
        if (seen.check(a, b, r, ++line) !== undefined) matches++;
      }
    }
    expect(matches).toBe(0);
    const [a, b] = formKey(unitHash('u7'), '3', 3);
    expect(seen.check(a, b, 3, 999_999)).toEqual({ line: 7 * 30 + 3 + 1, same: true });
    expect(seen.check(a, b, 4, 999_999)).toEqual({ line: 7 * 30 + 3 + 1, same: false });
  });

  it('property: an id is one id whatever its case (as foldKey folds it); two ids are two', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/), fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/), (x, y) => {
        const unit = unitHash('sonha');
        expect(formKey(unit, x.toUpperCase(), 0)).toEqual(formKey(unit, x.toLowerCase(), 0));
        if (x.toLowerCase() !== y.toLowerCase()) expect(formKey(unit, x, 0)).not.toEqual(formKey(unit, y, 0));
      }),
    );
  });

  it('a non-ASCII id is folded as foldKey folds it (NFC, case, spaces)', () => {
    const unit = unitHash('sonha');
    expect(formKey(unit, 'Phiếu  Số 5', 0)).toEqual(formKey(unit, 'phiếu số 5'.normalize('NFD'), 0));
  });
});
