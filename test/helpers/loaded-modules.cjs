// Preloaded with `node -r` by the lazy-chunk tests: at exit, writes the files the run required
// (require.cache, which the CLI's lazy chunks go through) to CCHC_LOADED_MODULES.
'use strict';
process.on('exit', () => require('node:fs').writeFileSync(process.env.CCHC_LOADED_MODULES, JSON.stringify(Object.keys(require.cache))));
