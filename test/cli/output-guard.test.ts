// -o never destroys an input, whatever name it is given, and never replaces what is not a
// regular file: every writing command goes through one guard. Permissions are tested as an
// unprivileged user (root may write anything); device and descriptor targets too, so that a
// regression shows as a refusal instead of replacing /dev/null or /dev/stdout on the test machine.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codesIn, ROOT, runCli, runCliAs, unprivileged } from '../helpers/run-cli.js';

const SAMPLE = join(ROOT, 'samples/huong-son-2021');
const user = unprivileged();
const asUser = 'prefix' in user ? user : undefined;
const skipUser = 'reason' in user ? `skipped: ${user.reason}` : '';

/** A folder anyone may use (the unprivileged user too), with copies of the sample inputs and two rankings. */
function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-guard-'));
  chmodSync(dir, 0o777);
  for (const f of ['scores.csv', 'survey.csv', 'self-assessment.csv']) copyFileSync(join(SAMPLE, f), join(dir, f));
  copyFileSync(join(ROOT, 'criteria/ha-tinh-xa-2021.json'), join(dir, 'criteria.json'));
  runCli(['score', '-s', 'self-assessment.csv', '-f', 'csv', '-o', 'before.csv'], { cwd: dir });
  runCli(['score', '-s', 'scores.csv', '-u', 'survey.csv', '-f', 'csv', '-o', 'after.csv'], { cwd: dir });
  return dir;
}
const INPUTS = ['scores.csv', 'survey.csv', 'self-assessment.csv', 'criteria.json', 'before.csv', 'after.csv'];
const snapshot = (dir: string) => INPUTS.map((f) => readFileSync(join(dir, f)).toString('base64'));

/** Every command that writes, with the inputs it reads. */
const COMMANDS: [string, string[], string[]][] = [
  ['score', ['score', '-c', 'criteria.json', '-s', 'scores.csv', '-u', 'survey.csv', '-f', 'csv'], ['scores.csv', 'survey.csv', 'criteria.json']],
  ['template', ['template', '-c', 'criteria.json'], ['criteria.json']],
  ['reconcile', ['reconcile', '-c', 'criteria.json', '--self', 'self-assessment.csv', '-s', 'scores.csv', '-f', 'csv'], ['self-assessment.csv', 'scores.csv', 'criteria.json']],
  ['explain', ['explain', 'SONNINH', '-c', 'criteria.json', '-s', 'scores.csv', '-u', 'survey.csv', '-f', 'json'], ['scores.csv', 'survey.csv', 'criteria.json']],
  ['compare', ['compare', 'before.csv', 'after.csv', '-f', 'csv'], ['before.csv', 'after.csv']],
];

const refused = (r: { code: number | null; stderr: string }, code: string) => {
  expect(r.code).toBe(2);
  expect(codesIn(r.stderr)).toEqual([code]);
  expect(r.stderr).not.toMatch(/\n\s+at |cchc-tmp/);
};

