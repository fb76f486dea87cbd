#!/usr/bin/env node
// npm run bench: `cchc score … -f csv` on generated data from a district to a stress test, side by
// side with `node -e 0` (the start-up yardstick) and with the same job in DuckDB (one SQL query,
// when @duckdb/node-api is installed: a dev dependency) and in pandas (when Debian's python3 has
// it). Runs are interleaved (one of each per round) so that load from other processes hits every
// row alike; the table gives medians. Then the targets, met or not, and DuckDB's ranking
// compared with cchc's row by row. Needs a built dist/ (npm run build).
//
//   node scripts/bench.mjs [--rounds N] [--only district,province,region,year,stress,national,big] [--no-peers] [--no-uncertainty] [--no-workbooks] [--keep]
//
// `big` (scripts/bench/big-ranking.mjs): the table, compare and explain at 1,000 to 10,000 units;
// `national` (scripts/bench/uncertainty.mjs): --uncertainty on 63 units x 1,400 forms beside numpy.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCriteria, makeUnits, writeScores, writeSurvey } from './bench/make-data.mjs';
import { benchBigRanking } from './bench/big-ranking.mjs';
import { cleanupMeasure, median, rssMethod, runNode, runProgram } from './bench/measure.mjs';
import { peers } from './bench/peers.mjs';
import { benchUncertainty } from './bench/uncertainty.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const minRounds = Number(opt('--rounds') ?? 0);
const only = opt('--only')?.split(',');
const keep = argv.includes('--keep');

if (!existsSync(join(root, 'dist/cchc.cjs'))) {
  console.error('bench: dist/cchc.cjs is missing: run npm run build first');
  process.exit(2);
}

const FORMS = 30;
const SCALES = [
  { name: 'district', units: 25, forms: FORMS, criteria: 'ha-tinh-xa', rounds: 15 },
  { name: 'province', units: 250, forms: FORMS, criteria: 'bench', rounds: 7 },
  { name: 'region', units: 1_000, forms: FORMS, criteria: 'bench', rounds: 5 },
  // A national survey year: 3,334 communes, 100,000 forms (the national PAR survey had ~86,000 in 2024).
  { name: 'year', units: 3_334, forms: FORMS, criteria: 'bench', rounds: 5 },
  { name: 'stress', units: 10_000, forms: FORMS, criteria: 'bench', rounds: 3 },
].filter((s) => !only || only.includes(s.name));
const PEERS = argv.includes('--no-peers') ? [] : peers(root);

const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
const bundledPath = join(root, 'criteria/ha-tinh-xa-2021.json');
const benchPath = join(dir, 'bench-tinh.json');
writeFileSync(benchPath, JSON.stringify(makeCriteria(), null, 2));
runNode([join(root, 'bin/cchc.js'), 'check', benchPath]);

process.stderr.write(`bench: generating data in ${dir} …\n`);
const jobs = SCALES.map((s, i) => {
  const crit = s.criteria === 'bench' ? makeCriteria() : JSON.parse(readFileSync(bundledPath, 'utf8'));
  const units = makeUnits(s.units, 1000 + i);
  const scores = join(dir, `${s.name}-scores.csv`);
  const survey = join(dir, `${s.name}-survey.csv`);
  writeScores(scores, crit, units, 2000 + i);
  writeSurvey(survey, crit, units, s.forms, 3000 + i);
  const critFile = s.criteria === 'bench' ? benchPath : bundledPath;
  const out = (who) => join(dir, `${s.name}-${who}.csv`);
  const files = { criteria: critFile, scores, survey };
  return {
    ...s,
    forms: s.units * s.forms,
    inputMB: (statSync(scores).size + statSync(survey).size) / 1e6,
    out,
    runs: { cchc: [], ...Object.fromEntries(PEERS.map((p) => [p.name, []])) },
    commands: {
      cchc: () => runNode([join(root, 'bin/cchc.js'), 'score', '-c', s.criteria === 'bench' ? benchPath : 'ha-tinh-xa@2021', '-s', scores, '-u', survey, '-f', 'csv', '-o', out('cchc')]),
      ...Object.fromEntries(PEERS.map((p) => [p.name, () => runProgram(p.command(files, out(p.name)))])),
    },
  };
});

const baseline = [];
const rounds = Math.max(minRounds, ...jobs.map((j) => j.rounds));
process.stderr.write(`bench: ${rounds} rounds (${rssMethod} for peak RSS); peers: ${PEERS.map((p) => p.name).join(', ') || 'none'} …\n`);
for (let r = 0; r < rounds; r++) {
  baseline.push(runNode(['-e', '0']));
  for (const j of jobs) {
    if (r >= Math.max(minRounds, j.rounds)) continue;
    for (const [who, run] of Object.entries(j.commands)) j.runs[who].push(run());
  }
  if (process.stderr.isTTY) process.stderr.write(`  round ${r + 1}/${rounds}\r`);
}
if (process.stderr.isTTY) process.stderr.write('\n');

