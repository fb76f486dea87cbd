import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
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
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

describe('-o naming an office format cchc does not write', () => {
  it.each([
    ['phu-luc.doc', 'phu-luc.docx'],
    ['PHU-LUC.DOC', 'PHU-LUC.docx'],
    ['a.odt', 'a.docx'],
    ['a.rtf', 'a.docx'],
    ['a.pdf', 'a.docx'],
    ['xep-hang.xls', 'xep-hang.xlsx'],
    ['xep-hang.ods', 'xep-hang.xlsx'],
    ['slides.pptx', 'slides.html'],
    ['slides.ppt', 'slides.html'],
  ])('score -o %s is refused, the nearest named: %s', (out, nearest) => {
    const all = ['table', 'csv', 'json', 'md', 'html', 'docx', 'xlsx'];
    expect(() => resolveFormat({ output: out }, all, 'table')).toThrow(new UsageError(`-o ${out}: cchc không ghi tệp ${out.slice(out.lastIndexOf('.'))}; lệnh này ghi được: table, csv, json, md, html, docx, xlsx. Gần nhất là ${nearest.slice(nearest.lastIndexOf('.') + 1)}: -o ${nearest}`));
    // -f does not make it writable either.
    expect(() => resolveFormat({ output: out, format: 'csv' }, all, 'table')).toThrow(UsageError);
  });

  it('the nearest that the command writes: .doc for compare (no docx, no html) → md; .xls for criteria show (no xlsx, no csv) → none named', () => {
    expect(() => resolveFormat({ output: 'r.doc', lang: 'en' }, ['table', 'csv', 'json', 'md', 'xlsx'], 'table')).toThrow('-o r.doc: cchc does not write .doc files; this command writes table, csv, json, md, xlsx. The nearest is md: -o r.md');
    expect(() => resolveFormat({ output: 'r.xls', lang: 'en' }, ['table', 'md', 'json'], 'table')).toThrow(/^-o r\.xls: cchc does not write \.xls files; this command writes table, md, json$/);
  });

  it('.txt is plain text: the text table, or the text format -f names; a binary -f is refused', () => {
    expect(resolveFormat({ output: 'r.txt' }, ['table', 'csv', 'xlsx'], 'table')).toBe('table');
    expect(resolveFormat({ output: 'r.TXT' }, ['text', 'json'], 'text')).toBe('text');
    expect(resolveFormat({ output: 'mau.txt' }, ['csv', 'xlsx'], 'csv')).toBe('csv');
    expect(resolveFormat({ output: 'r.txt', format: 'csv' }, ['table', 'csv', 'xlsx'], 'table')).toBe('csv');
    expect(() => resolveFormat({ output: 'r.txt', format: 'xlsx' }, ['table', 'csv', 'xlsx'], 'table')).toThrow(UsageError);
  });

  it('built binary: exit 2, in Vietnamese (English with --lang en), nothing written; .txt holds the table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-foreign-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const doc = join(dir, 'phu-luc.doc');
    const r = runCli(['score', ...SAMPLE, '-o', doc]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cchc không ghi tệp .doc; lệnh này ghi được: table, csv, json, md, html, docx, xlsx. Gần nhất là docx: -o ${join(dir, 'phu-luc.docx')}`);
    expect(existsSync(doc)).toBe(false);
    expect(runCli(['score', ...SAMPLE, '-o', join(dir, 'x.xls'), '--lang', 'en']).stderr).toContain('The nearest is xlsx');
    const txt = join(dir, 'bang.txt');
    expect(runCli(['score', ...SAMPLE, '-o', txt]).code).toBe(0);
    expect(readFileSync(txt, 'utf8')).toBe(runCli(['score', ...SAMPLE]).stdout);
  });
});
