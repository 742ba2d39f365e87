import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readState } from '../../electron/core/sync/sync-state';
import { PATHS, type EnrolCodeResponse } from '../../shared/sync/protocol';
import { exactlyOnceProblems } from '../support/exactly-once';
import { startFaultProxy, type Fault, type FaultProxy } from '../support/fault-proxy';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { openTestCore, tempDir, type TestCore } from '../support/temp-core';

/**
 * kill -9 in mid-sync, then restart: head office must still end up with every
 * outbox entry exactly once. The fault proxy decides where the kill lands: it
 * holds the push's answer after head office applied the batch (the worst
 * moment: applied there, not yet marked here) or holds the push's body
 * halfway (nothing applied yet), and the test kills a process while it holds.
 */
const CHILD = path.resolve('test/crash/sync-child.ts');

let server: ServerProcess;
let proxy: FaultProxy;
let site = 0;

beforeEach(async () => {
  server = await startServerProcess();
  proxy = await startFaultProxy({ targetPort: server.port });
});
afterEach(async () => {
  await proxy.close();
  await server.stop();
});

/** A demo site enrolled through the proxy whose demo outbox (photos too) is already at head office, so the next request a sync makes is a push. */
async function enrolledSite(dataDir = tempDir()): Promise<{ core: TestCore; siteId: string; lead: string }> {
  site += 1;
  const { enrolCode, siteId } = await server.admin<EnrolCodeResponse>('POST', PATHS.adminSites, { code: `K${site}`, name: `断电站${site}` });
  const core = await openTestCore({ demo: true, dataDir });
  const lead = await core.signIn('wangjg');
  await core.call('sync.enrol', { serverUrl: proxy.url, code: enrolCode, deviceName: '站长电脑' }, lead);
  await core.call('sync.runNow', {}, lead);
  return { core, siteId, lead };
}

async function addComplaints(core: TestCore, n: number): Promise<void> {
  const receiver = await core.signIn('limei');
  for (let i = 0; i < n; i++) {
    await core.call('complaints.create', { kind: 'complaint', channel: 'phone', customerName: `客户${i}`, content: `断电测试第${i}件：停气` }, receiver);
  }
}

const heldCount = (siteId: string) => {
  const head = new Database(path.join(server.dataDir, 'head-office.sqlite'), { readonly: true });
  try {
    return (head.prepare('SELECT count(*) AS n FROM received_entries WHERE site_id = ?').get(siteId) as { n: number }).n;
  } finally {
    head.close();
  }
};

const HOLDS: [string, Fault, boolean][] = [
  ['after head office applied the batch, before its answer left', { kind: 'holdResponse' }, true],
  ['while the batch was still arriving', { kind: 'holdRequest', bytes: 200 }, false],
];

describe('kill -9 of the head-office server in mid-push', () => {
  it.each(HOLDS)('%s: restarted on the same data, the next sync leaves every entry there exactly once', async (_when, hold, appliedBeforeKill) => {
    const { core, siteId, lead } = await enrolledSite();
    try {
      await addComplaints(core, 30);
      const before = heldCount(siteId);
      proxy.load([hold]);
      const held = once(proxy.events, 'held');
      const run = core.dispatch({ method: 'sync.runNow', input: {}, session: lead });
      await held;
      expect(heldCount(siteId) > before).toBe(appliedBeforeKill);

      await server.kill('SIGKILL');
      proxy.release({ deliver: false });
      expect(await run).toMatchObject({ ok: false });
      // The answer was lost, not refused: the batch is kept to be resent under its id.
      expect(readState(core.context.store.read, 'inFlightBatch')).not.toBeNull();

      server = await startServerProcess({ dataDir: server.dataDir });
      proxy.retarget(server.port);
      expect(await core.dispatch({ method: 'sync.runNow', input: {}, session: lead })).toMatchObject({ ok: true });
      expect(exactlyOnceProblems(core.context.store.read as never, server.dataDir, siteId)).toEqual([]);
    } finally {
      core.close();
    }
  });
});

/** Runs one sync in a child process on `dataDir` and kills it with SIGKILL when the proxy holds. */
async function syncInChildAndKill(dataDir: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c) => (output += String(c)));
  child.stderr.on('data', (c) => (output += String(c)));
  const exited = once(child, 'exit');
  await Promise.race([
    once(proxy.events, 'held'),
    exited.then(() => {
      throw new Error(`sync child ended before the proxy held its push:\n${output}`);
    }),
  ]);
  child.kill('SIGKILL');
  const [, signal] = await exited;
  expect(signal).toBe('SIGKILL');
}

describe('kill -9 of the client in mid-sync', () => {
  it.each(HOLDS)('%s, twice in a row: the reopened store syncs every entry exactly once, nothing lost', async (_when, hold) => {
    const dataDir = tempDir();
    const first = await enrolledSite(dataDir);
    const { siteId } = first;
    await addComplaints(first.core, 30);
    first.core.close();

    for (let round = 0; round < 2; round++) {
      // The held exchange goes on after the kill: head office gets the whole batch of a client that is gone.
      proxy.load([hold]);
      await syncInChildAndKill(dataDir);
      proxy.release();
      await proxy.idle();

      const reopened = await openTestCore({ dataDir });
      try {
        const pending = (reopened.context.store.read.prepare('SELECT count(*) AS n FROM outbox WHERE acknowledged_at IS NULL').get() as { n: number }).n;
        expect(pending).toBeGreaterThan(0); // killed before marking anything of that batch
        // The batch it sent was remembered before sending: the next sync resends it under the same id.
        expect(readState(reopened.context.store.read, 'inFlightBatch')).not.toBeNull();
        await addComplaints(reopened, 10);
      } finally {
        reopened.close();
      }
    }

    const last = await openTestCore({ dataDir });
    try {
      expect(await last.dispatch({ method: 'sync.runNow', input: {}, session: await last.signIn('wangjg') })).toMatchObject({ ok: true });
      expect(exactlyOnceProblems(last.context.store.read as never, server.dataDir, siteId)).toEqual([]);
    } finally {
      last.close();
    }
  });
});
