// Builds the CLI: one esbuild bundle, dist/cchc.cjs, that bin/cchc.js requires (CommonJS: an ES
// module entry would start Node's ES module loader, ~10 ms of a district run); what most runs never
// need is built apart into dist/lazy/*.cjs and required on first use; the bundled criteria sets are
// checked once, here, into dist/criteria-checked/; and the JSON Schema for editors is written from
// the zod schema.
//
// The lazy chunks are loaded synchronously (the pipeline is synchronous where they are used, so a
// dynamic import() would not do): zod (only when a criteria file fails the fast check), iconv-lite
// (legacy encodings only), chalk (colour only), jsonc-parser (a criteria file with a problem to
// locate) and the Word annex with docx (a Word file only).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// esbuild is a development dependency: a clone whose dependencies were not installed (`npm install -g .`
// right after `git clone`) cannot build, and says so in words instead of a module-resolution trace.
const { build } = await import('esbuild').catch(() => {
  process.stderr.write('cchc: building needs the development dependencies: run `npm ci` in this folder first (README: Install).\n');
  process.exit(1);
});

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const resolvePackage = createRequire(import.meta.url).resolve;

/** A stub in the main bundle that requires the chunk on first use. */
const loader = (name) => `let m; const load = () => (m ??= require('./lazy/${name}.cjs'));`;
const LAZY = [
  {
    name: 'check-schema',
    path: /^\.\/check-schema\.js$/,
    importer: /[\\/]src[\\/]criteria[\\/]parse-criteria\.ts$/,
    entry: 'src/criteria/check-schema.ts',
    stub: `${loader('check-schema')}\nexport function checkSchema(...args) { return load().checkSchema(...args); }`,
  },
  {
    name: 'iconv-lite',
    path: /^iconv-lite$/,
    entry: resolvePackage('iconv-lite'),
    stub: `${loader('iconv-lite')}\nexport default new Proxy({}, { get: (_, key) => { const v = load()[key]; return typeof v === 'function' ? v.bind(load()) : v; } });`,
  },
  {
    // chalk (assembling its styles at load) serves coloured diagnostics and tables only.
    name: 'chalk',
    path: /^chalk$/,
    importer: /[\\/]src[\\/]report[\\/]palette\.ts$/,
    entry: resolvePackage('chalk'),
    stub: `${loader('chalk')}\nexport function Chalk(...args) { return new (load().Chalk)(...args); }`,
  },
  {
    // jsonc-parser locates problems in a criteria file: a valid one is read by JSON.parse alone
    // (src/criteria/json-source.ts), a bundled one comes checked from dist/criteria-checked/.
    name: 'jsonc-parser',
    path: /^jsonc-parser$/,
    importer: /[\\/]src[\\/]criteria[\\/]json-source\.ts$/,
    // Its ES build: the UMD main requires its parts through the factory's argument, which esbuild leaves alone.
    entry: resolvePackage('jsonc-parser').replace(/umd([\\/]main\.js)$/, 'esm$1'),
    stub: `${loader('jsonc-parser')}\n${['parseTree', 'findNodeAtLocation', 'printParseErrorCode'].map((f) => `export function ${f}(...args) { return load().${f}(...args); }`).join('\n')}`,
  },
  {
    // The Word writers (src/report/docx/, with docx, ~1 MB, and fflate): the annex and the council's
    // notices, one chunk (docx once); a run that writes no .docx never loads it
    // (test/reports/docx.test.ts checks that a CSV run requires no chunk of docx).
    name: 'docx',
    path: /^\.\.\/docx\/render-docx\.js$/,
    importer: /[\\/]src[\\/]report[\\/]kinds[\\/]ranking\.ts$/,
    entry: 'src/report/docx/word-chunk.ts',
    stub: `${loader('docx')}\nexport function renderDocx(...args) { return load().renderDocx(...args); }`,
  },
  {
    // The notices' writers, from the same chunk (built by the entry above).
    name: 'docx',
    path: /^\.\.\/docx\/render-notices\.js$/,
    importer: /[\\/]src[\\/]report[\\/]kinds[\\/]notices\.ts$/,
    stub: `${loader('docx')}\n${['renderNoticeFiles', 'renderCombinedNotices'].map((f) => `export function ${f}(...args) { return load().${f}(...args); }`).join('\n')}`,
  },
  {
    // The workbook reader (src/io/xlsx/, with fflate and saxes): only a run given a workbook loads it.
    name: 'xlsx-read',
    path: /^\.\/xlsx\/index\.js$/,
    importer: /[\\/]src[\\/]io[\\/]workbook\.ts$/,
    entry: 'src/io/xlsx/index.ts',
    stub: `${loader('xlsx-read')}\n${['bytesSource', 'fileSource', 'listSheets', 'openWorkbook', 'readSheetRows', 'sniffWorkbook'].map((f) => `export function ${f}(...args) { return load().${f}(...args); }`).join('\n')}`,
  },
  {
    // The workbook writer (src/report/xlsx/, with fflate): only a run that writes a workbook loads it.
    name: 'xlsx-write',
    path: /^\.\/xlsx\/index\.js$/,
    importer: /[\\/]src[\\/]report[\\/]render-xlsx\.ts$/,
    entry: 'src/report/xlsx/index.ts',
    stub: `${loader('xlsx-write')}\n${['renderCompareXlsx', 'renderRankingXlsx', 'renderReconcileXlsx', 'renderSectionsXlsx', 'renderTemplateXlsx'].map((f) => `export function ${f}(...args) { return load().${f}(...args); }`).join('\n')}`,
  },
];

