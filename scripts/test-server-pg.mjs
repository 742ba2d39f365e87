// `npm run test:server:pg`: the server tests again, on PostgreSQL. Makes a
// throw-away cluster (pg-cluster.mjs), runs test/server and the client engine
// tests against it (each test file gets its own database), then deletes it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { startThrowawayCluster } from './pg-cluster.mjs';

const SUITE = ['test/server', 'test/core/sync-engine.test.ts', 'test/core/sync-transfer.test.ts', 'test/core/sync-reference.test.ts', 'test/core/notifications-sync.test.ts'];
let cluster;
try {
  cluster = await startThrowawayCluster();
} catch (error) {
  console.error(`[test-server-pg] ${error.message}`);
  process.exit(1);
}
let status = 1;
try {
  console.log(`[test-server-pg] PostgreSQL on 127.0.0.1:${cluster.port}`);
  const vitest = path.resolve('node_modules/.bin/vitest');
  // `-- --only <files>` runs just those files on PostgreSQL (while working on one feature).
  const args = process.argv.slice(2);
  const files = args[0] === '--only' ? args.slice(1) : [...SUITE, ...args];
  status = spawnSync(vitest, ['run', ...files], { stdio: 'inherit', env: { ...process.env, BRANCHLINE_TEST_PG_URL: cluster.url } }).status ?? 1;
} finally {
  cluster.stop();
}
process.exit(status);
