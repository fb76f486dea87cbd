// Issue 19: an option that takes one value, given twice with two values, is a usage error (exit 2)
// naming both, in the run's language; commander would keep the last one without a word. The same
// value twice changes nothing; -s, -u, --self and --findings (repeatable, issue 24) and --set are
// left as they are; flags take no value.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { SAMPLE_SCORES, SAMPLE_SURVEY } from '../helpers/sample-sheet.js';

const job = ['-s', SAMPLE_SCORES, '-u', SAMPLE_SURVEY];

describe('an option given twice', () => {
  it.each([
    [['score', ...job, '-c', 'ha-tinh-xa', '-c', 'example'], '--criteria', 'ha-tinh-xa', 'example'],
    [['score', ...job, '-f', 'csv', '--format', 'md'], '--format', 'csv', 'md'],
    [['score', ...job, '--decimal', 'dot', '--decimal', 'comma'], '--decimal', 'dot', 'comma'],
    [['score', ...job, '--date', '2021-11-26', '--date', '2021-11-27'], '--date', '2021-11-26', '2021-11-27'],
    [['explain', 'SONHA', ...job, '-o', 'a.md', '-o', 'b.md'], '--output', 'a.md', 'b.md'],
    [['compare', 'a.csv', 'b.csv', '--title', 'A', '--title', 'B'], '--title', 'A', 'B'],
    [['template', '-c', 'ha-tinh-xa', '-c', 'example'], '--criteria', 'ha-tinh-xa', 'example'],
    [['check', 'criteria/example.json', '--format', 'text', '--format', 'json'], '--format', 'text', 'json'],
  ])('%j: exit 2, both values named, nothing read or written', (args, option, first, second) => {
    const r = runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`cchc: tùy chọn ${option} chỉ nhận một giá trị nhưng được cho hai lần ("${first}" và "${second}"); hãy giữ một`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('in English', () => {
    const r = runCli(['score', ...job, '-c', 'ha-tinh-xa', '--criteria', 'example', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cchc: option --criteria takes one value but was given twice ("ha-tinh-xa" and "example"); keep one\nFor help: cchc score --help\n');
  });

  it('the same value twice changes nothing', () => {
    const once = runCli(['score', ...job, '-f', 'csv']);
    const twice = runCli(['score', ...job, '-f', 'csv', '-f', 'csv', '--lang', 'vi', '--lang', 'vi']);
    expect(twice.code).toBe(0);
    expect(twice.stdout).toBe(once.stdout);
  });

  it('-s and -u given twice are left as they are (issue 24 makes them repeatable)', () => {
    const r = runCli(['score', '-s', SAMPLE_SCORES, '-s', SAMPLE_SCORES, '-u', SAMPLE_SURVEY, '-u', SAMPLE_SURVEY, '-f', 'csv']);
    expect(r.code).toBe(0);
  });

  it('--set is given once per cell', () => {
    const r = runCli(['explain', 'SONHA', ...job, '--set', '1.3=1', '--set', '1.4=1', '-f', 'json']);
    expect(r.code).toBe(0);
  });
});
