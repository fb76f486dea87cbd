import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempNameFor, writeFileAtomic, writeThrough } from '../../src/io/write-file.js';

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
  it('writes a new file and replaces an old one with the permissions it is told to keep', async () => {
    const dir = tempDir();
    const path = join(dir, 'ranking.csv');
    await writeFileAtomic(path, 'a\r\n');
    expect(readFileSync(path, 'utf8')).toBe('a\r\n');
    chmodSync(path, 0o640);
    const st = statSync(path);
    await writeFileAtomic(path, new Uint8Array([0x62]), { mode: st.mode & 0o777, uid: st.uid, gid: st.gid });
    expect(readFileSync(path, 'utf8')).toBe('b');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['ranking.csv']);
  });

  it('removes its temporary file and leaves the target alone when the rename fails', async () => {
    const dir = tempDir();
    const target = join(dir, 'out.csv');
    // A folder in the target's place: the temporary file is written, then the rename fails.
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'old');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['out.csv']);
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('old');
  });

  it('rejects when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(tempDir(), 'missing', 'x.csv'), 'new')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('listens to SIGINT and SIGTERM only while a temporary file exists', async () => {
    const count = () => [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    const [int, term] = count() as [number, number];
    const writing = writeFileAtomic(join(tempDir(), 'x.csv'), 'x');
    expect(count()).toEqual([int + 1, term + 1]);
    await writing;
    expect(count()).toEqual([int, term]);
  });

  it('names its temporary file within 255 bytes, beside the target, whatever the name', () => {
    const long = `${'Sơn Hồng '.repeat(30)}.csv`;
    const temp = tempNameFor(join('/some/folder', long));
    expect(temp.startsWith('/some/folder/.Sơn Hồng')).toBe(true);
    expect(Buffer.byteLength(temp.slice('/some/folder/'.length))).toBeLessThanOrEqual(255);
    expect(temp).toMatch(/\.cchc-tmp$/);
  });
});

describe('writeThrough', () => {
  it('appends to what is there: a redirected file keeps its earlier lines', async () => {
    const path = join(tempDir(), 'log.txt');
    writeFileSync(path, 'earlier\n');
    await writeThrough(path, 'more\n');
    expect(readFileSync(path, 'utf8')).toBe('earlier\nmore\n');
  });
});
