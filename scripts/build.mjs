// Builds the CLI into one bundled file (fast start-up: one module to load) and writes the
// JSON Schema for editors from the zod schema.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cchc.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  define: { CCHC_VERSION: JSON.stringify(pkg.version) },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
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
