// The Word annex in bounded memory: 10,000 units in well under 500 MB (it took 2.4 GB and 29 s
// while docx built every row as objects; under a 2 GB heap, V8 aborted); with 50,000 remarks too
// under `npm run fuzz` (CCHC_FUZZ=1). Peak RSS from the process itself (scripts/bench/rss-hook.cjs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-docx-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const LONG = process.env['CCHC_FUZZ'] === '1';

const [head, ...rows] = readFileSync('samples/huong-son-2021/scores.csv', 'utf8').split(/\r?\n/).filter(Boolean);
/** 10,000 units: the sample's rows in turn, each under a code and name of its own. */
const scores = [head, ...Array.from({ length: 10_000 }, (_, i) => (rows[i % rows.length] as string).replace(/^[^,]*,[^,]*,/, `U${i + 1},Xã Thử Nghiệm ${i + 1},`))].join('\n');
/** Five remarks on each unit. */
const findings = ['đơn vị,mã tiêu chí,loại,nhận xét', ...Array.from({ length: 50_000 }, (_, i) => `U${Math.floor(i / 5) + 1},1.${1 + (i % 5)},${i % 2 ? 'tồn tại' : 'kiến nghị'},Nhận xét số ${i} của hội đồng thẩm định: cần khắc phục trong năm tới`)].join('\n');

function annex(args: string[]): { status: number | null; rssMb: number; doc: string } {
  writeFileSync(join(dir, 'scores.csv'), scores);
  const out = join(dir, 'annex.docx');
  const rss = join(dir, 'rss');
  const r = spawnSync(process.execPath, ['-r', join(ROOT, 'scripts/bench/rss-hook.cjs'), 'bin/cchc.js', 'score', '-s', join(dir, 'scores.csv'), ...args, '--date', '2021-11-26', '-o', out], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', CCHC_BENCH_RSS_FILE: rss },
    encoding: 'utf8',
  });
  const doc = r.status === 0 ? strFromU8(unzipSync(readFileSync(out), { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'] as Uint8Array) : r.stderr;
  return { status: r.status, rssMb: Number(readFileSync(rss, 'utf8')) / 1024, doc };
}

describe('the Word annex of 10,000 units', () => {
  it('is written in under 400 MB, every unit a row of the table', () => {
    const r = annex([]);
    expect(r.status).toBe(0);
    expect(r.rssMb).toBeLessThan(400);
    // A name alone in its run is a row's cell (the summary names two units inside its sentence).
    expect(r.doc.match(/>Xã Thử Nghiệm \d+<\/w:t>/g)).toHaveLength(10_000);
  }, 120_000);

  it.skipIf(!LONG)('with 50,000 remarks (--with-findings): under 600 MB, every remark written', () => {
    writeFileSync(join(dir, 'findings.csv'), findings);
    const r = annex(['--findings', join(dir, 'findings.csv'), '--with-findings']);
    expect(r.status).toBe(0);
    expect(r.rssMb).toBeLessThan(600);
    expect(r.doc.split('của hội đồng thẩm định: cần khắc phục').length - 1).toBe(50_000);
  }, 300_000);
});
