// Measures the CSV reader on a generated survey file of ~14 MB and 300,000 rows, against
// csv-parse's sync API on the same text. Run: node --expose-gc test/io/bench-reader.mjs
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseStream } from 'csv-parse';
import { parse } from 'csv-parse/sync';

const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
// Bundled next to node_modules so that iconv-lite resolves as an external package.
const out = join('node_modules', '.cache', 'cchc-bench', 'read-sheet.mjs');
await build({ entryPoints: ['src/io/read-sheet.ts'], bundle: true, platform: 'node', format: 'esm', outfile: out, packages: 'external', logLevel: 'warning' });
const { streamSheet } = await import(pathToFileURL(join(process.cwd(), out)).href);

const units = ['Xã Sơn Hồng', 'Xã Sơn Tiến', 'Thị trấn Phố Châu', 'Xã Sơn Lâm', 'Xã Sơn Phú'];
const groups = ['LĐ', 'HĐND', 'Dân', '"CB, CC"'];
const answers = ['A', 'B', 'C', 'D', '', 'E'];
const lines = ['UBND HUYỆN HƯƠNG SƠN;;;', 'unit,respondent,group,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10'];
lines[0] = 'UBND HUYỆN HƯƠNG SƠN,,,,,,,,,,,,';
for (let i = 0; i < 300_000; i++) {
  const a = Array.from({ length: 10 }, (_, k) => answers[(i * 7 + k * 3) % answers.length]);
  lines.push([units[i % units.length], `R${String(i).padStart(5, '0')}`, groups[i % groups.length], ...a].join(','));
}
const bytes = new TextEncoder().encode('\ufeff' + lines.join('\r\n') + '\r\n');
writeFileSync(join(dir, 'survey.csv'), bytes);
const mb = bytes.length / 1e6;
const known = new Set(['unit', 'respondent', 'group', ...Array.from({ length: 10 }, (_, k) => `q${k + 1}`)]);

function time(label, fn) {
  fn(); // warm up
  const runs = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  const best = Math.min(...runs);
  console.log(`${label}: ${best.toFixed(0)} ms, ${(mb / (best / 1000)).toFixed(0)} MB/s (${mb.toFixed(1)} MB)`);
}

let rows = 0;
time('streamSheet (decode + scan + rows)', () => {
  rows = 0;
  const r = streamSheet(bytes, { file: 'survey.csv', isKnownHeader: (k) => known.has(k) }, () => rows++);
  if (rows !== 300_000 || r.diagnostics.some((d) => d.severity === 'error')) throw new Error(`rows ${rows}`);
});
const text = new TextDecoder().decode(bytes).normalize('NFC');
time('csv-parse sync (text only, no decode)', () => {
  parse(text, { delimiter: ',', relax_column_count: true, bom: true });
});
time('TextDecoder + NFC only', () => new TextDecoder().decode(bytes).normalize('NFC'));

// csv-parse as a stream, as a reader built on it would use it: the file's bytes in 64 KiB chunks,
// records pulled as they come (decoding included, as in streamSheet).
async function csvParseStream() {
  const parser = parseStream({ delimiter: ',', relax_column_count: true, bom: true });
  let records = 0;
  const done = new Promise((resolve, reject) => {
    parser.on('readable', () => {
      while (parser.read() !== null) records++;
    });
    parser.on('end', resolve);
    parser.on('error', reject);
  });
  for (let i = 0; i < bytes.length; i += 65536) parser.write(Buffer.from(bytes.buffer, bytes.byteOffset + i, Math.min(65536, bytes.length - i)));
  parser.end();
  await done;
  return records;
}
await csvParseStream(); // warm up
{
  const runs = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    const n = await csvParseStream();
    runs.push(performance.now() - t0);
    if (n !== 300_002) throw new Error(`csv-parse stream: ${n} records`);
  }
  const best = Math.min(...runs);
  console.log(`csv-parse stream (bytes in 64 KiB chunks, records pulled): ${best.toFixed(0)} ms, ${(mb / (best / 1000)).toFixed(0)} MB/s (${mb.toFixed(1)} MB)`);
}
// Memory while streaming: the heap after a full GC at every 50,000th row should stay flat.
if (globalThis.gc) {
  const heap = [];
  streamSheet(bytes, { file: 'survey.csv', isKnownHeader: (k) => known.has(k) }, (row) => {
    if (row.line % 50_000 === 0) {
      globalThis.gc();
      heap.push((process.memoryUsage().heapUsed / 1e6).toFixed(1));
    }
  });
  console.log(`heap (MB) at rows 50k, 100k, …: ${heap.join(', ')}`);
}
