// Inputs that never end, are far too big, or come through a pipe: refused early with a located
// message (exit 1), or read once as a stream with exactly the result the same bytes in a file give.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codesIn, runCli, runCliAsync } from '../helpers/run-cli.js';

const SCORES = 'samples/huong-son-2021/scores.csv';
const SURVEY = 'samples/huong-son-2021/survey.csv';
const dir = mkdtempSync(join(tmpdir(), 'cchc-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inputs that never end or are far too big', () => {
  it.each(['/dev/zero', '/dev/urandom'])('%s is a device: refused at once, exit 1, no stack trace', (device) => {
    const t0 = Date.now();
    const r = runCli(['score', '-s', SCORES, '-u', device]);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toEqual(['INPUT_DEVICE']);
    expect(r.stderr).toContain(device);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a file past CCHC_MAX_INPUT is refused before it is read; an unreadable limit is a usage error', () => {
    const r = runCli(['score', '-s', SCORES, '-u', SURVEY], { env: { CCHC_MAX_INPUT: '1K' } });
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toContain('INPUT_TOO_LARGE');
    expect(r.stderr).toContain('CCHC_MAX_INPUT');
    const bad = runCli(['score', '-s', SCORES], { env: { CCHC_MAX_INPUT: 'lots' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('CCHC_MAX_INPUT=lots');
  });

  it('an endless pipe of text stops at CCHC_MAX_INPUT; an endless pipe of zeros at once (bounded memory)', async () => {
    const endless = async (source: string, env: Record<string, string> = {}) => {
      const fifo = join(dir, `endless-${source.length}.fifo`);
      spawnSync('mkfifo', [fifo]);
      const writer = spawn('sh', ['-c', `${source} > "$0"`, fifo], { stdio: 'ignore' });
      const r = await runCliAsync(['score', '-s', SCORES, '-u', fifo], { env });
      writer.kill();
      return r;
    };
    const text = await endless("yes 'SONKIM1,R1,Đại biểu HĐND,A,A,A,A,A,A,A,A,A,A,A,A'", { CCHC_MAX_INPUT: '20M' });
    expect(text.code).toBe(1);
    expect(codesIn(text.stderr)).toContain('INPUT_TOO_LARGE');
    const zeros = await endless('cat /dev/zero');
    expect(zeros.code).toBe(1);
    expect(codesIn(zeros.stderr)).toEqual(['INPUT_NOT_CSV']);
  });
});

describe('pipes', () => {
  const clean = runCli(['score', '-s', SCORES, '-u', SURVEY, '-f', 'csv']);

  it('a named pipe fed slowly by another process gives exactly what the file gives', async () => {
    const fifo = join(dir, 'slow.fifo');
    spawnSync('mkfifo', [fifo]);
    // Lines in four parts, a pause between them: the reader sees short, broken reads.
    const writer = spawn('sh', ['-c', 'split -n l/4 --filter="cat; sleep 0.3" "$0" > "$1"', SURVEY, fifo], { stdio: 'ignore' });
    const r = await runCliAsync(['score', '-s', SCORES, '-u', fifo, '-f', 'csv']);
    writer.kill();
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(clean.stdout);
  });

  it('stdin (-s -) gives what the file gives', () => {
    const r = runCli(['score', '-s', '-', '-u', SURVEY, '-f', 'csv'], { input: readFileSync(SCORES) });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(clean.stdout);
  });

  it('a bad byte far down a UTF-8 survey is one error at its line and cell, said as a byte that is not UTF-8, not a whole file misread', () => {
    const bytes = Buffer.from(readFileSync(SURVEY));
    const at = bytes.indexOf('SONMY');
    bytes[at + 2] = 0xff;
    const path = join(dir, 'one-bad-byte.csv');
    writeFileSync(path, bytes);
    const line = bytes.subarray(0, at).toString('latin1').split('\n').length;
    const r = runCli(['score', '-s', SCORES, '-u', path]);
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toEqual(['INPUT_UTF8_INVALID']);
    expect(r.stderr).toContain(path);
    expect(r.stderr).toMatch(new RegExp(`^\\s+${line}:1\\s+lỗi  byte không hợp lệ trong UTF-8 \\(FF\\), ở ký tự thứ 3 của dòng`, 'm'));
  });
});
