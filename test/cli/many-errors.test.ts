// A file wrong on every row: hundreds of thousands of problems are collected, counted and cut
// short in the report, never a crash (spreading them into push() once overflowed the stack).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codesIn, runCli } from '../helpers/run-cli.js';

describe('many errors', () => {
  it('150,000 unknown respondent groups: exit 1, 20 shown per code, the rest counted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-many-'));
    const [header, first] = readFileSync('samples/huong-son-2021/survey.csv', 'utf8').split('\n');
    const row = first!.replace(/^(PHOCHAU,[^,]*,)("[^"]*"|[^,]*)/, '$1Nhóm lạ');
    const survey = join(dir, 'survey.csv');
    writeFileSync(survey, [header, ...Array.from({ length: 150_000 }, () => row)].join('\n'));
    const r = runCli(['score', '-s', 'samples/huong-son-2021/scores.csv', '-u', survey, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr.split('\n').filter((l) => / error .*SCORE_SURVEY_GROUP_UNKNOWN$/.test(l))).toHaveLength(20);
    // The forms left out are counted (issue 19).
    expect(new Set(codesIn(r.stderr))).toEqual(new Set(['SCORE_ROWS_COUNTED', 'SCORE_SURVEY_GROUP_UNKNOWN', 'SCORE_UNIT_ONLY_IN']));
    expect(r.stderr).toContain('… and 149980 more SCORE_SURVEY_GROUP_UNKNOWN');
  });
});
