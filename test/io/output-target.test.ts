// What -o names, decided before anything is written (nothing here writes): table-driven over the
// kinds of target a file system holds.
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputFiles, planOutput, writesToTerminal } from '../../src/io/output-target.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-target-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (f: string) => join(dir, f);
writeFileSync(at('in.csv'), 'unit\n');
writeFileSync(at('old.csv'), 'old');
chmodSync(at('old.csv'), 0o640);
writeFileSync(at('locked.csv'), 'x');
chmodSync(at('locked.csv'), 0o444);
symlinkSync('old.csv', at('link.csv'));
symlinkSync('in.csv', at('link-in.csv'));
symlinkSync('nowhere.csv', at('dangling.csv'));
linkSync(at('in.csv'), at('hard-in.csv'));
mkdirSync(at('pkg/criteria'), { recursive: true });
writeFileSync(at('pkg/criteria/set.json'), '{}');
const fifo = spawnSync('mkfifo', [at('out.fifo')]).status === 0;
const inputs = inputFiles([at('in.csv'), undefined, at('missing.csv')]);
const plan = (output: string) => {
  const r = planOutput(output, inputs, at('pkg'));
  return r.plan ? r.plan : { problem: r.problem?.code, args: r.problem?.args };
};

describe('planOutput', () => {
  it('knows the inputs that exist, by device and inode', () => {
    expect(inputs.map((i) => i.name)).toEqual([at('in.csv')]);
  });

  it.each([
    ['a new file', 'new.csv', { kind: 'file', path: at('new.csv') }],
    ['a file to replace, keeping its mode', 'old.csv', { kind: 'file', path: at('old.csv'), keep: expect.objectContaining({ mode: 0o640 }) }],
    ['a link: its file', 'link.csv', { kind: 'file', path: at('old.csv'), keep: expect.objectContaining({ mode: 0o640 }) }],
    ['the input', 'in.csv', { problem: 'OUTPUT_IS_INPUT', args: { input: at('in.csv') } }],
    ['a link to the input', 'link-in.csv', { problem: 'OUTPUT_IS_INPUT' }],
    ['a hard link to the input', 'hard-in.csv', { problem: 'OUTPUT_IS_INPUT' }],
    ['a link to nothing', 'dangling.csv', { problem: 'OUTPUT_LINK_BROKEN', args: { target: at('nowhere.csv') } }],
    ['a folder', '.', { problem: 'OUTPUT_IS_DIRECTORY' }],
    ['a read-only file', 'locked.csv', { problem: 'OUTPUT_READ_ONLY' }],
    ['a missing folder', 'no/such.csv', { problem: 'OUTPUT_FOLDER_MISSING', args: { folder: at('no') } }],
    ["a file in the package's folders", 'pkg/criteria/set.json', { problem: 'OUTPUT_IS_PACKAGE_FILE', args: { folder: at('pkg/criteria') } }],
    ["a new file there", 'pkg/criteria/new.json', { problem: 'OUTPUT_IS_PACKAGE_FILE' }],
    ['a file named as a folder (old.csv/)', 'old.csv/', { problem: 'OUTPUT_NOT_A_FOLDER' }],
    ['a link to a file named as a folder', 'link.csv/', { problem: 'OUTPUT_NOT_A_FOLDER' }],
    ['a new name ending in /', 'newdir/', { problem: 'OUTPUT_FOLDER_MISSING', args: { folder: at('newdir/') } }],
    ['a folder ending in /', 'pkg/', { problem: 'OUTPUT_IS_DIRECTORY' }],
    ['a folder ending in /..', 'pkg/criteria/..', { problem: 'OUTPUT_IS_DIRECTORY' }],
  ])('%s', (_name, output, expected) => {
    expect(plan(at(output))).toMatchObject(expected);
  });

  it.skipIf(!fifo)('a FIFO is written through, and is no terminal (never opened to ask)', () => {
    expect(plan(at('out.fifo'))).toEqual({ kind: 'stream', path: at('out.fifo') });
    expect(writesToTerminal({ kind: 'stream', path: at('out.fifo') })).toBe(false);
  });

  it('a file, /dev/null and a descriptor that is no terminal are no terminal', () => {
    expect(writesToTerminal({ kind: 'file', path: at('new.csv') })).toBe(false);
    if (existsSync('/dev/null')) expect(writesToTerminal({ kind: 'stream', path: '/dev/null', device: true })).toBe(false);
    const fd = openSync(at('in.csv'), 'r');
    expect(writesToTerminal({ kind: 'stream', path: at('in.csv'), fd })).toBe(false);
    closeSync(fd);
  });

  it.skipIf(!existsSync('/dev/null'))('a character device is written through, /dev/stdout is stdout itself', () => {
    expect(plan('/dev/null')).toEqual({ kind: 'stream', path: '/dev/null', device: true });
    if (existsSync('/proc/self/fd')) {
      expect(plan('/dev/stdout')).toEqual({ kind: 'stdout' });
      expect(plan('/proc/self/fd/2')).toEqual({ kind: 'stream', path: '/proc/self/fd/2', fd: 2 });
    }
  });
});
