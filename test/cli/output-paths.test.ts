// Paths as they look (issue 20.5): a trailing / in -o names a folder, never a file to create or
// replace; a relative -o in a working folder that was removed is OUTPUT_FOLDER_MISSING, not a
// fault; a Word file or a workbook is refused to a terminal however the terminal is named.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codesIn, ROOT, runCli } from '../helpers/run-cli.js';
import { noTerminal, runInTerminal } from '../helpers/run-in-terminal.js';

const SCORES = join(ROOT, 'samples/huong-son-2021/scores.csv');
const dir = mkdtempSync(join(tmpdir(), 'cchc-paths-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a trailing / names a folder', () => {
  const notes = join(dir, 'notes');
  writeFileSync(notes, 'the clerk’s notes');
  mkdirSync(join(dir, 'folder'));

  it.each([
    ['notes/', 'OUTPUT_NOT_A_FOLDER'],
    ['notes/.', 'OUTPUT_NOT_A_FOLDER'],
    ['newdir/', 'OUTPUT_FOLDER_MISSING'],
    ['folder/', 'OUTPUT_IS_DIRECTORY'],
    ['.', 'OUTPUT_IS_DIRECTORY'],
  ])('-o %s: refused (exit 2), nothing created, the file of that name left as it was', (output, code) => {
    for (const format of ['csv', 'docx']) {
      const r = runCli(['score', '-s', SCORES, '-f', format, '-o', output], { cwd: dir });
      expect([r.code, codesIn(r.stderr), r.stdout], `${output} ${format}`).toEqual([2, [code], '']);
    }
    expect(readdirSync(dir).sort()).toEqual(['folder', 'notes']);
    expect(readdirSync(join(dir, 'folder'))).toEqual([]);
    expect(readFileSync(notes, 'utf8')).toBe('the clerk’s notes');
  });

  it('the messages say what the / means', () => {
    expect(runCli(['score', '-s', SCORES, '-o', 'notes/'], { cwd: dir }).stderr).toContain('tệp kết quả kết thúc bằng / (một thư mục), nhưng tên đó là một tệp: tệp được giữ nguyên');
    expect(runCli(['score', '-s', SCORES, '-o', 'newdir/', '--lang', 'en'], { cwd: dir }).stderr).toContain('the folder newdir/ does not exist');
  });
});

describe('a working folder removed before the run', () => {
  it('a relative -o is OUTPUT_FOLDER_MISSING (exit 2), not a fault (exit 3, uv_cwd)', () => {
    const gone = join(dir, 'gone');
    const r = spawnSync('sh', ['-c', 'mkdir "$0" && cd "$0" && rmdir "$0" && exec "$1" "$2" score -s "$3" -f csv -o ranking.csv', gone, process.execPath, join(ROOT, 'bin/cchc.js'), SCORES], { env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
    const stderr = r.stderr.toString();
    expect(r.status).toBe(2);
    expect(codesIn(stderr)).toEqual(['OUTPUT_FOLDER_MISSING']);
    expect(stderr).not.toMatch(/uv_cwd|\n\s+at /);
  });
});

const skip = noTerminal();
describe.skipIf(skip !== undefined)('binary formats and terminals', () => {
  it.each(['/dev/stdout', '/dev/stderr', '/dev/fd/1', '/dev/fd/2', '/dev/tty'])('-f docx -o %s on a terminal: refused (exit 2), no zip bytes shown', async (target) => {
    for (const format of ['docx', 'xlsx']) {
      const r = await runInTerminal(['score', '-s', SCORES, '-f', format, '-o', target], 100);
      expect(r.code, `${format} ${target}`).toBe(2);
      expect(r.text).toContain('không in ra màn hình được');
      expect(r.text).not.toContain('PK\u0003\u0004');
    }
  });

  it('to a pipe and to /dev/null the bytes go as before', () => {
    const piped = runCli(['score', '-s', SCORES, '-f', 'docx', '-o', '/dev/stdout']);
    expect(piped.code).toBe(0);
    expect(piped.stdoutBytes.subarray(0, 4)).toEqual(Buffer.from('PK\u0003\u0004', 'latin1'));
    expect(runCli(['score', '-s', SCORES, '-f', 'xlsx', '-o', '/dev/null']).code).toBe(0);
  });
});
