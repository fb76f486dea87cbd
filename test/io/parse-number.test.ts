import { describe, expect, it } from 'vitest';
import { parseNumber, type DecimalMark } from '../../src/text/parse-number.js';

const ok = (value: string, percent = false) => ({ ok: true, value, percent });
const no = (kind: string) => expect.objectContaining({ ok: false, kind });

const cases: [text: string, mark: DecimalMark, expected: unknown][] = [
  ['7,5', 'comma', ok('7.5')],
  ['7.5', 'dot', ok('7.5')],
  ['7.5', 'comma', no('not-a-number')],
  ['7,5', 'dot', no('not-a-number')],
  ['-12,50', 'comma', ok('-12.5')],
  ['+3', 'dot', ok('3')],
  ['\u22123,5', 'comma', ok('-3.5')],
  ['-0', 'dot', ok('0')],
  ['0,0', 'comma', ok('0')],
  ['007', 'dot', ok('7')],
  [',5', 'comma', ok('0.5')],
  ['5.', 'dot', no('not-a-number')],
  ['  2  ', 'dot', ok('2')],
  ['1 234,5', 'comma', ok('1234.5')],
  ['1\u00a0234,5', 'comma', ok('1234.5')],
  ['1\u202f234\u202f567', 'dot', ok('1234567')],
  ['1\u2009234.25', 'dot', ok('1234.25')],
  ['1.234,5', 'comma', ok('1234.5')],
  ['1,234.5', 'dot', ok('1234.5')],
  ['1.234.567', 'comma', ok('1234567')],
  ['1,234,567', 'dot', ok('1234567')],
  ['1.234', 'comma', ok('1234')],
  ['1.234', 'dot', ok('1.234')],
  ['12.34,5', 'comma', no('not-a-number')],
  ['1.23', 'comma', no('not-a-number')],
  ['0.123', 'comma', no('not-a-number')],
  ['1 23', 'dot', no('not-a-number')],
  ['1.234 567', 'comma', no('not-a-number')],
  ['96,5%', 'comma', ok('96.5', true)],
  ['96.5 %', 'dot', ok('96.5', true)],
  ['% 80', 'dot', ok('80', true)],
  ['-5%', 'dot', ok('-5', true)],
  ['%', 'dot', no('not-a-number')],
  ['1,5E+03', 'comma', ok('1500')],
  ['1.25e-2', 'dot', ok('0.0125')],
  // Past CELL_LIMITS (30 significant digits, 10⁻³⁰ ≤ |x| < 10³¹): refused unread, naming the bound.
  ['1E+999', 'dot', expect.objectContaining({ ok: false, kind: 'out-of-bounds', bound: 'large' })],
  ['1e31', 'dot', expect.objectContaining({ ok: false, kind: 'out-of-bounds', bound: 'large' })],
  ['9.99e30', 'dot', ok('9990000000000000000000000000000')],
  ['1e-30', 'dot', ok('0.000000000000000000000000000001')],
  ['0,' + '0'.repeat(30) + '1', 'comma', expect.objectContaining({ ok: false, kind: 'out-of-bounds', bound: 'small' })],
  ['2.' + '0'.repeat(100_000), 'dot', ok('2')],
  ['0.' + '0'.repeat(100_000), 'dot', ok('0')],
  ['0.1', 'dot', ok('0.1')],
  ['123456789012345678901234567890.000000000000000000001', 'dot', expect.objectContaining({ ok: false, kind: 'out-of-bounds', bound: 'digits' })],
  ['12345678901234567890.1234567891', 'dot', ok('12345678901234567890.1234567891')],
  ['', 'dot', no('empty')],
  ['  \u00a0', 'comma', no('empty')],
  ['#N/A', 'dot', no('excel-error')],
  ['#DIV/0!', 'comma', no('excel-error')],
  ['#VALUE!', 'dot', no('excel-error')],
  ['#REF!', 'dot', no('excel-error')],
  ['#NAME?', 'dot', no('excel-error')],
  ['#NUM!', 'dot', no('excel-error')],
  ['#NULL!', 'dot', no('excel-error')],
  ['#####', 'dot', no('excel-error')],
  ['#1', 'dot', no('not-a-number')],
  ['=A1+B1', 'dot', no('formula')],
  ['=SUM(C2:C9)', 'comma', no('formula')],
  ['12/10/2021', 'dot', no('date')],
  ['12/10/2021', 'comma', no('date')],
  ['12.10.2021', 'comma', no('date')],
  ['2021-10-12', 'dot', no('date')],
  ['2021-10-12 08:30', 'dot', no('date')],
  ['12-Oct', 'dot', no('date')],
  ['1-Feb', 'comma', no('date')],
  ['Oct-21', 'dot', no('date')],
  ['12/10', 'dot', no('date')],
  ['12.10', 'dot', ok('12.1')],
  ['có', 'dot', no('not-a-number')],
  ['7,5 điểm', 'comma', no('not-a-number')],
  ['--5', 'dot', no('not-a-number')],
];

describe('parseNumber', () => {
  it.each(cases)('%j (%s)', (text, mark, expected) => {
    expect(parseNumber(text, mark)).toEqual(expected);
  });

  it('keeps the text it was given on failure', () => {
    expect(parseNumber(' #N/A ', 'dot')).toEqual({ ok: false, kind: 'excel-error', text: ' #N/A ' });
  });
});
