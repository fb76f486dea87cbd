#!/usr/bin/env node
// npm run bench: `cchc score … -f csv` on generated data at district, province, region and national
// scale, side by side with `node -e 0` (start-up yardstick) and, when @duckdb/node-api is installed,
// the same job as one DuckDB SQL query. Runs are interleaved (one of each per round) so that load
// from other processes hits every row alike. Needs a built dist/ (npm run build).
//
//   node scripts/bench.mjs [--rounds N] [--only district,province,region,national] [--no-duckdb] [--no-uncertainty] [--keep]
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCriteria, makeUnits, writeScores, writeSurvey } from './bench/make-data.mjs';
import { cleanupMeasure, median, rssMethod, runNode } from './bench/measure.mjs';
import { benchUncertainty } from './bench/uncertainty.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const minRounds = Number(opt('--rounds') ?? 0);
const only = opt('--only')?.split(',');
const keep = argv.includes('--keep');
const hasDuckdb = !argv.includes('--no-duckdb') && canResolve('@duckdb/node-api');

function canResolve(name) {
  try {
    createRequire(join(root, 'package.json')).resolve(name);
    return true;
  } catch {
    return false;
  }
}

if (!existsSync(join(root, 'dist/cchc.cjs'))) {
  console.error('bench: dist/cchc.cjs is missing: run npm run build first');
  process.exit(2);
}

const FORMS = 30;
const SCALES = [
  { name: 'district', units: 25, criteria: 'ha-tinh-xa', rounds: 15 },
  { name: 'province', units: 250, criteria: 'bench', rounds: 7 },
  { name: 'region', units: 1_000, criteria: 'bench', rounds: 5 },
  { name: 'national', units: 10_000, criteria: 'bench', rounds: 3 },
].filter((s) => !only || only.includes(s.name));

const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
const bundledPath = join(root, 'criteria/ha-tinh-xa-2021.json');
const benchPath = join(dir, 'bench-tinh.json');
writeFileSync(benchPath, JSON.stringify(makeCriteria(), null, 2));
const check = (() => { try { runNode([join(root, 'bin/cchc.js'), 'check', benchPath]); return true; } catch (e) { console.error(String(e)); return false; } })();
if (!check) process.exit(1);

process.stderr.write(`bench: generating data in ${dir} …\n`);
const jobs = SCALES.map((s, i) => {
  const crit = s.criteria === 'bench' ? makeCriteria() : JSON.parse(readFileSync(bundledPath, 'utf8'));
  const units = makeUnits(s.units, 1000 + i);
  const scores = join(dir, `${s.name}-scores.csv`);
  const survey = join(dir, `${s.name}-survey.csv`);
  writeScores(scores, crit, units, 2000 + i);
  writeSurvey(survey, crit, units, FORMS, 3000 + i);
  const inputMB = (statSync(scores).size + statSync(survey).size) / 1e6;
  const critArg = s.criteria === 'bench' ? benchPath : 'ha-tinh-xa@2021';
  const critFile = s.criteria === 'bench' ? benchPath : bundledPath;
  const out = join(dir, `${s.name}-ranking.csv`);
  const duckOut = join(dir, `${s.name}-duckdb.csv`);
  return {
    ...s, inputMB, forms: s.units * FORMS, out, duckOut,
    cchc: [join(root, 'bin/cchc.js'), 'score', '-c', critArg, '-s', scores, '-u', survey, '-f', 'csv', '-o', out],
    duck: [join(root, 'scripts/bench/duckdb-job.mjs'), critFile, scores, survey, duckOut],
    runs: [], duckRuns: [],
  };
});

const baseline = [];
const rounds = Math.max(minRounds, ...jobs.map((j) => j.rounds));
process.stderr.write(`bench: ${rounds} rounds (${rssMethod} for peak RSS)${hasDuckdb ? ', with DuckDB' : ''} …\n`);
for (let r = 0; r < rounds; r++) {
  baseline.push(runNode(['-e', '0']));
  for (const j of jobs) {
    if (r >= Math.max(minRounds, j.rounds)) continue;
    j.runs.push(runNode(j.cchc));
    if (hasDuckdb) j.duckRuns.push(runNode(j.duck));
  }
  if (process.stderr.isTTY) process.stderr.write(`  round ${r + 1}/${rounds}\r`);
}
if (process.stderr.isTTY) process.stderr.write('\n');