describe('-o never names an input, under any name', () => {
  const dir = workDir();
  mkdirSync(join(dir, 'sub'));
  symlinkSync('..', join(dir, 'sub/up'));
  const original = snapshot(dir);

  it.each(COMMANDS.flatMap(([name, args, inputs]) => inputs.map((input) => [name, input, args] as const)))('%s: -o a link to its input %s', (_name, input, args) => {
    const link = `link-${Math.random().toString(36).slice(2)}`;
    symlinkSync(input, join(dir, link));
    refused(runCli([...args, '-o', link], { cwd: dir }), 'OUTPUT_IS_INPUT');
    expect(snapshot(dir)).toEqual(original);
  });

  it.each([
    ['the same path', 'scores.csv'],
    ['its absolute path', join(dir, 'scores.csv')],
    ['a path through a linked folder', 'sub/up/scores.csv'],
    ['a path with .. and .', './sub/../scores.csv'],
    ['/proc/self/cwd', '/proc/self/cwd/scores.csv'],
  ])('%s', (_name, output) => {
    if (output.startsWith('/proc') && !existsSync('/proc/self/cwd')) return;
    refused(runCli(['score', '-s', 'scores.csv', '-o', output], { cwd: dir }), 'OUTPUT_IS_INPUT');
    expect(snapshot(dir)).toEqual(original);
  });

  it('a hard link (same device and inode)', () => {
    linkSync(join(dir, 'scores.csv'), join(dir, 'hard.csv'));
    refused(runCli(['score', '-s', 'scores.csv', '-o', 'hard.csv'], { cwd: dir }), 'OUTPUT_IS_INPUT');
    expect(snapshot(dir)).toEqual(original);
  });

  it('another case of the name on a case-insensitive disk', () => {
    writeFileSync(join(dir, 'case-probe'), '');
    if (!existsSync(join(dir, 'CASE-PROBE'))) return void console.log('skipped: the temporary folder is on a case-sensitive file system');
    refused(runCli(['score', '-s', 'scores.csv', '-o', 'SCORES.CSV'], { cwd: dir }), 'OUTPUT_IS_INPUT');
  });

  it('stdin read from the file, -o /dev/stdin or stdout appended to it', () => {
    const run = (args: string[], stdout: 'pipe' | number) => {
      const input = openSync(join(dir, 'scores.csv'), 'r');
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/cchc.js'), ...args], { cwd: dir, stdio: [input, stdout, 'pipe'], env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
      closeSync(input);
      return { code: r.status, stderr: r.stderr.toString() };
    };
    refused(run(['score', '-s', '-', '-o', '/dev/stdin'], 'pipe'), 'OUTPUT_IS_INPUT');
    const appended = openSync(join(dir, 'scores.csv'), 'a');
    refused(run(['score', '-s', '-'], appended), 'OUTPUT_IS_INPUT');
    closeSync(appended);
    expect(snapshot(dir)).toEqual(original);
  });

  it("cchc's own files: a bundled criteria set (by path or through a link), a sample", () => {
    const bundled = join(ROOT, 'criteria/ha-tinh-xa-2021.json');
    const before = readFileSync(bundled);
    // (template's -o names a CSV or a workbook: a .json path is refused before, by its extension.)
    refused(runCli(['score', '-s', 'scores.csv', '-o', bundled], { cwd: dir }), 'OUTPUT_IS_PACKAGE_FILE');
    symlinkSync(bundled, join(dir, 'bundled.json'));
    refused(runCli(['score', '-s', 'scores.csv', '-o', 'bundled.json'], { cwd: dir }), 'OUTPUT_IS_PACKAGE_FILE');
    expect(runCli(['template', '-o', bundled]).code).toBe(2);
    refused(runCli(['score', '-s', 'scores.csv', '-f', 'csv', '-o', join(SAMPLE, 'new.csv')], { cwd: dir }), 'OUTPUT_IS_PACKAGE_FILE');
    expect(readFileSync(bundled)).toEqual(before);
    expect(existsSync(join(SAMPLE, 'new.csv'))).toBe(false);
  });
});

