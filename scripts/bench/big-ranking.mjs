// npm run bench, big rankings: the outputs for people at 1,000, 4,000 and 10,000 units, each next to
// the CSV of the same job. The terminal table used to be quadratic (cli-table3: 1,000 units took
// 15 s, 4,000 took 222 s); it must now take about the time the CSV takes. Also `compare` of two
// 10,000-unit rankings (CSV and table) and `explain` with a 100,000-character query among them.
//
//   node scripts/bench/big-ranking.mjs [--rounds N]     (called by scripts/bench.mjs; needs dist/)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCriteria, makeUnits, writeScores, writeSurvey } from './make-data.mjs';
import { median, runNode } from './measure.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cchc = join(root, 'bin/cchc.js');
const SIZES = [1_000, 4_000, 10_000];
/** The table may take this much longer than the CSV of the same job. */
const TABLE_BUDGET = 1.3;

/** Wall time of a run that may exit 1 (explain of an unknown unit), in ms. */
function timeRun(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`cchc ${args[1]} exited ${r.status} (${r.error?.message ?? ''}):\n${r.stderr}`);
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, stderrBytes: r.stderr.length };
}

export function benchBigRanking({ rounds = 3 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-big-'));
  const criteria = join(dir, 'criteria.json');
  const crit = makeCriteria();
  writeFileSync(criteria, JSON.stringify(crit));
  process.stderr.write(`big rankings: generating ${SIZES.join(', ')} units in ${dir} …\n`);
  const jobs = SIZES.map((n, i) => {
    const units = makeUnits(n, 5000 + i);
    const scores = join(dir, `scores-${n}.csv`);
    const survey = join(dir, `survey-${n}.csv`);
    writeScores(scores, crit, units, 6000 + i);
    writeSurvey(survey, crit, units, 3, 7000 + i);
    const job = ['score', '-c', criteria, '-s', scores, '-u', survey];
    return { n, csv: [cchc, ...job, '-f', 'csv', '-o', join(dir, `ranking-${n}.csv`)], table: [cchc, ...job, '-f', 'table', '-o', join(dir, `table-${n}.txt`)], scores, survey };
  });
  const rows = [];
  const big = jobs.at(-1);
  const times = (args) => Array.from({ length: rounds }, () => runNode(args).ms);
  for (const j of jobs) {
    const csv = median(times(j.csv));
    const table = median(times(j.table));
    rows.push([`score -f table`, j.n, table, csv]);
  }
  // Two rankings of the same units a year apart: the second from other scores.
  const before = join(dir, 'ranking-10000.csv');
  const after = join(dir, 'ranking-10000-b.csv');
  runNode([cchc, 'score', '-c', criteria, '-s', jobs[1].scores.replace('4000', '10000'), '-u', big.survey, '-f', 'csv', '-o', after]);
  rows.push(['compare -f table', big.n, median(times([cchc, 'compare', before, after, '-o', join(dir, 'compare.txt')])), median(times([cchc, 'compare', before, after, '-f', 'csv', '-o', join(dir, 'compare.csv')]))]);
  // 100,000 characters, under the 128 KiB a single argument may take on Linux.
  const query = 'Xa Son Hong '.repeat(8_400).slice(0, 100_000);
  const explain = Array.from({ length: rounds }, () => timeRun([cchc, 'explain', query, '-c', criteria, '-s', big.scores, '-u', big.survey]));
  rows.push(['explain (100,000-char query)', big.n, median(explain.map((e) => e.ms)), median(times(big.csv))]);
  rmSync(dir, { recursive: true, force: true });

  const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
  const lines = [['job', 'units', 'median', 'the CSV', '× CSV'], ...rows.map(([job, n, t, c]) => [job, String(n), fmt(t), fmt(c), (t / c).toFixed(2)])];
  const widths = lines[0].map((_, c) => Math.max(...lines.map((l) => l[c].length)));
  console.log(`\nbig rankings (${rounds} runs each, median; 3 survey forms per unit; "the CSV" is score -f csv of the same units)`);
  for (const l of lines) console.log(l.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  const worst = rows.filter(([job]) => job === 'score -f table').map(([, n, t, c]) => ({ n, ratio: t / c }));
  const over = worst.filter((w) => w.ratio > TABLE_BUDGET);
  console.log(over.length === 0
    ? `table within budget: at most ${Math.max(...worst.map((w) => w.ratio)).toFixed(2)}× the CSV (budget ${TABLE_BUDGET}×)`
    : `TABLE OVER BUDGET (${TABLE_BUDGET}× the CSV): ${over.map((w) => `${w.n} units ${w.ratio.toFixed(2)}×`).join(', ')}`);
  console.log(`explain's message for the 100,000-character query: ${explain[0].stderrBytes} bytes on stderr`);
  return over.length === 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--rounds');
  const ok = benchBigRanking({ rounds: i > 0 ? Number(process.argv[i + 1]) : 3 });
  process.exitCode = ok ? 0 : 1;
}
