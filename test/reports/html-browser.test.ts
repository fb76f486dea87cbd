// The HTML report opened in a real browser (headless Chromium): it must render with no console
// message (no script, no failed load), with the chart and the tables in the DOM; no value label of
// the chart may be crossed by a band line (measured by the browser's own layout); printed to PDF
// it has its pages numbered `Trang n / N`. A screenshot of the first A4 page (1240×1754 px, 150
// dpi) is kept in artifacts/report.png, and the PDF in artifacts/report.pdf, for people to look at.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE, cchc } from './helpers/run-cchc.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const REASON = hasChromium ? '' : ` (skipped: ${CHROMIUM} not found; install it with apt-get install chromium)`;
const PDFTOTEXT = '/usr/bin/pdftotext';
const PDF_REASON = !hasChromium ? REASON : existsSync(PDFTOTEXT) ? '' : ` (skipped: ${PDFTOTEXT} not found; install it with apt-get install poppler-utils)`;

// Run in a copy of the report (the report itself has no script): the browser's boxes of every
// value label and every piece of band line, and which of them meet.
const MEASURE = `<script>
addEventListener('load', () => {
  const labels = [...document.querySelectorAll('svg.chart text.value')].map((t) => t.getBBox());
  const lines = [...document.querySelectorAll('svg.chart line.band')].map((l) => ({ x: l.x1.baseVal.value, y1: l.y1.baseVal.value, y2: l.y2.baseVal.value }));
  const crossed = labels.filter((b) => lines.some((l) => l.x >= b.x && l.x <= b.x + b.width && Math.max(l.y1, b.y) < Math.min(l.y2, b.y + b.height)));
  document.body.setAttribute('data-measured', JSON.stringify({ labels: labels.length, lines: lines.length, crossed: crossed.length }));
});
</script>`;

const dir = mkdtempSync(join(tmpdir(), 'cchc-browser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function chromium(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', `--user-data-dir=${join(dir, 'profile')}`];
  const r = spawnSync(CHROMIUM, [...flags, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

describe('the HTML report in headless Chromium', () => {
  it.skipIf(!hasChromium)(`renders without console messages; chart, ranking and heat table in the DOM; screenshot saved${REASON}`, () => {
    const report = join(dir, 'report.html');
    const made = cchc(['score', '-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`, '-f', 'html', '-o', report]);
    expect(made.status).toBe(0);
    const url = pathToFileURL(report).href;

    const dom = chromium(['--enable-logging=stderr', '--v=0', '--dump-dom', url]);
    expect(dom.status).toBe(0);
    // Chromium logs every console message (and failed resource loads) as `…:CONSOLE:…`.
    expect(dom.stderr.split('\n').filter((l) => /:CONSOLE/.test(l))).toEqual([]);
    expect(dom.stdout).toMatch(/<svg class="chart"[^>]*role="img"/);
    expect(dom.stdout.match(/<rect /g) ?? []).toHaveLength(25);
    const ranking = /<table class="ranking">[^]*?<\/table>/.exec(dom.stdout)?.[0] ?? '';
    expect(ranking.match(/<tr>/g) ?? []).toHaveLength(26);
    expect(dom.stdout).toContain('<table class="heat">');
    expect(dom.stdout).toContain('Thị trấn Phố Châu');

    mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
    const png = join(ROOT, 'artifacts/report.png');
    rmSync(png, { force: true });
    const shot = chromium([`--screenshot=${png}`, '--window-size=1240,1754', '--hide-scrollbars', url]);
    expect(shot.status).toBe(0);
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1240, 1754]);
    expect(bytes.length).toBeGreaterThan(20_000); // a blank page compresses to a few kB
  });

  it.skipIf(!hasChromium)(`no value label of the chart is crossed by a band line, as the browser lays them out${REASON}`, () => {
    const measured = join(dir, 'measured.html');
    const made = cchc(['score', '-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`, '-f', 'html']);
    writeFileSync(measured, made.stdout.replace('</body>', `${MEASURE}</body>`));
    const dom = chromium(['--dump-dom', '--virtual-time-budget=5000', pathToFileURL(measured).href]);
    const found = /data-measured="([^"]*)"/.exec(dom.stdout)?.[1]?.replaceAll('&quot;', '"');
    expect(JSON.parse(found ?? '{}')).toEqual({ labels: 25, lines: expect.any(Number), crossed: 0 });
    // Without the breaks, the lines at 70, 80 and 90 would cross labels (88.44 beside 90, 77.xx and 80.xx beside 80…).
    expect((JSON.parse(found ?? '{}') as { lines: number }).lines).toBeGreaterThan(4);
  });

  it.skipIf(!hasChromium || !existsSync(PDFTOTEXT))(`printed to PDF: A4 pages numbered "Trang n / N", the signature on the last page before the appendix of findings${PDF_REASON}`, () => {
    const report = join(dir, 'print.html');
    const pdf = join(dir, 'report.pdf');
    const args = ['-s', `${SAMPLE}/scores.csv`, '-u', `${SAMPLE}/survey.csv`, '--date', '2021-11-26', '--place', 'Hương Sơn', '--signer-name', 'Nguyễn Văn A'];
    expect(cchc(['score', ...args, '-o', report]).status).toBe(0);
    const printed = chromium(['--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(report).href]);
    expect(printed.status).toBe(0);
    const info = spawnSync('/usr/bin/pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(7);
    const text = (page: number) => spawnSync(PDFTOTEXT, ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' }).stdout;
    for (let p = 1; p <= pages; p++) expect(text(p)).toContain(`Trang ${p} / ${pages}`);
    expect(text(1)).toContain('Hương Sơn, ngày 26 tháng 11 năm 2021');
    // The sample's scores carry four notes: the appendix starts a page of its own, after the signature.
    const appendix = Array.from({ length: pages }, (_, i) => i + 1).find((p) => text(p).includes('Phụ lục: Nhận xét của Hội đồng thẩm định')) ?? 0;
    expect(appendix).toBe(pages);
    expect(text(appendix - 1)).toMatch(/TM\. HỘI ĐỒNG THẨM ĐỊNH[^]*Nguyễn Văn A/);
    expect(text(appendix)).not.toContain('TM. HỘI ĐỒNG THẨM ĐỊNH');
    mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
    copyFileSync(pdf, join(ROOT, 'artifacts/report.pdf'));
  });
});
