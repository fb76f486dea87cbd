// The identity of a unit across sheets (issue 19, point 1): by code or name, after NFC, case
// folding, trimming, folding white space and dropping what shows nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateUnits, unitKey, UnitDirectory, type UnitSighting } from '../../src/scoring/unit-identity.js';

const UNITS = [
  { unit: 'SONHA', name: 'Sơn Hà' },
  { unit: 'SONKIM1', name: 'Sơn Kim 1' },
  { unit: 'SONKIM2', name: 'Sơn Kim 2' },
  { unit: 'PHOCHAU', name: 'Thị trấn Phố Châu' },
  { unit: 'SONHAM', name: 'Sơn Hàm' },
];

describe('unitKey', () => {
  it.each([
    ['SONHA', ' sonha '],
    ['SONHA', 'SONHA\u00a0'],
    ['Sơn Hà', 'Sơn  Hà'],
    ['Sơn Hà', 'SƠN HÀ'],
    ['Sơn Hà', 'Sơn Hà'.normalize('NFD')],
    ['Sơn Hà', 'Sơn\u200b Hà'],
    ['Sơn Hà', 'Sơn\u202fHà'],
    ['Thị trấn Phố Châu', 'thị\ttrấn phố ch\u00adâu'],
  ])('%j and %j are one unit', (a, b) => expect(unitKey(b)).toBe(unitKey(a)));

  it.each([
    ['Sơn Hà', 'Son Ha'],
    ['Sơn Hà', 'Sơn Hạ'],
    ['SONKIM1', 'SONKIM 1'],
  ])('%j and %j are not (diacritics and inner letters count)', (a, b) => expect(unitKey(b)).not.toBe(unitKey(a)));
});

/** Any way a person may type a text: case per letter, spaces around and doubled, no-break and zero-width spaces, NFD. */
const variantOf = (text: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }),
      fc.constantFrom('', ' ', '  ', '\u00a0', '\t'),
      fc.constantFrom('', ' ', '\u00a0 ', '\u200b'),
      fc.constantFrom(' ', '  ', '\u00a0', ' \u200b', '\u202f'),
      fc.boolean(),
    )
    .map(([upper, before, after, space, nfd]) => {
      const cased = [...text].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join('').replaceAll(' ', space);
      const s = `${before}${cased}${after}`;
      return nfd ? s.normalize('NFD') : s;
    });

describe('UnitDirectory', () => {
  const dir = new UnitDirectory(UNITS);

  it('property: any spacing, case, NFD or zero-width variant of a code or a name finds its unit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...UNITS).chain((u) => fc.tuple(fc.constant(u), fc.boolean().chain((byName) => variantOf(byName ? u.name : u.unit)))),
        ([u, typed]) => {
          const r = dir.resolve(typed);
          expect(r.kind === 'found' && r.unit).toBe(u);
        },
      ),
    );
  });

  it('a spelling of no unit: none, with the closest unit (diacritics and typos aside)', () => {
    // SONHAA is one letter from SONHA and from SONHAM: both are named.
    expect(dir.resolve('SONHAA')).toEqual({ kind: 'none', closest: [UNITS[0], UNITS[4]] });
    expect(dir.resolve('Son Kim 2')).toEqual({ kind: 'none', closest: [UNITS[2]] });
    expect(dir.resolve('Hà Nội Thủ Đô')).toEqual({ kind: 'none', closest: [] });
  });

  it('a spelling of two units (a name two communes share, or one\'s code and another\'s name): ambiguous, both named', () => {
    const d = new UnitDirectory([{ unit: 'HS-SONHA', name: 'Sơn Hà' }, { unit: 'KA-SONHA', name: 'Sơn Hà' }, { unit: 'X', name: 'hs-sonha' }]);
    expect(d.resolve('sơn hà')).toEqual({ kind: 'ambiguous', units: [{ unit: 'HS-SONHA', name: 'Sơn Hà' }, { unit: 'KA-SONHA', name: 'Sơn Hà' }] });
    expect(d.resolve('HS-SONHA').kind).toBe('ambiguous');
    expect(d.resolve('KA-SONHA')).toEqual({ kind: 'found', unit: { unit: 'KA-SONHA', name: 'Sơn Hà' }, by: 'code' });
  });

  it('a unit whose name is its code is one unit, not two', () => {
    expect(new UnitDirectory([{ unit: 'Sơn Hà', name: 'Sơn Hà' }]).resolve('SƠN HÀ').kind).toBe('found');
  });
});

describe('findDuplicateUnits', () => {
  const at = (unit: string, name: string, file: string, line: number): UnitSighting => ({ unit, name, file, line });

  it('in one sheet: the same code, a code and a name, a name and a code; both places named', () => {
    const dups = findDuplicateUnits([at('SONHA', 'Sơn Hà', 'a.csv', 2), at('SONKIM1', 'Sơn Kim 1', 'a.csv', 3), at(' sơn  hà', '', 'a.csv', 9), at('sonkim1', '', 'a.csv', 10), at('Z', 'sonha', 'a.csv', 11)]);
    expect(dups.map((d) => [d.first.line, d.second.line, d.how])).toEqual([[2, 9, 'name-code'], [3, 10, 'code'], [2, 11, 'code-name']]);
  });

  it('across files of one role (issue 24): each with its file and line', () => {
    const dups = findDuplicateUnits([at('SONHA', 'Sơn Hà', 'khoi-xa.csv', 5), at('PHOCHAU', '', 'thi-tran.csv', 2), at('Sơn Hà', '', 'thi-tran.csv', 3)]);
    expect(dups).toEqual([{ first: at('SONHA', 'Sơn Hà', 'khoi-xa.csv', 5), second: at('Sơn Hà', '', 'thi-tran.csv', 3), how: 'name-code' }]);
  });

  it('two communes that share a name under different codes are two units', () => {
    expect(findDuplicateUnits([at('HS-SONHA', 'Sơn Hà', 'a.csv', 2), at('KA-SONHA', 'Sơn Hà', 'a.csv', 3)])).toEqual([]);
  });

  it('property: a sheet of distinct units has no duplicate; adding any variant of one of them adds exactly that duplicate', () => {
    const sheet = UNITS.map((u, i) => at(u.unit, u.name, 's.csv', i + 2));
    expect(findDuplicateUnits(sheet)).toEqual([]);
    fc.assert(
      fc.property(
        fc.nat(UNITS.length - 1).chain((i) => fc.tuple(fc.constant(i), fc.boolean().chain((byName) => variantOf(byName ? (UNITS[i]?.name ?? '') : (UNITS[i]?.unit ?? ''))))),
        ([i, typed]) => {
          const dups = findDuplicateUnits([...sheet, at(typed, '', 's.csv', 99)]);
          expect(dups.map((d) => [d.first.line, d.second.line])).toEqual([[i + 2, 99]]);
        },
      ),
    );
  });
});
