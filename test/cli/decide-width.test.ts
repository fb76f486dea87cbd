import { describe, expect, it } from 'vitest';
import { decideWidth } from '../../src/cli/output.js';

const cases: [string, { isTTY?: boolean; columns?: number }, Record<string, string>, number | undefined][] = [
  ['a terminal: its width', { isTTY: true, columns: 100 }, { COLUMNS: '60' }, 100],
  ['a terminal that does not tell: COLUMNS', { isTTY: true, columns: 0 }, { COLUMNS: '90' }, 90],
  ['a terminal that does not tell, no COLUMNS: 80', { isTTY: true }, {}, 80],
  ['a bad COLUMNS: 80', { isTTY: true }, { COLUMNS: 'wide' }, 80],
  ['a pipe or a file: not fitted, whatever COLUMNS says', { isTTY: false }, { COLUMNS: '60' }, undefined],
];

describe('decideWidth', () => {
  it.each(cases)('%s', (_name, stream, env, expected) => {
    expect(decideWidth(stream, env)).toBe(expected);
  });
});
