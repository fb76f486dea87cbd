// The program knows its commands, in the order of cchc --help; importing it runs nothing (a test
// that imports it once printed the program's help into `npm test`).
import { describe, expect, it, vi } from 'vitest';

describe('buildProgram', () => {
  it('is imported without running: nothing written to stdout or stderr', async () => {
    const out = vi.spyOn(process.stdout, 'write');
    const err = vi.spyOn(process.stderr, 'write');
    await import('../../src/cli/main.js');
    expect(out).not.toHaveBeenCalled();
    expect(err).not.toHaveBeenCalled();
    out.mockRestore();
    err.mockRestore();
  });

  it('knows the eight commands, in the order of cchc --help', async () => {
    const { buildProgram } = await import('../../src/cli/main.js');
    expect(buildProgram().commands.map((c) => c.name())).toEqual(['score', 'check', 'criteria', 'template', 'reconcile', 'explain', 'compare', 'notices']);
  });
});
