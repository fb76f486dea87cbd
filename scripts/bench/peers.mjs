// The peers the bench runs the same job with, where this machine has them: DuckDB (one SQL query,
// @duckdb/node-api, a dev dependency) and pandas (Debian's python3-pandas: /usr/bin/python3); for
// --uncertainty, a numpy bootstrap (numpy-uncertainty.py, reading as the pandas peer reads).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

function canResolve(root, name) {
  try {
    createRequire(join(root, 'package.json')).resolve(name);
    return true;
  } catch {
    return false;
  }
}

const PYTHON = '/usr/bin/python3';
const hasPandas = () => spawnSync(PYTHON, ['-c', 'import numpy, pandas'], { stdio: 'ignore' }).status === 0;

/** [{ name, command({ criteria, scores, survey }, out) → [file, …args] }] for the peers installed here. */
export function peers(root) {
  const found = [];
  if (canResolve(root, '@duckdb/node-api')) {
    found.push({ name: 'duckdb', command: (f, out) => [process.execPath, join(root, 'scripts/bench/duckdb-job.mjs'), f.criteria, f.scores, f.survey, out] });
  } else process.stderr.write('bench: DuckDB is not installed (npm install -D @duckdb/node-api): left out\n');
  if (hasPandas()) {
    found.push({ name: 'pandas', command: (f, out) => [PYTHON, join(root, 'scripts/bench/pandas-job.py'), f.criteria, f.scores, f.survey, out] });
  } else process.stderr.write(`bench: pandas is not installed for ${PYTHON} (apt-get install python3-pandas): left out\n`);
  return found;
}

/** The numpy bootstrap's command ({ criteria, scores, survey }, out, replicates) → [file, …args], or undefined when pandas is missing. */
export function numpyPeer(root) {
  if (hasPandas()) return (f, out, replicates) => [PYTHON, join(root, 'scripts/bench/numpy-uncertainty.py'), f.criteria, f.scores, f.survey, out, String(replicates)];
  process.stderr.write(`bench: numpy and pandas are not installed for ${PYTHON} (apt-get install python3-pandas): the numpy bootstrap left out\n`);
  return undefined;
}
