// The notices opened by LibreOffice (headless, every file in one soffice call) and printed to PDF:
// each of the sample's 25 on 1 to 3 A4 portrait pages, its signature block whole on its last page;
// the combined file as many pages as the 25 together (each notice from a new page, no blank page
// between them). Skipped, with the reason, where LibreOffice (or poppler's pdfinfo) is absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE, cchc } from './helpers/run-cchc.js';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const POPPLER = existsSync('/usr/bin/pdfinfo') && existsSync('/usr/bin/pdftotext');
const REASON = !SOFFICE ? ' (skipped: LibreOffice not found)' : !POPPLER ? ' (skipped: pdfinfo or pdftotext not found)' : '';

const dir = mkdtempSync(join(tmpdir(), 'cchc-notices-soffice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pdfinfo = (pdf: string) => spawnSync('/usr/bin/pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(pdfinfo(pdf))?.[1]);
const lastPage = (pdf: string) => spawnSync('/usr/bin/pdftotext', ['-layout', '-f', String(pages(pdf)), '-l', String(pages(pdf)), pdf, '-'], { encoding: 'utf8' }).stdout;

describe('the notices in LibreOffice', () => {
  it.skipIf(REASON !== '')(`each converts to 1–3 A4 pages with its signature block whole; the combined file to as many${REASON}`, () => {
    const job = ['-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`, '--findings', `${SAMPLE}/findings.csv`, '--date', '2021-11-26', '--place', 'Hương Sơn', '--number', '{n}/TB-HĐTĐ'];
    expect(cchc(['notices', ...job, '-o', join(dir, 'notices')]).status).toBe(0);
    expect(cchc(['notices', ...job, '--combined', '-o', join(dir, 'all.docx')]).status).toBe(0);
    const files = readdirSync(join(dir, 'notices')).map((f) => join(dir, 'notices', f));
    expect(files).toHaveLength(25);
    // A profile of its own: another soffice running on the machine must not take the job over.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const r = spawnSync(SOFFICE as string, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...files, join(dir, 'all.docx')], { encoding: 'utf8', timeout: 300_000 });
    expect(r.status).toBe(0);
    let total = 0;
    for (const f of files) {
      const pdf = join(dir, 'pdf', f.split('/').at(-1)?.replace(/\.docx$/, '.pdf') ?? '');
      const info = pdfinfo(pdf);
      expect(info, f).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const n = pages(pdf);
      expect(n, f).toBeGreaterThanOrEqual(1);
      expect(n, f).toBeLessThanOrEqual(3);
      total += n;
      // The closing line, the recipients and the signature block together on the last page.
      const last = lastPage(pdf);
      for (const line of ['./.', 'Nơi nhận:', 'TM. HỘI ĐỒNG THẨM ĐỊNH', 'CHỦ TỊCH', '(Chữ ký, dấu)', '- Lưu: VT.']) expect(last, `${f}: ${line}`).toContain(line);
    }
    expect(pages(join(dir, 'pdf', 'all.pdf'))).toBe(total);
  });
});
