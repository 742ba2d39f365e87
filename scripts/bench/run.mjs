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
// CommonJS has no `import.meta`: the head office's SQLite worker resolves better-sqlite3 from
// `import.meta.url` (server/db/sqlite-worker-source.ts), so each bundle defines it from its own file.
const importMetaUrl = {
  define: { 'import.meta.url': '__bundle_import_meta_url' },
  banner: { js: "const __bundle_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
};
await build({
  ...importMetaUrl,
  entryPoints: [path.join(root, 'scripts', 'bench', `${name}.ts`)],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // playwright-core (bench:start) loads its own files at run time.
  external: ['better-sqlite3', 'playwright-core'],
  logLevel: 'warning',
});
// bench:sync and bench:load start the head-office server in its own process, bundled the same way.
if (name === 'sync' || name === 'load') {
  await build({
    ...importMetaUrl,
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
