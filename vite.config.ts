import { defineConfig } from 'vite';

/** Builds the renderer into dist/renderer with relative paths, so Electron can load it from file://. */
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 1500,
  },
});
