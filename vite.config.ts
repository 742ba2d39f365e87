import { defineConfig } from 'vite';

/**
 * zod and renderer/lib/zod-no-eval.ts in one chunk of their own. With the
 * screens split into chunks (issue 21 §3) the bundler may place a module
 * that builds a schema before zod-no-eval's `z.config({ jitless: true })`
 * in a shared chunk; zod then probes `new Function` and the CSP reports it.
 * A chunk is evaluated whole before any chunk that imports it, so every
 * schema, in whichever chunk, is built after the config. The same in vite.console.config.ts.
 */
const ZOD_FIRST = { name: 'zod', test: /node_modules[\\/]zod[\\/]|renderer[\\/]lib[\\/]zod-no-eval\.ts$/, priority: 10 };

/** Builds the renderer into dist/renderer with relative paths: Electron serves it as app://branchline/ (electron/shell/app-protocol.ts), browser mode from its own address. */
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { output: { codeSplitting: { groups: [ZOD_FIRST] } } },
  },
});
