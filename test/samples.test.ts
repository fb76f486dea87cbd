// Every file in samples/ is run by a test, so the examples cannot rot.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codesIn, runCli } from './helpers/run-cli.js';

const runs: Record<string, string[]> = {
  'huong-son-2021/scores.csv': ['score', '-s', 'samples/huong-son-2021/scores.csv', '-u', 'samples/huong-son-2021/survey.csv', '-f', 'csv'],
  'huong-son-2021/survey.csv': ['score', '-s', 'samples/huong-son-2021/scores.csv', '-u', 'samples/huong-son-2021/survey.csv', '-f', 'json'],
  // The units' own scores read as a scores sheet: no survey, so the index is over the appraisal part.
  'huong-son-2021/self-assessment.csv': ['score', '-s', 'samples/huong-son-2021/self-assessment.csv', '-f', 'csv'],
  // The appraisal's remarks, in every report that shows them: the HTML report's appendix here.
  'huong-son-2021/findings.csv': ['score', '-s', 'samples/huong-son-2021/scores.csv', '-u', 'samples/huong-son-2021/survey.csv', '--findings', 'samples/huong-son-2021/findings.csv', '-f', 'html'],
  'example/scores.csv': ['score', '-c', 'example', '-s', 'samples/example/scores.csv', '-f', 'csv'],
};

const files = readdirSync('samples', { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.csv'))
  .map((e) => join(e.parentPath, e.name).replace(/^samples\//, ''));

describe('samples', () => {
  it('every sample file has a run', () => {
    expect(files.sort()).toEqual(Object.keys(runs).sort());
  });
  it.each(Object.entries(runs))('%s scores without errors or warnings (but the one that says no survey was given)', (file, args) => {
    const r = runCli(args);
    if (file === 'huong-son-2021/self-assessment.csv') expect(codesIn(r.stderr)).toEqual(['SCORE_SURVEY_NOT_GIVEN']);
    else expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(100);
  });
});
