import { defineConfig } from 'vitest/config';

/** End-to-end specs: Playwright (playwright-core) drives Debian's Chromium against browser mode. */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two files at once: each has its own data directory, port and Chromium, and much of a file's time
    // is waiting (a real minute in notifications, pdftoppm in the print tests); 540 s alone, 312 s in pairs.
    maxWorkers: 2,
  },
});
