// Issue 19, point 1 (and the defects it lists), through the built binary: one unit whatever it is
// called, in the survey, the scores, the findings and the self-assessment; nothing split without
// a word. The situations of the sheet corpus (test/fixtures/sheets: survey-unit-by-name-and-code,
// survey-unit-typo, survey-unit-name-of-two-units, scores-unit-by-code-and-name…) hold the ranking
// and the first error's place; these hold what the messages say.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codesIn, runCli } from '../helpers/run-cli.js';
import { printedDiagnostics } from '../helpers/printed-diagnostics.js';
import { SAMPLE_SCORES, SAMPLE_SURVEY } from '../helpers/sample-sheet.js';

const SHEETS = 'test/fixtures/sheets';
const dir = mkdtempSync(join(tmpdir(), 'cchc-identity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

const survey = readFileSync(SAMPLE_SURVEY, 'utf8');
/** The sample's survey with SONHA's forms written, in turn, as `ways` gives (the last one for the rest). */
const sonHaWritten = (ways: string[]): string => {
  let n = 0;
  return survey.replace(/^SONHA,/gm, () => `${ways[Math.min(n++, ways.length - 1)]},`);
};
const score = (scores: string, surveyFile: string, ...more: string[]) => runCli(['score', '-s', scores, '-u', surveyFile, '-f', 'csv', ...more]);
const sonHa = (csv: string) => csv.split('\r\n').find((l) => l.includes(',SONHA,'));

describe('a survey whose forms name a unit by code and by name (issue 19: SONHA 21.72 → 21.78, rank 13 → 12)', () => {
  const clean = score(SAMPLE_SCORES, SAMPLE_SURVEY);

  it.each([
    ['by name on some forms', ['Sơn Hà', 'SONHA']],
    ['typed " sonha ", "Sơn  Hà", "SONHA "', [' sonha ', 'Sơn  Hà', 'SONHA ', 'SONHA']],
    ['in capitals, with a no-break space and a zero-width space', ['SƠN HÀ\u00a0', 'Sơn\u200b Hà', 'SONHA']],
  ])('%s: one unit, every form counted, the ranking unchanged; a warning names the unit and the spellings', (_, ways) => {
    const r = score(SAMPLE_SCORES, file('survey.csv', sonHaWritten(ways)));
    expect(r.code).toBe(0);
    expect(sonHa(r.stdout)).toBe(sonHa(clean.stdout));
    expect(r.stdout).toBe(clean.stdout);
    const warning = printedDiagnostics(r.stderr).entries.find((d) => d.code === 'SCORE_SURVEY_UNIT_SPELLINGS');
    expect(warning?.severity).toBe('warning');
    expect(warning?.text).toContain('"SONHA" (Sơn Hà)');
    expect(warning?.text).toContain('37 phiếu');
    for (const w of ways) expect(warning?.text).toContain(`"${w.trim()}"`);
  });

  it('in English: the unit, its spellings and its forms', () => {
    const r = score(SAMPLE_SCORES, file('survey.csv', sonHaWritten(['Sơn Hà', 'SONHA'])), '--lang', 'en');
    expect(r.stderr).toContain('the forms of "SONHA" (Sơn Hà) are written "Sơn Hà", "SONHA": counted together (37 forms)');
  });

  it('one spelling per unit (every form by name) says nothing', () => {
    const r = score(SAMPLE_SCORES, file('survey.csv', sonHaWritten(['Sơn Hà'])));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(clean.stdout);
  });
});

describe('a survey spelling that names no unit, or two', () => {
  it('three forms with a typo: one error at the first form, with the count, their lines and the closest units', () => {
    const r = score(SAMPLE_SCORES, file('survey.csv', sonHaWritten(['SONHAA', 'SONHAA', 'SONHAA', 'SONHA'])));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const errors = printedDiagnostics(r.stderr).entries.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.code, d.line])).toEqual([['SCORE_UNIT_ONLY_IN', 507]]);
    expect(errors[0]?.text).toContain('(3 dòng: 507, 508, 509)');
    // SONHAA is one letter from SONHA and from SONHAM: both are suggested.
    expect(errors[0]?.text).toContain('"SONHA" (Sơn Hà)');
    expect(errors[0]?.text).toContain('"SONHAM" (Sơn Hàm)');
    // The forms left out are counted, always (a warning).
    expect(r.stderr).toMatch(/cảnh báo {2}đọc 746 phiếu, dùng 743, bỏ ra 3: 3 đơn vị không có trong tệp điểm {2}SCORE_ROWS_COUNTED/);
  });

  it('a name two units share: an error at the first form naming both units', () => {
    const r = runCli(['score', '-s', `${SHEETS}/survey-unit-name-of-two-units/scores.csv`, '-u', `${SHEETS}/survey-unit-name-of-two-units/survey.csv`, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/"Sơn Lâm" could be "SONLAM" \(Sơn Lâm\), "KIMHOA" \(Sơn Lâm\) in \S*scores\.csv \(2 rows: \d+, \d+\)/);
  });
});

