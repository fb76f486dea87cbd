// Issue 19, point 5: `explain --set` reads a value as a person types it, with a decimal comma or
// point whatever the sheet's mark; a value that reads both ways is an error that says so; a number
// that does not read because of its decimal mark says so, in every reader.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildXlsx, ic, nc, row } from '../helpers/build-xlsx.js';
import { codesIn, runCli } from '../helpers/run-cli.js';
import { SAMPLE_SCORES, SAMPLE_SURVEY, sampleRows } from '../helpers/sample-sheet.js';

const COMMA_FILE = 'test/fixtures/sheets/vi-locale-semicolon-decimal-comma/scores.csv';
const dir = mkdtempSync(join(tmpdir(), 'cchc-what-if-typed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type WhatIfJson = { changes: { code: string; after: number | null }[]; after: { total: number; index: number } };
/** The corpus's 5-unit survey goes with its 5-unit sheets, the sample's with the sample's. */
const surveyOf = (scores: string) => (scores.startsWith('test/fixtures/sheets/') ? 'test/fixtures/sheets/clean/survey.csv' : SAMPLE_SURVEY);
const whatIf = (scores: string, unit: string, ...sets: string[]) => runCli(['explain', unit, '-s', scores, '-u', surveyOf(scores), ...sets.flatMap((s) => ['--set', s]), '-f', 'json', '--lang', 'en']);
const after = (r: { stdout: string }) => (JSON.parse(r.stdout) as WhatIfJson).after;

/** The sample's scores as a workbook: numbers as number cells, the rest as text; `text` cells (unit → column → text) as typed text. */
function sampleWorkbook(text: Record<string, Record<string, string>>): string {
  const [header = [], ...rows] = sampleRows();
  const col = (k: number): string => (k < 26 ? String.fromCharCode(65 + k) : `${String.fromCharCode(64 + Math.floor(k / 26))}${String.fromCharCode(65 + (k % 26))}`);
  const cell = (k: number, r: number, v: string, typed?: string) => (typed !== undefined ? ic(`${col(k)}${r}`, typed) : /^-?\d+(\.\d+)?$/.test(v) ? nc(`${col(k)}${r}`, v) : ic(`${col(k)}${r}`, v));
  const xml = [row(1, header.map((h, k) => ic(`${col(k)}1`, h)).join('')), ...rows.map((cells, i) => row(i + 2, cells.map((v, k) => cell(k, i + 2, v, text[cells[0] ?? '']?.[header[k] ?? ''])).join('')))];
  const path = join(dir, 'scores.xlsx');
  writeFileSync(path, buildXlsx({ sheets: [{ name: 'Điểm', rows: xml.join('') }] }));
  return path;
}

describe('--set with a decimal comma or point, whatever the sheet\'s mark', () => {
  it('the help\'s own example: --set 3.2.1=96,5% on a sheet of decimal points is 96.5%', () => {
    const comma = whatIf(SAMPLE_SCORES, 'Sơn Ninh', '3.2.1=96,5%');
    const point = whatIf(SAMPLE_SCORES, 'Sơn Ninh', '3.2.1=96.5%');
    expect(comma.code).toBe(0);
    expect(after(comma)).toEqual(after(point));
    expect((JSON.parse(comma.stdout) as WhatIfJson).changes[0]?.after).toBe((JSON.parse(point.stdout) as WhatIfJson).changes[0]?.after);
  });

  it('--set 1.3=1.5 on a sheet of decimal commas is 1.5, as --set 1.3=1,5', () => {
    const point = whatIf(COMMA_FILE, 'SONLAM', '1.3=1.5');
    const comma = whatIf(COMMA_FILE, 'SONLAM', '1.3=1,5');
    expect(point.code).toBe(0);
    expect(after(point)).toEqual(after(comma));
    expect((JSON.parse(point.stdout) as WhatIfJson).changes[0]?.after).toBe(1.5);
  });

  it('on a workbook whose few text cells were 1,5 (the rest number cells): --set 1.3=1.5 reads', () => {
    const book = sampleWorkbook({ SONHONG: { '1.3': '1,5' }, KIMHOA: { '1.4': '1,75' } });
    const r = whatIf(book, 'SONNINH', '1.3=1.5');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as WhatIfJson).changes[0]?.after).toBe(1.5);
  });

  it('bonus=0,5 on a sheet of decimal points', () => {
    const r = whatIf(SAMPLE_SCORES, 'SONNINH', 'bonus=0,5');
    expect(r.code).toBe(0);
    expect(after(r)).toEqual(after(whatIf(SAMPLE_SCORES, 'SONNINH', 'bonus=0.5')));
  });

  it('1.250 reads two ways: an error that says both (exit 1); --decimal settles it', () => {
    const r = whatIf(SAMPLE_SCORES, 'SONNINH', '1.3=1.250');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(codesIn(r.stderr)).toEqual(['SCORE_SET_DECIMAL_AMBIGUOUS']);
    expect(r.stderr).toContain('"1.250" reads two ways: 1.25 with a decimal point, 1250 with a decimal comma');
    const settled = runCli(['explain', 'SONNINH', '-s', SAMPLE_SCORES, '-u', SAMPLE_SURVEY, '--set', '1.3=1.250', '--decimal', 'dot', '-f', 'json']);
    expect(settled.code).toBe(0);
    expect((JSON.parse(settled.stdout) as WhatIfJson).changes[0]?.after).toBe(1.25);
  });

  it('in Vietnamese, by default', () => {
    const r = runCli(['explain', 'SONNINH', '-s', SAMPLE_SCORES, '-u', SAMPLE_SURVEY, '--set', '1.3=1,250']);
    expect(r.stderr).toContain('"1,250" đọc được hai cách: 1250 nếu dấu chấm là dấu thập phân, 1,25 nếu dấu phẩy là dấu thập phân');
  });
});

describe('a number that does not read because of its decimal mark says so', () => {
  it('a cell: --decimal comma on a sheet of decimal points', () => {
    const r = runCli(['score', '-s', SAMPLE_SCORES, '-u', SAMPLE_SURVEY, '--decimal', 'comma', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[1.1.2] "2.25" is not a number (criterion 1.1.2): it is written with a decimal point, but the file is read with a decimal comma (write 2,25)');
  });

  it('a bonus cell', () => {
    const scores = readFileSync(SAMPLE_SCORES, 'utf8').replace(/^(PHOCHAU,.*),1\.75,0,$/m, '$1,"1,75",0,');
    writeFileSync(join(dir, 'bonus.csv'), scores);
    const r = runCli(['score', '-s', join(dir, 'bonus.csv'), '-u', SAMPLE_SURVEY, '--decimal', 'dot', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bonus "1,75" is not a number ≥ 0: it is written with a decimal comma, but the file is read with a decimal point (write 1.75)');
  });

  it('a word is not a number, and nothing is said of decimal marks', () => {
    const r = whatIf(SAMPLE_SCORES, 'SONNINH', '1.3=abc');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"abc" is not a number (criterion 1.3)  SCORE_VALUE_NOT_NUMBER');
  });
});
