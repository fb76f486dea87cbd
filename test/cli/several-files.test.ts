// Several files of one role (issue 24): the council's teams each fill a sheet, the communes each
// send their own; -s, -u, --self and --findings take them all (the option repeated, or the shell's
// expansion of a pattern) and read them as one sheet.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { score } from '../../src/index.js';
import { codesIn, ROOT, runCli } from '../helpers/run-cli.js';

const S = join(ROOT, 'samples/huong-son-2021');
const dir = mkdtempSync(join(tmpdir(), 'cchc-several-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rowsOf = (file: string) => parse(readFileSync(join(S, file), 'utf8'), { bom: true }) as string[][];
const [scoresHead = [], ...scoreRows] = rowsOf('scores.csv');
const [surveyHead = [], ...surveyRows] = rowsOf('survey.csv');
const write = (name: string, text: string | Buffer) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

// Team 1: the first 10 communes as the sample has them; team 2: the next 8, its columns in
// another order, `;` and a decimal comma, as Vietnamese Excel saves; team 3: the rest, in UTF-16.
const team1 = write('to-1.csv', stringify([scoresHead, ...scoreRows.slice(0, 10)]));
const order = scoresHead.map((_, i) => i).reverse();
const team2 = write('to-2.csv', stringify([order.map((i) => scoresHead[i]), ...scoreRows.slice(10, 18).map((r) => order.map((i) => (r[i] ?? '').replace('.', ',')))], { delimiter: ';' }));
const team3 = write('to-3.csv', Buffer.from(`\ufeff${stringify([scoresHead, ...scoreRows.slice(18)], { delimiter: '\t' })}`, 'utf16le'));
// The survey in two rounds, its columns in another order in the second.
const round1 = write('khao-sat-dot-1.csv', stringify([surveyHead, ...surveyRows.slice(0, 300)]));
const sOrder = surveyHead.map((_, i) => i).reverse();
const round2 = write('khao-sat-dot-2.csv', stringify([sOrder.map((i) => surveyHead[i]), ...surveyRows.slice(300).map((r) => sOrder.map((i) => r[i] ?? ''))]));

const oneFile = runCli(['score', '-s', join(S, 'scores.csv'), '-u', join(S, 'survey.csv'), '-f', 'csv']).stdout;

describe('several score files', () => {
  it('rank exactly as one, whatever each file’s layout, encoding and decimal mark', () => {
    const r = runCli(['score', '-s', team1, team2, team3, '-u', join(S, 'survey.csv'), '-f', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(oneFile);
    // The option repeated, in another order: the same ranking.
    expect(runCli(['score', '-s', team3, '-s', team1, '-s', team2, '-u', join(S, 'survey.csv'), '-f', 'csv']).stdout).toBe(oneFile);
  });

  it('take a pattern the shell passed on unexpanded (quoted, or on Windows), and a workbook among CSVs', () => {
    expect(runCli(['score', '-s', join(dir, 'to-*.csv'), '-u', join(S, 'survey.csv'), '-f', 'csv']).stdout).toBe(oneFile);
    const none = runCli(['score', '-s', join(dir, 'khong-co-*.csv')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('không có tệp nào khớp với');
  });

  it('a unit in two files is an error at its row, naming the other file and its row; no follow-up errors', () => {
    const again = write('to-3-lai.csv', stringify([scoresHead, scoreRows[2] ?? []]));
    const r = runCli(['score', '-s', team1, team2, team3, again, '-u', join(S, 'survey.csv'), '-f', 'csv', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toEqual(['SCORE_UNIT_IN_TWO_FILES']);
    expect(r.stderr).toContain('to-3-lai.csv');
    expect(r.stderr).toMatch(new RegExp(`2 +error +unit "${scoreRows[2]?.[0]}" is also in ${team1.replace(/[.\\]/g, '\\$&')}, line 4`));
  });

  it('each message names its own file', () => {
    const bad = write('to-4.csv', stringify([scoresHead, ...scoreRows.slice(18).map((r, i) => (i === 1 ? r.map((c, j) => (j === 5 ? 'abc' : c)) : r))]));
    const r = runCli(['score', '-s', team1, team2, bad, '-u', join(S, 'survey.csv'), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/to-4\.csv\n +3:6 +error/);
  });

  it('are inputs the output may not replace', () => {
    const r = runCli(['score', '-s', team1, team2, team3, '-u', join(S, 'survey.csv'), '-o', team2]);
    expect(r.code).toBe(2);
    expect(codesIn(r.stderr)).toContain('OUTPUT_IS_INPUT');
    expect(readFileSync(team2, 'utf8')).toContain(';');
  });
});

describe('several survey, self-assessment and findings files', () => {
  it('survey forms in two files (the same unit in both) count as one survey, intervals too', () => {
    expect(runCli(['score', '-s', join(S, 'scores.csv'), '-u', round1, round2, '-f', 'csv']).stdout).toBe(oneFile);
    const seeded = (u: string[]) => runCli(['score', '-s', join(S, 'scores.csv'), '-u', ...u, '-f', 'csv', '--uncertainty', '--replicates', '200']).stdout;
    expect(seeded([round2, round1])).toBe(seeded([join(S, 'survey.csv')]));
  });

  it('forms in one file and survey points in another is an error naming both', () => {
    const points = write('diem-khao-sat.csv', 'unit,8.1,8.2,8.3,8.4,8.5\r\nPHOCHAU,5,6,5,5,4\r\n');
    const r = runCli(['score', '-s', join(S, 'scores.csv'), '-u', round1, points, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toContain('SCORE_SURVEY_FILES_MIXED');
  });

  it('each commune’s own self-assessment, and the findings of two teams, read as one', () => {
    const [selfHead = [], ...selfRows] = rowsOf('self-assessment.csv');
    const selves = selfRows.map((r, i) => write(`tu-cham-${i}.csv`, stringify([selfHead, r])));
    const args = ['-s', join(S, 'scores.csv'), '-u', join(S, 'survey.csv'), '-f', 'csv'];
    expect(runCli(['reconcile', '--self', ...selves, ...args]).stdout).toBe(runCli(['reconcile', '--self', join(S, 'self-assessment.csv'), ...args]).stdout);
    const [fHead = [], ...fRows] = rowsOf('findings.csv');
    const f1 = write('nhan-xet-1.csv', stringify([fHead, ...fRows.slice(0, 30)]));
    const f2 = write('nhan-xet-2.csv', stringify([fHead, ...fRows.slice(30)]));
    // The same remarks on the same units and criteria; where each came from (file, line) differs.
    const units = (f: string[]) => JSON.stringify((JSON.parse(runCli(['score', ...args.slice(0, 4), '--findings', ...f, '-f', 'json']).stdout) as { units: unknown }).units, (k, v: unknown) => (k === 'file' || k === 'line' ? undefined : v));
    expect(units([f1, f2])).toBe(units([join(S, 'findings.csv')]));
  });

  it('in the library: an array of inputs', async () => {
    const r = await score({ scores: [team1, team2, team3], survey: [round1, round2] });
    expect(r.ok).toBe(true);
    expect(r.ranking.slice(0, 3).map((u) => u.unit)).toEqual(['PHOCHAU', 'SONKIM1', 'SONKIM2']);
    expect(r.inputs.filter((i) => i.role === 'scores').map((i) => i.file)).toEqual([team1, team2, team3]);
  });
});
