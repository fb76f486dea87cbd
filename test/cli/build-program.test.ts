// The program knows its seven commands, in the order of cchc --help.
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';

describe('buildProgram', () => {
  it('knows the seven commands, in the order of cchc --help', () => {
    expect(buildProgram().commands.map((c) => c.name())).toEqual(['score', 'check', 'criteria', 'template', 'reconcile', 'explain', 'compare']);
  });
});
