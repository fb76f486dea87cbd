// Every input goes through the one reader (issue 20.1, 20.10): a criteria file given to -c, to
// check, to criteria show or to template -c is refused when it is a device or past its limit, an
// endless pipe stops in bounded memory, stdin is read once a run, and a file too large for the
// system is said in words, never as ERR_FS_FILE_TOO_LARGE.
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codesIn, ROOT, runCli } from '../helpers/run-cli.js';

const SCORES = 'samples/huong-son-2021/scores.csv';
const SET = 'criteria/example.json';
const dir = mkdtempSync(join(tmpdir(), 'cchc-bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a run said: `check` reports on stdout (its output), the others on stderr with nothing on stdout. */
const said = (args: readonly string[], r: { stdout: string; stderr: string }): { codes: string[]; stdout: string } =>
  args[0] === 'check' ? { codes: codesIn(r.stdout + r.stderr), stdout: '' } : { codes: codesIn(r.stderr), stdout: r.stdout };

/** Every way a criteria file is read. */
const readers = (set: string): string[][] => [
  ['check', set],
  ['score', '-c', set, '-s', SCORES],
  ['criteria', 'show', set],
  ['template', '-c', set],
];

describe('a criteria file that is a device, endless or too large', () => {
  it.each(['/dev/zero', '/dev/urandom'])('%s: refused unread by every command, exit 1, nothing on stdout', (device) => {
    for (const args of readers(device)) {
      const t0 = Date.now();
      const r = runCli(args);
      expect(Date.now() - t0, args.join(' ')).toBeLessThan(10_000);
      expect([r.code, said(args, r)], args.join(' ')).toEqual([1, { codes: ['INPUT_DEVICE'], stdout: '' }]);
    }
  });

  it('an endless pipe of spaces (yes " " | cchc check -) stops at the 8 MiB of a criteria file, in bounded memory', () => {
    const r = spawnSync('sh', ['-c', `yes ' ' | "$0" "$1" check - --lang en`, process.execPath, join(ROOT, 'bin/cchc.js')], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' }, timeout: 20_000 });
    expect(r.status).toBe(1);
    const stderr = r.stdout.toString();
    expect(codesIn(stderr)).toEqual(['INPUT_TOO_LARGE']);
    expect(stderr).toContain('the input is larger than 8 MiB');
    expect(stderr).toContain('the limit of a criteria file');
  });

  it('a valid set after 9 MiB of spaces is refused by every reader; CCHC_MAX_INPUT lowers the limit', () => {
    const path = join(dir, 'padded.json');
    writeFileSync(path, Buffer.concat([Buffer.alloc(9 * 1024 * 1024, ' '), readFileSync(join(ROOT, SET))]));
    for (const args of readers(path)) {
      const r = runCli(args);
      expect([r.code, said(args, r).codes], args.join(' ')).toEqual([1, ['INPUT_TOO_LARGE']]);
    }
    const lowered = runCli(['check', SET], { env: { CCHC_MAX_INPUT: '1K' } });
    expect([lowered.code, codesIn(lowered.stdout)]).toEqual([1, ['INPUT_TOO_LARGE']]);
    expect(lowered.stdout).toContain('1K');
  });

  it('a 3 GB criteria file (sparse) is refused by its size, in words: never ERR_FS_FILE_TOO_LARGE', () => {
    const path = join(dir, 'huge.json');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 3 * 1024 ** 3);
    closeSync(fd);
    const r = runCli(['check', path], { env: { CCHC_MAX_INPUT: '8G' } });
    expect(r.code).toBe(1);
    expect(codesIn(r.stdout)).toEqual(['INPUT_TOO_LARGE']);
    expect(r.stdout).toContain('dữ liệu vào lớn hơn 8 MiB (từ 3.221.225.472 byte trở lên)');
    expect(r.stdout + r.stderr).not.toContain('ERR_FS');
  });
});

describe('standard input is read once a run', () => {
  it.each([
    [['score', '-c', '-', '-s', '-']],
    [['compare', '-', '-']],
    [['reconcile', '--self', '-', '-s', '-']],
    [['explain', 'SONNINH', '-s', '-', '--findings', '-']],
    [['check', '-', '-']],
  ])('%j: a usage error before anything is read (exit 2)', (args) => {
    const r = runCli(args, { input: readFileSync(join(ROOT, SCORES)) });
    expect(r.code).toBe(2);
    expect(said(args, r)).toEqual({ codes: ['INPUT_STDIN_TWICE'], stdout: '' });
    expect(r.stdout + r.stderr).toContain('đầu vào chuẩn (-) được chỉ cho 2 đầu vào');
  });

  it('one - among files is read as before', () => {
    const r = runCli(['score', '-c', 'ha-tinh-xa', '-s', '-', '-f', 'csv'], { input: readFileSync(join(ROOT, SCORES)) });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(runCli(['score', '-s', SCORES, '-f', 'csv']).stdout);
  });
});
