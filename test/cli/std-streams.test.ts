// The standard streams failing under cchc: stdout on a full disk, stderr whose reader has gone.
// One line where one can still be written, the run's exit code (or 1), never a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codesIn, ROOT } from '../helpers/run-cli.js';

const BIN = join(ROOT, 'bin/cchc.js');
const SAMPLE = ['-s', 'samples/huong-son-2021/scores.csv', '-u', 'samples/huong-son-2021/survey.csv'];
const env = { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' };

/** Runs cchc with its stderr a pipe whose reader is closed before cchc writes to it. */
function withStderrGone(args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr.destroy();
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout: Buffer.concat(out).toString() }));
  });
}

describe('standard streams', () => {
  it.skipIf(!existsSync('/dev/full'))('stdout on a full disk (> /dev/full): exit 1, one message, no stack trace', () => {
    for (const format of ['csv', 'table', 'json']) {
      const full = openSync('/dev/full', 'w');
      const r = spawnSync(process.execPath, [BIN, 'score', ...SAMPLE, '-f', format], { cwd: ROOT, env, stdio: ['ignore', full, 'pipe'] });
      closeSync(full);
      const stderr = r.stderr.toString();
      expect(r.status).toBe(1);
      expect(codesIn(stderr)).toEqual(['OUTPUT_WRITE_FAILED']);
      expect(stderr).toContain('<stdout>');
      expect(stderr).not.toMatch(/\n\s+at |Error:/);
    }
    const full = openSync('/dev/full', 'w');
    const help = spawnSync(process.execPath, [BIN, '--help'], { cwd: ROOT, env, stdio: ['ignore', full, 'pipe'] });
    closeSync(full);
    expect([help.status, codesIn(help.stderr.toString())]).toEqual([1, ['OUTPUT_WRITE_FAILED']]);
  });

  it('stderr closed early: the run keeps its own exit code (2 for a missing file, 1 for input errors)', async () => {
    expect((await withStderrGone(['score', '-s', 'no-such-file.csv'])).code).toBe(2);
    expect((await withStderrGone(['score', '-s', 'samples/huong-son-2021/survey.csv'])).code).toBe(1);
    expect((await withStderrGone(['score', '--no-such-option'])).code).toBe(2);
  });

  it('stderr closed early on a run that warns: the data is written whole, exit 0', async () => {
    const r = await withStderrGone(['score', '-c', 'test/fixtures/reports/mini-set/criteria.json', '-s', 'test/fixtures/reports/mini-set/scores.csv', '-f', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')).toHaveLength(5);
  });
});
