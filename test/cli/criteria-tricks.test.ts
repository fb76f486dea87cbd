// Criteria files written to trick the checker, run through the CLI: labels named after
// Object.prototype's keys are scored, not dropped; numbers are checked as written; a file nested
// without end or not in UTF-8 is one located error, never a stack trace.
import { describe, expect, it } from 'vitest';
import { codesIn, runCli } from '../helpers/run-cli.js';

const CRITERIA = 'test/fixtures/criteria';

describe('criteria files that try to trick the checker', () => {
  it('levels, answers, questions and groups named __proto__, constructor, prototype are scored like any other', () => {
    const r = runCli(['score', '-c', `${CRITERIA}/valid/proto-keys.json`, '-s', 'test/fixtures/reports/proto-keys/scores.csv', '-u', 'test/fixtures/reports/proto-keys/survey.csv', '-f', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // X: level __proto__ (70) and the survey: group __proto__ 2.5/3, group constructor 1/2, shares 1:1 → 2/3 of 30.
    expect(r.stdout.replace(/^\ufeff/, '').split('\r\n').map((l) => l.split(',').slice(0, 9).join(','))).toEqual([
      'rank,unit,name,group,appraisal,survey,bonus,penalty,total',
      '1,X,,,70.00,20.00,0.00,0.00,90.00',
      '2,Y,,,35.00,15.00,0.00,0.00,50.00',
      '3,W,,,0.00,30.00,0.00,0.00,30.00',
      '4,Z,,,10.00,0.00,0.00,0.00,10.00',
      '',
    ]);
  });

  it('a max a double would round is a mismatch, shown as written', () => {
    const r = runCli(['check', `${CRITERIA}/invalid/max-sum-long-decimal.json`, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('7:27');
    expect(r.stdout).toContain('max 30.000000000000000000000000000001 differs from the sum of its children\'s, 30');
  });

  it('nesting past the limit and bytes that are not UTF-8: one located error each, exit 1', () => {
    const deep = runCli(['check', `${CRITERIA}/invalid/too-deep.json`, `${CRITERIA}/encoding/windows-1258.json`]);
    expect(deep.code).toBe(1);
    expect(codesIn(deep.stdout)).toEqual(['CRITERIA_ENCODING_INVALID', 'CRITERIA_JSON_TOO_DEEP']);
    expect(deep.stdout).toMatch(/5:14 .*CRITERIA_ENCODING_INVALID/);
    expect(deep.stdout).toMatch(/6:102 .*CRITERIA_JSON_TOO_DEEP/);
    const score = runCli(['score', '-c', `${CRITERIA}/encoding/windows-1258.json`, '-s', 'samples/huong-son-2021/scores.csv']);
    expect(score.code).toBe(1);
    expect(codesIn(score.stderr)).toEqual(['CRITERIA_ENCODING_INVALID']);
    expect(score.stderr).not.toMatch(/\n\s+at /);
  });
});
