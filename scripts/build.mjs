// Builds everything `npm start` and the tests run: the renderer (Vite) into
// dist/renderer, the head-office console (Vite) into dist/console, and the main-process bundles (esbuild) into dist/electron and
// dist/browser, and the head-office server into dist/server (scripts/build-server.mjs).
// better-sqlite3 and electron stay external (native / provided).
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { buildServer } from './build-server.mjs';
import { precompress } from './precompress.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
process.chdir(root);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
};

export async function buildAll({ quiet = false } = {}) {
  const started = Date.now();
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info' });
  await viteBuild({ configFile: path.join(root, 'vite.console.config.ts'), logLevel: quiet ? 'warn' : 'info' });
  await Promise.all([
    esbuild({ ...common, entryPoints: ['electron/shell/main.ts'], outfile: 'dist/electron/main.cjs' }),
    esbuild({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', platform: 'browser', external: ['electron'] }),
    esbuild({ ...common, entryPoints: ['electron/browser-mode/main.ts'], outfile: 'dist/browser/server.cjs' }),
    buildServer(),
    // Browser mode sends these to a browser that accepts them (brotli at quality 6: a second for the
    // whole renderer, 9% larger than quality 10, which takes ten).
    precompress(path.join(root, 'dist', 'renderer')),
  ]);
  if (!quiet) console.log(`构建完成 / built in ${Date.now() - started} ms`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAll();
}
