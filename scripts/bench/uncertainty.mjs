// The speed of `cchc score --uncertainty` (1,000 resamples of the survey forms, the default), at
// district scale (25 units, 750 forms, the bundled set), province scale (250 units, 7,500 forms)
// and the national PAR shape (63 provinces × 1,400 forms, as the Ministry's survey has each year):
// each against a plain `score` of the same files and against the numpy bootstrap
// (numpy-uncertainty.py), runs interleaved. Targets: district well under a second over the plain
// score (issue 14), province a few seconds (issue 14), the national shape faster than numpy
// (issue 23). Then how far numpy's intervals are from cchc's (other draws: close, not equal).
// Called by scripts/bench.mjs; alone: node scripts/bench/uncertainty.mjs [--rounds N] [--only national]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCriteria, makeUnits, writeScores, writeSurvey } from './make-data.mjs';
import { cleanupMeasure, median, runNode, runProgram } from './measure.mjs';
import { numpyPeer } from './peers.mjs';

const SCALES = [
  { name: 'district', units: 25, forms: 30, bundled: true, target: 'well under 1 s over plain score', met: (j) => j.over <= 1000 },
  { name: 'province', units: 250, forms: 30, bundled: false, target: 'a few seconds', met: (j) => j.t <= 5000 },
  { name: 'national', units: 63, forms: 1400, bundled: false, target: 'faster than numpy', met: (j) => j.numpy !== undefined && j.t < j.numpy },
];

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/** Per unit code: its four bounds, from a CSV with a header (cchc's ranking or numpy's). */
function bounds(file) {
  const [head, ...rows] = readFileSync(file, 'utf8').replace(/^\ufeff/, '').split(/\r?\n/).filter(Boolean).map((l) => l.split(','));
  const at = (name) => head.indexOf(name);
  return new Map(rows.map((r) => [r[at('unit')], ['rank_low', 'rank_high', 'index_low', 'index_high'].map((c) => Number(r[at(c)]))]));
}

/** How numpy's intervals compare with cchc's: same rank bounds on how many units, the largest differences of the bounds. */
function agreement(ours, theirs) {
  const a = bounds(ours);
  const b = bounds(theirs);
  let same = 0;
  let rank = 0;
  let index = 0;
  for (const [unit, [rl, rh, il, ih]] of a) {
    const [rl2, rh2, il2, ih2] = b.get(unit) ?? [NaN, NaN, NaN, NaN];
    if (rl === rl2 && rh === rh2) same++;
    rank = Math.max(rank, Math.abs(rl - rl2), Math.abs(rh - rh2));
    index = Math.max(index, Math.abs(il - il2), Math.abs(ih - ih2));
  }
  return `rank intervals equal on ${same} of ${a.size} units (bounds within ${rank}), index bounds within ${index.toFixed(2)}`;
}

export function benchUncertainty({ root, rounds = 7, replicates = 1000, only }) {
  const scales = SCALES.filter((s) => !only || only.includes(s.name));
  if (scales.length === 0) return '';
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-uncertainty-'));
  const benchSet = join(dir, 'bench-tinh.json');
  writeFileSync(benchSet, JSON.stringify(makeCriteria(), null, 2));
  const bundledSet = join(root, 'criteria/ha-tinh-xa-2021.json');
  const numpy = numpyPeer(root);
  const jobs = scales.map((s) => {
    const i = SCALES.indexOf(s);
    const criteria = s.bundled ? JSON.parse(readFileSync(bundledSet, 'utf8')) : makeCriteria();
    const units = makeUnits(s.units, 4000 + i);
    const files = { criteria: s.bundled ? bundledSet : benchSet, scores: join(dir, `${s.name}-scores.csv`), survey: join(dir, `${s.name}-survey.csv`) };
    writeScores(files.scores, criteria, units, 5000 + i);
    writeSurvey(files.survey, criteria, units, s.forms, 6000 + i);
    const out = (who) => join(dir, `${s.name}-${who}.csv`);
    const args = [join(root, 'bin/cchc.js'), 'score', '-c', s.bundled ? 'ha-tinh-xa@2021' : benchSet, '-s', files.scores, '-u', files.survey, '-f', 'csv'];
    return {
      ...s, out, allForms: s.units * s.forms,
      plain: () => runNode([...args, '-o', out('plain')]),
      resampled: () => runNode([...args, '--uncertainty', '--replicates', String(replicates), '-o', out('cchc')]),
      ...(numpy ? { peer: () => runProgram(numpy(files, out('numpy'), replicates)) } : {}),
      runs: { plain: [], cchc: [], numpy: [] },
    };
  });
  for (let r = 0; r < rounds; r++) {
    for (const j of jobs) {
      j.runs.plain.push(j.plain());
      j.runs.cchc.push(j.resampled());
      if (j.peer) j.runs.numpy.push(j.peer());
    }
  }
  const lines = [`--uncertainty (${replicates} resamples of every unit's forms), median of ${rounds} runs each${numpy ? ', beside the numpy bootstrap' : ''}:`];
  const checks = [];
  for (const j of jobs) {
    const plain = median(j.runs.plain.map((x) => x.ms));
    j.t = median(j.runs.cchc.map((x) => x.ms));
    j.over = j.t - plain;
    if (j.peer) j.numpy = median(j.runs.numpy.map((x) => x.ms));
    const rss = Math.max(...j.runs.cchc.map((x) => x.rssMB));
    const peer = j.numpy === undefined ? '' : `, numpy ${fmt(j.numpy)} (cchc ${(j.t / j.numpy).toFixed(2)}×)`;
    lines.push(`  ${j.name.padEnd(8)} ${String(j.units).padStart(4)} units ${String(j.allForms).padStart(6)} forms: plain ${fmt(plain)}, --uncertainty ${fmt(j.t)} (+${fmt(j.over)}), peak RSS ${rss.toFixed(0)} MB${peer}; target ${j.target}: ${j.met(j) ? 'met' : 'NOT met'}`);
    if (j.peer) checks.push(`  ${j.name}: numpy's intervals beside cchc's (other draws): ${agreement(j.out('cchc'), j.out('numpy'))}`);
  }
  rmSync(dir, { recursive: true, force: true });
  return [...lines, ...checks].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const opt = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
  console.log(benchUncertainty({ root: fileURLToPath(new URL('../..', import.meta.url)), rounds: Number(opt('--rounds') ?? 7), only: opt('--only')?.split(',') }));
  cleanupMeasure();
}
