import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveFormat } from '../../src/cli/output-format.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { runCli } from '../helpers/run-cli.js';

const SAMPLE = ['-s', 'samples/huong-son-2021/scores.csv', '-u', 'samples/huong-son-2021/survey.csv'];
const FORMATS = ['table', 'csv', 'json', 'md', 'html'];

describe('resolveFormat', () => {
  it.each([
    [{}, 'table'],
    [{ output: '-' }, 'table'],
    [{ output: 'ranking.csv' }, 'csv'],
    [{ output: 'RANKING.CSV' }, 'csv'],
    [{ output: 'r.json' }, 'json'],
    [{ output: 'r.markdown' }, 'md'],
    [{ output: 'bao-cao.htm' }, 'html'],
    [{ output: 'r.txt' }, 'table'],
    [{ output: 'r' }, 'table'],
    [{ format: 'md', output: 'r.txt' }, 'md'],
    [{ format: 'csv', output: 'r.csv' }, 'csv'],
  ])('%j → %s', (o, want) => expect(resolveFormat(o, FORMATS, 'table')).toBe(want));

  it('refuses -f that disagrees with the extension, and an extension the command cannot write', () => {
    expect(() => resolveFormat({ format: 'csv', output: 'r.json' }, FORMATS, 'table')).toThrow(UsageError);
    expect(() => resolveFormat({ output: 'annex.docx' }, FORMATS, 'table')).toThrow(/docx/);
    expect(() => resolveFormat({ output: 'annex.docx', lang: 'en' }, FORMATS, 'table')).toThrow(/cannot write docx/);
  });
});

describe('-o without -f takes the format from the extension (built binary)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-ext-'));

  it('score -o ranking.csv writes the contract CSV, not the terminal table', () => {
    const out = join(dir, 'ranking.csv');
    const r = runCli(['score', ...SAMPLE, '-o', out]);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\ufeffrank,unit,name,group,')).toBe(true);
    expect(text).toBe(runCli(['score', ...SAMPLE, '-f', 'csv']).stdout);
  });

  it('score -o r.json writes JSON; explain -o x.md writes Markdown', () => {
    const json = join(dir, 'r.json');
    expect(runCli(['score', ...SAMPLE, '-o', json]).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8')).units).toHaveLength(25);
    const md = join(dir, 'x.md');
    expect(runCli(['explain', 'SONNINH', ...SAMPLE, '-o', md]).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toMatch(/^#/m);
  });

  it('-f that disagrees with the extension is a usage error (exit 2), in Vietnamese, and writes nothing', () => {
    const out = join(dir, 'clash.json');
    const r = runCli(['score', ...SAMPLE, '-f', 'csv', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('mâu thuẫn');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    expect(runCli(['score', ...SAMPLE, '-f', 'csv', '-o', out, '--lang', 'en']).stderr).toContain('disagrees');
  });

  it('an extension the command cannot write is a usage error naming the formats', () => {
    const r = runCli(['compare', 'a.csv', 'b.csv', '-o', join(dir, 'c.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('table, csv, json, md');
  });
});
