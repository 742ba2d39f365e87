// Per-batch cost of head office's push path with small batches (issue 24
// item 7): on SQLite and on a throw-away PostgreSQL cluster, a `site_records`
// table of --sites × --existing records is filled through applyBatch, then one
// site pushes --batches batches of --size new records and the script times,
// per batch, the foreign-record check, the `site_records` write and the whole
// applyBatch, and prints the check's plan.
//   npm run bench:push-batch [-- --sites 100 --existing 1000 --batches 200 --size 50 --backends sqlite,postgres]
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { openServerDb, type ServerDb } from '../../server/db/open';
import type { ServerDatabase } from '../../server/db/schema';
import { applyBatch } from '../../server/services/apply-batch';
import { foreignRecordsQuery, refuseForeignRecords, upsertSiteRecords } from '../../server/services/site-records-write';
import type { PushEntry } from '../../shared/sync/protocol';
import { startThrowawayCluster } from '../pg-cluster.mjs';

const { values } = parseArgs({
  options: {
    sites: { type: 'string', default: '100' },
    existing: { type: 'string', default: '1000' },
    batches: { type: 'string', default: '200' },
    size: { type: 'string', default: '50' },
    backends: { type: 'string', default: 'sqlite,postgres' },
  },
});
const SITES = Number(values.sites);
const EXISTING = Number(values.existing);
const BATCHES = Number(values.batches);
const SIZE = Number(values.size);
const AT = '2026-12-07T00:00:00.000Z';

function complaintEntry(): PushEntry {
  const id = randomUUID();
  const payload = { id, serial: `TS-${id.slice(0, 8)}`, status: 'accepted', content: '村道管线附近有异味，请尽快派人查看。'.repeat(6), occurredAt: AT };
  return { entryId: randomUUID(), entity: 'complaint', entityId: id, entityVersion: 1, operation: 'upsert', payload, createdAt: AT };
}
const batchOf = (n: number) => Array.from({ length: n }, complaintEntry);

async function addSite(db: Kysely<ServerDatabase>, n: number) {
  const siteId = randomUUID();
  const deviceId = randomUUID();
  await db.insertInto('sites').values({ id: siteId, code: `B${n}`, name: `网点 ${n}`, created_at: AT }).execute();
  await db.insertInto('devices').values({ id: deviceId, site_id: siteId, name: 'bench', credential_hash: 'x', enrolled_at: AT, revoked_at: null, last_push_at: null, pending_after_batch: null, pending_reported_at: null }).execute();
  return { siteId, deviceId };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

function summary(label: string, ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `${label.padEnd(34)} median ${at(0.5).toFixed(2)} ms   p95 ${at(0.95).toFixed(2)} ms   max ${at(1).toFixed(2)} ms`;
}

async function explainCheck(store: ServerDb, siteId: string): Promise<string> {
  const compiled = foreignRecordsQuery(store.db, siteId, batchOf(SIZE));
  const prefix = store.dialect === 'postgres' ? 'EXPLAIN ' : 'EXPLAIN QUERY PLAN ';
  const rows = (await store.db.executeQuery<Record<string, unknown>>({ ...compiled, sql: prefix + compiled.sql })).rows;
  return rows.map((r) => String(r['QUERY PLAN'] ?? r.detail)).join('\n    ');
}

async function measure(store: ServerDb): Promise<void> {
  const { db } = store;
  const sites = [];
  for (let n = 0; n < SITES; n++) sites.push(await addSite(db, n));
  const seedStart = performance.now();
  for (const [n, site] of sites.entries()) {
    for (let done = 0; done < EXISTING; done += 1000) await applyBatch(db, site, { batchId: `seed-${n}-${done}`, entries: batchOf(Math.min(1000, EXISTING - done)) }, new Date(AT));
  }
  console.log(`  ${SITES * EXISTING} site_records filled in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  const site = sites[0]!;
  for (const analysed of [false, true]) {
    if (analysed) await sql`ANALYZE`.execute(db);
    console.log(`  ${analysed ? 'after ANALYZE' : 'before ANALYZE (statistics as left by the fill)'}; the check's plan:\n    ${await explainCheck(store, site.siteId)}`);
    const check: number[] = [];
    const write: number[] = [];
    const whole: number[] = [];
    for (let b = 0; b < BATCHES; b++) {
      const entries = batchOf(SIZE);
      check.push(await timed(() => db.transaction().execute((trx) => refuseForeignRecords(trx, site.siteId, entries))));
      write.push(await timed(() => db.transaction().execute((trx) => upsertSiteRecords(trx, site.siteId, entries, AT))));
      whole.push(await timed(() => applyBatch(db, site, { batchId: randomUUID(), entries: batchOf(SIZE) }, new Date(AT))));
    }
    console.log(summary(`  foreign-record check, ${SIZE} ids`, check));
    console.log(summary(`  site_records write, ${SIZE} rows`, write));
    console.log(summary(`  whole applyBatch, ${SIZE} entries`, whole));
  }
}

async function main(): Promise<void> {
  const backends = values.backends.split(',');
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(', ')}; ${SITES} sites × ${EXISTING} records, ${BATCHES} batches of ${SIZE}`);
  if (backends.includes('sqlite')) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'branchline-push-batch-'));
    const store = await openServerDb(path.join(dir, 'head-office.sqlite'));
    console.log('SQLite');
    await measure(store).finally(() => store.close());
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (backends.includes('postgres')) {
    const cluster = await startThrowawayCluster();
    try {
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query('CREATE DATABASE bench');
      await admin.end();
      const url = new URL(cluster.url);
      url.pathname = '/bench';
      const store = await openServerDb(url.toString());
      console.log('PostgreSQL');
      await measure(store).finally(() => store.close());
    } finally {
      cluster.stop();
    }
  }
  console.log(`load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
