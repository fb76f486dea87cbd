// The Word annex read back from its XML: A4 and its orientation, Times New Roman 12–14 pt, the
// Decree 30 head (issuer, national motto), the title and the decision, every unit with the CSV's
// numbers, the header row repeated on every page (w:tblHeader), the signature block; the same
// bytes for the same --date; docx loaded only by a run that writes a Word file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readZip, zipText } from '../helpers/read-zip.js';
import { FIXTURES, ROOT, SAMPLE, cchc, csvRows } from './helpers/run-cchc.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const job = ['-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`];
const dressed = ['--issuer', 'ỦY BAN NHÂN DÂN|HUYỆN HƯƠNG SƠN', '--place', 'Hương Sơn', '--decision', '123/QĐ-UBND', '--signer', 'TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH', '--signer-name', 'Nguyễn Văn A'];

function annex(name: string, args: string[], env?: NodeJS.ProcessEnv): Buffer {
  const out = join(dir, name);
  const r = spawnSync(process.execPath, ['bin/cchc.js', 'score', ...args, '-o', out], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env } });
  expect(r.status).toBe(0);
  return readFileSync(out);
}

/** The text of each paragraph (w:p) of a part, runs joined, line breaks as |. */
const paragraphs = (xml: string): string[] =>
  [...xml.matchAll(/<w:p[ >][^]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? '|').join(''));

describe('cchc score -o annex.docx on the Hương Sơn sample', () => {
  const bytes = annex('annex.docx', [...job, '--date', '2021-11-26', ...dressed]);
  const doc = zipText(bytes, 'word/document.xml');
  const text = paragraphs(doc);
  const csv = csvRows(cchc(['score', ...job, '-f', 'csv']).stdout).slice(1);

  it('A4 landscape (11 columns), margins of Decree 30 (top/bottom 20, left 30, right 15 mm)', () => {
    expect(doc).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
  });

  it('Times New Roman everywhere, body 14 pt, the table 13 pt, nothing below 12 pt', () => {
    const styles = zipText(bytes, 'word/styles.xml');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/><w:sz w:val="28"\/>/);
    const fonts = new Set([...doc.matchAll(/<w:rFonts ([^/]*)\/>/g)].flatMap((m) => [...(m[1] ?? '').matchAll(/="([^"]*)"/g)].map((x) => x[1])));
    expect([...fonts]).toEqual(['Times New Roman']);
    // The size of every run that writes text (the rules under the head are empty runs of 2 pt).
    const sizes = new Set([...doc.matchAll(/<w:r>(?:(?!<\/w:r>)[^])*?<w:sz w:val="(\d+)"\/>(?:(?!<\/w:r>)[^])*?<w:t(?: [^>]*)?>[^<]/g)].map((m) => Number(m[1])));
    expect([...sizes].sort()).toEqual([24, 26, 28]);
  });

  it('the head: issuer (the body in bold) and the national motto; the title and the decision it goes with', () => {
    expect(text).toContain('ỦY BAN NHÂN DÂN|HUYỆN HƯƠNG SƠN');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc');
    expect(doc).toMatch(/<w:b\/>[^]{0,200}<w:t xml:space="preserve">HUYỆN HƯƠNG SƠN<\/w:t>/);
    expect(text).toContain('PHỤ LỤC');
    expect(text).toContain('Kết quả xác định Chỉ số cải cách hành chính năm 2021');
    expect(text).toContain('(Kèm theo Quyết định số 123/QĐ-UBND ngày 26 tháng 11 năm 2021)');
  });

  it('the ranking: a header row repeated on every page, then every unit with the CSV\'s numbers, rows never split', () => {
    // The table's last row holds its last rows (a nested table) and the summary: the innermost rows are the table's.
    const table = doc.slice(doc.lastIndexOf('<w:tbl>', doc.indexOf('Chỉ số (%)')), doc.indexOf('Tổng hợp 25 đơn vị'));
    const rows = [...table.matchAll(/<w:tr>((?:(?!<w:tr>)[^])*?)<\/w:tr>/g)].map((m) => m[1] ?? '');
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).every((r) => !r.includes('<w:tblHeader/>') && r.includes('<w:cantSplit/>'))).toBe(true);
    const cells = rows.map((r) => [...r.matchAll(/<w:tc>([^]*?)<\/w:tc>/g)].map((c) => paragraphs(c[1] ?? '').join(' ')));
    expect(cells[0]).toEqual(['Hạng', 'Đơn vị', 'Nhóm', 'Thẩm định', 'Điều tra XHH', 'Thưởng', 'Trừ', 'Tổng điểm', 'Tối đa', 'Chỉ số (%)', 'Xếp loại']);
    // CSV: rank,unit,name,group,appraisal,survey,bonus,penalty,total,max,index,band
    expect(cells.slice(1)).toEqual(csv.map((r) => [r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11]]));
    expect(cells).toHaveLength(26);
  });

  it('the last two rows, the summary and the signature block are one row of the table that never splits', () => {
    const start = doc.lastIndexOf('<w:tbl>', doc.indexOf('Chỉ số (%)'));
    const rows = [...doc.slice(start).matchAll(/<w:tr>/g)].map((m) => start + (m.index ?? 0));
    // The outer table's last row: it opens a nested table of the last two units, then the summary and the signer.
    const last = rows.find((at) => doc.slice(at, at + 1200).includes('<w:tbl>')) ?? -1;
    const tail = doc.slice(last, doc.indexOf('</w:body>'));
    expect(tail.indexOf('<w:cantSplit/>')).toBeLessThan(tail.indexOf('<w:tbl>'));
    const text = paragraphs(tail).filter(Boolean);
    expect(text.slice(0, 2 * 11)).toEqual(csv.slice(-2).flatMap((r) => [r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11]]));
    expect(text.slice(22, 24)).toEqual([expect.stringMatching(/^Tổng hợp 25 đơn vị/), 'Hương Sơn, ngày 26 tháng 11 năm 2021']);
  });

  it('the summary, the place and date, the signature block; page numbers from the second page', () => {
    expect(text.some((p) => p.startsWith('Tổng hợp 25 đơn vị: chỉ số bình quân 79.61; trung vị 77.57; cao nhất 93.64 (Thị trấn Phố Châu)'))).toBe(true);
    expect(text).toContain('Hương Sơn, ngày 26 tháng 11 năm 2021');
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH');
    expect(text).toContain('Nguyễn Văn A');
    expect(doc).toContain('<w:titlePg/>');
    const header = readZip(bytes).filter((e) => /^word\/header\d\.xml$/.test(e.name)).map((e) => e.data.toString());
    expect(header.some((h) => h.includes('PAGE'))).toBe(true);
  });

  it('the same --date, the same bytes (SOURCE_DATE_EPOCH too); every part stamped with the date', () => {
    expect(annex('again.docx', [...job, '--date', '2021-11-26', ...dressed]).equals(bytes)).toBe(true);
    expect(annex('epoch.docx', [...job, ...dressed], { SOURCE_DATE_EPOCH: '1637931600' }).equals(bytes)).toBe(true);
    expect(annex('other.docx', [...job, '--date', '2021-11-27', ...dressed]).equals(bytes)).toBe(false);
    const entries = readZip(bytes);
    expect(entries.length).toBeGreaterThan(8);
    for (const e of entries) expect([e.date, e.localDate]).toEqual([{ year: 2021, month: 11, day: 26, time: 0 }, e.localDate === 0 ? 0 : ((2021 - 1980) << 9) | (11 << 5) | 26]);
    expect(zipText(bytes, 'docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2021-11-26T00:00:00Z</dcterms:created>');
  });
});

describe('the annex of other sets', () => {
  it('a narrow table (no group, no bonus or penalty) stays on an A4 portrait page', () => {
    const bytes = annex('mini.docx', ['-c', `${FIXTURES}/mini-set/criteria.json`, '-s', `${FIXTURES}/mini-set/scores.csv`, '--date', '2021-11-26']);
    const doc = zipText(bytes, 'word/document.xml');
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(paragraphs(doc)).toContain('(Kèm theo Quyết định số …………/QĐ-UBND ngày ………… tháng ………… năm …………)');
  });

  it('text from the files stays text: markup in a unit name is escaped, the XML well formed', () => {
    const bytes = annex('hostile.docx', ['-c', `${FIXTURES}/mini-set/criteria.json`, '-s', `${FIXTURES}/html-hostile-names/scores.csv`, '--date', '2021-11-26', '--place', '<b>&']);
    const doc = zipText(bytes, 'word/document.xml');
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Xã&quot; An');
    expect(doc).toContain('&lt;b&gt;&amp;, ngày 26 tháng 11 năm 2021');
    expect(doc).not.toMatch(/<script|<b>/);
  });

  it('ranked by group: each group under a row of its own, its summary after it', () => {
    const doc = zipText(annex('groups.docx', ['-c', `${FIXTURES}/by-group/criteria.json`, '-s', `${FIXTURES}/by-group/scores.csv`, '--date', '2021-11-26']), 'word/document.xml');
    const text = paragraphs(doc);
    const at = (s: string) => text.findIndex((p) => p.startsWith(s));
    expect(at('I. Thị trấn')).toBeGreaterThan(0);
    expect(at('Tổng hợp 2 đơn vị')).toBeGreaterThan(at('I. Thị trấn'));
    expect(at('II. Xã')).toBeGreaterThan(at('Tổng hợp 2 đơn vị'));
    expect(at('Tổng hợp 5 đơn vị')).toBeGreaterThan(at('II. Xã'));
    expect(at('Toàn bộ 7 đơn vị')).toBeGreaterThan(at('Tổng hợp 5 đơn vị'));
  });
});

describe('docx is a lazy chunk', () => {
  const loaded = (args: string[]): string[] => {
    const list = join(dir, `loaded-${args.length}.json`);
    const r = spawnSync(process.execPath, ['-r', join(ROOT, 'test/helpers/loaded-modules.cjs'), 'bin/cchc.js', 'score', ...job, ...args], { cwd: ROOT, env: { ...process.env, CCHC_LOADED_MODULES: list } });
    expect(r.status).toBe(0);
    return JSON.parse(readFileSync(list, 'utf8')) as string[];
  };
  it('a run that writes no Word file never loads it; one that does, does', () => {
    for (const format of ['csv', 'json', 'md', 'html']) expect(loaded(['-f', format, '-o', join(dir, `r.${format}`)]).filter((f) => f.includes('docx'))).toEqual([]);
    expect(loaded(['-o', join(dir, 'lazy.docx')]).filter((f) => /[\\/]dist[\\/]lazy[\\/]docx\.cjs$/.test(f))).toHaveLength(1);
  });
});
