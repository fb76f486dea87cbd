// The Word annex opened by LibreOffice (headless) and printed to PDF: it must convert, on A4
// landscape, with every unit, the national motto, the header row again on the second page and
// the page number there. Skipped, with the reason, where LibreOffice (or pdftotext) is absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE, cchc, csvRows } from './helpers/run-cchc.js';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const PDFTOTEXT = existsSync('/usr/bin/pdftotext');
const REASON = !SOFFICE ? ' (skipped: LibreOffice not found; apt-get install libreoffice-writer-nogui)' : !PDFTOTEXT ? ' (skipped: pdftotext not found; apt-get install poppler-utils)' : '';

const dir = mkdtempSync(join(tmpdir(), 'cchc-soffice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pdfText = (pdf: string, page?: number): string => {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return spawnSync('/usr/bin/pdftotext', ['-layout', ...range, pdf, '-'], { encoding: 'utf8' }).stdout;
};

describe('the Word annex in LibreOffice', () => {
  it.skipIf(!SOFFICE || !PDFTOTEXT)(`converts to a PDF with every unit, the motto, and on page 2 the header row and the page number${REASON}`, () => {
    const job = ['-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`];
    const docx = join(dir, 'phu-luc.docx');
    expect(cchc(['score', ...job, '--date', '2021-11-26', '--place', 'Hương Sơn', '-o', docx]).status).toBe(0);
    // A profile of its own: another soffice running on the machine must not take the job over.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const r = spawnSync(SOFFICE as string, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    const pdf = join(dir, 'phu-luc.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = spawnSync('/usr/bin/pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    const all = pdfText(pdf);
    for (const line of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'PHỤ LỤC', 'Hương Sơn, ngày 26 tháng 11 năm 2021', 'TM. ỦY BAN NHÂN DÂN']) expect(all).toContain(line);
    for (const row of csvRows(cchc(['score', ...job, '-f', 'csv']).stdout).slice(1)) expect(all).toMatch(new RegExp(`${row[2]}\\s.*${row[10]?.replace('.', '\\.')}`));
    const second = pdfText(pdf, 2);
    expect(second).toContain('Xếp loại'); // the header row, repeated
    expect(second.split('\n').slice(0, 3).join('\n')).toMatch(/^\s*2\s*$/m); // the page number at the top
  });

  it.skipIf(!SOFFICE || !PDFTOTEXT)(`--with-findings: the second annex on portrait pages, numbered on from the first${REASON}`, () => {
    const job = ['-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`, '--findings', `${SAMPLE}/findings.csv`, '--with-findings'];
    const docx = join(dir, 'phu-luc-2.docx');
    expect(cchc(['score', ...job, '--date', '2021-11-26', '-o', docx]).status).toBe(0);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const r = spawnSync(SOFFICE as string, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    const pdf = join(dir, 'phu-luc-2.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('/usr/bin/pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
    const texts = Array.from({ length: pages }, (_, i) => pdfText(pdf, i + 1));
    const start = texts.findIndex((t) => t.includes('PHỤ LỤC II'));
    expect(start).toBeGreaterThan(0);
    // Portrait from there on, the page number going on at the top.
    const sizes = spawnSync('/usr/bin/pdfinfo', ['-f', '1', '-l', String(pages), pdf], { encoding: 'utf8' }).stdout;
    expect(new RegExp(`Page +1 size: +841\\.\\d+ x 595`).test(sizes)).toBe(true);
    expect(new RegExp(`Page +${start + 1} size: +595\\.\\d+ x 841`).test(sizes)).toBe(true);
    expect(texts[start]?.split('\n').slice(0, 3).join('\n')).toMatch(new RegExp(`^\\s*${start + 1}\\s*$`, 'm'));
    const all = texts.slice(start).join('\n').replace(/\s+/g, ' ');
    expect(all).toContain('Thị trấn Phố Châu (hạng 1, chỉ số 93.64)');
    expect(all).toContain('Chưa thành lập Tổ công nghệ số cộng đồng');
  });
});
