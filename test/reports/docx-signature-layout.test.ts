// The annex as a typist lays it out: the signature block (place and date, the signer's lines, room
// to sign, the name) never splits across pages, and never stands alone on a page: the table's last
// rows and the summary are on its page. Printed by LibreOffice to PDF (every annex in one soffice
// call), each page read by pdftotext. With 8, 10 or 12 units and a three-line signer the block
// used to split ("TM. ỦY BAN NHÂN DÂN" ending page 1); with 14 it stood alone on page 2.
// `npm test` prints a sample of unit counts; `npm run fuzz` (CCHC_FUZZ=1) every count from 1 to 60,
// with and without --with-findings (COUNTS=8,12 picks counts). Skipped without LibreOffice or pdftotext.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/report/docx/render-docx.js';
import type { ReportSettings } from '../../src/report/report-settings.js';
import { groupFindings, type Finding } from '../../src/sheets/finding.js';
import { loadSet, scoreJob } from '../helpers/pipeline.js';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const PDFTOTEXT = existsSync('/usr/bin/pdftotext');
const REASON = !SOFFICE ? ' (skipped: LibreOffice not found)' : !PDFTOTEXT ? ' (skipped: pdftotext not found)' : '';
const COUNTS = process.env['COUNTS'] ? process.env['COUNTS'].split(',').map(Number) : process.env['CCHC_FUZZ'] === '1' ? Array.from({ length: 60 }, (_, i) => i + 1) : [1, 8, 10, 12, 14, 25, 37];

const dir = mkdtempSync(join(tmpdir(), 'cchc-signature-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const criteria = loadSet('criteria/ha-tinh-xa-2021.json');
const [scoresHead, ...scoreRows] = readFileSync('samples/huong-son-2021/scores.csv', 'utf8').split(/\r?\n/).filter(Boolean);
const [surveyHead, ...surveyRows] = readFileSync('samples/huong-son-2021/survey.csv', 'utf8').split(/\r?\n/).filter(Boolean);

/** n units: the sample's rows in turn, each under a code and name of its own. */
function district(n: number): { scores: string; survey: string } {
  const scores: string[] = [];
  const survey: string[] = [];
  for (let i = 0; i < n; i++) {
    const row = scoreRows[i % scoreRows.length] as string;
    const code = row.slice(0, row.indexOf(','));
    const rest = row.slice(row.indexOf(',') + 1).replace(/^[^,]*,/, '');
    scores.push(`U${i + 1},Xã Thử Nghiệm ${i + 1},${rest}`);
    for (const s of surveyRows.filter((r) => r.startsWith(`${code},`))) survey.push(`U${i + 1}${s.slice(code.length)}`);
  }
  return { scores: [scoresHead, ...scores].join('\n'), survey: [surveyHead, ...survey].join('\n') };
}

const settings: ReportSettings = {
  date: { year: 2021, month: 11, day: 26 },
  year: 2021,
  issuer: ['ỦY BAN NHÂN DÂN', 'HUYỆN HƯƠNG SƠN'],
  signerLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  signerName: 'Nguyễn Văn An',
  place: 'Hương Sơn',
  version: '0.1.0',
};
const BLOCK = ['Hương Sơn, ngày 26 tháng 11 năm 2021', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '(Chữ ký, dấu)', 'Nguyễn Văn An'];

interface Annex {
  name: string;
  /** The name in the table's last row. */
  lastName: string;
}

async function writeAnnexes(): Promise<Annex[]> {
  const out: Annex[] = [];
  for (const n of COUNTS) {
    const { scores, survey } = district(n);
    const job = (await scoreJob('criteria/ha-tinh-xa-2021.json', scores, survey)).job;
    if (!job) throw new Error(`the district of ${n} did not score`);
    const remarks: Finding[] = job.units.filter((_, i) => i % 2 === 0).flatMap((u, i) => [
      { unit: u.unit, code: '1.1', kind: 'shortcoming', note: `Chưa ban hành kế hoạch cải cách hành chính đúng thời hạn, thiếu tài liệu kiểm chứng (${i})`, evidence: '', file: 'f.csv', line: 2 * i + 2 },
      { unit: u.unit, kind: 'recommendation', note: 'Khắc phục trong năm sau', evidence: '', file: 'f.csv', line: 2 * i + 3 },
    ]);
    const f = { precision: 2, mark: ',' as const };
    const lastName = job.units.at(-1)?.name ?? '';
    for (const withFindings of [false, true]) {
      const name = `a${n}${withFindings ? 'f' : ''}`;
      const bytes = await renderDocx({ criteria, units: job.units, settings, ...(withFindings ? { findings: groupFindings(remarks, true) } : {}) }, f);
      writeFileSync(join(dir, `${name}.docx`), bytes);
      out.push({ name, lastName });
    }
  }
  return out;
}

const pageTexts = (pdf: string): string[] => {
  const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('/usr/bin/pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1] ?? 0);
  return Array.from({ length: pages }, (_, i) => spawnSync('/usr/bin/pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }).stdout);
};

describe('the annex’s signature block in LibreOffice’s PDF', () => {
  it.skipIf(!SOFFICE || !PDFTOTEXT)(`is on one page, after the table’s last rows and the summary: ${COUNTS.length > 10 ? '1 to 60' : COUNTS.join(', ')} units, with and without findings${REASON}`, async () => {
    const annexes = await writeAnnexes();
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const r = spawnSync(SOFFICE as string, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...annexes.map((a) => join(dir, `${a.name}.docx`))], { encoding: 'utf8', timeout: 600_000 });
    expect(r.status).toBe(0);
    const wrong: string[] = [];
    for (const a of annexes) {
      const pages = pageTexts(join(dir, `${a.name}.pdf`));
      // The first page holding each line of the block (Annex II, after it, has none of them).
      const at = BLOCK.map((line) => pages.findIndex((t) => t.includes(line)));
      const page = pages[at[0] ?? -1] ?? '';
      const above = page.slice(0, page.indexOf(BLOCK[0] as string));
      if (new Set(at).size !== 1 || at[0] === -1) wrong.push(`${a.name}: the block's lines on pages ${at.map((p) => p + 1).join(', ')}`);
      else if (!above.includes('Tổng hợp') || !new RegExp(`\\s${a.lastName}\\s`).test(above)) wrong.push(`${a.name}: the block on page ${(at[0] ?? 0) + 1} without the table's last row and the summary above it`);
    }
    expect(wrong).toEqual([]);
  }, 900_000);
});
