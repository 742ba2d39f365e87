// CI step (issue 18 §3): the head office runs from a fresh clone with run-time
// dependencies only. Clones the commit under test into a temp folder, runs
// `npm ci --omit=dev` (Electron's download skipped), starts `npm run server`
// (esbuild compiles it, plain node runs it), checks /api/v1/health answers,
// registers a site (a database write), stops it and removes the folder. Prints how long each part took.
// (better-sqlite3's native binary: see provideSqliteBinary.)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'branchline-deploy-'));
const clone = path.join(work, 'branchline');
const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

function step(what, command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${what} failed (${result.status ?? result.signal})`);
  console.log(`[deploy-check] ${what}: ok (${seconds()})`);
}

/** Starts `npm run server` in its own process group; resolves with its URL and a stop function. */
function startServer() {
  const child = spawn(npm, ['run', '--silent', 'server', '--', '--port', '0', '--data-dir', path.join(work, 'data')], {
    cwd: clone,
    detached: true,
    env: { ...process.env, DATABASE_URL: '', BRANCHLINE_ADMIN_TOKEN: 'deploy-check-admin-token-0123', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  let output = '';
  const url = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 120 s:\n${output}`)), 120_000);
    const onData = (chunk) => {
      output += chunk;
      const match = /listening: (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}):\n${output}`));
    });
  });
  return { url, stop, exited: new Promise((resolve) => child.once('exit', resolve)) };
}

/** better-sqlite3's compiled binary in the clone: copied from this checkout when the same version is built here, else built. */
function provideSqliteBinary(env) {
  const version = (dir) => JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')).version;
  const built = path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (fs.existsSync(built) && version(root) === version(clone)) {
    const target = path.join(clone, 'node_modules', 'better-sqlite3', 'build', 'Release');
    fs.mkdirSync(target, { recursive: true });
    fs.copyFileSync(built, path.join(target, 'better_sqlite3.node'));
    console.log(`[deploy-check] better-sqlite3 ${version(clone)}: binary taken from this checkout (${seconds()})`);
  } else {
    step('npm rebuild better-sqlite3', npm, ['rebuild', 'better-sqlite3', '--build-from-source'], { cwd: clone, env });
  }
}

let server;
try {
  const commit = spawnSync('git', ['-C', root, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  step(`clone ${commit.slice(0, 10)}`, 'git', ['clone', '--quiet', '--no-checkout', root, clone]);
  step('checkout', 'git', ['-C', clone, 'checkout', '--quiet', commit]);
  // Install scripts off: better-sqlite3's would compile it again (minutes on a shared 2-core machine) after
  // waiting on a download CI cannot reach. Its native binary is taken from this checkout's own install when the
  // version matches (same Node), else built in the clone. Everything else is exactly what a head office installs.
  const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
  step('npm ci --omit=dev --ignore-scripts', npm, ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: clone, env });
  provideSqliteBinary(env);
  if (fs.existsSync(path.join(clone, 'node_modules', 'tsx')) || fs.existsSync(path.join(clone, 'node_modules', 'vite'))) throw new Error('dev dependencies were installed');
  server = startServer();
  const url = await server.url;
  const health = await fetch(new URL('/api/v1/health', url));
  const body = await health.json();
  if (!health.ok || body.ok !== true) throw new Error(`/api/v1/health answered ${health.status} ${JSON.stringify(body)}`);
  console.log(`[deploy-check] npm run server answered /api/v1/health at ${url} (${seconds()})`);
  // A write through the database: on SQLite it runs in the worker thread the bundle starts (server/db/sqlite-worker-source.ts).
  const site = await fetch(new URL('/api/v1/admin/sites', url), {
    method: 'POST',
    headers: { authorization: 'Bearer deploy-check-admin-token-0123', 'content-type': 'application/json' },
    body: JSON.stringify({ code: 'DEPLOY1', name: '部署检查网点' }),
  });
  if (site.status !== 201) throw new Error(`POST /api/v1/admin/sites answered ${site.status} ${await site.text()}`);
  console.log(`[deploy-check] a site was registered in the SQLite database (${seconds()})`);
  server.stop();
  await server.exited;
  console.log('[deploy-check] 总部服务可在仅含运行依赖的全新克隆中启动 / head office starts from a fresh clone with run-time dependencies only');
} catch (error) {
  server?.stop();
  console.error(`[deploy-check] FAILED: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