describe('a unit written twice in one sheet, by code and by name', () => {
  it('scores: a duplicate naming both rows, not a unit missing from the survey', () => {
    const r = runCli(['score', '-s', `${SHEETS}/scores-unit-by-code-and-name/scores.csv`, '-u', `${SHEETS}/clean/survey.csv`, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(codesIn(r.stderr)).not.toContain('SCORE_UNIT_ONLY_IN');
    expect(r.stderr).toMatch(/7:1 +error +\[unit\] unit "Sơn Lâm" appears twice: it is the name of "SONLAM" \(Sơn Lâm\) on line 4/);
  });

  it('a long sheet whose rows name a unit by code and by name: the same', () => {
    const long = 'unit,name,code,value\nA,Xã A,1.1,có\nB,Xã B,1.1,có\nxã a,,1.2,1\n';
    const set = file('set.json', JSON.stringify({ format: 'cchc-criteria/1', id: 't', version: '1', title: 'T', fields: [{ code: '1', title: 'M', max: 2, children: [{ code: '1.1', max: 1, rule: { type: 'yesno' } }, { code: '1.2', max: 1 }] }] }));
    const r = runCli(['score', '-c', set, '-s', file('long.csv', long), '--missing', 'zero', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/4:1 +error +\[unit\] unit "xã a" appears twice: it is the name of "A" \(Xã A\) on line 2/);
  });

  it('a survey-points sheet giving one unit by code and by name', () => {
    const points = 'unit,8.1,8.2,8.3,8.4\nSONHA,7,7,7,7\nSơn Hà,6,6,6,6\n';
    const r = runCli(['score', '-s', SAMPLE_SCORES, '-u', file('points.csv', points), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/3 +error +unit "Sơn Hà" appears twice: it is the name of "SONHA" \(Sơn Hà\) on line 2/);
  });
});

describe('the other sheets name units the same way', () => {
  it('findings naming a unit by name in capitals, with spaces: found', () => {
    const findings = 'đơn vị,mã tiêu chí,nhận xét\n SƠN  HÀ ,1.1,Chưa đủ hồ sơ\n';
    const r = runCli(['explain', 'SONHA', '-s', SAMPLE_SCORES, '-u', SAMPLE_SURVEY, '--findings', file('findings.csv', findings), '-f', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.stringify(JSON.parse(r.stdout))).toContain('Chưa đủ hồ sơ');
  });

  it('a self-assessment naming units by name meets the scores by code', () => {
    const self = readFileSync('samples/huong-son-2021/self-assessment.csv', 'utf8').replace(/^SONHA,Sơn Hà,/m, 'Sơn Hà,,');
    const r = runCli(['reconcile', '--self', file('self.csv', self), '-s', SAMPLE_SCORES, '-f', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SONHA,Sơn Hà,');
  });

  it('explain finds a unit typed with a zero-width space and odd spacing', () => {
    const r = runCli(['explain', ' sơn\u200b  hà ', '-s', SAMPLE_SCORES, '-u', SAMPLE_SURVEY, '-f', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { unit: string }).unit).toBe('SONHA');
  });
});

describe('groups matched like unit names', () => {
  const set = JSON.parse(readFileSync('test/fixtures/reports/by-group/criteria.json', 'utf8')) as object;
  const byGroup = readFileSync('test/fixtures/reports/by-group/scores.csv', 'utf8');

  it('`xã` and `XÃ` are one group, ranked once (not each its own 1)', () => {
    const scores = byGroup.replace(/,Xã,/, ',xã,').replace(/(XB,[^,]*),Xã,/, '$1,XÃ,');
    const r = runCli(['score', '-c', file('set.json', JSON.stringify(set)), '-s', file('groups.csv', scores), '-f', 'csv', '--verbose']);
    const clean = runCli(['score', '-c', 'test/fixtures/reports/by-group/criteria.json', '-s', 'test/fixtures/reports/by-group/scores.csv', '-f', 'csv']);
    expect(r.code).toBe(0);
    const ranks = (csv: string) => csv.split('\r\n').slice(1).map((l) => l.split(',').slice(0, 2).join(','));
    expect(ranks(r.stdout)).toEqual(ranks(clean.stdout));
    expect(codesIn(r.stderr)).toContain('SCORE_GROUP_SPELLINGS');
  });

  it('groups differing only in diacritics stay two, and a warning names both', () => {
    const scores = byGroup.replace(/(XB,[^,]*),Xã,/, '$1,Xa,');
    const r = runCli(['score', '-c', file('set.json', JSON.stringify(set)), '-s', file('near.csv', scores), '-f', 'csv', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/groups "Xa" and "Xã" \(line \d+\) differ only in diacritics: ranked as two groups {2}SCORE_GROUP_NEAR/);
  });

  it('a survey group written without diacritics is unknown, with the set\'s group suggested', () => {
    const r = score(SAMPLE_SCORES, file('survey.csv', survey.replace('PHOCHAU,PHOCHAU-03,Đại biểu HĐND', 'PHOCHAU,PHOCHAU-03,Dai bieu HDND')), '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown respondent group "Dai bieu HDND" (did you mean "Đại biểu HĐND"?');
  });
});

describe('nothing dropped without a word', () => {
  it('--verbose counts the rows and forms of every file', () => {
    const r = runCli(['score', '-s', SAMPLE_SCORES, '-u', SAMPLE_SURVEY, '-f', 'csv', '--verbose', '--lang', 'en']);
    expect(r.stderr).toContain('25 rows read, 25 used  SCORE_ROWS_COUNTED');
    expect(r.stderr).toContain('746 forms read, 746 used  SCORE_ROWS_COUNTED');
  });

  it('a form copied twice: warned with both rows, counted once, the count said', () => {
    const r = runCli(['score', '-s', `${SHEETS}/survey-form-copied/scores.csv`, '-u', `${SHEETS}/survey-form-copied/survey.csv`, '-f', 'csv', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/5:2 +warning +\[respondent\] form "PHOCHAU-02" of "PHOCHAU" is a copy of line 3: counted once/);
    expect(r.stderr).toContain('1 left out: 1 a form copied twice');
  });

  it('the same respondent id with other answers: both counted, said', () => {
    const twice = survey.replace(/^(PHOCHAU,PHOCHAU-04,[^\n]*)$/m, (line) => `${line}\n${line.replace(/,[A-E]$/, (m) => (m === ',A' ? ',B' : ',A'))}`);
    const r = score(SAMPLE_SCORES, file('survey.csv', twice), '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/6:2 +warning +\[respondent\] form "PHOCHAU-04" of "PHOCHAU" is also on line 5, with other answers: both counted/);
  });

  it('identical rows where the sheet has no respondent id: warned, both counted', () => {
    const noId = survey.split('\n').map((l) => l.split(',').filter((_, k) => k !== 1).join(',')).join('\n');
    const lines = noId.split('\n');
    const copied = [...lines.slice(0, 3), lines[2], ...lines.slice(3)].join('\n');
    const r = score(SAMPLE_SCORES, file('survey.csv', copied), '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('is the same as line 3, and the sheet has no respondent id to tell them apart: both counted');
  });

  it('a signature line in the middle of the scores, no survey: every unit ranked, and a warning', () => {
    const lines = readFileSync(SAMPLE_SCORES, 'utf8').split('\n');
    const width = (lines[0] ?? '').split(',').length;
    const signature = ['Người lập biểu', ...Array<string>(width - 2).fill(''), 'TM. HỘI ĐỒNG THẨM ĐỊNH'].join(',');
    const scores = [...lines.slice(0, 11), signature, ...lines.slice(11)].join('\n');
    const r = runCli(['score', '-s', file('signed.csv', scores), '-f', 'csv', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\r\n')).toHaveLength(26);
    expect(r.stderr).toMatch(/13 +warning +15 rows from here, below the signature line "Người lập biểu TM\. HỘI ĐỒNG THẨM ĐỊNH" \(line 12\), hold a unit's data: read {2}INPUT_ROWS_AFTER_FOOTER/);
  });

  it('a survey form below the signature block naming a known unit is read, the signers are not', () => {
    const signed = `${survey.trimEnd()}\n,,,,,,Hương Sơn, ngày 20 tháng 12 năm 2021\nNgười lập biểu,,,,,,,,,TM. HỘI ĐỒNG\nSONHA,SONHA-99,"Người dân, tổ chức",A\nNguyễn Văn An,,,,,,,,,Trần Thị Bình\n`;
    const r = score(SAMPLE_SCORES, file('survey.csv', signed), '--verbose', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('747 forms read, 747 used');
    expect(r.stderr).toContain("1 row from here, below the signature line");
    expect(r.stderr).toContain("2 rows after it hold no unit's data and were not read");
  });
});
