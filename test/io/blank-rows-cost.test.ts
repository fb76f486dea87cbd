// Blank rows and rows of empty cells cost a few hundred nanoseconds each (issue 20.9): csv-parse
// built an error object for every record shorter than the header (~20 µs each: 2 MB of blank
// lines took 48 s and 610 MB), and the reader listed every skipped row. Measured by
// instruction-free means here (errors built, rows kept); the time bounds only catch a relapse.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createCsvStream, createParser, parseCsvText } from '../../src/io/parse-csv.js';
import { streamSheet } from '../../src/io/read-sheet.js';
import { SKIPPED_KEPT } from '../../src/io/sheet-types.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const HEADER = 'unit,name,1.1,1.2,1.3,2.1\n';
const known = new Set(['unit', 'name', '1.1', '1.2', '1.3', '2.1']);

afterEach(() => vi.restoreAllMocks());

describe('records of any length cost no error object', () => {
  it('the parser expects each record as long as it is (csv-parse keeps its state where we look for it)', () => {
    expect(createParser(',', () => undefined).fastLengths).toBe(true);
  });

  it('blank lines and rows of "," under a wider header build no error, whole or streamed', async () => {
    const text = HEADER + 'A,Xã A,1,2,3,4\n' + '\n'.repeat(5000) + ',\n'.repeat(5000) + '\r\n'.repeat(100) + 'B,Xã B,1,2\n';
    const spy = vi.spyOn(Error, 'captureStackTrace');
    const whole: string[][] = [];
    expect(parseCsvText(text, ',', (cells) => whole.push(cells))).toBeUndefined();
    const streamed: string[][] = [];
    const csv = createCsvStream(',', (cells) => streamed.push(cells));
    for (let at = 0; at < text.length; at += 997) await csv.write(text.slice(at, at + 997));
    expect(await csv.end()).toBeUndefined();
    expect(spy).not.toHaveBeenCalled();
    expect(whole.length).toBe(2 + 5000 + 5000 + 100 + 1);
    expect(streamed).toEqual(whole);
    expect(whole.at(-1)).toEqual(['B', 'Xã B', '1', '2']);
  });
});

describe('a sheet ending in a million blank rows', () => {
  it('reads its rows on their lines, counts the rows skipped and lists only the first ones', () => {
    const text = HEADER + 'A,Xã A,1,2,3,4\n' + '\n'.repeat(1_000_000) + ',\n'.repeat(1_000_000) + 'B,Xã B,1,2,3,4\n';
    const rows: number[] = [];
    const t0 = performance.now();
    const r = streamSheet(new TextEncoder().encode(text), { file: 'x.csv', isKnownHeader: (k) => known.has(k) }, (row) => rows.push(row.line));
    // ~0.5 µs a row on a quiet machine; 20 µs a row before (40 s).
    expect(performance.now() - t0).toBeLessThan(8000);
    expect(rows).toEqual([2, 2_000_003]);
    expect(r.head?.detected.skippedCount).toBe(2_000_000);
    expect(r.head?.detected.skipped).toHaveLength(SKIPPED_KEPT);
    expect(r.head?.detected.skipped[0]).toEqual({ line: 3, reason: 'empty' });
  });
});

describe('cchc score on a sheet followed by 2 MB of blank lines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-blank-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const SCORES = 'samples/huong-son-2021/scores.csv';
  const clean = runCli(['score', '-s', SCORES, '-f', 'csv']);

  it.each([
    ['blank lines', '\n', 2 * 1024 * 1024],
    ['rows of ","', ',\n', 1_000_000],
  ])('%s: the ranking of the sheet without them, as a file and through a pipe', async (_name, line, times) => {
    const path = join(dir, `blank-${times}.csv`);
    writeFileSync(path, Buffer.concat([readFileSync(SCORES), Buffer.from(line.repeat(times))]));
    const t0 = Date.now();
    const r = runCli(['score', '-s', path, '-f', 'csv']);
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(clean.stdout);
    const piped = await new Promise<string>((done) => {
      const cat = spawn('sh', ['-c', `cat "$0" | "$1" bin/cchc.js score -s - -f csv`, path, process.execPath], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
      const out: Buffer[] = [];
      cat.stdout.on('data', (b: Buffer) => out.push(b));
      cat.on('close', () => done(Buffer.concat(out).toString('utf8')));
    });
    expect(piped).toBe(clean.stdout);
  });
});
