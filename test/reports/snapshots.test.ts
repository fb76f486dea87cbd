// Every format of `cchc score` on the Hương Sơn sample and on a set ranked by group, with a fixed
// --date, against files in __snapshots__/ that were read line by line when written (numbers
// checked against the CSV, sums and medians by hand). cchc's version is masked, so that a
// release does not rewrite them; the CSV must not change at all (contract §4).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, SAMPLE, cchc } from './helpers/run-cchc.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const mask = (s: string) => s.replaceAll(`cchc ${VERSION}`, 'cchc <version>').replaceAll(`"cchc": "${VERSION}"`, '"cchc": "<version>"');

const JOBS = {
  sample: ['-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`, '--place', 'Hương Sơn', '--issuer', 'ỦY BAN NHÂN DÂN|HUYỆN HƯƠNG SƠN'],
  'by-group': ['-c', `${FIXTURES}/by-group/criteria.json`, '-s', `${FIXTURES}/by-group/scores.csv`],
};
const EXT = { table: 'txt', md: 'md', json: 'json', html: 'html', csv: 'csv' } as const;

describe.each(Object.entries(JOBS))('cchc score on %s --date 2021-11-26', (name, job) => {
  it.each(Object.entries(EXT))('-f %s', async (format, ext) => {
    const r = cchc(['score', ...job, '--date', '2021-11-26', '-f', format]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    await expect(mask(r.stdout)).toMatchFileSnapshot(`__snapshots__/${name}.${ext}`);
  });
});

describe('the CSV is the contract\'s, whatever the report settings', () => {
  it('--date, --title, --issuer, --signer change no byte of it', () => {
    const plain = cchc(['score', ...JOBS.sample, '-f', 'csv']);
    const dressed = cchc(['score', ...JOBS.sample, '-f', 'csv', '--date', '2020-01-02', '--title', 'X', '--signer', 'A|B', '--signer-name', 'C', '--decision', '1/QĐ-UBND']);
    expect(dressed.bytes.equals(plain.bytes)).toBe(true);
    expect(plain.stdout.split('\r\n')[0]).toBe('\ufeffrank,unit,name,group,appraisal,survey,bonus,penalty,total,max,index,band,1,2,3,4,5,6,7,8');
  });
});
