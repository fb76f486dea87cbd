// Issue 19, point 4: the summary is checkable from the table under it. A council member re-adds
// the published indices (the CSV's `index` column, as every format shows it) and must find the
// summary's mean, median and units per band, overall and per group, in every format.
import { describe, expect, it } from 'vitest';
import { Rational } from '../../src/numbers/rational.js';
import { cchc, csvRows, FIXTURES, SAMPLE } from '../reports/helpers/run-cchc.js';

const JOBS = {
  sample: ['-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`],
  'by-group': ['-c', `${FIXTURES}/by-group/criteria.json`, '-s', `${FIXTURES}/by-group/scores.csv`],
};

/** Mean and median of published values, as a clerk would compute them, rounded half away from zero to 2 decimals. */
function byHand(values: string[]): { mean: string; median: string } {
  const rs = values.map((v) => Rational.parse(v) as Rational).sort((a, b) => a.cmp(b));
  const sum = rs.reduce((a, b) => a.add(b), Rational.ZERO);
  const mid = rs.length >> 1;
  const median = rs.length % 2 === 1 ? (rs[mid] as Rational) : (rs[mid - 1] as Rational).add(rs[mid] as Rational).div(Rational.int(2));
  return { mean: sum.div(Rational.int(rs.length)).toFixed(2), median: median.toFixed(2) };
}

describe.each(Object.entries(JOBS))('%s: the summary re-adds from the table', (name, job) => {
  const csv = csvRows(cchc(['score', ...job, '-f', 'csv']).stdout);
  const [header, ...rows] = csv as [string[], ...string[][]];
  const at = (col: string) => header.indexOf(col);
  const all = byHand(rows.map((r) => r[at('index')] as string));
  const groups = [...new Set(rows.map((r) => r[at('group')] as string))];
  const bandCount = (band: string) => rows.filter((r) => r[at('band')] === band).length;

  it('JSON: mean, median and band counts of the published indices, overall and per group', () => {
    const doc = JSON.parse(cchc(['score', ...job, '-f', 'json']).stdout) as {
      summary: { mean: number; median: number; bands: { band: string | null; count: number }[]; groups: { group: string; mean: number; median: number }[] };
    };
    expect([doc.summary.mean.toFixed(2), doc.summary.median.toFixed(2)]).toEqual([all.mean, all.median]);
    for (const b of doc.summary.bands) if (b.band !== null) expect(b.count, b.band).toBe(bandCount(b.band));
    if (name === 'by-group') {
      for (const g of doc.summary.groups) {
        const mine = byHand(rows.filter((r) => r[at('group')] === g.group).map((r) => r[at('index')] as string));
        expect([g.group, g.mean.toFixed(2), g.median.toFixed(2)]).toEqual([g.group, mine.mean, mine.median]);
      }
    }
  });

  it.each(['table', 'md', 'html'])('-f %s shows the same mean and median', (format) => {
    const out = cchc(['score', ...job, '-f', format, '--date', '2021-11-26']).stdout;
    expect(out).toContain(`${all.mean}`);
    if (format !== 'html') {
      expect(out).toContain(`bình quân ${all.mean}; trung vị ${all.median}`);
      if (name === 'by-group') {
        for (const g of groups) {
          const mine = byHand(rows.filter((r) => r[at('group')] === g).map((r) => r[at('index')] as string));
          expect(out).toContain(`bình quân ${mine.mean}; trung vị ${mine.median}`);
        }
      }
    }
  });

  if (name === 'sample') {
    it('the sample: 79.61, the mean of the 25 indices the table shows (79.60 was the mean of the exact ones)', () => {
      expect(all.mean).toBe('79.61');
    });
  }
});
