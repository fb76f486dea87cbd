#!/usr/bin/env node
// CommonJS (bin/package.json): an ES module here would start Node's ESM loader, ~10 ms.
require('../dist/cchc.js');
