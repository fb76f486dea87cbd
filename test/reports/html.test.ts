import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/html/escape-html.js';
import { FIXTURES, ROOT, SAMPLE, cchc, rankingByUnit } from './helpers/run-cchc.js';

const job = ['-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`];
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const sha = (path: string) => createHash('sha256').update(readFileSync(join(ROOT, path))).digest('hex');
const strip = (s: string) => s.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').trim();

/** The cells of the ranking table's body rows, tags removed. */
function rankingCells(html: string): string[][] {
  const table = /<table class="ranking">([^]*?)<\/table>/.exec(html)?.[1] ?? '';
  const body = /<tbody>([^]*?)<\/tbody>/.exec(table)?.[1] ?? '';
  return [...body.matchAll(/<tr>([^]*?)<\/tr>/g)].map((m) => [...(m[1] ?? '').matchAll(/<td[^>]*>([^]*?)<\/td>/g)].map((c) => strip(c[1] ?? '')));
}

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`a & "b" 'c'`, 'a &amp; &quot;b&quot; &#39;c&#39;'],
    ['Sơn Kim 1', 'Sơn Kim 1'],
  ])('%s', (text, html) => expect(escapeHtml(text)).toBe(html));
});

describe('cchc score --format html on the Hương Sơn sample', () => {
  const r = cchc(['score', ...job, '-f', 'html']);
  const html = r.stdout;
  const csv = rankingByUnit(cchc(['score', ...job, '-f', 'csv']).stdout);

  it('one self-contained document: inline CSS and SVG, no script, nothing fetched', () => {
    expect(r.status).toBe(0);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[^]*@page \{ size: A4[^]*@media print[^]*<\/style>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(|@import/i);
    expect(html.match(/https?:\/\/[^"]*/g) ?? []).toEqual(['http://www.w3.org/2000/svg']); // the SVG namespace, never fetched
  });

  it('the title, the criteria set as id@version (never its path inside the package), cchc\'s version', () => {
    expect(html).toMatch(/<h1>Kết quả xác định Chỉ số cải cách hành chính năm \d{4}<\/h1>/);
    expect(html).toContain('(ha-tinh-xa@2021)');
    expect(html).not.toContain('criteria/ha-tinh-xa-2021.json');
    expect(html).toContain(`<tr><th>Phần mềm tính</th><td>cchc ${VERSION}</td></tr>`);
    expect(html).toContain('<td>ha-tinh-xa@2021</td>'); // the inputs table names the bundled set
  });

  it('the ranking table agrees with cchc score, cell by cell', () => {
    const rows = rankingCells(html);
    expect(rows).toHaveLength(25);
    const cols = ['rank', 'unit', 'name', 'group', 'appraisal', 'survey', 'bonus', 'penalty', 'total', 'max', 'index', 'band'];
    for (const row of rows) {
      const expected = csv.get(row[1] ?? '');
      expect(row).toEqual(cols.map((c) => expected?.[c]));
    }
  });

  it('the bar chart: one bar per unit, coloured by band, with the published index', () => {
    const svg = /<svg class="chart"[^]*?<\/svg>/.exec(html)?.[0] ?? '';
    const bars = [...svg.matchAll(/<rect [^>]*fill="(#[0-9a-f]{6})"><title>([^<]*)<\/title>/g)];
    expect(bars).toHaveLength(25);
    const fillOf = new Map<string, string>();
    for (const [, fill, title] of bars) {
      const unit = title?.split(' ')[0] ?? '';
      expect(title).toContain(`: ${csv.get(unit)?.['index']} (${csv.get(unit)?.['band']})`);
      const band = csv.get(unit)?.['band'] ?? '';
      if (fillOf.has(band)) expect(fillOf.get(band)).toBe(fill);
      fillOf.set(band, fill ?? '');
    }
    expect(new Set(fillOf.values()).size).toBe(fillOf.size); // a colour per band
  });

  it('the chart: band lines stop short of every value label (boxes of 6.2 px a character; the browser test measures the real ones)', () => {
    const svg = /<svg class="chart"[^]*?<\/svg>/.exec(html)?.[0] ?? '';
    const lines = [...svg.matchAll(/<line class="band" x1="([\d.]+)" y1="([\d.]+)" x2="[\d.]+" y2="([\d.]+)"/g)].map((m) => ({ x: Number(m[1]), y1: Number(m[2]), y2: Number(m[3]) }));
    const labels = [...svg.matchAll(/<text class="value" x="([\d.]+)" y="([\d.]+)" font-size="10">([^<]*)<\/text>/g)].map((m) => ({ x1: Number(m[1]), x2: Number(m[1]) + (m[3] ?? '').length * 6.2, y1: Number(m[2]) - 10, y2: Number(m[2]) + 2 }));
    expect(labels).toHaveLength(25);
    expect(lines.length).toBeGreaterThan(4); // the lines at 70, 80 and 90 are broken around labels
    const crossed = labels.filter((b) => lines.some((l) => l.x >= b.x1 && l.x <= b.x2 && Math.max(l.y1, b.y1) < Math.min(l.y2, b.y2)));
    expect(crossed).toEqual([]);
  });

  it('the heat table: the component index of every field as cchc score --format json gives it, a background by value', () => {
    const doc = JSON.parse(cchc(['score', ...job, '-f', 'json']).stdout) as { units: { index: number; fields: { index: number }[] }[] };
    const heat = /<table class="heat">[^]*?<\/table>/.exec(html)?.[0] ?? '';
    const rows = [...heat.matchAll(/<tr><td class="n">\d+<\/td>([^]*?)<\/tr>/g)].map((m) => [...(m[1] ?? '').matchAll(/<td class="n" style="background:hsl\(\d+ 65% 82%\)">([0-9.]+)<\/td>/g)].map((c) => c[1]));
    expect(rows).toEqual(doc.units.map((u) => u.fields.map((f) => f.index.toFixed(2))));
    expect(rows[0]).toEqual(['92.50', '95.24', '92.19', '95.45', '95.83', '96.43', '84.30', '90.56']);
  });

  it('band counts per group add up to the units', () => {
    const bands = /<table class="bands">[^]*?<\/table>/.exec(html)?.[0] ?? '';
    expect(bands).toContain('<th class="n">Thị trấn</th><th class="n">Xã</th><th class="n">Tổng</th>');
    const counts = [...bands.matchAll(/<tr><td class="t">[^]*?<\/span>([^<]*)<\/td><td class="n">[^<]*<\/td><td class="n">(\d+)<\/td><td class="n">(\d+)<\/td><td class="n">(\d+)<\/td><\/tr>/g)].map((m) => [m[1], Number(m[2]), Number(m[3]), Number(m[4])]);
    expect(counts).toEqual([['Xuất sắc', 1, 2, 3], ['Tốt', 1, 7, 8], ['Khá', 0, 13, 13], ['Trung bình', 0, 1, 1], ['Yếu', 0, 0, 0]]);
    const expected = new Map<string, number>();
    for (const row of csv.values()) expected.set(row['band'] ?? '', (expected.get(row['band'] ?? '') ?? 0) + 1);
    expect(counts.filter(([, , , n]) => n).map(([b, , , n]) => [b, n])).toEqual([...expected.entries()]);
    expect(bands).toContain('<tr class="sum"><th>Tổng</th><th></th><th class="n">2</th><th class="n">23</th><th class="n">25</th></tr>');
  });

  it('the SHA-256 of the criteria file and of every input file', () => {
    for (const file of ['criteria/ha-tinh-xa-2021.json', `${SAMPLE}/scores.csv`, `${SAMPLE}/survey.csv`]) expect(html).toContain(`<td class="hash">${sha(file)}</td>`);
  });

  it('--format json gives the same fingerprints under meta.inputs', () => {
    const doc = JSON.parse(cchc(['score', ...job, '-f', 'json']).stdout) as { meta: { inputs: { role: string; sha256: string }[] } };
    expect(doc.meta.inputs.map((i) => [i.role, i.sha256])).toEqual([
      ['criteria', sha('criteria/ha-tinh-xa-2021.json')], ['scores', sha(`${SAMPLE}/scores.csv`)], ['survey', sha(`${SAMPLE}/survey.csv`)],
    ]);
  });

  it('deterministic: the same inputs give the same bytes', () => {
    expect(cchc(['score', ...job, '-f', 'html']).stdout).toBe(html);
  });

  it('--lang en', () => {
    const en = cchc(['score', ...job, '-f', 'html', '--lang', 'en']).stdout;
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h2>Component index by field (%)</h2>');
    expect(en).toContain('<th class="n">Index (%)</th>');
  });
});

describe('cchc score --format html escapes every text from the files', () => {
  it('unit names with markup stay text', () => {
    const r = cchc(['score', '-c', `${FIXTURES}/mini-set/criteria.json`, '-s', `${FIXTURES}/html-hostile-names/scores.csv`, '-f', 'html']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/<script|<img/i);
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Xã&quot; An');
    expect(r.stdout).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });
});
