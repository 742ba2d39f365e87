import { defineConfig } from 'vite';
import { ZOD_FIRST } from './vite.chunks.config';

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