const lazyStubs = {
  name: 'lazy-chunks',
  setup(b) {
    for (const lazy of LAZY) {
      b.onResolve({ filter: lazy.path }, (args) => (!lazy.importer || lazy.importer.test(args.importer) ? { path: String(LAZY.indexOf(lazy)), namespace: 'lazy' } : undefined));
    }
    b.onResolve({ filter: /^\.\/lazy\// }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: LAZY[Number(args.path)].stub, loader: 'js' }));
  },
};

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], logLevel: 'warning' };
// The bundles' folder is their __dirname (src/io/module-dir.ts); the version is the package's.
const distDefines = { CCHC_VERSION: JSON.stringify(pkg.version), CCHC_DIST_DIR: '__dirname', 'import.meta.url': '__filename' };

rmSync('dist', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: ['src/cli/cchc.ts'],
  outfile: 'dist/cchc.cjs',
  define: distDefines,
  plugins: [lazyStubs],
});
writeFileSync('dist/package.json', `${JSON.stringify({ type: 'commonjs' })}\n`);
// The library (package.json "exports"): the same code under its API, beside the CLI's bundle so that
// the survey worker, the lazy chunks and the bundled sets are found the same way.
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.cjs', define: distDefines, plugins: [lazyStubs] });
// Its types, one self-contained file (a .d.cts: the library is CommonJS in a "type": "module" package).
const { generateDtsBundle } = createRequire(import.meta.url)('dts-bundle-generator');
const [types] = generateDtsBundle([{ filePath: 'src/index.ts', output: { noBanner: true, exportReferencedTypes: false } }], { preferredConfigPath: 'tsconfig.json' });
writeFileSync('dist/index.d.cts', types);
// The thread that reads a large survey while the main one reads the scores (src/core/survey-thread.ts).
await build({ ...common, entryPoints: ['src/core/survey-worker.ts'], outfile: 'dist/survey-worker.cjs', define: distDefines, plugins: [lazyStubs] });
// The threads that share the replicates of --uncertainty (src/core/uncertainty-threads.ts): the engine's drawing and ranking alone.
await build({ ...common, entryPoints: ['src/core/uncertainty-worker.ts'], outfile: 'dist/uncertainty-worker.cjs' });
// A stub without an entry loads a chunk another entry builds.
for (const lazy of LAZY) if (lazy.entry) await build({ ...common, entryPoints: [lazy.entry], outfile: `dist/lazy/${lazy.name}.cjs` });

// The bundled sets, checked now and written compiled to dist/criteria-checked/ (scripts/compile-criteria.ts).
await build({ ...common, format: 'esm', entryPoints: ['scripts/compile-criteria.ts'], outfile: 'dist/compile-criteria.mjs' });
const { compileBundled } = await import(new URL('../dist/compile-criteria.mjs', import.meta.url));
mkdirSync('dist/criteria-checked', { recursive: true });
for (const [name, text] of compileBundled('criteria')) writeFileSync(`dist/criteria-checked/${name}`, text);
rmSync('dist/compile-criteria.mjs');

// V8's code cache for bin/cchc.js: the district sample scored once, so that the cache holds the
// functions of a run (those compiled lazily, on first call, too).
const trained = spawnSync(process.execPath, ['bin/cchc.js', 'score', '-s', 'samples/huong-son-2021/scores.csv', '-u', 'samples/huong-son-2021/survey.csv', '-f', 'csv'], {
  env: { ...process.env, CCHC_WRITE_CODE_CACHE: fileURLToPath(new URL('../dist/cchc.cache', import.meta.url)) },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (trained.status !== 0) throw new Error(`build: the run that writes the code cache failed (${trained.status})`);

await build({ ...common, format: 'esm', entryPoints: ['scripts/write-schema.ts'], outfile: 'dist/write-schema.mjs' });
const { writeSchema } = await import(new URL('../dist/write-schema.mjs', import.meta.url));
mkdirSync('schema', { recursive: true });
writeFileSync('schema/cchc-criteria-1.schema.json', writeSchema());
rmSync('dist/write-schema.mjs');
