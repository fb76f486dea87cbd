#!/usr/bin/env node
// npm run fuzz: the hostile-text properties with many more cases than `npm test` runs (CCHC_FUZZ=1
// makes each take its long count; CCHC_FUZZ_RUNS the damaged sheets'), and the annex's page
// layout over every unit count from 1 to 60 in LibreOffice. Not part of `npm test`: ~10 min on
// the 2-core machine. Prints what it ran and how long it took; exit code of vitest.
//
//   node scripts/fuzz.mjs [--runs N]     (N: damaged sheets, default 5000)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const runs = argv.includes('--runs') ? argv[argv.indexOf('--runs') + 1] : '5000';

const SUITES = [
  ['test/reports/xml-parts.property.test.ts', 'every XML part of the Word annex (with and without findings) and of the ranking, reconcile, compare, explain and template workbooks, hostile text in every field: 300 annexes, 1,500 sets of workbooks'],
  ['test/reports/html-hostile.property.test.ts', 'the HTML report with hostile text in every field: no markup added, no control, bidi override or noncharacter left: 2,000 reports'],
  ['test/numbers/decimal-bounds.property.test.ts', 'number bounds against the exact value, criteria literals, exact reading inside the bounds: 20,000 cases each'],
  ['test/reports/render-csv-table.test.ts', 'CSV cells of any text read back as written: 20,000 tables'],
  ['test/sheets/fuzz.property.test.ts', `damaged scores and survey sheets give a ranking or located errors, never a crash: ${runs} in-process`],
  ['test/reports/docx-signature-layout.test.ts', 'the annex in LibreOffice, 1 to 60 units, with and without findings: the signature block on one page, after table rows'],
  ['test/perf/docx-memory.test.ts', 'the annex of 10,000 units, and with 50,000 remarks: peak memory'],
];

const started = Date.now();
const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=verbose', '--testTimeout=3600000', '--hookTimeout=600000', ...SUITES.map(([f]) => f)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CCHC_FUZZ: '1', CCHC_FUZZ_RUNS: runs },
});
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\nfuzz: ${seconds} s for`);
for (const [file, what] of SUITES) console.log(`  ${file}: ${what}`);
process.exit(r.status ?? 1);
