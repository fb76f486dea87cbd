// What a format cannot hold is refused before anything is written, with a located message and
// exit 2 (the data are sound; another format writes them): a workbook past Excel's grid (a
// template of 20,000 leaves would run past column XFD) or with a cell over 32,767 characters; a
// Word annex past what it is measured for (10,000 units, 50,000 remarks). CSV writes
// the same data whole. The annex's 10,000 units in bounded memory: test/perf/docx-memory.test.ts.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isDiagnosticsError } from '../../src/diagnostics/diagnostic.js';
import { template } from '../../src/index.js';
import { ANNEX_LIMITS, renderDocx } from '../../src/report/docx/render-docx.js';
import { renderRankingXlsx } from '../../src/report/render-xlsx.js';
import { groupFindings, type Finding } from '../../src/sheets/finding.js';
import { loadSet, scoreJob } from '../helpers/pipeline.js';
import { cchc, codesIn, csvRows, SAMPLE } from './helpers/run-cchc.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));

const criteria = loadSet('criteria/ha-tinh-xa-2021.json');
const job = (await scoreJob('criteria/ha-tinh-xa-2021.json', readFileSync(`${SAMPLE}/scores.csv`, 'utf8'))).job;
const units = job?.units ?? [];
const settings = { date: { year: 2021, month: 11, day: 26 }, year: 2021, issuer: ['UBND'], version: '0' };

/** The diagnostics a rejected render carries. */
async function refusal(render: () => unknown): Promise<{ code: string; args: unknown; loc: unknown }[]> {
  try {
    await render();
  } catch (e) {
    if (isDiagnosticsError(e)) return e.diagnostics.map((d) => ({ code: d.code, args: d.args, loc: d.loc }));
    throw e;
  }
  return [];
}

describe('the Word annex is refused past the size it is built for', () => {
  it('10,001 units: refused before anything is built', async () => {
    const many = Array.from({ length: ANNEX_LIMITS.units + 1 }, (_, i) => ({ ...(units[i % units.length] as (typeof units)[number]), unit: `U${i}` }));
    expect(await refusal(() => renderDocx({ criteria, units: many, settings }, { precision: 2, mark: ',' }))).toEqual([
      { code: 'OUTPUT_DOCX_TOO_LARGE', loc: {}, args: { units: 10_001, remarks: 0, maxUnits: 10_000, maxRemarks: 50_000 } },
    ]);
  });

  it('50,001 remarks shown (shortcomings, recommendations) with --with-findings: refused; other kinds do not count', async () => {
    const remarks: Finding[] = Array.from({ length: 50_001 }, (_, i) => ({ unit: units[i % units.length]?.unit ?? '', kind: i % 2 ? 'shortcoming' : 'recommendation', note: `n${i}`, evidence: '', file: 'f.csv', line: i + 2 }));
    const findings = groupFindings(remarks, true);
    expect((await refusal(() => renderDocx({ criteria, units, settings, findings }, { precision: 2, mark: ',' })))[0]?.args).toEqual({ units: 25, remarks: 50_001, maxUnits: 10_000, maxRemarks: 50_000 });
    const acknowledged = groupFindings([...remarks.slice(1), { ...(remarks[0] as Finding), kind: 'acknowledgement' }], true);
    expect((await renderDocx({ criteria, units: units.slice(0, 2), settings, findings: acknowledged }, { precision: 2, mark: ',' })).length).toBeGreaterThan(0);
  });

  it('built binary: exit 2, in words, suggesting xlsx or csv; no file', () => {
    const sample = readFileSync(`${SAMPLE}/scores.csv`, 'utf8').split(/\r?\n/).filter(Boolean);
    const rows = Array.from({ length: 10_001 }, (_, i) => (sample[1 + (i % 25)] as string).replace(/^[^,]*,[^,]*,/, `U${i},Xã ${i},`));
    const scores = file('big.csv', [sample[0], ...rows].join('\n'));
    const out = join(dir, 'big.docx');
    const r = cchc(['score', '-s', scores, '-o', out]);
    expect(r.status).toBe(2);
    expect(codesIn(r.stderr)).toEqual(['OUTPUT_DOCX_TOO_LARGE', 'SCORE_SURVEY_NOT_GIVEN']);
    expect(r.stderr).toContain('phụ lục Word sẽ có 10.001 đơn vị và 0 nhận xét; phụ lục chỉ lập được tối đa 10.000 đơn vị và 50.000 nhận xét');
    expect(r.stderr).toContain('(-f xlsx, -f csv)');
    expect(existsSync(out)).toBe(false);
  });
});

/** One field of `n` leaves of one point each. */
function wideSet(n: number): string {
  const leaves = Array.from({ length: n }, (_, i) => ({ code: `1.${i + 1}`, title: `Tiêu chí ${i + 1}`, max: 1 }));
  return JSON.stringify({ format: 'cchc-criteria/1', id: 'rong', version: '1', title: 'Bộ rất rộng', fields: [{ code: '1', title: 'Lĩnh vực', max: n, children: leaves }] });
}

