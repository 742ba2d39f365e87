import { defineConfig } from 'vitest/config';

/** Unit, component, shell and crash tests. End-to-end specs have their own config (vitest.e2e.config.ts). */
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one worker on CI's two, leaving a core idle
    // (527 s for the node tests alone). Two, one a core: a third made jsdom tests' timing assertions
    // (debounces, 20 s budgets) fail when the CPU-bound property tests ran beside them.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/shared/**/*.test.ts', 'test/core/**/*.test.ts', 'test/browser-mode/**/*.test.ts', 'test/shell/**/*.test.ts', 'test/crash/**/*.test.ts', 'test/server/**/*.test.ts', 'test/security/**/*.test.ts', 'test/structure/**/*.test.ts'],
          testTimeout: 60_000,
          // Setup hooks start servers and child processes; with three workers on two cores 10 s was too short once (sync-kill).
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.tsx', 'test/renderer/**/*.test.ts'],
          setupFiles: ['test/renderer/setup.ts'],
          // jsdom with user-event is slow on a loaded 2-core machine (a 250-row list took 5.5 s once); a hung test still fails.
          testTimeout: 20_000,
          hookTimeout: 20_000,
        },
      },
    ],
  },
});
