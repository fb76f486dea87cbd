// A child with its parent's code (issue 20.7): `check` passed it, `template` then wrote one column
// for both and `score` failed on that very sheet. It is an error at the child's code in check and
// in every command that reads a set, and nothing is written.
import { describe, expect, it } from 'vitest';
import { codesIn, runCli } from '../helpers/run-cli.js';

const SET = 'test/fixtures/criteria/invalid/code-of-parent.json';
const DEEP = 'test/fixtures/criteria/invalid/code-of-ancestor-case.json';

describe('a code that a template would write twice', () => {
  it.each([SET, DEEP])('%s: an error at the child in check, score, template and criteria show', (set) => {
    for (const args of [['check', set], ['score', '-c', set, '-s', 'samples/huong-son-2021/scores.csv'], ['template', '-c', set], ['criteria', 'show', set]]) {
      const r = runCli(args);
      const said = args[0] === 'check' ? r.stdout : r.stderr;
      expect([r.code, codesIn(said).filter((c) => c !== 'CRITERIA_TOTAL')], args.join(' ')).toEqual([1, ['CRITERIA_CODE_DUPLICATE']]);
      expect(said).toMatch(/9:\d+ +lỗi/);
      if (args[0] !== 'check') expect(r.stdout).toBe('');
    }
  });
});
