import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readInput, writeFileAtomic } from '../../src/io/write-file.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'cchc-io-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an old one, keeping its permissions', () => {
    const dir = tempDir();
    const path = join(dir, 'ranking.csv');
    writeFileAtomic(path, 'a\r\n');
    expect(readFileSync(path, 'utf8')).toBe('a\r\n');
    chmodSync(path, 0o640);
    writeFileAtomic(path, new Uint8Array([0x62]));
    expect(readFileSync(path, 'utf8')).toBe('b');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['ranking.csv']);
  });

  it('removes its temporary file and leaves the target alone when the rename fails', () => {
    const dir = tempDir();
    const target = join(dir, 'out.csv');
    // A folder in the target's place: the temporary file is written, then the rename fails.
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'old');
    expect(() => writeFileAtomic(target, 'new')).toThrow();
    expect(readdirSync(dir)).toEqual(['out.csv']);
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('old');
  });

  it('throws when the folder does not exist', () => {
    expect(() => writeFileAtomic(join(tempDir(), 'missing', 'x.csv'), 'new')).toThrow();
  });
});

describe('readInput', () => {
  it('reads a file', () => {
    const path = join(tempDir(), 'scores.csv');
    writeFileSync(path, 'unit\n');
    expect(readInput(path)).toEqual({ bytes: expect.any(Uint8Array), diagnostics: [] });
  });

  it('reports a missing file', () => {
    const path = join(tempDir(), 'nope.csv');
    expect(readInput(path).diagnostics).toMatchObject([{ code: 'INPUT_FILE_UNREADABLE', severity: 'error', loc: { file: path }, args: { kind: 'missing' } }]);
  });

  it('reports a folder', () => {
    const dir = tempDir();
    expect(readInput(dir).diagnostics).toMatchObject([{ code: 'INPUT_FILE_UNREADABLE', args: { kind: 'directory' } }]);
  });
});
