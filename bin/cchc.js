#!/usr/bin/env node
// The `cchc` command: runs the CLI that scripts/build.mjs bundles into dist/cchc.cjs, with V8's
// code cache dist/cchc.cache, written at build time by one run on the bundled sample: a district's
// run then compiles next to none of its code. Node 20 has no compile cache of its own
// (module.enableCompileCache came in 22.1); a V8 that rejects the cache compiles as usual.
// CommonJS, as dist/ is: an ES module entry would start Node's ES module loader (~10 ms).
'use strict';
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const file = join(dist, 'cchc.cjs');
const cache = join(dist, 'cchc.cache');
if (!existsSync(file)) {
  process.stderr.write('cchc: the program is not built yet: run `npm run build` in its folder\n');
  process.exit(3);
}
const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData: existsSync(cache) ? readFileSync(cache) : undefined });
// The build's training run (scripts/build.mjs) asks for the cache of what it ran.
if (process.env.CCHC_WRITE_CODE_CACHE === cache) process.on('exit', () => writeFileSync(cache, script.createCachedData()));
const cli = { exports: {} };
script.runInThisContext()(cli.exports, createRequire(file), cli, file, dist);
