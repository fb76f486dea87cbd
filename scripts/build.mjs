// Builds the CLI into one bundled file (fast start-up: one module to load) and writes the
// JSON Schema for editors from the zod schema.
//
// What most runs never need is built apart, into dist/lazy/*.cjs, and loaded synchronously on
// first use (the pipeline is synchronous, so a dynamic import() would not do): zod (only when a
// criteria file fails the fast check), iconv-lite (legacy encodings only) and cli-table3 (the
// table format only), jsonc-parser (a criteria file with a problem to locate), docx (the Word
// annex only). Starting
// `cchc score -f csv` then compiles a fifth of the code.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const resolvePackage = createRequire(import.meta.url).resolve;

/** What src/report/docx/ imports from docx (a name missing here fails the build: "No matching export"). */
const DOCX_EXPORTS = ['Document', 'Header', 'Packer', 'PageNumber', 'PageOrientation', 'Paragraph', 'Table', 'TableCell', 'TableRow', 'TextRun', 'VerticalAlign', 'WidthType'];

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
    // docx (~1 MB) builds the Word annex (src/report/docx/) and nothing else: a run that writes no
    // .docx never loads it. Each name the annex imports is a stand-in that loads the chunk when
    // first constructed or read (classes, enums, Packer's statics alike): src/report/docx/ reads
    // none at load (test/reports/docx.test.ts checks that a CSV run requires no chunk of docx).
    name: 'docx',
    path: /^docx$/,
    importer: /[\\/]src[\\/]report[\\/]docx[\\/]/,
    entry: resolvePackage('docx'),
    stub: `${loader('docx')}\n${DOCX_EXPORTS.map((n) => `export const ${n} = new Proxy(function () {}, { get: (_, key) => load().${n}[key], construct: (_, args) => new (load().${n})(...args) });`).join('\n')}`,
  },
  {
    name: 'cli-table3',
    path: /^cli-table3$/,
    entry: resolvePackage('cli-table3'),
    stub: `${loader('cli-table3')}\nexport default function Table(...args) { const T = load(); return new T(...args); }`,
  },
];

