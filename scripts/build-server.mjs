// Compiles the head-office server (server/main.ts and what it imports from
// shared/) into one file, dist/server/main.mjs, that plain `node` runs.
// Packages stay imports (`packages: 'external'`): they come from
// node_modules, installed with `npm ci --omit=dev` (they are all in
// "dependencies", esbuild too, so a head-office machine needs no dev tools).
// `npm run server` runs this first, so a fresh clone starts with no build step.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export async function buildServer() {
  await build({
    absWorkingDir: root,
    entryPoints: ['server/main.ts'],
    outfile: 'dist/server/main.mjs',
    bundle: true,
    packages: 'external',
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildServer();
