import { describe, expect, it } from 'vitest';
import { decideColor } from '../../src/cli/output.js';

const cases: [string, { isTTY?: boolean }, Record<string, string>, boolean][] = [
  ['a terminal', { isTTY: true }, {}, true],
  ['a pipe', { isTTY: false }, {}, false],
  ['NO_COLOR on a terminal', { isTTY: true }, { NO_COLOR: '1' }, false],
  ['empty NO_COLOR is ignored', { isTTY: true }, { NO_COLOR: '' }, true],
  ['TERM=dumb', { isTTY: true }, { TERM: 'dumb' }, false],
  ['FORCE_COLOR into a pipe', { isTTY: false }, { FORCE_COLOR: '1' }, true],
  ['FORCE_COLOR beats NO_COLOR', { isTTY: false }, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
  ['FORCE_COLOR=0 turns it off on a terminal', { isTTY: true }, { FORCE_COLOR: '0' }, false],
];

describe('decideColor', () => {
  it.each(cases)('%s', (_name, stream, env, expected) => {
    expect(decideColor(stream, env)).toBe(expected);
  });
});
