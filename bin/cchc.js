#!/usr/bin/env node
// The CLI's entry and loader: runs the bundle dist/cchc.cjs with V8's code cache dist/cchc.cache
// (both written by scripts/build.mjs). Node 20 has no compile cache of its own (it came with
// module.enableCompileCache in 22.1), and compiling the code cold was a third of a district run;
// another Node version rejects the cache and compiles. The loader is this file itself, not a
// module it requires: ~1 ms less to start. bin/ and dist/ are CommonJS (their package.json says
// so): an ES module entry would start Node's ESM loader, which loads fs/promises, readline and
// streams, ~10 ms of a district run.
'use strict';
const { existsSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join, sep } = require('node:path');
const { Script } = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const file = join(dist, 'cchc.cjs');
const cacheFile = join(dist, 'cchc.cache');

// `score -u <large survey>`: the worker that counts it (src/cli/survey-thread.ts) starts now and
// boots while this thread compiles and starts the CLI; the job follows in a message. Only a hint
// read from argv: whatever the CLI then decides, an unused worker is unref'd and ends with us.
(() => {
  const args = process.argv;
  if (args[2] !== 'score' || process.env.CCHC_NO_WORKER) return;
  let survey;
  for (let i = 3; i < args.length; i++) {
    const a = args[i];
    if (a === '--') break;
    if (a === '-u' || a === '--survey') survey = args[++i];
    else if (a.startsWith('--survey=')) survey = a.slice(9);
  }
  const worker = join(dist, 'survey-worker.cjs');
  try {
    // src/cli/survey-thread.ts's MIN_BYTES (4 MiB): a smaller survey is read in this thread.
    if (!survey || survey === '-' || statSync(survey).size < 4194304 || !existsSync(worker)) return;
  } catch {
    return;
  }
  const early = new (require('node:worker_threads').Worker)(worker, { workerData: { early: true }, stdout: false, stderr: false });
  early.unref();
  globalThis[Symbol.for('cchc.surveyWorker')] = early;
})();

/** The size of the files the arguments name (not -o's); Infinity when an input is stdin. */
function inputBytes() {
  const args = process.argv;
  let bytes = 0;
  for (let i = 2; i < args.length; i++) {
    let a = args[i];
    if (a === '-o' || a === '--output') i++;
    if (a.startsWith('--') && a.includes('=') && !a.startsWith('--output=')) a = a.slice(a.indexOf('=') + 1);
    if (a === '-') return Infinity;
    if (a.startsWith('-')) continue;
    try {
      const stat = statSync(a, { throwIfNoEntry: false });
      if (stat?.isFile()) bytes += stat.size;
    } catch {
      // Not readable, or no path at all: the CLI says what is wrong with it.
    }
  }
  return bytes;
}

/** `score --uncertainty` (or one of its settings): a thousand resamples, a loop TurboFan pays back (district 0.8 -> 0.2 s). */
function resampling() {
  return process.argv.some((a) => /^--(uncertainty|replicates|seed|level)(=|$)/.test(a));
}

let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // no cache: compile
}
// The file is the function's source as it is (see WRAPPER in scripts/build.mjs): no copy of it is made here.
const source = readFileSync(file, 'latin1');
const script = new Script(source, { filename: file, cachedData });
if (process.env.CCHC_WRITE_CODE_CACHE === cacheFile) process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));
else if (inputBytes() <= 1048576 && !resampling()) {
  // A small job (a district's or a province's files, a criteria check) is over before TurboFan,
  // V8's optimising compiler, pays back compiling its loops; on two cores it competes with the
  // run. Measured (npm run bench data, medians): district 74.5 -> 68.4 ms, province 137 -> 123 ms;
  // but a region's 1.8 MB 218 -> 297 ms, so above 1 MiB of input it is left on. Set only now:
  // flags changed before the cache is read make V8 reject it, and the cache's own run keeps them.
  require('node:v8').setFlagsFromString('--max-opt=2');
}
const cli = { exports: {} };
script.runInThisContext()(cli.exports, createRequire(file), cli, file, dist + sep);
