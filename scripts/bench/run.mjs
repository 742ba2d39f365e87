// Runs a benchmark the way production code runs: bundled by esbuild (tsx's
// loader adds per-function naming wrappers that distort hot loops).
//   node scripts/bench/run.mjs grade [args…]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [name, ...args] = process.argv.slice(2);
const outfile = path.join(root, 'dist', 'bench', `${name}.cjs`);
await build({
  entryPoints: [path.join(root, 'scripts', 'bench', `${name}.ts`)],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['better-sqlite3'],
  logLevel: 'warning',
});
// bench:sync and bench:load start the head-office server in its own process, bundled the same way.
if (name === 'sync' || name === 'load') {
  await build({
    entryPoints: [path.join(root, 'server', 'main.ts')],
    outfile: path.join(root, 'dist', 'bench', 'server.cjs'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3', 'pg-native'],
    logLevel: 'warning',
  });
}
const result = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