const base = median(baseline.map((b) => b.ms));
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const rows = [['job', 'units', 'forms', 'input', 'runs', 'median', 'peak RSS', 'MB/s', '× node -e 0']];
rows.push(['node -e 0', '', '', '', String(baseline.length), fmtMs(base), `${median(baseline.map((b) => b.rssMB)).toFixed(0)} MB`, '', '1.00']);
for (const j of jobs) {
  const t = median(j.runs.map((x) => x.ms));
  const rss = Math.max(...j.runs.map((x) => x.rssMB));
  rows.push([`cchc ${j.name}`, String(j.units), String(j.forms), `${j.inputMB.toFixed(1)} MB`, String(j.runs.length), fmtMs(t), `${rss.toFixed(0)} MB`, (j.inputMB / (t / 1000)).toFixed(1), (t / base).toFixed(2)]);
  if (hasDuckdb) {
    const d = median(j.duckRuns.map((x) => x.ms));
    const drss = Math.max(...j.duckRuns.map((x) => x.rssMB));
    rows.push([`duckdb ${j.name}`, String(j.units), String(j.forms), `${j.inputMB.toFixed(1)} MB`, String(j.duckRuns.length), fmtMs(d), `${drss.toFixed(0)} MB`, (j.inputMB / (d / 1000)).toFixed(1), (d / base).toFixed(2)]);
  }
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
const line = (r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
console.log(`node ${process.version}, ${rssMethod} for peak RSS (the largest of the runs), wall time median of the runs`);
console.log(line(rows[0]));
console.log(rows[0].map((_, c) => '-'.repeat(widths[c])).join('  '));
for (const r of rows.slice(1)) console.log(line(r));

const byName = Object.fromEntries(jobs.map((j) => [j.name, j]));
const { region, national, province } = byName;
if (region && national) {
  const t = (j) => median(j.runs.map((x) => x.ms));
  const ratio = t(national) / t(region);
  const marginal = (t(national) - base) / (t(region) - base);
  console.log(`linearity: national (${national.forms} forms) ÷ region (${region.forms} forms, 1/10 the data) = ${ratio.toFixed(2)}× the time (${marginal.toFixed(2)}× without node start-up); target ≤ 11×`);
}
if (hasDuckdb && national) {
  const c = median(national.runs.map((x) => x.ms));
  const d = median(national.duckRuns.map((x) => x.ms));
  const ratio = c < d ? `${(d / c).toFixed(2)}× faster than` : `${(c / d).toFixed(2)}× slower than`;
  console.log(`national: cchc ${fmtMs(c)} vs DuckDB ${fmtMs(d)}: cchc is ${ratio} DuckDB`);
}
if (hasDuckdb) {
  // A sanity check of the yardstick, not a test: DuckDB computes in floating point.
  for (const j of jobs) {
    const key = (file) => readFileSync(file, 'utf8').replace(/^\ufeff/, '').split(/\r?\n/).slice(1).filter(Boolean).map((l) => l.split(',').slice(0, 2).join(','));
    const a = key(j.out);
    const b = key(j.duckOut);
    const same = a.filter((x, i) => x === b[i]).length;
    console.log(`${j.name}: DuckDB's rank and unit agree with cchc on ${same} of ${a.length} rows`);
  }
} else if (!argv.includes('--no-duckdb')) {
  console.log('DuckDB: @duckdb/node-api is not installed (npm install -D @duckdb/node-api); the issue quotes DuckDB ~1.0 s, 150 MB and pandas ~3 s, 550 MB at national scale');
}
if (province && !region) console.log('(add --only …,region,national for the linearity ratio)');
if (!argv.includes('--no-uncertainty')) console.log(benchUncertainty({ root, rounds: Math.max(5, minRounds) }));

cleanupMeasure();
if (keep) console.log(`data kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
