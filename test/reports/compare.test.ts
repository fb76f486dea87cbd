import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Rational } from '../../src/numbers/rational.js';
import { compareRankings } from '../../src/scoring/compare-rankings.js';
import type { RankingEntry } from '../../src/scoring/compare-rankings.js';
import { FIXTURES, ROOT, SAMPLE, cchc, codesIn, csvRows, rankingByUnit } from './helpers/run-cchc.js';

const MERGED = `${FIXTURES}/compare-merged-communes`;

describe('compareRankings', () => {
  const e = (unit: string, rank: number | undefined, index: string): RankingEntry => ({ unit, name: '', places: 2, line: 2, index: Rational.parse(index)!, ...(rank === undefined ? {} : { rank }) });
  it('after-file order, unranked after, units only in the before file last; changes exact', () => {
    const { rows } = compareRankings([e('A', 1, '90.1'), e('B', 2, '80.2'), e('GONE', 3, '70')], [e('b', 1, '90.3'), e('NEW', undefined, '60'), e('a', 2, '89.9')]);
    expect(rows.map((r) => [r.unit, r.rankChange ?? null, r.indexChange?.toString() ?? null])).toEqual([
      ['b', 1, '10.1'], ['a', -1, '-0.2'], ['NEW', null, null], ['GONE', null, null],
    ]);
  });
});

describe('cchc compare on two small rankings (merged communes, decimal comma, `;`)', () => {
  it('csv: exact bytes of the hand-made expectation', () => {
    const r = cchc(['compare', `${MERGED}/before.csv`, `${MERGED}/after.csv`, '-f', 'csv']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, MERGED, 'expected.csv'), 'utf8'));
    // The merged and new communes, each file's, are named in a warning (issue 19); nothing else is said.
    expect(codesIn(r.stderr)).toEqual(['SCORE_COMPARE_UNMATCHED']);
  });

  it('json: numbers, null on the missing side, the inputs with their SHA-256', () => {
    const doc = JSON.parse(cchc(['compare', `${MERGED}/before.csv`, `${MERGED}/after.csv`, '-f', 'json']).stdout) as { meta: { inputs: { role: string; sha256: string }[] }; rows: Record<string, unknown>[] };
    expect(doc.rows[0]).toEqual({ unit: 'binh', name: 'Xã Bình', rank_before: 2, rank_after: 1, rank_change: 1, index_before: 85.25, index_after: 91, index_change: 5.75 });
    expect(doc.rows[2]).toEqual({ unit: 'X12', name: 'Xã Một Hai', rank_before: null, rank_after: 3, rank_change: null, index_before: null, index_after: 80.5, index_change: null });
    expect(doc.meta.inputs.map((i) => i.role)).toEqual(['before', 'after']);
    expect(doc.meta.inputs[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('table says which file a unit is only in; --lang en', () => {
    const r = cchc(['compare', `${MERGED}/before.csv`, `${MERGED}/after.csv`, '--lang', 'en']);
    expect(r.stdout).toMatch(/│ X12\s+│ Xã Một Hai\s+│\s+│\s+3 │\s+only in after │/);
    expect(r.stdout).toMatch(/│ X1\s+│ Xã Một\s+│\s+3 │\s+│\s+only in before │/);
    expect(r.stdout).toMatch(/│ binh\s+│ Xã Bình\s+│\s+2 │\s+1 │\s+\+1 │\s+85\.25 │\s+91\.00 │\s+\+5\.75 │/);
  });

  it('--decimal comma writes the indices with a comma', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-compare-'));
    // The after file as a comma-locale spreadsheet would save it.
    writeFileSync(join(dir, 'after.csv'), readFileSync(join(ROOT, MERGED, 'after.csv'), 'utf8').replace(/(\d)\.(\d)/g, '$1,$2'));
    const r = cchc(['compare', `${MERGED}/before.csv`, join(dir, 'after.csv'), '-f', 'csv', '--decimal', 'comma']);
    expect(r.status).toBe(0);
    expect(csvRows(r.stdout, ';')[1]).toEqual(['binh', 'Xã Bình', '2', '1', '1', '85,25', '91,00', '5,75']);
  });

  it('a file that is not a ranking is SCORE_RANKING_COLUMN_MISSING (exit 1); a missing file exit 2', () => {
    const r = cchc(['compare', `${SAMPLE}/scores.csv`, `${MERGED}/after.csv`]);
    expect(r.status).toBe(1);
    expect(codesIn(r.stderr)).toEqual(['SCORE_RANKING_COLUMN_MISSING']);
    expect(r.stderr).toContain('huong-son-2021/scores.csv');
    expect(cchc(['compare', 'nope.csv', `${MERGED}/after.csv`]).status).toBe(2);
    expect(cchc(['compare', `${MERGED}/after.csv`]).status).toBe(2);
  });

  it('a rank that is not a number is located (exit 1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-compare-'));
    writeFileSync(join(dir, 'bad.csv'), 'rank,unit,index\n1,A,90.00\nx,B,80.00\n');
    const r = cchc(['compare', join(dir, 'bad.csv'), `${MERGED}/after.csv`]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/3:1\s+lỗi\s+\[rank\] rank "x" không phải là số\s+SCORE_RANKING_VALUE_INVALID/);
  });
});

describe('cchc compare on rankings written by cchc score', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-compare-sample-'));
  const before = join(dir, 'self-ranking.csv');
  const after = join(dir, 'ranking.csv');
  cchc(['score', '-s', `${SAMPLE}/self-assessment.csv`, '-f', 'csv', '-o', before]);
  cchc(['score', '-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`, '-f', 'csv', '-o', after]);

  it('every rank and index is the score CSVs\', every change exact', () => {
    const r = cchc(['compare', before, after, '-f', 'csv']);
    expect(r.status).toBe(0);
    const b = rankingByUnit(readFileSync(before, 'utf8'));
    const a = rankingByUnit(readFileSync(after, 'utf8'));
    const [header, ...rows] = csvRows(r.stdout);
    expect(header).toEqual(['unit', 'name', 'rank_before', 'rank_after', 'rank_change', 'index_before', 'index_after', 'index_change']);
    expect(rows).toHaveLength(25);
    expect(rows.map((row) => row[3])).toEqual([...a.values()].map((x) => x['rank']));
    for (const [unit, name, rb, ra, rc, ib, ia, ic] of rows) {
      expect([name, rb, ib]).toEqual([b.get(unit!)?.['name'], b.get(unit!)?.['rank'], b.get(unit!)?.['index']]);
      expect([ra, ia]).toEqual([a.get(unit!)?.['rank'], a.get(unit!)?.['index']]);
      expect(Number(rc)).toBe(Number(rb) - Number(ra));
      expect(Rational.parse(ic!)?.eq(Rational.parse(ia!)!.sub(Rational.parse(ib!)!))).toBe(true);
    }
  });

  it('reads the files as the sheet reader does: UTF-16 with BOM and `;` give the same result', () => {
    const utf16 = join(dir, 'ranking-utf16.csv');
    const text = readFileSync(after, 'utf8').replace(/^\ufeff/, '').replace(/,/g, ';');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(cchc(['compare', before, utf16, '-f', 'csv']).stdout).toBe(cchc(['compare', before, after, '-f', 'csv']).stdout);
  });
});
