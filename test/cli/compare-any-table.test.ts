// Issue 19, point 3: `compare` reads any ranking table, the council's own (a title block,
// `STT;Tên đơn vị;Chỉ số;Xếp hạng`, decimal commas, a mean row, the signatures) as well as cchc's
// (CSV or workbook, English or Vietnamese headings); units matched by code or name.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildXlsx, ic, nc, row } from '../helpers/build-xlsx.js';
import { codesIn, runCli } from '../helpers/run-cli.js';

const FIX = 'test/fixtures/reports/compare-council-table';
const COUNCIL = `${FIX}/council-2020.csv`;
const CCHC = `${FIX}/ranking-2021.csv`;
const EXPECTED = readFileSync(`${FIX}/expected.csv`, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'cchc-compare-any-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, data: string | Uint8Array): string => {
  writeFileSync(join(dir, name), data);
  return join(dir, name);
};
const compare = (before: string, after: string, ...more: string[]) => runCli(['compare', before, after, '-f', 'csv', ...more]);

/** cchc's ranking as the workbook issue 21 writes it: Vietnamese headings, numbers as numbers. */
function vietnameseWorkbook(): Uint8Array {
  const [, ...rows] = readFileSync(CCHC, 'utf8').replace(/^\ufeff/, '').trimEnd().split('\r\n').map((l) => l.split(','));
  const head = ['Hạng', 'Mã đơn vị', 'Tên đơn vị', 'Nhóm', 'Chỉ số (%)', 'Xếp loại'];
  const cols = 'ABCDEF';
  const xml = [
    row(1, ic('A1', 'KẾT QUẢ XẾP HẠNG CHỈ SỐ CCHC NĂM 2021')),
    row(3, head.map((h, k) => ic(`${cols[k]}3`, h)).join('')),
    ...rows.map((r, i) => row(i + 4, [nc(`A${i + 4}`, r[0] ?? ''), ic(`B${i + 4}`, r[1] ?? ''), ic(`C${i + 4}`, r[2] ?? ''), ic(`D${i + 4}`, r[3] ?? ''), nc(`E${i + 4}`, r[10] ?? ''), ic(`F${i + 4}`, r[11] ?? '')].join(''))),
  ];
  return buildXlsx({ sheets: [{ name: 'Xếp hạng', rows: xml.join('') }] });
}

describe('the council\'s own table against cchc\'s ranking', () => {
  it('title rows, STT, names only, decimal commas, the mean row and the signatures: read; names met by codes; exact bytes', () => {
    const r = compare(COUNCIL, CCHC);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(EXPECTED);
    // Sơn Mỹ Cũ (merged) and SONNINH (not in the council's table) named, each in its file's warning.
    expect(codesIn(r.stderr)).toEqual(['SCORE_COMPARE_UNMATCHED', 'SCORE_COMPARE_UNMATCHED']);
    expect(r.stderr).toContain('"Sơn Mỹ Cũ"');
    expect(r.stderr).toContain('"SONNINH" (Sơn Ninh)');
  });

  it('either way round: the code is the row\'s unit, the name its name', () => {
    const r = compare(CCHC, COUNCIL);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[1]).toBe('SONKIM1,Sơn Kim 1,2,1,1,92.50,92.10,-0.40');
  });

  it('cchc\'s ranking as a workbook with Vietnamese headings (Hạng, Mã đơn vị, Tên đơn vị, Nhóm, Chỉ số (%), Xếp loại): the same bytes', () => {
    const r = compare(COUNCIL, file('xep-hang-2021.xlsx', vietnameseWorkbook()));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(EXPECTED);
  });

  it.each([
    ['Xếp hạng;Mã đơn vị;Đơn vị;Chỉ số CCHC', (n: string, i: number, v: string) => `${i};X${i};${n};${v}`],
    ['Đơn vị;Mã;Chỉ số;Hạng', (n: string, i: number, v: string) => `${n};X${i};${v};${i}`],
    ['Thứ hạng;Đơn vị;Điểm', (n: string, i: number, v: string) => `${i};${n};${v}`],
    ['Hạng;Tên đơn vị;Chỉ số', (n: string, i: number, v: string) => `${i};${n};${v}%`],
    ['Rank;Name;Index', (n: string, i: number, v: string) => `${i};${n};${v}`],
  ])('headed %s: read, the units met by name', (header, line) => {
    const units: [string, string][] = [['Sơn Kim 1', '92,10'], ['Thị trấn Phố Châu', '91,45'], ['Sơn Trường', '88,44'], ['Sơn Kim 2', '86,20']];
    const text = [header, ...units.map(([n, v], i) => line(n, i + 1, v))].join('\r\n');
    const r = compare(file('table.csv', `${text}\r\n`), CCHC);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n').slice(1, 5).map((l) => l.split(',').slice(2, 6).join(','))).toEqual(['2,1,1,91.45', '1,2,-1,92.10', '4,3,1,86.20', '3,4,-1,88.44']);
  });

  it('no unit in common: an error (exit 1), nothing on stdout', () => {
    const other = file('other.csv', 'STT;Tên đơn vị;Chỉ số;Xếp hạng\r\n1;Xã Khác;90,00;1\r\n2;Xã Xa;80,00;2\r\n');
    const r = compare(other, CCHC, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(codesIn(r.stderr)).toEqual(['SCORE_COMPARE_NO_MATCH']);
    expect(r.stderr).toContain('no unit of');
  });

  it('a unit twice in one table (by code and by name) is a duplicate naming both rows', () => {
    const twice = file('twice.csv', 'Hạng,Mã đơn vị,Tên đơn vị,Chỉ số\n1,SONKIM1,Sơn Kim 1,92.10\n2,Sơn Kim 1,,91.00\n');
    const r = compare(twice, CCHC, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/3:2 +error +\[Mã đơn vị\] unit "Sơn Kim 1" appears twice: it is the name of "SONKIM1" \(Sơn Kim 1\) on line 2/);
  });

  it('an index that does not read because of its decimal mark says so (--decimal dot on a table of decimal commas)', () => {
    const r = compare(COUNCIL, CCHC, '--decimal', 'dot', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Chỉ số "92,10" is not a number: it is written with a decimal comma, but the file is read with a decimal point (write 92.10)');
  });
});
