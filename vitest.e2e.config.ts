import { defineConfig } from 'vitest/config';

/** End-to-end specs: Playwright (playwright-core) drives Debian's Chromium against browser mode. */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