describe('workbooks within Excel’s limits', () => {
  it('a template of 20,000 leaves: refused at the first leaf past XFD (its JSON path), exit 2; the CSV template is written', () => {
    const set = file('wide.json', wideSet(20_000));
    const out = join(dir, 'wide.xlsx');
    const r = cchc(['template', '-c', set, '-o', out]);
    expect(r.status).toBe(2);
    expect(codesIn(r.stderr)).toEqual(['CRITERIA_TOTAL_NOT_100', 'OUTPUT_XLSX_SHEET_TOO_LARGE']);
    // unit, name, group, then the leaves: column 16,385 holds leaf 16,382.
    expect(r.stderr).toContain('fields[0].children[16381]');
    expect(r.stderr).toContain('trang tính Điểm sẽ có 20.004 cột; Excel chỉ chứa tối đa 16.384 (đến cột XFD): "1.16382" sẽ nằm ngoài');
    expect(r.stderr).toContain('ghi ra CSV');
    expect(existsSync(out)).toBe(false);
    const csv = cchc(['template', '-c', set, '-f', 'csv']);
    expect(csv.status).toBe(0);
    expect(csvRows(csv.stdout)[0]).toHaveLength(20_004);
  }, 60_000);

  it('from the library: not ok, the refusal among the diagnostics, no output (nothing thrown)', async () => {
    const r = await template({ criteria: JSON.parse(wideSet(20_000)) as Record<string, unknown>, format: 'xlsx', lang: 'en' });
    expect(r.ok).toBe(false);
    expect(r.output).toBeUndefined();
    const refused = r.diagnostics.filter((d) => d.code.startsWith('OUTPUT_'));
    expect(refused.map((d) => [d.code, d.severity, d.path])).toEqual([['OUTPUT_XLSX_SHEET_TOO_LARGE', 'error', 'fields[0].children[16381]']]);
    expect(refused[0]?.message).toBe('the sheet Scores would have 20,004 columns; Excel holds at most 16,384 (to column XFD): "1.16382" would be past it');
    expect(r.header).toHaveLength(20_004);
  }, 60_000);

  it('a template of 16,380 leaves (16,384 columns, to XFD) is written', () => {
    const r = cchc(['template', '-c', file('edge.json', wideSet(16_380)), '-o', join(dir, 'edge.xlsx')]);
    expect(codesIn(r.stderr)).toEqual(['CRITERIA_TOTAL_NOT_100']);
    expect(r.status).toBe(0);
  }, 60_000);

  it('a cell over 32,767 characters: refused at its cell (Xếp hạng!C2), every one named; the CSV keeps it whole', async () => {
    const long = 'Xã '.repeat(11_000);
    const renamed = units.map((u, i) => (i < 2 ? { ...u, name: long } : u));
    const problems = await refusal(() => renderRankingXlsx(criteria, renamed, { lang: 'vi', inputs: [] }));
    expect(problems.map((p) => [p.code, p.loc, p.args])).toEqual([
      ['OUTPUT_XLSX_CELL_TOO_LONG', { sheet: 'Xếp hạng', line: 2, column: 3 }, { length: 33_000, max: 32_767 }],
      ['OUTPUT_XLSX_CELL_TOO_LONG', { sheet: 'Xếp hạng', line: 3, column: 3 }, { length: 33_000, max: 32_767 }],
    ]);
    expect(await refusal(() => renderRankingXlsx(criteria, units.map((u, i) => (i === 0 ? { ...u, name: 'x'.repeat(32_767) } : u)), { lang: 'vi', inputs: [] }))).toEqual([]);
  });

  it('built binary: exit 2 and the cell, in Vietnamese and English; no file', () => {
    const sample = readFileSync(`${SAMPLE}/scores.csv`, 'utf8').split(/\r?\n/).filter(Boolean);
    const scores = file('long.csv', [sample[0], (sample[1] as string).replace(/^([^,]*),[^,]*,/, `$1,${'Xã '.repeat(11_000)}x,`), ...sample.slice(2)].join('\n'));
    const out = join(dir, 'long.xlsx');
    const vi = cchc(['score', '-s', scores, '-o', out]);
    expect(vi.status).toBe(2);
    expect(vi.stderr).toMatch(/'Xếp hạng'!C2\s+lỗi\s+một ô dài 33\.001 ký tự: Excel chỉ chứa tối đa 32\.767 ký tự một ô; sổ tính không được ghi\s+OUTPUT_XLSX_CELL_TOO_LONG/);
    expect(cchc(['score', '-s', scores, '-o', out, '--lang', 'en']).stderr).toContain('a cell of 33,001 characters: Excel holds at most 32,767 in a cell');
    expect(existsSync(out)).toBe(false);
    expect(cchc(['score', '-s', scores, '-f', 'csv']).status).toBe(0);
  });
});
