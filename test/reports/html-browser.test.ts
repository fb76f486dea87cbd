// The HTML report opened in a real browser (headless Chromium): it must render with no console
// message (no script, no failed load), with the chart and the tables in the DOM. A screenshot of
// the first A4 page (1240×1754 px, 150 dpi) is kept in artifacts/report.png for people to look at.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE, cchc } from './helpers/run-cchc.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const REASON = hasChromium ? '' : ` (skipped: ${CHROMIUM} not found; install it with apt-get install chromium)`;

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
});