// Modules that dependencies load at start-up for features cchc does not use.
const UNUSED = [
  // commander spawns executable subcommands, which cchc has none of: child_process (and net,
  // dgram… with it) is loaded only if that ever happens.
  { path: /^node:child_process$/, importer: /[\\/]commander[\\/]/, contents: "import { createRequire } from 'node:module'; let m; const load = () => (m ??= createRequire(import.meta.url)('node:child_process')); export default new Proxy({}, { get: (_, key) => load()[key] });" },
  // node:crypto serves the SHA-256 of the inputs, which only the JSON and HTML reports show.
  { path: /^node:crypto$/, importer: /[\\/]src[\\/]/, contents: "import { createRequire } from 'node:module'; let m; const load = () => (m ??= createRequire(import.meta.url)('node:crypto')); export const createHash = (...args) => load().createHash(...args);" },
  // worker_threads serves only a survey large enough to be counted in a thread of its own.
  {
    path: /^node:worker_threads$/,
    importer: /[\\/]src[\\/]cli[\\/]survey-thread\.ts$/,
    contents: "import { createRequire } from 'node:module'; let m; const load = () => (m ??= createRequire(import.meta.url)('node:worker_threads'));\nexport function MessageChannel() { return new (load().MessageChannel)(); }\nexport function Worker(...args) { return new (load().Worker)(...args); }\nexport const receiveMessageOnPort = (...args) => load().receiveMessageOnPort(...args);",
  },
  // chalk probes the terminal (os, tty) for its default instance; cchc's palette always says the level.
  { path: /^#supports-color$/, importer: /[\\/]chalk[\\/]/, contents: 'export default { stdout: false, stderr: false };' },
];

const unusedStubs = {
  name: 'unused-modules',
  setup(b) {
    for (const unused of UNUSED) {
      b.onResolve({ filter: unused.path }, (args) => (unused.importer.test(args.importer) ? { path: args.path, namespace: 'unused' } : undefined));
    }
    b.onLoad({ filter: /.*/, namespace: 'unused' }, (args) => ({ contents: UNUSED.find((u) => u.path.test(args.path)).contents, loader: 'js', resolveDir: '.' }));
  },
};

const lazyStubs = {
  name: 'lazy-chunks',
  setup(b) {
    for (const lazy of LAZY) {
      b.onResolve({ filter: lazy.path }, (args) => (!lazy.importer || lazy.importer.test(args.importer) ? { path: lazy.name, namespace: 'lazy' } : undefined));
    }
    b.onResolve({ filter: /^\.\/lazy\// }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: LAZY.find((l) => l.name === args.path).stub, loader: 'js' }));
  },
};

// The CLI is a classic script, dist/cchc.cjs, that bin/cchc.js runs with V8's code cache,
// dist/cchc.cache, written by a training run below (bin/cchc.js says why).
/** Every non-ASCII character as a \\u escape: the same code in strings, regular expressions, identifiers and comments. */
function toAscii(code) {
  return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const COMMONJS = JSON.stringify({ type: 'commonjs' }) + '\n';

rmSync('dist/lazy', { recursive: true, force: true });
rmSync('dist/cchc.cache', { force: true });
await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cchc.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  mainFields: ['module', 'main'],
  // No URL is made at start-up: the bundle's folder is its __dirname (src/io/module-dir.ts), and
  // the stubs' createRequire(import.meta.url) takes the bundle's path as well as a URL.
  define: { CCHC_VERSION: JSON.stringify(pkg.version), CCHC_DIST_DIR: '__dirname', 'import.meta.url': '__filename' },
  plugins: [unusedStubs, lazyStubs],
  logLevel: 'warning',
});
// cchc.cjs is made pure ASCII, so that V8 holds its source in one byte a character (Vietnamese
// letters in regular expressions and comments made it two), and wrapped in the function the
// loader calls, so that the loader runs it without joining the text to a wrapper: at start-up
// the source is read once, and not copied.
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';
const bundled = readFileSync('dist/cchc.cjs', 'utf8');
writeFileSync('dist/cchc.cjs', `${WRAPPER}${toAscii(bundled)}\n})`);
// The entry that held the loader before bin/cchc.js did, kept for scripts that run it.
writeFileSync('dist/cchc.js', "// Generated by scripts/build.mjs: the CLI is bin/cchc.js.\nrequire('../bin/cchc.js');\n");
writeFileSync('dist/package.json', COMMONJS);
// The thread that counts a large survey while the main one reads the scores (src/cli/survey-thread.ts).
await build({
  entryPoints: ['src/cli/survey-worker.ts'],
  outfile: 'dist/survey-worker.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  mainFields: ['module', 'main'],
  plugins: [lazyStubs],
  logLevel: 'warning',
});

for (const lazy of LAZY) {
  await build({
    entryPoints: [lazy.entry],
    outfile: `dist/lazy/${lazy.name}.cjs`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    plugins: [unusedStubs],
    logLevel: 'warning',
  });
}
// The bundled sets, checked now and written compiled to dist/criteria-checked/ (scripts/compile-criteria.ts), before the
// training run, so that the code cache holds the functions that read them.
await build({
  entryPoints: ['scripts/compile-criteria.ts'],
  outfile: 'dist/compile-criteria.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
});
const { compileBundled } = await import(new URL('../dist/compile-criteria.mjs', import.meta.url));
rmSync('dist/criteria-checked', { recursive: true, force: true });
mkdirSync('dist/criteria-checked', { recursive: true });
for (const [name, text] of compileBundled('criteria')) writeFileSync(`dist/criteria-checked/${name}`, text);
rmSync('dist/compile-criteria.mjs');

// Training: the district sample scored once, so that the cache holds the functions of a run.
const cacheFile = fileURLToPath(new URL('../dist/cchc.cache', import.meta.url));
const trained = spawnSync(process.execPath, ['bin/cchc.js', 'score', '-s', 'samples/huong-son-2021/scores.csv', '-u', 'samples/huong-son-2021/survey.csv', '-f', 'csv'], {
  env: { ...process.env, CCHC_WRITE_CODE_CACHE: cacheFile },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (trained.status !== 0) throw new Error(`build: the training run for the code cache failed (${trained.status})`);

await build({
  entryPoints: ['scripts/write-schema.ts'],
  outfile: 'dist/write-schema.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
});
const { writeSchema } = await import(new URL('../dist/write-schema.mjs', import.meta.url));
mkdirSync('schema', { recursive: true });
writeFileSync('schema/cchc-criteria-1.schema.json', writeSchema());
