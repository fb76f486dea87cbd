import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codesIn, runCli } from '../helpers/run-cli.js';

const SAMPLE = ['-s', 'samples/huong-son-2021/scores.csv', '-u', 'samples/huong-son-2021/survey.csv'];
const CONTRACT_COLUMNS = 'rank,unit,name,group,appraisal,survey,bonus,penalty,total,max,index,band';

describe('cchc score on the Hương Sơn sample', () => {
  const csv = runCli(['score', ...SAMPLE, '-f', 'csv']);
  const lines = csv.stdout.replace(/^\ufeff/, '').split('\r\n');

  it('exits 0 and writes the contract CSV: BOM, CRLF, columns in order, then the fields', () => {
    expect(csv.code).toBe(0);
    expect(csv.stdoutBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(lines[0]).toBe(`${CONTRACT_COLUMNS},1,2,3,4,5,6,7,8`);
    expect(lines.at(-1)).toBe('');
    expect(lines.length).toBe(27);
  });

  it('ranks the public report’s top five first', () => {
    const top = lines.slice(1, 6).map((l) => l.split(',').slice(0, 3).join(','));
    expect(top).toEqual(['1,PHOCHAU,Thị trấn Phố Châu', '2,SONKIM1,Sơn Kim 1', '3,SONKIM2,Sơn Kim 2', '4,SONTRUONG,Sơn Trường', '5,SONNINH,Sơn Ninh']);
  });

  it('writes every number with exactly 2 decimals; total = appraisal + survey + bonus − penalty to the cent', () => {
    for (const l of lines.slice(1, -1)) {
      const [, , , , appraisal, survey, bonus, penalty, total, max, index] = l.split(',');
      for (const n of [appraisal, survey, bonus, penalty, total, max, index]) expect(n).toMatch(/^-?\d+\.\d{2}$/);
      const sum = Number(appraisal) + Number(survey) + Number(bonus) - Number(penalty);
      expect(Math.abs(sum - Number(total))).toBeLessThanOrEqual(0.0200001);
    }
    expect(lines[1]).toBe('1,PHOCHAU,Thị trấn Phố Châu,Thị trấn,62.62,27.17,1.75,0.00,91.53,97.75,93.64,Xuất sắc,9.25,5.00,14.75,5.25,11.50,6.75,10.12,27.17');
  });

  it('a semicolon + decimal-comma export ranks exactly like the clean file; --decimal comma writes `;` and commas', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-comma-'));
    const semi = readFileSync('samples/huong-son-2021/scores.csv', 'utf8').split('\n').map((l, i) => l.split(',').map((c) => (i === 0 ? c : c.replace(/^(\d+)\.(\d+)$/, '$1,$2'))).join(';')).join('\r\n');
    writeFileSync(join(dir, 'scores.csv'), semi);
    const args = ['score', '-s', join(dir, 'scores.csv'), '-u', 'samples/huong-son-2021/survey.csv', '-f', 'csv'];
    expect(runCli(args).stdout).toBe(csv.stdout);
    const comma = runCli([...args, '--decimal', 'comma']);
    expect(comma.code).toBe(0);
    expect(comma.stdout.split('\r\n')[0]).toBe('\ufeffrank;unit;name;group;appraisal;survey;bonus;penalty;total;max;index;band;1;2;3;4;5;6;7;8');
    expect(comma.stdout.split('\r\n')[1]).toBe('1;PHOCHAU;Thị trấn Phố Châu;Thị trấn;62,62;27,17;1,75;0,00;91,53;97,75;93,64;Xuất sắc;9,25;5,00;14,75;5,25;11,50;6,75;10,12;27,17');
  });

  it('--output-decimal comma writes `;`, decimal commas and unquoted numbers from dot inputs (Vietnamese-locale Excel)', () => {
    const r = runCli(['score', ...SAMPLE, '-f', 'csv', '--output-decimal', 'comma']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[1]).toMatch(/^1;PHOCHAU;Thị trấn Phố Châu;Thị trấn;62,62;27,17;/);
    // The default stays `,` and a point, whatever the inputs were.
    expect(csv.stdout.split('\r\n')[1]).toMatch(/^1,PHOCHAU,Thị trấn Phố Châu,Thị trấn,62.62,27.17,/);
  });

  it('json gives the same values per unit, with fields and component indices', () => {
    const r = runCli(['score', ...SAMPLE, '-f', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.meta.criteria).toMatchObject({ id: 'ha-tinh-xa', version: '2021' });
    expect(doc.units[0]).toMatchObject({ rank: 1, unit: 'PHOCHAU', total: 91.53, max: 97.75, index: 93.64, band: 'Xuất sắc' });
    expect(doc.units[0].fields[0]).toMatchObject({ code: '1', points: 9.25, max: 10, index: 92.5 });
    expect(doc.units).toHaveLength(25);
  });

  it('md is a Markdown table in rank order', () => {
    const r = runCli(['score', ...SAMPLE, '-f', 'md']);
    expect(r.stdout).toContain('| 1 | PHOCHAU | Thị trấn Phố Châu |');
  });

  it('the same inputs give the same bytes', () => {
    expect(runCli(['score', ...SAMPLE, '-f', 'csv']).stdout).toBe(csv.stdout);
  });

  it('table shows the set title and version', () => {
    const r = runCli(['score', ...SAMPLE]);
    expect(r.stdout.split('\n')[0]).toContain('(ha-tinh-xa@2021)');
    expect(r.stdout).toContain('Xuất sắc');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('FORCE_COLOR turns colour on', () => {
    const r = runCli(['score', ...SAMPLE], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(r.stdout).toMatch(/\u001b\[/);
  });
});

describe('cchc score: files and exit codes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-score-'));

  it('-o writes the file; an error leaves an existing file untouched (exit 1)', () => {
    const out = join(dir, 'ranking.csv');
    expect(runCli(['score', ...SAMPLE, '-f', 'csv', '-o', out]).code).toBe(0);
    const before = readFileSync(out);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'unit,1.1.1\nA,maybe\n');
    const r = runCli(['score', '-s', bad, '-f', 'csv', '-o', out]);
    expect(r.code).toBe(1);
    expect(readFileSync(out)).toEqual(before);
  });

  it('-o naming an input is refused (exit 2) and the input is untouched', () => {
    const input = join(dir, 'in.csv');
    writeFileSync(input, readFileSync('samples/huong-son-2021/scores.csv'));
    const r = runCli(['score', '-s', input, '-o', input]);
    expect(r.code).toBe(2);
    expect(readFileSync(input)).toEqual(readFileSync('samples/huong-son-2021/scores.csv'));
  });

  it('a missing file is a usage error (exit 2) naming it', () => {
    const r = runCli(['score', '-s', 'no-such-file.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-file.csv');
    expect(codesIn(r.stderr)).toEqual(['INPUT_FILE_UNREADABLE']);
  });

  it('an unknown option or a missing --scores is exit 2 without a stack trace', () => {
    for (const args of [['score', '--bogus'], ['score'], ['nope']]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('an unknown bundled set is exit 2 and lists the bundled ones', () => {
    const r = runCli(['score', '-c', 'quang-nam-xa', ...SAMPLE]);
    expect(r.code).toBe(2);
    expect(codesIn(r.stderr)).toEqual(['CRITERIA_NOT_FOUND']);
    expect(r.stderr).toContain('ha-tinh-xa@2021');
  });

  it('-c ha-tinh-xa@2021 is the default set', () => {
    expect(runCli(['score', '-c', 'ha-tinh-xa@2021', ...SAMPLE, '-f', 'csv']).stdout).toBe(runCli(['score', ...SAMPLE, '-f', 'csv']).stdout);
  });

  it('reads scores from stdin with -s -', () => {
    const r = runCli(['score', '-s', '-', '-u', 'samples/huong-son-2021/survey.csv', '-f', 'csv'], { input: readFileSync('samples/huong-son-2021/scores.csv') });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[1]).toMatch(/^1,PHOCHAU,/);
  });

  it('collects every problem before failing, each located (exit 1, nothing on stdout)', () => {
    const bad = join(dir, 'many.csv');
    writeFileSync(bad, 'unit,1.1.1,1.1.2,5.2,9.9\nA,maybe,3,Tốt lắm,1\nA,có,2,Hoàn thành,1\n');
    const r = runCli(['score', '-s', bad, '--missing', 'zero', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // The duplicate row is left out: the count of the rows read and used says so (issue 19).
    expect(codesIn(r.stderr).sort()).toEqual(['SCORE_DUPLICATE_UNIT', 'SCORE_LEVEL_UNKNOWN', 'SCORE_ROWS_COUNTED', 'SCORE_SURVEY_NOT_GIVEN', 'SCORE_UNKNOWN_COLUMN', 'SCORE_VALUE_ABOVE_MAX', 'SCORE_YESNO_INVALID']);
    expect(r.stderr).toMatch(/2:2 +error +\[1\.1\.1\] "maybe"/);
    expect(r.stderr).toMatch(/3:1 +error .*appears twice \(first on line 2\)/);
    expect(existsSync(join(dir, 'nothing'))).toBe(false);
  });

  it('a unit missing from the survey file is an error naming it and the file', () => {
    const sample = readFileSync('samples/huong-son-2021/scores.csv', 'utf8').trimEnd().split('\n');
    const scores = [...sample, sample[1]!.replace(/^PHOCHAU,Thị trấn Phố Châu/, 'EXTRA,Xã Mới')].join('\n');
    const f = join(dir, 'extra.csv');
    writeFileSync(f, scores);
    const r = runCli(['score', '-s', f, '-u', 'samples/huong-son-2021/survey.csv', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).toContain('SCORE_UNIT_ONLY_IN');
    expect(r.stderr).toContain('"EXTRA" is not in samples/huong-son-2021/survey.csv');
  });
});
