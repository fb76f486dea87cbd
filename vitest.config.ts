import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CLI tests run the built binary: build it once, before any test file.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
  },
});
