#!/usr/bin/env node
// The `cchc` command: runs the CLI that scripts/build.mjs bundles into dist/ (npm ci and
// npm install build it). CommonJS, as dist/ is: an ES module entry would start Node's ES module
// loader, ~10 ms more for every run.
'use strict';
try {
  require.resolve('../dist/cchc.cjs');
} catch {
  process.stderr.write('cchc: the program is not built yet: run `npm run build` in its folder\n');
  process.exit(3);
}
require('../dist/cchc.cjs');