describe('-o that is not a plain file, or may not be written', () => {
  const dir = workDir();
  const scores = ['score', '-s', 'scores.csv', '-u', 'survey.csv', '-f', 'csv'];
  const expected = runCli(scores, { cwd: dir }).stdoutBytes;
  const noTemp = () => expect(readdirSync(dir).filter((f) => f.includes('cchc-tmp'))).toEqual([]);

  it('a FIFO read slowly by another process gets every byte and stays a FIFO', () => {
    const fifo = join(dir, 'out.fifo');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return void console.log('skipped: mkfifo is not available');
    const big = [...scores.slice(0, -2), '-f', 'json'];
    const r = spawnSync('/bin/sh', ['-c', `(sleep 0.3; cat out.fifo | (sleep 0.3; cat) > got.json) & node ${join(ROOT, 'bin/cchc.js')} ${big.join(' ')} -o out.fifo; echo "status=$?"; wait`], { cwd: dir, env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
    expect(r.stdout.toString()).toContain('status=0');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readFileSync(join(dir, 'got.json'))).toEqual(runCli(big, { cwd: dir }).stdoutBytes);
  });

  it('a link is written through to its file: the link stays, the file keeps its permissions', () => {
    writeFileSync(join(dir, 'real.csv'), 'old');
    chmodSync(join(dir, 'real.csv'), 0o640);
    symlinkSync('real.csv', join(dir, 'latest.csv'));
    const r = runCli([...scores, '-o', 'latest.csv'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'latest.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.csv'))).toEqual(expected);
    expect(statSync(join(dir, 'real.csv')).mode & 0o777).toBe(0o640);
    noTemp();
  });

  it('a link to nothing, a folder, a missing folder: exit 2 naming -o, nothing created', () => {
    symlinkSync('nowhere.csv', join(dir, 'dangling.csv'));
    refused(runCli([...scores, '-o', 'dangling.csv'], { cwd: dir }), 'OUTPUT_LINK_BROKEN');
    expect(existsSync(join(dir, 'nowhere.csv'))).toBe(false);
    refused(runCli([...scores, '-o', '.'], { cwd: dir }), 'OUTPUT_IS_DIRECTORY');
    const missing = runCli([...scores, '-o', 'no-such-folder/ranking.csv'], { cwd: dir });
    refused(missing, 'OUTPUT_FOLDER_MISSING');
    expect(missing.stderr).toContain('no-such-folder/ranking.csv');
    noTemp();
  });

  it('a read-only file is refused, not replaced (as root too)', () => {
    writeFileSync(join(dir, 'locked.csv'), 'keep me');
    chmodSync(join(dir, 'locked.csv'), 0o444);
    refused(runCli([...scores, '-o', 'locked.csv'], { cwd: dir }), 'OUTPUT_READ_ONLY');
    expect(readFileSync(join(dir, 'locked.csv'), 'utf8')).toBe('keep me');
  });

  it('a file name of 255 bytes is written, and its temporary file fits beside it; a longer one is exit 2', () => {
    const stem = 'Xã-Sơn-Hồng-'.repeat(15);
    const name = `${stem}${'x'.repeat(251 - Buffer.byteLength(stem))}.csv`;
    expect(Buffer.byteLength(name)).toBe(255);
    expect(runCli([...scores, '-o', name], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, name))).toEqual(expected);
    refused(runCli([...scores, '-o', `${name}x`], { cwd: dir }), 'OUTPUT_NAME_TOO_LONG');
    noTemp();
  });

  it('a folder removed while the run reads is exit 2 naming -o', () => {
    // 1,000 units (the sample 40 times): the run is still reading when the folder goes.
    const [header, ...rows] = readFileSync(join(SAMPLE, 'scores.csv'), 'utf8').trimEnd().split('\n');
    writeFileSync(join(dir, 'many.csv'), [header, ...Array.from({ length: 40 }, (_, k) => rows.map((r) => r.replace(/^([A-Z0-9]+),/, `$1-${k},`))).flat()].join('\n'));
    mkdirSync(join(dir, 'gone'));
    const r = spawnSync('/bin/sh', ['-c', `node ${join(ROOT, 'bin/cchc.js')} score -s many.csv -f json -o gone/r.json & sleep 0.1; rm -rf gone; wait $!; echo "status=$?"`], { cwd: dir, env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
    expect(r.stdout.toString()).toContain('status=2');
    // (The scores alone: the warning that no survey was given comes with it when the folder goes after the read.)
    expect(codesIn(r.stderr.toString()).filter((c) => c !== 'SCORE_SURVEY_NOT_GIVEN')).toEqual(['OUTPUT_FOLDER_MISSING']);
    expect(r.stderr.toString()).toContain('gone/r.json');
  });

  describe.skipIf(!asUser)(`as an unprivileged user ${skipUser}`, () => {
    const run = (args: string[]) => runCliAs(asUser!, args, { cwd: dir });
    it('a file the user may not write is refused and left as it was', () => {
      writeFileSync(join(dir, 'theirs.csv'), 'not yours');
      chmodSync(join(dir, 'theirs.csv'), 0o644);
      chownSync(join(dir, 'theirs.csv'), 0, 0);
      if (asUser!.uid === 0) return;
      refused(run([...scores, '-o', 'theirs.csv']), 'OUTPUT_READ_ONLY');
      expect(readFileSync(join(dir, 'theirs.csv'), 'utf8')).toBe('not yours');
    });

    it('a folder the user may not write in is exit 2 naming -o, never the temporary file', () => {
      mkdirSync(join(dir, 'locked'));
      chmodSync(join(dir, 'locked'), 0o555);
      const r = run([...scores, '-o', 'locked/ranking.csv']);
      refused(r, 'OUTPUT_FOLDER_NOT_WRITABLE');
      expect(r.stderr).toContain('locked/ranking.csv');
    });

    it('/dev/stdout is written through: a file redirected with >> keeps what it held', () => {
      writeFileSync(join(dir, 'log.txt'), 'earlier line\n');
      const out = openSync(join(dir, 'log.txt'), 'a');
      const [cmd, ...pre] = asUser!.prefix.length ? asUser!.prefix : [process.execPath];
      const argv = [...(asUser!.prefix.length ? [...pre, process.execPath] : []), join(ROOT, 'bin/cchc.js'), ...scores, '-o', '/dev/stdout'];
      const r = spawnSync(cmd as string, argv, { cwd: dir, stdio: ['ignore', out, 'pipe'] });
      closeSync(out);
      expect(r.status).toBe(0);
      expect(readFileSync(join(dir, 'log.txt'))).toEqual(Buffer.concat([Buffer.from('earlier line\n'), expected]));
    });

    it('/dev/null is written through and stays a device; /dev/full is exit 1 with one message', () => {
      expect(run([...scores, '-o', '/dev/null']).code).toBe(0);
      expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
      if (!existsSync('/dev/full')) return;
      const r = run([...scores, '-o', '/dev/full']);
      expect(r.code).toBe(1);
      expect(codesIn(r.stderr)).toEqual(['OUTPUT_WRITE_FAILED']);
      expect(r.stderr).toContain('ENOSPC');
      expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
    });
  });
});