const base = median(baseline.map((b) => b.ms));
const ms = (runs) => median(runs.map((x) => x.ms));
const rss = (runs) => Math.max(...runs.map((x) => x.rssMB));
const fmtMs = (t) => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(1)} ms`);
const rows = [['job', 'units', 'forms', 'input', 'runs', 'median', 'peak RSS', 'MB/s', '× node -e 0']];
rows.push(['node -e 0', '', '', '', String(baseline.length), fmtMs(base), `${median(baseline.map((b) => b.rssMB)).toFixed(0)} MB`, '', '1.00']);
for (const j of jobs) {
  for (const [who, runs] of Object.entries(j.runs)) {
    const t = ms(runs);
    rows.push([`${who} ${j.name}`, String(j.units), String(j.forms), `${j.inputMB.toFixed(1)} MB`, String(runs.length), fmtMs(t), `${rss(runs).toFixed(0)} MB`, (j.inputMB / (t / 1000)).toFixed(1), (t / base).toFixed(2)]);
  }
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
const line = (r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
console.log(`node ${process.version}, ${rssMethod} for peak RSS (the largest of the runs), wall time median of the runs`);
console.log(line(rows[0]));
console.log(rows[0].map((_, c) => '-'.repeat(widths[c])).join('  '));
for (const r of rows.slice(1)) console.log(line(r));

// The targets of issue 12, each said as met or not.
const byName = Object.fromEntries(jobs.map((j) => [j.name, j]));
const verdict = (ok) => (ok ? 'met' : 'NOT met');
const faster = (j) => PEERS.map((p) => `${p.name} ${fmtMs(ms(j.runs[p.name]))}`).join(', ');
const beatsPeers = (j) => PEERS.every((p) => ms(j.runs.cchc) < ms(j.runs[p.name]));
console.log('\ntargets:');
const { district, region, year, stress } = byName;
if (district) {
  const ratio = ms(district.runs.cchc) / base;
  console.log(`- district: ${ratio.toFixed(2)}× node -e 0 (target ≤ 1.6×): ${verdict(ratio <= 1.6)}; cchc ${fmtMs(ms(district.runs.cchc))} vs ${faster(district)}: ${verdict(beatsPeers(district))}`);
}
if (year) console.log(`- year: cchc ${fmtMs(ms(year.runs.cchc))} vs ${faster(year)} (target: faster than each): ${verdict(beatsPeers(year))}`);
if (stress) {
  const peak = rss(stress.runs.cchc);
  console.log(`- stress: peak RSS ${peak.toFixed(0)} MB (target ≤ 200 MB): ${verdict(peak <= 200)}`);
  if (region) {
    const ratio = ms(stress.runs.cchc) / ms(region.runs.cchc);
    console.log(`- stress: ${ratio.toFixed(2)}× the time of region, 1/10 the data (target: linear, ≤ 11×): ${verdict(ratio <= 11)}`);
  }
  if (stress.runs.duckdb) {
    const ratio = ms(stress.runs.cchc) / ms(stress.runs.duckdb);
    console.log(`- stress: ${ratio.toFixed(2)}× DuckDB's time (target ≤ 1.5×): ${verdict(ratio <= 1.5)}`);
  }
}

// DuckDB and pandas compute in floating point: where their ranking differs from cchc's exact one,
// each row is shown with the indices, so that a difference can be told from a bug.
for (const j of jobs) {
  for (const p of PEERS) {
    const read = (file) => readFileSync(file, 'utf8').replace(/^\ufeff/, '').split(/\r?\n/).slice(1).filter(Boolean).map((l) => l.split(','));
    const ours = read(j.out('cchc'));
    const theirs = read(j.out(p.name));
    const differ = ours.map((r, i) => [r, theirs[i]]).filter(([a, b]) => !b || a[0] !== b[0] || a[1] !== b[1]);
    console.log(`${j.name}: ${p.name}'s rank and unit agree with cchc on ${ours.length - differ.length} of ${ours.length} rows`);
    for (const [a, b] of differ.slice(0, 10)) console.log(`    cchc ${a[0]} ${a[1]} index ${a[10]}  |  ${p.name} ${b?.[0]} ${b?.[1]} index ${b?.[10]}`);
  }
}

// score --uncertainty (issues 14 and 23): its own jobs, district, province and the national PAR
// shape, beside the numpy bootstrap.
if (!argv.includes('--no-uncertainty')) {
  const text = benchUncertainty({ root, rounds: Math.max(5, minRounds), only });
  if (text) console.log(`\n${text}`);
}

if (!only || only.includes('big')) benchBigRanking({ rounds: Math.max(3, minRounds) });

if (!argv.includes('--no-workbooks')) (await import('./bench/workbooks.mjs')).benchWorkbooks({ rounds: minRounds });
cleanupMeasure();
if (keep) console.log(`data kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
