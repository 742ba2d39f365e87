import { defineConfig } from 'vite';

/**
 * zod and renderer/lib/zod-no-eval.ts in one chunk of their own. With the
 * screens split into chunks (issue 21 §3) the bundler may place a module
 * that builds a schema before zod-no-eval's `z.config({ jitless: true })`
 * in a shared chunk; zod then probes `new Function` and the CSP reports it.
 * A chunk is evaluated whole before any chunk that imports it, so every
 * schema, in whichever chunk, is built after the config. The same in vite.config.ts.
 */
const ZOD_FIRST = { name: 'zod', test: /node_modules[\\/]zod[\\/]|renderer[\\/]lib[\\/]zod-no-eval\.ts$/, priority: 10 };

/**
 * The head-office console (renderer/console/) into dist/console, served by the
 * head-office server at /console/ (server/routes/console-static.ts). A second
 * config rather than a second input: the site program is loaded from file://
 * with relative paths, the console from one absolute base.
 */
export default defineConfig({
  root: 'renderer/console',
  base: '/console/',
  build: {
    outDir: '../../dist/console',
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { output: { codeSplitting: { groups: [ZOD_FIRST] } } },
  },
});
