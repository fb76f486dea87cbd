// The speed of `cchc score --uncertainty` (1,000 resamples of the survey forms, the default), at
// district scale (25 units, 750 forms, the bundled set) and province scale (250 units, 7,500
// forms): each against a plain `score` of the same files, runs interleaved. Targets (issue 14):
// district well under a second over the plain score, province a few seconds.
// Called by scripts/bench.mjs; alone: node scripts/bench/uncertainty.mjs [--rounds N]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCriteria, makeUnits, writeScores, writeSurvey } from './make-data.mjs';
import { cleanupMeasure, median, runNode } from './measure.mjs';

const SCALES = [
  { name: 'district', units: 25, bundled: true, targetMs: 1000, target: 'well under 1 s over plain score' },
  { name: 'province', units: 250, bundled: false, targetMs: 5000, target: 'a few seconds' },
];

export function benchUncertainty({ root, rounds = 7, replicates = 1000 }) {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-uncertainty-'));
  const benchSet = join(dir, 'bench-tinh.json');
  writeFileSync(benchSet, JSON.stringify(makeCriteria(), null, 2));
  const jobs = SCALES.map((s, i) => {
    const criteria = s.bundled ? JSON.parse(readFileSync(join(root, 'criteria/ha-tinh-xa-2021.json'), 'utf8')) : makeCriteria();
    const units = makeUnits(s.units, 4000 + i);
    const scores = join(dir, `${s.name}-scores.csv`);
    const survey = join(dir, `${s.name}-survey.csv`);
    writeScores(scores, criteria, units, 5000 + i);
    writeSurvey(survey, criteria, units, 30, 6000 + i);
    const args = [join(root, 'bin/cchc.js'), 'score', '-c', s.bundled ? 'ha-tinh-xa@2021' : benchSet, '-s', scores, '-u', survey, '-f', 'csv', '-o', join(dir, `${s.name}.csv`)];
    return { ...s, forms: s.units * 30, plain: args, resampled: [...args, '--uncertainty', '--replicates', String(replicates)], plainRuns: [], runs: [] };
  });
  for (let r = 0; r < rounds; r++) {
    for (const j of jobs) {
      j.plainRuns.push(runNode(j.plain));
      j.runs.push(runNode(j.resampled));
    }
  }
  const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
  const lines = [`--uncertainty (${replicates} resamples of every unit's forms), median of ${rounds} runs each:`];
  for (const j of jobs) {
    const plain = median(j.plainRuns.map((x) => x.ms));
    const t = median(j.runs.map((x) => x.ms));
    const rss = Math.max(...j.runs.map((x) => x.rssMB));
    const over = t - plain;
    const ok = (j.name === 'district' ? over : t) <= j.targetMs ? 'ok' : 'MISSED';
    lines.push(`  ${j.name.padEnd(8)} ${String(j.units).padStart(4)} units ${String(j.forms).padStart(5)} forms: plain ${fmt(plain)}, --uncertainty ${fmt(t)} (+${fmt(over)}), peak RSS ${rss.toFixed(0)} MB; target ${j.target}: ${ok}`);
  }
  rmSync(dir, { recursive: true, force: true });
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--rounds');
  console.log(benchUncertainty({ root: fileURLToPath(new URL('../..', import.meta.url)), rounds: i > 0 ? Number(process.argv[i + 1]) : 7 }));
  cleanupMeasure();
}
