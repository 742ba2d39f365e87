// A throw-away PostgreSQL cluster: initdb in a temp folder, started on a free
// loopback port without fsync, deleted when stopped. The server tests on
// PostgreSQL (test-server-pg.mjs) and the load bench (bench/load.ts) run on one.
// PostgreSQL refuses to run as root: as root, the cluster runs as `postgres`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Starts a cluster; `url` reaches its `postgres` database as the superuser, `stop()` deletes it. */
export async function startThrowawayCluster({ maxConnections } = {}) {
  const bin = process.env.BRANCHLINE_PG_BIN ?? findPgBin();
  if (!bin) throw new Error('找不到 PostgreSQL（initdb）/ PostgreSQL not found: install it or set BRANCHLINE_PG_BIN');
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
  const stop = () => {
    try {
      pgRun('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    } catch {
      // not started
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    pgRun('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C']);
    const extra = maxConnections ? ` -c max_connections=${maxConnections}` : '';
    pgRun('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off${extra}`, 'start']);
  } catch (error) {
    stop();
    throw error;
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, stop };
}

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
