// A run that names a command sets up that command alone: its help, options and errors must be
// what the program with every command gives for it.
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';

const names = buildProgram().commands.map((c) => c.name());

describe('buildProgram(only)', () => {
  it('knows the seven commands, in the order of cchc --help', () => {
    expect(names).toEqual(['score', 'check', 'criteria', 'template', 'reconcile', 'explain', 'compare']);
  });

  it.each(names)('%s alone: the same help and options as in the whole program', (name) => {
    const whole = buildProgram().commands.find((c) => c.name() === name);
    const alone = buildProgram(name);
    expect(alone.commands.map((c) => c.name())).toEqual([name]);
    const cmd = alone.commands[0];
    expect(cmd?.helpInformation()).toBe(whole?.helpInformation());
    expect(cmd?.options.map((o) => o.flags)).toEqual(whole?.options.map((o) => o.flags));
  });

  it('any other first argument (help, an unknown word, an option) gets every command', () => {
    for (const first of ['help', 'scor', '--help', '-V', undefined]) expect(buildProgram(first).commands.map((c) => c.name())).toEqual(names);
  });
});
