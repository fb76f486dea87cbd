// A criteria file that is not UTF-8 is an error at the line and column of its first bad byte.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCriteria } from '../../src/criteria/decode-criteria.js';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const where = (b: Uint8Array) => decodeCriteria(b, 'c.json').diagnostics.map((d) => [d.code, d.loc.line, d.loc.column, d.args]);

describe('decodeCriteria', () => {
  it('decodes UTF-8, with or without a BOM', () => {
    expect(decodeCriteria(bytes('{"t": "Sơn"}'), 'c.json')).toEqual({ text: '{"t": "Sơn"}', diagnostics: [] });
    expect(decodeCriteria(bytes([0xef, 0xbb, 0xbf], '{}'), 'c.json').text).toBe('{}');
  });

  it.each([
    ['a file saved as Windows-1258', readFileSync(new URL('../fixtures/criteria/encoding/windows-1258.json', import.meta.url)), 5, 14, 'F4'],
    ['UTF-16 with its BOM', bytes([0xff, 0xfe], [0x7b, 0]), 1, 1, 'FF'],
    ['a sequence cut short', bytes('{\n  "a": "Sơ', [0xe1, 0xbb], '"}'), 2, 11, 'E1 BB'],
    ['an overlong form', bytes('{"a": "', [0xc0, 0x80], '"}'), 1, 8, 'C0'],
    ['a surrogate', bytes('{"a": "', [0xed, 0xa0, 0x80], '"}'), 1, 8, 'ED A0 80'],
    ['after a BOM, on line 3', bytes([0xef, 0xbb, 0xbf], '{\n\n "a": "x', [0x80], '"}'), 3, 9, '80'],
  ])('%s: located at its first bad byte', (_name, input, line, column, hex) => {
    expect(where(input)).toEqual([['CRITERIA_ENCODING_INVALID', line, column, { bytes: hex }]]);
  });
});
