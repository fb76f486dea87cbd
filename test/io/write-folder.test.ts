// A folder of files written whole or not at all: into a new or an empty folder; a failure part way
// (a file that cannot be written) leaves no folder and no temporary folder; what is not a new or
// empty folder is refused before anything is written.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inputFiles } from '../../src/io/output-target.js';
import { FolderNotEmptyError, planFolder, writeFolderAtomic } from '../../src/io/write-folder.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'cchc-folder-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const files = [
  { name: 'A.docx', data: new Uint8Array([1, 2, 3]) },
  { name: 'B.md', data: 'b' },
];

describe('planFolder and writeFolderAtomic', () => {
  it('a new folder: every file in it, nothing beside it', async () => {
    const dir = tempDir();
    const { plan, problem } = planFolder(join(dir, 'out'), []);
    expect(problem).toBeUndefined();
    await writeFolderAtomic(plan as NonNullable<typeof plan>, files);
    expect(readdirSync(dir)).toEqual(['out']);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['A.docx', 'B.md']);
    expect(readFileSync(join(dir, 'out', 'B.md'), 'utf8')).toBe('b');
  });

  it('an empty folder is filled and keeps its permissions', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out'), { mode: 0o750 });
    const { plan } = planFolder(join(dir, 'out'), []);
    expect(plan?.keepMode).toBe(statSync(join(dir, 'out')).mode & 0o7777);
    await writeFolderAtomic(plan as NonNullable<typeof plan>, files);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['A.docx', 'B.md']);
    expect(statSync(join(dir, 'out')).mode & 0o7777).toBe(plan?.keepMode);
  });

  it('a file that cannot be written part way: no folder, no temporary folder', async () => {
    const dir = tempDir();
    const { plan } = planFolder(join(dir, 'out'), []);
    // Two files of one name: the second is refused (written exclusively), after the first was written.
    await expect(writeFolderAtomic(plan as NonNullable<typeof plan>, [...files, files[0] as (typeof files)[number]])).rejects.toThrow(/EEXIST/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a folder that filled up after it was planned: FolderNotEmptyError, its file left alone', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out'));
    const { plan } = planFolder(join(dir, 'out'), []);
    writeFileSync(join(dir, 'out', 'late.txt'), 'late');
    await expect(writeFolderAtomic(plan as NonNullable<typeof plan>, files)).rejects.toBeInstanceOf(FolderNotEmptyError);
    expect(readdirSync(dir)).toEqual(['out']);
    expect(readdirSync(join(dir, 'out'))).toEqual(['late.txt']);
  });

  it.each([
    ['a file', (d: string) => (writeFileSync(join(d, 'x'), 'x'), join(d, 'x')), 'OUTPUT_NOT_A_FOLDER'],
    ['a folder that holds something', (d: string) => (mkdirSync(join(d, 'x')), writeFileSync(join(d, 'x', 'y'), ''), join(d, 'x')), 'OUTPUT_FOLDER_NOT_EMPTY'],
    ['a folder inside a missing one', (d: string) => join(d, 'no', 'x'), 'OUTPUT_FOLDER_MISSING'],
    ['a link to nothing', (d: string) => (symlinkSync(join(d, 'nowhere'), join(d, 'x')), join(d, 'x')), 'OUTPUT_LINK_BROKEN'],
    ['a name over 255 bytes', (d: string) => join(d, 'ắ'.repeat(90)), 'OUTPUT_NAME_TOO_LONG'],
  ])('refuses %s', (_, make, code) => {
    const dir = tempDir();
    expect(planFolder(make(dir), []).problem?.code).toBe(code);
  });

  it('refuses an input, and cchc\'s own folders', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'scores.csv'), 'unit\n');
    expect(planFolder(join(dir, 'scores.csv'), inputFiles([join(dir, 'scores.csv')])).problem?.code).toBe('OUTPUT_IS_INPUT');
    mkdirSync(join(dir, 'samples'));
    expect(planFolder(join(dir, 'samples', 'new'), [], dir).problem?.code).toBe('OUTPUT_IS_PACKAGE_FILE');
    expect(planFolder(join(dir, 'samples'), [], dir).problem?.code).toBe('OUTPUT_IS_PACKAGE_FILE');
  });
});
