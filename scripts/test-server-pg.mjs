// `npm run test:server:pg`: the server tests again, on PostgreSQL. Makes a
// throw-away cluster with initdb in a temp folder, starts it on a free
// loopback port, runs test/server and the client engine tests against it
// (each test file gets its own database), then stops and deletes it.
// PostgreSQL refuses to run as root: as root, the cluster runs as `postgres`.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const SUITE = ['test/server', 'test/core/sync-engine.test.ts', 'test/core/sync-transfer.test.ts', 'test/core/sync-reference.test.ts', 'test/core/notifications-sync.test.ts'];
const bin = process.env.BRANCHLINE_PG_BIN ?? findPgBin();
if (!bin) {
  console.error('[test-server-pg] 找不到 PostgreSQL（initdb）/ PostgreSQL not found: install it or set BRANCHLINE_PG_BIN');
  process.exit(1);
}
const asRoot = process.getuid?.() === 0;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchline-pg-'));
if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
const pgRun = (tool, args) => {
  const command = asRoot ? 'runuser' : path.join(bin, tool);
  const full = asRoot ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args;
  execFileSync(command, full, { stdio: ['ignore', 'ignore', 'inherit'] });
};

const port = await freePort();
const data = path.join(dir, 'data');
let status = 1;
try {
  pgRun('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C']);
  pgRun('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  console.log(`[test-server-pg] PostgreSQL on 127.0.0.1:${port}`);
  const vitest = path.resolve('node_modules/.bin/vitest');
  // `-- --only <files>` runs just those files on PostgreSQL (while working on one feature).
  const args = process.argv.slice(2);
  const files = args[0] === '--only' ? args.slice(1) : [...SUITE, ...args];
  status =
    spawnSync(vitest, ['run', ...files], {
      stdio: 'inherit',
      env: { ...process.env, BRANCHLINE_TEST_PG_URL: `postgres://postgres@127.0.0.1:${port}/postgres` },
    }).status ?? 1;
} finally {
  try {
    pgRun('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  } catch {
    // not started
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(status);

function findPgBin() {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], 'bin') : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
