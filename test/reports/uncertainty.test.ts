// `cchc score --uncertainty` end to end on the built CLI: the contract's CSV columns, JSON, table,
// HTML, the notices, the usage errors, and the same bytes for the same seed.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, SAMPLE, cchc, codesIn, csvRows } from './helpers/run-cchc.js';

const score = (...more: string[]) => cchc(['score', '-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`, ...more]);
const tmp = mkdtempSync(join(tmpdir(), 'cchc-uncertainty-'));

describe('--format csv', () => {
  const plain = csvRows(score('-f', 'csv').stdout);
  const run = score('-f', 'csv', '--uncertainty');
  const rows = csvRows(run.stdout);
  it('appends rank_low,rank_high,index_low,index_high after the field columns, the rest unchanged', () => {
    expect(run.status).toBe(0);
    expect(rows[0]).toEqual([...(plain[0] as string[]), 'rank_low', 'rank_high', 'index_low', 'index_high']);
    expect(rows.map((r) => r.slice(0, -4))).toEqual(plain);
  });
  it('every interval holds the published rank and index, written with the set\'s precision', () => {
    for (const r of rows.slice(1)) {
      const [rank, index, low, high, iLow, iHigh] = [r[0], r[10], r[20], r[21], r[22], r[23]].map(Number) as number[];
      expect(low).toBeLessThanOrEqual(rank as number);
      expect(high).toBeGreaterThanOrEqual(rank as number);
      expect(iLow).toBeLessThanOrEqual(index as number);
      expect(iHigh).toBeGreaterThanOrEqual(index as number);
      expect(r[22]).toMatch(/^\d+\.\d\d$/);
    }
    // 30 forms a unit: the survey moves some ranks (the sample has neighbours 0.1 points apart).
    expect(rows.slice(1).some((r) => r[20] !== r[21])).toBe(true);
  });
  it('the same seed gives the same bytes; another seed other intervals', () => {
    expect(score('-f', 'csv', '--uncertainty').bytes.equals(run.bytes)).toBe(true);
    expect(score('-f', 'csv', '--uncertainty', '--seed', '1').bytes.equals(run.bytes)).toBe(true);
    expect(score('-f', 'csv', '--uncertainty', '--seed', '2').stdout).not.toBe(run.stdout);
  });
  it('the order of the survey rows does not matter', () => {
    const [header, ...lines] = readFileSync(join(ROOT, SAMPLE, 'survey.csv'), 'utf8').trimEnd().split('\n');
    const reversed = join(tmp, 'survey-reversed.csv');
    writeFileSync(reversed, [header, ...lines.reverse()].join('\n') + '\n');
    const again = cchc(['score', '-s', `${SAMPLE}/scores.csv`, '-u', reversed, '-f', 'csv', '--uncertainty']);
    expect(again.stdout).toBe(run.stdout);
  });
  it('--replicates, --seed or --level alone ask for intervals; a higher level gives intervals as wide or wider', () => {
    const wide = csvRows(score('-f', 'csv', '--level', '99%').stdout);
    expect(wide[0]?.slice(-4)).toEqual(['rank_low', 'rank_high', 'index_low', 'index_high']);
    wide.slice(1).forEach((r, i) => {
      const narrow = rows[i + 1] as string[];
      expect(Number(r[22])).toBeLessThanOrEqual(Number(narrow[22]));
      expect(Number(r[23])).toBeGreaterThanOrEqual(Number(narrow[23]));
    });
  });
});

describe('other formats', () => {
  it('json: the same four values per unit, where they come from, and meta.uncertainty', () => {
    const doc = JSON.parse(score('-f', 'json', '--uncertainty').stdout);
    const csv = csvRows(score('-f', 'csv', '--uncertainty').stdout).slice(1);
    expect(doc.meta.uncertainty).toMatchObject({ method: 'bootstrap', replicates: 1000, seed: 1, level: 0.9 });
    doc.units.forEach((u: Record<string, unknown>, i: number) => {
      const r = csv[i] as string[];
      expect([u['unit'], u['rank_low'], u['rank_high'], u['index_low'], u['index_high'], u['interval_basis']]).toEqual([r[1], Number(r[20]), Number(r[21]), Number(r[22]), Number(r[23]), 'forms']);
    });
    expect(doc.meta.uncertainty.notDistinguishable.length).toBeGreaterThan(0);
  });
  it('table: the rank as "4 (3–6)", the interval column and how to read it', () => {
    const out = score('--uncertainty').stdout;
    expect(out).toMatch(/│ +1 \(1–1\) │ PHOCHAU/);
    expect(out).toMatch(/│ +\d+ \(\d+–\d+\) │ SONNINH/);
    expect(out).toContain('Khoảng 90%');
    expect(out).toContain('Cách đọc khoảng tin cậy');
    expect(score('--uncertainty', '--lang', 'en').stdout).toContain('How to read the intervals');
  });
  it('md: the rank with its interval and the sentence', () => {
    const out = score('-f', 'md', '--uncertainty').stdout;
    expect(out).toMatch(/\| 1 \(1–1\) \| PHOCHAU \|/);
    expect(out).toContain('_Cách đọc khoảng tin cậy');
  });
  it('html: a whisker on every bar, the sentence under the chart, the pairs the survey cannot tell apart', () => {
    const html = score('-f', 'html', '--uncertainty').stdout;
    expect(html.match(/<path class="interval"/g)?.length).toBe(25);
    expect(html).toContain('<p class="how-to-read">Cách đọc khoảng tin cậy');
    expect(html).toContain('vạch ngang trên biểu đồ');
    expect(html).toMatch(/<section class="pairs">\n<h2>Các cặp đơn vị liền kề không phân biệt được qua khảo sát<\/h2>\n<ul class="pairs">\n<li>\d+\. [^<]+ \(\d+–\d+\) và \d+\. [^<]+ \(\d+–\d+\)<\/li>/);
    expect(score('-f', 'html').stdout).not.toContain('class="interval"');
  });
});

describe('notices', () => {
  it('--verbose lists the neighbours the survey cannot tell apart, and how the intervals were made', () => {
    const r = score('-f', 'csv', '--uncertainty', '--verbose');
    expect(r.status).toBe(0);
    expect(codesIn(r.stderr)).toEqual(expect.arrayContaining(['SCORE_UNCERTAINTY_METHOD', 'SCORE_UNCERTAINTY_NOT_DISTINGUISHABLE']));
    expect(r.stderr).toMatch(/không phân biệt được qua khảo sát: \S+ \(hạng \d+, khoảng \d+–\d+\) và \S+ \(hạng \d+, khoảng \d+–\d+\)/);
    expect(r.stderr).toContain('lấy mẫu lại 1000 lần 746 phiếu khảo sát của 25 đơn vị (hạt giống 1)');
    expect(score('-f', 'csv', '--uncertainty', '--verbose', '--lang', 'en').stderr).toMatch(/not distinguishable by the survey: \S+ \(rank \d+, \d+–\d+\)/);
    // Without --verbose they stay quiet: nothing to fix.
    expect(score('-f', 'csv', '--uncertainty').stderr).toBe('');
  });
  it('survey given as points: a warning, and the index interval is the index itself', () => {
    const r = cchc(['score', '-c', `${FIXTURES}/mini-set/criteria.json`, '-s', `${FIXTURES}/mini-set/scores.csv`, '-f', 'csv', '--uncertainty']);
    expect(r.status).toBe(0);
    expect(codesIn(r.stderr)).toContain('SCORE_UNCERTAINTY_SURVEY_POINTS');
    expect(r.stderr).toContain('điều tra xã hội học của 3 đơn vị B, A, C được nhập dưới dạng điểm');
    for (const row of csvRows(r.stdout).slice(1)) {
      expect([row[row.length - 4], row[row.length - 3]]).toEqual([row[0], row[0]]);
      expect([row[row.length - 2], row[row.length - 1]]).toEqual([row[10], row[10]]);
    }
    const html = cchc(['score', '-c', `${FIXTURES}/mini-set/criteria.json`, '-s', `${FIXTURES}/mini-set/scores.csv`, '-f', 'html', '--uncertainty']).stdout;
    expect(html).toContain('3 đơn vị có điểm điều tra xã hội học nhập sẵn, không có phiếu');
  });
  it('no survey at all: a warning', () => {
    const r = cchc(['score', '-s', `${SAMPLE}/scores.csv`, '-f', 'csv', '--uncertainty']);
    expect(r.status).toBe(0);
    expect(codesIn(r.stderr)).toEqual(['SCORE_SURVEY_NOT_GIVEN', 'SCORE_UNCERTAINTY_NO_SURVEY']);
  });
});

describe('usage errors: exit 2, said in Vietnamese (English with --lang en)', () => {
  it.each([
    [['--replicates', '5'], '--replicates 5: cần một số nguyên từ 100 đến 100000'],
    [['--replicates', '1e3'], '--replicates 1e3: cần một số nguyên'],
    [['--replicates', '200001'], '--replicates 200001: cần một số nguyên'],
    [['--seed', '-1'], '--seed -1: cần một số nguyên từ 0 đến 4294967295'],
    [['--seed', '1.5'], '--seed 1.5: cần một số nguyên'],
    [['--level', '2'], '--level 2: cần một mức từ 0,5 đến 0,99'],
    [['--level', '0.3'], '--level 0.3: cần một mức'],
    [['--level', 'cao'], '--level cao: cần một mức'],
    [['--level', '100%'], '--level 100%: cần một mức'],
  ])('%j', (args, message) => {
    const r = score('--uncertainty', ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/at .*\.(c?js|ts):\d+/); // no stack trace
  });
  it('in English with --lang en', () => {
    const r = score('--level', 'x', '--lang', 'en');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--level x: needs a level from 0.5 to 0.99 (or 50% to 99%)');
  });
  it('accepts the level as 0.95, 0,95, 95% or 95', () => {
    const out = ['0.95', '0,95', '95%', '95'].map((l) => score('-f', 'json', '--level', l).stdout);
    for (const o of out) expect(JSON.parse(o).meta.uncertainty.level).toBe(0.95);
  });
});
