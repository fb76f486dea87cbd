// Unit codes as file names: a code any file system takes is its own name; any other is made safe
// and tagged with its hash, so that no two units share a file, whatever other units are named.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileStems } from '../../src/io/safe-file-name.js';

describe('safeFileStems', () => {
  it.each([
    ['SONNINH', 'SONNINH'],
    ['Sơn Kim 1', 'Sơn Kim 1'],
    ['A/B', /^A_B-[0-9a-f]{8}$/],
    ['..', /^_\._-[0-9a-f]{8}$/],
    ['../etc', /^_\._etc-[0-9a-f]{8}$/],
    ['a\\b:c*d?"e<f>g|h', /^a_b_c_d__e_f_g_h-[0-9a-f]{8}$/],
    ['tab\there', /^tab_here-[0-9a-f]{8}$/],
    ['\u202eevil', /^_evil-[0-9a-f]{8}$/],
    ['CON', /^CON_-[0-9a-f]{8}$/],
    ['nul.txt', /^nul_\.txt-[0-9a-f]{8}$/],
    ['COM1', /^COM1_-[0-9a-f]{8}$/],
    ['CONSOLE', 'CONSOLE'],
    ['end.', /^end\._-[0-9a-f]{8}$/],
    ['', /^_-[0-9a-f]{8}$/],
  ])('%j → %s', (code, expected) => {
    const [name] = safeFileStems([code]);
    if (typeof expected === 'string') expect(name).toBe(expected);
    else expect(name).toMatch(expected);
  });

  it('a very long code is cut to 120 bytes between characters, then tagged', () => {
    const [name = ''] = safeFileStems(['ắ'.repeat(100)]);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(120 + 9);
    expect(name).toMatch(/^(ắ)+-[0-9a-f]{8}$/);
  });

  it('codes that would meet (after _, or in another case on a case-insensitive disk) get names of their own', () => {
    const names = safeFileStems(['A/B', 'A_B', 'x', 'X']);
    expect(names[1]).toBe('A_B');
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(4);
  });

  it('any codes: one safe name each, never two alike; a code made safe named alike whatever the others are', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: 'binary', maxLength: 20 }), { minLength: 1, maxLength: 8 }), (codes) => {
        const names = safeFileStems(codes);
        expect(new Set(names.map((n) => n.normalize('NFC').toLowerCase())).size).toBe(codes.length);
        for (const n of names) {
          expect(n).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]|^\.|[. ]$/);
          expect(Buffer.byteLength(n)).toBeLessThanOrEqual(129);
        }
        // A code made safe is tagged whatever the others are: its name does not depend on them.
        codes.forEach((c, i) => {
          const [alone] = safeFileStems([c]);
          if (alone !== c.normalize('NFC')) expect(names[i]).toBe(alone);
        });
      }),
    );
  });
});
