import { defineConfig } from 'vitest/config';

/** End-to-end specs: Playwright (playwright-core) drives Debian's Chromium against browser mode. */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A screen's text is read with expect.poll: it is asked again until it matches, as Playwright's own
    // expect does, so an answer still on its way is not read mid-load (two CI failures read a panel
    // before its load came back). 30 s is Playwright's default wait for an element to appear.
    expect: { poll: { timeout: 30_000, interval: 100 } },
    // Two files at once: each has its own data directory, port and Chromium, and much of a file's time
    // is waiting (a real minute in notifications, pdftoppm in the print tests); 540 s alone, 312 s in pairs.
    maxWorkers: 2,
  },
});
