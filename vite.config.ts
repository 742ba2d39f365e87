import { defineConfig } from 'vite';
import { ZOD_FIRST } from './vite.chunks.config';

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
