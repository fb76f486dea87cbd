// The library called in-process (src/index.ts): the CLI's jobs as plain data, problems as
// diagnostics, nothing printed, never an exit.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { check, compare, criteria, explain, notices, reconcile, score, template } from '../../src/index.js';
import { runCli } from '../helpers/run-cli.js';

const S = 'samples/huong-son-2021/';
const scores = `${S}scores.csv`;
const survey = `${S}survey.csv`;

let writes: string[] = [];
beforeEach(() => {
  writes = [];
  const spy = (s: NodeJS.WriteStream) => vi.spyOn(s, 'write').mockImplementation((chunk: unknown) => (writes.push(String(chunk)), true));
  spy(process.stdout);
  spy(process.stderr);
  vi.spyOn(process, 'exit').mockImplementation(() => {
    throw new Error('the library exited');
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  expect(writes).toEqual([]);
});

describe('score', () => {
  it('gives the ranking with the CLI’s names and values, the summary and the inputs', async () => {
    const r = await score({ scores, survey });
    expect(r.ok).toBe(true);
    expect(r.criteria).toEqual({ id: 'ha-tinh-xa', version: '2021', title: expect.any(String), precision: 2 });
    expect(r.ranking.slice(0, 5).map((u) => [u.rank, u.unit, u.index, u.band])).toEqual([
      [1, 'PHOCHAU', 93.64, 'Xuất sắc'], [2, 'SONKIM1', 92.5, 'Xuất sắc'], [3, 'SONKIM2', 90.69, 'Xuất sắc'], [4, 'SONTRUONG', 88.44, 'Tốt'], [5, 'SONNINH', 85, 'Tốt'],
    ]);
    // The same units and numbers as `cchc score -f json`.
    const cli = JSON.parse(runCli(['score', '-s', scores, '-u', survey, '-f', 'json']).stdout) as { units: unknown[]; summary: unknown };
    expect(r.ranking).toEqual(cli.units);
    expect(r.summary).toEqual(cli.summary);
    expect(r.inputs.map((i) => i.role)).toEqual(['criteria', 'scores', 'survey']);
    expect(r.diagnostics.every((d) => d.severity === 'info')).toBe(true);
  });

  it('renders any of the CLI’s formats, byte for byte the CLI’s', async () => {
    const r = await score({ scores, survey, format: 'csv' });
    expect(r.output).toBe(runCli(['score', '-s', scores, '-u', survey, '-f', 'csv']).stdout);
    const md = await score({ scores, survey, format: 'md', report: { date: '2021-11-26' }, lang: 'en' });
    expect(md.output).toBe(runCli(['score', '-s', scores, '-u', survey, '-f', 'md', '--date', '2021-11-26', '--lang', 'en']).stdout);
    const docx = await score({ scores, survey, format: 'docx', report: { date: '2021-11-26' } });
    expect(Buffer.from(docx.output as Uint8Array).equals(runCli(['score', '-s', scores, '-u', survey, '-f', 'docx', '--date', '2021-11-26']).stdoutBytes)).toBe(true);
  });

  it('takes bytes, and a criteria set given as data', async () => {
    const set = JSON.parse(readFileSync('criteria/ha-tinh-xa-2021.json', 'utf8')) as Record<string, unknown>;
    const r = await score({ criteria: set, scores: { bytes: readFileSync(scores), name: 'diem.csv' }, survey: { bytes: readFileSync(survey) } });
    expect(r.ranking[0]?.unit).toBe('PHOCHAU');
    expect(r.inputs.map((i) => i.file)).toEqual(['<criteria>', 'diem.csv', '<survey>']);
  });

  it('says a missing file as a diagnostic, not an exception, in the language asked for', async () => {
    const r = await score({ scores: 'no/such/file.csv', lang: 'en' });
    expect(r.ok).toBe(false);
    expect(r.ranking).toEqual([]);
    const d = r.diagnostics.find((x) => x.severity === 'error');
    expect(d).toMatchObject({ code: 'INPUT_FILE_UNREADABLE', file: 'no/such/file.csv' });
    expect(d?.message).toMatch(/not/i);
  });

  it('locates a sheet’s errors and gives no ranking', async () => {
    const [head = '', ...rows] = readFileSync(scores, 'utf8').split('\n');
    const col = head.split(',').indexOf('1.1.1');
    const bad = [head, ...rows.map((r, i) => (i === 1 ? r.split(',').map((c, j) => (j === col ? 'abc' : c)).join(',') : r))].join('\n');
    const r = await score({ scores: { bytes: new TextEncoder().encode(bad), name: 'scores.csv' } });
    expect(r.ok).toBe(false);
    expect(r.ranking).toEqual([]);
    expect(r.diagnostics.find((d) => d.severity === 'error')).toMatchObject({ file: 'scores.csv', line: 3, column: col + 1 });
  });

  it('says how sure each rank is, the same for the same seed', async () => {
    const a = await score({ scores, survey, uncertainty: { replicates: 200, seed: 7 } });
    const b = await score({ scores, survey, uncertainty: { replicates: 200, seed: 7 } });
    expect(a.ranking.map((u) => [u.rankLow, u.rankHigh])).toEqual(b.ranking.map((u) => [u.rankLow, u.rankHigh]));
    for (const u of a.ranking) expect((u.rankLow as number) <= (u.rank as number) && (u.rank as number) <= (u.rankHigh as number)).toBe(true);
    await expect(score({ scores, uncertainty: { replicates: 5 } })).rejects.toThrow(RangeError);
  });

  it('reads no environment: CCHC_MAX_INPUT is the CLI’s; a program says maxInputBytes', async () => {
    process.env['CCHC_MAX_INPUT'] = '1';
    try {
      expect((await score({ scores, survey })).ok).toBe(true);
    } finally {
      delete process.env['CCHC_MAX_INPUT'];
    }
    const small = await score({ scores, survey, maxInputBytes: 20_000 });
    expect(small.ok).toBe(false);
    expect(small.diagnostics.find((d) => d.severity === 'error')).toMatchObject({ code: 'INPUT_TOO_LARGE', file: survey });
  });

  it('throws only for a programming mistake: an unknown format', async () => {
    await expect(score({ scores, format: 'pdf' as 'csv' })).rejects.toThrow(RangeError);
  });
});

describe('explain, reconcile, compare', () => {
  it('explains a unit typed as a person types it, and what-if', async () => {
    const e = await explain({ unit: 'sơn ninh', scores, survey });
    expect(e.explained).toMatchObject({ unit: 'SONNINH', rank: 5, index: 85 });
    const w = await explain({ unit: 'SONNINH', scores, survey, set: { '3.2.1': '100%' } });
    expect(w.whatIf).toMatchObject({ unit: 'SONNINH', changes: [{ code: '3.2.1', value: '100%' }] });
    const none = await explain({ unit: 'Sơn Nin', scores, survey });
    expect(none.ok).toBe(false);
    expect(none.diagnostics.find((d) => d.severity === 'error')?.code).toBe('SCORE_UNIT_UNKNOWN');
  });

  it('reconciles the self-assessment, row by row', async () => {
    const r = await reconcile({ self: `${S}self-assessment.csv`, scores, survey });
    expect(r.ok).toBe(true);
    expect(r.rows.length).toBeGreaterThan(0);
    // Each number is rounded once from its exact value: the published difference is within a cent.
    for (const row of r.rows) expect(Math.abs((row.appraised ?? 0) - (row.self ?? 0) - (row.change ?? 0))).toBeLessThan(0.0101);
  });

  it('compares two rankings with camelCase names', async () => {
    const before = (await score({ scores: `${S}self-assessment.csv`, format: 'csv' })).output as string;
    const after = (await score({ scores, survey, format: 'csv' })).output as string;
    const enc = (s: string) => new TextEncoder().encode(s);
    const c = await compare({ before: { bytes: enc(before), name: 'truoc.csv' }, after: { bytes: enc(after), name: 'sau.csv' } });
    expect(c.ok).toBe(true);
    expect(c.rows).toHaveLength(25);
    expect(Object.keys(c.rows[0] ?? {})).toEqual(['unit', 'name', 'rankBefore', 'rankAfter', 'rankChange', 'indexBefore', 'indexAfter', 'indexChange']);
  });
});

describe('notices', () => {
  it('gives each notice’s number, file and numbers (explain’s), and its bytes as the CLI writes them', async () => {
    const findings = `${S}findings.csv`;
    const r = await notices({ scores, survey, findings, units: ['sơn ninh', 'PHOCHAU'], number: '{n+100}/TB-HĐTĐ', format: 'docx', report: { date: '2021-11-26' } });
    expect(r.ok).toBe(true);
    expect(r.notices.map((n) => [n.unit, n.number, n.file])).toEqual([['PHOCHAU', '101/TB-HĐTĐ', 'PHOCHAU.docx'], ['SONNINH', '105/TB-HĐTĐ', 'SONNINH.docx']]);
    expect(r.notices[1]?.explained).toEqual((await explain({ unit: 'SONNINH', scores, survey, findings })).explained);
    const dir = mkdtempSync(join(tmpdir(), 'cchc-api-notices-'));
    try {
      expect(runCli(['notices', '-s', scores, '-u', survey, '--findings', findings, '--unit', 'SONNINH', '--number', '{n+100}/TB-HĐTĐ', '--date', '2021-11-26', '-o', join(dir, 'out')]).code).toBe(0);
      expect(Buffer.from(r.notices[1]?.output as Uint8Array).equals(readFileSync(join(dir, 'out', 'SONNINH.docx')))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const md = await notices({ scores, survey, units: ['SONNINH'], format: 'md', combined: true, report: { date: '2021-11-26' } });
    expect(md.combined).toContain('## THÔNG BÁO');
    expect(md.notices[0]?.file).toBe('SONNINH.md');
  });

  it('an unknown unit is a diagnostic; a bad number pattern the calling program’s mistake', async () => {
    const r = await notices({ scores, units: ['Sơn Nin'] });
    expect([r.ok, r.notices, r.diagnostics.find((d) => d.severity === 'error')?.code]).toEqual([false, [], 'SCORE_UNIT_UNKNOWN']);
    await expect(notices({ scores, number: '{m}' })).rejects.toThrow(RangeError);
    await expect(notices({ scores, number: '12/TB' })).rejects.toThrow(/same number/);
  });
});

describe('check, template, criteria', () => {
  it('checks criteria files, a bundled set and a set as data', async () => {
    expect((await check('ha-tinh-xa')).ok).toBe(true);
    const bad = await check([{ format: 'cchc-criteria/1', id: 'x', version: '1', fields: [] }, 'nope.json']);
    expect(bad.ok).toBe(false);
    expect(bad.files.map((f) => f.file)).toEqual(['<criteria>', 'nope.json']);
    expect(bad.files[1]?.diagnostics.map((d) => d.code)).toEqual(['INPUT_FILE_UNREADABLE']);
  });

  it('writes the template as the CLI does', async () => {
    const t = await template({ titles: true, format: 'csv' });
    expect(t.header.slice(0, 3)).toEqual(['unit', 'name', 'group']);
    expect(t.output).toBe(runCli(['template', '--titles']).stdout);
  });

  it('lists and shows the bundled sets', async () => {
    expect(criteria.list().map((s) => `${s.id}@${s.version}`)).toEqual(['example@1', 'ha-tinh-xa@2021']);
    const shown = await criteria.show('ha-tinh-xa', { lang: 'en' });
    expect(shown.set).toMatchObject({ id: 'ha-tinh-xa', total: 100 });
  });
});
