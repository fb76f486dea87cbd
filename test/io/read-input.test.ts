// The one reader of every input (src/io/read-input.ts): files read whole within their limit,
// devices refused unread, pipes stopped at the limit in bounded memory, stdin once a run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { criteriaLimit, inputLimit, wholeLimit } from '../../src/io/input-limit.js';
import { hashInputFile, openInput, readInput, stdinTwice } from '../../src/io/read-input.js';
import { sha256 } from '../../src/io/sha256.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-read-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInput', () => {
  it('reads a file whole, and hashes it in chunks to the same SHA-256', () => {
    const path = join(dir, 'scores.csv');
    const text = 'unit\n' + 'x'.repeat(200_000);
    writeFileSync(path, text);
    const read = readInput(path);
    expect(read.diagnostics).toEqual([]);
    expect(Buffer.from(read.bytes ?? []).toString()).toBe(text);
    expect(hashInputFile(path)).toBe(sha256(Buffer.from(text)));
  });

  it('reports a missing file and a folder, under the name given for messages', () => {
    expect(readInput(join(dir, 'nope.csv'), 'nope.csv').diagnostics).toMatchObject([{ code: 'INPUT_FILE_UNREADABLE', severity: 'error', loc: { file: 'nope.csv' }, args: { kind: 'missing' } }]);
    expect(readInput(dir).diagnostics).toMatchObject([{ code: 'INPUT_FILE_UNREADABLE', args: { kind: 'directory' } }]);
  });

  it.each(['/dev/zero', '/dev/urandom'])('refuses the device %s before reading a byte', (device) => {
    expect(readInput(device).diagnostics).toMatchObject([{ code: 'INPUT_DEVICE', loc: { file: device } }]);
    expect(openInput(device, device)).toMatchObject({ diagnostics: [{ code: 'INPUT_DEVICE' }] });
  });

  it('refuses a file past the limit unread, naming the limit', () => {
    const path = join(dir, 'big.json');
    writeFileSync(path, ' '.repeat(5000));
    const limit = { bytes: 4096, text: '4K' };
    expect(readInput(path, 'big.json', limit).diagnostics).toEqual([{ code: 'INPUT_TOO_LARGE', severity: 'error', loc: { file: 'big.json' }, args: { size: 5000, limit: '4K' } }]);
  });

  it('stops an endless pipe at the limit, holding no more than the limit', async () => {
    const fifo = join(dir, 'endless.fifo');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    const writer = spawn('sh', ['-c', 'yes " " > "$0"', fifo], { stdio: 'ignore' });
    const read = readInput(fifo, 'endless', { bytes: 1 << 20, text: '1M' });
    writer.kill();
    expect(read.bytes).toBeUndefined();
    expect(read.diagnostics).toMatchObject([{ code: 'INPUT_TOO_LARGE', args: { limit: '1M' } }]);
    expect((read.diagnostics[0]?.args as { size: number }).size).toBeLessThanOrEqual((1 << 20) + 64 * 1024);
  });
});

describe('the limits', () => {
  it('a criteria file: 8 MiB, lowered (never raised) by CCHC_MAX_INPUT', () => {
    expect(criteriaLimit(inputLimit({}))).toEqual({ bytes: 8 * 1024 ** 2, text: '8 MiB', kind: 'criteria' });
    expect(criteriaLimit(inputLimit({ CCHC_MAX_INPUT: '8G' }))).toEqual({ bytes: 8 * 1024 ** 2, text: '8 MiB', kind: 'criteria' });
    expect(criteriaLimit(inputLimit({ CCHC_MAX_INPUT: '1M' }))).toEqual({ bytes: 1024 ** 2, text: '1M' });
  });

  it('what is held whole in one buffer is never more than the system can hold, said in words', () => {
    expect(wholeLimit(inputLimit({ CCHC_MAX_INPUT: '8G' }), 2 ** 32)).toEqual({ bytes: 2 ** 32, text: '4 GiB', kind: 'memory' });
    expect(wholeLimit(inputLimit({}), 2 ** 32)).toEqual({ bytes: 2 * 1024 ** 3, text: '2 GiB' });
  });
});

describe('stdinTwice', () => {
  it('is a usage error when - is given for two inputs of one run, whatever the roles', () => {
    expect(stdinTwice(['-', 'a.csv', undefined])).toBeUndefined();
    expect(stdinTwice(['-', ['b.csv', '-']])).toMatchObject({ code: 'INPUT_STDIN_TWICE', args: { count: 2 } });
    expect(stdinTwice(['-', '-', '-'])).toMatchObject({ args: { count: 3 } });
  });
});
