// Sheet-level answers the sheet corpus (corpus.test.ts) found wanting, checked on small sheets.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { filesMissingUnits, mergeInputs } from '../../src/sheets/merge-inputs.js';
import { readScores } from '../../src/sheets/read-scores.js';
import type { SheetData } from '../../src/sheets/sheet.js';
import { makeCriteria } from '../helpers/criteria.js';

const criteria = makeCriteria({
  title: 't',
  survey: { answers: { A: 1, B: 0 }, questions: { Q1: '3.1' } },
  fields: [
    { code: '1', title: 'a', max: 4, children: [{ code: '1.1', title: 'a', max: 2 }, { code: '1.2', title: 'b', max: 2 }] },
    { code: '2', title: 'b', max: 2, children: [{ code: '2.1', title: 'c', max: 2 }] },
    { code: '3', title: 'c', max: 4, source: 'survey', children: [{ code: '3.1', title: 'd', max: 4 }] },
  ],
});
const sheet = (header: string[], ...rows: string[][]): SheetData => ({ file: 's.csv', header, headerLine: 1, rows: rows.map((cells, i) => ({ line: i + 2, cells })) });
const read = (s: SheetData) => readScores(s, criteria, { missing: 'error', scope: 'all' });
const only = (ds: Diagnostic[], code: string) => ds.filter((d) => d.code === code);

describe('a header Excel turned into a date names the code it was', () => {
  it.each([
    ['01/02/2021', '1.2'], // vi-VN: day/month
    ['2-Jan', '1.2'], // en-US: `1/2` as 2 January
    ['Jan-2', '1.2'],
    ['02/01/2021', '1.2'], // month/day: read both ways, 2.1 has its own column
    ['05/07/2021', ''], // no leaf 5.7 or 7.5
  ])('%s → %j', (header, code) => {
    const r = read(sheet(['unit', '1.1', header, '2.1'], ['A', '1', '1', '1']));
    expect(only(r.diagnostics, 'SCORE_CODE_MANGLED').map((d) => d.args)).toEqual([{ header, code }]);
  });
});

describe('a file with both decimal marks', () => {
  it('really mixed: one error, at the first number that contradicts the ones before it, with the counts', () => {
    const r = read(sheet(['unit', '1.1', '1.2', '2.1'], ['A', '1,5', '1', '2'], ['B', '1', '0,25', '2'], ['C', '1', '1.75', '0.5']));
    expect(r.diagnostics).toEqual([
      { code: 'SCORE_DECIMAL_AMBIGUOUS', severity: 'error', loc: { file: 's.csv', line: 4, column: 3, header: '1.2' }, args: { examples: '1,5, 0,25, 1.75, 0.5', comma: 2, dot: 2 } },
    ]);
    expect(r.units).toEqual([]);
  });

  it('one cell with the other mark in a clear file: that cell is the error, the others are read', () => {
    const r = read(sheet(['unit', '1.1', '1.2', '2.1'], ['A', '1,5', '1,25', '2'], ['B', '1,75', '0,25', '2'], ['C', '1', '1.75', '0,5']));
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([
      { code: 'SCORE_DECIMAL_OTHER_MARK', severity: 'error', loc: { file: 's.csv', line: 4, column: 3, header: '1.2' }, args: { text: '1.75', mark: 'comma', fixed: '1,75' } },
    ]);
    expect(r.mark).toBe('comma');
    expect(r.units.map((u) => u.unit)).toEqual(['A', 'B', 'C']);
    expect(r.units[2]?.values.get('2.1')).toMatchObject({ kind: 'points' });
    expect(r.units[2]?.values.get('1.2')).toBeUndefined();
  });
});

describe('mergeInputs', () => {
  const scores = read(sheet(['unit', '1.1', '1.2', '2.1', '3.1'], ['A', '1', '1', '1', '3'], ['B', '1', '1', '1', '3']));
  const tallies = { forms: 1, read: 1, leftOut: {}, units: new Map([['a', { unit: 'A', line: 2, tally: new Map(), count: 1, lines: [2], spellings: ['A'] }]]) };

  it('a survey leaf given as a column of the scores and by raw answers is an error at that column', () => {
    const m = mergeInputs(criteria, 's.csv', scores, { kind: 'answers', file: 'v.csv', tallies });
    expect(only(m.diagnostics, 'SCORE_SURVEY_LEAF_TWICE')).toEqual([
      { code: 'SCORE_SURVEY_LEAF_TWICE', severity: 'error', loc: { file: 's.csv', line: 1, header: '3.1' }, args: { code: '3.1', otherFile: 'v.csv' } },
    ]);
  });

  it('says a unit is missing from a file only when that file was read whole', () => {
    const survey = { kind: 'answers', file: 'v.csv', tallies } as const;
    expect(only(mergeInputs(criteria, 's.csv', scores, survey).diagnostics, 'SCORE_UNIT_ONLY_IN').map((d) => d.args)).toEqual([{ unit: 'B', otherFile: 'v.csv' }]);
    const lost: Diagnostic[] = [{ code: 'INPUT_RAGGED_ROW', severity: 'error', loc: { file: 'v.csv', line: 3 }, args: { expected: 2, actual: 3 } }];
    expect(filesMissingUnits(lost)).toEqual(new Set(['v.csv']));
    expect(only(mergeInputs(criteria, 's.csv', scores, survey, filesMissingUnits(lost)).diagnostics, 'SCORE_UNIT_ONLY_IN')).toEqual([]);
  });
});
