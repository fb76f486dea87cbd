import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  // What the build defines (scripts/build.mjs): code run from src/ by the tests says the same version.
  define: { CCHC_VERSION: JSON.stringify(pkg.version) },
  test: {
    // CLI tests run the built binary: build it once, before any test file.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
  },
});
